//! Number ↔ string conversions as ECMAScript specifies them.
//!
//! Number-to-string uses `ryu-js`, which implements the shortest round-trip
//! algorithm with exactly the output format of `Number::toString` (ECMA-262
//! §6.1.6.1.20): `1e+21`, `1.5e-7`, `0.000001`, `-0` printed as `0`.

/// `Number::toString(x)` in base 10.
pub fn to_js_string(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(x).to_string()
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
}
