//! The pattern methods of `String.prototype`: `match`, `replace`,
//! `replaceAll` (2.0), `search` and `split`, and GetSubstitution (the `$`
//! patterns of replacement strings), shared with `RegExp.prototype
//! [@@replace]`.
//!
//! In 2.0 a pattern argument's `@@replace`/`@@split` method is used when it
//! has one (ES2015's protocol; 2.0 lists both symbols on RegExp). Neither
//! runtime lists `@@match` or `@@search` on RegExp, so a RegExp argument of
//! `match` and `search` is matched directly (an object with its own
//! `@@match`/`@@search` is still honoured in 2.0). In 1.0, which has no
//! symbols, a RegExp argument is recognised by its class, as ES5.1 does.

use super::{Builder, index_in, len_of, new_str, split_searches, substring};
use crate::builtins::regexp;
use crate::features::Runtime;
use crate::heap::{Class, Key};
use crate::value::{JsStr, ObjRef, SymRef, Value};
use crate::vm::{Call, JsResult, Vm};
use smallvec::SmallVec;

/// Text a replacement refers to: a range of the subject string or another
/// string.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Part {
    /// Code units `start..end` of the subject.
    Range(usize, usize),
    /// A whole string.
    Str(JsStr),
}

impl Part {
    fn len(self, vm: &Vm) -> usize {
        match self {
            Part::Range(a, b) => b.saturating_sub(a),
            Part::Str(s) => len_of(vm, s),
        }
    }

    fn push(self, vm: &mut Vm, out: &mut Builder, subject: JsStr) -> JsResult<()> {
        match self {
            Part::Range(a, b) => out.push_range(vm, subject, a, b),
            Part::Str(s) => out.push_str(vm, s),
        }
    }

    /// The part as a string value.
    pub(crate) fn value(self, vm: &mut Vm, subject: JsStr) -> JsResult<Value> {
        Ok(Value::String(match self {
            Part::Range(a, b) => substring(vm, subject, a, b)?,
            Part::Str(s) => s,
        }))
    }
}

/// Where `$<name>` finds named groups.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Named<'a> {
    /// The pattern has no named groups: `$<` is literal text.
    None,
    /// The groups of a match made by the built-in `exec`.
    Match(&'a crate::regex::Match),
    /// A `groups` object (from a user-defined `exec`), read with `[[Get]]`.
    Object(ObjRef),
}

