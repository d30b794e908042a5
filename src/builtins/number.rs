//! `Number` (ECMA-262 §21.1) and the numeric globals `parseInt`,
//! `parseFloat`, `isNaN` and `isFinite` (§19.2), the same in both runtimes.
//!
//! `Number.parseInt` and `Number.parseFloat` are the global functions
//! themselves (ES2015 §20.1.2.12-13). The digit generation of the
//! formatting methods lives in `crate::number`; this module does the
//! argument checks in the specification's order, with V8's error messages.
//!
//! `Number.prototype.toLocaleString` prints what `toString()` prints: njs,
//! which CloudFront runs, has no `Intl`, and ECMA-262 lets an
//! implementation without ECMA-402 format as it likes.

use super::def;
use crate::heap::{Attrs, Class};
use crate::number;
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm, is_js_whitespace};

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.number_proto;
    b.methods(
        proto,
        &[
            def("toString", 1, to_string),
            def("toLocaleString", 0, to_locale_string),
            def("valueOf", 0, value_of),
            def("toFixed", 1, to_fixed),
            def("toExponential", 1, to_exponential),
            def("toPrecision", 1, to_precision),
        ],
    );
    let ctor = b.constructor(def("Number", 1, number_ctor), proto);
    b.methods(
        ctor,
        &[
            def("isFinite", 1, number_is_finite),
            def("isInteger", 1, is_integer),
            def("isNaN", 1, number_is_nan),
            def("isSafeInteger", 1, is_safe_integer),
        ],
    );
    let constants = [
        ("EPSILON", f64::EPSILON),
        ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
        ("MAX_VALUE", f64::MAX),
        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
        ("MIN_VALUE", f64::from_bits(1)),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
    ];
    for (name, v) in constants {
        b.value(ctor, name, Value::Number(v), Attrs::FROZEN);
    }
    // One function object each, shared by the global and `Number`.
    let global = b.global;
    for d in [
        def("parseInt", 2, parse_int),
        def("parseFloat", 1, parse_float),
    ] {
        let f = b.function(d, false);
        b.value(global, d.name, Value::Object(f), Attrs::HIDDEN);
        b.value(ctor, d.name, Value::Object(f), Attrs::HIDDEN);
    }
    b.methods(
        global,
        &[
            def("isNaN", 1, global_is_nan),
            def("isFinite", 1, global_is_finite),
        ],
    );
}

/// 2^53 - 1.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// `Number(value)` and `new Number(value)` (§21.1.1.1).
fn number_ctor(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let n = match call.args.first() {
        Some(&v) => vm.to_number(v)?,
        None => 0.0,
    };
    let Some(nt) = call.new_target else {
        return Ok(Value::Number(n));
    };
    let proto = vm.realm().intrinsics.number_proto;
    Ok(Value::Object(vm.ordinary_create_from(
        nt,
        proto,
        Class::NumberBox(n),
    )?))
}

// -- Statics -------------------------------------------------------------------

fn number_arg(call: &Call<'_>) -> Option<f64> {
    match call.arg(0) {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

fn is_integral(n: f64) -> bool {
    n.is_finite() && n.trunc() == n
}

fn number_is_finite(_vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(&call).is_some_and(f64::is_finite)))
}

fn number_is_nan(_vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(&call).is_some_and(f64::is_nan)))
}

fn is_integer(_vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(&call).is_some_and(is_integral)))
}

fn is_safe_integer(_vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(&call).is_some_and(|n| {
        is_integral(n) && n.abs() <= MAX_SAFE_INTEGER
    })))
}

// -- Globals ---------------------------------------------------------------------

fn global_is_nan(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(call.arg(0))?.is_nan()))
}

fn global_is_finite(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(call.arg(0))?.is_finite()))
}

