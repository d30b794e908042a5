//! The conformance runner: executes every case under `conformance/` and
//! checks it against the expectations written in the case itself.
//!
//! A case is a `.js` file whose leading `//` comment lines hold `key: value`
//! pairs:
//!
//! ```text
//! // description: return followed by a line break returns undefined
//! // expect: ok
//! // expect cloudfront-js-1.0: error 3:5 `const` declarations are not supported ...
//! ```
//!
//! `expect` applies to both runtimes unless `expect <runtime>` overrides it.
//! `ok` means the source compiles; `error L:C MESSAGE` means it is refused
//! at exactly that place with exactly that message. Each (case, runtime)
//! pair is one test, named `syntax/asi-return::js2`, so `cargo test NAME`
//! filters. Known gaps are listed in `conformance/expected_failures.txt`
//! (`case-name runtime # reason`): such a test passes while the case still
//! fails, and fails as soon as the case passes, so the list stays true.

use edgefn::{check_source, CompileError, Limits, Runtime};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let expected_failures = match load_expected_failures(&root.join("expected_failures.txt")) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("conformance: {e}");
            std::process::exit(1);
        }
    };
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut trials = Vec::new();
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
        for runtime in Runtime::ALL {
            let Some(expect) = case.expectation(runtime) else {
                continue;
            };
            *counts.entry(suite.clone()).or_default() += 1;
            let tag = if runtime == Runtime::Js1 { "js1" } else { "js2" };
            let known = expected_failures.get(&(name.clone(), tag.to_string())).cloned();
            let source = case.source.clone();
            trials.push(Trial::test(format!("{name}::{tag}"), move || {
                let outcome = run_syntax(&source, runtime, &expect);
                match (outcome, known) {
                    (Ok(()), None) => Ok(()),
                    (Err(e), None) => Err(e.into()),
                    (Err(_), Some(_)) => Ok(()),
                    (Ok(()), Some(reason)) => Err(format!(
                        "this case now passes: remove it from conformance/expected_failures.txt ({reason})"
                    )
                    .into()),
                }
            }));
        }
    }
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    println!(
        "conformance: {} checks ({}), {} expected failures listed",
        trials.len(),
        summary.join(", "),
        expected_failures.len()
    );
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
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
            (Some(case), Some(rt @ ("js1" | "js2")), None) => {
                out.insert((case.to_string(), rt.to_string()), reason.trim().to_string());
            }
            _ => return Err(format!("{}:{}: expected `case js1|js2 # reason`", path.display(), n + 1)),
        }
    }
    Ok(out)
}

/// What a case expects under one runtime.
#[derive(Clone, Debug, PartialEq)]
enum Expect {
    /// The source compiles.
    Ok,
    /// The source is refused with this `line:column message`.
    Error(String),
}

struct Case {
    source: String,
    /// Keyed by `""` (both runtimes) or the runtime id.
    expect: BTreeMap<String, Expect>,
}

impl Case {
    fn load(path: &Path) -> Result<Case, String> {
        let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut expect = BTreeMap::new();
        for line in source.lines() {
            let Some(comment) = line.trim_start().strip_prefix("//") else {
                break;
            };
            let Some((key, value)) = comment.trim().split_once(':') else {
                continue;
            };
            let key = key.trim();
            let value = value.trim();
            let which = match key {
                "expect" => String::new(),
                k if k.starts_with("expect ") => {
                    let rt = k["expect ".len()..].trim();
                    rt.parse::<Runtime>().map_err(|e| format!("{}: {e}", path.display()))?;
                    rt.to_string()
                }
                _ => continue,
            };
            let parsed = if value == "ok" {
                Expect::Ok
            } else if let Some(rest) = value.strip_prefix("error ") {
                Expect::Error(rest.trim().to_string())
            } else {
                return Err(format!("{}: cannot read expectation `{value}`", path.display()));
            };
            expect.insert(which, parsed);
        }
        if expect.is_empty() {
            return Err(format!("{}: no `// expect:` line", path.display()));
        }
        Ok(Case { source, expect })
    }

    fn expectation(&self, runtime: Runtime) -> Option<Expect> {
        self.expect
            .get(runtime.id())
            .or_else(|| self.expect.get(""))
            .cloned()
    }
}

fn run_syntax(source: &str, runtime: Runtime, expect: &Expect) -> Result<(), String> {
    let got = match check_source(source, runtime, &Limits::default()) {
        Ok(_) => Expect::Ok,
        Err(CompileError::Syntax(e)) => Expect::Error(format!("{} {}", e.location(source), e.message)),
        Err(other) => Expect::Error(other.to_string()),
    };
    if &got == expect {
        Ok(())
    } else {
        Err(format!("expected {expect:?}\n     got {got:?}"))
    }
}
