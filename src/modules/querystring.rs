//! The `querystring` module (§4.2): `parse`/`decode`, `stringify`/`encode`,
//! `escape` and `unescape`, with Node's algorithms (Node is the oracle;
//! njs's differences are noted where they matter):
//!
//! - `parse(str, sep, eq, options)` returns an object without a prototype
//!   (njs: the same; Node: a prototype that is itself prototype-less). A
//!   non-string or empty `str` gives an empty object. `sep`/`eq` default
//!   to `&`/`=` when falsy and are otherwise `String(x)`, of any length.
//!   `options.maxKeys` (a number; default 1000; 0, negative or NaN:
//!   unlimited) counts pairs, including empty ones between separators.
//!   `options.decodeURIComponent` replaces `querystring.unescape` (read
//!   from the module object when `parse` runs, as Node does). `+` means a
//!   space. Keys and values are decoded only when they contain a valid
//!   `%XX` (or always, with a custom decoder); a decoder that throws is
//!   retried with `querystring.unescape(s, true)`. A repeated key makes an
//!   array.
//! - `unescape(s, decodeSpaces)` is `decodeURIComponent(s)`; when that
//!   throws (a malformed escape or invalid UTF-8), Node's byte-wise
//!   fallback: valid `%XX` become bytes, every other code unit becomes
//!   its low byte, `+` a space when `decodeSpaces`, and the bytes are
//!   read as UTF-8 with U+FFFD for invalid sequences. (njs keeps non-byte
//!   characters whole there: `'€%'` unescapes to `'€%'` in njs, `'\uFFFD%'`
//!   in Node.)
//! - `stringify(obj, sep, eq, options)` walks `Object.keys(obj)`; an array
//!   value gives one pair per element (none for an empty array), a string
//!   is escaped, a finite number is written as is (escaped at 1e21 and
//!   beyond, whose form has a `+`), a boolean as `true`/`false`, anything
//!   else (objects, null, undefined, NaN, Infinity) as the empty string.
//!   `options.encodeURIComponent` replaces `querystring.escape`. `sep` and
//!   `eq` are converted to strings once, when first needed.
//! - `escape(s)` percent-encodes the UTF-8 of `s` except
//!   `A-Z a-z 0-9 - _ . ! ~ * ' ( )`. As in Node, a surrogate (high or
//!   low) takes the next code unit as its pair, whatever it is, and one at
//!   the very end is `URIError: URI malformed`.

use crate::builtins::{def, name_key};
use crate::heap::{Attrs, Units};
use crate::realm::RealmBuilder;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, ErrorKind, Hint, JsResult, Throw, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let module = b.object(Some(object_proto));
    let parse_fn = b.function(def("parse", 4, parse), false);
    let stringify_fn = b.function(def("stringify", 4, stringify), false);
    let escape_fn = b.function(def("escape", 1, escape), false);
    let unescape_fn = b.function(def("unescape", 2, unescape), false);
    // As in Node, `decode` and `encode` are the same functions as `parse`
    // and `stringify`, and every member is enumerable.
    for (name, f) in [
        ("unescape", unescape_fn),
        ("escape", escape_fn),
        ("stringify", stringify_fn),
        ("encode", stringify_fn),
        ("parse", parse_fn),
        ("decode", parse_fn),
    ] {
        b.value(module, name, Value::Object(f), Attrs::DEFAULT);
    }
    let m = &mut b.intrinsics.modules;
    m.querystring = module;
    m.qs_escape = escape_fn;
    m.qs_unescape = unescape_fn;
}

/// Compute steps for one key/value pair parsed (two strings made, a
/// property read and written): measured at about fifty times a simple
/// step's time, charged conservatively.
const PAIR_STEPS: u64 = 16;
/// Compute steps for one key or value that `stringify` writes.
const FIELD_STEPS: u64 = 4;

/// Code units as a `Vec`, for building strings.
type Buf = Vec<u16>;

