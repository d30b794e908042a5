//! Compiled code: function prototypes and the script that holds them.
//!
//! Everything here is immutable once the compiler has built it and is
//! `Send + Sync`: one compiled script serves every worker thread.

mod op;

pub use op::{Cell, K, Offset, Op, Operand, Reg};

use crate::features::Runtime;
use crate::heap::{HeapData, Key, StringTable};
use crate::source::{LineIndex, Span};
use crate::value::JsStr;
use std::fmt::Write;
use std::sync::{Arc, OnceLock};

/// Where a closure's upvalue comes from when the closure is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpvalSource {
    /// A cell slot of the creating frame.
    Cell(u16),
    /// An upvalue of the creating closure.
    Upval(u16),
}

/// A protected range of code and where its exceptions go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// Where execution continues with the exception.
    pub target: u32,
    /// The register that receives the thrown value.
    pub exception: Reg,
}

/// What kind of function a prototype is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtoKind {
    /// The top-level code of the script.
    Script,
    /// A `function` declaration or expression: a constructor.
    Normal,
    /// An arrow function.
    Arrow,
    /// An object-literal getter or setter.
    Accessor,
}

/// A compiled function.
#[derive(Clone, Debug)]
pub struct FunctionProto {
    /// The function's name (a script string), if it has one.
    pub name: Option<JsStr>,
    /// What kind of function.
    pub kind: ProtoKind,
    /// `async function`.
    pub is_async: bool,
    /// The instructions.
    pub code: Vec<Op>,
    /// Number constants.
    pub numbers: Vec<f64>,
    /// Property-key constants.
    pub keys: Vec<Key>,
    /// The VM's property hint for `GetProp` and `SetProp` with key `k` of
    /// this function is hint number `hint_base + k` (numbered across the
    /// script).
    pub hint_base: u32,
    /// Registers used, `this` and parameters included.
    pub registers: u16,
    /// Cell slots used.
    pub cells: u16,
    /// Declared parameters (the function's `length`).
    pub params: u16,
    /// Has a rest parameter.
    pub has_rest: bool,
    /// Creates its `arguments` object (its own, or one an arrow function
    /// inside it reads).
    pub uses_arguments: bool,
    /// Where each upvalue comes from.
    pub upvals: Vec<UpvalSource>,
    /// Exception handlers, innermost first.
    pub handlers: Vec<Handler>,
    /// `(first instruction, source offset)` pairs, by instruction.
    pub positions: Vec<(u32, u32)>,
    /// For call and `new` instructions: how the callee is written
    /// (`request.foo`), for "is not a function" messages. Sorted by pc.
    pub callee_names: Vec<(u32, JsStr)>,
    /// The function's source text.
    pub span: Span,
}

impl FunctionProto {
    /// Whether a call must keep the arguments past the parameters: only
    /// `arguments`, a rest parameter and an async function's suspension
    /// read them, so a callback such as `function (v) { return v.value; }`
    /// called with three arguments by `map` has nothing to keep.
    pub fn reads_extra_args(&self) -> bool {
        self.uses_arguments || self.has_rest || self.is_async
    }

    /// The source offset of instruction `pc`.
    pub fn position(&self, pc: u32) -> u32 {
        let i = self.positions.partition_point(|&(at, _)| at <= pc);
        if i == 0 {
            self.span.start
        } else {
            self.positions[i - 1].1
        }
    }

    /// The innermost handler covering instruction `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<Handler> {
        self.handlers
            .iter()
            .find(|h| h.start <= pc && pc < h.end)
            .copied()
    }
}

/// A top-level binding of the script (a `var`, function, `let`, `const`
/// or import at the top level).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScriptSlot {
    /// Its name (a script or realm string).
    pub name: JsStr,
    /// `var` and function declarations are also properties of the global
    /// object; `let`, `const` and imports are not.
    pub on_global: bool,
}

/// A module a script imports (2.0): `import name from 'module'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The module specifier.
    pub module: String,
    /// The script slot that receives the module's default export or
    /// namespace.
    pub slot: u16,
    /// Named imports: (exported name, slot).
    pub named: Vec<(String, u16)>,
    /// Where the specifier is written.
    pub span: Span,
}

/// A regular-expression literal, compiled once per script.
#[derive(Debug)]
pub struct RegexLiteral {
    /// The compiled pattern (with its source and flags).
    pub compiled: Arc<crate::regexp::Compiled>,
}

