//! Early errors: the rules ECMAScript checks on a parsed program before it
//! runs, for strict code (CloudFront code is always strict).
//!
//! One walk over the tree checks:
//! - declarations: a `let`/`const`/block-level function name declared twice
//!   in a scope, or clashing with a `var` hoisted through that scope, a
//!   parameter or a catch parameter;
//! - parameters: duplicates, and `eval`/`arguments` as any binding name or
//!   assignment target;
//! - control flow: `return` outside a function, `break`/`continue` outside
//!   a loop or switch, undefined or duplicate labels, `continue` to a label
//!   that is not on a loop;
//! - `await` outside an async function;
//! - a `"use strict"` directive in a function whose parameter list is not
//!   simple (a rest parameter);
//! - regular-expression literals whose pattern ECMAScript rejects;
//! - a semicolon inserted by a parse retry that became an empty statement.

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::regexp::Compiled;
use crate::source::Span;
use ahash::AHashMap;
use std::sync::Arc;

/// Checks `program`; returns the first early error in source order.
pub fn check(program: &Program) -> Result<Vec<(u32, Arc<Compiled>)>, SyntaxError> {
    let mut c = Checker {
        names: &program.names,
        literals: &program.literals,
        eval: program.names.get("eval"),
        arguments: program.names.get("arguments"),
        proto: program.names.get("__proto__"),
        regexes: Vec::new(),
        scopes: Vec::new(),
        spare: Vec::new(),
        functions: vec![FunctionCtx {
            top: true,
            ..FunctionCtx::default()
        }],
    };
    c.push_scope(ScopeKind::Function);
    c.declare_hoisted(program.body)?;
    c.stmts(program.body)?;
    c.regexes.sort_unstable_by_key(|&(start, _)| start);
    Ok(c.regexes)
}

/// The span of a `"use strict"` directive in the directive prologue of
/// `body` (its leading string-literal statements), if it has one. A
/// directive is the exact source text `"use strict"` or `'use strict'`: no
/// escapes, no parentheses.
fn use_strict_directive(body: &[Stmt], literals: &Literals) -> Option<Span> {
    const USE_STRICT: &str = "use strict";
    for s in body {
        let StmtKind::Expr(e) = &s.kind else {
            return None;
        };
        let ExprKind::String(value) = &e.kind else {
            return None;
        };
        if e.span.start != s.span.start {
            // `("use strict")`: not a string-literal statement, so the
            // prologue ends here.
            return None;
        }
        let exact = e.span.end - e.span.start == USE_STRICT.len() as u32 + 2;
        if exact && literals.is(*value, USE_STRICT) {
            return Some(e.span);
        }
    }
    None
}

fn error<T>(message: impl Into<String>, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(SyntaxErrorKind::Early, message, span))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    /// A function body (or the program): `var` stops here.
    Function,
    /// A block, switch body, or loop head with `let`/`const`.
    Block,
}

/// The names one scope declares.
struct Scope {
    kind: ScopeKind,
    /// `let`, `const`, block-level functions, catch parameters, imports.
    lexical: AHashMap<Name, Span>,
    /// `var` names declared in this scope or hoisted through it, parameters,
    /// and functions declared at the top of a function body.
    vars: AHashMap<Name, Span>,
}

/// What the checker knows about the function it is in.
#[derive(Default)]
struct FunctionCtx {
    /// `top` means the program itself.
    top: bool,
    is_async: bool,
    /// Enclosing labels: (name, labels a loop).
    labels: Vec<(Name, bool)>,
    /// Enclosing loops.
    loops: u32,
    /// Enclosing switches.
    switches: u32,
}

struct Checker<'p> {
    names: &'p Interner,
    literals: &'p Literals,
    /// The names `eval`, `arguments` and `__proto__`, when the program
    /// has them.
    eval: Option<Name>,
    arguments: Option<Name>,
    proto: Option<Name>,
    /// The regular-expression literals compiled so far (see
    /// [`Program::regexes`]).
    regexes: Vec<(u32, Arc<Compiled>)>,
    scopes: Vec<Scope>,
    /// The maps of closed scopes, emptied, for the next ones.
    spare: Vec<AHashMap<Name, Span>>,
    functions: Vec<FunctionCtx>,
}

