//! Runtime 2.0's text codecs: `atob` and `btoa` (HTML's forgiving-base64),
//! and `TextEncoder` and `TextDecoder` (the WHATWG Encoding Standard, UTF-8
//! only, as njs has it). None exists in 1.0, whose page lists none of them.
//!
//! Behaviour follows the standards (as Node implements them); where njs
//! (what CloudFront runs) and the standards part ways, these are the
//! choices:
//!
//! - Errors are ECMAScript errors, as in njs: `atob` of malformed input and
//!   `btoa` of a character above U+00FF throw a `TypeError` (njs's type and
//!   wording) where browsers and Node throw a `DOMException` named
//!   `InvalidCharacterError`, which neither runtime has.
//! - `atob` strips all ASCII white space (tab, line feed, form feed,
//!   carriage return, space) as the HTML standard and current njs do (older
//!   njs stripped spaces only).
//! - `TextDecoder` accepts the WHATWG labels of UTF-8 (`utf-8`, `utf8`,
//!   `unicode-1-1-utf-8`..., trimmed and case-insensitive) and rejects every
//!   other encoding with njs's and Node's RangeError; njs itself matches
//!   only `utf-8` and `utf8` exactly. An omitted or `undefined` label means
//!   UTF-8, per WebIDL (njs converts `undefined` to the string
//!   `"undefined"`).
//! - `decode` accepts an `ArrayBuffer`, any typed array or a `DataView`, and
//!   the `{stream: true}` option.
//! - `encodeInto` converts its source with ToString, per WebIDL (Node
//!   requires a string).
//!
//! `TextEncoder` and `TextDecoder` objects are `Class::Host` objects tagged
//! with [`ENCODER`] or [`DECODER`] (plus the decoder's `fatal` and
//! `ignoreBOM` flags); a decoder keeps the state of a streamed decode (the
//! bytes of an incomplete sequence, and whether a byte order mark may still
//! be skipped) in its record's `length` word.

use super::def;
use super::json::Utf16Out;
use crate::features::Runtime;
use crate::heap::{Attrs, Class, Key, ObjectData, Range, TypedKind, Units};
use crate::realm::{NativeDef, RealmBuilder};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    if b.runtime < Runtime::Js2 {
        return;
    }
    let global = b.global;
    b.methods(global, &[def("atob", 1, atob), def("btoa", 1, btoa)]);

    let object_proto = b.intrinsics.object_proto;
    let encoder_proto = b.object(Some(object_proto));
    b.methods(
        encoder_proto,
        &[def("encode", 0, encode), def("encodeInto", 2, encode_into)],
    );
    getter(b, encoder_proto, def("get encoding", 0, encoder_encoding));
    tag(b, encoder_proto, "TextEncoder");
    constructor(b, def("TextEncoder", 0, text_encoder), encoder_proto);

    let decoder_proto = b.object(Some(object_proto));
    b.methods(decoder_proto, &[def("decode", 0, decode)]);
    getter(b, decoder_proto, def("get encoding", 0, decoder_encoding));
    getter(b, decoder_proto, def("get fatal", 0, decoder_fatal));
    getter(
        b,
        decoder_proto,
        def("get ignoreBOM", 0, decoder_ignore_bom),
    );
    tag(b, decoder_proto, "TextDecoder");
    constructor(b, def("TextDecoder", 0, text_decoder), decoder_proto);
}

/// A read-only accessor named after its getter (`get fatal` → `fatal`).
fn getter(b: &mut RealmBuilder, o: ObjRef, get: NativeDef) {
    let key = b.key(get.name.trim_start_matches("get "));
    b.accessor(o, key, Some(get), None, Attrs::CONFIGURABLE_ONLY);
}

fn tag(b: &mut RealmBuilder, o: ObjRef, name: &str) {
    let s = b.intern(name);
    let key = Key::Sym(b.symbols.to_string_tag);
    b.define(o, key, Value::String(s), Attrs::CONFIGURABLE_ONLY);
}

