//! `Buffer.prototype`: strings in and out (`toString`, `write`, `toJSON`),
//! comparing and searching (`compare`, `equals`, `indexOf`, `lastIndexOf`,
//! `includes`), copying and filling (`copy`, `fill`), views (`slice`,
//! `subarray`) and the byte swaps. The numeric accessors are in
//! `numbers.rs`.

use super::errors::{self, K_MAX_LENGTH, invalid_arg_type, is_integer, validate_offset};
use super::{
    Encoding, bytes_of, compare_bytes, encoding_ops, normalize_encoding, uint8_arg, uint8_view,
    window,
};
use crate::builtins::def;
use crate::builtins::typed_array::{View, copy_bytes, view_range};
use crate::heap::Class;
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder, proto: ObjRef) {
    b.methods(
        proto,
        &[
            def("compare", 5, compare),
            def("copy", 4, copy),
            def("equals", 1, equals),
            def("fill", 4, fill),
            def("includes", 3, includes),
            def("indexOf", 3, index_of),
            def("lastIndexOf", 3, last_index_of),
            def("slice", 2, slice),
            def("subarray", 2, slice),
            def("swap16", 0, swap::<2>),
            def("swap32", 0, swap::<4>),
            def("swap64", 0, swap::<8>),
            def("toJSON", 0, to_json),
            def("toString", 3, to_string),
            def("write", 4, write),
        ],
    );
}

/// `this` as a `Uint8Array` (Node's methods need the bytes of one).
pub(super) fn this_buffer(vm: &mut Vm, this: Value) -> JsResult<(ObjRef, View)> {
    match (this, uint8_view(vm, this)) {
        (Value::Object(o), Some(view)) => Ok((o, view)),
        _ => Err(invalid_arg_type(
            vm,
            "this",
            "an instance of Buffer or Uint8Array",
            this,
        )),
    }
}

/// `buf.toString(encoding, start, end)`
fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let len = f64::from(view.length);
    let (mut start, mut end) = (0.0, len);
    let mut enc = Encoding::Utf8;
    if !call.args.is_empty() {
        // Node compares the raw arguments (`start <= 0`, `end > len`), then
        // truncates them: each use converts an object again.
        let s = call.arg(1);
        if vm.to_number(s)? <= 0.0 {
            start = 0.0;
        } else if vm.to_number(s)? >= len {
            return Ok(Value::String(vm.realm().names.empty));
        } else {
            start = truncate_or_zero(vm.to_number(s)?);
        }
        let e = call.arg(2);
        end = if e == Value::Undefined || vm.to_number(e)? > len {
            len
        } else {
            truncate_or_zero(vm.to_number(e)?)
        };
        if end <= start {
            return Ok(Value::String(vm.realm().names.empty));
        }
        let encoding = call.arg(0);
        if encoding != Value::Undefined {
            enc = match encoding_ops(vm, encoding)? {
                Some(e) => e,
                None => return Err(errors::unknown_encoding(vm, encoding)),
            };
        }
    }
    let (start, end) = (start.clamp(0.0, len) as u32, end.clamp(0.0, len) as u32);
    if end <= start {
        return Ok(Value::String(vm.realm().names.empty));
    }
    vm.charge(u64::from(end - start) / 16)?;
    let bytes = bytes_of(
        vm,
        View {
            offset: view.offset + start,
            length: end - start,
            ..view
        },
    );
    let units = enc.decode(&bytes);
    Ok(Value::String(vm.heap_mut().str_from_utf16(&units)?))
}

/// `Math.trunc(n) || 0`
fn truncate_or_zero(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() + 0.0 }
}

