//! The prelude copy. A function's imports and top-level code run at the
//! start of every event, and usually do the same thing every time: they
//! declare functions and build constant tables, and nothing they can
//! reach differs between events. The event is not built yet; the clock,
//! `Math.random`, the key value store and the log are read only by
//! calling a built-in. So when the top level runs no code but its own
//! (checked as it runs: no frame pushed but its own, for a call, a getter,
//! a setter or a conversion method, and no built-in called but those that
//! give the same result at every event, `require(name)` and `cf.kvs()`,
//! see [`Vm::note_constant_call`]), the worker keeps what it left the first time (the event heap, the
//! top-level bindings, the registers, the regex objects' patterns, the
//! step count and memory peak) and copies that in at the start of each
//! later event instead of running it again. A copy is a few `memcpy`s;
//! running a large redirect table's literal is thousands of instructions.
//!
//! The copy gives the event exactly the state and counters the run would
//! have: the run is deterministic, and its result cannot depend on the
//! limits except by failing. A run that succeeded within some limits
//! succeeds the same way within higher ones, so the copy is used only
//! when the event's limits are at least those of the run that made it.
//! A top level that writes a built-in object (`Array.prototype.x = 1`) or
//! the global object is run every time: such writes copy realm objects
//! into the event heap, which [`crate::heap::Heap::snapshot`] declines.

use super::Vm;
use crate::bytecode::{Op, Script};
use crate::heap::HeapSnapshot;
use crate::regexp::Compiled;
use crate::value::Value;
use std::sync::Arc;

/// What the prelude left at the end of its first run.
#[derive(Debug)]
pub(crate) struct Prelude {
    heap: HeapSnapshot,
    script_slots: Vec<Value>,
    regs: Vec<Value>,
    cells: Vec<u32>,
    regexes: Vec<Arc<Compiled>>,
    throw_site: Option<u32>,
    steps: u64,
    /// The limits the run stayed within.
    step_limit: u64,
    memory_limit: usize,
    /// Which of the VM's copies this is (see `Vm::event_start`).
    serial: u64,
}

/// Whether `script`'s top level may give the same result at the start of
/// every event: it has no instruction that constructs, awaits or reads the
/// arguments. (What its calls run, and the getters, setters and
/// conversions its other instructions may run, is checked as it runs.)
/// The functions it declares are not run, so their code does not matter.
pub(crate) fn repeats(script: &Script) -> bool {
    let Some(top) = script.protos.first() else {
        return false;
    };
    !top.code.iter().any(|op| {
        matches!(
            op,
            Op::New { .. }
                | Op::Await { .. }
                | Op::Arguments { .. }
                | Op::Rest { .. }
                | Op::Callee { .. }
        )
    })
}

impl Vm {
    /// The number of the prelude copy this event's heap started as, when
    /// it started as one: events with the same number started with the
    /// same heap, and a caller may rely on that to reuse what it built
    /// last time at the same places.
    pub fn event_start(&self) -> Option<u64> {
        self.event_start
    }

