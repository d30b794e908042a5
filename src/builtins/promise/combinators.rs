//! The Promise combinators runtime 2.0 lists: `Promise.all`, `allSettled`,
//! `any` and `race` (ECMA-262 §27.2.4.1-3 and 5).
//!
//! Each one makes its promise with its `this` (NewPromiseCapability), looks
//! up `this.resolve` once (GetPromiseResolve), then for every value of its
//! iterable calls that `resolve` with `this` as receiver and invokes `then`
//! on the result with element functions or the capability's own
//! functions. An error from the lookup, from iterating or from those calls
//! rejects the promise instead of being thrown; an error after the
//! iterator was opened and while it is not exhausted first closes it.
//!
//! The shared state of one `all`, `allSettled` or `any` call is a record
//! `[values, remaining, promise, resolve, reject]`: the list of values (or
//! errors for `any`) in its element run, the RemainingElementsCount and the
//! capability. Each element function's record is
//! `[helper code, index, already called, state]`; the two functions
//! `allSettled` makes per element share one record (and so one
//! already-called flag), with the reject function as a fifth field.

use super::iteration::IteratorRecord;
use super::{Capability, Helper, field, record, set_field};
use crate::heap::Key;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Throw, Vm};

/// Which combinator runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

impl Combinator {
    fn method(self) -> &'static str {
        match self {
            Combinator::All => "Promise.all",
            Combinator::AllSettled => "Promise.allSettled",
            Combinator::Any => "Promise.any",
            Combinator::Race => "Promise.race",
        }
    }
}

pub(super) fn all(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Combinator::All)
}

pub(super) fn all_settled(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Combinator::AllSettled)
}

pub(super) fn any(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Combinator::Any)
}

pub(super) fn race(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    combinator(vm, call, Combinator::Race)
}

/// The steps the four combinators share (e.g. `Promise.all`, §27.2.4.1).
fn combinator(vm: &mut Vm, call: Call<'_>, kind: Combinator) -> JsResult<Value> {
    let c = call.this;
    let cap = super::new_capability(vm, c, kind.method())?;
    let promise_resolve = match get_promise_resolve(vm, c) {
        Ok(f) => f,
        Err(thrown) => return cap.reject_abrupt(vm, thrown),
    };
    let mut iterator = match IteratorRecord::get(vm, call.arg(0)) {
        Ok(r) => r,
        Err(thrown) => return cap.reject_abrupt(vm, thrown),
    };
    match perform(vm, &mut iterator, c, cap, promise_resolve, kind) {
        Ok(v) => Ok(v),
        Err(thrown) => {
            let thrown = if iterator.done {
                thrown
            } else {
                iterator.close(vm, thrown)
            };
            cap.reject_abrupt(vm, thrown)
        }
    }
}

/// GetPromiseResolve(C).
fn get_promise_resolve(vm: &mut Vm, c: Value) -> JsResult<Value> {
    let f = vm.get_named(c, "resolve")?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("resolve is not a function"));
    }
    Ok(f)
}

/// PerformPromiseAll, PerformPromiseAllSettled, PerformPromiseAny and
/// PerformPromiseRace.
fn perform(
    vm: &mut Vm,
    iterator: &mut IteratorRecord,
    c: Value,
    cap: Capability,
    promise_resolve: Value,
    kind: Combinator,
) -> JsResult<Value> {
    if kind == Combinator::Race {
        while let Some(next) = iterator.step_value(vm)? {
            let next_promise = vm.call(promise_resolve, c, &[next])?;
            super::invoke_then(vm, next_promise, &[cap.resolve, cap.reject])?;
        }
        return Ok(cap.promise);
    }
    let list = record(vm, &[])?;
    let state = record(
        vm,
        &[
            Value::Object(list),
            Value::Number(1.0),
            cap.promise,
            cap.resolve,
            cap.reject,
        ],
    )?;
    let mut index = 0usize;
    loop {
        let Some(next) = iterator.step_value(vm)? else {
            if count_down(vm, state)? {
                let values = array_from_list(vm, list)?;
                if kind == Combinator::Any {
                    return Err(Throw::Value(aggregate_error(vm, values)?));
                }
                cap.resolve(vm, values)?;
            }
            return Ok(cap.promise);
        };
        vm.heap_mut().push_elem(list, Value::Undefined)?;
        let next_promise = vm.call(promise_resolve, c, &[next])?;
        let id = vm.realm().internal.combinator_element;
        let helper = match kind {
            Combinator::Any => Helper::AnyReject,
            Combinator::AllSettled => Helper::AllSettled,
            _ => Helper::AllResolve,
        };
        let fields = [
            helper.code(),
            Value::Number(index as f64),
            Value::Bool(false),
            Value::Object(state),
            Value::Undefined,
        ];
        let r = record(
            vm,
            &fields[..if kind == Combinator::AllSettled { 5 } else { 4 }],
        )?;
        let element = Value::Object(vm.new_builtin_function(id, Value::Object(r), 1)?);
        let (on_fulfilled, on_rejected) = match kind {
            Combinator::AllSettled => {
                let on_rejected =
                    Value::Object(vm.new_builtin_function(id, Value::Object(r), 1)?);
                set_field(vm, r, 4, on_rejected)?;
                (element, on_rejected)
            }
            Combinator::Any => (cap.resolve, element),
            _ => (element, cap.reject),
        };
        let remaining = remaining(vm, state);
        set_field(vm, state, 1, Value::Number(remaining + 1.0))?;
        super::invoke_then(vm, next_promise, &[on_fulfilled, on_rejected])?;
        index += 1;
    }
}

