//! edgefn runs Amazon CloudFront Functions outside CloudFront, with the same
//! semantics: the JavaScript subset of runtimes `cloudfront-js-1.0` and
//! `cloudfront-js-2.0`, on `viewer-request` and `viewer-response` events.
//!
//! The pipeline is source → [`lexer`] → [`parser`] → [`ast`]; see
//! `ARCHITECTURE.md` for the map.

pub mod ast;
pub mod error;
pub mod features;
pub mod lexer;
pub mod limits;
pub mod parser;
pub mod source;

pub use error::{CompileError, SyntaxError};
pub use features::Runtime;
pub use limits::Limits;

/// Checks a function's source the way CloudFront does when it is published:
/// within the code-size limit, and only syntax the runtime lists.
///
/// ```
/// use edgefn::{check_source, Limits, Runtime};
///
/// let src = "function handler(event) { return event.request }";
/// assert!(check_source(src, Runtime::Js1, &Limits::default()).is_ok());
///
/// let err = check_source("const x = 1", Runtime::Js1, &Limits::default()).unwrap_err();
/// assert!(err.to_string().contains("`const` declarations are not supported by cloudfront-js-1.0"));
/// ```
pub fn check_source(src: &str, runtime: Runtime, limits: &Limits) -> Result<ast::Program, CompileError> {
    if src.len() > limits.max_code_size {
        return Err(CompileError::CodeTooLarge {
            size: src.len(),
            limit: limits.max_code_size,
        });
    }
    Ok(parser::parse(src, runtime)?)
}
