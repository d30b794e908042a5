//! `encodeURI`, `encodeURIComponent`, `decodeURI` and `decodeURIComponent`
//! (ECMA-262 §19.2.6), listed for both runtimes. `escape` and `unescape`
//! (Annex B) are not on either runtime's page, so they are absent.

use super::def;
use super::json::Latin1Out;
use crate::heap::Units;
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

/// The ASCII characters an encoder copies as they are, looked up once per
/// unit (every other unit is escaped): uriUnescaped, and with `reserved`
/// also uriReserved and `#` (`encodeURI`).
const fn kept_ascii(reserved: bool) -> [bool; 128] {
    let mut table = [false; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric();
        let mut i = 0;
        while i < MARK.len() {
            table[c] |= MARK[i] == b;
            i += 1;
        }
        if reserved {
            table[c] |= b == b'#';
            let mut i = 0;
            while i < RESERVED.len() {
                table[c] |= RESERVED[i] == b;
                i += 1;
            }
        }
        c += 1;
    }
    table
}

/// What `encodeURIComponent` keeps.
static KEPT_BY_COMPONENT: [bool; 128] = kept_ascii(false);

/// What `encodeURI` keeps.
static KEPT_BY_URI: [bool; 128] = kept_ascii(true);

/// Whether `u` is in uriReserved or is `#`: what `encodeURI` leaves alone
/// besides uriUnescaped, and what `decodeURI` does not decode.
fn is_reserved_or_hash(u: u16) -> bool {
    u8::try_from(u).is_ok_and(|c| c == b'#' || RESERVED.contains(&c))
}

fn uri_error(vm: &mut Vm) -> crate::vm::Throw {
    vm.error(ErrorKind::UriError, "URI malformed")
}

fn encode_uri(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    encode(vm, call.arg(0), &KEPT_BY_URI)
}

fn encode_uri_component(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    encode(vm, call.arg(0), &KEPT_BY_COMPONENT)
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
/// surrogate is a URIError. The units are copied out of the heap first
/// (the result is accounted in it as it grows); a Latin-1 string, nearly
/// every URI, as its bytes.
fn encode(vm: &mut Vm, v: Value, keep: &[bool; 128]) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    vm.charge(vm.heap().units(s).len() as u64 / 16)?;
    match vm.heap().units(s) {
        Units::Latin1(bytes) => {
            let copy: smallvec::SmallVec<[u8; 128]> = smallvec::SmallVec::from_slice(bytes);
            encode_units(vm, &copy, keep)
        }
        Units::Utf16(units) => {
            let copy = units.to_vec();
            encode_units(vm, &copy, keep)
        }
    }
}

/// [`encode`] of the units of the string.
fn encode_units<T: Copy + Into<u16>>(
    vm: &mut Vm,
    units: &[T],
    keep: &[bool; 128],
) -> JsResult<Value> {
    // All ASCII, up to nine bytes per unit of input: accounted as it grows.
    // Room for a few escapes at first, and no more than a check's worth.
    let mut out = Latin1Out::new();
    out.units
        .reserve((units.len() + units.len() / 2 + 16).min(4096));
    let mut i = 0;
    while i < units.len() {
        let u: u16 = units[i].into();
        if let Some(&true) = keep.get(usize::from(u)) {
            // (A kept unit is ASCII.)
            out.push(u as u8);
            i += 1;
            continue;
        }
        let cp = match u {
            0xD800..=0xDBFF => match units.get(i + 1).map(|&lo| lo.into()) {
                Some(lo @ 0xDC00..=0xDFFF) => {
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
                b'%',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 15)],
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
