//! The four encodings CloudFront lists for `Buffer`: `utf8` (the default),
//! `hex`, `base64` and `base64url`, with Node's exact leniency:
//!
//! - strings are encoded as UTF-8 with lone surrogates as U+FFFD, and a
//!   write that runs out of room stops before a character that does not
//!   fit whole;
//! - bytes are decoded as UTF-8 the WHATWG way (each maximal invalid
//!   subsequence becomes one U+FFFD);
//! - `hex` input is read by pairs up to the first pair that is not hex;
//! - `base64` and `base64url` input accepts both alphabets, skips every
//!   other character and stops at the first `=`;
//! - when decoding `hex` and base64, each UTF-16 code unit is read by its
//!   low byte, as Node does (`'\u0161'` reads as `'a'`).

use crate::heap::Units;

/// A `Buffer` encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// `utf8` / `utf-8`
    Utf8,
    /// `hex`
    Hex,
    /// `base64`
    Base64,
    /// `base64url`
    Base64Url,
}

impl Encoding {
    /// The encoding an (already string) name designates, ignoring ASCII
    /// case; `None` for any other name, including the ones Node knows but
    /// CloudFront does not list (`latin1`, `ascii`, `utf16le`...).
    pub fn from_name(name: Units<'_>) -> Option<Encoding> {
        let lower: String = name
            .iter()
            .map(|u| {
                char::from_u32(u32::from(u))
                    .unwrap_or('\u{fffd}')
                    .to_ascii_lowercase()
            })
            .collect();
        match lower.as_str() {
            "utf8" | "utf-8" => Some(Encoding::Utf8),
            "hex" => Some(Encoding::Hex),
            "base64" => Some(Encoding::Base64),
            "base64url" => Some(Encoding::Base64Url),
            _ => None,
        }
    }

    /// `Buffer.byteLength(string, encoding)`: for the decoders an upper
    /// bound from the length alone, as Node computes it.
    pub fn byte_length(self, s: Units<'_>) -> usize {
        match self {
            Encoding::Utf8 => utf8_len(s),
            Encoding::Hex => s.len() / 2,
            Encoding::Base64 | Encoding::Base64Url => {
                let mut n = s.len();
                if n > 0 && s.at(n - 1) == u16::from(b'=') {
                    n -= 1;
                }
                if n > 1 && s.at(n - 1) == u16::from(b'=') {
                    n -= 1;
                }
                (n * 3) >> 2
            }
        }
    }

    /// The bytes `s` encodes to, at most `max` of them.
    pub fn encode(self, s: Units<'_>, max: usize) -> Vec<u8> {
        match self {
            Encoding::Utf8 => utf8_encode(s, max),
            Encoding::Hex => hex_decode(s, max),
            Encoding::Base64 | Encoding::Base64Url => base64_decode(s, max),
        }
    }

    /// `bytes` as a string in this encoding, as UTF-16 code units.
    pub fn decode(self, bytes: &[u8]) -> Vec<u16> {
        match self {
            Encoding::Utf8 => utf8_decode(bytes),
            Encoding::Hex => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                let mut out = Vec::with_capacity(bytes.len() * 2);
                for &b in bytes {
                    out.push(u16::from(DIGITS[usize::from(b >> 4)]));
                    out.push(u16::from(DIGITS[usize::from(b & 15)]));
                }
                out
            }
            Encoding::Base64 => base64_encode(
                bytes,
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
                true,
            ),
            Encoding::Base64Url => base64_encode(
                bytes,
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                false,
            ),
        }
    }
}