/// GetSubstitution (ECMA-262 §22.1.3.19.1): appends `template` with its
/// `$` patterns expanded. `$nn` takes two digits when that names a
/// capture, else one digit when that does, else it is literal text (what
/// V8 does where the specification leaves it open).
#[allow(clippy::too_many_arguments)]
pub(crate) fn get_substitution(
    vm: &mut Vm,
    out: &mut Builder,
    subject: JsStr,
    matched: Part,
    position: usize,
    captures: &[Option<Part>],
    named: Named<'_>,
    template: &[u16],
) -> JsResult<()> {
    let len = len_of(vm, subject);
    let tail = position.saturating_add(matched.len(vm)).min(len);
    let digit = |u: Option<&u16>| {
        u.copied()
            .filter(|c| (0x30..=0x39).contains(c))
            .map(|c| usize::from(c - 0x30))
    };
    let mut literal: Vec<u16> = Vec::new();
    let mut i = 0;
    while let Some(&c) = template.get(i) {
        let next = template.get(i + 1).copied();
        if c != u16::from(b'$') || next.is_none() {
            literal.push(c);
            i += 1;
            continue;
        }
        let mut part: Option<Part> = None;
        let mut named_value: Option<Value> = None;
        let consumed = match next.unwrap_or(0) {
            0x24 => {
                literal.push(c);
                2
            }
            0x26 => {
                part = Some(matched);
                2
            }
            0x60 => {
                part = Some(Part::Range(0, position.min(len)));
                2
            }
            0x27 => {
                part = Some(Part::Range(tail, len));
                2
            }
            0x30..=0x39 => {
                let d1 = digit(template.get(i + 1)).unwrap_or(0);
                let m = captures.len();
                match digit(template.get(i + 2)).map(|d2| d1 * 10 + d2) {
                    Some(nn) if (1..=m).contains(&nn) => {
                        part = captures.get(nn - 1).copied().flatten();
                        3
                    }
                    _ if (1..=m).contains(&d1) => {
                        part = captures.get(d1 - 1).copied().flatten();
                        2
                    }
                    _ => {
                        literal.push(c);
                        1
                    }
                }
            }
            0x3C => {
                let close = template
                    .get(i + 2..)
                    .and_then(|rest| rest.iter().position(|&u| u == u16::from(b'>')));
                match (named, close) {
                    (Named::None, _) | (_, None) => {
                        literal.push(c);
                        1
                    }
                    (Named::Match(m), Some(at)) => {
                        let name = String::from_utf16_lossy(
                            template.get(i + 2..i + 2 + at).unwrap_or(&[]),
                        );
                        let range = m
                            .named_groups()
                            .find(|(n, _)| *n == name)
                            .and_then(|(_, r)| r);
                        part = range.map(|r| Part::Range(r.start, r.end));
                        at + 3
                    }
                    (Named::Object(o), Some(at)) => {
                        let name = template.get(i + 2..i + 2 + at).unwrap_or(&[]);
                        let name = new_str(vm, name)?;
                        let key = vm.heap_mut().key_for(name)?;
                        named_value = Some(vm.get(Value::Object(o), key)?);
                        at + 3
                    }
                }
            }
            _ => {
                literal.push(c);
                1
            }
        };
        i += consumed;
        if part.is_some() || named_value.is_some() {
            out.push_units(vm, &literal)?;
            literal.clear();
        }
        if let Some(p) = part {
            p.push(vm, out, subject)?;
        }
        if let Some(v) = named_value.filter(|&v| v != Value::Undefined) {
            let s = vm.to_string(v)?;
            out.push_str(vm, s)?;
        }
    }
    out.push_units(vm, &literal)
}

/// RequireObjectCoercible(this).
fn coercible(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<Value> {
    if call.this.is_nullish() || call.this == Value::Empty {
        return Err(vm.type_error(format!(
            "String.prototype.{method} called on null or undefined"
        )));
    }
    Ok(call.this)
}

/// GetMethod(v, sym) in 2.0 when `v` is not `undefined` or `null`.
fn protocol_method(vm: &mut Vm, v: Value, sym: SymRef) -> JsResult<Option<Value>> {
    if vm.realm().runtime < Runtime::Js2 || v.is_nullish() {
        return Ok(None);
    }
    if let Value::String(_) = v {
        // A string separator or pattern, the usual argument: the built-in
        // prototypes on its chain define none of the protocol symbols, so
        // while the event has written neither of them, it has no method.
        let intr = vm.realm().intrinsics;
        if vm.heap().is_pristine(intr.string_proto) && vm.heap().is_pristine(intr.object_proto) {
            return Ok(None);
        }
    }
    let f = vm.get(v, Key::Sym(sym))?;
    if f.is_nullish() {
        return Ok(None);
    }
    if !vm.is_callable(f) {
        let k = vm.key_text(Key::Sym(sym));
        return Err(vm.type_error(format!("{k} is not a function")));
    }
    Ok(Some(f))
}

/// `v` as a RegExp object.
fn as_regexp(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Object(o) if matches!(vm.heap().obj(o).class, Class::RegExp(_)) => Some(o),
        _ => None,
    }
}

/// `String.prototype.match(regexp)`.
pub(super) fn match_(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = coercible(vm, &call, "match")?;
    let arg = call.arg(0);
    let sym = vm.realm().symbols.match_;
    if let Some(f) = protocol_method(vm, arg, sym)? {
        return vm.call(f, arg, &[o]);
    }
    let s = vm.to_string(o)?;
    let rx = match as_regexp(vm, arg) {
        Some(rx) => rx,
        None => regexp::create(vm, arg, Value::Undefined)?,
    };
    regexp::match_(vm, rx, s)
}

