//! `Promise` (ECMA-262 §27.2): the constructor, `then`/`catch`/`finally`,
//! `resolve`/`reject`, and in runtime 2.0 the combinators `all`,
//! `allSettled`, `any` and `race`.
//!
//! The combinators take an iterable; CloudFront's runtimes have no
//! iteration protocol for user code, so arrays and array-likes are read by
//! index.

use super::def;
use crate::features::Runtime;
use crate::heap::{Class, Key, ObjectData};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Throw, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.promise_proto;
    b.methods(proto, &[def("then", 2, then), def("catch", 1, catch), def("finally", 1, finally)]);
    let tag = b.intern("Promise");
    let to_string_tag = crate::heap::Key::Sym(b.symbols.to_string_tag);
    b.define(proto, to_string_tag, Value::String(tag), crate::heap::Attrs::CONFIGURABLE_ONLY);
    let ctor = b.constructor(def("Promise", 1, promise), proto);
    b.intrinsics.promise_ctor = ctor;
    b.methods(ctor, &[def("resolve", 1, resolve), def("reject", 1, reject)]);
    if b.runtime >= Runtime::Js2 {
        b.methods(
            ctor,
            &[def("all", 1, all), def("allSettled", 1, all_settled), def("any", 1, any), def("race", 1, race)],
        );
    }
    let settle = b.native(def("", 1, combinator_element));
    b.internal.combinator_element = settle;
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
    if let Err(e) = vm.call(executor, Value::Undefined, &[Value::Object(res), Value::Object(rej)]) {
        match e {
            Throw::Value(v) => {
                vm.call(Value::Object(rej), Value::Undefined, &[v])?;
            }
            fatal => return Err(fatal),
        }
    }
    Ok(Value::Object(p))
}

fn this_promise(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<ObjRef> {
    match call.this {
        Value::Object(o) if matches!(vm.heap().obj(o).class, Class::Promise(_)) => Ok(o),
        other => {
            let what = vm.describe(other);
            Err(vm.type_error(format!("Method Promise.prototype.{method} called on incompatible receiver {what}")))
        }
    }
}

fn then(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let p = this_promise(vm, &call, "then")?;
    let result = vm.new_promise()?;
    let on_f = if vm.is_callable(call.arg(0)) { call.arg(0) } else { Value::Undefined };
    let on_r = if vm.is_callable(call.arg(1)) { call.arg(1) } else { Value::Undefined };
    vm.promise_then(p, on_f, on_r, Some(result))?;
    Ok(Value::Object(result))
}

fn invoke_then(vm: &mut Vm, target: Value, on_f: Value, on_r: Value) -> JsResult<Value> {
    let then = vm.get(target, Key::Str(vm.realm().names.then))?;
    vm.call_checked(then, target, &[on_f, on_r], "then")
}

fn catch(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    invoke_then(vm, call.this, Value::Undefined, call.arg(0))
}

/// `finally(f)`: `f` runs on either outcome; the original outcome passes
/// through unless `f` throws.
fn finally(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let on_finally = call.arg(0);
    if !vm.is_callable(on_finally) {
        return invoke_then(vm, call.this, on_finally, on_finally);
    }
    let step = vm.realm().internal.finally_step;
    let proto = vm.realm().intrinsics.function_proto;
    // data = [onFinally, isRejection]
    let make = |vm: &mut Vm, rejected: bool| -> JsResult<Value> {
        let data = vm.new_array(&[on_finally, Value::Bool(rejected)])?;
        let class = Class::Native { id: step, data: Value::Object(data) };
        Ok(Value::Object(vm.heap_mut().alloc(ObjectData::new(class, Some(proto)))?))
    };
    let on_f = make(vm, false)?;
    let on_r = make(vm, true)?;
    invoke_then(vm, call.this, on_f, on_r)
}

/// `thenFinally`/`catchFinally` of `finally`: run `onFinally`, wait for
/// what it returns, then pass on the original value or reason.
fn finally_step(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(data) = call.data else { return Ok(Value::Undefined) };
    let on_finally = vm.get(Value::Object(data), Key::Index(0))?;
    let rejected = vm.get(Value::Object(data), Key::Index(1))?;
    let r = vm.call(on_finally, Value::Undefined, &[])?;
    let p = vm.promise_resolve(r)?;
    let thunk_data = vm.new_array(&[call.arg(0), rejected])?;
    let id = vm.realm().internal.finally_thunk;
    let proto = vm.realm().intrinsics.function_proto;
    let class = Class::Native { id, data: Value::Object(thunk_data) };
    let thunk = vm.heap_mut().alloc(ObjectData::new(class, Some(proto)))?;
    invoke_then(vm, Value::Object(p), Value::Object(thunk), Value::Undefined)
}

/// Returns the value (or throws the reason) `finally` passes through.
fn finally_thunk(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let value = vm.get(call.data, Key::Index(0))?;
    if vm.get(call.data, Key::Index(1))? == Value::Bool(true) {
        Err(Throw::Value(value))
    } else {
        Ok(value)
    }
}

fn resolve(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Object(vm.promise_resolve(call.arg(0))?))
}

fn reject(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let p = vm.new_promise()?;
    vm.reject_promise(p, call.arg(0))?;
    Ok(Value::Object(p))
}

/// The elements of a combinator's argument.
fn elements(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if !matches!(v, Value::Object(_)) {
        let what = vm.describe(v);
        return Err(vm.type_error(format!("{what} is not iterable")));
    }
    super::function::list_from_array_like(vm, v)
}

/// Which combinator an element callback belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    All,
    AllSettledFulfilled,
    AllSettledRejected,
    Any,
}

