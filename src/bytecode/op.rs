//! The instruction set: every opcode, its operands and its effect, in one
//! table. The `Op` enum, its names and the disassembler are generated from
//! it, so nothing about an opcode is written twice.
//!
//! Notation (as in Lua's `lopcodes.h`): `R[x]` is register `x` of the
//! current frame (`R[0]` holds `this`, `R[1..]` the parameters); `C[x]` is
//! cell slot `x` of the frame (a captured variable); `U[x]` is upvalue `x` of
//! the running closure; `S[x]` is script slot `x` (a top-level binding);
//! `K` operands index the prototype's constant tables; jump offsets are
//! relative to the next instruction.
//!
//! Calls use a register window: `R[f]` holds the callee, `R[f+1]` the `this`
//! value and `R[f+2 ..= f+1+argc]` the arguments; the callee's frame starts
//! at `R[f+1]`, so arguments are never copied.

use crate::value::JsStr;
use std::fmt;

/// A register of the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reg(pub u16);

/// A cell slot of the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell(pub u16);

/// An index into a prototype's constant table (numbers or keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct K(pub u32);

/// A jump offset, relative to the next instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offset(pub i32);

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0)
    }
}

impl fmt::Display for K {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "k{}", self.0)
    }
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:+}", self.0)
    }
}

/// Shows an operand in a disassembly.
pub trait Operand {
    /// The operand as text.
    fn show(&self) -> String;

    /// The register it names, if it is one.
    fn register(&self) -> Option<u32> {
        None
    }
}

impl Operand for Reg {
    fn show(&self) -> String {
        self.to_string()
    }

