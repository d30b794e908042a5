//! Number ↔ string conversions as ECMAScript specifies them.
//!
//! - Base 10, shortest round trip (`Number::toString`, ECMA-262
//!   §6.1.6.1.20) comes from `ryu-js`, which prints exactly the ECMAScript
//!   format: `1e+21`, `1.5e-7`, `0.000001`, `-0` printed as `0`.
//! - `toFixed`, `toExponential` and `toPrecision` with a digit count round
//!   the *exact* decimal value of the double (every double is a finite
//!   decimal fraction), half away from zero as the specification's "if
//!   there are two such n, pick the larger n" says. The exact expansion is
//!   computed with a small big-number routine rather than through `printf`
//!   style formatting, whose ties go to even.
//! - Other radixes: ECMA-262 leaves the digits to the implementation; the
//!   output here is the one V8 (Node) prints: fraction digits are produced
//!   until they no longer distinguish the number from its neighbours (half
//!   the gap to the next double), the last one rounded to nearest, ties to
//!   an even digit; integer digits beyond double precision print as zeros.
//! - Parsing integers in a radix (`parseInt`, `0x`/`0o`/`0b` literals in
//!   strings): radix 10 and the powers of two are correctly rounded; the
//!   other radixes accumulate in blocks the way V8 does, which the
//!   specification allows ("may be an implementation-approximated integer")
//!   and which gives Node's results bit for bit.

/// `Number::toString(x)` in base 10.
pub fn to_js_string(x: f64) -> String {
    with_js_text(x, str::to_string)
}

/// Hands `f` the text of `Number::toString(x)` in base 10, made in a stack
/// buffer: callers that copy it elsewhere (the event heap) need no
/// `String` of it.
pub fn with_js_text<R>(x: f64, f: impl FnOnce(&str) -> R) -> R {
    if x == 0.0 {
        return f("0");
    }
    let mut digits = IntegerText::new();
    if let Some(text) = digits.format(x) {
        return f(text);
    }
    let mut buf = ryu_js::Buffer::new();
    f(buf.format(x))
}

/// Room for the decimal text of an integer below 2^53 in magnitude: a sign
/// and up to 16 digits.
pub(crate) struct IntegerText([u8; 17]);

impl IntegerText {
    pub(crate) fn new() -> IntegerText {
        IntegerText([0; 17])
    }

    /// [`IntegerText::digits`] as text.
    fn format(&mut self, x: f64) -> Option<&str> {
        std::str::from_utf8(self.digits(x)?).ok()
    }

    /// The text `Number::toString` gives `x`, as ASCII bytes, when `x` is
    /// an integer of magnitude below 2^53 (other than zero, whose sign the
    /// caller must drop), else `None`. Such integers print as their plain
    /// digits; the shortest-round-trip search of the general case finds
    /// exactly those digits, at several times the cost, and counters,
    /// status codes and lengths are what handlers turn into text most.
    pub(crate) fn digits(&mut self, x: f64) -> Option<&[u8]> {
        const LIMIT: f64 = 9_007_199_254_740_992.0;
        if !(x.abs() < LIMIT && x.trunc() == x) || x == 0.0 {
            return None;
        }
        // Exact: |x| < 2^53 and x has no fraction.
        let mut n = x.abs() as u64;
        let mut at = self.0.len();
        while n > 0 {
            at -= 1;
            self.0[at] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        if x < 0.0 {
            at -= 1;
            self.0[at] = b'-';
        }
        Some(&self.0[at..])
    }
}

// -- Decimal digit strings ---------------------------------------------------

/// A positive decimal number `0.d1 d2 d3 ... × 10^point`: `digits` are ASCII
/// digits without leading or trailing zeros (empty for zero).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

impl Decimal {
    /// Drops leading and trailing zero digits, keeping the value.
    fn normalize(mut digits: Vec<u8>, mut point: i32) -> Decimal {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        point -= lead as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            point = 0;
        }
        Decimal { digits, point }
    }

