//! Hand-written scanners for the tokens whose decoding logos cannot express
//! well: string and template literals (escapes decoded to UTF-16), numeric
//! literals (every radix, separators, exact rounding), regular-expression
//! bodies, block comments and identifiers with escapes or non-ASCII
//! characters.
//!
//! Each scanner takes the source and the byte offset where it starts, and
//! returns what it read with the offset just past it. None of them can read
//! past the end of the source or panic: every error is a [`SyntaxError`].

use crate::ast::{Lit, Literals};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::features::{Feature, Runtime};
use crate::source::Span;

fn lexical(message: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::Lexical,
        message,
        Span::new(start as u32, end as u32),
    )
}

/// Whether `c` ends a line in ECMAScript.
pub fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Whether `c` is white space in ECMAScript (line terminators excluded).
pub fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{0B}' | '\u{0C}' | ' ' | '\u{A0}' | '\u{FEFF}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether `c` may start an identifier.
pub fn is_id_start(c: char) -> bool {
    c == '$' || c == '_' || unicode_id_start::is_id_start(c)
}

/// Whether `c` may continue an identifier.
pub fn is_id_continue(c: char) -> bool {
    c == '$' || c == '\u{200C}' || c == '\u{200D}' || unicode_id_start::is_id_continue(c)
}

fn char_at(src: &str, pos: usize) -> Option<char> {
    src.get(pos..)?.chars().next()
}

fn push_char(out: &mut Vec<u16>, c: char) {
    let mut buf = [0u16; 2];
    out.extend_from_slice(c.encode_utf16(&mut buf));
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        out.push(cp as u16);
    } else {
        let v = cp - 0x10000;
        out.push(0xD800 | (v >> 10) as u16);
        out.push(0xDC00 | (v & 0x3FF) as u16);
    }
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Reads exactly `n` hex digits at `pos`.
fn fixed_hex(src: &str, pos: usize, n: usize) -> Option<u32> {
    let digits = src.as_bytes().get(pos..pos + n)?;
    digits
        .iter()
        .try_fold(0u32, |acc, &b| Some(acc * 16 + hex_value(b)?))
}

/// Reads a `\u` escape's body at `pos` (just after the `u`): `XXXX` or
/// `{X...}`. Returns the code point and the offset after the escape.
fn unicode_escape(src: &str, pos: usize, esc_start: usize) -> Result<(u32, usize), SyntaxError> {
    let bytes = src.as_bytes();
    if bytes.get(pos) == Some(&b'{') {
        let mut i = pos + 1;
        let mut value: u32 = 0;
        let mut digits = 0;
        while let Some(d) = bytes.get(i).and_then(|&b| hex_value(b)) {
            value = value.saturating_mul(16).saturating_add(d);
            digits += 1;
            i += 1;
        }
        if digits == 0 || bytes.get(i) != Some(&b'}') {
            return Err(lexical(
                "invalid Unicode escape sequence",
                esc_start,
                i.min(src.len()),
            ));
        }
        if value > 0x10FFFF {
            return Err(lexical(
                "Unicode escape out of range (the maximum is \\u{10FFFF})",
                esc_start,
                i + 1,
            ));
        }
        Ok((value, i + 1))
    } else {
        match fixed_hex(src, pos, 4) {
            Some(v) => Ok((v, pos + 4)),
            None => Err(lexical(
                "invalid Unicode escape sequence",
                esc_start,
                (pos + 4).min(src.len()),
            )),
        }
    }
}

/// Where an escape sequence appears; the two differ in what they accept.
#[derive(Clone, Copy, PartialEq)]
enum EscapeIn {
    String,
    Template,
}