/// `buf.write(string, offset, length, encoding)`: the number of bytes
/// written (whole characters only for UTF-8).
fn write(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let len = f64::from(view.length);
    let (mut offset, mut length, mut encoding) = (0.0, len, Value::Undefined);
    let (o, l) = (call.arg(1), call.arg(2));
    if o != Value::Undefined {
        if l == Value::Undefined && matches!(o, Value::String(_)) {
            encoding = o;
        } else {
            offset = validate_offset(vm, o, "offset", len)?;
            let remaining = len - offset;
            length = match l {
                Value::Undefined => remaining,
                Value::String(_) => {
                    encoding = l;
                    remaining
                }
                v => validate_offset(vm, v, "length", len)?.min(remaining),
            };
            if encoding == Value::Undefined {
                encoding = call.arg(3);
            }
        }
    }
    let enc = if vm.truthy(encoding) {
        match encoding_ops(vm, encoding)? {
            Some(e) => e,
            None => return Err(errors::unknown_encoding(vm, encoding)),
        }
    } else {
        Encoding::Utf8
    };
    let Value::String(s) = call.arg(0) else {
        return Err(vm.type_error("argument must be a string"));
    };
    let count = vm.heap().units(s).len();
    vm.charge(count as u64 / 16)?;
    let units = vm.heap().units(s);
    let bytes = enc.encode(units, length as usize);
    let target = View {
        offset: view.offset + offset as u32,
        length: bytes.len() as u32,
        ..view
    };
    let r = view_range(vm, target);
    crate::builtins::typed_array::store_bytes(vm, r, &bytes);
    Ok(Value::Number(bytes.len() as f64))
}

/// `buf.toJSON()`: `{ type: 'Buffer', data: [bytes...] }`.
fn to_json(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let data: Vec<Value> = bytes_of(vm, view)
        .into_iter()
        .map(|b| Value::Number(f64::from(b)))
        .collect();
    let array = vm.new_array(&data)?;
    let o = vm.new_object()?;
    let ty = vm.heap_mut().intern_rust("Buffer")?;
    vm.put(o, "type", Value::String(ty))?;
    vm.put(o, "data", Value::Object(array))?;
    Ok(Value::Object(o))
}

/// `buf.equals(otherBuffer)`
fn equals(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let other = uint8_arg(vm, call.arg(0), "otherBuffer")?;
    vm.charge(u64::from(view.length) / 16)?;
    Ok(Value::Bool(bytes_of(vm, view) == bytes_of(vm, other)))
}

/// `buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)`
fn compare(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, source) = this_buffer(vm, call.this)?;
    let target = uint8_arg(vm, call.arg(0), "target")?;
    let (t_len, s_len) = (f64::from(target.length), f64::from(source.length));
    let bound = |vm: &mut Vm, i: usize, name: &str, default: f64, max: f64| match call.arg(i) {
        Value::Undefined => Ok(default),
        v => validate_offset(vm, v, name, max),
    };
    let (t_start, t_end, s_start, s_end) = if call.args.len() == 1 {
        (0.0, t_len, 0.0, s_len)
    } else {
        (
            bound(vm, 1, "targetStart", 0.0, K_MAX_LENGTH)?,
            bound(vm, 2, "targetEnd", t_len, t_len)?,
            bound(vm, 3, "sourceStart", 0.0, K_MAX_LENGTH)?,
            bound(vm, 4, "sourceEnd", s_len, s_len)?,
        )
    };
    if s_start >= s_end {
        return Ok(Value::Number(if t_start >= t_end { 0.0 } else { -1.0 }));
    }
    if t_start >= t_end {
        return Ok(Value::Number(1.0));
    }
    vm.charge(u64::from(source.length) / 16)?;
    let a = bytes_of(vm, source);
    let b = bytes_of(vm, target);
    let a = a.get(s_start as usize..s_end as usize).unwrap_or(&[]);
    let b = b.get(t_start as usize..t_end as usize).unwrap_or(&[]);
    Ok(Value::Number(compare_bytes(a, b)))
}

/// Node's `toInteger(n, 0)` for `copy`'s positions.
fn copy_position(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if let Value::Number(n) = v {
        if is_integer(n) {
            return Ok(n);
        }
    }
    let n = vm.to_number(v)?;
    if !n.is_nan() && n.abs() <= 9007199254740991.0 {
        Ok(n.floor())
    } else {
        Ok(0.0)
    }
}

