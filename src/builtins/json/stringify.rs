//! `JSON.stringify` (ECMA-262 §25.5.2): SerializeJSONProperty,
//! SerializeJSONObject and SerializeJSONArray run as one loop over an
//! explicit stack of the objects being serialized (the specification's
//! `stack`, which also detects cycles), writing into one buffer.
//!
//! Writing straight into the result is equivalent to the specification's
//! lists of `partial` strings joined at the end: a member's separator and
//! indentation are written when the member turns out not to be omitted,
//! which is known once its value has been prepared (toJSON, replacer,
//! unwrapping), before anything of its own is written.

use super::{Utf16Out, constructor_name, index_key};
use crate::heap::{Class, Key};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use std::collections::HashSet;

/// `JSON.stringify(value [, replacer [, space]])`.
pub(super) fn stringify(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut s = Stringifier {
        replacer: None,
        list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        out: Utf16Out::new(),
        frames: Vec::new(),
        on_stack: HashSet::new(),
    };
    if let Value::Object(r) = call.arg(1) {
        if vm.is_callable(call.arg(1)) {
            s.replacer = Some(call.arg(1));
        } else if vm.heap().obj(r).class.is_array() {
            s.list = Some(property_list(vm, call.arg(1))?);
        }
    }
    s.gap = gap(vm, call.arg(2))?;
    let value = call.arg(0);
    // The wrapper `{"": value}` is observable only as the replacer's `this`.
    let holder = match s.replacer {
        Some(_) => {
            let wrapper = vm.new_object()?;
            let empty = Key::Str(vm.realm().names.empty);
            vm.create_data_property_or_throw(wrapper, empty, value)?;
            Value::Object(wrapper)
        }
        None => Value::Undefined,
    };
    let empty = Value::String(vm.realm().names.empty);
    let empty_key = Key::Str(vm.realm().names.empty);
    let value = s.prepare(vm, holder, empty_key, Some(empty), value)?;
    match value {
        Value::Object(o) if !vm.is_callable(value) => {
            s.enter(
                vm,
                o,
                Reached {
                    key: empty_key,
                    element: false,
                },
            )?;
            s.run(vm)?;
        }
        _ => {
            if !s.write_primitive(vm, value)? {
                return Ok(Value::Undefined);
            }
        }
    }
    Ok(Value::String(s.out.finish(vm)?))
}

/// The replacer array as a property list: its strings, numbers and
/// `String`/`Number` objects as strings, without repeats, in order. Each
/// is kept as the property key and as the string passed to `toJSON`.
fn property_list(vm: &mut Vm, replacer: Value) -> JsResult<Vec<(Key, JsStr)>> {
    let len = vm.length_of(replacer)?;
    let mut list = Vec::new();
    let mut seen = HashSet::new();
    for i in 0..len {
        vm.charge(1)?;
        let k = index_key(vm, i)?;
        let v = vm.get(replacer, k)?;
        let item = match v {
            Value::String(s) => s,
            Value::Number(_) => vm.to_string(v)?,
            Value::Object(o)
                if matches!(
                    vm.heap().obj(o).class,
                    Class::StringBox(_) | Class::NumberBox(_)
                ) =>
            {
                vm.to_string(v)?
            }
            _ => continue,
        };
        let key = vm.heap_mut().key_for(item)?;
        if seen.insert(key) {
            list.push((key, item));
        }
    }
    Ok(list)
}

/// The indentation unit from `space`: up to 10 spaces for a number, the
/// first 10 code units of a string, after unwrapping `Number` and `String`
/// objects.
fn gap(vm: &mut Vm, space: Value) -> JsResult<Vec<u16>> {
    let space = match space {
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::NumberBox(_) => Value::Number(vm.to_number(space)?),
            Class::StringBox(_) => Value::String(vm.to_string(space)?),
            _ => space,
        },
        other => other,
    };
    Ok(match space {
        Value::Number(n) => {
            let k = crate::vm::to_integer(n).min(10.0);
            if k >= 1.0 {
                vec![u16::from(b' '); k as usize]
            } else {
                Vec::new()
            }
        }
        Value::String(s) => vm.heap().units(s).iter().take(10).collect(),
        _ => Vec::new(),
    })
}

/// How an object on the stack was reached: under which key, and whether
/// as an array element (for the circular-structure message).
#[derive(Clone, Copy)]
struct Reached {
    key: Key,
    element: bool,
}

/// What is left to serialize of an object or array.
enum Members {
    /// Array elements `0..len`.
    Elements(u64),
    /// The object's own enumerable string keys, listed on entry.
    Keys(Vec<Key>),
    /// The replacer array's property list.
    List,
}

struct Frame {
    obj: ObjRef,
    members: Members,
    next: u64,
    /// Whether a member has been written.
    any: bool,
    /// The indentation outside this object.
    stepback: usize,
    reached: Reached,
}

struct Stringifier {
    replacer: Option<Value>,
    list: Option<Vec<(Key, JsStr)>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    out: Utf16Out,
    frames: Vec<Frame>,
    on_stack: HashSet<ObjRef>,
}

