//! `String` and `String.prototype` (ECMA-262 §22.1): the ES5.1 members,
//! the ES2015+ members CloudFront lists (`codePointAt`, `includes`,
//! `startsWith`, `endsWith`, `repeat`, `padStart`, `padEnd`, `trimStart`,
//! `trimEnd`, `fromCodePoint`; `replaceAll` in 2.0 only), and in 1.0 the
//! njs byte-string methods (`bytes.rs`).
//!
//! Members neither runtime lists are absent: `at`, `matchAll`,
//! `normalize`, `raw`, `isWellFormed`, `toWellFormed`, the Annex B HTML
//! methods and the `trimLeft`/`trimRight` aliases.
//!
//! Strings are sequences of UTF-16 code units; every index is a code-unit
//! index and lone surrogates are kept as they are. The methods that take
//! patterns (`match`, `replace`, `replaceAll`, `search`, `split`) are in
//! `search.rs`.

mod bytes;
mod search;

pub(crate) use search::{Named, Part, Replacement, get_substitution};

use super::def;
use crate::features::Runtime;
use crate::heap::{Class, Units};
use crate::realm::RealmBuilder;
use crate::value::{JsStr, Value};
use crate::vm::{Call, JsResult, MAX_STRING_LENGTH, Vm, is_js_whitespace};
use std::cmp::Ordering;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.string_proto;
    b.methods(
        proto,
        &[
            def("charAt", 1, char_at),
            def("charCodeAt", 1, char_code_at),
            def("codePointAt", 1, code_point_at),
            def("concat", 1, concat),
            def("endsWith", 1, ends_with),
            def("includes", 1, includes),
            def("indexOf", 1, index_of),
            def("lastIndexOf", 1, last_index_of),
            def("localeCompare", 1, locale_compare),
            def("match", 1, search::match_),
            def("padEnd", 1, pad_end),
            def("padStart", 1, pad_start),
            def("repeat", 1, repeat),
            def("replace", 2, search::replace),
            def("search", 1, search::search),
            def("slice", 2, slice),
            def("split", 2, search::split),
            def("startsWith", 1, starts_with),
            def("substr", 2, substr),
            def("substring", 2, substring_method),
            def("toLowerCase", 0, to_lower_case),
            def("toLocaleLowerCase", 0, to_locale_lower_case),
            def("toUpperCase", 0, to_upper_case),
            def("toLocaleUpperCase", 0, to_locale_upper_case),
            def("toString", 0, to_string),
            def("trim", 0, trim),
            def("trimStart", 0, trim_start),
            def("trimEnd", 0, trim_end),
            def("valueOf", 0, value_of),
        ],
    );
    if b.runtime >= Runtime::Js2 {
        b.methods(proto, &[def("replaceAll", 2, search::replace_all)]);
    } else {
        bytes::install_prototype(b, proto);
    }
    let ctor = b.constructor(def("String", 1, string), proto);
    b.methods(
        ctor,
        &[
            def("fromCharCode", 1, from_char_code),
            def("fromCodePoint", 1, from_code_point),
        ],
    );
    if b.runtime == Runtime::Js1 {
        bytes::install_static(b, ctor);
    }
}

// -- Helpers shared with the RegExp built-ins ------------------------------

