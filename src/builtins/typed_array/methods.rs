//! `%TypedArray%.prototype` (ECMA-262 §23.2.3): the accessors, the
//! methods both runtimes list, and the iteration methods 2.0 adds.
//!
//! Error messages are V8's, which the conformance cases compare with Node.

use super::constructor::{CreateArgs, element_range, species_create};
use super::{View, copy_bytes, get_element, receiver_text, set_element, view_of, view_range};
use crate::builtins::def;
use crate::features::Runtime;
use crate::heap::{Attrs, Key};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};

/// The longest string built here, in code units: the VM's own limit on
/// string length (2^28).
const MAX_STRING_LENGTH: usize = 1 << 28;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.typed_array_proto;
    let getters = [
        def("get buffer", 0, buffer),
        def("get byteLength", 0, byte_length),
        def("get byteOffset", 0, byte_offset),
        def("get length", 0, length),
    ];
    for (name, getter) in ["buffer", "byteLength", "byteOffset", "length"]
        .into_iter()
        .zip(getters)
    {
        let key = b.key(name);
        b.accessor(proto, key, Some(getter), None, Attrs::CONFIGURABLE_ONLY);
    }
    let tag = Key::Sym(b.symbols.to_string_tag);
    b.accessor(
        proto,
        tag,
        Some(def("get [Symbol.toStringTag]", 0, to_string_tag)),
        None,
        Attrs::CONFIGURABLE_ONLY,
    );
    b.methods(
        proto,
        &[
            def("copyWithin", 2, copy_within),
            def("fill", 1, fill),
            def("join", 1, join),
            def("set", 1, set),
            def("slice", 2, slice),
            def("subarray", 2, subarray),
        ],
    );
    // `%TypedArray%.prototype.toString` is `Array.prototype.toString`
    // itself (§23.2.3.32).
    let array_proto = b.intrinsics.array_proto;
    let to_string = match b.own_value(array_proto, "toString") {
        Some(f) => f,
        None => Value::Object(b.function(def("toString", 0, to_string), false)),
    };
    b.value(proto, "toString", to_string, Attrs::HIDDEN);
    if b.runtime >= Runtime::Js2 {
        b.methods(
            proto,
            &[
                def("every", 1, every),
                def("filter", 1, filter),
                def("find", 1, find),
                def("findIndex", 1, find_index),
                def("forEach", 1, for_each),
                def("includes", 1, includes),
                def("indexOf", 1, index_of),
                def("lastIndexOf", 1, last_index_of),
                def("map", 1, map),
                def("reduce", 1, reduce),
                def("reduceRight", 1, reduce_right),
                def("reverse", 0, reverse),
                def("some", 1, some),
                def("sort", 1, super::sort::sort),
            ],
        );
    }
}

/// ValidateTypedArray on `this`. V8 words the TypeError two ways: most
/// methods say "this is not a typed array.", a few name themselves
/// (`method`).
pub(super) fn this_view(
    vm: &mut Vm,
    this: Value,
    method: Option<&str>,
) -> JsResult<(ObjRef, View)> {
    if let (Value::Object(o), Some(view)) = (this, view_of(vm, this)) {
        return Ok((o, view));
    }
    Err(match method {
        None => vm.type_error("this is not a typed array."),
        Some(m) => {
            // V8 names `undefined` as the receiver of `subarray`.
            let what = if m == "subarray" {
                "undefined".to_string()
            } else {
                receiver_text(vm, this)
            };
            vm.type_error(format!(
                "Method %TypedArray%.prototype.{m} called on incompatible receiver {what}"
            ))
        }
    })
}

/// The receiver check of the accessors.
fn getter_view(vm: &mut Vm, this: Value, name: &str) -> JsResult<View> {
    match view_of(vm, this) {
        Some(v) => Ok(v),
        None => {
            let what = receiver_text(vm, this);
            Err(vm.type_error(format!(
                "Method get {name} called on incompatible receiver {what}"
            )))
        }
    }
}

/// `get %TypedArray%.prototype.buffer`
fn buffer(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Object(
        getter_view(vm, call.this, "%TypedArray%.prototype.buffer")?.buffer,
    ))
}

