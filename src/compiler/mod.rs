//! The compiler: AST → register bytecode ([`Script`]).
//!
//! - `analyze.rs` finds which bindings are captured by nested functions;
//!   those live in cells, the rest in registers.
//! - `scope.rs` holds the declaration rules both passes share.
//! - this file holds the per-function state: registers (allocated like a
//!   stack: named locals first, temporaries above), scopes, name resolution
//!   (register, cell, upvalue, script slot or global), constants, jumps and
//!   source positions.
//! - `expr.rs` and `stmt.rs` generate code for expressions and statements.
//!
//! Top-level declarations become script slots: `var` and function
//! declarations are also visible as properties of the global object (script
//! semantics, as njs gives), `let`/`const`/imports are not.

mod analyze;
mod expr;
mod scope;
mod stmt;

use crate::ast::{self, Function, FunctionBody, FunctionKind, Name, Program};
use crate::bytecode::{
    Cell, FunctionProto, Import, K, Offset, Op, ProtoKind, Reg, RegexLiteral, Script, ScriptSlot,
    UpvalSource,
};
use crate::heap::{HeapData, Key, StringTable, Units};
use crate::source::Span;
use crate::value::JsStr;
use ahash::AHashMap;
use analyze::{Analysis, SCRIPT_KEY};
use scope::{Decl, DeclKind, lexical_decls, var_decls};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// The function is too big for the instruction format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooComplex {
    /// What overflowed.
    pub what: &'static str,
    /// Where.
    pub span: Span,
}

impl fmt::Display for TooComplex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "function too complex: {}", self.what)
    }
}

type CResult<T> = Result<T, TooComplex>;

/// Compiles a parsed program against the realm data `realm`: names its
/// string table holds keep the realm's handles.
pub fn compile(
    program: &Program,
    realm: &Arc<HeapData>,
    source: Arc<str>,
    file: Arc<str>,
) -> CResult<Script> {
    let analysis = analyze::analyze(program);
    let protos = Vec::with_capacity(analysis.functions + 1);
    let mut c = Compiler {
        source: &source,
        names: &program.names,
        literals: &program.literals,
        realm_strings: &realm.strings,
        strings: StringTable::with_capacity(
            analysis.literals + program.names.len(),
            analysis.literal_units + program.names.len() * 8,
        ),
        analysis,
        protos,
        funcs: Vec::new(),
        slots: Vec::new(),
        slot_by_name: AHashMap::new(),
        imports: Vec::new(),
        regexes: Vec::new(),
        literal_regexes: &program.regexes,
        name_strs: vec![None; program.names.len()],
        callee_buf: String::new(),
        method_names: AHashMap::new(),
        arguments_name: program.names.get("arguments"),
        proto_name: program.names.get("__proto__"),
        latin1_buf: Vec::new(),
        decl_buf: Vec::new(),
        spare: Vec::new(),
    };
    c.protos.push(placeholder_proto());
    c.script(program)?;
    let (mut protos, strings, slots, imports, regexes) =
        (c.protos, c.strings, c.slots, c.imports, c.regexes);
    let mut hints = 0;
    for p in &mut protos {
        p.hint_base = hints;
        hints += p.keys.len() as u32;
    }
    Ok(Script {
        runtime: program.runtime,
        protos,
        strings: Arc::new(strings),
        realm_strings: realm.strings.len() as u32,
        slots,
        imports,
        regexes,
        realm: realm.clone(),
        source,
        file,
        lines: OnceLock::new(),
    })
}

fn placeholder_proto() -> FunctionProto {
    FunctionProto {
        name: None,
        kind: ProtoKind::Script,
        is_async: false,
        code: Vec::new(),
        numbers: Vec::new(),
        keys: Vec::new(),
        hint_base: 0,
        registers: 1,
        cells: 0,
        params: 0,
        has_rest: false,
        uses_arguments: false,
        upvals: Vec::new(),
        handlers: Vec::new(),
        positions: Vec::new(),
        callee_names: Vec::new(),
        span: Span::default(),
    }
}

/// Where a binding lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loc {
    Reg(Reg),
    Cell(Cell),
    Script(u16),
}

/// A binding visible in a scope.
#[derive(Clone, Copy, Debug)]
struct Binding {
    name: Name,
    loc: Loc,
    kind: DeclKind,
    /// Declaration offset: the binding's identity.
    at: u32,
    /// End of its initialisation ([`Decl::ready`]): reads textually after
    /// it, in the same function and not in a `switch`, need no
    /// temporal-dead-zone check.
    ready: u32,
}

/// What a name refers to from the current function.
#[derive(Clone, Copy, Debug)]
enum Resolved {
    Local(Binding),
    Upval(u16, Binding),
    Global,
}

#[derive(Debug)]
struct Scope {
    /// Where this scope's bindings start in [`FnState::bindings`].
    start: usize,
    /// Reads of TDZ bindings of this scope always check (switch clauses
    /// can be entered past a declaration).
    always_check: bool,
    /// First register above this scope's locals when it was entered.
    saved_next_reg: u16,
}

