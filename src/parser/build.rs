//! Node construction for the grammar's actions, with the checks that need a
//! whole production: runtime gating of `let`/`const`/`async`/`await`/
//! `import`, assignment targets, arrow parameter lists (parsed as a
//! parenthesised expression and converted here), regular-expression flags.

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::features::{Feature, Runtime};
use crate::lexer::{LexOutput, RegexLiteral, Tok};
use crate::source::Span;
use lalrpop_util::ParseError;
use std::cell::RefCell;

/// What an action returns when it refuses its input.
pub type PResult<T> = Result<T, ParseError<u32, Tok, SyntaxError>>;

/// The parser's context: the runtime, the source and the lexer's literal
/// tables.
pub struct Ctx<'s> {
    /// The runtime the source is parsed for.
    pub runtime: Runtime,
    /// String literal values, which the tree refers to by number.
    strings: Literals,
    /// Cooked template parts, each taken out by the one reduction of its
    /// token (see [`Ctx::reload_literals`]).
    templates: RefCell<Vec<JsString>>,
    /// Regular-expression literals, likewise taken out by their reduction.
    regexes: RefCell<Vec<RegexLiteral>>,
    numbers: Vec<f64>,
    names: RefCell<Interner>,
    /// The source: an expression that starts at a `(` was parenthesised
    /// (`((a)) => 0` has an invalid parameter). An expression starts where
    /// its first token does, and no other token starts with `(`.
    src: &'s str,
}

/// Moves literal `i` out of `table`, leaving it empty.
fn take_literal(table: &RefCell<Vec<JsString>>, i: u32) -> JsString {
    table
        .borrow_mut()
        .get_mut(i as usize)
        .map(std::mem::take)
        .unwrap_or_default()
}

impl<'s> Ctx<'s> {
    /// Takes the tables out of the lexer's output of `src`.
    pub fn new(runtime: Runtime, src: &'s str, lexed: &mut LexOutput) -> Ctx<'s> {
        Ctx {
            src,
            runtime,
            strings: std::mem::take(&mut lexed.strings),
            templates: RefCell::new(std::mem::take(&mut lexed.templates)),
            regexes: RefCell::new(std::mem::take(&mut lexed.regexes)),
            numbers: std::mem::take(&mut lexed.numbers),
            names: RefCell::new(std::mem::take(&mut lexed.names)),
        }
    }

    /// Whether the expression spanning `span` is wrapped in parentheses.
    fn parenthesised(&self, span: Span) -> bool {
        self.src.as_bytes().get(span.start as usize) == Some(&b'(')
    }

    /// String literal `i`.
    pub fn string(&self, i: u32) -> Lit {
        Lit(i)
    }

    /// The value of string literal `i`.
    pub fn string_value(&self, i: u32) -> JsString {
        self.strings.to_utf16(Lit(i))
    }

    /// The value of numeric literal `i`.
    pub fn number(&self, i: u32) -> f64 {
        self.numbers.get(i as usize).copied().unwrap_or(f64::NAN)
    }

    /// The cooked text of template part `i`, moved out like
    /// [`Ctx::string`]'s.
    pub fn template(&self, i: u32) -> JsString {
        take_literal(&self.templates, i)
    }

    /// Puts the literal values back from `lexed` (the same source lexed
    /// again) for another parse of the tokens: the failed one has taken
    /// some of them (string literals stay: the tree only refers to them).
    pub fn reload_literals(&mut self, lexed: &mut LexOutput) {
        *self.templates.get_mut() = std::mem::take(&mut lexed.templates);
        *self.regexes.get_mut() = std::mem::take(&mut lexed.regexes);
    }

    /// The name of a reserved word used as a property name.
    pub fn keyword(&self, tok: Tok) -> Name {
        self.names
            .borrow_mut()
            .intern(tok.keyword_name().unwrap_or_default())
    }

    /// The interned names, for error messages.
    pub fn names(&self) -> std::cell::Ref<'_, Interner> {
        self.names.borrow()
    }

    /// The interned names and the string literals, for the finished
    /// program.
    pub fn into_tables(self) -> (Interner, Literals) {
        (self.names.into_inner(), self.strings)
    }
}

fn user<T>(error: SyntaxError) -> PResult<T> {
    Err(ParseError::User { error })
}