    fn register(&self) -> Option<u32> {
        Some(u32::from(self.0))
    }
}
impl Operand for Cell {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for K {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for Offset {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for JsStr {
    fn show(&self) -> String {
        format!("s{}", self.0)
    }
}
impl Operand for u16 {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for u32 {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for i32 {
    fn show(&self) -> String {
        self.to_string()
    }
}
impl Operand for bool {
    fn show(&self) -> String {
        self.to_string()
    }
}

macro_rules! define_ops {
    ($( $(#[doc = $doc:literal])+ $name:ident { $($field:ident : $ty:ty),* } ),* $(,)?) => {
        /// One instruction. See the module documentation for the notation.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $( $(#[doc = $doc])+ $name { $( #[allow(missing_docs)] $field: $ty ),* } ),*
        }

        impl Op {
            /// The opcode's name.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Op::$name { .. } => stringify!($name) ),*
                }
            }

            /// The operands as `name=value` text, for the disassembler.
            pub fn operands(&self) -> Vec<String> {
                match self {
                    $( Op::$name { $($field),* } => vec![$(format!("{}={}", stringify!($field), Operand::show($field))),*] ),*
                }
            }

            /// The one-line documentation of the opcode.
            pub fn doc(&self) -> &'static str {
                match self {
                    $( Op::$name { .. } => concat!($($doc),+) ),*
                }
            }

            /// The highest register the instruction names, the windows of
            /// calls and concatenations included; `None` when it names none.
            pub fn highest_register(&self) -> Option<u32> {
                let named = match self {
                    $( Op::$name { $($field),* } => {
                        std::iter::empty::<u32>()$(.chain(Operand::register($field)))*.max()
                    } ),*
                };
                let window = match *self {
                    Op::Concat { start, count, .. } => {
                        (count > 0).then(|| u32::from(start.0) + u32::from(count) - 1)
                    }
                    Op::Call { func, argc, .. } | Op::New { func, argc, .. } => {
                        Some(u32::from(func.0) + 1 + u32::from(argc))
                    }
                    Op::GetMethod { dst, .. } => Some(u32::from(dst.0) + 1),
                    _ => None,
                };
                named.max(window)
            }
        }
    };
}

define_ops! {
    /// `R[dst] := undefined`
    LoadUndef { dst: Reg },
    /// `R[dst] := null`
    LoadNull { dst: Reg },
    /// `R[dst] := value` (a boolean)
    LoadBool { dst: Reg, value: bool },
    /// `R[dst] := value` (a small integer, as a number)
    LoadInt { dst: Reg, value: i32 },
    /// `R[dst] := numbers[k]`
    LoadNum { dst: Reg, k: K },
    /// `R[dst] := s` (a string constant)
    LoadStr { dst: Reg, s: JsStr },
    /// `R[dst] := <uninitialised>`: a `let`/`const` in its temporal dead zone
    LoadEmpty { dst: Reg },
    /// `R[dst] := R[src]`
    Move { dst: Reg, src: Reg },
    /// `if R[reg] is <uninitialised> { throw ReferenceError(name) }`
    CheckInit { reg: Reg, name: JsStr },
    /// `throw TypeError("Assignment to constant variable name")`
    ThrowConstAssign { name: JsStr },

    /// `C[cell] := new cell holding R[src]`
    NewCell { cell: Cell, src: Reg },
    /// `R[dst] := value of C[cell]`
    LoadCell { dst: Reg, cell: Cell },
    /// `value of C[cell] := R[src]`
    StoreCell { cell: Cell, src: Reg },
    /// `R[dst] := value of U[index]`
    GetUpval { dst: Reg, index: u16 },
    /// `value of U[index] := R[src]`
    SetUpval { index: u16, src: Reg },
    /// `R[dst] := S[slot]`
    GetScript { dst: Reg, slot: u16 },
    /// `S[slot] := R[src]`
    SetScript { slot: u16, src: Reg },
    /// `R[dst] := global[name]`, ReferenceError if the global object has no such property
    GetGlobal { dst: Reg, name: JsStr },
    /// `R[dst] := typeof global[name]`, `"undefined"` when absent
    TypeofGlobal { dst: Reg, name: JsStr },
    /// `global[name] := R[src]`, ReferenceError if absent (strict mode)
    SetGlobal { name: JsStr, src: Reg },

    /// `R[dst] := R[obj][keys[key]]`
    GetProp { dst: Reg, obj: Reg, key: K },
    /// `R[dst + 1] := R[obj]; R[dst] := R[obj][keys[key]]`: a method and
    /// its receiver, read into a call window
    GetMethod { dst: Reg, obj: Reg, key: K },
    /// `R[obj][keys[key]] := R[src]`
    SetProp { obj: Reg, key: K, src: Reg },
    /// `R[dst] := R[obj][R[key]]`
    GetElem { dst: Reg, obj: Reg, key: Reg },
    /// `R[obj][R[key]] := R[src]`
    SetElem { obj: Reg, key: Reg, src: Reg },
    /// `R[key_out] := ToPrimitive(R[key], string)` (TypeError first if `R[obj]` is null or undefined), then `R[dst] := R[obj][R[key_out]]`: the read of `o[k] op= v` and `o[k]++`, whose write then uses `R[key_out]`, so an object key is converted once
    GetElemOnce { dst: Reg, obj: Reg, key: Reg, key_out: Reg },
    /// `R[dst] := delete R[obj][keys[key]]`
    DeleteProp { dst: Reg, obj: Reg, key: K },
    /// `R[dst] := delete R[obj][R[key]]`
    DeleteElem { dst: Reg, obj: Reg, key: Reg },
    /// `R[dst] := R[key] in R[obj]`
    In { dst: Reg, key: Reg, obj: Reg },
    /// `R[dst] := R[a] instanceof R[b]`
    InstanceOf { dst: Reg, a: Reg, b: Reg },

    /// `R[dst] := {}` with room for `capacity` properties (an object literal's)
    NewObject { dst: Reg, capacity: u16 },
    /// `R[dst] := []` with room for `capacity` elements (how many the literal lists)
    NewArray { dst: Reg, capacity: u16 },
    /// define data property `keys[key]` of `R[obj]` as `R[src]` (object literals)
    InitProp { obj: Reg, key: K, src: Reg },
    /// InitProp of a key its literal has not defined before: appended to `R[obj]`'s run unsearched
    AppendProp { obj: Reg, key: K, src: Reg },
    /// `[[Prototype]] of R[obj] := R[src]` if `R[src]` is an object or null (`__proto__: v` in an object literal, Annex B)
    SetProto { obj: Reg, src: Reg },
    /// define the getter of property `keys[key]` of `R[obj]` as `R[func]`
    InitGetter { obj: Reg, key: K, func: Reg },
    /// define the setter of property `keys[key]` of `R[obj]` as `R[func]`
    InitSetter { obj: Reg, key: K, func: Reg },
    /// append `R[src]` to the array `R[arr]` (array literals)
    InitElem { arr: Reg, src: Reg },
    /// append a hole to the array `R[arr]` (`[a, , b]`)
    InitHole { arr: Reg },
    /// `R[dst] := new RegExp(regexes[index])`
    NewRegExp { dst: Reg, index: u32 },

    /// `R[dst] := R[a] + R[b]`
    Add { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] - R[b]`
    Sub { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] * R[b]`
    Mul { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] / R[b]`
    Div { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] % R[b]`
    Rem { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] ** R[b]`
    Exp { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] << R[b]`
    Shl { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] >> R[b]`
    Shr { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] >>> R[b]`
    UShr { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] & R[b]`
    BitAnd { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] | R[b]`
    BitOr { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] ^ R[b]`
    BitXor { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] == R[b]`
    Eq { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] != R[b]`
    NotEq { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] === R[b]`
    StrictEq { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] !== R[b]`
    StrictNotEq { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] < R[b]`
    Lt { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] > R[b]`
    Gt { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] <= R[b]`
    Le { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := R[a] >= R[b]`
    Ge { dst: Reg, a: Reg, b: Reg },
    /// `R[dst] := !R[src]`
    Not { dst: Reg, src: Reg },
    /// `R[dst] := ~R[src]`
    BitNot { dst: Reg, src: Reg },
    /// `R[dst] := -R[src]`
    Neg { dst: Reg, src: Reg },
    /// `R[dst] := ToNumber(R[src])` (unary `+`, and the old value of `x++`)
    ToNumber { dst: Reg, src: Reg },
    /// `R[dst] := ToNumber(R[src]) + 1`
    Inc { dst: Reg, src: Reg },
    /// `R[dst] := ToNumber(R[src]) - 1`
    Dec { dst: Reg, src: Reg },
    /// `R[dst] := typeof R[src]`
    Typeof { dst: Reg, src: Reg },
    /// `R[dst] := ToString(R[start]) + ... + ToString(R[start+count-1])` (templates)
    Concat { dst: Reg, start: Reg, count: u16 },

    /// `pc += offset`
    Jump { offset: Offset },
    /// `if ToBoolean(R[cond]) { pc += offset }`
    JumpIfTrue { cond: Reg, offset: Offset },
    /// `if !ToBoolean(R[cond]) { pc += offset }`
    JumpIfFalse { cond: Reg, offset: Offset },
    /// `if R[a] === value { pc += offset }` (a small integer; `finally` dispatch)
    JumpIfInt { a: Reg, value: i32, offset: Offset },
    /// `if (R[a] < R[b]) == when { pc += offset }` (a comparison tested by a loop or an `if`)
    JumpIfLt { a: Reg, b: Reg, when: bool, offset: Offset },
    /// `if (R[a] <= R[b]) == when { pc += offset }`
    JumpIfLe { a: Reg, b: Reg, when: bool, offset: Offset },
    /// `if (R[a] > R[b]) == when { pc += offset }`
    JumpIfGt { a: Reg, b: Reg, when: bool, offset: Offset },
    /// `if (R[a] >= R[b]) == when { pc += offset }`
    JumpIfGe { a: Reg, b: Reg, when: bool, offset: Offset },
    /// `if (R[a] === R[b]) == when { pc += offset }` (`!==` jumps on the other outcome)
    JumpIfStrictEq { a: Reg, b: Reg, when: bool, offset: Offset },
    /// `if (R[a] == R[b]) == when { pc += offset }` (`!=` jumps on the other outcome)
    JumpIfEq { a: Reg, b: Reg, when: bool, offset: Offset },

    /// `R[dst] := closure of prototype protos[proto]` capturing its upvalues
    Closure { dst: Reg, proto: u32 },
    /// `R[dst] := R[func](R[func+2 ..= func+1+argc])` with `this` = `R[func+1]`
    Call { dst: Reg, func: Reg, argc: u16 },
    /// `R[dst] := new R[func](R[func+2 ..= func+1+argc])`
    New { dst: Reg, func: Reg, argc: u16 },
    /// return `R[src]` to the caller
    Return { src: Reg },
    /// `R[dst] := the arguments object of this call`
    Arguments { dst: Reg },
    /// `R[dst] := the function object of this call` (a named function expression's own name)
    Callee { dst: Reg },
    /// `R[dst] := [arguments from index `from` on]` (rest parameter)
    Rest { dst: Reg, from: u16 },
    /// `R[dst] := await R[src]`: suspend the async function until the value settles
    Await { dst: Reg, src: Reg },

    /// throw `R[src]`
    Throw { src: Reg },
    /// `R[dst] := iterator over the enumerable string keys of R[obj]` (`for-in`)
    ForInStart { dst: Reg, obj: Reg },
    /// `R[dst] := next key of R[iter]`, or `pc += done` when there is none
    ForInNext { dst: Reg, iter: Reg, done: Offset },
    /// no operation (the `debugger` statement)
    Nop {},
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<16}", self.name())?;
        for o in self.operands() {
            write!(f, " {o}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_register_counts_call_and_concat_windows() {
        let r = Reg;
        let cases = [
            (
                Op::Move {
                    dst: r(2),
                    src: r(9),
                },
                Some(9),
            ),
            (Op::Jump { offset: Offset(3) }, None),
            (
                Op::Call {
                    dst: r(1),
                    func: r(4),
                    argc: 3,
                },
                Some(8),
            ),
            (
                Op::New {
                    dst: r(12),
                    func: r(4),
                    argc: 0,
                },
                Some(12),
            ),
            (
                Op::Concat {
                    dst: r(0),
                    start: r(5),
                    count: 4,
                },
                Some(8),
            ),
            // Named, though an empty window reads nothing.
            (
                Op::Concat {
                    dst: r(3),
                    start: r(5),
                    count: 0,
                },
                Some(5),
            ),
        ];
        for (op, want) in cases {
            assert_eq!(op.highest_register(), want, "{op}");
        }
    }

    #[test]
    fn instructions_stay_small() {
        assert!(
            std::mem::size_of::<Op>() <= 12,
            "Op is {} bytes",
            std::mem::size_of::<Op>()
        );
    }

    #[test]
    fn disassembly_shows_names_and_operands() {
        let op = Op::Add {
            dst: Reg(3),
            a: Reg(1),
            b: Reg(2),
        };
        assert_eq!(op.to_string(), "Add              dst=r3 a=r1 b=r2");
        assert_eq!(op.doc(), " `R[dst] := R[a] + R[b]`");
    }
}
