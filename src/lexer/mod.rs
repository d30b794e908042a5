//! The lexer: source text → a vector of [`Token`]s ready for the parser.
//!
//! Three parts work together:
//! - `raw`: the logos scanner for punctuators, keywords, ASCII
//!   identifiers, white space and comments;
//! - [`scan`]: hand-written scanners for strings, templates, numbers,
//!   regular expressions and non-ASCII or escaped identifiers;
//! - `reader`: the structural reader that decides regex-or-division,
//!   block-or-object and declaration-or-expression, and inserts semicolons.
//!
//! The output is a complete token vector rather than a stream: the parser
//! may re-run over it when automatic semicolon insertion needs a retry, and
//! contextual keywords (`async`, `get`, `set`) need a little lookahead.

mod raw;
mod reader;
pub mod scan;
pub mod token;

use crate::ast::{Interner, JsString, Literals};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::features::Runtime;
use crate::source::{LineIndex, Span};
use logos::Logos;
use raw::Raw;
use reader::{Mismatch, Reader};
use std::borrow::Cow;
pub use token::{RegexLiteral, Tok, Token};

/// The tokens of a source file and the tables their payloads index.
#[derive(Clone, Debug, Default)]
pub struct LexOutput {
    /// Every token in order, inserted semicolons included.
    pub tokens: Vec<Token>,
    /// String literal values, indexed by [`Tok::String`].
    pub strings: Literals,
    /// Numeric literal values, indexed by [`Tok::Number`].
    pub numbers: Vec<f64>,
    /// Cooked template parts, indexed by the template tokens.
    pub templates: Vec<JsString>,
    /// Regular-expression literals, indexed by [`Tok::Regex`].
    pub regexes: Vec<RegexLiteral>,
    /// Identifier names.
    pub names: Interner,
    /// A `;` may be inserted at the end of the input if the parse fails there.
    pub may_insert_at_end: bool,
    /// Length of the source in bytes.
    pub end: u32,
    /// The lexical error that stopped the lexer, if any; `tokens` then holds
    /// the tokens before it. The parser reports it only if it finds no error
    /// earlier in the source.
    pub error: Option<SyntaxError>,
}

/// Splits `src` into tokens for `runtime`. A lexical error stops the lexer;
/// it is returned in [`LexOutput::error`] with the tokens before it.
pub fn tokenize(src: &str, runtime: Runtime) -> LexOutput {
    if src.len() > u32::MAX as usize / 2 {
        return LexOutput {
            error: Some(SyntaxError::new(
                SyntaxErrorKind::Lexical,
                "source file too large",
                Span::default(),
            )),
            ..LexOutput::default()
        };
    }
    let mut lexer = Lexer {
        src,
        runtime,
        raw: Raw::lexer(src),
        base: 0,
        reader: Reader::new(),
        newline: false,
        after_while_header: false,
        out: LexOutput {
            tokens: Vec::with_capacity(src.len() / 4 + 8),
            // String literals take up to a third of a function's text (a
            // redirect table): one allocation each instead of a growth by
            // doubling from empty.
            strings: Literals::with_capacity(src.len() / 40 + 4, src.len() / 2),
            // A function has about one distinct name per hundred bytes.
            names: Interner::with_capacity(src.len() / 100 + 16, src.len() / 20 + 64),
            end: src.len() as u32,
            ..LexOutput::default()
        },
    };
    if let Err(error) = lexer.run() {
        lexer.out.may_insert_at_end = false;
        lexer.out.error = Some(error);
    }
    lexer.out
}

struct Lexer<'s> {
    src: &'s str,
    runtime: Runtime,
    /// The logos scanner, started at byte `base` of `src`.
    raw: logos::Lexer<'s, Raw>,
    base: usize,
    reader: Reader,
    /// A line terminator was seen since the last token.
    newline: bool,
    /// The last token was the `)` of a `while (...)` header.
    after_while_header: bool,
    out: LexOutput,
}

/// A significant raw token found by lookahead, with its absolute span and
/// whether a line break precedes it.
struct Peeked {
    raw: Option<Raw>,
    span: Span,
    newline: bool,
}