fn early<T>(message: impl Into<String>, span: Span) -> PResult<T> {
    user(SyntaxError::new(SyntaxErrorKind::Early, message, span))
}

/// Refuses `feature` unless the runtime lists it.
pub fn gate(ctx: &Ctx, feature: Feature, span: Span) -> PResult<()> {
    if feature.supported_by(ctx.runtime) {
        Ok(())
    } else {
        user(SyntaxError::unsupported(feature, ctx.runtime, span))
    }
}

/// A parameter list: plain parameters and an optional rest parameter.
#[derive(Default)]
pub struct Params {
    /// The plain parameters.
    pub params: Vec<Ident>,
    /// `...rest`
    pub rest: Option<Ident>,
}

/// A declaration list; `const` needs an initialiser for every name.
pub fn var_decl(kind: VarKind, decls: Vec<VarDeclarator>) -> PResult<VarDecl> {
    if kind == VarKind::Const {
        if let Some(d) = decls.iter().find(|d| d.init.is_none()) {
            return early("missing initializer in `const` declaration", d.name.span);
        }
    }
    Ok(VarDecl { kind, decls })
}

/// A `var`/`let`/`const` statement.
pub fn var_statement(kind: VarKind, decls: Vec<VarDeclarator>, span: Span) -> PResult<Stmt> {
    Ok(Stmt {
        kind: StmtKind::Var(var_decl(kind, decls)?),
        span,
    })
}

/// `if (test) cons else alt`
pub fn if_statement(test: Expr, cons: Stmt, alt: Option<Stmt>, span: Span) -> Stmt {
    Stmt {
        kind: StmtKind::If {
            test,
            cons: Box::new(cons),
            alt: alt.map(Box::new),
        },
        span,
    }
}

/// `for (init; test; update) body`
pub fn for_statement(
    init: Option<ForInit>,
    test: Option<Expr>,
    update: Option<Expr>,
    body: Stmt,
    span: Span,
) -> Stmt {
    Stmt {
        kind: StmtKind::For {
            init,
            test: test.map(Box::new),
            update: update.map(Box::new),
            body: Box::new(body),
        },
        span,
    }
}

/// `switch`, with at most one `default` clause.
pub fn switch_statement(disc: Expr, cases: Vec<SwitchCase>, span: Span) -> PResult<Stmt> {
    if let Some(second) = cases.iter().filter(|c| c.test.is_none()).nth(1) {
        return early(
            "more than one `default` clause in a `switch` statement",
            second.span,
        );
    }
    Ok(Stmt {
        kind: StmtKind::Switch {
            disc: Box::new(disc),
            cases,
        },
        span,
    })
}

/// What stands between `import` and `from`.
#[derive(Default)]
pub struct ImportClause {
    /// `import x from`
    pub default: Option<Ident>,
    /// `import * as x from`: the `as` word and the binding.
    pub namespace: Option<(Ident, Ident)>,
    /// `import { a, b as c } from`
    pub named: Vec<ImportSpecifier>,
}

/// One `name` or `name as local` in braces.
pub struct ImportSpecifier {
    /// The exported name.
    pub imported: (Name, Span),
    /// `as local`: the `as` word and the binding.
    pub rename: Option<(Ident, Ident)>,
}

/// An `import` declaration (2.0). `from` is the word before the specifier,
/// absent for `import 'module';`.
pub fn import(
    ctx: &Ctx,
    clause: ImportClause,
    from: Option<(Name, Span)>,
    source: (u32, Span),
    span: Span,
) -> PResult<Stmt> {
    gate(ctx, Feature::Import, Span::new(span.start, span.start + 6))?;
    let names = ctx.names.borrow();
    let expect_word = |name: Name, at: Span, word: &str| -> PResult<()> {
        if names.resolve(name) == word {
            Ok(())
        } else {
            user(SyntaxError::new(
                SyntaxErrorKind::Unexpected,
                format!("unexpected identifier: expected `{word}`"),
                at,
            ))
        }
    };
    if let Some((name, at)) = from {
        expect_word(name, at, "from")?;
    }
    let mut named = Vec::with_capacity(clause.named.len());
    for spec in clause.named {
        let local = match spec.rename {
            Some((as_word, local)) => {
                expect_word(as_word.name, as_word.span, "as")?;
                local
            }
            None => {
                let text = names.resolve(spec.imported.0);
                if crate::lexer::is_reserved_word(text) {
                    return user(SyntaxError::new(
                        SyntaxErrorKind::Early,
                        format!(
                            "`{text}` is a reserved word: import it as another name (`{text} as x`)"
                        ),
                        spec.imported.1,
                    ));
                }
                Ident {
                    name: spec.imported.0,
                    span: spec.imported.1,
                }
            }
        };
        named.push((spec.imported.0, local));
    }
    let namespace = match clause.namespace {
        Some((as_word, local)) => {
            expect_word(as_word.name, as_word.span, "as")?;
            Some(local)
        }
        None => None,
    };
    Ok(Stmt {
        kind: StmtKind::Import(Box::new(ImportDecl {
            default: clause.default,
            namespace,
            named,
            source: ctx.string_value(source.0),
            source_span: source.1,
        })),
        span,
    })
}

