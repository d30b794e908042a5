//! `Buffer` (runtime 2.0 only): Node's `Buffer` API as CloudFront lists it.
//!
//! A `Buffer` is a `Uint8Array` whose prototype is `Buffer.prototype`, which
//! inherits from `Uint8Array.prototype`; `Buffer` itself inherits from
//! `Uint8Array`. Behaviour follows Node 20 (argument coercions, the
//! validation errors and their messages, the encoders' leniency), with
//! these differences, all deliberate:
//!
//! - only the encodings CloudFront lists exist (`utf8`, `hex`, `base64`,
//!   `base64url`); Node's others (`latin1`, `ascii`, `utf16le`...) are
//!   unknown encodings here;
//! - buffers never come from a shared pool: `byteOffset` is 0 and `buffer`
//!   holds exactly the buffer's bytes (Node's small buffers are windows on
//!   an 8 KB pool), and `allocUnsafe` memory is zero-filled;
//! - the prototype methods need a `Uint8Array` (or `Buffer`) receiver;
//!   Node's work, oddly, on any array-like.
//!
//! Members neither CloudFront nor njs list (`allocUnsafeSlow`,
//! `copyBytesFrom`, the BigInt accessors, the lower-case `readUint8`
//! aliases, `inspect`, `parent`...) are absent, and the methods are not
//! enumerable (Node assigns them, so its are).

mod encoding;
mod errors;
mod numbers;
mod proto;

pub use encoding::Encoding;

use super::def;
use super::typed_array::{
    View, alloc_typed_array, array_buffer_of, buffer_source_bytes, uint8_array_with_proto, view_of,
};
use crate::features::Runtime;
use crate::heap::{Key, TypedKind, Units};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use errors::{K_MAX_LENGTH, invalid_arg_type, validate_number, validate_offset};

pub(super) fn install(b: &mut RealmBuilder) {
    if b.runtime < Runtime::Js2 {
        return;
    }
    let uint8_proto = b.intrinsics.typed_array_protos[1];
    let proto = b.object(Some(uint8_proto));
    b.intrinsics.buffer_proto = proto;
    let ctor = b.constructor(def("Buffer", 3, buffer), proto);
    if let Some(Value::Object(uint8)) = b.own_value(uint8_proto, "constructor") {
        b.record(ctor).proto = Some(uint8);
    }
    b.methods(
        ctor,
        &[
            def("alloc", 3, alloc),
            def("allocUnsafe", 1, alloc_unsafe),
            def("byteLength", 2, byte_length),
            def("compare", 2, compare),
            def("concat", 2, concat),
            def("from", 3, from),
            def("isBuffer", 1, is_buffer),
            def("isEncoding", 1, is_encoding),
        ],
    );
    proto::install(b, proto);
    numbers::install(b, proto);
}

/// A new `Buffer` holding a copy of `bytes` (for the built-ins that return
/// binary data in 2.0: `hash.digest()`...).
pub fn new_buffer(vm: &mut Vm, bytes: &[u8]) -> JsResult<Value> {
    let proto = vm.realm().intrinsics.buffer_proto;
    Ok(Value::Object(uint8_array_with_proto(vm, proto, bytes)?))
}

/// A new zero-filled `Buffer` of `len` bytes (`len` a number Node has
/// validated: the typed array constructor's ToIndex applies).
fn alloc_buffer(vm: &mut Vm, len: f64) -> JsResult<(ObjRef, View)> {
    let proto = vm.realm().intrinsics.buffer_proto;
    let len = if len.is_nan() || len < 0.0 {
        0.0
    } else {
        len.trunc()
    };
    alloc_typed_array(vm, TypedKind::Uint8, proto, len as u64)
}

/// A `Buffer` viewing `length` bytes of `buffer` from `offset`.
fn window(vm: &mut Vm, buffer: ObjRef, offset: u32, length: u32) -> JsResult<Value> {
    let proto = vm.realm().intrinsics.buffer_proto;
    let view = View {
        kind: TypedKind::Uint8,
        buffer,
        offset,
        length,
    };
    Ok(Value::Object(super::typed_array::alloc_view(
        vm, proto, view,
    )?))
}

/// Node's `isUint8Array`: a `Uint8Array` or a `Buffer`.
fn uint8_view(vm: &Vm, v: Value) -> Option<View> {
    view_of(vm, v).filter(|view| view.kind == TypedKind::Uint8)
}