/// Fails with the memory limit's error when a result of `len` code units
/// would not fit in what the event may still allocate: results are built
/// in Rust buffers before they become heap strings.
fn check_room(vm: &mut Vm, len: usize) -> JsResult<()> {
    Ok(vm.heap_mut().check(len.saturating_mul(2))?)
}

fn new_string(vm: &mut Vm, units: &[u16]) -> JsResult<Value> {
    Ok(Value::String(vm.heap_mut().str_from_utf16(units)?))
}

fn units_of(vm: &Vm, s: JsStr) -> Buf {
    vm.heap().units(s).iter().collect()
}

fn hex_digit(u: u16) -> Option<u8> {
    char::from_u32(u32::from(u))?.to_digit(16).map(|d| d as u8)
}

const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";

fn push_escaped_byte(out: &mut Buf, b: u8) {
    out.push(u16::from(b'%'));
    out.push(u16::from(UPPER_HEX[usize::from(b >> 4)]));
    out.push(u16::from(UPPER_HEX[usize::from(b & 15)]));
}

/// The ASCII characters `escape` leaves alone.
fn unreserved(u: u16) -> bool {
    matches!(
        u8::try_from(u),
        Ok(
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')',
        )
    )
}

/// Node's `querystring.escape` on code units; `None` for a surrogate at
/// the very end (URI malformed).
fn escape_units(units: Units<'_>) -> Option<Buf> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let c = units.at(i);
        let code = if c < 0x80 {
            if unreserved(c) {
                out.push(c);
            } else {
                push_escaped_byte(&mut out, c as u8);
            }
            i += 1;
            continue;
        } else if (0xD800..0xE000).contains(&c) {
            // Whatever follows is taken as the low half.
            i += 1;
            if i >= units.len() {
                return None;
            }
            0x10000 + ((u32::from(c & 0x3FF) << 10) | u32::from(units.at(i) & 0x3FF))
        } else {
            u32::from(c)
        };
        let mut buf = [0u8; 4];
        let ch = char::from_u32(code).unwrap_or('\u{FFFD}');
        for &b in ch.encode_utf8(&mut buf).as_bytes() {
            push_escaped_byte(&mut out, b);
        }
        i += 1;
    }
    Some(out)
}

/// `decodeURIComponent` (ECMA-262 Decode with no reserved set): `None`
/// where it throws a URIError.
fn decode_uri_component(units: Units<'_>) -> Option<Buf> {
    let len = units.len();
    let byte_at = |k: usize| -> Option<u8> {
        if k + 2 >= len || units.at(k) != u16::from(b'%') {
            return None;
        }
        Some(hex_digit(units.at(k + 1))? << 4 | hex_digit(units.at(k + 2))?)
    };
    let mut out = Vec::with_capacity(len);
    let mut k = 0;
    while k < len {
        let c = units.at(k);
        if c != u16::from(b'%') {
            out.push(c);
            k += 1;
            continue;
        }
        let first = byte_at(k)?;
        k += 3;
        if first < 0x80 {
            out.push(u16::from(first));
            continue;
        }
        let n = first.leading_ones() as usize;
        if n == 1 || n > 4 {
            return None;
        }
        let mut bytes = [first, 0, 0, 0];
        for b in bytes.iter_mut().take(n).skip(1) {
            let next = byte_at(k)?;
            if next & 0xC0 != 0x80 {
                return None;
            }
            *b = next;
            k += 3;
        }
        // Rejects overlong forms, surrogates and values past U+10FFFF.
        let ch = std::str::from_utf8(&bytes[..n]).ok()?.chars().next()?;
        let mut pair = [0u16; 2];
        out.extend_from_slice(ch.encode_utf16(&mut pair));
    }
    Some(out)
}