/// `get %TypedArray%.prototype.byteLength`
fn byte_length(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let v = getter_view(vm, call.this, "TypedArray.prototype.byteLength")?;
    Ok(Value::Number(f64::from(v.byte_len())))
}

/// `get %TypedArray%.prototype.byteOffset`
fn byte_offset(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(f64::from(
        getter_view(vm, call.this, "TypedArray.prototype.byteOffset")?.offset,
    )))
}

/// `get %TypedArray%.prototype.length`
fn length(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(f64::from(
        getter_view(vm, call.this, "TypedArray.prototype.length")?.length,
    )))
}

/// `get %TypedArray%.prototype[@@toStringTag]`: the constructor's name,
/// or `undefined` for anything that is not a typed array.
fn to_string_tag(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    match view_of(vm, call.this) {
        Some(v) => Ok(Value::String(vm.heap_mut().intern_rust(v.kind.name())?)),
        None => Ok(Value::Undefined),
    }
}

/// `Array.prototype.toString`'s algorithm, for a realm whose `Array`
/// built-ins do not provide the function to share.
fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = crate::builtins::this_object(vm, &call, "toString")?;
    let join = vm.get(Value::Object(o), Key::Str(vm.realm().names.join))?;
    if vm.is_callable(join) {
        return vm.call(join, Value::Object(o), &[]);
    }
    let object_to_string = vm.get(
        Value::Object(vm.realm().intrinsics.object_proto),
        Key::Str(vm.realm().names.to_string),
    )?;
    vm.call(object_to_string, Value::Object(o), &[])
}

/// The relative index argument `v` (`start`, `end`...) as an element index.
fn index_arg(vm: &mut Vm, v: Value, len: u32, default: u32) -> JsResult<u32> {
    Ok(vm.relative_index(v, f64::from(len), f64::from(default))? as u32)
}

/// `%TypedArray%.prototype.copyWithin(target, start, end)`
fn copy_within(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, None)?;
    let len = view.length;
    let to = index_arg(vm, call.arg(0), len, 0)?;
    let from = index_arg(vm, call.arg(1), len, 0)?;
    let last = index_arg(vm, call.arg(2), len, len)?;
    let count = last.saturating_sub(from).min(len - to);
    if count > 0 {
        let src = element_range(vm, view, from, count);
        let dst = element_range(vm, view, to, count);
        copy_bytes(vm, src, dst)?;
    }
    Ok(Value::Object(o))
}

/// `%TypedArray%.prototype.fill(value, start, end)`
fn fill(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, None)?;
    let n = vm.to_number(call.arg(0))?;
    let len = view.length;
    let start = index_arg(vm, call.arg(1), len, 0)?;
    let end = index_arg(vm, call.arg(2), len, len)?;
    if end > start {
        vm.charge(u64::from(end - start) / 4)?;
        let size = view.kind.size() as usize;
        let encoded = view.kind.encode(n);
        let r = element_range(vm, view, start, end - start);
        for chunk in vm.heap_mut().bytes_mut(r).chunks_exact_mut(size) {
            chunk.copy_from_slice(&encoded[..size]);
        }
    }
    Ok(Value::Object(o))
}

/// `%TypedArray%.prototype.join(separator)`
fn join(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_view(vm, call.this, Some("join"))?;
    let sep: Vec<u16> = match call.arg(0) {
        Value::Undefined => vec![u16::from(b',')],
        v => {
            let s = vm.to_string(v)?;
            vm.heap().units(s).iter().collect()
        }
    };
    let mut out: Vec<u16> = Vec::new();
    for i in 0..view.length {
        vm.charge(1 + sep.len() as u64 / 16)?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let n = get_element(vm, view, i);
        out.extend(crate::number::to_js_string(n).encode_utf16());
        if out.len() > MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        if i % 4096 == 4095 {
            vm.heap_mut().check(out.len() * 2)?;
        }
    }
    Ok(Value::String(vm.heap_mut().str_from_utf16(&out)?))
}