/// The bytes of a `Uint8Array` argument, or Node's ERR_INVALID_ARG_TYPE.
fn uint8_arg(vm: &mut Vm, v: Value, name: &str) -> JsResult<View> {
    match uint8_view(vm, v) {
        Some(view) => Ok(view),
        None => Err(invalid_arg_type(
            vm,
            name,
            "an instance of Buffer or Uint8Array",
            v,
        )),
    }
}

/// The bytes a view holds, copied out of the heap.
fn bytes_of(vm: &Vm, view: View) -> Vec<u8> {
    let r = super::typed_array::view_range(vm, view);
    vm.heap().bytes(r).to_vec()
}

/// `getEncodingOps(encoding)`: the encoding named by `encoding + ''`, or
/// `None` for one this runtime does not know.
fn encoding_ops(vm: &mut Vm, encoding: Value) -> JsResult<Option<Encoding>> {
    let empty = Value::String(vm.realm().names.empty);
    let name = match vm.add(encoding, empty)? {
        Value::String(s) => s,
        other => vm.to_string(other)?,
    };
    Ok(Encoding::from_name(vm.heap().units(name)))
}

/// `normalizeEncoding(encoding)`: `undefined`, `null` and `''` are UTF-8;
/// non-strings are unknown.
fn normalize_encoding(vm: &Vm, encoding: Value) -> Option<Encoding> {
    match encoding {
        Value::Undefined | Value::Null => Some(Encoding::Utf8),
        Value::String(s) if vm.heap().units(s).is_empty() => Some(Encoding::Utf8),
        Value::String(s) => Encoding::from_name(vm.heap().units(s)),
        _ => None,
    }
}

/// `Buffer(arg, encodingOrOffset, length)`, with or without `new`: a
/// number allocates, anything else goes to `Buffer.from`.
fn buffer(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if let Value::Number(_) = call.arg(0) {
        if let Value::String(_) = call.arg(1) {
            return Err(invalid_arg_type(
                vm,
                "string",
                "of type string",
                call.arg(0),
            ));
        }
        return alloc(vm, call);
    }
    from(vm, call)
}

/// `Buffer.alloc(size, fill, encoding)`
fn alloc(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let size = validate_number(vm, call.arg(0), "size", Some(0.0), Some(K_MAX_LENGTH))?;
    let fill = call.arg(1);
    let (o, view) = alloc_buffer(vm, size)?;
    let zero = matches!(fill, Value::Number(n) if n == 0.0);
    if fill != Value::Undefined && !zero && size > 0.0 {
        let len = Value::Number(f64::from(view.length));
        proto::fill_buffer(vm, o, view, fill, Value::Number(0.0), len, call.arg(2))?;
    }
    Ok(Value::Object(o))
}

/// `Buffer.allocUnsafe(size)`: zero-filled here.
fn alloc_unsafe(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let size = validate_number(vm, call.arg(0), "size", Some(0.0), Some(K_MAX_LENGTH))?;
    Ok(Value::Object(alloc_buffer(vm, size)?.0))
}

/// `Buffer.byteLength(string, encoding)`
fn byte_length(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let value = call.arg(0);
    let Value::String(s) = value else {
        if let Some(bytes) = buffer_source_bytes(vm, value) {
            return Ok(Value::Number(bytes.len() as f64));
        }
        return Err(invalid_arg_type(
            vm,
            "string",
            "of type string or an instance of Buffer or ArrayBuffer",
            value,
        ));
    };
    let len = vm.heap().units(s).len();
    vm.charge(len as u64 / 16)?;
    if len == 0 {
        return Ok(Value::Number(0.0));
    }
    let encoding = call.arg(1);
    // Node counts UTF-8 for a missing or unknown encoding.
    let enc = if vm.truthy(encoding) {
        encoding_ops(vm, encoding)?.unwrap_or(Encoding::Utf8)
    } else {
        Encoding::Utf8
    };
    Ok(Value::Number(enc.byte_length(vm.heap().units(s)) as f64))
}

/// The sign of comparing two byte strings, shorter first on a tie.
fn compare_bytes(a: &[u8], b: &[u8]) -> f64 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }
}

/// `Buffer.compare(buf1, buf2)`
fn compare(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let a = uint8_arg(vm, call.arg(0), "buf1")?;
    let b = uint8_arg(vm, call.arg(1), "buf2")?;
    vm.charge(u64::from(a.length.min(b.length)) / 16)?;
    Ok(Value::Number(compare_bytes(
        &bytes_of(vm, a),
        &bytes_of(vm, b),
    )))
}

