//! Compiled regular expressions.
//!
//! Patterns are compiled with `regress`, an ECMAScript-compatible regex
//! engine (backreferences, lookaround, lazy quantifiers, named groups), and
//! matched over UTF-16 code units in non-Unicode mode, as JavaScript does
//! without the `u` flag: a pattern is handed to the engine as code units
//! (an astral character in a pattern is two units, as in JavaScript), and
//! inputs are read as UCS-2, so every index is a code-unit index.
//!
//! A compiled pattern is immutable and shared. Regex literals are compiled
//! once per script, when the script is compiled (`bytecode::RegexLiteral`);
//! patterns built at run time (`new RegExp(s)`, `str.match("x")`) are
//! compiled once per event and kept in the event's [`EventCache`], keyed by
//! pattern and flags.
//!
//! The engine has no step hook, so matching is charged after the fact: a
//! base cost per search plus one step per 4 code units of input it went
//! over. Catastrophic backtracking within one search (`/(a*)*b/` on a long
//! run of `a`) is therefore not bounded by the step budget: that needs a
//! budget inside the engine's backtracking loop.

use crate::features::regex_flags;
use crate::heap::{Attrs, Class, Key, ObjectData, Prop, Units};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{ErrorKind, JsResult, Vm};
use std::collections::HashMap;
use std::sync::Arc;

