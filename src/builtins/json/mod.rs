//! `JSON` (ECMA-262 §25.5): `parse` and `stringify`, the same in both
//! runtimes.
//!
//! Both follow ECMA-262 step by step and word their errors as V8 does in
//! Node 20, the oracle the conformance cases are checked against (njs, which
//! CloudFront runs, words them differently; error kinds are the same).
//!
//! Nothing here recurses on the nesting of the data: `parse`, the reviver
//! walk and `stringify` each keep an explicit stack, so hostile nesting
//! costs heap (checked against the memory limit) and steps, never host
//! stack.

mod parse;
mod stringify;

use super::def;
use crate::heap::{Class, Key};
use crate::realm::RealmBuilder;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{JsResult, MAX_STRING_LENGTH, Vm};

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let json = b.object(Some(object_proto));
    b.methods(
        json,
        &[
            def("parse", 2, parse::parse),
            def("stringify", 3, stringify::stringify),
        ],
    );
    let tag = b.intern("JSON");
    let tag_key = Key::Sym(b.symbols.to_string_tag);
    b.define(
        json,
        tag_key,
        Value::String(tag),
        crate::heap::Attrs::CONFIGURABLE_ONLY,
    );
    b.global_value("JSON", Value::Object(json), crate::heap::Attrs::HIDDEN);
}

/// A result being built by a built-in, accounted as it grows: every
/// [`CHECK_EVERY`] units it charges steps (one per 16 units) and
/// checks that the event could still hold it, so a hostile input cannot
/// make the host build an unbounded buffer before the final allocation
/// fails. A unit is a UTF-16 code unit ([`Utf16Out`]) or, for a result
/// known to be Latin-1 ([`Latin1Out`]), a byte, accounted as the code
/// unit it stands for: both kinds of result charge and check the same.
#[derive(Debug, Default)]
pub(crate) struct TextOut<U> {
    /// The units so far.
    pub units: Vec<U>,
    checked: usize,
}

/// A UTF-16 result.
pub(crate) type Utf16Out = TextOut<u16>;

/// A Latin-1 result (URI escapes, say), stored by the heap as its bytes:
/// it needs no conversion from UTF-16 at the end.
pub(crate) type Latin1Out = TextOut<u8>;

impl<U: Copy> TextOut<U> {
    /// An empty result.
    pub fn new() -> TextOut<U> {
        TextOut {
            units: Vec::new(),
            checked: 0,
        }
    }

    /// Appends one unit.
    pub fn push(&mut self, u: U) {
        self.units.push(u);
    }

    /// Appends units.
    pub fn extend(&mut self, units: impl IntoIterator<Item = U>) {
        self.units.extend(units);
    }

    /// Charges and checks what was added since the last check, once enough
    /// has accumulated. Call it after each bounded append.
    pub fn check(&mut self, vm: &mut Vm) -> JsResult<()> {
        account_every(vm, self.units.len(), &mut self.checked)
    }

    fn settle(&mut self, vm: &mut Vm) -> JsResult<()> {
        account(vm, self.units.len(), &mut self.checked)
    }
}

/// How many units a result grows by between two accountings.
pub(crate) const CHECK_EVERY: usize = 4096;

/// [`account`] once the result has grown by [`CHECK_EVERY`] units since
/// it was last accounted.
pub(crate) fn account_every(vm: &mut Vm, len: usize, checked: &mut usize) -> JsResult<()> {
    if len >= *checked + CHECK_EVERY {
        account(vm, len, checked)?;
    }
    Ok(())
}

/// The accounting of a result now `len` units long, of which `checked`
/// were accounted before: a step per 16 units added, the length limit,
/// and room in the event for the result as UTF-16. [`TextOut`] makes it,
/// and so does a scan that only counts the units it would hold.
fn account(vm: &mut Vm, len: usize, checked: &mut usize) -> JsResult<()> {
    vm.charge((len.saturating_sub(*checked) as u64).div_ceil(16))?;
    *checked = len;
    if len > MAX_STRING_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    vm.heap_mut().check(len * 2)?;
    Ok(())
}

impl Utf16Out {
    /// Appends ASCII text.
    pub fn ascii(&mut self, s: &str) {
        self.units.extend(s.bytes().map(u16::from));
    }

    /// The result as a new string.
    pub fn finish(mut self, vm: &mut Vm) -> JsResult<JsStr> {
        self.settle(vm)?;
        Ok(vm.heap_mut().str_from_utf16(&self.units)?)
    }
}

impl Latin1Out {
    /// The result as a new string.
    pub fn finish(mut self, vm: &mut Vm) -> JsResult<JsStr> {
        self.settle(vm)?;
        Ok(vm.heap_mut().str_from_latin1(&self.units)?)
    }
}

/// The property key of array index `i` (a string key past 2^32 - 2, where
/// indices of array-likes may go).
pub(crate) fn index_key(vm: &mut Vm, i: u64) -> JsResult<Key> {
    match u32::try_from(i) {
        Ok(i) if i < u32::MAX => Ok(Key::Index(i)),
        _ => {
            let s = vm.heap_mut().str_from_rust(&i.to_string())?;
            Ok(vm.heap_mut().key_for(s)?)
        }
    }
}

/// The value of data property `key` found on `o` or its prototypes, without
/// calling getters (V8's GetDataProperty, used only to word messages).
fn data_property(vm: &mut Vm, o: ObjRef, key: Key) -> JsResult<Option<Value>> {
    let mut cur = Some(o);
    while let Some(c) = cur {
        vm.charge(1)?;
        if let Some(p) = vm.get_own(c, key)? {
            return Ok((!p.attrs.is_accessor()).then_some(p.value));
        }
        cur = vm.heap().obj(c).proto;
    }
    Ok(None)
}

