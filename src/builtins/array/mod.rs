//! `Array` and `Array.prototype` (ECMA-262 §23.1): every ES5.1 method and
//! the ES2015+ ones both runtimes list (`of`, `copyWithin`, `fill`, `find`,
//! `findIndex`, `includes`). `from`, `flat`, `keys`/`values`/`entries` are
//! not listed by either runtime and are absent.
//!
//! Every method is generic (works on any array-like `this`) and follows the
//! specification's steps, so getters, holes and inherited elements behave
//! as in other engines. Dense arrays whose prototype chain holds no indexed
//! properties take fast paths that touch the element run directly; those
//! paths are taken only when no step of the generic algorithm could be
//! observed.
//!
//! `ArraySpeciesCreate` cannot be reached in these runtimes (no classes and
//! no `Symbol.species`), so results are plain arrays; the `constructor`
//! lookup is still made and a non-object constructor is still a TypeError,
//! as in the specification.

mod sort;

use super::{def, this_object};
use crate::heap::{Class, Heap, Key, ObjFlags, ObjectData};
use crate::realm::RealmBuilder;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use smallvec::SmallVec;

/// 2^53 - 1: the largest length of an array-like.
const MAX_SAFE_LENGTH: f64 = 9007199254740991.0;

/// The largest array length (2^32 - 1).
const MAX_ARRAY_LENGTH: u64 = u32::MAX as u64;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.array_proto;
    b.methods(
        proto,
        &[
            def("concat", 1, concat),
            def("copyWithin", 2, copy_within),
            def("every", 1, every),
            def("fill", 1, fill),
            def("filter", 1, filter),
            def("find", 1, find),
            def("findIndex", 1, find_index),
            def("forEach", 1, for_each),
            def("includes", 1, includes),
            def("indexOf", 1, index_of),
            def("join", 1, join),
            def("lastIndexOf", 1, last_index_of),
            def("map", 1, map),
            def("pop", 0, pop),
            def("push", 1, push),
            def("reduce", 1, reduce),
            def("reduceRight", 1, reduce_right),
            def("reverse", 0, reverse),
            def("shift", 0, shift),
            def("slice", 2, slice),
            def("some", 1, some),
            def("sort", 1, sort::sort),
            def("splice", 2, splice),
            def("toLocaleString", 0, to_locale_string),
            def("toString", 0, to_string),
            def("unshift", 1, unshift),
        ],
    );
    let ctor = b.constructor(def("Array", 1, array), proto);
    b.methods(ctor, &[def("isArray", 1, is_array), def("of", 0, of)]);
}

// --- element access helpers -------------------------------------------------

/// The property key of index `i` (indices past 2^32 - 2 are string keys).
fn key_at(vm: &mut Vm, i: u64) -> JsResult<Key> {
    if i < MAX_ARRAY_LENGTH {
        Ok(Key::Index(i as u32))
    } else {
        vm.to_key(Value::Number(i as f64))
    }
}

