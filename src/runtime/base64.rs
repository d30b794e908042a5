//! Base64 (RFC 4648 §4) for response bodies: strict decoding, since
//! CloudFront refuses a `base64` body that does not decode.
//!
//! Also njs's lenient decoding of base64, base64url and hex text, which
//! `crypto`'s `update` and 1.0's `String.bytesFrom` share: it decodes the
//! characters up to the first one outside the alphabet (padding included)
//! and drops an incomplete last byte, so it never fails.

use crate::heap::Units;

/// The standard alphabet (RFC 4648 §4).
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The URL- and filename-safe alphabet (RFC 4648 §5).
pub const URL_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes `bytes` with padding.
pub fn encode(bytes: &[u8]) -> String {
    encode_with(bytes, ALPHABET)
}

/// Encodes `bytes` with padding in the URL-safe alphabet (`-` and `_` for
/// `+` and `/`).
pub fn encode_url(bytes: &[u8]) -> String {
    encode_with(bytes, URL_ALPHABET)
}

fn encode_with(bytes: &[u8], alphabet: &[u8; 64]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(alphabet[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes padded or unpadded base64; `None` on any other character, a
/// misplaced `=` or an impossible length.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let body = text.trim_end_matches('=');
    if text.len() - body.len() > 2
        || (text.len() != body.len() && text.len() % 4 != 0)
        || body.len() % 4 == 1
    {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in body.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// Marks a byte outside the alphabet in [`VALUES`], [`URL_VALUES`] and
/// [`HEX_VALUES`].
const INVALID: u8 = 0xFF;

/// The value of each byte in `alphabet`, [`INVALID`] for the others.
const fn values(alphabet: &[u8; 64]) -> [u8; 256] {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[alphabet[i] as usize] = i as u8;
        i += 1;
    }
    table
}

/// Byte to sextet, standard alphabet: one load per character.
static VALUES: [u8; 256] = values(ALPHABET);

/// Byte to sextet, URL-safe alphabet.
static URL_VALUES: [u8; 256] = values(URL_ALPHABET);

/// Runs `decode` on the Latin-1 text of `units`. A unit above 255 is
/// outside every alphabet, so decoding stops there: a UTF-16 string is cut
/// before its first such unit, which gives the same bytes.
pub fn with_latin1_prefix<R>(units: Units<'_>, decode: impl FnOnce(&[u8]) -> R) -> R {
    match units {
        Units::Latin1(bytes) => decode(bytes),
        Units::Utf16(wide) => {
            let prefix: Vec<u8> = wide.iter().map_while(|&u| u8::try_from(u).ok()).collect();
            decode(&prefix)
        }
    }
}

/// njs's lenient base64 (or, with `url`, base64url) decoding of `text`:
/// the characters of the alphabet up to the first other one; a last group
/// of 2 or 3 characters gives 1 or 2 bytes, a single one nothing. The
/// bytes go to `out` in pieces of at most 192.
pub fn decode_lenient(text: &[u8], url: bool, out: &mut impl FnMut(&[u8])) {
    let values = if url { &URL_VALUES } else { &VALUES };
    let mut buf = [0u8; 192];
    let mut len = 0;
    let mut rest = text;
    while let [a, b, c, d, tail @ ..] = rest {
        let v = [a, b, c, d].map(|&x| values[usize::from(x)]);
        // Sextets are below 64; INVALID has the high bits set.
        if (v[0] | v[1] | v[2] | v[3]) >= 64 {
            break;
        }
        let n =
            u32::from(v[0]) << 18 | u32::from(v[1]) << 12 | u32::from(v[2]) << 6 | u32::from(v[3]);
        if len == buf.len() {
            out(&buf);
            len = 0;
        }
        buf[len..len + 3].copy_from_slice(&n.to_be_bytes()[1..]);
        len += 3;
        rest = tail;
    }
    // The last group: the alphabet characters before the end or the first
    // other character, at most three of them.
    let mut n = 0u32;
    let mut count = 0;
    for &c in rest.iter().take(3) {
        let v = values[usize::from(c)];
        if v >= 64 {
            break;
        }
        n |= u32::from(v) << (18 - 6 * count);
        count += 1;
    }
    let tail = n.to_be_bytes();
    let tail = tail.get(1..count).unwrap_or(&[]);
    if len + tail.len() > buf.len() {
        out(&buf[..len]);
        len = 0;
    }
    buf[len..len + tail.len()].copy_from_slice(tail);
    len += tail.len();
    if len > 0 {
        out(&buf[..len]);
    }
}

/// The value of a hex digit (either case), [`INVALID`] for other bytes.
const fn hex_values() -> [u8; 256] {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
}

/// Byte to hex digit value.
static HEX_VALUES: [u8; 256] = hex_values();

/// njs's lenient hex decoding of `text`: pairs of digits up to the first
/// non-digit; an odd last digit is dropped. The bytes go to `out` in
/// pieces of at most 128.
pub fn decode_hex_lenient(text: &[u8], out: &mut impl FnMut(&[u8])) {
    let mut buf = [0u8; 128];
    let mut len = 0;
    let mut rest = text;
    while let [h, l, tail @ ..] = rest {
        let (h, l) = (HEX_VALUES[usize::from(*h)], HEX_VALUES[usize::from(*l)]);
        if (h | l) >= 16 {
            break;
        }
        if len == buf.len() {
            out(&buf);
            len = 0;
        }
        buf[len] = h << 4 | l;
        len += 1;
        rest = tail;
    }
    if len > 0 {
        out(&buf[..len]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects() {
        for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            assert_eq!(decode(&encode(s.as_bytes())).as_deref(), Some(s.as_bytes()));
        }
        assert_eq!(encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(encode(b"fo"), "Zm8=");
        assert_eq!(encode(&[0xfb, 0xff]), "+/8=");
        assert_eq!(encode_url(&[0xfb, 0xff]), "-_8=");
        assert_eq!(decode("Zm8"), Some(b"fo".to_vec()));
        assert_eq!(decode("Zm8=="), None);
        assert_eq!(decode("Z"), None);
        assert_eq!(decode("Zm9v!"), None);
        assert_eq!(decode("Zg=a"), None);
    }

    fn lenient(text: &str, url: bool) -> Vec<u8> {
        let mut out = Vec::new();
        decode_lenient(text.as_bytes(), url, &mut |b| out.extend_from_slice(b));
        out
    }

    fn hex(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        decode_hex_lenient(text.as_bytes(), &mut |b| out.extend_from_slice(b));
        out
    }

    #[test]
    fn lenient_base64_decodes_like_njs() {
        assert_eq!(lenient("aGVsbG8=", false), b"hello");
        assert_eq!(lenient("aGVsbG8", false), b"hello");
        assert_eq!(lenient("aGVsbA", false), b"hell");
        assert_eq!(lenient("QQ", false), b"A");
        assert_eq!(lenient("Q", false), b"");
        assert_eq!(lenient("", false), b"");
        assert_eq!(lenient("_-8", true), [0xFF, 0xEF]);
        assert_eq!(lenient("-_8", true), [0xFB, 0xFF]);
        assert_eq!(lenient("-_8", false), b"");
        assert_eq!(lenient("+/8=", false), [0xFB, 0xFF]);
        assert_eq!(lenient("+/8", true), b"");
        // Decoding stops at padding, whatever follows.
        assert_eq!(lenient("Zg==Zm9v", false), b"f");
        assert_eq!(lenient("Zm9v YmFy", false), b"foo");
        assert_eq!(lenient("Zm9v\u{e9}", false), b"foo");
        assert_eq!(lenient("QUI*QUFB", false), b"AB");
        assert_eq!(lenient("QU*B", false), b"A");
        assert_eq!(lenient("Q*QQ", false), b"");
        assert_eq!(lenient("QUFBQ", false), b"AAA");
    }

    #[test]
    fn lenient_base64_decodes_long_text_in_pieces() {
        let bytes: Vec<u8> = (0..=255).cycle().take(1000).collect();
        for n in [0, 1, 2, 3, 191, 192, 193, 500, 1000] {
            assert_eq!(lenient(&encode(&bytes[..n]), false), &bytes[..n]);
            let url = encode_url(&bytes[..n]);
            assert_eq!(lenient(url.trim_end_matches('='), true), &bytes[..n]);
        }
    }

    #[test]
    fn lenient_hex_decodes_like_njs() {
        assert_eq!(hex("c2a3"), [0xC2, 0xA3]);
        assert_eq!(hex("C2A"), [0xC2]);
        assert_eq!(hex("0g12"), b"");
        assert_eq!(hex("0102zz03"), [1, 2]);
        assert_eq!(hex("0aFfz1"), [0x0A, 0xFF]);
        assert_eq!(hex(""), b"");
        let long: String = (0..300).map(|i| format!("{:02x}", i % 256)).collect();
        let want: Vec<u8> = (0..300).map(|i| (i % 256) as u8).collect();
        assert_eq!(hex(&long), want);
        assert_eq!(hex(&long[..599]), &want[..299]);
    }

    #[test]
    fn wide_text_decodes_up_to_its_first_wide_unit() {
        let wide: Vec<u16> = "aGVsbG8€Zm9v".encode_utf16().collect();
        let got = with_latin1_prefix(Units::Utf16(&wide), |t| {
            let mut out = Vec::new();
            decode_lenient(t, false, &mut |b| out.extend_from_slice(b));
            out
        });
        assert_eq!(got, b"hello");
        let wide: Vec<u16> = "6869\u{e9}€".encode_utf16().collect();
        assert_eq!(
            with_latin1_prefix(Units::Utf16(&wide), |t| t.to_vec()),
            b"6869\xe9"
        );
    }
}
