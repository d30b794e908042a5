//! Differential tests against Node (the oracle for pure-language behaviour):
//! - every ES5.1 operator (and `**`) over every pair of value kinds;
//! - a generated corpus of expression and statement programs.
//!
//! Each program returns an array; both engines render every element (see
//! `src/vm/inspect.rs` and `conformance/lib/render.js`) and the renderings
//! must be identical. Exceptions are compared by error name only, since
//! engines word their messages differently. Node is required; set
//! `EDGEFN_SKIP_NODE=1` to skip these tests explicitly.

use edgefn::value::Value;
use edgefn::vm::Throw;
use edgefn::{Limits, Runtime, compile};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::PathBuf;
use std::process::Command;

/// Values of every kind the abstract operations distinguish.
const VALUES: &[&str] = &[
    "undefined",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1",
    "-1",
    "1.5",
    "NaN",
    "Infinity",
    "-Infinity",
    "''",
    "'0'",
    "'1'",
    "'-1.5'",
    "'abc'",
    "' 12 '",
    "'0x1A'",
    "'1e3'",
    "[]",
    "[0]",
    "[1, 2]",
    "[[]]",
    "({})",
    "({ valueOf: function () { return 42 } })",
    "({ toString: function () { return '7' } })",
    "(function f() {})",
];

const BINARY: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "<<",
    ">>",
    ">>>",
    "&",
    "|",
    "^",
    "==",
    "!=",
    "===",
    "!==",
    "<",
    ">",
    "<=",
    ">=",
    "in",
    "instanceof",
];

const UNARY: &[&str] = &["typeof ", "-", "+", "!", "~", "void "];

/// The prelude every program starts with: `t` runs a thunk and turns an
/// exception into its name.
const PRELUDE: &str = "function t(f) { try { return f() } catch (e) { return 'throws ' + e.name } }\n\
     var bad = Object.defineProperty({}, 'k', { get: function () { throw new TypeError('k') } });\n";

fn limits() -> Limits {
    Limits {
        max_code_size: 1 << 22,
        steps: 50_000_000,
        memory: 64 << 20,
    }
}

/// Runs `src` in edgefn; renders each element of `test()`'s array.
fn edgefn_each(src: &str) -> Result<Vec<String>, String> {
    let compiled = compile(src, Runtime::Js2, &limits(), "diff.js").map_err(|e| e.to_string())?;
    let mut vm = compiled.vm(&limits());
    vm.begin_event(0.0, 1);
    vm.run_script().map_err(|e| format!("top level: {e:?}"))?;
    let slot = compiled.script.slot_named("test").ok_or("no test()")?;
    let f = vm.script_slot(slot);
    let result = match vm.call(f, Value::Undefined, &[]) {
        Ok(v) => v,
        Err(Throw::Value(v)) => return Ok(vec![format!("throws {}", vm.inspect(v))]),
        Err(e) => return Err(format!("{e:?}")),
    };
    let len = vm.length_of(result).map_err(|e| format!("{e:?}"))?;
    let mut out = Vec::new();
    for i in 0..len as u32 {
        let v = vm
            .get(result, edgefn::heap::Key::Index(i))
            .map_err(|e| format!("{e:?}"))?;
        out.push(vm.inspect(v));
    }
    Ok(out)
}

/// Runs each source in Node; renders each element of `test()`'s array.
fn node_each(sources: &[String]) -> Option<Vec<Vec<String>>> {
    if std::env::var("EDGEFN_SKIP_NODE").is_ok_and(|v| v == "1") {
        eprintln!("differential: skipped (EDGEFN_SKIP_NODE=1)");
        return None;
    }
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("edgefn-diff-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let files: Vec<PathBuf> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let p = dir.join(format!("p{i}.js"));
            std::fs::write(&p, s).expect("write program");
            p
        })
        .collect();
    let driver = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("conformance/lib/node-driver.js");
    let out =
        Command::new("node").arg(&driver).args(&files).env("EDGEFN_RENDER_EACH", "1").output().unwrap_or_else(|e| {
            panic!("Node is needed for the differential tests ({e}); set EDGEFN_SKIP_NODE=1 to skip them")
        });
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("driver line");
                match &v["outcome"] {
                    serde_json::Value::Array(items) => items
                        .iter()
                        .map(|i| i.as_str().unwrap_or("").to_string())
                        .collect(),
                    other => vec![other.as_str().unwrap_or("").to_string()],
                }
            })
            .collect(),
    )
}