/// The name of a function for a message: its own `name` data property.
fn function_name(vm: &mut Vm, f: Value) -> JsResult<Option<String>> {
    let Value::Object(f) = f else { return Ok(None) };
    if !vm.heap().obj(f).is_callable() {
        return Ok(None);
    }
    let key = Key::Str(vm.realm().names.name);
    Ok(match vm.get_own(f, key)? {
        Some(p) if !p.attrs.is_accessor() => match p.value {
            Value::String(s) => Some(vm.heap().to_rust_string(s)),
            _ => None,
        },
        _ => None,
    })
}

/// The tag `Object.prototype.toString` gives objects of this class.
fn class_name(vm: &Vm, o: ObjRef) -> &'static str {
    let d = vm.heap().obj(o);
    match d.class {
        _ if d.is_callable() => "Function",
        Class::Array => "Array",
        Class::Arguments => "Arguments",
        Class::Error => "Error",
        Class::BooleanBox(_) => "Boolean",
        Class::NumberBox(_) => "Number",
        Class::StringBox(_) => "String",
        Class::SymbolBox(_) => "Symbol",
        Class::Date(_) => "Date",
        Class::RegExp(_) => "RegExp",
        Class::Promise(_) => "Promise",
        _ => "Object",
    }
}

/// The constructor name V8 prints for an object in the circular-structure
/// message: a string `@@toStringTag` data property, or the name of the
/// `constructor` data property of a prototype (not the object's own),
/// skipping empty names and `Object`; otherwise the class name.
pub(crate) fn constructor_name(vm: &mut Vm, o: ObjRef) -> JsResult<String> {
    let tag_key = Key::Sym(vm.realm().symbols.to_string_tag);
    let ctor_key = Key::Str(vm.realm().names.constructor);
    let mut cur = Some(o);
    while let Some(c) = cur {
        vm.charge(1)?;
        if let Some(p) = vm.get_own(c, tag_key)? {
            if let (false, Value::String(s)) = (p.attrs.is_accessor(), p.value) {
                return Ok(vm.heap().to_rust_string(s));
            }
        }
        if c != o {
            if let Some(p) = vm.get_own(c, ctor_key)? {
                if !p.attrs.is_accessor() {
                    if let Some(name) = function_name(vm, p.value)? {
                        if !name.is_empty() && name != "Object" {
                            return Ok(name);
                        }
                    }
                }
            }
        }
        cur = vm.heap().obj(c).proto;
    }
    Ok(class_name(vm, o).to_string())
}

/// A value as V8 prints it in messages such as `x is not a symbol`, without
/// running script code: primitives as `ToString` would give them, errors as
/// `Name: message`, functions as their source, objects whose `toString` is
/// `Object.prototype.toString` as `#<Constructor>`, other objects as
/// `[object Tag]`.
pub(crate) fn describe_for_message(vm: &mut Vm, v: Value) -> JsResult<String> {
    let o = match v {
        Value::String(s) => return Ok(vm.heap().to_rust_string(s)),
        Value::Symbol(s) => return Ok(vm.heap().symbol_text(s)),
        Value::Object(o) => o,
        other => return Ok(vm.describe(other)),
    };
    let class = vm.heap().obj(o).class;
    match class {
        Class::Closure { proto, .. } => {
            let script = vm.script().clone();
            let span = script.protos[proto as usize].span;
            if let Some(text) = script.source.get(span.start as usize..span.end as usize) {
                return Ok(text.to_string());
            }
        }
        _ if vm.heap().obj(o).is_callable() => {
            let name = function_name(vm, v)?.unwrap_or_default();
            return Ok(format!("function {name}() {{ [native code] }}"));
        }
        Class::Error => {
            let names = vm.realm().names;
            let text = |vm: &mut Vm, key, default: &str| -> JsResult<String> {
                Ok(match data_property(vm, o, Key::Str(key))? {
                    Some(Value::String(s)) => vm.heap().to_rust_string(s),
                    _ => default.to_string(),
                })
            };
            let name = text(vm, names.name, "Error")?;
            let message = text(vm, names.message, "")?;
            return Ok(match (name.is_empty(), message.is_empty()) {
                (true, _) => message,
                (_, true) => name,
                _ => format!("{name}: {message}"),
            });
        }
        _ => {}
    }
    let names = vm.realm().names;
    let to_string = data_property(vm, o, Key::Str(names.to_string))?;
    if to_string.is_some() && to_string == realm_object_to_string(vm) {
        let ctor = data_property(vm, o, Key::Str(names.constructor))?;
        if let Some(name) = ctor.map(|c| function_name(vm, c)).transpose()?.flatten() {
            if !name.is_empty() {
                return Ok(format!("#<{name}>"));
            }
        }
    }
    let tag_key = Key::Sym(vm.realm().symbols.to_string_tag);
    let tag = match data_property(vm, o, tag_key)? {
        Some(Value::String(s)) => vm.heap().to_rust_string(s),
        _ => class_name(vm, o).to_string(),
    };
    Ok(format!("[object {tag}]"))
}

/// `Object.prototype.toString` as the realm defined it.
fn realm_object_to_string(vm: &Vm) -> Option<Value> {
    let realm = vm.realm();
    let proto = realm
        .heap
        .objects
        .get(realm.intrinsics.object_proto.0 as usize)?;
    let key = Key::Str(realm.names.to_string);
    realm
        .heap
        .props
        .get(proto.props.span())?
        .iter()
        .find(|p| p.key == key)
        .map(|p| p.value)
}
