//! The virtual machine: runs compiled scripts, one event at a time.
//!
//! A [`Vm`] belongs to one thread and is reused across events: its register
//! stack, frame stack and heap keep their capacity, and starting an event
//! only truncates them. Calls between script functions never recurse on the
//! host stack: frames live in `Vm::frames` and the dispatch loop
//! (`dispatch.rs`) switches between them. Only a built-in that calls back
//! into script code (a `map` callback, a getter, `valueOf`) re-enters the
//! loop, and that nesting has its own small limit.
//!
//! - `dispatch.rs`: the instruction loop.
//! - `call.rs`: calls, returns, closures, `arguments`, exceptions unwinding.
//! - `props.rs`: property access (`[[Get]]`, `[[Set]]`, define, delete...).
//! - `ops.rs`: conversions and operators (ToNumber, `==`, `+`...).
//! - `errors.rs`: making the errors the engine throws.
//! - `promise.rs`: promises, the job queue and `await`.
//! - `steps.rs`: the step meter.
//! - `prelude.rs`: the script's top level, run once per worker when it
//!   does the same thing for every event, and copied in afterwards.

mod call;
mod dispatch;
mod errors;
pub(crate) mod hints;
mod inspect;
mod ops;
mod prelude;
mod promise;
mod props;
mod steps;

pub use errors::ErrorKind;
pub use ops::{Hint, MAX_STRING_LENGTH, is_js_whitespace, js_pow, to_int32, to_integer, to_uint32};
pub use promise::PromiseState;
pub(crate) use promise::{reject_function, resolve_function};
pub use props::Descriptor;

use crate::bytecode::{Reg, Script};
use crate::heap::{Heap, OutOfMemory};
use crate::realm::Realm;
use crate::value::{ObjRef, Value};
use std::sync::Arc;

/// Why execution stopped abnormally.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Throw {
    /// A JavaScript exception carrying a value: catchable.
    Value(Value),
    /// The event must end: not catchable by script code.
    Fatal(Fatal),
}

/// Errors that end the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fatal {
    /// The compute budget is spent.
    ComputeLimit,
    /// The memory limit is reached.
    MemoryLimit,
}

impl From<OutOfMemory> for Throw {
    fn from(_: OutOfMemory) -> Throw {
        Throw::Fatal(Fatal::MemoryLimit)
    }
}

/// What built-ins and the VM return.
pub type JsResult<T> = Result<T, Throw>;

/// How a built-in function is called.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    /// The `this` value.
    pub this: Value,
    /// The arguments.
    pub args: &'a [Value],
    /// The constructor `new` was applied to, when called with `new`.
    pub new_target: Option<ObjRef>,
    /// The function object being called.
    pub callee: ObjRef,
    /// The data stored in the function object (see `Class::Native`).
    pub data: Value,
}

impl Call<'_> {
    /// Argument `i`, or `undefined`.
    pub fn arg(&self, i: usize) -> Value {
        self.args.get(i).copied().unwrap_or(Value::Undefined)
    }
}

/// A built-in function.
pub type NativeFn = fn(&mut Vm, Call<'_>) -> JsResult<Value>;

/// One activation of a script function.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    /// Index of the prototype in the script.
    pub proto: u32,
    /// The closure (for upvalues); `None` for the top-level code.
    pub closure: Option<ObjRef>,
    /// Next instruction.
    pub pc: u32,
    /// Register window start: `R[0]` is `regs[base]`.
    pub base: u32,
    /// Cell window start.
    pub cell_base: u32,
    /// Arguments beyond the declared parameters: a run of `extra_args`.
    pub extra_start: u32,
    /// How many extra arguments.
    pub extra_count: u32,
    /// Arguments passed.
    pub argc: u32,
    /// The caller's register that receives the result.
    pub ret: Reg,
    /// How the frame returns.
    pub kind: FrameKind,
    /// The promise of an async function's call.
    pub promise: Option<ObjRef>,
}

/// How a frame's return value is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    /// To the calling script frame's `ret` register.
    Normal,
    /// Called with `new`: the result is `this` unless an object is returned.
    Construct,
    /// Called from Rust (the host or a built-in): the dispatch loop returns.
    Entry,
    /// Called with `new` from Rust.
    EntryConstruct,
}

/// Per-event counters the host reads after a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Steps used (the deterministic compute measure).
    pub steps: u64,
    /// Peak heap bytes of the event.
    pub peak_memory: usize,
}

/// The deepest nesting of calls (script and built-in) before a
/// `RangeError`.
pub const MAX_CALL_DEPTH: usize = 400;
/// The deepest nesting of built-ins calling back into script code: each
/// level uses host stack, so it is bounded well below the thread's stack.
pub const MAX_NATIVE_DEPTH: u32 = 64;

