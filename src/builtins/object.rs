//! `Object` and `Object.prototype` (ECMA-262 §20.1), with the statics each
//! runtime lists (2.0 adds `getOwnPropertyDescriptors`).

use super::{def, this_object};
use crate::features::Runtime;
use crate::heap::{Class, Key, ObjFlags, Prop};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, Descriptor, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.object_proto;
    b.methods(
        proto,
        &[
            def("hasOwnProperty", 1, has_own_property),
            def("isPrototypeOf", 1, is_prototype_of),
            def("propertyIsEnumerable", 1, property_is_enumerable),
            def("toString", 0, to_string),
            def("toLocaleString", 0, to_locale_string),
            def("valueOf", 0, value_of),
        ],
    );
    let ctor = b.constructor(def("Object", 1, object), proto);
    b.methods(
        ctor,
        &[
            def("create", 2, create),
            def("defineProperty", 3, define_property),
            def("defineProperties", 2, define_properties),
            def("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
            def("getOwnPropertyNames", 1, get_own_property_names),
            def("getPrototypeOf", 1, get_prototype_of),
            def("setPrototypeOf", 2, set_prototype_of),
            def("isExtensible", 1, is_extensible),
            def("isFrozen", 1, is_frozen),
            def("isSealed", 1, is_sealed),
            def("preventExtensions", 1, prevent_extensions),
            def("seal", 1, seal),
            def("freeze", 1, freeze),
            def("keys", 1, keys),
            def("values", 1, values),
            def("entries", 1, entries),
            def("assign", 2, assign),
            def("is", 2, is),
        ],
    );
    if b.runtime >= Runtime::Js2 {
        b.methods(
            ctor,
            &[def(
                "getOwnPropertyDescriptors",
                1,
                get_own_property_descriptors,
            )],
        );
    }
}

fn object(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if let Some(nt) = call.new_target {
        if nt != call.callee {
            let object_proto = vm.realm().intrinsics.object_proto;
            return Ok(Value::Object(vm.ordinary_create_from(
                nt,
                object_proto,
                Class::Ordinary,
            )?));
        }
    }
    let v = call.arg(0);
    if v.is_nullish() {
        return Ok(Value::Object(vm.new_object()?));
    }
    Ok(Value::Object(vm.to_object(v)?))
}

fn has_own_property(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let key = vm.to_key(call.arg(0))?;
    let o = this_object(vm, &call, "Object.prototype.hasOwnProperty")?;
    Ok(Value::Bool(vm.get_own(o, key)?.is_some()))
}

fn is_prototype_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(mut v) = call.arg(0) else {
        return Ok(Value::Bool(false));
    };
    let o = this_object(vm, &call, "Object.prototype.isPrototypeOf")?;
    while let Some(p) = vm.heap().obj(v).proto {
        if p == o {
            return Ok(Value::Bool(true));
        }
        v = p;
        vm.charge(1)?;
    }
    Ok(Value::Bool(false))
}

fn property_is_enumerable(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let key = vm.to_key(call.arg(0))?;
    let o = this_object(vm, &call, "Object.prototype.propertyIsEnumerable")?;
    Ok(Value::Bool(
        vm.get_own(o, key)?.is_some_and(|p| p.attrs.enumerable()),
    ))
}

/// `Object.prototype.toString`: `[object Tag]`.
pub(crate) fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let builtin = match call.this {
        Value::Undefined => "Undefined",
        Value::Null => "Null",
        v => {
            let o = vm.to_object(v)?;
            let d = *vm.heap().obj(o);
            let builtin = match d.class {
                Class::Array => "Array",
                Class::Arguments => "Arguments",
                _ if d.is_callable() => "Function",
                Class::Error => "Error",
                Class::BooleanBox(_) => "Boolean",
                Class::NumberBox(_) => "Number",
                Class::StringBox(_) => "String",
                Class::Date(_) => "Date",
                Class::RegExp(_) => "RegExp",
                _ => "Object",
            };
            let builtin = match d.class {
                Class::TypedArray { kind, .. } if builtin == "Object" => kind.name(),
                Class::ArrayBuffer(_) => "ArrayBuffer",
                Class::DataView { .. } => "DataView",
                _ => builtin,
            };
            let tag_key = Key::Sym(vm.realm().symbols.to_string_tag);
            if let Value::String(tag) = vm.get(Value::Object(o), tag_key)? {
                let text = vm.heap().to_rust_string(tag);
                return Ok(Value::String(
                    vm.heap_mut().str_from_rust(&format!("[object {text}]"))?,
                ));
            }
            builtin
        }
    };
    Ok(Value::String(
        vm.heap_mut().intern_rust(&format!("[object {builtin}]"))?,
    ))
}

