//! `DataView` (ECMA-262 §25.3, 2.0 only): the constructor, the `buffer`,
//! `byteLength` and `byteOffset` accessors, and `get`/`set` for the eight
//! element types CloudFront lists, in either byte order.

use super::{array_buffer_of, byte_range, prototype_from, to_index};
use crate::builtins::def;
use crate::heap::{Attrs, Class, Key, ObjectData, TypedKind};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, NativeFn, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let proto = b.object(Some(object_proto));
    b.constructor(def("DataView", 1, data_view), proto);
    let getters = [
        ("buffer", def("get buffer", 0, buffer as NativeFn)),
        ("byteLength", def("get byteLength", 0, byte_length)),
        ("byteOffset", def("get byteOffset", 0, byte_offset)),
    ];
    for (name, getter) in getters {
        let key = b.key(name);
        b.accessor(proto, key, Some(getter), None, Attrs::CONFIGURABLE_ONLY);
    }
    b.methods(
        proto,
        &[
            def("getInt8", 1, get::<0>),
            def("setInt8", 2, set::<0>),
            def("getUint8", 1, get::<1>),
            def("setUint8", 2, set::<1>),
            def("getInt16", 1, get::<3>),
            def("setInt16", 2, set::<3>),
            def("getUint16", 1, get::<4>),
            def("setUint16", 2, set::<4>),
            def("getInt32", 1, get::<5>),
            def("setInt32", 2, set::<5>),
            def("getUint32", 1, get::<6>),
            def("setUint32", 2, set::<6>),
            def("getFloat32", 1, get::<7>),
            def("setFloat32", 2, set::<7>),
            def("getFloat64", 1, get::<8>),
            def("setFloat64", 2, set::<8>),
        ],
    );
    let tag = b.intern("DataView");
    let tag_key = Key::Sym(b.symbols.to_string_tag);
    b.define(proto, tag_key, Value::String(tag), Attrs::CONFIGURABLE_ONLY);
}

/// A `DataView`'s slots: its buffer, byte offset and byte length.
#[derive(Clone, Copy)]
struct DataViewSlots {
    buffer: ObjRef,
    offset: u32,
    length: u32,
}

/// `this` as a `DataView`, or V8's "incompatible receiver" TypeError
/// (which names every receiver `undefined` for `DataView` methods).
fn this_view(vm: &mut Vm, this: Value, method: &str) -> JsResult<DataViewSlots> {
    if let Value::Object(o) = this {
        if let Class::DataView {
            buffer,
            offset,
            length,
        } = vm.heap().obj(o).class
        {
            return Ok(DataViewSlots {
                buffer,
                offset,
                length,
            });
        }
    }
    Err(vm.type_error(format!(
        "Method {method} called on incompatible receiver undefined"
    )))
}

/// `new DataView(buffer, byteOffset, byteLength)`
fn data_view(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(new_target) = call.new_target else {
        return Err(vm.type_error("Constructor DataView requires 'new'"));
    };
    let (Value::Object(buffer), Some(bytes)) = (call.arg(0), array_buffer_of(vm, call.arg(0)))
    else {
        return Err(vm.type_error("First argument to DataView constructor must be an ArrayBuffer"));
    };
    let offset = to_index(vm, call.arg(1), |n| {
        format!("Start offset {n} is outside the bounds of the buffer")
    })?;
    let buffer_len = u64::from(bytes.len);
    if offset > buffer_len {
        return Err(vm.range_error(format!(
            "Start offset {offset} is outside the bounds of the buffer"
        )));
    }
    let length = match call.arg(2) {
        Value::Undefined => buffer_len - offset,
        v => {
            let n = to_index(vm, v, |n| format!("Invalid DataView length {n}"))?;
            if offset + n > buffer_len {
                return Err(vm.range_error(format!("Invalid DataView length {n}")));
            }
            n
        }
    };
    // `DataView.prototype` is a non-writable object, so the fallback is
    // never used.
    let fallback = vm.realm().intrinsics.object_proto;
    let proto = prototype_from(vm, new_target, fallback)?;
    let class = Class::DataView {
        buffer,
        offset: offset as u32,
        length: length as u32,
    };
    Ok(Value::Object(
        vm.heap_mut().alloc(ObjectData::new(class, Some(proto)))?,
    ))
}

/// `get DataView.prototype.buffer`
fn buffer(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Object(
        this_view(vm, call.this, "get DataView.prototype.buffer")?.buffer,
    ))
}

/// `get DataView.prototype.byteLength` (V8 spells the method `byte_length`
/// in its message).
fn byte_length(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(f64::from(
        this_view(vm, call.this, "get DataView.prototype.byte_length")?.length,
    )))
}

/// `get DataView.prototype.byteOffset`
fn byte_offset(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(f64::from(
        this_view(vm, call.this, "get DataView.prototype.byte_offset")?.offset,
    )))
}

/// The method name for messages: `getInt8`, `setFloat64`...
fn method_name(kind: TypedKind, set: bool) -> String {
    let ty = kind.name().trim_end_matches("Array");
    format!("DataView.prototype.{}{ty}", if set { "set" } else { "get" })
}

/// Checks `[index, index + size)` against the view and returns where the
/// bytes are.
fn locate(vm: &mut Vm, view: DataViewSlots, index: u64, size: u32) -> JsResult<crate::heap::Range> {
    if index + u64::from(size) > u64::from(view.length) {
        return Err(vm.range_error("Offset is outside the bounds of the DataView"));
    }
    Ok(byte_range(
        vm,
        view.buffer,
        view.offset + index as u32,
        size,
    ))
}

/// GetViewValue for `TypedKind::ALL[K]`.
fn get<const K: usize>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let kind = TypedKind::ALL[K];
    let view = this_view(vm, call.this, &method_name(kind, false))?;
    let index = to_index(vm, call.arg(0), |_| {
        "Offset is outside the bounds of the DataView".into()
    })?;
    let little = vm.truthy(call.arg(1));
    let size = kind.size();
    let r = locate(vm, view, index, size)?;
    let mut bytes = [0u8; 8];
    let n = size as usize;
    for (d, s) in bytes.iter_mut().zip(vm.heap().bytes(r)) {
        *d = *s;
    }
    if !little {
        bytes[..n].reverse();
    }
    Ok(Value::Number(kind.read(&bytes[..n])))
}

/// SetViewValue for `TypedKind::ALL[K]`.
fn set<const K: usize>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let kind = TypedKind::ALL[K];
    let view = this_view(vm, call.this, &method_name(kind, true))?;
    let index = to_index(vm, call.arg(0), |_| {
        "Offset is outside the bounds of the DataView".into()
    })?;
    let value = vm.to_number(call.arg(1))?;
    let little = vm.truthy(call.arg(2));
    let size = kind.size();
    let r = locate(vm, view, index, size)?;
    let n = size as usize;
    let mut bytes = kind.encode(value);
    if !little {
        bytes[..n].reverse();
    }
    super::store_bytes(vm, r, &bytes[..n]);
    Ok(Value::Undefined)
}
