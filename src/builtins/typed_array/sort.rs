//! `%TypedArray%.prototype.sort(comparefn)` (ECMA-262 §23.2.3.29, 2.0).
//!
//! Without a comparator the order is numeric with `-0` before `+0` and NaN
//! last. With one, the elements are read into a list, merge-sorted (stable,
//! as ES2019 requires) calling the comparator, and written back; the
//! comparator may throw, return anything, or be inconsistent, and the sort
//! still ends (the standard library's sorts may panic on an inconsistent
//! order, so the merge sort is our own).

use super::methods::this_view;
use super::{View, get_element, set_element, view_range};
use crate::heap::TypedKind;
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm};
use std::cmp::Ordering;

/// `%TypedArray%.prototype.sort(comparefn)`
pub(super) fn sort(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let compare = call.arg(0);
    if compare != Value::Undefined && !vm.is_callable(compare) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let (o, view) = this_view(vm, call.this, Some("sort"))?;
    let len = view.length;
    if len < 2 {
        return Ok(Value::Object(o));
    }
    if compare == Value::Undefined
        && matches!(
            view.kind,
            TypedKind::Int8 | TypedKind::Uint8 | TypedKind::Uint8Clamped
        )
    {
        counting_sort(vm, view)?;
        return Ok(Value::Object(o));
    }
    vm.heap_mut()
        .check(len as usize * std::mem::size_of::<f64>())?;
    let mut values: Vec<f64> = (0..len).map(|i| get_element(vm, view, i)).collect();
    if compare == Value::Undefined {
        let steps = u64::from(len) * u64::from(32 - len.leading_zeros());
        vm.charge(steps)?;
        values.sort_by(|a, b| numeric_order(*a, *b));
    } else {
        merge_sort(&mut values, &mut |a, b| {
            vm.charge(1)?;
            let r = vm.call(
                compare,
                Value::Undefined,
                &[Value::Number(a), Value::Number(b)],
            )?;
            let v = vm.to_number(r)?;
            Ok(v > 0.0)
        })?;
    }
    for (i, v) in values.into_iter().enumerate() {
        set_element(vm, view, i as u32, v);
    }
    Ok(Value::Object(o))
}

/// The default order: numeric, `-0` before `+0`, NaN last (a total order).
fn numeric_order(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => a.total_cmp(&b),
    }
}

/// Sorts a one-byte view by counting its values: no comparison, no list.
fn counting_sort(vm: &mut Vm, view: View) -> JsResult<()> {
    vm.charge(u64::from(view.length) / 4)?;
    let signed = view.kind == TypedKind::Int8;
    let r = view_range(vm, view);
    let bytes = vm.heap_mut().bytes_mut(r);
    let mut counts = [0usize; 256];
    for &b in bytes.iter() {
        // Signed bytes are counted by value + 128 so that the counts are
        // in numeric order.
        let slot = if signed {
            usize::from(b ^ 0x80)
        } else {
            usize::from(b)
        };
        counts[slot] += 1;
    }
    let mut at = 0;
    for (slot, &count) in counts.iter().enumerate() {
        let value = if signed {
            slot as u8 ^ 0x80
        } else {
            slot as u8
        };
        for b in bytes.iter_mut().skip(at).take(count) {
            *b = value;
        }
        at += count;
    }
    Ok(())
}

/// A stable merge sort where `greater(a, b)` says `a` must come after `b`
/// and may fail; an inconsistent `greater` only makes the order arbitrary.
fn merge_sort<T: Copy>(
    v: &mut Vec<T>,
    greater: &mut dyn FnMut(T, T) -> JsResult<bool>,
) -> JsResult<()> {
    let n = v.len();
    let mut buf: Vec<T> = v.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when it sorts strictly
                // before the left one: that keeps equal elements in order.
                if greater(v[i], v[j])? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&v[j..end]);
            start = end;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable_and_survives_inconsistent_orders() {
        let mut v: Vec<(u32, u32)> = vec![(3, 0), (1, 1), (3, 2), (2, 3), (1, 4)];
        merge_sort(&mut v, &mut |a, b| Ok(a.0 > b.0)).unwrap_or(());
        assert_eq!(v, vec![(1, 1), (1, 4), (2, 3), (3, 0), (3, 2)]);
        let mut w: Vec<u32> = (0..100).rev().collect();
        let mut flip = false;
        merge_sort(&mut w, &mut |_, _| {
            flip = !flip;
            Ok(flip)
        })
        .unwrap_or(());
        let mut sorted = w.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<u32>>());
    }

    #[test]
    fn numeric_order_puts_negative_zero_first_and_nan_last() {
        let mut v = [f64::NAN, 1.0, 0.0, -0.0, f64::NEG_INFINITY, -f64::NAN];
        v.sort_by(|a, b| numeric_order(*a, *b));
        assert!(
            v[0] == f64::NEG_INFINITY
                && v[1].is_sign_negative()
                && v[1] == 0.0
                && v[2].is_sign_positive()
        );
        assert!(v[4].is_nan() && v[5].is_nan());
    }
}