/// `Get(O, ToString(i))`, reading a dense element directly when present.
fn get_at(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Value> {
    if let Some(v) = dense_element(vm, o, i) {
        return Ok(v);
    }
    let key = key_at(vm, i)?;
    vm.get(Value::Object(o), key)
}

/// The element at `i` of an array or arguments object when it is present
/// in the dense run.
fn dense_element(vm: &Vm, o: ObjRef, i: u64) -> Option<Value> {
    vm.heap().elem(o, i).filter(|&v| v != Value::Empty)
}

/// The search loop of `indexOf` and `includes` over the present elements
/// of `o`'s dense run from `from` (below `len`): each is compared with
/// `equal` where it is stored, since reading it runs no code, and charged
/// the step the general loop charges. `Ok(index)` when found; otherwise
/// `Err(k)`, where the general loop goes on: a hole, the end of the run,
/// or the last step the budget allows (the general loop then fails on its
/// next step as it would have).
fn scan_dense(
    vm: &mut Vm,
    o: ObjRef,
    from: u64,
    len: u64,
    equal: impl Fn(&Vm, Value) -> bool,
) -> JsResult<Result<u64, u64>> {
    let data = vm.heap().obj(o);
    if !data.has_elements() {
        return Ok(Err(from));
    }
    let budget = vm.steps_left();
    let stop = len
        .min(u64::from(data.elems.len))
        .min(from.saturating_add(budget));
    let mut k = from;
    let mut found = false;
    let elems = vm.heap().elems(o);
    while k < stop {
        let v = elems[k as usize];
        if v == Value::Empty {
            break;
        }
        k += 1;
        if equal(vm, v) {
            found = true;
            break;
        }
    }
    vm.charge(k - from)?;
    Ok(if found { Ok(k - 1) } else { Err(k) })
}

/// `HasProperty(O, ToString(i))` and, when it holds, `Get(O,
/// ToString(i))`: the loop step of the methods that skip holes. A
/// present element of the dense run is read once, in the caller's loop.
#[inline]
fn present_at(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Option<Value>> {
    match dense_element(vm, o, i) {
        Some(v) => Ok(Some(v)),
        None => present_at_generic(vm, o, i),
    }
}

/// [`present_at`] of anything but a present element of the dense run.
#[inline(never)]
fn present_at_generic(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Option<Value>> {
    let key = key_at(vm, i)?;
    if !vm.has_property(o, key)? {
        return Ok(None);
    }
    vm.get(Value::Object(o), key).map(Some)
}

/// `Set(O, ToString(i), v, true)`.
fn set_at(vm: &mut Vm, o: ObjRef, i: u64, v: Value) -> JsResult<()> {
    // An element present in an array's dense run is a writable data
    // property of its own: the write `Set` would make, without the call.
    if vm.heap().obj(o).class.is_array() && dense_element(vm, o, i).is_some() {
        vm.heap_mut().set_elem_at(o, i as usize, v)?;
        return Ok(());
    }
    let key = key_at(vm, i)?;
    vm.set(Value::Object(o), key, v)
}

/// `DeletePropertyOrThrow(O, ToString(i))`.
fn delete_at(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<()> {
    let key = key_at(vm, i)?;
    if vm.delete(o, key)? {
        return Ok(());
    }
    let k = vm.key_text(key);
    let what = vm.describe(Value::Object(o));
    Err(vm.type_error(format!("Cannot delete property '{k}' of {what}")))
}

/// `Set(O, "length", len, true)`.
fn set_length(vm: &mut Vm, o: ObjRef, len: u64) -> JsResult<()> {
    let key = Key::Str(vm.realm().names.length);
    vm.set(Value::Object(o), key, Value::Number(len as f64))
}

/// `CreateDataPropertyOrThrow(A, ToString(i), v)`.
fn create_at(vm: &mut Vm, a: ObjRef, i: u64, v: Value) -> JsResult<()> {
    let key = key_at(vm, i)?;
    vm.create_data_property_or_throw(a, key, v)
}

/// Whether `o` is an ordinary dense array the fast paths may edit: its
/// elements all live in the dense run with no holes, its length is
/// writable, and no object on its prototype chain has indexed properties
/// (which a generic write or read would otherwise consult).
fn plain_dense(vm: &Vm, o: ObjRef) -> bool {
    plain_array(vm, o) && !vm.heap().elems(o).contains(&Value::Empty)
}

/// [`plain_dense`] but for holes, which only operations that read the
/// elements care about: it costs the same for any length, so that a loop
/// of `push` or `pop` does not cost the host the square of its length.
fn plain_array(vm: &Vm, o: ObjRef) -> bool {
    let heap = vm.heap();
    plain_record(heap, o, heap.obj(o))
}

/// [`plain_array`] of `o` whose record is `data`, for a caller that has
/// located it.
#[inline(always)]
fn plain_record(heap: &Heap, o: ObjRef, data: &ObjectData) -> bool {
    // An object without named properties has no indexed ones among them.
    data.class.is_array()
        && !data.flags.has(ObjFlags::LENGTH_READONLY)
        && data.flags.has(ObjFlags::EXTENSIBLE)
        && data.elems.len == data.length
        && (data.props.len == 0 || !heap.has_index_props(o))
        && heap.protos_index_free(data.proto)
}

/// `ToObject(this)` and its length. Inlined for its usual case, an array
/// (whose length is read without a call): the call cost more than that.
#[inline]
fn this_and_length(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<(ObjRef, u64)> {
    if let Value::Object(o) = call.this {
        let data = vm.heap().obj(o);
        if data.class.is_array() {
            return Ok((o, u64::from(data.length)));
        }
    }
    this_and_length_converted(vm, call, method)
}

/// [`this_and_length`] of anything but an array.
#[inline(never)]
fn this_and_length_converted(
    vm: &mut Vm,
    call: &Call<'_>,
    method: &str,
) -> JsResult<(ObjRef, u64)> {
    let o = this_object(vm, call, method)?;
    let len = vm.length_of(Value::Object(o))?;
    Ok((o, len))
}

/// The callback argument, or a TypeError naming it. Inlined for its
/// usual case, a function: the call cost more than the test.
#[inline]
fn callback(vm: &mut Vm, f: Value) -> JsResult<Value> {
    if vm.is_callable(f) {
        return Ok(f);
    }
    not_callable(vm, f)
}

/// [`callback`]'s TypeError.
#[inline(never)]
fn not_callable(vm: &mut Vm, f: Value) -> JsResult<Value> {
    let what = vm.describe(f);
    Err(vm.type_error(format!("{what} is not a function")))
}

/// A relative index argument resolved against `len` (`undefined` gives
/// `default`).
fn relative(vm: &mut Vm, v: Value, len: u64, default: u64) -> JsResult<u64> {
    Ok(vm.relative_index(v, len as f64, default as f64)? as u64)
}

/// `ArraySpeciesCreate(original, length)`: see the module comment.
fn species_create(vm: &mut Vm, original: ObjRef, len: u64) -> JsResult<ObjRef> {
    let data = vm.heap().obj(original);
    let array_proto = vm.realm().intrinsics.array_proto;
    // An array with no named properties of its own, whose prototype is the
    // realm's untouched `Array.prototype`, has the realm's `Array` as its
    // `constructor`: the lookup can neither run code nor fail.
    let plain = data.proto == Some(array_proto)
        && vm.heap().is_pristine(array_proto)
        && data.props.len == 0;
    // Room for as many elements as the original's dense run holds (what
    // `map` and `slice` fill in order), and never more than `len`.
    let room = len.min(u64::from(data.elems.len)) as usize;
    if data.class.is_array() && !plain {
        let key = Key::Str(vm.realm().names.constructor);
        let c = vm.get(Value::Object(original), key)?;
        if !matches!(c, Value::Undefined | Value::Object(_)) {
            return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
        }
    }
    array_create_with_room(vm, len, room)
}

/// `ArrayCreate(len)`: an array of `len` holes.
fn array_create(vm: &mut Vm, len: u64) -> JsResult<ObjRef> {
    array_create_with_room(vm, len, 0)
}

/// [`array_create`] with room for `room` elements in its dense run.
fn array_create_with_room(vm: &mut Vm, len: u64, room: usize) -> JsResult<ObjRef> {
    if len > MAX_ARRAY_LENGTH {
        return Err(vm.range_error("Invalid array length"));
    }
    // What `Vm::new_array_with_room` allocates, with the same memory
    // checks, and the record as setting its length then leaves it, made
    // whole at once.
    let elems = vm.heap_mut().room_values(room)?;
    let mut data = ObjectData::new(Class::Array, Some(vm.realm().intrinsics.array_proto));
    data.elems = elems;
    data.length = len as u32;
    data.flags.0 |= ObjFlags::MODIFIED;
    Ok(vm.heap_mut().alloc(data)?)
}

// --- constructor and statics ------------------------------------------------

fn array(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let proto = match call.new_target {
        Some(nt) if nt != call.callee => {
            let fallback = vm.realm().intrinsics.array_proto;
            let probe = vm.ordinary_create_from(nt, fallback, Class::Ordinary)?;
            vm.heap().obj(probe).proto
        }
        _ => None,
    };
    let a = if let [Value::Number(n)] = call.args {
        let len = *n as u32;
        if f64::from(len) != *n {
            return Err(vm.range_error("Invalid array length"));
        }
        array_create(vm, u64::from(len))?
    } else {
        vm.new_array(call.args)?
    };
    if proto.is_some() {
        vm.heap_mut().obj_mut(a)?.proto = proto;
    }
    Ok(Value::Object(a))
}

fn is_array(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(call.arg(0), Value::Object(o) if vm.heap().obj(o).class.is_array()),
    ))
}

fn of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let len = call.args.len() as u64;
    let a = if vm.is_constructor(call.this) {
        match vm.construct(call.this, &[Value::Number(len as f64)], None)? {
            Value::Object(a) => a,
            other => {
                let what = vm.describe(other);
                return Err(vm.type_error(format!("{what} is not an object")));
            }
        }
    } else {
        array_create(vm, len)?
    };
    for (i, &v) in call.args.iter().enumerate() {
        create_at(vm, a, i as u64, v)?;
    }
    set_length(vm, a, len)?;
    Ok(Value::Object(a))
}

// --- mutators ---------------------------------------------------------------

fn push(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.push")?;
    let argc = call.args.len() as u64;
    // Holes below the length do not change what pushing writes.
    let appends = |heap: &Heap, data: &ObjectData| {
        let new_len = u64::from(data.length) + argc;
        (new_len <= MAX_ARRAY_LENGTH && plain_record(heap, o, data)).then_some(new_len as u32)
    };
    // With more steps left than it takes, the charge cannot fail: it is
    // made after the append, whose failure for memory then still comes
    // after it, as in the order below.
    if vm.steps_left() > argc {
        if let Some(appended) = vm.heap_mut().push_elems_if(o, call.args, appends) {
            vm.charge(argc)?;
            return Ok(Value::Number(f64::from(appended?)));
        }
    } else if let Some(new_len) = appends(vm.heap(), vm.heap().obj(o)) {
        vm.charge(argc)?;
        vm.heap_mut().push_elems(o, call.args, new_len)?;
        return Ok(Value::Number(f64::from(new_len)));
    }
    let len = vm.length_of(Value::Object(o))?;
    if len as f64 + call.args.len() as f64 > MAX_SAFE_LENGTH {
        return Err(vm.type_error("Pushing elements past 2^53-1 length"));
    }
    vm.charge(call.args.len() as u64)?;
    for (i, &v) in call.args.iter().enumerate() {
        set_at(vm, o, len + i as u64, v)?;
    }
    let new_len = len + call.args.len() as u64;
    set_length(vm, o, new_len)?;
    Ok(Value::Number(new_len as f64))
}

fn pop(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.pop")?;
    if plain_array(vm, o) {
        let len = vm.heap().obj(o).length;
        if len == 0 {
            return Ok(Value::Undefined);
        }
        // A hole reads as `undefined`: no prototype has indexed properties.
        let v = match vm.heap().elems(o)[len as usize - 1] {
            Value::Empty => Value::Undefined,
            v => v,
        };
        vm.heap_mut().truncate_elems(o, len - 1)?;
        vm.heap_mut().obj_mut(o)?.length = len - 1;
        return Ok(v);
    }
    let len = vm.length_of(Value::Object(o))?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::Undefined);
    }
    let v = get_at(vm, o, len - 1)?;
    delete_at(vm, o, len - 1)?;
    set_length(vm, o, len - 1)?;
    Ok(v)
}