fn function(
    kind: FunctionKind,
    is_async: bool,
    name: Option<Ident>,
    params: Params,
    body: FunctionBody,
    span: Span,
) -> Box<Function> {
    Box::new(Function {
        kind,
        is_async,
        name,
        params: params.params,
        rest: params.rest,
        body,
        span,
    })
}

/// `function name(params) { body }` as a statement.
pub fn function_declaration(
    is_async: bool,
    name: Ident,
    params: Params,
    body: Vec<Stmt>,
    span: Span,
) -> Stmt {
    Stmt {
        kind: StmtKind::Function(function(
            FunctionKind::Normal,
            is_async,
            Some(name),
            params,
            FunctionBody::Block(body),
            span,
        )),
        span,
    }
}

/// `function name?(params) { body }` as an expression. `async` function
/// expressions are refused: the 2.0 runtime page says async closures are not
/// supported.
pub fn function_expression(
    ctx: &Ctx,
    is_async: bool,
    name: Option<Ident>,
    params: Params,
    body: Vec<Stmt>,
    span: Span,
) -> PResult<Expr> {
    if is_async {
        gate(ctx, Feature::AsyncFunctionExpressions, span)?;
    }
    Ok(Expr {
        kind: ExprKind::Function(function(
            FunctionKind::Normal,
            is_async,
            name,
            params,
            FunctionBody::Block(body),
            span,
        )),
        span,
    })
}

/// `params => body`
pub fn arrow(params: Params, body: FunctionBody, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Function(function(
            FunctionKind::Arrow,
            false,
            None,
            params,
            body,
            span,
        )),
        span,
    }
}

/// Converts the parenthesised expression before `=>` into a parameter list.
pub fn arrow_params(ctx: &Ctx, cover: Expr, rest: Option<Ident>) -> PResult<Params> {
    let items = match cover.kind {
        ExprKind::Sequence(items) => items,
        _ => vec![cover],
    };
    let mut params = Vec::with_capacity(items.len());
    for item in items {
        if ctx.parenthesised(item.span) {
            return early(
                "invalid arrow function parameter: parameters cannot be parenthesised",
                item.span,
            );
        }
        match item.kind {
            ExprKind::Ident(name) => params.push(Ident {
                name,
                span: item.span,
            }),
            ExprKind::Assign(..) => {
                return user(SyntaxError::unsupported(
                    Feature::DefaultParameters,
                    ctx.runtime,
                    item.span,
                ));
            }
            ExprKind::Array(_) | ExprKind::Object(_) => {
                return user(SyntaxError::unsupported(
                    Feature::Destructuring,
                    ctx.runtime,
                    item.span,
                ));
            }
            _ => return early("invalid arrow function parameter", item.span),
        }
    }
    Ok(Params { params, rest })
}

/// An object-literal getter or setter.
pub fn accessor(
    kind: FunctionKind,
    key: PropKey,
    params: Params,
    body: Vec<Stmt>,
    span: Span,
) -> Property {
    let f = function(kind, false, None, params, FunctionBody::Block(body), span);
    Property {
        key,
        value: if kind == FunctionKind::Getter {
            PropValue::Get(f)
        } else {
            PropValue::Set(f)
        },
        span,
    }
}

/// `a, b`: a chain of commas is one flat sequence; a parenthesised
/// sequence on the left (`(a, b), c`) stays a nested one.
pub fn sequence(left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    let items = match left.kind {
        // Unparenthesised, the sequence starts where its first item starts.
        ExprKind::Sequence(mut items)
            if items
                .first()
                .is_some_and(|f| f.span.start == left.span.start) =>
        {
            items.push(right);
            items
        }
        kind => vec![
            Expr {
                kind,
                span: left.span,
            },
            right,
        ],
    };
    Expr {
        kind: ExprKind::Sequence(items),
        span,
    }
}

