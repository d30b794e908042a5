//! Parser tests through the public entry point: sources in, S-expression
//! dumps or `line:column message` errors out.

use super::parse;
use crate::ast::{Arena, dump};
use crate::features::Runtime;

fn ok(src: &str) -> String {
    ok_in(src, Runtime::Js2)
}

fn ok_in(src: &str, runtime: Runtime) -> String {
    let arena = Arena::new();
    match parse(src, runtime, &arena) {
        Ok(p) => dump(&p).trim_end().to_string(),
        Err(e) => panic!("{}", e.render(src, "test.js")),
    }
}

fn err(src: &str) -> String {
    err_in(src, Runtime::Js2)
}

fn err_in(src: &str, runtime: Runtime) -> String {
    let arena = Arena::new();
    match parse(src, runtime, &arena) {
        Ok(p) => panic!("parsed: {}", dump(&p)),
        Err(e) => format!("{} {}", e.location(src), e.message),
    }
}

#[test]
fn asi_corner_cases() {
    assert_eq!(
        ok("function f() { return\nx }"),
        "(function f () (return) x)"
    );
    assert_eq!(ok("a\n(b)"), "(call a b)");
    assert_eq!(ok("a\n[0]"), "([] a 0)");
    assert_eq!(ok("a\n++b"), "a\n(pre++ b)");
    assert_eq!(ok("x\n/re/g.test(s)"), "(/ (/ x re) (call (. g test) s))");
    assert_eq!(ok("if (a) b\nelse c"), "(if a b c)");
    assert_eq!(ok("do x; while (y) z"), "(do x y)\nz");
    assert_eq!(ok("do x\nwhile (y)"), "(do x y)");
    assert_eq!(
        ok("var f = function(){}\n(g)"),
        "(var (= f (call (function ()) g)))"
    );
    assert_eq!(ok("let\nx = 1"), "(let (= x 1))");
    assert_eq!(ok("{ a } b"), "(block a)\nb");
    assert_eq!(
        ok("var a = 1\nvar b = 2\nfunction f() { return a + b }"),
        "(var (= a 1))\n(var (= b 2))\n(function f () (return (+ a b)))"
    );
    assert_eq!(
        err("if (a)\n}"),
        "2:1 unexpected `}`: nothing is open to close"
    );
    assert_eq!(
        err("for (a\nb;;) {}"),
        "2:1 unexpected identifier `b` (expected an operator, `;`, `,`, `=>` or `in`)"
    );
}

