//! The conformance runner: executes every case under `conformance/` and
//! checks it against the expectations written in the case itself.
//!
//! A case is a `.js` file whose leading `//` comment lines hold `key: value`
//! pairs. `expect` applies to both runtimes unless `expect <runtime>`
//! overrides it.
//!
//! Cases under `conformance/syntax/` are compiled only:
//!
//! ```text
//! // expect: ok
//! // expect cloudfront-js-1.0: error 3:5 `const` declarations are not supported ...
//! ```
//!
//! Every other case is run: its top level, then `test()`, with the job
//! queue drained; the expectation is the rendering of the result (see
//! `src/vm/inspect.rs`), `throws <rendering>` for an exception,
//! `limit ComputeLimit`/`limit MemoryLimit`, or `compile-error L:C msg`.
//!
//! Cases under `conformance/runtime/` are functions with a `handler`, run
//! through the CloudFront runtime on the event named by `// event: NAME`
//! (`conformance/runtime/events/NAME.json`). The expectation is
//! `output <FunctionOutput JSON>` or `error <FunctionErrorMessage>` (or
//! `compile-error ...`), followed by ` origin {...}` when the function
//! changed the origin and ` logdata ...` when it called `logCustomData`;
//! `// kvs: NAME` associates the key value store
//! `conformance/runtime/kvs/NAME.json`; `// logs: [...]` (a JSON array), when given,
//! must equal the captured `console.log` lines (`// logs <runtime>:`
//! overrides it for one runtime). They are CloudFront
//! behaviour, so Node does not check them. Each runs three times on one
//! worker, and the later runs (whose event objects are copied from the
//! first's) must have the first's outcome.
//!
//! Run cases are also run in Node (through `conformance/lib/node-driver.js`,
//! which renders results the same way) and Node must give the expected
//! result too, unless the case says `// node: skip <reason>` (for behaviour
//! that is CloudFront's or njs's own). So every expectation is checked
//! against a second engine.
//!
//! Each (case, runtime) pair is one test, named `syntax/asi-return::js2`
//! (and `::node` for the Node check), so `cargo test NAME` filters. Known
//! gaps are listed in `expected_failures.txt` files (any folder; `case-name
//! js1|js2|node # reason`, case names relative to `conformance/`): such a
//! test passes while the case still fails, and fails as soon as it passes,
//! so the list stays true.

use edgefn::ast::Arena;
use edgefn::value::Value;
use edgefn::vm::Throw;
use edgefn::{CompileError, Limits, Runtime, check_source, compile};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let mut files = Vec::new();
    let mut ledgers = Vec::new();
    collect(&root, &mut files, &mut ledgers);
    let mut expected_failures = BTreeMap::new();
    for ledger in ledgers {
        match load_expected_failures(&ledger) {
            Ok(x) => expected_failures.extend(x),
            Err(e) => {
                eprintln!("conformance: {e}");
                std::process::exit(1);
            }
        }
    }
    files.sort();
    let mut trials = Vec::new();
    let mut node_cases = Vec::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for path in files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .with_extension("")
            .to_string_lossy()
            .replace('\\', "/");
        let case = match Case::load(&path) {
            Ok(c) => c,
            Err(e) => {
                trials.push(Trial::test(name.clone(), move || Err(Failed::from(e))));
                continue;
            }
        };
        let suite = name.split('/').next().unwrap_or("").to_string();
        let is_syntax = suite == "syntax";
        let is_runtime = suite == "runtime";
        for runtime in Runtime::ALL {
            let Some(expect) = case.expectation(runtime) else {
                continue;
            };
            *counts.entry(suite.clone()).or_default() += 1;
            let tag = if runtime == Runtime::Js1 {
                "js1"
            } else {
                "js2"
            };
            let known = expected_failures
                .get(&(name.clone(), tag.to_string()))
                .cloned();
            let source = case.source.clone();
            let event = case.event.clone();
            let kvs = case.kvs.clone();
            let logs = case
                .logs
                .get(runtime.id())
                .or_else(|| case.logs.get(""))
                .cloned();
            trials.push(Trial::test(format!("{name}::{tag}"), move || {
                let outcome = if is_syntax {
                    run_syntax(&source, runtime, &expect)
                } else if is_runtime {
                    run_runtime(
                        &source,
                        runtime,
                        event.as_deref(),
                        kvs.as_deref(),
                        logs.as_deref(),
                        &expect,
                    )
                } else {
                    compare(&run_case(&source, runtime), &expect)
                };
                judge(outcome, known)
            }));
        }
        if !is_syntax && !is_runtime && case.node_skip.is_none() {
            if let Some(expect) = case
                .expectation(Runtime::Js2)
                .or_else(|| case.expectation(Runtime::Js1))
            {
                let known = expected_failures
                    .get(&(name.clone(), "node".to_string()))
                    .cloned();
                node_cases.push((name.clone(), path.clone(), expect, known));
            }
        }
    }
    trials.extend(node_trials(node_cases));
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    println!(
        "conformance: {} checks ({}), {} expected failures listed",
        trials.len(),
        summary.join(", "),
        expected_failures.len()
    );
    libtest_mimic::run(&args, trials).exit();
}

