//! The abstract syntax tree of a CloudFront function.
//!
//! The tree holds exactly the syntax the runtimes accept: forms no runtime
//! lists (destructuring, classes, spread...) are rejected by the parser with a
//! message naming them and never reach it. Every node carries its span.
//! Names are interned ([`Name`]) so that the compiler's scope analysis works
//! on integers; declarations are explicit nodes (`var`/`let`/`const`,
//! function declarations, parameters, catch bindings, imports), so every
//! binding is resolvable from the tree alone.

use crate::features::Runtime;
use crate::heap::strings::{StringTable, Units};
use crate::source::Span;

/// An interned identifier or property name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(pub u32);

/// The table behind [`Name`]: each distinct string gets one index.
///
/// The names share one text buffer and are found through an
/// open-addressing index of their numbers: a source file has hundreds of
/// names, and a map of boxed strings allocated twice for each.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    /// Every name's text, one after another.
    text: String,
    /// Where each name ends in `text` (it starts where the previous ends).
    ends: Vec<u32>,
    /// The index; the length is a power of two, kept at most three
    /// quarters full.
    slots: Vec<NameSlot>,
    /// Each name's [`short_words`] (zeros for a longer name): a probe
    /// compares two words instead of calling out to compare the texts.
    words: Vec<[u64; 2]>,
    /// Keyed per process: a source written to collide in the index would
    /// otherwise make interning quadratic.
    hasher: ahash::RandomState,
}

/// A slot of [`Interner`]'s index: the name number + 1 (0: empty slot)
/// and its [`tag`], so that a probe compares texts only when the hashes
/// and lengths agree.
#[derive(Clone, Copy, Debug, Default)]
struct NameSlot {
    name: u32,
    tag: u32,
}

/// The little-endian word of the eight bytes at `at`, or 0 past the end.
#[inline(always)]
fn word_at(s: &[u8], at: usize) -> u64 {
    s.get(at..at + 8)
        .and_then(|w| w.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// The little-endian value of the four bytes at `at`, or 0 past the end.
#[inline(always)]
fn half_at(s: &[u8], at: usize) -> u64 {
    s.get(at..at + 4)
        .and_then(|w| w.try_into().ok())
        .map_or(0, |w| u64::from(u32::from_le_bytes(w)))
}

/// `s` as two words, when it is no longer than sixteen bytes: its bytes
/// (some read twice where the words overlap), so that two strings of the
/// same length are equal exactly when their words are.
#[inline(always)]
fn short_words(s: &[u8]) -> Option<[u64; 2]> {
    let len = s.len();
    Some(match len {
        0 => [0, 0],
        1..=3 => {
            let a = u64::from(s[0]) | u64::from(s[len / 2]) << 8 | u64::from(s[len - 1]) << 16;
            [a, 0]
        }
        4..=7 => [half_at(s, 0), half_at(s, len - 4)],
        8..=16 => [word_at(s, 0), word_at(s, len - 8)],
        _ => return None,
    })
}

/// The tag of a name of `len` bytes with `hash`: high bits of the hash,
/// and the length (up to 255) in the low byte.
#[inline(always)]
fn tag(hash: u64, len: usize) -> u32 {
    ((hash >> 32) as u32 & !0xff) | len.min(0xff) as u32
}

impl Interner {
    /// An empty table.
    pub fn new() -> Interner {
        Interner::default()
    }

    /// An empty table with room for `names` names of `bytes` bytes in all.
    pub fn with_capacity(names: usize, bytes: usize) -> Interner {
        Interner {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(names),
            slots: vec![NameSlot::default(); (names * 4 / 3 + 1).next_power_of_two().max(64)],
            words: Vec::with_capacity(names),
            hasher: ahash::RandomState::new(),
        }
    }

    /// The name for `s`, adding it when new.
    // Inlined: the lexer calls it for every identifier, and the call cost
    // a sixth of what it does.
    #[inline(always)]
    pub fn intern(&mut self, s: &str) -> Name {
        let (hash, words) = self.hash(s.as_bytes());
        match self.find(s.as_bytes(), hash, words) {
            Some(name) => name,
            None => self.insert(s, hash, words),
        }
    }

    /// Adds `s`, which is not in the table, with its hash.
    #[inline(never)]
    fn insert(&mut self, s: &str, hash: u64, words: Option<[u64; 2]>) -> Name {
        if (self.ends.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let name = Name(self.ends.len() as u32);
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        self.words.push(words.unwrap_or_default());
        self.place(name, hash, s.len());
        name
    }

    /// The name for `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<Name> {
        let (hash, words) = self.hash(s.as_bytes());
        self.find(s.as_bytes(), hash, words)
    }

    /// The text of `name`.
    pub fn resolve(&self, name: Name) -> &str {
        let i = name.0 as usize;
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    /// How many names the table holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The process-keyed hash of `s`, with its [`short_words`].
    #[inline]
    fn hash(&self, s: &[u8]) -> (u64, Option<[u64; 2]>) {
        (self.hasher.hash_one(s), short_words(s))
    }

    /// The name for `s` (whose [`short_words`] are `words`) if it is in
    /// the table.
    #[inline]
    fn find(&self, s: &[u8], hash: u64, words: Option<[u64; 2]>) -> Option<Name> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let tag = tag(hash, s.len());
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot.name == 0 {
                return None;
            }
            let name = Name(slot.name - 1);
            // Bytes, not `resolve`: the text is only ever cut where a name
            // ends, so the character-boundary checks of `str` slicing are
            // not needed, and they cost as much as the comparison.
            if slot.tag == tag
                && match words {
                    // The tag holds the length, so equal words mean equal
                    // names.
                    Some(words) => self.words.get(name.0 as usize) == Some(&words),
                    None => self.bytes(name) == s,
                }
            {
                return Some(name);
            }
            at = (at + 1) & mask;
        }
    }

    /// The UTF-8 bytes of `name` (empty for a name not in the table).
    #[inline]
    fn bytes(&self, name: Name) -> &[u8] {
        let i = name.0 as usize;
        let Some(&end) = self.ends.get(i) else {
            return &[];
        };
        let start = match i.checked_sub(1) {
            Some(before) => self.ends[before],
            None => 0,
        };
        self.text
            .as_bytes()
            .get(start as usize..end as usize)
            .unwrap_or(&[])
    }

    /// Puts `name`, of `len` bytes, in the first free slot of its probe
    /// sequence.
    fn place(&mut self, name: Name, hash: u64, len: usize) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at].name != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = NameSlot {
            name: name.0 + 1,
            tag: tag(hash, len),
        };
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![NameSlot::default(); size];
        for i in 0..self.ends.len() as u32 {
            let bytes = self.bytes(Name(i));
            let len = bytes.len();
            let (hash, _) = self.hash(bytes);
            self.place(Name(i), hash, len);
        }
    }
}

