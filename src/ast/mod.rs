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
    /// Name number + 1 (0: empty slot); the length is a power of two,
    /// kept at most three quarters full.
    slots: Vec<u32>,
    /// Keyed per process: a source written to collide in the index would
    /// otherwise make interning quadratic.
    hasher: ahash::RandomState,
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
            slots: vec![0; (names * 4 / 3 + 1).next_power_of_two().max(64)],
            hasher: ahash::RandomState::default(),
        }
    }

    /// The name for `s`, adding it when new.
    pub fn intern(&mut self, s: &str) -> Name {
        let hash = self.hasher.hash_one(s);
        if let Some(name) = self.find(s, hash) {
            return name;
        }
        if (self.ends.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let name = Name(self.ends.len() as u32);
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        self.place(name, hash);
        name
    }

    /// The name for `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<Name> {
        self.find(s, self.hasher.hash_one(s))
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

    fn find(&self, s: &str, hash: u64) -> Option<Name> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            let name = Name(slot - 1);
            // Bytes, not `resolve`: the text is only ever cut where a name
            // ends, so the character-boundary checks of `str` slicing are
            // not needed, and they cost as much as the comparison.
            if self.bytes(name) == s.as_bytes() {
                return Some(name);
            }
            at = (at + 1) & mask;
        }
    }

    /// The UTF-8 bytes of `name` (empty for a name not in the table).
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

    /// Puts `name` in the first free slot of its probe sequence.
    fn place(&mut self, name: Name, hash: u64) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = name.0 + 1;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![0; size];
        for i in 0..self.ends.len() as u32 {
            let hash = self.hasher.hash_one(self.resolve(Name(i)));
            self.place(Name(i), hash);
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

/// A parsed source file.
#[derive(Clone, Debug)]
pub struct Program {
    /// The statements at the top level, in order.
    pub body: Vec<Stmt>,
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
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What kind of statement.
    pub kind: StmtKind,
    /// From its first token to its last (including the `;`).
    pub span: Span,
}

/// The statement forms.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `;`
    Empty,
    /// `expr;`
    Expr(Expr),
    /// `var`, `let` or `const` declarations.
    Var(VarDecl),
    /// `function f() {}` (and `async function` in 2.0).
    Function(Box<Function>),
    /// `return;` or `return expr;`
    Return(Option<Expr>),
    /// `if (test) cons else alt`
    If {
        /// The condition.
        test: Expr,
        /// Taken when the condition is truthy.
        cons: Box<Stmt>,
        /// Taken otherwise.
        alt: Option<Box<Stmt>>,
    },
    /// `{ ... }`
    Block(Vec<Stmt>),
    /// `for (init; test; update) body`
    For {
        /// Runs once before the loop.
        init: Option<ForInit>,
        /// Checked before each iteration; absent means `true`.
        test: Option<Box<Expr>>,
        /// Runs after each iteration.
        update: Option<Box<Expr>>,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `for (left in right) body`
    ForIn {
        /// What each key is assigned to.
        left: ForInTarget,
        /// The object whose keys are enumerated.
        right: Box<Expr>,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `while (test) body`
    While {
        /// The condition.
        test: Expr,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `do body while (test)`
    DoWhile {
        /// The loop body.
        body: Box<Stmt>,
        /// The condition, checked after each iteration.
        test: Expr,
    },
    /// `break;` or `break label;`
    Break(Option<Ident>),
    /// `continue;` or `continue label;`
    Continue(Option<Ident>),
    /// `throw expr;`
    Throw(Expr),
    /// `try {} catch (e) {} finally {}`
    Try {
        /// The protected block.
        block: Vec<Stmt>,
        /// The `catch` clause (boxed: it would make every statement larger).
        handler: Option<Box<CatchClause>>,
        /// The `finally` block.
        finalizer: Option<Vec<Stmt>>,
    },
    /// `switch (disc) { case ...: ... default: ... }`
    Switch {
        /// The value compared against each case (boxed: inline, it would
        /// make every statement larger).
        disc: Box<Expr>,
        /// The clauses in source order.
        cases: Vec<SwitchCase>,
    },
    /// `label: body`
    Labeled {
        /// The label.
        label: Ident,
        /// The labelled statement.
        body: Box<Stmt>,
    },
    /// `debugger;`
    Debugger,
    /// `import ... from 'module';` (2.0). Boxed: inline, it would make
    /// every statement larger.
    Import(Box<ImportDecl>),
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
#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    /// Which keyword.
    pub kind: VarKind,
    /// The declared names with their initialisers.
    pub decls: Vec<VarDeclarator>,
}

/// One `name = init` of a declaration list.
#[derive(Clone, Debug, PartialEq)]
pub struct VarDeclarator {
    /// The declared name.
    pub name: Ident,
    /// The initialiser (inline: most declarations have one, and a box
    /// would be an allocation each).
    pub init: Option<Expr>,
}

/// The first clause of a `for (;;)` header.
#[derive(Clone, Debug, PartialEq)]
pub enum ForInit {
    /// `for (var i = 0; ...)`
    Var(VarDecl),
    /// `for (i = 0; ...)`
    Expr(Box<Expr>),
}

/// The left side of `for (... in o)`.
#[derive(Clone, Debug, PartialEq)]
pub enum ForInTarget {
    /// `for (var k in o)`, `for (let k in o)`, `for (const k in o)`
    Decl(VarKind, Ident),
    /// `for (k in o)`, `for (a.b in o)`
    Expr(Box<Expr>),
}

/// `catch (param) { body }`
#[derive(Clone, Debug, PartialEq)]
pub struct CatchClause {
    /// The binding for the thrown value; absent in `catch {}` (ES2019).
    pub param: Option<Ident>,
    /// The handler.
    pub body: Vec<Stmt>,
    /// From `catch` to the closing brace.
    pub span: Span,
}

/// `case test: body` or `default: body`
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// The value compared; absent for `default`.
    pub test: Option<Box<Expr>>,
    /// The statements that follow the label.
    pub body: Vec<Stmt>,
    /// From `case`/`default` to the end of its statements.
    pub span: Span,
}

/// `import ... from 'module';`
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    /// `import x from` binds the default export to `x`.
    pub default: Option<Ident>,
    /// `import * as x from` binds the module namespace to `x`.
    pub namespace: Option<Ident>,
    /// `import { a, b as c } from`: (imported name, local binding).
    pub named: Vec<(Name, Ident)>,
    /// The module specifier.
    pub source: JsString,
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
#[derive(Clone, Debug, PartialEq)]
pub enum FunctionBody {
    /// `{ statements }`
    Block(Vec<Stmt>),
    /// An arrow function's expression body: `x => x + 1`.
    Expr(Box<Expr>),
}

/// A function: declaration, expression, arrow, getter or setter.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Which form.
    pub kind: FunctionKind,
    /// `async function` (2.0).
    pub is_async: bool,
    /// The name after `function`, if any.
    pub name: Option<Ident>,
    /// The formal parameters, in order.
    pub params: Vec<Ident>,
    /// The rest parameter `...args`.
    pub rest: Option<Ident>,
    /// The body.
    pub body: FunctionBody,
    /// From `function` (or the parameters of an arrow) to the end of the body.
    pub span: Span,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// From its first token to its last, parentheses included.
    pub span: Span,
}

/// The expression forms.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
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
        pattern: Box<str>,
        /// The flags.
        flags: Box<str>,
    },
    /// A template literal: `quasis.len() == exprs.len() + 1`.
    Template {
        /// The cooked text parts.
        quasis: Box<[JsString]>,
        /// The substitutions.
        exprs: Box<[Expr]>,
    },
    /// `[a, , b]`: `None` is a hole.
    Array(Vec<Option<Expr>>),
    /// `{ a: 1, get b() {} }`
    Object(Vec<Property>),
    /// A function or arrow function expression.
    Function(Box<Function>),
    /// `op arg` for `! ~ + - typeof void delete`.
    Unary(UnaryOp, Box<Expr>),
    /// `++x`, `x--`...
    Update {
        /// Increment or decrement.
        op: UpdateOp,
        /// `++x` rather than `x++`.
        prefix: bool,
        /// The target (an identifier or a member access).
        target: Box<Expr>,
    },
    /// `a op b` for the arithmetic, bitwise, relational and equality
    /// operators: the operator and `(a, b)`. The two operands share one
    /// allocation, as in `Logical`, `Assign` and `Index`: a function has
    /// hundreds of such nodes, and a box per operand doubled their
    /// allocations.
    Binary(BinaryOp, Box<(Expr, Expr)>),
    /// `a && b`, `a || b`: the operator and `(a, b)`.
    Logical(LogicalOp, Box<(Expr, Expr)>),
    /// `target = value`, `target += value`...: `=` or a compound operator,
    /// and `(target, value)`, the target an identifier or a member access.
    Assign(AssignOp, Box<(Expr, Expr)>),
    /// `test ? cons : alt`
    Conditional {
        /// The condition.
        test: Box<Expr>,
        /// The value when truthy.
        cons: Box<Expr>,
        /// The value otherwise.
        alt: Box<Expr>,
    },
    /// `callee(args)`
    Call {
        /// What is called; a member access supplies `this`.
        callee: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `new callee(args)`; `new C` has no arguments.
    New {
        /// The constructor.
        callee: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `object.property`
    Member {
        /// The object.
        object: Box<Expr>,
        /// The property name.
        property: Name,
        /// Where the name is written.
        property_span: Span,
    },
    /// `object[index]`: `(object, index)`, the key an expression.
    Index(Box<(Expr, Expr)>),
    /// `a, b, c`
    Sequence(Vec<Expr>),
    /// `await arg` (2.0, inside async functions).
    Await(Box<Expr>),
}

/// A property in an object literal.
#[derive(Clone, Debug, PartialEq)]
pub struct Property {
    /// The key.
    pub key: PropKey,
    /// A value, a getter or a setter.
    pub value: PropValue,
    /// From the key to the end of the value.
    pub span: Span,
}

/// An object-literal key.
#[derive(Clone, Debug, PartialEq)]
pub enum PropKey {
    /// An identifier name, reserved words included: `{ if: 1 }`.
    Name(Name),
    /// A string literal key.
    String(Lit),
    /// A numeric literal key (its canonical string is the property name).
    Number(f64),
}

/// What an object-literal property defines.
#[derive(Clone, Debug, PartialEq)]
pub enum PropValue {
    /// `key: value`
    Init(Expr),
    /// `get key() {}`
    Get(Box<Function>),
    /// `set key(v) {}`
    Set(Box<Function>),
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
}