/// Finds the cases (`*.js`) and the expected-failure ledgers
/// (`expected_failures.txt`, in any folder) under `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>, ledgers: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // `lib/` holds the runner's own scripts, not cases.
            if !path.ends_with("lib") && !path.ends_with("test262-parser") {
                collect(&path, out, ledgers);
            }
        } else if path
            .file_name()
            .is_some_and(|n| n == "expected_failures.txt")
        {
            ledgers.push(path);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

/// `(case name, runtime tag)` → reason.
fn load_expected_failures(path: &Path) -> Result<BTreeMap<(String, String), String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(_) => return Ok(BTreeMap::new()),
    };
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (entry, reason) = line
            .split_once('#')
            .ok_or_else(|| format!("{}:{}: an entry needs `# reason`", path.display(), n + 1))?;
        let mut parts = entry.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(case), Some(rt @ ("js1" | "js2" | "node")), None) => {
                out.insert(
                    (case.to_string(), rt.to_string()),
                    reason.trim().to_string(),
                );
            }
            _ => {
                return Err(format!(
                    "{}:{}: expected `case js1|js2|node # reason`",
                    path.display(),
                    n + 1
                ));
            }
        }
    }
    Ok(out)
}

/// Passes a trial when the outcome matches, or when it fails as the
/// expected-failures list says.
fn judge(outcome: Result<(), String>, known: Option<String>) -> Result<(), Failed> {
    match (outcome, known) {
        (Ok(()), None) => Ok(()),
        (Err(e), None) => Err(e.into()),
        (Err(_), Some(_)) => Ok(()),
        (Ok(()), Some(reason)) => Err(format!(
            "this case now passes: remove it from conformance/expected_failures.txt ({reason})"
        )
        .into()),
    }
}

/// What a case expects under one runtime.
#[derive(Clone, Debug, PartialEq)]
enum Expect {
    /// The source compiles.
    Ok,
    /// The source is refused with this `line:column message`.
    Error(String),
    /// A run case: the rendering of its outcome.
    Outcome(String),
}

struct Case {
    source: String,
    /// Keyed by `""` (both runtimes) or the runtime id.
    expect: BTreeMap<String, Expect>,
    /// `// node: skip <reason>`
    node_skip: Option<String>,
    /// `// event: NAME` (runtime cases).
    event: Option<String>,
    /// `// kvs: NAME`: the key value store `conformance/runtime/kvs/NAME.json`.
    kvs: Option<String>,
    /// `// logs: [...]` (runtime cases), keyed like `expect`.
    logs: BTreeMap<String, String>,
}