fn shift(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.shift")?;
    if plain_dense(vm, o) {
        let elems = vm.heap().elems(o).to_vec();
        let Some((&first, rest)) = elems.split_first() else {
            return Ok(Value::Undefined);
        };
        vm.charge(elems.len() as u64)?;
        for (i, &v) in rest.iter().enumerate() {
            vm.heap_mut().set_elem_at(o, i, v)?;
        }
        let new_len = rest.len() as u32;
        vm.heap_mut().truncate_elems(o, new_len)?;
        vm.heap_mut().obj_mut(o)?.length = new_len;
        return Ok(first);
    }
    let len = vm.length_of(Value::Object(o))?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::Undefined);
    }
    let first = get_at(vm, o, 0)?;
    move_elements(vm, o, 1, 0, len - 1, false)?;
    delete_at(vm, o, len - 1)?;
    set_length(vm, o, len - 1)?;
    Ok(first)
}

/// Moves `count` elements from `from` to `to` one by one, deleting the
/// targets of holes (the shared loop of `shift`, `unshift`, `splice` and
/// `copyWithin`). Each caller passes the direction its algorithm walks in,
/// which is observable through accessors.
fn move_elements(
    vm: &mut Vm,
    o: ObjRef,
    from: u64,
    to: u64,
    count: u64,
    descending: bool,
) -> JsResult<()> {
    for k in 0..count {
        vm.charge(1)?;
        let (src, dst) = if descending {
            (from + count - 1 - k, to + count - 1 - k)
        } else {
            (from + k, to + k)
        };
        match present_at(vm, o, src)? {
            Some(v) => set_at(vm, o, dst, v)?,
            None => delete_at(vm, o, dst)?,
        }
    }
    Ok(())
}

