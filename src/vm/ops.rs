//! Type conversions and operators, as ECMA-262 defines them: ToPrimitive,
//! ToNumber, ToString, ToObject, ToPropertyKey, the integer conversions,
//! `==`, `===`, relational comparison, `+`, `typeof`, `instanceof`.

use super::{Call, JsResult, Vm};
use crate::heap::{Class, Key, ObjectData, StrLoc, Units};
use crate::value::{JsStr, ObjRef, TypeOf, Value};

/// The preferred type of ToPrimitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// No preference (`+`, `==`): `valueOf` first.
    Default,
    /// A number (`<`, arithmetic): `valueOf` first.
    Number,
    /// A string (`String(x)`, keys): `toString` first.
    String,
}

/// ECMAScript white space and line terminators (what `trim` removes and
/// StringToNumber ignores).
pub fn is_js_whitespace(u: u16) -> bool {
    matches!(
        u,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// StringToNumber (ECMA-262 §7.1.4.1.1): `NaN` for anything that is not a
/// StringNumericLiteral.
pub fn string_to_number(units: Units<'_>) -> f64 {
    let text: Vec<u16> = units.iter().collect();
    let start = text
        .iter()
        .position(|&u| !is_js_whitespace(u))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|&u| !is_js_whitespace(u))
        .map_or(start, |e| e + 1);
    let t = &text[start..end];
    if t.is_empty() {
        return 0.0;
    }
    if t.iter().any(|&u| u > 0x7F) {
        return f64::NAN;
    }
    let s: String = t.iter().map(|&u| u as u8 as char).collect();
    let radix = match s.get(..2) {
        Some("0x" | "0X") => 16,
        Some("0o" | "0O") => 8,
        Some("0b" | "0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits: Option<Vec<u8>> = s[2..]
            .chars()
            .map(|c| c.to_digit(radix).map(|d| d as u8))
            .collect();
        return match digits {
            Some(d) if !d.is_empty() => crate::number::radix_digits_to_f64(&d, radix),
            _ => f64::NAN,
        };
    }
    let (sign, body) = match s.as_bytes()[0] {
        b'+' => (1.0, &s[1..]),
        b'-' => (-1.0, &s[1..]),
        _ => (1.0, &s[..]),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    // StrUnsignedDecimalLiteral: digits [. digits] [e [+-] digits], or
    // . digits [...]; Rust's parser accepts more ("inf", "nan"), so the
    // shape is checked first.
    let b = body.as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return f64::NAN;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return f64::NAN;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return f64::NAN;
    }
    body.parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// ToInt32.
pub fn to_int32(n: f64) -> i32 {
    if !n.is_finite() || n == 0.0 {
        return 0;
    }
    let m = n.trunc() % 4294967296.0;
    let m = if m < 0.0 { m + 4294967296.0 } else { m };
    m as u32 as i32
}

/// ToUint32.
pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

/// ToIntegerOrInfinity.
pub fn to_integer(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() + 0.0 }
}

/// `base ** exp` with ECMAScript's special cases (which differ from C's
/// `pow` for a base of ±1 with an infinite or NaN exponent).
pub fn js_pow(base: f64, exp: f64) -> f64 {
    if exp.is_nan() {
        return f64::NAN;
    }
    if exp == 0.0 {
        return 1.0;
    }
    if (base == 1.0 || base == -1.0) && exp.is_infinite() {
        return f64::NAN;
    }
    base.powf(exp)
}

impl Vm {
    /// ToBoolean.
    pub fn truthy(&self, v: Value) -> bool {
        match v.truthy_without_strings() {
            Some(b) => b,
            None => v
                .as_string()
                .is_some_and(|s| !self.heap.units(s).is_empty()),
        }
    }

    /// `typeof v`.
    pub fn type_of(&self, v: Value) -> TypeOf {
        match v {
            Value::Undefined | Value::Empty => TypeOf::Undefined,
            Value::Null => TypeOf::Object,
            Value::Bool(_) => TypeOf::Boolean,
            Value::Number(_) => TypeOf::Number,
            Value::String(_) => TypeOf::String,
            Value::Symbol(_) => TypeOf::Symbol,
            Value::Object(o) if self.heap.obj(o).is_callable() => TypeOf::Function,
            Value::Object(_) => TypeOf::Object,
        }
    }

    /// Whether `v` is callable.
    pub fn is_callable(&self, v: Value) -> bool {
        matches!(v, Value::Object(o) if self.heap.obj(o).is_callable())
    }

    /// ToPrimitive.
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Value::Object(o) = v else { return Ok(v) };
        let exotic = self.get(v, Key::Sym(self.realm.symbols.to_primitive))?;
        if !exotic.is_nullish() {
            if !self.is_callable(exotic) {
                return Err(self.type_error("Symbol.toPrimitive is not a function"));
            }
            let h = match hint {
                Hint::Default => self.realm.names.default,
                Hint::Number => self.heap.intern_rust("number")?,
                Hint::String => self.heap.intern_rust("string")?,
            };
            let r = self.call(exotic, v, &[Value::String(h)])?;
            if matches!(r, Value::Object(_)) {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(r);
        }
        let names = if hint == Hint::String {
            [self.realm.names.to_string, self.realm.names.value_of]
        } else {
            [self.realm.names.value_of, self.realm.names.to_string]
        };
        for name in names {
            let method = self.get(Value::Object(o), Key::Str(name))?;
            if self.is_callable(method) {
                let r = self.call(method, v, &[])?;
                if !matches!(r, Value::Object(_)) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// ToNumber.
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        Ok(match v {
            Value::Number(n) => n,
            Value::Undefined | Value::Empty => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => f64::from(u8::from(b)),
            Value::String(s) => {
                self.charge(self.heap.units(s).len() as u64 / 8)?;
                string_to_number(self.heap.units(s))
            }
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a number"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number)?;
                self.to_number(p)?
            }
        })
    }

    /// The string for a number (base 10).
    pub fn number_to_string(&mut self, n: f64) -> JsResult<JsStr> {
        let names = &self.realm.names;
        if n == 0.0 {
            return Ok(names.zero);
        }
        if n.is_nan() {
            return Ok(names.nan);
        }
        if n == f64::INFINITY {
            return Ok(names.infinity);
        }
        if n == f64::NEG_INFINITY {
            return Ok(names.neg_infinity);
        }
        Ok(crate::number::with_js_text(n, |text| {
            self.heap.str_from_rust(text)
        })?)
    }

    /// ToString.
    pub fn to_string(&mut self, v: Value) -> JsResult<JsStr> {
        let names = &self.realm.names;
        Ok(match v {
            Value::String(s) => s,
            Value::Undefined | Value::Empty => names.undefined,
            Value::Null => names.null,
            Value::Bool(true) => names.true_,
            Value::Bool(false) => names.false_,
            Value::Number(n) => self.number_to_string(n)?,
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a string"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_string(p)?
            }
        })
    }

    /// ToString, as Rust text.
    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        let s = self.to_string(v)?;
        Ok(self.heap.to_rust_string(s))
    }

    /// ToPropertyKey.
    pub fn to_key(&mut self, v: Value) -> JsResult<Key> {
        match v {
            Value::Number(n) if (0.0..4294967295.0).contains(&n) && n.fract() == 0.0 => {
                Ok(Key::Index(n as u32))
            }
            Value::String(s) => Ok(self.heap.key_for(s)?),
            Value::Symbol(s) => Ok(Key::Sym(s)),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_key(p)
            }
            other => {
                let s = self.to_string(other)?;
                Ok(self.heap.key_for(s)?)
            }
        }
    }

    /// A property key as a value (for `Object.keys`, `for-in`).
    pub fn key_to_value(&mut self, key: Key) -> JsResult<Value> {
        Ok(match key {
            Key::Str(s) => Value::String(s),
            Key::Index(i) => Value::String(self.number_to_string(f64::from(i))?),
            Key::Sym(s) => Value::Symbol(s),
        })
    }

    /// ToObject: wraps primitives, throws on `undefined` and `null`.
    pub fn to_object(&mut self, v: Value) -> JsResult<ObjRef> {
        let intr = self.realm.intrinsics;
        let (class, proto) = match v {
            Value::Object(o) => return Ok(o),
            Value::Undefined | Value::Null | Value::Empty => {
                return Err(self.type_error("Cannot convert undefined or null to object"));
            }
            Value::Bool(b) => (Class::BooleanBox(b), intr.boolean_proto),
            Value::Number(n) => (Class::NumberBox(n), intr.number_proto),
            Value::String(s) => (Class::StringBox(s), intr.string_proto),
            Value::Symbol(s) => (Class::SymbolBox(s), intr.symbol_proto),
        };
        let mut data = ObjectData::new(class, Some(proto));
        if let Class::StringBox(s) = class {
            data.length = self.heap.units(s).len() as u32;
        }
        Ok(self.heap.alloc(data)?)
    }

    /// ToIntegerOrInfinity of a value.
    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        Ok(to_integer(self.to_number(v)?))
    }

    /// ToInt32 of a value.
    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        Ok(match v {
            Value::Number(n) => to_int32(n),
            other => to_int32(self.to_number(other)?),
        })
    }

    /// ToUint32 of a value.
    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        Ok(to_int32(self.to_number(v)?) as u32)
    }

    /// ToLength.
    pub fn to_length(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_integer(v)?;
        Ok(n.clamp(0.0, 9007199254740991.0))
    }

    /// A relative index argument (`slice`, `at`...) resolved against `len`.
    pub fn relative_index(&mut self, v: Value, len: f64, default: f64) -> JsResult<f64> {
        if v == Value::Undefined {
            return Ok(default);
        }
        let n = self.to_integer(v)?;
        Ok(if n < 0.0 {
            (len + n).max(0.0)
        } else {
            n.min(len)
        })
    }

    /// `a === b`.
    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y,
            (Value::String(x), Value::String(y)) => self.heap.same_text(x, y),
            (Value::Empty, Value::Undefined) | (Value::Undefined, Value::Empty) => true,
            _ => a == b,
        }
    }

    /// SameValueZero (`includes`, Map keys): like `===` but NaN equals NaN.
    pub fn same_value_zero(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
            _ => self.strict_equals(a, b),
        }
    }

    /// SameValue (`Object.is`): also tells `0` from `-0`.
    pub fn same_value(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                (x.is_nan() && y.is_nan())
                    || (x == y && x.is_sign_negative() == y.is_sign_negative())
            }
            _ => self.strict_equals(a, b),
        }
    }

    /// `a == b` (ECMA-262 §7.2.14).
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Undefined | Null | Empty, Undefined | Null | Empty) => true,
            (Undefined | Null | Empty, _) | (_, Undefined | Null | Empty) => false,
            (Number(_), Number(_))
            | (String(_), String(_))
            | (Bool(_), Bool(_))
            | (Symbol(_), Symbol(_))
            | (Object(_), Object(_)) => self.strict_equals(a, b),
            (Number(x), String(s)) | (String(s), Number(x)) => {
                x == string_to_number(self.heap.units(s))
            }
            (Bool(x), other) | (other, Bool(x)) => {
                let n = Number(f64::from(u8::from(x)));
                return self.loose_equals(n, other);
            }
            (Object(_), Number(_) | String(_) | Symbol(_)) => {
                let p = self.to_primitive(a, Hint::Default)?;
                return self.loose_equals(p, b);
            }
            (Number(_) | String(_) | Symbol(_), Object(_)) => {
                let p = self.to_primitive(b, Hint::Default)?;
                return self.loose_equals(a, p);
            }
            _ => false,
        })
    }

    /// `a < b`, or `None` when either is NaN (§7.2.13). `left_first` keeps
    /// the order in which operands are converted.
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            (pa, self.to_primitive(b, Hint::Number)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            (self.to_primitive(a, Hint::Number)?, pb)
        };
        if let (Value::String(x), Value::String(y)) = (pa, pb) {
            return Ok(Some(
                self.heap.units(x).compare(self.heap.units(y)) == std::cmp::Ordering::Less,
            ));
        }
        let x = self.to_number(pa)?;
        let y = self.to_number(pb)?;
        if x.is_nan() || y.is_nan() {
            Ok(None)
        } else {
            Ok(Some(x < y))
        }
    }

    /// `a + b`.
    pub fn add(&mut self, a: Value, b: Value) -> JsResult<Value> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(Value::Number(x + y)),
            (Value::String(x), Value::String(y)) => self.concat_pair(x, y).map(Value::String),
            _ => self.add_converted(a, b),
        }
    }

    /// [`Vm::add`] of operands that are not two numbers or two strings:
    /// kept apart so that the call of the string case saves only what
    /// that case uses.
    #[inline(never)]
    fn add_converted(&mut self, a: Value, b: Value) -> JsResult<Value> {
        let pa = self.to_primitive(a, Hint::Default)?;
        let pb = self.to_primitive(b, Hint::Default)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let sa = self.to_string(pa)?;
            let sb = self.to_string(pb)?;
            return Ok(Value::String(self.concat(&[sa, sb])?));
        }
        Ok(Value::Number(self.to_number(pa)? + self.to_number(pb)?))
    }

    /// `x + y` for strings, charged as [`Vm::concat`] charges.
    #[inline]
    pub fn concat_pair(&mut self, x: JsStr, y: JsStr) -> JsResult<JsStr> {
        let locs = [self.heap.str_loc(x), self.heap.str_loc(y)];
        match locs.map(StrLoc::len) {
            [0, _] => Ok(y),
            [_, 0] => Ok(x),
            [a, b] => {
                self.charge_concat(a + b)?;
                Ok(self.heap.concat_pair(x, y, locs)?)
            }
        }
    }

    /// Concatenates strings, charging their length.
    pub fn concat(&mut self, parts: &[JsStr]) -> JsResult<JsStr> {
        let (mut total, mut count, mut last) = (0, 0, self.realm.names.empty);
        for &p in parts {
            let len = self.heap.str_len(p);
            if len > 0 {
                (total, count, last) = (total + len, count + 1, p);
            }
        }
        match count {
            0 | 1 => Ok(last),
            // Nothing to leave out, as in every join of non-empty strings:
            // the parts go down as they are, with no copy.
            n if n == parts.len() => self.concat_non_empty(parts, total),
            _ => {
                let non_empty: smallvec::SmallVec<[JsStr; 16]> = parts
                    .iter()
                    .copied()
                    .filter(|&p| self.heap.str_len(p) > 0)
                    .collect();
                self.charge_concat(total)?;
                Ok(self.heap.concat(&non_empty)?)
            }
        }
    }

    /// [`Vm::concat`] of at least two parts, none of them empty, `total`
    /// code units in all, for a caller that has counted them already (a
    /// join of strings).
    pub(crate) fn concat_non_empty(&mut self, parts: &[JsStr], total: usize) -> JsResult<JsStr> {
        self.charge_concat(total)?;
        Ok(self.heap.concat(parts)?)
    }

    /// Charges a concatenation of `total` code units, refusing one longer
    /// than a string may be.
    fn charge_concat(&mut self, total: usize) -> JsResult<()> {
        self.charge(total as u64 / 16)?;
        if total > MAX_STRING_LENGTH {
            return Err(self.range_error("Invalid string length"));
        }
        Ok(())
    }

    /// `v instanceof target`.
    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        let Value::Object(t) = target else {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        };
        let has_instance = self.get(target, Key::Sym(self.realm.symbols.has_instance))?;
        if !has_instance.is_nullish()
            && has_instance != Value::Object(self.realm.intrinsics.function_proto)
        {
            let r = self.call(has_instance, target, &[v])?;
            return Ok(self.truthy(r));
        }
        if !self.heap.obj(t).is_callable() {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(t, v)
    }

    /// OrdinaryHasInstance.
    pub fn ordinary_has_instance(&mut self, c: ObjRef, v: Value) -> JsResult<bool> {
        if let Class::Bound { target, .. } = self.heap.obj(c).class {
            return self.instance_of(v, Value::Object(target));
        }
        let Value::Object(mut o) = v else {
            return Ok(false);
        };
        let proto = self.get(Value::Object(c), Key::Str(self.realm.names.prototype))?;
        let Value::Object(p) = proto else {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        };
        let mut hops = 0u32;
        while let Some(next) = self.heap.obj(o).proto {
            if next == p {
                return Ok(true);
            }
            o = next;
            hops += 1;
            if hops > 10_000 {
                break;
            }
        }
        Ok(false)
    }

    /// Calls `f` if it is callable, or throws "`what` is not a function".
    pub fn call_checked(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        what: &str,
    ) -> JsResult<Value> {
        if !self.is_callable(f) {
            return Err(self.type_error(format!("{what} is not a function")));
        }
        self.call(f, this, args)
    }

    /// The arguments of a built-in call as a fresh `Call` (for natives that
    /// call other natives).
    pub fn native_call<'a>(&self, callee: ObjRef, this: Value, args: &'a [Value]) -> Call<'a> {
        Call {
            this,
            args,
            new_target: None,
            callee,
            data: Value::Undefined,
        }
    }
}

