//! The structural reader: a small state machine that follows the token
//! stream closely enough to settle the questions an LR(1) grammar cannot.
//!
//! - Does a `/` start a regular expression or divide?
//! - Does a `{` open a statement list (block, function body) or an object
//!   literal? Does `function` start a declaration or an expression?
//! - Where does automatic semicolon insertion (ECMA-262 §7.9 / §12.9) put a
//!   `;`?
//!
//! It keeps a stack of open brackets, each marked with what opened it, and a
//! class for the previous token. The rules follow the "reader" approach of
//! hand-written JavaScript front ends: a `/` after an expression-ending token
//! divides, a `{` at the start of a statement opens a block, and so on. The
//! parser validates everything the reader decides; what the reader cannot
//! see (a `do ... while (x)` followed by a statement on the same line) is
//! handled by the parser's retry (see `parser`).

use super::token::Tok;
use crate::source::Span;

/// What a `(` opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ParenKind {
    /// The header of `if`, `while`, `for` or `with`: a statement follows.
    Header { is_while: bool },
    /// The header of `switch` or `catch`: a block follows.
    SwitchOrCatch,
    /// A function's parameter list; `decl` for declarations.
    Params { decl: bool },
    /// Grouping, call arguments, or arrow parameters.
    Expr,
}

/// What a `{` opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BraceKind {
    /// A block, a switch body, or a function declaration's body: its `}`
    /// ends a statement.
    Statements,
    /// The body of a function expression, getter or setter: its `}` ends an
    /// expression.
    FunctionExpr,
    /// The block body of an arrow function.
    ArrowBody,
    /// An object literal.
    Object,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FrameKind {
    Paren(ParenKind),
    Bracket,
    Brace(BraceKind),
    /// A template substitution `${ ... }`.
    Template,
    /// The top level of the file; never popped.
    Root,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    kind: FrameKind,
    /// Where the opening bracket is, for "unclosed" messages.
    open: Span,
    /// Unmatched `?` at this level: the next `:` belongs to a conditional.
    ternaries: u32,
    /// A `case`/`default` label is open: the next `:` at this level ends it.
    case_label: bool,
}

/// The class of the previous token: all the reader needs to know about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prev {
    /// A statement may start here: start of input, `;`, a block's `{` or
    /// `}`, a header's `)`, `else`, `do`, `try`, `finally`, a label's `:`.
    StmtStart,
    /// The token ends an expression (identifier, literal, `)`, `]`, an
    /// expression's `}`, postfix `++`). `paren` when it was a `)`.
    ExprEnd { paren: bool },
    /// The `}` of an arrow function's block body.
    ArrowEnd,
    /// The `)` of a function's parameter list.
    ParamsEnd { decl: bool },
    /// `return`, `break`, `continue`, `debugger` or the label after `break`
    /// or `continue`: a line break ends the statement, whatever follows.
    Restricted,
    /// `throw`: a line break after it is an error.
    Throw,
    /// Anything after which an expression may start.
    Operator,
}

/// A closing bracket that does not match the innermost open one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The bracket expected, as written (`")"`), or `None` when nothing is open.
    pub expected: Option<&'static str>,
    /// Where the unmatched opening bracket is.
    pub open: Option<Span>,
}

/// The reader's state; see the module documentation.
#[derive(Debug)]
pub struct Reader {
    stack: Vec<Frame>,
    /// Whether the innermost frame holds statements: kept with `stack`, as
    /// [`Reader::in_statement_list`] is asked at every line break.
    statements: bool,
    prev: Prev,
    /// The previous significant token.
    last: Option<Tok>,
    /// `function` was seen; the next `(` opens its parameters.
    pending_function: Option<bool>,
    /// The previous token is an identifier that started a statement, so a
    /// `:` now ends a label.
    label_candidate: bool,
    /// The previous token is `async` and it started a statement.
    async_at_statement_start: bool,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new()
    }
}

impl Reader {
    /// A reader at the start of a source file.
    pub fn new() -> Reader {
        let mut stack = Vec::with_capacity(32);
        stack.push(Frame {
            kind: FrameKind::Root,
            open: Span::default(),
            ternaries: 0,
            case_label: false,
        });
        Reader {
            stack,
            statements: true,
            prev: Prev::StmtStart,
            last: None,
            pending_function: None,
            label_candidate: false,
            async_at_statement_start: false,
        }
    }

    /// Whether a `/` here starts a regular expression.
    pub fn regex_allowed(&self) -> bool {
        matches!(
            self.prev,
            Prev::StmtStart | Prev::ArrowEnd | Prev::Operator | Prev::Throw
        ) || (self.prev == Prev::Restricted && self.last == Some(Tok::Return))
    }