impl Case {
    fn load(path: &Path) -> Result<Case, String> {
        let source =
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let is_syntax = path.components().any(|c| c.as_os_str() == "syntax");
        let mut expect = BTreeMap::new();
        let mut node_skip = None;
        let (mut event, mut kvs, mut logs) = (None, None, BTreeMap::new());
        for line in source.lines() {
            let Some(comment) = line.trim_start().strip_prefix("//") else {
                break;
            };
            let Some((key, value)) = comment.trim().split_once(':') else {
                continue;
            };
            let key = key.trim();
            let value = value.trim();
            match key {
                "node" => {
                    node_skip = Some(value.trim_start_matches("skip").trim().to_string());
                    continue;
                }
                "event" => {
                    event = Some(value.to_string());
                    continue;
                }
                "kvs" => {
                    kvs = Some(value.to_string());
                    continue;
                }
                "logs" => {
                    logs.insert(String::new(), value.to_string());
                    continue;
                }
                k if k.starts_with("logs ") => {
                    logs.insert(k["logs ".len()..].trim().to_string(), value.to_string());
                    continue;
                }
                _ => {}
            }
            let which = match key {
                "expect" => String::new(),
                k if k.starts_with("expect ") => {
                    let rt = k["expect ".len()..].trim();
                    rt.parse::<Runtime>()
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    rt.to_string()
                }
                _ => continue,
            };
            let parsed = if !is_syntax {
                Expect::Outcome(value.to_string())
            } else if value == "ok" {
                Expect::Ok
            } else if let Some(rest) = value.strip_prefix("error ") {
                Expect::Error(rest.trim().to_string())
            } else {
                return Err(format!(
                    "{}: cannot read expectation `{value}`",
                    path.display()
                ));
            };
            expect.insert(which, parsed);
        }
        if expect.is_empty() {
            return Err(format!("{}: no `// expect:` line", path.display()));
        }
        Ok(Case {
            source,
            expect,
            node_skip,
            event,
            kvs,
            logs,
        })
    }

    fn expectation(&self, runtime: Runtime) -> Option<Expect> {
        self.expect
            .get(runtime.id())
            .or_else(|| self.expect.get(""))
            .cloned()
    }
}

fn run_syntax(source: &str, runtime: Runtime, expect: &Expect) -> Result<(), String> {
    let got = match check_source(source, runtime, &Limits::default(), &Arena::new()) {
        Ok(_) => Expect::Ok,
        Err(CompileError::Syntax(e)) => {
            Expect::Error(format!("{} {}", e.location(source), e.message))
        }
        Err(other) => Expect::Error(other.to_string()),
    };
    if &got == expect {
        Ok(())
    } else {
        Err(format!("expected {expect:?}\n     got {got:?}"))
    }
}

/// Limits for language and built-in cases: CloudFront's memory, but a
/// compute budget far above a function's, since these cases test
/// ECMAScript semantics in bulk rather than CloudFront's budget (runtime
/// cases run under the default limits).
const PROGRAM_LIMITS: Limits = Limits {
    max_code_size: edgefn::limits::DEFAULT_MAX_CODE_SIZE * 4,
    memory: edgefn::limits::DEFAULT_MEMORY,
    steps: 1_000_000,
};

/// Runs a case: top level, then `test()`, then the job queue; renders the
/// outcome.
fn run_case(source: &str, runtime: Runtime) -> String {
    let compiled = match compile(source, runtime, &PROGRAM_LIMITS, "case.js") {
        Ok(c) => c,
        Err(CompileError::Syntax(e)) => {
            return format!("compile-error {} {}", e.location(source), e.message);
        }
        Err(e) => return format!("compile-error {e}"),
    };
    // Every case's code must stay within its functions' register windows
    // (frames share one register vector: a stray index hits a neighbour).
    if let Some(fault) = compiled.script.register_fault() {
        return format!("register-fault {fault}");
    }
    let mut vm = compiled.vm(&PROGRAM_LIMITS);
    vm.begin_event(1_700_000_000_000.0, 1);
    let render_throw = |vm: &mut edgefn::vm::Vm, t: Throw| match t {
        Throw::Value(v) => format!("throws {}", vm.inspect(v)),
        Throw::Fatal(f) => format!("limit {f:?}"),
    };
    if let Err(t) = vm.run_script().and_then(|_| vm.run_jobs()) {
        return format!("top-level {}", render_throw(&mut vm, t));
    }
    let Some(slot) = compiled.script.slot_named("test") else {
        return "no test() function".to_string();
    };
    let f = vm.script_slot(slot);
    match vm
        .call(f, Value::Undefined, &[])
        .and_then(|v| vm.run_jobs().map(|_| v))
    {
        Ok(v) => vm.inspect(v),
        Err(t) => render_throw(&mut vm, t),
    }
}