/// Node's `unescapeBuffer(s, decodeSpaces).toString()`.
fn unescape_bytes(units: Units<'_>, decode_spaces: bool) -> Buf {
    let len = units.len();
    let mut bytes = Vec::with_capacity(len);
    let mut i = 0;
    while i < len {
        let c = units.at(i);
        if c == u16::from(b'+') && decode_spaces {
            bytes.push(b' ');
            i += 1;
            continue;
        }
        if c == u16::from(b'%') && i + 2 < len {
            match (hex_digit(units.at(i + 1)), hex_digit(units.at(i + 2))) {
                (Some(h), Some(l)) => {
                    bytes.push(h << 4 | l);
                    i += 3;
                }
                _ => {
                    bytes.push(b'%');
                    i += 1;
                }
            }
            continue;
        }
        // A Buffer keeps the low byte of what is stored in it.
        bytes.push(c as u8);
        i += 1;
    }
    String::from_utf8_lossy(&bytes).encode_utf16().collect()
}

/// Node's `qsUnescape`.
fn unescape_units(units: Units<'_>, decode_spaces: bool) -> Buf {
    decode_uri_component(units).unwrap_or_else(|| unescape_bytes(units, decode_spaces))
}

/// `querystring.escape(str)`: a non-string is converted as Node does
/// (`String(x)` for objects and null, `x + ''` otherwise).
fn escape(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let v = call.arg(0);
    let s = match v {
        Value::String(s) => s,
        Value::Object(o) if !vm.heap().obj(o).is_callable() => vm.to_string(v)?,
        Value::Null => vm.to_string(v)?,
        _ => {
            let p = vm.to_primitive(v, Hint::Default)?;
            vm.to_string(p)?
        }
    };
    escape_string(vm, s)
}

fn escape_string(vm: &mut Vm, s: JsStr) -> JsResult<Value> {
    let len = vm.heap().units(s).len();
    vm.charge(1 + len as u64 / 16)?;
    check_room(vm, len.saturating_mul(9))?;
    match escape_units(vm.heap().units(s)) {
        Some(out) => new_string(vm, &out),
        None => Err(vm.error(ErrorKind::UriError, "URI malformed")),
    }
}

/// `querystring.unescape(str, decodeSpaces)`.
fn unescape(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    let decode_spaces = vm.truthy(call.arg(1));
    let len = vm.heap().units(s).len();
    vm.charge(1 + len as u64 / 16)?;
    check_room(vm, len.saturating_mul(2))?;
    let out = unescape_units(vm.heap().units(s), decode_spaces);
    new_string(vm, &out)
}

/// `String(v)`: ToString, but a symbol gives its descriptive string.
fn string_of(vm: &mut Vm, v: Value) -> JsResult<Buf> {
    if let Value::Symbol(sym) = v {
        let desc = match vm.heap().symbol(sym).description {
            Some(d) => vm.heap().to_rust_string(d),
            None => String::new(),
        };
        return Ok(format!("Symbol({desc})").encode_utf16().collect());
    }
    let s = vm.to_string(v)?;
    Ok(units_of(vm, s))
}

/// `options.name` when `options` is truthy and that property is a
/// function (read a second time, as Node reads it).
fn function_option(vm: &mut Vm, options: Value, name: &str) -> JsResult<Option<Value>> {
    if !vm.truthy(options) {
        return Ok(None);
    }
    let key = name_key(vm, name)?;
    let f = vm.get(options, key)?;
    if !vm.is_callable(f) {
        return Ok(None);
    }
    Ok(Some(vm.get(options, key)?))
}

/// A member of the `querystring` module object, read when used.
fn module_member(vm: &mut Vm, name: &str) -> JsResult<Value> {
    let module = vm.realm().intrinsics.modules.querystring;
    let key = name_key(vm, name)?;
    vm.get(Value::Object(module), key)
}

/// Node's `decodeStr`: the decoder, and `querystring.unescape(s, true)`
/// when it throws.
fn decode_str(vm: &mut Vm, s: Value, decoder: Value) -> JsResult<Value> {
    match vm.call(decoder, Value::Undefined, &[s]) {
        Err(Throw::Value(_)) => {
            let module = Value::Object(vm.realm().intrinsics.modules.querystring);
            let fallback = module_member(vm, "unescape")?;
            vm.call(fallback, module, &[s, Value::Bool(true)])
        }
        other => other,
    }
}