/// RequireObjectCoercible(this), then ToString.
pub(crate) fn this_string(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<JsStr> {
    match call.this {
        Value::String(s) => Ok(s),
        Value::Undefined | Value::Null | Value::Empty => {
            Err(vm.type_error(format!("{method} called on null or undefined")))
        }
        v => vm.to_string(v),
    }
}

/// The number of code units of `s`.
pub(crate) fn len_of(vm: &Vm, s: JsStr) -> usize {
    vm.heap().units(s).len()
}

/// A new string of `units`, charged by length.
pub(crate) fn new_str(vm: &mut Vm, units: &[u16]) -> JsResult<JsStr> {
    check_new_str(vm, units.len())?;
    Ok(vm.heap_mut().str_from_utf16(units)?)
}

/// [`new_str`] of code units that are all Latin-1, given as their bytes:
/// checked and charged the same, and stored as they would be, without
/// widening them first.
pub(crate) fn new_latin1_str(vm: &mut Vm, bytes: &[u8]) -> JsResult<JsStr> {
    check_new_str(vm, bytes.len())?;
    Ok(vm.heap_mut().str_from_latin1(bytes)?)
}

/// The length limit and the charge of a new string of `len` units.
fn check_new_str(vm: &mut Vm, len: usize) -> JsResult<()> {
    if len > MAX_STRING_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    vm.charge(len as u64 / 16)
}

/// The code units `start..end` of `s` (clamped) as a string, sharing `s`
/// or a one-unit string when it can.
pub(crate) fn substring(vm: &mut Vm, s: JsStr, start: usize, end: usize) -> JsResult<JsStr> {
    let units = vm.heap().units(s);
    let len = units.len();
    let end = end.min(len);
    if start >= end {
        return Ok(vm.realm().names.empty);
    }
    if start == 0 && end == len {
        return Ok(s);
    }
    if end - start == 1 {
        let c = units.at(start);
        return vm.char_string(c);
    }
    // (A substring is shorter than its string: no length check is due.)
    vm.charge((end - start) as u64 / 16)?;
    if let Some(made) = vm.heap_mut().latin1_substring(s, start, end) {
        return Ok(made?);
    }
    let copy: Vec<u16> = vm.heap().units(s).slice(start, end).iter().collect();
    Ok(vm.heap_mut().str_from_utf16(&copy)?)
}

/// A string under construction, held to the string-length limit and the
/// event's memory limit as it grows, and charged one step per 16 units.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    units: Vec<u16>,
}

impl Builder {
    /// An empty string.
    pub(crate) fn new() -> Builder {
        Builder::default()
    }

    fn reserve(&mut self, vm: &mut Vm, n: usize) -> JsResult<()> {
        let total = self.units.len().saturating_add(n);
        if total > MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        vm.charge(n.div_ceil(16) as u64)?;
        vm.heap_mut().check(total * 2)?;
        // Room for the append at once, and at first for the short texts
        // most results are: the unit-by-unit extends below would otherwise
        // grow the buffer several times.
        self.units.reserve(if self.units.capacity() == 0 {
            n.max(64)
        } else {
            n
        });
        Ok(())
    }

    /// Appends the units `start..end` of `s` (clamped).
    pub(crate) fn push_range(
        &mut self,
        vm: &mut Vm,
        s: JsStr,
        start: usize,
        end: usize,
    ) -> JsResult<()> {
        let end = end.min(len_of(vm, s));
        if start >= end {
            return Ok(());
        }
        self.reserve(vm, end - start)?;
        self.units
            .extend(vm.heap().units(s).slice(start, end).iter());
        Ok(())
    }

    /// Appends all of `s`.
    pub(crate) fn push_str(&mut self, vm: &mut Vm, s: JsStr) -> JsResult<()> {
        self.push_range(vm, s, 0, usize::MAX)
    }

    /// Appends code units.
    pub(crate) fn push_units(&mut self, vm: &mut Vm, units: &[u16]) -> JsResult<()> {
        self.reserve(vm, units.len())?;
        self.units.extend_from_slice(units);
        Ok(())
    }

    /// Appends `units` repeated and cut to `total` units.
    pub(crate) fn push_repeated(
        &mut self,
        vm: &mut Vm,
        units: &[u16],
        total: usize,
    ) -> JsResult<()> {
        if units.is_empty() {
            return Ok(());
        }
        self.reserve(vm, total)?;
        self.units.extend(units.iter().copied().cycle().take(total));
        Ok(())
    }

    /// The string built.
    pub(crate) fn finish(self, vm: &mut Vm) -> JsResult<JsStr> {
        Ok(vm.heap_mut().str_from_utf16(&self.units)?)
    }
}

/// Where `needle` occurs in `hay` starting at one of `starts` (searched
/// upwards, or downwards when `backwards`), and the number of code units
/// compared on the way.
fn find(
    hay: Units<'_>,
    needle: Units<'_>,
    starts: std::ops::Range<usize>,
    backwards: bool,
) -> (Option<usize>, usize) {
    match (hay, needle) {
        (Units::Latin1(h), Units::Latin1(n)) if !backwards => find_latin1(h, n, starts),
        (Units::Latin1(h), Units::Latin1(n)) => find_in(h, n, starts, backwards),
        (Units::Latin1(h), Units::Utf16(n)) => find_in(h, n, starts, backwards),
        (Units::Utf16(h), Units::Latin1(n)) => find_in(h, n, starts, backwards),
        (Units::Utf16(h), Units::Utf16(n)) => find_in(h, n, starts, backwards),
    }
}