impl Stringifier {
    /// SerializeJSONProperty's preparation of `value` found at
    /// `holder[key]`: `toJSON`, the replacer function, and unwrapping of
    /// `Number`, `String` and `Boolean` objects. `key_str` is the key as a
    /// string, when already at hand.
    fn prepare(
        &self,
        vm: &mut Vm,
        holder: Value,
        key: Key,
        key_str: Option<Value>,
        mut value: Value,
    ) -> JsResult<Value> {
        let mut key_str = key_str;
        if let Value::Object(_) = value {
            let to_json = vm.get(value, Key::Str(vm.realm().names.to_json))?;
            if vm.is_callable(to_json) {
                let k = key_value(vm, key, &mut key_str)?;
                value = vm.call(to_json, value, &[k])?;
            }
        }
        if let Some(replacer) = self.replacer {
            let k = key_value(vm, key, &mut key_str)?;
            value = vm.call(replacer, holder, &[k, value])?;
        }
        if let Value::Object(o) = value {
            value = match vm.heap().obj(o).class {
                Class::NumberBox(_) => Value::Number(vm.to_number(value)?),
                Class::StringBox(_) => Value::String(vm.to_string(value)?),
                Class::BooleanBox(b) => Value::Bool(b),
                _ => value,
            };
        }
        Ok(value)
    }

    /// Writes a primitive's JSON text; `false` (nothing written) for the
    /// values JSON omits: `undefined`, symbols and functions.
    fn write_primitive(&mut self, vm: &mut Vm, value: Value) -> JsResult<bool> {
        match value {
            Value::Null => self.out.ascii("null"),
            Value::Bool(true) => self.out.ascii("true"),
            Value::Bool(false) => self.out.ascii("false"),
            // Written straight into the result: no heap string per number.
            Value::Number(n) if n.is_finite() => self.out.ascii(&crate::number::to_js_string(n)),
            Value::Number(_) => self.out.ascii("null"),
            Value::String(s) => quote(vm, &mut self.out, s)?,
            _ => return Ok(false),
        }
        self.out.check(vm)?;
        Ok(true)
    }