/// Decodes the escape sequence whose `\` is at `pos`; appends its value to
/// `out` and returns the offset after it.
fn escape(src: &str, pos: usize, out: &mut Vec<u16>, ctx: EscapeIn) -> Result<usize, SyntaxError> {
    let Some(c) = char_at(src, pos + 1) else {
        return Err(lexical("unterminated literal", pos, src.len()));
    };
    let next = pos + 1 + c.len_utf8();
    let simple = match c {
        'n' => Some(0x0A),
        't' => Some(0x09),
        'r' => Some(0x0D),
        'b' => Some(0x08),
        'f' => Some(0x0C),
        'v' => Some(0x0B),
        _ => None,
    };
    if let Some(unit) = simple {
        out.push(unit);
        return Ok(next);
    }
    match c {
        // A line continuation contributes nothing.
        '\r' => Ok(if src.as_bytes().get(next) == Some(&b'\n') {
            next + 1
        } else {
            next
        }),
        '\n' | '\u{2028}' | '\u{2029}' => Ok(next),
        '0' if !src.as_bytes().get(next).is_some_and(u8::is_ascii_digit) => {
            out.push(0);
            Ok(next)
        }
        '0'..='7' => Err(lexical(
            match ctx {
                EscapeIn::String => "octal escape sequences are not allowed in strict mode",
                EscapeIn::Template => "octal escape sequences are not allowed in template literals",
            },
            pos,
            next,
        )),
        '8' | '9' => Err(lexical(
            match ctx {
                EscapeIn::String => "`\\8` and `\\9` are not allowed in strict mode",
                EscapeIn::Template => "`\\8` and `\\9` are not allowed in template literals",
            },
            pos,
            next,
        )),
        'x' => match fixed_hex(src, next, 2) {
            Some(v) => {
                out.push(v as u16);
                Ok(next + 2)
            }
            None => Err(lexical(
                "invalid hexadecimal escape sequence",
                pos,
                (next + 2).min(src.len()),
            )),
        },
        'u' => {
            let (cp, end) = unicode_escape(src, next, pos)?;
            push_code_point(out, cp);
            Ok(end)
        }
        other => {
            push_char(out, other);
            Ok(next)
        }
    }
}

/// The bytes that end a run of plain text in a string literal, by quote:
/// the quote itself, a backslash, a line break, or the start of a
/// non-ASCII character. One table lookup per byte instead of five
/// comparisons.
const STRING_STOPS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0x80;
    while b < 256 {
        t[b] = STOPS_DOUBLE | STOPS_SINGLE;
        b += 1;
    }
    t[b'\\' as usize] = STOPS_DOUBLE | STOPS_SINGLE;
    t[b'\n' as usize] = STOPS_DOUBLE | STOPS_SINGLE;
    t[b'\r' as usize] = STOPS_DOUBLE | STOPS_SINGLE;
    t[b'"' as usize] = STOPS_DOUBLE;
    t[b'\'' as usize] = STOPS_SINGLE;
    t
};
/// [`STRING_STOPS`] bit of a `"` string.
const STOPS_DOUBLE: u8 = 1;
/// [`STRING_STOPS`] bit of a `'` string.
const STOPS_SINGLE: u8 = 2;

/// Whether `b` continues an ASCII identifier: `[a-zA-Z0-9_$]`.
#[inline(always)]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// Scans a string literal whose opening quote (`"` or `'`) is at `start`.
/// Adds its value to `out` and returns it with the offset after the
/// closing quote.
#[inline(always)]
pub fn string(src: &str, start: usize, out: &mut Literals) -> Result<(Lit, usize), SyntaxError> {
    // Most literals are plain ASCII up to the closing quote: find the first
    // byte that is not, and copy the text as Latin-1 in one go.
    let bytes = src.as_bytes();
    if let Some(&quote @ (b'"' | b'\'')) = bytes.get(start) {
        let end = plain_run(bytes, start + 1, quote);
        if bytes.get(end) == Some(&quote) {
            return Ok((out.push_latin1(&bytes[start + 1..end]), end + 1));
        }
    }
    let end = string_general(src, start, out.open())?;
    Ok((out.close(), end))
}

