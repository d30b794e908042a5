//! Compile-time errors: what the front end reports about a source file.
//!
//! Every error has a span; [`SyntaxError::render`] prints it the way rustc
//! does (message, `file:line:column`, the source line and a caret), and
//! [`SyntaxError::headline`] gives the one-line `FILE:line:column: SyntaxError:
//! message` form the CLI writes to stderr.

use crate::features::{Feature, Runtime};
use crate::source::{LineCol, LineIndex, Span};
use std::fmt;

/// Why a source was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// A character sequence that is no token (unterminated string, bad escape...).
    Lexical,
    /// A token the grammar does not allow where it stands.
    Unexpected,
    /// Syntax that exists in JavaScript but that the runtime does not list.
    Unsupported(Feature),
    /// A rule ECMAScript checks before running (duplicate `let`, `break`
    /// outside a loop, strict-mode restrictions...).
    Early,
}

/// A source file the parser refused, with the place and the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The category.
    pub kind: SyntaxErrorKind,
    /// What is wrong, in words.
    pub message: String,
    /// Where: usually the offending token.
    pub span: Span,
    /// The offending token as written, when there is one.
    pub token: Option<String>,
}

impl SyntaxError {
    /// A new error; `token` is filled in by [`SyntaxError::with_source`].
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            span,
            token: None,
        }
    }

    /// An error for syntax the runtime does not list.
    pub fn unsupported(feature: Feature, runtime: Runtime, span: Span) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::Unsupported(feature),
            feature.unsupported_message(runtime),
            span,
        )
    }

    /// Records the text of the offending token from `src`.
    pub fn with_source(mut self, src: &str) -> SyntaxError {
        if self.token.is_none() && !self.span.is_empty() {
            let start = self.span.start as usize;
            let end = (self.span.end as usize).min(src.len());
            if let Some(text) = src.get(start..end) {
                let text: String = text.chars().take(40).collect();
                self.token = Some(text);
            }
        }
        self
    }

    /// Line and column of the error's start in `src`.
    pub fn location(&self, src: &str) -> LineCol {
        LineIndex::new(src).line_col(src, self.span.start)
    }

    /// `file:line:column: SyntaxError: message`
    pub fn headline(&self, src: &str, file: &str) -> String {
        format!(
            "{file}:{}: SyntaxError: {}",
            self.location(src),
            self.message
        )
    }

    /// The headline followed by the source line and a caret under the span.
    pub fn render(&self, src: &str, file: &str) -> String {
        let index = LineIndex::new(src);
        let at = index.line_col(src, self.span.start);
        let line = index.line_text(src, at.line);
        let gutter = at.line.to_string().len();
        let caret_col = at.column as usize - 1;
        let width = {
            let end = index.line_col(src, self.span.end);
            if end.line == at.line {
                (end.column as usize)
                    .saturating_sub(at.column as usize)
                    .max(1)
            } else {
                line.chars().count().saturating_sub(caret_col).max(1)
            }
        };
        // Tabs keep their width so the caret stays under the token.
        let pad: String = line
            .chars()
            .take(caret_col)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{file}:{at}: SyntaxError: {msg}\n{blank:gutter$} |\n{num} | {line}\n{blank:gutter$} | {pad}{carets}\n",
            msg = self.message,
            blank = "",
            num = at.line,
            carets = "^".repeat(width),
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SyntaxError: {}", self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Why a function could not be compiled.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileError {
    /// The source is not a program the runtime accepts.
    Syntax(SyntaxError),
    /// The source is larger than the code-size limit (CloudFront: 10 KB).
    CodeTooLarge {
        /// Size of the source in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A function exceeds what the instruction format can address (more
    /// than 65,000 registers...).
    TooComplex {
        /// What overflowed.
        what: &'static str,
        /// Where.
        span: Span,
    },
    /// The file defines no `handler` function at its top level.
    NoHandler,
    /// An `import` names a module the runtime does not have.
    UnknownModule {
        /// The module specifier.
        name: String,
        /// Where it is written.
        span: Span,
    },
}

impl CompileError {
    /// One line for a terminal: `file:line:column: SyntaxError: ...` or the
    /// size message.
    pub fn headline(&self, src: &str, file: &str) -> String {
        match self {
            CompileError::Syntax(e) => e.headline(src, file),
            CompileError::CodeTooLarge { .. } | CompileError::NoHandler => {
                format!("{file}: {self}")
            }
            CompileError::TooComplex { span, .. } | CompileError::UnknownModule { span, .. } => {
                format!(
                    "{file}:{}: {self}",
                    LineIndex::new(src).line_col(src, span.start)
                )
            }
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Syntax(e) => e.fmt(f),
            CompileError::CodeTooLarge { size, limit } => write!(
                f,
                "CodeSizeError: the function is {size} bytes, over the {limit}-byte limit"
            ),
            CompileError::TooComplex { what, .. } => {
                write!(f, "CompileError: function too complex: {what}")
            }
            CompileError::NoHandler => {
                f.write_str("CompileError: the function must define `function handler(event)`")
            }
            CompileError::UnknownModule { name, .. } => {
                write!(
                    f,
                    "SyntaxError: cannot import module {name:?}: only 'cloudfront' can be imported"
                )
            }
        }
    }
}

impl std::error::Error for CompileError {}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> CompileError {
        CompileError::Syntax(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_points_at_the_token() {
        let src = "var a = 1;\nfoo(a, ];\n";
        let err = SyntaxError::new(
            SyntaxErrorKind::Unexpected,
            "unexpected `]`",
            Span::new(18, 19),
        );
        assert_eq!(
            err.render(src, "f.js"),
            "f.js:2:8: SyntaxError: unexpected `]`\n  |\n2 | foo(a, ];\n  |        ^\n"
        );
        assert_eq!(
            err.headline(src, "f.js"),
            "f.js:2:8: SyntaxError: unexpected `]`"
        );
    }
}