/// Installs a constructor and keeps its prototype in the function's data,
/// for instances made through a `new.target` whose `prototype` is not an
/// object.
fn constructor(b: &mut RealmBuilder, d: NativeDef, proto: ObjRef) {
    let c = b.constructor(d, proto);
    if let Class::Native { id, .. } = b.record(c).class {
        b.record(c).class = Class::Native {
            id,
            data: Value::Object(proto),
        };
    }
}

/// The `Class::Host` tag of `TextEncoder` objects.
const ENCODER: u32 = 0x7E57_0E00;
/// The `Class::Host` tag of `TextDecoder` objects, or'ed with [`FATAL`] and
/// [`IGNORE_BOM`].
const DECODER: u32 = 0x7E57_0D00;
const FATAL: u32 = 1;
const IGNORE_BOM: u32 = 2;
const FLAGS: u32 = FATAL | IGNORE_BOM;

/// The prototype stored in a constructor's data.
fn own_proto(vm: &Vm, call: &Call<'_>) -> ObjRef {
    match call.data {
        Value::Object(p) => p,
        _ => vm.realm().intrinsics.object_proto,
    }
}

fn text_encoder(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(nt) = call.new_target else {
        return Err(vm.type_error("Constructor of TextEncoder requires 'new'"));
    };
    let proto = own_proto(vm, &call);
    Ok(Value::Object(vm.ordinary_create_from(
        nt,
        proto,
        Class::Host(ENCODER),
    )?))
}

fn this_encoder(vm: &mut Vm, this: Value) -> JsResult<()> {
    match this {
        Value::Object(o) if vm.heap().obj(o).class == Class::Host(ENCODER) => Ok(()),
        _ => Err(vm.type_error("\"this\" is not a TextEncoder")),
    }
}

fn encoder_encoding(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    this_encoder(vm, call.this)?;
    Ok(Value::String(vm.heap_mut().intern_rust("utf-8")?))
}

/// A string argument: ToString, charged by length. (WebIDL's USVString
/// replaces lone surrogates with U+FFFD; the encoders do that as they go.)
fn string_arg(vm: &mut Vm, v: Value) -> JsResult<JsStr> {
    let s = vm.to_string(v)?;
    vm.charge(vm.heap().units(s).len() as u64 / 16)?;
    Ok(s)
}

/// UTF-8 of a string, lone surrogates encoded as U+FFFD.
fn utf8_of(units: Units<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(units.iter()) {
        out.extend_from_slice(
            c.unwrap_or(char::REPLACEMENT_CHARACTER)
                .encode_utf8(&mut buf)
                .as_bytes(),
        );
    }
    out
}

/// `encode(input = "")`: a new `Uint8Array` of the UTF-8 of `input`.
fn encode(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    this_encoder(vm, call.this)?;
    let bytes = match call.arg(0) {
        Value::Undefined => Vec::new(),
        v => {
            let s = string_arg(vm, v)?;
            utf8_of(vm.heap().units(s))
        }
    };
    vm.charge(bytes.len() as u64 / 16)?;
    Ok(Value::Object(new_uint8_array(vm, &bytes)?))
}

/// The bytes a typed array views: its buffer's byte slab range, clamped to
/// the buffer.
fn view_range(vm: &Vm, buffer: ObjRef, offset: u32, byte_len: u64) -> Option<Range> {
    let Class::ArrayBuffer(bytes) = vm.heap().obj(buffer).class else {
        return None;
    };
    let available = bytes.len.checked_sub(offset)?;
    let len = u32::try_from(byte_len).unwrap_or(u32::MAX).min(available);
    Some(Range {
        start: bytes.start.checked_add(offset)?,
        len,
        cap: len,
    })
}

