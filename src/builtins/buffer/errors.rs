//! Node's argument validation and the errors it throws (`ERR_INVALID_ARG_TYPE`,
//! `ERR_OUT_OF_RANGE`...), worded as Node words them: a `Buffer` call that
//! fails in Node fails the same way here, message included.

use crate::heap::{Class, Key};
use crate::value::Value;
use crate::vm::{JsResult, Throw, Vm};

/// `buffer.constants.MAX_LENGTH` in Node 20: the bound of its offset and
/// size checks (2^32).
pub(super) const K_MAX_LENGTH: f64 = 4294967296.0;

/// `ERR_INVALID_ARG_TYPE`: `The "name" argument must be <expected>.
/// Received <what>` (names ending in " argument" are not quoted).
pub(super) fn invalid_arg_type(vm: &mut Vm, name: &str, expected: &str, actual: Value) -> Throw {
    let what = match received(vm, actual) {
        Ok(w) => w,
        Err(t) => return t,
    };
    let subject = if name.ends_with(" argument") {
        name.to_string()
    } else {
        let kind = if name.contains('.') {
            "property"
        } else {
            "argument"
        };
        format!("\"{name}\" {kind}")
    };
    vm.type_error(format!("The {subject} must be {expected}. Received {what}"))
}

/// `ERR_OUT_OF_RANGE` for a number: `The value of "name" is out of range.
/// It must be <range>. Received <n>`.
pub(super) fn out_of_range(vm: &mut Vm, name: &str, range: &str, n: f64) -> Throw {
    let shown = if n.fract() == 0.0 && n.abs() > 4294967296.0 && n.is_finite() {
        numeric_separators(&crate::number::to_js_string(n))
    } else {
        number_text(n)
    };
    vm.range_error(format!(
        "The value of \"{name}\" is out of range. It must be {range}. Received {shown}"
    ))
}

/// `ERR_BUFFER_OUT_OF_BOUNDS`, with or without the argument's name.
pub(super) fn buffer_out_of_bounds(vm: &mut Vm, name: Option<&str>) -> Throw {
    match name {
        Some(n) => vm.range_error(format!("\"{n}\" is outside of buffer bounds")),
        None => vm.range_error("Attempt to access memory outside buffer bounds"),
    }
}

/// `ERR_UNKNOWN_ENCODING`.
pub(super) fn unknown_encoding(vm: &mut Vm, encoding: Value) -> Throw {
    let text = match encoding {
        Value::Number(n) => Ok(number_text(n)),
        v => vm.to_rust_string(v),
    };
    match text {
        Ok(t) => vm.type_error(format!("Unknown encoding: {t}")),
        Err(t) => t,
    }
}

/// `ERR_INVALID_ARG_VALUE` for the `value` argument of `fill`.
pub(super) fn invalid_fill_value(vm: &mut Vm, value: Value) -> Throw {
    let shown = match value {
        Value::String(s) => inspect_string(&vm.heap().units(s).iter().collect::<Vec<u16>>()),
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::TypedArray { .. }
                if vm.heap().obj(o).proto == Some(vm.realm().intrinsics.buffer_proto) =>
            {
                "<Buffer >".into()
            }
            Class::TypedArray { kind, .. } => format!("{}(0) []", kind.name()),
            _ => "[object]".into(),
        },
        other => vm.describe(other),
    };
    vm.type_error(format!("The argument 'value' is invalid. Received {shown}"))
}

/// Node's `validateNumber(value, name, min, max)`: the number, or the
/// TypeError / RangeError Node throws.
pub(super) fn validate_number(
    vm: &mut Vm,
    v: Value,
    name: &str,
    min: Option<f64>,
    max: Option<f64>,
) -> JsResult<f64> {
    let Value::Number(n) = v else {
        return Err(invalid_arg_type(vm, name, "of type number", v));
    };
    let bounded = min.is_some() || max.is_some();
    if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) || (bounded && n.is_nan()) {
        let range = match (min, max) {
            (Some(a), Some(b)) => format!(">= {} && <= {}", number_text(a), number_text(b)),
            (Some(a), None) => format!(">= {}", number_text(a)),
            (None, Some(b)) => format!("<= {}", number_text(b)),
            (None, None) => String::new(),
        };
        return Err(out_of_range(vm, name, &range, n));
    }
    Ok(n)
}