/// The code points of a string, lone surrogates as U+FFFD.
fn code_points(s: Units<'_>) -> impl Iterator<Item = u32> + '_ {
    char::decode_utf16(s.iter()).map(|c| c.map_or(0xFFFD, u32::from))
}

/// The UTF-8 length of a code point.
fn utf8_width(c: u32) -> usize {
    match c {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

/// The UTF-8 length of a string (lone surrogates count 3, as U+FFFD).
pub fn utf8_len(s: Units<'_>) -> usize {
    match s {
        Units::Latin1(b) => b.iter().map(|&c| if c < 0x80 { 1 } else { 2 }).sum(),
        Units::Utf16(_) => code_points(s).map(utf8_width).sum(),
    }
}

/// UTF-8 of `s`, stopping before the first character that would take the
/// output past `max` bytes.
pub fn utf8_encode(s: Units<'_>, max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len().min(max));
    for c in code_points(s) {
        let width = utf8_width(c);
        if out.len() + width > max {
            break;
        }
        let mut buf = [0u8; 4];
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
    out
}

/// UTF-8 of `s` with lone surrogates encoded as three-byte sequences of
/// their own value (WTF-8), as Node encodes the needle of `indexOf`.
pub fn wtf8_encode(s: Units<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in char::decode_utf16(s.iter()) {
        match c {
            Ok(ch) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            Err(e) => {
                let u = e.unpaired_surrogate();
                out.extend_from_slice(&[
                    0xE0 | (u >> 12) as u8,
                    0x80 | ((u >> 6) & 0x3F) as u8,
                    0x80 | (u & 0x3F) as u8,
                ]);
            }
        }
    }
    out
}

/// WHATWG UTF-8 decode with replacement.
pub fn utf8_decode(bytes: &[u8]) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push(u16::from(b));
            i += 1;
            continue;
        }
        // The length of the sequence and the range its second byte must be
        // in (which rules out overlong forms, surrogates and > U+10FFFF).
        let (len, lo, hi, init) = match b {
            0xC2..=0xDF => (2, 0x80, 0xBF, u32::from(b & 0x1F)),
            0xE0 => (3, 0xA0, 0xBF, 0),
            0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF, u32::from(b & 0x0F)),
            0xED => (3, 0x80, 0x9F, 0x0D),
            0xF0 => (4, 0x90, 0xBF, 0),
            0xF1..=0xF3 => (4, 0x80, 0xBF, u32::from(b & 0x07)),
            0xF4 => (4, 0x80, 0x8F, 4),
            _ => {
                out.push(0xFFFD);
                i += 1;
                continue;
            }
        };
        let mut cp = init;
        let mut j = 1;
        let mut ok = true;
        while j < len {
            let Some(&c) = bytes.get(i + j) else {
                ok = false;
                break;
            };
            let (l, h) = if j == 1 { (lo, hi) } else { (0x80, 0xBF) };
            if c < l || c > h {
                ok = false;
                break;
            }
            cp = (cp << 6) | u32::from(c & 0x3F);
            j += 1;
        }
        if ok {
            if let Some(ch) = char::from_u32(cp) {
                let mut buf = [0u16; 2];
                out.extend_from_slice(ch.encode_utf16(&mut buf));
            }
            i += len;
        } else {
            // The maximal subpart read so far becomes one replacement
            // character; the byte that broke it starts the next sequence.
            out.push(0xFFFD);
            i += j;
        }
    }
    out
}

/// The value of a hex digit.
fn hex_value(u: u16) -> Option<u8> {
    let c = (u & 0xFF) as u8;
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Hex pairs to bytes, up to the first pair that is not hex, at most `max`.
fn hex_decode(s: Units<'_>, max: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < max && i + 1 < s.len() {
        let (Some(a), Some(b)) = (hex_value(s.at(i)), hex_value(s.at(i + 1))) else {
            break;
        };
        out.push(a << 4 | b);
        i += 2;
    }
    out
}

/// The 6-bit value of a base64 or base64url character.
fn base64_value(u: u16) -> Option<u32> {
    let c = (u & 0xFF) as u8;
    Some(u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    }))
}

/// Lenient base64 (either alphabet) to bytes, at most `max`.
fn base64_decode(s: Units<'_>, max: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut n) = (0u32, 0);
    for u in s.iter() {
        if out.len() >= max {
            break;
        }
        if u & 0xFF == u16::from(b'=') {
            break;
        }
        let Some(v) = base64_value(u) else { continue };
        acc = acc << 6 | v;
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            n = 0;
        }
    }
    match n {
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    out.truncate(max);
    out
}

/// Base64 of `bytes` with `alphabet`, `=`-padded or not.
fn base64_encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let digit = |v: u32| u16::from(alphabet[(v & 63) as usize]);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let v = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        out.push(digit(v >> 18));
        out.push(digit(v >> 12));
        if chunk.len() > 1 {
            out.push(digit(v >> 6));
        } else if pad {
            out.push(u16::from(b'='));
        }
        if chunk.len() > 2 {
            out.push(digit(v));
        } else if pad {
            out.push(u16::from(b'='));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn utf8_decoding_replaces_maximal_subparts() {
        let got = utf8_decode(&[
            0xE2, 0x82, 0x41, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0x80, 0xC0, 0xAF, 0xFF,
        ]);
        let mut want = units("\u{fffd}A\u{1F600}");
        want.extend([0xFFFD; 6]);
        assert_eq!(got, want);
    }

    #[test]
    fn base64_is_lenient_like_node() {
        let d = |s: &str| base64_decode(Units::Utf16(&units(s)), usize::MAX);
        assert_eq!(d("YW Jj"), b"abc");
        assert_eq!(d("YW*Jj"), b"abc");
        assert_eq!(d("YQ==YQ=="), b"a");
        assert_eq!(d("-_-_"), [0xfb, 0xff, 0xbf]);
        assert_eq!(d("Y"), b"");
        assert_eq!(d("\u{0159}\u{0157}\u{014a}\u{016a}"), b"abc");
        assert_eq!(d("\u{1F600}YWJj"), b"");
    }

    #[test]
    fn utf8_writes_whole_characters() {
        assert_eq!(utf8_encode(Units::Utf16(&units("a\u{20ac}")), 3), b"a");
        assert_eq!(
            utf8_encode(Units::Utf16(&[0xD800, 0x41]), 10),
            [0xEF, 0xBF, 0xBD, 0x41]
        );
    }
}
