//! `Promise` (ECMA-262 §27.2): the constructor, `then`/`catch`/`finally`,
//! `resolve`/`reject`, and in runtime 2.0 the combinators `all`,
//! `allSettled`, `any` and `race` (`combinators.rs`, which iterate their
//! argument as `iteration.rs` explains).
//!
//! The statics make their promises with their `this` value
//! (NewPromiseCapability), so they work with any constructor that calls
//! its executor the way `Promise` does, and refuse a `this` that is not a
//! constructor. For `%Promise%` itself they take a shortcut nothing can
//! observe: `Promise.prototype` cannot be replaced and the executor is
//! internal.
//!
//! CloudFront lists no `Symbol.species`, and this realm has no `@@species`
//! getters, so SpeciesConstructor (in `then` and `finally`) always ends at
//! `%Promise%` once the `constructor` lookup and its type check are done,
//! as in `RegExp.prototype[@@split]` and the array methods.
//!
//! The functions made while running (resolving, executor, element and
//! `finally` functions) come from `Vm::new_builtin_function`: own `length`
//! then `name`, no `prototype`, not constructors. The capability executor,
//! the element functions and `finally`'s thrower share one native, told
//! apart by the [`Helper`] code at the start of their data record.

mod combinators;
mod iteration;

use super::def;
use crate::features::Runtime;
use crate::heap::{Class, Key, ObjectData};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, JsResult, Throw, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.promise_proto;
    b.methods(
        proto,
        &[
            def("then", 2, then),
            def("catch", 1, catch),
            def("finally", 1, finally),
        ],
    );
    let tag = b.intern("Promise");
    let to_string_tag = Key::Sym(b.symbols.to_string_tag);
    b.define(
        proto,
        to_string_tag,
        Value::String(tag),
        crate::heap::Attrs::CONFIGURABLE_ONLY,
    );
    let ctor = b.constructor(def("Promise", 1, promise), proto);
    b.intrinsics.promise_ctor = ctor;
    b.methods(
        ctor,
        &[def("resolve", 1, resolve), def("reject", 1, reject)],
    );
    if b.runtime >= Runtime::Js2 {
        b.methods(
            ctor,
            &[
                def("all", 1, combinators::all),
                def("allSettled", 1, combinators::all_settled),
                def("any", 1, combinators::any),
                def("race", 1, combinators::race),
            ],
        );
    }
    b.internal.combinator_element = b.native(def("", 1, helper));
    b.internal.finally_step = b.native(def("", 1, finally_step));
    b.internal.finally_thunk = b.native(def("", 0, finally_thunk));
}

fn promise(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(nt) = call.new_target else {
        return Err(vm.type_error("Promise constructor cannot be invoked without 'new'"));
    };
    let executor = call.arg(0);
    if !vm.is_callable(executor) {
        let what = vm.describe(executor);
        return Err(vm.type_error(format!("Promise resolver {what} is not a function")));
    }
    let fallback = vm.realm().intrinsics.promise_proto;
    let proto = match vm.get(Value::Object(nt), Key::Str(vm.realm().names.prototype))? {
        Value::Object(p) => p,
        _ => fallback,
    };
    let p = vm.new_promise_with_proto(proto)?;
    let (res, rej) = vm.resolving_functions(p)?;
    if let Err(e) = vm.call(
        executor,
        Value::Undefined,
        &[Value::Object(res), Value::Object(rej)],
    ) {
        match e {
            Throw::Value(v) => {
                vm.call(Value::Object(rej), Value::Undefined, &[v])?;
            }
            fatal => return Err(fatal),
        }
    }
    Ok(Value::Object(p))
}

// --- internal records and capabilities ---------------------------------------

/// An internal record: values in the element run of an object no script
/// can reach (the data of the functions made while running).
fn record(vm: &mut Vm, values: &[Value]) -> JsResult<ObjRef> {
    let mut data = ObjectData::new(Class::Ordinary, None);
    data.elems = vm.heap_mut().alloc_values(values)?;
    Ok(vm.heap_mut().alloc(data)?)
}

/// Field `i` of a record (`undefined` past its end).
fn field(vm: &Vm, r: ObjRef, i: usize) -> Value {
    vm.heap()
        .elems(r)
        .get(i)
        .copied()
        .unwrap_or(Value::Undefined)
}

/// Stores field `i` of a record (ignored past its end).
fn set_field(vm: &mut Vm, r: ObjRef, i: usize, v: Value) -> JsResult<()> {
    if i < vm.heap().elems(r).len() {
        vm.heap_mut().set_elem_at(r, i, v)?;
    }
    Ok(())
}

/// The record in a function's data, if it has one.
fn data_record(call: &Call<'_>) -> Option<ObjRef> {
    match call.data {
        Value::Object(r) => Some(r),
        _ => None,
    }
}