/// A jump to patch once its target is known.
#[derive(Clone, Copy, Debug)]
struct Patch(usize);

/// The jumps a condition leaves to patch: nearly always one, a few for
/// `a || b || c`.
type Jumps = smallvec::SmallVec<[Patch; 2]>;

/// A `break`/`continue` target: a loop, a switch or a labelled statement.
#[derive(Debug)]
struct JumpTarget {
    labels: Vec<Name>,
    is_loop: bool,
    breaks: Vec<Patch>,
    continues: Vec<Patch>,
    /// How many `finally` blocks were open when the target was entered.
    finally_depth: usize,
}

/// A `try ... finally` being compiled: jumps and returns that leave it go
/// through the `finally` block first.
#[derive(Debug)]
struct FinallyCtx {
    /// Holds the completion kind when the `finally` block is entered.
    kind: Reg,
    /// Holds the thrown or returned value.
    value: Reg,
    /// Jumps to the `finally` entry, to patch.
    entries: Vec<Patch>,
    /// Pending exits: (completion kind, what to do after `finally`).
    exits: Vec<(i32, Exit)>,
}

/// What a jump out of a `try` block does once `finally` has run.
#[derive(Clone, Copy, Debug)]
enum Exit {
    Return,
    Break(usize),
    Continue(usize),
}

/// Completion kinds stored in [`FinallyCtx::kind`].
const COMPLETION_NORMAL: i32 = 0;
const COMPLETION_THROW: i32 = 1;
const COMPLETION_RETURN: i32 = 2;

/// The state of one function being compiled.
struct FnState {
    proto: FunctionProto,
    is_script: bool,
    scopes: Vec<Scope>,
    /// The bindings of every open scope, innermost last: each scope owns
    /// the run from its [`Scope::start`] on.
    bindings: Vec<Binding>,
    next_reg: u16,
    next_cell: u16,
    /// Upvalues by the outer binding's declaration offset.
    upval_index: AHashMap<u32, u16>,
    targets: Vec<JumpTarget>,
    finallies: Vec<FinallyCtx>,
    /// Offset of the source position last recorded.
    last_position: u32,
    number_index: AHashMap<u64, u32>,
    key_index: AHashMap<Key, u32>,
}

struct Compiler<'a> {
    /// The source text (only to tell a parenthesised expression: the tree
    /// keeps the parentheses in spans, not in nodes).
    source: &'a str,
    names: &'a ast::Interner,
    /// The program's string literals.
    literals: &'a ast::Literals,
    realm_strings: &'a StringTable,
    strings: StringTable,
    analysis: Analysis,
    protos: Vec<FunctionProto>,
    funcs: Vec<FnState>,
    slots: Vec<ScriptSlot>,
    slot_by_name: AHashMap<Name, u16>,
    imports: Vec<Import>,
    regexes: Vec<RegexLiteral>,
    /// The literals the parser compiled ([`Program::regexes`]).
    literal_regexes: &'a [(u32, Arc<crate::regexp::Compiled>)],
    /// `intern_name`'s memo, by name index.
    name_strs: Vec<Option<JsStr>>,
    /// `name_callee`'s text buffer, reused from call to call.
    callee_buf: String,
    /// `name_callee`'s memo of `o.m` callees: the string of the text, by
    /// what `o` is (`expr::method_object`) and `m`. A
    /// script calls the same few methods on the same few variables.
    method_names: AHashMap<(expr::MethodObject, Name), JsStr>,
    /// The names `arguments` and `__proto__`, when the program has them.
    arguments_name: Option<Name>,
    proto_name: Option<Name>,
    /// `intern_js`'s buffer for a string narrowed to Latin-1.
    latin1_buf: Vec<u8>,
    /// The declarations a scope is entered with, reused from scope to scope.
    decl_buf: Vec<Decl>,
    /// The containers of finished functions, cleared, for the next ones: a
    /// function's maps and vectors would otherwise be allocated anew.
    spare: Vec<FnSpare>,
}

/// The reusable containers of a [`FnState`].
#[derive(Default)]
struct FnSpare {
    scopes: Vec<Scope>,
    bindings: Vec<Binding>,
    upval_index: AHashMap<u32, u16>,
    targets: Vec<JumpTarget>,
    finallies: Vec<FinallyCtx>,
    number_index: AHashMap<u64, u32>,
    key_index: AHashMap<Key, u32>,
}

/// Up to this many key or number constants, a function finds one by
/// scanning its list: cheaper than hashing for the few most functions have.
const SCAN_CONSTANTS: usize = 8;

