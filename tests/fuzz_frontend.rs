//! Property tests of the front end:
//! - arbitrary bytes and arbitrary token sequences never panic the lexer or
//!   the parser (every input gives a program or a syntax error);
//! - a generated tree, printed as JavaScript, parses back to the same tree.

mod common;

use common::program;
use edgefn::ast::{Arena, dump, print};
use edgefn::features::Runtime;
use edgefn::parser::parse;
use proptest::prelude::*;

/// Words and punctuation to build token soup from: every token kind, the
/// contextual words, and fragments that open or close literals.
const VOCABULARY: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ".",
    "...",
    ";",
    ",",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "===",
    "!==",
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "++",
    "--",
    "<<",
    ">>",
    ">>>",
    "&",
    "|",
    "^",
    "!",
    "~",
    "&&",
    "||",
    "?",
    ":",
    "=",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "**=",
    "<<=",
    ">>=",
    ">>>=",
    "&=",
    "|=",
    "^=",
    "=>",
    "?.",
    "??",
    "??=",
    "#",
    "@",
    "break",
    "case",
    "catch",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "finally",
    "for",
    "function",
    "if",
    "in",
    "instanceof",
    "new",
    "return",
    "switch",
    "this",
    "throw",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "null",
    "true",
    "false",
    "const",
    "let",
    "class",
    "enum",
    "export",
    "extends",
    "import",
    "super",
    "yield",
    "await",
    "async",
    "get",
    "set",
    "of",
    "static",
    "from",
    "as",
    "a",
    "b",
    "handler",
    "event",
    "0",
    "1.5",
    "0x1F",
    "1_0",
    "1e3",
    ".5",
    "'s'",
    "\"d\"",
    "'\\u{41}'",
    "`t`",
    "`a${",
    "}b`",
    "}c${",
    "/re/g",
    "/",
    "\\u0061",
    "é",
    "\n",
    "\r\n",
    "\u{2028}",
    "/*c*/",
    "/*\n*/",
    "//c\n",
    "`",
    "'",
    "\"",
    "\\",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let src = String::from_utf8_lossy(&bytes);
        for runtime in Runtime::ALL {
            let _ = parse(&src, runtime, &Arena::new());
        }
    }

    #[test]
    fn arbitrary_token_sequences_never_panic(
        words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..80),
        seps in proptest::collection::vec(proptest::sample::select(&[" ", "", "\n"][..]), 0..80),
    ) {
        let mut src = String::new();
        for (i, w) in words.iter().enumerate() {
            src.push_str(w);
            src.push_str(seps.get(i).copied().unwrap_or(" "));
        }
        for runtime in Runtime::ALL {
            let _ = parse(&src, runtime, &Arena::new());
        }
    }

    #[test]
    fn printed_trees_parse_back(program in program()) {
        let printed = print(&program);
        let arena = Arena::new();
        match parse(&printed, Runtime::Js2, &arena) {
            Ok(reparsed) => prop_assert_eq!(dump(&program), dump(&reparsed), "printed:\n{}", printed),
            Err(e) => prop_assert!(false, "{}", e.render(&printed, "printed.js")),
        }
    }
}
