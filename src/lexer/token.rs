//! The tokens the lexer hands to the LALRPOP parser.
//!
//! Tokens are small and `Copy`: literal payloads that own memory (string
//! literals, template parts, regular expressions) live in side tables of the
//! [`LexOutput`](super::LexOutput) and the token carries their index. That
//! keeps the token vector cheap to re-feed to the parser when automatic
//! semicolon insertion has to retry a parse.

use crate::ast::Name;
use crate::source::Span;

/// One token as the parser sees it.
///
/// The lexer resolves the places where JavaScript's grammar is not LR(1):
/// it tells `{` opening a statement list from `{` opening an object literal,
/// and `function` starting a declaration from `function` starting an
/// expression, so the grammar needs no "no leading brace" variants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok {
    // Brackets.
    /// `{` opening a block, a function body, a switch body or a class body.
    BlockOpen,
    /// `{` opening an object literal.
    ObjectOpen,
    /// `}`
    RBrace,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `[`
    LBracket,
    /// `]`
    RBracket,

    // Punctuators.
    Dot,
    Ellipsis,
    Semi,
    Comma,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    NotEq,
    EqEqEq,
    NotEqEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpAmp,
    PipePipe,
    Question,
    Colon,
    Assign,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    StarStarAssign,
    ShlAssign,
    ShrAssign,
    UShrAssign,
    AmpAssign,
    PipeAssign,
    CaretAssign,
    Arrow,
    /// `?.`: lexed so that it can be reported by name; no runtime lists it.
    QuestionDot,
    /// `??`: lexed so that it can be reported by name.
    QuestionQuestion,
    /// `??=`, `&&=`, `||=`: lexed so that they can be reported by name.
    LogicalAssign,
    /// `#`: private names; lexed so that it can be reported by name.
    Hash,
    /// `@`: decorators; lexed so that it can be reported by name.
    At,

    // Keywords of ECMAScript 5.1.
    Break,
    Case,
    Catch,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Finally,
    For,
    /// `function` starting a function declaration (at the start of a statement).
    FunctionDecl,
    /// `function` starting a function expression.
    Function,
    If,
    In,
    Instanceof,
    New,
    Return,
    Switch,
    This,
    Throw,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    Null,
    True,
    False,
    // Keywords added by later editions or reserved in strict code.
    Const,
    Let,
    Class,
    Enum,
    Export,
    Extends,
    Import,
    Super,
    Implements,
    Interface,
    Package,
    Private,
    Protected,
    Public,
    Static,
    Yield,
    /// `await` (a keyword under cloudfront-js-2.0; an identifier under 1.0).
    Await,
    /// `async` followed on the same line by `function`, or by arrow parameters.
    Async,
    /// `get` introducing an accessor in an object literal.
    Get,
    /// `set` introducing an accessor in an object literal.
    Set,

    // Tokens with a payload.
    /// An identifier (escapes decoded, never a reserved word).
    Ident(Name),
    /// A reserved word written with escapes (`bre\u0061k`): a property
    /// name after `.` or in an object literal, an error anywhere else.
    EscapedKeyword(Name),
    /// A numeric literal: index into [`LexOutput::numbers`](super::LexOutput)
    /// (an `f64` payload would make every token twice as large).
    Number(u32),
    /// A string literal: index into [`LexOutput::strings`](super::LexOutput).
    String(u32),
    /// A template with no substitution: index into the template table.
    TemplateFull(u32),
    /// The text before a template's first `${`.
    TemplateHead(u32),
    /// The text between a `}` and the next `${`.
    TemplateMiddle(u32),
    /// The text after a template's last `}`.
    TemplateTail(u32),
    /// A regular-expression literal: index into the regex table.
    Regex(u32),
}