/// The index of constant `item` in `list`, added when new; `id` gives what
/// tells two constants apart. A list of up to [`SCAN_CONSTANTS`] is
/// scanned; past that, `index` holds every constant's index (filled when
/// the list outgrows the scan, kept up to date after).
fn constant_index<T: Copy, I: std::hash::Hash + Eq>(
    list: &mut Vec<T>,
    index: &mut AHashMap<I, u32>,
    item: T,
    id: impl Fn(T) -> I,
) -> u32 {
    let wanted = id(item);
    let found = if list.len() <= SCAN_CONSTANTS {
        list.iter().position(|&x| id(x) == wanted).map(|i| i as u32)
    } else {
        index.get(&wanted).copied()
    };
    if let Some(i) = found {
        return i;
    }
    let i = list.len() as u32;
    list.push(item);
    if list.len() == SCAN_CONSTANTS + 1 {
        index.extend(list.iter().enumerate().map(|(j, &x)| (id(x), j as u32)));
    } else if list.len() > SCAN_CONSTANTS {
        index.insert(wanted, i);
    }
    i
}

/// The pseudo-name of `this` in scopes.
const THIS: Name = Name(u32::MAX);

impl Compiler<'_> {
    // -- Strings and constants ---------------------------------------------

    /// The handle of a string constant: the realm's if it has it.
    fn intern_units(&mut self, units: Units<'_>) -> JsStr {
        let hash = units.hash();
        let realm = self.realm_strings.len() as u32;
        // The script's table only gets strings the realm lacks, so a
        // string found there (a repeated literal) needs no realm lookup.
        if let Some(i) = self.strings.find(units, hash) {
            return JsStr(realm + i);
        }
        if let Some(i) = self.realm_strings.find(units, hash) {
            return JsStr(i);
        }
        let i = self.strings.push_units(units);
        self.strings.index(i, hash);
        JsStr(realm + i)
    }

    fn intern(&mut self, s: &str) -> JsStr {
        if s.is_ascii() {
            self.intern_units(Units::Latin1(s.as_bytes()))
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            self.intern_units(Units::Utf16(&units))
        }
    }

    /// The text of a string handle (a realm or script string).
    fn string_text(&self, s: JsStr) -> String {
        let realm = self.realm_strings.len() as u32;
        if s.0 < realm {
            self.realm_strings.units(s.0).to_rust_string()
        } else {
            self.strings.units(s.0 - realm).to_rust_string()
        }
    }

    /// The string constant of a name, interned once per name.
    fn intern_name(&mut self, n: Name) -> JsStr {
        if let Some(&Some(s)) = self.name_strs.get(n.0 as usize) {
            return s;
        }
        let names = self.names;
        let s = self.intern(names.resolve(n));
        if let Some(slot) = self.name_strs.get_mut(n.0 as usize) {
            *slot = Some(s);
        }
        s
    }

    /// The handle of a string constant given as UTF-16 units. A string
    /// whose units all fit in a byte (nearly every one) is narrowed to
    /// Latin-1 first: it hashes, compares and copies a byte at a time
    /// instead of a unit at a time, with the same hash and the same table
    /// entry ([`Units`] compare and hash alike in both forms).
    fn intern_js(&mut self, s: &[u16]) -> JsStr {
        let mut buf = std::mem::take(&mut self.latin1_buf);
        let s = if narrow(s, &mut buf) {
            self.intern_units(Units::Latin1(&buf))
        } else {
            self.intern_units(Units::Utf16(s))
        };
        self.latin1_buf = buf;
        s
    }

    /// The property key for a string: an index when it is one.
    fn key_of(&mut self, units: Units<'_>) -> Key {
        match units.array_index() {
            Some(i) => Key::Index(i),
            None => Key::Str(self.intern_units(units)),
        }
    }

    fn key_of_name(&mut self, n: Name) -> Key {
        // An index is ASCII digits, so the UTF-8 bytes tell it.
        let names = self.names;
        match Units::Latin1(names.resolve(n).as_bytes()).array_index() {
            Some(i) => Key::Index(i),
            None => Key::Str(self.intern_name(n)),
        }
    }

    fn f(&mut self) -> &mut FnState {
        let i = self.funcs.len() - 1;
        &mut self.funcs[i]
    }

    /// The constant index of a property key, added when new. A function
    /// with few keys finds them by a scan; the map indexes them past
    /// [`SCAN_CONSTANTS`].
    fn key_const(&mut self, key: Key) -> CResult<K> {
        let f = self.f();
        Ok(K(constant_index(
            &mut f.proto.keys,
            &mut f.key_index,
            key,
            |k| k,
        )))
    }

    /// Room for `n` more property keys, and for the code and positions of
    /// as many property definitions: the tables of an object literal with
    /// many properties (a redirect map) would otherwise grow several times.
    fn reserve_properties(&mut self, n: usize) {
        let f = self.f();
        let keys = f.proto.keys.len();
        f.proto.keys.reserve(n);
        if keys + n > SCAN_CONSTANTS {
            // The index holds every key once there are more than
            // SCAN_CONSTANTS (see `key_const`), none before.
            let indexed = f.key_index.len();
            f.key_index.reserve(keys + n - indexed);
        }
        f.proto.code.reserve(2 * n);
        f.proto.positions.reserve(n);
    }

    /// Room in the tables of the function being started (by its key in
    /// [`Analysis::sizes`]) for what its size says it needs: growing from
    /// nothing reallocates each several times.
    fn reserve_tables(&mut self, key: u32) {
        let Some(size) = self.analysis.size(key) else {
            return;
        };
        let p = &mut self.f().proto;
        p.code.reserve(4 + size.nodes as usize);
        p.positions.reserve(2 + size.nodes as usize / 2);
        p.keys.reserve(size.keys as usize);
        p.callee_names.reserve(size.calls as usize);
    }

    /// The constant index of a number (by its bits), like
    /// [`Compiler::key_const`].
    fn number_const(&mut self, v: f64) -> K {
        let f = self.f();
        K(constant_index(
            &mut f.proto.numbers,
            &mut f.number_index,
            v,
            f64::to_bits,
        ))
    }

    // -- Emission ----------------------------------------------------------

    fn pc(&mut self) -> usize {
        self.f().proto.code.len()
    }

    fn emit(&mut self, op: Op) {
        self.f().proto.code.push(op);
    }

    /// Records that the next instructions come from source offset `at`.
    fn position(&mut self, span: Span) {
        let f = self.f();
        if f.last_position != span.start || f.proto.positions.is_empty() {
            let pc = f.proto.code.len() as u32;
            if let Some(last) = f.proto.positions.last_mut() {
                if last.0 == pc {
                    last.1 = span.start;
                    f.last_position = span.start;
                    return;
                }
            }
            f.proto.positions.push((pc, span.start));
            f.last_position = span.start;
        }
    }

    fn emit_jump(&mut self) -> Patch {
        let at = self.pc();
        self.emit(Op::Jump { offset: Offset(0) });
        Patch(at)
    }

    fn emit_jump_if(&mut self, cond: Reg, when: bool) -> Patch {
        let at = self.pc();
        self.emit(if when {
            Op::JumpIfTrue {
                cond,
                offset: Offset(0),
            }
        } else {
            Op::JumpIfFalse {
                cond,
                offset: Offset(0),
            }
        });
        Patch(at)
    }

    /// Points jump `p` at instruction `target`.
    fn patch_to(&mut self, p: Patch, target: usize) {
        let offset = Offset(target as i32 - (p.0 as i32 + 1));
        match &mut self.f().proto.code[p.0] {
            Op::Jump { offset: o }
            | Op::JumpIfTrue { offset: o, .. }
            | Op::JumpIfFalse { offset: o, .. }
            | Op::JumpIfInt { offset: o, .. }
            | Op::JumpIfLt { offset: o, .. }
            | Op::JumpIfLe { offset: o, .. }
            | Op::JumpIfGt { offset: o, .. }
            | Op::JumpIfGe { offset: o, .. }
            | Op::JumpIfStrictEq { offset: o, .. }
            | Op::JumpIfEq { offset: o, .. }
            | Op::ForInNext { done: o, .. } => *o = offset,
            _ => {}
        }
    }

    /// Points jump `p` at the next instruction emitted.
    fn patch_here(&mut self, p: Patch) {
        let here = self.pc();
        self.patch_to(p, here);
    }

    fn emit_jump_back(&mut self, target: usize) {
        let from = self.pc();
        self.emit(Op::Jump {
            offset: Offset(target as i32 - (from as i32 + 1)),
        });
    }

    // -- Registers ---------------------------------------------------------

    /// A fresh register above every live one.
    fn temp(&mut self) -> CResult<Reg> {
        let span = self.f().proto.span;
        let f = self.f();
        let r = f.next_reg;
        f.next_reg = f
            .next_reg
            .checked_add(1)
            .filter(|&n| n < u16::MAX - 2)
            .ok_or(TooComplex {
                what: "too many registers",
                span,
            })?;
        f.proto.registers = f.proto.registers.max(f.next_reg);
        Ok(Reg(r))
    }

    /// `n` consecutive fresh registers; returns the first.
    fn temps(&mut self, n: usize) -> CResult<Reg> {
        let first = Reg(self.f().next_reg);
        for _ in 0..n {
            self.temp()?;
        }
        Ok(first)
    }

    fn mark(&mut self) -> u16 {
        self.f().next_reg
    }

    fn release(&mut self, mark: u16) {
        self.f().next_reg = mark;
    }

    fn new_cell(&mut self) -> CResult<Cell> {
        let span = self.f().proto.span;
        let f = self.f();
        let c = f.next_cell;
        f.next_cell = f.next_cell.checked_add(1).ok_or(TooComplex {
            what: "too many captured variables",
            span,
        })?;
        f.proto.cells = f.proto.cells.max(f.next_cell);
        Ok(Cell(c))
    }

    // -- Scopes ------------------------------------------------------------

    fn push_scope(&mut self, always_check: bool) {
        let f = self.f();
        let saved_next_reg = f.next_reg;
        let start = f.bindings.len();
        f.scopes.push(Scope {
            start,
            always_check,
            saved_next_reg,
        });
    }

    /// Leaves a scope; its registers become free again.
    fn pop_scope(&mut self) {
        let f = self.f();
        if let Some(s) = f.scopes.pop() {
            f.next_reg = s.saved_next_reg;
            f.bindings.truncate(s.start);
        }
    }

    /// Adds a binding to the innermost scope.
    fn push_binding(&mut self, binding: Binding) {
        let f = self.f();
        if !f.scopes.is_empty() {
            f.bindings.push(binding);
        }
    }

    /// Declares `decl` in the innermost scope and gives it a location.
    /// Captured bindings get a cell, initialised from `init` (or left for
    /// the caller when `init` is `None`).
    fn declare(&mut self, decl: Decl) -> CResult<Binding> {
        let captured = self.analysis.captured.contains(&decl.at);
        let f = self.f();
        let innermost = f.scopes.last().map_or(f.bindings.len(), |s| s.start);
        if let Some(existing) = f.bindings[innermost..].iter().find(|b| b.name == decl.name) {
            // `var x; function x() {}`: one binding.
            return Ok(*existing);
        }
        let loc = if f.is_script && f.scopes.len() == 1 {
            Loc::Script(self.script_slot(decl))
        } else if captured {
            Loc::Cell(self.new_cell()?)
        } else {
            Loc::Reg(self.temp()?)
        };
        let binding = Binding {
            name: decl.name,
            loc,
            kind: decl.kind,
            at: decl.at,
            ready: decl.ready,
        };
        self.push_binding(binding);
        Ok(binding)
    }

    fn script_slot(&mut self, decl: Decl) -> u16 {
        if let Some(&slot) = self.slot_by_name.get(&decl.name) {
            return slot;
        }
        let name = self.intern_name(decl.name);
        let slot = self.slots.len() as u16;
        self.slots.push(ScriptSlot {
            name,
            on_global: matches!(decl.kind, DeclKind::Var),
        });
        self.slot_by_name.insert(decl.name, slot);
        slot
    }

    /// Resolves `name` from the current function, creating upvalues in the
    /// functions between the binding's and the current one.
    fn resolve(&mut self, name: Name) -> Resolved {
        let top = self.funcs.len() - 1;
        let mut found = None;
        for depth in (0..=top).rev() {
            if let Some(b) = self.funcs[depth]
                .bindings
                .iter()
                .rev()
                .find(|b| b.name == name)
            {
                found = Some((depth, *b));
                break;
            }
        }
        let Some((depth, binding)) = found else {
            return Resolved::Global;
        };
        if depth == top || matches!(binding.loc, Loc::Script(_)) {
            return Resolved::Local(binding);
        }
        let Loc::Cell(cell) = binding.loc else {
            // The analysis marks every binding used from a nested function
            // as captured, so an outer register binding is not reachable.
            return Resolved::Local(binding);
        };
        let mut source = UpvalSource::Cell(cell.0);
        for d in depth + 1..=top {
            let f = &mut self.funcs[d];
            let index = match f.upval_index.get(&binding.at) {
                Some(&i) => i,
                None => {
                    let i = f.proto.upvals.len() as u16;
                    f.proto.upvals.push(source);
                    f.upval_index.insert(binding.at, i);
                    i
                }
            };
            source = UpvalSource::Upval(index);
        }
        match source {
            UpvalSource::Upval(i) => Resolved::Upval(i, binding),
            UpvalSource::Cell(_) => Resolved::Local(binding),
        }
    }

    /// Whether a read of `b` here needs a temporal-dead-zone check.
    fn needs_tdz_check(&self, b: &Binding, at: u32, is_upval: bool) -> bool {
        if !b.kind.has_tdz() {
            return false;
        }
        if is_upval
            || matches!(b.loc, Loc::Script(_)) && !self.funcs.last().is_some_and(|f| f.is_script)
        {
            return true;
        }
        let in_switch = self
            .funcs
            .last()
            .and_then(|f| {
                let i = f.bindings.iter().rposition(|x| x.at == b.at)?;
                f.scopes.iter().rev().find(|s| s.start <= i)
            })
            .is_some_and(|s| s.always_check);
        in_switch || at < b.ready
    }

    // -- Functions ---------------------------------------------------------

    fn script(&mut self, program: &Program) -> CResult<()> {
        let mut proto = placeholder_proto();
        proto.span = program.span;
        self.push_fn(proto, true);
        self.reserve_tables(SCRIPT_KEY);
        self.push_scope(false);
        let mut decls = self.take_decls();
        // As in the analysis: about one name per top-level statement.
        decls.reserve(program.body.len());
        var_decls(program.body, &mut decls);
        lexical_decls(program.body, true, &mut decls);
        self.declare_all(decls)?;
        self.bind_this(SCRIPT_KEY)?;
        self.imports(program)?;
        self.hoist_functions(program.body)?;
        self.stmts(program.body)?;
        let r = self.temp()?;
        self.emit(Op::LoadUndef { dst: r });
        self.emit(Op::Return { src: r });
        self.protos[0] = self.pop_fn(program.span)?;
        Ok(())
    }

    fn imports(&mut self, program: &Program) -> CResult<()> {
        for s in program.body {
            let ast::StmtKind::Import(imp) = &s.kind else {
                continue;
            };
            let slot_of = |c: &Compiler<'_>, id: &ast::Ident| c.slot_by_name.get(&id.name).copied();
            let main = imp.default.iter().chain(imp.namespace.iter()).next();
            let slot = match main {
                Some(id) => slot_of(self, id).unwrap_or(u16::MAX),
                None => u16::MAX,
            };
            let named = imp
                .named
                .iter()
                .filter_map(|(imported, local)| {
                    slot_of(self, local).map(|s| (self.names.resolve(*imported).to_string(), s))
                })
                .collect();
            self.imports.push(Import {
                module: String::from_utf16_lossy(imp.source),
                slot,
                named,
                span: imp.source_span,
            });
        }
        Ok(())
    }

    /// Binds `this` for a non-arrow function (or the script): `R[0]`, moved
    /// into a cell when an arrow function inside uses it.
    fn bind_this(&mut self, key: u32) -> CResult<()> {
        let loc = if self.analysis.this_captured.contains(&key) {
            let cell = self.new_cell()?;
            self.emit(Op::NewCell { cell, src: Reg(0) });
            Loc::Cell(cell)
        } else {
            Loc::Reg(Reg(0))
        };
        self.push_binding(Binding {
            name: THIS,
            loc,
            kind: DeclKind::Param,
            at: key,
            ready: key,
        });
        Ok(())
    }

    /// Creates the closures of the function declarations of a statement
    /// list; they exist before any statement of the list runs.
    fn hoist_functions(&mut self, body: &[ast::Stmt]) -> CResult<()> {
        for f in scope::function_decls(body) {
            let Some(name) = f.name else { continue };
            let r = self.function(f)?;
            self.store_binding(name.name, r, f.span, true)?;
            self.release(r.0);
        }
        Ok(())
    }

    /// Compiles a nested function; returns the temporary register holding
    /// its closure.
    fn function(&mut self, f: &Function) -> CResult<Reg> {
        self.function_named(f, None)
    }

    /// Compiles a nested function whose name, when it has none of its own,
    /// is `inferred` (ES2015 SetFunctionName: `var f = function () {}`,
    /// `f = () => 1`, `{ key: function () {} }`); returns the temporary
    /// register holding its closure.
    fn function_named(&mut self, f: &Function, inferred: Option<JsStr>) -> CResult<Reg> {
        self.closure_to(f, inferred, None)
    }

    /// [`Compiler::function_named`] with the closure made in `dst` when
    /// there is one (an argument's slot, say), else in a new temporary;
    /// returns its register.
    pub(super) fn closure_to(
        &mut self,
        f: &Function,
        inferred: Option<JsStr>,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let index = self.protos.len() as u32;
        self.protos.push(placeholder_proto());
        let kind = match f.kind {
            FunctionKind::Normal => ProtoKind::Normal,
            FunctionKind::Arrow => ProtoKind::Arrow,
            FunctionKind::Getter | FunctionKind::Setter => ProtoKind::Accessor,
        };
        let mut proto = placeholder_proto();
        proto.kind = kind;
        proto.is_async = f.is_async;
        proto.span = f.span;
        proto.params = f.params.len() as u16;
        proto.has_rest = f.rest.is_some();
        proto.name = match f.name {
            Some(n) => Some(self.intern_name(n.name)),
            None => inferred,
        };
        self.push_fn(proto, false);
        self.reserve_tables(f.span.start);
        self.f().next_reg = 1 + f.params.len() as u16 + u16::from(f.rest.is_some());
        self.f().proto.registers = self.f().next_reg;
        if let Some(n) = f
            .name
            .filter(|n| self.analysis.self_named.contains(&n.span.start))
        {
            self.push_scope(false);
            self.bind_own_name(n)?;
        }
        self.push_scope(false);
        self.function_body(f)?;
        self.protos[index as usize] = self.pop_fn(f.span)?;
        let dst = match dst {
            Some(d) => d,
            None => self.temp()?,
        };
        self.position(f.span);
        self.emit(Op::Closure { dst, proto: index });
        Ok(dst)
    }

    fn function_body(&mut self, f: &Function) -> CResult<()> {
        // Parameters occupy R[1..]; captured ones move into cells.
        for (i, p) in f.params.iter().chain(f.rest.iter()).enumerate() {
            let reg = Reg(1 + i as u16);
            let decl = Decl::new(p.name, p.span.start, DeclKind::Param);
            let loc = if self.analysis.captured.contains(&decl.at) {
                let cell = self.new_cell()?;
                self.emit(Op::NewCell { cell, src: reg });
                Loc::Cell(cell)
            } else {
                Loc::Reg(reg)
            };
            self.push_binding(Binding {
                name: p.name,
                loc,
                kind: DeclKind::Param,
                at: decl.at,
                ready: decl.at,
            });
        }
        if let Some(rest) = f.rest {
            let reg = Reg(f.params.len() as u16 + 1);
            self.emit(Op::Rest {
                dst: reg,
                from: f.params.len() as u16,
            });
            if let Resolved::Local(b) = self.resolve(rest.name) {
                if let Loc::Cell(cell) = b.loc {
                    self.emit(Op::StoreCell { cell, src: reg });
                }
            }
        }
        if f.kind != FunctionKind::Arrow {
            self.bind_this(f.span.start)?;
            if let Some(&captured) = self.analysis.arguments.get(&f.span.start) {
                if let Some(arguments) = self.arguments_name {
                    self.bind_arguments(arguments, f.span.start, captured)?;
                }
            }
        }
        match &f.body {
            FunctionBody::Block(body) => {
                let mut decls = self.take_decls();
                var_decls(body, &mut decls);
                lexical_decls(body, true, &mut decls);
                self.declare_all(decls)?;
                self.init_tdz_bindings()?;
                self.hoist_functions(body)?;
                self.stmts(body)?;
                let r = self.temp()?;
                self.emit(Op::LoadUndef { dst: r });
                self.emit(Op::Return { src: r });
            }
            FunctionBody::Expr(e) => {
                let r = self.temp()?;
                self.expr_to(e, r)?;
                self.emit(Op::Return { src: r });
            }
        }
        Ok(())
    }

    /// Binds a named function expression's own name to the closure being
    /// called, in a scope around the parameters so that a parameter, `var`
    /// or function of the same name shadows it. Only functions whose body
    /// uses the name get here.
    fn bind_own_name(&mut self, name: ast::Ident) -> CResult<()> {
        let at = name.span.start;
        let r = self.temp()?;
        self.emit(Op::Callee { dst: r });
        let loc = if self.analysis.captured.contains(&at) {
            let cell = self.new_cell()?;
            self.emit(Op::NewCell { cell, src: r });
            self.release(r.0);
            Loc::Cell(cell)
        } else {
            Loc::Reg(r)
        };
        self.push_binding(Binding {
            name: name.name,
            loc,
            kind: DeclKind::FunctionName,
            at,
            ready: at,
        });
        Ok(())
    }

    /// Creates the `arguments` object at function entry.
    fn bind_arguments(&mut self, name: Name, at: u32, captured: bool) -> CResult<()> {
        self.f().proto.uses_arguments = true;
        let loc = if captured {
            let tmp = self.temp()?;
            self.emit(Op::Arguments { dst: tmp });
            let cell = self.new_cell()?;
            self.emit(Op::NewCell { cell, src: tmp });
            Loc::Cell(cell)
        } else {
            let r = self.temp()?;
            self.emit(Op::Arguments { dst: r });
            Loc::Reg(r)
        };
        // Declared like a parameter: initialised here, never in a TDZ.
        self.push_binding(Binding {
            name,
            loc,
            kind: DeclKind::Param,
            at,
            ready: at,
        });
        Ok(())
    }

    /// Puts the `let`/`const` bindings of the innermost scope in their
    /// temporal dead zone, and gives captured `var`s their cells.
    fn init_tdz_bindings(&mut self) -> CResult<()> {
        let f = self.f();
        let (from, to) = match f.scopes.last() {
            Some(s) => (s.start, f.bindings.len()),
            None => (0, 0),
        };
        let mut tmp = None;
        for i in from..to {
            let b = self.f().bindings[i];
            if matches!(b.kind, DeclKind::Param | DeclKind::Catch) {
                continue;
            }
            let tdz = b.kind.has_tdz();
            match b.loc {
                Loc::Reg(r) if tdz => self.emit(Op::LoadEmpty { dst: r }),
                Loc::Reg(_) | Loc::Script(_) => {}
                Loc::Cell(cell) => {
                    let t = match tmp {
                        Some(t) => t,
                        None => {
                            let t = self.temp()?;
                            tmp = Some(t);
                            t
                        }
                    };
                    self.emit(if tdz {
                        Op::LoadEmpty { dst: t }
                    } else {
                        Op::LoadUndef { dst: t }
                    });
                    self.emit(Op::NewCell { cell, src: t });
                }
            }
        }
        if let Some(t) = tmp {
            self.release(t.0);
        }
        Ok(())
    }

    /// Stores `src` into a binding location.
    fn store_loc(&mut self, loc: Loc, src: Reg) {
        match loc {
            Loc::Reg(r) if r != src => self.emit(Op::Move { dst: r, src }),
            Loc::Reg(_) => {}
            Loc::Cell(cell) => self.emit(Op::StoreCell { cell, src }),
            Loc::Script(slot) => self.emit(Op::SetScript { slot, src }),
        }
    }

    /// Stores `src` into the binding `name`. `init` marks the declaration's
    /// own initialisation (allowed for `const`).
    fn store_binding(&mut self, name: Name, src: Reg, span: Span, init: bool) -> CResult<()> {
        match self.resolve(name) {
            Resolved::Local(b) => {
                if !init && b.kind.is_immutable() {
                    let n = self.intern_name(name);
                    if b.kind.has_tdz() && self.needs_tdz_check(&b, span.start, false) {
                        self.check_init(b, span)?;
                    }
                    self.position(span);
                    self.emit(Op::ThrowConstAssign { name: n });
                    return Ok(());
                }
                if !init && b.kind.has_tdz() && self.needs_tdz_check(&b, span.start, false) {
                    self.check_init(b, span)?;
                }
                self.store_loc(b.loc, src);
            }
            Resolved::Upval(index, b) => {
                if b.kind.has_tdz() && !init {
                    let t = self.temp()?;
                    self.emit(Op::GetUpval { dst: t, index });
                    let n = self.intern_name(name);
                    self.position(span);
                    self.emit(Op::CheckInit { reg: t, name: n });
                    self.release(t.0);
                }
                if !init && b.kind.is_immutable() {
                    let n = self.intern_name(name);
                    self.position(span);
                    self.emit(Op::ThrowConstAssign { name: n });
                    return Ok(());
                }
                self.emit(Op::SetUpval { index, src });
            }
            Resolved::Global => {
                let n = self.intern_name(name);
                self.position(span);
                self.emit(Op::SetGlobal { name: n, src });
            }
        }
        Ok(())
    }

    /// Emits a temporal-dead-zone check of binding `b`.
    fn check_init(&mut self, b: Binding, span: Span) -> CResult<()> {
        let n = self.intern_name(b.name);
        let mark = self.mark();
        let reg = match b.loc {
            Loc::Reg(r) => r,
            Loc::Cell(cell) => {
                let t = self.temp()?;
                self.emit(Op::LoadCell { dst: t, cell });
                t
            }
            Loc::Script(slot) => {
                let t = self.temp()?;
                self.emit(Op::GetScript { dst: t, slot });
                t
            }
        };
        self.position(span);
        self.emit(Op::CheckInit { reg, name: n });
        self.release(mark);
        Ok(())
    }
}