    /// Whether the innermost open bracket holds statements (or nothing is
    /// open): the only places where a semicolon can be inserted.
    #[inline]
    pub fn in_statement_list(&self) -> bool {
        self.statements
    }

    /// Whether the previous token can end a statement, so that a `;` may be
    /// inserted before a `}` or the end of input.
    fn prev_can_end(&self) -> bool {
        matches!(
            self.prev,
            Prev::ExprEnd { .. } | Prev::ArrowEnd | Prev::Restricted
        )
    }

    /// Whether the innermost open bracket is a template substitution, so that
    /// a `}` resumes the template's text.
    pub fn in_template_substitution(&self) -> bool {
        matches!(self.stack.last(), Some(f) if f.kind == FrameKind::Template)
    }

    /// Whether the reader is at the start of a property in an object literal
    /// (where `get` and `set` may introduce accessors).
    pub fn at_property_start(&self) -> bool {
        matches!(self.stack.last(), Some(f) if f.kind == FrameKind::Brace(BraceKind::Object))
            && matches!(self.last, Some(Tok::ObjectOpen | Tok::Comma))
    }

    /// Whether a line break directly after the previous token is an error
    /// (`throw` followed by a new line).
    pub fn newline_forbidden(&self) -> bool {
        self.prev == Prev::Throw
    }

    /// Whether automatic semicolon insertion puts a `;` before `tok`.
    #[inline]
    pub fn insert_before(&self, tok: Tok, newline: bool) -> bool {
        if !self.in_statement_list() {
            return false;
        }
        if tok == Tok::RBrace {
            return self.prev_can_end();
        }
        // A `;` written on the next line ends the statement itself.
        if !newline || tok == Tok::Semi {
            return false;
        }
        match self.prev {
            Prev::Restricted => true,
            // `++`/`--` after a line break are prefix operators of the next
            // statement (the restricted postfix production).
            Prev::ExprEnd { .. } => {
                matches!(tok, Tok::PlusPlus | Tok::MinusMinus) || !continues(tok)
            }
            // An arrow function cannot be followed by an operator or a call;
            // only a `,` of an enclosing sequence continues it.
            Prev::ArrowEnd => tok != Tok::Comma,
            _ => false,
        }
    }

    /// Whether a `;` is inserted at the end of the input.
    pub fn insert_at_end(&self) -> bool {
        self.stack.len() == 1 && self.prev_can_end()
    }

    /// Records that a `;` was inserted.
    pub fn inserted_semicolon(&mut self) {
        self.prev = Prev::StmtStart;
        self.last = Some(Tok::Semi);
        self.label_candidate = false;
    }

    /// Takes in the next significant token and returns it with the
    /// distinctions only the reader can make: `{` becomes
    /// [`Tok::ObjectOpen`] in expressions, and `function` becomes
    /// [`Tok::FunctionDecl`] at the start of a statement.
    #[inline(always)]
    pub fn next(&mut self, tok: Tok, span: Span, newline: bool) -> Result<Tok, Mismatch> {
        // The commonest tokens change no more than the previous token's
        // class: read them here, the rest in `next_general`, which would
        // do the same with them.
        let prev = match tok {
            _ if is_plain_operator(tok) => Prev::Operator,
            Tok::Number(_) | Tok::String(_) | Tok::TemplateFull(_) | Tok::Regex(_) => {
                Prev::ExprEnd { paren: false }
            }
            Tok::Ident(_) => {
                let at_start = self.prev == Prev::StmtStart;
                self.prev = if matches!(self.last, Some(Tok::Break | Tok::Continue)) && !newline {
                    self.label_candidate = false;
                    Prev::Restricted
                } else {
                    self.label_candidate = at_start;
                    Prev::ExprEnd { paren: false }
                };
                self.last = Some(tok);
                return Ok(tok);
            }
            _ => return self.next_general(tok, span, newline),
        };
        self.label_candidate = false;
        self.prev = prev;
        self.last = Some(tok);
        Ok(tok)
    }

