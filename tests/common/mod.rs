//! Program generation shared by the property tests: trees of the syntax
//! the runtimes accept, respecting the early-error rules, so that every
//! generated program is valid.

#![allow(dead_code)]

use edgefn::ast::*;
use edgefn::features::Runtime;
use edgefn::source::Span;
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Tree generation. Names come from a fixed pool interned in order, so
// `Name(i)` is the i-th word. Generated trees respect the early-error rules:
// no duplicate lexical names (each `let`/`const` gets a fresh name), `break`
// and `continue` only inside loops, `await` only directly in async bodies.

const POOL: &[&str] = &[
    "a", "b", "c", "x", "y", "handler", "event", "request", "if", "default", "get", "of", "length",
];
/// Names from this index on are used for lexical declarations, one each.
const LEXICAL_BASE: usize = POOL.len();
const LEXICAL_COUNT: usize = 64;

fn name(i: usize) -> Name {
    Name(i as u32)
}

fn ident(i: usize) -> Ident {
    Ident {
        name: name(i),
        span: Span::default(),
    }
}

/// Pool names usable as variables (not the reserved words).
fn var_name() -> impl Strategy<Value = Name> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(2),
        Just(3),
        Just(4),
        Just(5),
        Just(6),
        Just(7)
    ]
    .prop_map(name)
}

/// Any pool name: valid after `.` and as an object key.
fn property_name() -> impl Strategy<Value = Name> {
    (0..POOL.len()).prop_map(name)
}

/// Generated trees are leaked rather than built in an arena: proptest's
/// values must own themselves, and a test run makes a few thousand.
fn bx<T>(node: T) -> &'static T {
    Box::leak(Box::new(node))
}

/// A leaked list (see [`bx`]).
fn sl<T>(items: Vec<T>) -> &'static [T] {
    items.leak()
}

fn e(kind: ExprKind<'static>) -> Expr<'static> {
    Expr {
        kind,
        span: Span::default(),
    }
}

fn s(kind: StmtKind<'static>) -> Stmt<'static> {
    Stmt {
        kind,
        span: Span::default(),
    }
}

/// String literals come from a table made per program: literal 0 is the
/// key `"k y"`, the next `LITERAL_COUNT` are drawn by [`js_text`].
const LITERAL_COUNT: u32 = 4;

fn literal() -> impl Strategy<Value = Lit> {
    (1..=LITERAL_COUNT).prop_map(Lit)
}

fn js_text() -> impl Strategy<Value = JsString> {
    prop_oneof![
        "[a-z ]{0,6}".prop_map(|t| js_string(&t)),
        proptest::collection::vec(any::<u16>(), 0..4),
        Just(js_string("quote\" back\\slash `tick` ${x} \n\r\u{2028}é😀")),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..1000).prop_map(f64::from),
        (0.0f64..1e6),
        Just(1e21),
        Just(5e-324),
        Just(f64::MAX),
    ]
}

fn leaf() -> impl Strategy<Value = Expr<'static>> {
    prop_oneof![
        var_name().prop_map(|n| e(ExprKind::Ident(n))),
        Just(e(ExprKind::This)),
        Just(e(ExprKind::Null)),
        any::<bool>().prop_map(|b| e(ExprKind::Bool(b))),
        number().prop_map(|v| e(ExprKind::Number(v))),
        literal().prop_map(|l| e(ExprKind::String(l))),
        prop_oneof![
            Just(("a+", "g")),
            Just(("[/]", "")),
            Just(("(?<y>\\d)", "im"))
        ]
        .prop_map(|(p, f)| e(ExprKind::Regex {
            pattern: p,
            flags: f
        })),
    ]
}