/// The first offset from `i` whose byte may end a run of plain text in a
/// string literal closed by `quote`: the quote, a backslash, a control
/// character (line breaks among them) or a non-ASCII byte; the end of
/// `bytes` if there is none. Eight bytes at a time.
#[inline]
fn plain_run(bytes: &[u8], mut i: usize, quote: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let quotes = ONES * u64::from(quote);
    let backslashes = ONES * u64::from(b'\\');
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        // A byte's high bit is set in `stops` if it is the quote or a
        // backslash (it is zero after the xor), below 0x20, or from 0x80 up.
        // A borrow may also set bits above a byte that stops, never below,
        // so the lowest set bit is exact.
        let q = x ^ quotes;
        let b = x ^ backslashes;
        let stops = ((q.wrapping_sub(ONES) & !q)
            | (b.wrapping_sub(ONES) & !b)
            | (x.wrapping_sub(ONES * 0x20) & !x)
            | x)
            & HIGH;
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == quote || b == b'\\' || !(0x20..0x80).contains(&b) {
            break;
        }
        i += 1;
    }
    i
}

/// [`string`] for any literal: escapes, line continuations, non-ASCII text
/// and every error.
#[inline(never)]
fn string_general(src: &str, start: usize, out: &mut Vec<u16>) -> Result<usize, SyntaxError> {
    let bytes = src.as_bytes();
    let (quote, stop) = match bytes.get(start) {
        Some(b'"') => (b'"', STOPS_DOUBLE),
        Some(b'\'') => (b'\'', STOPS_SINGLE),
        _ => {
            return Err(lexical(
                "a string literal starts with a quote",
                start,
                start + 1,
            ));
        }
    };
    let mut i = start + 1;
    loop {
        // Copy a run of plain ASCII in one go: the common case.
        let run_start = i;
        while let Some(&b) = bytes.get(i) {
            if STRING_STOPS[usize::from(b)] & stop != 0 {
                break;
            }
            i += 1;
        }
        let Some(c) = char_at(src, i) else {
            return Err(lexical("unterminated string literal", start, src.len()));
        };
        out.extend(bytes[run_start..i].iter().map(|&b| u16::from(b)));
        match c {
            _ if c as u32 == quote as u32 => return Ok(i + 1),
            '\\' => i = escape(src, i, out, EscapeIn::String)?,
            '\n' | '\r' => return Err(lexical("unterminated string literal", start, i)),
            _ => {
                push_char(out, c);
                i += c.len_utf8();
            }
        }
    }
}

/// How a template part ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateEnd {
    /// At the closing backtick.
    Backtick,
    /// At `${`: a substitution follows.
    Substitution,
}

/// Scans template text from `start` (just after `` ` `` or the `}` that
/// closes a substitution). Returns the cooked value, how the part ends, and
/// the offset after the `` ` `` or `${`.
pub fn template_part(
    src: &str,
    start: usize,
) -> Result<(Vec<u16>, TemplateEnd, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    loop {
        let Some(c) = char_at(src, i) else {
            return Err(lexical(
                "unterminated template literal",
                start.saturating_sub(1),
                src.len(),
            ));
        };
        match c {
            '`' => return Ok((out, TemplateEnd::Backtick, i + 1)),
            '$' if bytes.get(i + 1) == Some(&b'{') => {
                return Ok((out, TemplateEnd::Substitution, i + 2));
            }
            '\\' => i = escape(src, i, &mut out, EscapeIn::Template)?,
            // CR and CRLF in template text read as LF.
            '\r' => {
                out.push(0x0A);
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            _ => {
                push_char(&mut out, c);
                i += c.len_utf8();
            }
        }
    }
}

/// Scans a block comment whose `/*` is at `start`. Returns the offset after
/// `*/` and whether the comment contains a line terminator (which makes it
/// count as one for automatic semicolon insertion).
pub fn block_comment(src: &str, start: usize) -> Result<(usize, bool), SyntaxError> {
    let body = &src[start + 2..];
    let Some(len) = body.find("*/") else {
        return Err(lexical("unterminated comment", start, src.len()));
    };
    let newline = body[..len].contains(is_line_terminator);
    Ok((start + 2 + len + 2, newline))
}

/// Scans a regular-expression literal whose `/` is at `start`. Returns the
/// pattern, the flags and the offset after the flags.
pub fn regex(src: &str, start: usize) -> Result<(String, String, usize), SyntaxError> {
    // Most literals are ASCII: read them byte by byte, and leave anything
    // else (non-ASCII text, which may hold a line terminator, and every
    // error) to `regex_general`.
    let bytes = src.as_bytes();
    let mut i = start + 1;
    let mut in_class = false;
    loop {
        match bytes.get(i) {
            Some(b'\\') => match bytes.get(i + 1) {
                Some(&n) if n != b'\n' && n != b'\r' && n < 0x80 => i += 1,
                _ => return regex_general(src, start),
            },
            Some(b'[') => in_class = true,
            Some(b']') => in_class = false,
            Some(b'/') if !in_class => break,
            Some(&b) if b != b'\n' && b != b'\r' && b < 0x80 => {}
            _ => return regex_general(src, start),
        }
        i += 1;
    }
    let flags_start = i + 1;
    let mut end = flags_start;
    while bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
        end += 1;
    }
    if bytes.get(end).is_some_and(|&b| b == b'\\' || b >= 0x80) {
        return regex_general(src, start);
    }
    Ok((
        src[start + 1..i].to_string(),
        src[flags_start..end].to_string(),
        end,
    ))
}

