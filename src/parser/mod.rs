//! The parser: tokens → [`Program`], through the LALRPOP grammar in
//! `grammar/javascript.lalrpop`.
//!
//! This module is the glue around the generated parser:
//! - it feeds the lexer's token vector to the grammar;
//! - it finishes automatic semicolon insertion: the lexer inserts the
//!   semicolons it can see, and when the parse stops at a token where
//!   ECMA-262 §12.9 allows one (after a line break, before `}`, at the end,
//!   after the `)` of `do ... while`), a `;` is inserted and the parse
//!   retried, a bounded number of times;
//! - it turns LALRPOP's errors into [`SyntaxError`]s that say in words what
//!   was expected, and that name unsupported features (see `unsupported`);
//! - it runs the early-error checks (`early`).

pub mod build;
mod early;
mod expected;
mod unsupported;

use crate::ast::{Arena, FunctionBody, Interner, Program, Stmt, StmtKind};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::features::Runtime;
use crate::lexer::{self, Tok, Token};
use crate::source::Span;
use build::Ctx;
use lalrpop_util::ParseError;

#[allow(
    clippy::all,
    clippy::pedantic,
    missing_docs,
    unused_parens,
    unused_imports
)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/javascript.rs"));
}

/// How many times a failed parse may be retried with an inserted semicolon.
/// Each retry re-reads the token vector; the lexer inserts nearly all
/// semicolons itself, so real code needs retries only for `do ... while (x)`
/// followed by a statement on the same line.
const MAX_ASI_RETRIES: usize = 64;

/// Parses `src` as a function file for `runtime`, building the tree in
/// `arena`.
pub fn parse<'a>(
    src: &'a str,
    runtime: Runtime,
    arena: &'a Arena,
) -> Result<Program<'a>, SyntaxError> {
    parse_inner(src, runtime, arena).map_err(|e| e.with_source(src))
}

fn parse_inner<'a>(
    src: &'a str,
    runtime: Runtime,
    arena: &'a Arena,
) -> Result<Program<'a>, SyntaxError> {
    let mut lexed = lexer::tokenize(src, runtime);
    let lex_error = lexed.error.take();
    let ctx = Ctx::new(runtime, src, &mut lexed, arena);
    let parser = grammar::ScriptParser::new();
    let mut tokens = std::mem::take(&mut lexed.tokens);
    let mut first_error: Option<SyntaxError> = None;
    let mut retries = 0;
    let body = loop {
        let result = parser.parse(
            &ctx,
            tokens
                .iter()
                .map(|t| Ok::<_, SyntaxError>((t.span.start, t.tok, t.span.end))),
        );
        // A lexical error cut the tokens short: the parser ran out of input
        // at it, so it is the first error in the source.
        if let Some(e) = &lex_error {
            if matches!(result, Ok(_) | Err(ParseError::UnrecognizedEof { .. })) {
                return Err(e.clone());
            }
        }
        let err = match result {
            Ok(body) if !inserted_empty_statement(body) => break body,
            Ok(_) => {
                return Err(first_error.unwrap_or_else(|| {
                    SyntaxError::new(
                        SyntaxErrorKind::Unexpected,
                        "unexpected token",
                        Span::default(),
                    )
                }));
            }
            Err(e) => e,
        };
        let retry_at = match &err {
            ParseError::UnrecognizedToken {
                token: (l, tok, _), ..
            } => find_token(&tokens, *l, *tok).filter(|&i| tokens[i].may_insert_before),
            ParseError::UnrecognizedEof { .. } if lexed.may_insert_at_end => {
                lexed.may_insert_at_end = false;
                Some(tokens.len())
            }
            _ => None,
        };
        let error = convert(err, &tokens, &ctx.names(), lexed.end, runtime);
        let error = match first_error.take() {
            // A retry that fails no further on than the error it tried to
            // fix was no progress: report the original error.
            Some(first) if error.span.start <= first.span.start => first,
            _ => error,
        };
        match retry_at {
            Some(i) if retries < MAX_ASI_RETRIES => {
                retries += 1;
                let at = if i == 0 { 0 } else { tokens[i - 1].span.end };
                tokens.insert(
                    i,
                    Token {
                        tok: Tok::Semi,
                        span: Span::new(at, at),
                        newline_before: false,
                        inserted: true,
                        may_insert_before: false,
                    },
                );
                first_error = Some(error);
            }
            _ => return Err(error),
        }
    };
    let (names, literals) = ctx.into_tables();
    let mut program = Program {
        body,
        runtime,
        span: Span::new(0, src.len() as u32),
        names,
        literals,
        regexes: Vec::new(),
    };
    program.regexes = early::check(&program)?;
    Ok(program)
}

