//! Prints a tree back as JavaScript that parses to the same tree.
//!
//! Parentheses are added from operator precedence only where the tree needs
//! them, plus where JavaScript forbids a form in a position: an expression
//! statement cannot start with `{` or `function`, an arrow's expression body
//! cannot start with `{`, `new` cannot take a call as its callee, `in`
//! cannot appear unparenthesised in a `for (init; ...)` header. Every
//! statement ends with an explicit `;`, so the output never relies on
//! automatic semicolon insertion.

use super::*;
use std::fmt::Write;

/// The program as JavaScript source.
pub fn print(program: &Program) -> String {
    let mut p = Printer {
        names: &program.names,
        literals: &program.literals,
        out: String::new(),
        indent: 0,
        no_in: false,
    };
    for s in program.body {
        p.stmt(s);
        p.out.push('\n');
    }
    p.out
}

/// Binding power of each expression form; an operand printed where a higher
/// level is required gets parentheses.
mod prec {
    pub const SEQUENCE: u8 = 0;
    pub const ASSIGN: u8 = 1;
    pub const CONDITIONAL: u8 = 2;
    /// Binary operators use `4 + BinaryOp::precedence()` (and logical ones
    /// `2 + LogicalOp::precedence()`), between these two.
    pub const BINARY_BASE: u8 = 2;
    /// Above `**` (15): `-a ** b` is not valid, `(-a) ** b` is.
    pub const UNARY: u8 = 16;
    pub const POSTFIX: u8 = 17;
    pub const CALL: u8 = 18;
    pub const PRIMARY: u8 = 19;
}

struct Printer<'a> {
    names: &'a Interner,
    literals: &'a Literals,
    out: String,
    indent: usize,
    /// Inside a `for (init; ...)` header: `in` needs parentheses.
    no_in: bool,
}

fn binary_prec(op: BinaryOp) -> u8 {
    prec::BINARY_BASE + 2 + op.precedence()
}

fn logical_prec(op: LogicalOp) -> u8 {
    prec::BINARY_BASE + op.precedence()
}

fn expr_prec(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Sequence(_) => prec::SEQUENCE,
        ExprKind::Assign(..) => prec::ASSIGN,
        ExprKind::Function(f) if f.kind == FunctionKind::Arrow => prec::ASSIGN,
        ExprKind::Conditional { .. } => prec::CONDITIONAL,
        ExprKind::Logical(op, ..) => logical_prec(*op),
        ExprKind::Binary(op, ..) => binary_prec(*op),
        ExprKind::Unary(..) | ExprKind::Await(_) => prec::UNARY,
        ExprKind::Update { prefix: true, .. } => prec::UNARY,
        ExprKind::Update { prefix: false, .. } => prec::POSTFIX,
        ExprKind::Call { .. }
        | ExprKind::New { .. }
        | ExprKind::Member { .. }
        | ExprKind::Index(_) => prec::CALL,
        _ => prec::PRIMARY,
    }
}

/// The expression whose first token starts the printed form of `e`.
fn leftmost<'e, 'a>(e: &'e Expr<'a>) -> &'e Expr<'a> {
    match &e.kind {
        ExprKind::Binary(_, operands)
        | ExprKind::Logical(_, operands)
        | ExprKind::Assign(_, operands)
        | ExprKind::Index(operands) => leftmost(&operands.0),
        ExprKind::Conditional { test, .. } => leftmost(test),
        ExprKind::Call { callee, .. } => leftmost(callee),
        ExprKind::Member { object, .. } => leftmost(object),
        ExprKind::Update {
            prefix: false,
            target,
            ..
        } => leftmost(target),
        ExprKind::Sequence(items) => items.first().map_or(e, leftmost),
        _ => e,
    }
}

/// Whether the printed expression would begin with `{`.
fn starts_with_object(e: &Expr) -> bool {
    matches!(leftmost(e).kind, ExprKind::Object(_))
}

/// Whether the printed expression would begin with `{` or `function`, which
/// an expression statement cannot.
fn starts_like_statement(e: &Expr) -> bool {
    match &leftmost(e).kind {
        ExprKind::Object(_) => true,
        ExprKind::Function(f) => f.kind != FunctionKind::Arrow,
        _ => false,
    }
}