    /// The shortest digits that round-trip to `x` (finite, non-zero), as
    /// `Number::toString` chooses them.
    fn shortest(x: f64) -> Decimal {
        let mut buf = ryu_js::Buffer::new();
        let text = buf.format_finite(x.abs());
        let (mantissa, exp) = match text.split_once('e') {
            Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
            None => (text, 0),
        };
        let int_len = mantissa.find('.').unwrap_or(mantissa.len());
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Decimal::normalize(digits, int_len as i32 + exp)
    }

    /// The exact decimal value of `x` (finite, any sign; the sign is
    /// dropped).
    fn exact(x: f64) -> Decimal {
        let (mantissa, exp) = decompose(x.abs());
        if mantissa == 0 {
            return Decimal {
                digits: Vec::new(),
                point: 0,
            };
        }
        let mut n = Big::from_u64(mantissa);
        // m × 2^e is m × 2^e exactly for e ≥ 0, and m × 5^-e / 10^-e below.
        let scale = if exp >= 0 {
            n.shl(exp as u32);
            0
        } else {
            n.mul_pow5(exp.unsigned_abs());
            exp
        };
        let digits = n.into_decimal();
        let len = digits.len() as i32;
        Decimal::normalize(digits, len + scale)
    }

    /// The first `count` significant digits, rounded half up on the next
    /// one (the digits are exact, so this is "pick the larger n" on ties),
    /// and the point after rounding (a carry can add a digit in front).
    fn round_significant(&self, count: usize) -> (Vec<u8>, i32) {
        let mut out: Vec<u8> = self.digits.iter().copied().take(count).collect();
        out.resize(count, b'0');
        let mut point = self.point;
        if self.digits.get(count).is_some_and(|&d| d >= b'5') && increment(&mut out) {
            out.insert(0, b'1');
            out.truncate(count);
            point += 1;
        }
        (out, point)
    }
}

/// Adds one to a digit string in place; true when it carries out of the
/// first digit (all digits were 9 and are now 0).
fn increment(digits: &mut [u8]) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return false;
        }
    }
    true
}

/// A finite non-negative double as `mantissa × 2^exp`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// A natural number in base 2^32, little-endian: just what the exact
/// expansion of a double needs (about 2,500 bits at most).
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        Big(vec![v as u32, (v >> 32) as u32])
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let p = u64::from(*limb) * u64::from(k) + carry;
            *limb = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut e: u32) {
        // 5^13 is the largest power of five below 2^32.
        while e >= 13 {
            self.mul_small(1_220_703_125);
            e -= 13;
        }
        self.mul_small(5u32.pow(e));
    }

    fn shl(&mut self, bits: u32) {
        let words = (bits / 32) as usize;
        let rest = bits % 32;
        if rest != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let next = *limb >> (32 - rest);
                *limb = (*limb << rest) | carry;
                carry = next;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, words));
    }

    /// Divides in place; returns the remainder.
    fn div_small(&mut self, k: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / u64::from(k)) as u32;
            rem = cur % u64::from(k);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    /// The decimal digits, most significant first (no leading zeros).
    fn into_decimal(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.0.is_empty() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let text = if i == 0 {
                chunk.to_string()
            } else {
                format!("{chunk:09}")
            };
            out.extend_from_slice(text.as_bytes());
        }
        out
    }
}

/// Roughly how much work (in steps of about 16 machine operations) the
/// exact expansion of `x` costs: limbs × decimal chunks of its big number,
/// from a few steps for ordinary numbers to a few hundred for denormals.
pub fn expansion_cost(x: f64) -> u64 {
    let (_, exp) = decompose(x.abs());
    let bits = 64
        + if exp < 0 {
            u64::from(exp.unsigned_abs()) * 7 / 3
        } else {
            exp as u64
        };
    let limbs = bits / 32 + 1;
    let chunks = bits * 3 / 10 / 9 + 1;
    limbs * chunks / 16
}

fn ascii(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or("")
}

// -- Number.prototype methods ------------------------------------------------

