//! `console.log` formatting against njs (the engine CloudFront's runtime 1.0
//! is built on): the same values are logged by `njs` and by an edgefn
//! handler, and the lines must match. `njs` comes from Debian's `njs`
//! package (`.ci/run` installs it); without it the test says so, and fails
//! when `EDGEFN_REQUIRE_EXTERNAL=1`.

use edgefn::runtime::{Event, Function, RunOptions};
use edgefn::{Limits, Runtime};
use std::process::Command;

/// One `console.log(...)` argument list per line.
const CALLS: &[&str] = &[
    "'plain string'",
    "42, -0, 1e21, 1.5, NaN, Infinity",
    "true, null, undefined",
    "{ a: 1, b: [1, 2], s: 'x' }",
    "'a', 'b', 3",
    "[1, 'a', { x: null }]",
    "[1, , 3]",
    "{ a: { b: { c: { d: { e: { f: 1 } } } } } }",
    "[[]], {}, [], [undefined, null]",
    "new Error('boom')",
    "new TypeError('t')",
    "{ s: \"it's\", d: 'a\"b', n: 'line\\nbreak' }",
    "(function () { var c = {}; c.self = c; return c; })()",
    "new Date(0)",
    "/ab+c/gi",
    "new String('boxed'), new Number(5), new Boolean(false)",
    // Integer-like keys are left out: njs lists them in insertion order,
    // edgefn in ECMAScript order (a known divergence, conformance/README.md).
    "{ 'a-b': 1, z: -0 }",
    "function named() {}",
    "''",
];

fn njs_lines(script: &str) -> Option<Vec<String>> {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("njs_console.js");
    std::fs::write(&path, script).ok()?;
    let out = Command::new("njs").arg(&path).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    })
}

#[test]
fn console_log_lines_match_njs() {
    let script: String = CALLS
        .iter()
        .map(|c| format!("console.log({c});\n"))
        .collect();
    let Some(want) = njs_lines(&script) else {
        let required = std::env::var("EDGEFN_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "njs is not installed (apt-get install -y njs), and EDGEFN_REQUIRE_EXTERNAL=1"
        );
        eprintln!(
            "njs_console: njs is not installed; console formatting was not compared with njs"
        );
        return;
    };
    let src = format!("function handler(event) {{\n{script}return event.request;\n}}");
    let f = Function::compile(&src, Runtime::Js1, &Limits::default(), "log.js").expect("compiles");
    let event = Event::from_json(
        r#"{"version":"1.0","context":{"eventType":"viewer-request"},"viewer":{"ip":"192.0.2.1"},"request":{"method":"GET","uri":"/"}}"#,
    )
    .expect("event");
    let outcome = f.worker().run(&event, &RunOptions::default());
    assert!(outcome.result.is_ok(), "{:?}", outcome.result);
    let mismatches: Vec<String> = CALLS
        .iter()
        .zip(want.iter().zip(outcome.logs.iter()))
        .filter(|(_, (n, e))| n != e)
        .map(|(call, (n, e))| format!("console.log({call}):\n   njs: {n}\nedgefn: {e}"))
        .collect();
    assert_eq!(
        want.len(),
        outcome.logs.len(),
        "njs printed {want:?}\nedgefn logged {:?}",
        outcome.logs
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
