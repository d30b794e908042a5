//! Promises, the job queue, and `await`.
//!
//! A promise object's record points into the VM's promise table, which
//! holds its state and pending reactions. Settling a promise queues one job
//! per reaction; [`Vm::run_jobs`] runs the queue until it is empty, which the
//! runtime does before reading a handler's result (CloudFront has no
//! timers and no I/O, so the queue always drains).
//!
//! `await` suspends the running async function: its registers, cells and
//! extra arguments are copied into the event heap and its frame is popped;
//! a reaction on the awaited promise resumes it later from the job queue.

use super::{Call, Frame, FrameKind, JsResult, Throw, Vm};
use crate::bytecode::Reg;
use crate::heap::{Attrs, Class, Key, ObjFlags, ObjectData, Prop, Range};
use crate::value::{ObjRef, Value};

/// The state of a promise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PromiseState {
    /// Not settled yet.
    Pending,
    /// Fulfilled with a value.
    Fulfilled(Value),
    /// Rejected with a reason.
    Rejected(Value),
}

/// What happens when a promise settles.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Reaction {
    /// A `then` registration: call a handler and settle `result` with its
    /// outcome.
    Then {
        on_fulfilled: Value,
        on_rejected: Value,
        result: Option<ObjRef>,
    },
    /// An `await`: resume suspended frame `id`.
    Resume(u32),
}

/// A queued job.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Job {
    /// Run a reaction with the settled value.
    Reaction {
        reaction: Reaction,
        value: Value,
        rejected: bool,
    },
    /// Resolve `promise` by calling `then` on a thenable.
    Thenable {
        promise: ObjRef,
        thenable: Value,
        then: Value,
    },
}

/// One promise's record.
#[derive(Clone, Debug)]
pub(crate) struct PromiseData {
    pub state: PromiseState,
    pub reactions: Vec<Reaction>,
    /// A reaction was ever registered (for unhandled-rejection reports).
    pub handled: bool,
}

/// A suspended async function.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Suspended {
    frame: Frame,
    regs: Range,
    cells: Range,
    extra: Range,
    dst: Reg,
}

/// Bytes a reaction or job is charged (they live outside the slabs).
const REACTION_BYTES: usize = 48;