/// `Buffer.concat(list, totalLength)`
fn concat(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let list = call.arg(0);
    let is_array = matches!(list, Value::Object(o) if vm.heap().obj(o).class.is_array());
    if !is_array {
        return Err(invalid_arg_type(vm, "list", "an instance of Array", list));
    }
    let count = vm.length_of(list)?;
    if count == 0 {
        return Ok(Value::Object(alloc_buffer(vm, 0.0)?.0));
    }
    let count = count.min(u64::from(u32::MAX - 1)) as u32;
    let length_key = Key::Str(vm.realm().names.length);
    let total = match call.arg(1) {
        Value::Undefined => {
            // `length += list[i].length` for the truthy lengths, with `+`.
            let mut total = Value::Number(0.0);
            for i in 0..count {
                vm.charge(1)?;
                let item = vm.get(list, Key::Index(i))?;
                let len = vm.get(item, length_key)?;
                if vm.truthy(len) {
                    let len = vm.get(item, length_key)?;
                    total = vm.add(total, len)?;
                }
            }
            total
        }
        v => Value::Number(validate_offset(vm, v, "length", K_MAX_LENGTH)?),
    };
    let size = validate_number(vm, total, "size", Some(0.0), Some(K_MAX_LENGTH))?;
    let (o, target) = alloc_buffer(vm, size)?;
    let mut pos = 0u32;
    for i in 0..count {
        vm.charge(1)?;
        let item = vm.get(list, Key::Index(i))?;
        let Some(src) = uint8_view(vm, item) else {
            return Err(invalid_arg_type(
                vm,
                &format!("list[{i}]"),
                "an instance of Buffer or Uint8Array",
                item,
            ));
        };
        let n = src.length.min(target.length - pos);
        let from = super::typed_array::view_range(vm, View { length: n, ..src });
        let to = super::typed_array::view_range(
            vm,
            View {
                offset: target.offset + pos,
                length: n,
                ..target
            },
        );
        super::typed_array::copy_bytes(vm, from, to)?;
        pos += n;
    }
    Ok(Value::Object(o))
}

/// `Buffer.from(value, encodingOrOffset, length)`
fn from(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (arg1, arg2) = (call.arg(1), call.arg(2));
    let mut value = call.arg(0);
    loop {
        vm.charge(1)?;
        if let Value::String(s) = value {
            return from_string(vm, s, arg1);
        }
        let Value::Object(o) = value else { break };
        if vm.heap().obj(o).is_callable() {
            break;
        }
        if let Some(r) = array_buffer_of(vm, value) {
            return from_array_buffer(vm, o, r.len, arg1, arg2);
        }
        // `value.valueOf && value.valueOf()`: a primitive string or another
        // object starts over.
        let value_of_key = Key::Str(vm.realm().names.value_of);
        let value_of = vm.get(value, value_of_key)?;
        if vm.truthy(value_of) {
            let v = vm.call_checked(value_of, value, &[], "value.valueOf")?;
            let differs = !vm.strict_equals(v, value);
            let usable = match v {
                Value::String(_) => true,
                Value::Object(x) => !vm.heap().obj(x).is_callable(),
                _ => false,
            };
            if differs && usable {
                value = v;
                continue;
            }
        }
        if let Some(b) = from_object(vm, value)? {
            return Ok(b);
        }
        let to_prim = vm.get(value, Key::Sym(vm.realm().symbols.to_primitive))?;
        if vm.is_callable(to_prim) {
            let hint = Value::String(vm.heap_mut().intern_rust("string")?);
            if let Value::String(s) = vm.call(to_prim, value, &[hint])? {
                return from_string(vm, s, arg1);
            }
        }
        break;
    }
    Err(invalid_arg_type(
        vm,
        "first argument",
        "of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object",
        value,
    ))
}

/// `fromString(string, encoding)`
fn from_string(vm: &mut Vm, s: crate::value::JsStr, encoding: Value) -> JsResult<Value> {
    let enc = match encoding {
        Value::String(e) if !vm.heap().units(e).is_empty() => match encoding_ops(vm, encoding)? {
            Some(enc) => enc,
            None => return Err(errors::unknown_encoding(vm, encoding)),
        },
        _ => Encoding::Utf8,
    };
    let count = vm.heap().units(s).len();
    vm.charge(count as u64 / 16)?;
    let units = vm.heap().units(s);
    let bytes = enc.encode(units, usize::MAX);
    new_buffer(vm, &bytes)
}