/// Checks that `e` can be assigned to: an identifier or a member access.
pub fn assign_target(ctx: &Ctx, e: Expr) -> PResult<Expr> {
    match e.kind {
        ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::Index(_) => Ok(e),
        ExprKind::Array(_) | ExprKind::Object(_) => user(SyntaxError::unsupported(
            Feature::Destructuring,
            ctx.runtime,
            e.span,
        )),
        _ => early("invalid assignment target", e.span),
    }
}

/// `target op value`
pub fn assign(ctx: &Ctx, op: AssignOp, target: Expr, value: Expr) -> PResult<Expr> {
    let target = assign_target(ctx, target)?;
    Ok(Expr {
        span: target.span.to(value.span),
        kind: ExprKind::Assign(op, Box::new((target, value))),
    })
}

/// `test ? cons : alt`
pub fn conditional(test: Expr, cons: Expr, alt: Expr) -> Expr {
    Expr {
        span: test.span.to(alt.span),
        kind: ExprKind::Conditional {
            test: Box::new(test),
            cons: Box::new(cons),
            alt: Box::new(alt),
        },
    }
}

/// `l && r`, `l || r`
pub fn logical(op: LogicalOp, l: Expr, r: Expr) -> Expr {
    Expr {
        span: l.span.to(r.span),
        kind: ExprKind::Logical(op, Box::new((l, r))),
    }
}

/// A left-associative binary operator of the flat operator list the
/// grammar reads (see `BinaryExpr` there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Infix {
    /// `||` or `&&`: the right operand is evaluated only when needed.
    Logical(LogicalOp),
    /// Every other operator from `|` to `*` (`**` has its own rule).
    Binary(BinaryOp),
}

impl Infix {
    fn precedence(self) -> u8 {
        match self {
            Infix::Logical(op) => op.precedence(),
            Infix::Binary(op) => op.precedence(),
        }
    }

    fn apply(self, l: Expr, r: Expr) -> Expr {
        match self {
            Infix::Logical(op) => logical(op, l, r),
            Infix::Binary(op) => binary(op, l, r),
        }
    }
}

/// `first op1 e1 op2 e2 ...` grouped by precedence, every operator
/// left-associative: the tree the per-level grammar of ECMA-262 gives.
pub fn binary_chain(first: Expr, rest: Vec<(Infix, Expr)>) -> Expr {
    let mut rest = rest.into_iter().peekable();
    climb(first, 0, &mut rest)
}

/// Precedence climbing: folds into `lhs` every following operator that
/// binds at least as tightly as `min`; recursion depth is bounded by the
/// number of precedence levels.
fn climb(
    mut lhs: Expr,
    min: u8,
    rest: &mut std::iter::Peekable<std::vec::IntoIter<(Infix, Expr)>>,
) -> Expr {
    while let Some((op, mut rhs)) = rest.next_if(|(op, _)| op.precedence() >= min) {
        // The operators binding tighter than `op` that follow take `rhs`.
        let level = op.precedence();
        if rest
            .peek()
            .is_some_and(|(next, _)| next.precedence() > level)
        {
            rhs = climb(rhs, level + 1, rest);
        }
        lhs = op.apply(lhs, rhs);
    }
    lhs
}

/// `l op r`
pub fn binary(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    Expr {
        span: l.span.to(r.span),
        kind: ExprKind::Binary(op, Box::new((l, r))),
    }
}

/// `op arg`; `delete identifier` is an error in strict code.
pub fn unary(op: UnaryOp, arg: Expr, start: u32) -> PResult<Expr> {
    if op == UnaryOp::Delete && matches!(arg.kind, ExprKind::Ident(_)) {
        return early(
            "`delete` of an unqualified identifier is not allowed in strict mode",
            Span::new(start, arg.span.end),
        );
    }
    Ok(Expr {
        span: Span::new(start, arg.span.end),
        kind: ExprKind::Unary(op, Box::new(arg)),
    })
}

