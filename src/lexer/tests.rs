//! Lexer tests: each source is shown as its token kinds, with `;*` for an
//! inserted semicolon, `{b`/`{o` for block and object braces, and `fn`/`fd`
//! for function expressions and declarations.

use super::*;

fn show(src: &str) -> String {
    show_in(src, Runtime::Js2)
}

fn show_in(src: &str, runtime: Runtime) -> String {
    let out = tokenize(src, runtime);
    if let Some(e) = out.error {
        return format!("error: {}", e.message);
    }
    out.tokens
        .iter()
        .map(|t| match t.tok {
            Tok::Semi if t.inserted => ";*".to_string(),
            Tok::BlockOpen => "{b".to_string(),
            Tok::ObjectOpen => "{o".to_string(),
            Tok::Function => "fn".to_string(),
            Tok::FunctionDecl => "fd".to_string(),
            Tok::Ident(n) => out.names.resolve(n).to_string(),
            Tok::EscapedKeyword(n) => format!("\\{}", out.names.resolve(n)),
            Tok::Number(i) => out.numbers[i as usize].to_string(),
            Tok::String(i) => format!(
                "{:?}",
                String::from_utf16_lossy(&out.strings.to_utf16(crate::ast::Lit(i)))
            ),
            Tok::Regex(i) => {
                let r = &out.regexes[i as usize];
                format!("/{}/{}", r.pattern, r.flags)
            }
            Tok::TemplateFull(i) => {
                format!("`{}`", String::from_utf16_lossy(&out.templates[i as usize]))
            }
            Tok::TemplateHead(i) => format!(
                "`{}${{",
                String::from_utf16_lossy(&out.templates[i as usize])
            ),
            Tok::TemplateMiddle(i) => format!(
                "}}{}${{",
                String::from_utf16_lossy(&out.templates[i as usize])
            ),
            Tok::TemplateTail(i) => format!(
                "}}{}`",
                String::from_utf16_lossy(&out.templates[i as usize])
            ),
            other => other.describe().trim_matches('`').to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn division_and_regex_are_told_apart() {
    assert_eq!(show("a / b / c"), "a / b / c ;*");
    assert_eq!(
        show("x = y\n/re/g.test(s)"),
        "x = y / re / g . test ( s ) ;*"
    );
    assert_eq!(
        show("if (ok) /re/.test(s)"),
        "if ( ok ) /re/ . test ( s ) ;*"
    );
    assert_eq!(show("x = /=/g"), "x = /=/g ;*");
    assert_eq!(show("a /= 2"), "a /= 2 ;*");
    assert_eq!(show("{} /re/"), "{b } /re/ ;*");
    assert_eq!(show("({} / 2)"), "( {o } / 2 ) ;*");
    assert_eq!(show("return /x/"), "return /x/ ;*");
    assert_eq!(show("a++ / 2"), "a ++ / 2 ;*");
    assert_eq!(show("f(x) / 2"), "f ( x ) / 2 ;*");
    assert_eq!(show("x = function(){} / 2"), "x = fn ( ) {b } / 2 ;*");
    assert_eq!(
        show("function f(){}\n/re/.exec(s)"),
        "fd f ( ) {b } /re/ . exec ( s ) ;*"
    );
    assert_eq!(show("/[/]/.test(a)"), "/[/]/ . test ( a ) ;*");
    assert_eq!(show("a\n/b/g"), "a / b / g ;*");
    assert_eq!(show("a.if /= 2"), "a . if /= 2 ;*");
    assert_eq!(
        show("x = { return: 1 }.return / 2"),
        "x = {o return : 1 } . return / 2 ;*"
    );
}

#[test]
fn automatic_semicolons() {
    assert_eq!(show("return\nx"), "return ;* x ;*");
    assert_eq!(show("a\n(b)"), "a ( b ) ;*");
    assert_eq!(show("a\n[0]"), "a [ 0 ] ;*");
    assert_eq!(show("a\n++b"), "a ;* ++ b ;*");
    assert_eq!(show("a++\nb"), "a ++ ;* b ;*");
    assert_eq!(show("if (a) b\nelse c"), "if ( a ) b ;* else c ;*");
    assert_eq!(
        show("var f = function(){}\n(g)"),
        "var f = fn ( ) {b } ( g ) ;*"
    );
    assert_eq!(show("let\nx = 1"), "let x = 1 ;*");
    assert_eq!(show("{ a } b"), "{b a ;* } b ;*");
    assert_eq!(show("{}\n(a)"), "{b } ( a ) ;*");
    assert_eq!(show("break\nfoo"), "break ;* foo ;*");
    assert_eq!(show("continue foo\n(x)"), "continue foo ;* ( x ) ;*");
    assert_eq!(show("debugger\n(x)"), "debugger ;* ( x ) ;*");
    assert_eq!(show("a\n.b"), "a . b ;*");
    assert_eq!(show("if (a) b()\n; else c"), "if ( a ) b ( ) ; else c ;*");
    assert_eq!(show("a /*\n*/ b"), "a ;* b ;*");
    assert_eq!(show("a /* */ b"), "a b ;*");
    assert_eq!(show("a\u{2028}b"), "a ;* b ;*");
    assert_eq!(show("for (a\nb;;) {}"), "for ( a b ; ; ) {b }");
    assert_eq!(show("f = x => {}\n(g)"), "f = x => {b } ;* ( g ) ;*");
    assert_eq!(show("f = x => x\n(g)"), "f = x => x ( g ) ;*");
    assert_eq!(show("x = {\na: 1\n}\ny()"), "x = {o a : 1 } ;* y ( ) ;*");
    assert_eq!(
        show("throw\nx"),
        "error: a line break is not allowed between `throw` and its expression"
    );
}

#[test]
fn braces_and_functions() {
    assert_eq!(show("a: { b }"), "a : {b b ;* }");
    assert_eq!(show("x = a ? { b } : { c }"), "x = a ? {o b } : {o c } ;*");
    assert_eq!(
        show("switch (x) { case 1: {} }"),
        "switch ( x ) {b case 1 : {b } }"
    );
    assert_eq!(
        show("({ get a() {}, set a(v) {}, get: 1 })"),
        "( {o get a ( ) {b } , set a ( v ) {b } , get : 1 } ) ;*"
    );
    assert_eq!(show("async function f() {}"), "async fd f ( ) {b }");
    assert_eq!(show("x = async function () {}"), "x = async fn ( ) {b } ;*");
    assert_eq!(show("async\nfunction f() {}"), "async ;* fd f ( ) {b }");
    assert_eq!(show("x = async (a) => a"), "x = async ( a ) => a ;*");
    assert_eq!(show("x = async(a)"), "x = async ( a ) ;*");
    assert_eq!(show("label: function f(){}"), "label : fd f ( ) {b }");
    assert_eq!(
        show("x = { default: function(){} }"),
        "x = {o default : fn ( ) {b } } ;*"
    );
    assert_eq!(
        show("switch (a) { default: function f(){} }"),
        "switch ( a ) {b default : fd f ( ) {b } }"
    );
    assert_eq!(show("if (a) function f(){}"), "if ( a ) fd f ( ) {b }");
    assert_eq!(
        show("(a) => { return {} }"),
        "( a ) => {b return {o } ;* } ;*"
    );
}

#[test]
fn templates_nest() {
    assert_eq!(show("`a${`b${c}`}d`"), "`a${ `b${ c }` }d` ;*");
    assert_eq!(show("`x${ {a: 1}.a }y`"), "`x${ {o a : 1 } . a }y` ;*");
    assert_eq!(show("`line1\nline2`"), "`line1\nline2` ;*");
    assert_eq!(show("`\\u{41}\\x42`"), "`AB` ;*");
    assert_eq!(show("`a${b}`\n/re/g"), "`a${ b }` / re / g ;*");
    assert_eq!(
        show("`\\01`"),
        "error: octal escape sequences are not allowed in template literals"
    );
    assert_eq!(show("`abc"), "error: unterminated template literal");
}

#[test]
fn identifiers_and_keywords() {
    assert_eq!(show("\\u0061b"), "ab ;*");
    assert_eq!(show("ünïcode"), "ünïcode ;*");
    assert_eq!(show("iffy ifü"), "iffy ifü ;*");
    // An escaped keyword is its own token: a property name, else an error
    // (the parser says so).
    assert_eq!(show("\\u0069f"), "\\if ;*");
    assert_eq!(show("o.bre\\u0061k / 2"), "o . \\break / 2 ;*");
    assert_eq!(show("a\u{A0}b"), "a b ;*");
    assert_eq!(
        show("x = 3in"),
        "error: an identifier cannot start immediately after a numeric literal"
    );
    assert_eq!(
        show("x = a \u{0}"),
        "error: invalid or unexpected character U+0000"
    );
}

#[test]
fn brackets_must_match() {
    assert_eq!(
        show("(]"),
        "error: unexpected `]`: expected `)` to close the bracket at 1:1"
    );
    assert_eq!(show(")"), "error: unexpected `)`: nothing is open to close");
    assert_eq!(
        show("f(a"),
        "error: unexpected end of input: missing `)` to close the `(` at 1:2"
    );
}

#[test]
fn runtime_gating_in_the_lexer() {
    assert_eq!(show_in("x = 1_000", Runtime::Js2), "x = 1000 ;*");
    assert_eq!(
        show_in("x = 1_000", Runtime::Js1),
        "error: numeric separators are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
    );
}

#[test]
fn every_token_has_a_span_inside_the_source() {
    let src = "var a = `x${b}y` + /re/g.source; // c\nf(a)";
    let out = tokenize(src, Runtime::Js2);
    assert!(out.error.is_none());
    for t in &out.tokens {
        assert!(t.span.start <= t.span.end && t.span.end as usize <= src.len());
    }
    let regex = out
        .tokens
        .iter()
        .find(|t| matches!(t.tok, Tok::Regex(_)))
        .unwrap();
    assert_eq!(
        &src[regex.span.start as usize..regex.span.end as usize],
        "/re/g"
    );
    let f = out
        .tokens
        .iter()
        .rev()
        .find(|t| matches!(t.tok, Tok::Ident(_)))
        .unwrap();
    assert!(!f.newline_before);
    let f_call = &out.tokens[out.tokens.len() - 5];
    assert!(f_call.newline_before);
}

/// A string's run of plain text stops at its own quote, a backslash, a
/// line break or a non-ASCII character, and at nothing else.
#[test]
fn strings_stop_only_where_they_must() {
    assert_eq!(show(r#"x = "a'b""#), r#"x = "a'b" ;*"#);
    assert_eq!(show(r#"x = 'a"b'"#), r#"x = "a\"b" ;*"#);
    assert_eq!(show(r#"x = "a\"b\\c""#), r#"x = "a\"b\\c" ;*"#);
    assert_eq!(show("x = 'é\u{1F600}z'"), "x = \"é\u{1F600}z\" ;*");
    assert_eq!(show("x = 'a\\\nb'"), r#"x = "ab" ;*"#);
    assert_eq!(show("x = 'a\nb'"), "error: unterminated string literal");
    assert_eq!(show("x = \"a\rb\""), "error: unterminated string literal");
    assert_eq!(show("x = 'abc"), "error: unterminated string literal");
    let not_a_quote =
        scan::string("abc", 0, &mut crate::ast::Literals::new()).expect_err("refused");
    assert_eq!(not_a_quote.message, "a string literal starts with a quote");
    assert!(scan::string("", 3, &mut crate::ast::Literals::new()).is_err());
}

#[test]
fn tokens_stay_small() {
    // The token vector is the parser's input; a payload wider than 32
    // bits (an `f64`) would make every token half as large again.
    assert_eq!(std::mem::size_of::<Tok>(), 8);
    assert_eq!(std::mem::size_of::<Token>(), 20);
}

/// `is_keyword` answers what `keyword_name` does, for every token a
/// source with each reserved and contextual word and each punctuator
/// gives (`function` both as a declaration and in an expression).
#[test]
fn is_keyword_agrees_with_keyword_name() {
    let src = "function f() { var x = function () {}; } \
        break case catch continue debugger default delete do else finally for if in \
        instanceof new return switch this throw try typeof void while with null true false \
        const let class enum export extends import super implements interface package \
        private protected public static yield await async get set of x 1 'a' \
        { } ( ) [ ] ; , < > <= >= == != === !== + - * / % ** << >> >>> & | ^ ! ~ && || \
        ? : = += -= *= /= %= **= <<= >>= >>>= &= |= ^= => ?. ?? &&= ||= ??= ... .";
    for runtime in [Runtime::Js1, Runtime::Js2] {
        let out = tokenize(src, runtime);
        assert!(out.tokens.len() > 100);
        for t in &out.tokens {
            assert_eq!(
                t.tok.is_keyword(),
                t.tok.keyword_name().is_some(),
                "{:?}",
                t.tok
            );
        }
    }
}