fn unshift(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.unshift")?;
    let argc = call.args.len() as u64;
    if plain_dense(vm, o) {
        let old = vm.heap().elems(o).to_vec();
        let new_len = old.len() as u64 + argc;
        if new_len <= MAX_ARRAY_LENGTH {
            vm.charge(new_len)?;
            for _ in 0..argc {
                vm.heap_mut().push_elem(o, Value::Undefined)?;
            }
            for (i, &v) in call.args.iter().chain(old.iter()).enumerate() {
                vm.heap_mut().set_elem_at(o, i, v)?;
            }
            vm.heap_mut().obj_mut(o)?.length = new_len as u32;
            return Ok(Value::Number(new_len as f64));
        }
    }
    let len = vm.length_of(Value::Object(o))?;
    if argc > 0 {
        if len as f64 + argc as f64 > MAX_SAFE_LENGTH {
            return Err(vm.type_error("Unshifting elements past 2^53-1 length"));
        }
        move_elements(vm, o, 0, argc, len, true)?;
        for (j, &v) in call.args.iter().enumerate() {
            set_at(vm, o, j as u64, v)?;
        }
    }
    set_length(vm, o, len + argc)?;
    Ok(Value::Number((len + argc) as f64))
}

fn splice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.splice")?;
    let start = relative(vm, call.arg(0), len, 0)?;
    let items = call.args.get(2..).unwrap_or(&[]);
    let delete_count = match call.args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let dc = vm.to_integer(call.arg(1))?;
            dc.clamp(0.0, (len - start) as f64) as u64
        }
    };
    let item_count = items.len() as u64;
    if len as f64 + item_count as f64 - delete_count as f64 > MAX_SAFE_LENGTH {
        return Err(vm.type_error("Splicing elements past 2^53-1 length"));
    }
    let a = species_create(vm, o, delete_count)?;
    for k in 0..delete_count {
        vm.charge(1)?;
        if let Some(v) = present_at(vm, o, start + k)? {
            create_at(vm, a, k, v)?;
        }
    }
    set_length(vm, a, delete_count)?;
    if item_count != delete_count {
        let count = len - delete_count - start;
        move_elements(
            vm,
            o,
            start + delete_count,
            start + item_count,
            count,
            item_count > delete_count,
        )?;
    }
    if item_count < delete_count {
        let mut k = len;
        while k > len - delete_count + item_count {
            vm.charge(1)?;
            delete_at(vm, o, k - 1)?;
            k -= 1;
        }
    }
    for (j, &v) in items.iter().enumerate() {
        set_at(vm, o, start + j as u64, v)?;
    }
    set_length(vm, o, len - delete_count + item_count)?;
    Ok(Value::Object(a))
}