/// `Number.prototype.toFixed` after its argument checks: `x` finite,
/// `digits` 0 to 100 (ECMA-262 §21.1.3.3 steps 7-12).
pub fn to_fixed(x: f64, digits: usize) -> String {
    if x.abs() >= 1e21 {
        return to_js_string(x);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let d = Decimal::exact(x);
    // n = round(x × 10^digits): the digits before position point+digits.
    let keep = i64::from(d.point) + digits as i64;
    let mut n: Vec<u8> = if keep < 0 {
        vec![b'0']
    } else {
        let keep = keep as usize;
        let mut n: Vec<u8> = d.digits.iter().copied().take(keep).collect();
        n.resize(keep, b'0');
        if d.digits.get(keep).is_some_and(|&c| c >= b'5') && increment(&mut n) {
            n.insert(0, b'1');
        }
        if n.is_empty() {
            n.push(b'0');
        }
        n
    };
    if digits == 0 {
        return format!("{sign}{}", ascii(&n));
    }
    if n.len() <= digits {
        let pad = digits + 1 - n.len();
        n.splice(0..0, std::iter::repeat_n(b'0', pad));
    }
    let (int, frac) = n.split_at(n.len() - digits);
    format!("{sign}{}.{}", ascii(int), ascii(frac))
}

/// `Number.prototype.toExponential` for a finite `x`: `digits` fraction
/// digits (0 to 100), or as many as it takes to identify `x` when `None`
/// (ECMA-262 §21.1.3.2 steps 6-15).
pub fn to_exponential(x: f64, digits: Option<usize>) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let (m, e) = if x == 0.0 {
        (vec![b'0'; digits.unwrap_or(0) + 1], 0)
    } else {
        match digits {
            Some(f) => {
                let (m, point) = Decimal::exact(x).round_significant(f + 1);
                (m, point - 1)
            }
            None => {
                let d = Decimal::shortest(x);
                (d.digits, d.point - 1)
            }
        }
    };
    format!("{sign}{}", exponential_form(&m, e))
}

/// `a[.bcd]e±E` for the digits `m` and exponent `e`.
fn exponential_form(m: &[u8], e: i32) -> String {
    let (first, rest) = m.split_at(1.min(m.len()));
    let esign = if e < 0 { '-' } else { '+' };
    if rest.is_empty() {
        format!("{}e{esign}{}", ascii(first), e.unsigned_abs())
    } else {
        format!(
            "{}.{}e{esign}{}",
            ascii(first),
            ascii(rest),
            e.unsigned_abs()
        )
    }
}

/// `Number.prototype.toPrecision` for a finite `x` and `precision` 1 to
/// 100 (ECMA-262 §21.1.3.5 steps 5-13).
pub fn to_precision(x: f64, precision: usize) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let p = precision as i32;
    let (m, e) = if x == 0.0 {
        (vec![b'0'; precision], 0)
    } else {
        let (m, point) = Decimal::exact(x).round_significant(precision);
        (m, point - 1)
    };
    if x != 0.0 && (e < -6 || e >= p) {
        return format!("{sign}{}", exponential_form(&m, e));
    }
    if e == p - 1 {
        return format!("{sign}{}", ascii(&m));
    }
    if e >= 0 {
        let (int, frac) = m.split_at(e as usize + 1);
        return format!("{sign}{}.{}", ascii(int), ascii(frac));
    }
    let zeros = "0".repeat((-(e + 1)) as usize);
    format!("{sign}0.{zeros}{}", ascii(&m))
}

/// The digit for `d` (below 36).
fn digit_char(d: u32) -> u8 {
    b"0123456789abcdefghijklmnopqrstuvwxyz"
        .get(d as usize)
        .copied()
        .unwrap_or(b'?')
}