/// A per-thread virtual machine.
#[derive(Debug)]
pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) realm: Arc<Realm>,
    /// Set once, by [`Vm::new`], and never replaced or borrowed mutably:
    /// the dispatch loop holds a reference to the script across its calls
    /// (see `dispatch.rs`).
    script: Arc<Script>,
    pub(crate) regs: Vec<Value>,
    pub(crate) cells: Vec<u32>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) extra_args: Vec<Value>,
    pub(crate) script_slots: Vec<Value>,
    /// Steps used and the limit.
    pub(crate) meter: steps::StepMeter,
    pub(crate) native_depth: u32,
    pub(crate) jobs: std::collections::VecDeque<promise::Job>,
    pub(crate) promises: Vec<promise::PromiseData>,
    pub(crate) suspended: Vec<Option<promise::Suspended>>,
    /// Source offset of the last exception thrown.
    pub(crate) throw_site: Option<u32>,
    /// Compiled regular expressions of this event, by object.
    pub(crate) regexes: Vec<Arc<crate::regexp::Compiled>>,
    /// Patterns compiled at run time and other per-event regex state.
    pub(crate) regex_cache: crate::regexp::EventCache,
    /// The event's time (ms since the epoch) and random state.
    pub(crate) clock_ms: f64,
    pub(crate) random: u64,
    /// Host data for the running event (set by the runtime layer).
    pub(crate) host: Option<Box<dyn std::any::Any>>,
    /// The last event's host data, kept with its buffers: the next
    /// `reuse_host` of the same type hands it to its caller to refill.
    /// Nothing else reads it.
    spare_host: Option<Box<dyn std::any::Any>>,
    /// The arrays whose `join` is in progress, so a cyclic array joins as
    /// the empty string instead of recursing without end.
    pub(crate) join_stack: Vec<ObjRef>,
    /// Where each `GetProp` and `SetProp` site last found its property
    /// (see `hints.rs`).
    pub(crate) prop_hints: Vec<u32>,
    /// Where `GetGlobal` last found each name (see `hints.rs`).
    pub(crate) global_hints: [hints::GlobalHint; hints::GLOBAL_HINTS],
    /// Where `GetElem` last found each object's string-keyed property
    /// (see `hints.rs`).
    pub(crate) elem_hints: [hints::ElemHint; hints::ELEM_HINTS],
    /// The run slot of the own data property the last [[Set]] replaced,
    /// for `SetProp`'s hint.
    pub(crate) written_slot: u32,
    /// Frames pushed and built-ins called, ever (wrapping): the prelude
    /// copy is kept only when the top level ran no code but its own.
    pub(crate) calls: u64,
    /// Of those, the calls of built-ins that give the same result at every
    /// event of this VM (see [`Vm::note_constant_call`]).
    pub(crate) constant_calls: u64,
    /// Whether the script's top level gives the same result for every
    /// event (see `prelude.rs`).
    prelude_repeats: bool,
    /// What the top level left at the end of its first run, when it
    /// repeats.
    prelude: Option<Box<prelude::Prelude>>,
    /// How many prelude copies this VM has made: each gets the next number.
    prelude_serial: u64,
    /// The number of the prelude copy this event's heap started as (it was
    /// restored from it, or the copy was just taken of it); `None` when
    /// the top level ran without one. Two events with the same number
    /// start with the same heap.
    event_start: Option<u64>,
}

impl Vm {
    /// A VM for `script`, whose events may use `memory_limit` bytes and
    /// `step_limit` steps.
    pub fn new(realm: Arc<Realm>, script: Arc<Script>, memory_limit: usize, step_limit: u64) -> Vm {
        let mut heap = Heap::new(realm.heap.clone(), memory_limit);
        heap.set_script_strings(script.strings.clone());
        let prop_hints = vec![hints::NONE; script.hint_count()];
        let prelude_repeats = prelude::repeats(&script);
        Vm {
            heap,
            realm,
            script,
            regs: Vec::with_capacity(1024),
            cells: Vec::with_capacity(64),
            frames: Vec::with_capacity(64),
            extra_args: Vec::new(),
            script_slots: Vec::new(),
            meter: steps::StepMeter::new(step_limit),
            native_depth: 0,
            jobs: std::collections::VecDeque::new(),
            promises: Vec::new(),
            suspended: Vec::new(),
            throw_site: None,
            regexes: Vec::new(),
            regex_cache: crate::regexp::EventCache::default(),
            clock_ms: 0.0,
            random: 0,
            host: None,
            spare_host: None,
            join_stack: Vec::new(),
            prop_hints,
            global_hints: [hints::NO_GLOBAL_HINT; hints::GLOBAL_HINTS],
            elem_hints: [hints::NO_ELEM_HINT; hints::ELEM_HINTS],
            written_slot: hints::NONE,
            calls: 0,
            constant_calls: 0,
            prelude_repeats,
            prelude: None,
            prelude_serial: 0,
            event_start: None,
        }
    }

    /// Says that the built-in being called reads nothing an event can
    /// change (not the event, the clock, randomness, the log or the key
    /// value store's contents) and changes nothing but the event heap, so
    /// that its result is the same at every event of this VM: a top level
    /// that calls only such built-ins still gets the prelude copy (see
    /// `prelude.rs`). `require(name)` and `cf.kvs()` say so.
    pub(crate) fn note_constant_call(&mut self) {
        self.constant_calls = self.constant_calls.wrapping_add(1);
    }