fn assignable(inner: BoxedStrategy<Expr<'static>>) -> impl Strategy<Value = Expr<'static>> {
    prop_oneof![
        var_name().prop_map(|n| e(ExprKind::Ident(n))),
        (inner.clone(), property_name()).prop_map(|(o, p)| e(ExprKind::Member {
            object: bx(o),
            property: p,
            property_span: Span::default(),
        })),
        (inner.clone(), inner).prop_map(|(o, i)| e(ExprKind::Index(bx((o, i))))),
    ]
}

const BINARY: &[BinaryOp] = &[
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Mul,
    BinaryOp::Div,
    BinaryOp::Rem,
    BinaryOp::Exp,
    BinaryOp::Shl,
    BinaryOp::Shr,
    BinaryOp::UShr,
    BinaryOp::BitAnd,
    BinaryOp::BitOr,
    BinaryOp::BitXor,
    BinaryOp::Eq,
    BinaryOp::NotEq,
    BinaryOp::StrictEq,
    BinaryOp::StrictNotEq,
    BinaryOp::Lt,
    BinaryOp::Gt,
    BinaryOp::Le,
    BinaryOp::Ge,
    BinaryOp::In,
    BinaryOp::Instanceof,
];
const UNARY: &[UnaryOp] = &[
    UnaryOp::Not,
    UnaryOp::BitNot,
    UnaryOp::Plus,
    UnaryOp::Minus,
    UnaryOp::Typeof,
    UnaryOp::Void,
];
const ASSIGN: &[AssignOp] = &[
    AssignOp::Assign,
    AssignOp::Add,
    AssignOp::Sub,
    AssignOp::Mul,
    AssignOp::Div,
    AssignOp::Rem,
    AssignOp::Exp,
    AssignOp::Shl,
    AssignOp::Shr,
    AssignOp::UShr,
    AssignOp::BitAnd,
    AssignOp::BitOr,
    AssignOp::BitXor,
];

fn expr() -> BoxedStrategy<Expr<'static>> {
    leaf()
        .prop_recursive(4, 48, 4, |inner| {
            let block = proptest::collection::vec(inner.clone(), 0..2).prop_map(|es| {
                es.into_iter()
                    .map(|x| s(StmtKind::Expr(x)))
                    .chain(std::iter::once(s(StmtKind::Return(None))))
                    .collect::<Vec<_>>()
            });
            prop_oneof![
                (
                    proptest::sample::select(BINARY),
                    inner.clone(),
                    inner.clone()
                )
                    .prop_map(|(op, l, r)| e(ExprKind::Binary(op, bx((l, r))))),
                (any::<bool>(), inner.clone(), inner.clone()).prop_map(|(and, l, r)| e(
                    ExprKind::Logical(if and { LogicalOp::And } else { LogicalOp::Or }, bx((l, r)))
                )),
                (proptest::sample::select(UNARY), inner.clone())
                    .prop_map(|(op, a)| e(ExprKind::Unary(op, bx(a)))),
                (
                    proptest::sample::select(ASSIGN),
                    assignable(inner.clone()),
                    inner.clone()
                )
                    .prop_map(|(op, t, v)| e(ExprKind::Assign(op, bx((t, v))))),
                (any::<bool>(), any::<bool>(), assignable(inner.clone())).prop_map(
                    |(inc, prefix, t)| {
                        e(ExprKind::Update {
                            op: if inc { UpdateOp::Inc } else { UpdateOp::Dec },
                            prefix,
                            target: bx(t),
                        })
                    }
                ),
                (inner.clone(), inner.clone(), inner.clone()).prop_map(|(t, c, a)| e(
                    ExprKind::Conditional {
                        test: bx(t),
                        cons: bx(c),
                        alt: bx(a)
                    }
                )),
                (
                    inner.clone(),
                    proptest::collection::vec(inner.clone(), 0..3)
                )
                    .prop_map(|(c, args)| e(ExprKind::Call {
                        callee: bx(c),
                        args: sl(args)
                    })),
                (
                    inner.clone(),
                    proptest::collection::vec(inner.clone(), 0..3)
                )
                    .prop_map(|(c, args)| e(ExprKind::New {
                        callee: bx(c),
                        args: sl(args)
                    })),
                assignable(inner.clone()),
                proptest::collection::vec(inner.clone(), 2..4)
                    .prop_map(|xs| e(ExprKind::Sequence(sl(xs)))),
                proptest::collection::vec(proptest::option::of(inner.clone()), 0..4)
                    .prop_map(|xs| e(ExprKind::Array(sl(xs)))),
                proptest::collection::vec((property_name(), inner.clone()), 0..3).prop_map(|ps| {
                    e(ExprKind::Object(sl(ps
                        .into_iter()
                        .enumerate()
                        .map(|(i, (k, v))| Property {
                            key: match i % 3 {
                                0 => PropKey::Name(k),
                                1 => PropKey::String(Lit(0)),
                                _ => PropKey::Number(i as f64),
                            },
                            value: PropValue::Init(v),
                            span: Span::default(),
                        })
                        .collect())))
                }),
                (proptest::collection::vec(js_text(), 1..3), inner.clone()).prop_map(|(qs, x)| {
                    let exprs = vec![x; qs.len() - 1];
                    e(ExprKind::Template {
                        quasis: sl(qs.into_iter().map(sl).collect()),
                        exprs: sl(exprs),
                    })
                }),
                (0usize..3, any::<bool>(), inner.clone(), block).prop_map(
                    |(n, arrow, body_expr, body)| {
                        let params: Vec<Ident> = (0..n).map(ident).collect();
                        e(ExprKind::Function(bx(Function {
                            kind: if arrow {
                                FunctionKind::Arrow
                            } else {
                                FunctionKind::Normal
                            },
                            is_async: false,
                            name: None,
                            params: sl(params),
                            rest: if n == 2 { Some(ident(3)) } else { None },
                            body: if arrow {
                                FunctionBody::Expr(bx(body_expr))
                            } else {
                                FunctionBody::Block(sl(body))
                            },
                            span: Span::default(),
                        })))
                    }
                ),
            ]
        })
        .boxed()
}