/// [`find_in`] upwards for Latin-1 text, the commonest search (`includes`,
/// `indexOf`, `split` on a URI or a header): `memchr` skips the starts
/// whose first unit differs, and the count of units compared comes out as
/// `find_in` counts it (one for each such start), so the steps charged for
/// it do not change.
fn find_latin1(h: &[u8], n: &[u8], starts: std::ops::Range<usize>) -> (Option<usize>, usize) {
    let Some(&first) = n.first() else {
        return find_in(h, n, starts, false);
    };
    // A start whose window would run past the end is not tried (and not
    // counted), as in `find_in`.
    let end = match h.len().checked_sub(n.len()) {
        Some(last) => starts.end.min(last + 1),
        None => return (None, 0),
    };
    let (mut work, mut i) = (0, starts.start);
    while i < end {
        let Some(skipped) = h.get(i..end).and_then(|rest| position_of(first, rest)) else {
            return (None, work + (end - i));
        };
        let at = i + skipped;
        let window = h.get(at..at + n.len()).unwrap_or_default();
        let same = window.iter().zip(n).take_while(|(a, b)| a == b).count();
        work += skipped + same + 1;
        if same == n.len() {
            return (Some(at), work);
        }
        i = at + 1;
    }
    (None, work)
}

/// Where byte `b` first occurs in `bytes`: by a plain loop for a short
/// slice, whose setup `memchr` would not pay back.
fn position_of(b: u8, bytes: &[u8]) -> Option<usize> {
    if bytes.len() < 32 {
        bytes.iter().position(|&x| x == b)
    } else {
        memchr::memchr(b, bytes)
    }
}

fn find_in<A: Copy + Into<u16>, B: Copy + Into<u16>>(
    h: &[A],
    n: &[B],
    starts: std::ops::Range<usize>,
    backwards: bool,
) -> (Option<usize>, usize) {
    let mut work = 0;
    let mut try_at = |i: usize| {
        let Some(window) = h.get(i..i + n.len()) else {
            return false;
        };
        let same = window
            .iter()
            .zip(n)
            .take_while(|&(&a, &b)| a.into() == b.into())
            .count();
        work += same + 1;
        same == n.len()
    };
    let found = if backwards {
        starts.rev().find(|&i| try_at(i))
    } else {
        starts.into_iter().find(|&i| try_at(i))
    };
    (found, work)
}

/// The starts of the slice searched next, between `lo` and `hi`: the
/// lowest ones upwards, the highest ones downwards.
fn next_slice(lo: usize, hi: usize, slice: usize, backwards: bool) -> std::ops::Range<usize> {
    if backwards {
        hi.saturating_sub(slice).max(lo)..hi
    } else {
        lo..(lo + slice).min(hi)
    }
}

/// How many start positions [`search_in`] tries per slice, and charges
/// for together, for a needle of `needle_len` units: a slice compares
/// about 64K units.
fn slice_starts(needle_len: usize) -> usize {
    ((1usize << 16) / (needle_len + 1)).max(1)
}

/// Searches `search` in `s` from `from` (upwards; downwards from `from`
/// when `backwards`), charging the units compared as it goes, so that a
/// worst-case search stops when the budget does. The first slice, the
/// only one of nearly every search, uses the strings as they were looked
/// up for their lengths.
fn search_in(
    vm: &mut Vm,
    s: JsStr,
    search: JsStr,
    from: usize,
    backwards: bool,
) -> JsResult<Option<usize>> {
    let (h, n) = (vm.heap().units(s), vm.heap().units(search));
    let Some(last) = h.len().checked_sub(n.len()) else {
        return Ok(None);
    };
    let slice = slice_starts(n.len());
    let (mut lo, mut hi) = if backwards {
        (0, from.min(last) + 1)
    } else {
        (from, last + 1)
    };
    if lo >= hi {
        return Ok(None);
    }
    let mut starts = next_slice(lo, hi, slice, backwards);
    let (mut found, mut work) = find(h, n, starts.clone(), backwards);
    loop {
        vm.charge(work as u64 / 16)?;
        if found.is_some() {
            return Ok(found);
        }
        if backwards {
            hi = starts.start;
        } else {
            lo = starts.end;
        }
        if lo >= hi {
            return Ok(None);
        }
        starts = next_slice(lo, hi, slice, backwards);
        (found, work) = find(
            vm.heap().units(s),
            vm.heap().units(search),
            starts.clone(),
            backwards,
        );
    }
}