fn to_locale_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let f = vm.get(call.this, Key::Str(vm.realm().names.to_string))?;
    vm.call_checked(f, call.this, &[], "toString")
}

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Object(this_object(
        vm,
        &call,
        "Object.prototype.valueOf",
    )?))
}

/// The object argument of a static that requires one.
fn object_arg(vm: &mut Vm, v: Value, method: &str) -> JsResult<ObjRef> {
    match v {
        Value::Object(o) => Ok(o),
        other => {
            let what = vm.describe(other);
            Err(vm.type_error(format!("{method} called on non-object {what}")))
        }
    }
}

fn create(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let proto = match call.arg(0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        other => {
            let what = vm.describe(other);
            return Err(vm.type_error(format!(
                "Object prototype may only be an Object or null: {what}"
            )));
        }
    };
    let o = vm.new_object()?;
    vm.heap_mut().obj_mut(o)?.proto = proto;
    if call.arg(1) != Value::Undefined {
        object_define_properties(vm, o, call.arg(1))?;
    }
    Ok(Value::Object(o))
}

/// ToPropertyDescriptor.
pub(crate) fn to_descriptor(vm: &mut Vm, v: Value) -> JsResult<Descriptor> {
    let Value::Object(o) = v else {
        let what = vm.describe(v);
        return Err(vm.type_error(format!("Property description must be an object: {what}")));
    };
    let names = vm.realm().names;
    let mut d = Descriptor::default();
    let field = |vm: &mut Vm, name| -> JsResult<Option<Value>> {
        let key = Key::Str(name);
        if vm.has_property(o, key)? {
            Ok(Some(vm.get(Value::Object(o), key)?))
        } else {
            Ok(None)
        }
    };
    if let Some(x) = field(vm, names.enumerable)? {
        d.enumerable = Some(vm.truthy(x));
    }
    if let Some(x) = field(vm, names.configurable)? {
        d.configurable = Some(vm.truthy(x));
    }
    d.value = field(vm, names.value)?;
    if let Some(x) = field(vm, names.writable)? {
        d.writable = Some(vm.truthy(x));
    }
    for (slot, name) in [(&mut d.get, names.get), (&mut d.set, names.set)] {
        if let Some(f) = field(vm, name)? {
            if f != Value::Undefined && !vm.is_callable(f) {
                let which = if name == names.get {
                    "Getter"
                } else {
                    "Setter"
                };
                let what = vm.describe(f);
                return Err(vm.type_error(format!("{which} must be a function: {what}")));
            }
            *slot = Some(f);
        }
    }
    if d.is_accessor() && d.is_data() {
        return Err(vm.type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute"));
    }
    Ok(d)
}

/// FromPropertyDescriptor of an own property.
fn from_prop(vm: &mut Vm, p: crate::heap::Prop) -> JsResult<Value> {
    let o = vm.new_object()?;
    let names = vm.realm().names;
    if p.attrs.is_accessor() {
        let (g, s) = vm.accessor_parts(p.value);
        vm.create_data_property_or_throw(o, Key::Str(names.get), g)?;
        vm.create_data_property_or_throw(o, Key::Str(names.set), s)?;
    } else {
        vm.create_data_property_or_throw(o, Key::Str(names.value), p.value)?;
        vm.create_data_property_or_throw(
            o,
            Key::Str(names.writable),
            Value::Bool(p.attrs.writable()),
        )?;
    }
    vm.create_data_property_or_throw(
        o,
        Key::Str(names.enumerable),
        Value::Bool(p.attrs.enumerable()),
    )?;
    vm.create_data_property_or_throw(
        o,
        Key::Str(names.configurable),
        Value::Bool(p.attrs.configurable()),
    )?;
    Ok(Value::Object(o))
}

fn define_or_throw(vm: &mut Vm, o: ObjRef, key: Key, d: Descriptor) -> JsResult<()> {
    if vm.define_own(o, key, d)? {
        Ok(())
    } else {
        let k = vm.key_text(key);
        Err(vm.type_error(format!("Cannot redefine property: {k}")))
    }
}

fn define_property(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = object_arg(vm, call.arg(0), "Object.defineProperty")?;
    let key = vm.to_key(call.arg(1))?;
    let d = to_descriptor(vm, call.arg(2))?;
    define_or_throw(vm, o, key, d)?;
    Ok(Value::Object(o))
}

fn object_define_properties(vm: &mut Vm, o: ObjRef, props: Value) -> JsResult<()> {
    let src = vm.to_object(props)?;
    let mut descs = Vec::new();
    for k in vm.own_keys(src)? {
        if vm.get_own(src, k)?.is_some_and(|p| p.attrs.enumerable()) {
            let dv = vm.get(Value::Object(src), k)?;
            descs.push((k, to_descriptor(vm, dv)?));
        }
    }
    for (k, d) in descs {
        define_or_throw(vm, o, k, d)?;
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = object_arg(vm, call.arg(0), "Object.defineProperties")?;
    object_define_properties(vm, o, call.arg(1))?;
    Ok(Value::Object(o))
}

fn get_own_property_descriptor(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = vm.to_object(call.arg(0))?;
    let key = vm.to_key(call.arg(1))?;
    match vm.get_own(o, key)? {
        Some(p) => from_prop(vm, p),
        None => Ok(Value::Undefined),
    }
}

fn get_own_property_descriptors(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = vm.to_object(call.arg(0))?;
    let out = vm.new_object()?;
    for k in vm.own_keys(o)? {
        if let Some(p) = vm.get_own(o, k)? {
            let d = from_prop(vm, p)?;
            vm.create_data_property_or_throw(out, k, d)?;
        }
    }
    Ok(Value::Object(out))
}

fn get_own_property_names(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = vm.to_object(call.arg(0))?;
    let keys = vm.own_keys(o)?;
    let mut values = Vec::with_capacity(keys.len());
    for k in keys.into_iter().filter(|k| !matches!(k, Key::Sym(_))) {
        values.push(vm.key_to_value(k)?);
    }
    Ok(Value::Object(vm.new_array(&values)?))
}

fn get_prototype_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = vm.to_object(call.arg(0))?;
    Ok(vm.heap().obj(o).proto.map_or(Value::Null, Value::Object))
}

fn set_prototype_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let target = call.arg(0);
    if target.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    let proto = match call.arg(1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        other => {
            let what = vm.describe(other);
            return Err(vm.type_error(format!(
                "Object prototype may only be an Object or null: {what}"
            )));
        }
    };
    let Value::Object(o) = target else {
        return Ok(target);
    };
    if !set_proto(vm, o, proto)? {
        return Err(vm.type_error(
            "Cannot set the prototype: the object is not extensible or a cycle would form",
        ));
    }
    Ok(target)
}

