//! Compiled regular expressions.
//!
//! Patterns are compiled by edgefn's own engine (`crate::regex`), not a
//! library: a regex runs inside the event's deterministic budget, and no
//! available engine lets the caller charge and stop its backtracking. The
//! engine implements ECMAScript patterns without the `u` flag (the only
//! mode CloudFront's runtimes offer), Annex B syntax included, matching
//! over UTF-16 code units: an astral character in a pattern or an input
//! is two units, and every index is a code-unit index.
//!
//! A compiled pattern is immutable and shared. Regex literals are compiled
//! once per script, when the script is compiled (`bytecode::RegexLiteral`);
//! patterns built at run time (`new RegExp(s)`, `str.match("x")`) are
//! compiled once per event and kept in the event's [`EventCache`], keyed by
//! pattern and flags.
//!
//! Cost: a search is charged [`SEARCH_STEPS`] VM steps, plus one VM step
//! per [`ENGINE_STEPS_PER_STEP`] engine steps (one engine step per
//! instruction executed, per backtrack, per unit a quantified class or a
//! backreference compares, per start position examined: see
//! `crate::regex`). The engine is given exactly the steps left in the
//! event's budget, so a catastrophic pattern (`/(a+)+b/` on a long run of
//! `a`) ends the event with the compute-limit error like any other
//! runaway code, after the same number of steps on every machine. The
//! backtrack stack is memory of the event: past the engine's small free
//! allowance, each growth is checked against the event's memory limit.

use crate::features::regex_flags;
use crate::heap::{Attrs, Class, Key, ObjectData, Prop, Units};
use crate::regex::{Flags, Match, Regex, Stop};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{ErrorKind, JsResult, Vm};
use crate::vm::{Fatal, Throw};
use std::collections::HashMap;
use std::sync::Arc;

/// A compiled pattern with its source and flags.
#[derive(Debug)]
pub struct Compiled {
    /// The matcher.
    pub regex: Regex,
    /// The `source` (the pattern escaped so that `/source/` reads back as
    /// the same literal) when it differs from `pattern`; most patterns
    /// need no escape, and then share `pattern`'s units.
    escaped: Option<Vec<u16>>,
    /// The pattern as given, as code units (what `new RegExp(re)` copies).
    pub pattern: Vec<u16>,
    /// The flags, in canonical order.
    pub flags: String,
    /// `g`
    pub global: bool,
    /// `i`
    pub ignore_case: bool,
    /// `m`
    pub multiline: bool,
    /// `y`
    pub sticky: bool,
}

impl Compiled {
    /// The `source` as code units, exact.
    pub fn source_units(&self) -> &[u16] {
        self.escaped.as_deref().unwrap_or(&self.pattern)
    }

    /// The `source` as Rust text, lossy for lone surrogates; for display.
    pub fn source_text(&self) -> String {
        String::from_utf16_lossy(self.source_units())
    }
}

/// Compiles `pattern` with `flags` (already checked against the runtime's
/// list by the caller). Used for literals, whose text is Rust text.
pub fn compile(pattern: &str, flags: &str) -> Result<Compiled, String> {
    // A UTF-8 text has at least as many bytes as UTF-16 units: one
    // allocation, which becomes the `pattern` kept.
    let mut units = Vec::with_capacity(pattern.len());
    if pattern.is_ascii() {
        units.extend(pattern.bytes().map(u16::from));
    } else {
        units.extend(pattern.encode_utf16());
    }
    compile_owned(units, flags)
}

/// Compiles a pattern given as code units; the error says what is wrong
/// with the pattern, in Node's words ("Unterminated group").
pub fn compile_units(pattern: &[u16], flags: &str) -> Result<Compiled, String> {
    compile_owned(pattern.to_vec(), flags)
}

/// `g`, `i`, `m` and `y` in [`canonical_flags`]'s bit order.
const FLAG_G: u8 = 1;
const FLAG_I: u8 = 2;
const FLAG_M: u8 = 4;
const FLAG_Y: u8 = 8;

/// The flags `g`, `i`, `m` and `y` that `flags` has, as bits (others are
/// ignored here: the caller has checked them).
fn flag_bits(flags: &str) -> u8 {
    flags.bytes().fold(0, |bits, b| {
        bits | match b {
            b'g' => FLAG_G,
            b'i' => FLAG_I,
            b'm' => FLAG_M,
            b'y' => FLAG_Y,
            _ => 0,
        }
    })
}

