//! The built-in modules a function can load (§4 of the CloudFront notes):
//! `crypto` and `querystring` in both runtimes, and the `require` global
//! that returns them.
//!
//! Each module object is built once, with the realm; `require(name)`
//! returns that same object on every call. A function that patches a
//! module (`require('crypto').createHash = ...`) changes only its own
//! event's copy, through the heap's copy-on-write of realm objects.
//!
//! ES `import x from 'crypto'` (2.0) is the compiler's business: it can
//! ask [`module_object`] for the object to bind.

mod crypto;
mod querystring;

use crate::builtins::def;
use crate::heap::Attrs;
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Vm};

/// The module objects and the parts of them the engine needs to find again
/// (kept in [`crate::realm::Intrinsics`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct ModuleObjects {
    /// `require('crypto')`
    pub crypto: ObjRef,
    /// The prototype of the objects `crypto.createHash` returns.
    pub hash_proto: ObjRef,
    /// The prototype of the objects `crypto.createHmac` returns.
    pub hmac_proto: ObjRef,
    /// `require('querystring')`
    pub querystring: ObjRef,
    /// The built-in `querystring.escape`, which `stringify` recognises.
    pub qs_escape: ObjRef,
    /// The built-in `querystring.unescape`, which `parse` recognises.
    pub qs_unescape: ObjRef,
}

/// Builds the module objects and installs `require`.
pub fn install(b: &mut RealmBuilder) {
    crypto::install(b);
    querystring::install(b);
    let require_fn = b.function(def("require", 1, require), false);
    b.global_value("require", Value::Object(require_fn), Attrs::HIDDEN);
}

/// The object of built-in module `name` in the VM's runtime, if the
/// runtime has that module: what `require(name)` returns and what
/// `import x from 'name'` binds.
pub fn module_object(vm: &Vm, name: &str) -> Option<Value> {
    let m = vm.realm().intrinsics.modules;
    match name {
        "crypto" => Some(Value::Object(m.crypto)),
        "querystring" => Some(Value::Object(m.querystring)),
        _ => None,
    }
}

/// `require(name)`. As in njs: without an argument it is a TypeError;
/// otherwise the argument is converted with ToString (so `require(5)`
/// looks for a module named "5"), and an unknown name is an `Error`
/// (`Cannot find module "fs"`).
fn require(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    // A module object is the realm's; a name given as an object with a
    // `toString` runs code, which stops the prelude copy on its own.
    vm.note_constant_call();
    if call.args.is_empty() {
        return Err(vm.type_error("missing path"));
    }
    let name = vm.to_string(call.arg(0))?;
    let name = vm.heap().to_rust_string(name);
    match module_object(vm, &name) {
        Some(m) => Ok(m),
        None => Err(vm.error(ErrorKind::Error, format!("Cannot find module \"{name}\""))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Limits, Runtime, compile};

    #[test]
    fn module_objects_exist_in_both_runtimes() {
        for runtime in Runtime::ALL {
            let c = compile("var x = 1;", runtime, &Limits::default(), "t.js").unwrap();
            let vm = c.vm(&Limits::default());
            let crypto = module_object(&vm, "crypto").unwrap();
            let qs = module_object(&vm, "querystring").unwrap();
            assert_ne!(crypto, qs);
            assert_eq!(module_object(&vm, "crypto"), Some(crypto));
            assert_eq!(module_object(&vm, "fs"), None);
            assert_eq!(module_object(&vm, "Crypto"), None);
        }
    }
}