/// Node's `validateInteger(value, name, min, max)` (`validateOffset` is
/// this with `0..=2^32`).
pub(super) fn validate_integer(
    vm: &mut Vm,
    v: Value,
    name: &str,
    min: f64,
    max: f64,
) -> JsResult<f64> {
    let Value::Number(n) = v else {
        return Err(invalid_arg_type(vm, name, "of type number", v));
    };
    if !is_integer(n) {
        return Err(out_of_range(vm, name, "an integer", n));
    }
    if n < min || n > max {
        let range = format!(">= {} && <= {}", number_text(min), number_text(max));
        return Err(out_of_range(vm, name, &range, n));
    }
    Ok(n)
}

/// `validateOffset(value, name, 0, max)`.
pub(super) fn validate_offset(vm: &mut Vm, v: Value, name: &str, max: f64) -> JsResult<f64> {
    validate_integer(vm, v, name, 0.0, max)
}

/// `Number.isInteger`.
pub(super) fn is_integer(n: f64) -> bool {
    n.is_finite() && n.trunc() == n
}

/// A number as `util.inspect` shows it (`-0` keeps its sign).
pub(super) fn number_text(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        crate::number::to_js_string(n)
    }
}

/// Node's `addNumericalSeparator`: `4294967297` → `4_294_967_297`.
fn numeric_separators(text: &str) -> String {
    let start = usize::from(text.starts_with('-'));
    let mut i = text.len();
    let mut tail = String::new();
    while i >= start + 4 {
        tail = format!("_{}{tail}", &text[i - 3..i]);
        i -= 3;
    }
    format!("{}{tail}", &text[..i])
}

/// Node's `determineSpecificType`: how a received value is described.
fn received(vm: &mut Vm, v: Value) -> JsResult<String> {
    Ok(match v {
        Value::Undefined | Value::Empty => "undefined".into(),
        Value::Null => "null".into(),
        Value::Number(n) => format!("type number ({})", number_text(n)),
        Value::Bool(b) => format!("type boolean ({b})"),
        Value::Symbol(s) => format!("type symbol ({})", vm.heap().symbol_text(s)),
        Value::String(s) => {
            let mut units: Vec<u16> = vm.heap().units(s).iter().collect();
            if units.len() > 28 {
                units.truncate(25);
                units.extend("...".encode_utf16());
            }
            if units.contains(&u16::from(b'\'')) {
                format!("type string ({})", json_quote(&units))
            } else {
                format!("type string ('{}')", String::from_utf16_lossy(&units))
            }
        }
        Value::Object(o) if vm.heap().obj(o).is_callable() => {
            let name = vm.get(v, Key::Str(vm.realm().names.name))?;
            let name = vm.to_rust_string(name)?;
            format!("function {name}")
        }
        Value::Object(_) => {
            let ctor = vm.get(v, Key::Str(vm.realm().names.constructor))?;
            let name_key = Key::Str(vm.realm().names.name);
            match ctor {
                Value::Object(c) if vm.has_property(c, name_key)? => {
                    let name = vm.get(ctor, name_key)?;
                    format!("an instance of {}", vm.to_rust_string(name)?)
                }
                _ => "[Object: null prototype] {}".into(),
            }
        }
    })
}

/// `JSON.stringify` of a string.
fn json_quote(units: &[u16]) -> String {
    let mut out = String::from("\"");
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\t') => out.push_str("\\t"),
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Ok(c) => out.push(c),
            Err(e) => out.push_str(&format!("\\u{:04x}", e.unpaired_surrogate())),
        }
    }
    out.push('"');
    out
}

/// `util.inspect` of a string: single quotes unless the text holds one.
fn inspect_string(units: &[u16]) -> String {
    let text = String::from_utf16_lossy(units);
    let quote = if !text.contains('\'') {
        '\''
    } else if !text.contains('"') {
        '"'
    } else if !text.contains('`') {
        '`'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_follow_node() {
        assert_eq!(numeric_separators("4294967297"), "4_294_967_297");
        assert_eq!(numeric_separators("-8589934592"), "-8_589_934_592");
        assert_eq!(numeric_separators("1e+21"), "1e_+21");
        assert_eq!(numeric_separators("123"), "123");
    }
}
