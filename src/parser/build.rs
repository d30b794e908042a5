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
use std::iter::{Copied, Peekable};

/// What an action returns when it refuses its input.
pub type PResult<T> = Result<T, ParseError<u32, Tok, SyntaxError>>;

/// The parser's context: the runtime, the source, the lexer's literal
/// tables and the arena the tree is built in.
pub struct Ctx<'a> {
    /// The runtime the source is parsed for.
    pub runtime: Runtime,
    /// String literal values, which the tree refers to by number.
    strings: Literals,
    /// Cooked template parts, copied into the tree by their reductions.
    templates: Vec<JsString>,
    /// Regular-expression literals, likewise.
    regexes: Vec<RegexLiteral>,
    numbers: Vec<f64>,
    names: RefCell<Interner>,
    /// The source: an expression that starts at a `(` was parenthesised
    /// (`((a)) => 0` has an invalid parameter). An expression starts where
    /// its first token does, and no other token starts with `(`.
    src: &'a str,
    arena: &'a Arena,
}

impl<'a> Ctx<'a> {
    /// Takes the tables out of the lexer's output of `src`; the tree will
    /// be built in `arena`.
    pub fn new(runtime: Runtime, src: &'a str, lexed: &mut LexOutput, arena: &'a Arena) -> Ctx<'a> {
        Ctx {
            src,
            runtime,
            strings: std::mem::take(&mut lexed.strings),
            templates: std::mem::take(&mut lexed.templates),
            regexes: std::mem::take(&mut lexed.regexes),
            numbers: std::mem::take(&mut lexed.numbers),
            names: RefCell::new(std::mem::take(&mut lexed.names)),
            arena,
        }
    }

    /// The arena the tree is built in.
    pub fn arena(&self) -> &'a Arena {
        self.arena
    }

    /// Moves `node` into the tree's arena.
    pub fn alloc<T>(&self, node: T) -> &'a T {
        self.arena.alloc(node)
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

    /// The cooked text of template part `i`, in the tree's arena.
    pub fn template(&self, i: u32) -> &'a [u16] {
        let units = self.templates.get(i as usize).map_or(&[][..], |t| t);
        self.arena.copy_slice(units)
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
#[derive(Clone, Copy, Default)]
pub struct Params<'a> {
    /// The plain parameters.
    pub params: &'a [Ident],
    /// `...rest`
    pub rest: Option<Ident>,
}

/// A declaration list; `const` needs an initialiser for every name.
pub fn var_decl<'a>(kind: VarKind, decls: &'a [VarDeclarator<'a>]) -> PResult<VarDecl<'a>> {
    if kind == VarKind::Const {
        if let Some(d) = decls.iter().find(|d| d.init.is_none()) {
            return early("missing initializer in `const` declaration", d.name.span);
        }
    }
    Ok(VarDecl { kind, decls })
}

/// A `var`/`let`/`const` statement.
pub fn var_statement<'a>(
    kind: VarKind,
    decls: &'a [VarDeclarator<'a>],
    span: Span,
) -> PResult<Stmt<'a>> {
    Ok(Stmt {
        kind: StmtKind::Var(var_decl(kind, decls)?),
        span,
    })
}

/// `if (test) cons else alt`
pub fn if_statement<'a>(
    ctx: &Ctx<'a>,
    test: Expr<'a>,
    cons: Stmt<'a>,
    alt: Option<Stmt<'a>>,
    span: Span,
) -> Stmt<'a> {
    Stmt {
        kind: StmtKind::If {
            test,
            cons: ctx.alloc(cons),
            alt: alt.map(|alt| ctx.alloc(alt)),
        },
        span,
    }
}

/// `for (init; test; update) body`
pub fn for_statement<'a>(
    ctx: &Ctx<'a>,
    init: Option<ForInit<'a>>,
    test: Option<Expr<'a>>,
    update: Option<Expr<'a>>,
    body: Stmt<'a>,
    span: Span,
) -> Stmt<'a> {
    Stmt {
        kind: StmtKind::For {
            init,
            test: test.map(|e| ctx.alloc(e)),
            update: update.map(|e| ctx.alloc(e)),
            body: ctx.alloc(body),
        },
        span,
    }
}