fn reverse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.reverse")?;
    if plain_dense(vm, o) {
        let mut elems = vm.heap().elems(o).to_vec();
        vm.charge(elems.len() as u64)?;
        elems.reverse();
        for (i, v) in elems.into_iter().enumerate() {
            vm.heap_mut().set_elem_at(o, i, v)?;
        }
        return Ok(Value::Object(o));
    }
    for lower in 0..len / 2 {
        vm.charge(1)?;
        let upper = len - 1 - lower;
        let lower_value = present_at(vm, o, lower)?;
        let upper_value = present_at(vm, o, upper)?;
        match (lower_value, upper_value) {
            (Some(lower_value), Some(upper_value)) => {
                set_at(vm, o, lower, upper_value)?;
                set_at(vm, o, upper, lower_value)?;
            }
            (None, Some(upper_value)) => {
                set_at(vm, o, lower, upper_value)?;
                delete_at(vm, o, upper)?;
            }
            (Some(lower_value), None) => {
                delete_at(vm, o, lower)?;
                set_at(vm, o, upper, lower_value)?;
            }
            (None, None) => {}
        }
    }
    Ok(Value::Object(o))
}

fn fill(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.fill")?;
    let value = call.arg(0);
    let start = relative(vm, call.arg(1), len, 0)?;
    let end = relative(vm, call.arg(2), len, len)?;
    for k in start..end.max(start) {
        vm.charge(1)?;
        set_at(vm, o, k, value)?;
    }
    Ok(Value::Object(o))
}