/// An item of a statement list: a statement or a `let`/`const` declaration
/// (which may not stand alone as the body of an `if` or a loop).
fn item(depth: u32, in_loop: bool) -> BoxedStrategy<Stmt<'static>> {
    prop_oneof![
        4 => stmt(depth, in_loop),
        1 => (0..LEXICAL_COUNT, any::<bool>(), expr()).prop_map(|(i, is_const, init)| s(StmtKind::Var(VarDecl {
            kind: if is_const { VarKind::Const } else { VarKind::Let },
            decls: sl(vec![VarDeclarator { name: ident(LEXICAL_BASE + i), init: Some(init) }]),
        }))),
    ]
    .boxed()
}

/// A statement; `in_loop` allows `break` and `continue`.
fn stmt(depth: u32, in_loop: bool) -> BoxedStrategy<Stmt<'static>> {
    let simple = prop_oneof![
        expr().prop_map(|x| s(StmtKind::Expr(x))),
        (var_name(), proptest::option::of(expr())).prop_map(|(n, init)| s(StmtKind::Var(
            VarDecl {
                kind: VarKind::Var,
                decls: sl(vec![VarDeclarator {
                    name: Ident {
                        name: n,
                        span: Span::default()
                    },
                    init
                }]),
            }
        ))),
        Just(s(StmtKind::Empty)),
        Just(s(StmtKind::Debugger)),
        expr().prop_map(|x| s(StmtKind::Throw(x))),
    ];
    if depth == 0 {
        return if in_loop {
            prop_oneof![
                simple,
                Just(s(StmtKind::Break(None))),
                Just(s(StmtKind::Continue(None)))
            ]
            .boxed()
        } else {
            simple.boxed()
        };
    }
    let body = move |looped: bool| proptest::collection::vec(item(depth - 1, looped), 0..3);
    let inner = move |looped: bool| stmt(depth - 1, looped);
    prop_oneof![
        3 => simple,
        1 => body(in_loop).prop_map(|b| s(StmtKind::Block(sl(b)))),
        1 => (expr(), inner(in_loop), proptest::option::of(inner(in_loop))).prop_map(|(t, c, a)| {
            // An `else` must not meet an `if` without one inside `c`:
            // wrap `c` in a block, as a person would.
            let c = if a.is_some() { s(StmtKind::Block(sl(vec![c]))) } else { c };
            s(StmtKind::If { test: t, cons: bx(c), alt: a.map(bx) })
        }),
        1 => (expr(), inner(true)).prop_map(|(t, b)| s(StmtKind::While { test: t, body: bx(b) })),
        1 => (inner(true), expr()).prop_map(|(b, t)| s(StmtKind::DoWhile { body: bx(b), test: t })),
        1 => (proptest::option::of(expr()), proptest::option::of(expr()), proptest::option::of(expr()), inner(true))
            .prop_map(|(i, t, u, b)| s(StmtKind::For {
                init: i.map(|x| ForInit::Expr(bx(x))),
                test: t.map(bx),
                update: u.map(bx),
                body: bx(b),
            })),
        1 => (var_name(), expr(), inner(true)).prop_map(|(n, r, b)| s(StmtKind::ForIn {
            left: ForInTarget::Decl(VarKind::Var, Ident { name: n, span: Span::default() }),
            right: bx(r),
            body: bx(b),
        })),
        1 => (body(in_loop), body(in_loop), any::<bool>()).prop_map(|(b, h, fin)| s(StmtKind::Try {
            block: sl(b),
            handler: Some(bx(CatchClause { param: Some(ident(3)), body: sl(h), span: Span::default() })),
            finalizer: if fin { Some(&[]) } else { None },
        })),
        1 => (expr(), proptest::collection::vec((proptest::option::of(expr()), body(in_loop)), 0..3)).prop_map(
            |(d, cases)| {
                let mut seen_default = false;
                let cases = cases
                    .into_iter()
                    .map(|(t, body)| {
                        let test = match t {
                            None if !seen_default => {
                                seen_default = true;
                                None
                            }
                            None => Some(bx(e(ExprKind::Null))),
                            Some(x) => Some(bx(x)),
                        };
                        SwitchCase { test, body: sl(body), span: Span::default() }
                    })
                    .collect();
                s(StmtKind::Switch { disc: bx(d), cases: sl(cases) })
            }
        ),
        1 => (inner(true), any::<bool>()).prop_map(move |(b, cont)| s(StmtKind::Labeled {
            // Nested labels get distinct names: one per depth.
            label: ident(depth as usize),
            body: bx(s(StmtKind::While {
                test: e(ExprKind::Bool(true)),
                body: bx(s(StmtKind::Block(sl(vec![
                    b,
                    s(if cont {
                        StmtKind::Continue(Some(ident(depth as usize)))
                    } else {
                        StmtKind::Break(Some(ident(depth as usize)))
                    }),
                ])))),
            })),
        })),
    ]
    .boxed()
}