/// `Number.prototype.toString(radix)` for a radix of 2 to 36, printed as
/// V8 prints it (see the module comment); radix 10 is `Number::toString`.
pub fn to_radix_string(x: f64, radix: u32) -> String {
    if radix == 10 || !x.is_finite() || x == 0.0 {
        return if x.is_nan() {
            "NaN".to_string()
        } else if x == f64::INFINITY {
            "Infinity".to_string()
        } else if x == f64::NEG_INFINITY {
            "-Infinity".to_string()
        } else {
            to_js_string(x)
        };
    }
    let r = f64::from(radix);
    let v = x.abs();
    let mut int = v.floor();
    let mut frac = v - int;
    // Fraction digits stop once they are below half the gap to the next
    // double: further digits would not tell `v` from its neighbours.
    let next = f64::from_bits(v.to_bits() + 1);
    let mut delta = (0.5 * (next - v)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u32> = Vec::new();
    if frac >= delta {
        loop {
            frac *= r;
            delta *= r;
            let d = frac as u32;
            frac_digits.push(d);
            frac -= f64::from(d);
            let rounds_up = frac > 0.5 || (frac == 0.5 && d % 2 == 1);
            if rounds_up && frac + delta > 1.0 {
                // Round the last digit up, carrying through the ones that
                // overflow (they disappear), possibly into the integer part.
                loop {
                    match frac_digits.pop() {
                        None => {
                            int += 1.0;
                            break;
                        }
                        Some(last) if last + 1 < radix => {
                            frac_digits.push(last + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if frac < delta {
                break;
            }
        }
    }
    // Integer digits below the 53 significant bits are not represented:
    // they print as zeros; the rest are exact remainders.
    let mut int_digits: Vec<u8> = Vec::new();
    const TWO_53: f64 = 9_007_199_254_740_992.0;
    while int / r >= TWO_53 {
        int /= r;
        int_digits.push(b'0');
    }
    loop {
        let rem = int % r;
        int_digits.push(digit_char(rem as u32));
        int = (int - rem) / r;
        if int <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if x < 0.0 {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&c| char::from(c)));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| char::from(digit_char(d))));
    }
    out
}

// -- Parsing -------------------------------------------------------------------

/// The value of code unit `u` as a digit in `radix` (2 to 36).
pub fn digit_value(u: u16, radix: u32) -> Option<u32> {
    let d = match u {
        0x30..=0x39 => u32::from(u) - 0x30,
        0x61..=0x7A => u32::from(u) - 0x61 + 10,
        0x41..=0x5A => u32::from(u) - 0x41 + 10,
        _ => return None,
    };
    (d < radix).then_some(d)
}

/// The most decimal digits an integer may have to be below 2^53, and so
/// exact as a double whatever its digits.
pub const MAX_EXACT_DECIMAL_DIGITS: usize = 15;

/// The value of a non-empty run of digits (values below `radix`, most
/// significant first) in `radix` 2 to 36; see the module comment for the
/// rounding.
pub fn radix_digits_to_f64(digits: &[u8], radix: u32) -> f64 {
    match radix {
        2 | 4 | 8 | 16 | 32 => power_of_two_radix(digits, radix.trailing_zeros()),
        // Most decimal runs (a port, a version, a count) are short enough
        // to be exact: accumulated, without the text the parser needs.
        10 if digits.len() <= MAX_EXACT_DECIMAL_DIGITS => {
            digits.iter().fold(0u64, |v, &d| v * 10 + u64::from(d)) as f64
        }
        10 => {
            let text: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
            text.parse::<f64>().unwrap_or(f64::NAN)
        }
        _ => blocked_radix(digits, radix),
    }
}

/// Correctly rounded (to nearest, ties to even) value of digits in radix
/// `2^bits`.
fn power_of_two_radix(digits: &[u8], bits: u32) -> f64 {
    let mut acc: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    for &d in digits.iter().skip_while(|&&d| d == 0) {
        if acc >> 58 == 0 {
            acc = (acc << bits) | u64::from(d);
        } else {
            exp += i64::from(bits);
            sticky |= d != 0;
        }
    }
    let width = 64 - acc.leading_zeros();
    if width > 53 {
        let shift = width - 53;
        let dropped = acc & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        acc >>= shift;
        exp += i64::from(shift);
        if dropped > half || (dropped == half && (sticky || acc & 1 == 1)) {
            acc += 1;
        }
    }
    // `acc` has at most 54 bits (2^53 after a carry) and converts exactly.
    let scale = exp.min(2048) as i32;
    acc as f64 * 2f64.powi(scale)
}

/// The largest block multiplier: blocks of digits are read into 32-bit
/// integers while the multiplier stays below this.
const BLOCK_LIMIT: u64 = 0xFFFF_FFFF / 36;

/// Digits in a radix other than 10 and the powers of two, accumulated in
/// blocks of as many digits as fit a 32-bit multiplier below
/// [`BLOCK_LIMIT`] (the value is approximate above 2^53, as V8's is).
fn blocked_radix(digits: &[u8], radix: u32) -> f64 {
    let r = u64::from(radix);
    let mut block_len = 0;
    let mut m = 1u64;
    while m * r <= BLOCK_LIMIT {
        m *= r;
        block_len += 1;
    }
    // Blocks start at the first significant digit.
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    let mut result = 0.0f64;
    for block in digits[lead..].chunks(block_len) {
        let mut part = 0u64;
        let mut multiplier = 1u64;
        for &d in block {
            part = part * r + u64::from(d);
            multiplier *= r;
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// The length of the longest prefix of `s` that is a StrDecimalLiteral
/// (ECMA-262 §7.1.4.1: optional sign, then `Infinity` or decimal digits
/// with an optional fraction and exponent), and its value; `None` when no
/// prefix is one (`parseFloat` then returns NaN).
pub fn decimal_prefix(s: &[u16]) -> Option<(usize, f64)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_digit = |u: u16| (0x30..=0x39).contains(&u);
    let mut i = 0;
    let negative = at(0) == u16::from(b'-');
    if negative || at(0) == u16::from(b'+') {
        i += 1;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let infinity: Vec<u16> = "Infinity".encode_utf16().collect();
    if s.get(i..i + infinity.len()) == Some(&infinity[..]) {
        return Some((i + infinity.len(), sign * f64::INFINITY));
    }
    let start = i;
    let int_digits = s[i.min(s.len())..]
        .iter()
        .take_while(|&&u| is_digit(u))
        .count();
    i += int_digits;
    let mut frac_digits = 0;
    if at(i) == u16::from(b'.') {
        frac_digits = s[(i + 1).min(s.len())..]
            .iter()
            .take_while(|&&u| is_digit(u))
            .count();
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if at(i) == u16::from(b'e') || at(i) == u16::from(b'E') {
        let mut j = i + 1;
        if at(j) == u16::from(b'+') || at(j) == u16::from(b'-') {
            j += 1;
        }
        let exp_digits = s[j.min(s.len())..]
            .iter()
            .take_while(|&&u| is_digit(u))
            .count();
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    let text: String = s[start..i].iter().map(|&u| char::from(u as u8)).collect();
    let v = text.parse::<f64>().unwrap_or(f64::NAN);
    Some((i, sign * v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_ecmascript() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for &(x, want) in cases {
            assert_eq!(to_js_string(x), want, "{x:?}");
        }
    }

    /// The integer path prints what the shortest-round-trip path prints.
    #[test]
    fn integers_format_as_the_general_path_does() {
        const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
        let edges = [1.0, 9.0, 10.0, 99.0, 100.0, 301.0, 1e15, MAX_SAFE];
        for x in edges.into_iter().flat_map(|x| [x, -x]) {
            let mut digits = IntegerText::new();
            let fast = digits.format(x).map(str::to_string);
            assert_eq!(fast, Some(ryu_js::Buffer::new().format(x).to_string()));
        }
        for x in [
            0.0,
            -0.0,
            0.5,
            -1.5,
            MAX_SAFE + 1.0,
            1e16,
            1e20,
            f64::NAN,
            f64::INFINITY,
        ] {
            assert_eq!(IntegerText::new().format(x), None, "{x:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_safe_integer_formats_as_ryu(n in -(1i64 << 53) + 1..(1i64 << 53)) {
            let x = n as f64;
            proptest::prop_assume!(n != 0);
            let (mut digits, mut ryu, plain) = (IntegerText::new(), ryu_js::Buffer::new(), n.to_string());
            proptest::prop_assert_eq!(digits.format(x), Some(plain.as_str()));
            proptest::prop_assert_eq!(to_js_string(x), ryu.format(x));
        }
    }

    #[test]
    fn exact_expansion() {
        assert_eq!(
            Decimal::exact(0.5),
            Decimal {
                digits: b"5".to_vec(),
                point: 0
            }
        );
        assert_eq!(
            Decimal::exact(1024.0),
            Decimal {
                digits: b"1024".to_vec(),
                point: 4
            }
        );
        let tiny = Decimal::exact(5e-324);
        assert_eq!(tiny.point, -323);
        assert!(
            tiny.digits
                .starts_with(b"49406564584124654417656879286822137236505980")
        );
        assert_eq!(tiny.digits.len(), 751);
        assert_eq!(Decimal::exact(f64::MAX).digits.len(), 309);
    }

    #[test]
    fn expansion_cost_follows_the_work() {
        assert!(expansion_cost(123.456) <= 4);
        assert!(expansion_cost(1e20) <= 4);
        assert!(expansion_cost(5e-324) > 300);
    }

    #[test]
    fn fixed_exponential_precision() {
        assert_eq!(to_fixed(1.005, 2), "1.00");
        assert_eq!(to_fixed(2.5, 0), "3");
        assert_eq!(to_fixed(-2.5, 0), "-3");
        assert_eq!(to_fixed(0.5, 0), "1");
        assert_eq!(to_fixed(-0.0000001, 2), "-0.00");
        assert_eq!(to_fixed(0.000001, 7), "0.0000010");
        assert_eq!(to_fixed(99.99, 1), "100.0");
        assert_eq!(to_fixed(1e21, 2), "1e+21");
        assert_eq!(to_exponential(123456.0, Some(2)), "1.23e+5");
        assert_eq!(to_exponential(0.0, Some(2)), "0.00e+0");
        assert_eq!(to_exponential(-1.5e-7, None), "-1.5e-7");
        assert_eq!(to_exponential(9.99, Some(1)), "1.0e+1");
        assert_eq!(to_precision(123.456, 4), "123.5");
        assert_eq!(to_precision(0.000001234, 2), "0.0000012");
        assert_eq!(to_precision(0.0000001234, 2), "1.2e-7");
        assert_eq!(to_precision(123456.0, 2), "1.2e+5");
        assert_eq!(to_precision(1.25, 2), "1.3");
        assert_eq!(to_precision(0.0, 3), "0.00");
    }

    #[test]
    fn radix_strings() {
        assert_eq!(to_radix_string(255.0, 16), "ff");
        assert_eq!(to_radix_string(-255.5, 16), "-ff.8");
        assert_eq!(to_radix_string(0.5, 2), "0.1");
        assert_eq!(
            to_radix_string(0.1, 3),
            "0.0022002200220022002200220022002201"
        );
        assert_eq!(to_radix_string(1e21, 36), "5v1j4f4ds7c000");
        assert_eq!(to_radix_string(-0.0, 2), "0");
    }

    #[test]
    fn radix_parsing() {
        let digits = |s: &str, r| -> Vec<u8> {
            s.encode_utf16()
                .map(|u| digit_value(u, r).unwrap_or(0) as u8)
                .collect()
        };
        assert_eq!(radix_digits_to_f64(&digits("ff", 16), 16), 255.0);
        // 2^53 + 1 rounds to even, 2^53 + 3 rounds up.
        assert_eq!(
            radix_digits_to_f64(&digits("20000000000001", 16), 16),
            9007199254740992.0
        );
        assert_eq!(
            radix_digits_to_f64(&digits("20000000000003", 16), 16),
            9007199254740996.0
        );
        assert_eq!(
            radix_digits_to_f64(&digits("200000000000010001", 16), 16),
            2f64.powi(69) + 2f64.powi(17)
        );
        assert_eq!(radix_digits_to_f64(&digits("zz", 36), 36), 1295.0);
        assert_eq!(
            radix_digits_to_f64(&digits("9007199254740993", 10), 10),
            9007199254740992.0
        );
    }

    #[test]
    fn decimal_prefixes() {
        let p = |s: &str| decimal_prefix(&s.encode_utf16().collect::<Vec<u16>>());
        assert_eq!(p("1.5e3x"), Some((5, 1500.0)));
        assert_eq!(p("1e"), Some((1, 1.0)));
        assert_eq!(p("-.5"), Some((3, -0.5)));
        assert_eq!(p("5."), Some((2, 5.0)));
        assert_eq!(p("-Infinityx"), Some((9, f64::NEG_INFINITY)));
        assert_eq!(p("."), None);
        assert_eq!(p("+"), None);
        assert_eq!(p("e5"), None);
    }
}
