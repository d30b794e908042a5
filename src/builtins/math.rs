//! `Math` (ECMA-262 §21.3): the ES5.1 functions and the ES2015 ones
//! CloudFront lists (`acosh asinh atanh cbrt clz32 cosh expm1 fround hypot
//! imul log10 log1p log2 sign sinh tanh trunc`), the same in both runtimes.
//!
//! - Functions whose results the specification pins (`abs`, `ceil`,
//!   `floor`, `round`, `trunc`, `sign`, `sqrt`, `fround`, `imul`, `clz32`,
//!   `max`, `min`, `pow`'s special cases) are exact.
//! - The transcendental functions are "implementation-approximated": they
//!   use the platform's C library through Rust's `f64` methods, as njs
//!   does, so they agree with CloudFront where its libm does; V8 carries
//!   its own fdlibm port, so Node differs from both in the last bit for a
//!   few percent of arguments. `asinh`, `acosh` and `atanh` use the
//!   classical log1p-based formulas here (Rust's own versions lose bits).
//! - `hypot` scales by the largest magnitude and sums with Kahan
//!   compensation, as V8 does, so that it neither overflows nor differs
//!   from Node.
//! - `Math.random()` draws from the event's generator ([`Vm::next_random`]),
//!   which the host seeds.
//!
//! `Math[Symbol.toStringTag]` is `"Math"` in both runtimes: it is ES2015,
//! but it only makes `Object.prototype.toString.call(Math)` give
//! `[object Math]`, which ES5.1 gave through Math's [[Class]].

use super::def;
use crate::heap::{Attrs, Key};
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm, js_pow};
use std::f64::consts;

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let math = b.object(Some(object_proto));
    b.global_value("Math", Value::Object(math), Attrs::HIDDEN);
    let constants = [
        ("E", consts::E),
        ("LN10", consts::LN_10),
        ("LN2", consts::LN_2),
        ("LOG10E", consts::LOG10_E),
        ("LOG2E", consts::LOG2_E),
        ("PI", consts::PI),
        ("SQRT1_2", consts::FRAC_1_SQRT_2),
        ("SQRT2", consts::SQRT_2),
    ];
    for (name, v) in constants {
        b.value(math, name, Value::Number(v), Attrs::FROZEN);
    }
    b.methods(
        math,
        &[
            def("abs", 1, abs),
            def("acos", 1, acos),
            def("acosh", 1, acosh),
            def("asin", 1, asin),
            def("asinh", 1, asinh),
            def("atan", 1, atan),
            def("atanh", 1, atanh),
            def("atan2", 2, atan2),
            def("cbrt", 1, cbrt),
            def("ceil", 1, ceil),
            def("clz32", 1, clz32),
            def("cos", 1, cos),
            def("cosh", 1, cosh),
            def("exp", 1, exp),
            def("expm1", 1, expm1),
            def("floor", 1, floor),
            def("fround", 1, fround),
            def("hypot", 2, hypot),
            def("imul", 2, imul),
            def("log", 1, log),
            def("log1p", 1, log1p),
            def("log10", 1, log10),
            def("log2", 1, log2),
            def("max", 2, max),
            def("min", 2, min),
            def("pow", 2, pow),
            def("random", 0, random),
            def("round", 1, round),
            def("sign", 1, sign),
            def("sin", 1, sin),
            def("sinh", 1, sinh),
            def("sqrt", 1, sqrt),
            def("tan", 1, tan),
            def("tanh", 1, tanh),
            def("trunc", 1, trunc),
        ],
    );
    let tag = b.intern("Math");
    let key = Key::Sym(b.symbols.to_string_tag);
    b.define(math, key, Value::String(tag), Attrs::CONFIGURABLE_ONLY);
}

/// Functions of one number: ToNumber of the first argument, then `f`.
macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
                let f: fn(f64) -> f64 = $f;
                Ok(Value::Number(f(vm.to_number(call.arg(0))?)))
            }
        )*
    };
}