/// How `parse` decodes keys and values.
#[derive(Clone, Copy, Debug)]
struct Decoder {
    /// The function; `None` for the built-in `unescape`, run directly.
    custom: Option<Value>,
}

impl Decoder {
    /// A key or value: decoded when `encoded` and not empty.
    fn apply(self, vm: &mut Vm, units: &[u16], encoded: bool) -> JsResult<Value> {
        check_room(vm, units.len())?;
        if units.is_empty() || !encoded {
            return new_string(vm, units);
        }
        match self.custom {
            None => {
                let out = unescape_units(Units::Utf16(units), false);
                new_string(vm, &out)
            }
            Some(f) => {
                let s = new_string(vm, units)?;
                decode_str(vm, s, f)
            }
        }
    }
}

/// Node's `addKeyVal`.
fn add_key_val(
    vm: &mut Vm,
    obj: ObjRef,
    pair: (&[u16], &[u16]),
    encoded: (bool, bool),
    decoder: Decoder,
) -> JsResult<()> {
    vm.charge(PAIR_STEPS)?;
    let key = decoder.apply(vm, pair.0, encoded.0)?;
    let value = decoder.apply(vm, pair.1, encoded.1)?;
    let key = vm.to_key(key)?;
    let current = vm.get(Value::Object(obj), key)?;
    if current == Value::Undefined {
        return vm.set(Value::Object(obj), key, value);
    }
    // Node appends when the current value has a `pop` (an array it made).
    let is_array = matches!(current, Value::Object(o) if vm.heap().obj(o).class.is_array());
    let appends = is_array || {
        let pop = name_key(vm, "pop")?;
        let f = vm.get(current, pop)?;
        vm.truthy(f)
    };
    if appends {
        let length = vm.get(current, crate::heap::Key::Str(vm.realm().names.length))?;
        let at = vm.to_key(length)?;
        vm.set(current, at, value)
    } else {
        let pair = vm.new_array(&[current, value])?;
        vm.set(Value::Object(obj), key, Value::Object(pair))
    }
}

/// Scanner state of `parse` (Node's local variables).
struct Scan {
    last_pos: usize,
    sep_idx: usize,
    eq_idx: usize,
    key: Buf,
    value: Buf,
    key_encoded: bool,
    val_encoded: bool,
    encode_check: u8,
}

/// Whether a code unit is a hex digit.
fn is_hex(u: u16) -> bool {
    hex_digit(u).is_some()
}