/// StringIndexOf: the first occurrence of `search` in `s` at `from` or
/// later. (An empty `search` is found by the first start tried, `from`,
/// when that is not past the end, as the definition has it.)
pub(crate) fn index_in(
    vm: &mut Vm,
    s: JsStr,
    search: JsStr,
    from: usize,
) -> JsResult<Option<usize>> {
    search_in(vm, s, search, from, false)
}

/// One search of [`split_searches`]: where the separator was found, and
/// the units compared, which [`search_in`] charges (`None` when it returns
/// before comparing any, charging nothing).
pub(crate) type SplitSearch = (Option<usize>, Option<usize>);

/// The searches `split` makes for `separator` in `s` (`index_in` from the
/// start, then from after each separator found, until one fails or
/// `limit` are found), made at once on the strings as they are stored,
/// each with what `search_in` would find and charge. `false`, with `out`
/// as it was, when a search would take more than one slice (a string of
/// tens of thousands of units), whose charges `search_in` divides: the
/// caller then searches one separator at a time.
pub(crate) fn split_searches(
    vm: &Vm,
    s: JsStr,
    separator: JsStr,
    limit: usize,
    out: &mut smallvec::SmallVec<[SplitSearch; 16]>,
) -> bool {
    let (h, n) = (vm.heap().units(s), vm.heap().units(separator));
    // The last start a search may try; the first search is the widest.
    let last = h.len().checked_sub(n.len());
    if last.is_some_and(|last| last + 1 > slice_starts(n.len())) {
        return false;
    }
    let (mut from, mut found) = (0, 0);
    while found < limit {
        let Some(last) = last.filter(|&last| from <= last) else {
            out.push((None, None));
            break;
        };
        let (at, work) = find(h, n, from..last + 1, false);
        out.push((at, Some(work)));
        let Some(q) = at else { break };
        found += 1;
        from = q + n.len();
    }
    true
}

/// A position argument clamped to `0..=len` (ToIntegerOrInfinity first).
fn clamp_position(vm: &mut Vm, v: Value, len: usize) -> JsResult<usize> {
    if v == Value::Undefined {
        // The usual case, an absent position: ToIntegerOrInfinity of
        // `undefined` (NaN) is 0, with no conversion to make.
        return Ok(0);
    }
    let n = vm.to_integer(v)?;
    Ok(n.clamp(0.0, len as f64) as usize)
}

/// [`clamp_position`] in string `s`, whose length is only looked up when
/// a position is given.
fn position_in(vm: &mut Vm, v: Value, s: JsStr) -> JsResult<usize> {
    if v == Value::Undefined {
        return Ok(0);
    }
    let len = len_of(vm, s);
    clamp_position(vm, v, len)
}

/// IsRegExp (ECMA-262 §7.2.8): an object whose `@@match` is truthy, or a
/// RegExp when it has none.
pub(crate) fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else {
        return Ok(false);
    };
    let key = crate::heap::Key::Sym(vm.realm().symbols.match_);
    let matcher = vm.get(v, key)?;
    if matcher != Value::Undefined {
        return Ok(vm.truthy(matcher));
    }
    Ok(matches!(vm.heap().obj(o).class, Class::RegExp(_)))
}

/// The search string of `includes`, `startsWith`, `endsWith`: not a
/// regular expression.
fn search_string(vm: &mut Vm, v: Value, method: &str) -> JsResult<JsStr> {
    if let Value::String(s) = v {
        // The usual case: neither a regular expression nor converted.
        return Ok(s);
    }
    if is_regexp(vm, v)? {
        return Err(vm.type_error(format!(
            "First argument to String.prototype.{method} must not be a regular expression"
        )));
    }
    vm.to_string(v)
}

/// Whether the units `h` have the units `n` at `at`.
fn has_at(h: Units<'_>, n: Units<'_>, at: usize) -> bool {
    at + n.len() <= h.len() && h.slice(at, at + n.len()).same(n)
}

// -- The constructor and statics -----------------------------------------

/// `String(value)` and `new String(value)`.
fn string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = match call.args.first() {
        None => vm.realm().names.empty,
        Some(&Value::Symbol(sym)) if call.new_target.is_none() => {
            return Ok(Value::String(symbol_descriptive_string(vm, sym)?));
        }
        Some(&v) => vm.to_string(v)?,
    };
    let Some(nt) = call.new_target else {
        return Ok(Value::String(s));
    };
    let proto = vm.realm().intrinsics.string_proto;
    let o = vm.ordinary_create_from(nt, proto, Class::StringBox(s))?;
    let len = len_of(vm, s) as u32;
    vm.heap_mut().obj_mut(o)?.length = len;
    Ok(Value::Object(o))
}

