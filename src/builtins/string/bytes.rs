//! The njs byte-string API of runtime 1.0 (spec §3.4): `String.bytesFrom`
//! and `String.prototype.fromBytes`, `fromUTF8`, `toBytes`, `toUTF8`.
//! Runtime 2.0 removed them.
//!
//! njs keeps two kinds of strings, Unicode strings and byte strings. edgefn
//! has one: a byte string is a string whose code units are all 0 to 255,
//! one unit per byte. So a string made only of such units reads as bytes
//! where njs expects a byte string (`fromUTF8` decodes it), and any string
//! reads as text where njs expects a Unicode string (`toUTF8` encodes it).
//! A string with a unit above 255 cannot be a byte string: `fromBytes` and
//! `fromUTF8` return it (sliced) as njs returns Unicode strings.
//!
//! The `(start, end)` arguments select code units as njs's byte methods
//! do: `slice` semantics, except that `end` is not converted when `start`
//! is already past the end.

use super::{len_of, new_latin1_str, new_str, substring, this_string};
use crate::builtins::def;
use crate::heap::{Class, Key, Units};
use crate::realm::RealmBuilder;
use crate::runtime::base64;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use smallvec::SmallVec;

pub(super) fn install_prototype(b: &mut RealmBuilder, proto: ObjRef) {
    b.methods(
        proto,
        &[
            def("fromBytes", 0, from_bytes),
            def("fromUTF8", 0, from_utf8),
            def("toBytes", 0, to_bytes),
            def("toUTF8", 0, to_utf8),
        ],
    );
}

pub(super) fn install_static(b: &mut RealmBuilder, ctor: ObjRef) {
    b.methods(ctor, &[def("bytesFrom", 0, bytes_from)]);
}

/// `this` as a string and the code units its `(start, end)` arguments
/// select.
fn sliced(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<(JsStr, usize, usize)> {
    let s = this_string(vm, call, method)?;
    let len = len_of(vm, s) as f64;
    let mut start = vm.to_integer(call.arg(0))?;
    if start < 0.0 {
        start = (start + len).max(0.0);
    }
    if start >= len {
        return Ok((s, 0, 0));
    }
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => {
            let e = vm.to_integer(v)?;
            if e < 0.0 { e + len } else { e.min(len) }
        }
    };
    if end <= start {
        return Ok((s, 0, 0));
    }
    Ok((s, start as usize, end as usize))
}

/// Whether every unit in `start..end` is a byte.
fn all_bytes(vm: &Vm, s: JsStr, start: usize, end: usize) -> bool {
    vm.heap().units(s).slice(start, end).iter().all(|u| u < 256)
}

/// `s.fromBytes(start, end)`: each byte becomes the code point of the
/// same value, which is the same code unit.
fn from_bytes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (s, start, end) = sliced(vm, &call, "String.prototype.fromBytes")?;
    Ok(Value::String(substring(vm, s, start, end)?))
}

/// `s.toBytes(start, end)`: the units as bytes, `null` if one is above 255.
fn to_bytes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (s, start, end) = sliced(vm, &call, "String.prototype.toBytes")?;
    vm.charge((end - start) as u64 / 16)?;
    if !all_bytes(vm, s, start, end) {
        return Ok(Value::Null);
    }
    Ok(Value::String(substring(vm, s, start, end)?))
}

/// `s.fromUTF8(start, end)`: the bytes decoded as UTF-8, `null` when they
/// are not valid UTF-8.
fn from_utf8(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (s, start, end) = sliced(vm, &call, "String.prototype.fromUTF8")?;
    vm.charge((end - start) as u64 / 16)?;
    if !all_bytes(vm, s, start, end) {
        return Ok(Value::String(substring(vm, s, start, end)?));
    }
    let units = vm.heap().units(s).slice(start, end);
    if let Units::Latin1(bytes) = units {
        // ASCII is valid UTF-8 that decodes to the same units.
        if bytes.is_ascii() {
            let text = Decoded::from_slice(bytes);
            return Ok(Value::String(new_latin1_str(vm, &text)?));
        }
    }
    let bytes: Vec<u8> = units.iter().map(|u| u as u8).collect();
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            let units: Vec<u16> = text.encode_utf16().collect();
            Ok(Value::String(new_str(vm, &units)?))
        }
        Err(_) => Ok(Value::Null),
    }
}