/// A string as ECMAScript sees it: UTF-16 code units, lone surrogates allowed.
pub type JsString = Vec<u16>;

/// A string literal of the tree: its number in [`Program::literals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lit(pub u32);

/// The values of a program's string literals, [`Lit`] `i` the i-th.
///
/// They share the buffers of one string table: a source file has hundreds
/// of literals, and a vector each would be an allocation each. A literal
/// whose units all fit in a byte (nearly every one) is kept as Latin-1, the
/// form the compiler's string constants take, so it is widened and
/// narrowed again nowhere.
#[derive(Clone, Debug, Default)]
pub struct Literals {
    table: StringTable,
    /// The units of the literal being scanned (see [`Literals::open`]).
    scratch: Vec<u16>,
}

impl Literals {
    /// An empty table.
    pub fn new() -> Literals {
        Literals::default()
    }

    /// An empty table with room for `literals` Latin-1 literals of `bytes`
    /// bytes in all.
    pub fn with_capacity(literals: usize, bytes: usize) -> Literals {
        Literals {
            table: StringTable::with_buffers(literals, bytes),
            scratch: Vec::new(),
        }
    }

    /// Adds `value` as the next literal.
    pub fn push(&mut self, value: &[u16]) -> Lit {
        Lit(self.table.push_utf16(value))
    }

    /// Adds the Latin-1 `bytes` as the next literal.
    pub fn push_latin1(&mut self, bytes: &[u8]) -> Lit {
        Lit(self.table.push_latin1(bytes))
    }

    /// An empty buffer for the units of the next literal; [`Literals::close`]
    /// adds them.
    pub fn open(&mut self) -> &mut Vec<u16> {
        self.scratch.clear();
        &mut self.scratch
    }

    /// Adds the units written through [`Literals::open`] as the next
    /// literal.
    pub fn close(&mut self) -> Lit {
        Lit(self.table.push_utf16(&self.scratch))
    }