/// `encodeInto(source, destination)`: as much of the UTF-8 of `source` as
/// fits in the `Uint8Array` `destination`, whole characters only;
/// `{read, written}` in UTF-16 code units and bytes.
fn encode_into(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    this_encoder(vm, call.this)?;
    let s = string_arg(vm, call.arg(0))?;
    let dest = match call.arg(1) {
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::TypedArray {
                kind: TypedKind::Uint8,
                buffer,
                offset,
                length,
            } => view_range(vm, buffer, offset, u64::from(length)),
            _ => None,
        },
        _ => None,
    };
    let Some(dest) = dest else {
        return Err(vm.type_error("The \"destination\" argument must be an instance of Uint8Array"));
    };
    let units: Vec<u16> = vm.heap().units(s).iter().collect();
    let mut bytes = Vec::new();
    let mut read = 0usize;
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(units.iter().copied()) {
        let (c, width) = match c {
            Ok(c) => (c, c.len_utf16()),
            Err(_) => (char::REPLACEMENT_CHARACTER, 1),
        };
        let encoded = c.encode_utf8(&mut buf).as_bytes();
        if bytes.len() + encoded.len() > dest.len as usize {
            break;
        }
        bytes.extend_from_slice(encoded);
        read += width;
    }
    vm.charge(bytes.len() as u64 / 16)?;
    if let Some(target) = vm.heap_mut().bytes_mut(dest).get_mut(..bytes.len()) {
        target.copy_from_slice(&bytes);
    }
    let result = vm.new_object()?;
    vm.put(result, "read", Value::Number(read as f64))?;
    vm.put(result, "written", Value::Number(bytes.len() as f64))?;
    Ok(Value::Object(result))
}

/// The prototype of a constructor of the realm's global object, as the
/// realm was built (so that a script replacing the global binding does not
/// change what the built-ins create).
fn realm_prototype(vm: &Vm, name: &str) -> Option<ObjRef> {
    let realm = vm.realm();
    let data = &realm.heap;
    let units = Units::Latin1(name.as_bytes());
    let name_key = Key::Str(JsStr(data.strings.find(units, units.hash())?));
    let prop = |o: ObjRef, key: Key| -> Option<Value> {
        let record = data.objects.get(o.0 as usize)?;
        data.props
            .get(record.props.span())?
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.value)
    };
    let Value::Object(ctor) = prop(realm.global, name_key)? else {
        return None;
    };
    match prop(ctor, Key::Str(realm.names.prototype))? {
        Value::Object(p) => Some(p),
        _ => None,
    }
}

/// A new `Uint8Array` over a new `ArrayBuffer` holding `bytes`, with the
/// realm's `Uint8Array.prototype` and `ArrayBuffer.prototype`.
pub(crate) fn new_uint8_array(vm: &mut Vm, bytes: &[u8]) -> JsResult<ObjRef> {
    let (Some(array_proto), Some(buffer_proto)) = (
        realm_prototype(vm, "Uint8Array"),
        realm_prototype(vm, "ArrayBuffer"),
    ) else {
        return Err(vm.type_error("Uint8Array is not available"));
    };
    let Ok(length) = u32::try_from(bytes.len()) else {
        return Err(vm.range_error("Invalid typed array length"));
    };
    let range = vm.heap_mut().alloc_bytes(bytes.len())?;
    vm.heap_mut().bytes_mut(range).copy_from_slice(bytes);
    let buffer = vm.heap_mut().alloc(ObjectData::new(
        Class::ArrayBuffer(range),
        Some(buffer_proto),
    ))?;
    let class = Class::TypedArray {
        kind: TypedKind::Uint8,
        buffer,
        offset: 0,
        length,
    };
    Ok(vm
        .heap_mut()
        .alloc(ObjectData::new(class, Some(array_proto)))?)
}

/// The labels of UTF-8 in the WHATWG Encoding Standard.
const UTF8_LABELS: [&str; 6] = [
    "unicode-1-1-utf-8",
    "unicode11utf8",
    "unicode20utf8",
    "utf-8",
    "utf8",
    "x-unicode20utf8",
];

