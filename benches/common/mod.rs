//! What the VM benches share: one whole event of a handler in a reused VM.

use criterion::Criterion;
use edgefn::value::Value;
use edgefn::{Limits, Runtime, compile};
use std::hint::black_box;

/// Benchmarks `src` (which declares `handler`) as `name`: each iteration
/// resets the event heap, runs the top level and calls `handler(3)`.
pub fn event(c: &mut Criterion, name: &str, src: &str) {
    let compiled = compile(src, Runtime::Js2, &Limits::default(), "bench.js").expect("compiles");
    let mut vm = compiled.vm(&Limits::default());
    let slot = compiled.script.slot_named("handler").expect("handler");
    c.bench_function(name, |b| {
        b.iter(|| {
            vm.begin_event(1_700_000_000_000.0, 1);
            vm.run_script().expect("top level runs");
            let f = vm.script_slot(slot);
            black_box(
                vm.call(f, Value::Undefined, &[Value::Number(3.0)])
                    .expect("handler runs"),
            )
        })
    });
}