fn copy_within(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.copyWithin")?;
    let to = relative(vm, call.arg(0), len, 0)?;
    let from = relative(vm, call.arg(1), len, 0)?;
    let end = relative(vm, call.arg(2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    if count > 0 {
        move_elements(vm, o, from, to, count, from < to && to < from + count)?;
    }
    Ok(Value::Object(o))
}

// --- accessors --------------------------------------------------------------

fn concat(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.concat")?;
    let a = species_create(vm, o, 0)?;
    let mut n: u64 = 0;
    // Whether `a`, which no script has seen yet, holds its `n` elements in
    // its dense run with no hole: what was appended so far came through
    // the fast paths below.
    let mut dense = true;
    let this = Value::Object(o);
    for &item in std::iter::once(&this).chain(call.args.iter()) {
        match item {
            Value::Object(e) if vm.heap().obj(e).class.is_array() => {
                let len = vm.length_of(item)?;
                if n as f64 + len as f64 > MAX_SAFE_LENGTH {
                    return Err(vm.type_error("Concatenating elements past 2^53-1 length"));
                }
                if dense && append_dense(vm, a, n, e, 0..len)? {
                    n += len;
                    continue;
                }
                dense = false;
                for k in 0..len {
                    vm.charge(1)?;
                    if let Some(v) = present_at(vm, e, k)? {
                        create_at(vm, a, n, v)?;
                    }
                    n += 1;
                }
            }
            _ => {
                if n as f64 >= MAX_SAFE_LENGTH {
                    return Err(vm.type_error("Concatenating elements past 2^53-1 length"));
                }
                vm.charge(1)?;
                if dense && n < u64::from(u32::MAX - 1) {
                    // The next element of the dense run, as the
                    // CreateDataProperty below would append it.
                    vm.heap_mut().push_elems(a, &[item], n as u32 + 1)?;
                } else {
                    create_at(vm, a, n, item)?;
                }
                n += 1;
            }
        }
    }
    set_length(vm, a, n)?;
    Ok(Value::Object(a))
}

fn slice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.slice")?;
    let start = relative(vm, call.arg(0), len, 0)?;
    let end = relative(vm, call.arg(1), len, len)?;
    let count = end.saturating_sub(start);
    let a = species_create(vm, o, count)?;
    if count > 0 && append_dense(vm, a, 0, o, start..start + count)? {
        return Ok(Value::Object(a));
    }
    for (n, k) in (start..start + count).enumerate() {
        vm.charge(1)?;
        if let Some(v) = present_at(vm, o, k)? {
            create_at(vm, a, n as u64, v)?;
        }
    }
    set_length(vm, a, count)?;
    Ok(Value::Object(a))
}

/// Appends the elements `range` of `from` to `a` (the new array of
/// `concat` or `slice`, which no script has seen yet, holding its `n`
/// elements in its dense run with no hole) when `from` is a plain array
/// whose elements there are all in its dense run, with no hole, and
/// nothing on its prototype chain can have an indexed property: each is
/// then what the caller's loop reads, and appending them is what its
/// `CreateDataPropertyOrThrow` calls do, with the loop's steps (one per
/// element) charged at once. `false`, with nothing done, when that does
/// not apply or when the budget might run out part-way (the loop then
/// fails at the element it would have).
fn append_dense(
    vm: &mut Vm,
    a: ObjRef,
    n: u64,
    from: ObjRef,
    range: std::ops::Range<u64>,
) -> JsResult<bool> {
    let count = range.end - range.start;
    if !plain_array(vm, from) || vm.steps_left() < count || n + count > u64::from(u32::MAX - 1) {
        return Ok(false);
    }
    let values: SmallVec<[Value; 16]> = match vm
        .heap()
        .elems(from)
        .get(range.start as usize..range.end as usize)
    {
        Some(values) if !values.contains(&Value::Empty) => values.into(),
        _ => return Ok(false),
    };
    vm.charge(count)?;
    vm.heap_mut().push_elems(a, &values, (n + count) as u32)?;
    Ok(true)
}

/// Marks `o` as being joined; `false` when it already is (engines print
/// such a cycle as the empty string instead of overflowing the stack).
fn enter_join(vm: &mut Vm, o: ObjRef) -> bool {
    if vm.join_stack.contains(&o) {
        return false;
    }
    vm.join_stack.push(o);
    true
}

fn join(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.join")?;
    let sep = match call.arg(0) {
        Value::Undefined => vm.heap_mut().intern_rust(",")?,
        Value::String(s) => s,
        v => vm.to_string(v)?,
    };
    if !enter_join(vm, o) {
        return Ok(Value::String(vm.realm().names.empty));
    }
    let result = join_elements(vm, o, len, sep, false);
    vm.join_stack.pop();
    result.map(Value::String)
}

/// The loop shared by `join` and `toLocaleString`.
fn join_elements(vm: &mut Vm, o: ObjRef, len: u64, sep: JsStr, locale: bool) -> JsResult<JsStr> {
    // Most joins are of a few parts: no heap allocation for those.
    let mut parts: smallvec::SmallVec<[JsStr; 16]> = smallvec::SmallVec::new();
    let sep_len = vm.heap().str_len(sep) as u64;
    if !locale {
        if let Some((total, all_non_empty)) = dense_strings(vm, o, len, sep, sep_len, &mut parts) {
            vm.charge(len + total / 16)?;
            if all_non_empty && parts.len() > 1 {
                return vm.concat_non_empty(&parts, total as usize);
            }
            return vm.concat(&parts);
        }
        parts.clear();
    }
    let mut total = 0u64;
    for k in 0..len {
        vm.charge(1)?;
        if k > 0 {
            parts.push(sep);
            total += sep_len;
        }
        let v = get_at(vm, o, k)?;
        let s = match v {
            Value::Undefined | Value::Null => continue,
            v if locale => {
                let key = super::name_key(vm, "toLocaleString")?;
                let f = vm.get(v, key)?;
                let r = vm.call(f, v, &[])?;
                vm.to_string(r)?
            }
            v => vm.to_string(v)?,
        };
        total += vm.heap().str_len(s) as u64;
        if total > crate::vm::MAX_STRING_LENGTH as u64 {
            return Err(vm.range_error("Invalid string length"));
        }
        parts.push(s);
    }
    vm.charge(total / 16)?;
    vm.concat(&parts)
}

/// The parts of `join` when the first `len` elements of `o` are strings
/// in its dense run (most joins): they are read where they are stored,
/// since reading them runs no code, and their total length is returned
/// with whether every part (separators included) is non-empty.
/// `None`, with `parts` partly filled, when the general loop must run:
/// an element is not a string, the result would be too long, or the
/// budget has fewer than `len` steps left (the loop charges one per
/// element, and must fail at the same element).
fn dense_strings(
    vm: &Vm,
    o: ObjRef,
    len: u64,
    sep: JsStr,
    sep_len: u64,
    parts: &mut smallvec::SmallVec<[JsStr; 16]>,
) -> Option<(u64, bool)> {
    let heap = vm.heap();
    if !heap.obj(o).has_elements() || vm.steps_left() < len {
        return None;
    }
    let elems = heap.elems(o).get(..usize::try_from(len).ok()?)?;
    let mut total = 0u64;
    let mut all_non_empty = sep_len > 0 || len < 2;
    for (k, &v) in elems.iter().enumerate() {
        let Value::String(s) = v else {
            return None;
        };
        if k > 0 {
            parts.push(sep);
            total += sep_len;
        }
        let n = heap.str_len(s);
        all_non_empty &= n > 0;
        total += n as u64;
        parts.push(s);
    }
    (total <= crate::vm::MAX_STRING_LENGTH as u64).then_some((total, all_non_empty))
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = this_object(vm, &call, "Array.prototype.toString")?;
    let key = Key::Str(vm.realm().names.join);
    let f = vm.get(Value::Object(o), key)?;
    if vm.is_callable(f) {
        return vm.call(f, Value::Object(o), &[]);
    }
    super::object::to_string(
        vm,
        Call {
            this: Value::Object(o),
            ..call
        },
    )
}

fn to_locale_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.toLocaleString")?;
    let sep = vm.heap_mut().intern_rust(",")?;
    if !enter_join(vm, o) {
        return Ok(Value::String(vm.realm().names.empty));
    }
    let result = join_elements(vm, o, len, sep, true);
    vm.join_stack.pop();
    result.map(Value::String)
}