/// SymbolDescriptiveString: `Symbol(description)`.
fn symbol_descriptive_string(vm: &mut Vm, sym: crate::value::SymRef) -> JsResult<JsStr> {
    let mut b = Builder::new();
    b.push_units(vm, &"Symbol(".encode_utf16().collect::<Vec<_>>())?;
    if let Some(d) = vm.heap().symbol(sym).description {
        b.push_str(vm, d)?;
    }
    b.push_units(vm, &[u16::from(b')')])?;
    b.finish(vm)
}

/// `String.fromCharCode(...codeUnits)`: ToUint16 of each argument.
fn from_char_code(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut units = Vec::with_capacity(call.args.len());
    for &v in call.args {
        vm.charge(1)?;
        units.push(vm.to_uint32(v)? as u16);
    }
    Ok(Value::String(new_str(vm, &units)?))
}

/// `String.fromCodePoint(...codePoints)`.
fn from_code_point(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut units = Vec::with_capacity(call.args.len());
    for &v in call.args {
        vm.charge(1)?;
        let n = vm.to_number(v)?;
        if n.fract() != 0.0 || !(0.0..=1_114_111.0).contains(&n) {
            let shown = crate::number::to_js_string(n);
            return Err(vm.range_error(format!("Invalid code point {shown}")));
        }
        let mut buf = [0u16; 2];
        match char::from_u32(n as u32) {
            Some(c) => units.extend_from_slice(c.encode_utf16(&mut buf)),
            // A surrogate code point is one code unit.
            None => units.push(n as u16),
        }
    }
    Ok(Value::String(new_str(vm, &units)?))
}

// -- Prototype methods -----------------------------------------------------

/// thisStringValue: a string or a String object.
fn this_string_value(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<JsStr> {
    match call.this {
        Value::String(s) => Ok(s),
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::StringBox(s) => Ok(s),
            _ => Err(vm.type_error(format!(
                "String.prototype.{method} requires that 'this' be a String"
            ))),
        },
        _ => Err(vm.type_error(format!(
            "String.prototype.{method} requires that 'this' be a String"
        ))),
    }
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::String(this_string_value(vm, &call, "toString")?))
}

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::String(this_string_value(vm, &call, "valueOf")?))
}

/// The code unit at a ToIntegerOrInfinity position, if in range.
fn unit_at(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<Option<u16>> {
    let s = this_string(vm, call, method)?;
    let pos = vm.to_integer(call.arg(0))?;
    let units = vm.heap().units(s);
    Ok((pos >= 0.0 && pos < units.len() as f64).then(|| units.at(pos as usize)))
}

fn char_at(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    match unit_at(vm, &call, "String.prototype.charAt")? {
        Some(c) => Ok(Value::String(vm.char_string(c)?)),
        None => Ok(Value::String(vm.realm().names.empty)),
    }
}

fn char_code_at(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let c = unit_at(vm, &call, "String.prototype.charCodeAt")?;
    Ok(Value::Number(c.map_or(f64::NAN, f64::from)))
}

/// CodePointAt: the code point at `i` and how many units it takes.
pub(crate) fn code_point_at_index(units: Units<'_>, i: usize) -> (u32, usize) {
    let first = units.at(i);
    if (0xD800..=0xDBFF).contains(&first) && i + 1 < units.len() {
        let second = units.at(i + 1);
        if (0xDC00..=0xDFFF).contains(&second) {
            return (
                0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00),
                2,
            );
        }
    }
    (u32::from(first), 1)
}

fn code_point_at(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.codePointAt")?;
    let pos = vm.to_integer(call.arg(0))?;
    let units = vm.heap().units(s);
    if pos < 0.0 || pos >= units.len() as f64 {
        return Ok(Value::Undefined);
    }
    Ok(Value::Number(f64::from(
        code_point_at_index(units, pos as usize).0,
    )))
}

fn concat(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.concat")?;
    let mut parts = Vec::with_capacity(call.args.len() + 1);
    parts.push(s);
    for &v in call.args {
        vm.charge(1)?;
        parts.push(vm.to_string(v)?);
    }
    Ok(Value::String(vm.concat(&parts)?))
}