/// A compiled pattern with its source and flags.
#[derive(Debug)]
pub struct Compiled {
    /// The matcher.
    pub regex: regress::Regex,
    /// The `source` text (the pattern escaped so that `/source/` reads
    /// back as the same literal), lossy for lone surrogates; for display.
    pub source: String,
    /// The `source` as code units, exact.
    pub source_units: Vec<u16>,
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

/// Compiles `pattern` with `flags` (already checked against the runtime's
/// list by the caller). Used for literals, whose text is Rust text.
pub fn compile(pattern: &str, flags: &str) -> Result<Compiled, String> {
    let units: Vec<u16> = pattern.encode_utf16().collect();
    compile_units(&units, flags)
}

/// Compiles a pattern given as code units; the error is the engine's
/// description of what is wrong with the pattern.
pub fn compile_units(pattern: &[u16], flags: &str) -> Result<Compiled, String> {
    let has = |c| flags.contains(c);
    prescan(pattern)?;
    let engine_flags: String = flags.chars().filter(|c| matches!(c, 'i' | 'm')).collect();
    let regex =
        regress::Regex::from_unicode(engine_pattern(pattern).into_iter(), engine_flags.as_str())
            .map_err(|e| e.to_string())?;
    let canonical: String = ['g', 'i', 'm', 'y']
        .into_iter()
        .filter(|&c| has(c))
        .collect();
    let source_units = escape_pattern(pattern);
    Ok(Compiled {
        regex,
        source: String::from_utf16_lossy(&source_units),
        source_units,
        pattern: pattern.to_vec(),
        flags: canonical,
        global: has('g'),
        ignore_case: has('i'),
        multiline: has('m'),
        sticky: has('y'),
    })
}

/// How deeply groups may nest, and how many alternatives (`|`) a pattern
/// may have. The engine parses and compiles recursively; past these it
/// could exhaust a thread's stack (a 2 MB stack holds about 300 nested
/// groups or 2,000 alternatives in a debug build), which would abort the
/// process. Node accepts more; no real pattern comes near.
const MAX_GROUP_DEPTH: usize = 128;
const MAX_ALTERNATIVES: usize = 1000;

/// Rejects what the engine accepts but ECMAScript (as Node 20 reads it)
/// does not: a quantified `\b`/`\B` and ES2025 modifier groups `(?i:...)`;
/// and patterns nested or branched beyond the engine's safe limits.
fn prescan(p: &[u16]) -> Result<(), String> {
    let at = |i: usize| p.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut in_class = false;
    let (mut depth, mut alternatives) = (0usize, 0usize);
    while i < p.len() {
        let c = at(i);
        if c == u16::from(b'\\') {
            let next = at(i + 1);
            if !in_class
                && (next == u16::from(b'b') || next == u16::from(b'B'))
                && quantifier_at(p, i + 2)
            {
                return Err("Nothing to repeat".into());
            }
            i += 2;
            continue;
        }
        if in_class {
            in_class = c != u16::from(b']');
        } else if c == u16::from(b'[') {
            in_class = true;
        } else if c == u16::from(b'(') {
            if at(i + 1) == u16::from(b'?') && matches!(at(i + 2), 0x69 | 0x6D | 0x73 | 0x2D) {
                // `i`, `m`, `s`, `-` after `(?`.
                return Err("Invalid group".into());
            }
            depth += 1;
            if depth > MAX_GROUP_DEPTH {
                return Err(format!(
                    "Regular expression too large (groups nested more than {MAX_GROUP_DEPTH} deep)"
                ));
            }
        } else if c == u16::from(b')') {
            depth = depth.saturating_sub(1);
        } else if c == u16::from(b'|') {
            alternatives += 1;
            if alternatives > MAX_ALTERNATIVES {
                return Err(format!(
                    "Regular expression too large (more than {MAX_ALTERNATIVES} alternatives)"
                ));
            }
        }
        i += 1;
    }
    Ok(())
}

/// The pattern as the engine reads it. Without the `u` flag, JavaScript
/// reads `\u{...}` as the letter `u` and a quantifier, and `\uD83D\uDE00`
/// as two code units; the engine would read one code point in both cases,
/// so those escapes are given to it as what they mean (a `u`, or the
/// surrogate code unit itself). Group names are passed as written.
fn engine_pattern(p: &[u16]) -> Vec<u32> {
    let at = |i: usize| p.get(i).copied().unwrap_or(0);
    let mut out: Vec<u32> = Vec::with_capacity(p.len());
    let mut i = 0;
    let mut in_class = false;
    let copy_name = |out: &mut Vec<u32>, from: usize| -> usize {
        let end = p
            .get(from..)
            .and_then(|rest| rest.iter().position(|&u| u == u16::from(b'>')))
            .map_or(p.len(), |n| from + n + 1);
        // Names are code points: a literal astral letter is one.
        let name = p.get(from..end).unwrap_or(&[]).iter().copied();
        out.extend(
            char::decode_utf16(name)
                .map(|r| r.map_or_else(|e| u32::from(e.unpaired_surrogate()), u32::from)),
        );
        end
    };
    while i < p.len() {
        let c = at(i);
        if c == u16::from(b'\\') {
            let next = at(i + 1);
            if next == u16::from(b'u') {
                match hex4(p, i + 2) {
                    Some(v) if (0xD800..=0xDFFF).contains(&v) => out.push(u32::from(v)),
                    Some(_) => {
                        out.extend(p.get(i..i + 6).unwrap_or(&[]).iter().map(|&u| u32::from(u)))
                    }
                    None => {
                        out.push(u32::from(b'u'));
                        i += 2;
                        continue;
                    }
                }
                i += 6;
                continue;
            }
            if next == u16::from(b'k') && at(i + 2) == u16::from(b'<') && !in_class {
                i = copy_name(&mut out, i);
                continue;
            }
            out.extend(
                p.get(i..(i + 2).min(p.len()))
                    .unwrap_or(&[])
                    .iter()
                    .map(|&u| u32::from(u)),
            );
            i += 2;
            continue;
        }
        if in_class {
            in_class = c != u16::from(b']');
        } else if c == u16::from(b'[') {
            in_class = true;
        } else if c == u16::from(b'(')
            && at(i + 1) == u16::from(b'?')
            && at(i + 2) == u16::from(b'<')
            && !matches!(at(i + 3), 0x3D | 0x21)
        {
            i = copy_name(&mut out, i);
            continue;
        }
        out.push(u32::from(c));
        i += 1;
    }
    out
}

/// The value of four hex digits at `i`.
fn hex4(p: &[u16], i: usize) -> Option<u16> {
    let digits = p.get(i..i + 4)?;
    digits.iter().try_fold(0u16, |acc, &u| {
        Some(acc * 16 + char::from_u32(u32::from(u))?.to_digit(16)? as u16)
    })
}

/// Whether a quantifier (`*`, `+`, `?` or a well-formed `{n}`, `{n,}`,
/// `{n,m}`) starts at `i`.
fn quantifier_at(p: &[u16], i: usize) -> bool {
    let digit = |u: u16| (0x30..=0x39).contains(&u);
    match p.get(i).copied() {
        Some(0x2A | 0x2B | 0x3F) => true,
        Some(0x7B) => {
            let rest = p.get(i + 1..).unwrap_or(&[]);
            let n = rest.iter().take_while(|&&u| digit(u)).count();
            if n == 0 {
                return false;
            }
            match rest.get(n).copied() {
                Some(0x7D) => true,
                Some(0x2C) => {
                    let after = rest.get(n + 1..).unwrap_or(&[]);
                    let m = after.iter().take_while(|&&u| digit(u)).count();
                    after.get(m).copied() == Some(0x7D)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// EscapeRegExpPattern (ECMA-262 §22.2.6.13.1): `(?:)` for the empty
/// pattern, `/` escaped outside classes, line terminators as escapes.
fn escape_pattern(p: &[u16]) -> Vec<u16> {
    if p.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(p.len() + 2);
    let mut in_class = false;
    let mut i = 0;
    let push_terminator = |out: &mut Vec<u16>, c: u16| {
        let text = match c {
            0x0A => "\\n",
            0x0D => "\\r",
            0x2028 => "\\u2028",
            _ => "\\u2029",
        };
        out.extend(text.encode_utf16());
    };
    while let Some(&c) = p.get(i) {
        let is_terminator = matches!(c, 0x0A | 0x0D | 0x2028 | 0x2029);
        if c == u16::from(b'\\') {
            match p.get(i + 1).copied() {
                Some(n) if matches!(n, 0x0A | 0x0D | 0x2028 | 0x2029) => {
                    push_terminator(&mut out, n)
                }
                Some(n) => out.extend([c, n]),
                None => out.push(c),
            }
            i += 2;
            continue;
        }
        if is_terminator {
            push_terminator(&mut out, c);
        } else if c == u16::from(b'/') && !in_class {
            out.extend([u16::from(b'\\'), c]);
        } else {
            if in_class {
                in_class = c != u16::from(b']');
            } else if c == u16::from(b'[') {
                in_class = true;
            }
            out.push(c);
        }
        i += 1;
    }
    out
}

/// Regex state that lives for one event: patterns compiled at run time,
/// and the last Latin-1 input widened to UTF-16 for the engine (a loop of
/// `exec` calls on one string widens it once).
#[derive(Debug, Default)]
pub struct EventCache {
    compiled: HashMap<(Vec<u16>, String), Arc<Compiled>>,
    wide: Option<(JsStr, Vec<u16>)>,
}

impl EventCache {
    /// Forgets everything (string handles are reused by the next event).
    pub fn clear(&mut self) {
        self.compiled.clear();
        self.wide = None;
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
        let compiled = match self.script.regexes.get(index as usize) {
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
        self.heap.add_external(256 + 32 * pattern.len())?;
        self.regex_cache.compiled.insert(key, compiled.clone());
        Ok(compiled)
    }

    /// Makes sure the engine can read `s` as UTF-16: a Latin-1 string is
    /// widened once into the event cache.
    fn widen(&mut self, s: JsStr) -> JsResult<()> {
        let wide = matches!(self.heap.units(s), Units::Utf16(_));
        if !wide && !matches!(&self.regex_cache.wide, Some((w, _)) if *w == s) {
            let len = self.heap.units(s).len();
            self.charge(len as u64 / 16)?;
            self.heap.check(len * 2)?;
            let units: Vec<u16> = self.heap.units(s).iter().collect();
            self.regex_cache.wide = Some((s, units));
        }
        Ok(())
    }

    /// Up to `max` successive matches of `re` in `s` from `from`, as a
    /// global regexp's `exec` loop finds them (after an empty match the
    /// next search starts one unit further), and where the next search
    /// would start. Call [`Vm::widen`] first. Nothing is charged here.
    fn matches_from(
        &self,
        re: &Compiled,
        s: JsStr,
        from: usize,
        max: usize,
    ) -> (Vec<regress::Match>, Option<usize>) {
        let units: &[u16] = match (self.heap.units(s), &self.regex_cache.wide) {
            (Units::Utf16(w), _) => w,
            (Units::Latin1(_), Some((_, w))) => w,
            (Units::Latin1(_), None) => &[],
        };
        let mut found = Vec::new();
        let mut next = Some(from);
        for m in re.regex.find_from_ucs2(units, from).take(max) {
            next = Some(if m.end() > m.start() {
                m.end()
            } else {
                m.end() + 1
            })
            .filter(|&n| n <= units.len());
            found.push(m);
        }
        if found.len() < max {
            next = None;
        }
        (found, next)
    }

    /// The charge for a search from `from` that found `found` (or went to
    /// `len`).
    fn charge_search(
        &mut self,
        from: usize,
        found: Option<&regress::Match>,
        len: usize,
    ) -> JsResult<()> {
        let scanned = match found {
            Some(m) => m.end().max(m.start() + 1).saturating_sub(from),
            None => len.saturating_sub(from),
        };
        self.charge(SEARCH_STEPS + scanned as u64 / UNITS_PER_STEP)
    }

    /// The first match of `re` in `s` that starts at `from` or later (only
    /// at `from` when `sticky`), charged by the length of input the search
    /// went over.
    pub fn regex_find(
        &mut self,
        re: &Compiled,
        s: JsStr,
        from: usize,
        sticky: bool,
    ) -> JsResult<Option<regress::Match>> {
        let len = self.heap.units(s).len();
        if from > len {
            return Ok(None);
        }
        self.widen(s)?;
        let found = self.matches_from(re, s, from, 1).0.pop();
        self.charge_search(from, found.as_ref(), len)?;
        Ok(found.filter(|m| !sticky || m.start() == from))
    }

    /// Every match of `re` in `s` from `from` on, as successive `exec`
    /// calls of a global, non-sticky regexp find them, charged as they are
    /// found.
    pub fn regex_find_all(
        &mut self,
        re: &Compiled,
        s: JsStr,
        from: usize,
    ) -> JsResult<Vec<regress::Match>> {
        let len = self.heap.units(s).len();
        let mut all = Vec::new();
        if from > len {
            return Ok(all);
        }
        self.widen(s)?;
        let mut at = Some(from);
        while let Some(start) = at {
            let (batch, next) = self.matches_from(re, s, start, 64);
            let mut pos = start;
            for m in &batch {
                self.charge_search(pos, Some(m), len)?;
                pos = m.end().max(m.start() + 1);
            }
            if next.is_none() {
                self.charge_search(pos, None, len)?;
            }
            all.extend(batch);
            self.heap.check(all.len() * 64)?;
            at = next;
        }
        Ok(all)
    }
}

/// Steps charged per search, whatever it scans: the cost of starting the
/// matcher (and of the `exec` step around it).
const SEARCH_STEPS: u64 = 8;

/// Code units of input a search scans per step charged.
const UNITS_PER_STEP: u64 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn source_is_escaped() {
        let esc = |p: &str| String::from_utf16_lossy(&escape_pattern(&units(p)));
        assert_eq!(esc(""), "(?:)");
        assert_eq!(esc("a/b"), "a\\/b");
        assert_eq!(esc("[/]"), "[/]");
        assert_eq!(esc("\\/"), "\\/");
        assert_eq!(esc("\n"), "\\n");
        assert_eq!(esc("\\\n"), "\\n");
        assert_eq!(esc("[\\]/]/"), "[\\]/]\\/");
    }

    #[test]
    fn node_rejections() {
        assert!(compile("\\b*", "").is_err());
        assert!(compile("\\B{2}", "").is_err());
        assert!(compile("\\b{", "").is_ok());
        assert!(compile("(?i:a)", "").is_err());
        assert!(compile("[(?i:]", "").is_ok());
        assert!(compile("(", "").is_err());
        assert!(compile("a\\", "").is_err());
        let deep = format!("{}a{}", "(".repeat(129), ")".repeat(129));
        assert!(compile(&deep, "").is_err());
        let ok = format!("{}a{}", "(?:".repeat(128), ")".repeat(128));
        assert!(compile(&ok, "").is_ok());
        assert!(compile(&vec!["a"; 1002].join("|"), "").is_err());
        assert!(compile(&vec!["a"; 1001].join("|"), "").is_ok());
    }

    #[test]
    fn matching_is_by_code_unit() {
        let c = compile("^.$", "").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            c.regex
                .find_from_ucs2(&units("\u{1F600}"), 0)
                .next()
                .is_none()
        );
        let c = compile("\u{1F600}", "").unwrap_or_else(|e| panic!("{e}"));
        let m = c.regex.find_from_ucs2(&units("a\u{1F600}"), 0).next();
        assert_eq!(m.map(|m| m.range()), Some(1..3));
    }

    #[test]
    fn escapes_mean_code_units() {
        let find = |p: &str, s: &str| {
            let c = compile(p, "").unwrap_or_else(|e| panic!("{e}"));
            c.regex
                .find_from_ucs2(&units(s), 0)
                .next()
                .map(|m| m.range())
        };
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
                        let _ = c.regex.find_from_ucs2(inp, 0).next();
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
