//! `%TypedArray%` and the nine typed array constructors (ECMA-262 §23.2.1,
//! §23.2.5): construction from a length, a typed array, an `ArrayBuffer`
//! window, an iterable or an array-like; `%TypedArray%.from` and `of`
//! (2.0); TypedArraySpeciesCreate for the prototype methods.

use super::{
    View, alloc_typed_array, alloc_view, array_buffer_of, byte_range, copy_bytes, get_element,
    iterate_to_list, kind_proto, prototype_from, receiver_text, set_element, species_constructor,
    to_index, view_of, view_range,
};
use crate::builtins::def;
use crate::features::Runtime;
use crate::heap::{Attrs, Key, TypedKind};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, NativeFn, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let proto = b.object(Some(object_proto));
    b.intrinsics.typed_array_proto = proto;
    let ctor = b.function(def("TypedArray", 0, abstract_typed_array), true);
    b.intrinsics.typed_array_ctor = ctor;
    let prototype = b.key("prototype");
    b.define(ctor, prototype, Value::Object(proto), Attrs::FROZEN);
    let constructor = b.key("constructor");
    b.define(proto, constructor, Value::Object(ctor), Attrs::HIDDEN);
    if b.runtime >= Runtime::Js2 {
        b.methods(ctor, &[def("from", 1, from), def("of", 0, of)]);
    }
    const CTORS: [NativeFn; 9] = [
        construct::<0>,
        construct::<1>,
        construct::<2>,
        construct::<3>,
        construct::<4>,
        construct::<5>,
        construct::<6>,
        construct::<7>,
        construct::<8>,
    ];
    for (i, (&kind, f)) in TypedKind::ALL.iter().zip(CTORS).enumerate() {
        let p = b.object(Some(proto));
        b.intrinsics.typed_array_protos[i] = p;
        let c = b.constructor(def(kind.name(), 3, f), p);
        b.record(c).proto = Some(ctor);
        let size = Value::Number(f64::from(kind.size()));
        b.value(c, "BYTES_PER_ELEMENT", size, Attrs::FROZEN);
        b.value(p, "BYTES_PER_ELEMENT", size, Attrs::FROZEN);
    }
}

/// `%TypedArray%` itself cannot be called or constructed.
fn abstract_typed_array(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Err(vm.type_error("Abstract class TypedArray not directly constructable"))
}

/// The constructor of `TypedKind::ALL[K]`.
fn construct<const K: usize>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let kind = TypedKind::ALL[K];
    let Some(new_target) = call.new_target else {
        return Err(vm.type_error(format!("Constructor {} requires 'new'", kind.name())));
    };
    let fallback = kind_proto(vm, kind);
    let first = call.arg(0);
    let Value::Object(src) = first else {
        let len = to_index(vm, first, |n| format!("Invalid typed array length: {n}"))?;
        let proto = prototype_from(vm, new_target, fallback)?;
        return Ok(Value::Object(alloc_typed_array(vm, kind, proto, len)?.0));
    };
    let proto = prototype_from(vm, new_target, fallback)?;
    if let Some(source) = view_of(vm, first) {
        return Ok(Value::Object(from_typed_array(vm, kind, proto, source)?.0));
    }
    if array_buffer_of(vm, first).is_some() {
        return from_array_buffer(vm, kind, proto, src, call.arg(1), call.arg(2));
    }
    let iterator = vm.get(first, Key::Sym(vm.realm().symbols.iterator))?;
    if !iterator.is_nullish() {
        if !vm.is_callable(iterator) {
            return Err(vm.type_error(
                "TypedArray's constructor requires that the property of the first argument, items[Symbol.iterator], when exists, be a function",
            ));
        }
        let values = iterate_to_list(vm, first, iterator)?;
        let (o, view) = alloc_typed_array(vm, kind, proto, values.len() as u64)?;
        for (i, v) in values.into_iter().enumerate() {
            vm.charge(1)?;
            let n = vm.to_number(v)?;
            set_element(vm, view, i as u32, n);
        }
        return Ok(Value::Object(o));
    }
    let len = vm.length_of(first)?;
    let (o, view) = alloc_typed_array(vm, kind, proto, len)?;
    for i in 0..view.length {
        vm.charge(1)?;
        let v = vm.get(first, Key::Index(i))?;
        let n = vm.to_number(v)?;
        set_element(vm, view, i, n);
    }
    Ok(Value::Object(o))
}