fn index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.indexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let target = call.arg(0);
    let start = relative(vm, call.arg(1), len, 0)?;
    // A string target's length is looked up once: most elements differ
    // from it in length, and are then told apart without their text.
    let target_len = target.as_string().map(|t| vm.heap().str_len(t));
    let equal = |vm: &Vm, v: Value| match (v, target, target_len) {
        (Value::String(s), Value::String(t), Some(n)) => {
            s == t || (vm.heap().str_len(s) == n && vm.heap().same_text(s, t))
        }
        _ => vm.strict_equals(v, target),
    };
    let start = match scan_dense(vm, o, start, len, equal)? {
        Ok(k) => return Ok(Value::Number(k as f64)),
        Err(k) => k,
    };
    for k in start..len {
        vm.charge(1)?;
        if let Some(v) = present_at(vm, o, k)? {
            if vm.strict_equals(v, target) {
                return Ok(Value::Number(k as f64));
            }
        }
    }
    Ok(Value::Number(-1.0))
}

fn last_index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.lastIndexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let target = call.arg(0);
    let from = if call.args.len() > 1 {
        vm.to_integer(call.arg(1))?
    } else {
        len as f64 - 1.0
    };
    let start = if from < 0.0 {
        len as f64 + from
    } else {
        from.min(len as f64 - 1.0)
    };
    if start < 0.0 {
        return Ok(Value::Number(-1.0));
    }
    for k in (0..=start as u64).rev() {
        vm.charge(1)?;
        if let Some(v) = present_at(vm, o, k)? {
            if vm.strict_equals(v, target) {
                return Ok(Value::Number(k as f64));
            }
        }
    }
    Ok(Value::Number(-1.0))
}