fn ends_with(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.endsWith")?;
    let search = search_string(vm, call.arg(0), "endsWith")?;
    let end = match call.arg(1) {
        Value::Undefined => None,
        v => Some(position_in(vm, v, s)?),
    };
    let (h, n) = (vm.heap().units(s), vm.heap().units(search));
    let end = end.unwrap_or(h.len());
    let found = end >= n.len() && has_at(h, n, end - n.len());
    let units = n.len();
    vm.charge(units as u64 / 16)?;
    Ok(Value::Bool(found))
}

fn starts_with(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.startsWith")?;
    let search = search_string(vm, call.arg(0), "startsWith")?;
    let start = position_in(vm, call.arg(1), s)?;
    let (h, n) = (vm.heap().units(s), vm.heap().units(search));
    let found = has_at(h, n, start);
    let units = n.len();
    vm.charge(units as u64 / 16)?;
    Ok(Value::Bool(found))
}

fn includes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.includes")?;
    let search = search_string(vm, call.arg(0), "includes")?;
    let start = position_in(vm, call.arg(1), s)?;
    Ok(Value::Bool(index_in(vm, s, search, start)?.is_some()))
}

fn index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.indexOf")?;
    let search = vm.to_string(call.arg(0))?;
    let start = position_in(vm, call.arg(1), s)?;
    Ok(Value::Number(
        index_in(vm, s, search, start)?.map_or(-1.0, |i| i as f64),
    ))
}

fn last_index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.lastIndexOf")?;
    let search = vm.to_string(call.arg(0))?;
    let num = vm.to_number(call.arg(1))?;
    let pos = if num.is_nan() {
        f64::INFINITY
    } else {
        crate::vm::to_integer(num)
    };
    let len = len_of(vm, s);
    let start = pos.clamp(0.0, len as f64) as usize;
    let found = search_in(vm, s, search, start, true)?;
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// `localeCompare`: code-unit order (edgefn has no locale data; njs
/// compares the same way).
fn locale_compare(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.localeCompare")?;
    let that = vm.to_string(call.arg(0))?;
    vm.charge(len_of(vm, s).min(len_of(vm, that)) as u64 / 16)?;
    Ok(Value::Number(
        match vm.heap().units(s).compare(vm.heap().units(that)) {
            Ordering::Less => -1.0,
            Ordering::Equal => 0.0,
            Ordering::Greater => 1.0,
        },
    ))
}

/// StringPad.
fn pad(vm: &mut Vm, call: &Call<'_>, method: &str, at_start: bool) -> JsResult<Value> {
    let s = this_string(vm, call, method)?;
    let max = vm.to_length(call.arg(0))?;
    let len = len_of(vm, s);
    if max <= len as f64 {
        return Ok(Value::String(s));
    }
    let filler: Vec<u16> = match call.arg(1) {
        Value::Undefined => vec![u16::from(b' ')],
        v => {
            let f = vm.to_string(v)?;
            vm.heap().units(f).iter().collect()
        }
    };
    if filler.is_empty() {
        return Ok(Value::String(s));
    }
    if max > MAX_STRING_LENGTH as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let mut b = Builder::new();
    if !at_start {
        b.push_str(vm, s)?;
    }
    b.push_repeated(vm, &filler, max as usize - len)?;
    if at_start {
        b.push_str(vm, s)?;
    }
    Ok(Value::String(b.finish(vm)?))
}

fn pad_start(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    pad(vm, &call, "String.prototype.padStart", true)
}

fn pad_end(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    pad(vm, &call, "String.prototype.padEnd", false)
}

fn repeat(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.repeat")?;
    let count = vm.to_number(call.arg(0))?;
    let n = crate::vm::to_integer(count);
    if n < 0.0 || n == f64::INFINITY {
        let shown = crate::number::to_js_string(count);
        return Err(vm.range_error(format!("Invalid count value: {shown}")));
    }
    let len = len_of(vm, s);
    if n == 0.0 || len == 0 {
        return Ok(Value::String(vm.realm().names.empty));
    }
    if n * len as f64 > MAX_STRING_LENGTH as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let units: Vec<u16> = vm.heap().units(s).iter().collect();
    let mut b = Builder::new();
    b.push_repeated(vm, &units, n as usize * len)?;
    Ok(Value::String(b.finish(vm)?))
}

fn slice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.slice")?;
    let len = len_of(vm, s) as f64;
    let from = vm.relative_index(call.arg(0), len, 0.0)?;
    let to = vm.relative_index(call.arg(1), len, len)?;
    Ok(Value::String(substring(vm, s, from as usize, to as usize)?))
}