/// Whether a call appears on the callee spine (so `new` needs parentheses).
fn has_call_on_spine(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Member { object, .. } => has_call_on_spine(object),
        ExprKind::Index(operands) => has_call_on_spine(&operands.0),
        _ => false,
    }
}

/// Whether an `if` statement ending `s` has no `else`, so that an `else`
/// printed after `s` would attach to it.
fn ends_in_open_if(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::If { alt: None, .. } => true,
        StmtKind::If { alt: Some(alt), .. } => ends_in_open_if(alt),
        StmtKind::While { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::ForIn { body, .. }
        | StmtKind::Labeled { body, .. } => ends_in_open_if(body),
        _ => false,
    }
}

/// A quoted literal (`delim` is `"`, `'` or `` ` ``), escaping what must be.
fn quote(s: &[u16], delim: char, out: &mut String) {
    out.push(delim);
    for c in char::decode_utf16(s.iter().copied()) {
        match c {
            Ok('\\') => out.push_str("\\\\"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\u{2028}') => out.push_str("\\u2028"),
            Ok('\u{2029}') => out.push_str("\\u2029"),
            Ok(c) if c == delim => {
                out.push('\\');
                out.push(c);
            }
            Ok('$') if delim == '`' => out.push_str("\\$"),
            Ok(c) if (c as u32) < 0x20 || c as u32 == 0x7F => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            Ok(c) => out.push(c),
            Err(lone) => {
                let _ = write!(out, "\\u{:04x}", lone.unpaired_surrogate());
            }
        }
    }
    out.push(delim);
}

/// A number literal that reads back as the same value. Literals are never
/// negative, NaN or infinite in a parsed tree.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e21 {
        format!("{v:.0}")
    } else {
        format!("{v:?}")
    }
}

