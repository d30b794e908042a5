//! Code generation for expressions.
//!
//! `expr_to(e, dst)` leaves the value of `e` in `dst`; `expr_reg(e)` leaves
//! it in some register (a local variable's own register when `e` is one,
//! to save a move); `cond_jump(e, when)` jumps when `e`'s truthiness is
//! `when` without materialising booleans for `&&`, `||` and `!`.

use super::{CResult, Compiler, Jumps, Loc, Resolved, THIS};
use crate::ast::{
    AssignOp, BinaryOp, Expr, ExprKind, LogicalOp, PropKey, PropValue, UnaryOp, UpdateOp,
};
use crate::bytecode::{Offset, Op, Reg};
use crate::heap::Key;
use crate::heap::strings::Units;
use crate::value::JsStr;

/// Whether evaluating `e` may assign a variable (so an operand read before
/// it must be copied first: `a + (a = 1)`).
fn may_assign(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Assign(..) | ExprKind::Update { .. } => true,
        ExprKind::Ident(_)
        | ExprKind::This
        | ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Regex { .. }
        | ExprKind::Function(_) => false,
        ExprKind::Template { exprs, .. } => exprs.iter().any(may_assign),
        ExprKind::Array(items) => items.iter().flatten().any(may_assign),
        ExprKind::Object(props) => props
            .iter()
            .any(|p| matches!(&p.value, PropValue::Init(v) if may_assign(v))),
        ExprKind::Unary(_, a) | ExprKind::Await(a) => may_assign(a),
        ExprKind::Binary(_, operands)
        | ExprKind::Logical(_, operands)
        | ExprKind::Index(operands) => may_assign(&operands.0) || may_assign(&operands.1),
        ExprKind::Conditional { test, cons, alt } => {
            may_assign(test) || may_assign(cons) || may_assign(alt)
        }
        ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
            may_assign(callee) || args.iter().any(may_assign)
        }
        ExprKind::Member { object, .. } => may_assign(object),
        ExprKind::Sequence(items) => items.iter().any(may_assign),
    }
}

fn binary_op(op: BinaryOp, dst: Reg, a: Reg, b: Reg) -> Op {
    match op {
        BinaryOp::Add => Op::Add { dst, a, b },
        BinaryOp::Sub => Op::Sub { dst, a, b },
        BinaryOp::Mul => Op::Mul { dst, a, b },
        BinaryOp::Div => Op::Div { dst, a, b },
        BinaryOp::Rem => Op::Rem { dst, a, b },
        BinaryOp::Exp => Op::Exp { dst, a, b },
        BinaryOp::Shl => Op::Shl { dst, a, b },
        BinaryOp::Shr => Op::Shr { dst, a, b },
        BinaryOp::UShr => Op::UShr { dst, a, b },
        BinaryOp::BitAnd => Op::BitAnd { dst, a, b },
        BinaryOp::BitOr => Op::BitOr { dst, a, b },
        BinaryOp::BitXor => Op::BitXor { dst, a, b },
        BinaryOp::Eq => Op::Eq { dst, a, b },
        BinaryOp::NotEq => Op::NotEq { dst, a, b },
        BinaryOp::StrictEq => Op::StrictEq { dst, a, b },
        BinaryOp::StrictNotEq => Op::StrictNotEq { dst, a, b },
        BinaryOp::Lt => Op::Lt { dst, a, b },
        BinaryOp::Gt => Op::Gt { dst, a, b },
        BinaryOp::Le => Op::Le { dst, a, b },
        BinaryOp::Ge => Op::Ge { dst, a, b },
        BinaryOp::In => Op::In {
            dst,
            key: a,
            obj: b,
        },
        BinaryOp::Instanceof => Op::InstanceOf { dst, a, b },
    }
}

/// The jump taken when comparison `op` of `R[a]` and `R[b]` has outcome
/// `when` (its offset patched later); `None` for the operators that are
/// not comparisons. One instruction instead of the comparison into a
/// register and a jump on it.
fn compare_jump(op: BinaryOp, when: bool, a: Reg, b: Reg) -> Option<Op> {
    let offset = Offset(0);
    Some(match op {
        BinaryOp::Lt => Op::JumpIfLt { a, b, when, offset },
        BinaryOp::Le => Op::JumpIfLe { a, b, when, offset },
        BinaryOp::Gt => Op::JumpIfGt { a, b, when, offset },
        BinaryOp::Ge => Op::JumpIfGe { a, b, when, offset },
        BinaryOp::StrictEq => Op::JumpIfStrictEq { a, b, when, offset },
        BinaryOp::StrictNotEq => Op::JumpIfStrictEq {
            a,
            b,
            when: !when,
            offset,
        },
        BinaryOp::Eq => Op::JumpIfEq { a, b, when, offset },
        BinaryOp::NotEq => Op::JumpIfEq {
            a,
            b,
            when: !when,
            offset,
        },
        _ => return None,
    })
}

