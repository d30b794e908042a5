//! JavaScript values as the VM holds them in registers and properties.
//!
//! A [`Value`] is 16 bytes and `Copy`: numbers are stored inline, strings,
//! objects and symbols are handles into the heap (see `heap`). Handles are
//! plain indices, so a value never owns memory and an event's heap can be
//! reset without visiting its values.

/// A handle to a string: an index into the realm's, the script's or the
/// event's string table (see `heap::strings`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsStr(pub u32);

/// A handle to an object: an index into the realm's or the event's object
/// table (see `heap::objects`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

/// A handle to a symbol.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymRef(pub u32);

/// A JavaScript value.
///
/// The tag takes the whole first word (`repr(u64)`) and every payload sits
/// in the second: the tag is written with one 8-byte store, which a later
/// 8-byte read of it can be served from while the store is still in
/// flight. With a one-byte tag and small payloads beside it, most reads of
/// a value just written waited for the stores to reach the cache (see
/// ARCHITECTURE.md, "Values are read as they were written").
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[repr(u64)]
pub enum Value {
    /// `undefined`
    #[default]
    Undefined,
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number (IEEE 754 double).
    Number(f64),
    /// A string.
    String(JsStr),
    /// An object (functions and arrays included).
    Object(ObjRef),
    /// A symbol.
    Symbol(SymRef),
    /// Internal: a binding in its temporal dead zone, or an array hole.
    /// Never observable from JavaScript.
    Empty,
}

// The register file and every heap slab hold values: the tag word must
// not make them larger.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    /// `value` as a number value.
    pub fn number(value: f64) -> Value {
        Value::Number(value)
    }

    /// Whether the value is `undefined` or `null`.
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    /// The object handle, if the value is an object.
    pub fn as_object(self) -> Option<ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The number, if the value is a number.
    pub fn as_number(self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The string handle, if the value is a string.
    pub fn as_string(self) -> Option<JsStr> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// ToBoolean for values that need no heap access; strings need their
    /// length and are answered by the heap.
    pub fn truthy_without_strings(self) -> Option<bool> {
        Some(match self {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::Object(_) | Value::Symbol(_) => true,
            Value::String(_) => return None,
        })
    }
}

/// The ECMAScript `typeof` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeOf {
    /// `"undefined"`
    Undefined,
    /// `"object"` (including `null`)
    Object,
    /// `"boolean"`
    Boolean,
    /// `"number"`
    Number,
    /// `"string"`
    String,
    /// `"symbol"`
    Symbol,
    /// `"function"`
    Function,
}

impl TypeOf {
    /// The string `typeof` returns.
    pub fn name(self) -> &'static str {
        match self {
            TypeOf::Undefined => "undefined",
            TypeOf::Object => "object",
            TypeOf::Boolean => "boolean",
            TypeOf::Number => "number",
            TypeOf::String => "string",
            TypeOf::Symbol => "symbol",
            TypeOf::Function => "function",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_small() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
