//! `ArrayBuffer`, the typed arrays and `DataView` (ECMA-262 §25.1, §23.2,
//! §25.3), as CloudFront lists them per runtime:
//!
//! - both runtimes: `ArrayBuffer` (`isView`, `slice`, `byteLength`), the nine
//!   typed array constructors and `%TypedArray%.prototype`'s `buffer`,
//!   `byteLength`, `byteOffset`, `length`, `copyWithin`, `fill`, `join`,
//!   `set`, `slice`, `subarray` and `toString`;
//! - 2.0 adds `%TypedArray%.from` and `of`, the iteration methods (`every`
//!   ... `sort`) and `DataView`.
//!
//! Members neither page lists (`at`, `keys`, `findLast`, resizable buffers,
//! `Symbol.species`...) are absent. The engine has no `Symbol.species`: the
//! species lookups of `slice`, `map`, `filter`, `subarray` and
//! `ArrayBuffer.prototype.slice` behave as if every built-in constructor had
//! the standard `@@species` getter (which returns `this`), so a
//! `constructor` that inherits from `%TypedArray%` (or `ArrayBuffer`) is
//! used and any other one is ignored.
//!
//! Storage lives in the heap: an `ArrayBuffer` is a run of the byte slab
//! (`Class::ArrayBuffer`), a view records its buffer, byte offset and
//! length (`Class::TypedArray`, `Class::DataView`). Buffers never detach or
//! resize, so a view's bytes stay where they are for the whole event and
//! the methods need no re-validation after calling back into script code.
//! Element conversions are `TypedKind::encode`/`read`; indexed property
//! access is in `vm/props.rs`.

mod array_buffer;
mod constructor;
mod data_view;
mod methods;
mod sort;

pub(crate) use constructor::from_typed_array;

use crate::features::Runtime;
use crate::heap::{Class, Key, ObjectData, Range, TypedKind};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    array_buffer::install(b);
    constructor::install(b);
    methods::install(b);
    if b.runtime >= Runtime::Js2 {
        data_view::install(b);
    }
}

/// The largest byte length of a buffer: offsets and lengths are `u32`
/// (the memory limit stops far sooner).
const MAX_BYTE_LENGTH: u64 = u32::MAX as u64;

/// 2^53 - 1: the largest integer ToIndex accepts.
const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

/// A typed array's internal slots: its element type, the `ArrayBuffer` it
/// views, where in it, and how many elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    /// `[[TypedArrayName]]`
    pub kind: TypedKind,
    /// `[[ViewedArrayBuffer]]`
    pub buffer: ObjRef,
    /// `[[ByteOffset]]`
    pub offset: u32,
    /// `[[ArrayLength]]`
    pub length: u32,
}

impl View {
    /// `[[ByteLength]]` (creation checked that it fits).
    pub fn byte_len(self) -> u32 {
        self.length.saturating_mul(self.kind.size())
    }
}

/// The slots of `v` when it is a typed array.
pub fn view_of(vm: &Vm, v: Value) -> Option<View> {
    let Value::Object(o) = v else { return None };
    match vm.heap().obj(o).class {
        Class::TypedArray {
            kind,
            buffer,
            offset,
            length,
        } => Some(View {
            kind,
            buffer,
            offset,
            length,
        }),
        _ => None,
    }
}

/// The bytes run of `v` when it is an `ArrayBuffer`.
pub(crate) fn array_buffer_of(vm: &Vm, v: Value) -> Option<Range> {
    let Value::Object(o) = v else { return None };
    match vm.heap().obj(o).class {
        Class::ArrayBuffer(r) => Some(r),
        _ => None,
    }
}

/// The run of the byte slab holding `len` bytes at `offset` into `buffer`
/// (clamped to the buffer, which views never exceed).
pub(crate) fn byte_range(vm: &Vm, buffer: ObjRef, offset: u32, len: u32) -> Range {
    let Class::ArrayBuffer(r) = vm.heap().obj(buffer).class else {
        return Range::default();
    };
    let start = offset.min(r.len);
    let len = len.min(r.len - start);
    Range {
        start: r.start + start,
        len,
        cap: len,
    }
}

/// The bytes a typed array views.
pub(crate) fn view_range(vm: &Vm, view: View) -> Range {
    byte_range(vm, view.buffer, view.offset, view.byte_len())
}

/// The bytes of a buffer source: a typed array's or `DataView`'s view, or
/// an `ArrayBuffer`'s contents. For the built-ins that take binary input
/// (`TextDecoder.decode`, `hash.update`...).
pub fn buffer_source_bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    let Value::Object(o) = v else { return None };
    let range = match vm.heap().obj(o).class {
        Class::ArrayBuffer(r) => r,
        Class::TypedArray {
            kind,
            buffer,
            offset,
            length,
        } => view_range(
            vm,
            View {
                kind,
                buffer,
                offset,
                length,
            },
        ),
        Class::DataView {
            buffer,
            offset,
            length,
        } => byte_range(vm, buffer, offset, length),
        _ => return None,
    };
    Some(vm.heap().bytes(range))
}

