//! The built-in objects, one module per family. Each module declares its
//! functions as tables of `(name, length, implementation)` rows and installs
//! them into the realm being built (see `realm.rs`); nothing is built per
//! event.
//!
//! What each runtime exposes follows `features.rs` and the runtime pages
//! (`conformance/README.md`): a 1.0 function does not see 2.0-only globals.
//!
//! # Writing a built-in
//!
//! - A built-in is a [`crate::vm::NativeFn`]: `fn(&mut Vm, Call) ->
//!   JsResult<Value>`. `call.this`, `call.arg(i)`, `call.args`,
//!   `call.new_target` (Some when called with `new`), `call.data` (the
//!   value stored in the function object, for internal natives).
//! - Install with a table: `b.methods(proto, &[def("name", length, f), ...])`,
//!   `b.constructor(def("Name", length, f), proto)` (also makes the global),
//!   `b.value(...)`, `b.accessor(...)`, `b.symbol_method(...)`. Gate by
//!   runtime with `if b.runtime >= Runtime::Js2 { ... }`.
//! - Follow the specification's algorithm steps and their order of
//!   observable operations (ToString before ToNumber when the spec says so,
//!   getters called in order). Use the VM's abstract operations
//!   (`to_number`, `to_string`, `to_integer`, `to_length`, `to_object`,
//!   `relative_index`, `get`, `set`, `create_data_property_or_throw`,
//!   `own_keys`, `call`, `construct`, `same_value_zero`...) rather than
//!   re-implementing them.
//! - Errors: `vm.type_error(msg)`, `vm.range_error(msg)`,
//!   `vm.error(ErrorKind::X, msg)`; messages name the method and the value
//!   (`"String.prototype.repeat: count must be non-negative"`).
//! - Charge work: `vm.charge(n)?` with one step per element visited or
//!   callback made, and per 16 code units of string produced or scanned,
//!   so that no call does unbounded work for a constant price. Heap
//!   allocation is checked against the memory limit by the heap itself.
//! - Never `unwrap`/`expect`/index out of bounds on values that come from
//!   script code: every input is hostile.

mod array;
mod boolean;
pub(crate) mod buffer;
mod date;
mod error;
mod function;
mod global;
mod json;
mod math;
mod number;
mod object;
mod promise;
mod regexp;
mod string;
mod symbol;
mod text;
mod typed_array;
mod uri;

use crate::heap::{Class, Key};
use crate::realm::{NativeDef, RealmBuilder};
use crate::value::Value;
use crate::vm::{Call, JsResult, Vm};

pub(crate) use text::new_uint8_array;

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
    array::install(b);
    string::install(b);
    regexp::install(b);
    number::install(b);
    math::install(b);
    json::install(b);
    date::install(b);
    boolean::install(b);
    symbol::install(b);
    uri::install(b);
    text::install(b);
    typed_array::install(b);
    buffer::install(b);
    crate::modules::install(b);
    crate::runtime::install_host_builtins(b);
}

/// `this` as an object, or a TypeError naming the method.
#[inline]
pub fn this_object(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<crate::value::ObjRef> {
    match call.this {
        Value::Object(o) => Ok(o),
        Value::Undefined | Value::Null => {
            Err(vm.type_error(format!("{method} called on null or undefined")))
        }
        v => vm.to_object(v),
    }
}

/// The key for a property name known at build time.
pub fn name_key(vm: &mut Vm, name: &str) -> JsResult<Key> {
    Ok(vm.heap_mut().key_from_rust(name)?)
}