/// `switch`, with at most one `default` clause.
pub fn switch_statement<'a>(
    ctx: &Ctx<'a>,
    disc: Expr<'a>,
    cases: &'a [SwitchCase<'a>],
    span: Span,
) -> PResult<Stmt<'a>> {
    if let Some(second) = cases.iter().filter(|c| c.test.is_none()).nth(1) {
        return early(
            "more than one `default` clause in a `switch` statement",
            second.span,
        );
    }
    Ok(Stmt {
        kind: StmtKind::Switch {
            disc: ctx.alloc(disc),
            cases,
        },
        span,
    })
}

/// What stands between `import` and `from`.
#[derive(Clone, Copy, Default)]
pub struct ImportClause<'a> {
    /// `import x from`
    pub default: Option<Ident>,
    /// `import * as x from`: the `as` word and the binding.
    pub namespace: Option<(Ident, Ident)>,
    /// `import { a, b as c } from`
    pub named: &'a [ImportSpecifier],
}

/// One `name` or `name as local` in braces.
#[derive(Clone, Copy)]
pub struct ImportSpecifier {
    /// The exported name.
    pub imported: (Name, Span),
    /// `as local`: the `as` word and the binding.
    pub rename: Option<(Ident, Ident)>,
}

/// An `import` declaration (2.0). `from` is the word before the specifier,
/// absent for `import 'module';`.
pub fn import<'a>(
    ctx: &Ctx<'a>,
    clause: ImportClause<'a>,
    from: Option<(Name, Span)>,
    source: (u32, Span),
    span: Span,
) -> PResult<Stmt<'a>> {
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
    let mut named = ctx.arena.list_with_capacity(clause.named.len());
    for &spec in clause.named {
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
        kind: StmtKind::Import(ctx.alloc(ImportDecl {
            default: clause.default,
            namespace,
            named: named.finish(),
            source: ctx.arena.copy_slice(&ctx.string_value(source.0)),
            source_span: source.1,
        })),
        span,
    })
}