/// Whether two renderings are numbers one unit in the last place apart.
fn one_ulp_apart(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) if x.is_finite() && y.is_finite() && x.signum() == y.signum() => {
            x.to_bits().abs_diff(y.to_bits()) == 1
        }
        _ => false,
    }
}

/// Compares both engines on `programs`; `describe(p, i)` names element `i`
/// of program `p` in failure messages. Programs for which `pow_program(p)`
/// holds may differ from Node by one unit in the last place: V8's `**` is
/// not correctly rounded, while njs (CloudFront's engine) and edgefn use
/// the C library's `pow`, which is.
fn compare(
    programs: &[String],
    pow_program: impl Fn(usize) -> bool,
    describe: impl Fn(usize, usize) -> String,
) {
    let Some(node) = node_each(programs) else {
        return;
    };
    let mut failures = Vec::new();
    for (p, src) in programs.iter().enumerate() {
        let ours = edgefn_each(src).unwrap_or_else(|e| vec![format!("edgefn error: {e}")]);
        let theirs = node.get(p).cloned().unwrap_or_default();
        if ours.len() != theirs.len() {
            failures.push(format!(
                "program {p}: {} results vs node's {}\n{src}",
                ours.len(),
                theirs.len()
            ));
            continue;
        }
        for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
            if a != b && !(pow_program(p) && one_ulp_apart(a, b)) {
                failures.push(format!("{}: edgefn {a} vs node {b}", describe(p, i)));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn operators_over_every_pair_of_value_kinds() {
    let mut programs = Vec::new();
    for op in BINARY {
        let mut body = String::from(PRELUDE);
        body.push_str("function test() {\n  return [\n");
        for a in VALUES {
            for b in VALUES {
                body.push_str(&format!(
                    "    t(function () {{ return ({a}) {op} ({b}) }}),\n"
                ));
            }
        }
        body.push_str("  ]\n}\n");
        programs.push(body);
    }
    let mut body = String::from(PRELUDE);
    body.push_str("function test() {\n  return [\n");
    for op in UNARY {
        for a in VALUES {
            body.push_str(&format!("    t(function () {{ return {op}({a}) }}),\n"));
        }
    }
    for a in VALUES {
        body.push_str(&format!(
            "    t(function () {{ var x = {a}; var y = x++; return [x, y] }}),\n"
        ));
        body.push_str(&format!(
            "    t(function () {{ var x = {a}; var y = --x; return [x, y] }}),\n"
        ));
        body.push_str(&format!(
            "    t(function () {{ var o = {{ p: {a} }}; return [delete o.p, 'p' in o] }}),\n"
        ));
        body.push_str(&format!(
            "    t(function () {{ return ({a}) ? 'truthy' : 'falsy' }}),\n"
        ));
        body.push_str(&format!("    t(function () {{ return '' + ({a}) }}),\n"));
    }
    body.push_str("  ]\n}\n");
    programs.push(body);
    let n = VALUES.len();
    compare(
        &programs,
        |p| BINARY.get(p) == Some(&"**"),
        |p, i| {
            if p < BINARY.len() {
                format!("{} {} {}", VALUES[i / n], BINARY[p], VALUES[i % n])
            } else {
                format!("unary/update case {i}")
            }
        },
    );
}

// -- Generated programs --------------------------------------------------

fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(VALUES).prop_map(str::to_string),
        (-1000i32..1000).prop_map(|n| n.to_string()),
        (0.0f64..100.0).prop_map(|f| format!("{f:.3}")),
        "[a-c ]{0,3}".prop_map(|s| format!("'{s}'")),
    ]
}

fn var() -> impl Strategy<Value = String> {
    (0..4usize).prop_map(|i| format!("v{i}"))
}

fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![literal(), var()];
    leaf.prop_recursive(3, 24, 3, |inner| {
        prop_oneof![
            (
                inner.clone(),
                proptest::sample::select(BINARY),
                inner.clone()
            )
                .prop_map(|(a, op, b)| format!("(({a}) {op} ({b}))")),
            (proptest::sample::select(UNARY), inner.clone())
                .prop_map(|(op, a)| format!("({op}({a}))")),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("({a} ? {b} : {c})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} && {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} || {b})")),
            (var(), inner.clone()).prop_map(|(v, a)| format!("({v} = {a})")),
            (
                var(),
                proptest::sample::select(&["+=", "-=", "*=", "|=", "<<="][..]),
                inner.clone()
            )
                .prop_map(|(v, op, a)| format!("({v} {op} {a})")),
            (var(), any::<bool>()).prop_map(|(v, pre)| if pre {
                format!("(++{v})")
            } else {
                format!("({v}--)")
            }),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("[{a}, {b}][1]")),
            inner.clone().prop_map(|a| format!("({{ k: {a} }}).k")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("`${{{a}}}-${{{b}}}`")),
        ]
    })
}