/// The canonical text of each set of [`flag_bits`]: `g`, `i`, `m`, `y`
/// in that order.
fn canonical_flags(bits: u8) -> &'static str {
    const TEXT: [&str; 16] = [
        "", "g", "i", "gi", "m", "gm", "im", "gim", "y", "gy", "iy", "giy", "my", "gmy", "imy",
        "gimy",
    ];
    TEXT.get(usize::from(bits & 15)).copied().unwrap_or("")
}

/// [`compile_units`] for units the result may keep as its `pattern`.
fn compile_owned(pattern: Vec<u16>, flags: &str) -> Result<Compiled, String> {
    let bits = flag_bits(flags);
    let has = |f: u8| bits & f != 0;
    let engine_flags = Flags {
        ignore_case: has(FLAG_I),
        multiline: has(FLAG_M),
    };
    let regex = Regex::new(&pattern, engine_flags).map_err(|e| e.to_string())?;
    Ok(Compiled {
        regex,
        escaped: escape_pattern(&pattern),
        pattern,
        flags: canonical_flags(bits).to_owned(),
        global: has(FLAG_G),
        ignore_case: has(FLAG_I),
        multiline: has(FLAG_M),
        sticky: has(FLAG_Y),
    })
}

/// EscapeRegExpPattern (ECMA-262 §22.2.6.13.1): `(?:)` for the empty
/// pattern, `/` escaped outside classes, line terminators as escapes.
/// `None` when that is the pattern itself (most patterns): the units are
/// copied only from the first one that changes.
fn escape_pattern(p: &[u16]) -> Option<Vec<u16>> {
    if p.is_empty() {
        return Some("(?:)".encode_utf16().collect());
    }
    if !needs_escape(p) {
        return None;
    }
    const BACKSLASH: u16 = b'\\' as u16;
    const ESCAPED_SLASH: [u16; 2] = ascii_units(b"\\/");
    const LF: [u16; 2] = ascii_units(b"\\n");
    const CR: [u16; 2] = ascii_units(b"\\r");
    const LS: [u16; 6] = ascii_units(b"\\u2028");
    const PS: [u16; 6] = ascii_units(b"\\u2029");
    let terminator = |c: u16| -> Option<&'static [u16]> {
        match c {
            0x0A => Some(&LF),
            0x0D => Some(&CR),
            0x2028 => Some(&LS),
            0x2029 => Some(&PS),
            _ => None,
        }
    };
    let mut out: Option<Vec<u16>> = None;
    let mut in_class = false;
    let mut i = 0;
    while let Some(&c) = p.get(i) {
        // The units `p[i..i + len]` are written as `text`, or as they are.
        let (len, text) = if c == BACKSLASH {
            match p.get(i + 1) {
                Some(&n) => (2, terminator(n)),
                None => (1, None),
            }
        } else if let Some(t) = terminator(c) {
            (1, Some(t))
        } else if c == u16::from(b'/') && !in_class {
            (1, Some(&ESCAPED_SLASH[..]))
        } else {
            if in_class {
                in_class = c != u16::from(b']');
            } else if c == u16::from(b'[') {
                in_class = true;
            }
            (1, None)
        };
        match out.as_mut() {
            Some(o) => o.extend_from_slice(text.unwrap_or(&p[i..i + len])),
            None => {
                if let Some(t) = text {
                    let mut o = Vec::with_capacity(p.len() + 8);
                    o.extend_from_slice(&p[..i]);
                    o.extend_from_slice(t);
                    out = Some(o);
                }
            }
        }
        i += len;
    }
    out
}

/// Whether [`escape_pattern`] changes `p`: a line terminator anywhere
/// (escaped or not), or a `/` that is neither escaped nor in a class. The
/// same walk as the escape's, without building anything, for the common
/// case of a pattern that stays as it is.
fn needs_escape(p: &[u16]) -> bool {
    let terminator = |c: u16| matches!(c, 0x0A | 0x0D | 0x2028 | 0x2029);
    let mut in_class = false;
    let mut i = 0;
    while let Some(&c) = p.get(i) {
        match c {
            0x5C => {
                if p.get(i + 1).is_some_and(|&n| terminator(n)) {
                    return true;
                }
                i += 2;
                continue;
            }
            0x0A | 0x0D | 0x2028 | 0x2029 => return true,
            0x2F if !in_class => return true,
            0x5B => in_class = true,
            0x5D => in_class = false,
            _ => {}
        }
        i += 1;
    }
    false
}

