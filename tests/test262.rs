//! Runs the official ECMAScript suite, tc39/test262, against both runtimes.
//!
//! Set `TEST262_DIR` to a checkout of tc39/test262. The tests under
//! `test/built-ins` and `test/language` that are in scope for a runtime
//! (the rule is in `conformance/test262/README.md`: supported `features:`,
//! listed built-ins, syntax the runtime accepts, strict code, no host
//! hooks or code from strings) run with the harness files they include,
//! through `edgefn::compile` and the VM, each as one trial named
//! `js1::built-ins/Array/length.js` (so `cargo test --test test262 --
//! built-ins/Array` runs a folder). Known failures are listed by cause in
//! `conformance/test262/expected-failures.txt`; a listed test that passes
//! fails, so the list stays true.
//!
//! The run prints how many tests each scope rule excludes, then the pass
//! counts per folder (`built-ins/Array`, `language/expressions`) and the
//! pass rate per runtime. `TEST262_REPORT=FILE` writes every outcome to
//! FILE; `TEST262_UPDATE_EXPECTED=1` rewrites the ledger from the run.
//!
//! Without `TEST262_DIR` the suite is a single ignored trial, unless
//! `EDGEFN_REQUIRE_EXTERNAL=1`, which makes it a failure; `.ci/run`, which
//! cannot obtain the suite (no package registry ships it), says why in
//! `EDGEFN_TEST262_ABSENT_REASON`, and the trial is ignored with that reason
//! printed.

#[path = "test262/exec.rs"]
mod exec;
#[path = "test262/meta.rs"]
mod meta;
#[path = "test262/scope.rs"]
mod scope;

use edgefn::Runtime;
use libtest_mimic::{Arguments, Failed, Trial};
use meta::{Ledger, Meta};
use scope::{Harness, Scope};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const TAGS: [&str; 2] = ["js1", "js2"];