/// `fromArrayBuffer(arrayBuffer, byteOffset, length)`: a view, not a copy.
fn from_array_buffer(
    vm: &mut Vm,
    ab: ObjRef,
    byte_len: u32,
    byte_offset: Value,
    length: Value,
) -> JsResult<Value> {
    let offset = match byte_offset {
        Value::Undefined => 0.0,
        v => {
            let n = vm.to_number(v)?;
            if n.is_nan() { 0.0 } else { n }
        }
    };
    let max_length = f64::from(byte_len) - offset;
    if max_length < 0.0 {
        return Err(errors::buffer_out_of_bounds(vm, Some("offset")));
    }
    let len = match length {
        Value::Undefined => max_length,
        v => {
            let n = vm.to_number(v)?;
            if n > 0.0 {
                if n > max_length {
                    return Err(errors::buffer_out_of_bounds(vm, Some("length")));
                }
                n
            } else {
                0.0
            }
        }
    };
    // `new FastBuffer(arrayBuffer, byteOffset, length)`: the typed array
    // constructor's checks apply to the numbers.
    let start = super::typed_array::to_index(vm, Value::Number(offset), |n| {
        format!("Start offset {n} is outside the bounds of the buffer")
    })?;
    let count = super::typed_array::to_index(vm, Value::Number(len), |n| {
        format!("Invalid typed array length: {n}")
    })?;
    if start + count > u64::from(byte_len) {
        return Err(vm.range_error(format!("Invalid typed array length: {count}")));
    }
    window(vm, ab, start as u32, count as u32)
}

/// `fromObject(obj)`: array-likes (and `{type: 'Buffer', data: [...]}`),
/// or `None`.
fn from_object(vm: &mut Vm, obj: Value) -> JsResult<Option<Value>> {
    let length = vm.get(obj, Key::Str(vm.realm().names.length))?;
    let has_buffer = length == Value::Undefined && {
        let b = vm.get_named(obj, "buffer")?;
        array_buffer_of(vm, b).is_some()
    };
    if length != Value::Undefined || has_buffer {
        return match length {
            Value::Number(_) => Ok(Some(from_array_like(vm, obj)?)),
            _ => Ok(Some(Value::Object(alloc_buffer(vm, 0.0)?.0))),
        };
    }
    let ty = vm.get_named(obj, "type")?;
    if let Value::String(s) = ty {
        if vm.heap().units(s).same(Units::Latin1(b"Buffer")) {
            let data = vm.get_named(obj, "data")?;
            if matches!(data, Value::Object(d) if vm.heap().obj(d).class.is_array()) {
                return Ok(Some(from_array_like(vm, data)?));
            }
        }
    }
    Ok(None)
}

/// `fromArrayLike(obj)`: each element through `Uint8Array.prototype.set`'s
/// conversion (ToNumber, then modulo 256).
fn from_array_like(vm: &mut Vm, obj: Value) -> JsResult<Value> {
    if let Some(src) = view_of(vm, obj) {
        let proto = vm.realm().intrinsics.buffer_proto;
        let (o, _) = super::typed_array::from_typed_array(vm, TypedKind::Uint8, proto, src)?;
        return Ok(Value::Object(o));
    }
    let len = vm.length_of(obj)?;
    let (o, view) = alloc_buffer(vm, len as f64)?;
    for k in 0..view.length {
        vm.charge(1)?;
        let v = vm.get(obj, Key::Index(k))?;
        let n = vm.to_number(v)?;
        super::typed_array::set_element(vm, view, k, n);
    }
    Ok(Value::Object(o))
}

/// `Buffer.isBuffer(obj)`: `obj instanceof Buffer`.
fn is_buffer(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let proto = vm.realm().intrinsics.buffer_proto;
    let Value::Object(mut o) = call.arg(0) else {
        return Ok(Value::Bool(false));
    };
    for _ in 0..10_000 {
        match vm.heap().obj(o).proto {
            Some(p) if p == proto => return Ok(Value::Bool(true)),
            Some(p) => o = p,
            None => break,
        }
    }
    Ok(Value::Bool(false))
}

/// `Buffer.isEncoding(encoding)`
fn is_encoding(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let ok = match call.arg(0) {
        Value::String(s) => {
            !vm.heap().units(s).is_empty() && Encoding::from_name(vm.heap().units(s)).is_some()
        }
        _ => false,
    };
    Ok(Value::Bool(ok))
}
