//! `RegExp` and `RegExp.prototype` (ECMA-262 §22.2): the constructor,
//! `exec`, `test`, `toString`, `lastIndex`, and the flag accessors on the
//! prototype (ES2015 style: `source`, `global`, `ignoreCase`, `multiline`
//! in both runtimes; `sticky` and `flags` in 2.0), plus `[@@replace]` and
//! `[@@split]` in 2.0, which lists them. The algorithms behind
//! `String.prototype.match`, `search`, `replace` and `split` are here too.
//!
//! The flags a pattern may carry are the runtime's (`features::regex_flags`:
//! `gim` in 1.0, `gimy` in 2.0); others are SyntaxErrors. Matching is done
//! by `crate::regexp` over code units.
//!
//! Where the specification calls a regexp's `exec` (RegExpExec), a regexp
//! whose `exec` is the built-in one is matched without building the result
//! array when nothing can observe it; a user-defined `exec` is called as
//! the specification says. Observable steps (reads and writes of
//! `lastIndex`, `global`, `flags`...) keep Node's order.

use super::def;
use super::string::{
    Builder, Named, Part, get_substitution, is_regexp, len_of, new_str, substring,
};
use crate::features::Runtime;
use crate::heap::{Attrs, Key};
use crate::realm::RealmBuilder;
use crate::regexp::Compiled;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use std::sync::Arc;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.regexp_proto;
    let exec_fn = b.function(def("exec", 1, exec), false);
    let exec_key = b.key("exec");
    b.define(proto, exec_key, Value::Object(exec_fn), Attrs::HIDDEN);
    b.intrinsics.regexp_exec = exec_fn;
    b.methods(
        proto,
        &[def("test", 1, test), def("toString", 0, to_string)],
    );
    let mut getters = vec![
        ("source", def("get source", 0, get_source)),
        ("global", def("get global", 0, get_global)),
        ("ignoreCase", def("get ignoreCase", 0, get_ignore_case)),
        ("multiline", def("get multiline", 0, get_multiline)),
    ];
    if b.runtime >= Runtime::Js2 {
        getters.push(("sticky", def("get sticky", 0, get_sticky)));
        getters.push(("flags", def("get flags", 0, get_flags)));
    }
    for (name, getter) in getters {
        let key = b.key(name);
        b.accessor(proto, key, Some(getter), None, Attrs::CONFIGURABLE_ONLY);
    }
    if b.runtime >= Runtime::Js2 {
        let replace = b.symbols.replace;
        b.symbol_method(proto, replace, def("[Symbol.replace]", 2, symbol_replace));
        let split = b.symbols.split;
        b.symbol_method(proto, split, def("[Symbol.split]", 2, symbol_split));
    }
    b.constructor(def("RegExp", 2, regexp), proto);
}

// -- Helpers -----------------------------------------------------------------

/// The result of RegExpExec.
enum Exec {
    /// No match (`null`).
    Null,
    /// A match by the built-in `exec`, not turned into an array yet.
    Builtin(crate::regex::Match),
    /// What a user-defined `exec` returned.
    Object(ObjRef),
}

fn last_index_key(vm: &Vm) -> Key {
    Key::Str(vm.realm().names.last_index)
}

/// ToLength(Get(r, "lastIndex")).
fn get_last_index(vm: &mut Vm, r: ObjRef) -> JsResult<f64> {
    let key = last_index_key(vm);
    let v = match vm.heap().find_prop(r, key) {
        // An own data property (every regexp's, unless redefined) is what
        // [[Get]] finds first, running no code.
        Some((_, p)) if !p.attrs.is_accessor() => p.value,
        _ => vm.get(Value::Object(r), key)?,
    };
    vm.to_length(v)
}

/// Set(r, "lastIndex", n, true).
fn set_last_index(vm: &mut Vm, r: ObjRef, n: f64) -> JsResult<()> {
    let key = last_index_key(vm);
    vm.set(Value::Object(r), key, Value::Number(n))
}

/// AdvanceStringIndex: the next index, past a surrogate pair in Unicode
/// mode (which only a user-defined `unicode` property can ask for here).
fn advance(vm: &Vm, s: JsStr, index: f64, unicode: bool) -> f64 {
    let units = vm.heap().units(s);
    if !unicode || index + 1.0 >= units.len() as f64 {
        return index + 1.0;
    }
    index + super::string::code_point_at_index(units, index as usize).1 as f64
}