/// An expression for a value stored into `r`, a variable kept in a
/// register: it may read `r`, throw part-way (`bad.k`), or read `late`
/// before its `let` (a TDZ error).
fn register_expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        literal(),
        var(),
        Just("r".to_string()),
        Just("bad.k".to_string()),
        Just("late".to_string()),
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("({a} ? {b} : {c})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("[{a}, {b}]")),
            Just("[]".to_string()),
            inner.clone().prop_map(|a| format!("{{ k: {a} }}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("(({a}) + ({b}))")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("[{a}, {b}][1]")),
        ]
    })
}

fn statement() -> impl Strategy<Value = String> {
    let simple = prop_oneof![
        (var(), expr()).prop_map(|(v, e)| format!("{v} = t(function () {{ return {e} }});")),
        expr().prop_map(|e| format!("log[log.length] = t(function () {{ return {e} }});")),
        // A register variable assigned or declared from a value that may
        // throw part-way: a `catch` must see it unchanged.
        (register_expr(), any::<bool>()).prop_map(|(e, declare)| {
            let store = if declare { "var r" } else { "r" };
            format!(
                "log[log.length] = (function () {{ var r = 'old'; \
                 try {{ {store} = {e}; let late = 1; }} catch (e) {{ r = [r, e.name]; }} \
                 return r }})();"
            )
        }),
    ];
    simple.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            (expr(), inner.clone(), inner.clone()).prop_map(|(c, a, b)| format!(
                "if (t(function () {{ return {c} }})) {{ {a} }} else {{ {b} }}"
            )),
            // `let` gives nested loops their own counters.
            (1..4u8, inner.clone())
                .prop_map(|(n, body)| format!("for (let i = 0; i < {n}; i++) {{ {body} }}")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("{a} {b}")),
        ]
    })
}

fn program() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(literal(), 4),
        proptest::collection::vec(statement(), 1..6),
    )
        .prop_map(|(init, stmts)| {
            let mut s = String::from(PRELUDE);
            s.push_str("function test() {\n  var log = [];\n");
            for (i, v) in init.iter().enumerate() {
                s.push_str(&format!("  var v{i} = {v};\n"));
            }
            for st in stmts {
                s.push_str("  ");
                s.push_str(&st);
                s.push('\n');
            }
            s.push_str("  return [v0, v1, v2, v3, log];\n}\n");
            s
        })
}

#[test]
fn generated_programs_agree_with_node() {
    let cases: usize = std::env::var("EDGEFN_DIFF_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let config = Config::default();
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = program();
    let programs: Vec<String> = (0..cases)
        .map(|_| {
            strategy
                .new_tree(&mut runner)
                .map(|t| proptest::strategy::ValueTree::current(&t))
                .expect("generate")
        })
        .collect();
    if let Ok(dir) = std::env::var("EDGEFN_DIFF_DUMP") {
        for (i, p) in programs.iter().enumerate() {
            let _ = std::fs::write(format!("{dir}/gen{i}.js"), p);
        }
    }
    compare(
        &programs,
        // As in the operator test: V8's `**` may be one ulp off.
        |p| programs[p].contains("**"),
        |p, i| format!("program {p} element {i}:\n{}", programs[p]),
    );
}