    /// The code units of `lit` (empty for a literal not in the table).
    pub fn get(&self, lit: Lit) -> Units<'_> {
        self.table.units(lit.0)
    }

    /// The code units of `lit` as UTF-16.
    pub fn to_utf16(&self, lit: Lit) -> JsString {
        self.get(lit).iter().collect()
    }

    /// Whether `lit` is the ASCII text `ascii`.
    pub fn is(&self, lit: Lit, ascii: &str) -> bool {
        self.get(lit).latin1() == Some(ascii.as_bytes())
    }

    /// How many literals the table holds.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The code units of all the literals together.
    pub fn total_units(&self) -> usize {
        (0..self.table.len() as u32)
            .map(|i| self.table.len_of(i))
            .sum()
    }
}

/// The memory a syntax tree lives in.
///
/// Every node of a parse is bump-allocated here and the whole tree is freed
/// at once when the arena is dropped: building a node costs a pointer bump
/// instead of an allocation, and dropping the tree costs nothing (no node
/// holds anything that needs dropping, which `Arena::alloc` checks when
/// it is compiled).
#[derive(Debug, Default)]
pub struct Arena(bumpalo::Bump);

impl Arena {
    /// Tree bytes per source byte that [`Arena::for_source`] plans for.
    const BYTES_PER_SOURCE_BYTE: usize = 12;

    /// An empty arena.
    pub fn new() -> Arena {
        Arena::default()
    }

    /// An empty arena with room for the tree of a typical source of
    /// `src`'s length, so that a parse grows it rarely or never.
    pub fn for_source(src: &str) -> Arena {
        Arena(bumpalo::Bump::with_capacity(
            src.len().saturating_mul(Arena::BYTES_PER_SOURCE_BYTE),
        ))
    }

    /// Moves `value` into the arena.
    pub(crate) fn alloc<T>(&self, value: T) -> &T {
        const { assert!(!std::mem::needs_drop::<T>()) };
        self.0.alloc(value)
    }

    /// Copies `items` into the arena.
    pub(crate) fn copy_slice<T: Copy>(&self, items: &[T]) -> &[T] {
        self.0.alloc_slice_copy(items)
    }

    /// Copies `text` into the arena.
    pub(crate) fn copy_str(&self, text: &str) -> &str {
        self.0.alloc_str(text)
    }

    /// An empty list whose items will live in the arena.
    pub(crate) fn list<T>(&self) -> List<'_, T> {
        self.list_with_capacity(0)
    }

    /// An empty list with room for `n` items.
    pub(crate) fn list_with_capacity<T>(&self, n: usize) -> List<'_, T> {
        const { assert!(!std::mem::needs_drop::<T>()) };
        List(bumpalo::collections::Vec::with_capacity_in(n, &self.0))
    }
}

/// A growable list in an [`Arena`], finished into a slice of the tree.
#[derive(Debug)]
pub struct List<'a, T>(bumpalo::collections::Vec<'a, T>);

impl<'a, T> List<'a, T> {
    /// Adds `item` at the end.
    pub fn push(&mut self, item: T) {
        self.0.push(item);
    }

    /// The items so far.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// The finished list, for as long as the arena lives.
    pub fn finish(self) -> &'a [T] {
        self.0.into_bump_slice()
    }
}

impl<T> Extend<T> for List<'_, T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        self.0.extend(items);
    }
}

/// A parsed source file, its tree in an [`Arena`].
#[derive(Clone, Debug)]
pub struct Program<'a> {
    /// The statements at the top level, in order.
    pub body: &'a [Stmt<'a>],
    /// The runtime the program was parsed for.
    pub runtime: Runtime,
    /// The whole file.
    pub span: Span,
    /// The names the tree refers to.
    pub names: Interner,
    /// The values of the tree's string literals.
    pub literals: Literals,
    /// The regular-expression literals as the parser's early-error check
    /// compiled them, by the start of their span, in order: the compiler
    /// takes them from here instead of parsing each pattern again. A tree
    /// built otherwise may leave it empty.
    pub regexes: Vec<(u32, std::sync::Arc<crate::regexp::Compiled>)>,
}

/// An identifier occurrence: a name and where it is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ident {
    /// The interned name.
    pub name: Name,
    /// Where it is written.
    pub span: Span,
}