fn is_utf8_label(units: Units<'_>) -> bool {
    let text: String = units
        .iter()
        .map(|u| char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'))
        .collect();
    let trimmed = text.trim_matches(|c| matches!(c, '\t' | '\n' | '\x0C' | '\r' | ' '));
    UTF8_LABELS
        .iter()
        .any(|l| l.eq_ignore_ascii_case(trimmed) && trimmed.is_ascii())
}

/// An options dictionary argument: `undefined` and `null` are empty, any
/// other non-object is a TypeError.
fn options_object(vm: &mut Vm, v: Value) -> JsResult<Option<Value>> {
    match v {
        Value::Undefined | Value::Null => Ok(None),
        Value::Object(_) => Ok(Some(v)),
        _ => Err(vm.type_error("The \"options\" argument must be of type object")),
    }
}

/// `new TextDecoder(label = "utf-8", {fatal, ignoreBOM})`.
fn text_decoder(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(nt) = call.new_target else {
        return Err(vm.type_error("Constructor of TextDecoder requires 'new'"));
    };
    let label = match call.arg(0) {
        Value::Undefined => None,
        v => Some(vm.to_string(v)?),
    };
    let mut flags = 0;
    if let Some(options) = options_object(vm, call.arg(1))? {
        if vm.get_named(options, "fatal").map(|v| vm.truthy(v))? {
            flags |= FATAL;
        }
        if vm.get_named(options, "ignoreBOM").map(|v| vm.truthy(v))? {
            flags |= IGNORE_BOM;
        }
    }
    if let Some(label) = label {
        if !is_utf8_label(vm.heap().units(label)) {
            let text = vm.heap().to_rust_string(label);
            return Err(vm.range_error(format!("The \"{text}\" encoding is not supported")));
        }
    }
    let proto = own_proto(vm, &call);
    Ok(Value::Object(vm.ordinary_create_from(
        nt,
        proto,
        Class::Host(DECODER | flags),
    )?))
}

/// The decoder `this` is, and its flags.
fn this_decoder(vm: &mut Vm, this: Value) -> JsResult<(ObjRef, u32)> {
    if let Value::Object(o) = this {
        if let Class::Host(tag) = vm.heap().obj(o).class {
            if tag & !FLAGS == DECODER {
                return Ok((o, tag & FLAGS));
            }
        }
    }
    Err(vm.type_error("\"this\" is not a TextDecoder"))
}

fn decoder_encoding(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    this_decoder(vm, call.this)?;
    Ok(Value::String(vm.heap_mut().intern_rust("utf-8")?))
}

fn decoder_fatal(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, flags) = this_decoder(vm, call.this)?;
    Ok(Value::Bool(flags & FATAL != 0))
}

fn decoder_ignore_bom(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, flags) = this_decoder(vm, call.this)?;
    Ok(Value::Bool(flags & IGNORE_BOM != 0))
}

/// The bytes of a BufferSource: an `ArrayBuffer`, or what a typed array or
/// `DataView` views.
fn buffer_source(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let Value::Object(o) = v else { return None };
    let range = match vm.heap().obj(o).class {
        Class::ArrayBuffer(r) => r,
        Class::TypedArray {
            kind,
            buffer,
            offset,
            length,
        } => view_range(
            vm,
            buffer,
            offset,
            u64::from(length) * u64::from(kind.size()),
        )?,
        Class::DataView {
            buffer,
            offset,
            length,
        } => view_range(vm, buffer, offset, u64::from(length))?,
        _ => return None,
    };
    Some(vm.heap().bytes(range).to_vec())
}

/// The state of a streamed decode, packed in the decoder's `length` word:
/// up to three bytes of an incomplete sequence, their count, and whether
/// the stream has produced its first character (after which a byte order
/// mark is no longer skipped).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct StreamState {
    pending: [u8; 3],
    count: u8,
    started: bool,
}

impl StreamState {
    fn pack(self) -> u32 {
        u32::from(self.pending[0])
            | u32::from(self.pending[1]) << 8
            | u32::from(self.pending[2]) << 16
            | u32::from(self.count & 3) << 24
            | u32::from(self.started) << 26
    }

    fn unpack(w: u32) -> StreamState {
        StreamState {
            pending: [w as u8, (w >> 8) as u8, (w >> 16) as u8],
            count: ((w >> 24) & 3) as u8,
            started: w & (1 << 26) != 0,
        }
    }
}