/// Folds a binary operation on two number literals, where the result is a
/// plain number (the VM would compute exactly the same value).
fn fold_numbers(op: BinaryOp, a: f64, b: f64) -> Option<f64> {
    Some(match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Div => a / b,
        _ => return None,
    })
}

/// Whether `e` always evaluates to a primitive, so converting it to a
/// property key twice cannot be observed (`a[i & 7] += 1`).
fn always_primitive(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Template { .. }
            | ExprKind::Unary(..)
            | ExprKind::Update { .. }
            | ExprKind::Binary(..)
    )
}

/// A reference that can be read and written: what assignment targets.
enum Place {
    Binding(crate::ast::Name),
    Prop(Reg, crate::bytecode::K),
    /// `R[obj][R[key]]`; `object_key` when the key may be an object, whose
    /// conversion must then happen once for a read and a write.
    Elem {
        obj: Reg,
        key: Reg,
        object_key: bool,
    },
}

/// What the object of a method callee `o.m` is, as far as its text
/// ([`Compiler::callee_text`]) goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum MethodObject {
    /// A variable: its name.
    Var(crate::ast::Name),
    /// `this`
    This,
    /// Any other expression whose text is not its own, written `(...)`.
    Other,
}

/// The [`MethodObject`] of `object`; `None` for one whose text has parts
/// of its own (`a.b.m`, `a[0].m`, `f().m`), which is not memoised.
pub(super) fn method_object(object: &Expr) -> Option<MethodObject> {
    match &object.kind {
        ExprKind::Ident(n) => Some(MethodObject::Var(*n)),
        ExprKind::This => Some(MethodObject::This),
        ExprKind::Member { .. } | ExprKind::Index(_) | ExprKind::Call { .. } => None,
        _ => Some(MethodObject::Other),
    }
}

