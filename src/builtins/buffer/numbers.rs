//! The numeric accessors of `Buffer.prototype`: `read`/`write` of 8, 16
//! and 32-bit integers, of 1 to 6-byte integers (`readUIntBE(offset,
//! byteLength)`...) and of floats and doubles, in either byte order, with
//! Node's checks: the offset must be a number and an integer in range, a
//! written integer must fit its size, and the errors read as Node's.

use super::errors::{self, invalid_arg_type, is_integer, number_text, validate_number};
use super::proto::this_buffer;
use crate::builtins::def;
use crate::builtins::typed_array::{View, view_range};
use crate::realm::{NativeDef, RealmBuilder};
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Throw, Vm};

pub(super) fn install(b: &mut RealmBuilder, proto: ObjRef) {
    const DEFS: [NativeDef; 36] = [
        def("readInt8", 0, read_int::<1, true, false>),
        def("readUInt8", 0, read_int::<1, false, false>),
        def("readInt16LE", 0, read_int::<2, true, false>),
        def("readInt16BE", 0, read_int::<2, true, true>),
        def("readUInt16LE", 0, read_int::<2, false, false>),
        def("readUInt16BE", 0, read_int::<2, false, true>),
        def("readInt32LE", 0, read_int::<4, true, false>),
        def("readInt32BE", 0, read_int::<4, true, true>),
        def("readUInt32LE", 0, read_int::<4, false, false>),
        def("readUInt32BE", 0, read_int::<4, false, true>),
        def("readIntLE", 2, read_var::<true, false>),
        def("readIntBE", 2, read_var::<true, true>),
        def("readUIntLE", 2, read_var::<false, false>),
        def("readUIntBE", 2, read_var::<false, true>),
        def("readFloatLE", 0, read_float::<4, false>),
        def("readFloatBE", 0, read_float::<4, true>),
        def("readDoubleLE", 0, read_float::<8, false>),
        def("readDoubleBE", 0, read_float::<8, true>),
        def("writeInt8", 1, write_int::<1, true, false>),
        def("writeUInt8", 1, write_int::<1, false, false>),
        def("writeInt16LE", 1, write_int::<2, true, false>),
        def("writeInt16BE", 1, write_int::<2, true, true>),
        def("writeUInt16LE", 1, write_int::<2, false, false>),
        def("writeUInt16BE", 1, write_int::<2, false, true>),
        def("writeInt32LE", 1, write_int::<4, true, false>),
        def("writeInt32BE", 1, write_int::<4, true, true>),
        def("writeUInt32LE", 1, write_int::<4, false, false>),
        def("writeUInt32BE", 1, write_int::<4, false, true>),
        def("writeIntLE", 3, write_var::<true, false>),
        def("writeIntBE", 3, write_var::<true, true>),
        def("writeUIntLE", 3, write_var::<false, false>),
        def("writeUIntBE", 3, write_var::<false, true>),
        def("writeFloatLE", 1, write_float::<4, false>),
        def("writeFloatBE", 1, write_float::<4, true>),
        def("writeDoubleLE", 1, write_float::<8, false>),
        def("writeDoubleBE", 1, write_float::<8, true>),
    ];
    b.methods(proto, &DEFS);
}

/// A parameter with Node's default of 0 (`offset = 0`).
fn or_zero(v: Value) -> Value {
    if v == Value::Undefined {
        Value::Number(0.0)
    } else {
        v
    }
}

/// Node's `boundsError(value, length)` for an offset that is not a valid
/// start of `length + 1`... bytes: not an integer, a buffer too short, or
/// out of range.
fn bounds_error(vm: &mut Vm, value: f64, length: f64) -> Throw {
    if value.floor() != value {
        return errors::out_of_range(vm, "offset", "an integer", value);
    }
    if length < 0.0 {
        return errors::buffer_out_of_bounds(vm, None);
    }
    errors::out_of_range(
        vm,
        "offset",
        &format!(">= 0 and <= {}", number_text(length)),
        value,
    )
}

/// Validates `offset` for an access of `n` bytes (`validateNumber`, then
/// the bounds); returns the byte index.
fn checked_offset(vm: &mut Vm, view: View, offset: Value, n: usize) -> JsResult<u32> {
    let off = validate_number(vm, offset, "offset", None, None)?;
    let last = f64::from(view.length) - n as f64;
    if is_integer(off) && off >= 0.0 && off <= last {
        return Ok(off as u32);
    }
    Err(bounds_error(vm, off, last))
}

/// Node's check of `byteLength` (1 to 6) for the variable-size accessors.
fn byte_length_arg(vm: &mut Vm, v: Value) -> JsResult<usize> {
    if let Value::Number(n) = v {
        if (1.0..=6.0).contains(&n) && n.fract() == 0.0 {
            return Ok(n as usize);
        }
    }
    // `Math.floor(byteLength) !== byteLength` converts it first.
    vm.to_number(v)?;
    Err(match v {
        Value::Number(n) if n.floor() == n => {
            errors::out_of_range(vm, "byteLength", ">= 1 and <= 6", n)
        }
        Value::Number(n) => errors::out_of_range(vm, "byteLength", "an integer", n),
        _ => invalid_arg_type(vm, "byteLength", "of type number", v),
    })
}

/// The `n` bytes at `at`, in little-endian order.
fn read_bytes(vm: &Vm, view: View, at: u32, n: usize, big: bool) -> [u8; 8] {
    let r = view_range(
        vm,
        View {
            offset: view.offset + at,
            length: n as u32,
            ..view
        },
    );
    let mut b = [0u8; 8];
    let src = vm.heap().bytes(r);
    for (d, s) in b.iter_mut().zip(src) {
        *d = *s;
    }
    if big {
        b[..n].reverse();
    }
    b
}