/// `querystring.parse(str[, sep[, eq[, options]]])`.
fn parse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let obj = vm.new_object()?;
    vm.heap_mut().obj_mut(obj)?.proto = None;
    let Value::String(qs) = call.arg(0) else {
        return Ok(Value::Object(obj));
    };
    let len = vm.heap().units(qs).len();
    if len == 0 {
        return Ok(Value::Object(obj));
    }
    let (sep, eq, options) = (call.arg(1), call.arg(2), call.arg(3));
    let sep = if vm.truthy(sep) {
        string_of(vm, sep)?
    } else {
        vec![u16::from(b'&')]
    };
    let eq = if vm.truthy(eq) {
        string_of(vm, eq)?
    } else {
        vec![u16::from(b'=')]
    };

    let mut pairs = 1000.0;
    if vm.truthy(options) {
        let key = name_key(vm, "maxKeys")?;
        if let Value::Number(_) = vm.get(options, key)? {
            let again = vm.get(options, key)?;
            pairs = if vm.to_number(again)? > 0.0 {
                let v = vm.get(options, key)?;
                vm.to_number(v)?
            } else {
                -1.0
            };
        }
    }
    let mut decode = module_member(vm, "unescape")?;
    if let Some(f) = function_option(vm, options, "decodeURIComponent")? {
        decode = f;
    }
    let builtin = vm.realm().intrinsics.modules.qs_unescape;
    let decoder = Decoder {
        custom: (decode != Value::Object(builtin)).then_some(decode),
    };
    let custom = decoder.custom.is_some();
    let plus: &[u16] = if custom { &[0x25, 0x32, 0x30] } else { &[0x20] };

    let mut st = Scan {
        last_pos: 0,
        sep_idx: 0,
        eq_idx: 0,
        key: Vec::new(),
        value: Vec::new(),
        key_encoded: custom,
        val_encoded: custom,
        encode_check: 0,
    };
    let mut i = 0;
    while i < len {
        if i % 16 == 0 {
            vm.charge(1)?;
        }
        let units = vm.heap().units(qs);
        let code = units.at(i);
        if sep.get(st.sep_idx) == Some(&code) {
            st.sep_idx += 1;
            if st.sep_idx == sep.len() {
                let end = i + 1 - st.sep_idx;
                if st.eq_idx < eq.len() {
                    if st.last_pos < end {
                        st.key.extend(units.slice(st.last_pos, end).iter());
                    } else if st.key.is_empty() {
                        // An empty piece between separators still counts.
                        pairs -= 1.0;
                        if pairs == 0.0 {
                            return Ok(Value::Object(obj));
                        }
                        st.last_pos = i + 1;
                        st.sep_idx = 0;
                        st.eq_idx = 0;
                        i += 1;
                        continue;
                    }
                } else if st.last_pos < end {
                    st.value.extend(units.slice(st.last_pos, end).iter());
                }
                add_key_val(
                    vm,
                    obj,
                    (&st.key, &st.value),
                    (st.key_encoded, st.val_encoded),
                    decoder,
                )?;
                pairs -= 1.0;
                if pairs == 0.0 {
                    return Ok(Value::Object(obj));
                }
                st.key_encoded = custom;
                st.val_encoded = custom;
                st.key.clear();
                st.value.clear();
                st.encode_check = 0;
                st.last_pos = i + 1;
                st.sep_idx = 0;
                st.eq_idx = 0;
            }
            i += 1;
            continue;
        }
        st.sep_idx = 0;
        if st.eq_idx < eq.len() {
            if eq.get(st.eq_idx) == Some(&code) {
                st.eq_idx += 1;
                if st.eq_idx == eq.len() {
                    let end = i + 1 - st.eq_idx;
                    if st.last_pos < end {
                        st.key.extend(units.slice(st.last_pos, end).iter());
                    }
                    st.encode_check = 0;
                    st.last_pos = i + 1;
                }
                i += 1;
                continue;
            }
            st.eq_idx = 0;
            if !st.key_encoded {
                // Look for one valid escape, to decode only keys that
                // need it.
                if code == u16::from(b'%') {
                    st.encode_check = 1;
                    i += 1;
                    continue;
                } else if st.encode_check > 0 {
                    if is_hex(code) {
                        st.encode_check += 1;
                        if st.encode_check == 3 {
                            st.key_encoded = true;
                        }
                        i += 1;
                        continue;
                    }
                    st.encode_check = 0;
                }
            }
            if code == u16::from(b'+') {
                if st.last_pos < i {
                    st.key.extend(units.slice(st.last_pos, i).iter());
                }
                st.key.extend_from_slice(plus);
                st.last_pos = i + 1;
                i += 1;
                continue;
            }
        }
        if code == u16::from(b'+') {
            if st.last_pos < i {
                st.value.extend(units.slice(st.last_pos, i).iter());
            }
            st.value.extend_from_slice(plus);
            st.last_pos = i + 1;
        } else if !st.val_encoded {
            if code == u16::from(b'%') {
                st.encode_check = 1;
            } else if st.encode_check > 0 {
                if is_hex(code) {
                    st.encode_check += 1;
                    if st.encode_check == 3 {
                        st.val_encoded = true;
                    }
                } else {
                    st.encode_check = 0;
                }
            }
        }
        i += 1;
    }
    let units = vm.heap().units(qs);
    if st.last_pos < len {
        if st.eq_idx < eq.len() {
            st.key.extend(units.slice(st.last_pos, len).iter());
        } else if st.sep_idx < sep.len() {
            st.value.extend(units.slice(st.last_pos, len).iter());
        }
    } else if st.eq_idx == 0 && st.key.is_empty() {
        return Ok(Value::Object(obj));
    }
    add_key_val(
        vm,
        obj,
        (&st.key, &st.value),
        (st.key_encoded, st.val_encoded),
        decoder,
    )?;
    Ok(Value::Object(obj))
}