/// [`regex`] for any literal.
#[inline(never)]
fn regex_general(src: &str, start: usize) -> Result<(String, String, usize), SyntaxError> {
    let mut i = start + 1;
    let mut in_class = false;
    let unterminated = |end| lexical("unterminated regular expression", start, end);
    loop {
        let Some(c) = char_at(src, i) else {
            return Err(unterminated(src.len()));
        };
        if is_line_terminator(c) {
            return Err(unterminated(i));
        }
        i += c.len_utf8();
        match c {
            '\\' => match char_at(src, i) {
                Some(n) if !is_line_terminator(n) => i += n.len_utf8(),
                _ => return Err(unterminated(i)),
            },
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => break,
            _ => {}
        }
    }
    let pattern = src[start + 1..i - 1].to_string();
    let flags_start = i;
    while let Some(c) = char_at(src, i) {
        if c == '\\' {
            return Err(lexical(
                "escapes are not allowed in regular-expression flags",
                i,
                i + 1,
            ));
        }
        if !is_id_continue(c) {
            break;
        }
        i += c.len_utf8();
    }
    Ok((pattern, src[flags_start..i].to_string(), i))
}

/// Scans an identifier from `start`, where an ASCII prefix may already have
/// been matched up to `pos`. Handles `\u` escapes and non-ASCII characters.
/// Returns the decoded name, whether it contained an escape, and the end.
pub fn identifier(
    src: &str,
    start: usize,
    pos: usize,
) -> Result<(String, bool, usize), SyntaxError> {
    let mut name = String::from(&src[start..pos]);
    let mut escaped = false;
    let mut i = pos;
    while let Some(c) = char_at(src, i) {
        let (ch, next) = if c == '\\' {
            if src.as_bytes().get(i + 1) != Some(&b'u') {
                return Err(lexical("invalid escape in identifier", i, i + 1));
            }
            let (cp, next) = unicode_escape(src, i + 2, i)?;
            escaped = true;
            match char::from_u32(cp) {
                Some(ch) => (ch, next),
                None => return Err(lexical("invalid character in identifier", i, next)),
            }
        } else {
            (c, i + c.len_utf8())
        };
        let ok = if name.is_empty() {
            is_id_start(ch)
        } else {
            is_id_continue(ch)
        };
        if !ok {
            if c == '\\' {
                return Err(lexical("invalid character in identifier", i, next));
            }
            break;
        }
        name.push(ch);
        i = next;
    }
    if name.is_empty() {
        let end = char_at(src, i).map_or(i, |c| i + c.len_utf8());
        return Err(lexical("invalid or unexpected character", i, end));
    }
    Ok((name, escaped, i))
}

