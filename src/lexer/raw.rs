//! The logos-generated scanner: punctuators, keywords, ASCII identifiers,
//! whitespace, line terminators and comments.
//!
//! Everything whose shape depends on context (a `/` that may start a regular
//! expression, a `}` that may resume a template) or that needs careful
//! decoding (strings, templates, numbers, non-ASCII identifiers, identifier
//! escapes) is only *started* here; [`super::Lexer`] finishes it by hand and
//! advances the scanner past it with `bump`.

use super::token::Tok;
use logos::Logos;

/// A raw token: either a finished [`Tok`] or the start of something the
/// lexer finishes by hand.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
// ASCII white space (the others are handled by hand) and `// ...` up to
// the end of the line mean nothing to the lexer: logos passes over them
// without returning a token.
#[logos(skip r"[ \t\x0B\x0C]+")]
#[logos(skip r"//[^\n\r\u{2028}\u{2029}]*")]
pub enum Raw {
    /// A token that needs no further work (punctuators and keywords).
    #[token("{", |_| Tok::BlockOpen)]
    #[token("}", |_| Tok::RBrace)]
    #[token("(", |_| Tok::LParen)]
    #[token(")", |_| Tok::RParen)]
    #[token("[", |_| Tok::LBracket)]
    #[token("]", |_| Tok::RBracket)]
    #[token(".", |_| Tok::Dot)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token(";", |_| Tok::Semi)]
    #[token(",", |_| Tok::Comma)]
    #[token("<", |_| Tok::Lt)]
    #[token(">", |_| Tok::Gt)]
    #[token("<=", |_| Tok::Le)]
    #[token(">=", |_| Tok::Ge)]
    #[token("==", |_| Tok::EqEq)]
    #[token("!=", |_| Tok::NotEq)]
    #[token("===", |_| Tok::EqEqEq)]
    #[token("!==", |_| Tok::NotEqEq)]
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("%", |_| Tok::Percent)]
    #[token("**", |_| Tok::StarStar)]
    #[token("++", |_| Tok::PlusPlus)]
    #[token("--", |_| Tok::MinusMinus)]
    #[token("<<", |_| Tok::Shl)]
    #[token(">>", |_| Tok::Shr)]
    #[token(">>>", |_| Tok::UShr)]
    #[token("&", |_| Tok::Amp)]
    #[token("|", |_| Tok::Pipe)]
    #[token("^", |_| Tok::Caret)]
    #[token("!", |_| Tok::Bang)]
    #[token("~", |_| Tok::Tilde)]
    #[token("&&", |_| Tok::AmpAmp)]
    #[token("||", |_| Tok::PipePipe)]
    #[token("?", |_| Tok::Question)]
    #[token(":", |_| Tok::Colon)]
    #[token("=", |_| Tok::Assign)]
    #[token("+=", |_| Tok::PlusAssign)]
    #[token("-=", |_| Tok::MinusAssign)]
    #[token("*=", |_| Tok::StarAssign)]
    #[token("%=", |_| Tok::PercentAssign)]
    #[token("**=", |_| Tok::StarStarAssign)]
    #[token("<<=", |_| Tok::ShlAssign)]
    #[token(">>=", |_| Tok::ShrAssign)]
    #[token(">>>=", |_| Tok::UShrAssign)]
    #[token("&=", |_| Tok::AmpAssign)]
    #[token("|=", |_| Tok::PipeAssign)]
    #[token("^=", |_| Tok::CaretAssign)]
    #[token("=>", |_| Tok::Arrow)]
    #[token("?.", |_| Tok::QuestionDot)]
    #[token("??", |_| Tok::QuestionQuestion)]
    #[token("??=", |_| Tok::LogicalAssign)]
    #[token("&&=", |_| Tok::LogicalAssign)]
    #[token("||=", |_| Tok::LogicalAssign)]
    #[token("#", |_| Tok::Hash)]
    #[token("@", |_| Tok::At)]
    #[token("break", |_| Tok::Break)]
    #[token("case", |_| Tok::Case)]
    #[token("catch", |_| Tok::Catch)]
    #[token("continue", |_| Tok::Continue)]
    #[token("debugger", |_| Tok::Debugger)]
    #[token("default", |_| Tok::Default)]
    #[token("delete", |_| Tok::Delete)]
    #[token("do", |_| Tok::Do)]
    #[token("else", |_| Tok::Else)]
    #[token("finally", |_| Tok::Finally)]
    #[token("for", |_| Tok::For)]
    #[token("function", |_| Tok::Function)]
    #[token("if", |_| Tok::If)]
    #[token("in", |_| Tok::In)]
    #[token("instanceof", |_| Tok::Instanceof)]
    #[token("new", |_| Tok::New)]
    #[token("return", |_| Tok::Return)]
    #[token("switch", |_| Tok::Switch)]
    #[token("this", |_| Tok::This)]
    #[token("throw", |_| Tok::Throw)]
    #[token("try", |_| Tok::Try)]
    #[token("typeof", |_| Tok::Typeof)]
    #[token("var", |_| Tok::Var)]
    #[token("void", |_| Tok::Void)]
    #[token("while", |_| Tok::While)]
    #[token("with", |_| Tok::With)]
    #[token("null", |_| Tok::Null)]
    #[token("true", |_| Tok::True)]
    #[token("false", |_| Tok::False)]
    #[token("const", |_| Tok::Const)]
    #[token("let", |_| Tok::Let)]
    #[token("class", |_| Tok::Class)]
    #[token("enum", |_| Tok::Enum)]
    #[token("export", |_| Tok::Export)]
    #[token("extends", |_| Tok::Extends)]
    #[token("import", |_| Tok::Import)]
    #[token("super", |_| Tok::Super)]
    #[token("implements", |_| Tok::Implements)]
    #[token("interface", |_| Tok::Interface)]
    #[token("package", |_| Tok::Package)]
    #[token("private", |_| Tok::Private)]
    #[token("protected", |_| Tok::Protected)]
    #[token("public", |_| Tok::Public)]
    #[token("static", |_| Tok::Static)]
    #[token("yield", |_| Tok::Yield)]
    #[token("await", |_| Tok::Await)]
    Simple(Tok),

    /// An identifier made of ASCII characters only; a `\` or a non-ASCII
    /// character right after it continues it by hand.
    #[regex(r"[a-zA-Z_$][a-zA-Z0-9_$]*")]
    Ident,

    /// `/` or `/=`: division, or the start of a regular expression.
    #[token("/")]
    Slash,
    /// See [`Raw::Slash`].
    #[token("/=")]
    SlashAssign,

    /// `"` or `'`: a string literal starts here.
    #[token("\"")]
    #[token("'")]
    Quote,
    /// `` ` ``: a template literal starts here.
    #[token("`")]
    Backtick,
    /// A digit, or `.` followed by a digit: a numeric literal starts here.
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,

    /// LF or CR, with the ASCII white space and line breaks after it (the
    /// lexer only notes that a line break came).
    #[regex(r"[\n\r][ \t\x0B\x0C\n\r]*")]
    Newline,
    /// `/*`: a block comment starts here.
    #[token("/*")]
    BlockComment,
}
