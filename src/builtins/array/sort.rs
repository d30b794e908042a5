//! `Array.prototype.sort` (ECMA-262 2019+ §23.1.3.30): the present
//! elements are read once, sorted with a stable merge sort that calls the
//! comparator as the specification allows, and written back, undefineds
//! after the values and holes at the end.
//!
//! The sort is our own rather than `slice::sort_by` because the comparator
//! is script code: it may throw (the error must stop the sort) and it may
//! be inconsistent, which the standard library is allowed to answer with a
//! panic.

use super::{delete_at, plain_array, present_at, set_at, this_and_length};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use smallvec::SmallVec;

/// Arrays up to this long are sorted without heap allocations.
type Elements<T> = SmallVec<[T; 16]>;

/// Runs shorter than this are sorted by insertion before merging.
const RUN: usize = 8;

pub(super) fn sort(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let compare_fn = call.arg(0);
    if compare_fn != Value::Undefined && !vm.is_callable(compare_fn) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let (o, len) = this_and_length(vm, &call, "Array.prototype.sort")?;
    if compare_fn == Value::Undefined && sort_dense_strings(vm, o, len)? {
        return Ok(Value::Object(o));
    }
    let mut values: Elements<Value> = SmallVec::new();
    let mut undefineds = 0u64;
    for k in 0..len {
        vm.charge(1)?;
        match present_at(vm, o, k)? {
            Some(Value::Undefined) => undefineds += 1,
            Some(v) => values.push(v),
            None => {}
        }
    }
    if compare_fn == Value::Undefined {
        // Each element's string is computed once; comparisons then look
        // only at code units.
        let mut keyed: Elements<(JsStr, Value)> = SmallVec::with_capacity(values.len());
        for &v in &values {
            keyed.push((vm.to_string(v)?, v));
        }
        merge_sort(
            vm,
            &mut keyed,
            &mut |vm, a: &(JsStr, Value), b: &(JsStr, Value)| string_greater(vm, a.0, b.0),
        )?;
        for (slot, &(_, v)) in values.iter_mut().zip(&keyed) {
            *slot = v;
        }
    } else {
        merge_sort(vm, &mut values, &mut |vm, a: &Value, b: &Value| {
            let r = vm.call(compare_fn, Value::Undefined, &[*a, *b])?;
            Ok(vm.to_number(r)? > 0.0)
        })?;
    }
    let count = values.len() as u64;
    for (i, &v) in values.iter().enumerate() {
        vm.charge(1)?;
        set_at(vm, o, i as u64, v)?;
    }
    for i in count..count + undefineds {
        vm.charge(1)?;
        set_at(vm, o, i, Value::Undefined)?;
    }
    for i in count + undefineds..len {
        vm.charge(1)?;
        delete_at(vm, o, i)?;
    }
    Ok(Value::Object(o))
}

/// Whether string `a` comes after `b` in the default order (code units),
/// charging the units the comparison scans.
fn string_greater(vm: &mut Vm, a: JsStr, b: JsStr) -> JsResult<bool> {
    let (x, y) = (vm.heap().units(a), vm.heap().units(b));
    let (scanned, order) = (x.len().min(y.len()), x.compare(y));
    vm.charge((scanned / 16) as u64)?;
    Ok(order == std::cmp::Ordering::Greater)
}

/// `sort()` of an array whose elements are all strings in its dense run
/// (the usual sort without a comparator), as the general path sorts it
/// with the same steps charged at the same points: the elements are read
/// and written where they are stored, since neither reads nor writes
/// there run code, and they are their own sort keys. `false`, having
/// done nothing, when that does not apply, or when the budget might run
/// out while reading or writing (the general path then fails at the
/// same element it would have).
fn sort_dense_strings(vm: &mut Vm, o: ObjRef, len: u64) -> JsResult<bool> {
    // A hole is not a string: the loop below finds holes too.
    if !plain_array(vm, o) || vm.steps_left() < len {
        return Ok(false);
    }
    let mut strings: Elements<JsStr> = SmallVec::new();
    for &v in vm.heap().elems(o) {
        let Value::String(s) = v else {
            return Ok(false);
        };
        strings.push(s);
    }
    if strings.len() as u64 != len {
        return Ok(false);
    }
    vm.charge(len)?;
    merge_sort(vm, &mut strings, &mut |vm, a: &JsStr, b: &JsStr| {
        string_greater(vm, *a, *b)
    })?;
    if vm.steps_left() < len {
        for (i, &s) in strings.iter().enumerate() {
            vm.charge(1)?;
            set_at(vm, o, i as u64, Value::String(s))?;
        }
        return Ok(true);
    }
    vm.charge(len)?;
    for (i, &s) in strings.iter().enumerate() {
        vm.heap_mut().set_elem_at(o, i, Value::String(s))?;
    }
    Ok(true)
}

/// `greater(vm, a, b)`: whether `a` must come after `b`.
type Greater<'a, T> = dyn FnMut(&mut Vm, &T, &T) -> JsResult<bool> + 'a;

/// A stable bottom-up merge sort, in place, whose comparison may fail (the
/// order is then unspecified).
fn merge_sort<T: Copy>(vm: &mut Vm, v: &mut [T], greater: &mut Greater<'_, T>) -> JsResult<()> {
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && greater(vm, &v[j - 1], &v[j])? {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if n <= RUN {
        return Ok(());
    }
    // Passes merge from one buffer into the other, alternately.
    let mut buf: Vec<T> = v.to_vec();
    let mut in_buf = false;
    let mut width = RUN;
    while width < n {
        let (from, to): (&[T], &mut [T]) = if in_buf { (&buf, v) } else { (v, &mut buf) };
        for left in (0..n).step_by(2 * width) {
            let mid = (left + width).min(n);
            let right = (left + 2 * width).min(n);
            let (mut i, mut j) = (left, mid);
            for slot in to.iter_mut().take(right).skip(left) {
                // Taking from the left run on ties keeps the sort stable.
                let take_right = i >= mid || (j < right && greater(vm, &from[i], &from[j])?);
                if take_right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        v.copy_from_slice(&buf);
    }
    Ok(())
}