/// `%TypedArray%.prototype.set(source, offset)`: copies an array-like or
/// a typed array into this one from element `offset`.
fn set(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, target) = this_view(vm, call.this, None)?;
    let offset = vm.to_integer(call.arg(1))?;
    if offset < 0.0 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    let source = call.arg(0);
    if let Some(src) = view_of(vm, source) {
        if f64::from(src.length) + offset > f64::from(target.length) {
            return Err(vm.range_error("offset is out of bounds"));
        }
        let at = offset as u32;
        if src.kind == target.kind {
            let from = view_range(vm, src);
            let to = element_range(vm, target, at, src.length);
            copy_bytes(vm, from, to)?;
        } else {
            // The source is read in full first: it may share the buffer.
            vm.charge(u64::from(src.length))?;
            vm.heap_mut()
                .check(src.length as usize * std::mem::size_of::<f64>())?;
            let values: Vec<f64> = (0..src.length).map(|i| get_element(vm, src, i)).collect();
            for (i, n) in values.into_iter().enumerate() {
                set_element(vm, target, at + i as u32, n);
            }
        }
        return Ok(Value::Undefined);
    }
    let src = vm.to_object(source)?;
    let src_len = vm.length_of(Value::Object(src))?;
    if src_len as f64 + offset > f64::from(target.length) {
        return Err(vm.range_error("offset is out of bounds"));
    }
    let at = offset as u32;
    for k in 0..src_len as u32 {
        vm.charge(1)?;
        let v = vm.get(Value::Object(src), Key::Index(k))?;
        let n = vm.to_number(v)?;
        set_element(vm, target, at + k, n);
    }
    Ok(Value::Undefined)
}

/// `%TypedArray%.prototype.slice(start, end)`: a copy of the elements in
/// `[start, end)`, in a typed array made by the species constructor.
fn slice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, Some("slice"))?;
    let len = view.length;
    let start = index_arg(vm, call.arg(0), len, 0)?;
    let end = index_arg(vm, call.arg(1), len, len)?;
    let count = end.saturating_sub(start);
    let (a, target) = species_create(
        vm,
        o,
        view.kind,
        CreateArgs::Length(count),
        "%TypedArray%.prototype.slice",
    )?;
    if count > 0 {
        if target.kind == view.kind {
            let from = element_range(vm, view, start, count);
            let to = element_range(vm, target, 0, count);
            copy_bytes(vm, from, to)?;
        } else {
            for (n, k) in (start..end).enumerate() {
                vm.charge(1)?;
                let v = get_element(vm, view, k);
                set_element(vm, target, n as u32, v);
            }
        }
    }
    Ok(Value::Object(a))
}

/// `%TypedArray%.prototype.subarray(begin, end)`: a view of the same
/// buffer, made by the species constructor.
fn subarray(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, Some("subarray"))?;
    let len = view.length;
    let begin = index_arg(vm, call.arg(0), len, 0)?;
    let end = index_arg(vm, call.arg(1), len, len)?;
    let args = CreateArgs::Window {
        buffer: view.buffer,
        offset: view.offset + begin * view.kind.size(),
        length: end.saturating_sub(begin),
    };
    Ok(Value::Object(
        species_create(vm, o, view.kind, args, "%TypedArray%.prototype.subarray")?.0,
    ))
}

/// `this`, the callback and its `this` of an iteration method.
fn with_callback(vm: &mut Vm, call: &Call<'_>) -> JsResult<(ObjRef, View, Value, Value)> {
    let (o, view) = this_view(vm, call.this, None)?;
    let f = call.arg(0);
    if !vm.is_callable(f) {
        let what = receiver_text(vm, f);
        return Err(vm.type_error(format!("{what} is not a function")));
    }
    Ok((o, view, f, call.arg(1)))
}

/// Calls `f` with `(element k, k, o)`; returns the element and the result.
fn visit(
    vm: &mut Vm,
    view: View,
    o: ObjRef,
    f: Value,
    this_arg: Value,
    k: u32,
) -> JsResult<(f64, Value)> {
    vm.charge(1)?;
    let v = get_element(vm, view, k);
    let r = vm.call(
        f,
        this_arg,
        &[
            Value::Number(v),
            Value::Number(f64::from(k)),
            Value::Object(o),
        ],
    )?;
    Ok((v, r))
}

