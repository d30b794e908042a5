//! `encodeURI`, `encodeURIComponent`, `decodeURI` and `decodeURIComponent`
//! (ECMA-262 §19.2.6), listed for both runtimes. `escape` and `unescape`
//! (Annex B) are not on either runtime's page, so they are absent.

use super::def;
use super::json::Utf16Out;
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, ErrorKind, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let global = b.global;
    b.methods(
        global,
        &[
            def("encodeURI", 1, encode_uri),
            def("encodeURIComponent", 1, encode_uri_component),
            def("decodeURI", 1, decode_uri),
            def("decodeURIComponent", 1, decode_uri_component),
        ],
    );
}

/// uriReserved (`;/?:@&=+$,`).
const RESERVED: &[u8] = b";/?:@&=+$,";
/// uriMark, the non-alphanumeric part of uriUnescaped.
const MARK: &[u8] = b"-_.!~*'()";

/// Whether `u` is in uriUnescaped (alphanumerics and uriMark).
fn is_unescaped(u: u16) -> bool {
    u < 0x80 && (u8::try_from(u).is_ok_and(|c| c.is_ascii_alphanumeric() || MARK.contains(&c)))
}

/// Whether `u` is in uriReserved or is `#`: what `encodeURI` leaves alone
/// besides uriUnescaped, and what `decodeURI` does not decode.
fn is_reserved_or_hash(u: u16) -> bool {
    u8::try_from(u).is_ok_and(|c| c == b'#' || RESERVED.contains(&c))
}

fn uri_error(vm: &mut Vm) -> crate::vm::Throw {
    vm.error(ErrorKind::UriError, "URI malformed")
}

fn encode_uri(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    encode(vm, call.arg(0), |u| {
        is_unescaped(u) || is_reserved_or_hash(u)
    })
}

fn encode_uri_component(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    encode(vm, call.arg(0), is_unescaped)
}

fn decode_uri(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    decode(vm, call.arg(0), is_reserved_or_hash)
}

fn decode_uri_component(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    decode(vm, call.arg(0), |_| false)
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Encode (§19.2.6.5): code units in the unescaped set are copied, every
/// other code point is written as `%XX` escapes of its UTF-8 bytes; a lone
/// surrogate is a URIError.
fn encode(vm: &mut Vm, v: Value, keep: fn(u16) -> bool) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units: Vec<u16> = vm.heap().units(s).iter().collect();
    vm.charge(units.len() as u64 / 16)?;
    // Up to nine units per unit of input: accounted as it grows.
    let mut out = Utf16Out::new();
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if keep(u) {
            out.push(u);
            i += 1;
            continue;
        }
        let cp = match u {
            0xD800..=0xDBFF => match units.get(i + 1) {
                Some(&lo @ 0xDC00..=0xDFFF) => {
                    i += 1;
                    0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00)
                }
                _ => return Err(uri_error(vm)),
            },
            0xDC00..=0xDFFF => return Err(uri_error(vm)),
            _ => u32::from(u),
        };
        i += 1;
        let mut buf = [0u8; 4];
        let bytes = char::from_u32(cp).map_or(&[][..], |c| c.encode_utf8(&mut buf).as_bytes());
        for &byte in bytes {
            out.extend([
                u16::from(b'%'),
                u16::from(HEX[usize::from(byte >> 4)]),
                u16::from(HEX[usize::from(byte & 15)]),
            ]);
        }
        out.check(vm)?;
    }
    Ok(Value::String(out.finish(vm)?))
}

/// The value of hex digit `u`.
fn hex_value(u: u16) -> Option<u8> {
    char::from_u32(u32::from(u))
        .and_then(|c| c.to_digit(16))
        .and_then(|d| u8::try_from(d).ok())
}

/// The byte of the escape `%XX` at `units[k..]`, if it is one.
fn escaped_byte(units: &[u16], k: usize) -> Option<u8> {
    if units.get(k) != Some(&u16::from(b'%')) {
        return None;
    }
    let hi = hex_value(*units.get(k + 1)?)?;
    let lo = hex_value(*units.get(k + 2)?)?;
    Some(hi << 4 | lo)
}

/// Decode (§19.2.6.6): `%XX` escapes are decoded as UTF-8 (which must be
/// well formed: no overlong forms, surrogates or values past U+10FFFF),
/// except that a one-byte escape of a character in `preserve` is kept as
/// written.
fn decode(vm: &mut Vm, v: Value, preserve: fn(u16) -> bool) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units: Vec<u16> = vm.heap().units(s).iter().collect();
    vm.charge(units.len() as u64 / 16)?;
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let u = units[k];
        if u != u16::from(b'%') {
            out.push(u);
            k += 1;
            continue;
        }
        let Some(b) = escaped_byte(&units, k) else {
            return Err(uri_error(vm));
        };
        if b < 0x80 {
            let c = u16::from(b);
            if preserve(c) {
                out.extend_from_slice(&units[k..k + 3]);
            } else {
                out.push(c);
            }
            k += 3;
            continue;
        }
        let n = b.leading_ones() as usize;
        if !(2..=4).contains(&n) {
            return Err(uri_error(vm));
        }
        let mut octets = [b, 0, 0, 0];
        for (j, slot) in octets.iter_mut().enumerate().take(n).skip(1) {
            match escaped_byte(&units, k + 3 * j) {
                Some(c) if c & 0xC0 == 0x80 => *slot = c,
                _ => return Err(uri_error(vm)),
            }
        }
        // Rust's UTF-8 validation rejects exactly what ES calls an invalid
        // encoding: overlong forms, surrogates, and code points past U+10FFFF.
        let Ok(text) = std::str::from_utf8(&octets[..n]) else {
            return Err(uri_error(vm));
        };
        let mut buf = [0u16; 2];
        for c in text.chars() {
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
        k += 3 * n;
    }
    Ok(Value::String(vm.heap_mut().str_from_utf16(&out)?))
}