    /// [`Reader::next`] for any token.
    #[inline(always)]
    fn next_general(&mut self, tok: Tok, span: Span, newline: bool) -> Result<Tok, Mismatch> {
        let was_label_candidate = std::mem::take(&mut self.label_candidate);
        let at_start = self.prev == Prev::StmtStart;
        // A reserved word after `.` or as an object key is just a name:
        // `o.if / 2` divides, `{ function: 1 }` declares nothing.
        if tok.is_keyword() && (self.last == Some(Tok::Dot) || self.at_property_start()) {
            self.prev = Prev::ExprEnd { paren: false };
            self.last = Some(tok);
            return Ok(tok);
        }
        let mut out = tok;
        self.prev = match tok {
            Tok::LParen => {
                let kind = match self.last {
                    Some(Tok::If | Tok::For | Tok::With) => ParenKind::Header { is_while: false },
                    Some(Tok::While) => ParenKind::Header { is_while: true },
                    Some(Tok::Switch | Tok::Catch) => ParenKind::SwitchOrCatch,
                    _ => match self.pending_function.take() {
                        Some(decl) => ParenKind::Params { decl },
                        None => ParenKind::Expr,
                    },
                };
                self.push(FrameKind::Paren(kind), span);
                Prev::Operator
            }
            Tok::LBracket => {
                self.push(FrameKind::Bracket, span);
                Prev::Operator
            }
            Tok::BlockOpen => {
                let kind = match self.prev {
                    Prev::StmtStart | Prev::ParamsEnd { decl: true } => BraceKind::Statements,
                    Prev::ParamsEnd { decl: false } | Prev::ExprEnd { paren: true } => {
                        BraceKind::FunctionExpr
                    }
                    _ if self.last == Some(Tok::Arrow) => BraceKind::ArrowBody,
                    // An identifier or literal directly before `{` is an
                    // error; reading a block keeps the parser's message simple.
                    Prev::ExprEnd { paren: false } | Prev::ArrowEnd => BraceKind::Statements,
                    _ => BraceKind::Object,
                };
                self.push(FrameKind::Brace(kind), span);
                if kind == BraceKind::Object {
                    out = Tok::ObjectOpen;
                    Prev::Operator
                } else {
                    Prev::StmtStart
                }
            }
            Tok::RParen => match self.pop(FrameKind::Paren(ParenKind::Expr))? {
                FrameKind::Paren(ParenKind::Header { .. } | ParenKind::SwitchOrCatch) => {
                    Prev::StmtStart
                }
                FrameKind::Paren(ParenKind::Params { decl }) => Prev::ParamsEnd { decl },
                _ => Prev::ExprEnd { paren: true },
            },
            Tok::RBracket => {
                self.pop(FrameKind::Bracket)?;
                Prev::ExprEnd { paren: false }
            }
            Tok::RBrace => match self.pop(FrameKind::Brace(BraceKind::Statements))? {
                FrameKind::Brace(BraceKind::Statements) => Prev::StmtStart,
                FrameKind::Brace(BraceKind::ArrowBody) => Prev::ArrowEnd,
                _ => Prev::ExprEnd { paren: false },
            },
            Tok::TemplateHead(_) => {
                self.push(FrameKind::Template, span);
                Prev::Operator
            }
            Tok::TemplateMiddle(_) => Prev::Operator,
            Tok::TemplateTail(_) => {
                self.pop(FrameKind::Template)?;
                Prev::ExprEnd { paren: false }
            }
            Tok::Function => {
                let decl =
                    at_start || (self.last == Some(Tok::Async) && self.async_at_statement_start);
                self.pending_function = Some(decl);
                if decl {
                    out = Tok::FunctionDecl;
                }
                Prev::Operator
            }
            Tok::Async => {
                self.async_at_statement_start = at_start;
                Prev::Operator
            }
            Tok::Semi => {
                if self.in_statement_list() {
                    Prev::StmtStart
                } else {
                    Prev::Operator
                }
            }
            Tok::Colon => self.colon(was_label_candidate),
            Tok::Question => {
                if let Some(f) = self.stack.last_mut() {
                    f.ternaries += 1;
                }
                Prev::Operator
            }
            // A clause label starts a statement; `default` elsewhere is a
            // property name (`{ default: 1 }`, `o.default`).
            Tok::Case | Tok::Default if at_start => {
                self.set_case_label();
                Prev::Operator
            }
            Tok::PlusPlus | Tok::MinusMinus => match self.prev {
                Prev::ExprEnd { .. } if !newline => Prev::ExprEnd { paren: false },
                _ => Prev::Operator,
            },
            // `catch` is normally followed by `(`; a `{` right after it
            // (optional catch binding) is a block.
            Tok::Else | Tok::Do | Tok::Try | Tok::Catch | Tok::Finally => Prev::StmtStart,
            Tok::Return | Tok::Break | Tok::Continue | Tok::Debugger => Prev::Restricted,
            Tok::Throw => Prev::Throw,
            Tok::Ident(_) if matches!(self.last, Some(Tok::Break | Tok::Continue)) && !newline => {
                Prev::Restricted
            }
            Tok::Ident(_) | Tok::EscapedKeyword(_) => {
                self.label_candidate = at_start;
                Prev::ExprEnd { paren: false }
            }
            Tok::This
            | Tok::Null
            | Tok::True
            | Tok::False
            | Tok::Super
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::TemplateFull(_)
            | Tok::Regex(_) => Prev::ExprEnd { paren: false },
            _ => Prev::Operator,
        };
        self.last = Some(out);
        Ok(out)
    }