/// `%TypedArray%.prototype.every(callbackfn, thisArg)` (2.0)
fn every(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    for k in 0..view.length {
        let (_, r) = visit(vm, view, o, f, this_arg, k)?;
        if !vm.truthy(r) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `%TypedArray%.prototype.some(callbackfn, thisArg)` (2.0)
fn some(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    for k in 0..view.length {
        let (_, r) = visit(vm, view, o, f, this_arg, k)?;
        if vm.truthy(r) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `%TypedArray%.prototype.forEach(callbackfn, thisArg)` (2.0)
fn for_each(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    for k in 0..view.length {
        visit(vm, view, o, f, this_arg, k)?;
    }
    Ok(Value::Undefined)
}

/// `%TypedArray%.prototype.find(predicate, thisArg)` (2.0)
fn find(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    for k in 0..view.length {
        let (v, r) = visit(vm, view, o, f, this_arg, k)?;
        if vm.truthy(r) {
            return Ok(Value::Number(v));
        }
    }
    Ok(Value::Undefined)
}

/// `%TypedArray%.prototype.findIndex(predicate, thisArg)` (2.0)
fn find_index(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    for k in 0..view.length {
        let (_, r) = visit(vm, view, o, f, this_arg, k)?;
        if vm.truthy(r) {
            return Ok(Value::Number(f64::from(k)));
        }
    }
    Ok(Value::Number(-1.0))
}

/// `%TypedArray%.prototype.map(callbackfn, thisArg)` (2.0)
fn map(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    let (a, _) = species_create(
        vm,
        o,
        view.kind,
        CreateArgs::Length(view.length),
        "%TypedArray%.prototype.map",
    )?;
    for k in 0..view.length {
        let (_, r) = visit(vm, view, o, f, this_arg, k)?;
        vm.set(Value::Object(a), Key::Index(k), r)?;
    }
    Ok(Value::Object(a))
}

/// `%TypedArray%.prototype.filter(callbackfn, thisArg)` (2.0)
fn filter(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view, f, this_arg) = with_callback(vm, &call)?;
    let mut kept = Vec::new();
    for k in 0..view.length {
        let (v, r) = visit(vm, view, o, f, this_arg, k)?;
        if vm.truthy(r) {
            if kept.len() % 4096 == 0 {
                vm.heap_mut()
                    .check((kept.len() + 4096) * std::mem::size_of::<f64>())?;
            }
            kept.push(v);
        }
    }
    let count = kept.len() as u32;
    let (a, _) = species_create(
        vm,
        o,
        view.kind,
        CreateArgs::Length(count),
        "%TypedArray%.prototype.filter",
    )?;
    for (n, v) in kept.into_iter().enumerate() {
        vm.set(Value::Object(a), Key::Index(n as u32), Value::Number(v))?;
    }
    Ok(Value::Object(a))
}

/// `reduce` and `reduceRight`: visits the elements in `order`.
fn fold(vm: &mut Vm, call: &Call<'_>, right: bool) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, None)?;
    let f = call.arg(0);
    if !vm.is_callable(f) {
        let what = receiver_text(vm, f);
        return Err(vm.type_error(format!("{what} is not a function")));
    }
    let len = view.length;
    let index = |i: u32| if right { len - 1 - i } else { i };
    let mut start = 0;
    let mut acc = match call.args.get(1) {
        Some(&v) => v,
        None => {
            if len == 0 {
                return Err(vm.type_error("Reduce of empty array with no initial value"));
            }
            start = 1;
            Value::Number(get_element(vm, view, index(0)))
        }
    };
    for i in start..len {
        vm.charge(1)?;
        let k = index(i);
        let v = get_element(vm, view, k);
        acc = vm.call(
            f,
            Value::Undefined,
            &[
                acc,
                Value::Number(v),
                Value::Number(f64::from(k)),
                Value::Object(o),
            ],
        )?;
    }
    Ok(acc)
}

/// `%TypedArray%.prototype.reduce(callbackfn, initialValue)` (2.0)
fn reduce(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    fold(vm, &call, false)
}

/// `%TypedArray%.prototype.reduceRight(callbackfn, initialValue)` (2.0)
fn reduce_right(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    fold(vm, &call, true)
}

/// `%TypedArray%.prototype.reverse()` (2.0): swaps the elements' bytes in
/// place.
fn reverse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_view(vm, call.this, None)?;
    vm.charge(u64::from(view.length) / 2)?;
    let size = view.kind.size() as usize;
    let r = view_range(vm, view);
    let bytes = vm.heap_mut().bytes_mut(r);
    let n = bytes.len() / size;
    for i in 0..n / 2 {
        let j = n - 1 - i;
        for b in 0..size {
            bytes.swap(i * size + b, j * size + b);
        }
    }
    Ok(Value::Object(o))
}

/// Where `includes`, `indexOf` and `lastIndexOf` start, or `None` when
/// nothing is searched: the `fromIndex` argument resolved against `len`.
fn search_start(vm: &mut Vm, call: &Call<'_>, len: u32, backwards: bool) -> JsResult<Option<u32>> {
    if len == 0 {
        return Ok(None);
    }
    let len_f = f64::from(len);
    let n = match call.args.get(1) {
        Some(&v) => vm.to_integer(v)?,
        None if backwards => len_f - 1.0,
        None => 0.0,
    };
    let k = if backwards {
        if n == f64::NEG_INFINITY {
            return Ok(None);
        }
        if n >= 0.0 {
            n.min(len_f - 1.0)
        } else {
            len_f + n
        }
    } else {
        if n == f64::INFINITY {
            return Ok(None);
        }
        if n >= 0.0 { n } else { (len_f + n).max(0.0) }
    };
    if k < 0.0 || k >= len_f {
        return Ok(None);
    }
    Ok(Some(k as u32))
}

/// The element index where `target` is found (by `same`) searching from
/// `start` forwards or backwards.
fn search(
    vm: &mut Vm,
    view: View,
    target: f64,
    start: u32,
    backwards: bool,
    same: fn(f64, f64) -> bool,
) -> JsResult<Option<u32>> {
    if backwards {
        for k in (0..=start).rev() {
            vm.charge(1)?;
            if same(get_element(vm, view, k), target) {
                return Ok(Some(k));
            }
        }
    } else {
        for k in start..view.length {
            vm.charge(1)?;
            if same(get_element(vm, view, k), target) {
                return Ok(Some(k));
            }
        }
    }
    Ok(None)
}

/// `%TypedArray%.prototype.includes(searchElement, fromIndex)` (2.0):
/// SameValueZero.
fn includes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_view(vm, call.this, None)?;
    let Some(start) = search_start(vm, &call, view.length, false)? else {
        return Ok(Value::Bool(false));
    };
    let Value::Number(target) = call.arg(0) else {
        return Ok(Value::Bool(false));
    };
    let found = search(vm, view, target, start, false, |a, b| {
        a == b || (a.is_nan() && b.is_nan())
    })?;
    Ok(Value::Bool(found.is_some()))
}

/// The result of `indexOf`/`lastIndexOf`.
fn position(found: Option<u32>) -> Value {
    Value::Number(found.map_or(-1.0, f64::from))
}

/// `%TypedArray%.prototype.indexOf(searchElement, fromIndex)` (2.0):
/// strict equality.
fn index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_view(vm, call.this, None)?;
    let Some(start) = search_start(vm, &call, view.length, false)? else {
        return Ok(position(None));
    };
    let Value::Number(target) = call.arg(0) else {
        return Ok(position(None));
    };
    Ok(position(search(vm, view, target, start, false, |a, b| {
        a == b
    })?))
}

/// `%TypedArray%.prototype.lastIndexOf(searchElement, fromIndex)` (2.0)
fn last_index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_view(vm, call.this, None)?;
    let Some(start) = search_start(vm, &call, view.length, true)? else {
        return Ok(position(None));
    };
    let Value::Number(target) = call.arg(0) else {
        return Ok(position(None));
    };
    Ok(position(search(vm, view, target, start, true, |a, b| {
        a == b
    })?))
}