/// Scans a numeric literal starting at `start`. Returns its value and the
/// offset after it. `runtime` decides whether `_` separators are allowed.
#[inline]
pub fn number(src: &str, start: usize, runtime: Runtime) -> Result<(f64, usize), SyntaxError> {
    // Most literals are short decimal integers: up to 15 digits, without a
    // leading zero, followed by neither a fraction, an exponent, a
    // separator nor an identifier character. Their value is exact.
    let bytes = src.as_bytes();
    let mut value: u64 = 0;
    let mut i = start;
    while i - start < 16
        && let Some(&b @ b'0'..=b'9') = bytes.get(i)
    {
        value = value * 10 + u64::from(b - b'0');
        i += 1;
    }
    let digits = i - start;
    let plain_end = match bytes.get(i) {
        None => true,
        Some(&b) => b != b'.' && b != b'\\' && b < 0x80 && !is_word_byte(b),
    };
    if (1..=15).contains(&digits) && (digits == 1 || bytes[start] != b'0') && plain_end {
        return Ok((value as f64, i));
    }
    number_general(src, start, runtime)
}

/// [`number`] for any literal: every radix, fractions, exponents,
/// separators and every error.
#[inline(never)]
fn number_general(src: &str, start: usize, runtime: Runtime) -> Result<(f64, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let radix = match (at(start), at(start + 1) | 0x20) {
        (b'0', b'x') => 16,
        (b'0', b'o') => 8,
        (b'0', b'b') => 2,
        _ => 10,
    };
    let (value, end) = if radix != 10 {
        let (digits, end) = digit_run(src, start + 2, radix, runtime)?;
        if digits.is_empty() {
            return Err(lexical("missing digits after the radix prefix", start, end));
        }
        (radix_value(&digits, radix), end)
    } else {
        decimal(src, start, runtime)?
    };
    // A numeric literal may not run straight into an identifier or a digit.
    match char_at(src, end) {
        Some('n') => Err(SyntaxError::unsupported(
            Feature::BigInt,
            runtime,
            Span::new(start as u32, end as u32 + 1),
        )),
        Some(c) if c.is_ascii_digit() || is_id_start(c) || c == '\\' => Err(lexical(
            "an identifier cannot start immediately after a numeric literal",
            end,
            end + c.len_utf8(),
        )),
        _ => Ok((value, end)),
    }
}

/// Reads digits of `radix` with optional `_` separators from `pos`; returns
/// them without separators, and the end.
fn digit_run(
    src: &str,
    pos: usize,
    radix: u32,
    runtime: Runtime,
) -> Result<(String, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let mut digits = String::new();
    let mut i = pos;
    loop {
        match bytes.get(i) {
            Some(&b) if (b as char).is_digit(radix) => digits.push(b as char),
            Some(b'_') => {
                let sep = Span::new(i as u32, i as u32 + 1);
                if !Feature::NumericSeparator.supported_by(runtime) {
                    return Err(SyntaxError::unsupported(
                        Feature::NumericSeparator,
                        runtime,
                        sep,
                    ));
                }
                let before_ok = i > pos && bytes[i - 1] != b'_';
                let after_ok = bytes
                    .get(i + 1)
                    .is_some_and(|&b| (b as char).is_digit(radix));
                if !before_ok || !after_ok {
                    return Err(lexical(
                        "a numeric separator must stand between two digits",
                        i,
                        i + 1,
                    ));
                }
            }
            _ => break,
        }
        i += 1;
    }
    Ok((digits, i))
}