/// `String.prototype.search(regexp)`.
pub(super) fn search(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = coercible(vm, &call, "search")?;
    let arg = call.arg(0);
    let sym = vm.realm().symbols.search;
    if let Some(f) = protocol_method(vm, arg, sym)? {
        return vm.call(f, arg, &[o]);
    }
    let s = vm.to_string(o)?;
    let rx = match as_regexp(vm, arg) {
        Some(rx) => rx,
        None => regexp::create(vm, arg, Value::Undefined)?,
    };
    regexp::search(vm, rx, s)
}

/// The replacement for one occurrence of a string pattern.
fn replace_one(
    vm: &mut Vm,
    out: &mut Builder,
    s: JsStr,
    search: JsStr,
    at: usize,
    with: Replacement,
) -> JsResult<()> {
    match with {
        Replacement::Function(f) => {
            let args = [
                Value::String(search),
                Value::Number(at as f64),
                Value::String(s),
            ];
            let r = vm.call(f, Value::Undefined, &args)?;
            let r = vm.to_string(r)?;
            out.push_str(vm, r)
        }
        Replacement::Template(t) => {
            let template: Vec<u16> = vm.heap().units(t).iter().collect();
            get_substitution(
                vm,
                out,
                s,
                Part::Str(search),
                at,
                &[],
                Named::None,
                &template,
            )
        }
    }
}

/// A replace value: a function, or a template string.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Replacement {
    /// Called for each match.
    Function(Value),
    /// Expanded by GetSubstitution.
    Template(JsStr),
}

impl Replacement {
    /// Reads a replace value: callable, or converted with ToString.
    pub(crate) fn from_value(vm: &mut Vm, v: Value) -> JsResult<Replacement> {
        if vm.is_callable(v) {
            Ok(Replacement::Function(v))
        } else {
            Ok(Replacement::Template(vm.to_string(v)?))
        }
    }
}

/// `String.prototype.replace(searchValue, replaceValue)`.
pub(super) fn replace(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = coercible(vm, &call, "replace")?;
    let (search_value, replace_value) = (call.arg(0), call.arg(1));
    let sym = vm.realm().symbols.replace;
    if let Some(f) = protocol_method(vm, search_value, sym)? {
        return vm.call(f, search_value, &[o, replace_value]);
    }
    if vm.realm().runtime == Runtime::Js1 {
        if let Some(rx) = as_regexp(vm, search_value) {
            let s = vm.to_string(o)?;
            return regexp::replace(vm, rx, s, replace_value);
        }
    }
    let s = vm.to_string(o)?;
    let search = vm.to_string(search_value)?;
    let with = Replacement::from_value(vm, replace_value)?;
    let Some(at) = index_in(vm, s, search, 0)? else {
        return Ok(Value::String(s));
    };
    let mut out = Builder::new();
    out.push_range(vm, s, 0, at)?;
    replace_one(vm, &mut out, s, search, at, with)?;
    let end = at + len_of(vm, search);
    out.push_range(vm, s, end, usize::MAX)?;
    Ok(Value::String(out.finish(vm)?))
}