/// Element `i` of a view (the caller checks `i < view.length`).
pub(crate) fn get_element(vm: &Vm, view: View, i: u32) -> f64 {
    let size = view.kind.size();
    let r = byte_range(
        vm,
        view.buffer,
        view.offset.saturating_add(i.saturating_mul(size)),
        size,
    );
    view.kind.read(vm.heap().bytes(r))
}

/// Writes element `i` of a view (the caller checks `i < view.length`).
pub(crate) fn set_element(vm: &mut Vm, view: View, i: u32, n: f64) {
    let size = view.kind.size();
    let r = byte_range(
        vm,
        view.buffer,
        view.offset.saturating_add(i.saturating_mul(size)),
        size,
    );
    let encoded = view.kind.encode(n);
    let bytes = vm.heap_mut().bytes_mut(r);
    let len = bytes.len();
    bytes.copy_from_slice(&encoded[..len]);
}

/// Writes `src` at the start of run `r` (as much of it as the run holds).
pub(crate) fn store_bytes(vm: &mut Vm, r: Range, src: &[u8]) {
    for (d, s) in vm.heap_mut().bytes_mut(r).iter_mut().zip(src) {
        *d = *s;
    }
}

/// Copies `len` bytes from one place of the byte slab to another (the runs
/// may overlap: the source is read in full first).
pub(crate) fn copy_bytes(vm: &mut Vm, from: Range, to: Range) -> JsResult<()> {
    let len = from.len.min(to.len);
    vm.charge(u64::from(len) / 16)?;
    let src: Vec<u8> = vm
        .heap()
        .bytes(Range {
            len,
            cap: len,
            ..from
        })
        .to_vec();
    let dst = vm.heap_mut().bytes_mut(Range {
        len,
        cap: len,
        ..to
    });
    let n = dst.len().min(src.len());
    dst[..n].copy_from_slice(&src[..n]);
    Ok(())
}

/// A new zero-filled `ArrayBuffer` of `len` bytes with prototype `proto`.
pub(crate) fn alloc_array_buffer(vm: &mut Vm, proto: ObjRef, len: u64) -> JsResult<ObjRef> {
    if len > MAX_BYTE_LENGTH {
        return Err(vm.range_error("Array buffer allocation failed"));
    }
    // Memory first: a huge buffer is refused for its size, not its time.
    let bytes = vm.heap_mut().alloc_bytes(len as usize)?;
    vm.charge(len / 16)?;
    Ok(vm
        .heap_mut()
        .alloc(ObjectData::new(Class::ArrayBuffer(bytes), Some(proto)))?)
}

/// A typed array object for `view` with prototype `proto`.
pub(crate) fn alloc_view(vm: &mut Vm, proto: ObjRef, view: View) -> JsResult<ObjRef> {
    let class = Class::TypedArray {
        kind: view.kind,
        buffer: view.buffer,
        offset: view.offset,
        length: view.length,
    };
    Ok(vm.heap_mut().alloc(ObjectData::new(class, Some(proto)))?)
}

/// A new typed array of `length` zeroed elements of `kind` on a new
/// buffer, with prototype `proto` (AllocateTypedArray with a length).
pub(crate) fn alloc_typed_array(
    vm: &mut Vm,
    kind: TypedKind,
    proto: ObjRef,
    length: u64,
) -> JsResult<(ObjRef, View)> {
    let bytes = length.saturating_mul(u64::from(kind.size()));
    if bytes > MAX_BYTE_LENGTH {
        return Err(vm.range_error(format!("Invalid typed array length: {length}")));
    }
    let ab_proto = vm.realm().intrinsics.array_buffer_proto;
    let buffer = alloc_array_buffer(vm, ab_proto, bytes)?;
    let view = View {
        kind,
        buffer,
        offset: 0,
        length: length as u32,
    };
    Ok((alloc_view(vm, proto, view)?, view))
}

/// The prototype of the typed arrays of `kind`.
pub(crate) fn kind_proto(vm: &Vm, kind: TypedKind) -> ObjRef {
    let i = TypedKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
    vm.realm().intrinsics.typed_array_protos[i]
}

/// A new `Uint8Array` with prototype `proto` holding a copy of `bytes`
/// (`kind_proto(vm, TypedKind::Uint8)` for a plain one, as
/// `TextEncoder.prototype.encode` returns).
pub(crate) fn uint8_array_with_proto(vm: &mut Vm, proto: ObjRef, bytes: &[u8]) -> JsResult<ObjRef> {
    let (o, view) = alloc_typed_array(vm, TypedKind::Uint8, proto, bytes.len() as u64)?;
    let r = view_range(vm, view);
    store_bytes(vm, r, bytes);
    Ok(o)
}

/// ToIndex (ECMA-262 §7.1.22): `message` builds the RangeError's text
/// from the offending number.
pub(crate) fn to_index(
    vm: &mut Vm,
    v: Value,
    message: impl FnOnce(&str) -> String,
) -> JsResult<u64> {
    if v == Value::Undefined {
        return Ok(0);
    }
    let n = vm.to_number(v)?;
    let i = crate::vm::to_integer(n);
    if !(0.0..=MAX_SAFE_INTEGER).contains(&i) {
        let text = crate::number::to_js_string(n);
        return Err(vm.range_error(message(&text)));
    }
    Ok(i as u64)
}