impl Compiler<'_> {
    /// Starts compiling a function, with the containers a finished one
    /// left when there is one.
    fn push_fn(&mut self, proto: FunctionProto, is_script: bool) {
        let spare = self.spare.pop().unwrap_or_default();
        self.funcs.push(FnState {
            proto,
            is_script,
            scopes: spare.scopes,
            bindings: spare.bindings,
            next_reg: 1,
            next_cell: 0,
            upval_index: spare.upval_index,
            targets: spare.targets,
            finallies: spare.finallies,
            last_position: u32::MAX,
            number_index: spare.number_index,
            key_index: spare.key_index,
        });
    }

    /// Finishes the innermost function: returns its prototype and keeps its
    /// containers, emptied, for the next function.
    fn pop_fn(&mut self, span: Span) -> CResult<FunctionProto> {
        let mut f = self.funcs.pop().ok_or(TooComplex {
            what: "function stack",
            span,
        })?;
        f.scopes.clear();
        f.bindings.clear();
        f.upval_index.clear();
        f.targets.clear();
        f.finallies.clear();
        f.number_index.clear();
        f.key_index.clear();
        self.spare.push(FnSpare {
            scopes: f.scopes,
            bindings: f.bindings,
            upval_index: f.upval_index,
            targets: f.targets,
            finallies: f.finallies,
            number_index: f.number_index,
            key_index: f.key_index,
        });
        Ok(f.proto)
    }

    /// The declaration buffer, empty (give it back with
    /// [`Compiler::declare_all`]).
    fn take_decls(&mut self) -> Vec<Decl> {
        let mut decls = std::mem::take(&mut self.decl_buf);
        decls.clear();
        decls
    }

    /// Declares `decls` in order in the innermost scope, then keeps the
    /// buffer for the next scope.
    fn declare_all(&mut self, mut decls: Vec<Decl>) -> CResult<()> {
        self.f().bindings.reserve(decls.len());
        let result = decls.iter().try_for_each(|&d| self.declare(d).map(drop));
        decls.clear();
        self.decl_buf = decls;
        result
    }
}

/// Copies `units` into `out` as bytes when every unit fits in one; returns
/// whether they did (`out` is then the Latin-1 form of the string).
fn narrow(units: &[u16], out: &mut Vec<u8>) -> bool {
    // One pass without an early exit, which the compiler vectorises.
    if units.iter().fold(0, |acc, &u| acc | u) > 0xff {
        return false;
    }
    out.clear();
    out.extend(units.iter().map(|&u| u as u8));
    true
}

#[cfg(test)]
mod tests;
