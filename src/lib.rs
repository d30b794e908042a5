//! edgefn runs Amazon CloudFront Functions outside CloudFront, with the same
//! semantics: the JavaScript subset of runtimes `cloudfront-js-1.0` and
//! `cloudfront-js-2.0`, on `viewer-request` and `viewer-response` events.
//!
//! The pipeline is source → [`lexer`] → [`parser`] → [`ast`]; see
//! `ARCHITECTURE.md` for the map.

// The one exception, with its argument, is the dispatch loop's hold on
// its script (`vm/dispatch.rs`).
#![deny(unsafe_code)]

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod features;
pub mod heap;
pub mod http;
pub mod lexer;
pub mod limits;
pub mod modules;
pub mod number;
pub mod parser;
pub mod realm;
pub mod regex;
pub mod regexp;
pub mod runtime;
pub mod serve;
pub mod source;
pub mod value;
pub mod vm;

pub use error::{CompileError, SyntaxError};
pub use features::Runtime;
pub use limits::Limits;

use std::sync::Arc;

/// Checks a function's source the way CloudFront does when it is published:
/// within the code-size limit, and only syntax the runtime lists.
///
/// The tree it returns lives in `arena`.
///
/// ```
/// use edgefn::{ast::Arena, check_source, Limits, Runtime};
///
/// let arena = Arena::new();
/// let src = "function handler(event) { return event.request }";
/// assert!(check_source(src, Runtime::Js1, &Limits::default(), &arena).is_ok());
///
/// let err = check_source("const x = 1", Runtime::Js1, &Limits::default(), &arena).unwrap_err();
/// assert!(err.to_string().contains("`const` declarations are not supported by cloudfront-js-1.0"));
/// ```
pub fn check_source<'a>(
    src: &'a str,
    runtime: Runtime,
    limits: &Limits,
    arena: &'a ast::Arena,
) -> Result<ast::Program<'a>, CompileError> {
    if src.len() > limits.max_code_size {
        return Err(CompileError::CodeTooLarge {
            size: src.len(),
            limit: limits.max_code_size,
        });
    }
    Ok(parser::parse(src, runtime, arena)?)
}

/// A compiled function file: immutable, `Send + Sync`, shared by every
/// thread that runs it.
#[derive(Clone, Debug)]
pub struct CompiledScript {
    /// The bytecode.
    pub script: Arc<bytecode::Script>,
    /// The runtime's built-ins it was compiled against.
    pub realm: Arc<realm::Realm>,
}

/// Compiles a function file for `runtime`. `file` names it in error
/// locations.
pub fn compile(
    src: &str,
    runtime: Runtime,
    limits: &Limits,
    file: &str,
) -> Result<CompiledScript, CompileError> {
    let arena = ast::Arena::for_source(src);
    let program = check_source(src, runtime, limits, &arena)?;
    let realm = realm::Realm::get(runtime);
    let script = compiler::compile(&program, &realm.heap, Arc::from(src), Arc::from(file))
        .map_err(|e| CompileError::TooComplex {
            what: e.what,
            span: e.span,
        })?;
    Ok(CompiledScript {
        script: Arc::new(script),
        realm,
    })
}

impl CompiledScript {
    /// A VM for this script (one per thread; reuse it for every event).
    pub fn vm(&self, limits: &Limits) -> vm::Vm {
        vm::Vm::new(
            self.realm.clone(),
            self.script.clone(),
            limits.memory,
            limits.steps,
        )
    }
}

/// Whether `import ... from 'name'` is accepted by `runtime`: CloudFront
/// documents only `import cf from 'cloudfront'` (2.0).
pub(crate) fn modules_known(runtime: Runtime, name: &str) -> bool {
    runtime >= Runtime::Js2 && name == "cloudfront"
}

/// The object `import` binds for module `name`.
pub(crate) fn module_object(vm: &mut vm::Vm, name: &str) -> vm::JsResult<value::Value> {
    match name {
        "cloudfront" => Ok(value::Value::Object(
            vm.realm().intrinsics.cloudfront_module,
        )),
        _ => Err(vm.error(
            vm::ErrorKind::Error,
            format!("Cannot find module \"{name}\""),
        )),
    }
}
