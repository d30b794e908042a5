//! The instruction loop.
//!
//! `run(stop)` executes frames until the frame at depth `stop` (the one it
//! was entered for) returns. Each instruction costs one step; the loop
//! stops with `ComputeLimit` when the budget is spent. An instruction that
//! throws hands its exception to `unwind` (see `call.rs`).

use super::hints::{LENGTH, NONE};
use super::{Fatal, FrameKind, JsResult, Throw, Vm};
use crate::bytecode::{FunctionProto, Op, Script};
use crate::heap::{Class, Key, ObjectData, OrdinaryLookup, Prop};
use crate::value::{TypeOf, Value};
use std::sync::Arc;

/// Register `r` of the frame whose window starts at `base`.
macro_rules! frame_reg {
    ($vm:ident, $base:expr, $r:expr) => {
        $vm.regs[$base + usize::from($r.0)]
    };
}

impl Vm {
    /// Runs until the frame at depth `stop` returns; returns its value.
    ///
    /// The loop runs calls, returns and the common case of the frequent
    /// instructions itself (numbers for arithmetic and comparisons, say),
    /// and hands everything else to [`Vm::exec`], which is kept out of
    /// line, as is the handling of a throw: the smaller the loop, the fewer
    /// of `pc`, `base` and the code slice the compiler spills to memory
    /// around its calls.
    #[allow(unsafe_code)]
    pub(crate) fn run(&mut self, stop: usize) -> JsResult<Value> {
        // SAFETY: `self.script` is set by `Vm::new` and never replaced or
        // borrowed mutably: the field is private to the `vm` module, and
        // nothing there takes `&mut` to it. The one kind of code the loop
        // runs that could replace the whole VM, script and all, is a
        // built-in function with its `&mut Vm`, and `invoke_native` stops
        // one that does before control comes back here. So the script
        // outlives the loop, unchanged, and a shared reference to it can be
        // held across the `&mut self` calls below. Holding a clone of the
        // `Arc` instead costs two atomic operations at every entry, which
        // is every callback a built-in makes: normalize-qs-301 ran 3-5%
        // slower with it.
        let script: &Script = unsafe { &*Arc::as_ptr(&self.script) };
        'frames: loop {
            let fi = self.frames.len() - 1;
            let (proto, base, mut pc) = {
                let f = &self.frames[fi];
                (
                    &script.protos[f.proto as usize],
                    f.base as usize,
                    f.pc as usize,
                )
            };
            let code = &proto.code[..];
            macro_rules! reg {
                ($r:expr) => {
                    frame_reg!(self, base, $r)
                };
            }
            // The numbers in registers `$a` and `$b`, if both hold one,
            // read where they are. Copying a whole register out first would
            // be a load of all its sixteen bytes, which the processor cannot
            // serve from the two smaller stores that usually wrote it (the
            // previous instruction's result, say): it waits until they reach
            // the cache, about as long as the rest of the instruction takes.
            macro_rules! numbers {
                ($a:expr, $b:expr) => {
                    match (&reg!($a), &reg!($b)) {
                        (Value::Number(x), Value::Number(y)) => Some((*x, *y)),
                        _ => None,
                    }
                };
            }
            // Runs `$e`; a throw leaves the instruction loop for the
            // handling below it.
            macro_rules! check {
                ($e:expr) => {
                    if let Err(t) = $e {
                        break t;
                    }
                };
            }
            let thrown = loop {
                if !self.meter.tick() {
                    self.frames[fi].pc = pc as u32;
                    return Err(Throw::Fatal(Fatal::ComputeLimit));
                }
                let Some(&op) = code.get(pc) else {
                    // Every function ends with a return; this is unreachable
                    // for compiled code but must not read past the end.
                    self.frames[fi].pc = pc as u32;
                    match self.return_from_frame(Value::Undefined)? {
                        Some(v) => return Ok(v),
                        None => continue 'frames,
                    }
                };
                pc += 1;
                match op {
                    Op::LoadUndef { dst } => reg!(dst) = Value::Undefined,
                    Op::LoadNull { dst } => reg!(dst) = Value::Null,
                    Op::LoadBool { dst, value } => reg!(dst) = Value::Bool(value),
                    Op::LoadInt { dst, value } => reg!(dst) = Value::Number(f64::from(value)),
                    Op::LoadStr { dst, s } => reg!(dst) = Value::String(s),
                    Op::Move { dst, src } => reg!(dst) = reg!(src),
                    Op::CheckInit { reg: r, .. } if reg!(r) != Value::Empty => {}
                    Op::LoadCell { dst, cell } => {
                        let c =
                            self.cells[self.frames[fi].cell_base as usize + usize::from(cell.0)];
                        reg!(dst) = self.heap.cell(c);
                    }
                    Op::StoreCell { cell, src } => {
                        let c =
                            self.cells[self.frames[fi].cell_base as usize + usize::from(cell.0)];
                        self.heap.set_cell(c, reg!(src));
                    }
                    Op::GetUpval { dst, index } => {
                        let c = self.upval_cell(self.frames[fi].closure, index);
                        reg!(dst) = self.heap.cell(c);
                    }
                    Op::SetUpval { index, src } => {
                        let c = self.upval_cell(self.frames[fi].closure, index);
                        self.heap.set_cell(c, reg!(src));
                    }
                    Op::GetScript { dst, slot } => {
                        reg!(dst) = self
                            .script_slots
                            .get(usize::from(slot))
                            .copied()
                            .unwrap_or(Value::Undefined);
                    }
                    Op::GetGlobal { dst, name } => match self.hinted_global(name) {
                        Some(v) => reg!(dst) = v,
                        None => check!(self.get_global(name).map(|v| reg!(dst) = v)),
                    },
                    // One arm for both, so that the lookup is inlined once.
                    Op::GetProp { dst, obj, key } | Op::GetMethod { dst, obj, key } => {
                        let o = reg!(obj);
                        if let Op::GetMethod { .. } = op {
                            self.regs[base + usize::from(dst.0) + 1] = o;
                        }
                        let k = proto.keys[key.0 as usize];
                        let site = proto.hint_base as usize + key.0 as usize;
                        let hint = self.prop_hints.get(site).copied().unwrap_or(NONE);
                        if hint == LENGTH {
                            if let Some(n) = self.quick_length(o) {
                                reg!(dst) = Value::Number(n as f64);
                                continue;
                            }
                        } else if hint < LENGTH {
                            if let Some(p) = self.quick_prop(o, k, hint) {
                                reg!(dst) = p.value;
                                continue;
                            }
                        }
                        check!(self.get_hinted(o, k, site).map(|v| reg!(dst) = v));
                    }
                    Op::SetProp { obj, key, src } => {
                        let (o, v) = (reg!(obj), reg!(src));
                        let k = proto.keys[key.0 as usize];
                        let site = proto.hint_base as usize + key.0 as usize;
                        check!(self.set_hinted(o, k, v, site));
                    }
                    Op::GetElem { dst, obj, key } => {
                        let (o, k) = (reg!(obj), reg!(key));
                        if let Some(v) = self.quick_elem(o, k) {
                            reg!(dst) = *v;
                            continue;
                        }
                        check!(self.get_elem_unhinted(o, k).map(|v| reg!(dst) = v));
                    }
                    Op::SetElem { obj, key, src } => {
                        let (o, k, v) = (reg!(obj), reg!(key), reg!(src));
                        check!(self.set_elem(o, k, v));
                    }
                    Op::NewObject { dst, capacity } => check!(
                        self.new_object_with_room(usize::from(capacity))
                            .map(|o| reg!(dst) = Value::Object(o))
                    ),
                    Op::InitProp { obj, key, src } => {
                        let (o, v) = (reg!(obj), reg!(src));
                        check!(self.init_prop(o, proto.keys[key.0 as usize], v));
                    }
                    Op::AppendProp { obj, key, src } => {
                        if let Value::Object(r) = reg!(obj) {
                            let prop = Prop {
                                key: proto.keys[key.0 as usize],
                                value: reg!(src),
                                attrs: crate::heap::Attrs::DEFAULT,
                            };
                            check!(self.heap.push_prop(r, prop).map_err(Throw::from));
                        }
                    }
                    Op::InitElem { arr, src } => {
                        let (a, v) = (reg!(arr), reg!(src));
                        check!(self.init_elem(a, v));
                    }
                    Op::Add { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Number(x + y),
                        // Two strings: the result is written into the
                        // register as a string, not copied out of a value
                        // made in memory (see `numbers!`).
                        None => match (&reg!(a), &reg!(b)) {
                            (&Value::String(x), &Value::String(y)) => {
                                check!(self.concat_pair(x, y).map(|s| reg!(dst) = Value::String(s)))
                            }
                            _ => check!(self.add(reg!(a), reg!(b)).map(|v| reg!(dst) = v)),
                        },
                    },
                    Op::Sub { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Number(x - y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Mul { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Number(x * y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::StrictEq { dst, a, b } => {
                        reg!(dst) = Value::Bool(self.strict_equals(reg!(a), reg!(b)));
                    }
                    Op::StrictNotEq { dst, a, b } => {
                        reg!(dst) = Value::Bool(!self.strict_equals(reg!(a), reg!(b)));
                    }
                    Op::Lt { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Bool(x < y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Gt { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Bool(x > y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Le { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Bool(x <= y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Ge { dst, a, b } => match numbers!(a, b) {
                        Some((x, y)) => reg!(dst) = Value::Bool(x >= y),
                        None => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Not { dst, src } => reg!(dst) = Value::Bool(!self.truthy(reg!(src))),
                    Op::Inc { dst, src } => match reg!(src) {
                        Value::Number(n) => reg!(dst) = Value::Number(n + 1.0),
                        _ => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Dec { dst, src } => match reg!(src) {
                        Value::Number(n) => reg!(dst) = Value::Number(n - 1.0),
                        _ => check!(self.exec(op, proto, base, pc)),
                    },
                    Op::Jump { offset } => pc = (pc as i64 + i64::from(offset.0)) as usize,
                    Op::JumpIfTrue { cond, offset } => {
                        if self.truthy(reg!(cond)) {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfFalse { cond, offset } => {
                        if !self.truthy(reg!(cond)) {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfInt { a, value, offset } => {
                        if reg!(a) == Value::Number(f64::from(value)) {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfLt { a, b, when, offset } => {
                        let holds = match numbers!(a, b) {
                            Some((x, y)) => x < y,
                            None => match self.relational(reg!(a), reg!(b), Relation::Lt) {
                                Ok(r) => r,
                                Err(t) => break t,
                            },
                        };
                        if holds == when {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfLe { a, b, when, offset }
                    | Op::JumpIfGt { a, b, when, offset }
                    | Op::JumpIfGe { a, b, when, offset } => {
                        let rel = match op {
                            Op::JumpIfLe { .. } => Relation::Le,
                            Op::JumpIfGt { .. } => Relation::Gt,
                            _ => Relation::Ge,
                        };
                        let holds = match numbers!(a, b) {
                            Some((x, y)) => match rel {
                                Relation::Le => x <= y,
                                Relation::Gt => x > y,
                                _ => x >= y,
                            },
                            None => match self.relational(reg!(a), reg!(b), rel) {
                                Ok(holds) => holds,
                                Err(t) => break t,
                            },
                        };
                        if holds == when {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfStrictEq { a, b, when, offset } => {
                        if self.strict_equals(reg!(a), reg!(b)) == when {
                            pc = (pc as i64 + i64::from(offset.0)) as usize;
                        }
                    }
                    Op::JumpIfEq { a, b, when, offset } => {
                        match self.loose_equals(reg!(a), reg!(b)) {
                            Ok(holds) if holds == when => {
                                pc = (pc as i64 + i64::from(offset.0)) as usize;
                            }
                            Ok(_) => {}
                            Err(t) => break t,
                        }
                    }
                    Op::Call { dst, func, argc } => {
                        self.frames[fi].pc = pc as u32;
                        let callee = reg!(func);
                        // A script function gets a frame in this loop and a
                        // built-in is called at once, its class read once;
                        // everything else goes through `call_op`.
                        let class = match callee {
                            Value::Object(o) => Some((o, self.heap.obj(o).class)),
                            _ => None,
                        };
                        let window = base + usize::from(func.0);
                        match class {
                            Some((o, Class::Closure { proto: p, .. })) => {
                                check!(self.push_frame(
                                    Some(o),
                                    p,
                                    window + 1,
                                    usize::from(argc),
                                    dst,
                                    FrameKind::Normal,
                                ));
                                continue 'frames;
                            }
                            Some((o, Class::Native { id, data })) => check!(
                                self.with_call_args(window, usize::from(argc), |vm, this, args| {
                                    vm.invoke_native(o, id, data, this, args, None)
                                })
                                .map(|v| reg!(dst) = v)
                            ),
                            _ => check!(
                                self.call_op(callee, window, usize::from(argc), false, pc)
                                    .map(|v| reg!(dst) = v)
                            ),
                        }
                    }
                    Op::New { dst, func, argc } => {
                        self.frames[fi].pc = pc as u32;
                        let callee = reg!(func);
                        let window = base + usize::from(func.0);
                        match self.new_op(callee, window, usize::from(argc), dst, pc) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => check!(Err::<(), _>(e)),
                        }
                    }
                    Op::Return { src } => {
                        self.frames[fi].pc = pc as u32;
                        let v = reg!(src);
                        match self.return_from_frame(v) {
                            Ok(Some(v)) => return Ok(v),
                            Ok(None) => continue 'frames,
                            Err(e) => check!(Err::<(), _>(e)),
                        }
                    }
                    Op::Await { dst, src } => {
                        self.frames[fi].pc = pc as u32;
                        let v = reg!(src);
                        match self.await_value(dst, v) {
                            Ok(Some(v)) => return Ok(v),
                            Ok(None) => continue 'frames,
                            Err(e) => check!(Err::<(), _>(e)),
                        }
                    }
                    Op::ForInNext { dst, iter, done } => {
                        let it = reg!(iter);
                        match self.for_in_next(it) {
                            Ok(Some(k)) => reg!(dst) = k,
                            Ok(None) => pc = (pc as i64 + i64::from(done.0)) as usize,
                            Err(e) => check!(Err::<(), _>(e)),
                        }
                    }
                    op => check!(self.exec(op, proto, base, pc)),
                }
            };
            self.frames[fi].pc = pc as u32;
            match self.thrown_in_run(thrown, stop)? {
                None => continue 'frames,
                Some(v) => return Ok(v),
            }
        }
    }

    /// A throw in the frame on top: records where it happened and unwinds
    /// to its handler. `Ok(None)`: a frame caught it and runs on;
    /// `Ok(Some(v))`: the frame at `stop` ended with `v`; `Err`: it leaves
    /// the loop.
    #[inline(never)]
    fn thrown_in_run(&mut self, t: Throw, stop: usize) -> JsResult<Option<Value>> {
        match t {
            Throw::Value(v) => {
                self.note_throw_site();
                self.unwind(v, stop)
            }
            fatal => Err(fatal),
        }
    }

    /// Runs an instruction [`Vm::run`] hands over: one of the uncommon
    /// ones, or an uncommon case of a frequent one (arithmetic on
    /// non-numbers, say). `pc` is the next instruction's index; the jumps
    /// here move it.
    #[inline(never)]
    fn exec(&mut self, op: Op, proto: &FunctionProto, base: usize, pc: usize) -> JsResult<()> {
        let fi = self.frames.len() - 1;
        macro_rules! reg {
            ($r:expr) => {
                frame_reg!(self, base, $r)
            };
        }
        match op {
            Op::LoadNum { dst, k } => {
                reg!(dst) =
                    Value::Number(proto.numbers.get(k.0 as usize).copied().unwrap_or(f64::NAN));
                Ok(())
            }
            Op::LoadEmpty { dst } => {
                reg!(dst) = Value::Empty;
                Ok(())
            }
            Op::CheckInit { reg, name } => {
                if reg!(reg) == Value::Empty {
                    let n = self.heap.to_rust_string(name);
                    Err(self.error(
                        super::ErrorKind::ReferenceError,
                        format!("Cannot access '{n}' before initialization"),
                    ))
                } else {
                    Ok(())
                }
            }
            Op::ThrowConstAssign { name } => {
                let n = self.heap.to_rust_string(name);
                Err(self.type_error(format!("Assignment to constant variable '{n}'")))
            }
            Op::NewCell { cell, src } => {
                let v = reg!(src);
                match self.heap.new_cell(v) {
                    Ok(c) => {
                        self.cells[self.frames[fi].cell_base as usize + usize::from(cell.0)] = c;
                        Ok(())
                    }
                    Err(e) => Err(e.into()),
                }
            }
            Op::SetScript { slot, src } => {
                let v = reg!(src);
                if let Some(s) = self.script_slots.get_mut(usize::from(slot)) {
                    *s = v;
                }
                Ok(())
            }
            Op::TypeofGlobal { dst, name } => self.typeof_global(name).map(|v| reg!(dst) = v),
            Op::SetGlobal { name, src } => {
                let v = reg!(src);
                self.set_global(name, v)
            }
            Op::GetElemOnce {
                dst,
                obj,
                key,
                key_out,
            } => 'op: {
                let (o, mut k) = (reg!(obj), reg!(key));
                // Only an object key has a conversion anyone can see.
                if let Value::Object(_) = k {
                    match self.key_primitive(o, k) {
                        Ok(p) => k = p,
                        Err(e) => break 'op Err(e),
                    }
                }
                reg!(key_out) = k;
                self.get_elem(o, k).map(|v| reg!(dst) = v)
            }
            Op::DeleteProp { dst, obj, key } => {
                let o = reg!(obj);
                let k = proto.keys[key.0 as usize];
                self.delete_value(o, k)
                    .map(|_| reg!(dst) = Value::Bool(true))
            }
            Op::DeleteElem { dst, obj, key } => {
                let (o, kv) = (reg!(obj), reg!(key));
                // ToObject(base) comes before ToPropertyKey(key).
                let checked = if o.is_nullish() {
                    self.to_object(o).map(|_| ())
                } else {
                    Ok(())
                };
                match checked.and_then(|()| self.to_key(kv)) {
                    Ok(k) => self
                        .delete_value(o, k)
                        .map(|_| reg!(dst) = Value::Bool(true)),
                    Err(e) => Err(e),
                }
            }
            Op::In { dst, key, obj } => {
                let (k, o) = (reg!(key), reg!(obj));
                self.op_in(k, o).map(|b| reg!(dst) = Value::Bool(b))
            }
            Op::InstanceOf { dst, a, b } => {
                let (x, y) = (reg!(a), reg!(b));
                self.instance_of(x, y).map(|r| reg!(dst) = Value::Bool(r))
            }
            Op::NewArray { dst, capacity } => self
                .new_array_with_room(usize::from(capacity))
                .map(|o| reg!(dst) = Value::Object(o)),
            Op::SetProto { obj, src } => {
                // The object is the literal being built: extensible,
                // and on no prototype chain, so no cycle can form.
                let proto = match reg!(src) {
                    Value::Object(p) => Some(Some(p)),
                    Value::Null => Some(None),
                    _ => None,
                };
                match (reg!(obj), proto) {
                    (Value::Object(o), Some(p)) => self
                        .heap
                        .obj_mut(o)
                        .map(|d| d.proto = p)
                        .map_err(Throw::from),
                    _ => Ok(()),
                }
            }
            Op::InitGetter { obj, key, func } => {
                let (o, f) = (reg!(obj), reg!(func));
                let k = proto.keys[key.0 as usize];
                self.init_accessor(o, k, Some(f), None)
            }
            Op::InitSetter { obj, key, func } => {
                let (o, f) = (reg!(obj), reg!(func));
                let k = proto.keys[key.0 as usize];
                self.init_accessor(o, k, None, Some(f))
            }
            Op::InitHole { arr } => {
                let a = reg!(arr);
                self.init_elem(a, Value::Empty)
            }
            Op::NewRegExp { dst, index } => self
                .new_regexp_literal(index)
                .map(|o| reg!(dst) = Value::Object(o)),
            Op::Sub { dst, a, b } => self
                .arith(reg!(a), reg!(b), |x, y| x - y)
                .map(|v| reg!(dst) = v),
            Op::Mul { dst, a, b } => self
                .arith(reg!(a), reg!(b), |x, y| x * y)
                .map(|v| reg!(dst) = v),
            Op::Div { dst, a, b } => self
                .arith(reg!(a), reg!(b), |x, y| x / y)
                .map(|v| reg!(dst) = v),
            Op::Rem { dst, a, b } => self
                .arith(reg!(a), reg!(b), |x, y| x % y)
                .map(|v| reg!(dst) = v),
            Op::Exp { dst, a, b } => self
                .arith(reg!(a), reg!(b), super::ops::js_pow)
                .map(|v| reg!(dst) = v),
            Op::Shl { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| {
                    x.wrapping_shl(y as u32 & 31) as f64
                })
                .map(|v| reg!(dst) = v),
            Op::Shr { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| (x >> (y as u32 & 31)) as f64)
                .map(|v| reg!(dst) = v),
            Op::UShr { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| {
                    ((x as u32) >> (y as u32 & 31)) as f64
                })
                .map(|v| reg!(dst) = v),
            Op::BitAnd { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| f64::from(x & y))
                .map(|v| reg!(dst) = v),
            Op::BitOr { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| f64::from(x | y))
                .map(|v| reg!(dst) = v),
            Op::BitXor { dst, a, b } => self
                .bitwise(reg!(a), reg!(b), |x, y| f64::from(x ^ y))
                .map(|v| reg!(dst) = v),
            Op::Eq { dst, a, b } => {
                let (x, y) = (reg!(a), reg!(b));
                self.loose_equals(x, y).map(|r| reg!(dst) = Value::Bool(r))
            }
            Op::NotEq { dst, a, b } => {
                let (x, y) = (reg!(a), reg!(b));
                self.loose_equals(x, y).map(|r| reg!(dst) = Value::Bool(!r))
            }
            Op::Lt { dst, a, b }
            | Op::Gt { dst, a, b }
            | Op::Le { dst, a, b }
            | Op::Ge { dst, a, b } => {
                let rel = match op {
                    Op::Lt { .. } => Relation::Lt,
                    Op::Gt { .. } => Relation::Gt,
                    Op::Le { .. } => Relation::Le,
                    _ => Relation::Ge,
                };
                let (x, y) = (reg!(a), reg!(b));
                self.relational(x, y, rel)
                    .map(|r| reg!(dst) = Value::Bool(r))
            }
            Op::BitNot { dst, src } => {
                let v = reg!(src);
                self.to_int32(v)
                    .map(|i| reg!(dst) = Value::Number(f64::from(!i)))
            }
            Op::Neg { dst, src } => {
                let v = reg!(src);
                self.to_number(v).map(|n| reg!(dst) = Value::Number(-n))
            }
            Op::ToNumber { dst, src } => {
                let v = reg!(src);
                self.to_number(v).map(|n| reg!(dst) = Value::Number(n))
            }
            Op::Inc { dst, src } => {
                let v = reg!(src);
                self.to_number(v)
                    .map(|n| reg!(dst) = Value::Number(n + 1.0))
            }
            Op::Dec { dst, src } => {
                let v = reg!(src);
                self.to_number(v)
                    .map(|n| reg!(dst) = Value::Number(n - 1.0))
            }
            Op::Typeof { dst, src } => {
                let t = self.type_of(reg!(src));
                reg!(dst) = Value::String(self.realm.typeof_names[t as usize]);
                Ok(())
            }
            Op::Concat { dst, start, count } => {
                let first = base + usize::from(start.0);
                self.concat_registers(first, usize::from(count))
                    .map(|s| reg!(dst) = Value::String(s))
            }
            Op::Closure { dst, proto: p } => {
                self.frames[fi].pc = pc as u32;
                self.new_closure(p).map(|o| reg!(dst) = Value::Object(o))
            }
            Op::Arguments { dst } => {
                self.frames[fi].pc = pc as u32;
                self.arguments_object()
                    .map(|o| reg!(dst) = Value::Object(o))
            }
            Op::Callee { dst } => {
                reg!(dst) = self.frames[fi]
                    .closure
                    .map_or(Value::Undefined, Value::Object);
                Ok(())
            }
            Op::Rest { dst, from } => {
                self.frames[fi].pc = pc as u32;
                self.rest_array(usize::from(from))
                    .map(|o| reg!(dst) = Value::Object(o))
            }
            Op::Throw { src } => Err(Throw::Value(reg!(src))),
            Op::ForInStart { dst, obj } => {
                let o = reg!(obj);
                self.for_in_start(o).map(|it| reg!(dst) = it)
            }
            Op::Nop {} => Ok(()),
            Op::LoadUndef { .. }
            | Op::LoadNull { .. }
            | Op::LoadBool { .. }
            | Op::LoadInt { .. }
            | Op::LoadStr { .. }
            | Op::Move { .. }
            | Op::LoadCell { .. }
            | Op::StoreCell { .. }
            | Op::GetUpval { .. }
            | Op::SetUpval { .. }
            | Op::GetScript { .. }
            | Op::GetGlobal { .. }
            | Op::GetProp { .. }
            | Op::GetMethod { .. }
            | Op::SetProp { .. }
            | Op::GetElem { .. }
            | Op::SetElem { .. }
            | Op::NewObject { .. }
            | Op::InitProp { .. }
            | Op::AppendProp { .. }
            | Op::InitElem { .. }
            | Op::Add { .. }
            | Op::StrictEq { .. }
            | Op::StrictNotEq { .. }
            | Op::Not { .. }
            | Op::Jump { .. }
            | Op::JumpIfTrue { .. }
            | Op::JumpIfFalse { .. }
            | Op::JumpIfInt { .. }
            | Op::JumpIfLt { .. }
            | Op::JumpIfLe { .. }
            | Op::JumpIfGt { .. }
            | Op::JumpIfGe { .. }
            | Op::JumpIfStrictEq { .. }
            | Op::JumpIfEq { .. }
            | Op::ForInNext { .. }
            | Op::Call { .. }
            | Op::New { .. }
            | Op::Return { .. }
            | Op::Await { .. } => {
                unreachable!("run executes {op:?} itself")
            }
        }
    }

    fn upval_cell(&self, closure: Option<crate::value::ObjRef>, index: u16) -> u32 {
        match closure.map(|c| self.heap.obj(c).class) {
            Some(Class::Closure { upvals, .. }) => self.heap.upval(upvals, u32::from(index)),
            _ => u32::MAX,
        }
    }

    /// Remembers where the exception being thrown comes from (for the
    /// `file:line:column` of uncaught errors).
    fn note_throw_site(&mut self) {
        if let Some(f) = self.frames.last() {
            let p = &self.script.protos[f.proto as usize];
            self.throw_site = Some(p.position(f.pc.saturating_sub(1)));
        }
    }

    fn arith(&mut self, a: Value, b: Value, f: fn(f64, f64) -> f64) -> JsResult<Value> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(Value::Number(f(x, y))),
            _ => {
                let x = self.to_number(a)?;
                let y = self.to_number(b)?;
                Ok(Value::Number(f(x, y)))
            }
        }
    }

    fn bitwise(&mut self, a: Value, b: Value, f: fn(i32, i32) -> f64) -> JsResult<Value> {
        let x = self.to_int32(a)?;
        let y = self.to_int32(b)?;
        Ok(Value::Number(f(x, y)))
    }

    /// `x < y`, `x > y`, `x <= y`, `x >= y` (ECMA-262 §13.10.1): `>` and
    /// `<=` ask whether `y < x`, converting `x` first; `<=` and `>=` are
    /// false when the comparison is undefined (NaN).
    fn relational(&mut self, x: Value, y: Value, rel: Relation) -> JsResult<bool> {
        if let (Value::Number(a), Value::Number(b)) = (x, y) {
            return Ok(match rel {
                Relation::Lt => a < b,
                Relation::Gt => a > b,
                Relation::Le => a <= b,
                Relation::Ge => a >= b,
            });
        }
        Ok(match rel {
            Relation::Lt => self.less_than(x, y, true)? == Some(true),
            Relation::Gt => self.less_than(y, x, false)? == Some(true),
            Relation::Le => self.less_than(y, x, false)? == Some(false),
            Relation::Ge => self.less_than(x, y, true)? == Some(false),
        })
    }

    fn concat_registers(&mut self, first: usize, count: usize) -> JsResult<crate::value::JsStr> {
        let mut parts: smallvec::SmallVec<[crate::value::JsStr; 8]> = smallvec::SmallVec::new();
        for i in 0..count {
            let v = self.regs[first + i];
            parts.push(self.to_string(v)?);
        }
        self.concat(&parts)
    }

    /// `obj[key]` with a computed key. Inlined into both opcodes that read
    /// elements, so the dense-array path costs no call.
    #[inline(always)]
    pub(crate) fn get_elem(&mut self, o: Value, k: Value) -> JsResult<Value> {
        match self.quick_elem(o, k) {
            Some(v) => Ok(*v),
            None => self.get_elem_unhinted(o, k),
        }
    }

    /// `o[k]` where it is kept, for an array element in the dense run or a
    /// string key the element-key table places: the shortcuts the dispatch
    /// loop takes itself, copying the value straight into the register.
    #[inline(always)]
    fn quick_elem(&self, o: Value, k: Value) -> Option<&Value> {
        match (o, k) {
            (Value::Object(r), Value::Number(n)) if n >= 0.0 && f64::from(n as u32) == n => {
                self.heap.array_elem_ref(r, n as u32)
            }
            (Value::Object(r), Value::String(s)) => self.hinted_elem(r, s),
            _ => None,
        }
    }

    /// [`Vm::get_elem`] past its shortcuts, out of the dispatch loop.
    #[inline(never)]
    fn get_elem_unhinted(&mut self, o: Value, k: Value) -> JsResult<Value> {
        if o.is_nullish() {
            return Err(self.nullish_read_error(o, k));
        }
        let key = self.to_key(k)?;
        // As `get_hinted` does: a chain of ordinary objects is read in one
        // walk, a missing key (`headers[name]` of an absent header) too.
        if let Value::Object(r) = o {
            match self.heap.ordinary_lookup(r, key, self.realm.global) {
                OrdinaryLookup::Absent { .. } => return Ok(Value::Undefined),
                OrdinaryLookup::Found { own, at, prop } if !prop.attrs.is_accessor() => {
                    if own {
                        self.note_elem_slot(
                            r,
                            key,
                            u32::try_from(at).unwrap_or(super::hints::NONE),
                        );
                    }
                    return Ok(prop.value);
                }
                _ => {}
            }
        }
        let v = self.get(o, key)?;
        if let (Value::Object(r), Key::Str(_), false) = (o, key, v == Value::Undefined) {
            self.record_elem_hint(r, key);
        }
        Ok(v)
    }

    /// The primitive an object key `k` converts to (ToPrimitive with hint
    /// string, the observable half of ToPropertyKey), after checking that
    /// the base `o` can have properties: a `null` or `undefined` base
    /// throws before the key is converted (ECMA-262 GetValue).
    #[inline(never)]
    fn key_primitive(&mut self, o: Value, k: Value) -> JsResult<Value> {
        if o.is_nullish() {
            return Err(self.nullish_read_error(o, k));
        }
        self.to_primitive(k, super::Hint::String)
    }

    /// The TypeError of reading property `k` of `null` or `undefined`; an
    /// object key is not converted (that would run script code), so the
    /// message names no key then, as V8's does.
    #[cold]
    #[inline(never)]
    fn nullish_read_error(&mut self, o: Value, k: Value) -> Throw {
        let what = self.describe(o);
        if matches!(k, Value::Object(_)) {
            return self.type_error(format!("Cannot read properties of {what}"));
        }
        match self.to_key(k) {
            Ok(key) => {
                let text = self.key_text(key);
                self.type_error(format!("Cannot read property '{text}' of {what}"))
            }
            Err(e) => e,
        }
    }

    /// `obj[key] = v` with a computed key.
    pub(crate) fn set_elem(&mut self, o: Value, k: Value, v: Value) -> JsResult<()> {
        if let (Value::Object(r), Value::Number(n)) = (o, k) {
            let d = self.heap.obj(r);
            if d.class.is_array()
                && n >= 0.0
                && (n as u32) < d.elems.len
                && f64::from(n as u32) == n
                && self.heap.elems(r)[n as usize] != Value::Empty
            {
                self.heap.set_elem_at(r, n as usize, v)?;
                return Ok(());
            }
        }
        if let (Value::Object(r), Value::String(s)) = (o, k) {
            if self.set_hinted_elem(r, s, v)? {
                return Ok(());
            }
        }
        let key = self.to_key(k)?;
        self.written_slot = super::hints::NONE;
        self.set(o, key, v)?;
        let slot = std::mem::replace(&mut self.written_slot, super::hints::NONE);
        if let Value::Object(r) = o {
            self.note_elem_slot(r, key, slot);
        }
        Ok(())
    }

    fn delete_value(&mut self, o: Value, k: Key) -> JsResult<()> {
        let r = self.to_object(o)?;
        if self.delete(r, k)? {
            Ok(())
        } else {
            let key = self.key_text(k);
            let what = self.describe(o);
            Err(self.type_error(format!("Cannot delete property '{key}' of {what}")))
        }
    }

    fn op_in(&mut self, k: Value, o: Value) -> JsResult<bool> {
        let Value::Object(r) = o else {
            let key = self.to_rust_string(k)?;
            let what = self.describe(o);
            return Err(self.type_error(format!(
                "Cannot use 'in' operator to search for '{key}' in {what}"
            )));
        };
        let key = self.to_key(k)?;
        self.has_property(r, key)
    }

    fn init_prop(&mut self, o: Value, k: Key, v: Value) -> JsResult<()> {
        let Value::Object(r) = o else { return Ok(()) };
        // A literal may repeat a key: the last definition wins.
        if let Some((i, _)) = self.heap.find_prop(r, k) {
            self.heap.set_prop_at(
                r,
                i,
                Prop {
                    key: k,
                    value: v,
                    attrs: crate::heap::Attrs::DEFAULT,
                },
            )?;
            return Ok(());
        }
        self.heap.push_prop(
            r,
            Prop {
                key: k,
                value: v,
                attrs: crate::heap::Attrs::DEFAULT,
            },
        )?;
        Ok(())
    }

    fn init_accessor(
        &mut self,
        o: Value,
        k: Key,
        get: Option<Value>,
        set: Option<Value>,
    ) -> JsResult<()> {
        let Value::Object(r) = o else { return Ok(()) };
        let desc = super::props::Descriptor {
            get,
            set,
            enumerable: Some(true),
            configurable: Some(true),
            ..Default::default()
        };
        // Replace a data property of the same key first (`{a: 1, get a() {}}`).
        if let Some((i, p)) = self.heap.find_prop(r, k) {
            if !p.attrs.is_accessor() {
                self.heap.remove_prop_at(r, i)?;
            }
        }
        self.define_own(r, k, desc).map(|_| ())
    }

    fn init_elem(&mut self, a: Value, v: Value) -> JsResult<()> {
        let Value::Object(r) = a else { return Ok(()) };
        // The append and the new length in one write of the record.
        let length = self.heap.obj(r).length + 1;
        Ok(self.heap.push_elems(r, &[v], length)?)
    }

    fn get_global(&mut self, name: crate::value::JsStr) -> JsResult<Value> {
        let global = self.realm.global;
        let key = Key::Str(name);
        let mut o = global;
        loop {
            if let Some(p) = self.get_own(o, key)? {
                if p.attrs.is_accessor() {
                    return self.get_from(global, key, Value::Object(global));
                }
                if o == global {
                    self.record_global_hint(name);
                }
                return Ok(p.value);
            }
            match self.heap.obj(o).proto {
                Some(next) => o = next,
                None => break,
            }
        }
        let n = self.heap.to_rust_string(name);
        Err(self.error(
            super::ErrorKind::ReferenceError,
            format!("{n} is not defined"),
        ))
    }

    fn typeof_global(&mut self, name: crate::value::JsStr) -> JsResult<Value> {
        let global = self.realm.global;
        let key = Key::Str(name);
        if !self.has_property(global, key)? {
            return Ok(Value::String(
                self.realm.typeof_names[TypeOf::Undefined as usize],
            ));
        }
        let v = self.get(Value::Object(global), key)?;
        Ok(Value::String(
            self.realm.typeof_names[self.type_of(v) as usize],
        ))
    }

    fn set_global(&mut self, name: crate::value::JsStr, v: Value) -> JsResult<()> {
        let global = self.realm.global;
        let key = Key::Str(name);
        if !self.has_property(global, key)? {
            let n = self.heap.to_rust_string(name);
            return Err(self.error(
                super::ErrorKind::ReferenceError,
                format!("{n} is not defined"),
            ));
        }
        self.set(Value::Object(global), key, v)
    }

    /// A call from the dispatch loop to something that is neither a script
    /// closure nor a built-in: a bound function, or a non-function (an
    /// error that names the callee as written).
    fn call_op(
        &mut self,
        callee: Value,
        window: usize,
        argc: usize,
        _construct: bool,
        pc: usize,
    ) -> JsResult<Value> {
        if !self.is_callable(callee) {
            let what = self.callee_text(pc, callee);
            return Err(self.type_error(format!("{what} is not a function")));
        }
        self.with_call_args(window, argc, |vm, this, args| vm.call(callee, this, args))
    }

    /// Runs `f` with the `this` and arguments of the call whose window
    /// starts at `window` (the callee's register). The arguments are
    /// copied out of the registers, which the callee may grow (and so
    /// move): into a plain array when they fit, which costs a fraction of
    /// collecting them into a `SmallVec`.
    #[inline(always)]
    fn with_call_args(
        &mut self,
        window: usize,
        argc: usize,
        f: impl FnOnce(&mut Vm, Value, &[Value]) -> JsResult<Value>,
    ) -> JsResult<Value> {
        let this = self.regs[window + 1];
        let from = window + 2..window + 2 + argc;
        let mut few = [Value::Undefined; FEW_ARGS];
        if let Some(args) = few.get_mut(..argc) {
            // One or two arguments, most calls: stores, not a `memcpy`.
            match (args, &self.regs[from]) {
                ([a], [x]) => *a = *x,
                ([a, b], [x, y]) => (*a, *b) = (*x, *y),
                (args, values) => args.copy_from_slice(values),
            }
            return f(self, this, &few[..argc]);
        }
        let args = self.regs[from].to_vec();
        f(self, this, &args)
    }

    /// `new` from the dispatch loop. Returns `true` when a script frame was
    /// pushed (the loop switches to it).
    fn new_op(
        &mut self,
        callee: Value,
        window: usize,
        argc: usize,
        dst: crate::bytecode::Reg,
        pc: usize,
    ) -> JsResult<bool> {
        if !self.is_constructor(callee) {
            let what = self.callee_text(pc, callee);
            return Err(self.type_error(format!("{what} is not a constructor")));
        }
        if let Value::Object(o) = callee {
            if let Class::Closure { proto, .. } = self.heap.obj(o).class {
                let object_proto = self.realm.intrinsics.object_proto;
                let this = self.ordinary_create_from(o, object_proto, Class::Ordinary)?;
                self.regs[window + 1] = Value::Object(this);
                self.push_frame(Some(o), proto, window + 1, argc, dst, FrameKind::Construct)?;
                return Ok(true);
            }
        }
        let args: smallvec::SmallVec<[Value; 8]> = self.regs[window + 2..window + 2 + argc]
            .iter()
            .copied()
            .collect();
        let v = self.construct(callee, &args, None)?;
        let fi = self.frames.len() - 1;
        let base = self.frames[fi].base as usize;
        self.regs[base + usize::from(dst.0)] = v;
        Ok(false)
    }

    /// How the callee at the call instruction before `pc` is written in the
    /// source (`request.foo`), or a description of the value.
    fn callee_text(&self, pc: usize, callee: Value) -> String {
        if let Some(f) = self.frames.last() {
            let p = &self.script.protos[f.proto as usize];
            let at = (pc - 1) as u32;
            if let Ok(i) = p.callee_names.binary_search_by_key(&at, |&(pc, _)| pc) {
                return self.script.string(p.callee_names[i].1);
            }
        }
        self.describe(callee)
    }

    /// Creates the key iterator of a `for-in` loop: the enumerable string
    /// keys of the object and its prototypes, shadowed ones once.
    fn for_in_start(&mut self, o: Value) -> JsResult<Value> {
        let proto = None;
        let mut data = ObjectData::new(Class::Host(FOR_IN_ITERATOR), proto);
        let mut keys: Vec<Value> = vec![o];
        if !o.is_nullish() {
            let mut cur = Some(self.to_object(o)?);
            let mut seen: Vec<Key> = Vec::new();
            while let Some(c) = cur {
                for k in self.own_keys(c)? {
                    if matches!(k, Key::Sym(_)) || seen.contains(&k) {
                        continue;
                    }
                    seen.push(k);
                    if self.get_own(c, k)?.is_some_and(|p| p.attrs.enumerable()) {
                        keys.push(self.key_to_value(k)?);
                    }
                }
                cur = self.heap.obj(c).proto;
            }
        }
        self.charge(keys.len() as u64)?;
        data.elems = self.heap.alloc_values(&keys)?;
        data.length = 1;
        Ok(Value::Object(self.heap.alloc(data)?))
    }

    /// The next key of a `for-in` iterator that is still a property.
    fn for_in_next(&mut self, it: Value) -> JsResult<Option<Value>> {
        let Value::Object(r) = it else {
            return Ok(None);
        };
        loop {
            let d = *self.heap.obj(r);
            if d.length >= d.elems.len {
                return Ok(None);
            }
            let key = self.heap.elems(r)[d.length as usize];
            let target = self.heap.elems(r)[0];
            self.heap.obj_mut(r)?.length += 1;
            // Keys deleted before they are reached are skipped.
            if let Value::Object(t) = target {
                let k = self.to_key(key)?;
                if !self.has_property(t, k)? {
                    continue;
                }
            }
            return Ok(Some(key));
        }
    }
}

/// The relational operators.
#[derive(Clone, Copy)]
enum Relation {
    Lt,
    Gt,
    Le,
    Ge,
}

/// `Class::Host` tag of `for-in` iterators.
const FOR_IN_ITERATOR: u32 = 0;

/// Calls from the dispatch loop with up to this many arguments copy them
/// to the stack rather than to the heap.
const FEW_ARGS: usize = 8;