    /// Runs `prelude`, the script's imports and top level, at the start of
    /// an event (right after [`Vm::begin_event`]), or copies in what its
    /// first run left when the script's top level `repeats`. Errors are
    /// those of `prelude`; a run that fails leaves nothing to copy.
    pub fn run_prelude<E>(
        &mut self,
        prelude: impl FnOnce(&mut Vm) -> Result<(), E>,
    ) -> Result<(), E> {
        let at_start = self.meter.used() == 0 && self.frames.is_empty() && self.heap.used() == 0;
        self.event_start = None;
        if let Some(p) = self.prelude.as_deref() {
            if at_start && p.step_limit <= self.meter.limit() && p.memory_limit <= self.heap.limit()
            {
                self.heap.restore(&p.heap);
                self.script_slots.clone_from(&p.script_slots);
                self.regs.clone_from(&p.regs);
                self.cells.clone_from(&p.cells);
                self.regexes.clone_from(&p.regexes);
                self.throw_site = p.throw_site;
                self.meter.set_used(p.steps);
                self.event_start = Some(p.serial);
                return Ok(());
            }
        }
        let (calls, constant) = (self.calls, self.constant_calls);
        prelude(self)?;
        // One frame, the top level's own, and built-ins that give the same
        // result every time.
        let others = self
            .calls
            .wrapping_sub(calls)
            .wrapping_sub(self.constant_calls.wrapping_sub(constant));
        let alone = others == 1 && self.jobs.is_empty();
        if at_start && alone && self.prelude_repeats && self.prelude.is_none() {
            let serial = self.prelude_serial + 1;
            self.prelude = self.heap.snapshot().map(|heap| {
                Box::new(Prelude {
                    heap,
                    script_slots: self.script_slots.clone(),
                    regs: self.regs.clone(),
                    cells: self.cells.clone(),
                    regexes: self.regexes.clone(),
                    throw_site: self.throw_site,
                    steps: self.meter.used(),
                    step_limit: self.meter.limit(),
                    memory_limit: self.heap.limit(),
                    serial,
                })
            });
            if self.prelude.is_some() {
                self.prelude_serial = serial;
                self.event_start = Some(serial);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{Fatal, JsResult, Throw};
    use crate::{CompiledScript, Limits, Runtime, compile};

    /// A top level with everything that repeats: tables, a sparse array,
    /// a regex literal, closures over `let` and `const` (cells), an
    /// accessor, a conditional. `test(n)` changes the tables and reports
    /// what it saw, so an event that got the last event's state instead
    /// of a fresh one reports something else.
    const TABLES: &str = r#"
var REDIRECTS = { '/a': '/b', '/c': '/d' };
var LIST = ['x', 'y', , 'z'];
var RE = /^\/api\/(v\d)\//g;
let counter = 0;
const LIMITS = { get max() { return 3 }, flag: !LIST };
var PICK = LIMITS === null || !LIST === false ? 'yes' : 'no';
function bump() { counter += 1; return counter }
function test(n) {
  REDIRECTS['/n' + n] = n;
  LIST.push(n);
  var m = RE.exec('/api/v2/x');
  return JSON.stringify([Object.keys(REDIRECTS), LIST, bump(), bump(), LIMITS.max,
    m && m[1], RE.lastIndex, PICK, typeof test]);
}
"#;

    /// The prelude as the runtime runs it, with `test` as the handler.
    fn top_level(vm: &mut Vm) -> JsResult<()> {
        vm.charge(crate::limits::EVENT_BASE_STEPS)?;
        vm.run_script().map(|_| ())
    }

    /// One event: its prelude, then `test(n)`. The result as text, the
    /// steps and the memory peak.
    fn event(compiled: &CompiledScript, vm: &mut Vm, clock: f64, n: f64) -> (String, u64, usize) {
        vm.begin_event(clock, 7);
        let result = vm.run_prelude(top_level).and_then(|()| {
            let slot = compiled.script.slot_named("test").unwrap_or(u16::MAX);
            let f = vm.script_slot(slot);
            vm.call(f, Value::Undefined, &[Value::Number(n)])
        });
        let text = match result {
            Ok(Value::String(s)) => vm.heap().to_rust_string(s),
            Ok(v) => vm.inspect(v),
            Err(Throw::Value(v)) => format!("threw {}", vm.inspect(v)),
            Err(Throw::Fatal(f)) => format!("{f:?}"),
        };
        (text, vm.usage().steps, vm.usage().peak_memory)
    }

    fn compiled(src: &str) -> CompiledScript {
        match compile(src, Runtime::Js2, &Limits::default(), "prelude.js") {
            Ok(c) => c,
            Err(e) => panic!("compile error: {e}"),
        }
    }

    #[test]
    fn a_repeating_top_level_is_copied_and_every_event_gets_a_fresh_one() {
        let c = compiled(TABLES);
        assert!(repeats(&c.script));
        let mut reused = c.vm(&Limits::default());
        for n in [1.0, 2.0, 3.0] {
            let got = event(&c, &mut reused, 0.0, n);
            assert!(reused.prelude.is_some(), "the first run is kept");
            let fresh = event(&c, &mut c.vm(&Limits::default()), 0.0, n);
            assert_eq!(got, fresh, "event {n}");
            assert!(got.0.contains("\"v2\",8,\"yes\",\"function\""), "{}", got.0);
            assert!(
                got.0.contains(",1,2,3,"),
                "the counter starts at 0: {}",
                got.0
            );
        }
    }

    #[test]
    fn a_top_level_that_reads_the_clock_runs_for_every_event() {
        let c = compiled("var started = Date.now(); function test(n) { return started + n }");
        let mut vm = c.vm(&Limits::default());
        assert_eq!(event(&c, &mut vm, 1000.0, 1.0).0, "1001");
        assert_eq!(event(&c, &mut vm, 5000.0, 1.0).0, "5001");
        assert!(vm.prelude.is_none());
    }

    #[test]
    fn a_top_level_that_runs_other_code_or_writes_built_ins_runs_for_every_event() {
        assert!(!repeats(
            &compiled("var d = new Date(); function test() {}").script
        ));
        // Calls, and code run by a getter, a conversion or a setter, are
        // found as the top level runs, as are writes to built-in objects.
        for src in [
            "var a = [Date.now()]; a.push(2); function test(n) { return a[0] + n }",
            "function now() { return 5 } var y = now(); function test(n) { return y + n }",
            "var m = require('crypto'); var y = Math.random(); function test(n) { return y + n }",
            "var m = require({ toString: function () { return 'crypto' } }); function test(n) { return typeof m + n }",
            "var o = { get x() { return Date.now() } }; var y = o.x; function test(n) { return y + n }",
            "var o = { valueOf: function () { return Date.now() } }; var y = o * 1; function test(n) { return y + n }",
            "var o = { set x(v) { this.t = Date.now() } }; o.x = 1; function test(n) { return o.t + n }",
            "Object.prototype.t = 5; var o = {}; function test(n) { return o.t + n }",
            "globalThis.t = 5; function test(n) { return t + n }",
        ] {
            let c = compiled(src);
            assert!(repeats(&c.script), "{src}");
            let mut vm = c.vm(&Limits::default());
            let first = event(&c, &mut vm, 1000.0, 1.0);
            assert!(vm.prelude.is_none(), "{src}");
            let second = event(&c, &mut vm, 5000.0, 1.0);
            assert_eq!(
                second,
                event(&c, &mut c.vm(&Limits::default()), 5000.0, 1.0)
            );
            if src.contains("Date") {
                assert_ne!(first.0, second.0, "{src}");
            }
        }
    }

    #[test]
    fn computed_constants_and_plain_property_reads_are_copied() {
        let c = compiled(
            "var HOST = 'example.com'; var BASE = 'https://' + HOST + '/'; var T = { ttl: 60 };
             var DAY = T.ttl * 60 * 24; var KEYS = []; for (var k in T) KEYS[KEYS.length] = k;
             function test(n) { T.ttl = n; KEYS[KEYS.length] = n;
               return BASE + DAY + typeof HOST + KEYS.join() }",
        );
        let mut vm = c.vm(&Limits::default());
        for n in [1.0, 2.0] {
            let got = event(&c, &mut vm, 0.0, n);
            assert!(vm.prelude.is_some());
            assert_eq!(got.0, format!("https://example.com/86400stringttl,{n}"));
            assert_eq!(got, event(&c, &mut c.vm(&Limits::default()), 0.0, n));
        }
    }

    #[test]
    fn modules_required_at_the_top_level_are_copied() {
        let c = compiled(
            "var crypto = require('crypto'); var qs = require('querystring');
             var SALT = 'k:'; function test(n) {
               return crypto.createHash('md5').update(SALT + n).digest('hex') + qs.stringify({ n: n }) }",
        );
        assert!(repeats(&c.script));
        let mut vm = c.vm(&Limits::default());
        for n in [1.0, 2.0] {
            let got = event(&c, &mut vm, 0.0, n);
            assert!(vm.prelude.is_some());
            assert!(got.0.ends_with(&format!("n={n}")), "{}", got.0);
            assert_eq!(got, event(&c, &mut c.vm(&Limits::default()), 0.0, n));
        }
        // A module that does not exist throws at every event.
        let c = compiled("var fs = require('fs'); function test() {}");
        let mut vm = c.vm(&Limits::default());
        for _ in 0..2 {
            let (text, _, _) = event(&c, &mut vm, 0.0, 1.0);
            assert!(text.contains("Cannot find module"), "{text}");
        }
        assert!(vm.prelude.is_none());
    }

    #[test]
    fn a_top_level_that_throws_throws_for_every_event() {
        let c = compiled("const x = 1; x = 2; function test() {}");
        let mut vm = c.vm(&Limits::default());
        for _ in 0..2 {
            let (text, steps, _) = event(&c, &mut vm, 0.0, 1.0);
            assert!(text.starts_with("threw TypeError"), "{text}");
            assert!(steps > 0);
        }
        assert!(vm.prelude.is_none());
    }

    #[test]
    fn lower_limits_run_the_top_level_again_and_fail_where_it_fails() {
        let c = compiled(TABLES);
        let mut vm = c.vm(&Limits::default());
        let (_, steps, peak) = event(&c, &mut vm, 0.0, 1.0);
        assert!(vm.prelude.is_some());
        let prelude_steps = vm.prelude.as_ref().map_or(0, |p| p.steps);
        let prelude_peak = vm.prelude.as_ref().map_or(0, |p| p.heap.peak());
        assert!(prelude_steps > 0 && prelude_steps < steps && prelude_peak <= peak);
        // Too few steps for the top level: the same failure as a fresh VM's.
        let tight = Limits {
            steps: prelude_steps - 1,
            ..Limits::default()
        };
        vm.set_step_limit(tight.steps);
        let got = event(&c, &mut vm, 0.0, 1.0);
        assert_eq!(got.0, format!("{:?}", Fatal::ComputeLimit));
        assert_eq!(got, event(&c, &mut c.vm(&tight), 0.0, 1.0));
        // Too little memory for it, likewise.
        let small = Limits {
            memory: prelude_peak - 1,
            ..Limits::default()
        };
        vm.set_step_limit(Limits::default().steps);
        vm.set_memory_limit(small.memory);
        let got = event(&c, &mut vm, 0.0, 1.0);
        assert_eq!(got.0, format!("{:?}", Fatal::MemoryLimit));
        assert_eq!(got, event(&c, &mut c.vm(&small), 0.0, 1.0));
        // Back to the limits it ran within: the copy again.
        vm.set_memory_limit(Limits::default().memory);
        assert_eq!(
            event(&c, &mut vm, 0.0, 1.0),
            event(&c, &mut c.vm(&Limits::default()), 0.0, 1.0)
        );
    }
}