fn function<'a>(
    ctx: &Ctx<'a>,
    kind: FunctionKind,
    is_async: bool,
    name: Option<Ident>,
    params: Params<'a>,
    body: FunctionBody<'a>,
    span: Span,
) -> &'a Function<'a> {
    ctx.alloc(Function {
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
pub fn function_declaration<'a>(
    ctx: &Ctx<'a>,
    is_async: bool,
    name: Ident,
    params: Params<'a>,
    body: &'a [Stmt<'a>],
    span: Span,
) -> Stmt<'a> {
    Stmt {
        kind: StmtKind::Function(function(
            ctx,
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
pub fn function_expression<'a>(
    ctx: &Ctx<'a>,
    is_async: bool,
    name: Option<Ident>,
    params: Params<'a>,
    body: &'a [Stmt<'a>],
    span: Span,
) -> PResult<Expr<'a>> {
    if is_async {
        gate(ctx, Feature::AsyncFunctionExpressions, span)?;
    }
    Ok(Expr {
        kind: ExprKind::Function(function(
            ctx,
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
pub fn arrow<'a>(
    ctx: &Ctx<'a>,
    params: Params<'a>,
    body: FunctionBody<'a>,
    span: Span,
) -> Expr<'a> {
    Expr {
        kind: ExprKind::Function(function(
            ctx,
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
pub fn arrow_params<'a>(
    ctx: &Ctx<'a>,
    cover: Expr<'a>,
    rest: Option<Ident>,
) -> PResult<Params<'a>> {
    let items = match cover.kind {
        ExprKind::Sequence(items) => items,
        _ => std::slice::from_ref(&cover),
    };
    let mut params = ctx.arena.list_with_capacity(items.len());
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
    Ok(Params {
        params: params.finish(),
        rest,
    })
}

/// An object-literal getter or setter.
pub fn accessor<'a>(
    ctx: &Ctx<'a>,
    kind: FunctionKind,
    key: PropKey,
    params: Params<'a>,
    body: &'a [Stmt<'a>],
    span: Span,
) -> Property<'a> {
    let f = function(
        ctx,
        kind,
        false,
        None,
        params,
        FunctionBody::Block(body),
        span,
    );
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

/// `a, b, ...`: the items of one chain of commas (at least two).
pub fn sequence<'a>(items: &'a [Expr<'a>]) -> Expr<'a> {
    let span = match (items.first(), items.last()) {
        (Some(first), Some(last)) => first.span.to(last.span),
        _ => Span::default(),
    };
    Expr {
        kind: ExprKind::Sequence(items),
        span,
    }
}

/// Checks that `e` can be assigned to: an identifier or a member access.
pub fn assign_target<'a>(ctx: &Ctx<'a>, e: Expr<'a>) -> PResult<Expr<'a>> {
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
pub fn assign<'a>(
    ctx: &Ctx<'a>,
    op: AssignOp,
    target: Expr<'a>,
    value: Expr<'a>,
) -> PResult<Expr<'a>> {
    let target = assign_target(ctx, target)?;
    Ok(Expr {
        span: target.span.to(value.span),
        kind: ExprKind::Assign(op, ctx.alloc((target, value))),
    })
}

/// `test ? cons : alt`
pub fn conditional<'a>(ctx: &Ctx<'a>, test: Expr<'a>, cons: Expr<'a>, alt: Expr<'a>) -> Expr<'a> {
    Expr {
        span: test.span.to(alt.span),
        kind: ExprKind::Conditional {
            test: ctx.alloc(test),
            cons: ctx.alloc(cons),
            alt: ctx.alloc(alt),
        },
    }
}

/// `l && r`, `l || r`
pub fn logical<'a>(ctx: &Ctx<'a>, op: LogicalOp, l: Expr<'a>, r: Expr<'a>) -> Expr<'a> {
    Expr {
        span: l.span.to(r.span),
        kind: ExprKind::Logical(op, ctx.alloc((l, r))),
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

    fn apply<'a>(self, ctx: &Ctx<'a>, l: Expr<'a>, r: Expr<'a>) -> Expr<'a> {
        match self {
            Infix::Logical(op) => logical(ctx, op, l, r),
            Infix::Binary(op) => binary(ctx, op, l, r),
        }
    }
}

/// The operators and operands after the first operand of a chain.
type Operands<'s, 'a> = Peekable<Copied<std::slice::Iter<'s, (Infix, Expr<'a>)>>>;

/// `first op1 e1 op2 e2 ...` grouped by precedence, every operator
/// left-associative: the tree the per-level grammar of ECMA-262 gives.
pub fn binary_chain<'a>(ctx: &Ctx<'a>, first: Expr<'a>, rest: &[(Infix, Expr<'a>)]) -> Expr<'a> {
    climb(ctx, first, 0, &mut rest.iter().copied().peekable())
}

/// Precedence climbing: folds into `lhs` every following operator that
/// binds at least as tightly as `min`; recursion depth is bounded by the
/// number of precedence levels.
fn climb<'a>(ctx: &Ctx<'a>, mut lhs: Expr<'a>, min: u8, rest: &mut Operands<'_, 'a>) -> Expr<'a> {
    while let Some((op, mut rhs)) = rest.next_if(|(op, _)| op.precedence() >= min) {
        // The operators binding tighter than `op` that follow take `rhs`.
        let level = op.precedence();
        if rest
            .peek()
            .is_some_and(|(next, _)| next.precedence() > level)
        {
            rhs = climb(ctx, rhs, level + 1, rest);
        }
        lhs = op.apply(ctx, lhs, rhs);
    }
    lhs
}

/// `l op r`
pub fn binary<'a>(ctx: &Ctx<'a>, op: BinaryOp, l: Expr<'a>, r: Expr<'a>) -> Expr<'a> {
    Expr {
        span: l.span.to(r.span),
        kind: ExprKind::Binary(op, ctx.alloc((l, r))),
    }
}