impl Vm {
    /// A new pending promise.
    pub fn new_promise(&mut self) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.promise_proto;
        self.new_promise_with_proto(proto)
    }

    /// A new pending promise with prototype `proto` (subclassing).
    pub fn new_promise_with_proto(&mut self, proto: ObjRef) -> JsResult<ObjRef> {
        let index = self.promises.len() as u32;
        self.heap.add_external(REACTION_BYTES)?;
        self.promises.push(PromiseData {
            state: PromiseState::Pending,
            reactions: Vec::new(),
            handled: false,
        });
        Ok(self
            .heap
            .alloc(ObjectData::new(Class::Promise(index), Some(proto)))?)
    }

    /// The promise table index of `o`, if it is a promise.
    pub(crate) fn promise_index(&self, o: ObjRef) -> Option<usize> {
        match self.heap.obj(o).class {
            Class::Promise(i) => Some(i as usize),
            _ => None,
        }
    }

    /// The state of promise `p`.
    pub fn promise_state(&self, p: ObjRef) -> Option<PromiseState> {
        self.promise_index(p)
            .and_then(|i| self.promises.get(i))
            .map(|d| d.state)
    }

    /// Resolves `p` with `value`: adopts the state of a thenable, fulfills
    /// otherwise (ECMA-262 §27.2.1.3.2).
    pub fn resolve_promise(&mut self, p: ObjRef, value: Value) -> JsResult<()> {
        if value == Value::Object(p) {
            let e = self.type_error("Chaining cycle detected for promise");
            return self.reject_promise(p, thrown_value(e)?);
        }
        if let Value::Object(_) = value {
            let then = match self.get(value, Key::Str(self.realm.names.then)) {
                Ok(t) => t,
                Err(Throw::Value(e)) => return self.reject_promise(p, e),
                Err(fatal) => return Err(fatal),
            };
            if self.is_callable(then) {
                self.heap.add_external(REACTION_BYTES)?;
                self.jobs.push_back(Job::Thenable {
                    promise: p,
                    thenable: value,
                    then,
                });
                return Ok(());
            }
        }
        self.settle(p, PromiseState::Fulfilled(value))
    }

    /// Rejects `p` with `reason`.
    pub fn reject_promise(&mut self, p: ObjRef, reason: Value) -> JsResult<()> {
        self.settle(p, PromiseState::Rejected(reason))
    }

    fn settle(&mut self, p: ObjRef, state: PromiseState) -> JsResult<()> {
        let Some(i) = self.promise_index(p) else {
            return Ok(());
        };
        let data = &mut self.promises[i];
        if data.state != PromiseState::Pending {
            return Ok(());
        }
        data.state = state;
        let reactions = std::mem::take(&mut data.reactions);
        let (value, rejected) = match state {
            PromiseState::Fulfilled(v) => (v, false),
            PromiseState::Rejected(v) => (v, true),
            PromiseState::Pending => return Ok(()),
        };
        for reaction in reactions {
            self.jobs.push_back(Job::Reaction {
                reaction,
                value,
                rejected,
            });
        }
        Ok(())
    }

    /// Registers a reaction on promise `p` (PerformPromiseThen).
    pub(crate) fn add_reaction(&mut self, p: ObjRef, reaction: Reaction) -> JsResult<()> {
        let Some(i) = self.promise_index(p) else {
            return Ok(());
        };
        self.heap.add_external(REACTION_BYTES)?;
        let data = &mut self.promises[i];
        data.handled = true;
        match data.state {
            PromiseState::Pending => data.reactions.push(reaction),
            PromiseState::Fulfilled(value) => self.jobs.push_back(Job::Reaction {
                reaction,
                value,
                rejected: false,
            }),
            PromiseState::Rejected(value) => self.jobs.push_back(Job::Reaction {
                reaction,
                value,
                rejected: true,
            }),
        }
        Ok(())
    }

    /// `p.then(on_fulfilled, on_rejected)` with the derived promise `result`.
    pub fn promise_then(
        &mut self,
        p: ObjRef,
        on_fulfilled: Value,
        on_rejected: Value,
        result: Option<ObjRef>,
    ) -> JsResult<()> {
        self.add_reaction(
            p,
            Reaction::Then {
                on_fulfilled,
                on_rejected,
                result,
            },
        )
    }

    /// PromiseResolve(%Promise%, value): `value` itself when it is a promise
    /// made by `Promise`, else a new promise resolved with it.
    pub fn promise_resolve(&mut self, value: Value) -> JsResult<ObjRef> {
        if let Value::Object(o) = value {
            if self.promise_index(o).is_some() {
                let ctor = self.get(value, Key::Str(self.realm.names.constructor))?;
                if ctor == Value::Object(self.realm.intrinsics.promise_ctor) {
                    return Ok(o);
                }
            }
        }
        let p = self.new_promise()?;
        self.resolve_promise(p, value)?;
        Ok(p)
    }

    /// Runs queued jobs until the queue is empty.
    pub fn run_jobs(&mut self) -> JsResult<()> {
        while let Some(job) = self.jobs.pop_front() {
            self.charge(1)?;
            match job {
                Job::Reaction {
                    reaction: Reaction::Resume(id),
                    value,
                    rejected,
                } => self.resume(id, value, rejected)?,
                Job::Reaction {
                    reaction:
                        Reaction::Then {
                            on_fulfilled,
                            on_rejected,
                            result,
                        },
                    value,
                    rejected,
                } => {
                    let handler = if rejected { on_rejected } else { on_fulfilled };
                    let outcome = if self.is_callable(handler) {
                        self.call(handler, Value::Undefined, &[value])
                    } else if rejected {
                        Err(Throw::Value(value))
                    } else {
                        Ok(value)
                    };
                    match (outcome, result) {
                        (Ok(v), Some(r)) => self.resolve_promise(r, v)?,
                        (Err(Throw::Value(e)), Some(r)) => self.reject_promise(r, e)?,
                        (Err(fatal @ Throw::Fatal(_)), _) => return Err(fatal),
                        (_, None) => {}
                    }
                }
                Job::Thenable {
                    promise,
                    thenable,
                    then,
                } => {
                    let (resolve, reject) = self.resolving_functions(promise)?;
                    match self.call(
                        then,
                        thenable,
                        &[Value::Object(resolve), Value::Object(reject)],
                    ) {
                        Ok(_) => {}
                        Err(Throw::Value(e)) => {
                            if self.take_resolver(resolve) {
                                self.reject_promise(promise, e)?;
                            }
                        }
                        Err(fatal) => return Err(fatal),
                    }
                }
            }
        }
        Ok(())
    }

    /// The `resolve` and `reject` functions of a promise (they share one
    /// "already resolved" flag).
    pub fn resolving_functions(&mut self, p: ObjRef) -> JsResult<(ObjRef, ObjRef)> {
        let flag = self.heap.new_cell(Value::Object(p))?;
        let (resolve_id, reject_id) = self.realm.internal.promise_resolvers;
        let data = Value::Number(f64::from(flag));
        let resolve = self.new_builtin_function(resolve_id, data, 1)?;
        let reject = self.new_builtin_function(reject_id, data, 1)?;
        Ok((resolve, reject))
    }

    /// A built-in function the engine makes while running (a resolving
    /// function, a combinator's element function...): native `id` carrying
    /// `data`, as CreateBuiltinFunction makes it: own `length` then `name`
    /// (the empty string), extensible, no `prototype`, not a constructor.
    pub(crate) fn new_builtin_function(
        &mut self,
        id: u16,
        data: Value,
        length: u32,
    ) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.function_proto;
        let mut record = ObjectData::new(Class::Native { id, data }, Some(proto));
        record.flags.set(ObjFlags::FUNCTION_PROPS, true);
        let f = self.heap.alloc(record)?;
        let names = self.realm.names;
        let attrs = Attrs::CONFIGURABLE_ONLY;
        self.heap.push_prop(
            f,
            Prop {
                key: Key::Str(names.length),
                value: Value::Number(f64::from(length)),
                attrs,
            },
        )?;
        self.heap.push_prop(
            f,
            Prop {
                key: Key::Str(names.name),
                value: Value::String(names.empty),
                attrs,
            },
        )?;
        Ok(f)
    }

    /// Marks the resolving functions of `f` as used; returns the promise
    /// they settle if they had not been used.
    fn take_resolver_promise(&mut self, data: Value) -> Option<ObjRef> {
        let Value::Number(cell) = data else {
            return None;
        };
        let cell = cell as u32;
        match self.heap.cell(cell) {
            Value::Object(p) => {
                self.heap.set_cell(cell, Value::Undefined);
                Some(p)
            }
            _ => None,
        }
    }

    fn take_resolver(&mut self, resolve: ObjRef) -> bool {
        match self.heap.obj(resolve).class {
            Class::Native { data, .. } => self.take_resolver_promise(data).is_some(),
            _ => false,
        }
    }

    /// Suspends the running async function at `await value`; the result
    /// lands in `dst` when it resumes. Returns the function's promise when
    /// the frame was entered from Rust.
    pub(crate) fn await_value(&mut self, dst: Reg, value: Value) -> JsResult<Option<Value>> {
        let Some(frame) = self.frames.last().copied() else {
            return Ok(None);
        };
        let registers = usize::from(self.script.protos[frame.proto as usize].registers);
        let cells = usize::from(self.script.protos[frame.proto as usize].cells);
        let base = frame.base as usize;
        let saved_regs = self.heap.alloc_values(&self.regs[base..base + registers])?;
        let saved_cells = self.heap.alloc_upvals(
            &self.cells[frame.cell_base as usize..frame.cell_base as usize + cells],
        )?;
        let extra_end = (frame.extra_start + frame.extra_count) as usize;
        let saved_extra = self
            .heap
            .alloc_values(&self.extra_args[frame.extra_start as usize..extra_end])?;
        let id = self.suspended.len() as u32;
        self.heap.add_external(std::mem::size_of::<Suspended>())?;
        self.suspended.push(Some(Suspended {
            frame,
            regs: saved_regs,
            cells: saved_cells,
            extra: saved_extra,
            dst,
        }));
        let awaited = self.promise_resolve(value)?;
        self.add_reaction(awaited, Reaction::Resume(id))?;
        // The frame leaves the stack; its caller gets the function's promise
        // (later resumptions give it to the job runner, which ignores it).
        let promise = frame.promise;
        if let Some(f) = self.frames.last_mut() {
            f.promise = None;
        }
        let delivered = promise.map_or(Value::Undefined, Value::Object);
        self.return_from_frame(delivered)
    }

    /// Resumes suspended frame `id` with the awaited outcome.
    fn resume(&mut self, id: u32, value: Value, rejected: bool) -> JsResult<()> {
        let Some(s) = self.suspended.get_mut(id as usize).and_then(Option::take) else {
            return Ok(());
        };
        let base = self.frame_top();
        let saved: Vec<Value> = self.heap.values(s.regs).to_vec();
        if self.regs.len() < base + saved.len() {
            self.regs.resize(base + saved.len(), Value::Undefined);
        }
        self.regs[base..base + saved.len()].copy_from_slice(&saved);
        let cell_base = self.cells.len();
        let saved_cells: Vec<u32> = self.heap.upval_run(s.cells).to_vec();
        self.cells.extend_from_slice(&saved_cells);
        let extra_start = self.extra_args.len();
        let saved_extra: Vec<Value> = self.heap.values(s.extra).to_vec();
        self.extra_args.extend_from_slice(&saved_extra);
        self.frames.push(Frame {
            base: base as u32,
            cell_base: cell_base as u32,
            extra_start: extra_start as u32,
            kind: FrameKind::Entry,
            ..s.frame
        });
        let stop = self.frames.len() - 1;
        if rejected {
            match self.unwind(value, stop) {
                Ok(None) => {}
                Ok(Some(_)) => return Ok(()),
                Err(Throw::Value(_)) => return Ok(()),
                Err(fatal) => return Err(fatal),
            }
        } else {
            self.regs[base + usize::from(s.dst.0)] = value;
        }
        match self.run(stop) {
            Ok(_) | Err(Throw::Value(_)) => Ok(()),
            Err(fatal) => Err(fatal),
        }
    }
}

/// The value of a thrown error (fatal errors pass through).
fn thrown_value(t: Throw) -> JsResult<Value> {
    match t {
        Throw::Value(v) => Ok(v),
        fatal => Err(fatal),
    }
}

/// The `resolve` function of a promise's resolving pair.
pub(crate) fn resolve_function(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if let Some(p) = vm.take_resolver_promise(call.data) {
        vm.resolve_promise(p, call.arg(0))?;
    }
    Ok(Value::Undefined)
}

/// The `reject` function of a promise's resolving pair.
pub(crate) fn reject_function(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if let Some(p) = vm.take_resolver_promise(call.data) {
        vm.reject_promise(p, call.arg(0))?;
    }
    Ok(Value::Undefined)
}
