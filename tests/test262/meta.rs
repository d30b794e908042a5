//! What the runner reads: a test's frontmatter, and the scope and ledger
//! files under `conformance/test262/`.

use std::collections::{BTreeMap, BTreeSet};

/// The parts of a test's YAML frontmatter (`/*--- ... ---*/`) the runner uses.
#[derive(Debug, Default)]
pub struct Meta {
    pub features: Vec<String>,
    pub flags: Vec<String>,
    pub includes: Vec<String>,
    pub negative: Option<Negative>,
}

/// `negative:`: the phase (`parse`, `resolution`, `runtime`) and the
/// constructor name of the error the test must end with.
#[derive(Debug, Default)]
pub struct Negative {
    pub phase: String,
    pub kind: String,
}

impl Meta {
    /// Reads the frontmatter of `source`; a file without one has empty
    /// metadata.
    pub fn parse(source: &str) -> Meta {
        let mut meta = Meta::default();
        let Some((start, end)) = frontmatter_span(source) else {
            return meta;
        };
        // Some tests use lone CRs as line terminators.
        let text = source[start..end].replace("\r\n", "\n").replace('\r', "\n");
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            i += 1;
            if line.starts_with(char::is_whitespace) || line.trim().is_empty() {
                continue;
            }
            let Some((key, rest)) = line.split_once(':') else {
                continue;
            };
            let rest = rest.trim();
            match key.trim() {
                "features" | "flags" | "includes" => {
                    let mut items = Vec::new();
                    if rest.starts_with('[') {
                        // An inline list, possibly continued on the next lines.
                        let mut text = rest.to_string();
                        while !text.contains(']') && i < lines.len() {
                            text.push(' ');
                            text.push_str(lines[i].trim());
                            i += 1;
                        }
                        let inner = text.trim_start_matches('[').split(']').next().unwrap_or("");
                        items.extend(inner.split(',').map(unquote).filter(|s| !s.is_empty()));
                    } else {
                        // A block list: `  - item` lines.
                        while i < lines.len() && lines[i].trim_start().starts_with('-') {
                            let item = lines[i].trim_start().trim_start_matches('-');
                            let item = item.split(" #").next().unwrap_or("");
                            items.push(unquote(item));
                            i += 1;
                        }
                    }
                    match key.trim() {
                        "features" => meta.features = items,
                        "flags" => meta.flags = items,
                        _ => meta.includes = items,
                    }
                }
                "negative" => {
                    let mut negative = Negative::default();
                    while i < lines.len() && lines[i].starts_with(char::is_whitespace) {
                        if let Some((k, v)) = lines[i].trim().split_once(':') {
                            match k.trim() {
                                "phase" => negative.phase = unquote(v),
                                "type" => negative.kind = unquote(v),
                                _ => {}
                            }
                        }
                        i += 1;
                    }
                    meta.negative = Some(negative);
                }
                _ => {}
            }
        }
        meta
    }

    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// Whether the test must be refused when compiled, with a SyntaxError.
    pub fn is_negative_parse(&self) -> bool {
        self.negative
            .as_ref()
            .is_some_and(|n| n.phase == "parse" && n.kind == "SyntaxError")
    }
}

/// The byte range inside `/*---` and `---*/`.
pub fn frontmatter_span(source: &str) -> Option<(usize, usize)> {
    let start = source.find("/*---")? + 5;
    let end = start + source[start..].find("---*/")?;
    Some((start, end))
}

fn unquote(s: &str) -> String {
    s.trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim()
        .to_string()
}

/// A runtime set from a scope or ledger file: `js1`, `js2` or `both`.
pub fn runtimes(tag: &str) -> Option<[bool; 2]> {
    match tag {
        "js1" => Some([true, false]),
        "js2" => Some([false, true]),
        "both" => Some([true, true]),
        _ => None,
    }
}

/// `conformance/test262/features.txt`: feature tag → supported per runtime.
pub fn load_features(text: &str) -> Result<BTreeMap<String, [bool; 2]>, String> {
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let tag = parts.next().unwrap_or_default().to_string();
        let mut set = [false; 2];
        for rt in parts {
            match rt {
                "js1" => set[0] = true,
                "js2" => set[1] = true,
                _ => return Err(format!("features.txt:{}: unknown runtime `{rt}`", n + 1)),
            }
        }
        out.insert(tag, set);
    }
    Ok(out)
}

/// A folder-scoped entry of `unlisted.txt`: a test path prefix and the
/// runtimes for which it is out of scope.
pub struct Unlisted {
    pub folder: String,
    pub runtimes: [bool; 2],
}

/// `conformance/test262/unlisted.txt`.
pub fn load_unlisted(text: &str) -> Result<Vec<Unlisted>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        match (parts.next().and_then(runtimes), parts.next(), parts.next()) {
            (Some(runtimes), Some(folder), None) => out.push(Unlisted {
                folder: folder.trim_end_matches('/').to_string(),
                runtimes,
            }),
            _ => {
                return Err(format!(
                    "unlisted.txt:{}: expected `js1|js2|both folder`",
                    n + 1
                ));
            }
        }
    }
    Ok(out)
}