/// `decode(input, {stream})`.
fn decode(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (decoder, flags) = this_decoder(vm, call.this)?;
    let input =
        match call.arg(0) {
            Value::Undefined => Vec::new(),
            v => match buffer_source(vm, v) {
                Some(bytes) => bytes,
                None => return Err(vm.type_error(
                    "The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView",
                )),
            },
        };
    let stream = match options_object(vm, call.arg(1))? {
        Some(options) => vm.get_named(options, "stream").map(|v| vm.truthy(v))?,
        None => false,
    };
    vm.charge(input.len() as u64 / 16)?;
    let state = StreamState::unpack(vm.heap().obj(decoder).length);
    let mut bytes = state.pending[..usize::from(state.count)].to_vec();
    bytes.extend_from_slice(&input);
    let decoded = decode_utf8(&bytes, stream, flags & FATAL != 0);
    let mut out = Utf16Out::new();
    let mut next = StreamState::default();
    match decoded {
        Some((chars, rest)) => {
            let mut started = state.started;
            for c in chars {
                if !started && flags & IGNORE_BOM == 0 {
                    started = true;
                    if c == '\u{FEFF}' {
                        continue;
                    }
                }
                started = true;
                let mut buf = [0u16; 2];
                out.extend(c.encode_utf16(&mut buf).iter().copied());
                out.check(vm)?;
            }
            if stream {
                // An incomplete sequence is at most three bytes.
                let n = rest.len().min(3);
                next.count = n as u8;
                next.pending[..n].copy_from_slice(&rest[..n]);
                next.started = started;
            }
            vm.heap_mut().obj_mut(decoder)?.length = next.pack();
        }
        None => {
            vm.heap_mut().obj_mut(decoder)?.length = next.pack();
            return Err(vm.type_error("The encoded data was not valid"));
        }
    }
    Ok(Value::String(out.finish(vm)?))
}

/// The WHATWG UTF-8 decoder over `bytes`: the characters, with U+FFFD for
/// each maximal ill-formed subsequence (or `None` when `fatal`), and, when
/// `stream` is set, the trailing bytes of an incomplete sequence left for
/// the next call (at the end of the stream they are an error instead).
fn decode_utf8(bytes: &[u8], stream: bool, fatal: bool) -> Option<(Vec<char>, &[u8])> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (needed, lower, upper, initial) = match b {
            0x00..=0x7F => {
                out.push(char::from(b));
                i += 1;
                continue;
            }
            0xC2..=0xDF => (1, 0x80, 0xBF, u32::from(b & 0x1F)),
            0xE0 => (2, 0xA0, 0xBF, 0),
            0xED => (2, 0x80, 0x9F, 0xD),
            0xE1..=0xEF => (2, 0x80, 0xBF, u32::from(b & 0x0F)),
            0xF0 => (3, 0x90, 0xBF, 0),
            0xF4 => (3, 0x80, 0x8F, 4),
            0xF1..=0xF3 => (3, 0x80, 0xBF, u32::from(b & 0x07)),
            _ => {
                if fatal {
                    return None;
                }
                out.push(char::REPLACEMENT_CHARACTER);
                i += 1;
                continue;
            }
        };
        let mut cp = initial;
        let mut seen = 0;
        let mut bounds = (lower, upper);
        let mut j = i + 1;
        while seen < needed {
            let Some(&c) = bytes.get(j) else { break };
            if c < bounds.0 || c > bounds.1 {
                break;
            }
            cp = cp << 6 | u32::from(c & 0x3F);
            bounds = (0x80, 0xBF);
            seen += 1;
            j += 1;
        }
        if seen == needed {
            out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
        } else if j == bytes.len() && stream {
            // An incomplete sequence at the end of a chunk waits for more.
            return Some((out, &bytes[i..]));
        } else if fatal {
            return None;
        } else {
            // The bytes read so far are one error; the byte that did not
            // fit starts over.
            out.push(char::REPLACEMENT_CHARACTER);
        }
        i = j;
    }
    Some((out, &[]))
}

/// The value of a base64 digit.
fn base64_value(u: u16) -> Option<u32> {
    let c = u8::try_from(u).ok()?;
    Some(u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    }))
}