/// ASCII text as code units, at compile time.
const fn ascii_units<const N: usize>(text: &[u8; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut i = 0;
    while i < N {
        out[i] = text[i] as u16;
        i += 1;
    }
    out
}

/// Regex state that lives for one event: the patterns compiled at run
/// time.
#[derive(Debug, Default)]
pub struct EventCache {
    compiled: HashMap<(Vec<u16>, String), Arc<Compiled>>,
}

impl EventCache {
    /// Forgets everything.
    pub fn clear(&mut self) {
        self.compiled.clear();
    }
}

/// The flags a runtime accepts, or the SyntaxError message for `flags`.
fn check_flags(flags: &str, runtime: crate::features::Runtime) -> Result<(), String> {
    let allowed = regex_flags(runtime);
    for (n, c) in flags.char_indices() {
        if !"dgimsuvy".contains(c) || flags[..n].contains(c) {
            return Err(format!(
                "Invalid flags supplied to RegExp constructor '{flags}'"
            ));
        }
        if !allowed.contains(c) {
            return Err(format!(
                "Invalid flags supplied to RegExp constructor '{flags}': the flag `{c}` is not supported by {runtime} (it accepts `{allowed}`)"
            ));
        }
    }
    Ok(())
}

impl Vm {
    /// A new RegExp object for `compiled`, with `lastIndex` 0.
    pub fn new_regexp(&mut self, compiled: Arc<Compiled>) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.regexp_proto;
        self.new_regexp_with_proto(compiled, proto)
    }

    /// A new RegExp object for `compiled` with prototype `proto`.
    pub fn new_regexp_with_proto(
        &mut self,
        compiled: Arc<Compiled>,
        proto: ObjRef,
    ) -> JsResult<ObjRef> {
        let index = self.regexes.len() as u32;
        // The table slot (an `Arc`), with the table's growth slack.
        self.heap.add_external(16)?;
        self.regexes.push(compiled);
        let o = self
            .heap
            .alloc(ObjectData::new(Class::RegExp(index), Some(proto)))?;
        let last_index = Prop {
            key: Key::Str(self.realm.names.last_index),
            value: Value::Number(0.0),
            attrs: Attrs(Attrs::WRITABLE),
        };
        self.heap.push_prop(o, last_index)?;
        Ok(o)
    }

    /// Evaluates regex literal `index` of the script: a new object each
    /// time, sharing the pattern the script compiled once.
    pub(crate) fn new_regexp_literal(&mut self, index: u32) -> JsResult<ObjRef> {
        let compiled = match self.script().regexes.get(index as usize) {
            Some(lit) => lit.compiled.clone(),
            None => return Err(self.type_error("invalid regular expression literal")),
        };
        self.new_regexp(compiled)
    }

    /// The compiled pattern of RegExp object `o`.
    pub fn regexp_of(&self, o: ObjRef) -> Option<Arc<Compiled>> {
        match self.heap.obj(o).class {
            Class::RegExp(i) => self.regexes.get(i as usize).cloned(),
            _ => None,
        }
    }

    /// Compiles a run-time pattern (once per event for each pattern and
    /// flags), checking the flags against the runtime's list. Errors are
    /// SyntaxErrors naming the pattern or the flags.
    pub fn compile_regexp(&mut self, pattern: &[u16], flags: &[u16]) -> JsResult<Arc<Compiled>> {
        let flags = String::from_utf16_lossy(flags);
        if let Err(msg) = check_flags(&flags, self.realm.runtime) {
            return Err(self.error(ErrorKind::SyntaxError, msg));
        }
        let key = (pattern.to_vec(), flags);
        if let Some(c) = self.regex_cache.compiled.get(&key) {
            return Ok(c.clone());
        }
        self.charge(16 + pattern.len() as u64)?;
        let compiled = match compile_units(pattern, &key.1) {
            Ok(c) => Arc::new(c),
            Err(e) => {
                let shown = String::from_utf16_lossy(pattern);
                return Err(self.error(
                    ErrorKind::SyntaxError,
                    format!("Invalid regular expression: /{shown}/: {e}"),
                ));
            }
        };
        self.heap.add_external(256 + 64 * pattern.len())?;
        self.regex_cache.compiled.insert(key, compiled.clone());
        Ok(compiled)
    }

    /// One search of `re` in `s` from `from` (only at `from` when
    /// `sticky`), charged as the module doc says. The engine reads
    /// one-byte strings as they are stored, gets the steps left in the
    /// event's budget (running out of them is the compute-limit error),
    /// and grows its stack only as far as the event's memory limit allows.
    fn search(
        &mut self,
        re: &Compiled,
        s: JsStr,
        from: usize,
        sticky: bool,
    ) -> JsResult<Option<Match>> {
        self.charge(SEARCH_STEPS)?;
        let mut search = re.regex.search(from, sticky);
        let mut charged = 0;
        loop {
            let left = self.steps_left();
            let mut fuel = left
                .saturating_mul(ENGINE_STEPS_PER_STEP)
                .saturating_add(ENGINE_STEPS_PER_STEP - 1);
            let outcome = match self.heap.units(s) {
                Units::Latin1(bytes) => search.run(bytes, &mut fuel),
                Units::Utf16(units) => search.run(units, &mut fuel),
            };
            let due = search.steps() / ENGINE_STEPS_PER_STEP;
            self.charge(due - charged)?;
            charged = due;
            match outcome {
                Ok(found) => return Ok(found),
                Err(Stop::Steps) => {
                    self.meter.set_used(self.meter.limit().saturating_add(1));
                    return Err(Throw::Fatal(Fatal::ComputeLimit));
                }
                Err(Stop::Memory(bytes)) => {
                    self.heap.check(bytes)?;
                    search.grant(bytes);
                }
            }
        }
    }

    /// The first match of `re` in `s` that starts at `from` or later (only
    /// at `from` when `sticky`).
    pub fn regex_find(
        &mut self,
        re: &Compiled,
        s: JsStr,
        from: usize,
        sticky: bool,
    ) -> JsResult<Option<Match>> {
        let len = self.heap.units(s).len();
        if from > len {
            return Ok(None);
        }
        self.search(re, s, from, sticky)
    }

    /// Every match of `re` in `s` from `from` on, as successive `exec`
    /// calls of a global, non-sticky regexp find them (after an empty
    /// match the next search starts one unit further).
    pub fn regex_find_all(&mut self, re: &Compiled, s: JsStr, from: usize) -> JsResult<Vec<Match>> {
        let len = self.heap.units(s).len();
        let mut all = Vec::new();
        if from > len {
            return Ok(all);
        }
        let mut at = from;
        while at <= len {
            let Some(m) = self.search(re, s, at, false)? else {
                break;
            };
            at = if m.end() > m.start() {
                m.end()
            } else {
                m.end() + 1
            };
            all.push(m);
            self.heap.check(all.len() * 64)?;
        }
        Ok(all)
    }
}