/// Writes `bytes` (little-endian, `n` of them) at `at`.
fn write_bytes(vm: &mut Vm, view: View, at: u32, mut bytes: [u8; 8], n: usize, big: bool) {
    if big {
        bytes[..n].reverse();
    }
    let r = view_range(
        vm,
        View {
            offset: view.offset + at,
            length: n as u32,
            ..view
        },
    );
    let dst = vm.heap_mut().bytes_mut(r);
    let len = dst.len();
    dst.copy_from_slice(&bytes[..len]);
}

/// Reads an `n`-byte integer at `offset`.
fn read_int_at(
    vm: &mut Vm,
    view: View,
    offset: Value,
    n: usize,
    signed: bool,
    big: bool,
) -> JsResult<Value> {
    let at = checked_offset(vm, view, offset, n)?;
    let u = u64::from_le_bytes(read_bytes(vm, view, at, n, big));
    let bits = 8 * n as u32;
    let value = if signed && u >> (bits - 1) & 1 == 1 {
        u as i64 - (1i64 << bits)
    } else {
        u as i64
    };
    Ok(Value::Number(value as f64))
}

/// `readInt8`, `readUInt16LE`... (`offset = 0`).
fn read_int<const N: usize, const SIGNED: bool, const BIG: bool>(
    vm: &mut Vm,
    call: Call<'_>,
) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    read_int_at(vm, view, or_zero(call.arg(0)), N, SIGNED, BIG)
}

/// `readIntLE(offset, byteLength)`... (no default offset).
fn read_var<const SIGNED: bool, const BIG: bool>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let offset = call.arg(0);
    if offset == Value::Undefined {
        return Err(invalid_arg_type(vm, "offset", "of type number", offset));
    }
    let n = byte_length_arg(vm, call.arg(1))?;
    read_int_at(vm, view, offset, n, SIGNED, BIG)
}

/// `readFloatLE`, `readDoubleBE`... (`offset = 0`).
fn read_float<const N: usize, const BIG: bool>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let at = checked_offset(vm, view, or_zero(call.arg(0)), N)?;
    let b = read_bytes(vm, view, at, N, BIG);
    let value = if N == 4 {
        f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    } else {
        f64::from_le_bytes(b)
    };
    Ok(Value::Number(value))
}

/// The bounds of an `n`-byte integer and how Node's message states them.
fn int_range(n: usize, signed: bool) -> (f64, f64, String) {
    let bits = 8 * n as i32;
    let (min, max) = if signed {
        (-(2f64.powi(bits - 1)), 2f64.powi(bits - 1) - 1.0)
    } else {
        (0.0, 2f64.powi(bits) - 1.0)
    };
    let text = match (n > 4, signed) {
        (true, false) => format!(">= 0 and < 2 ** {bits}"),
        (true, true) => format!(">= -(2 ** {}) and < 2 ** {}", bits - 1, bits - 1),
        (false, _) => format!(">= {} and <= {}", number_text(min), number_text(max)),
    };
    (min, max, text)
}

/// Writes an `n`-byte integer at `offset`, as Node's `writeU_IntN` do:
/// the value is converted and range-checked, then the offset (in the
/// other order for one byte); the bytes are those of ToUint32 of the
/// value, and above 32 bits those of floor(value / 2^32).
fn write_int_at(
    vm: &mut Vm,
    view: View,
    value: Value,
    offset: Value,
    n: usize,
    signed: bool,
    big: bool,
) -> JsResult<Value> {
    let v = vm.to_number(value)?;
    let (min, max, range) = int_range(n, signed);
    if n == 1 {
        validate_number(vm, offset, "offset", None, None)?;
    }
    if v > max || v < min {
        return Err(errors::out_of_range(vm, "value", &range, v));
    }
    let at = checked_offset(vm, view, offset, n)?;
    let lo = crate::vm::to_uint32(v);
    let hi = crate::vm::to_uint32((v * 2f64.powi(-32)).floor());
    let mut bytes = [0u8; 8];
    bytes[..4].copy_from_slice(&lo.to_le_bytes());
    bytes[4..].copy_from_slice(&hi.to_le_bytes());
    write_bytes(vm, view, at, bytes, n, big);
    Ok(Value::Number(f64::from(at) + n as f64))
}

/// `writeInt8`, `writeUInt32BE`... (`offset = 0`).
fn write_int<const N: usize, const SIGNED: bool, const BIG: bool>(
    vm: &mut Vm,
    call: Call<'_>,
) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    write_int_at(vm, view, call.arg(0), or_zero(call.arg(1)), N, SIGNED, BIG)
}

/// `writeIntLE(value, offset, byteLength)`... (no default offset).
fn write_var<const SIGNED: bool, const BIG: bool>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let n = byte_length_arg(vm, call.arg(2))?;
    write_int_at(vm, view, call.arg(0), call.arg(1), n, SIGNED, BIG)
}

/// `writeFloatLE`, `writeDoubleBE`... (`offset = 0`).
fn write_float<const N: usize, const BIG: bool>(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (_, view) = this_buffer(vm, call.this)?;
    let v = vm.to_number(call.arg(0))?;
    let at = checked_offset(vm, view, or_zero(call.arg(1)), N)?;
    let mut bytes = [0u8; 8];
    if N == 4 {
        bytes[..4].copy_from_slice(&(v as f32).to_le_bytes());
    } else {
        bytes = v.to_le_bytes();
    }
    write_bytes(vm, view, at, bytes, N, BIG);
    Ok(Value::Number(f64::from(at) + N as f64))
}
