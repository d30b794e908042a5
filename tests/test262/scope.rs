//! Which tests are in scope for a runtime (the rule is written down in
//! `conformance/test262/README.md`; this is its implementation, in the same
//! order).

use super::meta::{Meta, Unlisted, frontmatter_span, is_within};
use edgefn::Runtime;
use edgefn::ast::Arena;
use edgefn::error::SyntaxErrorKind;
use edgefn::parser::parse;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

/// Why a test is out of scope: a category (the rule) and a detail (which
/// feature, folder or file), counted separately in the summary.
pub struct Exclusion {
    pub rule: &'static str,
    pub detail: String,
}

fn out(rule: &'static str, detail: impl Into<String>) -> Result<(), Exclusion> {
    Err(Exclusion {
        rule,
        detail: detail.into(),
    })
}

/// The harness files (`TEST262_DIR/harness/*.js`), and for each runtime
/// the syntax feature it lacks that a file uses, if any.
pub struct Harness {
    pub files: HashMap<String, Arc<str>>,
    lacks: [HashMap<String, Option<String>>; 2],
    /// Patches of [`HARNESS_PATCHES`] whose text the checkout lacks.
    pub unapplied: Vec<String>,
}

/// Harness code that builds test inputs with members CloudFront does not
/// list, and what the runner's copy of the file uses instead:
/// `testTypedArray.js` makes arrays with `Array.from` and iterables with
/// `Array.prototype[Symbol.iterator]`. Without this, nearly every typed
/// array test would fail for a reason that is not the member it tests.
const HARNESS_PATCHES: &[(&str, &str, &str)] = &[
    ("testTypedArray.js", "Array.from(", "__test262_arrayFrom("),
    (
        "testTypedArray.js",
        "src[Symbol.iterator]()",
        "__test262_arrayIterator(src)",
    ),
];

/// The test-only helpers the patches call, prepended to a patched file:
/// `Array.from` over an array-like or (2.0) an iterable, with an optional
/// mapping function, and an iterator over an array's elements.
const HARNESS_SUPPORT: &str = "\
function __test262_arrayFrom(items, mapfn) {
  var out = [];
  var i;
  if (typeof Symbol === 'function' && Symbol.iterator && items != null && typeof items[Symbol.iterator] === 'function') {
    var it = items[Symbol.iterator]();
    for (var step = it.next(); !step.done; step = it.next()) out[out.length] = step.value;
  } else {
    var n = Number(items.length) || 0;
    for (i = 0; i < n; i++) out[i] = items[i];
  }
  if (mapfn) for (i = 0; i < out.length; i++) out[i] = mapfn(out[i], i);
  return out;
}
function __test262_arrayIterator(a) {
  var i = 0;
  return { next: function () { return i < a.length ? { value: a[i++], done: false } : { value: undefined, done: true }; } };
}
";

impl Harness {
    pub fn load(dir: &Path) -> Result<Harness, String> {
        let mut files = HashMap::new();
        let mut unapplied = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "js") {
                let name = entry.file_name().to_string_lossy().to_string();
                let mut text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let patches: Vec<_> = HARNESS_PATCHES.iter().filter(|p| p.0 == name).collect();
                if !patches.is_empty() {
                    for (_, from, to) in &patches {
                        if !text.contains(from) {
                            unapplied.push(format!("{name}: `{from}`"));
                        }
                        text = text.replace(from, to);
                    }
                    text.insert_str(0, HARNESS_SUPPORT);
                }
                files.insert(name, Arc::<str>::from(text));
            }
        }
        let lacks = Runtime::ALL.map(|rt| {
            files
                .iter()
                .map(|(name, text)| {
                    let lack = match parse(text, rt, &Arena::new()) {
                        Err(e) => match e.kind {
                            SyntaxErrorKind::Unsupported(f) => Some(f.name().to_string()),
                            _ => None,
                        },
                        Ok(_) => None,
                    };
                    (name.clone(), lack)
                })
                .collect()
        });
        Ok(Harness {
            files,
            lacks,
            unapplied,
        })
    }

    /// The harness files a test runs with, in order: `assert.js` and
    /// `sta.js` (unless `raw`), `doneprintHandle.js` for `async` tests, then
    /// its `includes`.
    pub fn includes_of(meta: &Meta) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        if !meta.has_flag("raw") {
            names.push("assert.js".into());
            names.push("sta.js".into());
        }
        if meta.has_flag("async") {
            names.push("doneprintHandle.js".into());
        }
        for inc in &meta.includes {
            if !names.contains(inc) {
                names.push(inc.clone());
            }
        }
        names
    }
}

/// The scope configuration: supported feature tags and unlisted folders.
pub struct Scope {
    pub features: BTreeMap<String, [bool; 2]>,
    pub unlisted: Vec<Unlisted>,
    pub harness: Harness,
}

