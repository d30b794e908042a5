//! Capture analysis: which bindings are used by a function nested inside
//! the one that declares them. Those live in cells (so that closures share
//! them); the others live in registers.
//!
//! The walk follows the same scoping rules as the code generator (see
//! `scope.rs`). It also finds which functions use `arguments`, which have
//! their `this` or `arguments` used by an arrow function inside them, and
//! which named function expressions refer to their own name.

use super::scope::{Decl, DeclKind, lexical_declarators, lexical_decls, switch_decls, var_decls};
use crate::ast::*;
use ahash::{AHashMap, AHashSet};

/// The key of the script's own `this` in [`Analysis::this_captured`].
pub const SCRIPT_KEY: u32 = u32::MAX;

/// What the code generator needs to know before compiling a function.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Declarations (by offset) used from a nested function.
    pub captured: AHashSet<u32>,
    /// Functions (by offset; the script is [`SCRIPT_KEY`]) whose `this` is
    /// used by an arrow function inside them.
    pub this_captured: AHashSet<u32>,
    /// Functions (by offset) that use `arguments`; `true` when an arrow
    /// function inside them uses it.
    pub arguments: AHashMap<u32, bool>,
    /// Named function expressions (by the offset of their name) whose body
    /// refers to that name: only they bind it, so the others pay nothing.
    pub self_named: AHashSet<u32>,
    /// How many functions the program has (the script not counted).
    pub functions: usize,
    /// How many string literals, template parts and string keys the
    /// program has, and their total length: with the names, a bound on the
    /// script's string table, sized up front so that it does not grow.
    pub literals: usize,
    /// See [`Analysis::literals`].
    pub literal_units: usize,
    /// The size of each function by offset (the script's is
    /// [`SCRIPT_KEY`]), sorted by offset: see [`Analysis::size`].
    pub sizes: Vec<(u32, FnSize)>,
}

impl Analysis {
    /// The size of the function at offset `key` (the script's:
    /// [`SCRIPT_KEY`]), to size its tables up front.
    pub fn size(&self, key: u32) -> Option<FnSize> {
        let i = self.sizes.binary_search_by_key(&key, |&(k, _)| k).ok()?;
        self.sizes.get(i).map(|&(_, size)| size)
    }
}

/// How big a function is, its nested functions not counted: its tables
/// are sized from this instead of growing several times each.
#[derive(Clone, Copy, Debug, Default)]
pub struct FnSize {
    /// Statements and expressions.
    pub nodes: u32,
    /// Calls and `new` (each names its callee).
    pub calls: u32,
    /// Member accesses and object-literal properties: a bound on its
    /// property-key constants.
    pub keys: u32,
}

/// Analyses a whole program.
pub fn analyze(program: &Program) -> Analysis {
    let arguments = program.names.get("arguments");
    let mut a = Analyzer {
        arguments,
        out: Analysis::default(),
        functions: Vec::new(),
        scopes: Vec::new(),
        bindings: Vec::new(),
        decls: Vec::new(),
        size: FnSize::default(),
    };
    a.functions.push(FnFrame {
        key: SCRIPT_KEY,
        is_arrow: false,
        is_script: true,
        scopes: 0,
    });
    let mut decls = a.take_decls();
    // Most top-level statements declare a name (a function, a `var`):
    // room for one each, which later scopes reuse.
    decls.reserve(program.body.len());
    var_decls(program.body, &mut decls);
    lexical_decls(program.body, true, &mut decls);
    a.push_scope(decls);
    a.stmts(program.body);
    a.out.sizes.push((SCRIPT_KEY, a.size));
    // Nearly sorted already: functions are met in source order but for a
    // few heads walked out of order (a `do ... while` test before its body).
    a.out.sizes.sort_unstable_by_key(|&(key, _)| key);
    // The string literals and keys, from their table (an import's module
    // name is among them: a bound, not an exact count).
    a.out.literals += program.literals.len();
    a.out.literal_units += program.literals.total_units();
    a.out
}

struct FnFrame {
    key: u32,
    is_arrow: bool,
    is_script: bool,
    /// Where its scopes start in [`Analyzer::scopes`].
    scopes: usize,
}

/// A declared name in scope.
#[derive(Clone, Copy)]
struct Bound {
    name: Name,
    /// The declaring offset.
    at: u32,
    /// The own name of a named function expression.
    own_name: bool,
}