/// A statement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stmt<'a> {
    /// What kind of statement.
    pub kind: StmtKind<'a>,
    /// From its first token to its last (including the `;`).
    pub span: Span,
}

/// The statement forms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StmtKind<'a> {
    /// `;`
    Empty,
    /// `expr;`
    Expr(Expr<'a>),
    /// `var`, `let` or `const` declarations.
    Var(VarDecl<'a>),
    /// `function f() {}` (and `async function` in 2.0).
    Function(&'a Function<'a>),
    /// `return;` or `return expr;`
    Return(Option<Expr<'a>>),
    /// `if (test) cons else alt`
    If {
        /// The condition.
        test: Expr<'a>,
        /// Taken when the condition is truthy.
        cons: &'a Stmt<'a>,
        /// Taken otherwise.
        alt: Option<&'a Stmt<'a>>,
    },
    /// `{ ... }`
    Block(&'a [Stmt<'a>]),
    /// `for (init; test; update) body`
    For {
        /// Runs once before the loop.
        init: Option<ForInit<'a>>,
        /// Checked before each iteration; absent means `true`.
        test: Option<&'a Expr<'a>>,
        /// Runs after each iteration.
        update: Option<&'a Expr<'a>>,
        /// The loop body.
        body: &'a Stmt<'a>,
    },
    /// `for (left in right) body`
    ForIn {
        /// What each key is assigned to.
        left: ForInTarget<'a>,
        /// The object whose keys are enumerated.
        right: &'a Expr<'a>,
        /// The loop body.
        body: &'a Stmt<'a>,
    },
    /// `while (test) body`
    While {
        /// The condition.
        test: Expr<'a>,
        /// The loop body.
        body: &'a Stmt<'a>,
    },
    /// `do body while (test)`
    DoWhile {
        /// The loop body.
        body: &'a Stmt<'a>,
        /// The condition, checked after each iteration.
        test: Expr<'a>,
    },
    /// `break;` or `break label;`
    Break(Option<Ident>),
    /// `continue;` or `continue label;`
    Continue(Option<Ident>),
    /// `throw expr;`
    Throw(Expr<'a>),
    /// `try {} catch (e) {} finally {}`
    Try {
        /// The protected block.
        block: &'a [Stmt<'a>],
        /// The `catch` clause (behind a reference: inline, it would make
        /// every statement larger).
        handler: Option<&'a CatchClause<'a>>,
        /// The `finally` block.
        finalizer: Option<&'a [Stmt<'a>]>,
    },
    /// `switch (disc) { case ...: ... default: ... }`
    Switch {
        /// The value compared against each case (behind a reference:
        /// inline, it would make every statement larger).
        disc: &'a Expr<'a>,
        /// The clauses in source order.
        cases: &'a [SwitchCase<'a>],
    },
    /// `label: body`
    Labeled {
        /// The label.
        label: Ident,
        /// The labelled statement.
        body: &'a Stmt<'a>,
    },
    /// `debugger;`
    Debugger,
    /// `import ... from 'module';` (2.0). Behind a reference: inline, it
    /// would make every statement larger.
    Import(&'a ImportDecl<'a>),
}

/// `var`, `let` or `const`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Function-scoped, hoisted.
    Var,
    /// Block-scoped, with a temporal dead zone.
    Let,
    /// Block-scoped, with a temporal dead zone; assignment is a TypeError.
    Const,
}

impl VarKind {
    /// The keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            VarKind::Var => "var",
            VarKind::Let => "let",
            VarKind::Const => "const",
        }
    }
}

/// A declaration list: `var a = 1, b;`
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VarDecl<'a> {
    /// Which keyword.
    pub kind: VarKind,
    /// The declared names with their initialisers.
    pub decls: &'a [VarDeclarator<'a>],
}

/// One `name = init` of a declaration list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VarDeclarator<'a> {
    /// The declared name.
    pub name: Ident,
    /// The initialiser (inline: most declarations have one).
    pub init: Option<Expr<'a>>,
}

/// The first clause of a `for (;;)` header.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ForInit<'a> {
    /// `for (var i = 0; ...)`
    Var(VarDecl<'a>),
    /// `for (i = 0; ...)`
    Expr(&'a Expr<'a>),
}

/// The left side of `for (... in o)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ForInTarget<'a> {
    /// `for (var k in o)`, `for (let k in o)`, `for (const k in o)`
    Decl(VarKind, Ident),
    /// `for (k in o)`, `for (a.b in o)`
    Expr(&'a Expr<'a>),
}