impl<'s> Lexer<'s> {
    fn run(&mut self) -> Result<(), SyntaxError> {
        while let Some(item) = self.raw.next() {
            let r = self.raw.span();
            let (start, end) = (self.base + r.start, self.base + r.end);
            match item {
                Ok(Raw::Newline) => self.newline = true,
                Ok(Raw::BlockComment) => {
                    let (after, newline) = scan::block_comment(self.src, start)?;
                    self.newline |= newline;
                    self.continue_at(after);
                }
                Ok(Raw::Simple(tok)) => self.simple(tok, start, end)?,
                Ok(Raw::Ident) => self.identifier(start, end)?,
                Ok(Raw::Slash | Raw::SlashAssign) if self.reader.regex_allowed() => {
                    let (pattern, flags, after) = scan::regex(self.src, start)?;
                    let idx = self.out.regexes.len() as u32;
                    self.out.regexes.push(RegexLiteral { pattern, flags });
                    self.emit(Tok::Regex(idx), start, after)?;
                    self.continue_at(after);
                }
                Ok(Raw::Slash) => self.emit(Tok::Slash, start, end)?,
                Ok(Raw::SlashAssign) => self.emit(Tok::SlashAssign, start, end)?,
                Ok(Raw::Quote) => {
                    let (lit, after) = scan::string(self.src, start, &mut self.out.strings)?;
                    self.emit(Tok::String(lit.0), start, after)?;
                    self.continue_at(after);
                }
                Ok(Raw::Backtick) => self.template(start, end, true)?,
                Ok(Raw::Number) => {
                    let (value, after) = scan::number(self.src, start, self.runtime)?;
                    let idx = self.out.numbers.len() as u32;
                    self.out.numbers.push(value);
                    self.emit(Tok::Number(idx), start, after)?;
                    self.continue_at(after);
                }
                Err(()) => self.other(start)?,
            }
        }
        self.finish()
    }

    /// Continues scanning from byte `pos`, with a new logos scanner.
    fn restart_at(&mut self, pos: usize) {
        self.base = pos;
        self.raw = Raw::lexer(&self.src[pos..]);
    }

    /// Continues scanning from byte `after`, the end of what a hand scanner
    /// read from the current raw token on: logos is told to take those
    /// bytes into the token, which costs far less than a new scanner.
    fn continue_at(&mut self, after: usize) {
        let end = self.base + self.raw.span().end;
        // `bump` panics past the end or inside a character; the scanners
        // stop at character boundaries, but a new scanner is the safe way
        // out if one did not.
        if after >= end && self.src.is_char_boundary(after) {
            self.raw.bump(after - end);
        } else {
            self.restart_at(after);
        }
    }

    fn simple(&mut self, tok: Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        if tok == Tok::RBrace && self.reader.in_template_substitution() {
            return self.template(start, end, false);
        }
        // `iffy`, `if\u0061`: a keyword followed by identifier characters is
        // an identifier.
        if tok.is_keyword() && self.continues_identifier(end) {
            return self.identifier(start, end);
        }
        self.emit(tok, start, end)
    }

    /// Whether the character at `pos` would continue an identifier.
    fn continues_identifier(&self, pos: usize) -> bool {
        // The byte tells for ASCII, the usual case: only a non-ASCII
        // character needs decoding.
        match self.src.as_bytes().get(pos) {
            Some(b'\\') => true,
            Some(&b) if !b.is_ascii() => self.src[pos..]
                .chars()
                .next()
                .is_some_and(scan::is_id_continue),
            _ => false,
        }
    }

    /// Finishes an identifier whose ASCII prefix spans `start..end`.
    fn identifier(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        // Most names are written plainly and are read where they stand.
        let (name, escaped, after) = if self.continues_identifier(end) || start == end {
            let (name, escaped, after) = scan::identifier(self.src, start, end)?;
            (Cow::Owned(name), escaped, after)
        } else {
            (Cow::Borrowed(&self.src[start..end]), false, end)
        };
        if after != end {
            self.continue_at(after);
        }
        // Logos matched every plainly written keyword already, so a name
        // spelling one here was written with escapes: only a property name
        // may be written so, which the grammar decides.
        if escaped && keyword_token(&name).is_some() {
            let tok = Tok::EscapedKeyword(self.out.names.intern(&name));
            return self.emit(tok, start, after);
        }
        let tok = match &*name {
            "async" if !escaped && self.async_starts_function(after) => Tok::Async,
            "get" if !escaped && self.accessor_follows(after) => Tok::Get,
            "set" if !escaped && self.accessor_follows(after) => Tok::Set,
            _ => Tok::Ident(self.out.names.intern(&name)),
        };
        self.emit(tok, start, after)
    }

