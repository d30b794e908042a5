//! `Error` and the native error types (ECMA-262 §20.5), plus njs's
//! `InternalError` and (runtime 1.0 only) `MemoryError`.

use super::def;
use crate::features::Runtime;
use crate::heap::{Attrs, Class, Key};
use crate::realm::{NativeDef, RealmBuilder};
use crate::value::Value;
use crate::vm::{Call, ErrorKind, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let error_proto = b.object(Some(object_proto));
    b.intrinsics.error_protos[0] = error_proto;
    b.methods(error_proto, &[def("toString", 0, to_string)]);
    let message = Key::Str(b.names.message);
    let empty = b.names.empty;
    let mut error_ctor = None;
    for kind in ErrorKind::ALL {
        if kind == ErrorKind::MemoryError && b.runtime >= Runtime::Js2 {
            // The 2.0 page does not list MemoryError.
            let proto = b.object(Some(error_proto));
            b.intrinsics.error_protos[kind.index()] = proto;
            continue;
        }
        let proto = if kind == ErrorKind::Error {
            error_proto
        } else {
            b.object(Some(error_proto))
        };
        b.intrinsics.error_protos[kind.index()] = proto;
        let name = b.intern(kind.name());
        b.value(proto, "name", Value::String(name), Attrs::HIDDEN);
        b.define(proto, message, Value::String(empty), Attrs::HIDDEN);
        let ctor = b.constructor(constructor_def(kind), proto);
        match error_ctor {
            None => error_ctor = Some(ctor),
            Some(base) => b.record(ctor).proto = Some(base),
        }
    }
}

fn constructor_def(kind: ErrorKind) -> NativeDef {
    let f: crate::vm::NativeFn = match kind {
        ErrorKind::Error => |vm, c| construct(vm, c, ErrorKind::Error),
        ErrorKind::EvalError => |vm, c| construct(vm, c, ErrorKind::EvalError),
        ErrorKind::RangeError => |vm, c| construct(vm, c, ErrorKind::RangeError),
        ErrorKind::ReferenceError => |vm, c| construct(vm, c, ErrorKind::ReferenceError),
        ErrorKind::SyntaxError => |vm, c| construct(vm, c, ErrorKind::SyntaxError),
        ErrorKind::TypeError => |vm, c| construct(vm, c, ErrorKind::TypeError),
        ErrorKind::UriError => |vm, c| construct(vm, c, ErrorKind::UriError),
        ErrorKind::InternalError => |vm, c| construct(vm, c, ErrorKind::InternalError),
        ErrorKind::MemoryError => |vm, c| construct(vm, c, ErrorKind::MemoryError),
    };
    def(kind.name(), 1, f)
}

/// `new Error(message, { cause })`, also when called without `new`.
fn construct(vm: &mut Vm, c: Call<'_>, kind: ErrorKind) -> JsResult<Value> {
    let fallback = vm.realm().intrinsics.error_protos[kind.index()];
    let nt = c.new_target.unwrap_or(c.callee);
    let o = vm.ordinary_create_from(nt, fallback, Class::Error)?;
    let names = vm.realm().names;
    if c.arg(0) != Value::Undefined {
        let msg = vm.to_string(c.arg(0))?;
        super::object::define_hidden(vm, o, Key::Str(names.message), Value::String(msg))?;
    }
    if let Value::Object(options) = c.arg(1) {
        if vm.has_property(options, Key::Str(names.cause))? {
            let cause = vm.get(c.arg(1), Key::Str(names.cause))?;
            super::object::define_hidden(vm, o, Key::Str(names.cause), cause)?;
        }
    }
    Ok(Value::Object(o))
}

/// `Error.prototype.toString`: `name: message`.
fn to_string(vm: &mut Vm, c: Call<'_>) -> JsResult<Value> {
    let Value::Object(_) = c.this else {
        return Err(vm.type_error("Error.prototype.toString called on a non-object"));
    };
    let names = vm.realm().names;
    let name = match vm.get(c.this, Key::Str(names.name))? {
        Value::Undefined => vm.heap_mut().intern_rust("Error")?,
        v => vm.to_string(v)?,
    };
    let msg = match vm.get(c.this, Key::Str(names.message))? {
        Value::Undefined => names.empty,
        v => vm.to_string(v)?,
    };
    let (n, m) = (vm.heap().units(name).len(), vm.heap().units(msg).len());
    if n == 0 {
        return Ok(Value::String(msg));
    }
    if m == 0 {
        return Ok(Value::String(name));
    }
    let sep = vm.heap_mut().intern_rust(": ")?;
    Ok(Value::String(vm.concat(&[name, sep, msg])?))
}