fn includes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, "Array.prototype.includes")?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let target = call.arg(0);
    let start = relative(vm, call.arg(1), len, 0)?;
    let start = match scan_dense(vm, o, start, len, |vm, v| vm.same_value_zero(v, target))? {
        Ok(_) => return Ok(Value::Bool(true)),
        Err(k) => k,
    };
    for k in start..len {
        vm.charge(1)?;
        let v = get_at(vm, o, k)?;
        if vm.same_value_zero(v, target) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// --- iteration --------------------------------------------------------------

/// What an iteration method does with each callback result.
#[derive(Clone, Copy, PartialEq)]
enum Iteration {
    ForEach,
    Every,
    Some,
    Map,
    Filter,
}

/// The shared loop of `forEach`, `every`, `some`, `map` and `filter`
/// (holes are skipped; the length is read once, before the loop).
fn iterate(vm: &mut Vm, call: Call<'_>, what: Iteration, method: &str) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, method)?;
    let f = callback(vm, call.arg(0))?;
    let this_arg = call.arg(1);
    let out = match what {
        Iteration::Map => Some(species_create(vm, o, len)?),
        Iteration::Filter => Some(species_create(vm, o, 0)?),
        _ => None,
    };
    let mut to = 0u64;
    // The callback's arguments, of which the element and its index change
    // from one call to the next.
    let mut args = [Value::Undefined, Value::Undefined, Value::Object(o)];
    // Whether every element so far was present: `map`'s array, which
    // starts empty, then holds a result for each in its dense run.
    let mut all_present = true;
    for k in 0..len {
        vm.charge(1)?;
        let Some(v) = present_at(vm, o, k)? else {
            all_present = false;
            continue;
        };
        args[0] = v;
        args[1] = Value::Number(k as f64);
        let r = vm.call_for_element(f, this_arg, &args)?;
        match (what, out) {
            (Iteration::Every, _) if !vm.truthy(r) => return Ok(Value::Bool(false)),
            (Iteration::Some, _) if vm.truthy(r) => return Ok(Value::Bool(true)),
            // `a` is the array made above, which no script can reach: the
            // next element of its dense run is appended there, as
            // CreateDataProperty would.
            (Iteration::Map, Some(a))
                if all_present || u64::from(vm.heap().obj(a).elems.len) == k =>
            {
                vm.heap_mut().push_elem(a, r)?;
            }
            (Iteration::Map, Some(a)) => create_at(vm, a, k, r)?,
            (Iteration::Filter, Some(a)) if vm.truthy(r) => {
                create_at(vm, a, to, v)?;
                to += 1;
            }
            _ => {}
        }
    }
    Ok(match (what, out) {
        (Iteration::Every, _) => Value::Bool(true),
        (Iteration::Some, _) => Value::Bool(false),
        (_, Some(a)) => Value::Object(a),
        _ => Value::Undefined,
    })
}

fn for_each(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    iterate(vm, call, Iteration::ForEach, "Array.prototype.forEach")
}

fn every(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    iterate(vm, call, Iteration::Every, "Array.prototype.every")
}

fn some(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    iterate(vm, call, Iteration::Some, "Array.prototype.some")
}

fn map(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    iterate(vm, call, Iteration::Map, "Array.prototype.map")
}

fn filter(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    iterate(vm, call, Iteration::Filter, "Array.prototype.filter")
}

/// `find` and `findIndex`: every index is visited, holes included.
fn find_common(vm: &mut Vm, call: Call<'_>, method: &str) -> JsResult<Option<(u64, Value)>> {
    let (o, len) = this_and_length(vm, &call, method)?;
    let f = callback(vm, call.arg(0))?;
    for k in 0..len {
        vm.charge(1)?;
        let v = get_at(vm, o, k)?;
        let r = vm.call_for_element(
            f,
            call.arg(1),
            &[v, Value::Number(k as f64), Value::Object(o)],
        )?;
        if vm.truthy(r) {
            return Ok(Some((k, v)));
        }
    }
    Ok(None)
}

fn find(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(find_common(vm, call, "Array.prototype.find")?.map_or(Value::Undefined, |(_, v)| v))
}

fn find_index(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let found = find_common(vm, call, "Array.prototype.findIndex")?;
    Ok(Value::Number(found.map_or(-1.0, |(k, _)| k as f64)))
}

/// `reduce` and `reduceRight`.
fn fold(vm: &mut Vm, call: Call<'_>, right: bool, method: &str) -> JsResult<Value> {
    let (o, len) = this_and_length(vm, &call, method)?;
    let f = callback(vm, call.arg(0))?;
    let index = |i: u64| if right { len - 1 - i } else { i };
    let mut i = 0u64;
    let mut acc = if call.args.len() >= 2 {
        call.arg(1)
    } else {
        loop {
            if i >= len {
                return Err(vm.type_error("Reduce of empty array with no initial value"));
            }
            vm.charge(1)?;
            let k = index(i);
            i += 1;
            if let Some(v) = present_at(vm, o, k)? {
                break v;
            }
        }
    };
    while i < len {
        vm.charge(1)?;
        let k = index(i);
        i += 1;
        if let Some(v) = present_at(vm, o, k)? {
            acc = vm.call(
                f,
                Value::Undefined,
                &[acc, v, Value::Number(k as f64), Value::Object(o)],
            )?;
        }
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    fold(vm, call, false, "Array.prototype.reduce")
}

fn reduce_right(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    fold(vm, call, true, "Array.prototype.reduceRight")
}