/// Whether `path` is `folder` or lies inside it.
pub fn is_within(path: &str, folder: &str) -> bool {
    path.strip_prefix(folder)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The expected-failures ledger: known failures grouped under `## cause`
/// headings, one `js1|js2|both path` line each (a `# note` may follow).
#[derive(Default)]
pub struct Ledger {
    /// Causes in file order.
    pub causes: Vec<String>,
    /// `(runtime index, path)` → index into `causes`.
    pub entries: BTreeMap<(usize, String), usize>,
    /// Notes after an entry, kept when the file is rewritten.
    pub notes: BTreeMap<(usize, String), String>,
}

/// The ledger's fixed header, written back when it is updated.
pub const LEDGER_HEADER: &str = "\
# Known test262 failures of edgefn, grouped by cause (`## cause`), one
# `js1|js2|both path` line per test (paths relative to test262's test/).
# A listed test that passes fails the run, so the list stays true.
# Regenerate after fixing things with
#   TEST262_DIR=... TEST262_UPDATE_EXPECTED=1 cargo test --release --test test262
# which drops fixed tests, keeps the cause of those still failing and puts
# new failures under `## new failures (not yet classified)` with their error
# as a note. Scope rules: conformance/test262/README.md.
";

/// A ledger line's cause (index into `Ledger::causes`) and note.
type Listed = (usize, Option<String>);

/// The cause new failures get when the ledger is updated.
pub const NEW_CAUSE: &str = "new failures (not yet classified)";

impl Ledger {
    pub fn parse(text: &str) -> Result<Ledger, String> {
        let mut ledger = Ledger::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if let Some(cause) = line.strip_prefix("## ") {
                ledger.causes.push(cause.trim().to_string());
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (entry, note) = match line.split_once('#') {
                Some((e, note)) => (e, Some(note.trim().to_string())),
                None => (line, None),
            };
            let cause = ledger.causes.len().checked_sub(1).ok_or(format!(
                "expected-failures.txt:{}: an entry before any `## cause` line",
                n + 1
            ))?;
            let mut parts = entry.split_whitespace();
            let (Some(set), Some(path), None) =
                (parts.next().and_then(runtimes), parts.next(), parts.next())
            else {
                return Err(format!(
                    "expected-failures.txt:{}: expected `js1|js2|both path`",
                    n + 1
                ));
            };
            for (r, on) in set.into_iter().enumerate() {
                if on {
                    ledger.entries.insert((r, path.to_string()), cause);
                    if let Some(note) = &note {
                        ledger.notes.insert((r, path.to_string()), note.clone());
                    }
                }
            }
        }
        Ok(ledger)
    }

    /// The cause listed for `path` under runtime `r`.
    pub fn cause(&self, r: usize, path: &str) -> Option<&str> {
        self.entries
            .get(&(r, path.to_string()))
            .and_then(|&c| self.causes.get(c))
            .map(String::as_str)
    }

    /// The ledger after a run: `failures` maps `(runtime, path)` to the
    /// error of each failing test that ran; entries of tests that did not
    /// run (`ran` is false for them) are kept as they are.
    pub fn updated(
        &self,
        failures: &BTreeMap<(usize, String), String>,
        ran: &BTreeSet<(usize, String)>,
    ) -> String {
        let mut causes = self.causes.clone();
        let mut by_path: BTreeMap<String, [Option<Listed>; 2]> = BTreeMap::new();
        for ((r, path), &cause) in &self.entries {
            if !ran.contains(&(*r, path.clone())) {
                let note = self.notes.get(&(*r, path.clone())).cloned();
                by_path.entry(path.clone()).or_default()[*r] = Some((cause, note));
            }
        }
        for ((r, path), error) in failures {
            let key = (*r, path.clone());
            let entry = match self.entries.get(&key) {
                Some(&cause) => (cause, self.notes.get(&key).cloned()),
                None => {
                    let new = match causes.iter().position(|c| c == NEW_CAUSE) {
                        Some(i) => i,
                        None => {
                            causes.push(NEW_CAUSE.to_string());
                            causes.len() - 1
                        }
                    };
                    (
                        new,
                        Some(
                            error
                                .lines()
                                .next()
                                .unwrap_or("")
                                .chars()
                                .take(160)
                                .collect(),
                        ),
                    )
                }
            };
            by_path.entry(path.clone()).or_default()[*r] = Some(entry);
        }
        let mut groups: Vec<Vec<String>> = vec![Vec::new(); causes.len()];
        for (path, [js1, js2]) in by_path {
            let line = |tag: &str, note: &Option<String>| match note {
                Some(n) if !n.is_empty() => format!("{tag} {path}  # {n}"),
                _ => format!("{tag} {path}"),
            };
            match (js1, js2) {
                (Some((c1, n1)), Some((c2, _))) if c1 == c2 => groups[c1].push(line("both", &n1)),
                (a, b) => {
                    if let Some((c, n)) = a {
                        groups[c].push(line("js1", &n));
                    }
                    if let Some((c, n)) = b {
                        groups[c].push(line("js2", &n));
                    }
                }
            }
        }
        let mut out = String::from(LEDGER_HEADER);
        for (cause, lines) in causes.iter().zip(groups) {
            if lines.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {cause}\n"));
            for line in lines {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }
}

/// Checks the frontmatter reader on a sample with both list forms (a trial
/// of its own, so it runs even when the suite is absent).
pub fn self_check() -> Result<(), String> {
    let src = "/*---\nesid: x\nfeatures: [a, 'b',\n  c]\nflags:\n  - onlyStrict\n  - async # why\nnegative:\n  phase: parse\n  type: SyntaxError\nincludes: []\n---*/\nx";
    let m = Meta::parse(src);
    let ok = m.features == ["a", "b", "c"]
        && m.flags == ["onlyStrict", "async"]
        && m.includes.is_empty()
        && m.is_negative_parse();
    if ok {
        Ok(())
    } else {
        Err(format!("frontmatter misread: {m:?}"))
    }
}
