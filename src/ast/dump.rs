//! A readable S-expression form of the tree, without spans: what golden
//! tests compare, and how two trees are compared regardless of layout.

use super::*;
use std::fmt::Write;

/// The program as S-expressions, one top-level statement per line.
pub fn dump(program: &Program) -> String {
    dump_with(program, false)
}

/// Like [`dump`], but equal for programs that differ only in grouping
/// parentheses and in how property keys are written: nested sequences are
/// flattened and keys are shown as the property names they define
/// (`'0'`, `0` and `0.0` all define `"0"`).
pub fn dump_canonical(program: &Program) -> String {
    dump_with(program, true)
}

fn dump_with(program: &Program, canonical: bool) -> String {
    let mut d = Dumper {
        names: &program.names,
        literals: &program.literals,
        out: String::new(),
        canonical,
    };
    for s in program.body {
        d.stmt(s);
        d.out.push('\n');
    }
    d.out
}

struct Dumper<'a> {
    names: &'a Interner,
    literals: &'a Literals,
    out: String,
    canonical: bool,
}

fn js(s: &[u16]) -> String {
    format!("{:?}", String::from_utf16_lossy(s))
}

/// Integers print without a fraction; others in Rust's shortest round-trip
/// form; `-0` stays visible.
fn num(v: f64) -> String {
    if v == 0.0 && v.is_sign_negative() {
        "-0".into()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:?}")
    }
}