/// `String.prototype.replaceAll(searchValue, replaceValue)` (2.0).
pub(super) fn replace_all(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = coercible(vm, &call, "replaceAll")?;
    let (search_value, replace_value) = (call.arg(0), call.arg(1));
    if !search_value.is_nullish() {
        if super::is_regexp(vm, search_value)? {
            let flags_key = Key::Str(vm.realm().names.flags);
            let flags = vm.get(search_value, flags_key)?;
            if flags.is_nullish() {
                return Err(vm.type_error("String.prototype.replaceAll called with a RegExp whose flags are null or undefined"));
            }
            let flags = vm.to_string(flags)?;
            if !vm.heap().units(flags).iter().any(|u| u == u16::from(b'g')) {
                return Err(vm.type_error(
                    "String.prototype.replaceAll called with a non-global RegExp argument",
                ));
            }
        }
        let sym = vm.realm().symbols.replace;
        if let Some(f) = protocol_method(vm, search_value, sym)? {
            return vm.call(f, search_value, &[o, replace_value]);
        }
    }
    let s = vm.to_string(o)?;
    let search = vm.to_string(search_value)?;
    let with = Replacement::from_value(vm, replace_value)?;
    let search_len = len_of(vm, search);
    let advance = search_len.max(1);
    let mut positions = Vec::new();
    let mut next = index_in(vm, s, search, 0)?;
    while let Some(p) = next {
        vm.charge(1)?;
        positions.push(p);
        if positions.len() % 1024 == 0 {
            vm.heap_mut()
                .check(positions.len() * std::mem::size_of::<usize>())?;
        }
        next = index_in(vm, s, search, p + advance)?;
    }
    let mut out = Builder::new();
    let mut end_of_last = 0;
    for p in positions {
        out.push_range(vm, s, end_of_last, p)?;
        replace_one(vm, &mut out, s, search, p, with)?;
        end_of_last = p + search_len;
    }
    out.push_range(vm, s, end_of_last, usize::MAX)?;
    Ok(Value::String(out.finish(vm)?))
}

/// `String.prototype.split(separator, limit)`.
pub(super) fn split(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = coercible(vm, &call, "split")?;
    let (separator, limit) = (call.arg(0), call.arg(1));
    let sym = vm.realm().symbols.split;
    if let Some(f) = protocol_method(vm, separator, sym)? {
        return vm.call(f, separator, &[o, limit]);
    }
    if vm.realm().runtime == Runtime::Js1 {
        if let Some(rx) = as_regexp(vm, separator) {
            let s = vm.to_string(o)?;
            return regexp::split_matching(vm, rx, s, limit);
        }
    }
    let s = vm.to_string(o)?;
    let lim = match limit {
        Value::Undefined => u32::MAX,
        v => vm.to_uint32(v)?,
    } as usize;
    let r = vm.to_string(separator)?;
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(&[])?));
    }
    if separator == Value::Undefined {
        return Ok(Value::Object(vm.new_array(&[Value::String(s)])?));
    }
    let len = len_of(vm, s);
    let sep_len = len_of(vm, r);
    let mut parts: SmallVec<[Value; 8]> = SmallVec::new();
    if sep_len == 0 {
        for i in 0..len.min(lim) {
            vm.charge(1)?;
            let c = vm.heap().units(s).at(i);
            parts.push(Value::String(vm.char_string(c)?));
        }
        return Ok(Value::Object(vm.new_array(&parts)?));
    }
    if len == 0 {
        return Ok(Value::Object(vm.new_array(&[Value::String(s)])?));
    }
    let mut searches = SmallVec::new();
    let mut p = 0;
    if split_searches(vm, s, r, lim, &mut searches) {
        // The same searches, charges and parts as the loop below, with the
        // strings looked up once.
        for (found, work) in searches {
            if let Some(work) = work {
                vm.charge(work as u64 / 16)?;
            }
            let Some(q) = found else { break };
            if let Some(done) = split_part(vm, s, p..q, lim, &mut parts)? {
                return Ok(done);
            }
            p = q + sep_len;
        }
    } else {
        while let Some(q) = index_in(vm, s, r, p)? {
            if let Some(done) = split_part(vm, s, p..q, lim, &mut parts)? {
                return Ok(done);
            }
            p = q + sep_len;
        }
    }
    parts.push(Value::String(substring(vm, s, p, len)?));
    Ok(Value::Object(vm.new_array(&parts)?))
}

/// The part of `s` before a separator found by `split`, added to `parts`;
/// the result when it is the `lim`-th part.
fn split_part(
    vm: &mut Vm,
    s: JsStr,
    part: std::ops::Range<usize>,
    lim: usize,
    parts: &mut SmallVec<[Value; 8]>,
) -> JsResult<Option<Value>> {
    vm.charge(1)?;
    parts.push(Value::String(substring(vm, s, part.start, part.end)?));
    if parts.len() == lim {
        return Ok(Some(Value::Object(vm.new_array(parts)?)));
    }
    Ok(None)
}