/// InitializeTypedArrayFromTypedArray: a copy of `source`'s elements,
/// converted to `kind`, in a new buffer.
pub(crate) fn from_typed_array(
    vm: &mut Vm,
    kind: TypedKind,
    proto: ObjRef,
    source: View,
) -> JsResult<(ObjRef, View)> {
    let (o, view) = alloc_typed_array(vm, kind, proto, u64::from(source.length))?;
    if source.kind == kind {
        let from = view_range(vm, source);
        let to = view_range(vm, view);
        copy_bytes(vm, from, to)?;
    } else {
        for i in 0..source.length {
            vm.charge(1)?;
            let n = get_element(vm, source, i);
            set_element(vm, view, i, n);
        }
    }
    Ok((o, view))
}

/// InitializeTypedArrayFromArrayBuffer: a view of `buffer` from
/// `byte_offset`, `length` elements long (or to the end of the buffer).
fn from_array_buffer(
    vm: &mut Vm,
    kind: TypedKind,
    proto: ObjRef,
    buffer: ObjRef,
    byte_offset: Value,
    length: Value,
) -> JsResult<Value> {
    let size = u64::from(kind.size());
    let name = kind.name();
    let offset = to_index(vm, byte_offset, |n| {
        format!("Start offset {n} is outside the bounds of the buffer")
    })?;
    if offset % size != 0 {
        return Err(vm.range_error(format!(
            "start offset of {name} should be a multiple of {size}"
        )));
    }
    let new_length = if length == Value::Undefined {
        None
    } else {
        Some(to_index(vm, length, |n| {
            format!("Invalid typed array length: {n}")
        })?)
    };
    let buffer_len = array_buffer_of(vm, Value::Object(buffer)).map_or(0, |r| u64::from(r.len));
    let elements = match new_length {
        None => {
            if buffer_len % size != 0 {
                return Err(vm.range_error(format!(
                    "byte length of {name} should be a multiple of {size}"
                )));
            }
            if offset > buffer_len {
                return Err(vm.range_error(format!(
                    "Start offset {offset} is outside the bounds of the buffer"
                )));
            }
            (buffer_len - offset) / size
        }
        Some(n) => {
            if offset.saturating_add(n.saturating_mul(size)) > buffer_len {
                return Err(vm.range_error(format!("Invalid typed array length: {n}")));
            }
            n
        }
    };
    let view = View {
        kind,
        buffer,
        offset: offset as u32,
        length: elements as u32,
    };
    Ok(Value::Object(alloc_view(vm, proto, view)?))
}

/// The arguments of TypedArraySpeciesCreate / TypedArrayCreateFromConstructor.
#[derive(Clone, Copy, Debug)]
pub(super) enum CreateArgs {
    /// `new C(length)`
    Length(u32),
    /// `new C(buffer, byteOffset, length)`
    Window {
        /// The buffer.
        buffer: ObjRef,
        /// Byte offset into it.
        offset: u32,
        /// Number of elements.
        length: u32,
    },
}

impl CreateArgs {
    fn values(self) -> Vec<Value> {
        match self {
            CreateArgs::Length(n) => vec![Value::Number(f64::from(n))],
            CreateArgs::Window {
                buffer,
                offset,
                length,
            } => {
                vec![
                    Value::Object(buffer),
                    Value::Number(f64::from(offset)),
                    Value::Number(f64::from(length)),
                ]
            }
        }
    }
}

/// TypedArraySpeciesCreate(`exemplar`, args): a new typed array made by
/// the exemplar's species constructor, or of the exemplar's kind.
pub(super) fn species_create(
    vm: &mut Vm,
    exemplar: ObjRef,
    kind: TypedKind,
    args: CreateArgs,
    method: &str,
) -> JsResult<(ObjRef, View)> {
    let base = vm.realm().intrinsics.typed_array_ctor;
    match species_constructor(vm, exemplar, base)? {
        Some(c) => create_from_constructor(vm, c, args, method),
        None => {
            let proto = kind_proto(vm, kind);
            match args {
                CreateArgs::Length(n) => alloc_typed_array(vm, kind, proto, u64::from(n)),
                CreateArgs::Window {
                    buffer,
                    offset,
                    length,
                } => {
                    let view = View {
                        kind,
                        buffer,
                        offset,
                        length,
                    };
                    Ok((alloc_view(vm, proto, view)?, view))
                }
            }
        }
    }
}