/// `op arg`; `delete identifier` is an error in strict code.
pub fn unary<'a>(ctx: &Ctx<'a>, op: UnaryOp, arg: Expr<'a>, start: u32) -> PResult<Expr<'a>> {
    if op == UnaryOp::Delete && matches!(arg.kind, ExprKind::Ident(_)) {
        return early(
            "`delete` of an unqualified identifier is not allowed in strict mode",
            Span::new(start, arg.span.end),
        );
    }
    Ok(Expr {
        span: Span::new(start, arg.span.end),
        kind: ExprKind::Unary(op, ctx.alloc(arg)),
    })
}

/// `await arg` (2.0; whether it is inside an async function is checked with
/// the other early errors).
pub fn await_expr<'a>(ctx: &Ctx<'a>, arg: Expr<'a>, start: u32) -> PResult<Expr<'a>> {
    gate(ctx, Feature::Await, Span::new(start, start + 5))?;
    Ok(Expr {
        span: Span::new(start, arg.span.end),
        kind: ExprKind::Await(ctx.alloc(arg)),
    })
}

/// `++x`, `x--`...
pub fn update<'a>(
    ctx: &Ctx<'a>,
    op: UpdateOp,
    prefix: bool,
    target: Expr<'a>,
    op_span: Span,
) -> PResult<Expr<'a>> {
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
            target: ctx.alloc(target),
        },
    })
}

/// `new callee(args)`
pub fn new<'a>(ctx: &Ctx<'a>, callee: Expr<'a>, args: &'a [Expr<'a>], span: Span) -> Expr<'a> {
    Expr {
        kind: ExprKind::New {
            callee: ctx.alloc(callee),
            args,
        },
        span,
    }
}

/// `object[index]`, ending at byte `end`.
pub fn index<'a>(ctx: &Ctx<'a>, object: Expr<'a>, index: Expr<'a>, end: u32) -> Expr<'a> {
    Expr {
        span: Span::new(object.span.start, end),
        kind: ExprKind::Index(ctx.alloc((object, index))),
    }
}

/// `object.property`
pub fn member<'a>(ctx: &Ctx<'a>, object: Expr<'a>, property: (Name, Span)) -> Expr<'a> {
    Expr {
        span: object.span.to(property.1),
        kind: ExprKind::Member {
            object: ctx.alloc(object),
            property: property.0,
            property_span: property.1,
        },
    }
}

/// `callee(args)`, ending at byte `end`.
pub fn call<'a>(ctx: &Ctx<'a>, callee: Expr<'a>, args: &'a [Expr<'a>], end: u32) -> Expr<'a> {
    Expr {
        span: Span::new(callee.span.start, end),
        kind: ExprKind::Call {
            callee: ctx.alloc(callee),
            args,
        },
    }
}

/// A regular-expression literal; its flags must be ones the runtime lists,
/// each at most once.
pub fn regex<'a>(ctx: &Ctx<'a>, i: u32, span: Span) -> PResult<Expr<'a>> {
    let Some(lit) = ctx.regexes.get(i as usize) else {
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
    Ok(Expr {
        kind: ExprKind::Regex {
            pattern: ctx.arena.copy_str(&lit.pattern),
            flags: ctx.arena.copy_str(&lit.flags),
        },
        span,
    })
}

/// A template literal with substitutions.
pub fn template<'a>(
    ctx: &Ctx<'a>,
    head: u32,
    first: Expr<'a>,
    rest: &[(u32, Expr<'a>)],
    tail: u32,
    span: Span,
) -> Expr<'a> {
    let mut quasis = ctx.arena.list_with_capacity(rest.len() + 2);
    let mut exprs = ctx.arena.list_with_capacity(rest.len() + 1);
    quasis.push(ctx.template(head));
    exprs.push(first);
    for &(part, e) in rest {
        quasis.push(ctx.template(part));
        exprs.push(e);
    }
    quasis.push(ctx.template(tail));
    Expr {
        kind: ExprKind::Template {
            quasis: quasis.finish(),
            exprs: exprs.finish(),
        },
        span,
    }
}