impl Compiler<'_> {
    /// Leaves the value of `e` in some register.
    pub(super) fn expr_reg(&mut self, e: &Expr) -> CResult<Reg> {
        if let Some(r) = self.var_reg(e) {
            return Ok(r);
        }
        let r = self.temp()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// The register that holds `e`'s value already, with no code to run:
    /// a variable or `this` kept in a register and needing no TDZ check.
    fn var_reg(&mut self, e: &Expr) -> Option<Reg> {
        let name = match e.kind {
            ExprKind::Ident(name) => name,
            ExprKind::This => THIS,
            _ => return None,
        };
        match self.resolve(name) {
            Resolved::Local(b) => match b.loc {
                Loc::Reg(r) if !self.needs_tdz_check(&b, e.span.start, false) => Some(r),
                _ => None,
            },
            _ => None,
        }
    }

    /// Evaluates `e` into a fresh temporary (never a variable's register).
    fn expr_temp(&mut self, e: &Expr) -> CResult<Reg> {
        let r = self.temp()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Whether `expr_to(e, dst)` reads all its operands before it writes
    /// `dst` and writes it only with the complete value, so that `dst` may
    /// be a variable that `e` reads, or that a `catch` reads after `e`
    /// throws. An empty literal's one instruction makes the value whole;
    /// a variable read with a TDZ check is copied before it is checked.
    fn writes_dst_last(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ident(name) => match self.resolve(*name) {
                Resolved::Local(b) => !self.needs_tdz_check(&b, e.span.start, false),
                Resolved::Upval(_, b) => !self.needs_tdz_check(&b, e.span.start, true),
                Resolved::Global => true,
            },
            ExprKind::Array(items) => items.is_empty(),
            ExprKind::Object(props) => props.is_empty(),
            ExprKind::Logical(..)
            | ExprKind::Conditional { .. }
            | ExprKind::Sequence(_)
            | ExprKind::Assign(..)
            | ExprKind::Update { .. } => false,
            _ => true,
        }
    }

    /// Evaluates `e` into `local`, a variable's register that `e` may read:
    /// straight into it when `e` writes its destination last, a
    /// conditional branch by branch, anything else through a temporary.
    pub(super) fn expr_to_var(&mut self, e: &Expr, local: Reg) -> CResult<()> {
        let mark = self.mark();
        match &e.kind {
            ExprKind::Conditional { test, cons, alt } => {
                self.conditional(test, cons, alt, |c, branch| c.expr_to_var(branch, local))?
            }
            _ if self.writes_dst_last(e) => self.expr_to(e, local)?,
            _ => {
                let t = self.expr_temp(e)?;
                self.emit(Op::Move { dst: local, src: t });
            }
        }
        self.release(mark);
        Ok(())
    }

    /// `test ? cons : alt`, each branch compiled by `branch`.
    fn conditional(
        &mut self,
        test: &Expr,
        cons: &Expr,
        alt: &Expr,
        mut branch: impl FnMut(&mut Self, &Expr) -> CResult<()>,
    ) -> CResult<()> {
        let to_alt = self.cond_jump(test, false)?;
        branch(self, cons)?;
        let to_end = self.emit_jump();
        for p in to_alt {
            self.patch_here(p);
        }
        branch(self, alt)?;
        self.patch_here(to_end);
        Ok(())
    }

    /// Evaluates `e` for its effects only.
    pub(super) fn expr_effect(&mut self, e: &Expr) -> CResult<()> {
        let mark = self.mark();
        match &e.kind {
            ExprKind::Update { op, target, .. } => self.update(*op, true, target, None, e)?,
            ExprKind::Assign(op, operands) => {
                self.assign(*op, &operands.0, &operands.1, None, e)?
            }
            _ => {
                let r = self.temp()?;
                self.expr_to(e, r)?;
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Leaves the value of `e` in `dst`.
    pub(super) fn expr_to(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let mark = self.mark();
        match &e.kind {
            ExprKind::Number(v) => self.load_number(*v, dst),
            ExprKind::String(s) => {
                let literals = self.literals;
                let s = self.intern_units(literals.get(*s));
                self.emit(Op::LoadStr { dst, s });
            }
            ExprKind::Bool(value) => self.emit(Op::LoadBool { dst, value: *value }),
            ExprKind::Null => self.emit(Op::LoadNull { dst }),
            ExprKind::This => self.load_this(dst)?,
            ExprKind::Ident(name) => self.load_binding(*name, dst, e)?,
            ExprKind::Regex { pattern, flags } => {
                let compiled = match self
                    .literal_regexes
                    .binary_search_by_key(&e.span.start, |&(start, _)| start)
                {
                    Ok(at) => self.literal_regexes[at].1.clone(),
                    // A tree the parser did not check: compiled here.
                    Err(_) => std::sync::Arc::new(crate::regexp::compile(pattern, flags).map_err(
                        |_| super::TooComplex {
                            what: "invalid regular expression",
                            span: e.span,
                        },
                    )?),
                };
                let index = self.regexes.len() as u32;
                self.regexes
                    .push(crate::bytecode::RegexLiteral { compiled });
                self.position(e.span);
                self.emit(Op::NewRegExp { dst, index });
            }
            ExprKind::Template { quasis, exprs } => self.template(quasis, exprs, dst)?,
            ExprKind::Array(items) => {
                self.emit(Op::NewArray {
                    dst,
                    capacity: items.len().min(u16::MAX as usize) as u16,
                });
                for item in items.iter() {
                    match item {
                        Some(x) => {
                            let m = self.mark();
                            let r = self.expr_reg(x)?;
                            self.emit(Op::InitElem { arr: dst, src: r });
                            self.release(m);
                        }
                        None => self.emit(Op::InitHole { arr: dst }),
                    }
                }
            }
            ExprKind::Object(props) => {
                // Room for every property the literal defines, so that
                // defining them never grows the object's property run.
                let defined = props
                    .iter()
                    .filter(|p| {
                        !(matches!(p.value, PropValue::Init(_)) && self.is_proto_key(&p.key))
                    })
                    .count();
                self.emit(Op::NewObject {
                    dst,
                    capacity: u16::try_from(defined).unwrap_or(u16::MAX),
                });
                self.reserve_properties(props.len());
                // The keys defined so far: the object is out of the script's
                // reach until the literal ends, so a key not among them is
                // not on it, and its definition needs no search.
                let mut defined: smallvec::SmallVec<[Key; 8]> = smallvec::SmallVec::new();
                for p in props.iter() {
                    if let (PropValue::Init(v), true) = (&p.value, self.is_proto_key(&p.key)) {
                        // Annex B `__proto__: v` sets the prototype; it
                        // defines no property and names no function.
                        let m = self.mark();
                        let r = self.expr_reg(v)?;
                        self.emit(Op::SetProto { obj: dst, src: r });
                        self.release(m);
                        continue;
                    }
                    let key = match &p.key {
                        PropKey::Name(n) => self.key_of_name(*n),
                        PropKey::String(s) => {
                            let literals = self.literals;
                            self.key_of(literals.get(*s))
                        }
                        // A number's text is ASCII.
                        PropKey::Number(v) => {
                            self.key_of(Units::Latin1(crate::number::to_js_string(*v).as_bytes()))
                        }
                    };
                    let name = self.key_name(key);
                    let first = !defined.contains(&key);
                    if first {
                        defined.push(key);
                    }
                    let key = self.key_const(key)?;
                    let m = self.mark();
                    match &p.value {
                        PropValue::Init(v) => {
                            let r = match &v.kind {
                                ExprKind::Function(f) if f.name.is_none() => {
                                    self.function_named(f, Some(name))?
                                }
                                _ => self.expr_reg(v)?,
                            };
                            self.position(p.span);
                            self.emit(if first {
                                Op::AppendProp {
                                    obj: dst,
                                    key,
                                    src: r,
                                }
                            } else {
                                Op::InitProp {
                                    obj: dst,
                                    key,
                                    src: r,
                                }
                            });
                        }
                        PropValue::Get(f) => {
                            let text = format!("get {}", self.string_text(name));
                            let n = self.intern(&text);
                            let r = self.function_named(f, Some(n))?;
                            self.emit(Op::InitGetter {
                                obj: dst,
                                key,
                                func: r,
                            });
                        }
                        PropValue::Set(f) => {
                            let text = format!("set {}", self.string_text(name));
                            let n = self.intern(&text);
                            let r = self.function_named(f, Some(n))?;
                            self.emit(Op::InitSetter {
                                obj: dst,
                                key,
                                func: r,
                            });
                        }
                    }
                    self.release(m);
                }
            }
            ExprKind::Function(f) => {
                self.closure_to(f, None, Some(dst))?;
            }
            ExprKind::Unary(op, arg) => self.unary(*op, arg, dst, e)?,
            ExprKind::Update { op, prefix, target } => {
                self.update(*op, *prefix, target, Some(dst), e)?
            }
            ExprKind::Binary(op, operands) => self.binary(*op, &operands.0, &operands.1, dst, e)?,
            ExprKind::Logical(op, operands) => {
                self.expr_to(&operands.0, dst)?;
                let skip = self.emit_jump_if(dst, *op == LogicalOp::Or);
                self.expr_to(&operands.1, dst)?;
                self.patch_here(skip);
            }
            ExprKind::Assign(op, operands) => {
                self.assign(*op, &operands.0, &operands.1, Some(dst), e)?
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.conditional(test, cons, alt, |c, branch| c.expr_to(branch, dst))?
            }
            ExprKind::Call { callee, args } => self.call(callee, args, dst, e)?,
            ExprKind::New { callee, args } => self.new_call(callee, args, dst, e)?,
            ExprKind::Member {
                object, property, ..
            } => {
                let o = self.expr_reg(object)?;
                let key = self.key_of_name(*property);
                let key = self.key_const(key)?;
                self.position(e.span);
                self.emit(Op::GetProp { dst, obj: o, key });
            }
            ExprKind::Index(operands) => {
                let (object, index) = &**operands;
                let o = self.operand(object, index)?;
                if let Some(key) = self.constant_key(index) {
                    let key = self.key_const(key)?;
                    self.position(e.span);
                    self.emit(Op::GetProp { dst, obj: o, key });
                } else {
                    let k = self.expr_reg(index)?;
                    self.position(e.span);
                    self.emit(Op::GetElem {
                        dst,
                        obj: o,
                        key: k,
                    });
                }
            }
            ExprKind::Sequence(items) => {
                if let Some((last, rest)) = items.split_last() {
                    for x in rest {
                        self.expr_effect(x)?;
                    }
                    self.expr_to(last, dst)?;
                }
            }
            ExprKind::Await(arg) => {
                let r = self.expr_reg(arg)?;
                self.position(e.span);
                self.emit(Op::Await { dst, src: r });
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Whether an object literal key is `__proto__` (as a name or a string,
    /// not computed).
    fn is_proto_key(&self, key: &PropKey) -> bool {
        const PROTO: &str = "__proto__";
        match key {
            PropKey::Name(n) => self.proto_name == Some(*n),
            PropKey::String(s) => self.literals.is(*s, PROTO),
            PropKey::Number(_) => false,
        }
    }

    /// The string a property key names (an index as its digits).
    fn key_name(&mut self, key: Key) -> JsStr {
        match key {
            Key::Str(s) => s,
            Key::Index(i) => self.intern(&i.to_string()),
            Key::Sym(_) => self.intern(""),
        }
    }

    /// Evaluates `e` into `dst`; an anonymous function gets the name
    /// `name` (ES2015 function-name inference).
    pub(super) fn expr_to_named(
        &mut self,
        e: &Expr,
        dst: Reg,
        name: crate::ast::Name,
    ) -> CResult<()> {
        if let ExprKind::Function(f) = &e.kind {
            if f.name.is_none() {
                let n = self.intern_name(name);
                self.closure_to(f, Some(n), Some(dst))?;
                return Ok(());
            }
        }
        self.expr_to(e, dst)
    }

    /// Evaluates the left operand `l` of an operation whose right operand
    /// is `r`: into a temporary if `r` might change a variable `l` reads.
    fn operand(&mut self, l: &Expr, r: &Expr) -> CResult<Reg> {
        if may_assign(r) {
            self.expr_temp(l)
        } else {
            self.expr_reg(l)
        }
    }

    /// A literal index as a property key: `o["x"]`, `o[0]`.
    fn constant_key(&mut self, index: &Expr) -> Option<Key> {
        match &index.kind {
            ExprKind::String(s) => {
                let literals = self.literals;
                Some(self.key_of(literals.get(*s)))
            }
            ExprKind::Number(v) if *v >= 0.0 && v.fract() == 0.0 && *v < 4294967295.0 => {
                Some(Key::Index(*v as u32))
            }
            _ => None,
        }
    }

    fn load_number(&mut self, v: f64, dst: Reg) {
        if v.fract() == 0.0 && v.abs() < 2147483648.0 && !(v == 0.0 && v.is_sign_negative()) {
            self.emit(Op::LoadInt {
                dst,
                value: v as i32,
            });
        } else {
            let k = self.number_const(v);
            self.emit(Op::LoadNum { dst, k });
        }
    }

    fn load_this(&mut self, dst: Reg) -> CResult<()> {
        match self.resolve(THIS) {
            Resolved::Local(b) => match b.loc {
                Loc::Reg(r) => self.emit(Op::Move { dst, src: r }),
                Loc::Cell(cell) => self.emit(Op::LoadCell { dst, cell }),
                Loc::Script(slot) => self.emit(Op::GetScript { dst, slot }),
            },
            Resolved::Upval(index, _) => self.emit(Op::GetUpval { dst, index }),
            Resolved::Global => self.emit(Op::LoadUndef { dst }),
        }
        Ok(())
    }

    /// Reads variable `name` into `dst`.
    pub(super) fn load_binding(
        &mut self,
        name: crate::ast::Name,
        dst: Reg,
        e: &Expr,
    ) -> CResult<()> {
        match self.resolve(name) {
            Resolved::Local(b) => {
                match b.loc {
                    Loc::Reg(r) => {
                        if r != dst {
                            self.emit(Op::Move { dst, src: r });
                        }
                    }
                    Loc::Cell(cell) => self.emit(Op::LoadCell { dst, cell }),
                    Loc::Script(slot) => self.emit(Op::GetScript { dst, slot }),
                }
                if self.needs_tdz_check(&b, e.span.start, false) {
                    let n = self.intern_name(name);
                    self.position(e.span);
                    self.emit(Op::CheckInit { reg: dst, name: n });
                }
            }
            Resolved::Upval(index, b) => {
                self.emit(Op::GetUpval { dst, index });
                if self.needs_tdz_check(&b, e.span.start, true) {
                    let n = self.intern_name(name);
                    self.position(e.span);
                    self.emit(Op::CheckInit { reg: dst, name: n });
                }
            }
            Resolved::Global => {
                let n = self.intern_name(name);
                self.position(e.span);
                self.emit(Op::GetGlobal { dst, name: n });
            }
        }
        Ok(())
    }

    fn template(&mut self, quasis: &[&[u16]], exprs: &[Expr], dst: Reg) -> CResult<()> {
        if exprs.is_empty() {
            let s = self.intern_js(quasis.first().map_or(&[][..], |q| &q[..]));
            self.emit(Op::LoadStr { dst, s });
            return Ok(());
        }
        enum Part<'a> {
            Text(&'a [u16]),
            Sub(&'a Expr<'a>),
        }
        let mut parts = Vec::with_capacity(quasis.len() + exprs.len());
        for (i, q) in quasis.iter().enumerate() {
            if !q.is_empty() {
                parts.push(Part::Text(q));
            }
            if let Some(x) = exprs.get(i) {
                parts.push(Part::Sub(x));
            }
        }
        let start = self.temps(parts.len())?;
        for (i, part) in parts.iter().enumerate() {
            let r = Reg(start.0 + i as u16);
            match part {
                Part::Text(t) => {
                    let s = self.intern_js(t);
                    self.emit(Op::LoadStr { dst: r, s });
                }
                Part::Sub(x) => self.expr_to(x, r)?,
            }
        }
        self.emit(Op::Concat {
            dst,
            start,
            count: parts.len() as u16,
        });
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &Expr, dst: Reg, e: &Expr) -> CResult<()> {
        match op {
            UnaryOp::Minus => {
                if let ExprKind::Number(v) = arg.kind {
                    self.load_number(-v, dst);
                    return Ok(());
                }
                let r = self.expr_reg(arg)?;
                self.position(e.span);
                self.emit(Op::Neg { dst, src: r });
            }
            UnaryOp::Plus => {
                let r = self.expr_reg(arg)?;
                self.position(e.span);
                self.emit(Op::ToNumber { dst, src: r });
            }
            UnaryOp::Not => {
                let r = self.expr_reg(arg)?;
                self.emit(Op::Not { dst, src: r });
            }
            UnaryOp::BitNot => {
                let r = self.expr_reg(arg)?;
                self.position(e.span);
                self.emit(Op::BitNot { dst, src: r });
            }
            UnaryOp::Void => {
                self.expr_effect(arg)?;
                self.emit(Op::LoadUndef { dst });
            }
            UnaryOp::Typeof => {
                if let ExprKind::Ident(name) = arg.kind {
                    if matches!(self.resolve(name), Resolved::Global) {
                        let n = self.intern_name(name);
                        self.emit(Op::TypeofGlobal { dst, name: n });
                        return Ok(());
                    }
                }
                let r = self.expr_reg(arg)?;
                self.emit(Op::Typeof { dst, src: r });
            }
            UnaryOp::Delete => match &arg.kind {
                ExprKind::Member {
                    object, property, ..
                } => {
                    let o = self.expr_reg(object)?;
                    let key = self.key_of_name(*property);
                    let key = self.key_const(key)?;
                    self.position(e.span);
                    self.emit(Op::DeleteProp { dst, obj: o, key });
                }
                ExprKind::Index(operands) => {
                    let (object, index) = &**operands;
                    let o = self.operand(object, index)?;
                    let k = self.expr_reg(index)?;
                    self.position(e.span);
                    self.emit(Op::DeleteElem {
                        dst,
                        obj: o,
                        key: k,
                    });
                }
                _ => {
                    self.expr_effect(arg)?;
                    self.emit(Op::LoadBool { dst, value: true });
                }
            },
        }
        Ok(())
    }

    fn binary(&mut self, op: BinaryOp, l: &Expr, r: &Expr, dst: Reg, e: &Expr) -> CResult<()> {
        if let (ExprKind::Number(a), ExprKind::Number(b)) = (&l.kind, &r.kind) {
            if let Some(v) = fold_numbers(op, *a, *b) {
                self.load_number(v, dst);
                return Ok(());
            }
        }
        let a = self.operand(l, r)?;
        let b = self.expr_reg(r)?;
        self.position(e.span);
        self.emit(binary_op(op, dst, a, b));
        Ok(())
    }

    /// Jumps when the truthiness of `e` is `when`; returns the jumps to
    /// patch. Falls through otherwise.
    pub(super) fn cond_jump(&mut self, e: &Expr, when: bool) -> CResult<Jumps> {
        match &e.kind {
            ExprKind::Unary(UnaryOp::Not, arg) => self.cond_jump(arg, !when),
            ExprKind::Logical(op, operands) => {
                let (l, r) = &**operands;
                let short = *op == LogicalOp::Or;
                if short == when {
                    // `a || b` jumping when true: either operand may jump.
                    let mut jumps = self.cond_jump(l, when)?;
                    jumps.extend(self.cond_jump(r, when)?);
                    Ok(jumps)
                } else {
                    // `a && b` jumping when true: `a` false skips to the end.
                    let skip = self.cond_jump(l, !when)?;
                    let jumps = self.cond_jump(r, when)?;
                    for p in skip {
                        self.patch_here(p);
                    }
                    Ok(jumps)
                }
            }
            ExprKind::Binary(op, operands) if compare_jump(*op, when, Reg(0), Reg(0)).is_some() => {
                let mark = self.mark();
                let (l, r) = &**operands;
                let a = self.operand(l, r)?;
                let b = self.expr_reg(r)?;
                self.position(e.span);
                let at = self.pc();
                if let Some(jump) = compare_jump(*op, when, a, b) {
                    self.emit(jump);
                }
                self.release(mark);
                Ok(smallvec::smallvec![super::Patch(at)])
            }
            ExprKind::Bool(b) if *b == when => Ok(smallvec::smallvec![self.emit_jump()]),
            ExprKind::Bool(_) => Ok(Jumps::new()),
            _ => {
                let mark = self.mark();
                let r = self.expr_reg(e)?;
                let p = self.emit_jump_if(r, when);
                self.release(mark);
                Ok(smallvec::smallvec![p])
            }
        }
    }

    /// Evaluates an assignment target's object and key; returns the place.
    fn place(&mut self, target: &Expr, value: Option<&Expr>) -> CResult<Place> {
        Ok(match &target.kind {
            ExprKind::Ident(name) => Place::Binding(*name),
            ExprKind::Member {
                object, property, ..
            } => {
                let o = match value {
                    Some(v) if may_assign(v) => self.expr_temp(object)?,
                    _ => self.expr_reg(object)?,
                };
                let key = self.key_of_name(*property);
                Place::Prop(o, self.key_const(key)?)
            }
            ExprKind::Index(operands) => {
                let (object, index) = &**operands;
                let assigns = may_assign(index) || value.is_some_and(may_assign);
                let o = if assigns {
                    self.expr_temp(object)?
                } else {
                    self.expr_reg(object)?
                };
                if let Some(key) = self.constant_key(index) {
                    Place::Prop(o, self.key_const(key)?)
                } else {
                    let k = if value.is_some_and(may_assign) {
                        self.expr_temp(index)?
                    } else {
                        self.expr_reg(index)?
                    };
                    Place::Elem {
                        obj: o,
                        key: k,
                        object_key: !always_primitive(index),
                    }
                }
            }
            _ => {
                // The parser only builds assignments to identifiers and
                // member accesses.
                let r = self.expr_temp(target)?;
                Place::Elem {
                    obj: r,
                    key: r,
                    object_key: false,
                }
            }
        })
    }

    /// Reads a place that is then written (`op=`, `++`); returns the place
    /// to write: a computed key is converted once, by the read, and the
    /// write uses the converted key.
    fn read_place(&mut self, place: Place, dst: Reg, target: &Expr) -> CResult<Place> {
        match place {
            Place::Binding(name) => self.load_binding(name, dst, target)?,
            Place::Prop(o, key) => {
                self.position(target.span);
                self.emit(Op::GetProp { dst, obj: o, key });
            }
            Place::Elem {
                obj,
                key,
                object_key: true,
            } => {
                let key_out = self.temp()?;
                self.position(target.span);
                self.emit(Op::GetElemOnce {
                    dst,
                    obj,
                    key,
                    key_out,
                });
                return Ok(Place::Elem {
                    obj,
                    key: key_out,
                    object_key: false,
                });
            }
            Place::Elem {
                obj,
                key,
                object_key: false,
            } => {
                self.position(target.span);
                self.emit(Op::GetElem { dst, obj, key });
            }
        }
        Ok(place)
    }

    fn write_place(&mut self, place: &Place, src: Reg, target: &Expr) -> CResult<()> {
        match place {
            Place::Binding(name) => self.store_binding(*name, src, target.span, false)?,
            Place::Prop(o, key) => {
                self.position(target.span);
                self.emit(Op::SetProp {
                    obj: *o,
                    key: *key,
                    src,
                });
            }
            Place::Elem { obj, key, .. } => {
                self.position(target.span);
                self.emit(Op::SetElem {
                    obj: *obj,
                    key: *key,
                    src,
                });
            }
        }
        Ok(())
    }

    /// The register of a local variable that can be assigned in place.
    fn local_reg(&mut self, target: &Expr) -> Option<Reg> {
        let ExprKind::Ident(name) = target.kind else {
            return None;
        };
        match self.resolve(name) {
            Resolved::Local(b)
                if !b.kind.is_immutable()
                    && !self.needs_tdz_check(&b, target.span.start, false) =>
            {
                match b.loc {
                    Loc::Reg(r) => Some(r),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `target op= value`; the result (the assigned value) goes to `dst`.
    fn assign(
        &mut self,
        op: AssignOp,
        target: &Expr,
        value: &Expr,
        dst: Option<Reg>,
        e: &Expr,
    ) -> CResult<()> {
        if op == AssignOp::Assign {
            if let (ExprKind::Ident(name), ExprKind::Function(f)) = (&target.kind, &value.kind) {
                // `(f) = function () {}` names nothing: a parenthesised
                // target is not an IdentifierReference.
                let parenthesised =
                    self.source.as_bytes().get(target.span.start as usize) == Some(&b'(');
                if f.name.is_none() && !parenthesised {
                    let t = self.temp()?;
                    self.expr_to_named(value, t, *name)?;
                    self.store_binding(*name, t, target.span, false)?;
                    if let Some(d) = dst {
                        self.emit(Op::Move { dst: d, src: t });
                    }
                    return Ok(());
                }
            }
            if let Some(local) = self.local_reg(target) {
                self.expr_to_var(value, local)?;
                if let Some(d) = dst {
                    if d != local {
                        self.emit(Op::Move { dst: d, src: local });
                    }
                }
                return Ok(());
            }
            let place = self.place(target, Some(value))?;
            let v = match dst {
                Some(d) => {
                    self.expr_to(value, d)?;
                    d
                }
                None => self.expr_reg(value)?,
            };
            self.write_place(&place, v, target)?;
            return Ok(());
        }
        let bin = op.binary().unwrap_or(BinaryOp::Add);
        let place = self.place(target, Some(value))?;
        let result = match dst {
            Some(d) => d,
            None => self.temp()?,
        };
        let old = self.temp()?;
        let place = self.read_place(place, old, target)?;
        let rhs = self.expr_reg(value)?;
        self.position(e.span);
        self.emit(binary_op(bin, result, old, rhs));
        self.write_place(&place, result, target)?;
        Ok(())
    }

    /// `++x`, `x--`...; the expression's value goes to `dst` when wanted.
    fn update(
        &mut self,
        op: UpdateOp,
        prefix: bool,
        target: &Expr,
        dst: Option<Reg>,
        e: &Expr,
    ) -> CResult<()> {
        let step = |dst: Reg, src: Reg| match op {
            UpdateOp::Inc => Op::Inc { dst, src },
            UpdateOp::Dec => Op::Dec { dst, src },
        };
        if let Some(local) = self.local_reg(target) {
            self.position(e.span);
            match dst {
                Some(d) if !prefix => {
                    self.emit(Op::ToNumber { dst: d, src: local });
                    self.emit(step(local, d));
                }
                Some(d) => {
                    self.emit(step(local, local));
                    self.emit(Op::Move { dst: d, src: local });
                }
                None => self.emit(step(local, local)),
            }
            return Ok(());
        }
        let place = self.place(target, None)?;
        let old = self.temp()?;
        let place = self.read_place(place, old, target)?;
        self.position(e.span);
        let new = self.temp()?;
        if prefix {
            self.emit(step(new, old));
            self.write_place(&place, new, target)?;
            if let Some(d) = dst {
                self.emit(Op::Move { dst: d, src: new });
            }
        } else {
            self.emit(Op::ToNumber { dst: old, src: old });
            self.emit(step(new, old));
            self.write_place(&place, new, target)?;
            if let Some(d) = dst {
                self.emit(Op::Move { dst: d, src: old });
            }
        }
        Ok(())
    }

    /// Fills a call window `R[f]` (callee), `R[f+1]` (this), `R[f+2..]`
    /// (arguments).
    fn call_window(&mut self, callee: &Expr, args: &[Expr], method: bool) -> CResult<Reg> {
        let f = self.temps(2)?;
        let this = Reg(f.0 + 1);
        match &callee.kind {
            ExprKind::Member {
                object, property, ..
            } if method => {
                // A receiver in a variable's register is copied into the
                // window by the read of the method itself.
                let receiver = self.var_reg(object);
                if receiver.is_none() {
                    self.expr_to(object, this)?;
                }
                let key = self.key_of_name(*property);
                let key = self.key_const(key)?;
                self.position(callee.span);
                self.emit(match receiver {
                    Some(obj) => Op::GetMethod { dst: f, obj, key },
                    None => Op::GetProp {
                        dst: f,
                        obj: this,
                        key,
                    },
                });
            }
            ExprKind::Index(operands) if method => {
                let (object, index) = &**operands;
                self.expr_to(object, this)?;
                let mark = self.mark();
                if let Some(key) = self.constant_key(index) {
                    let key = self.key_const(key)?;
                    self.position(callee.span);
                    self.emit(Op::GetProp {
                        dst: f,
                        obj: this,
                        key,
                    });
                } else {
                    let k = self.expr_reg(index)?;
                    self.position(callee.span);
                    self.emit(Op::GetElem {
                        dst: f,
                        obj: this,
                        key: k,
                    });
                }
                self.release(mark);
            }
            _ => {
                self.expr_to(callee, f)?;
                self.emit(Op::LoadUndef { dst: this });
            }
        }
        let first = self.temps(args.len())?;
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, Reg(first.0 + i as u16))?;
        }
        Ok(f)
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], dst: Reg, e: &Expr) -> CResult<()> {
        let f = self.call_window(callee, args, true)?;
        self.position(e.span);
        self.name_callee(callee);
        self.emit(Op::Call {
            dst,
            func: f,
            argc: args.len() as u16,
        });
        Ok(())
    }

    fn new_call(&mut self, callee: &Expr, args: &[Expr], dst: Reg, e: &Expr) -> CResult<()> {
        let f = self.call_window(callee, args, false)?;
        self.position(e.span);
        self.name_callee(callee);
        self.emit(Op::New {
            dst,
            func: f,
            argc: args.len() as u16,
        });
        Ok(())
    }

    /// Records how the callee of the next instruction is written, for the
    /// "is not a function" message.
    fn name_callee(&mut self, callee: &Expr) {
        // Written into the compiler's reused buffer: most calls have one.
        if let ExprKind::Ident(n) = callee.kind {
            // The text is the name, whose string is interned once.
            let s = self.intern_name(n);
            let pc = self.pc() as u32;
            self.f().proto.callee_names.push((pc, s));
            return;
        }
        let memo = match &callee.kind {
            ExprKind::Member {
                object, property, ..
            } => method_object(object).map(|o| (o, *property)),
            _ => None,
        };
        let known = memo.and_then(|key| self.method_names.get(&key).copied());
        let s = match known {
            Some(s) => s,
            None => {
                let mut text = std::mem::take(&mut self.callee_buf);
                text.clear();
                let named = self.callee_text(callee, &mut text);
                let s = named.then(|| self.intern(&text));
                self.callee_buf = text;
                let Some(s) = s else { return };
                if let Some(key) = memo {
                    self.method_names.insert(key, s);
                }
                s
            }
        };
        let pc = self.pc() as u32;
        self.f().proto.callee_names.push((pc, s));
    }

    /// Writes `a.b.c` / `a[0]` / `this.x` for simple callee expressions.
    fn callee_text(&self, e: &Expr, out: &mut String) -> bool {
        match &e.kind {
            ExprKind::Ident(n) => {
                out.push_str(self.names.resolve(*n));
                true
            }
            ExprKind::This => {
                out.push_str("this");
                true
            }
            ExprKind::Member {
                object, property, ..
            } => {
                if !self.callee_text(object, out) {
                    out.push_str("(...)");
                }
                out.push('.');
                out.push_str(self.names.resolve(*property));
                true
            }
            ExprKind::Index(operands) => {
                if !self.callee_text(&operands.0, out) {
                    out.push_str("(...)");
                }
                out.push_str("[...]");
                true
            }
            ExprKind::Call { callee, .. } => {
                if !self.callee_text(callee, out) {
                    out.push_str("(...)");
                }
                out.push_str("(...)");
                true
            }
            _ => false,
        }
    }
}