/// `this` as a RegExp object with its pattern.
fn this_regexp(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<(ObjRef, Arc<Compiled>)> {
    if let Value::Object(o) = call.this {
        if let Some(c) = vm.regexp_of(o) {
            return Ok((o, c));
        }
    }
    Err(incompatible(vm, call.this, method))
}

fn incompatible(vm: &mut Vm, v: Value, method: &str) -> crate::vm::Throw {
    let what = vm.describe(v);
    vm.type_error(format!(
        "Method RegExp.prototype.{method} called on incompatible receiver {what}"
    ))
}

/// `this` as an object (the generic methods accept any object).
fn this_object(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<ObjRef> {
    match call.this {
        Value::Object(o) => Ok(o),
        v => Err(incompatible(vm, v, method)),
    }
}

/// RegExpBuiltinExec without building the result: reads and updates
/// `lastIndex` as the specification does.
fn builtin_exec(
    vm: &mut Vm,
    r: ObjRef,
    c: &Compiled,
    s: JsStr,
) -> JsResult<Option<crate::regex::Match>> {
    let mut last = get_last_index(vm, r)?;
    let stateful = c.global || c.sticky;
    if !stateful {
        last = 0.0;
    }
    if last > len_of(vm, s) as f64 {
        if stateful {
            set_last_index(vm, r, 0.0)?;
        }
        return Ok(None);
    }
    let found = vm.regex_find(c, s, last as usize, c.sticky)?;
    if stateful {
        let next = found.as_ref().map_or(0.0, |m| m.end() as f64);
        set_last_index(vm, r, next)?;
    }
    Ok(found)
}

/// Whether `Get(r, "exec")` gives the built-in `exec` without running
/// code: `r` has no own `exec` and inherits from the realm's
/// `RegExp.prototype`, which the event has not changed.
fn finds_builtin_exec(vm: &Vm, r: ObjRef, key: Key) -> bool {
    let proto = vm.realm().intrinsics.regexp_proto;
    vm.heap().obj(r).proto == Some(proto)
        && vm.heap().is_pristine(proto)
        && vm.heap().find_prop(r, key).is_none()
}

/// RegExpExec: the regexp's own `exec` when it has another one.
fn regexp_exec(vm: &mut Vm, r: ObjRef, s: JsStr) -> JsResult<Exec> {
    let key = Key::Str(vm.realm().names.exec);
    let builtin = Value::Object(vm.realm().intrinsics.regexp_exec);
    let f = if finds_builtin_exec(vm, r, key) {
        builtin
    } else {
        vm.get(Value::Object(r), key)?
    };
    if !vm.is_callable(f) || f == builtin {
        if let Some(c) = vm.regexp_of(r) {
            return Ok(builtin_exec(vm, r, &c, s)?.map_or(Exec::Null, Exec::Builtin));
        }
        if !vm.is_callable(f) {
            return Err(incompatible(vm, Value::Object(r), "exec"));
        }
    }
    match vm.call(f, Value::Object(r), &[Value::String(s)])? {
        Value::Object(o) => Ok(Exec::Object(o)),
        Value::Null => Ok(Exec::Null),
        _ => {
            Err(vm.type_error("RegExp exec method returned something other than an Object or null"))
        }
    }
}

/// The `groups` object of a match: `undefined` without named groups, else
/// a null-prototype object with one property per group, in order.
fn groups_object(vm: &mut Vm, m: &crate::regex::Match, s: JsStr) -> JsResult<Value> {
    if m.named_groups().len() == 0 {
        return Ok(Value::Undefined);
    }
    let g = vm.new_object()?;
    vm.heap_mut().obj_mut(g)?.proto = None;
    for (name, range) in m.named_groups() {
        let v = match range {
            Some(r) => Value::String(substring(vm, s, r.start, r.end)?),
            None => Value::Undefined,
        };
        vm.put(g, name, v)?;
    }
    Ok(Value::Object(g))
}

/// The array `exec` returns: the match and captures, `index`, `input`,
/// `groups`.
fn match_array(vm: &mut Vm, m: &crate::regex::Match, s: JsStr) -> JsResult<ObjRef> {
    let mut values = Vec::with_capacity(m.captures.len() + 1);
    values.push(Value::String(substring(vm, s, m.start(), m.end())?));
    for cap in &m.captures {
        values.push(match cap {
            Some(r) => Value::String(substring(vm, s, r.start, r.end)?),
            None => Value::Undefined,
        });
    }
    let a = vm.new_array(&values)?;
    let names = vm.realm().names;
    vm.create_data_property_or_throw(a, Key::Str(names.index), Value::Number(m.start() as f64))?;
    vm.create_data_property_or_throw(a, Key::Str(names.input), Value::String(s))?;
    let groups = groups_object(vm, m, s)?;
    vm.create_data_property_or_throw(a, Key::Str(names.groups), groups)?;
    Ok(a)
}

fn exec_value(vm: &mut Vm, r: Exec, s: JsStr) -> JsResult<Value> {
    Ok(match r {
        Exec::Null => Value::Null,
        Exec::Builtin(m) => Value::Object(match_array(vm, &m, s)?),
        Exec::Object(o) => Value::Object(o),
    })
}

/// The matched text of a result, as a string.
fn matched_string(vm: &mut Vm, r: &Exec, s: JsStr) -> JsResult<JsStr> {
    match r {
        Exec::Builtin(m) => substring(vm, s, m.start(), m.end()),
        Exec::Object(o) => {
            let v = vm.get(Value::Object(*o), Key::Index(0))?;
            vm.to_string(v)
        }
        Exec::Null => Ok(vm.realm().names.empty),
    }
}

/// ToBoolean(Get(r, name)).
fn flag(vm: &mut Vm, r: ObjRef, name: &str) -> JsResult<bool> {
    let v = vm.get_named(Value::Object(r), name)?;
    Ok(vm.truthy(v))
}

/// A pattern or flags argument before ToString: a value, or the units of
/// a RegExp's own.
enum Source {
    Value(Value),
    Units(Vec<u16>),
}

impl Source {
    fn units(self, vm: &mut Vm) -> JsResult<Vec<u16>> {
        match self {
            Source::Units(u) => Ok(u),
            Source::Value(Value::Undefined) => Ok(Vec::new()),
            Source::Value(v) => {
                let s = vm.to_string(v)?;
                Ok(vm.heap().units(s).iter().collect())
            }
        }
    }
}

/// The pattern and flags steps of the RegExp constructor, and
/// RegExpInitialize: the compiled pattern.
fn initialize(
    vm: &mut Vm,
    pattern: Value,
    flags: Value,
    pattern_is_regexp: bool,
) -> JsResult<Arc<Compiled>> {
    let existing = match pattern {
        Value::Object(o) => vm.regexp_of(o),
        _ => None,
    };
    let (p, f) = if let Some(c) = existing {
        let f = match flags {
            Value::Undefined => Source::Units(c.flags.encode_utf16().collect()),
            v => Source::Value(v),
        };
        (Source::Units(c.pattern.clone()), f)
    } else if pattern_is_regexp {
        let source_key = Key::Str(vm.realm().names.source);
        let p = vm.get(pattern, source_key)?;
        let f = match flags {
            Value::Undefined => {
                let flags_key = Key::Str(vm.realm().names.flags);
                vm.get(pattern, flags_key)?
            }
            v => v,
        };
        (Source::Value(p), Source::Value(f))
    } else {
        (Source::Value(pattern), Source::Value(flags))
    };
    let p = p.units(vm)?;
    let f = f.units(vm)?;
    vm.compile_regexp(&p, &f)
}

/// RegExpCreate(pattern, flags).
pub(crate) fn create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<ObjRef> {
    let compiled = initialize(vm, pattern, flags, false)?;
    vm.new_regexp(compiled)
}

// -- The constructor -------------------------------------------------------

/// `RegExp(pattern, flags)` and `new RegExp(pattern, flags)`.
fn regexp(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (pattern, flags) = (call.arg(0), call.arg(1));
    let pattern_is_regexp = is_regexp(vm, pattern)?;
    let new_target = match call.new_target {
        Some(nt) => nt,
        None => {
            if pattern_is_regexp && flags == Value::Undefined {
                let key = Key::Str(vm.realm().names.constructor);
                let ctor = vm.get(pattern, key)?;
                if ctor == Value::Object(call.callee) {
                    return Ok(pattern);
                }
            }
            call.callee
        }
    };
    let fallback = vm.realm().intrinsics.regexp_proto;
    let key = Key::Str(vm.realm().names.prototype);
    let proto = match vm.get(Value::Object(new_target), key)? {
        Value::Object(p) => p,
        _ => fallback,
    };
    let compiled = initialize(vm, pattern, flags, pattern_is_regexp)?;
    Ok(Value::Object(vm.new_regexp_with_proto(compiled, proto)?))
}

// -- Prototype methods -----------------------------------------------------

/// `RegExp.prototype.exec(string)`.
fn exec(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (r, c) = this_regexp(vm, &call, "exec")?;
    let s = vm.to_string(call.arg(0))?;
    match builtin_exec(vm, r, &c, s)? {
        Some(m) => Ok(Value::Object(match_array(vm, &m, s)?)),
        None => Ok(Value::Null),
    }
}

/// `RegExp.prototype.test(string)`.
fn test(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = this_object(vm, &call, "test")?;
    let s = vm.to_string(call.arg(0))?;
    Ok(Value::Bool(!matches!(regexp_exec(vm, r, s)?, Exec::Null)))
}

/// `RegExp.prototype.toString()`: `/source/flags`, read through the
/// accessors (in 1.0, which has no `flags`, through `global`, `ignoreCase`
/// and `multiline`).
fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = this_object(vm, &call, "toString")?;
    let source_key = Key::Str(vm.realm().names.source);
    let source = vm.get(Value::Object(r), source_key)?;
    let source = vm.to_string(source)?;
    let flags = if vm.realm().runtime >= Runtime::Js2 {
        let flags_key = Key::Str(vm.realm().names.flags);
        let f = vm.get(Value::Object(r), flags_key)?;
        vm.to_string(f)?
    } else {
        let mut text = String::new();
        for (name, c) in [("global", 'g'), ("ignoreCase", 'i'), ("multiline", 'm')] {
            if flag(vm, r, name)? {
                text.push(c);
            }
        }
        vm.heap_mut().str_from_rust(&text)?
    };
    let mut out = Builder::new();
    out.push_units(vm, &[u16::from(b'/')])?;
    out.push_str(vm, source)?;
    out.push_units(vm, &[u16::from(b'/')])?;
    out.push_str(vm, flags)?;
    Ok(Value::String(out.finish(vm)?))
}

/// A flag accessor: the flag of a RegExp, `undefined` on
/// `RegExp.prototype` itself, a TypeError otherwise.
fn flag_getter(
    vm: &mut Vm,
    call: &Call<'_>,
    name: &str,
    pick: fn(&Compiled) -> bool,
) -> JsResult<Value> {
    let Value::Object(o) = call.this else {
        let what = vm.describe(call.this);
        return Err(vm.type_error(format!(
            "RegExp.prototype.{name} getter called on non-object {what}"
        )));
    };
    if let Some(c) = vm.regexp_of(o) {
        return Ok(Value::Bool(pick(&c)));
    }
    if o == vm.realm().intrinsics.regexp_proto {
        return Ok(Value::Undefined);
    }
    Err(vm.type_error(format!(
        "RegExp.prototype.{name} getter called on non-RegExp object"
    )))
}

fn get_global(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    flag_getter(vm, &call, "global", |c| c.global)
}

fn get_ignore_case(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    flag_getter(vm, &call, "ignoreCase", |c| c.ignore_case)
}

fn get_multiline(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    flag_getter(vm, &call, "multiline", |c| c.multiline)
}

fn get_sticky(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    flag_getter(vm, &call, "sticky", |c| c.sticky)
}

/// `get RegExp.prototype.source`: the escaped pattern, `(?:)` on the
/// prototype itself.
fn get_source(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(o) = call.this else {
        let what = vm.describe(call.this);
        return Err(vm.type_error(format!(
            "RegExp.prototype.source getter called on non-object {what}"
        )));
    };
    if let Some(c) = vm.regexp_of(o) {
        return Ok(Value::String(new_str(vm, c.source_units())?));
    }
    if o == vm.realm().intrinsics.regexp_proto {
        return Ok(Value::String(vm.heap_mut().intern_rust("(?:)")?));
    }
    Err(vm.type_error("RegExp.prototype.source getter called on non-RegExp object"))
}

/// `get RegExp.prototype.flags` (2.0): the flags read one by one from the
/// object, in Node's order.
fn get_flags(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(r) = call.this else {
        let what = vm.describe(call.this);
        return Err(vm.type_error(format!(
            "RegExp.prototype.flags getter called on non-object {what}"
        )));
    };
    const READS: [(&str, char); 8] = [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("sticky", 'y'),
        ("unicodeSets", 'v'),
    ];
    let mut on = Vec::with_capacity(READS.len());
    for (name, c) in READS {
        if flag(vm, r, name)? {
            on.push(c);
        }
    }
    let text: String = "dgimsuvy".chars().filter(|c| on.contains(c)).collect();
    Ok(Value::String(vm.heap_mut().str_from_rust(&text)?))
}

// -- The String.prototype algorithms -----------------------------------------

/// RegExp.prototype[@@match] (what `String.prototype.match` does with a
/// regexp).
pub(crate) fn match_(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Value> {
    if !flag(vm, rx, "global")? {
        let r = regexp_exec(vm, rx, s)?;
        return exec_value(vm, r, s);
    }
    let unicode = flag(vm, rx, "unicode")?;
    set_last_index(vm, rx, 0.0)?;
    let mut found = Vec::new();
    let fast = all_matches(vm, rx, s)?;
    for m in fast.iter().flatten() {
        found.push(Value::String(substring(vm, s, m.start(), m.end())?));
    }
    if fast.is_none() {
        loop {
            let r = regexp_exec(vm, rx, s)?;
            if matches!(r, Exec::Null) {
                break;
            }
            let m = matched_string(vm, &r, s)?;
            found.push(Value::String(m));
            if len_of(vm, m) == 0 {
                let this_index = get_last_index(vm, rx)?;
                let next = advance(vm, s, this_index, unicode);
                set_last_index(vm, rx, next)?;
            }
        }
    }
    if found.is_empty() {
        return Ok(Value::Null);
    }
    Ok(Value::Object(vm.new_array(&found)?))
}

/// RegExp.prototype[@@search]: the index of the first match, with
/// `lastIndex` restored.
pub(crate) fn search(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Value> {
    let key = last_index_key(vm);
    let previous = vm.get(Value::Object(rx), key)?;
    if !vm.same_value(previous, Value::Number(0.0)) {
        vm.set(Value::Object(rx), key, Value::Number(0.0))?;
    }
    let r = regexp_exec(vm, rx, s)?;
    let current = vm.get(Value::Object(rx), key)?;
    if !vm.same_value(current, previous) {
        vm.set(Value::Object(rx), key, previous)?;
    }
    match r {
        Exec::Null => Ok(Value::Number(-1.0)),
        Exec::Builtin(m) => Ok(Value::Number(m.start() as f64)),
        Exec::Object(o) => {
            let index = Key::Str(vm.realm().names.index);
            vm.get(Value::Object(o), index)
        }
    }
}

/// `RegExp.prototype[@@replace](string, replaceValue)` (2.0).
fn symbol_replace(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let rx = this_object(vm, &call, "@@replace")?;
    let s = vm.to_string(call.arg(0))?;
    replace(vm, rx, s, call.arg(1))
}

/// RegExp.prototype[@@replace]: every match of a global regexp (the first
/// otherwise) replaced. All matches are found before any replacement is
/// made, as the specification orders it.
pub(crate) fn replace(vm: &mut Vm, rx: ObjRef, s: JsStr, replace_value: Value) -> JsResult<Value> {
    let with = super::string::Replacement::from_value(vm, replace_value)?;
    let global = flag(vm, rx, "global")?;
    let mut unicode = false;
    if global {
        unicode = flag(vm, rx, "unicode")?;
        set_last_index(vm, rx, 0.0)?;
    }
    let fast = if global {
        all_matches(vm, rx, s)?
    } else {
        None
    };
    let loop_needed = fast.is_none();
    let mut results: Vec<Exec> = fast
        .unwrap_or_default()
        .into_iter()
        .map(Exec::Builtin)
        .collect();
    if loop_needed {
        loop {
            let r = regexp_exec(vm, rx, s)?;
            if matches!(r, Exec::Null) {
                break;
            }
            let empty = match &r {
                Exec::Builtin(m) => m.start() == m.end(),
                other => {
                    let m = matched_string(vm, other, s)?;
                    len_of(vm, m) == 0
                }
            };
            results.push(r);
            if results.len() % 256 == 0 {
                vm.heap_mut().check(results.len() * 64)?;
            }
            if !global {
                break;
            }
            if empty {
                let this_index = get_last_index(vm, rx)?;
                let next = advance(vm, s, this_index, unicode);
                set_last_index(vm, rx, next)?;
            }
        }
    }
    let len = len_of(vm, s);
    let template: Vec<u16> = match with {
        super::string::Replacement::Template(t) => vm.heap().units(t).iter().collect(),
        super::string::Replacement::Function(_) => Vec::new(),
    };
    let mut out = Builder::new();
    let mut next_position = 0;
    for r in results {
        vm.charge(1)?;
        let (matched, position, captures, named) = match &r {
            Exec::Builtin(m) => {
                let captures: Vec<Option<Part>> = m
                    .captures
                    .iter()
                    .map(|c| c.as_ref().map(|c| Part::Range(c.start, c.end)))
                    .collect();
                let named = if m.named_groups().len() == 0 {
                    Named::None
                } else {
                    Named::Match(m)
                };
                (Part::Range(m.start(), m.end()), m.start(), captures, named)
            }
            Exec::Object(o) => read_result(vm, *o, len)?,
            Exec::Null => continue,
        };
        let accept = position >= next_position;
        if accept {
            out.push_range(vm, s, next_position, position)?;
        }
        let mut scratch = Builder::new();
        let target = if accept { &mut out } else { &mut scratch };
        match with {
            super::string::Replacement::Function(f) => {
                let mut args = Vec::with_capacity(captures.len() + 4);
                args.push(matched.value(vm, s)?);
                for c in &captures {
                    args.push(match c {
                        Some(p) => p.value(vm, s)?,
                        None => Value::Undefined,
                    });
                }
                args.push(Value::Number(position as f64));
                args.push(Value::String(s));
                match (&r, named) {
                    (Exec::Builtin(m), Named::Match(_)) => args.push(groups_object(vm, m, s)?),
                    (_, Named::Object(g)) => args.push(Value::Object(g)),
                    _ => {}
                }
                let v = vm.call(f, Value::Undefined, &args)?;
                let v = vm.to_string(v)?;
                target.push_str(vm, v)?;
            }
            super::string::Replacement::Template(_) => {
                get_substitution(
                    vm, target, s, matched, position, &captures, named, &template,
                )?;
            }
        }
        if accept {
            next_position = position + part_len(vm, matched);
        }
    }
    out.push_range(vm, s, next_position, usize::MAX)?;
    Ok(Value::String(out.finish(vm)?))
}

fn part_len(vm: &Vm, p: Part) -> usize {
    match p {
        Part::Range(a, b) => b - a.min(b),
        Part::Str(s) => len_of(vm, s),
    }
}

/// The fields @@replace reads from a result a user-defined `exec` made:
/// the match, its position (clamped to the string), the captures and the
/// `groups` object.
fn read_result(
    vm: &mut Vm,
    o: ObjRef,
    len: usize,
) -> JsResult<(Part, usize, Vec<Option<Part>>, Named<'static>)> {
    let result_len = vm.length_of(Value::Object(o))?;
    let n_captures = result_len.saturating_sub(1);
    let m = vm.get(Value::Object(o), Key::Index(0))?;
    let matched = vm.to_string(m)?;
    let index_key = Key::Str(vm.realm().names.index);
    let p = vm.get(Value::Object(o), index_key)?;
    let position = vm.to_integer(p)?.clamp(0.0, len as f64) as usize;
    let mut captures = Vec::new();
    for n in 1..=n_captures {
        vm.charge(1)?;
        let key = match u32::try_from(n) {
            Ok(i) if i < u32::MAX => Key::Index(i),
            _ => {
                let name = vm.number_to_string(n as f64)?;
                vm.heap_mut().key_for(name)?
            }
        };
        let c = vm.get(Value::Object(o), key)?;
        if captures.len() % 1024 == 1023 {
            vm.heap_mut().check(captures.len() * 64)?;
        }
        captures.push(match c {
            Value::Undefined => None,
            v => Some(Part::Str(vm.to_string(v)?)),
        });
    }
    let groups_key = Key::Str(vm.realm().names.groups);
    let groups = vm.get(Value::Object(o), groups_key)?;
    let named = match groups {
        Value::Undefined => Named::None,
        g => Named::Object(vm.to_object(g)?),
    };
    Ok((Part::Str(matched), position, captures, named))
}

/// `RegExp.prototype[@@split](string, limit)` (2.0): splits with a copy of
/// the regexp made sticky, as the specification does.
fn symbol_split(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let rx = this_object(vm, &call, "@@split")?;
    let s = vm.to_string(call.arg(0))?;
    // SpeciesConstructor: this realm has no @@species, so a constructor
    // that is an object always yields %RegExp%.
    let ctor_key = Key::Str(vm.realm().names.constructor);
    let ctor = vm.get(Value::Object(rx), ctor_key)?;
    if !matches!(ctor, Value::Undefined | Value::Object(_)) {
        return Err(vm.type_error("The .constructor property is not an object"));
    }
    let flags_key = Key::Str(vm.realm().names.flags);
    let flags = vm.get(Value::Object(rx), flags_key)?;
    let flags = vm.to_string(flags)?;
    let mut new_flags: Vec<u16> = vm.heap().units(flags).iter().collect();
    let unicode = new_flags
        .iter()
        .any(|&u| u == u16::from(b'u') || u == u16::from(b'v'));
    if !new_flags.contains(&u16::from(b'y')) {
        new_flags.push(u16::from(b'y'));
    }
    let new_flags = new_str(vm, &new_flags)?;
    let pattern_is_regexp = is_regexp(vm, Value::Object(rx))?;
    let compiled = initialize(
        vm,
        Value::Object(rx),
        Value::String(new_flags),
        pattern_is_regexp,
    )?;
    let lim = limit_of(vm, call.arg(1))?;
    if exec_is_builtin(vm)? {
        return split_by(vm, &compiled, s, lim);
    }
    let splitter = vm.new_regexp(compiled)?;
    split_generic(vm, splitter, s, lim, unicode)
}

/// ToUint32(limit), or 2^32 - 1 when undefined.
fn limit_of(vm: &mut Vm, limit: Value) -> JsResult<usize> {
    Ok(match limit {
        Value::Undefined => u32::MAX,
        v => vm.to_uint32(v)?,
    } as usize)
}

/// All the matches of a global, non-sticky RegExp whose `exec` is the
/// built-in one, found in one pass (`None` when that does not apply).
///
/// This is what the specification's loop of `exec` calls finds: each call
/// searches from the previous match's end (one unit further after an empty
/// match). The loop's reads and writes of `lastIndex` in between cannot be
/// observed: its first write succeeded, so `lastIndex` is a writable data
/// property holding numbers the loop wrote, `exec` is reached through data
/// properties, and no script code runs. `lastIndex` ends at 0, as after the
/// loop's last, failed call.
fn all_matches(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Option<Vec<crate::regex::Match>>> {
    let Some(c) = vm.regexp_of(rx) else {
        return Ok(None);
    };
    if !c.global || c.sticky || vm.heap().obj(rx).proto != Some(vm.realm().intrinsics.regexp_proto)
    {
        return Ok(None);
    }
    let key = super::name_key(vm, "exec")?;
    if vm.get_own(rx, key)?.is_some() || !exec_is_builtin(vm)? {
        return Ok(None);
    }
    let all = vm.regex_find_all(&c, s, 0)?;
    set_last_index(vm, rx, 0.0)?;
    Ok(Some(all))
}

/// Whether a fresh regexp's `exec` is the built-in one (an untouched
/// `RegExp.prototype.exec` data property).
fn exec_is_builtin(vm: &mut Vm) -> JsResult<bool> {
    let proto = vm.realm().intrinsics.regexp_proto;
    let builtin = Value::Object(vm.realm().intrinsics.regexp_exec);
    let key = super::name_key(vm, "exec")?;
    Ok(vm
        .get_own(proto, key)?
        .is_some_and(|p| !p.attrs.is_accessor() && p.value == builtin))
}

/// `String.prototype.split` with a RegExp separator in 1.0 (ES5.1: the
/// regexp's matcher is used directly, `exec` is not consulted).
pub(crate) fn split_matching(vm: &mut Vm, rx: ObjRef, s: JsStr, limit: Value) -> JsResult<Value> {
    let lim = limit_of(vm, limit)?;
    match vm.regexp_of(rx) {
        Some(c) => split_by(vm, &c, s, lim),
        None => Err(incompatible(vm, Value::Object(rx), "@@split")),
    }
}

/// The split loop with the built-in matcher. Trying the sticky splitter at
/// each position in turn finds the same matches as one forward search
/// from the position (the first position where a match exists, with the
/// same alternatives preferred), so each step is one search.
fn split_by(vm: &mut Vm, c: &Compiled, s: JsStr, lim: usize) -> JsResult<Value> {
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(&[])?));
    }
    let size = len_of(vm, s);
    if size == 0 {
        let whole = vm.regex_find(c, s, 0, true)?;
        let parts: &[Value] = if whole.is_some() {
            &[]
        } else {
            &[Value::String(s)]
        };
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    let mut parts = Vec::new();
    let (mut p, mut q) = (0, 0);
    while q < size {
        let Some(m) = vm.regex_find(c, s, q, false)? else {
            break;
        };
        if m.start() >= size {
            break;
        }
        if m.end() == p {
            q = m.start() + 1;
            continue;
        }
        parts.push(Value::String(substring(vm, s, p, m.start())?));
        if parts.len() == lim {
            return Ok(Value::Object(vm.new_array(&parts)?));
        }
        p = m.end();
        for cap in &m.captures {
            parts.push(match cap {
                Some(r) => Value::String(substring(vm, s, r.start, r.end)?),
                None => Value::Undefined,
            });
            if parts.len() == lim {
                return Ok(Value::Object(vm.new_array(&parts)?));
            }
        }
        q = p;
    }
    parts.push(Value::String(substring(vm, s, p, size)?));
    Ok(Value::Object(vm.new_array(&parts)?))
}

/// The split loop of the specification, step by step, for a splitter whose
/// `exec` is user code.
fn split_generic(
    vm: &mut Vm,
    splitter: ObjRef,
    s: JsStr,
    lim: usize,
    unicode: bool,
) -> JsResult<Value> {
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(&[])?));
    }
    let size = len_of(vm, s);
    if size == 0 {
        let z = regexp_exec(vm, splitter, s)?;
        let parts: &[Value] = if matches!(z, Exec::Null) {
            &[Value::String(s)]
        } else {
            &[]
        };
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    let mut parts = Vec::new();
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        set_last_index(vm, splitter, q as f64)?;
        let z = regexp_exec(vm, splitter, s)?;
        if matches!(z, Exec::Null) {
            q = advance(vm, s, q as f64, unicode) as usize;
            continue;
        }
        let e = get_last_index(vm, splitter)?.min(size as f64) as usize;
        if e == p {
            q = advance(vm, s, q as f64, unicode) as usize;
            continue;
        }
        parts.push(Value::String(substring(vm, s, p, q)?));
        if parts.len() == lim {
            return Ok(Value::Object(vm.new_array(&parts)?));
        }
        p = e;
        let n_captures = match &z {
            Exec::Builtin(m) => m.captures.len() as f64,
            Exec::Object(o) => {
                let length_key = Key::Str(vm.realm().names.length);
                let n = vm.get(Value::Object(*o), length_key)?;
                (vm.to_length(n)? - 1.0).max(0.0)
            }
            Exec::Null => 0.0,
        };
        let mut i = 1.0;
        while i <= n_captures {
            vm.charge(1)?;
            let cap = match &z {
                Exec::Builtin(m) => match m.captures.get(i as usize - 1).cloned().flatten() {
                    Some(r) => Value::String(substring(vm, s, r.start, r.end)?),
                    None => Value::Undefined,
                },
                Exec::Object(o) => {
                    let key = vm.to_key(Value::Number(i))?;
                    vm.get(Value::Object(*o), key)?
                }
                Exec::Null => Value::Undefined,
            };
            parts.push(cap);
            if parts.len() == lim {
                return Ok(Value::Object(vm.new_array(&parts)?));
            }
            i += 1.0;
        }
        q = p;
    }
    parts.push(Value::String(substring(vm, s, p, size)?));
    Ok(Value::Object(vm.new_array(&parts)?))
}
