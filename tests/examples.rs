//! Runs every example in `examples/` through `edgefn test --events`, the
//! way README tells users to, and requires every event to match its
//! expected output (`NAME.expected.json`).

use std::path::Path;
use std::process::Command;

/// The runtimes an example's header names (`Runtime: cloudfront-js-1.0 or
/// 2.0`, `Runtime: cloudfront-js-2.0`, ...).
fn runtimes(handler: &str) -> Vec<&'static str> {
    let line = handler
        .lines()
        .find(|l| l.contains("Runtime:"))
        .unwrap_or("");
    let mut out = Vec::new();
    if line.contains("1.0") {
        out.push("cloudfront-js-1.0");
    }
    if line.contains("2.0") {
        out.push("cloudfront-js-2.0");
    }
    out
}

#[test]
fn every_example_gives_its_expected_outputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 9, "the examples are missing");
    let mut failures = Vec::new();
    for dir in dirs {
        let handler = dir.join("handler.js");
        let source = std::fs::read_to_string(&handler).unwrap();
        let events = dir.join("events");
        for entry in std::fs::read_dir(&events).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") && !name.ends_with(".expected.json") {
                let expected = events.join(name.replace(".json", ".expected.json"));
                assert!(
                    expected.exists(),
                    "{} has no expected output",
                    entry.path().display()
                );
            }
        }
        let rts = runtimes(&source);
        assert!(
            !rts.is_empty(),
            "{}: the header must name its runtime",
            handler.display()
        );
        for rt in rts {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_edgefn"));
            cmd.arg("test")
                .arg(&handler)
                .arg("--events")
                .arg(&events)
                .args(["--runtime", rt]);
            cmd.args(["--now", "2025-06-01T12:00:00Z"]);
            for store in std::fs::read_dir(&dir).unwrap().flatten() {
                if store.path().extension().is_some_and(|e| e == "json") {
                    cmd.arg("--kvs").arg(store.path());
                }
            }
            let out = cmd.output().unwrap();
            if !out.status.success() {
                failures.push(format!(
                    "{} ({rt}):\n{}{}",
                    dir.display(),
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