/// A combinator's shared state, kept in an array:
/// `[resultPromise, valuesArray, remaining, mode]`.
fn combinator(vm: &mut Vm, call: Call<'_>, mode: Mode) -> JsResult<Value> {
    let items = elements(vm, call.arg(0))?;
    let result = vm.new_promise()?;
    let values = vm.new_array(&vec![Value::Undefined; items.len()])?;
    let state = vm.new_array(&[Value::Object(result), Value::Object(values), Value::Number(items.len() as f64 + 1.0)])?;
    for (i, item) in items.into_iter().enumerate() {
        let p = vm.promise_resolve(item)?;
        let (on_f, on_r) = match mode {
            Mode::All => (element_fn(vm, state, i, Mode::All)?, Value::Undefined),
            Mode::AllSettledFulfilled | Mode::AllSettledRejected => (
                element_fn(vm, state, i, Mode::AllSettledFulfilled)?,
                element_fn(vm, state, i, Mode::AllSettledRejected)?,
            ),
            Mode::Any => (Value::Undefined, element_fn(vm, state, i, Mode::Any)?),
        };
        match mode {
            Mode::All => {
                let (_, rej) = vm.resolving_functions(result)?;
                vm.promise_then(p, on_f, Value::Object(rej), None)?;
            }
            Mode::Any => {
                let (res, _) = vm.resolving_functions(result)?;
                vm.promise_then(p, Value::Object(res), on_r, None)?;
            }
            _ => vm.promise_then(p, on_f, on_r, None)?,
        }
    }
    finish_element(vm, state, mode)?;
    Ok(Value::Object(result))
}

fn element_fn(vm: &mut Vm, state: ObjRef, index: usize, mode: Mode) -> JsResult<Value> {
    let id = vm.realm().internal.combinator_element;
    let proto = vm.realm().intrinsics.function_proto;
    let code = match mode {
        Mode::All => 0.0,
        Mode::AllSettledFulfilled => 1.0,
        Mode::AllSettledRejected => 2.0,
        Mode::Any => 3.0,
    };
    let data = vm.new_array(&[Value::Object(state), Value::Number(index as f64), Value::Number(code), Value::Bool(false)])?;
    let class = Class::Native { id, data: Value::Object(data) };
    Ok(Value::Object(vm.heap_mut().alloc(ObjectData::new(class, Some(proto)))?))
}

/// Decrements the remaining count; settles the result when it reaches 0.
fn finish_element(vm: &mut Vm, state: ObjRef, mode: Mode) -> JsResult<()> {
    let s = Value::Object(state);
    let count = vm_get(vm, s, 2)?;
    let remaining = vm.to_number(count)? - 1.0;
    vm.set(s, Key::Index(2), Value::Number(remaining))?;
    if remaining > 0.0 {
        return Ok(());
    }
    let Value::Object(result) = vm_get(vm, s, 0)? else { return Ok(()) };
    let values = vm_get(vm, s, 1)?;
    if mode == Mode::Any {
        let e = vm.make_error(ErrorKind::Error, "All promises were rejected")?;
        let errors = vm.heap_mut().intern_rust("errors")?;
        super::object::define_hidden(vm, e, Key::Str(errors), values)?;
        let name = vm.heap_mut().intern_rust("AggregateError")?;
        let name_key = Key::Str(vm.realm().names.name);
        super::object::define_hidden(vm, e, name_key, Value::String(name))?;
        vm.reject_promise(result, Value::Object(e))
    } else {
        vm.resolve_promise(result, values)
    }
}

fn vm_get(vm: &mut Vm, o: Value, i: u32) -> JsResult<Value> {
    vm.get(o, Key::Index(i))
}

/// The per-element callback of `all`, `allSettled` and `any`.
fn combinator_element(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let data = call.data;
    if vm_get(vm, data, 3)? == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    vm.set(data, Key::Index(3), Value::Bool(true))?;
    let state = vm_get(vm, data, 0)?;
    let Value::Object(state_obj) = state else { return Ok(Value::Undefined) };
    let index = vm_get(vm, data, 1)?;
    let index = vm.to_number(index)? as u32;
    let code = vm_get(vm, data, 2)?;
    let mode = match vm.to_number(code)? as u32 {
        0 => Mode::All,
        1 => Mode::AllSettledFulfilled,
        2 => Mode::AllSettledRejected,
        _ => Mode::Any,
    };
    let values = vm_get(vm, state, 1)?;
    let v = match mode {
        Mode::All | Mode::Any => call.arg(0),
        Mode::AllSettledFulfilled | Mode::AllSettledRejected => {
            let o = vm.new_object()?;
            let (status, field) = if mode == Mode::AllSettledFulfilled { ("fulfilled", "value") } else { ("rejected", "reason") };
            let s = vm.heap_mut().intern_rust(status)?;
            vm.put(o, "status", Value::String(s))?;
            vm.put(o, field, call.arg(0))?;
            Value::Object(o)
        }
    };
    vm.set(values, Key::Index(index), v)?;
    finish_element(vm, state_obj, mode)?;
    Ok(Value::Undefined)
}

fn all(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Mode::All)
}

fn all_settled(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Mode::AllSettledFulfilled)
}

fn any(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Mode::Any)
}

fn race(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let items = elements(vm, call.arg(0))?;
    let result = vm.new_promise()?;
    let (res, rej) = vm.resolving_functions(result)?;
    for item in items {
        let p = vm.promise_resolve(item)?;
        vm.promise_then(p, Value::Object(res), Value::Object(rej), None)?;
    }
    Ok(Value::Object(result))
}
