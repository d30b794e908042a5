//! The built-in objects, one module per family. Each module declares its
//! functions as tables of `(name, length, implementation)` rows and installs
//! them into the realm being built (see `realm.rs`); nothing is built per
//! event.
//!
//! What each runtime exposes follows `features.rs` and the runtime pages
//! (`conformance/README.md`): a 1.0 function does not see 2.0-only globals.

mod error;
mod function;
mod global;
mod object;
mod promise;

use crate::heap::{Class, Key};
use crate::realm::{NativeDef, RealmBuilder};
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm};

/// A table row: a native function with its name and `length`.
pub const fn def(name: &'static str, length: u32, f: crate::vm::NativeFn) -> NativeDef {
    NativeDef { name, length, f }
}

/// Installs every built-in into the realm being built.
pub fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let empty = b.names.empty;
    b.intrinsics.array_proto = b.object_of(Class::Array, Some(object_proto));
    b.intrinsics.string_proto = b.object_of(Class::StringBox(empty), Some(object_proto));
    b.intrinsics.number_proto = b.object_of(Class::NumberBox(0.0), Some(object_proto));
    b.intrinsics.boolean_proto = b.object_of(Class::BooleanBox(false), Some(object_proto));
    b.intrinsics.symbol_proto = b.object(Some(object_proto));
    b.intrinsics.regexp_proto = b.object(Some(object_proto));
    b.intrinsics.date_proto = b.object(Some(object_proto));
    b.intrinsics.promise_proto = b.object(Some(object_proto));
    let resolve = b.native(def("", 1, crate::vm::resolve_function));
    let reject = b.native(def("", 1, crate::vm::reject_function));
    b.internal.promise_resolvers = (resolve, reject);
    object::install(b);
    function::install(b);
    error::install(b);
    global::install(b);
    promise::install(b);
}

/// `this` as an object, or a TypeError naming the method.
pub fn this_object(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<crate::value::ObjRef> {
    match call.this {
        Value::Undefined | Value::Null => {
            Err(vm.type_error(format!("{method} called on null or undefined")))
        }
        v => vm.to_object(v),
    }
}

/// The key for a property name known at build time.
pub fn name_key(vm: &mut Vm, name: &str) -> JsResult<Key> {
    let s = vm.heap_mut().intern_rust(name)?;
    Ok(vm.heap_mut().key_for(s)?)
}