impl Dumper<'_> {
    fn name(&mut self, n: Name) {
        let text = self.names.resolve(n).to_string();
        self.out.push_str(&text);
    }

    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.w(" ");
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => self.w("(empty)"),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Var(d) => self.var_decl(d),
            StmtKind::Function(f) => self.function(f),
            StmtKind::Return(e) => {
                self.w("(return");
                if let Some(e) = e {
                    self.w(" ");
                    self.expr(e);
                }
                self.w(")");
            }
            StmtKind::If { test, cons, alt } => {
                self.w("(if ");
                self.expr(test);
                self.w(" ");
                self.stmt(cons);
                if let Some(a) = alt {
                    self.w(" ");
                    self.stmt(a);
                }
                self.w(")");
            }
            StmtKind::Block(b) => {
                self.w("(block");
                self.stmts(b);
                self.w(")");
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.w("(for ");
                match init {
                    Some(ForInit::Var(d)) => self.var_decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => self.w("_"),
                }
                for part in [test, update] {
                    self.w(" ");
                    match part {
                        Some(e) => self.expr(e),
                        None => self.w("_"),
                    }
                }
                self.w(" ");
                self.stmt(body);
                self.w(")");
            }
            StmtKind::ForIn { left, right, body } => {
                self.w("(for-in ");
                match left {
                    ForInTarget::Decl(kind, id) => {
                        let _ = write!(self.out, "({} ", kind.keyword());
                        self.name(id.name);
                        self.w(")");
                    }
                    ForInTarget::Expr(e) => self.expr(e),
                }
                self.w(" ");
                self.expr(right);
                self.w(" ");
                self.stmt(body);
                self.w(")");
            }
            StmtKind::While { test, body } => {
                self.w("(while ");
                self.expr(test);
                self.w(" ");
                self.stmt(body);
                self.w(")");
            }
            StmtKind::DoWhile { body, test } => {
                self.w("(do ");
                self.stmt(body);
                self.w(" ");
                self.expr(test);
                self.w(")");
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                self.w(if matches!(s.kind, StmtKind::Break(_)) {
                    "(break"
                } else {
                    "(continue"
                });
                if let Some(l) = l {
                    self.w(" ");
                    self.name(l.name);
                }
                self.w(")");
            }
            StmtKind::Throw(e) => {
                self.w("(throw ");
                self.expr(e);
                self.w(")");
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.w("(try (block");
                self.stmts(block);
                self.w(")");
                if let Some(h) = handler {
                    self.w(" (catch ");
                    match h.param {
                        Some(p) => self.name(p.name),
                        None => self.w("_"),
                    }
                    self.stmts(h.body);
                    self.w(")");
                }
                if let Some(f) = finalizer {
                    self.w(" (finally");
                    self.stmts(f);
                    self.w(")");
                }
                self.w(")");
            }
            StmtKind::Switch { disc, cases } => {
                self.w("(switch ");
                self.expr(disc);
                for c in cases.iter() {
                    match &c.test {
                        Some(t) => {
                            self.w(" (case ");
                            self.expr(t);
                        }
                        None => self.w(" (default"),
                    }
                    self.stmts(c.body);
                    self.w(")");
                }
                self.w(")");
            }
            StmtKind::Labeled { label, body } => {
                self.w("(label ");
                self.name(label.name);
                self.w(" ");
                self.stmt(body);
                self.w(")");
            }
            StmtKind::Debugger => self.w("(debugger)"),
            StmtKind::Import(imp) => {
                self.w("(import");
                if let Some(d) = imp.default {
                    self.w(" ");
                    self.name(d.name);
                }
                if let Some(ns) = imp.namespace {
                    self.w(" (* ");
                    self.name(ns.name);
                    self.w(")");
                }
                for (imported, local) in imp.named {
                    self.w(" (");
                    self.name(*imported);
                    self.w(" ");
                    self.name(local.name);
                    self.w(")");
                }
                let _ = write!(self.out, " {})", js(imp.source));
            }
        }
    }

    fn var_decl(&mut self, d: &VarDecl) {
        let _ = write!(self.out, "({}", d.kind.keyword());
        for decl in d.decls {
            self.w(" ");
            match &decl.init {
                Some(init) => {
                    self.w("(= ");
                    self.name(decl.name.name);
                    self.w(" ");
                    self.expr(init);
                    self.w(")");
                }
                None => self.name(decl.name.name),
            }
        }
        self.w(")");
    }

    fn function(&mut self, f: &Function) {
        let head = match (f.kind, f.is_async) {
            (FunctionKind::Normal, false) => "(function",
            (FunctionKind::Normal, true) => "(async-function",
            (FunctionKind::Arrow, _) => "(arrow",
            (FunctionKind::Getter, _) => "(getter",
            (FunctionKind::Setter, _) => "(setter",
        };
        self.w(head);
        if let Some(n) = f.name {
            self.w(" ");
            self.name(n.name);
        }
        self.w(" (");
        for (i, p) in f.params.iter().enumerate() {
            if i > 0 {
                self.w(" ");
            }
            self.name(p.name);
        }
        if let Some(r) = f.rest {
            if !f.params.is_empty() {
                self.w(" ");
            }
            self.w("...");
            self.name(r.name);
        }
        self.w(")");
        match &f.body {
            FunctionBody::Block(b) => self.stmts(b),
            FunctionBody::Expr(e) => {
                self.w(" ");
                self.expr(e);
            }
        }
        self.w(")");
    }

    fn flat_sequence(&mut self, items: &[Expr]) {
        for e in items {
            match &e.kind {
                ExprKind::Sequence(inner) => self.flat_sequence(inner),
                _ => {
                    self.w(" ");
                    self.expr(e);
                }
            }
        }
    }

    fn exprs(&mut self, items: &[Expr]) {
        for e in items {
            self.w(" ");
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.name(*n),
            ExprKind::This => self.w("this"),
            ExprKind::Null => self.w("null"),
            ExprKind::Bool(b) => self.w(if *b { "true" } else { "false" }),
            ExprKind::Number(v) => self.w(&num(*v)),
            ExprKind::String(s) => self.w(&js(&self.literals.to_utf16(*s))),
            ExprKind::Regex { pattern, flags } => {
                let _ = write!(self.out, "/{pattern}/{flags}");
            }
            ExprKind::Template { quasis, exprs } => {
                self.w("(template");
                for (i, q) in quasis.iter().enumerate() {
                    self.w(" ");
                    self.w(&js(q));
                    if let Some(x) = exprs.get(i) {
                        self.w(" ");
                        self.expr(x);
                    }
                }
                self.w(")");
            }
            ExprKind::Array(items) => {
                self.w("(array");
                for item in items.iter() {
                    self.w(" ");
                    match item {
                        Some(x) => self.expr(x),
                        None => self.w("_"),
                    }
                }
                self.w(")");
            }
            ExprKind::Object(props) => {
                self.w("(object");
                for p in props.iter() {
                    self.w(" (");
                    match &p.value {
                        PropValue::Init(_) => {}
                        PropValue::Get(_) => self.w("get "),
                        PropValue::Set(_) => self.w("set "),
                    }
                    match &p.key {
                        PropKey::Name(n) if self.canonical => {
                            let text = self.names.resolve(*n).to_string();
                            self.w(&format!("{text:?}"));
                        }
                        PropKey::Number(v) if self.canonical => {
                            self.w(&format!("{:?}", crate::number::to_js_string(*v)));
                        }
                        PropKey::Name(n) => self.name(*n),
                        PropKey::String(s) => self.w(&js(&self.literals.to_utf16(*s))),
                        PropKey::Number(v) => self.w(&num(*v)),
                    }
                    self.w(" ");
                    match &p.value {
                        PropValue::Init(v) => self.expr(v),
                        PropValue::Get(f) | PropValue::Set(f) => self.function(f),
                    }
                    self.w(")");
                }
                self.w(")");
            }
            ExprKind::Function(f) => self.function(f),
            ExprKind::Unary(op, arg) => {
                let _ = write!(self.out, "({} ", op.symbol());
                self.expr(arg);
                self.w(")");
            }
            ExprKind::Update { op, prefix, target } => {
                let sym = if *op == UpdateOp::Inc { "++" } else { "--" };
                let _ = write!(
                    self.out,
                    "({}{} ",
                    if *prefix { "pre" } else { "post" },
                    sym
                );
                self.expr(target);
                self.w(")");
            }
            ExprKind::Binary(op, operands) => {
                let _ = write!(self.out, "({} ", op.symbol());
                self.expr(&operands.0);
                self.w(" ");
                self.expr(&operands.1);
                self.w(")");
            }
            ExprKind::Logical(op, operands) => {
                let _ = write!(self.out, "({} ", op.symbol());
                self.expr(&operands.0);
                self.w(" ");
                self.expr(&operands.1);
                self.w(")");
            }
            ExprKind::Assign(op, operands) => {
                let _ = write!(self.out, "({} ", op.symbol());
                self.expr(&operands.0);
                self.w(" ");
                self.expr(&operands.1);
                self.w(")");
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.w("(? ");
                self.expr(test);
                self.w(" ");
                self.expr(cons);
                self.w(" ");
                self.expr(alt);
                self.w(")");
            }
            ExprKind::Call { callee, args } => {
                self.w("(call ");
                self.expr(callee);
                self.exprs(args);
                self.w(")");
            }
            ExprKind::New { callee, args } => {
                self.w("(new ");
                self.expr(callee);
                self.exprs(args);
                self.w(")");
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.w("(. ");
                self.expr(object);
                self.w(" ");
                self.name(*property);
                self.w(")");
            }
            ExprKind::Index(operands) => {
                self.w("([] ");
                self.expr(&operands.0);
                self.w(" ");
                self.expr(&operands.1);
                self.w(")");
            }
            ExprKind::Sequence(items) => {
                self.w("(,");
                if self.canonical {
                    self.flat_sequence(items);
                } else {
                    self.exprs(items);
                }
                self.w(")");
            }
            ExprKind::Await(arg) => {
                self.w("(await ");
                self.expr(arg);
                self.w(")");
            }
        }
    }
}