/// `await arg` (2.0; whether it is inside an async function is checked with
/// the other early errors).
pub fn await_expr(ctx: &Ctx, arg: Expr, start: u32) -> PResult<Expr> {
    gate(ctx, Feature::Await, Span::new(start, start + 5))?;
    Ok(Expr {
        span: Span::new(start, arg.span.end),
        kind: ExprKind::Await(Box::new(arg)),
    })
}

/// `++x`, `x--`...
pub fn update(op: UpdateOp, prefix: bool, target: Expr, op_span: Span) -> PResult<Expr> {
    let target = match target.kind {
        ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::Index(_) => target,
        _ => {
            return early(
                format!(
                    "invalid {} operand",
                    if op == UpdateOp::Inc { "`++`" } else { "`--`" }
                ),
                target.span,
            );
        }
    };
    Ok(Expr {
        span: target.span.to(op_span),
        kind: ExprKind::Update {
            op,
            prefix,
            target: Box::new(target),
        },
    })
}

/// `new callee(args)`
pub fn new(callee: Expr, args: Vec<Expr>, span: Span) -> Expr {
    Expr {
        kind: ExprKind::New {
            callee: Box::new(callee),
            args,
        },
        span,
    }
}

/// `object[index]`, ending at byte `end`.
pub fn index(object: Expr, index: Expr, end: u32) -> Expr {
    Expr {
        span: Span::new(object.span.start, end),
        kind: ExprKind::Index(Box::new((object, index))),
    }
}

/// `object.property`
pub fn member(object: Expr, property: (Name, Span)) -> Expr {
    Expr {
        span: object.span.to(property.1),
        kind: ExprKind::Member {
            object: Box::new(object),
            property: property.0,
            property_span: property.1,
        },
    }
}

/// `callee(args)`, ending at byte `end`.
pub fn call(callee: Expr, args: Vec<Expr>, end: u32) -> Expr {
    Expr {
        span: Span::new(callee.span.start, end),
        kind: ExprKind::Call {
            callee: Box::new(callee),
            args,
        },
    }
}

/// A regular-expression literal; its flags must be ones the runtime lists,
/// each at most once.
pub fn regex(ctx: &Ctx, i: u32, span: Span) -> PResult<Expr> {
    let mut regexes = ctx.regexes.borrow_mut();
    let Some(lit) = regexes.get_mut(i as usize) else {
        return early("invalid regular expression", span);
    };
    let allowed = crate::features::regex_flags(ctx.runtime);
    let flags_start = span.end - lit.flags.len() as u32;
    for (n, c) in lit.flags.char_indices() {
        let at = Span::new(
            flags_start + n as u32,
            flags_start + (n + c.len_utf8()) as u32,
        );
        if !allowed.contains(c) {
            let known = "dgimsuvy".contains(c);
            let message = if known {
                format!(
                    "the regular-expression flag `{c}` is not supported by {} (it accepts `{allowed}`)",
                    ctx.runtime
                )
            } else {
                format!("invalid regular-expression flag `{c}`")
            };
            return user(SyntaxError::new(
                if known {
                    SyntaxErrorKind::Unsupported(Feature::RegexFlags)
                } else {
                    SyntaxErrorKind::Early
                },
                message,
                at,
            ));
        }
        if lit.flags[..n].contains(c) {
            return early(format!("duplicate regular-expression flag `{c}`"), at);
        }
    }
    // Moved out: a parse reduces each token once (see `Ctx::string`).
    Ok(Expr {
        kind: ExprKind::Regex {
            pattern: std::mem::take(&mut lit.pattern).into_boxed_str(),
            flags: std::mem::take(&mut lit.flags).into_boxed_str(),
        },
        span,
    })
}

/// A template literal with substitutions.
pub fn template(
    ctx: &Ctx,
    head: u32,
    first: Expr,
    rest: Vec<(u32, Expr)>,
    tail: u32,
    span: Span,
) -> Expr {
    let mut quasis = Vec::with_capacity(rest.len() + 2);
    let mut exprs = Vec::with_capacity(rest.len() + 1);
    quasis.push(ctx.template(head));
    exprs.push(first);
    for (part, e) in rest {
        quasis.push(ctx.template(part));
        exprs.push(e);
    }
    quasis.push(ctx.template(tail));
    Expr {
        kind: ExprKind::Template {
            quasis: quasis.into_boxed_slice(),
            exprs: exprs.into_boxed_slice(),
        },
        span,
    }
}