/// `parseInt(string, radix)` (§19.2.5).
fn parse_int(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    let radix = vm.to_int32(call.arg(1))?;
    vm.charge(vm.heap().units(s).len() as u64 / 16)?;
    let units = vm.heap().units(s);
    let at = |i: usize| if i < units.len() { units.at(i) } else { 0 };
    let mut i = 0;
    while i < units.len() && is_js_whitespace(units.at(i)) {
        i += 1;
    }
    let sign = if at(i) == u16::from(b'-') { -1.0 } else { 1.0 };
    if at(i) == u16::from(b'-') || at(i) == u16::from(b'+') {
        i += 1;
    }
    let (mut r, strip_prefix) = match radix {
        0 => (10, true),
        16 => (16, true),
        2..=36 => (radix as u32, false),
        _ => return Ok(Value::Number(f64::NAN)),
    };
    if strip_prefix
        && at(i) == u16::from(b'0')
        && (at(i + 1) == u16::from(b'x') || at(i + 1) == u16::from(b'X'))
    {
        i += 2;
        r = 16;
    }
    let digits: smallvec::SmallVec<[u8; 32]> = (i..units.len())
        .map_while(|j| number::digit_value(units.at(j), r))
        .map(|d| d as u8)
        .collect();
    if digits.is_empty() {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(
        sign * number::radix_digits_to_f64(&digits, r),
    ))
}

/// `parseFloat(string)` (§19.2.4): the longest StrDecimalLiteral prefix
/// after leading white space.
fn parse_float(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    vm.charge(vm.heap().units(s).len() as u64 / 16)?;
    let units = vm.heap().units(s);
    // Only these characters can be part of the prefix.
    let candidate = |u: u16| u < 0x80 && b"0123456789+-.eEInfinity".contains(&(u as u8));
    let text: Vec<u16> = units
        .iter()
        .skip_while(|&u| is_js_whitespace(u))
        .take_while(|&u| candidate(u))
        .collect();
    Ok(Value::Number(
        number::decimal_prefix(&text).map_or(f64::NAN, |(_, v)| v),
    ))
}

// -- Prototype -------------------------------------------------------------------

/// thisNumberValue: the number of a Number primitive or wrapper, or a
/// TypeError naming the method.
fn this_number(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<f64> {
    match call.this {
        Value::Number(n) => return Ok(n),
        Value::Object(o) => {
            if let Class::NumberBox(n) = vm.heap().obj(o).class {
                return Ok(n);
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!(
        "Number.prototype.{method} requires that 'this' be a Number"
    )))
}

/// A string result, charging its length.
fn string_result(vm: &mut Vm, s: &str) -> JsResult<Value> {
    vm.charge(s.len() as u64 / 16 + 1)?;
    Ok(Value::String(vm.heap_mut().str_from_rust(s)?))
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let x = this_number(vm, &call, "toString")?;
    let radix = match call.arg(0) {
        Value::Undefined => 10.0,
        r => vm.to_integer(r)?,
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    if radix == 10.0 {
        return Ok(Value::String(vm.number_to_string(x)?));
    }
    let s = number::to_radix_string(x, radix as u32);
    string_result(vm, &s)
}

fn to_locale_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let x = this_number(vm, &call, "toLocaleString")?;
    Ok(Value::String(vm.number_to_string(x)?))
}

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(this_number(vm, &call, "valueOf")?))
}

/// `toFixed(fractionDigits)` (§21.1.3.3).
fn to_fixed(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let x = this_number(vm, &call, "toFixed")?;
    let f = vm.to_integer(call.arg(0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() {
        return Ok(Value::String(vm.number_to_string(x)?));
    }
    vm.charge(number::expansion_cost(x))?;
    let s = number::to_fixed(x, f as usize);
    string_result(vm, &s)
}

/// `toExponential(fractionDigits)` (§21.1.3.2).
fn to_exponential(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let x = this_number(vm, &call, "toExponential")?;
    let digits = call.arg(0);
    let f = vm.to_integer(digits)?;
    if !x.is_finite() {
        return Ok(Value::String(vm.number_to_string(x)?));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let f = (digits != Value::Undefined).then_some(f as usize);
    if f.is_some() {
        vm.charge(number::expansion_cost(x))?;
    }
    let s = number::to_exponential(x, f);
    string_result(vm, &s)
}

/// `toPrecision(precision)` (§21.1.3.5).
fn to_precision(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let x = this_number(vm, &call, "toPrecision")?;
    let precision = call.arg(0);
    if precision == Value::Undefined {
        return Ok(Value::String(vm.number_to_string(x)?));
    }
    let p = vm.to_integer(precision)?;
    if !x.is_finite() {
        return Ok(Value::String(vm.number_to_string(x)?));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    vm.charge(number::expansion_cost(x))?;
    let s = number::to_precision(x, p as usize);
    string_result(vm, &s)
}
