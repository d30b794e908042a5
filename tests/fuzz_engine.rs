//! Property test of the compiler and the VM: any program that parses
//! compiles, to code that names no register past its function's window,
//! and running it (top level, then every top-level function it
//! defines, then the job queue) ends in a value, an exception or a limit,
//! never a panic, under small compute and memory budgets.

mod common;

use common::program;
use edgefn::ast::print;
use edgefn::value::Value;
use edgefn::{Limits, Runtime, compile};
use proptest::prelude::*;

fn run(src: &str) {
    let limits = Limits {
        max_code_size: 1 << 20,
        memory: 256 * 1024,
        steps: 20_000,
    };
    let Ok(compiled) = compile(src, Runtime::Js2, &limits, "fuzz.js") else {
        // Printed trees are valid programs; a compile error here would be a
        // generator or printer bug, which the frontend test reports.
        return;
    };
    // Frames share one register vector: an instruction outside its
    // function's window would silently use a neighbour frame's registers.
    assert_eq!(compiled.script.register_fault(), None, "{src}");
    let mut vm = compiled.vm(&limits);
    vm.begin_event(0.0, 7);
    let _ = vm.run_script();
    for slot in 0..compiled.script.slots.len() as u16 {
        if let Value::Object(_) = vm.script_slot(slot) {
            let f = vm.script_slot(slot);
            let _ = vm.call(f, Value::Undefined, &[Value::Number(1.0)]);
        }
    }
    let _ = vm.run_jobs();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_never_panic_the_engine(program in program()) {
        run(&print(&program));
    }
}

#[test]
fn hostile_programs_end_with_a_limit_or_an_exception() {
    let sources = [
        "function f() { return f() } f()",
        "var a = []; for (;;) a[a.length] = a",
        "var s = 'x'; for (;;) s = s + s",
        "var o = {}; for (var i = 0; ; i++) o['k' + i] = i",
        "while (true) {}",
        "function f(n) { try { f(n + 1) } finally { f(n + 1) } } f(0)",
        "async function f() { await f() } f()",
        "var p = Promise.resolve(); for (;;) p = p.then(function () {})",
        "for (var k in new Array(1000000)) {}",
    ];
    for src in sources {
        run(src);
    }
}