    fn colon(&mut self, label: bool) -> Prev {
        let top_is_statements = self.in_statement_list();
        let Some(f) = self.stack.last_mut() else {
            return Prev::Operator;
        };
        if f.ternaries > 0 {
            f.ternaries -= 1;
            Prev::Operator
        } else if f.case_label {
            f.case_label = false;
            Prev::StmtStart
        } else if label && top_is_statements {
            Prev::StmtStart
        } else {
            Prev::Operator
        }
    }

    fn set_case_label(&mut self) {
        if let Some(f) = self.stack.last_mut() {
            f.case_label = true;
        }
    }

    #[inline]
    fn push(&mut self, kind: FrameKind, open: Span) {
        self.statements = holds_statements(kind);
        self.stack.push(Frame {
            kind,
            open,
            ternaries: 0,
            case_label: false,
        });
    }

    /// Pops the innermost frame if it is of the same bracket family as
    /// `want`, and returns its exact kind.
    #[inline]
    fn pop(&mut self, want: FrameKind) -> Result<FrameKind, Mismatch> {
        let same_family =
            |k: FrameKind| std::mem::discriminant(&k) == std::mem::discriminant(&want);
        match self.stack.last() {
            Some(f) if f.kind != FrameKind::Root && same_family(f.kind) => {
                let kind = f.kind;
                self.stack.pop();
                self.statements = self.stack.last().is_none_or(|f| holds_statements(f.kind));
                Ok(kind)
            }
            Some(f) if f.kind != FrameKind::Root => Err(Mismatch {
                expected: Some(match f.kind {
                    FrameKind::Paren(_) => ")",
                    FrameKind::Bracket => "]",
                    _ => "}",
                }),
                open: Some(f.open),
            }),
            _ => Err(Mismatch {
                expected: None,
                open: None,
            }),
        }
    }

    /// The innermost bracket still open at the end of the input.
    pub fn unclosed(&self) -> Option<(Span, &'static str)> {
        let f = self.stack.last().filter(|f| f.kind != FrameKind::Root)?;
        let text = match f.kind {
            FrameKind::Paren(_) => "(",
            FrameKind::Bracket => "[",
            FrameKind::Template => "${",
            _ => "{",
        };
        Some((f.open, text))
    }

    /// Whether the innermost open bracket is the `( ... )` of a `while`
    /// header: used to mark the `)` that may end a `do ... while`.
    pub fn in_while_header(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(f) if f.kind == FrameKind::Paren(ParenKind::Header { is_while: true })
        )
    }
}

/// Whether a frame of `kind` holds statements.
#[inline]
fn holds_statements(kind: FrameKind) -> bool {
    matches!(
        kind,
        FrameKind::Root
            | FrameKind::Brace(
                BraceKind::Statements | BraceKind::FunctionExpr | BraceKind::ArrowBody
            )
    )
}

/// Whether `tok` is a punctuator after which an expression may start and
/// which [`Reader::next_general`] reads as no more than that: it leaves
/// the brackets, labels, conditionals and pending functions alone.
#[inline(always)]
fn is_plain_operator(tok: Tok) -> bool {
    tok.is_binary_operator()
        || tok.is_assignment()
        || matches!(
            tok,
            Tok::Dot
                | Tok::Ellipsis
                | Tok::Comma
                | Tok::Bang
                | Tok::Tilde
                | Tok::LogicalAssign
                | Tok::Arrow
                | Tok::QuestionDot
                | Tok::Hash
                | Tok::At
        )
}

/// Whether `tok`, at the start of a line after an expression, continues that
/// expression (so no semicolon is inserted before it).
fn continues(tok: Tok) -> bool {
    tok.is_binary_operator()
        || tok.is_assignment()
        || matches!(
            tok,
            Tok::LParen
                | Tok::LBracket
                | Tok::Dot
                | Tok::QuestionDot
                | Tok::Comma
                | Tok::Question
                | Tok::Colon
                | Tok::LogicalAssign
                | Tok::In
                | Tok::Instanceof
                | Tok::TemplateFull(_)
                | Tok::TemplateHead(_)
        )
}