    /// Scans a template part starting after the `` ` `` or `}` at
    /// `start..end` and emits it.
    fn template(&mut self, start: usize, end: usize, opening: bool) -> Result<(), SyntaxError> {
        let (cooked, ends, after) = scan::template_part(self.src, end)?;
        let idx = self.out.templates.len() as u32;
        self.out.templates.push(cooked);
        let tok = match (opening, ends) {
            (true, scan::TemplateEnd::Backtick) => Tok::TemplateFull(idx),
            (true, scan::TemplateEnd::Substitution) => Tok::TemplateHead(idx),
            (false, scan::TemplateEnd::Backtick) => Tok::TemplateTail(idx),
            (false, scan::TemplateEnd::Substitution) => Tok::TemplateMiddle(idx),
        };
        self.emit(tok, start, after)?;
        self.continue_at(after);
        Ok(())
    }

    /// Handles what logos does not know: non-ASCII white space and line
    /// terminators, identifiers starting with `\` or a non-ASCII letter, and
    /// stray characters.
    fn other(&mut self, start: usize) -> Result<(), SyntaxError> {
        let Some(c) = self.src[start..].chars().next() else {
            return Ok(());
        };
        let after = start + c.len_utf8();
        if scan::is_whitespace(c) {
            self.restart_at(after);
            Ok(())
        } else if scan::is_line_terminator(c) {
            self.newline = true;
            self.restart_at(after);
            Ok(())
        } else if c == '\\' || scan::is_id_start(c) {
            self.identifier(start, start)
        } else {
            let shown = if c.is_control() {
                format!("U+{:04X}", c as u32)
            } else {
                format!("`{c}`")
            };
            Err(SyntaxError::new(
                SyntaxErrorKind::Lexical,
                format!("invalid or unexpected character {shown}"),
                Span::new(start as u32, after as u32),
            ))
        }
    }

    /// Appends a token, inserting a semicolon before it when ASI says so.
    // Inlined into its callers: it runs once per token, and the call
    // itself (saving registers, returning the result through memory) cost
    // about fifteen instructions of each.
    #[inline(always)]
    fn emit(&mut self, tok: Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        let span = Span::new(start as u32, end as u32);
        if self.newline && self.reader.newline_forbidden() {
            return Err(SyntaxError::new(
                SyntaxErrorKind::Unexpected,
                "a line break is not allowed between `throw` and its expression",
                span,
            ));
        }
        if self.reader.insert_before(tok, self.newline) {
            self.push_inserted_semicolon();
        }
        let may_insert_before = self.reader.in_statement_list()
            && (self.newline || tok == Tok::RBrace || self.after_while_header)
            && !matches!(
                self.out.tokens.last(),
                None | Some(Token { tok: Tok::Semi, .. })
            );
        let closes_while = tok == Tok::RParen && self.reader.in_while_header();
        let tok = self
            .reader
            .next(tok, span, self.newline)
            .map_err(|m| self.mismatch(m, tok, span))?;
        self.out.tokens.push(Token {
            tok,
            span,
            newline_before: self.newline,
            inserted: false,
            may_insert_before,
        });
        self.newline = false;
        self.after_while_header = closes_while;
        Ok(())
    }

    fn push_inserted_semicolon(&mut self) {
        let at = self.out.tokens.last().map_or(0, |t| t.span.end);
        self.out.tokens.push(Token {
            tok: Tok::Semi,
            span: Span::new(at, at),
            newline_before: false,
            inserted: true,
            may_insert_before: false,
        });
        self.reader.inserted_semicolon();
    }

    fn finish(&mut self) -> Result<(), SyntaxError> {
        if self.reader.insert_at_end() {
            self.push_inserted_semicolon();
        }
        self.out.may_insert_at_end = self.reader.in_statement_list()
            && !matches!(
                self.out.tokens.last(),
                None | Some(Token { tok: Tok::Semi, .. })
            );
        if let Some((open, text)) = self.reader.unclosed() {
            let at = LineIndex::new(self.src).line_col(self.src, open.start);
            let close = match text {
                "(" => ")",
                "[" => "]",
                _ => "}",
            };
            let end = self.src.len() as u32;
            return Err(SyntaxError::new(
                SyntaxErrorKind::Unexpected,
                format!("unexpected end of input: missing `{close}` to close the `{text}` at {at}"),
                Span::new(end, end),
            ));
        }
        Ok(())
    }

    fn mismatch(&self, m: Mismatch, tok: Tok, span: Span) -> SyntaxError {
        let message = match (m.expected, m.open) {
            (Some(expected), Some(open)) => {
                let at = LineIndex::new(self.src).line_col(self.src, open.start);
                format!(
                    "unexpected {}: expected `{expected}` to close the bracket at {at}",
                    tok.describe()
                )
            }
            _ => format!("unexpected {}: nothing is open to close", tok.describe()),
        };
        SyntaxError::new(SyntaxErrorKind::Unexpected, message, span)
    }

