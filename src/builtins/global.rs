//! Global value properties (`globalThis`, `NaN`, `Infinity`, `undefined`)
//! and `eval`, which CloudFront disables.

use super::def;
use crate::heap::Attrs;
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, ErrorKind, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let global = b.global;
    b.global_value("globalThis", Value::Object(global), Attrs::HIDDEN);
    b.global_value("NaN", Value::Number(f64::NAN), Attrs::FROZEN);
    b.global_value("Infinity", Value::Number(f64::INFINITY), Attrs::FROZEN);
    b.global_value("undefined", Value::Undefined, Attrs::FROZEN);
    b.methods(global, &[def("eval", 1, eval)]);
}

fn eval(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Err(vm.error(
        ErrorKind::InternalError,
        "eval() is not supported by CloudFront Functions",
    ))
}