/// GetPrototypeFromConstructor: `newTarget.prototype`, or `fallback` when
/// that is not an object.
pub(crate) fn prototype_from(
    vm: &mut Vm,
    new_target: ObjRef,
    fallback: ObjRef,
) -> JsResult<ObjRef> {
    let key = Key::Str(vm.realm().names.prototype);
    match vm.get(Value::Object(new_target), key)? {
        Value::Object(p) => Ok(p),
        _ => Ok(fallback),
    }
}

/// SpeciesConstructor(`o`, default) for a built-in whose constructors all
/// inherit from `base`: `None` means the default constructor. See the
/// module documentation for how `@@species` is read without the symbol.
pub(crate) fn species_constructor(
    vm: &mut Vm,
    o: ObjRef,
    base: ObjRef,
) -> JsResult<Option<ObjRef>> {
    let key = Key::Str(vm.realm().names.constructor);
    let c = match vm.get(Value::Object(o), key)? {
        Value::Undefined => return Ok(None),
        Value::Object(c) => c,
        _ => return Err(vm.type_error("The .constructor property is not an object")),
    };
    // The `@@species` getter is inherited from `base`; objects that do not
    // inherit it have no `@@species` (undefined: the default is used).
    let mut cur = Some(c);
    let mut hops = 0u32;
    while let Some(x) = cur {
        if x == base {
            if !vm.is_constructor(Value::Object(c)) {
                return Err(
                    vm.type_error("object.constructor[Symbol.species] is not a constructor")
                );
            }
            return Ok(Some(c));
        }
        hops += 1;
        if hops > 10_000 {
            break;
        }
        cur = vm.heap().obj(x).proto;
    }
    Ok(None)
}

/// How a typed array is described in V8's "incompatible receiver"
/// messages, which the tests compare with Node.
pub(crate) fn receiver_text(vm: &mut Vm, v: Value) -> String {
    match v {
        Value::String(s) => vm.heap().to_rust_string(s),
        Value::Symbol(s) => vm.heap().symbol_text(s),
        Value::Object(o) => {
            let class = vm.heap().obj(o).class;
            let tag = match class {
                Class::Array => "Array",
                Class::TypedArray { kind, .. } => kind.name(),
                Class::NumberBox(_) => "Number",
                Class::StringBox(_) => "String",
                Class::BooleanBox(_) => "Boolean",
                Class::ArrayBuffer(_) => return "#<ArrayBuffer>".into(),
                Class::DataView { .. } => return "#<DataView>".into(),
                _ if vm.heap().obj(o).is_callable() => return "function".into(),
                _ => return format!("#<{}>", constructor_name(vm, o)),
            };
            format!("[object {tag}]")
        }
        other => vm.describe(other).trim_matches('"').to_string(),
    }
}

/// The `name` of the constructor an object's prototype names, read
/// without running script code; `Object` when there is none.
fn constructor_name(vm: &mut Vm, o: ObjRef) -> String {
    let names = vm.realm().names;
    let Some(proto) = vm.heap().obj(o).proto else {
        return "Object".into();
    };
    let Some((_, c)) = vm.heap().find_prop(proto, Key::Str(names.constructor)) else {
        return "Object".into();
    };
    let Value::Object(c) = c.value else {
        return "Object".into();
    };
    match vm.get_own(c, Key::Str(names.name)) {
        Ok(Some(p)) if !p.attrs.is_accessor() => match p.value {
            Value::String(s) if !vm.heap().units(s).is_empty() => vm.heap().to_rust_string(s),
            _ => "Object".into(),
        },
        _ => "Object".into(),
    }
}

/// Calls `method` on `obj` and collects what the iterator yields
/// (IteratorToList of GetIteratorFromMethod). The list is charged against
/// the memory limit, since an iterator can yield without end.
pub(crate) fn iterate_to_list(vm: &mut Vm, obj: Value, method: Value) -> JsResult<Vec<Value>> {
    let iterator = vm.call(method, obj, &[])?;
    if !matches!(iterator, Value::Object(_)) {
        return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
    }
    let next = vm.get_named(iterator, "next")?;
    let done_key = crate::builtins::name_key(vm, "done")?;
    let value_key = Key::Str(vm.realm().names.value);
    let mut out = Vec::new();
    loop {
        vm.charge(1)?;
        let result = vm.call(next, iterator, &[])?;
        if !matches!(result, Value::Object(_)) {
            let what = receiver_text(vm, result);
            return Err(vm.type_error(format!("Iterator result {what} is not an object")));
        }
        let done = vm.get(result, done_key)?;
        if vm.truthy(done) {
            return Ok(out);
        }
        let value = vm.get(result, value_key)?;
        if out.len() % 1024 == 0 {
            let bytes = (out.len() + 1024) * std::mem::size_of::<Value>();
            vm.heap_mut().check(bytes)?;
        }
        out.push(value);
    }
}
