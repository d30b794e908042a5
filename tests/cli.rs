//! The `edgefn` command as users run it: outputs and exit statuses.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn edgefn(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_edgefn"))
        .args(args)
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write");
    path.to_string_lossy().into_owned()
}

const EVENT: &str = r#"{"version":"1.0","context":{"eventType":"viewer-request"},"viewer":{"ip":"192.0.2.1"},
  "request":{"method":"GET","uri":"/a","querystring":{},"headers":{"host":{"value":"example.com"}},"cookies":{}}}"#;

#[test]
fn test_prints_a_test_result_and_exits_zero() {
    let dir = scratch("cli-ok");
    let f = write(
        &dir,
        "ok.js",
        "function handler(e) { console.log('hi', 1); e.request.uri = '/b'; return e.request }",
    );
    let ev = write(&dir, "event.json", EVENT);
    let out = edgefn(&["test", &f, "--event", &ev, "--now", "0"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let r = &v["TestResult"];
    assert_eq!(r["FunctionSummary"]["Name"], "ok");
    assert_eq!(r["FunctionErrorMessage"], "");
    assert_eq!(r["FunctionExecutionLogs"], serde_json::json!(["hi 1"]));
    assert!(
        r["ComputeUtilization"]
            .as_str()
            .unwrap()
            .parse::<u8>()
            .unwrap()
            <= 100
    );
    let output: serde_json::Value =
        serde_json::from_str(r["FunctionOutput"].as_str().unwrap()).unwrap();
    assert_eq!(output["request"]["uri"], "/b");
}

#[test]
fn failures_exit_one_with_the_error_in_the_result() {
    let dir = scratch("cli-fail");
    let ev = write(&dir, "event.json", EVENT);
    for (name, src, want) in [
        (
            "throws.js",
            "function handler(e) {\n  null.x;\n}",
            "TypeError: Cannot read property 'x' of null (at 2:3)",
        ),
        (
            "invalid.js",
            "function handler(e) { e.request.method = 'PUT'; return e.request }",
            "request.method is read-only",
        ),
        (
            "spin.js",
            "function handler(e) { for (;;) {} }",
            "exceeded its compute limit",
        ),
    ] {
        let f = write(&dir, name, src);
        let out = edgefn(&["test", &f, "--event", &ev]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let msg = v["TestResult"]["FunctionErrorMessage"].as_str().unwrap();
        assert!(msg.contains(want), "{name}: {msg}");
        assert_eq!(v["TestResult"]["FunctionOutput"], "");
    }
}

#[test]
fn usage_and_compile_errors_exit_two() {
    let dir = scratch("cli-usage");
    let ev = write(&dir, "event.json", EVENT);
    let bad_event = write(&dir, "bad.json", "{\"version\":");
    let syntax = write(&dir, "syntax.js", "function handler(e) {\n  let x = ;\n}");
    let ok = write(&dir, "ok.js", "function handler(e) { return e.request }");
    let out = edgefn(&["test", &syntax, "--event", &ev]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!("{syntax}:2:11: SyntaxError")),
        "{err}"
    );
    let out = edgefn(&[
        "test",
        &syntax,
        "--event",
        &ev,
        "--runtime",
        "cloudfront-js-1.0",
    ]);
    assert!(
        text(&out.stderr).contains("`let` declarations are not supported by cloudfront-js-1.0")
    );
    assert_eq!(
        edgefn(&["test", &ok, "--event", &bad_event]).status.code(),
        Some(2)
    );
    assert_eq!(edgefn(&["test", &ok]).status.code(), Some(2));
    assert_eq!(
        edgefn(&["test", &ok, "--event", "/no/such/file.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        edgefn(&["test", &ok, "--event", &ev, "--format", "yaml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(edgefn(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn human_format_shows_the_failing_line() {
    let dir = scratch("cli-human");
    let ev = write(&dir, "event.json", EVENT);
    let f = write(
        &dir,
        "throws.js",
        "function handler(e) {\n  throw new RangeError('nope');\n}",
    );
    let out = edgefn(&["test", &f, "--event", &ev, "--format", "human"]);
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(
        s.contains("execution error (CloudFront answers 503)"),
        "{s}"
    );
    assert!(s.contains("2 |   throw new RangeError('nope');"), "{s}");
    assert!(s.contains(":2:3: RangeError: nope"), "{s}");
}

#[test]
fn batch_mode_compares_with_expected_outputs() {
    let dir = scratch("cli-batch");
    let events = dir.join("events");
    std::fs::create_dir_all(&events).unwrap();
    let f = write(
        &dir,
        "fn.js",
        "function handler(e) { e.request.headers['x-t'] = { value: 'v' }; return e.request }",
    );
    write(&events, "a.json", EVENT);
    let good = r#"{"request":{"headers":{"host":{"value":"example.com"},"x-t":{"value":"v"}},"method":"GET","querystring":{},"uri":"/a","cookies":{}}}"#;
    write(&events, "a.expected.json", good);
    let ev_dir = events.to_string_lossy().into_owned();
    let out = edgefn(&["test", &f, "--events", &ev_dir]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("a.json  PASS"));
    write(&events, "a.expected.json", &good.replace("\"v\"", "\"w\""));
    let out = edgefn(&["test", &f, "--events", &ev_dir]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("FAIL"));
    let out = edgefn(&[
        "test",
        &f,
        "--events",
        &ev_dir,
        "--ignore",
        "request.headers.x-t",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}
