//! Runs the public parser suite `test262-parser-tests` (npm package).
//!
//! Which files are in scope for each runtime is decided by a written rule,
//! implemented in `conformance/test262-parser/classify.mjs` (the syntax a
//! file uses, as acorn sees it, must be listed by the runtime). For every
//! in-scope file: a `pass/` or `pass-explicit/` file must parse, a `fail/`
//! or `early/` file must be refused. A `pass/` file and its
//! `pass-explicit/` twin (the same program with explicit parentheses) must
//! also give the same syntax tree, compared as the suite specifies: up to
//! grouping parentheses and how property keys are written
//! (`ast::dump_canonical`).
//!
//! Set `TEST262_PARSER_TESTS_DIR` to the package folder (`.ci/run` installs
//! it). Known failures are listed, with reasons, in
//! `conformance/test262-parser/expected-failures.txt`; such a trial fails
//! as soon as the file behaves correctly, so the list stays current.

use edgefn::Runtime;
use edgefn::ast::Arena;
use edgefn::ast::dump_canonical;
use edgefn::parser::parse;
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args = Arguments::from_args();
    let trials = match std::env::var("TEST262_PARSER_TESTS_DIR") {
        Ok(dir) => match build_trials(Path::new(&dir)) {
            Ok(t) => t,
            Err(e) => vec![Trial::test("test262_parser_setup", move || Err(e.into()))],
        },
        Err(_) if std::env::var("EDGEFN_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1") => {
            vec![Trial::test("test262_parser_suite_not_found", || {
                Err("TEST262_PARSER_TESTS_DIR is not set (see .ci/run)".into())
            })]
        }
        Err(_) => {
            eprintln!(
                "test262-parser-tests NOT RUN: set TEST262_PARSER_TESTS_DIR to the package folder \
                 (npm install --prefix target/test262 test262-parser-tests@0.0.5 acorn@8), as .ci/run does"
            );
            vec![Trial::test("test262_parser_suite_not_found", || Ok(())).with_ignored_flag(true)]
        }
    };
    libtest_mimic::run(&args, trials).exit();
}

/// One file's classification.
struct Entry {
    path: String,
    expect_pass: bool,
    /// `None` when in scope, else the reason.
    scope: [Option<String>; 2],
}

fn classify(dir: &Path) -> Result<Vec<Entry>, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("node")
        .arg(root.join("conformance/test262-parser/classify.mjs"))
        .arg(dir)
        .output()
        .map_err(|e| {
            format!("cannot run node ({e}); node and acorn are needed to classify the suite")
        })?;
    if !out.status.success() {
        return Err(format!(
            "classify.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("classify.mjs printed bad JSON: {e}"))?;
    let files = json["files"].as_array().ok_or("classify.mjs: no `files`")?;
    Ok(files
        .iter()
        .map(|f| Entry {
            path: f["path"].as_str().unwrap_or_default().to_string(),
            expect_pass: f["expect"] == "pass",
            scope: [
                f["js1"].as_str().map(str::to_string),
                f["js2"].as_str().map(str::to_string),
            ],
        })
        .collect())
}

/// `(runtime tag, path)` → reason, from the expected-failures ledger.
fn expected_failures() -> Result<HashMap<(String, String), String>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("conformance/test262-parser/expected-failures.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(HashMap::new());
    };
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (entry, reason) = line
            .split_once('#')
            .ok_or(format!("expected-failures.txt:{}: needs `# reason`", n + 1))?;
        let mut parts = entry.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(rt @ ("js1" | "js2")), Some(file)) => {
                out.insert(
                    (rt.to_string(), file.to_string()),
                    reason.trim().to_string(),
                );
            }
            _ => {
                return Err(format!(
                    "expected-failures.txt:{}: expected `js1|js2 path # reason`",
                    n + 1
                ));
            }
        }
    }
    Ok(out)
}

fn build_trials(dir: &Path) -> Result<Vec<Trial>, String> {
    let entries = classify(dir)?;
    let known = expected_failures()?;
    let mut trials = Vec::new();
    for (r, runtime) in Runtime::ALL.into_iter().enumerate() {
        let tag = if runtime == Runtime::Js1 {
            "js1"
        } else {
            "js2"
        };
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        let mut in_scope = 0;
        for e in &entries {
            if let Some(reason) = &e.scope[r] {
                *reasons.entry(reason).or_default() += 1;
                continue;
            }
            in_scope += 1;
            let file: PathBuf = dir.join(&e.path);
            let expect_pass = e.expect_pass;
            let listed = known.get(&(tag.to_string(), e.path.clone())).cloned();
            trials.push(Trial::test(format!("{tag}::{}", e.path), move || {
                let src = std::fs::read_to_string(&file)
                    .map_err(|err| format!("{}: {err}", file.display()))?;
                let outcome = match (parse(&src, runtime, &Arena::new()), expect_pass) {
                    (Ok(_), true) | (Err(_), false) => Ok(()),
                    (Err(err), true) => Err(format!(
                        "refused a valid program: {}",
                        err.render(&src, "file.js")
                    )),
                    (Ok(_), false) => Err("accepted an invalid program".to_string()),
                };
                judge(outcome, listed)
            }));
            if e.path.starts_with("pass/")
                && entries.iter().any(|x| {
                    x.path == format!("pass-explicit/{}", &e.path[5..]) && x.scope[r].is_none()
                })
            {
                let plain = dir.join(&e.path);
                let explicit = dir.join(format!("pass-explicit/{}", &e.path[5..]));
                let listed = known
                    .get(&(tag.to_string(), format!("same-ast/{}", &e.path[5..])))
                    .cloned();
                trials.push(Trial::test(
                    format!("{tag}::same-ast/{}", &e.path[5..]),
                    move || {
                        let a = std::fs::read_to_string(&plain).map_err(|err| err.to_string())?;
                        let b =
                            std::fs::read_to_string(&explicit).map_err(|err| err.to_string())?;
                        let arena = Arena::new();
                        let outcome =
                            match (parse(&a, runtime, &arena), parse(&b, runtime, &arena)) {
                                (Ok(pa), Ok(pb)) if dump_canonical(&pa) == dump_canonical(&pb) => {
                                    Ok(())
                                }
                                (Ok(pa), Ok(pb)) => Err(format!(
                                    "different trees:\n{}\nvs\n{}",
                                    dump_canonical(&pa),
                                    dump_canonical(&pb)
                                )),
                                _ => Err("one of the pair does not parse (see its own trial)"
                                    .to_string()),
                            };
                        judge(outcome, listed)
                    },
                ));
            }
        }
        println!(
            "test262-parser-tests, {runtime}: {in_scope} files in scope, {} out of scope:",
            entries.len() - in_scope
        );
        let mut sorted: Vec<_> = reasons.into_iter().collect();
        sorted.sort_by_key(|b| std::cmp::Reverse(b.1));
        for (reason, n) in sorted {
            println!("  {n:5}  {reason}");
        }
    }
    println!("expected failures listed: {}", known.len());
    Ok(trials)
}

fn judge(outcome: Result<(), String>, listed: Option<String>) -> Result<(), Failed> {
    match (outcome, listed) {
        (Ok(()), None) => Ok(()),
        (Err(e), None) => Err(e.into()),
        (Err(_), Some(_)) => Ok(()),
        (Ok(()), Some(reason)) => Err(format!(
            "now behaves correctly: remove it from expected-failures.txt ({reason})"
        )
        .into()),
    }
}
