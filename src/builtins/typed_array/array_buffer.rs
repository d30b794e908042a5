//! `ArrayBuffer` (ECMA-262 §25.1): the constructor, `isView`,
//! `prototype.slice` and the `byteLength` accessor. Buffers are fixed-size:
//! the resizable and transfer members are not part of either runtime.

use super::{
    alloc_array_buffer, array_buffer_of, copy_bytes, prototype_from, receiver_text,
    species_constructor, to_index,
};
use crate::builtins::def;
use crate::heap::{Attrs, Class, Key, Range};
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let proto = b.object(Some(object_proto));
    b.intrinsics.array_buffer_proto = proto;
    let ctor = b.constructor(def("ArrayBuffer", 1, array_buffer), proto);
    b.intrinsics.array_buffer_ctor = ctor;
    b.methods(ctor, &[def("isView", 1, is_view)]);
    let key = b.key("byteLength");
    b.accessor(
        proto,
        key,
        Some(def("get byteLength", 0, byte_length)),
        None,
        Attrs::CONFIGURABLE_ONLY,
    );
    b.methods(proto, &[def("slice", 2, slice)]);
    let tag = b.intern("ArrayBuffer");
    let tag_key = Key::Sym(b.symbols.to_string_tag);
    b.define(proto, tag_key, Value::String(tag), Attrs::CONFIGURABLE_ONLY);
}

/// `new ArrayBuffer(length)`.
fn array_buffer(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(new_target) = call.new_target else {
        return Err(vm.type_error("Constructor ArrayBuffer requires 'new'"));
    };
    let len = to_index(vm, call.arg(0), |_| "Invalid array buffer length".into())?;
    let fallback = vm.realm().intrinsics.array_buffer_proto;
    let proto = prototype_from(vm, new_target, fallback)?;
    Ok(Value::Object(alloc_array_buffer(vm, proto, len)?))
}

/// `ArrayBuffer.isView(arg)`: whether `arg` is a typed array or a
/// `DataView`.
fn is_view(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(o) = call.arg(0) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(matches!(
        vm.heap().obj(o).class,
        Class::TypedArray { .. } | Class::DataView { .. }
    )))
}

/// The bytes of `this`, or V8's "incompatible receiver" TypeError.
fn this_buffer(vm: &mut Vm, this: Value, method: &str) -> JsResult<Range> {
    match array_buffer_of(vm, this) {
        Some(r) => Ok(r),
        None => {
            let what = receiver_text(vm, this);
            Err(vm.type_error(format!(
                "Method {method} called on incompatible receiver {what}"
            )))
        }
    }
}

/// `get ArrayBuffer.prototype.byteLength`.
fn byte_length(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = this_buffer(vm, call.this, "get ArrayBuffer.prototype.byteLength")?;
    Ok(Value::Number(f64::from(r.len)))
}

/// `ArrayBuffer.prototype.slice(start, end)`: a copy of the bytes in
/// `[start, end)` in a new buffer made by the species constructor.
fn slice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = this_buffer(vm, call.this, "ArrayBuffer.prototype.slice")?;
    let Value::Object(o) = call.this else {
        return Ok(Value::Undefined);
    };
    let len = f64::from(r.len);
    let first = vm.relative_index(call.arg(0), len, 0.0)?;
    let last = vm.relative_index(call.arg(1), len, len)?;
    let new_len = (last - first).max(0.0);
    let base = vm.realm().intrinsics.array_buffer_ctor;
    let result = match species_constructor(vm, o, base)? {
        None => {
            let proto = vm.realm().intrinsics.array_buffer_proto;
            alloc_array_buffer(vm, proto, new_len as u64)?
        }
        Some(c) => {
            let made = vm.construct(Value::Object(c), &[Value::Number(new_len)], None)?;
            let Some(nr) = array_buffer_of(vm, made) else {
                let what = receiver_text(vm, made);
                return Err(vm.type_error(format!(
                    "Method ArrayBuffer.prototype.slice called on incompatible receiver {what}"
                )));
            };
            let Value::Object(m) = made else {
                return Ok(made);
            };
            if m == o {
                return Err(
                    vm.type_error("ArrayBuffer subclass returned this from species constructor")
                );
            }
            if f64::from(nr.len) < new_len {
                return Err(vm.type_error(
                    "Derived ArrayBuffer constructor created a buffer which was too small",
                ));
            }
            m
        }
    };
    if new_len > 0.0 {
        let Class::ArrayBuffer(to) = vm.heap().obj(result).class else {
            return Ok(Value::Object(result));
        };
        let n = new_len as u32;
        let from = Range {
            start: r.start + first as u32,
            len: n,
            cap: n,
        };
        copy_bytes(
            vm,
            from,
            Range {
                len: n,
                cap: n,
                ..to
            },
        )?;
    }
    Ok(Value::Object(result))
}
