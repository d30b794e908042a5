//! Naming what the parser stopped at.
//!
//! The grammar holds only the syntax the runtimes list, so a function that
//! uses a class, a destructuring or `for...of` makes the parse stop at a
//! token the grammar does not expect there. This module looks at that token
//! and its neighbours and, when they are the mark of a known feature, turns
//! "unexpected `{`" into "destructuring is not supported by
//! cloudfront-js-2.0". It also words a few strict-mode errors that show up
//! as parse failures (`with`, declarations where only a statement may go).

use crate::ast::Interner;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::features::{Feature, Runtime};
use crate::lexer::{Tok, Token};

/// The error for the parse stopping at `tokens[i]`, if the token marks a
/// feature the runtime lacks or a strict-mode restriction.
pub fn name_feature(
    tokens: &[Token],
    i: usize,
    names: &Interner,
    runtime: Runtime,
) -> Option<SyntaxError> {
    let t = tokens.get(i)?;
    let prev = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .filter(|p| !p.inserted);
    let prev_tok = prev.map(|p| p.tok);
    let feature = |f: Feature| Some(SyntaxError::unsupported(f, runtime, t.span));
    let early = |message: &str| Some(SyntaxError::new(SyntaxErrorKind::Early, message, t.span));
    let opener = innermost_open(tokens, i);
    let opener_tok = opener.map(|o| tokens[o].tok);
    match t.tok {
        Tok::Class | Tok::Extends | Tok::Super => feature(Feature::Classes),
        Tok::QuestionDot => feature(Feature::OptionalChaining),
        Tok::QuestionQuestion => feature(Feature::NullishCoalescing),
        Tok::LogicalAssign => feature(Feature::LogicalAssignment),
        Tok::Hash => feature(Feature::PrivateNames),
        Tok::At => feature(Feature::Decorators),
        Tok::Export => feature(Feature::Export),
        Tok::Import if runtime == Runtime::Js1 => feature(Feature::Import),
        Tok::Import => early("`import` declarations may only appear at the top level of the file"),
        Tok::Yield => feature(Feature::Generators),
        Tok::Star if matches!(prev_tok, Some(Tok::Function | Tok::FunctionDecl)) => {
            feature(Feature::Generators)
        }
        Tok::Star if opener_tok == Some(Tok::ObjectOpen) && at_property_start(prev_tok) => {
            feature(Feature::Generators)
        }
        Tok::Ellipsis => feature(Feature::Spread),
        Tok::Let | Tok::Const if runtime == Runtime::Js1 => feature(if t.tok == Tok::Let {
            Feature::Let
        } else {
            Feature::Const
        }),
        Tok::Let | Tok::Const => early(
            "lexical declarations cannot appear in a single-statement context (wrap them in a block)",
        ),
        Tok::FunctionDecl => early(
            "in strict mode, functions can only be declared at the top level or directly inside a block",
        ),
        Tok::With => early("`with` statements are not allowed in strict mode"),
        Tok::Ident(name) if names.resolve(name) == "of" && opens_for_header(tokens, opener) => {
            feature(Feature::ForOf)
        }
        Tok::ObjectOpen | Tok::LBracket
            if matches!(prev_tok, Some(Tok::Var | Tok::Let | Tok::Const))
                || (matches!(prev_tok, Some(Tok::LParen | Tok::Comma))
                    && opens_params(tokens, opener))
                || (prev_tok == Some(Tok::LParen)
                    && opener.is_some_and(|o| o > 0 && tokens[o - 1].tok == Tok::Catch)) =>
        {
            feature(Feature::Destructuring)
        }
        Tok::Assign if matches!(prev_tok, Some(Tok::Ident(_))) && opens_params(tokens, opener) => {
            feature(Feature::DefaultParameters)
        }
        Tok::BlockOpen if prev_tok == Some(Tok::Catch) => feature(Feature::OptionalCatchBinding),
        Tok::StarStar => early(
            "the left side of `**` cannot be a unary expression: add parentheses, as in `(-a) ** b`",
        ),
        tok if tok.is_assignment()
            && prev.is_some_and(|p| ends_expression(p.tok))
            && opener_tok != Some(Tok::ObjectOpen) =>
        {
            early(
                "invalid assignment target: the left side of an assignment must be a variable or a property",
            )
        }
        Tok::TemplateFull(_) | Tok::TemplateHead(_)
            if prev.is_some_and(|p| ends_expression(p.tok)) =>
        {
            feature(Feature::TaggedTemplates)
        }
        _ if opener_tok == Some(Tok::ObjectOpen) => in_object_literal(tokens, i, names, runtime),
        _ => None,
    }
}