/// The longest string the engine builds, in code units (2^28, a quarter of
/// a gigabyte of UTF-16, far above the memory limit anyway).
pub const MAX_STRING_LENGTH: usize = 1 << 28;

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        string_to_number(Units::Latin1(s.as_bytes()))
    }

    #[test]
    fn string_to_number_follows_the_grammar() {
        assert_eq!(num(""), 0.0);
        assert_eq!(num("  \n42\t"), 42.0);
        assert_eq!(num("-1.5e3"), -1500.0);
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("5."), 5.0);
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("0b101"), 5.0);
        assert_eq!(num("-Infinity"), f64::NEG_INFINITY);
        for bad in [
            "1_000",
            "0x",
            "-0x10",
            "inf",
            "nan",
            "1e",
            "1.2.3",
            "12px",
            "Infinityx",
            ".",
            "e5",
        ] {
            assert!(num(bad).is_nan(), "{bad}");
        }
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(-1.0), -1);
        assert_eq!(to_int32(2147483648.0), -2147483648);
        assert_eq!(to_int32(f64::NAN), 0);
        assert_eq!(to_uint32(-1.0), 4294967295);
        assert!(js_pow(1.0, f64::INFINITY).is_nan());
        assert_eq!(js_pow(f64::NAN, 0.0), 1.0);
    }
}