impl Tok {
    /// How the token is written, for error messages ("unexpected `)`").
    pub fn describe(&self) -> &'static str {
        match self {
            Tok::BlockOpen | Tok::ObjectOpen => "`{`",
            Tok::RBrace => "`}`",
            Tok::LParen => "`(`",
            Tok::RParen => "`)`",
            Tok::LBracket => "`[`",
            Tok::RBracket => "`]`",
            Tok::Dot => "`.`",
            Tok::Ellipsis => "`...`",
            Tok::Semi => "`;`",
            Tok::Comma => "`,`",
            Tok::Lt => "`<`",
            Tok::Gt => "`>`",
            Tok::Le => "`<=`",
            Tok::Ge => "`>=`",
            Tok::EqEq => "`==`",
            Tok::NotEq => "`!=`",
            Tok::EqEqEq => "`===`",
            Tok::NotEqEq => "`!==`",
            Tok::Plus => "`+`",
            Tok::Minus => "`-`",
            Tok::Star => "`*`",
            Tok::Slash => "`/`",
            Tok::Percent => "`%`",
            Tok::StarStar => "`**`",
            Tok::PlusPlus => "`++`",
            Tok::MinusMinus => "`--`",
            Tok::Shl => "`<<`",
            Tok::Shr => "`>>`",
            Tok::UShr => "`>>>`",
            Tok::Amp => "`&`",
            Tok::Pipe => "`|`",
            Tok::Caret => "`^`",
            Tok::Bang => "`!`",
            Tok::Tilde => "`~`",
            Tok::AmpAmp => "`&&`",
            Tok::PipePipe => "`||`",
            Tok::Question => "`?`",
            Tok::Colon => "`:`",
            Tok::Assign => "`=`",
            Tok::PlusAssign => "`+=`",
            Tok::MinusAssign => "`-=`",
            Tok::StarAssign => "`*=`",
            Tok::SlashAssign => "`/=`",
            Tok::PercentAssign => "`%=`",
            Tok::StarStarAssign => "`**=`",
            Tok::ShlAssign => "`<<=`",
            Tok::ShrAssign => "`>>=`",
            Tok::UShrAssign => "`>>>=`",
            Tok::AmpAssign => "`&=`",
            Tok::PipeAssign => "`|=`",
            Tok::CaretAssign => "`^=`",
            Tok::Arrow => "`=>`",
            Tok::QuestionDot => "`?.`",
            Tok::QuestionQuestion => "`??`",
            Tok::LogicalAssign => "a logical assignment operator",
            Tok::Hash => "`#`",
            Tok::At => "`@`",
            Tok::Break => "`break`",
            Tok::Case => "`case`",
            Tok::Catch => "`catch`",
            Tok::Continue => "`continue`",
            Tok::Debugger => "`debugger`",
            Tok::Default => "`default`",
            Tok::Delete => "`delete`",
            Tok::Do => "`do`",
            Tok::Else => "`else`",
            Tok::Finally => "`finally`",
            Tok::For => "`for`",
            Tok::FunctionDecl | Tok::Function => "`function`",
            Tok::If => "`if`",
            Tok::In => "`in`",
            Tok::Instanceof => "`instanceof`",
            Tok::New => "`new`",
            Tok::Return => "`return`",
            Tok::Switch => "`switch`",
            Tok::This => "`this`",
            Tok::Throw => "`throw`",
            Tok::Try => "`try`",
            Tok::Typeof => "`typeof`",
            Tok::Var => "`var`",
            Tok::Void => "`void`",
            Tok::While => "`while`",
            Tok::With => "`with`",
            Tok::Null => "`null`",
            Tok::True => "`true`",
            Tok::False => "`false`",
            Tok::Const => "`const`",
            Tok::Let => "`let`",
            Tok::Class => "`class`",
            Tok::Enum => "`enum`",
            Tok::Export => "`export`",
            Tok::Extends => "`extends`",
            Tok::Import => "`import`",
            Tok::Super => "`super`",
            Tok::Implements => "`implements`",
            Tok::Interface => "`interface`",
            Tok::Package => "`package`",
            Tok::Private => "`private`",
            Tok::Protected => "`protected`",
            Tok::Public => "`public`",
            Tok::Static => "`static`",
            Tok::Yield => "`yield`",
            Tok::Await => "`await`",
            Tok::Async => "`async`",
            Tok::Get => "`get`",
            Tok::Set => "`set`",
            Tok::Ident(_) => "an identifier",
            Tok::EscapedKeyword(_) => "an escaped keyword",
            Tok::Number(_) => "a number",
            Tok::String(_) => "a string",
            Tok::TemplateFull(_) | Tok::TemplateHead(_) => "a template literal",
            Tok::TemplateMiddle(_) | Tok::TemplateTail(_) => "the rest of a template literal",
            Tok::Regex(_) => "a regular expression",
        }
    }

    /// Whether the token is `=` or an arithmetic, shift or bitwise compound
    /// assignment (`+=` … `^=`; not the logical ones, `&&=` `||=` `??=`).
    #[inline]
    pub fn is_assignment(&self) -> bool {
        matches!(
            self,
            Tok::Assign
                | Tok::PlusAssign
                | Tok::MinusAssign
                | Tok::StarAssign
                | Tok::SlashAssign
                | Tok::PercentAssign
                | Tok::StarStarAssign
                | Tok::ShlAssign
                | Tok::ShrAssign
                | Tok::UShrAssign
                | Tok::AmpAssign
                | Tok::PipeAssign
                | Tok::CaretAssign
        )
    }

    /// Whether the token is a binary operator written as a punctuator:
    /// comparison, arithmetic, shift, bitwise and logical (`??` included;
    /// not `in` and `instanceof`, which are words).
    #[inline]
    pub fn is_binary_operator(&self) -> bool {
        matches!(
            self,
            Tok::Lt
                | Tok::Gt
                | Tok::Le
                | Tok::Ge
                | Tok::EqEq
                | Tok::NotEq
                | Tok::EqEqEq
                | Tok::NotEqEq
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::Slash
                | Tok::Percent
                | Tok::StarStar
                | Tok::Shl
                | Tok::Shr
                | Tok::UShr
                | Tok::Amp
                | Tok::Pipe
                | Tok::Caret
                | Tok::AmpAmp
                | Tok::PipePipe
                | Tok::QuestionQuestion
        )
    }

    /// Whether the token is a reserved word or a contextual keyword:
    /// `self.keyword_name().is_some()`, without building the name.
    #[inline]
    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Catch
                | Tok::Continue
                | Tok::Debugger
                | Tok::Default
                | Tok::Delete
                | Tok::Do
                | Tok::Else
                | Tok::Finally
                | Tok::For
                | Tok::FunctionDecl
                | Tok::Function
                | Tok::If
                | Tok::In
                | Tok::Instanceof
                | Tok::New
                | Tok::Return
                | Tok::Switch
                | Tok::This
                | Tok::Throw
                | Tok::Try
                | Tok::Typeof
                | Tok::Var
                | Tok::Void
                | Tok::While
                | Tok::With
                | Tok::Null
                | Tok::True
                | Tok::False
                | Tok::Const
                | Tok::Let
                | Tok::Class
                | Tok::Enum
                | Tok::Export
                | Tok::Extends
                | Tok::Import
                | Tok::Super
                | Tok::Implements
                | Tok::Interface
                | Tok::Package
                | Tok::Private
                | Tok::Protected
                | Tok::Public
                | Tok::Static
                | Tok::Yield
                | Tok::Await
                | Tok::Async
                | Tok::Get
                | Tok::Set
        )
    }

    /// Whether the token is a reserved word that can still be a property name
    /// (`o.default`, `{ if: 1 }`), and its name.
    pub fn keyword_name(&self) -> Option<&'static str> {
        Some(match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Catch => "catch",
            Tok::Continue => "continue",
            Tok::Debugger => "debugger",
            Tok::Default => "default",
            Tok::Delete => "delete",
            Tok::Do => "do",
            Tok::Else => "else",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::FunctionDecl | Tok::Function => "function",
            Tok::If => "if",
            Tok::In => "in",
            Tok::Instanceof => "instanceof",
            Tok::New => "new",
            Tok::Return => "return",
            Tok::Switch => "switch",
            Tok::This => "this",
            Tok::Throw => "throw",
            Tok::Try => "try",
            Tok::Typeof => "typeof",
            Tok::Var => "var",
            Tok::Void => "void",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Null => "null",
            Tok::True => "true",
            Tok::False => "false",
            Tok::Const => "const",
            Tok::Let => "let",
            Tok::Class => "class",
            Tok::Enum => "enum",
            Tok::Export => "export",
            Tok::Extends => "extends",
            Tok::Import => "import",
            Tok::Super => "super",
            Tok::Implements => "implements",
            Tok::Interface => "interface",
            Tok::Package => "package",
            Tok::Private => "private",
            Tok::Protected => "protected",
            Tok::Public => "public",
            Tok::Static => "static",
            Tok::Yield => "yield",
            Tok::Await => "await",
            Tok::Async => "async",
            Tok::Get => "get",
            Tok::Set => "set",
            _ => return None,
        })
    }
}

/// A token with its position and the facts automatic semicolon insertion and
/// error messages need.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Token {
    /// What the token is.
    pub tok: Tok,
    /// Where it is, in bytes of the source. Inserted semicolons are empty.
    pub span: Span,
    /// A line terminator came between this token and the previous one.
    pub newline_before: bool,
    /// The token was inserted by automatic semicolon insertion.
    pub inserted: bool,
    /// If the parse fails at this token, a `;` may be inserted before it
    /// and the parse retried (ECMA-262 §12.9.1, rule 1 and the `do-while`
    /// rule): the token starts a line, is a `}`, or follows the `)` of a
    /// `while` header, in a statement list, after a token that is not `;`.
    pub may_insert_before: bool,
}

/// A regular-expression literal as written.
#[derive(Clone, Debug, PartialEq)]
pub struct RegexLiteral {
    /// The pattern between the slashes.
    pub pattern: String,
    /// The flags after the closing slash.
    pub flags: String,
}
