//! `Function.prototype` (`call`, `apply`, `bind`, `toString`), the
//! `Function` constructor, which CloudFront disables (no code is generated
//! from strings at run time), and `%ThrowTypeError%` with the accessors it
//! poisons.

use super::def;
use crate::heap::{Attrs, Class, Key, ObjFlags, Prop};
use crate::realm::RealmBuilder;
use crate::value::Value;
use crate::vm::{Call, ErrorKind, JsResult, Vm};

/// Cap on arguments spread by `apply` (memory is charged anyway; this
/// bounds the host-side copy).
const MAX_APPLY_ARGS: u64 = 65_536;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.function_proto;
    // Function.prototype is itself a function that returns undefined.
    let id = b.native(def("", 0, empty));
    b.record(proto).class = Class::Native {
        id,
        data: Value::Undefined,
    };
    let (length, name) = (Key::Str(b.names.length), Key::Str(b.names.name));
    let empty_name = b.names.empty;
    b.define(proto, length, Value::Number(0.0), Attrs::CONFIGURABLE_ONLY);
    b.define(
        proto,
        name,
        Value::String(empty_name),
        Attrs::CONFIGURABLE_ONLY,
    );
    b.methods(
        proto,
        &[
            def("call", 1, call),
            def("apply", 2, apply),
            def("bind", 1, bind),
            def("toString", 0, to_string),
        ],
    );
    b.constructor(def("Function", 1, function_constructor), proto);
    install_throw_type_error(b);
}

/// `%ThrowTypeError%` (ES2015 9.2.7.1): a frozen, nameless function that
/// throws. It is the getter and setter of `Function.prototype.caller` and
/// `.arguments` (ES2015 AddRestrictedFunctionProperties: functions inherit
/// them, none has its own, so they cost nothing per function) and of the
/// `callee` of every arguments object (code is always strict, so every
/// arguments object is unmapped). Its native data is a template object
/// whose one property is that `callee`: making an arguments object copies
/// it and looks nothing up.
fn install_throw_type_error(b: &mut RealmBuilder) {
    let proto = b.intrinsics.function_proto;
    let f = b.function(def("", 0, throw_type_error), false);
    let (length, name) = (Key::Str(b.names.length), Key::Str(b.names.name));
    let empty_name = b.names.empty;
    b.define(f, length, Value::Number(0.0), Attrs::FROZEN);
    b.define(f, name, Value::String(empty_name), Attrs::FROZEN);
    // Accessor pairs are never changed in place (a redefinition makes a new
    // one), so the three properties can share one.
    let pair = Value::Object(b.object_of(
        Class::Accessor {
            get: Value::Object(f),
            set: Value::Object(f),
        },
        None,
    ));
    let template = b.object(None);
    let callee = b.key("callee");
    b.define(template, callee, pair, Attrs(Attrs::ACCESSOR));
    let record = b.record(f);
    if let Class::Native { id, .. } = record.class {
        record.class = Class::Native {
            id,
            data: Value::Object(template),
        };
    }
    record.flags.set(ObjFlags::EXTENSIBLE, false);
    b.intrinsics.throw_type_error = f;
    let poisoned = Attrs(Attrs::CONFIGURABLE | Attrs::ACCESSOR);
    for restricted in ["caller", "arguments"] {
        let key = b.key(restricted);
        b.define(proto, key, pair, poisoned);
    }
}

fn throw_type_error(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Err(vm.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

fn empty(_vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Undefined)
}

fn function_constructor(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Err(vm.error(
        ErrorKind::InternalError,
        "the Function constructor is not supported by CloudFront Functions",
    ))
}

fn this_function(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<()> {
    if vm.is_callable(call.this) {
        Ok(())
    } else {
        let what = vm.describe(call.this);
        Err(vm.type_error(format!(
            "Function.prototype.{method} called on {what}, which is not a function"
        )))
    }
}

fn call(vm: &mut Vm, c: Call<'_>) -> JsResult<Value> {
    this_function(vm, &c, "call")?;
    let rest = c.args.get(1..).unwrap_or(&[]);
    vm.call(c.this, c.arg(0), rest)
}

/// CreateListFromArrayLike.
pub(crate) fn list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    let Value::Object(o) = v else {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    };
    let len = vm.length_of(v)?;
    if len > MAX_APPLY_ARGS {
        return Err(vm.range_error("Too many arguments in function call"));
    }
    vm.charge(len)?;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len as u32 {
        out.push(vm.get_from(o, Key::Index(i), v)?);
    }
    Ok(out)
}

fn apply(vm: &mut Vm, c: Call<'_>) -> JsResult<Value> {
    this_function(vm, &c, "apply")?;
    let args = if c.arg(1).is_nullish() {
        Vec::new()
    } else {
        list_from_array_like(vm, c.arg(1))?
    };
    vm.call(c.this, c.arg(0), &args)
}

fn bind(vm: &mut Vm, c: Call<'_>) -> JsResult<Value> {
    this_function(vm, &c, "bind")?;
    let Value::Object(target) = c.this else {
        return Ok(Value::Undefined);
    };
    let bound_args = c.args.get(1..).unwrap_or(&[]);
    let f = vm.bind(target, c.arg(0), bound_args)?;
    let names = vm.realm().names;
    // Only an own `length` counts (ES2015 19.2.3.2 step 5).
    let own_length = vm.get_own(target, Key::Str(names.length))?.is_some();
    let length = if own_length {
        vm.get(c.this, Key::Str(names.length))?
    } else {
        Value::Undefined
    };
    let target_len = match length {
        Value::Number(n) if n.is_finite() => (n.trunc() - bound_args.len() as f64).max(0.0),
        Value::Number(n) if n == f64::INFINITY => n,
        _ => 0.0,
    };
    let target_name = match vm.get(c.this, Key::Str(names.name))? {
        Value::String(s) => vm.heap().to_rust_string(s),
        _ => String::new(),
    };
    let name = vm
        .heap_mut()
        .str_from_rust(&format!("bound {target_name}"))?;
    let heap = vm.heap_mut();
    heap.push_prop(
        f,
        Prop {
            key: Key::Str(names.length),
            value: Value::Number(target_len),
            attrs: Attrs::CONFIGURABLE_ONLY,
        },
    )?;
    heap.push_prop(
        f,
        Prop {
            key: Key::Str(names.name),
            value: Value::String(name),
            attrs: Attrs::CONFIGURABLE_ONLY,
        },
    )?;
    heap.obj_mut(f)?.flags.set(ObjFlags::FUNCTION_PROPS, true);
    Ok(Value::Object(f))
}

fn to_string(vm: &mut Vm, c: Call<'_>) -> JsResult<Value> {
    this_function(vm, &c, "toString")?;
    let Value::Object(f) = c.this else {
        return Ok(Value::Undefined);
    };
    let text = match vm.heap().obj(f).class {
        Class::Closure { proto, .. } => {
            // The source text of the function (ES2019 Function.prototype.toString).
            let script = vm.script().clone();
            let span = script.protos[proto as usize].span;
            script
                .source
                .get(span.start as usize..span.end as usize)
                .unwrap_or("function () { [native code] }")
                .to_string()
        }
        _ => {
            let name = match vm.get(c.this, Key::Str(vm.realm().names.name))? {
                Value::String(s) => vm.heap().to_rust_string(s),
                _ => String::new(),
            };
            format!("function {name}() {{ [native code] }}")
        }
    };
    Ok(Value::String(vm.heap_mut().str_from_rust(&text)?))
}