/// How `stringify` turns keys and values into text.
#[derive(Clone, Copy, Debug)]
struct Encoder {
    /// The function; `None` for the built-in `escape`, run directly.
    custom: Option<Value>,
}

impl Encoder {
    /// Node's `encodeStringified` (built-in escape) or
    /// `encodeStringifiedCustom`, appended to `out`.
    fn append(self, vm: &mut Vm, v: Value, out: &mut Buf) -> JsResult<()> {
        vm.charge(FIELD_STEPS)?;
        let Some(f) = self.custom else {
            let text = match v {
                Value::String(s) if vm.heap().units(s).is_empty() => return Ok(()),
                Value::String(s) => escape_string(vm, s)?,
                Value::Number(n) if n.is_finite() => {
                    let s = vm.number_to_string(n)?;
                    if n.abs() < 1e21 {
                        Value::String(s)
                    } else {
                        escape_string(vm, s)?
                    }
                }
                Value::Bool(b) => Value::String(if b {
                    vm.realm().names.true_
                } else {
                    vm.realm().names.false_
                }),
                _ => return Ok(()),
            };
            return append_string(vm, text, out);
        };
        let primitive = match v {
            Value::String(_) => v,
            Value::Number(n) if n.is_finite() => Value::String(vm.number_to_string(n)?),
            Value::Bool(b) => Value::String(if b {
                vm.realm().names.true_
            } else {
                vm.realm().names.false_
            }),
            _ => Value::String(vm.realm().names.empty),
        };
        let r = vm.call(f, Value::Undefined, &[primitive])?;
        append_string(vm, r, out)
    }
}

/// `out += v` (string concatenation: ToPrimitive, then ToString).
fn append_string(vm: &mut Vm, v: Value, out: &mut Buf) -> JsResult<()> {
    let p = vm.to_primitive(v, Hint::Default)?;
    let s = vm.to_string(p)?;
    let units = vm.heap().units(s);
    check_room(vm, out.len() + units.len())?;
    let units = vm.heap().units(s);
    vm.charge(units.len() as u64 / 16)?;
    out.extend(vm.heap().units(s).iter());
    Ok(())
}

/// `sep` or `eq` of `stringify` as text, converted on first use.
struct Lazy {
    value: Value,
    text: Option<Buf>,
}

impl Lazy {
    fn append(&mut self, vm: &mut Vm, out: &mut Buf) -> JsResult<()> {
        if self.text.is_none() {
            let mut t = Vec::new();
            append_string(vm, self.value, &mut t)?;
            self.text = Some(t);
        }
        let text = self.text.as_deref().unwrap_or(&[]);
        check_room(vm, out.len() + text.len())?;
        out.extend_from_slice(text);
        Ok(())
    }
}