fn decimal(src: &str, start: usize, runtime: Runtime) -> Result<(f64, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let mut text = String::new();
    let mut i = start;
    if bytes[start] != b'.' {
        let (int, end) = digit_run(src, start, 10, runtime)?;
        if int.len() > 1 && int.starts_with('0') {
            let msg = if int.bytes().all(|b| b < b'8') {
                "legacy octal literals are not allowed in strict mode (use the 0o prefix)"
            } else {
                "decimal literals with a leading zero are not allowed in strict mode"
            };
            return Err(lexical(msg, start, end));
        }
        if int.starts_with('0') && bytes.get(start + 1) == Some(&b'_') {
            return Err(lexical(
                "a numeric separator cannot follow a leading zero",
                start + 1,
                start + 2,
            ));
        }
        text.push_str(&int);
        i = end;
    }
    if bytes.get(i) == Some(&b'.') {
        text.push('.');
        i += 1;
        if bytes.get(i) == Some(&b'_') {
            return Err(lexical(
                "a numeric separator must stand between two digits",
                i,
                i + 1,
            ));
        }
        let (frac, end) = digit_run(src, i, 10, runtime)?;
        text.push_str(&frac);
        i = end;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if let Some(&sign @ (b'+' | b'-')) = bytes.get(j) {
            exp.push(sign as char);
            j += 1;
        }
        let (digits, end) = digit_run(src, j, 10, runtime)?;
        if digits.is_empty() {
            return Err(lexical("missing exponent digits", start, end));
        }
        exp.push_str(&digits);
        text.push_str(&exp);
        i = end;
    }
    if text.starts_with('.') {
        text.insert(0, '0');
    }
    // Rust's float parser rounds correctly, as ECMAScript requires.
    let value = text
        .parse::<f64>()
        .map_err(|_| lexical("invalid numeric literal", start, i))?;
    Ok((value, i))
}