/// TypedArrayCreateFromConstructor: `new c(...args)`, which must be a
/// typed array, and at least `length` long when given a length.
fn create_from_constructor(
    vm: &mut Vm,
    c: ObjRef,
    args: CreateArgs,
    method: &str,
) -> JsResult<(ObjRef, View)> {
    let made = vm.construct(Value::Object(c), &args.values(), None)?;
    let (Value::Object(o), Some(view)) = (made, view_of(vm, made)) else {
        let what = receiver_text(vm, made);
        return Err(vm.type_error(format!(
            "Method {method} called on incompatible receiver {what}"
        )));
    };
    if let CreateArgs::Length(n) = args {
        if view.length < n {
            return Err(vm.type_error(
                "Derived TypedArray constructor created an array which was too small",
            ));
        }
    }
    Ok((o, view))
}

/// `this` as a constructor, for `from` and `of`.
fn this_constructor(vm: &mut Vm, c: Value) -> JsResult<ObjRef> {
    match c {
        Value::Object(o) if vm.is_constructor(c) => Ok(o),
        _ => {
            let what = receiver_text(vm, c);
            Err(vm.type_error(format!("{what} is not a constructor")))
        }
    }
}

/// `%TypedArray%.from(source, mapfn, thisArg)` (2.0).
fn from(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let ctor = this_constructor(vm, call.this)?;
    let (map, this_arg) = (call.arg(1), call.arg(2));
    let mapping = map != Value::Undefined;
    if mapping && !vm.is_callable(map) {
        let what = vm.describe(map);
        return Err(vm.type_error(format!("{what} is not a function")));
    }
    let source = call.arg(0);
    let iterator = match source {
        Value::Undefined => {
            return Err(vm.type_error(
                "undefined is not iterable (cannot read property Symbol(Symbol.iterator))",
            ));
        }
        Value::Null => {
            return Err(vm.type_error(
                "object null is not iterable (cannot read property Symbol(Symbol.iterator))",
            ));
        }
        _ => vm.get(source, Key::Sym(vm.realm().symbols.iterator))?,
    };
    const METHOD: &str = "%TypedArray%.from";
    if !iterator.is_nullish() {
        if !vm.is_callable(iterator) {
            let what = vm.describe(iterator);
            return Err(vm.type_error(format!("{what} is not a function")));
        }
        let values = iterate_to_list(vm, source, iterator)?;
        let len = u32::try_from(values.len()).unwrap_or(u32::MAX);
        let (target, _) = create_from_constructor(vm, ctor, CreateArgs::Length(len), METHOD)?;
        for (k, v) in values.into_iter().enumerate() {
            vm.charge(1)?;
            let mapped = if mapping {
                vm.call(map, this_arg, &[v, Value::Number(k as f64)])?
            } else {
                v
            };
            vm.set(Value::Object(target), Key::Index(k as u32), mapped)?;
        }
        return Ok(Value::Object(target));
    }
    let array_like = vm.to_object(source)?;
    let len = vm.length_of(Value::Object(array_like))?;
    let Ok(len) = u32::try_from(len) else {
        return Err(vm.range_error(format!("Invalid typed array length: {len}")));
    };
    let (target, _) = create_from_constructor(vm, ctor, CreateArgs::Length(len), METHOD)?;
    for k in 0..len {
        vm.charge(1)?;
        let v = vm.get(Value::Object(array_like), Key::Index(k))?;
        let mapped = if mapping {
            vm.call(map, this_arg, &[v, Value::Number(f64::from(k))])?
        } else {
            v
        };
        vm.set(Value::Object(target), Key::Index(k), mapped)?;
    }
    Ok(Value::Object(target))
}

/// `%TypedArray%.of(...items)` (2.0).
fn of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let ctor = this_constructor(vm, call.this)?;
    let len = call.args.len() as u32;
    let (target, _) =
        create_from_constructor(vm, ctor, CreateArgs::Length(len), "%TypedArray%.of")?;
    for (k, &v) in call.args.iter().enumerate() {
        vm.charge(1)?;
        vm.set(Value::Object(target), Key::Index(k as u32), v)?;
    }
    Ok(Value::Object(target))
}

/// The bytes of element `i` onwards of a view, as a run of the byte slab.
pub(super) fn element_range(vm: &Vm, view: View, from: u32, count: u32) -> crate::heap::Range {
    let size = view.kind.size();
    byte_range(
        vm,
        view.buffer,
        view.offset.saturating_add(from.saturating_mul(size)),
        count.saturating_mul(size),
    )
}