/// `buf.copy(target, targetStart, sourceStart, sourceEnd)`: the number of
/// bytes copied.
fn copy(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(source) = uint8_view(vm, call.this) else {
        return Err(invalid_arg_type(
            vm,
            "source",
            "an instance of Buffer or Uint8Array",
            call.this,
        ));
    };
    let target = uint8_arg(vm, call.arg(0), "target")?;
    let s_len = f64::from(source.length);
    let t_start = match call.arg(1) {
        Value::Undefined => 0.0,
        v => {
            let n = copy_position(vm, v)?;
            if n < 0.0 {
                return Err(errors::out_of_range(vm, "targetStart", ">= 0", n));
            }
            n
        }
    };
    let s_start = match call.arg(2) {
        Value::Undefined => 0.0,
        v => {
            let n = copy_position(vm, v)?;
            if n < 0.0 || n > s_len {
                return Err(errors::out_of_range(
                    vm,
                    "sourceStart",
                    &format!(">= 0 && <= {}", source.length),
                    n,
                ));
            }
            n
        }
    };
    let s_end = match call.arg(3) {
        Value::Undefined => s_len,
        v => {
            let n = copy_position(vm, v)?;
            if n < 0.0 {
                return Err(errors::out_of_range(vm, "sourceEnd", ">= 0", n));
            }
            n
        }
    };
    let t_len = f64::from(target.length);
    if t_start >= t_len || s_start >= s_end {
        return Ok(Value::Number(0.0));
    }
    let count = (s_end - s_start).min(t_len - t_start).min(s_len - s_start) as u32;
    let from = view_range(
        vm,
        View {
            offset: source.offset + s_start as u32,
            length: count,
            ..source
        },
    );
    let to = view_range(
        vm,
        View {
            offset: target.offset + t_start as u32,
            length: count,
            ..target
        },
    );
    copy_bytes(vm, from, to)?;
    Ok(Value::Number(f64::from(count)))
}

/// `buf.fill(value, offset, end, encoding)`
fn fill(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_buffer(vm, call.this)?;
    fill_buffer(
        vm,
        o,
        view,
        call.arg(0),
        call.arg(1),
        call.arg(2),
        call.arg(3),
    )
}

/// Node's `_fill(buf, value, offset, end, encoding)` (also `Buffer.alloc`'s).
pub(super) fn fill_buffer(
    vm: &mut Vm,
    o: ObjRef,
    view: View,
    value: Value,
    offset: Value,
    end: Value,
    encoding: Value,
) -> JsResult<Value> {
    let len = f64::from(view.length);
    let (mut value, mut offset, mut end, mut encoding) = (value, offset, end, encoding);
    let mut enc = Encoding::Utf8;
    if let Value::String(s) = value {
        if offset == Value::Undefined || matches!(offset, Value::String(_)) {
            encoding = offset;
            offset = Value::Number(0.0);
            end = Value::Number(len);
        } else if matches!(end, Value::String(_)) {
            encoding = end;
            end = Value::Number(len);
        }
        enc = match normalize_encoding(vm, encoding) {
            Some(e) => e,
            None if matches!(encoding, Value::String(_)) => {
                return Err(errors::unknown_encoding(vm, encoding));
            }
            None => return Err(invalid_arg_type(vm, "encoding", "of type string", encoding)),
        };
        let units = vm.heap().units(s);
        if units.is_empty() {
            value = Value::Number(0.0);
        } else if units.len() == 1 && enc == Encoding::Utf8 && units.at(0) < 128 {
            value = Value::Number(f64::from(units.at(0)));
        }
    }
    let (start, stop) = if offset == Value::Undefined {
        (0.0, len)
    } else {
        let start = validate_offset(vm, offset, "offset", K_MAX_LENGTH)?;
        let stop = match end {
            Value::Undefined => len,
            v => validate_offset(vm, v, "end", len)?,
        };
        if start >= stop {
            return Ok(Value::Object(o));
        }
        (start, stop)
    };
    let region = View {
        offset: view.offset + start as u32,
        length: (stop - start) as u32,
        ..view
    };
    let pattern: Vec<u8> = match value {
        Value::Number(n) => vec![view.kind.encode(n)[0]],
        Value::String(s) => {
            let count = vm.heap().units(s).len();
            vm.charge(count as u64 / 16)?;
            let units = vm.heap().units(s);
            let max = if enc == Encoding::Utf8 {
                usize::MAX
            } else {
                region.length as usize
            };
            enc.encode(units, max)
        }
        // A typed array or DataView fills with its bytes; anything else
        // with ToUint32(value) & 255.
        Value::Object(x)
            if matches!(
                vm.heap().obj(x).class,
                Class::TypedArray { .. } | Class::DataView { .. }
            ) =>
        {
            crate::builtins::typed_array::buffer_source_bytes(vm, value)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        }
        v => {
            let n = vm.to_number(v)?;
            vec![crate::vm::to_uint32(n) as u8]
        }
    };
    if pattern.is_empty() {
        return Err(errors::invalid_fill_value(vm, value));
    }
    vm.charge(u64::from(region.length) / 16)?;
    let r = view_range(vm, region);
    for (dst, src) in vm
        .heap_mut()
        .bytes_mut(r)
        .iter_mut()
        .zip(pattern.iter().cycle())
    {
        *dst = *src;
    }
    Ok(Value::Object(o))
}