unary! {
    abs => f64::abs;
    acos => f64::acos;
    acosh => acosh_of;
    asin => f64::asin;
    asinh => asinh_of;
    atan => f64::atan;
    atanh => atanh_of;
    cbrt => f64::cbrt;
    ceil => f64::ceil;
    cos => f64::cos;
    cosh => f64::cosh;
    exp => f64::exp;
    expm1 => f64::exp_m1;
    floor => f64::floor;
    fround => |x| f64::from(x as f32);
    log => f64::ln;
    log1p => f64::ln_1p;
    log10 => f64::log10;
    log2 => f64::log2;
    round => round_of;
    sign => sign_of;
    sin => f64::sin;
    sinh => f64::sinh;
    sqrt => f64::sqrt;
    tan => f64::tan;
    tanh => f64::tanh;
    trunc => f64::trunc;
}

/// 2^-28: below it, `asinh` and `atanh` are their argument to within
/// rounding.
const TINY: f64 = 3.725_290_298_461_914e-9;
/// 2^28: above it, `asinh x` and `acosh x` are `ln 2x` to within rounding.
const HUGE: f64 = 268_435_456.0;

/// asinh x = ln(x + √(x²+1)), rearranged to keep precision for small and
/// large |x|; odd.
fn asinh_of(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < TINY {
        return x;
    }
    let r = if a > HUGE {
        a.ln() + consts::LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    if x < 0.0 { -r } else { r }
}

/// acosh x = ln(x + √(x²-1)) for x ≥ 1, rearranged the same way.
fn acosh_of(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= HUGE {
        return if x.is_infinite() {
            x
        } else {
            x.ln() + consts::LN_2
        };
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// atanh x = ½ ln((1+x)/(1-x)) for |x| ≤ 1, through log1p; odd.
fn atanh_of(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return x / 0.0;
    }
    if a < TINY {
        return x;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    if x < 0.0 { -r } else { r }
}

/// Math.round: the nearest integer, halves rounding up; -0 for arguments
/// in [-0.5, -0].
fn round_of(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if x > 0.0 && x < 0.5 {
        return 0.0;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let r = x.floor();
    // Exact: `x - floor(x)` is representable for every finite x.
    if x - r >= 0.5 { r + 1.0 } else { r }
}

fn sign_of(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else if x > 0.0 {
        1.0
    } else {
        -1.0
    }
}

/// ToNumber of every argument, in order (the spec converts them all before
/// looking at any).
fn numbers(vm: &mut Vm, call: &Call<'_>) -> JsResult<Vec<f64>> {
    vm.charge(call.args.len() as u64 / 16)?;
    call.args.iter().map(|&v| vm.to_number(v)).collect()
}

fn max(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for x in numbers(vm, &call)? {
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::Number(r))
}

fn min(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for x in numbers(vm, &call)? {
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::Number(r))
}

fn hypot(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let xs = numbers(vm, &call)?;
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if xs.iter().any(|x| x.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    let largest = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if largest == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for x in &xs {
        let scaled = x.abs() / largest;
        let term = scaled * scaled - compensation;
        let next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }
    Ok(Value::Number(sum.sqrt() * largest))
}

fn atan2(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let y = vm.to_number(call.arg(0))?;
    let x = vm.to_number(call.arg(1))?;
    Ok(Value::Number(y.atan2(x)))
}

fn pow(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let base = vm.to_number(call.arg(0))?;
    let exponent = vm.to_number(call.arg(1))?;
    Ok(Value::Number(js_pow(base, exponent)))
}

fn imul(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let a = vm.to_uint32(call.arg(0))?;
    let b = vm.to_uint32(call.arg(1))?;
    Ok(Value::Number(f64::from(a.wrapping_mul(b) as i32)))
}

fn clz32(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let n = vm.to_uint32(call.arg(0))?;
    Ok(Value::Number(f64::from(n.leading_zeros())))
}

fn random(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(vm.next_random()))
}