/// A compiled function file.
#[derive(Debug)]
pub struct Script {
    /// The runtime it was compiled for.
    pub runtime: Runtime,
    /// Every function; `protos[0]` is the top-level code.
    pub protos: Vec<FunctionProto>,
    /// Constant strings; their handles follow the realm's strings.
    pub strings: Arc<StringTable>,
    /// How many realm strings there were when the script was compiled.
    pub realm_strings: u32,
    /// Top-level bindings.
    pub slots: Vec<ScriptSlot>,
    /// Imports, in source order.
    pub imports: Vec<Import>,
    /// Regular-expression literals.
    pub regexes: Vec<RegexLiteral>,
    /// The realm data the script was compiled against: a name the realm
    /// has (a top-level function named like a built-in method, `test`)
    /// keeps the realm's handle, whose text [`Script::string`] reads from
    /// the realm's table.
    pub realm: Arc<HeapData>,
    /// The source text, for error locations.
    pub source: Arc<str>,
    /// The file name used in error locations.
    pub file: Arc<str>,
    /// Line table of `source`, made when first asked for (only error
    /// locations and listings need it; most scripts never throw).
    pub lines: OnceLock<LineIndex>,
}

impl Script {
    /// The line table of `source`.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.source))
    }

    /// How many property hints a VM keeps for this script: one per
    /// property-key constant of each function.
    pub fn hint_count(&self) -> usize {
        self.protos
            .last()
            .map_or(0, |p| p.hint_base as usize + p.keys.len())
    }

    /// The slot of the top-level binding `name`, if any.
    pub fn slot_named(&self, name: &str) -> Option<u16> {
        self.slots
            .iter()
            .position(|s| self.string_is(s.name, name))
            .map(|i| i as u16)
    }

    /// Whether string `s` has the text `text` (without making a `String`
    /// of it, as [`Script::string`] does).
    fn string_is(&self, s: JsStr, text: &str) -> bool {
        match s.0.checked_sub(self.realm_strings) {
            Some(i) => self.strings.units(i).iter().eq(text.encode_utf16()),
            None => self
                .realm
                .texts
                .get(s.0 as usize)
                .is_some_and(|t| **t == *text),
        }
    }

    /// A string the script holds, as Rust text.
    pub fn string(&self, s: JsStr) -> String {
        match s.0.checked_sub(self.realm_strings) {
            Some(i) => self.strings.units(i).to_rust_string(),
            None => self
                .realm
                .texts
                .get(s.0 as usize)
                .map(|t| String::from(&**t))
                .unwrap_or_default(),
        }
    }

    /// A readable listing of every function, one instruction per line with
    /// its source position.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.protos.iter().enumerate() {
            let name = p
                .name
                .map_or_else(|| "<anonymous>".to_string(), |n| self.string(n));
            let _ = writeln!(
                out,
                "function #{i} {name} ({:?}{}) registers={} cells={} params={}{}",
                p.kind,
                if p.is_async { ", async" } else { "" },
                p.registers,
                p.cells,
                p.params,
                if p.has_rest { " +rest" } else { "" }
            );
            for (pc, op) in p.code.iter().enumerate() {
                let at = self.lines().line_col(&self.source, p.position(pc as u32));
                let _ = writeln!(out, "  {pc:4} {at:>7}  {op}");
            }
            for h in &p.handlers {
                let _ = writeln!(
                    out,
                    "  handler [{}, {}) -> {} exception={}",
                    h.start, h.end, h.target, h.exception
                );
            }
        }
        out
    }

    /// The first instruction that names a register at or past its
    /// function's `registers` count, as `function #i, pc: op`; `None` when
    /// there is none. Every frame's registers are a window of the one
    /// register vector all frames share, so such an instruction would read
    /// or write another frame's registers with no error at all; the tests
    /// hold the compiler to this check.
    pub fn register_fault(&self) -> Option<String> {
        self.protos.iter().enumerate().find_map(|(i, p)| {
            let (pc, op) = p.code.iter().enumerate().find(|(_, op)| {
                op.highest_register()
                    .is_some_and(|r| r >= u32::from(p.registers))
            })?;
            Some(format!(
                "function #{i} (registers={}), {pc}: {op}",
                p.registers
            ))
        })
    }
}