fn main() {
    let args = Arguments::from_args();
    let mut trials = vec![Trial::test("test262_runner_reads_frontmatter", || {
        meta::self_check().map_err(Failed::from)
    })];
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut update = None;
    match std::env::var("TEST262_DIR") {
        Ok(dir) => match Suite::load(Path::new(&dir), &args) {
            Ok(suite) => {
                let suite = Arc::new(suite);
                trials.extend(suite.trials(&results));
                update = Some(suite);
            }
            Err(e) => trials.push(Trial::test("test262_setup", move || Err(e.into()))),
        },
        Err(_) => {
            let required = std::env::var("EDGEFN_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1");
            let reason = std::env::var("EDGEFN_TEST262_ABSENT_REASON")
                .ok()
                .filter(|r| !r.trim().is_empty());
            eprintln!(
                "test262 NOT RUN: TEST262_DIR is not set. Point it at a checkout of tc39/test262 \
                 (git clone https://github.com/tc39/test262) to run the suite."
            );
            match reason {
                Some(reason) => {
                    eprintln!("test262 is absent on purpose: {reason}");
                    trials.push(
                        Trial::test("test262_suite_not_found", || Ok(())).with_ignored_flag(true),
                    );
                }
                None if required => trials.push(Trial::test("test262_suite_not_found", || {
                    Err("TEST262_DIR is not set and EDGEFN_REQUIRE_EXTERNAL=1".into())
                })),
                None => trials.push(
                    Trial::test("test262_suite_not_found", || Ok(())).with_ignored_flag(true),
                ),
            }
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if let Some(suite) = update {
        let results = results.lock().map(|r| r.clone()).unwrap_or_default();
        suite.summarize(&results);
        if let Err(e) = suite.write_outputs(&results) {
            eprintln!("test262: {e}");
            std::process::exit(101);
        }
    }
    conclusion.exit();
}

/// One test file of the suite.
struct TestFile {
    /// Relative to `test/`, e.g. `built-ins/Array/length.js`.
    path: String,
    source: Arc<str>,
    meta: Meta,
    /// Per runtime: `None` when in scope, else (rule, detail).
    scope: [Option<(&'static str, String)>; 2],
    /// Per runtime: a negative parse test the runtime refuses as unlisted
    /// syntax (it passes whatever the error it was written for).
    refused_as_unlisted: [bool; 2],
}

/// What a trial recorded: runtime index, test index, and the error if it
/// failed.
#[derive(Clone)]
struct Outcome {
    runtime: usize,
    test: usize,
    error: Option<String>,
}

struct Suite {
    scope: Scope,
    tests: Vec<TestFile>,
    ledger: Ledger,
    /// Whether the run was narrowed by a filter (the ledger is then only
    /// updated for the tests that ran).
    filtered: bool,
}

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/test262")
}

impl Suite {
    fn load(dir: &Path, args: &Arguments) -> Result<Suite, String> {
        let read = |name: &str| {
            std::fs::read_to_string(conformance_dir().join(name))
                .map_err(|e| format!("conformance/test262/{name}: {e}"))
        };
        let features = meta::load_features(&read("features.txt")?)?;
        let unlisted = meta::load_unlisted(&read("unlisted.txt")?)?;
        let ledger = Ledger::parse(&read("expected-failures.txt").unwrap_or_default())?;
        let harness = Harness::load(&dir.join("harness"))?;
        for patch in &harness.unapplied {
            eprintln!(
                "test262: note: harness patch not applied, the checkout's file differs: {patch}"
            );
        }
        let scope = Scope {
            features,
            unlisted,
            harness,
        };
        for u in &scope.unlisted {
            if !dir.join("test").join(&u.folder).exists() {
                eprintln!(
                    "test262: note: unlisted.txt names {}, which this checkout does not have",
                    u.folder
                );
            }
        }
        let mut paths = Vec::new();
        for top in ["built-ins", "language"] {
            collect(&dir.join("test"), top, &mut paths);
        }
        if paths.is_empty() {
            return Err(format!(
                "{}: no tests under test/built-ins or test/language",
                dir.display()
            ));
        }
        paths.sort();
        let wanted = |path: &str| {
            TAGS.iter()
                .any(|t| args_select(args, &format!("{t}::{path}")))
        };
        let filtered = paths.len();
        paths.retain(|p| wanted(p));
        let filtered = paths.len() != filtered;
        let tests = classify_all(dir, &scope, paths)?;
        let suite = Suite {
            scope,
            tests,
            ledger,
            filtered,
        };
        suite.print_scope();
        suite.print_exposed_unlisted();
        Ok(suite)
    }

    fn trials(self: &Arc<Self>, results: &Arc<Mutex<Vec<Outcome>>>) -> Vec<Trial> {
        let mut trials = Vec::new();
        for (r, runtime) in Runtime::ALL.into_iter().enumerate() {
            for (i, test) in self.tests.iter().enumerate() {
                if test.scope[r].is_some() {
                    continue;
                }
                let suite = Arc::clone(self);
                let results = Arc::clone(results);
                trials.push(Trial::test(format!("{}::{}", TAGS[r], test.path), move || {
                    let test = &suite.tests[i];
                    let outcome = run_isolated(&suite, i, runtime);
                    if let Ok(mut all) = results.lock() {
                        all.push(Outcome { runtime: r, test: i, error: outcome.clone().err() });
                    }
                    match (outcome, suite.ledger.cause(r, &test.path)) {
                        (Ok(()), None) | (Err(_), Some(_)) => Ok(()),
                        (Err(e), None) => Err(e.into()),
                        (Ok(()), Some(cause)) => Err(format!(
                            "now passes: remove it from conformance/test262/expected-failures.txt (listed as: {cause})"
                        )
                        .into()),
                    }
                }));
            }
        }
        trials
    }

    /// Prints how many tests each rule put out of scope, per runtime.
    fn print_scope(&self) {
        println!(
            "test262: {} test files under test/built-ins and test/language",
            self.tests.len()
        );
        for r in 0..2 {
            let mut rules: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
            let mut in_scope = 0;
            for t in &self.tests {
                match &t.scope[r] {
                    None => in_scope += 1,
                    Some((rule, detail)) => {
                        *rules.entry(rule).or_default().entry(detail).or_default() += 1
                    }
                }
            }
            println!(
                "test262, {}: {in_scope} in scope, {} out of scope:",
                Runtime::ALL[r],
                self.tests.len() - in_scope
            );
            let mut sorted: Vec<_> = rules.into_iter().collect();
            sorted.sort_by_key(|(_, d)| std::cmp::Reverse(d.values().sum::<usize>()));
            for (rule, details) in sorted {
                println!("  {:6}  {rule}", details.values().sum::<usize>());
                let mut details: Vec<_> = details.into_iter().collect();
                details.sort_by_key(|d| std::cmp::Reverse(d.1));
                let shown: Vec<String> = details
                    .iter()
                    .take(12)
                    .map(|(d, n)| format!("{d} {n}"))
                    .collect();
                let more = details.len().saturating_sub(12);
                let more = if more > 0 {
                    format!(", and {more} more")
                } else {
                    String::new()
                };
                println!("          {}{more}", shown.join(", "));
            }
        }
    }

    /// Prints the unlisted folders whose member edgefn exposes anyway (a
    /// leak of a member CloudFront does not list, or of a 2.0 member into
    /// 1.0).
    fn print_exposed_unlisted(&self) {
        for (r, runtime) in Runtime::ALL.into_iter().enumerate() {
            let exprs: Vec<(String, String)> = self
                .scope
                .unlisted
                .iter()
                .filter(|u| u.runtimes[r])
                .filter_map(|u| member_expression(&u.folder).map(|e| (u.folder.clone(), e)))
                .collect();
            let exposed = exposed_members(runtime, &exprs);
            if !exposed.is_empty() {
                println!(
                    "test262, {runtime}: exposes members CloudFront does not list for it: {}",
                    exposed.join(", ")
                );
            }
        }
    }

    /// Prints pass counts per folder and the pass rate per runtime.
    fn summarize(&self, results: &[Outcome]) {
        let mut per_dir: BTreeMap<String, [(usize, usize); 2]> = BTreeMap::new();
        let mut totals = [(0usize, 0usize); 2];
        for o in results {
            let path = &self.tests[o.test].path;
            let dir: String = path.split('/').take(2).collect::<Vec<_>>().join("/");
            let cell = &mut per_dir.entry(dir).or_default()[o.runtime];
            cell.1 += 1;
            totals[o.runtime].1 += 1;
            if o.error.is_none() {
                cell.0 += 1;
                totals[o.runtime].0 += 1;
            }
        }
        let rate = |(pass, total): (usize, usize)| {
            if total == 0 {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * pass as f64 / total as f64)
            }
        };
        println!("\ntest262 results (passed/in scope):");
        println!(
            "  {:<42} {:>22} {:>22}",
            "folder",
            Runtime::Js1.id(),
            Runtime::Js2.id()
        );
        for (dir, cells) in &per_dir {
            let cell = |c: (usize, usize)| format!("{}/{} {:>6}", c.0, c.1, rate(c));
            println!(
                "  {:<42} {:>22} {:>22}",
                dir,
                cell(cells[0]),
                cell(cells[1])
            );
        }
        for (r, runtime) in Runtime::ALL.into_iter().enumerate() {
            let (pass, total) = totals[r];
            println!(
                "test262, {runtime}: {pass} of {total} in-scope tests pass ({})",
                rate(totals[r])
            );
            let ran = results
                .iter()
                .filter(|o| o.runtime == r)
                .map(|o| &self.tests[o.test]);
            let negative: Vec<&TestFile> = ran.filter(|t| t.meta.is_negative_parse()).collect();
            let unlisted = negative.iter().filter(|t| t.refused_as_unlisted[r]).count();
            println!(
                "  {} of them are negative parse tests; {unlisted} of those pass because the runtime refuses syntax it does not list",
                negative.len()
            );
        }
        let ran: BTreeSet<(usize, &str)> = results
            .iter()
            .map(|o| (o.runtime, self.tests[o.test].path.as_str()))
            .collect();
        let known: BTreeSet<&str> = self.tests.iter().map(|t| t.path.as_str()).collect();
        let stale: Vec<String> = self
            .ledger
            .entries
            .keys()
            .filter(|(r, p)| !self.filtered && !ran.contains(&(*r, p.as_str())))
            .map(|(r, p)| {
                format!(
                    "{} {p}{}",
                    TAGS[*r],
                    if known.contains(p.as_str()) {
                        " (out of scope)"
                    } else {
                        " (not in checkout)"
                    }
                )
            })
            .collect();
        if !stale.is_empty() {
            println!(
                "test262: {} ledger entries did not run: {}",
                stale.len(),
                stale
                    .iter()
                    .take(10)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }

    /// `TEST262_REPORT` and `TEST262_UPDATE_EXPECTED`.
    fn write_outputs(&self, results: &[Outcome]) -> Result<(), String> {
        if let Ok(file) = std::env::var("TEST262_REPORT") {
            let mut text = String::new();
            for o in results {
                let (status, error) = match &o.error {
                    None => ("PASS", String::new()),
                    Some(e) => ("FAIL", e.replace(['\n', '\t'], " ")),
                };
                text.push_str(&format!(
                    "{}\t{}\t{status}\t{error}\n",
                    TAGS[o.runtime], self.tests[o.test].path
                ));
            }
            std::fs::write(&file, text).map_err(|e| format!("{file}: {e}"))?;
            println!("test262: outcomes written to {file}");
        }
        if std::env::var("TEST262_UPDATE_EXPECTED").is_ok_and(|v| v == "1") {
            let failures: BTreeMap<(usize, String), String> = results
                .iter()
                .filter_map(|o| {
                    o.error
                        .clone()
                        .map(|e| ((o.runtime, self.tests[o.test].path.clone()), e))
                })
                .collect();
            let mut ran: BTreeSet<(usize, String)> = results
                .iter()
                .map(|o| (o.runtime, self.tests[o.test].path.clone()))
                .collect();
            if !self.filtered {
                // A full run also drops entries of tests that are out of
                // scope or gone.
                ran.extend(self.ledger.entries.keys().cloned());
            }
            let path = conformance_dir().join("expected-failures.txt");
            std::fs::write(&path, self.ledger.updated(&failures, &ran))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            println!(
                "test262: {} rewritten ({} failures)",
                path.display(),
                failures.len()
            );
        }
        Ok(())
    }
}

/// Whether libtest's filter and `--skip` select the trial `name`.
fn args_select(args: &Arguments, name: &str) -> bool {
    let matches = |pattern: &str| {
        if args.exact {
            name == pattern
        } else {
            name.contains(pattern)
        }
    };
    args.filter.as_deref().is_none_or(matches) && !args.skip.iter().any(|s| matches(s))
}

/// The `.js` test files under `root/sub`, as paths relative to `root`
/// (`_FIXTURE.js` files are imported by module tests, not tests).
fn collect(root: &Path, sub: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let rel = format!("{sub}/{name}");
        if entry.path().is_dir() {
            collect(root, &rel, out);
        } else if name.ends_with(".js") && !name.ends_with("_FIXTURE.js") {
            out.push(rel);
        }
    }
}

/// Reads and classifies every file, on all cores (the syntax rule parses
/// each test under each runtime).
fn classify_all(dir: &Path, scope: &Scope, paths: Vec<String>) -> Result<Vec<TestFile>, String> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Result<TestFile, String>>>> =
        paths.iter().map(|_| Mutex::new(None)).collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    let file = dir.join("test").join(path);
                    let result = std::fs::read_to_string(&file)
                        .map_err(|e| format!("{}: {e}", file.display()))
                        .map(|text| {
                            let meta = Meta::parse(&text);
                            let scope = [0, 1].map(|r| {
                                scope
                                    .classify(path, &text, &meta, r)
                                    .err()
                                    .map(|e| (e.rule, e.detail))
                            });
                            let refused_as_unlisted = [0, 1].map(|r| {
                                meta.is_negative_parse()
                                    && scope[r].is_none()
                                    && scope::refused_as_unlisted(&text, Runtime::ALL[r])
                            });
                            TestFile {
                                path: path.clone(),
                                source: Arc::from(text),
                                meta,
                                scope,
                                refused_as_unlisted,
                            }
                        });
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("a classifying thread failed".into()))
        })
        .collect()
}