impl Printer<'_> {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn name(&mut self, n: Name) {
        let text = self.names.resolve(n).to_string();
        self.out.push_str(&text);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// Runs `f` with the `for`-header restriction lifted: brackets,
    /// arguments and function bodies may hold `in` freely.
    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        let no_in = std::mem::replace(&mut self.no_in, false);
        f(self);
        self.no_in = no_in;
    }

    fn block(&mut self, body: &[Stmt]) {
        if body.is_empty() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for s in body {
            self.newline();
            self.stmt(s);
        }
        self.indent -= 1;
        self.newline();
        self.w("}");
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => self.w(";"),
            StmtKind::Expr(e) => {
                if starts_like_statement(e) {
                    self.w("(");
                    self.expr(e, prec::SEQUENCE);
                    self.w(")");
                } else {
                    self.expr(e, prec::SEQUENCE);
                }
                self.w(";");
            }
            StmtKind::Var(d) => {
                self.var_decl(d);
                self.w(";");
            }
            StmtKind::Function(f) => self.function(f),
            StmtKind::Return(e) => {
                self.w("return");
                if let Some(e) = e {
                    self.w(" ");
                    self.expr(e, prec::SEQUENCE);
                }
                self.w(";");
            }
            StmtKind::If { test, cons, alt } => {
                self.w("if (");
                self.expr(test, prec::SEQUENCE);
                self.w(") ");
                match alt {
                    Some(alt) => {
                        if ends_in_open_if(cons) {
                            self.block(std::slice::from_ref(cons));
                        } else {
                            self.stmt(cons);
                        }
                        self.w(" else ");
                        self.stmt(alt);
                    }
                    None => self.stmt(cons),
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.w("for (");
                self.no_in = true;
                match init {
                    Some(ForInit::Var(d)) => self.var_decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e, prec::SEQUENCE),
                    None => {}
                }
                self.no_in = false;
                self.w(";");
                if let Some(t) = test {
                    self.w(" ");
                    self.expr(t, prec::SEQUENCE);
                }
                self.w(";");
                if let Some(u) = update {
                    self.w(" ");
                    self.expr(u, prec::SEQUENCE);
                }
                self.w(") ");
                self.stmt(body);
            }
            StmtKind::ForIn { left, right, body } => {
                self.w("for (");
                match left {
                    ForInTarget::Decl(kind, id) => {
                        self.w(kind.keyword());
                        self.w(" ");
                        self.name(id.name);
                    }
                    ForInTarget::Expr(e) => self.expr(e, prec::CALL),
                }
                self.w(" in ");
                self.expr(right, prec::SEQUENCE);
                self.w(") ");
                self.stmt(body);
            }
            StmtKind::While { test, body } => {
                self.w("while (");
                self.expr(test, prec::SEQUENCE);
                self.w(") ");
                self.stmt(body);
            }
            StmtKind::DoWhile { body, test } => {
                self.w("do ");
                self.stmt(body);
                self.w(" while (");
                self.expr(test, prec::SEQUENCE);
                self.w(");");
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                self.w(if matches!(s.kind, StmtKind::Break(_)) {
                    "break"
                } else {
                    "continue"
                });
                if let Some(l) = l {
                    self.w(" ");
                    self.name(l.name);
                }
                self.w(";");
            }
            StmtKind::Throw(e) => {
                self.w("throw ");
                self.expr(e, prec::SEQUENCE);
                self.w(";");
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.w("try ");
                self.block(block);
                if let Some(h) = handler {
                    self.w(" catch ");
                    if let Some(p) = h.param {
                        self.w("(");
                        self.name(p.name);
                        self.w(") ");
                    }
                    self.block(h.body);
                }
                if let Some(f) = finalizer {
                    self.w(" finally ");
                    self.block(f);
                }
            }
            StmtKind::Switch { disc, cases } => {
                self.w("switch (");
                self.expr(disc, prec::SEQUENCE);
                self.w(") {");
                self.indent += 1;
                for c in cases.iter() {
                    self.newline();
                    match &c.test {
                        Some(t) => {
                            self.w("case ");
                            self.expr(t, prec::SEQUENCE);
                            self.w(":");
                        }
                        None => self.w("default:"),
                    }
                    self.indent += 1;
                    for s in c.body {
                        self.newline();
                        self.stmt(s);
                    }
                    self.indent -= 1;
                }
                self.indent -= 1;
                self.newline();
                self.w("}");
            }
            StmtKind::Labeled { label, body } => {
                self.name(label.name);
                self.w(": ");
                self.stmt(body);
            }
            StmtKind::Debugger => self.w("debugger;"),
            StmtKind::Import(imp) => self.import(imp),
        }
    }

    fn import(&mut self, imp: &ImportDecl) {
        self.w("import ");
        let mut clauses = 0;
        if let Some(d) = imp.default {
            self.name(d.name);
            clauses += 1;
        }
        if let Some(ns) = imp.namespace {
            if clauses > 0 {
                self.w(", ");
            }
            self.w("* as ");
            self.name(ns.name);
            clauses += 1;
        }
        if !imp.named.is_empty() {
            if clauses > 0 {
                self.w(", ");
            }
            self.w("{ ");
            for (i, (imported, local)) in imp.named.iter().enumerate() {
                if i > 0 {
                    self.w(", ");
                }
                self.name(*imported);
                if *imported != local.name {
                    self.w(" as ");
                    self.name(local.name);
                }
            }
            self.w(" }");
            clauses += 1;
        }
        if clauses > 0 {
            self.w(" from ");
        }
        quote(imp.source, '\'', &mut self.out);
        self.w(";");
    }

    fn var_decl(&mut self, d: &VarDecl) {
        self.w(d.kind.keyword());
        for (i, decl) in d.decls.iter().enumerate() {
            self.w(if i == 0 { " " } else { ", " });
            self.name(decl.name.name);
            if let Some(init) = &decl.init {
                self.w(" = ");
                self.expr(init, prec::ASSIGN);
            }
        }
    }

    fn params(&mut self, f: &Function) {
        self.w("(");
        for (i, p) in f.params.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.name(p.name);
        }
        if let Some(r) = f.rest {
            if !f.params.is_empty() {
                self.w(", ");
            }
            self.w("...");
            self.name(r.name);
        }
        self.w(")");
    }

    fn function(&mut self, f: &Function) {
        if f.kind == FunctionKind::Arrow {
            self.nested(|p| p.params(f));
            self.w(" => ");
        } else {
            if f.is_async {
                self.w("async ");
            }
            self.w("function");
            if let Some(n) = f.name {
                self.w(" ");
                self.name(n.name);
            }
            self.nested(|p| p.params(f));
            self.w(" ");
        }
        match &f.body {
            FunctionBody::Block(b) => self.nested(|p| p.block(b)),
            FunctionBody::Expr(e) if starts_with_object(e) => self.nested(|p| {
                p.w("(");
                p.expr(e, prec::SEQUENCE);
                p.w(")");
            }),
            // A concise body inherits the `in` restriction of a `for` header.
            FunctionBody::Expr(e) => self.expr(e, prec::ASSIGN),
        }
    }

    fn args(&mut self, args: &[Expr]) {
        self.nested(|p| {
            p.w("(");
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    p.w(", ");
                }
                p.expr(a, prec::ASSIGN);
            }
            p.w(")");
        });
    }

    fn prop_key(&mut self, key: &PropKey) {
        match key {
            PropKey::Name(n) => self.name(*n),
            PropKey::String(s) => quote(&self.literals.to_utf16(*s), '"', &mut self.out),
            PropKey::Number(v) => self.w(&number(*v)),
        }
    }

    /// Prints `e` where at least binding power `min` is required.
    fn expr(&mut self, e: &Expr, min: u8) {
        let in_needs_parens = self.no_in && matches!(e.kind, ExprKind::Binary(BinaryOp::In, ..));
        if expr_prec(e) < min || in_needs_parens {
            self.nested(|p| {
                p.w("(");
                p.expr_inner(e);
                p.w(")");
            });
        } else {
            self.expr_inner(e);
        }
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.name(*n),
            ExprKind::This => self.w("this"),
            ExprKind::Null => self.w("null"),
            ExprKind::Bool(b) => self.w(if *b { "true" } else { "false" }),
            ExprKind::Number(v) => self.w(&number(*v)),
            ExprKind::String(s) => quote(&self.literals.to_utf16(*s), '"', &mut self.out),
            ExprKind::Regex { pattern, flags } => {
                let _ = write!(self.out, "/{pattern}/{flags}");
            }
            ExprKind::Template { quasis, exprs } => self.nested(|p| {
                p.w("`");
                for (i, q) in quasis.iter().enumerate() {
                    let mut text = String::new();
                    quote(q, '`', &mut text);
                    p.w(&text[1..text.len() - 1]);
                    if let Some(x) = exprs.get(i) {
                        p.w("${");
                        p.expr(x, prec::SEQUENCE);
                        p.w("}");
                    }
                }
                p.w("`");
            }),
            ExprKind::Array(items) => self.nested(|p| {
                p.w("[");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        p.w(", ");
                    }
                    if let Some(x) = item {
                        p.expr(x, prec::ASSIGN);
                    }
                }
                // A trailing hole needs its own comma: `[a, ,]` has length 2.
                if matches!(items.last(), Some(None)) {
                    p.w(",");
                }
                p.w("]");
            }),
            ExprKind::Object(props) => self.nested(|p| {
                p.w("{");
                for (i, prop) in props.iter().enumerate() {
                    p.w(if i == 0 { " " } else { ", " });
                    match &prop.value {
                        PropValue::Init(v) => {
                            p.prop_key(&prop.key);
                            p.w(": ");
                            p.expr(v, prec::ASSIGN);
                        }
                        PropValue::Get(f) | PropValue::Set(f) => {
                            p.w(if matches!(prop.value, PropValue::Get(_)) {
                                "get "
                            } else {
                                "set "
                            });
                            p.prop_key(&prop.key);
                            p.params(f);
                            p.w(" ");
                            if let FunctionBody::Block(b) = &f.body {
                                p.block(b);
                            }
                        }
                    }
                }
                p.w(if props.is_empty() { "}" } else { " }" });
            }),
            ExprKind::Function(f) => self.function(f),
            ExprKind::Unary(op, arg) => {
                self.w(op.symbol());
                self.w(" ");
                self.expr(arg, prec::UNARY);
            }
            ExprKind::Await(arg) => {
                self.w("await ");
                self.expr(arg, prec::UNARY);
            }
            ExprKind::Update { op, prefix, target } => {
                let sym = if *op == UpdateOp::Inc { "++" } else { "--" };
                if *prefix {
                    self.w(sym);
                    self.expr(target, prec::UNARY);
                } else {
                    self.expr(target, prec::CALL);
                    self.w(sym);
                }
            }
            ExprKind::Binary(op, operands) => {
                let (l, r) = &**operands;
                let p = binary_prec(*op);
                // `**` is right-associative, and its base cannot be a unary
                // expression.
                let (lmin, rmin) = if *op == BinaryOp::Exp {
                    (prec::POSTFIX, p)
                } else {
                    (p, p + 1)
                };
                self.expr(l, lmin);
                let _ = write!(self.out, " {} ", op.symbol());
                self.expr(r, rmin);
            }
            ExprKind::Logical(op, operands) => {
                let (l, r) = &**operands;
                let p = logical_prec(*op);
                self.expr(l, p);
                let _ = write!(self.out, " {} ", op.symbol());
                self.expr(r, p + 1);
            }
            ExprKind::Assign(op, operands) => {
                let (target, value) = &**operands;
                self.expr(target, prec::CALL);
                let _ = write!(self.out, " {} ", op.symbol());
                self.expr(value, prec::ASSIGN);
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test, prec::CONDITIONAL + 1);
                self.w(" ? ");
                self.nested(|p| p.expr(cons, prec::ASSIGN));
                self.w(" : ");
                self.expr(alt, prec::ASSIGN);
            }
            ExprKind::Call { callee, args } => {
                self.expr(callee, prec::CALL);
                self.args(args);
            }
            ExprKind::New { callee, args } => {
                self.w("new ");
                if has_call_on_spine(callee) || expr_prec(callee) < prec::CALL {
                    self.nested(|p| {
                        p.w("(");
                        p.expr(callee, prec::SEQUENCE);
                        p.w(")");
                    });
                } else {
                    self.expr(callee, prec::CALL);
                }
                self.args(args);
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.member_object(object);
                self.w(".");
                self.name(*property);
            }
            ExprKind::Index(operands) => {
                let (object, index) = &**operands;
                self.member_object(object);
                self.nested(|p| {
                    p.w("[");
                    p.expr(index, prec::SEQUENCE);
                    p.w("]");
                });
            }
            ExprKind::Sequence(items) => {
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.expr(x, prec::ASSIGN);
                }
            }
        }
    }

    /// The object of `.x` or `[x]`: a number literal needs parentheses
    /// (`(1).x`, not `1.x`).
    fn member_object(&mut self, object: &Expr) {
        if matches!(object.kind, ExprKind::Number(_)) {
            self.w("(");
            self.expr_inner(object);
            self.w(")");
        } else {
            self.expr(object, prec::CALL);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::{Arena, dump};
    use crate::features::Runtime;
    use crate::parser::parse;

    /// Parses, prints, parses again: both trees must be the same.
    fn round_trip(src: &str) {
        let arena = Arena::new();
        let first = parse(src, Runtime::Js2, &arena)
            .unwrap_or_else(|e| panic!("{}", e.render(src, "a.js")));
        let printed = super::print(&first);
        let second = parse(&printed, Runtime::Js2, &arena)
            .unwrap_or_else(|e| panic!("{}", e.render(&printed, "printed.js")));
        assert_eq!(dump(&first), dump(&second), "printed:\n{printed}");
    }

    #[test]
    fn printed_programs_parse_back_to_the_same_tree() {
        round_trip("var a = (1, 2), b = (x => ({}))(3);");
        round_trip("({}).toString(); (function () {})(); x = function () {}();");
        round_trip("a = -(-b); c = - --d; e = (-f) ** 2; g = 2 ** -h; i = (j, k) ? l : m;");
        round_trip("for (var i = (a in b); i < n; i++) for (x = (y in z);;) break;");
        round_trip("if (a) { if (b) c; } else d; if (a) if (b) c; else d;");
        round_trip("x = new (f())(); y = new (a.b().c)(); z = new a.b(); w = new new a()();");
        round_trip("s = 'a\\n\\u2028\"\\uD800'; t = `a${b}\\`${`c${d}`}`;");
        round_trip("o = { get: 1, 'x y': 2, 3: 4, get a() { return 1; }, set a(v) {} };");
        round_trip("arr = [, a, , b, ,]; n = (1).toFixed(2); m = 1e21 + 1.5e-7 + 0.1;");
        round_trip("async function f() { return await (a, b); } label: for (;;) continue label;");
        round_trip("switch (x) { case 1: case 2: y(); break; default: }");
        round_trip("try { a(); } catch (e) { b(); } finally { c(); }");
        round_trip(
            "import cf from 'cloudfront'; import * as q from 'querystring'; import { a, b as c } from 'm';",
        );
        round_trip(
            "x = a ? b : c ? d : e; y = (a ? b : c) ? d : e; z = a || b && c; w = (a || b) && c;",
        );
        round_trip("f = (...r) => r; g = (a, ...r) => [a, r]; h = () => { return; };");
    }
}
