//! `Boolean` and `Boolean.prototype` (ECMA-262 §20.3), the same in both
//! runtimes.

use super::def;
use crate::heap::Class;
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.boolean_proto;
    b.methods(
        proto,
        &[def("toString", 0, to_string), def("valueOf", 0, value_of)],
    );
    b.constructor(def("Boolean", 1, boolean), proto);
}

/// `Boolean(value)` converts; `new Boolean(value)` wraps, with the
/// prototype of `new.target` (for subclasses and `Reflect.construct`-like
/// calls through `bind`).
fn boolean(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let b = vm.truthy(call.arg(0));
    match call.new_target {
        None => Ok(Value::Bool(b)),
        Some(nt) => {
            let fallback = vm.realm().intrinsics.boolean_proto;
            Ok(Value::Object(vm.ordinary_create_from(
                nt,
                fallback,
                Class::BooleanBox(b),
            )?))
        }
    }
}

/// thisBooleanValue: the boolean of a boolean or a `Boolean` object, or a
/// TypeError worded as V8 words it.
fn this_boolean_value(vm: &mut Vm, this: Value, method: &str) -> JsResult<bool> {
    match this {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::BooleanBox(b) => Ok(b),
            _ => Err(vm.type_error(format!(
                "Boolean.prototype.{method} requires that 'this' be a Boolean"
            ))),
        },
        _ => Err(vm.type_error(format!(
            "Boolean.prototype.{method} requires that 'this' be a Boolean"
        ))),
    }
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let b = this_boolean_value(vm, call.this, "toString")?;
    let names = vm.realm().names;
    Ok(Value::String(if b { names.true_ } else { names.false_ }))
}

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(this_boolean_value(vm, call.this, "valueOf")?))
}