fn function_decl() -> impl Strategy<Value = Stmt<'static>> {
    (
        var_name(),
        any::<bool>(),
        proptest::collection::vec(item(2, false), 0..4),
        expr(),
    )
        .prop_map(|(n, is_async, mut body, ret)| {
            let value = if is_async {
                e(ExprKind::Await(bx(ret)))
            } else {
                ret
            };
            body.push(s(StmtKind::Return(Some(value))));
            s(StmtKind::Function(bx(Function {
                kind: FunctionKind::Normal,
                is_async,
                name: Some(Ident {
                    name: n,
                    span: Span::default(),
                }),
                params: sl(vec![ident(6)]),
                rest: None,
                body: FunctionBody::Block(sl(body)),
                span: Span::default(),
            })))
        })
}

pub fn program() -> impl Strategy<Value = Program<'static>> {
    (
        proptest::collection::vec(prop_oneof![3 => item(3, false), 1 => function_decl()], 0..6),
        proptest::collection::vec(js_text(), LITERAL_COUNT as usize),
    )
        .prop_map(|(body, texts)| {
            // Each lexical name may be declared once: drop repeated declarations.
            let mut names = Interner::new();
            for w in POOL {
                names.intern(w);
            }
            for i in 0..LEXICAL_COUNT {
                names.intern(&format!("v{i}"));
            }
            let mut seen = std::collections::HashSet::new();
            let body = dedup_lexical(&body, &mut seen);
            let mut literals = Literals::new();
            literals.push(&js_string("k y"));
            for t in &texts {
                literals.push(t);
            }
            Program {
                body,
                runtime: Runtime::Js2,
                span: Span::default(),
                names,
                literals,
                regexes: Vec::new(),
            }
        })
}

/// Replaces any second declaration of a lexical name (anywhere in the tree)
/// by an empty statement, so that generated programs have no clashes.
fn dedup_lexical(
    body: &[Stmt<'static>],
    seen: &mut std::collections::HashSet<Name>,
) -> &'static [Stmt<'static>] {
    sl(body.iter().map(|&st| dedup_stmt(st, seen)).collect())
}

fn dedup_stmt(st: Stmt<'static>, seen: &mut std::collections::HashSet<Name>) -> Stmt<'static> {
    let kind = match st.kind {
        StmtKind::Var(d) if d.kind != VarKind::Var => {
            if d.decls.iter().all(|x| seen.insert(x.name.name)) {
                StmtKind::Var(d)
            } else {
                StmtKind::Empty
            }
        }
        StmtKind::Block(b) => StmtKind::Block(dedup_lexical(b, seen)),
        StmtKind::If { test, cons, alt } => StmtKind::If {
            test,
            cons: bx(dedup_stmt(*cons, seen)),
            alt: alt.map(|a| bx(dedup_stmt(*a, seen))),
        },
        StmtKind::While { test, body } => StmtKind::While {
            test,
            body: bx(dedup_stmt(*body, seen)),
        },
        StmtKind::DoWhile { body, test } => StmtKind::DoWhile {
            body: bx(dedup_stmt(*body, seen)),
            test,
        },
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => StmtKind::For {
            init,
            test,
            update,
            body: bx(dedup_stmt(*body, seen)),
        },
        StmtKind::ForIn { left, right, body } => StmtKind::ForIn {
            left,
            right,
            body: bx(dedup_stmt(*body, seen)),
        },
        StmtKind::Labeled { label, body } => StmtKind::Labeled {
            label,
            body: bx(dedup_stmt(*body, seen)),
        },
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => StmtKind::Try {
            block: dedup_lexical(block, seen),
            handler: handler.map(|h| {
                bx(CatchClause {
                    body: dedup_lexical(h.body, seen),
                    ..*h
                })
            }),
            finalizer: finalizer.map(|f| dedup_lexical(f, seen)),
        },
        StmtKind::Switch { disc, cases } => StmtKind::Switch {
            disc,
            cases: sl(cases
                .iter()
                .map(|&c| SwitchCase {
                    body: dedup_lexical(c.body, seen),
                    ..c
                })
                .collect()),
        },
        StmtKind::Function(f) => {
            let mut f = *f;
            if let FunctionBody::Block(b) = f.body {
                f.body = FunctionBody::Block(dedup_lexical(b, seen));
            }
            StmtKind::Function(bx(f))
        }
        other => other,
    };
    Stmt {
        kind,
        span: st.span,
    }
}