/// Runs a runtime case: the handler on its event, through the runtime;
/// renders the result as `output ...` or `error ...`.
fn run_runtime(
    source: &str,
    runtime: Runtime,
    event: Option<&str>,
    kvs: Option<&str>,
    logs: Option<&str>,
    expect: &Expect,
) -> Result<(), String> {
    use edgefn::runtime::{Event, Function, InMemoryKvs, RunOptions};
    let event = event.ok_or("a runtime case needs `// event: NAME`")?;
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("conformance/runtime/events")
        .join(format!("{event}.json"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let event = Event::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let got = match Function::compile(source, runtime, &Limits::default(), "fn.js") {
        Err(CompileError::Syntax(e)) => {
            format!("compile-error {} {}", e.location(source), e.message)
        }
        Err(e) => format!("compile-error {e}"),
        Ok(mut f) => {
            if let Some(name) = kvs {
                let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("conformance/runtime/kvs")
                    .join(format!("{name}.json"));
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let store = InMemoryKvs::from_import_json(name, &text)?;
                f = f.with_kvs(std::sync::Arc::new(store));
            }
            let mut worker = f.worker();
            let outcome = worker.run(&event, &RunOptions::default());
            // The same event again on the same worker: its objects are then
            // copied from the first run's (`runtime/template.rs`), with the
            // other state a worker keeps, and the outcome must not change.
            for run in 2..=3 {
                let again = worker.run(&event, &RunOptions::default());
                if again != outcome {
                    return Err(format!(
                        "run {run} on the same worker differs from the first\n  first {outcome:?}\n   then {again:?}"
                    ));
                }
            }
            if let Some(want) = logs {
                let want: Vec<String> = serde_json::from_str(want)
                    .map_err(|e| format!("`// logs:` is not a JSON array of strings: {e}"))?;
                if want != outcome.logs {
                    return Err(format!(
                        "expected logs {want:?}\n          got {:?}",
                        outcome.logs
                    ));
                }
            }
            let mut origin = outcome
                .origin
                .map(|o| format!(" origin {}", o.to_json()))
                .unwrap_or_default();
            if let Some(data) = outcome.custom_log_data {
                origin.push_str(&format!(" logdata {data}"));
            }
            match outcome.result {
                Ok(r) => format!("output {}{origin}", r.to_json()),
                Err(e) => format!("error {e}{origin}"),
            }
        }
    };
    compare(&got, expect)
}

fn compare(got: &str, expect: &Expect) -> Result<(), String> {
    match expect {
        Expect::Outcome(want) if want == got => Ok(()),
        _ => Err(format!("expected {expect:?}\n     got {got:?}")),
    }
}

/// The Node cross-checks: one `node` process runs every case.
fn node_trials(cases: Vec<(String, PathBuf, Expect, Option<String>)>) -> Vec<Trial> {
    let skip = std::env::var("EDGEFN_SKIP_NODE").is_ok_and(|v| v == "1");
    if skip {
        eprintln!("conformance: Node cross-checks skipped (EDGEFN_SKIP_NODE=1)");
        return vec![Trial::test("node_cross_check_skipped", || Ok(())).with_ignored_flag(true)];
    }
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/lib/node-driver.js");
    let output = Command::new("node")
        .arg(&driver)
        .args(cases.iter().map(|c| &c.1))
        .output();
    let outcomes: BTreeMap<PathBuf, String> = match output {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                Some((
                    PathBuf::from(v["file"].as_str()?),
                    v["outcome"].as_str()?.to_string(),
                ))
            })
            .collect(),
        other => {
            let why = match other {
                Ok(out) => format!("node failed: {}", String::from_utf8_lossy(&out.stderr)),
                Err(e) => format!("node is not available ({e})"),
            };
            let message = format!(
                "{why}\nNode is needed to cross-check conformance cases: install it, or set EDGEFN_SKIP_NODE=1 to skip the cross-checks explicitly"
            );
            return vec![Trial::test("node_cross_check", move || Err(message.into()))];
        }
    };
    cases
        .into_iter()
        .map(|(name, path, expect, known)| {
            let got = outcomes
                .get(&path)
                .cloned()
                .unwrap_or_else(|| "no result from node".into());
            Trial::test(format!("{name}::node"), move || {
                judge(compare(&got, &expect), known)
            })
        })
        .collect()
}