/// Runs one test on a thread of its own: a big stack for deep recursion in
/// the engine, and a panic becomes a failure of this test only.
fn run_isolated(suite: &Arc<Suite>, i: usize, runtime: Runtime) -> Result<(), String> {
    let s = Arc::clone(suite);
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let t = &s.tests[i];
            exec::run(&t.source, &t.meta, runtime, &s.scope.harness)
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    handle.join().unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(format!("PANIC in edgefn: {what}"))
    })
}

/// The JavaScript expression for the member an unlisted folder tests
/// (`built-ins/String/prototype/at` → `String.prototype.at`), when the
/// folder is named after one.
fn member_expression(folder: &str) -> Option<String> {
    let mut parts = folder.strip_prefix("built-ins/")?.split('/');
    let head = match parts.next()? {
        "TypedArray" => "Object.getPrototypeOf(Int8Array)".to_string(),
        "TypedArrayConstructors" | "AsyncFunction" => return None,
        h if h.ends_with("Prototype") => return None,
        h => format!("globalThis.{h}"),
    };
    let mut keys = Vec::new();
    for part in parts {
        if let Some(sym) = part.strip_prefix("Symbol.") {
            keys.push(format!("Symbol.{sym}"));
        } else if part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            keys.push(format!("'{part}'"));
        } else {
            return None;
        }
    }
    if keys.is_empty() {
        return Some(head);
    }
    // Every key but the last is read; the last is only looked up as an own
    // property, so that accessors on prototypes are not called.
    Some(format!(
        "(function () {{ var o = {head}; var keys = [{}]; \
         for (var i = 0; i < keys.length - 1; i++) {{ if (o == null) return undefined; o = o[keys[i]]; }} \
         return o == null ? undefined : Object.getOwnPropertyDescriptor(o, keys[keys.length - 1]); }})()",
        keys.join(", ")
    ))
}

/// Which of `exprs` (folder, expression) are defined under `runtime`.
fn exposed_members(runtime: Runtime, exprs: &[(String, String)]) -> Vec<String> {
    let mut src = String::from("var found = '';\n");
    for (folder, expr) in exprs {
        src.push_str(&format!(
            "try {{ if ({expr} !== undefined) found += '{folder} '; }} catch (e) {{}}\n"
        ));
    }
    let limits = edgefn::Limits {
        max_code_size: 1 << 24,
        memory: 64 << 20,
        steps: 10_000_000,
    };
    let Ok(compiled) = edgefn::compile(&src, runtime, &limits, "probe.js") else {
        return Vec::new();
    };
    let mut vm = compiled.vm(&limits);
    vm.begin_event(0.0, 1);
    if vm.run_script().is_err() {
        return Vec::new();
    }
    let Some(slot) = compiled.script.slot_named("found") else {
        return Vec::new();
    };
    let v = vm.script_slot(slot);
    let found = vm.to_rust_string(v).unwrap_or_default();
    found
        .split_whitespace()
        .map(|f| f.trim_start_matches("built-ins/").to_string())
        .collect()
}