impl Checker<'_> {
    fn name(&self, n: Name) -> &str {
        self.names.resolve(n)
    }

    /// A regular-expression literal: an early error when its pattern does
    /// not parse, compiled for the compiler otherwise.
    fn regex(&mut self, pattern: &str, flags: &str, span: Span) -> Result<(), SyntaxError> {
        match crate::regexp::compile(pattern, flags) {
            Ok(compiled) => {
                self.regexes.push((span.start, Arc::new(compiled)));
                Ok(())
            }
            Err(e) => error(format!("invalid regular expression /{pattern}/: {e}"), span),
        }
    }

    fn func(&mut self) -> &mut FunctionCtx {
        let len = self.functions.len();
        &mut self.functions[len - 1]
    }

    fn push_scope(&mut self, kind: ScopeKind) {
        let lexical = self.spare.pop().unwrap_or_default();
        let vars = self.spare.pop().unwrap_or_default();
        self.scopes.push(Scope {
            kind,
            lexical,
            vars,
        });
    }

    fn pop_scope(&mut self) {
        if let Some(mut scope) = self.scopes.pop() {
            scope.lexical.clear();
            scope.vars.clear();
            self.spare.push(scope.lexical);
            self.spare.push(scope.vars);
        }
    }

    /// `eval` and `arguments` cannot be bound or assigned in strict code.
    fn restricted_name(&self, id: Ident, what: &str) -> Result<(), SyntaxError> {
        let n = Some(id.name);
        if n == self.eval || n == self.arguments {
            let name = self.name(id.name);
            return error(format!("`{name}` cannot be {what} in strict mode"), id.span);
        }
        Ok(())
    }

    /// "already declared", reported at whichever declaration comes later
    /// in the source.
    fn redeclared<T>(&self, name: Name, a: Span, b: Span) -> Result<T, SyntaxError> {
        let n = self.name(name);
        error(format!("`{n}` has already been declared"), a.max(b))
    }

    fn declare_lexical(&mut self, id: Ident) -> Result<(), SyntaxError> {
        self.restricted_name(id, "declared")?;
        let Some(scope) = self.scopes.last_mut() else {
            return Ok(());
        };
        if let Some(&other) = scope
            .lexical
            .get(&id.name)
            .or_else(|| scope.vars.get(&id.name))
        {
            return self.redeclared(id.name, id.span, other);
        }
        scope.lexical.insert(id.name, id.span);
        Ok(())
    }

    /// Declares a `var` name: it is visible in every scope up to the
    /// function's, and clashes with a lexical name in any of them.
    fn declare_var(&mut self, id: Ident) -> Result<(), SyntaxError> {
        self.restricted_name(id, "declared")?;
        for i in (0..self.scopes.len()).rev() {
            let scope = &mut self.scopes[i];
            if let Some(&other) = scope.lexical.get(&id.name) {
                return self.redeclared(id.name, id.span, other);
            }
            scope.vars.entry(id.name).or_insert(id.span);
            if scope.kind == ScopeKind::Function {
                break;
            }
        }
        Ok(())
    }

    /// Declares what a statement list hoists to its scope: `let`/`const`,
    /// and functions (var-like at the top of a function, lexical in blocks).
    fn declare_hoisted(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        let at_function_top = self
            .scopes
            .last()
            .is_some_and(|s| s.kind == ScopeKind::Function);
        for s in body {
            match &s.kind {
                StmtKind::Var(d) if d.kind != VarKind::Var => {
                    for decl in d.decls {
                        self.declare_lexical(decl.name)?;
                    }
                }
                StmtKind::Function(f) => {
                    if let Some(name) = f.name {
                        if at_function_top {
                            self.restricted_name(name, "declared")?;
                            let clash =
                                self.scopes.last().and_then(|sc| sc.lexical.get(&name.name));
                            if let Some(&other) = clash {
                                return self.redeclared(name.name, name.span, other);
                            }
                            if let Some(sc) = self.scopes.last_mut() {
                                sc.vars.entry(name.name).or_insert(name.span);
                            }
                        } else {
                            self.declare_lexical(name)?;
                        }
                    }
                }
                StmtKind::Import(imp) => {
                    for id in imp.default.iter().chain(imp.namespace.iter()) {
                        self.declare_lexical(*id)?;
                    }
                    for (_, local) in imp.named {
                        self.declare_lexical(*local)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// A nested statement list with its own block scope.
    fn block(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        self.push_scope(ScopeKind::Block);
        let result = self.declare_hoisted(body).and_then(|()| self.stmts(body));
        self.pop_scope();
        result
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Empty => {
                if s.span.is_empty() {
                    return error("unexpected line break", s.span);
                }
                Ok(())
            }
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::Var(d) => self.var_decl(d),
            StmtKind::Function(f) => self.function(f),
            StmtKind::Return(arg) => {
                if self.functions.last().is_some_and(|f| f.top) {
                    return error("`return` outside of a function", s.span);
                }
                arg.as_ref().map_or(Ok(()), |e| self.expr(e))
            }
            StmtKind::If { test, cons, alt } => {
                self.expr(test)?;
                self.stmt(cons)?;
                alt.as_deref().map_or(Ok(()), |a| self.stmt(a))
            }
            StmtKind::Block(body) => self.block(body),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.push_scope(ScopeKind::Block);
                let result = (|| {
                    match init {
                        Some(ForInit::Var(d)) => {
                            if d.kind != VarKind::Var {
                                for decl in d.decls {
                                    self.declare_lexical(decl.name)?;
                                }
                            }
                            self.var_decl(d)?;
                        }
                        Some(ForInit::Expr(e)) => self.expr(e)?,
                        None => {}
                    }
                    if let Some(t) = test {
                        self.expr(t)?;
                    }
                    if let Some(u) = update {
                        self.expr(u)?;
                    }
                    self.loop_body(body)
                })();
                self.pop_scope();
                result
            }
            StmtKind::ForIn { left, right, body } => {
                self.push_scope(ScopeKind::Block);
                let result = (|| {
                    match left {
                        ForInTarget::Decl(VarKind::Var, id) => self.declare_var(*id)?,
                        ForInTarget::Decl(_, id) => self.declare_lexical(*id)?,
                        ForInTarget::Expr(e) => self.assign_target(e)?,
                    }
                    self.expr(right)?;
                    self.loop_body(body)
                })();
                self.pop_scope();
                result
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test)?;
                self.loop_body(body)
            }
            StmtKind::Break(label) => self.jump(*label, false, s.span),
            StmtKind::Continue(label) => self.jump(*label, true, s.span),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.block(block)?;
                if let Some(h) = handler {
                    self.push_scope(ScopeKind::Block);
                    let result = (|| {
                        if let Some(p) = h.param {
                            self.declare_lexical(p)?;
                        }
                        // The body shares the catch parameter's scope for
                        // `let` clashes; `var e` is allowed (Annex B.3.5).
                        let param = h.param.map(|p| p.name);
                        self.declare_hoisted(h.body)?;
                        if let Some(p) = param {
                            if let Some(sc) = self.scopes.last_mut() {
                                sc.lexical.remove(&p);
                            }
                        }
                        self.stmts(h.body)
                    })();
                    self.pop_scope();
                    result?;
                }
                finalizer.as_deref().map_or(Ok(()), |f| self.block(f))
            }
            StmtKind::Switch { disc, cases } => {
                self.expr(disc)?;
                self.func().switches += 1;
                self.push_scope(ScopeKind::Block);
                let result = (|| {
                    for case in cases.iter() {
                        self.declare_hoisted(case.body)?;
                    }
                    for case in cases.iter() {
                        if let Some(t) = &case.test {
                            self.expr(t)?;
                        }
                        self.stmts(case.body)?;
                    }
                    Ok(())
                })();
                self.pop_scope();
                self.func().switches -= 1;
                result
            }
            StmtKind::Labeled { label, body } => {
                if self.func().labels.iter().any(|(n, _)| *n == label.name) {
                    let n = self.name(label.name);
                    return error(format!("label `{n}` has already been declared"), label.span);
                }
                let is_loop = labels_loop(body);
                self.func().labels.push((label.name, is_loop));
                let result = self.stmt(body);
                self.func().labels.pop();
                result
            }
            StmtKind::Debugger | StmtKind::Import(_) => Ok(()),
        }
    }

    fn loop_body(&mut self, body: &Stmt) -> Result<(), SyntaxError> {
        self.func().loops += 1;
        let result = self.stmt(body);
        self.func().loops -= 1;
        result
    }

    fn jump(
        &mut self,
        label: Option<Ident>,
        is_continue: bool,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let keyword = if is_continue { "continue" } else { "break" };
        let f = self.func();
        match label {
            None if is_continue && f.loops == 0 => error("`continue` outside of a loop", span),
            None if !is_continue && f.loops == 0 && f.switches == 0 => {
                error("`break` outside of a loop or switch", span)
            }
            None => Ok(()),
            Some(l) => match f.labels.iter().rev().find(|(n, _)| *n == l.name) {
                None => {
                    let n = self.name(l.name);
                    error(format!("undefined label `{n}` in `{keyword}`"), l.span)
                }
                Some((_, false)) if is_continue => {
                    let n = self.name(l.name);
                    error(
                        format!("`continue` to label `{n}`, which is not on a loop"),
                        l.span,
                    )
                }
                Some(_) => Ok(()),
            },
        }
    }

    fn var_decl(&mut self, d: &VarDecl) -> Result<(), SyntaxError> {
        for decl in d.decls {
            if d.kind == VarKind::Var {
                self.declare_var(decl.name)?;
            }
            if let Some(init) = &decl.init {
                self.expr(init)?;
            }
        }
        Ok(())
    }

    fn function(&mut self, f: &Function) -> Result<(), SyntaxError> {
        if let Some(name) = f.name {
            self.restricted_name(name, "declared")?;
        }
        // Labels, loops and `await` do not reach into nested functions; an
        // arrow inside an async function is not itself async.
        self.functions.push(FunctionCtx {
            is_async: f.is_async,
            ..FunctionCtx::default()
        });
        self.push_scope(ScopeKind::Function);
        let result = (|| {
            for p in f.params.iter().chain(f.rest.iter()) {
                self.restricted_name(*p, "used as a parameter name")?;
                let scope = self.scopes.last_mut().map(|s| &mut s.vars);
                if let Some(vars) = scope {
                    if vars.insert(p.name, p.span).is_some() {
                        let n = self.name(p.name);
                        return error(format!("duplicate parameter name `{n}`"), p.span);
                    }
                }
            }
            match &f.body {
                FunctionBody::Block(body) => {
                    if f.rest.is_some() {
                        if let Some(span) = use_strict_directive(body, self.literals) {
                            return error(
                                "illegal 'use strict' directive in a function with a non-simple parameter list",
                                span,
                            );
                        }
                    }
                    self.declare_hoisted(body)?;
                    self.stmts(body)
                }
                FunctionBody::Expr(e) => self.expr(e),
            }
        })();
        self.pop_scope();
        self.functions.pop();
        result
    }

    fn assign_target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let ExprKind::Ident(name) = e.kind {
            self.restricted_name(Ident { name, span: e.span }, "assigned")?;
        }
        self.expr(e)
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Ident(_)
            | ExprKind::This
            | ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::String(_) => Ok(()),
            ExprKind::Regex { pattern, flags } => self.regex(pattern, flags, e.span),
            ExprKind::Template { exprs, .. } => exprs.iter().try_for_each(|x| self.expr(x)),
            ExprKind::Array(items) => items.iter().flatten().try_for_each(|x| self.expr(x)),
            ExprKind::Object(props) => {
                let mut proto = false;
                for p in props.iter() {
                    match &p.value {
                        PropValue::Init(v) => {
                            if is_proto_key(&p.key, self.proto, self.literals) {
                                if proto {
                                    return error(
                                        "duplicate `__proto__` property in an object literal",
                                        p.span,
                                    );
                                }
                                proto = true;
                            }
                            self.expr(v)?;
                        }
                        PropValue::Get(f) | PropValue::Set(f) => self.function(f)?,
                    }
                }
                Ok(())
            }
            ExprKind::Function(f) => self.function(f),
            ExprKind::Unary(_, arg) => self.expr(arg),
            ExprKind::Update { target, .. } => self.assign_target(target),
            ExprKind::Binary(_, operands) | ExprKind::Logical(_, operands) => {
                self.expr(&operands.0)?;
                self.expr(&operands.1)
            }
            ExprKind::Assign(_, operands) => {
                let (target, value) = &**operands;
                self.assign_target(target)?;
                self.expr(value)
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test)?;
                self.expr(cons)?;
                self.expr(alt)
            }
            ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
                self.expr(callee)?;
                args.iter().try_for_each(|a| self.expr(a))
            }
            ExprKind::Member { object, .. } => self.expr(object),
            ExprKind::Index(operands) => {
                let (object, index) = &**operands;
                self.expr(object)?;
                self.expr(index)
            }
            ExprKind::Sequence(items) => items.iter().try_for_each(|x| self.expr(x)),
            ExprKind::Await(arg) => {
                if !self.functions.last().is_some_and(|f| f.is_async) {
                    return error(
                        "`await` is only valid in async functions",
                        Span::new(e.span.start, e.span.start + 5),
                    );
                }
                self.expr(arg)
            }
        }
    }
}

/// Whether a labelled statement labels a loop (through any further labels).
fn labels_loop(body: &Stmt) -> bool {
    match &body.kind {
        StmtKind::For { .. }
        | StmtKind::ForIn { .. }
        | StmtKind::While { .. }
        | StmtKind::DoWhile { .. } => true,
        StmtKind::Labeled { body, .. } => labels_loop(body),
        _ => false,
    }
}

/// Whether an object-literal key is `__proto__`; `proto` is that name
/// when the program has it.
fn is_proto_key(key: &PropKey, proto: Option<Name>, literals: &Literals) -> bool {
    match key {
        PropKey::Name(n) => proto == Some(*n),
        PropKey::String(s) => literals.is(*s, "__proto__"),
        PropKey::Number(_) => false,
    }
}