/// Features recognisable inside an object literal.
fn in_object_literal(
    tokens: &[Token],
    i: usize,
    names: &Interner,
    runtime: Runtime,
) -> Option<SyntaxError> {
    let t = &tokens[i];
    let prev = tokens.get(i.checked_sub(1)?)?.tok;
    let before_prev = i.checked_sub(2).map(|p| tokens[p].tok);
    let feature = |f: Feature| Some(SyntaxError::unsupported(f, runtime, t.span));
    let key_at_start = is_property_key(prev) && at_property_start(before_prev);
    match t.tok {
        Tok::LBracket if at_property_start(Some(prev)) => feature(Feature::ComputedKeys),
        Tok::LBracket if matches!(prev, Tok::Get | Tok::Set) => feature(Feature::ComputedKeys),
        Tok::LParen if key_at_start => feature(Feature::ShorthandMethods),
        // `{ async f() {} }`
        Tok::Ident(_)
            if key_at_start && matches!(prev, Tok::Ident(n) if names.resolve(n) == "async") =>
        {
            feature(Feature::ShorthandMethods)
        }
        Tok::Comma | Tok::RBrace | Tok::Assign if key_at_start && matches!(prev, Tok::Ident(_)) => {
            feature(Feature::ShorthandProperties)
        }
        _ => None,
    }
}

fn at_property_start(prev: Option<Tok>) -> bool {
    matches!(prev, Some(Tok::ObjectOpen | Tok::Comma))
}

fn is_property_key(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Ident(_) | Tok::EscapedKeyword(_) | Tok::String(_) | Tok::Number(_)
    ) || tok.keyword_name().is_some()
}

/// Whether `tok` can end an expression (so a template after it is a tag).
fn ends_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Ident(_)
            | Tok::RParen
            | Tok::RBracket
            | Tok::RBrace
            | Tok::This
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::TemplateFull(_)
            | Tok::TemplateTail(_)
            | Tok::Regex(_)
    )
}

/// The index of the innermost bracket still open before `tokens[i]`.
fn innermost_open(tokens: &[Token], i: usize) -> Option<usize> {
    let mut depth = 0u32;
    for j in (0..i.min(tokens.len())).rev() {
        match tokens[j].tok {
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::TemplateTail(_) => depth += 1,
            Tok::TemplateMiddle(_) if depth == 0 => return Some(j),
            Tok::LParen
            | Tok::LBracket
            | Tok::BlockOpen
            | Tok::ObjectOpen
            | Tok::TemplateHead(_) => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Whether the bracket at `open` is the `(` of a `for` header.
fn opens_for_header(tokens: &[Token], open: Option<usize>) -> bool {
    open.is_some_and(|o| tokens[o].tok == Tok::LParen && o > 0 && tokens[o - 1].tok == Tok::For)
}

/// Whether the bracket at `open` is the `(` of a function's parameters.
fn opens_params(tokens: &[Token], open: Option<usize>) -> bool {
    let Some(o) = open else { return false };
    if tokens[o].tok != Tok::LParen || o == 0 {
        return false;
    }
    match tokens[o - 1].tok {
        Tok::Function | Tok::FunctionDecl => true,
        Tok::Ident(_) => o >= 2 && matches!(tokens[o - 2].tok, Tok::Function | Tok::FunctionDecl),
        _ => false,
    }
}