/// `s.toUTF8(start, end)`: the UTF-8 bytes of the text (a lone surrogate,
/// which njs strings cannot hold, encodes as U+FFFD).
fn to_utf8(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (s, start, end) = sliced(vm, &call, "String.prototype.toUTF8")?;
    vm.charge((end - start) as u64 / 16)?;
    let bytes = match vm.heap().units(s).slice(start, end) {
        // ASCII is its own UTF-8.
        Units::Latin1(ascii) if ascii.is_ascii() => Decoded::from_slice(ascii),
        units => {
            let text: String = char::decode_utf16(units.iter())
                .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect();
            Decoded::from_vec(text.into_bytes())
        }
    };
    Ok(Value::String(new_latin1_str(vm, &bytes)?))
}

/// `String.bytesFrom(arrayLike)` or `String.bytesFrom(string, encoding)`
/// with `hex`, `base64` or `base64url`.
fn bytes_from(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let value = call.arg(0);
    let text = match value {
        Value::String(s) => Some(s),
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::StringBox(s) => Some(s),
            _ => None,
        },
        _ => return Err(vm.type_error("value must be a string or array-like object")),
    };
    let s = match (text, value) {
        (Some(s), _) => {
            let bytes = decode(vm, s, call.arg(1))?;
            new_latin1_str(vm, &bytes)?
        }
        (None, Value::Object(o)) => {
            let bytes = octets(vm, o)?;
            new_latin1_str(vm, &bytes)?
        }
        (None, _) => new_latin1_str(vm, &[])?,
    };
    Ok(Value::String(s))
}

/// The octets of an array-like: each element's ToUint32, low byte. Like
/// njs, a plain array is read first to last, another array-like last to
/// first, and a typed array or ArrayBuffer gives its buffer's bytes.
fn octets(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<u8>> {
    let data = *vm.heap().obj(o);
    let buffer = match data.class {
        Class::ArrayBuffer(range) => Some(range),
        Class::TypedArray { buffer, .. } => match vm.heap().obj(buffer).class {
            Class::ArrayBuffer(range) => Some(range),
            _ => None,
        },
        _ => None,
    };
    if let Some(range) = buffer {
        let bytes = vm.heap().bytes(range).to_vec();
        vm.charge(bytes.len() as u64 / 16)?;
        return Ok(bytes);
    }
    let len = vm.length_of(Value::Object(o))?;
    if len > crate::vm::MAX_STRING_LENGTH as u64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let len = len as usize;
    vm.heap_mut().check(len * 2)?;
    let mut out = vec![0u8; len];
    let order: Box<dyn Iterator<Item = usize>> = if data.class.is_array() {
        Box::new(0..len)
    } else {
        Box::new((0..len).rev())
    };
    for i in order {
        vm.charge(1)?;
        let v = vm.get(Value::Object(o), Key::Index(i as u32))?;
        let n = vm.to_uint32(v)?;
        if let Some(slot) = out.get_mut(i) {
            *slot = n as u8;
        }
    }
    Ok(out)
}

/// Bytes made for a new byte string: on the stack when there are few (a
/// token's segment), so that the common call allocates nothing outside
/// the event's heap.
type Decoded = SmallVec<[u8; 256]>;

/// The encodings `String.bytesFrom` decodes.
#[derive(Clone, Copy)]
enum Encoding {
    Hex,
    Base64,
    Base64Url,
}

/// Decodes `s` as hex, base64 or base64url. Decoding stops at the first
/// character outside the encoding's alphabet (padding included), and an
/// incomplete last byte is dropped.
fn decode(vm: &mut Vm, s: JsStr, encoding: Value) -> JsResult<Decoded> {
    let Value::String(enc) = encoding else {
        return Err(vm.type_error("\"encoding\" must be a string"));
    };
    let name = vm.heap().units(enc);
    let known = [
        (&b"hex"[..], Encoding::Hex),
        (b"base64", Encoding::Base64),
        (b"base64url", Encoding::Base64Url),
    ]
    .into_iter()
    .find(|(n, _)| name.same(Units::Latin1(n)))
    .map(|(_, e)| e);
    vm.charge(len_of(vm, s) as u64 / 16)?;
    let Some(encoding) = known else {
        let name = vm.heap().to_rust_string(enc);
        return Err(vm.type_error(format!("Unknown encoding: \"{name}\"")));
    };
    let mut out = Decoded::new();
    base64::with_latin1_prefix(vm.heap().units(s), |text| {
        out.reserve(match encoding {
            Encoding::Hex => text.len() / 2,
            Encoding::Base64 | Encoding::Base64Url => text.len() / 4 * 3 + 2,
        });
        let mut sink = |bytes: &[u8]| out.extend_from_slice(bytes);
        match encoding {
            Encoding::Hex => base64::decode_hex_lenient(text, &mut sink),
            Encoding::Base64 => base64::decode_lenient(text, false, &mut sink),
            Encoding::Base64Url => base64::decode_lenient(text, true, &mut sink),
        }
    });
    Ok(out)
}