#[test]
fn expressions_have_the_right_shape() {
    assert_eq!(ok("a = b ? c : d, e"), "(, (= a (? b c d)) e)");
    // A chain of commas is one flat sequence; a parenthesised one stays an
    // item of its own, on either side.
    assert_eq!(ok("a, b, c, d"), "(, a b c d)");
    assert_eq!(ok("(a, b), c"), "(, (, a b) c)");
    assert_eq!(ok("a, (b, c), d"), "(, a (, b c) d)");
    assert_eq!(
        ok("for (i = 0, j = 1;;) x"),
        "(for (, (= i 0) (= j 1)) _ _ x)"
    );
    assert_eq!(ok("a + b * c - d"), "(- (+ a (* b c)) d)");
    assert_eq!(ok("a ** b ** c"), "(** a (** b c))");
    assert_eq!(ok("(-a) ** b"), "(** (- a) b)");
    assert_eq!(
        ok("a || b && c | d ^ e & f"),
        "(|| a (&& b (| c (^ d (& e f)))))"
    );
    assert_eq!(ok("a == b < c << d"), "(== a (< b (<< c d)))");
    assert_eq!(ok("typeof a.b === 'x'"), "(=== (typeof (. a b)) \"x\")");
    assert_eq!(ok("new a.b(c).d"), "(. (new (. a b) c) d)");
    assert_eq!(ok("new new a()()"), "(new (new a))");
    assert_eq!(ok("new a"), "(new a)");
    assert_eq!(ok("a.b[c](d).e"), "(. (call ([] (. a b) c) d) e)");
    assert_eq!(ok("x = y => y * 2"), "(= x (arrow (y) (* y 2)))");
    assert_eq!(
        ok("f((a, b, ...c) => { return c })"),
        "(call f (arrow (a b ...c) (return c)))"
    );
    assert_eq!(ok("f(() => ({}))"), "(call f (arrow () (object)))");
    assert_eq!(
        ok("o = { a: 1, 'b': 2, 3: 3, if: 4, get x() { return 1 }, set x(v) {} }"),
        "(= o (object (a 1) (\"b\" 2) (3 3) (if 4) (get x (getter () (return 1))) (set x (setter (v)))))"
    );
    assert_eq!(
        ok("o = { get: 1, set: 2 }"),
        "(= o (object (get 1) (set 2)))"
    );
    assert_eq!(ok("a = [1, , 2, ]"), "(= a (array 1 _ 2))");
    assert_eq!(ok("a = [,]"), "(= a (array _))");
    assert_eq!(
        ok("`a${b}c${`d${e}`}f`"),
        "(template \"a\" b \"c\" (template \"d\" e \"\") \"f\")"
    );
    assert_eq!(ok("x = /a[/]b/gi"), "(= x /a[/]b/gi)");
    assert_eq!(
        ok("for (var i = 0, n = a.length; i < n; i++) {}"),
        "(for (var (= i 0) (= n (. a length))) (< i n) (post++ i) (block))"
    );
    assert_eq!(ok("for (k in o) ;"), "(for-in k o (empty))");
    assert_eq!(ok("for (var k in o) {}"), "(for-in (var k) o (block))");
    assert_eq!(
        err("for (var i = 0 in o) {}"),
        "1:16 unexpected `in` (expected an operator, `;` or `,`)"
    );
}

#[test]
fn statements() {
    assert_eq!(
        ok("l: for (;;) { continue l; break l }"),
        "(label l (for _ _ _ (block (continue l) (break l))))"
    );
    assert_eq!(
        ok("switch (x) { case 1: a; default: b; case 2: }"),
        "(switch x (case 1 a) (default b) (case 2))"
    );
    assert_eq!(
        ok("try { a } catch (e) { b } finally { c }"),
        "(try (block a) (catch e b) (finally c))"
    );
    assert_eq!(ok("if (a) if (b) c; else d"), "(if a (if b c d))");
    assert_eq!(
        ok("const a = 1, b = 2; let c"),
        "(const (= a 1) (= b 2))\n(let c)"
    );
    assert_eq!(
        ok("async function h(e) { var r = await f(e); return r }"),
        "(async-function h (e) (var (= r (await (call f e)))) (return r))"
    );
    assert_eq!(
        ok("import cf from 'cloudfront'"),
        "(import cf \"cloudfront\")"
    );
    assert_eq!(
        ok("import * as q from 'querystring'; import { a, b as c } from 'x'"),
        "(import (* q) \"querystring\")\n(import (a a) (b c) \"x\")"
    );
}