    /// The script being run.
    pub fn script(&self) -> &Arc<Script> {
        &self.script
    }

    /// The realm.
    pub fn realm(&self) -> &Arc<Realm> {
        &self.realm
    }

    /// The heap (for reading values the script produced).
    pub fn heap(&self) -> &Heap {
        &self.heap
    }

    /// The heap, for building values.
    pub fn heap_mut(&mut self) -> &mut Heap {
        &mut self.heap
    }

    /// Starts a new event: frees everything the previous one allocated and
    /// resets the counters. `clock_ms` is the event's frozen "now"; `seed`
    /// seeds `Math.random`.
    pub fn begin_event(&mut self, clock_ms: f64, seed: u64) {
        self.heap.reset();
        self.regs.clear();
        self.cells.clear();
        self.frames.clear();
        self.extra_args.clear();
        self.jobs.clear();
        self.promises.clear();
        self.suspended.clear();
        self.throw_site = None;
        self.event_start = None;
        self.regexes.clear();
        self.regex_cache.clear();
        self.meter.set_used(0);
        self.native_depth = 0;
        self.clock_ms = clock_ms;
        self.random = seed | 1;
        if let Some(h) = self.host.take() {
            self.spare_host = Some(h);
        }
        self.join_stack.clear();
        self.script_slots.clear();
        for slot in &self.script.slots {
            self.script_slots.push(if slot.on_global {
                Value::Undefined
            } else {
                Value::Empty
            });
        }
    }

    /// Sets the step budget.
    pub fn set_step_limit(&mut self, limit: u64) {
        self.meter.set_limit(limit);
    }

    /// Sets the memory limit.
    pub fn set_memory_limit(&mut self, limit: usize) {
        self.heap.set_limit(limit);
    }

    /// What the event has used so far.
    pub fn usage(&self) -> Usage {
        Usage {
            steps: self.meter.used(),
            peak_memory: self.heap.peak(),
        }
    }

    /// Runs `attempt`, a host reader's shortcut that charges steps as it
    /// reads the result; when it gives up (`None`), the steps it charged
    /// are put back, so that the general path it leaves to charges them
    /// again from where the shortcut started. No script code may run
    /// inside it.
    pub(crate) fn attempt<T>(&mut self, attempt: impl FnOnce(&mut Vm) -> Option<T>) -> Option<T> {
        let steps = self.meter.used();
        let done = attempt(self);
        if done.is_none() {
            self.meter.set_used(steps);
        }
        done
    }

    /// The steps the event may still take.
    pub(crate) fn steps_left(&self) -> u64 {
        self.meter.left()
    }

    /// Charges `n` steps; fails when the budget is spent. Built-ins charge
    /// in proportion to the work they do.
    pub fn charge(&mut self, n: u64) -> JsResult<()> {
        if self.meter.charge(n) {
            Ok(())
        } else {
            Err(Throw::Fatal(Fatal::ComputeLimit))
        }
    }

    /// The value of top-level binding `slot`.
    pub fn script_slot(&self, slot: u16) -> Value {
        self.script_slots
            .get(slot as usize)
            .copied()
            .unwrap_or(Value::Undefined)
    }

    /// Sets top-level binding `slot` (imports are bound this way).
    pub fn set_script_slot(&mut self, slot: u16, value: Value) {
        if let Some(s) = self.script_slots.get_mut(slot as usize) {
            *s = value;
        }
    }

    /// Attaches host data to the event (read by host-provided built-ins),
    /// which `fill` sets: it gets the last event's data of the same type as
    /// that event left it, so that its buffers are reused, or
    /// `T::default()`, and must set every field that is read.
    pub fn reuse_host<T: Default + 'static>(&mut self, fill: impl FnOnce(&mut T)) {
        let mut data: Box<T> = match self.spare_host.take().map(|s| s.downcast::<T>()) {
            Some(Ok(kept)) => kept,
            _ => Box::default(),
        };
        fill(&mut data);
        self.host = Some(data);
    }

    /// The host data of the event.
    pub fn host<T: 'static>(&self) -> Option<&T> {
        self.host.as_ref().and_then(|h| h.downcast_ref())
    }

    /// The host data of the event, for writing.
    pub fn host_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.host.as_mut().and_then(|h| h.downcast_mut())
    }

    /// The source offset of the last exception thrown, for locating
    /// uncaught errors.
    pub fn throw_site(&self) -> Option<u32> {
        self.throw_site
    }

    /// The event's frozen clock, in milliseconds since the epoch.
    pub fn now(&self) -> f64 {
        self.clock_ms
    }

    /// The next `Math.random()` value: xorshift64* seeded per event, so a
    /// run is reproducible from its seed.
    pub fn next_random(&mut self) -> f64 {
        let mut x = self.random;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.random = x;
        let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (r >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Runs the script's top-level code: declares its functions and
    /// variables. Call after [`Vm::begin_event`] (and after binding
    /// imports).
    pub fn run_script(&mut self) -> JsResult<Value> {
        let global = Value::Object(self.realm.global);
        self.call_script_toplevel(global)
    }
}

#[cfg(test)]
mod tests;
