//! Scoping rules shared by the capture analysis and the code generator:
//! which names a function or a block declares, and where.
//!
//! Both passes walk the tree with these functions, so they agree on every
//! binding. A binding is identified by the source offset of the identifier
//! that declares it; implicit bindings (`this`, `arguments`) by the offset
//! of their function.

use crate::ast::*;

/// How a name is declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclKind {
    /// `var`, or a function declared at the top of a function body.
    Var,
    /// `let`.
    Let,
    /// `const`.
    Const,
    /// A function declared in a block (lexical in strict code).
    BlockFunction,
    /// A parameter.
    Param,
    /// The parameter of a `catch` clause.
    Catch,
    /// An `import` binding (immutable).
    Import,
    /// The own name of a named function expression, bound in a scope
    /// between the closure and its body (immutable, ES5.1 13).
    FunctionName,
}

impl DeclKind {
    /// Whether the binding starts in its temporal dead zone.
    pub fn has_tdz(self) -> bool {
        matches!(self, DeclKind::Let | DeclKind::Const | DeclKind::Import)
    }

    /// Whether assigning to the binding is a TypeError.
    pub fn is_immutable(self) -> bool {
        matches!(
            self,
            DeclKind::Const | DeclKind::Import | DeclKind::FunctionName
        )
    }
}

/// One declared name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decl {
    /// The name.
    pub name: Name,
    /// Where it is declared (its identity).
    pub at: u32,
    /// How.
    pub kind: DeclKind,
    /// Where its initialisation ends: a read textually after this, in the
    /// same function and scope, finds it initialised (`let x = x` reads
    /// `x` before; so does `for (let x in x)`).
    pub ready: u32,
}

impl Decl {
    /// A declaration initialised where it is written (`var`, parameters,
    /// functions, `catch`).
    pub fn new(name: Name, at: u32, kind: DeclKind) -> Decl {
        Decl {
            name,
            at,
            kind,
            ready: at,
        }
    }
}

/// The bindings of a `let`/`const` declaration: each is initialised at the
/// end of its declarator.
pub fn lexical_declarators<'d>(d: &'d VarDecl<'d>) -> impl Iterator<Item = Decl> + 'd {
    let kind = if d.kind == VarKind::Let {
        DeclKind::Let
    } else {
        DeclKind::Const
    };
    d.decls.iter().map(move |x| Decl {
        name: x.name.name,
        at: x.name.span.start,
        kind,
        ready: x
            .init
            .as_ref()
            .map_or(x.name.span.end, |init| init.span.end),
    })
}

/// The `var` declarations of a function body (or the script): every `var`
/// in any nested block, but not in nested functions.
pub fn var_decls(body: &[Stmt], out: &mut Vec<Decl>) {
    for s in body {
        var_decls_in(s, out);
    }
}

/// [`var_decls_stmt`] for a statement that may hold a `var`: most
/// statements (expressions, returns) cannot, and skip the call.
#[inline]
fn var_decls_in(s: &Stmt, out: &mut Vec<Decl>) {
    if !matches!(
        s.kind,
        StmtKind::Expr(_)
            | StmtKind::Return(_)
            | StmtKind::Function(_)
            | StmtKind::Throw(_)
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Empty
    ) {
        var_decls_stmt(s, out);
    }
}

fn var_decls_stmt(s: &Stmt, out: &mut Vec<Decl>) {
    let var = |id: &Ident| Decl::new(id.name, id.span.start, DeclKind::Var);
    match &s.kind {
        StmtKind::Var(d) if d.kind == VarKind::Var => {
            out.extend(d.decls.iter().map(|x| var(&x.name)))
        }
        StmtKind::If { cons, alt, .. } => {
            var_decls_in(cons, out);
            if let Some(a) = alt {
                var_decls_in(a, out);
            }
        }
        StmtKind::Block(b) => var_decls(b, out),
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::Var(d)) = init {
                if d.kind == VarKind::Var {
                    out.extend(d.decls.iter().map(|x| var(&x.name)));
                }
            }
            var_decls_in(body, out);
        }
        StmtKind::ForIn { left, body, .. } => {
            if let ForInTarget::Decl(VarKind::Var, id) = left {
                out.push(var(id));
            }
            var_decls_in(body, out);
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Labeled { body, .. } => {
            var_decls_in(body, out);
        }
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            var_decls(block, out);
            if let Some(h) = handler {
                var_decls(h.body, out);
            }
            if let Some(f) = finalizer {
                var_decls(f, out);
            }
        }
        StmtKind::Switch { cases, .. } => {
            for c in cases.iter() {
                var_decls(c.body, out);
            }
        }
        _ => {}
    }
}

/// The lexical declarations directly in a statement list: `let`, `const`,
/// imports, and functions (which are var-like when `function_top` is set,
/// i.e. at the top of a function body or the script).
pub fn lexical_decls(body: &[Stmt], function_top: bool, out: &mut Vec<Decl>) {
    for s in body {
        match &s.kind {
            StmtKind::Var(d) if d.kind != VarKind::Var => out.extend(lexical_declarators(d)),
            StmtKind::Function(f) => {
                if let Some(n) = f.name {
                    let kind = if function_top {
                        DeclKind::Var
                    } else {
                        DeclKind::BlockFunction
                    };
                    out.push(Decl::new(n.name, n.span.start, kind));
                }
            }
            StmtKind::Import(imp) => {
                let locals = imp
                    .default
                    .iter()
                    .chain(imp.namespace.iter())
                    .chain(imp.named.iter().map(|(_, l)| l));
                out.extend(locals.map(|id| Decl::new(id.name, id.span.start, DeclKind::Import)));
            }
            _ => {}
        }
    }
}

/// The function declarations directly in a statement list, in order: they
/// are created when the list's scope is entered.
pub fn function_decls<'b>(body: &'b [Stmt<'b>]) -> impl Iterator<Item = &'b Function<'b>> {
    body.iter().filter_map(|s| match &s.kind {
        StmtKind::Function(f) => Some(&**f),
        _ => None,
    })
}

/// The lexical declarations of a `switch` statement: all of its clauses
/// share one scope.
pub fn switch_decls(cases: &[SwitchCase], out: &mut Vec<Decl>) {
    for c in cases {
        lexical_decls(c.body, false, out);
    }
}