/// What a function made by [`helper`] does: field 0 of its data record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Helper {
    /// GetCapabilitiesExecutor: `[code, resolve, reject]`.
    Executor,
    /// `Promise.all`'s resolve element function (`combinators.rs` has the
    /// layout of element records).
    AllResolve,
    /// `Promise.allSettled`'s resolve and reject element functions, which
    /// share one record.
    AllSettled,
    /// `Promise.any`'s reject element function.
    AnyReject,
    /// `finally`'s `thrower`: `[code, reason]`.
    Thrower,
}

impl Helper {
    /// Every helper, in the order of their codes.
    const ALL: [Helper; 5] = [
        Helper::Executor,
        Helper::AllResolve,
        Helper::AllSettled,
        Helper::AnyReject,
        Helper::Thrower,
    ];

    fn code(self) -> Value {
        Value::Number(self as u8 as f64)
    }

    fn from_code(v: Value) -> Option<Helper> {
        match v {
            Value::Number(n) if n >= 0.0 => Helper::ALL.get(n as usize).copied(),
            _ => None,
        }
    }
}

/// The native behind the capability executor, the element functions and
/// `finally`'s thrower.
fn helper(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(r) = data_record(&call) else {
        return Ok(Value::Undefined);
    };
    match Helper::from_code(field(vm, r, 0)) {
        Some(Helper::Executor) => capability_executor(vm, r, &call),
        Some(Helper::Thrower) => Err(Throw::Value(field(vm, r, 1))),
        Some(kind) => combinators::element(vm, kind, r, &call),
        None => Ok(Value::Undefined),
    }
}

/// A PromiseCapability record: a promise and the functions that settle it.
#[derive(Clone, Copy, Debug)]
struct Capability {
    promise: Value,
    resolve: Value,
    reject: Value,
}

impl Capability {
    /// `Call(capability.[[Resolve]], undefined, « v »)`.
    fn resolve(self, vm: &mut Vm, v: Value) -> JsResult<Value> {
        vm.call(self.resolve, Value::Undefined, &[v])
    }

    /// `Call(capability.[[Reject]], undefined, « e »)`.
    fn reject(self, vm: &mut Vm, e: Value) -> JsResult<Value> {
        vm.call(self.reject, Value::Undefined, &[e])
    }

    /// IfAbruptRejectPromise: a thrown value rejects the promise, which is
    /// then the result; engine limits pass through.
    fn reject_abrupt(self, vm: &mut Vm, thrown: Throw) -> JsResult<Value> {
        match thrown {
            Throw::Value(e) => {
                self.reject(vm, e)?;
                Ok(self.promise)
            }
            fatal => Err(fatal),
        }
    }
}

/// Whether `c` is `%Promise%`.
fn is_intrinsic(vm: &Vm, c: Value) -> bool {
    c == Value::Object(vm.realm().intrinsics.promise_ctor)
}

/// NewPromiseCapability(C); `method` words the error for a non-object `C`.
fn new_capability(vm: &mut Vm, c: Value, method: &str) -> JsResult<Capability> {
    if is_intrinsic(vm, c) {
        let p = vm.new_promise()?;
        let (resolve, reject) = vm.resolving_functions(p)?;
        return Ok(Capability {
            promise: Value::Object(p),
            resolve: Value::Object(resolve),
            reject: Value::Object(reject),
        });
    }
    if !matches!(c, Value::Object(_)) {
        return Err(vm.type_error(format!("{method} called on non-object")));
    }
    if !vm.is_constructor(c) {
        let what = vm.describe(c);
        return Err(vm.type_error(format!("{what} is not a constructor")));
    }
    let r = record(
        vm,
        &[Helper::Executor.code(), Value::Undefined, Value::Undefined],
    )?;
    let id = vm.realm().internal.combinator_element;
    let executor = vm.new_builtin_function(id, Value::Object(r), 2)?;
    let promise = vm.construct(c, &[Value::Object(executor)], None)?;
    let (resolve, reject) = (field(vm, r, 1), field(vm, r, 2));
    if !vm.is_callable(resolve) || !vm.is_callable(reject) {
        return Err(vm.type_error("Promise resolve or reject function is not callable"));
    }
    Ok(Capability {
        promise,
        resolve,
        reject,
    })
}

/// GetCapabilitiesExecutor: keeps the functions it is first given.
fn capability_executor(vm: &mut Vm, r: ObjRef, call: &Call<'_>) -> JsResult<Value> {
    if field(vm, r, 1) != Value::Undefined || field(vm, r, 2) != Value::Undefined {
        return Err(
            vm.type_error("Promise executor has already been invoked with non-undefined arguments")
        );
    }
    set_field(vm, r, 1, call.arg(0))?;
    set_field(vm, r, 2, call.arg(1))?;
    Ok(Value::Undefined)
}

/// SpeciesConstructor(o, %Promise%) without `@@species` (module comment):
/// the `constructor` lookup and its check, whose answer is `%Promise%`.
fn species_constructor(vm: &mut Vm, o: Value) -> JsResult<()> {
    let c = vm.get(o, Key::Str(vm.realm().names.constructor))?;
    if !matches!(c, Value::Undefined | Value::Object(_)) {
        return Err(vm.type_error("The .constructor property is not an object"));
    }
    Ok(())
}