    /// Starts serializing object `o` (SerializeJSONObject or
    /// SerializeJSONArray up to the members): the cycle check, the stack
    /// and the indentation.
    fn enter(&mut self, vm: &mut Vm, o: ObjRef, reached: Reached) -> JsResult<()> {
        if self.on_stack.contains(&o) {
            let message = self.circular_message(vm, o, reached)?;
            return Err(vm.type_error(message));
        }
        self.on_stack.insert(o);
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap);
        let members = if vm.heap().obj(o).class.is_array() {
            self.out.push(u16::from(b'['));
            Members::Elements(vm.length_of(Value::Object(o))?)
        } else {
            self.out.push(u16::from(b'{'));
            match self.list {
                Some(_) => Members::List,
                None => Members::Keys(vm.own_enumerable_string_keys(o)?),
            }
        };
        self.frames.push(Frame {
            obj: o,
            members,
            next: 0,
            any: false,
            stepback,
            reached,
        });
        Ok(())
    }

    /// Serializes the members of the objects on the stack until it is
    /// empty.
    fn run(&mut self, vm: &mut Vm) -> JsResult<()> {
        while let Some(top) = self.frames.last_mut() {
            let (obj, i) = (top.obj, top.next);
            let member = match &top.members {
                Members::Elements(len) if i < *len => Some((None, true)),
                Members::Keys(keys) => keys.get(i as usize).map(|&k| (Some((k, None)), false)),
                Members::List => self
                    .list
                    .as_ref()
                    .and_then(|l| l.get(i as usize))
                    .map(|&(k, s)| (Some((k, Some(Value::String(s)))), false)),
                Members::Elements(_) => None,
            };
            let Some((named, element)) = member else {
                self.leave(vm)?;
                continue;
            };
            top.next += 1;
            vm.charge(1)?;
            let (key, key_str) = match named {
                Some(k) => k,
                None => (index_key(vm, i)?, None),
            };
            let value = vm.get(Value::Object(obj), key)?;
            let value = self.prepare(vm, Value::Object(obj), key, key_str, value)?;
            let is_object = matches!(value, Value::Object(_)) && !vm.is_callable(value);
            let omitted = !is_object
                && matches!(
                    value,
                    Value::Undefined | Value::Symbol(_) | Value::Object(_)
                );
            if omitted && !element {
                continue;
            }
            self.separator();
            if !element {
                match key {
                    Key::Str(s) => quote(vm, &mut self.out, s)?,
                    // Index keys are digits: nothing to escape.
                    Key::Index(n) => {
                        self.out.push(u16::from(b'"'));
                        self.out.ascii(&n.to_string());
                        self.out.push(u16::from(b'"'));
                    }
                    Key::Sym(_) => {}
                }
                self.out.push(u16::from(b':'));
                if !self.gap.is_empty() {
                    self.out.push(u16::from(b' '));
                }
            }
            match value {
                Value::Object(o) if is_object => self.enter(vm, o, Reached { key, element })?,
                _ if omitted => self.out.ascii("null"),
                _ => {
                    self.write_primitive(vm, value)?;
                }
            }
            self.out.check(vm)?;
        }
        Ok(())
    }

    /// Writes what precedes a member: a comma after the first, and with a
    /// gap a new line at the current indentation.
    fn separator(&mut self) {
        let Some(top) = self.frames.last_mut() else {
            return;
        };
        if top.any {
            self.out.push(u16::from(b','));
        }
        top.any = true;
        if !self.gap.is_empty() {
            self.out.push(u16::from(b'\n'));
            self.out.extend(self.indent.iter().copied());
        }
    }

    /// Closes the object on top of the stack.
    fn leave(&mut self, vm: &mut Vm) -> JsResult<()> {
        let Some(f) = self.frames.pop() else {
            return Ok(());
        };
        if f.any && !self.gap.is_empty() {
            self.out.push(u16::from(b'\n'));
            self.out
                .extend(self.indent.iter().take(f.stepback).copied());
        }
        self.out
            .push(u16::from(if matches!(f.members, Members::Elements(_)) {
                b']'
            } else {
                b'}'
            }));
        self.indent.truncate(f.stepback);
        self.on_stack.remove(&f.obj);
        self.out.check(vm)
    }

    /// V8's message for a cycle: the objects from the first one repeated
    /// to the last (the first two after the start, an ellipsis, the last
    /// one), then the key that closes the circle.
    fn circular_message(&self, vm: &mut Vm, o: ObjRef, closing: Reached) -> JsResult<String> {
        const PREFIX_LINES: usize = 2;
        const POSTFIX_LINES: usize = 1;
        let start = self.frames.iter().position(|f| f.obj == o).unwrap_or(0);
        let mut m = String::from("Converting circular structure to JSON");
        m.push_str("\n    --> starting at object with constructor '");
        m.push_str(&constructor_name(vm, o)?);
        m.push('\'');
        let line = |vm: &mut Vm, m: &mut String, f: &Frame| -> JsResult<()> {
            m.push_str("\n    |     ");
            m.push_str(&reached_text(vm, f.reached));
            m.push_str(" -> object with constructor '");
            m.push_str(&constructor_name(vm, f.obj)?);
            m.push('\'');
            Ok(())
        };
        // The frames after the start: the first PREFIX_LINES, an ellipsis
        // for any that do not fit, then the last POSTFIX_LINES.
        let after = self.frames.get(start + 1..).unwrap_or(&[]);
        let shown_first = after.len().min(PREFIX_LINES);
        let shown_last_from = shown_first.max(after.len().saturating_sub(POSTFIX_LINES));
        for f in &after[..shown_first] {
            line(vm, &mut m, f)?;
        }
        if shown_last_from > shown_first {
            m.push_str("\n    |     ...");
        }
        for f in &after[shown_last_from..] {
            line(vm, &mut m, f)?;
        }
        m.push_str("\n    --- ");
        m.push_str(&reached_text(vm, closing));
        m.push_str(" closes the circle");
        Ok(m)
    }
}

/// A key as V8 names it in the circular-structure message.
fn reached_text(vm: &Vm, r: Reached) -> String {
    match (r.element, r.key) {
        (true, Key::Index(i)) => format!("index {i}"),
        (_, Key::Str(s)) if vm.heap().units(s).is_empty() => "<anonymous>".into(),
        (_, key) => format!("property '{}'", vm.key_text(key)),
    }
}

/// The key as a string value (made once, when first needed).
fn key_value(vm: &mut Vm, key: Key, cached: &mut Option<Value>) -> JsResult<Value> {
    if let Some(v) = cached {
        return Ok(*v);
    }
    let v = vm.key_to_value(key)?;
    *cached = Some(v);
    Ok(v)
}

/// QuoteJSONString (ES2019, well-formed): `"`, `\` and control characters
/// escaped (the short forms where they exist, `\u00XX` otherwise), lone
/// surrogates as `\uDXXX` escapes, everything else as is.
fn quote(vm: &mut Vm, out: &mut Utf16Out, s: JsStr) -> JsResult<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let units = vm.heap().units(s);
    let len = units.len();
    out.push(u16::from(b'"'));
    let mut i = 0;
    while i < len {
        let u = units.at(i);
        i += 1;
        let short = match u {
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            _ => None,
        };
        if let Some(c) = short {
            out.extend([u16::from(b'\\'), u16::from(c)]);
            continue;
        }
        match u {
            0xD800..=0xDBFF if i < len && (0xDC00..=0xDFFF).contains(&units.at(i)) => {
                out.extend([u, units.at(i)]);
                i += 1;
            }
            0xD800..=0xDFFF | 0..=0x1F => {
                out.extend([u16::from(b'\\'), u16::from(b'u')]);
                out.extend(
                    (0..4)
                        .rev()
                        .map(|shift| u16::from(HEX[usize::from((u >> (shift * 4)) & 15)])),
                );
            }
            _ => out.push(u),
        }
    }
    out.push(u16::from(b'"'));
    out.check(vm)
}