/// OrdinarySetPrototypeOf: `false` when not extensible or on a cycle.
pub(crate) fn set_proto(vm: &mut Vm, o: ObjRef, proto: Option<ObjRef>) -> JsResult<bool> {
    let d = *vm.heap().obj(o);
    if d.proto == proto {
        return Ok(true);
    }
    if !d.flags.has(ObjFlags::EXTENSIBLE) {
        return Ok(false);
    }
    let mut p = proto;
    while let Some(x) = p {
        if x == o {
            return Ok(false);
        }
        p = vm.heap().obj(x).proto;
        vm.charge(1)?;
    }
    vm.heap_mut().obj_mut(o)?.proto = proto;
    Ok(true)
}

fn is_extensible(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(match call.arg(0) {
        Value::Object(o) => vm.heap().obj(o).flags.has(ObjFlags::EXTENSIBLE),
        _ => false,
    }))
}

/// TestIntegrityLevel.
fn test_integrity(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<bool> {
    let Value::Object(o) = v else { return Ok(true) };
    if vm.heap().obj(o).flags.has(ObjFlags::EXTENSIBLE) {
        return Ok(false);
    }
    for k in vm.own_keys(o)? {
        if let Some(p) = vm.get_own(o, k)? {
            if p.attrs.configurable() || (frozen && !p.attrs.is_accessor() && p.attrs.writable()) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn is_frozen(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(test_integrity(vm, call.arg(0), true)?))
}

fn is_sealed(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(test_integrity(vm, call.arg(0), false)?))
}

fn prevent_extensions(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if let Value::Object(o) = call.arg(0) {
        vm.heap_mut()
            .obj_mut(o)?
            .flags
            .set(ObjFlags::EXTENSIBLE, false);
    }
    Ok(call.arg(0))
}

/// SetIntegrityLevel (`seal` and `freeze`).
fn set_integrity(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<Value> {
    let Value::Object(o) = v else { return Ok(v) };
    vm.heap_mut()
        .obj_mut(o)?
        .flags
        .set(ObjFlags::EXTENSIBLE, false);
    for k in vm.own_keys(o)? {
        let Some(p) = vm.get_own(o, k)? else { continue };
        let mut d = Descriptor {
            configurable: Some(false),
            ..Descriptor::default()
        };
        if frozen && !p.attrs.is_accessor() {
            d.writable = Some(false);
        }
        if !vm.define_own(o, k, d)? {
            let key = vm.key_text(k);
            return Err(vm.type_error(format!("Cannot redefine property: {key}")));
        }
    }
    Ok(v)
}

fn seal(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    set_integrity(vm, call.arg(0), false)
}

fn freeze(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    set_integrity(vm, call.arg(0), true)
}

/// What `Object.values` and `entries` collect.
#[derive(Clone, Copy, PartialEq)]
enum Collect {
    Values,
    Entries,
}

fn collect(vm: &mut Vm, v: Value, what: Collect) -> JsResult<Value> {
    let o = vm.to_object(v)?;
    let keys = vm.own_enumerable_string_keys(o)?;
    let mut out: smallvec::SmallVec<[Value; 16]> = smallvec::SmallVec::with_capacity(keys.len());
    for k in keys {
        let key_value = vm.key_to_value(k)?;
        out.push(match what {
            Collect::Values => vm.get(Value::Object(o), k)?,
            Collect::Entries => {
                let value = vm.get(Value::Object(o), k)?;
                Value::Object(vm.new_array(&[key_value, value])?)
            }
        });
    }
    Ok(Value::Object(vm.new_array(&out)?))
}

fn keys(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = vm.to_object(call.arg(0))?;
    if let Some(listed) = vm.listed_run_len(o) {
        listed?;
        return listed_names(vm, o);
    }
    let keys = vm.own_enumerable_string_keys(o)?;
    let names = keys
        .into_iter()
        .map(|k| vm.key_to_value(k))
        .collect::<JsResult<Vec<Value>>>()?;
    Ok(Value::Object(vm.new_array(&names)?))
}

/// The array of `Object.keys` for an object whose property run is listed
/// as it is stored (see `Vm::listed_run_len`, which has charged for the
/// listing): the names of the few keys most objects have are gathered
/// in an array on the stack, written in place, and copied once, into the
/// new array's run.
fn listed_names(vm: &mut Vm, o: ObjRef) -> JsResult<Value> {
    let props = vm.heap().props(o);
    let name = |p: &Prop| match p.key {
        Key::Str(s) if p.attrs.enumerable() => Some(Value::String(s)),
        _ => None,
    };
    let mut few = [Value::Undefined; 16];
    let mut count = 0;
    for v in props.iter().filter_map(name) {
        let Some(slot) = few.get_mut(count) else {
            let all: Vec<Value> = props.iter().filter_map(name).collect();
            return Ok(Value::Object(vm.new_array(&all)?));
        };
        *slot = v;
        count += 1;
    }
    Ok(Value::Object(vm.new_array(&few[..count])?))
}

fn values(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    collect(vm, call.arg(0), Collect::Values)
}

fn entries(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    collect(vm, call.arg(0), Collect::Entries)
}

fn assign(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let target = vm.to_object(call.arg(0))?;
    for &src in call.args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = vm.to_object(src)?;
        for k in vm.own_keys(from)? {
            if vm.get_own(from, k)?.is_some_and(|p| p.attrs.enumerable()) {
                let v = vm.get(Value::Object(from), k)?;
                vm.set(Value::Object(target), k, v)?;
            }
        }
    }
    Ok(Value::Object(target))
}

fn is(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(vm.same_value(call.arg(0), call.arg(1))))
}

/// Defines a hidden data property (used by other built-in modules).
pub(crate) fn define_hidden(vm: &mut Vm, o: ObjRef, key: Key, value: Value) -> JsResult<()> {
    let d = Descriptor {
        value: Some(value),
        writable: Some(true),
        enumerable: Some(false),
        configurable: Some(true),
        ..Descriptor::default()
    };
    vm.define_own(o, key, d).map(|_| ())
}
