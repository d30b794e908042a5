//! Calls, returns and exceptions.
//!
//! A call from script code to a script function pushes a [`Frame`] whose
//! register window starts at the callee's `this` register, so arguments
//! stay where the caller put them. A call from Rust (the host, or a
//! built-in calling a callback) pushes an `Entry` frame above everything
//! live and runs a nested dispatch loop until that frame returns.
//!
//! An exception unwinds frames until one has a handler covering the
//! throwing instruction; an async function's frame turns it into the
//! rejection of its promise; an `Entry` frame hands it back to Rust.

use super::{Call, Fatal, Frame, FrameKind, JsResult, MAX_CALL_DEPTH, MAX_NATIVE_DEPTH, Throw, Vm};
use crate::bytecode::{Op, ProtoKind, Reg, UpvalSource};
use crate::heap::{Attrs, Class, Key, ObjFlags, ObjectData, Prop, Range};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The first register index above every live frame.
    pub(crate) fn frame_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => {
                f.base as usize + usize::from(self.script.protos[f.proto as usize].registers)
            }
            None => 0,
        }
    }

    fn call_depth_error(&mut self) -> Throw {
        self.range_error("Maximum call stack size exceeded")
    }

    /// Pushes a frame for script function `closure` whose window starts at
    /// `base` (`regs[base]` = `this`, then `argc` arguments).
    pub(crate) fn push_frame(
        &mut self,
        closure: Option<ObjRef>,
        proto: u32,
        base: usize,
        argc: usize,
        ret: Reg,
        kind: FrameKind,
    ) -> JsResult<()> {
        if self.frames.len() >= MAX_CALL_DEPTH {
            return Err(self.call_depth_error());
        }
        let p = &self.script.protos[proto as usize];
        let (registers, params, cells, is_async, keeps_extra) = (
            usize::from(p.registers),
            usize::from(p.params),
            usize::from(p.cells),
            p.is_async,
            p.reads_extra_args(),
        );
        let (needed, grown_from) = self.enter_registers(base, registers, argc)?;
        let extra_start = self.extra_args.len();
        let extra_count = if keeps_extra {
            argc.saturating_sub(params)
        } else {
            0
        };
        if extra_count > 0 {
            self.extra_args
                .extend_from_slice(&self.regs[base + 1 + params..base + 1 + argc]);
        }
        // Registers past the parameters start undefined; those the resize
        // above added already are.
        let first_unset = base + 1 + argc.min(params);
        if let Some(unset) = self.regs.get_mut(first_unset..needed.min(grown_from)) {
            unset.fill(Value::Undefined);
        }
        let cell_base = self.cells.len();
        if cells > 0 {
            self.cells.resize(cell_base + cells, u32::MAX);
        }
        let promise = if is_async {
            Some(self.new_promise()?)
        } else {
            None
        };
        self.frames.push(Frame {
            proto,
            closure,
            pc: 0,
            base: base as u32,
            cell_base: cell_base as u32,
            extra_start: extra_start as u32,
            extra_count: extra_count as u32,
            argc: argc as u32,
            ret,
            kind,
            promise,
        });
        Ok(())
    }

    /// What entering a frame of `registers` registers at `base` with
    /// `argc` arguments costs, for [`Vm::push_frame`] and for the
    /// frameless answer of [`Vm::call_for_element`] alike: the call is
    /// counted, its steps charged, then the registers grown to the frame's
    /// end, checked against the memory limit. Gives that end and the
    /// registers' length before.
    #[inline(always)]
    fn enter_registers(
        &mut self,
        base: usize,
        registers: usize,
        argc: usize,
    ) -> JsResult<(usize, usize)> {
        self.calls = self.calls.wrapping_add(1);
        self.charge(1 + (registers as u64) / 8)?;
        let needed = base + registers.max(1 + argc);
        let grown_from = self.regs.len();
        if grown_from < needed {
            self.heap.check((needed - grown_from) * 16)?;
            self.regs.resize(needed, Value::Undefined);
        }
        Ok((needed, grown_from))
    }

    /// Runs the script's top-level code with `this`.
    pub(crate) fn call_script_toplevel(&mut self, this: Value) -> JsResult<Value> {
        let base = self.frame_top();
        if self.regs.len() <= base {
            self.regs.resize(base + 1, Value::Undefined);
        }
        self.regs[base] = this;
        self.push_frame(None, 0, base, 0, Reg(0), FrameKind::Entry)?;
        self.run(self.frames.len() - 1)
    }

    /// Calls `f` with `this` and `args` from Rust.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let Value::Object(o) = f else {
            let what = self.describe(f);
            return Err(self.type_error(format!("{what} is not a function")));
        };
        match self.heap.obj(o).class {
            Class::Closure { proto, .. } => {
                let base = self.frame_top();
                let needed = base + 1 + args.len();
                if self.regs.len() < needed {
                    self.regs.resize(needed, Value::Undefined);
                }
                self.regs[base] = this;
                self.regs[base + 1..needed].copy_from_slice(args);
                self.push_frame(Some(o), proto, base, args.len(), Reg(0), FrameKind::Entry)?;
                self.run(self.frames.len() - 1)
            }
            Class::Native { id, data } => self.invoke_native(o, id, data, this, args, None),
            Class::Bound {
                target,
                this: bound_this,
                args: bound,
            } => {
                let mut all: Vec<Value> = self.heap.values(bound).to_vec();
                all.extend_from_slice(args);
                self.call(Value::Object(target), bound_this, &all)
            }
            _ => {
                let what = self.describe(f);
                Err(self.type_error(format!("{what} is not a function")))
            }
        }
    }

    /// Calls `f` for an element, from a built-in's loop (`map`, `filter`,
    /// `forEach`...): `args` starts with the element.
    ///
    /// A callback that only returns a property of its first parameter,
    /// `function (v) { return v.value }` (how a `multiValue` list of
    /// CloudFront's event is read), is answered without a frame when its
    /// property read finds the property where the site's hint says: the
    /// same value, with the same steps charged in the same order, as the
    /// call. Anything else, such a read's first miss included, is called.
    pub(crate) fn call_for_element(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        if let (Value::Object(o), Some(&element)) = (f, args.first()) {
            if let Class::Closure { proto, .. } = self.heap.obj(o).class {
                if let Some(v) = self.property_callback(proto, element, args.len())? {
                    return Ok(v);
                }
            }
        }
        self.call(f, this, args)
    }

    /// [`Vm::call_for_element`]'s answer for a callback of function
    /// `proto` whose code begins `R[d] := R[1].key; return R[d]`, when the
    /// hint of that read holds for `element`. It does what the call does
    /// but for the frame (the registers grown, the steps and the memory
    /// check, in the call's order); it is not taken where the call fails
    /// at once for being too deep.
    pub(super) fn property_callback(
        &mut self,
        proto: u32,
        element: Value,
        argc: usize,
    ) -> JsResult<Option<Value>> {
        let p = &self.script.protos[proto as usize];
        let (Some(&Op::GetProp { dst, obj, key }), Some(&Op::Return { src })) =
            (p.code.first(), p.code.get(1))
        else {
            return Ok(None);
        };
        // `R[1]` is the first parameter only when there is one.
        if obj != Reg(1) || src != dst || p.params == 0 || p.is_async {
            return Ok(None);
        }
        let registers = usize::from(p.registers);
        let (k, site) = (
            p.keys[key.0 as usize],
            p.hint_base as usize + key.0 as usize,
        );
        if self.frames.len() >= MAX_CALL_DEPTH {
            return Ok(None);
        }
        let Some(value) = self.hinted_value(element, k, site) else {
            return Ok(None);
        };
        // `call` makes room for the arguments, then `push_frame` enters the
        // frame's registers.
        let base = self.frame_top();
        if self.regs.len() < base + 1 + argc {
            self.regs.resize(base + 1 + argc, Value::Undefined);
        }
        self.enter_registers(base, registers, argc)?;
        // Then one step for each instruction.
        for _ in 0..2 {
            if !self.meter.tick() {
                return Err(Throw::Fatal(Fatal::ComputeLimit));
            }
        }
        Ok(Some(value))
    }

    /// Calls a built-in function.
    pub(crate) fn call_native(
        &mut self,
        f: ObjRef,
        this: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        let Class::Native { id, data } = self.heap.obj(f).class else {
            return Err(self.type_error("not a built-in function"));
        };
        self.invoke_native(f, id, data, this, args, new_target)
    }

    /// Calls built-in `f` whose class (`Class::Native { id, data }`) the
    /// caller has already read, so a call from the dispatch loop looks the
    /// function object up once.
    pub(crate) fn invoke_native(
        &mut self,
        f: ObjRef,
        id: u16,
        data: Value,
        this: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH || self.frames.len() >= MAX_CALL_DEPTH {
            return Err(self.call_depth_error());
        }
        self.calls = self.calls.wrapping_add(1);
        self.charge(1)?;
        let Some(def) = self.realm.natives.get(usize::from(id)).copied() else {
            return Err(self.type_error("unknown built-in function"));
        };
        self.native_depth += 1;
        let script = std::sync::Arc::as_ptr(&self.script);
        let result = (def.f)(
            self,
            Call {
                this,
                args,
                new_target,
                callee: f,
                data,
            },
        );
        self.native_depth -= 1;
        // The dispatch loop that called this built-in holds its script
        // without a count of its own (see `run`): a built-in that replaced
        // the whole VM, and the script with it, would leave the loop
        // reading a script nothing keeps alive. None of this crate's does;
        // one that did is stopped here, before the loop reads on.
        assert!(
            std::ptr::eq(script, std::sync::Arc::as_ptr(&self.script)),
            "a built-in function replaced the VM running it"
        );
        result
    }

    /// Whether `v` can be called with `new`.
    pub fn is_constructor(&self, v: Value) -> bool {
        let Value::Object(o) = v else { return false };
        let d = self.heap.obj(o);
        match d.class {
            Class::Closure { proto, .. } => {
                let p = &self.script.protos[proto as usize];
                p.kind == ProtoKind::Normal && !p.is_async
            }
            Class::Native { .. } => d.flags.has(ObjFlags::CONSTRUCTOR),
            Class::Bound { target, .. } => self.is_constructor(Value::Object(target)),
            _ => false,
        }
    }

    /// The object `new F` starts with: its prototype is `F.prototype` (or
    /// `fallback` when that is not an object).
    pub fn ordinary_create_from(
        &mut self,
        new_target: ObjRef,
        fallback: ObjRef,
        class: Class,
    ) -> JsResult<ObjRef> {
        let p = self.get(
            Value::Object(new_target),
            Key::Str(self.realm.names.prototype),
        )?;
        let proto = match p {
            Value::Object(p) => p,
            _ => fallback,
        };
        let mut data = ObjectData::new(class, Some(proto));
        if class.is_array() {
            data.length = 0;
        }
        Ok(self.heap.alloc(data)?)
    }

    /// `new f(...args)` from Rust.
    pub fn construct(
        &mut self,
        f: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        if !self.is_constructor(f) {
            let what = self.describe(f);
            return Err(self.type_error(format!("{what} is not a constructor")));
        }
        let Value::Object(o) = f else {
            return Err(self.type_error("not a constructor"));
        };
        let new_target = new_target.unwrap_or(o);
        match self.heap.obj(o).class {
            Class::Closure { proto, .. } => {
                let object_proto = self.realm.intrinsics.object_proto;
                let this = self.ordinary_create_from(new_target, object_proto, Class::Ordinary)?;
                let base = self.frame_top();
                let needed = base + 1 + args.len();
                if self.regs.len() < needed {
                    self.regs.resize(needed, Value::Undefined);
                }
                self.regs[base] = Value::Object(this);
                self.regs[base + 1..needed].copy_from_slice(args);
                self.push_frame(
                    Some(o),
                    proto,
                    base,
                    args.len(),
                    Reg(0),
                    FrameKind::EntryConstruct,
                )?;
                self.run(self.frames.len() - 1)
            }
            Class::Native { .. } => self.call_native(o, Value::Undefined, args, Some(new_target)),
            Class::Bound {
                target,
                args: bound,
                ..
            } => {
                let mut all: Vec<Value> = self.heap.values(bound).to_vec();
                all.extend_from_slice(args);
                let nt = if new_target == o { target } else { new_target };
                self.construct(Value::Object(target), &all, Some(nt))
            }
            _ => Err(self.type_error("not a constructor")),
        }
    }

    /// Creates a closure of prototype `proto`, capturing its upvalues from
    /// the current frame.
    pub(crate) fn new_closure(&mut self, proto: u32) -> JsResult<ObjRef> {
        let Some(frame) = self.frames.last().copied() else {
            return Err(self.type_error("no frame"));
        };
        let sources = &self.script.protos[proto as usize].upvals;
        if sources.is_empty() {
            // Nothing captured (a callback that uses only its arguments):
            // the same empty run, without gathering cells.
            let upvals = self.heap.alloc_upvals(&[])?;
            return self.closure_object(proto, upvals, 0);
        }
        let mut cells: smallvec::SmallVec<[u32; 8]> =
            smallvec::SmallVec::with_capacity(sources.len());
        let parent_upvals = match frame.closure.map(|c| self.heap.obj(c).class) {
            Some(Class::Closure { upvals, .. }) => Some(upvals),
            _ => None,
        };
        for src in sources {
            cells.push(match *src {
                UpvalSource::Cell(c) => self.cells[frame.cell_base as usize + usize::from(c)],
                UpvalSource::Upval(i) => {
                    parent_upvals.map_or(0, |u| self.heap.upval(u, u32::from(i)))
                }
            });
        }
        let upvals = self.heap.alloc_upvals(&cells)?;
        self.closure_object(proto, upvals, cells.len())
    }

    /// The function object of a closure of `proto` over `upvals`, which
    /// holds `captured` cells.
    fn closure_object(&mut self, proto: u32, upvals: Range, captured: usize) -> JsResult<ObjRef> {
        let function_proto = self.realm.intrinsics.function_proto;
        let mut data = ObjectData::new(Class::Closure { proto, upvals }, Some(function_proto));
        let p = &self.script.protos[proto as usize];
        data.flags.set(
            ObjFlags::CONSTRUCTOR,
            p.kind == ProtoKind::Normal && !p.is_async,
        );
        self.charge(1 + captured as u64)?;
        Ok(self.heap.alloc(data)?)
    }

    /// The strict-mode `arguments` object of the current frame.
    pub(crate) fn arguments_object(&mut self) -> JsResult<ObjRef> {
        let args = self.frame_args();
        let o = self.new_array(&args)?;
        let proto = self.realm.intrinsics.object_proto;
        let rec = self.heap.obj_mut(o)?;
        rec.class = Class::Arguments;
        rec.proto = Some(proto);
        let length = Prop {
            key: Key::Str(self.realm.names.length),
            value: Value::Number(args.len() as f64),
            attrs: Attrs::HIDDEN,
        };
        self.heap.push_prop(o, length)?;
        // Code is always strict, so the object is unmapped and its `callee`
        // throws: a copy of the property `%ThrowTypeError%` keeps as its
        // native data (see `builtins/function.rs`).
        let thrower = self.realm.intrinsics.throw_type_error;
        if let Class::Native {
            data: Value::Object(template),
            ..
        } = self.heap.obj(thrower).class
        {
            if let Some(&callee) = self.heap.props(template).first() {
                self.heap.push_prop(o, callee)?;
            }
        }
        Ok(o)
    }

    /// The current frame's arguments (declared parameters as passed, then
    /// the extra ones).
    fn frame_args(&self) -> Vec<Value> {
        let Some(f) = self.frames.last() else {
            return Vec::new();
        };
        let params = usize::from(self.script.protos[f.proto as usize].params);
        let argc = f.argc as usize;
        let base = f.base as usize;
        let mut args: Vec<Value> = self.regs[base + 1..base + 1 + argc.min(params)].to_vec();
        args.extend_from_slice(
            &self.extra_args[f.extra_start as usize..(f.extra_start + f.extra_count) as usize],
        );
        args
    }

    /// The rest parameter of the current frame: arguments from `from` on.
    pub(crate) fn rest_array(&mut self, from: usize) -> JsResult<ObjRef> {
        let args = self.frame_args();
        self.new_array(args.get(from..).unwrap_or(&[]))
    }

    /// Pops the returning frame and delivers `value`. Returns the value when
    /// the frame was entered from Rust (the dispatch loop must return it).
    pub(crate) fn return_from_frame(&mut self, mut value: Value) -> JsResult<Option<Value>> {
        let Some(frame) = self.frames.pop() else {
            return Ok(Some(value));
        };
        self.cells.truncate(frame.cell_base as usize);
        self.extra_args.truncate(frame.extra_start as usize);
        if let Some(p) = frame.promise {
            self.resolve_promise(p, value)?;
            value = Value::Object(p);
        }
        if matches!(frame.kind, FrameKind::Construct | FrameKind::EntryConstruct)
            && !matches!(value, Value::Object(_))
        {
            value = self.regs[frame.base as usize];
        }
        match frame.kind {
            FrameKind::Normal | FrameKind::Construct => {
                if let Some(caller) = self.frames.last() {
                    let at = caller.base as usize + usize::from(frame.ret.0);
                    self.regs[at] = value;
                }
                Ok(None)
            }
            FrameKind::Entry | FrameKind::EntryConstruct => Ok(Some(value)),
        }
    }

    /// Finds where exception `thrown` is caught, popping frames down to
    /// `stop` (the frame the current dispatch loop was entered for).
    /// `Ok(None)`: a handler was found and execution resumes there;
    /// `Ok(Some(v))`: an async frame at `stop` turned the exception into a
    /// rejected promise `v` and its caller is Rust; `Err`: the exception
    /// leaves the loop.
    pub(crate) fn unwind(&mut self, thrown: Value, stop: usize) -> JsResult<Option<Value>> {
        loop {
            let Some(frame) = self.frames.last().copied() else {
                return Err(Throw::Value(thrown));
            };
            let faulting = frame.pc.saturating_sub(1);
            let proto = &self.script.protos[frame.proto as usize];
            if let Some(h) = proto.handler_for(faulting) {
                let at = frame.base as usize + usize::from(h.exception.0);
                self.regs[at] = thrown;
                if let Some(f) = self.frames.last_mut() {
                    f.pc = h.target;
                }
                return Ok(None);
            }
            if let Some(p) = frame.promise {
                // An async function does not throw: its promise rejects, and
                // the promise is delivered as the call's result.
                self.reject_promise(p, thrown)?;
                if let Some(f) = self.frames.last_mut() {
                    f.promise = None;
                }
                return self.return_from_frame(Value::Object(p));
            }
            self.frames.pop();
            self.cells.truncate(frame.cell_base as usize);
            self.extra_args.truncate(frame.extra_start as usize);
            if self.frames.len() <= stop {
                return Err(Throw::Value(thrown));
            }
        }
    }

    /// Makes a bound function.
    pub fn bind(&mut self, target: ObjRef, this: Value, args: &[Value]) -> JsResult<ObjRef> {
        let args = self.heap.alloc_values(args)?;
        let proto = self.heap.obj(target).proto;
        let mut data = ObjectData::new(Class::Bound { target, this, args }, proto);
        data.flags.set(
            ObjFlags::CONSTRUCTOR,
            self.is_constructor(Value::Object(target)),
        );
        data.flags.set(ObjFlags::FUNCTION_PROPS, true);
        Ok(self.heap.alloc(data)?)
    }
}