fn substring_method(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.substring")?;
    let len = len_of(vm, s);
    let start = clamp_position(vm, call.arg(0), len)?;
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => clamp_position(vm, v, len)?,
    };
    Ok(Value::String(substring(
        vm,
        s,
        start.min(end),
        start.max(end),
    )?))
}

/// `substr` (Annex B, listed by both runtimes).
fn substr(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_string(vm, &call, "String.prototype.substr")?;
    let size = len_of(vm, s) as f64;
    let start = vm.relative_index(call.arg(0), size, 0.0)?;
    let length = match call.arg(1) {
        Value::Undefined => size,
        v => vm.to_integer(v)?.clamp(0.0, size),
    };
    let end = (start + length).min(size);
    Ok(Value::String(substring(
        vm,
        s,
        start as usize,
        end as usize,
    )?))
}

/// Full Unicode case mapping of a string; lone surrogates are kept (they
/// are neither cased nor case-ignorable, so they also end the context the
/// final-sigma rule looks at).
fn map_case(units: Units<'_>, upper: bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let mapped = if upper {
            run.to_uppercase()
        } else {
            run.to_lowercase()
        };
        out.extend(mapped.encode_utf16());
        run.clear();
    };
    for r in char::decode_utf16(units.iter()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// What [`convert_case`] does with a string, found before anything is
/// charged (looking costs nothing observable).
enum CaseWork {
    /// Nothing: the string is ASCII already in the case.
    None,
    /// Map the ASCII bytes from this one, the first that changes.
    Ascii(usize),
    /// Full Unicode case mapping.
    Unicode,
}

fn convert_case(vm: &mut Vm, call: &Call<'_>, method: &str, upper: bool) -> JsResult<Value> {
    let s = this_string(vm, call, method)?;
    let units = vm.heap().units(s);
    let len = units.len();
    // ASCII, the usual case (paths, header and parameter names): a string
    // already in the case is its own result, and the mapped bytes go
    // straight into a new Latin-1 string, copied whole and mapped from
    // the first that changes. One pass finds that byte or the first that
    // is not ASCII (whose case Latin-1 may not hold: the general path maps
    // those).
    let stops = |c: &u8| {
        !c.is_ascii()
            || if upper {
                c.is_ascii_lowercase()
            } else {
                c.is_ascii_uppercase()
            }
    };
    let work = match units.latin1().map(|b| (b, b.iter().position(stops))) {
        Some((_, None)) => CaseWork::None,
        Some((bytes, Some(first))) if bytes[first..].is_ascii() => CaseWork::Ascii(first),
        _ => CaseWork::Unicode,
    };
    vm.charge(1 + len as u64 / 16)?;
    match work {
        CaseWork::None => return Ok(Value::String(s)),
        CaseWork::Ascii(first) => {
            // What `new_str` charges for the same units.
            vm.charge(len as u64 / 16)?;
            let map = |b: &mut [u8]| {
                if upper {
                    b.make_ascii_uppercase();
                } else {
                    b.make_ascii_lowercase();
                }
            };
            // (`s` is Latin-1, so the copy is always made: no `None`.)
            if let Some(mapped) = vm.heap_mut().map_latin1(s, first, map) {
                return Ok(Value::String(mapped?));
            }
        }
        CaseWork::Unicode => {}
    }
    let mapped = map_case(vm.heap().units(s), upper);
    if vm.heap().units(s).iter().eq(mapped.iter().copied()) {
        return Ok(Value::String(s));
    }
    Ok(Value::String(new_str(vm, &mapped)?))
}

fn to_lower_case(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    convert_case(vm, &call, "String.prototype.toLowerCase", false)
}

fn to_upper_case(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    convert_case(vm, &call, "String.prototype.toUpperCase", true)
}

/// `toLocaleLowerCase`: edgefn has no locale data, so the root mapping.
fn to_locale_lower_case(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    convert_case(vm, &call, "String.prototype.toLocaleLowerCase", false)
}

/// `toLocaleUpperCase`: the root mapping, as `toLocaleLowerCase`.
fn to_locale_upper_case(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    convert_case(vm, &call, "String.prototype.toLocaleUpperCase", true)
}

/// TrimString: white space and line terminators off either end.
fn trim_ends(
    vm: &mut Vm,
    call: &Call<'_>,
    method: &str,
    start: bool,
    end: bool,
) -> JsResult<Value> {
    let s = this_string(vm, call, method)?;
    let units = vm.heap().units(s);
    let len = units.len();
    let from = if start {
        units
            .iter()
            .position(|u| !is_js_whitespace(u))
            .unwrap_or(len)
    } else {
        0
    };
    let to = if end {
        (from..len)
            .rev()
            .find(|&i| !is_js_whitespace(units.at(i)))
            .map_or(from, |i| i + 1)
    } else {
        len
    };
    vm.charge(1 + len as u64 / 16)?;
    Ok(Value::String(substring(vm, s, from, to)?))
}

fn trim(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    trim_ends(vm, &call, "String.prototype.trim", true, true)
}

fn trim_start(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    trim_ends(vm, &call, "String.prototype.trimStart", true, false)
}

fn trim_end(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    trim_ends(vm, &call, "String.prototype.trimEnd", false, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn find_both_ways() {
        let h = u("abcabc");
        let f = |n: &[u8], r: std::ops::Range<usize>, back: bool| {
            find(Units::Utf16(&h), Units::Latin1(n), r, back).0
        };
        assert_eq!(f(b"bc", 0..5, false), Some(1));
        assert_eq!(f(b"bc", 2..5, false), Some(4));
        assert_eq!(f(b"bc", 0..5, true), Some(4));
        assert_eq!(f(b"bc", 0..4, true), Some(1));
        assert_eq!(f(b"bc", 2..4, true), None);
        assert_eq!(
            find(Units::Latin1(b"ab"), Units::Latin1(b"abc"), 0..1, false).0,
            None
        );
    }

    proptest::proptest! {
        /// The Latin-1 search finds what the general one finds and counts
        /// the same work (the steps charged), on small alphabets where
        /// partial matches are frequent, over any range of starts.
        #[test]
        fn latin1_search_matches_the_general_one(
            h in proptest::collection::vec(b'a'..b'd', 0..40),
            n in proptest::collection::vec(b'a'..b'd', 0..5),
            start in 0usize..45,
            len in 0usize..45,
        ) {
            let starts = start..start + len;
            proptest::prop_assert_eq!(
                find_latin1(&h, &n, starts.clone()),
                find_in(&h, &n, starts, false)
            );
        }

        /// `split_searches` finds what the `index_in` calls of `split`'s
        /// loop find, search by search, and its work comes to the steps
        /// they charge; also when the text is UTF-16.
        #[test]
        fn split_searches_are_the_searches_of_the_loop(
            h in proptest::collection::vec(b'a'..b'd', 0..300),
            n in proptest::collection::vec(b'a'..b'd', 1..4),
            limit in 0usize..8,
            wide in proptest::bool::ANY,
        ) {
            let compiled = crate::compile("", Runtime::Js2, &crate::Limits::default(), "t.js")
                .expect("compiles");
            let mut vm = compiled.vm(&crate::Limits::default());
            vm.begin_event(0.0, 1);
            let s = if wide {
                let mut units: Vec<u16> = h.iter().map(|&b| u16::from(b)).collect();
                units.push(0x20AC);
                vm.heap_mut().str_from_utf16(&units).expect("room")
            } else {
                vm.heap_mut().str_from_latin1(&h).expect("room")
            };
            let r = vm.heap_mut().str_from_latin1(&n).expect("room");
            let mut fast = smallvec::SmallVec::new();
            proptest::prop_assert!(split_searches(&vm, s, r, limit, &mut fast));
            let fast: Vec<_> = fast
                .into_iter()
                .map(|(at, work)| (at, work.map_or(0, |w| w as u64 / 16)))
                .collect();
            let (mut slow, mut from, mut found) = (Vec::new(), 0, 0);
            while found < limit {
                let before = vm.steps_left();
                let at = index_in(&mut vm, s, r, from).expect("within budget");
                slow.push((at, before - vm.steps_left()));
                match at {
                    Some(q) => (from, found) = (q + n.len(), found + 1),
                    None => break,
                }
            }
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn case_mapping() {
        let up = |s: &str| String::from_utf16_lossy(&map_case(Units::Utf16(&u(s)), true));
        let low = |s: &str| String::from_utf16_lossy(&map_case(Units::Utf16(&u(s)), false));
        assert_eq!(up("straße"), "STRASSE");
        assert_eq!(low("ΑΣ Σ"), "ας σ");
        assert_eq!(
            map_case(Units::Utf16(&[0xD800, 0x61]), true),
            vec![0xD800, 0x41]
        );
    }
}
