//! Canonicalize (ECMA-262 §22.2.2.7.3, non-Unicode branch) computed from
//! the standard library's case mapping. This file is shared with the
//! build script, which tabulates it for every code unit (the tables
//! `chars.rs` reads); the crate itself uses it only to test them.

/// The canonical form of `u`: its `toUpperCase`, kept only when that is a
/// single code unit and does not take a non-ASCII unit to ASCII.
pub fn canonicalize_slow(u: u16) -> u16 {
    let Some(ch) = char::from_u32(u32::from(u)) else {
        return u;
    };
    let mut upper = ch.to_uppercase();
    let (Some(first), None) = (upper.next(), upper.next()) else {
        return u;
    };
    let cu = first as u32;
    if cu > 0xFFFF || (u >= 128 && cu < 128) {
        return u;
    }
    cu as u16
}