/// The value of `digits` (all valid in `radix`, which is 2, 8 or 16),
/// rounded to the nearest double with ties to even.
fn radix_value(digits: &str, radix: u32) -> f64 {
    let bits_per_digit = radix.trailing_zeros();
    let digits = digits.trim_start_matches('0');
    // Keep the top 64 bits and remember whether any bit below them is set:
    // converting that 64-bit value (with the "sticky" bit folded into its
    // lowest bit) rounds exactly as rounding the full value would.
    let mut mantissa: u64 = 0;
    let mut extra_bits: i32 = 0;
    let mut sticky = false;
    for d in digits.chars() {
        let v = d.to_digit(radix).unwrap_or(0) as u64;
        if extra_bits > 0 || mantissa.leading_zeros() < bits_per_digit {
            // No room: shift in what fits, fold the rest into `sticky`.
            let room = mantissa.leading_zeros();
            let keep = room.min(bits_per_digit);
            let dropped = bits_per_digit - keep;
            if keep > 0 {
                mantissa = (mantissa << keep) | (v >> dropped);
            }
            sticky |= v & ((1 << dropped) - 1) != 0;
            extra_bits += dropped as i32;
        } else {
            mantissa = (mantissa << bits_per_digit) | v;
        }
    }
    ((mantissa | u64::from(sticky)) as f64) * 2f64.powi(extra_bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        number(s, 0, Runtime::Js2).unwrap().0
    }

    #[test]
    fn numbers_in_every_radix() {
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("0o17"), 15.0);
        assert_eq!(num("0b101"), 5.0);
        assert_eq!(num("1_000_000"), 1e6);
        assert_eq!(num(".5e1"), 5.0);
        assert_eq!(num("5."), 5.0);
        assert_eq!(num("1e-7"), 1e-7);
        // 2^53 + 1 rounds to even; one more set bit far below rounds up.
        assert_eq!(num("0x20000000000001"), 9007199254740992.0);
        assert_eq!(num("0x20000000000003"), 9007199254740996.0);
        // A tie broken upwards by a set bit far below the rounding point.
        assert_eq!(
            num("0x200000000000010000000000000001"),
            1.6615349947311452e35
        );
        assert_eq!(
            num("0x200000000000010000000000000000"),
            1.661534994731145e35
        );
        assert_eq!(num("0x1fffffffffffffffffffffffffffffffff"), 2f64.powi(133));
    }

    #[test]
    fn number_errors() {
        assert!(number("010", 0, Runtime::Js2).is_err());
        assert!(number("09", 0, Runtime::Js2).is_err());
        assert!(number("1_000", 0, Runtime::Js1).is_err());
        assert!(number("1__0", 0, Runtime::Js2).is_err());
        assert!(number("1_", 0, Runtime::Js2).is_err());
        assert!(number("0_1", 0, Runtime::Js2).is_err());
        assert!(number("3in", 0, Runtime::Js2).is_err());
        assert!(number("0x", 0, Runtime::Js2).is_err());
        assert!(number("1e", 0, Runtime::Js2).is_err());
        assert!(number("10n", 0, Runtime::Js2).is_err());
    }

    /// The value of the string literal at the start of `src` and the
    /// offset after it.
    fn string_units(src: &str) -> Result<(Vec<u16>, usize), SyntaxError> {
        let mut literals = Literals::new();
        string(src, 0, &mut literals).map(|(lit, end)| (literals.to_utf16(lit), end))
    }

    #[test]
    fn string_escapes() {
        let s = |src: &str| String::from_utf16_lossy(&string_units(src).unwrap().0);
        assert_eq!(s(r#""a\nb""#), "a\nb");
        assert_eq!(s(r#"'\x41\u0042\u{43}\u{1F600}'"#), "ABC\u{1F600}");
        assert_eq!(s("'a\\\nb'"), "ab");
        assert_eq!(s("'a\\\r\nb'"), "ab");
        assert_eq!(s(r#""\0""#), "\0");
        assert_eq!(s(r#""\q""#), "q");
        assert_eq!(string_units("'\\uD800'").unwrap().0, vec![0xD800]);
        assert!(string_units(r#""\1""#).is_err());
        assert!(string_units(r#""\08""#).is_err());
        assert!(string_units("\"abc").is_err());
        assert!(string_units("\"a\nb\"").is_err());
        assert!(string_units(r#""\u{110000}""#).is_err());
        assert!(string_units(r#""\x4""#).is_err());
    }

    proptest::proptest! {
        /// The fast paths give what the general scanners give, errors
        /// included.
        #[test]
        fn fast_paths_match_general_scanners(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "a", "Z", "0", "9", "_", "$", " ", ".", "e", "E", "+", "-", "x", "n", "_1",
                "\\", "\\/", "\\n", "\\u0041", "\\x4", "[", "]", "/", "\"", "'", "`", "\n",
                "\r", "\u{2028}", "é", "😀", "\u{1}", "\u{7f}", "gi", "abcdefghij",
            ][..]), 0..30),
            prefix in proptest::sample::select(&["\"", "'", "/", "0", "1", "9", ".5"][..]),
        ) {
            let src = format!("{prefix}{}", pieces.concat());
            let mut general = Vec::new();
            proptest::prop_assert_eq!(
                string_units(&src),
                string_general(&src, 0, &mut general).map(|end| (general, end))
            );
            proptest::prop_assert_eq!(regex(&src, 0), regex_general(&src, 0));
            for rt in [Runtime::Js1, Runtime::Js2] {
                let fast = number(&src, 0, rt).map(|(v, end)| (v.to_bits(), end));
                let general = number_general(&src, 0, rt).map(|(v, end)| (v.to_bits(), end));
                proptest::prop_assert_eq!(fast, general);
            }
        }
    }

    #[test]
    fn regex_bodies() {
        assert_eq!(
            regex("/a[/]b\\/c/gi;", 0).unwrap(),
            ("a[/]b\\/c".to_string(), "gi".to_string(), 12)
        );
        assert!(regex("/abc\n/", 0).is_err());
        assert!(regex("/abc", 0).is_err());
    }

    #[test]
    fn identifiers_with_escapes() {
        assert_eq!(
            identifier("\\u0061bc ", 0, 0).unwrap(),
            ("abc".into(), true, 8)
        );
        assert_eq!(identifier("ünï", 0, 0).unwrap(), ("ünï".into(), false, 5));
        assert!(identifier("\\u0031", 0, 0).is_err());
    }
}
