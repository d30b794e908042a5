//! `Symbol` (ECMA-262 §20.4), in runtime 2.0 only.
//!
//! Whether 1.0 has a `Symbol` global: njs 0.7, which 1.0 is built on, does
//! define one, but CloudFront's 1.0 page does not list `Symbol`, and the
//! project's rule is that what a runtime's page does not list is not
//! supported (`/work/shared/spec/cloudfront-functions.md` §3). So in 1.0
//! `typeof Symbol` is `"undefined"`; the well-known symbols still exist
//! inside the engine (property lookups such as `@@toPrimitive` use them) but
//! no script-visible object leads to them. The 2.0 page lists `Symbol.for`
//! and `Symbol.keyFor`; the rest of `Symbol` comes with them, as in njs.
//!
//! The global symbol registry is the event's symbols created by
//! `Symbol.for` (`SymbolData::registered`), so it lives and dies with the
//! event like every other allocation.

use super::def;
use crate::features::Runtime;
use crate::heap::{Attrs, Class, Key, SymbolData};
use crate::realm::RealmBuilder;
use crate::value::{SymRef, Value};
use crate::vm::{Call, JsResult, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    if b.runtime < Runtime::Js2 {
        return;
    }
    let proto = b.intrinsics.symbol_proto;
    b.methods(
        proto,
        &[def("toString", 0, to_string), def("valueOf", 0, value_of)],
    );
    let description = b.key("description");
    b.accessor(
        proto,
        description,
        Some(def("get description", 0, description_getter)),
        None,
        Attrs::CONFIGURABLE_ONLY,
    );
    // `Symbol.prototype[@@toPrimitive]` is configurable but not writable.
    let to_prim = b.function(def("[Symbol.toPrimitive]", 1, to_primitive), false);
    let to_prim_key = Key::Sym(b.symbols.to_primitive);
    b.define(
        proto,
        to_prim_key,
        Value::Object(to_prim),
        Attrs::CONFIGURABLE_ONLY,
    );
    let tag = b.intern("Symbol");
    let tag_key = Key::Sym(b.symbols.to_string_tag);
    b.define(proto, tag_key, Value::String(tag), Attrs::CONFIGURABLE_ONLY);

    let ctor = b.constructor(def("Symbol", 0, symbol), proto);
    b.methods(
        ctor,
        &[def("for", 1, symbol_for), def("keyFor", 1, key_for)],
    );
    let wk = b.symbols;
    for (name, sym) in [
        ("hasInstance", wk.has_instance),
        ("iterator", wk.iterator),
        ("match", wk.match_),
        ("replace", wk.replace),
        ("search", wk.search),
        ("split", wk.split),
        ("toPrimitive", wk.to_primitive),
        ("toStringTag", wk.to_string_tag),
    ] {
        b.value(ctor, name, Value::Symbol(sym), Attrs::FROZEN);
    }
}

/// `Symbol([description])`; `new Symbol` is a TypeError (Symbol has a
/// [[Construct]] only so that subclassing fails the same way).
fn symbol(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    if call.new_target.is_some() {
        return Err(vm.type_error("Symbol is not a constructor"));
    }
    let description = match call.arg(0) {
        Value::Undefined => None,
        v => Some(vm.to_string(v)?),
    };
    Ok(Value::Symbol(vm.heap_mut().new_symbol(SymbolData {
        description,
        registered: false,
    })?))
}

/// thisSymbolValue, with V8's wording of the TypeError.
fn this_symbol_value(vm: &mut Vm, this: Value, method: &str) -> JsResult<SymRef> {
    match this {
        Value::Symbol(s) => return Ok(s),
        Value::Object(o) => {
            if let Class::SymbolBox(s) = vm.heap().obj(o).class {
                return Ok(s);
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!(
        "Symbol.prototype{method} requires that 'this' be a Symbol"
    )))
}

/// SymbolDescriptiveString: `Symbol(description)`.
pub(crate) fn descriptive_string(vm: &mut Vm, s: SymRef) -> JsResult<Value> {
    let description = vm.heap().symbol(s).description;
    let mut units: Vec<u16> = "Symbol(".encode_utf16().collect();
    if let Some(d) = description {
        units.extend(vm.heap().units(d).iter());
    }
    units.push(u16::from(b')'));
    vm.charge(units.len() as u64 / 16)?;
    Ok(Value::String(vm.heap_mut().str_from_utf16(&units)?))
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_symbol_value(vm, call.this, ".toString")?;
    descriptive_string(vm, s)
}

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol_value(vm, call.this, ".valueOf")?))
}

fn to_primitive(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol_value(
        vm,
        call.this,
        " [ @@toPrimitive ]",
    )?))
}

fn description_getter(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = this_symbol_value(vm, call.this, ".description")?;
    Ok(vm
        .heap()
        .symbol(s)
        .description
        .map_or(Value::Undefined, Value::String))
}

/// `Symbol.for(key)`: the registered symbol whose key is `ToString(key)`,
/// created on first use.
fn symbol_for(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let key = vm.to_string(call.arg(0))?;
    let mut found = None;
    let mut scanned = 0u64;
    {
        let heap = vm.heap();
        let wanted = heap.units(key);
        for (sym, data) in heap.registered_symbols() {
            scanned += 1;
            if data.description.is_some_and(|d| heap.units(d).same(wanted)) {
                found = Some(sym);
                break;
            }
        }
    }
    vm.charge(scanned + vm.heap().units(key).len() as u64 / 16)?;
    if let Some(sym) = found {
        return Ok(Value::Symbol(sym));
    }
    let data = SymbolData {
        description: Some(key),
        registered: true,
    };
    Ok(Value::Symbol(vm.heap_mut().new_symbol(data)?))
}

/// `Symbol.keyFor(sym)`: the registry key of `sym`, or `undefined`.
fn key_for(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Symbol(s) = call.arg(0) else {
        let what = super::json::describe_for_message(vm, call.arg(0))?;
        return Err(vm.type_error(format!("{what} is not a symbol")));
    };
    let data = vm.heap().symbol(s);
    Ok(match (data.registered, data.description) {
        (true, Some(d)) => Value::String(d),
        _ => Value::Undefined,
    })
}