/// Node's `IndexOfOffset`: where a search starts, or -1 for none.
fn search_offset(length: i64, offset: i64, needle: i64, forward: bool) -> i64 {
    if offset < 0 {
        if offset + length >= 0 {
            length + offset
        } else if forward || needle == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle <= length {
        offset
    } else if needle == 0 {
        length
    } else if forward {
        -1
    } else {
        length - 1
    }
}

/// Finds `needle` in `hay` from `offset`, as Node's `indexOfString` and
/// `indexOfBuffer` do.
fn find_bytes(hay: &[u8], needle: &[u8], offset: i64, forward: bool) -> f64 {
    let (h, n) = (hay.len() as i64, needle.len() as i64);
    let start = search_offset(h, offset, n, forward);
    if n == 0 {
        return start as f64;
    }
    if h == 0 || start < 0 || (forward && n + start > h) || n > h {
        return -1.0;
    }
    let (start, n) = (start as usize, needle.len());
    let found = if forward {
        hay.get(start..)
            .and_then(|h| first_match(h.iter().copied(), needle.iter().copied(), n))
            .map(|i| i + start)
    } else {
        // The last match starting at or before `start`: the first match of
        // the reversed needle in the reversed prefix that holds it.
        let end = (start + n).min(hay.len());
        hay.get(..end)
            .and_then(|h| first_match(h.iter().rev().copied(), needle.iter().rev().copied(), n))
            .map(|i| end - i - n)
    };
    found.map_or(-1.0, |i| i as f64)
}

/// Where `needle` (`n` bytes) first occurs in `hay` (Knuth-Morris-Pratt:
/// linear time whatever the input).
fn first_match(
    hay: impl Iterator<Item = u8>,
    needle: impl Iterator<Item = u8>,
    n: usize,
) -> Option<usize> {
    let needle: Vec<u8> = needle.collect();
    let mut fail = vec![0usize; n];
    let mut k = 0;
    for i in 1..n {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for (i, b) in hay.enumerate() {
        while k > 0 && b != needle[k] {
            k = fail[k - 1];
        }
        if b == needle[k] {
            k += 1;
        }
        if k == n {
            return Some(i + 1 - n);
        }
    }
    None
}

/// Node's `bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir)`.
fn bidirectional_index_of(vm: &mut Vm, call: &Call<'_>, forward: bool) -> JsResult<f64> {
    let (_, view) = this_buffer(vm, call.this)?;
    let (val, byte_offset) = (call.arg(0), call.arg(1));
    let mut encoding = call.arg(2);
    // `byteOffset > 0x7fffffff`, `< -0x80000000`, then `+byteOffset`: an
    // object is converted once per use.
    let offset = if let Value::String(_) = byte_offset {
        encoding = byte_offset;
        f64::NAN
    } else if vm.to_number(byte_offset)? > 2147483647.0 {
        2147483647.0
    } else if vm.to_number(byte_offset)? < -2147483648.0 {
        -2147483648.0
    } else {
        vm.to_number(byte_offset)?
    };
    let len = i64::from(view.length);
    let offset = if offset.is_nan() {
        if forward { 0 } else { len }
    } else {
        offset.trunc() as i64
    };
    vm.charge(u64::from(view.length) / 16)?;
    if let Value::Number(n) = val {
        let byte = crate::vm::to_uint32(n) as u8;
        let start = search_offset(len, offset, 1, forward);
        if start < 0 || len == 0 {
            return Ok(-1.0);
        }
        let hay = bytes_of(vm, view);
        let found = if forward {
            hay.iter()
                .skip(start as usize)
                .position(|&b| b == byte)
                .map(|i| i + start as usize)
        } else {
            hay.get(..=start as usize)
                .and_then(|h| h.iter().rposition(|&b| b == byte))
        };
        return Ok(found.map_or(-1.0, |i| i as f64));
    }
    let enc = match encoding {
        Value::Undefined => Some(Encoding::Utf8),
        e => encoding_ops(vm, e)?,
    };
    let needle = match val {
        Value::String(s) => {
            let Some(enc) = enc else {
                return Err(errors::unknown_encoding(vm, encoding));
            };
            let count = vm.heap().units(s).len();
            vm.charge(count as u64 / 16)?;
            let units = vm.heap().units(s);
            match enc {
                Encoding::Utf8 => super::encoding::wtf8_encode(units),
                _ => enc.encode(units, usize::MAX),
            }
        }
        v => match uint8_view(vm, v) {
            Some(needle) => bytes_of(vm, needle),
            None => {
                return Err(invalid_arg_type(
                    vm,
                    "value",
                    "one of type number or string or an instance of Buffer or Uint8Array",
                    v,
                ));
            }
        },
    };
    vm.charge(needle.len() as u64 / 16)?;
    let hay = bytes_of(vm, view);
    Ok(find_bytes(&hay, &needle, offset, forward))
}

/// `buf.indexOf(value, byteOffset, encoding)`
fn index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(bidirectional_index_of(vm, &call, true)?))
}

