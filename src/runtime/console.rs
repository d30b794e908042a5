//! `console.log` and the text it writes. CloudFront runs njs, so log lines
//! use njs's value dump (checked against njs 0.7.9): strings print as they
//! are at the top level and single-quoted inside objects, objects as
//! `{a:1,b:[1,2]}`, holes as `<empty>`, `-0` keeps its sign.

use super::host::{HostState, MAX_LOG_BYTES};
use crate::heap::{Class, Key};
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use std::fmt::Write;

/// Nesting deeper than this prints as `[Object]` / `[Array]`.
const MAX_DEPTH: usize = 32;

/// `console.log(...)`: one log entry, the arguments separated by spaces.
pub(crate) fn console_log(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut line = String::new();
    for (i, &v) in call.args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        match v {
            Value::String(s) => line.push_str(&vm.heap().to_rust_string(s)),
            v => dump(vm, v, &mut line, &mut Vec::new()),
        }
        if line.len() > MAX_LOG_BYTES {
            break;
        }
    }
    vm.charge(1 + line.len() as u64 / 16)?;
    if let Some(host) = vm.host_mut::<HostState>() {
        host.log(line);
    }
    Ok(Value::Undefined)
}

/// Appends njs's rendering of `v`; `seen` holds the objects being printed
/// (a cycle prints as `[Circular]`). Never runs script code: accessors
/// print as `[Getter]`.
fn dump(vm: &mut Vm, v: Value, out: &mut String, seen: &mut Vec<ObjRef>) {
    if out.len() > MAX_LOG_BYTES {
        return;
    }
    match v {
        Value::Undefined | Value::Empty => out.push_str("undefined"),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Number(n) if n == 0.0 && n.is_sign_negative() => out.push_str("-0"),
        Value::Number(n) => out.push_str(&crate::number::to_js_string(n)),
        Value::String(s) => quoted(&vm.heap().to_rust_string(s), out),
        Value::Symbol(s) => out.push_str(&vm.heap().symbol_text(s)),
        Value::Object(o) => dump_object(vm, o, out, seen),
    }
}

/// A string inside an object: single quotes, line breaks escaped.
fn quoted(s: &str, out: &mut String) {
    out.push('\'');
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('\'');
}

fn dump_object(vm: &mut Vm, o: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
    if seen.contains(&o) {
        out.push_str("[Circular]");
        return;
    }
    let data = *vm.heap().obj(o);
    match data.class {
        Class::Closure { .. } | Class::Native { .. } | Class::Bound { .. } => {
            let name = own_string(vm, o, "name").unwrap_or_default();
            if name.is_empty() {
                out.push_str("[Function]");
            } else {
                let _ = write!(out, "[Function: {name}]");
            }
            return;
        }
        Class::Error => {
            let name = own_string(vm, o, "name").unwrap_or_else(|| "Error".into());
            let message = own_string(vm, o, "message").unwrap_or_default();
            out.push_str(&name);
            if !message.is_empty() {
                let _ = write!(out, ": {message}");
            }
            return;
        }
        Class::Date(t) => {
            out.push_str(&iso_date(t));
            return;
        }
        Class::RegExp(_) => {
            let source = own_string(vm, o, "source").unwrap_or_default();
            // `flags` is a 2.0 accessor; the flag booleans exist in both.
            let mut flags = String::new();
            for (name, flag) in [
                ("global", 'g'),
                ("ignoreCase", 'i'),
                ("multiline", 'm'),
                ("sticky", 'y'),
            ] {
                let key = crate::builtins::name_key(vm, name).ok();
                if key.and_then(|k| vm.get(Value::Object(o), k).ok()) == Some(Value::Bool(true)) {
                    flags.push(flag);
                }
            }
            let _ = write!(out, "/{source}/{flags}");
            return;
        }
        Class::StringBox(s) => {
            out.push_str("[String: ");
            quoted(&vm.heap().to_rust_string(s), out);
            out.push(']');
            return;
        }
        Class::NumberBox(n) => {
            out.push_str("[Number: ");
            dump(vm, Value::Number(n), out, seen);
            out.push(']');
            return;
        }
        Class::BooleanBox(b) => {
            let _ = write!(out, "[Boolean: {b}]");
            return;
        }
        Class::TypedArray { kind, .. } => {
            let _ = write!(out, "{} ", kind.name());
        }
        Class::Promise(_) => out.push_str("Promise "),
        _ => {}
    }
    if seen.len() >= MAX_DEPTH {
        out.push_str(if data.class.is_array() {
            "[Array]"
        } else {
            "[Object]"
        });
        return;
    }
    seen.push(o);
    let len = match data.class {
        Class::Array => Some(data.length),
        Class::TypedArray { length, .. } => Some(length),
        _ => None,
    };
    let is_list = len.is_some();
    out.push(if is_list { '[' } else { '{' });
    let mut first = true;
    for i in 0..len.unwrap_or(0) {
        if !first {
            out.push(',');
        }
        first = false;
        match vm.get_own(o, Key::Index(i)) {
            Ok(Some(p)) if p.attrs.is_accessor() => out.push_str("'[Getter]'"),
            Ok(Some(p)) => dump(vm, p.value, out, seen),
            _ => out.push_str("<empty>"),
        }
        if out.len() > MAX_LOG_BYTES {
            break;
        }
    }
    let keys = vm.own_keys(o).unwrap_or_default();
    for key in keys {
        if matches!(key, Key::Sym(_)) || (is_list && matches!(key, Key::Index(_))) {
            continue;
        }
        let Ok(Some(p)) = vm.get_own(o, key) else {
            continue;
        };
        if !p.attrs.enumerable() || out.len() > MAX_LOG_BYTES {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        let _ = write!(out, "{}:", vm.key_text(key));
        if p.attrs.is_accessor() {
            out.push_str("'[Getter]'");
        } else {
            dump(vm, p.value, out, seen);
        }
    }
    out.push(if is_list { ']' } else { '}' });
    seen.pop();
}

/// An own (or inherited) data property as a string, without calling
/// accessors except the built-in ones of RegExp.
fn own_string(vm: &mut Vm, o: ObjRef, name: &str) -> Option<String> {
    let key = crate::builtins::name_key(vm, name).ok()?;
    let v = vm.get(Value::Object(o), key).ok()?;
    match v {
        Value::String(s) => Some(vm.heap().to_rust_string(s)),
        _ => None,
    }
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for a time value (`Invalid Date` for NaN).
fn iso_date(t: f64) -> String {
    if !t.is_finite() {
        return "Invalid Date".into();
    }
    let ms = t as i64;
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    let year = if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y:+07}")
    };
    format!(
        "{year}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_date(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_date(1_735_689_600_123.0), "2025-01-01T00:00:00.123Z");
        assert_eq!(iso_date(-1.0), "1969-12-31T23:59:59.999Z");
        assert_eq!(iso_date(f64::NAN), "Invalid Date");
    }

    #[test]
    fn logs_stop_at_ten_kilobytes() {
        let mut h = HostState::default();
        for _ in 0..12 {
            h.log("x".repeat(1000));
        }
        assert_eq!(h.logs.len(), 11);
        assert_eq!(h.logs[10].len(), MAX_LOG_BYTES - 10_000);
        assert!(h.logs_truncated);
        h.log("more".into());
        assert_eq!(h.logs.len(), 11);
    }
}