/// The string argument of `atob` and `btoa`, which is required.
fn data_argument(vm: &mut Vm, call: &Call<'_>) -> JsResult<JsStr> {
    if call.args.is_empty() {
        return Err(vm.type_error("The \"input\" argument must be specified"));
    }
    let s = vm.to_string(call.arg(0))?;
    vm.charge(vm.heap().units(s).len() as u64 / 16)?;
    Ok(s)
}

/// `atob(data)`: forgiving-base64 decode. ASCII white space is removed; a
/// length that is a multiple of four may end in one or two `=`; a length
/// that leaves one digit over, any other character, or `=` elsewhere is an
/// error. Each decoded byte becomes one character.
fn atob(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = data_argument(vm, &call)?;
    let mut digits: Vec<u16> = vm
        .heap()
        .units(s)
        .iter()
        .filter(|&u| !matches!(u, 0x09 | 0x0A | 0x0C | 0x0D | 0x20))
        .collect();
    if digits.len() % 4 == 0 {
        for _ in 0..2 {
            if digits.last() == Some(&u16::from(b'=')) {
                digits.pop();
            }
        }
    }
    let values: Option<Vec<u32>> = digits.iter().map(|&u| base64_value(u)).collect();
    let (Some(values), false) = (values, digits.len() % 4 == 1) else {
        return Err(vm.type_error("the string to be decoded is not correctly encoded"));
    };
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for v in values {
        acc = (acc << 6 | v) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    let i = vm
        .heap_mut()
        .str_from_utf16(&out.iter().map(|&b| u16::from(b)).collect::<Vec<u16>>())?;
    Ok(Value::String(i))
}

/// `btoa(data)`: the base64 of `data`'s characters taken as bytes, which
/// must all be at most U+00FF.
fn btoa(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let s = data_argument(vm, &call)?;
    let bytes: Option<Vec<u8>> = vm
        .heap()
        .units(s)
        .iter()
        .map(|u| u8::try_from(u).ok())
        .collect();
    let Some(bytes) = bytes else {
        return Err(vm.type_error("invalid character (> U+00FF)"));
    };
    let mut out = Utf16Out::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (k, &b)| acc | u32::from(b) << (16 - 8 * k));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(u16::from(DIGITS[(n >> (18 - 6 * k) & 63) as usize]));
            } else {
                out.push(u16::from(b'='));
            }
        }
        out.check(vm)?;
    }
    Ok(Value::String(out.finish(vm)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lossy(bytes: &[u8]) -> String {
        decode_utf8(bytes, false, false)
            .map(|(c, _)| c.into_iter().collect())
            .unwrap_or_default()
    }

    #[test]
    fn utf8_replaces_maximal_subparts() {
        assert_eq!(lossy(b"a\xF0\x9F\x98\x80b"), "a\u{1F600}b");
        assert_eq!(lossy(b"\xF0\x9F\x98"), "\u{FFFD}");
        assert_eq!(lossy(b"\xE0\x80\x80"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(lossy(b"\xED\xA0\x80"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(lossy(b"\xC3("), "\u{FFFD}(");
        assert_eq!(lossy(b"\xFF\xC0\xC1"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(
            lossy(b"\xF4\x90\x80\x80"),
            "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert!(decode_utf8(b"\x80", false, true).is_none());
    }

    #[test]
    fn streaming_keeps_incomplete_tails() {
        let (chars, rest) = decode_utf8(b"a\xE2\x82", true, false).unwrap_or_default();
        assert_eq!(chars, vec!['a']);
        assert_eq!(rest, b"\xE2\x82");
        let s = StreamState {
            pending: [0xE2, 0x82, 0],
            count: 2,
            started: true,
        };
        assert_eq!(StreamState::unpack(s.pack()), s);
    }

    #[test]
    fn labels_are_trimmed_and_case_insensitive() {
        let ok = |s: &str| is_utf8_label(Units::Latin1(s.as_bytes()));
        assert!(ok(" UTF-8\n"));
        assert!(ok("unicode-1-1-utf-8"));
        assert!(!ok("utf-16le"));
        assert!(!ok("utf 8"));
    }
}