/// `catch (param) { body }`
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatchClause<'a> {
    /// The binding for the thrown value; absent in `catch {}` (ES2019).
    pub param: Option<Ident>,
    /// The handler.
    pub body: &'a [Stmt<'a>],
    /// From `catch` to the closing brace.
    pub span: Span,
}

/// `case test: body` or `default: body`
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwitchCase<'a> {
    /// The value compared; absent for `default`.
    pub test: Option<&'a Expr<'a>>,
    /// The statements that follow the label.
    pub body: &'a [Stmt<'a>],
    /// From `case`/`default` to the end of its statements.
    pub span: Span,
}

/// `import ... from 'module';`
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImportDecl<'a> {
    /// `import x from` binds the default export to `x`.
    pub default: Option<Ident>,
    /// `import * as x from` binds the module namespace to `x`.
    pub namespace: Option<Ident>,
    /// `import { a, b as c } from`: (imported name, local binding).
    pub named: &'a [(Name, Ident)],
    /// The module specifier.
    pub source: &'a [u16],
    /// Span of the specifier string.
    pub source_span: Span,
}

/// What kind of function a [`Function`] node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// `function` declaration or expression.
    Normal,
    /// `(a) => ...`: lexical `this` and `arguments`, not a constructor.
    Arrow,
    /// `get x() {}` in an object literal.
    Getter,
    /// `set x(v) {}` in an object literal.
    Setter,
}

/// A function's body.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FunctionBody<'a> {
    /// `{ statements }`
    Block(&'a [Stmt<'a>]),
    /// An arrow function's expression body: `x => x + 1`.
    Expr(&'a Expr<'a>),
}

/// A function: declaration, expression, arrow, getter or setter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Function<'a> {
    /// Which form.
    pub kind: FunctionKind,
    /// `async function` (2.0).
    pub is_async: bool,
    /// The name after `function`, if any.
    pub name: Option<Ident>,
    /// The formal parameters, in order.
    pub params: &'a [Ident],
    /// The rest parameter `...args`.
    pub rest: Option<Ident>,
    /// The body.
    pub body: FunctionBody<'a>,
    /// From `function` (or the parameters of an arrow) to the end of the body.
    pub span: Span,
}

/// An expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Expr<'a> {
    /// What kind of expression.
    pub kind: ExprKind<'a>,
    /// From its first token to its last, parentheses included.
    pub span: Span,
}

/// The expression forms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExprKind<'a> {
    /// A reference to a binding.
    Ident(Name),
    /// `this`
    This,
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A numeric literal.
    Number(f64),
    /// A string literal.
    String(Lit),
    /// A regular-expression literal.
    Regex {
        /// The pattern between the slashes.
        pattern: &'a str,
        /// The flags.
        flags: &'a str,
    },
    /// A template literal: `quasis.len() == exprs.len() + 1`.
    Template {
        /// The cooked text parts.
        quasis: &'a [&'a [u16]],
        /// The substitutions.
        exprs: &'a [Expr<'a>],
    },
    /// `[a, , b]`: `None` is a hole.
    Array(&'a [Option<Expr<'a>>]),
    /// `{ a: 1, get b() {} }`
    Object(&'a [Property<'a>]),
    /// A function or arrow function expression.
    Function(&'a Function<'a>),
    /// `op arg` for `! ~ + - typeof void delete`.
    Unary(UnaryOp, &'a Expr<'a>),
    /// `++x`, `x--`...
    Update {
        /// Increment or decrement.
        op: UpdateOp,
        /// `++x` rather than `x++`.
        prefix: bool,
        /// The target (an identifier or a member access).
        target: &'a Expr<'a>,
    },
    /// `a op b` for the arithmetic, bitwise, relational and equality
    /// operators: the operator and `(a, b)`. The two operands are one
    /// node of the arena, as in `Logical`, `Assign` and `Index`.
    Binary(BinaryOp, &'a (Expr<'a>, Expr<'a>)),
    /// `a && b`, `a || b`: the operator and `(a, b)`.
    Logical(LogicalOp, &'a (Expr<'a>, Expr<'a>)),
    /// `target = value`, `target += value`...: `=` or a compound operator,
    /// and `(target, value)`, the target an identifier or a member access.
    Assign(AssignOp, &'a (Expr<'a>, Expr<'a>)),
    /// `test ? cons : alt`
    Conditional {
        /// The condition.
        test: &'a Expr<'a>,
        /// The value when truthy.
        cons: &'a Expr<'a>,
        /// The value otherwise.
        alt: &'a Expr<'a>,
    },
    /// `callee(args)`
    Call {
        /// What is called; a member access supplies `this`.
        callee: &'a Expr<'a>,
        /// The arguments.
        args: &'a [Expr<'a>],
    },
    /// `new callee(args)`; `new C` has no arguments.
    New {
        /// The constructor.
        callee: &'a Expr<'a>,
        /// The arguments.
        args: &'a [Expr<'a>],
    },
    /// `object.property`
    Member {
        /// The object.
        object: &'a Expr<'a>,
        /// The property name.
        property: Name,
        /// Where the name is written.
        property_span: Span,
    },
    /// `object[index]`: `(object, index)`, the key an expression.
    Index(&'a (Expr<'a>, Expr<'a>)),
    /// `a, b, c`
    Sequence(&'a [Expr<'a>]),
    /// `await arg` (2.0, inside async functions).
    Await(&'a Expr<'a>),
}