/// VM steps charged per search, whatever it does: the cost of starting the
/// matcher (and of the `exec` step around it).
pub const SEARCH_STEPS: u64 = 8;

/// Engine steps per VM step (rounded down over a search).
pub const ENGINE_STEPS_PER_STEP: u64 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn source_is_escaped() {
        let esc = |p: &str| compile(p, "").map(|c| c.source_text()).unwrap_or_default();
        assert_eq!(esc(""), "(?:)");
        assert_eq!(esc("ab/cd/e\nf"), "ab\\/cd\\/e\\nf");
        assert_eq!(esc("x[/]y/\u{2028}z"), "x[/]y\\/\\u2028z");
        assert_eq!(esc("a\u{2029}"), "a\\u2029");
        assert_eq!(esc("a/b"), "a\\/b");
        assert_eq!(esc("[/]"), "[/]");
        assert_eq!(esc("\\/"), "\\/");
        assert_eq!(esc("\n"), "\\n");
        assert_eq!(esc("\\\n"), "\\n");
        assert_eq!(esc("[\\]/]/"), "[\\]/]\\/");
    }

    #[test]
    fn the_quick_scan_agrees_with_the_escape() {
        let alphabet: Vec<u16> = "/[]\\ab\n\r"
            .encode_utf16()
            .chain([0x2028, 0x2029])
            .collect();
        let mut seed: u64 = 0x51_7CC1_B727_220A;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let p: Vec<u16> = (0..seed % 10)
                .map(|k| alphabet[((seed >> (5 * k)) % alphabet.len() as u64) as usize])
                .collect();
            if !p.is_empty() {
                assert_eq!(needs_escape(&p), escape_pattern(&p).is_some(), "{p:?}");
            }
        }
    }

    #[test]
    fn flags_are_read_once_in_canonical_order() {
        for flags in ["", "g", "yimg", "mg", "iy", "gimsy", "dsu"] {
            let c = compile("a", flags).expect("compiles");
            let canonical: String = ['g', 'i', 'm', 'y']
                .into_iter()
                .filter(|&f| flags.contains(f))
                .collect();
            assert_eq!(c.flags, canonical, "{flags}");
            assert_eq!(c.global, flags.contains('g'));
            assert_eq!(c.ignore_case, flags.contains('i'));
            assert_eq!(c.multiline, flags.contains('m'));
            assert_eq!(c.sticky, flags.contains('y'));
        }
        for p in ["a/b", "\\u00e9t\\u00e9", "\u{e9}t\u{e9}", "\u{1F600}+", ""] {
            let from_text = compile(p, "i").expect("compiles");
            let from_units = compile_units(&units(p), "i").expect("compiles");
            assert_eq!(from_text.pattern, units(p));
            assert_eq!(from_text.pattern, from_units.pattern);
            assert_eq!(from_text.source_units(), from_units.source_units());
        }
    }

    #[test]
    fn source_shares_the_pattern_when_nothing_is_escaped() {
        for p in ["abc", "a\\/b", "[/]", "^\\/api\\/v0\\/"] {
            let c = compile(p, "").expect("compiles");
            assert!(c.escaped.is_none(), "{p}");
            assert_eq!(c.source_units(), &units(p)[..], "{p}");
        }
        assert!(compile("a/b", "").expect("compiles").escaped.is_some());
    }

    #[test]
    fn node_rejections() {
        assert!(compile("\\b*", "").is_err());
        assert!(compile("\\B{2}", "").is_err());
        assert!(compile("\\b{", "").is_ok());
        assert!(compile("(?i:a)", "").is_err());
        assert!(compile("[(?i:]", "").is_ok());
        assert_eq!(
            compile("(", "").err().as_deref(),
            Some("Unterminated group")
        );
        assert!(compile("a\\", "").is_err());
        let deep = format!("{}a{}", "(".repeat(257), ")".repeat(257));
        assert!(compile(&deep, "").is_err());
        let ok = format!("{}a{}", "(?:".repeat(256), ")".repeat(256));
        assert!(compile(&ok, "").is_ok());
        assert!(compile(&vec!["a"; 5000].join("|"), "").is_ok());
    }

    fn find(p: &str, s: &str) -> Option<std::ops::Range<usize>> {
        let c = compile(p, "").unwrap_or_else(|e| panic!("{e}"));
        let m = c.regex.find_at(&units(s)[..], 0, 100_000, 1 << 20);
        m.ok().flatten().map(|m| m.range())
    }

    #[test]
    fn matching_is_by_code_unit() {
        assert_eq!(find("^.$", "\u{1F600}"), None);
        assert_eq!(find("\u{1F600}", "a\u{1F600}"), Some(1..3));
    }

    #[test]
    fn escapes_mean_code_units() {
        assert_eq!(find("\\uD83D\\uDE00", "a\u{1F600}"), Some(1..3));
        assert_eq!(find("[\\uD83D\\uDE00]", "\u{1F600}"), Some(0..1));
        assert_eq!(find("\\u{3}", "uuu"), Some(0..3));
        assert_eq!(find("\\\\u{2}", "\\uu"), Some(0..3));
        assert_eq!(find("(?<\\u0061>x)\\k<\\u0061>", "xx"), Some(0..2));
        assert_eq!(find("\\u0041", "A"), Some(0..1));
        assert_eq!(find("(?<\u{1D49C}>x)\\k<\u{1D49C}>", "xx"), Some(0..2));
    }

    #[test]
    fn flags_follow_the_runtime() {
        use crate::features::Runtime;
        assert!(check_flags("gim", Runtime::Js1).is_ok());
        assert!(check_flags("y", Runtime::Js1).is_err());
        assert!(check_flags("y", Runtime::Js2).is_ok());
        assert!(check_flags("gg", Runtime::Js2).is_err());
        assert!(check_flags("s", Runtime::Js2).is_err());
    }
    #[test]
    fn random_patterns_never_panic() {
        let alphabet: Vec<u16> = "()[]{}?*+|^$\\.-,<>=!:kKbBdDwWsSuUxXcC0123456789aAzZ/"
            .encode_utf16()
            .chain([0xD83D, 0xDE00, 0x0131, 0x017F, 0x212A])
            .collect();
        let mut seed: u64 = 0x1234_5678;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let inputs: Vec<Vec<u16>> = ["", "aaa", "a\u{1F600}b", "ab\ncd", "KkSs"]
            .iter()
            .map(|s| units(s))
            .collect();
        for _ in 0..20_000 {
            let len = (next() % 12) as usize;
            let p: Vec<u16> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let flags = ["", "i", "m", "im"][(next() % 4) as usize];
            let outcome = std::panic::catch_unwind(|| {
                if let Ok(c) = compile_units(&p, flags) {
                    for inp in &inputs {
                        let _ = c.regex.find_at(&inp[..], 0, 100_000, 1 << 20);
                    }
                }
            });
            assert!(
                outcome.is_ok(),
                "panic on {:?} /{flags}",
                String::from_utf16_lossy(&p)
            );
        }
    }
}
