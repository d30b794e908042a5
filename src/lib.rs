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
pub mod parser;
pub mod source;