/// The RemainingElementsCount of a state record.
fn remaining(vm: &Vm, state: ObjRef) -> f64 {
    match field(vm, state, 1) {
        Value::Number(n) => n,
        _ => 0.0,
    }
}

/// Decrements the RemainingElementsCount; true when it reaches zero.
fn count_down(vm: &mut Vm, state: ObjRef) -> JsResult<bool> {
    let left = remaining(vm, state) - 1.0;
    set_field(vm, state, 1, Value::Number(left))?;
    Ok(left == 0.0)
}

/// CreateArrayFromList of the values (or errors) gathered so far.
fn array_from_list(vm: &mut Vm, list: ObjRef) -> JsResult<Value> {
    let values = vm.heap().elems(list).to_vec();
    Ok(Value::Object(vm.new_array(&values)?))
}

/// The error `any` rejects with when every promise rejected. CloudFront
/// does not list `AggregateError`, so it is an `Error` named
/// `AggregateError` with the reasons in `errors`.
fn aggregate_error(vm: &mut Vm, errors: Value) -> JsResult<Value> {
    let e = vm.make_error(ErrorKind::Error, "All promises were rejected")?;
    let errors_key = super::super::name_key(vm, "errors")?;
    super::super::object::define_hidden(vm, e, errors_key, errors)?;
    let name = vm.heap_mut().intern_rust("AggregateError")?;
    let name_key = Key::Str(vm.realm().names.name);
    super::super::object::define_hidden(vm, e, name_key, Value::String(name))?;
    Ok(Value::Object(e))
}

/// The element functions: `Promise.all` Resolve Element Functions,
/// `Promise.allSettled` Resolve and Reject Element Functions, and
/// `Promise.any` Reject Element Functions.
pub(super) fn element(vm: &mut Vm, kind: Helper, r: ObjRef, call: &Call<'_>) -> JsResult<Value> {
    if field(vm, r, 2) != Value::Bool(false) {
        return Ok(Value::Undefined);
    }
    set_field(vm, r, 2, Value::Bool(true))?;
    let (Value::Number(index), Value::Object(state)) = (field(vm, r, 1), field(vm, r, 3)) else {
        return Ok(Value::Undefined);
    };
    let Value::Object(list) = field(vm, state, 0) else {
        return Ok(Value::Undefined);
    };
    let x = call.arg(0);
    let value = if kind == Helper::AllSettled {
        let rejected = field(vm, r, 4) == Value::Object(call.callee);
        let (status, key) = if rejected {
            ("rejected", "reason")
        } else {
            ("fulfilled", "value")
        };
        let o = vm.new_object()?;
        let status = vm.heap_mut().intern_rust(status)?;
        vm.put(o, "status", Value::String(status))?;
        vm.put(o, key, x)?;
        Value::Object(o)
    } else {
        x
    };
    set_field(vm, list, index as usize, value)?;
    if !count_down(vm, state)? {
        return Ok(Value::Undefined);
    }
    let values = array_from_list(vm, list)?;
    if kind == Helper::AnyReject {
        let error = aggregate_error(vm, values)?;
        let reject = field(vm, state, 4);
        vm.call(reject, Value::Undefined, &[error])
    } else {
        let resolve = field(vm, state, 3);
        vm.call(resolve, Value::Undefined, &[values])
    }
}