/// The index of the token at byte `start` that is `tok`.
fn find_token(tokens: &[Token], start: u32, tok: Tok) -> Option<usize> {
    let from = tokens.partition_point(|t| t.span.start < start);
    tokens[from..]
        .iter()
        .take_while(|t| t.span.start == start)
        .position(|t| t.tok == tok)
        .map(|p| from + p)
}

/// Turns a LALRPOP error into a [`SyntaxError`].
fn convert(
    err: ParseError<u32, Tok, SyntaxError>,
    tokens: &[Token],
    names: &Interner,
    end: u32,
    runtime: Runtime,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new(
            SyntaxErrorKind::Lexical,
            "invalid token",
            Span::new(location, location + 1),
        ),
        ParseError::UnrecognizedEof { location, expected } => {
            let end = end.max(location);
            SyntaxError::new(
                SyntaxErrorKind::Unexpected,
                format!("unexpected end of input{}", expected::phrase(&expected)),
                Span::new(end, end),
            )
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            if let Tok::EscapedKeyword(name) = tok {
                return SyntaxError::new(
                    SyntaxErrorKind::Lexical,
                    format!(
                        "keyword `{}` must not contain escaped characters",
                        names.resolve(name)
                    ),
                    Span::new(l, r),
                );
            }
            let index = find_token(tokens, l, tok);
            if let Some(error) =
                index.and_then(|i| unsupported::name_feature(tokens, i, names, runtime))
            {
                return error;
            }
            let inserted = index.is_some_and(|i| tokens[i].inserted);
            let (what, span) = if inserted {
                // An inserted `;` is where a line ended: point at what follows.
                let next = index.and_then(|i| tokens.get(i + 1));
                match next {
                    Some(t) => (format!("line break before {}", t.tok.describe()), t.span),
                    None => ("end of input".to_string(), Span::new(r, r)),
                }
            } else {
                (describe_token(tok, names), Span::new(l, r))
            };
            SyntaxError::new(
                SyntaxErrorKind::Unexpected,
                format!("unexpected {what}{}", expected::phrase(&expected)),
                span,
            )
        }
        ParseError::ExtraToken { token: (l, tok, r) } => SyntaxError::new(
            SyntaxErrorKind::Unexpected,
            format!("unexpected {}", describe_token(tok, names)),
            Span::new(l, r),
        ),
    }
}

/// Names a token for a message, with the identifier's name when it is one.
fn describe_token(tok: Tok, names: &Interner) -> String {
    match tok {
        Tok::Ident(name) => format!("identifier `{}`", names.resolve(name)),
        other => match other.keyword_name() {
            Some(word) if reserved_in_strict(word) => format!("reserved word `{word}`"),
            _ => other.describe().to_string(),
        },
    }
}

/// Words that are reserved only in strict code (which CloudFront code always is).
fn reserved_in_strict(word: &str) -> bool {
    matches!(
        word,
        "implements"
            | "interface"
            | "let"
            | "package"
            | "private"
            | "protected"
            | "public"
            | "static"
            | "yield"
            | "await"
    )
}

/// Whether a semicolon inserted by a parse retry ended up as an empty
/// statement, which §12.9 forbids (`if (a)\n}` must not become `if (a);}`).
fn inserted_empty_statement(body: &[Stmt]) -> bool {
    body.iter().any(stmt_has_inserted_empty)
}

fn stmt_has_inserted_empty(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Empty => s.span.is_empty(),
        StmtKind::Block(b) => inserted_empty_statement(b),
        StmtKind::If { cons, alt, .. } => {
            stmt_has_inserted_empty(cons) || alt.as_deref().is_some_and(stmt_has_inserted_empty)
        }
        StmtKind::For { body, .. }
        | StmtKind::ForIn { body, .. }
        | StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Labeled { body, .. } => stmt_has_inserted_empty(body),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            inserted_empty_statement(block)
                || handler
                    .as_ref()
                    .is_some_and(|h| inserted_empty_statement(h.body))
                || finalizer.as_deref().is_some_and(inserted_empty_statement)
        }
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| inserted_empty_statement(c.body)),
        StmtKind::Function(f) => match &f.body {
            FunctionBody::Block(b) => inserted_empty_statement(b),
            FunctionBody::Expr(_) => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests;
