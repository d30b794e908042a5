//! The errors the engine throws, with messages that name the thing involved
//! ("Cannot read property 'x' of undefined", "request.foo is not a
//! function").

use super::{JsResult, Throw, Vm};
use crate::heap::{Attrs, Class, Key, ObjectData, Prop};
use crate::value::{ObjRef, Value};

/// The native error types, in the order of `Intrinsics::error_protos`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `Error`
    Error,
    /// `EvalError`
    EvalError,
    /// `RangeError`
    RangeError,
    /// `ReferenceError`
    ReferenceError,
    /// `SyntaxError`
    SyntaxError,
    /// `TypeError`
    TypeError,
    /// `URIError`
    UriError,
    /// `InternalError` (njs)
    InternalError,
    /// `MemoryError` (njs, runtime 1.0)
    MemoryError,
}

impl ErrorKind {
    /// Every kind, in prototype-table order.
    pub const ALL: [ErrorKind; 9] = [
        ErrorKind::Error,
        ErrorKind::EvalError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
        ErrorKind::TypeError,
        ErrorKind::UriError,
        ErrorKind::InternalError,
        ErrorKind::MemoryError,
    ];

    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::UriError => "URIError",
            ErrorKind::InternalError => "InternalError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }

    /// Index in the prototype table.
    pub fn index(self) -> usize {
        ErrorKind::ALL.iter().position(|&k| k == self).unwrap_or(0)
    }
}

impl Vm {
    /// A new error object of `kind` with `message`.
    pub fn make_error(&mut self, kind: ErrorKind, message: &str) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.error_protos[kind.index()];
        let o = self
            .heap
            .alloc(ObjectData::new(Class::Error, Some(proto)))?;
        let msg = self.heap.str_from_rust(message)?;
        let key = Key::Str(self.realm.names.message);
        self.heap.push_prop(
            o,
            Prop {
                key,
                value: Value::String(msg),
                attrs: Attrs::HIDDEN,
            },
        )?;
        Ok(o)
    }

    /// A `Throw` of a new error of `kind` with `message`.
    pub fn error(&mut self, kind: ErrorKind, message: impl AsRef<str>) -> Throw {
        match self.make_error(kind, message.as_ref()) {
            Ok(o) => Throw::Value(Value::Object(o)),
            Err(t) => t,
        }
    }

    /// A `TypeError` to throw.
    pub fn type_error(&mut self, message: impl AsRef<str>) -> Throw {
        self.error(ErrorKind::TypeError, message)
    }

    /// A `RangeError` to throw.
    pub fn range_error(&mut self, message: impl AsRef<str>) -> Throw {
        self.error(ErrorKind::RangeError, message)
    }

    /// A short description of a value for messages: `undefined`, `null`,
    /// `"text"`, `42`, `object`, `function`.
    pub fn describe(&self, v: Value) -> String {
        match v {
            Value::Undefined | Value::Empty => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => crate::number::to_js_string(n),
            Value::String(s) => {
                let text: String = self.heap.to_rust_string(s).chars().take(40).collect();
                format!("\"{text}\"")
            }
            Value::Symbol(_) => "symbol".into(),
            Value::Object(o) if self.heap.obj(o).is_callable() => "function".into(),
            Value::Object(o) if self.heap.obj(o).class.is_array() => "array".into(),
            Value::Object(_) => "object".into(),
        }
    }

    /// A property key as text for messages.
    pub fn key_text(&self, key: Key) -> String {
        match key {
            Key::Str(s) => self.heap.to_rust_string(s),
            Key::Index(i) => i.to_string(),
            Key::Sym(s) => self.heap.symbol_text(s),
        }
    }
}