struct Analyzer {
    arguments: Option<Name>,
    out: Analysis,
    functions: Vec<FnFrame>,
    /// Each open scope, innermost last: where its names start in
    /// `bindings`, and the depth of its function in `functions`.
    scopes: Vec<(usize, usize)>,
    /// The names of every open scope, each scope's in declaration order: a
    /// scope holds a handful of names, which a scan finds faster than a
    /// map built per scope would.
    bindings: Vec<Bound>,
    /// The size of the function being walked, so far.
    size: FnSize,
    /// The declaration buffer a scope is built from (see
    /// [`Analyzer::take_decls`]).
    decls: Vec<Decl>,
}

impl Analyzer {
    /// The declaration buffer, empty; [`Analyzer::push_scope`] gives it
    /// back.
    fn take_decls(&mut self) -> Vec<Decl> {
        let mut decls = std::mem::take(&mut self.decls);
        decls.clear();
        decls
    }

    fn push_scope(&mut self, mut decls: Vec<Decl>) {
        let depth = self.functions.len() - 1;
        self.scopes.push((self.bindings.len(), depth));
        self.bindings.extend(decls.iter().map(|d| Bound {
            name: d.name,
            at: d.at,
            own_name: d.kind == DeclKind::FunctionName,
        }));
        decls.clear();
        self.decls = decls;
    }

    fn pop_scope(&mut self) {
        if let Some((start, _)) = self.scopes.pop() {
            self.bindings.truncate(start);
        }
    }

    fn scoped(&mut self, decls: Vec<Decl>, body: impl FnOnce(&mut Self)) {
        self.push_scope(decls);
        body(self);
        self.pop_scope();
    }

    /// Resolves a reference to `name` from the current function.
    fn reference(&mut self, name: Name) {
        let top = self.functions.len() - 1;
        let mut end = self.bindings.len();
        for &(start, depth) in self.scopes.iter().rev() {
            // The first declaration of a name in a scope is the binding
            // (`function f(a) { var a }` has one `a`: the parameter), as in
            // the code generator.
            let found = self.bindings[start..end].iter().find(|b| b.name == name);
            if let Some(&Bound { at, own_name, .. }) = found {
                if depth != top {
                    self.out.captured.insert(at);
                }
                if own_name {
                    self.out.self_named.insert(at);
                }
                return;
            }
            end = start;
        }
        if Some(name) == self.arguments {
            self.implicit(false);
        }
    }