    /// Finds the next significant raw token from byte `pos`, skipping white
    /// space and comments.
    fn peek(&self, mut pos: usize) -> Peeked {
        let mut newline = false;
        loop {
            let mut raw = Raw::lexer(&self.src[pos..]);
            loop {
                let Some(item) = raw.next() else {
                    let end = self.src.len() as u32;
                    return Peeked {
                        raw: None,
                        span: Span::new(end, end),
                        newline,
                    };
                };
                let r = raw.span();
                let span = Span::new((pos + r.start) as u32, (pos + r.end) as u32);
                match item {
                    Ok(Raw::Newline) => newline = true,
                    Ok(Raw::BlockComment) => match scan::block_comment(self.src, pos + r.start) {
                        Ok((after, nl)) => {
                            newline |= nl;
                            pos = after;
                            break;
                        }
                        Err(_) => {
                            return Peeked {
                                raw: None,
                                span,
                                newline,
                            };
                        }
                    },
                    Ok(other) => {
                        return Peeked {
                            raw: Some(other),
                            span,
                            newline,
                        };
                    }
                    Err(()) => {
                        let c = self.src[pos + r.start..].chars().next().unwrap_or(' ');
                        if scan::is_whitespace(c) || scan::is_line_terminator(c) {
                            newline |= scan::is_line_terminator(c);
                            pos += r.start + c.len_utf8();
                            break;
                        }
                        let raw = (c == '\\' || scan::is_id_start(c)).then_some(Raw::Ident);
                        return Peeked { raw, span, newline };
                    }
                }
            }
        }
    }

    /// `async` at `after` starts an async function or an async arrow: it is
    /// followed on the same line by `function`, by `ident =>`, or by a
    /// parenthesised list and `=>`.
    fn async_starts_function(&self, after: usize) -> bool {
        let next = self.peek(after);
        if next.newline {
            return false;
        }
        match next.raw {
            Some(Raw::Simple(Tok::Function)) => true,
            Some(Raw::Ident) => {
                let arrow = self.peek(next.span.end as usize);
                arrow.raw == Some(Raw::Simple(Tok::Arrow)) && !arrow.newline
            }
            Some(Raw::Simple(Tok::LParen)) => {
                let mut depth = 1u32;
                let mut pos = next.span.end as usize;
                while depth > 0 {
                    let t = self.peek(pos);
                    match t.raw {
                        Some(Raw::Simple(Tok::LParen)) => depth += 1,
                        Some(Raw::Simple(Tok::RParen)) => depth -= 1,
                        // Arrow parameters hold identifiers, commas, `...`
                        // and default values; give up on anything that
                        // needs hand scanning.
                        Some(Raw::Quote | Raw::Backtick | Raw::Slash | Raw::SlashAssign) | None => {
                            return false;
                        }
                        _ => {}
                    }
                    pos = t.span.end as usize;
                }
                let arrow = self.peek(pos);
                arrow.raw == Some(Raw::Simple(Tok::Arrow)) && !arrow.newline
            }
            _ => false,
        }
    }

    /// `get`/`set` at the start of an object-literal property introduce an
    /// accessor unless they are the property's own name (`{ get: 1 }`,
    /// `{ get() {} }`, `{ get, x }`).
    fn accessor_follows(&self, after: usize) -> bool {
        if !self.reader.at_property_start() {
            return false;
        }
        !matches!(
            self.peek(after).raw,
            None | Some(Raw::Simple(
                Tok::Colon | Tok::LParen | Tok::Comma | Tok::RBrace | Tok::Assign
            ))
        )
    }
}

/// Whether `name` is reserved in CloudFront code (strict mode, with
/// `await` reserved): it cannot be a binding name. `async`, `get`, `set`
/// and `of` are contextual words, not reserved.
pub fn is_reserved_word(name: &str) -> bool {
    keyword_token(name).is_some_and(|t| !matches!(t, Tok::Async | Tok::Get | Tok::Set))
}

/// The keyword token spelled `name`, if it is a reserved word.
fn keyword_token(name: &str) -> Option<Tok> {
    let mut raw = Raw::lexer(name);
    match (raw.next(), raw.next()) {
        (Some(Ok(Raw::Simple(tok))), None) if tok.keyword_name() == Some(name) => Some(tok),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