impl Scope {
    /// `Ok` when `path` (relative to `test/`) is in scope for runtime `r`.
    pub fn classify(
        &self,
        path: &str,
        source: &str,
        meta: &Meta,
        r: usize,
    ) -> Result<(), Exclusion> {
        let runtime = Runtime::ALL[r];
        let negative_parse = meta.is_negative_parse();
        if meta.has_flag("module") {
            return out(
                "module code (CloudFront runs scripts; user modules are not supported)",
                "flags: module",
            );
        }
        if meta.has_flag("noStrict") {
            return out(
                "sloppy-mode only (edgefn code is always strict)",
                "flags: noStrict",
            );
        }
        if meta.has_flag("raw") && !negative_parse {
            return out(
                "sloppy-mode only (edgefn code is always strict)",
                "flags: raw",
            );
        }
        if meta.has_flag("CanBlockIsTrue") {
            return out(
                "needs a host that can block (agents)",
                "flags: CanBlockIsTrue",
            );
        }
        if let Some(f) = meta
            .features
            .iter()
            .find(|f| !self.features.get(*f).is_some_and(|s| s[r]))
        {
            return out("feature not supported by the runtime", f.clone());
        }
        if let Some(u) = self
            .unlisted
            .iter()
            .find(|u| u.runtimes[r] && is_within(path, &u.folder))
        {
            return out(
                "tests a built-in or member the runtime does not list",
                u.folder.clone(),
            );
        }
        let includes = Harness::includes_of(meta);
        for inc in &includes {
            match self.harness.lacks[r].get(inc) {
                None => return out("harness file missing from the checkout", inc.clone()),
                Some(Some(feature)) => {
                    return out(
                        "a harness file it includes uses syntax the runtime lacks",
                        format!("{inc}: {feature}"),
                    );
                }
                Some(None) => {}
            }
        }
        let body = test_body(source);
        let sources = std::iter::once(body).chain(
            includes
                .iter()
                .filter_map(|i| self.harness.files.get(i).map(|s| &**s)),
        );
        let texts: Vec<&str> = sources.collect();
        if !negative_parse {
            let unlisted = self.unlisted.iter().filter(|u| u.runtimes[r]);
            if let Some(name) = unlisted
                .filter_map(|u| mention(&u.folder))
                .find(|m| mentions(body, m))
            {
                return out("uses a built-in or member the runtime does not list", name);
            }
        }
        if !negative_parse && texts.iter().any(|t| t.contains("$262")) {
            return out(
                "needs the test262 host object $262 (realms, agents, detaching buffers)",
                "$262",
            );
        }
        if let Some(name) = texts
            .iter()
            .find_map(|t| dynamic_code(t))
            .filter(|_| !negative_parse)
        {
            return out(
                "evaluates code from strings (CloudFront disables eval and the Function constructor)",
                name,
            );
        }
        if !negative_parse {
            if let Err(e) = parse(source, runtime, &Arena::new()) {
                if let SyntaxErrorKind::Unsupported(f) = e.kind {
                    return out("syntax the runtime does not list", f.name());
                }
            }
        }
        Ok(())
    }
}

/// Whether `runtime` refuses `source` as syntax it does not list.
pub fn refused_as_unlisted(source: &str, runtime: Runtime) -> bool {
    parse(source, runtime, &Arena::new())
        .is_err_and(|e| matches!(e.kind, SyntaxErrorKind::Unsupported(_)))
}

/// The test's source after its frontmatter (what the checks on source text
/// look at: the frontmatter's prose may name anything).
fn test_body(source: &str) -> &str {
    match frontmatter_span(source) {
        Some((_, end)) => &source[end..],
        None => source,
    }
}

/// How test code names the built-in an unlisted folder tests:
/// `built-ins/Map` → `Map`, `built-ins/Object/hasOwn` → `Object.hasOwn`,
/// `built-ins/Array/prototype/at` → `Array.prototype.at`; `None` for
/// folders that are not named after one (`RegExp/property-escapes`,
/// `ArrayIteratorPrototype`, `Array/prototype/Symbol.iterator`).
fn mention(folder: &str) -> Option<String> {
    let parts: Vec<&str> = folder.strip_prefix("built-ins/")?.split('/').collect();
    let ident = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    };
    if !parts.iter().all(|p| ident(p))
        || parts
            .iter()
            .skip(1)
            .any(|p| p.starts_with("Symbol.") && parts[0] != "Symbol")
    {
        return None;
    }
    match parts.as_slice() {
        [name] if name.ends_with("Prototype") || name.ends_with("Function") => None,
        ["TypedArrayConstructors", name] if name.ends_with("Array") => Some(name.to_string()),
        ["TypedArrayConstructors", ..] => None,
        _ => Some(parts.join(".")),
    }
}

/// Whether `text` names `name` (whole identifiers, not as a property of
/// something else).
fn mentions(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    text.match_indices(name).any(|(start, _)| {
        let end = start + name.len();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        !before.is_some_and(|b| is_ident(b) || b == b'.')
            && !bytes.get(end).is_some_and(|&b| is_ident(b))
    })
}

/// The first call of `eval`, `Function` or `AsyncFunction` in `text`: the
/// name followed by `(`, by `)` then `(` (`(0, eval)(src)`) or by
/// `.call(`/`.apply(`, or after `new`; or `eval` stored for a later call
/// (`var indirect = eval;`).
fn dynamic_code(text: &str) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    for name in ["eval", "Function", "AsyncFunction"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            from = end;
            if start > 0 && is_ident(bytes[start - 1])
                || bytes.get(end).is_some_and(|&b| is_ident(b))
            {
                continue;
            }
            let after = text[end..].trim_start();
            let after = after.strip_prefix(')').map_or(after, str::trim_start);
            let after = [".call", ".apply"]
                .iter()
                .find_map(|m| after.strip_prefix(m))
                .unwrap_or(after);
            let before = text[..start].trim_end();
            let constructed = before.ends_with("new")
                && !before[..before.len() - 3]
                    .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$');
            let stored = name == "eval"
                && text[..start].trim_end().ends_with('=')
                && text[end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with([';', '\n', '\r', ',']);
            if after.starts_with('(') || constructed || stored {
                return Some(name);
            }
        }
    }
    None
}