/// A property in an object literal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Property<'a> {
    /// The key.
    pub key: PropKey,
    /// A value, a getter or a setter.
    pub value: PropValue<'a>,
    /// From the key to the end of the value.
    pub span: Span,
}

/// An object-literal key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PropKey {
    /// An identifier name, reserved words included: `{ if: 1 }`.
    Name(Name),
    /// A string literal key.
    String(Lit),
    /// A numeric literal key (its canonical string is the property name).
    Number(f64),
}

/// What an object-literal property defines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PropValue<'a> {
    /// `key: value`
    Init(Expr<'a>),
    /// `get key() {}`
    Get(&'a Function<'a>),
    /// `set key(v) {}`
    Set(&'a Function<'a>),
}

/// Prefix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!`
    Not,
    /// `~`
    BitNot,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `typeof`
    Typeof,
    /// `void`
    Void,
    /// `delete`
    Delete,
}

/// `++` or `--`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    /// `++`
    Inc,
    /// `--`
    Dec,
}

/// Binary operators with eager operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `**`
    Exp,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `>>>`
    UShr,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `===`
    StrictEq,
    /// `!==`
    StrictNotEq,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `in`
    In,
    /// `instanceof`
    Instanceof,
}

/// Short-circuit operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    /// `&&`
    And,
    /// `||`
    Or,
}

/// Assignment operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`
    Add,
    /// `-=`
    Sub,
    /// `*=`
    Mul,
    /// `/=`
    Div,
    /// `%=`
    Rem,
    /// `**=`
    Exp,
    /// `<<=`
    Shl,
    /// `>>=`
    Shr,
    /// `>>>=`
    UShr,
    /// `&=`
    BitAnd,
    /// `|=`
    BitOr,
    /// `^=`
    BitXor,
}

impl UnaryOp {
    /// How the operator is written.
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "~",
            UnaryOp::Plus => "+",
            UnaryOp::Minus => "-",
            UnaryOp::Typeof => "typeof",
            UnaryOp::Void => "void",
            UnaryOp::Delete => "delete",
        }
    }
}

impl BinaryOp {
    /// How the operator is written.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Exp => "**",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::UShr => ">>>",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
            BinaryOp::Eq => "==",
            BinaryOp::NotEq => "!=",
            BinaryOp::StrictEq => "===",
            BinaryOp::StrictNotEq => "!==",
            BinaryOp::Lt => "<",
            BinaryOp::Gt => ">",
            BinaryOp::Le => "<=",
            BinaryOp::Ge => ">=",
            BinaryOp::In => "in",
            BinaryOp::Instanceof => "instanceof",
        }
    }

    /// Binding power: higher binds tighter. The printer parenthesizes by it
    /// and the parser groups its flat operator lists by it
    /// (`build::binary_chain`).
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::BitOr => 3,
            BinaryOp::BitXor => 4,
            BinaryOp::BitAnd => 5,
            BinaryOp::Eq | BinaryOp::NotEq | BinaryOp::StrictEq | BinaryOp::StrictNotEq => 6,
            BinaryOp::Lt
            | BinaryOp::Gt
            | BinaryOp::Le
            | BinaryOp::Ge
            | BinaryOp::In
            | BinaryOp::Instanceof => 7,
            BinaryOp::Shl | BinaryOp::Shr | BinaryOp::UShr => 8,
            BinaryOp::Add | BinaryOp::Sub => 9,
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => 10,
            BinaryOp::Exp => 11,
        }
    }
}