/// `buf.lastIndexOf(value, byteOffset, encoding)`
fn last_index_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(bidirectional_index_of(vm, &call, false)?))
}

/// `buf.includes(value, byteOffset, encoding)`
fn includes(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Bool(
        bidirectional_index_of(vm, &call, true)? != -1.0,
    ))
}

/// Node's `adjustOffset(offset, length)` for `slice` and `subarray`.
fn adjust_offset(vm: &mut Vm, v: Value, len: f64) -> JsResult<f64> {
    let n = vm.to_number(v)?.trunc();
    Ok(if n == 0.0 || n.is_nan() {
        0.0
    } else if n < 0.0 {
        (n + len).max(0.0)
    } else {
        n.min(len)
    })
}

/// `buf.slice(start, end)` and `buf.subarray(start, end)`: a `Buffer`
/// viewing the same bytes.
fn slice(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let len = f64::from(view.length);
    let start = adjust_offset(vm, call.arg(0), len)?;
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => adjust_offset(vm, v, len)?,
    };
    let count = if end > start { end - start } else { 0.0 };
    window(vm, view.buffer, view.offset + start as u32, count as u32)
}

/// `buf.swap16()`, `swap32()`, `swap64()`: reverses each group of `N`
/// bytes in place.
fn swap<const N: usize>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, view) = this_buffer(vm, call.this)?;
    if view.length as usize % N != 0 {
        return Err(vm.range_error(format!("Buffer size must be a multiple of {}-bits", N * 8)));
    }
    vm.charge(u64::from(view.length) / 16)?;
    let r = view_range(vm, view);
    for group in vm.heap_mut().bytes_mut(r).chunks_exact_mut(N) {
        group.reverse();
    }
    Ok(Value::Object(o))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search by definition: every start position, checked in turn.
    fn naive(hay: &[u8], needle: &[u8], offset: i64, forward: bool) -> f64 {
        let (h, n) = (hay.len() as i64, needle.len() as i64);
        let start = search_offset(h, offset, n, forward);
        if n == 0 {
            return start as f64;
        }
        if h == 0 || start < 0 || (forward && n + start > h) || n > h {
            return -1.0;
        }
        let at = |i: i64| hay.get(i as usize..(i + n) as usize) == Some(needle);
        let found = if forward {
            (start..=h - n).find(|&i| at(i))
        } else {
            (0..=start.min(h - n)).rev().find(|&i| at(i))
        };
        found.map_or(-1.0, |i| i as f64)
    }

    #[test]
    fn linear_search_agrees_with_the_definition() {
        let mut seed = 0x2545_f491_u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for _ in 0..20_000 {
            let hay: Vec<u8> = (0..next(12)).map(|_| b'a' + next(2) as u8).collect();
            let needle: Vec<u8> = (0..next(4)).map(|_| b'a' + next(2) as u8).collect();
            let offset = next(30) as i64 - 15;
            for forward in [true, false] {
                assert_eq!(
                    find_bytes(&hay, &needle, offset, forward),
                    naive(&hay, &needle, offset, forward),
                    "{hay:?} {needle:?} {offset} {forward}"
                );
            }
        }
    }
}