#[test]
fn gating_names_the_feature() {
    let js1 = |src: &str| err_in(src, Runtime::Js1);
    assert_eq!(
        js1("const a = 1"),
        "1:1 `const` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
    );
    assert_eq!(
        js1("let a = 1"),
        "1:1 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
    );
    assert_eq!(
        js1("async function f() {}"),
        "1:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
    );
    assert_eq!(
        js1("import cf from 'cloudfront'"),
        "1:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
    );
    assert_eq!(
        err("var {a} = o"),
        "1:5 destructuring is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("[a, b] = c"),
        "1:1 destructuring is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("for (const x of xs) {}"),
        "1:14 `for...of` loops are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("class A {}"),
        "1:1 classes are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("f(...xs)"),
        "1:3 spread syntax (`...`) is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("function f(a = 1) {}"),
        "1:14 default parameters are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("f = (a = 1) => a"),
        "1:6 default parameters are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("function* g() {}"),
        "1:9 generators are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("o = { f() {} }"),
        "1:8 shorthand methods are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("o = { a, b }"),
        "1:8 shorthand properties are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("o = { [k]: 1 }"),
        "1:7 computed property keys are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("a?.b"),
        "1:2 optional chaining (`?.`) is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("a ?? b"),
        "1:3 nullish coalescing (`??`) is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("tag`x`"),
        "1:4 tagged templates are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("f = async x => x"),
        "1:5 async arrow functions are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("f = async (x) => x"),
        "1:5 async arrow functions are not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("try {} catch {}"),
        "1:14 `catch` without a binding is not supported by cloudfront-js-2.0"
    );
    assert_eq!(
        err("x = /a/s"),
        "1:8 the regular-expression flag `s` is not supported by cloudfront-js-2.0 (it accepts `gimy`)"
    );
}

#[test]
fn early_errors() {
    assert_eq!(err("let a; let a"), "1:12 `a` has already been declared");
    assert_eq!(err("let a; var a"), "1:12 `a` has already been declared");
    assert_eq!(
        err("var a; { let a; { var a } }"),
        "1:23 `a` has already been declared"
    );
    assert_eq!(
        err("function f(a) { let a }"),
        "1:21 `a` has already been declared"
    );
    assert_eq!(
        err("try {} catch (e) { let e }"),
        "1:24 `e` has already been declared"
    );
    assert_eq!(
        ok("try {} catch (e) { var e }"),
        "(try (block) (catch e (var e)))"
    );
    assert_eq!(
        ok("var a; var a; function a() {}"),
        "(var a)\n(var a)\n(function a ())"
    );
    assert_eq!(err("break"), "1:1 `break` outside of a loop or switch");
    assert_eq!(
        err("while (1) { function f() { continue } }"),
        "1:28 `continue` outside of a loop"
    );
    assert_eq!(err("return 1"), "1:1 `return` outside of a function");
    assert_eq!(
        err("a: { continue a }"),
        "1:15 `continue` to label `a`, which is not on a loop"
    );
    assert_eq!(err("a: a: ;"), "1:4 label `a` has already been declared");
    assert_eq!(err("break b"), "1:7 undefined label `b` in `break`");
    assert_eq!(
        err("a + 1 = 2"),
        "1:7 invalid assignment target: the left side of an assignment must be a variable or a property"
    );
    assert_eq!(err("f() = 1"), "1:1 invalid assignment target");
    assert_eq!(
        err("eval = 1"),
        "1:1 `eval` cannot be assigned in strict mode"
    );
    assert_eq!(
        err("function f(arguments) {}"),
        "1:12 `arguments` cannot be used as a parameter name in strict mode"
    );
    assert_eq!(
        err("function f(a, a) {}"),
        "1:15 duplicate parameter name `a`"
    );
    assert_eq!(
        err("delete x"),
        "1:1 `delete` of an unqualified identifier is not allowed in strict mode"
    );
    assert_eq!(
        err("with (a) {}"),
        "1:1 `with` statements are not allowed in strict mode"
    );
    assert_eq!(
        err("x = 010"),
        "1:5 legacy octal literals are not allowed in strict mode (use the 0o prefix)"
    );
    assert_eq!(
        err("function f() { await x }"),
        "1:16 `await` is only valid in async functions"
    );
    assert_eq!(
        err("async function f() { g(() => await x) }"),
        "1:30 `await` is only valid in async functions"
    );
    assert_eq!(
        err("const a"),
        "1:7 missing initializer in `const` declaration"
    );
    assert_eq!(
        err("if (a) let b = 1"),
        "1:8 lexical declarations cannot appear in a single-statement context (wrap them in a block)"
    );
    assert_eq!(
        err("if (a) function f() {}"),
        "1:8 in strict mode, functions can only be declared at the top level or directly inside a block"
    );
    assert_eq!(
        err("x = -a ** 2"),
        "1:8 the left side of `**` cannot be a unary expression: add parentheses, as in `(-a) ** b`"
    );
    assert_eq!(
        err("var static = 1"),
        "1:5 unexpected reserved word `static` (expected an identifier)"
    );
    assert_eq!(
        err("x = /(/"),
        "1:5 invalid regular expression /(/: Unterminated group"
    );
}