impl LogicalOp {
    /// How the operator is written.
    pub fn symbol(self) -> &'static str {
        match self {
            LogicalOp::And => "&&",
            LogicalOp::Or => "||",
        }
    }

    /// Binding power, on the scale of [`BinaryOp::precedence`].
    pub fn precedence(self) -> u8 {
        match self {
            LogicalOp::Or => 1,
            LogicalOp::And => 2,
        }
    }
}

impl AssignOp {
    /// The binary operator a compound assignment applies; `None` for `=`.
    pub fn binary(self) -> Option<BinaryOp> {
        Some(match self {
            AssignOp::Assign => return None,
            AssignOp::Add => BinaryOp::Add,
            AssignOp::Sub => BinaryOp::Sub,
            AssignOp::Mul => BinaryOp::Mul,
            AssignOp::Div => BinaryOp::Div,
            AssignOp::Rem => BinaryOp::Rem,
            AssignOp::Exp => BinaryOp::Exp,
            AssignOp::Shl => BinaryOp::Shl,
            AssignOp::Shr => BinaryOp::Shr,
            AssignOp::UShr => BinaryOp::UShr,
            AssignOp::BitAnd => BinaryOp::BitAnd,
            AssignOp::BitOr => BinaryOp::BitOr,
            AssignOp::BitXor => BinaryOp::BitXor,
        })
    }

    /// How the operator is written.
    pub fn symbol(self) -> &'static str {
        match self {
            AssignOp::Assign => "=",
            AssignOp::Add => "+=",
            AssignOp::Sub => "-=",
            AssignOp::Mul => "*=",
            AssignOp::Div => "/=",
            AssignOp::Rem => "%=",
            AssignOp::Exp => "**=",
            AssignOp::Shl => "<<=",
            AssignOp::Shr => ">>=",
            AssignOp::UShr => ">>>=",
            AssignOp::BitAnd => "&=",
            AssignOp::BitOr => "|=",
            AssignOp::BitXor => "^=",
        }
    }
}

/// Converts a Rust string to the UTF-16 code units of a [`JsString`].
pub fn js_string(s: &str) -> JsString {
    s.encode_utf16().collect()
}

mod dump;
mod print;

pub use dump::{dump, dump_canonical};
pub use print::print;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every distinct text gets one name, kept across the index's growth,
    /// and reads back as it was given.
    #[test]
    fn interned_names_are_distinct_and_read_back() {
        let mut names = Interner::new();
        let texts: Vec<String> = (0..500)
            .map(|i| format!("n{i}"))
            .chain(["".into(), "é".into(), "n1".into(), "$".into()])
            .collect();
        let given: Vec<Name> = texts.iter().map(|t| names.intern(t)).collect();
        assert_eq!(names.len(), 503, "n1 is given twice");
        for (text, &name) in texts.iter().zip(&given) {
            assert_eq!(names.resolve(name), text);
            assert_eq!(names.intern(text), name);
            assert_eq!(names.get(text), Some(name));
        }
        assert_eq!(given[1], given[502]);
        assert_eq!(names.get("n500"), None);
        assert_eq!(names.resolve(Name(9999)), "");
    }

    /// Names of every length around the two-word comparison's cases (up
    /// to 3, 7, 16 bytes and longer) that differ in one byte, first, last
    /// or in the middle, are told apart.
    #[test]
    fn names_differing_in_one_byte_are_distinct() {
        let mut names = Interner::new();
        let mut texts = std::collections::BTreeSet::new();
        for len in 0..40 {
            let plain = "a".repeat(len);
            texts.insert(plain.clone());
            for at in [0, len / 2, len.saturating_sub(1)] {
                if at < len {
                    let mut t = plain.clone().into_bytes();
                    t[at] = b'b';
                    texts.insert(String::from_utf8(t).unwrap_or_default());
                }
            }
        }
        let given: Vec<(Name, &String)> = texts.iter().map(|t| (names.intern(t), t)).collect();
        assert_eq!(names.len(), texts.len());
        for (name, text) in given {
            assert_eq!(names.resolve(name), text);
            assert_eq!(names.get(text), Some(name));
        }
    }
}