/// `querystring.stringify(obj[, sep[, eq[, options]]])`.
fn stringify(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (obj, sep, eq, options) = (call.arg(0), call.arg(1), call.arg(2), call.arg(3));
    let sep = if vm.truthy(sep) {
        sep
    } else {
        Value::String(vm.heap_mut().intern_rust("&")?)
    };
    let eq = if vm.truthy(eq) {
        eq
    } else {
        Value::String(vm.heap_mut().intern_rust("=")?)
    };
    let mut sep = Lazy {
        value: sep,
        text: None,
    };
    let mut eq = Lazy {
        value: eq,
        text: None,
    };
    let mut encode = module_member(vm, "escape")?;
    if let Some(f) = function_option(vm, options, "encodeURIComponent")? {
        encode = f;
    }
    let builtin = vm.realm().intrinsics.modules.qs_escape;
    let encoder = Encoder {
        custom: (encode != Value::Object(builtin)).then_some(encode),
    };
    let o = match obj {
        Value::Object(o) if !vm.heap().obj(o).is_callable() => o,
        _ => return Ok(Value::String(vm.realm().names.empty)),
    };
    let mut fields: Buf = Vec::new();
    for k in vm.own_enumerable_string_keys(o)? {
        let v = vm.get(obj, k)?;
        let mut ks = Vec::new();
        let k = vm.key_to_value(k)?;
        encoder.append(vm, k, &mut ks)?;
        eq.append(vm, &mut ks)?;
        let array = matches!(v, Value::Object(a) if vm.heap().obj(a).class.is_array());
        if array {
            let n = vm.length_of(v)?;
            if n == 0 {
                continue;
            }
            if !fields.is_empty() {
                sep.append(vm, &mut fields)?;
            }
            for j in 0..n {
                if j > 0 {
                    sep.append(vm, &mut fields)?;
                }
                check_room(vm, fields.len() + ks.len())?;
                fields.extend_from_slice(&ks);
                let key = vm.to_key(Value::Number(j as f64))?;
                let item = vm.get(v, key)?;
                encoder.append(vm, item, &mut fields)?;
            }
        } else {
            if !fields.is_empty() {
                sep.append(vm, &mut fields)?;
            }
            check_room(vm, fields.len() + ks.len())?;
            fields.extend_from_slice(&ks);
            encoder.append(vm, v, &mut fields)?;
        }
    }
    new_string(vm, &fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Buf {
        s.encode_utf16().collect()
    }

    fn text(b: &[u16]) -> String {
        String::from_utf16_lossy(b)
    }

    #[test]
    fn escape_matches_node() {
        let e = |s: &str| escape_units(Units::Utf16(&u(s))).map(|b| text(&b));
        assert_eq!(
            e("a b&c=d/é€😀").as_deref(),
            Some("a%20b%26c%3Dd%2F%C3%A9%E2%82%AC%F0%9F%98%80")
        );
        assert_eq!(e("-_.!~*'()").as_deref(), Some("-_.!~*'()"));
        assert_eq!(escape_units(Units::Utf16(&[0xD800])), None);
        assert_eq!(
            escape_units(Units::Utf16(&[0xDC00, 0x61]))
                .map(|b| text(&b))
                .as_deref(),
            Some("%F0%90%81%A1")
        );
    }

    #[test]
    fn decode_uri_component_follows_the_spec() {
        let d = |s: &str| decode_uri_component(Units::Utf16(&u(s))).map(|b| text(&b));
        assert_eq!(d("a%20b%C3%A9%F0%9F%98%80").as_deref(), Some("a bé😀"));
        assert_eq!(d("+"), Some("+".into()));
        assert_eq!(d("%"), None);
        assert_eq!(d("%4"), None);
        assert_eq!(d("%zz"), None);
        assert_eq!(d("%C3"), None);
        assert_eq!(d("%C3%28"), None);
        assert_eq!(d("%C0%80"), None);
        assert_eq!(d("%ED%A0%80"), None);
        assert_eq!(d("%F4%90%80%80"), None);
        assert_eq!(d("%80"), None);
    }

    #[test]
    fn unescape_falls_back_to_bytes() {
        let f = |s: &str, sp: bool| text(&unescape_units(Units::Utf16(&u(s)), sp));
        assert_eq!(f("a%zz%41+", true), "a%zzA ");
        assert_eq!(f("a%zz%41+", false), "a%zzA+");
        assert_eq!(f("%C3%A9%", false), "é%");
        assert_eq!(f("%E9%", false), "\u{FFFD}%");
        assert_eq!(f("€%", false), "\u{FFFD}%");
    }
}