    /// A use of `this` (`is_this`) or of `arguments`: it belongs to the
    /// nearest function that is not an arrow.
    fn implicit(&mut self, is_this: bool) {
        let Some(owner) = self.functions.iter().rposition(|f| !f.is_arrow) else {
            return;
        };
        let from_arrow = owner != self.functions.len() - 1;
        let f = &self.functions[owner];
        if is_this {
            if from_arrow {
                self.out.this_captured.insert(f.key);
            }
        } else if !f.is_script {
            let entry = self.out.arguments.entry(f.key).or_insert(false);
            *entry |= from_arrow;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn block(&mut self, body: &[Stmt]) {
        let mut decls = self.take_decls();
        lexical_decls(body, false, &mut decls);
        self.scoped(decls, |a| a.stmts(body));
    }

    fn stmt(&mut self, s: &Stmt) {
        self.size.nodes += 1;
        match &s.kind {
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Import(_) => {}
            StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::Var(d) => self.var_decl(d),
            StmtKind::Function(f) => self.function(f, None),
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::If { test, cons, alt } => {
                self.expr(test);
                self.stmt(cons);
                if let Some(a) = alt {
                    self.stmt(a);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                let mut decls = self.take_decls();
                if let Some(ForInit::Var(d)) = init {
                    if d.kind != VarKind::Var {
                        decls.extend(lexical_declarators(d));
                    }
                }
                self.scoped(decls, |a| {
                    match init {
                        Some(ForInit::Var(d)) => a.var_decl(d),
                        Some(ForInit::Expr(e)) => a.expr(e),
                        None => {}
                    }
                    if let Some(t) = test {
                        a.expr(t);
                    }
                    if let Some(u) = update {
                        a.expr(u);
                    }
                    a.stmt(body);
                });
            }
            StmtKind::ForIn { left, right, body } => {
                let mut decls = self.take_decls();
                if let ForInTarget::Decl(kind, id) = left {
                    if *kind != VarKind::Var {
                        let kind = if *kind == VarKind::Let {
                            DeclKind::Let
                        } else {
                            DeclKind::Const
                        };
                        decls.push(Decl {
                            name: id.name,
                            at: id.span.start,
                            kind,
                            ready: right.span.end,
                        });
                    }
                }
                // The head's expression sees the loop's `let`/`const` binding
                // (in its temporal dead zone), not an outer one.
                self.scoped(decls, |a| {
                    a.expr(right);
                    match left {
                        ForInTarget::Decl(_, id) => a.reference(id.name),
                        ForInTarget::Expr(e) => a.expr(e),
                    }
                    a.stmt(body);
                });
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test);
                self.stmt(body);
            }
            StmtKind::Labeled { body, .. } => self.stmt(body),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.block(block);
                if let Some(h) = handler {
                    let mut decls = self.take_decls();
                    decls.extend(
                        h.param
                            .iter()
                            .map(|p| Decl::new(p.name, p.span.start, DeclKind::Catch)),
                    );
                    self.scoped(decls, |a| a.block(h.body));
                }
                if let Some(f) = finalizer {
                    self.block(f);
                }
            }
            StmtKind::Switch { disc, cases } => {
                self.expr(disc);
                let mut decls = self.take_decls();
                switch_decls(cases, &mut decls);
                self.scoped(decls, |a| {
                    for c in cases.iter() {
                        if let Some(t) = &c.test {
                            a.expr(t);
                        }
                        a.stmts(c.body);
                    }
                });
            }
        }
    }

    fn var_decl(&mut self, d: &VarDecl) {
        for x in d.decls {
            if let Some(init) = &x.init {
                self.expr(init);
            }
        }
    }

    /// A function; `own_name` is the name of a named function expression,
    /// bound in a scope of its own around the parameters and body.
    fn function(&mut self, f: &Function, own_name: Option<Ident>) {
        self.out.functions += 1;
        let outer = std::mem::take(&mut self.size);
        self.functions.push(FnFrame {
            key: f.span.start,
            is_arrow: f.kind == FunctionKind::Arrow,
            is_script: false,
            scopes: self.scopes.len(),
        });
        if let Some(n) = own_name {
            let at = n.span.start;
            let mut decls = self.take_decls();
            decls.push(Decl::new(n.name, at, DeclKind::FunctionName));
            self.push_scope(decls);
        }
        let mut decls = self.take_decls();
        decls.extend(
            f.params
                .iter()
                .chain(f.rest.iter())
                .map(|p| Decl::new(p.name, p.span.start, DeclKind::Param)),
        );
        match &f.body {
            FunctionBody::Block(body) => {
                var_decls(body, &mut decls);
                lexical_decls(body, true, &mut decls);
                self.push_scope(decls);
                self.stmts(body);
            }
            FunctionBody::Expr(e) => {
                self.push_scope(decls);
                self.expr(e);
            }
        }
        if let Some(frame) = self.functions.pop() {
            if let Some(&(start, _)) = self.scopes.get(frame.scopes) {
                self.bindings.truncate(start);
            }
            self.scopes.truncate(frame.scopes);
        }
        let size = std::mem::replace(&mut self.size, outer);
        self.out.sizes.push((f.span.start, size));
    }

    fn literal(&mut self, s: &[u16]) {
        self.out.literals += 1;
        self.out.literal_units += s.len();
    }

    fn expr(&mut self, e: &Expr) {
        self.size.nodes += 1;
        match &e.kind {
            ExprKind::Ident(n) => self.reference(*n),
            ExprKind::This => self.implicit(true),
            ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Regex { .. }
            | ExprKind::String(_) => {}
            ExprKind::Template { quasis, exprs } => {
                quasis.iter().for_each(|q| self.literal(q));
                exprs.iter().for_each(|x| self.expr(x));
            }
            ExprKind::Array(items) => items.iter().flatten().for_each(|x| self.expr(x)),
            ExprKind::Object(props) => {
                self.size.keys += props.len() as u32;
                for p in props.iter() {
                    match &p.value {
                        PropValue::Init(v) => self.expr(v),
                        PropValue::Get(f) | PropValue::Set(f) => self.function(f, None),
                    }
                }
            }
            ExprKind::Function(f) => self.function(f, f.name),
            ExprKind::Unary(_, a) | ExprKind::Await(a) => self.expr(a),
            ExprKind::Update { target, .. } => self.expr(target),
            ExprKind::Binary(_, operands)
            | ExprKind::Logical(_, operands)
            | ExprKind::Assign(_, operands) => {
                self.expr(&operands.0);
                self.expr(&operands.1);
            }
            ExprKind::Index(operands) => {
                self.size.keys += 1;
                self.expr(&operands.0);
                self.expr(&operands.1);
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test);
                self.expr(cons);
                self.expr(alt);
            }
            ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
                self.size.calls += 1;
                self.expr(callee);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Member { object, .. } => {
                self.size.keys += 1;
                self.expr(object);
            }
            ExprKind::Sequence(items) => items.iter().for_each(|x| self.expr(x)),
        }
    }
}
