//! Compiler tests that look at the code generated, for properties the
//! conformance cases cannot see (what a construct costs).

use crate::bytecode::Op;
use crate::{Limits, Runtime, compile};

/// How many instructions of each compiled function `is` accepts.
fn count_ops(src: &str, is: impl Fn(&Op) -> bool) -> Vec<usize> {
    let compiled = match compile(src, Runtime::Js2, &Limits::default(), "test.js") {
        Ok(c) => c,
        Err(e) => panic!("{src}: {e}"),
    };
    compiled
        .script
        .protos
        .iter()
        .map(|p| p.code.iter().filter(|op| is(op)).count())
        .collect()
}

#[test]
fn a_function_expression_binds_its_name_only_when_it_uses_it() {
    let callee = |op: &Op| matches!(op, Op::Callee { .. });
    // Script, then the function.
    assert_eq!(
        count_ops("var g = function f(n) { return n }", callee),
        [0, 0]
    );
    assert_eq!(
        count_ops("var g = function f(n) { return f }", callee),
        [0, 1]
    );
    // Shadowed by a parameter or a var: the name is never read.
    assert_eq!(
        count_ops("var g = function f(f) { return f }", callee),
        [0, 0]
    );
    assert_eq!(
        count_ops("var g = function f() { var f = 1; return f }", callee),
        [0, 0]
    );
    // Used from a nested function: bound once, in the outer one.
    assert_eq!(
        count_ops("var g = function f() { return () => f }", callee),
        [0, 1, 0]
    );
    // A declaration's name is an ordinary binding of the enclosing scope.
    assert_eq!(count_ops("function f() { return f }", callee), [0, 0]);
}

#[test]
fn compound_assignment_converts_an_unknown_key_once() {
    let once = |op: &Op| matches!(op, Op::GetElemOnce { .. });
    // A key that may be an object is converted by the read and reused.
    assert_eq!(
        count_ops("function f(o, k) { o[k] += 1; o[k]++ }", once),
        [0, 2]
    );
    // A key that is always a primitive needs no care: converting it twice
    // cannot be observed.
    assert_eq!(
        count_ops(
            "function f(o, i) { o[i & 7] += 1; o[i + 1]++; o['k'] += 1 }",
            once
        ),
        [0, 0]
    );
    // Plain reads and writes never need it.
    assert_eq!(count_ops("function f(o, k) { o[k] = o[k] }", once), [0, 0]);
}

/// The compiler takes each regular-expression literal as the parser's
/// early check compiled it, and compiles one itself for a tree that comes
/// without them, to the same pattern.
#[test]
fn regex_literals_are_compiled_once() {
    let src = "var a = /a+b/g; function f(s) { return /[x-z]\\d/i.test(s) || /a+b/g }";
    let arena = crate::ast::Arena::new();
    let mut program = crate::parser::parse(src, Runtime::Js2, &arena).expect("parses");
    assert_eq!(program.regexes.len(), 3);
    let realm = crate::realm::Realm::get(Runtime::Js2);
    let compile = |program: &crate::ast::Program| {
        super::compile(program, &realm.heap, src.into(), "t.js".into()).expect("compiles")
    };
    let script = compile(&program);
    let from_script: Vec<_> = script.regexes.iter().map(|r| &r.compiled).collect();
    assert_eq!(from_script.len(), 3);
    for literal in &program.regexes {
        assert!(
            from_script
                .iter()
                .any(|c| std::sync::Arc::ptr_eq(c, &literal.1)),
            "{}",
            literal.1.source_text()
        );
    }
    let texts = |s: &crate::bytecode::Script| -> Vec<(String, String)> {
        s.regexes
            .iter()
            .map(|r| (r.compiled.source_text(), r.compiled.flags.clone()))
            .collect()
    };
    program.regexes.clear();
    assert_eq!(texts(&compile(&program)), texts(&script));
}

#[test]
fn a_loop_iteration_ends_with_one_comparison_jump() {
    let jumps = |op: &Op| {
        matches!(
            op,
            Op::Jump { .. } | Op::JumpIfTrue { .. } | Op::JumpIfFalse { .. }
        )
    };
    let compares = |op: &Op| {
        matches!(
            op,
            Op::JumpIfLt { .. } | Op::JumpIfStrictEq { .. } | Op::Lt { .. } | Op::StrictEq { .. }
        )
    };
    // The test after the body, reached by one jump on the way in: the
    // comparison is the iteration's only jump.
    for src in [
        "function f(n) { for (var i = 0; i < n; i++) {} }",
        "function f(n) { var i = 0; while (i < n) i++ }",
        "function f(n) { var i = 0; while (i !== n) i++ }",
    ] {
        assert_eq!(count_ops(src, jumps), [0, 1], "{src}");
        assert_eq!(count_ops(src, compares), [0, 1], "{src}");
    }
    // With no test, one jump back.
    assert_eq!(
        count_ops("function f() { for (;;) { break } }", jumps),
        [0, 2]
    );
}

#[test]
fn register_fault_finds_an_instruction_past_its_window() {
    let src = "function f(a, b) { return g(a, b, a + b) } function g() {}";
    let compiled = compile(src, Runtime::Js2, &Limits::default(), "t.js").unwrap();
    assert_eq!(compiled.script.register_fault(), None);
    let mut script = std::sync::Arc::try_unwrap(compiled.script).unwrap();
    let f = script.protos.iter().position(|p| p.params == 2).unwrap();
    script.protos[f].registers -= 1;
    let fault = script.register_fault().unwrap();
    assert!(fault.starts_with(&format!("function #{f} ")), "{fault}");
}

#[test]
fn a_value_for_a_variable_is_computed_in_its_register() {
    let moves = |op: &Op| matches!(op, Op::Move { .. });
    // Script, then the function: no copy from a temporary for an index,
    // an empty literal, or either branch of a conditional whose branches
    // write last.
    assert_eq!(
        count_ops(
            "function f(o, k, c) { var a = o[k]; var b = []; var d = {}; \
             var e = c ? o.x : o[1] }",
            moves
        ),
        [0, 0]
    );
    // A function argument is made in its slot: it costs no more copies
    // than a number does.
    assert_eq!(
        count_ops("function f(g) { g(1, function (v) { return v }) }", moves),
        count_ops(
            "function f(g) { g(1, 2) } function h(v) { return v }",
            moves
        )
    );
    // A branch that builds its value in steps goes through a temporary;
    // the other branch does not.
    assert_eq!(
        count_ops("function f(o, c) { var e = c ? o.x : [o.y] }", moves),
        [0, 1]
    );
    // So does a read that is checked for its TDZ after it is copied: to
    // a temporary, then, once checked, to the variable.
    assert_eq!(
        count_ops("function f() { var x = 1; x = y; let y = 2 }", moves),
        [0, 2]
    );
}

#[test]
fn a_method_of_a_variable_is_read_with_its_receiver() {
    let moves = |op: &Op| matches!(op, Op::Move { .. });
    let methods = |op: &Op| matches!(op, Op::GetMethod { .. });
    let src = "function f(a, s) { a.push(1); this.m(); s.trim().length }";
    // The receiver is copied into the call window by `GetMethod`; a
    // receiver computed there (`s.trim()`'s result) needs no copy at all.
    assert_eq!(count_ops(src, moves), [0, 0]);
    assert_eq!(count_ops(src, methods), [0, 3]);
}