#[test]
fn syntax_errors_say_what_was_expected() {
    assert_eq!(
        err("f(a, ;"),
        "1:6 unexpected `;` (expected an expression or `)`)"
    );
    assert_eq!(
        err("var = 1"),
        "1:5 unexpected `=` (expected an identifier)"
    );
    assert_eq!(err("if a"), "1:4 unexpected identifier `a` (expected `(`)");
    assert_eq!(
        err("function f() {"),
        "1:15 unexpected end of input: missing `}` to close the `{` at 1:14"
    );
}

/// The binary operators the grammar reads as one flat list, loosest level
/// first, as ECMA-262 layers them (one grammar rule per level).
const LEVELS: &[&[&str]] = &[
    &["||"],
    &["&&"],
    &["|"],
    &["^"],
    &["&"],
    &["==", "!=", "===", "!=="],
    &["<", ">", "<=", ">=", "instanceof", "in"],
    &["<<", ">>", ">>>"],
    &["+", "-"],
    &["*", "/", "%"],
];

/// The S-expression a rule-per-level grammar gives for `operands[0] ops[0]
/// operands[1] ...`, every level left-associative: an oracle written the
/// way the specification's grammar is, independent of the parser's
/// precedence climbing.
fn grouped_by_levels(operands: &[String], ops: &[&str], level: usize) -> String {
    if level == LEVELS.len() {
        return operands[0].clone();
    }
    // The loosest operators split the list; the pieces bind tighter.
    let mut pieces = vec![(0, None)];
    for (i, op) in ops.iter().enumerate() {
        if LEVELS[level].contains(op) {
            pieces.push((i + 1, Some(*op)));
        }
    }
    let mut out = String::new();
    for (k, &(start, op)) in pieces.iter().enumerate() {
        let end = pieces.get(k + 1).map_or(operands.len(), |p| p.0);
        let inner = grouped_by_levels(&operands[start..end], &ops[start..end - 1], level + 1);
        out = match op {
            None => inner,
            Some(op) => format!("({op} {out} {inner})"),
        };
    }
    out
}

proptest::proptest! {
    #[test]
    fn operator_lists_group_as_the_layered_grammar_does(
        picks in proptest::collection::vec((0..LEVELS.len(), 0..6usize), 1..12),
    ) {
        let ops: Vec<&str> = picks
            .iter()
            .map(|&(level, i)| LEVELS[level][i % LEVELS[level].len()])
            .collect();
        let operands: Vec<String> = (0..=ops.len()).map(|i| format!("a{i}")).collect();
        let mut src = operands[0].clone();
        for (op, operand) in ops.iter().zip(&operands[1..]) {
            src.push_str(&format!(" {op} {operand}"));
        }
        proptest::prop_assert_eq!(ok(&src), grouped_by_levels(&operands, &ops, 0));
    }
}

/// A parse retried with an inserted semicolon still has every literal's
/// value: the failed attempt took some of them out of the context.
#[test]
fn literals_survive_an_asi_retry() {
    assert_eq!(
        ok("var s = 'one'; do s = `t${s}u`; while (s) s = { 'k': \"two\" }; s = 'three'"),
        ok("var s = 'one'; do s = `t${s}u`; while (s); s = { 'k': \"two\" }; s = 'three'")
    );
    assert_eq!(
        ok("do x = 'a'; while (0) y = 'b' + `c`"),
        "(do (= x \"a\") 0)\n(= y (+ \"b\" (template \"c\")))"
    );
}
