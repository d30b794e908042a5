//! Runs one test262 test under one runtime, as INTERPRETING.md says: the
//! harness files, then the test, as one script; the job queue drained; the
//! outcome checked against `negative:` and, for `async` tests, against what
//! `$DONE` printed.

use super::meta::Meta;
use super::scope::Harness;
use edgefn::value::Value;
use edgefn::vm::{Throw, Vm};
use edgefn::{CompileError, Limits, Runtime, compile};

/// Far above a CloudFront function's budget, so that slow tests finish (the
/// slowest in-scope tests take a few million steps), yet every test ends.
const LIMITS: Limits = Limits {
    max_code_size: 1 << 24,
    memory: 256 << 20,
    steps: 200_000_000,
};

/// The event clock (2023-11-14T22:13:20Z) and `Math.random` seed.
const CLOCK_MS: f64 = 1_700_000_000_000.0;
const SEED: u64 = 262;

/// `print`, which `doneprintHandle.js` calls (and a few tests call
/// directly): the test-only host function,
/// written in JavaScript, that records what is printed in a global the
/// runner reads back after the run.
const PRINT_SHIM: &str = "var __test262_printed = '';\nfunction print(message) { __test262_printed += message + '\\n'; }\n";
const PRINTED: &str = "__test262_printed";

/// Runs the test; `Err` says how it failed.
pub fn run(source: &str, meta: &Meta, runtime: Runtime, harness: &Harness) -> Result<(), String> {
    if meta.is_negative_parse() {
        // Compiled alone: the harness must not be what makes it fail.
        return match compile(source, runtime, &LIMITS, "test.js") {
            Err(CompileError::Syntax(_)) => Ok(()),
            Err(e) => Err(format!("expected a SyntaxError when compiling, got {e}")),
            Ok(_) => Err("compiled a program that must be refused with a SyntaxError".into()),
        };
    }
    let mut full = String::new();
    if meta.has_flag("async") || source.contains("print") {
        full.push_str(PRINT_SHIM);
    }
    for name in Harness::includes_of(meta) {
        let text = harness
            .files
            .get(&name)
            .ok_or_else(|| format!("harness file {name} is missing"))?;
        full.push_str(text);
        full.push('\n');
    }
    let test_start = full.len();
    full.push_str(source);
    let compiled = match compile(&full, runtime, &LIMITS, "test.js") {
        Ok(c) => c,
        Err(CompileError::Syntax(e)) => {
            let place = if e.span.start as usize >= test_start {
                let mut local = e.clone();
                local.span.start -= test_start as u32;
                local.span.end = local.span.end.saturating_sub(test_start as u32);
                format!("test.js:{}", local.location(source))
            } else {
                format!("harness:{}", e.location(&full))
            };
            return Err(format!("refused when compiling: {place}: {}", e.message));
        }
        Err(e) => return Err(format!("refused when compiling: {e}")),
    };
    let mut vm = compiled.vm(&LIMITS);
    vm.begin_event(CLOCK_MS, SEED);
    let result = vm.run_script().and_then(|_| vm.run_jobs());
    let expected = meta
        .negative
        .as_ref()
        .filter(|n| n.phase == "runtime")
        .map(|n| n.kind.as_str());
    match (result, expected) {
        (Ok(()), None) if meta.has_flag("async") => {
            let printed = match compiled.script.slot_named(PRINTED) {
                Some(slot) => {
                    let v = vm.script_slot(slot);
                    vm.to_rust_string(v).unwrap_or_default()
                }
                None => String::new(),
            };
            if printed.lines().any(|l| l == "Test262:AsyncTestComplete") {
                Ok(())
            } else if let Some(failure) = printed
                .lines()
                .find(|l| l.starts_with("Test262:AsyncTestFailure:"))
            {
                Err(format!(
                    "async failure: {}",
                    &failure["Test262:AsyncTestFailure:".len()..]
                ))
            } else {
                Err("async test: $DONE was not called once the job queue was empty".into())
            }
        }
        (Ok(()), None) => Ok(()),
        (Ok(()), Some(kind)) => Err(format!(
            "expected a {kind} to be thrown, the test completed"
        )),
        (Err(Throw::Value(v)), expected) => {
            let (name, text) = describe(&mut vm, v);
            match expected {
                Some(kind) if name == kind => Ok(()),
                Some(kind) => Err(format!("expected a {kind} to be thrown, got {text}")),
                None => Err(format!("threw {text}")),
            }
        }
        (Err(Throw::Fatal(f)), _) => Err(format!("hit a limit: {f:?}")),
    }
}

/// The thrown value's constructor name (how `negative: type` is matched)
/// and a one-line description.
fn describe(vm: &mut Vm, v: Value) -> (String, String) {
    let mut name = String::new();
    if let Value::Object(_) = v {
        if let Ok(n) = vm
            .get_named(v, "constructor")
            .and_then(|c| vm.get_named(c, "name"))
            .and_then(|n| vm.to_rust_string(n))
        {
            name = n;
        }
        if let Ok(message) = vm
            .get_named(v, "message")
            .and_then(|m| vm.to_rust_string(m))
        {
            return (name.clone(), format!("{name}: {message}"));
        }
    }
    (name, vm.inspect(v))
}