/// `Invoke(target, "then", args)`.
fn invoke_then(vm: &mut Vm, target: Value, args: &[Value]) -> JsResult<Value> {
    let then = vm.get(target, Key::Str(vm.realm().names.then))?;
    vm.call(then, target, args)
}

// --- Promise.prototype -------------------------------------------------------

fn this_promise(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<ObjRef> {
    match call.this {
        Value::Object(o) if matches!(vm.heap().obj(o).class, Class::Promise(_)) => Ok(o),
        other => {
            let what = vm.describe(other);
            Err(vm.type_error(format!(
                "Method Promise.prototype.{method} called on incompatible receiver {what}"
            )))
        }
    }
}

/// `then(onFulfilled, onRejected)`: the derived promise comes from
/// `%Promise%` (see SpeciesConstructor above), so it is settled directly by
/// the reaction job rather than through resolving functions.
fn then(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let p = this_promise(vm, &call, "then")?;
    species_constructor(vm, Value::Object(p))?;
    let result = vm.new_promise()?;
    let on_f = if vm.is_callable(call.arg(0)) {
        call.arg(0)
    } else {
        Value::Undefined
    };
    let on_r = if vm.is_callable(call.arg(1)) {
        call.arg(1)
    } else {
        Value::Undefined
    };
    vm.promise_then(p, on_f, on_r, Some(result))?;
    Ok(Value::Object(result))
}

fn catch(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    invoke_then(vm, call.this, &[Value::Undefined, call.arg(0)])
}

/// `finally(onFinally)`: `onFinally` runs on either outcome; the original
/// outcome passes through unless `onFinally` throws or returns a promise
/// that rejects.
fn finally(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if !matches!(call.this, Value::Object(_)) {
        return Err(vm.type_error("Promise.prototype.finally called on non-object"));
    }
    species_constructor(vm, call.this)?;
    let on_finally = call.arg(0);
    if !vm.is_callable(on_finally) {
        return invoke_then(vm, call.this, &[on_finally, on_finally]);
    }
    // thenFinally and catchFinally share the record `[onFinally,
    // catchFinally]`; each tells which it is by comparing itself with it.
    let r = record(vm, &[on_finally, Value::Undefined])?;
    let id = vm.realm().internal.finally_step;
    let then_finally = vm.new_builtin_function(id, Value::Object(r), 1)?;
    let catch_finally = vm.new_builtin_function(id, Value::Object(r), 1)?;
    set_field(vm, r, 1, Value::Object(catch_finally))?;
    invoke_then(
        vm,
        call.this,
        &[Value::Object(then_finally), Value::Object(catch_finally)],
    )
}

/// `thenFinally`/`catchFinally`: run `onFinally`, wait for what it
/// returns, then pass on the original value (through a `valueThunk`, whose
/// data is the value) or reason (through a `thrower`).
fn finally_step(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(r) = data_record(&call) else {
        return Ok(Value::Undefined);
    };
    let on_finally = field(vm, r, 0);
    let rejected = field(vm, r, 1) == Value::Object(call.callee);
    let result = vm.call(on_finally, Value::Undefined, &[])?;
    let p = vm.promise_resolve(result)?;
    let thunk = if rejected {
        let thrower = record(vm, &[Helper::Thrower.code(), call.arg(0)])?;
        let id = vm.realm().internal.combinator_element;
        vm.new_builtin_function(id, Value::Object(thrower), 0)?
    } else {
        let id = vm.realm().internal.finally_thunk;
        vm.new_builtin_function(id, call.arg(0), 0)?
    };
    invoke_then(vm, Value::Object(p), &[Value::Object(thunk)])
}

/// `valueThunk`: returns the value `finally` passes on.
fn finally_thunk(_vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(call.data)
}

// --- Promise.resolve and Promise.reject --------------------------------------

/// `Promise.resolve(x)`: PromiseResolve(this, x).
fn resolve(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let c = call.this;
    let x = call.arg(0);
    if is_intrinsic(vm, c) {
        return Ok(Value::Object(vm.promise_resolve(x)?));
    }
    if !matches!(c, Value::Object(_)) {
        return Err(vm.type_error("PromiseResolve called on non-object"));
    }
    if let Value::Object(o) = x {
        if matches!(vm.heap().obj(o).class, Class::Promise(_)) {
            let x_ctor = vm.get(x, Key::Str(vm.realm().names.constructor))?;
            if vm.same_value(x_ctor, c) {
                return Ok(x);
            }
        }
    }
    let cap = new_capability(vm, c, "PromiseResolve")?;
    cap.resolve(vm, x)?;
    Ok(cap.promise)
}

/// `Promise.reject(r)`.
fn reject(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let c = call.this;
    if is_intrinsic(vm, c) {
        let p = vm.new_promise()?;
        vm.reject_promise(p, call.arg(0))?;
        return Ok(Value::Object(p));
    }
    let cap = new_capability(vm, c, "PromiseReject")?;
    cap.reject(vm, call.arg(0))?;
    Ok(cap.promise)
}
