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
//!
//! What is read without the general `[[Get]]` is only what `[[Get]]` would
//! return without running code: a dense array element, an ordinary
//! object's own data property, a `toJSON` found (or not) on a chain of
//! objects whose properties are all in their property runs. Everything
//! else (holes, getters, exotic objects) takes the general path, so
//! getters, `toJSON` and the replacer run exactly when and as they would.

use super::{Latin1Out, Utf16Out, constructor_name, index_key};
use crate::heap::{Class, Key, Units};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, JsResult, Vm};
use smallvec::SmallVec;
use std::collections::HashSet;

/// `JSON.stringify(value [, replacer [, space]])`.
pub(super) fn stringify(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let mut s = Stringifier {
        replacer: None,
        list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        out: Out::new(),
        frames: SmallVec::new(),
        keys: SmallVec::new(),
        deep: HashSet::new(),
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
            // Room for a typical small result: one allocation, no regrowth.
            s.out.reserve(Out::FIRST_ROOM);
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

/// The result being built. Its code units are one byte each while every
/// unit is Latin-1 (nearly every result, which the heap then stores as it
/// is), UTF-16 from the first wider unit on. Either way it is accounted as
/// [`Utf16Out`] accounts it, by code units: the steps charged and the point
/// where the memory limit is reached do not depend on how it is stored.
enum Out {
    /// Latin-1 units, with their accounting.
    Latin1(Latin1Out),
    /// UTF-16 units, with their accounting.
    Wide(Utf16Out),
}

impl Out {
    /// The room reserved for an object's or array's text before it is
    /// entered: the few hundred bytes most results fit in.
    const FIRST_ROOM: usize = 256;

    fn new() -> Out {
        Out::Latin1(Latin1Out::new())
    }

    /// Makes room for `n` more units: one allocation for text whose length
    /// is known before it is written.
    fn reserve(&mut self, n: usize) {
        match self {
            Out::Latin1(b) => b.units.reserve(n),
            Out::Wide(w) => w.units.reserve(n),
        }
    }

    /// Appends one Latin-1 unit.
    #[inline]
    fn byte(&mut self, c: u8) {
        match self {
            Out::Latin1(b) => b.push(c),
            Out::Wide(w) => w.push(u16::from(c)),
        }
    }

    /// Appends ASCII text.
    #[inline]
    fn ascii(&mut self, s: &str) {
        match self {
            Out::Latin1(b) => b.units.extend_from_slice(s.as_bytes()),
            Out::Wide(w) => w.ascii(s),
        }
    }

    /// Appends Latin-1 units.
    #[inline]
    fn latin1(&mut self, units: &[u8]) {
        match self {
            Out::Latin1(b) => b.units.extend_from_slice(units),
            Out::Wide(w) => w.extend(units.iter().map(|&c| u16::from(c))),
        }
    }

    /// Appends code units of any width. The text turns UTF-16 at the
    /// first unit wider than Latin-1, and stays so.
    fn units(&mut self, units: &[u16]) {
        match self {
            Out::Latin1(b) if units.iter().all(|&u| u < 256) => {
                // Each unit is below 256: the cast keeps it whole.
                b.units.extend(units.iter().map(|&u| u as u8));
            }
            Out::Latin1(b) => {
                let mut wide = Vec::with_capacity((b.units.len() + units.len()).max(16) * 2);
                wide.extend(b.units.iter().map(|&c| u16::from(c)));
                wide.extend_from_slice(units);
                *self = Out::Wide(Utf16Out {
                    units: wide,
                    checked: b.checked,
                });
            }
            Out::Wide(w) => w.units.extend_from_slice(units),
        }
    }

    /// Makes the result UTF-16, as it is once a unit past Latin-1 is
    /// written, with room for `room` more units.
    fn widen(&mut self, room: usize) {
        if let Out::Latin1(b) = self {
            let mut units = Vec::with_capacity(b.units.len() + room);
            units.extend(b.units.iter().map(|&c| u16::from(c)));
            *self = Out::Wide(Utf16Out {
                units,
                checked: b.checked,
            });
        }
    }

    /// Charges and checks what was added since the last check, once enough
    /// has accumulated. Called after each bounded append.
    #[inline]
    fn check(&mut self, vm: &mut Vm) -> JsResult<()> {
        match self {
            Out::Latin1(b) => b.check(vm),
            Out::Wide(w) => w.check(vm),
        }
    }

    /// The result as a new string, stored as Latin-1 when every unit is.
    fn finish(self, vm: &mut Vm) -> JsResult<JsStr> {
        match self {
            Out::Latin1(b) => b.finish(vm),
            Out::Wide(w) => w.finish(vm),
        }
    }
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
    /// The object's own enumerable string keys, listed on entry into
    /// [`Stringifier::keys`] from the given position on.
    Keys(usize),
    /// The replacer array's property list.
    List,
}

/// An object or array being serialized.
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

/// How many of the outermost objects on the stack are searched one by
/// one for a cycle: structures are rarely deeper, and a short scan costs
/// less than hashing. Objects deeper than this are kept in a set instead,
/// so that the check costs the same at any depth.
const SCANNED: usize = 32;

/// The state of one `JSON.stringify` call.
struct Stringifier {
    replacer: Option<Value>,
    list: Option<Vec<(Key, JsStr)>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    out: Out,
    frames: SmallVec<[Frame; 8]>,
    /// The keys of the objects on the stack, each object's after those of
    /// the objects it is inside.
    keys: SmallVec<[Key; 32]>,
    /// The objects on the stack past the first [`SCANNED`].
    deep: HashSet<ObjRef>,
}

impl Stringifier {
    /// Whether [`Stringifier::prepare`] would give `value` back as it is,
    /// known without running code: there is no replacer, and `value` is a
    /// primitive, or an object other than a `Number`, `String` or `Boolean`
    /// wrapper whose `toJSON`, found without running code, is not callable.
    #[inline]
    fn passes_unprepared(&self, vm: &Vm, value: Value) -> bool {
        if self.replacer.is_some() {
            return false;
        }
        let Value::Object(o) = value else {
            return true;
        };
        if matches!(
            vm.heap().obj(o).class,
            Class::NumberBox(_) | Class::StringBox(_) | Class::BooleanBox(_)
        ) {
            return false;
        }
        let to_json = Key::Str(vm.realm().names.to_json);
        found_without_code(vm, o, to_json).is_some_and(|f| !vm.is_callable(f))
    }

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
        if let Value::Object(o) = value {
            let to_json_key = Key::Str(vm.realm().names.to_json);
            let to_json = match found_without_code(vm, o, to_json_key) {
                Some(v) => v,
                None => vm.get(value, to_json_key)?,
            };
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
    #[inline]
    fn write_primitive(&mut self, vm: &mut Vm, value: Value) -> JsResult<bool> {
        match value {
            Value::Null => self.out.ascii("null"),
            Value::Bool(true) => self.out.ascii("true"),
            Value::Bool(false) => self.out.ascii("false"),
            // Written straight into the result: no heap string per number.
            Value::Number(n) if n.is_finite() => {
                write_number(&mut self.out, n);
            }
            Value::Number(_) => self.out.ascii("null"),
            // (`quote` checks what it wrote.)
            Value::String(s) => {
                quote(vm, &mut self.out, s)?;
                return Ok(true);
            }
            _ => return Ok(false),
        }
        self.out.check(vm)?;
        Ok(true)
    }

    /// Whether `o` is being serialized (is on the stack).
    fn on_stack(&self, o: ObjRef) -> bool {
        self.frames.iter().take(SCANNED).any(|f| f.obj == o)
            || (self.frames.len() > SCANNED && self.deep.contains(&o))
    }

    /// Starts serializing object `o` (SerializeJSONObject or
    /// SerializeJSONArray up to the members): the cycle check, the stack
    /// and the indentation.
    fn enter(&mut self, vm: &mut Vm, o: ObjRef, reached: Reached) -> JsResult<()> {
        if self.on_stack(o) {
            let message = self.circular_message(vm, o, reached)?;
            return Err(vm.type_error(message));
        }
        if self.frames.len() >= SCANNED {
            self.deep.insert(o);
        }
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap);
        let members = if vm.heap().obj(o).class.is_array() {
            self.out.byte(b'[');
            Members::Elements(vm.length_of(Value::Object(o))?)
        } else {
            self.out.byte(b'{');
            match self.list {
                Some(_) => Members::List,
                None => {
                    let from = self.keys.len();
                    match vm.listed_run_len(o) {
                        // The run lists the keys in order, as
                        // `own_enumerable_string_keys` would (and charged
                        // as it charges).
                        Some(listed) => {
                            listed?;
                            self.keys.extend(
                                vm.heap()
                                    .props(o)
                                    .iter()
                                    .filter(|p| {
                                        matches!(p.key, Key::Str(_)) && p.attrs.enumerable()
                                    })
                                    .map(|p| p.key),
                            );
                        }
                        None => self.keys.extend(vm.own_enumerable_string_keys(o)?),
                    }
                    Members::Keys(from)
                }
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
            // (The top object's keys are the last ones listed.)
            let member = match top.members {
                Members::Elements(len) if i < len => Some((None, true)),
                Members::Keys(from) => usize::try_from(i)
                    .ok()
                    .and_then(|i| self.keys.get(from + i))
                    .map(|&k| (Some((k, None)), false)),
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
                None => match u32::try_from(i) {
                    // `index_key`'s answer, without the call.
                    Ok(n) if n < u32::MAX => (Key::Index(n), None),
                    _ => (index_key(vm, i)?, None),
                },
            };
            let found = if element {
                dense_element(vm, obj, i)
            } else {
                vm.own_data_value(obj, key)
            };
            let value = match found {
                Some(v) => v,
                None => vm.get(Value::Object(obj), key)?,
            };
            let value = if self.passes_unprepared(vm, value) {
                value
            } else {
                self.prepare(vm, Value::Object(obj), key, key_str, value)?
            };
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
                        self.out.byte(b'"');
                        write_number(&mut self.out, f64::from(n));
                        self.out.byte(b'"');
                    }
                    Key::Sym(_) => {}
                }
                self.out.byte(b':');
                if !self.gap.is_empty() {
                    self.out.byte(b' ');
                }
            }
            // (A primitive's text is checked as it is written.)
            match value {
                Value::Object(o) if is_object => {
                    self.enter(vm, o, Reached { key, element })?;
                    self.out.check(vm)?;
                }
                _ if omitted => {
                    self.out.ascii("null");
                    self.out.check(vm)?;
                }
                _ => {
                    self.write_primitive(vm, value)?;
                }
            }
        }
        Ok(())
    }

    /// Writes what precedes a member: a comma after the first, and with a
    /// gap a new line at the current indentation.
    #[inline]
    fn separator(&mut self) {
        let Some(top) = self.frames.last_mut() else {
            return;
        };
        if top.any {
            self.out.byte(b',');
        }
        top.any = true;
        if !self.gap.is_empty() {
            self.out.byte(b'\n');
            self.out.units(&self.indent);
        }
    }

    /// Closes the object on top of the stack.
    fn leave(&mut self, vm: &mut Vm) -> JsResult<()> {
        let Some(f) = self.frames.pop() else {
            return Ok(());
        };
        if f.any && !self.gap.is_empty() {
            self.out.byte(b'\n');
            self.out.units(self.indent.get(..f.stepback).unwrap_or(&[]));
        }
        match f.members {
            Members::Elements(_) => self.out.byte(b']'),
            Members::Keys(from) => {
                self.keys.truncate(from);
                self.out.byte(b'}');
            }
            Members::List => self.out.byte(b'}'),
        }
        self.indent.truncate(f.stepback);
        if self.frames.len() >= SCANNED {
            self.deep.remove(&f.obj);
        }
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

/// The element at `i` of array `o` when it is in the dense run: a data
/// property, whose value is what `[[Get]]` returns. `None` for a hole
/// (looked up on the prototypes) or past the run.
fn dense_element(vm: &Vm, o: ObjRef, i: u64) -> Option<Value> {
    let v = *vm.heap().elems(o).get(usize::try_from(i).ok()?)?;
    (v != Value::Empty).then_some(v)
}

/// How long a prototype chain [`found_without_code`] follows before it
/// leaves the lookup to `[[Get]]`.
const PLAIN_CHAIN: usize = 16;

/// The value `[[Get]]` finds for string key `key` on `o` when every object
/// on the way keeps the key in its property run (as `[[Get]]` would find
/// it there: ordinary objects other than the global, arrays and string
/// wrappers for keys other than `length`) and the property found is not
/// an accessor: finding it then runs no code. `None` when the general
/// `[[Get]]` is needed.
fn found_without_code(vm: &Vm, o: ObjRef, key: Key) -> Option<Value> {
    let Key::Str(name) = key else { return None };
    let realm = vm.realm();
    let mut cur = o;
    for _ in 0..PLAIN_CHAIN {
        let data = vm.heap().obj(cur);
        let plain = match data.class {
            Class::Ordinary => cur != realm.global,
            Class::Array | Class::StringBox(_) => name != realm.names.length,
            _ => false,
        };
        if !plain {
            return None;
        }
        if let Some((_, p)) = vm.heap().find_prop(cur, key) {
            return (!p.attrs.is_accessor()).then_some(p.value);
        }
        match data.proto {
            Some(next) => cur = next,
            None => return Some(Value::Undefined),
        }
    }
    None
}

/// Where escaped text is written: the result while it is Latin-1, or
/// while it is UTF-16.
trait Sink {
    /// Appends Latin-1 units.
    fn put(&mut self, units: &[u8]);

    /// Appends one Latin-1 unit.
    fn put_one(&mut self, c: u8);
}

impl Sink for Vec<u8> {
    #[inline]
    fn put(&mut self, units: &[u8]) {
        self.extend_from_slice(units);
    }

    #[inline]
    fn put_one(&mut self, c: u8) {
        self.push(c);
    }
}

impl Sink for Utf16Out {
    #[inline]
    fn put(&mut self, units: &[u8]) {
        self.extend(units.iter().map(|&c| u16::from(c)));
    }

    #[inline]
    fn put_one(&mut self, c: u8) {
        self.push(u16::from(c));
    }
}

/// QuoteJSONString (ES2019, well-formed): `"`, `\` and control characters
/// escaped (the short forms where they exist, `\u00XX` otherwise), lone
/// surrogates as `\uDXXX` escapes, everything else as is, copied a run at
/// a time between the units that need escaping.
fn quote(vm: &mut Vm, out: &mut Out, s: JsStr) -> JsResult<()> {
    match (vm.heap().units(s), &mut *out) {
        (Units::Latin1(s), Out::Latin1(b)) => {
            b.units.reserve(s.len() + 2);
            quote_latin1(&mut b.units, s);
        }
        (Units::Latin1(s), Out::Wide(w)) => quote_latin1(w, s),
        (Units::Utf16(s), out) => quote_utf16(out, s),
    }
    out.check(vm)
}

/// The Latin-1 units QuoteJSONString escapes: control characters, `"`
/// and `\`.
const ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        t[c] = true;
        c += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// [`quote`] of a string stored as Latin-1.
fn quote_latin1(out: &mut impl Sink, s: &[u8]) {
    out.put_one(b'"');
    let mut rest = s;
    while let Some(at) = first_escaped(rest) {
        let (run, escaped) = rest.split_at(at);
        out.put(run);
        let Some((&c, after)) = escaped.split_first() else {
            break;
        };
        escape(out, u16::from(c));
        rest = after;
    }
    out.put(rest);
    out.put_one(b'"');
}

/// The position of the first unit of `s` that [`quote`] escapes. Eight
/// bytes are tested at a time: most strings have nothing to escape.
fn first_escaped(s: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // Whether some byte of `x` is below `n` (at most 128): exact as a
    // whole, though a borrow may mark a byte past the first that is.
    let has_below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0;
    let has = |x: u64, c: u8| has_below(x ^ (ONES * u64::from(c)), 1);
    let mut chunks = s.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_ne_bytes(bytes);
        if has_below(x, 0x20) || has(x, b'"') || has(x, b'\\') {
            break;
        }
        at += 8;
    }
    let tail = s.get(at..)?;
    tail.iter()
        .position(|&c| ESCAPED[usize::from(c)])
        .map(|i| at + i)
}

/// [`quote`] of a string stored as UTF-16.
fn quote_utf16(out: &mut Out, s: &[u16]) {
    // A unit past Latin-1 that is not a surrogate is written as it is, so
    // the result will be UTF-16: turned so first, the runs between escapes
    // are copied as they are.
    if s.iter()
        .any(|&u| u >= 0x100 && !(0xD800..=0xDFFF).contains(&u))
    {
        // (With room for a few escapes, which take up to six units each.)
        out.widen(s.len() + s.len() / 2 + 16);
    }
    if let Out::Wide(w) = out {
        quote_wide(w, s);
        return;
    }
    out.reserve(s.len() + 2);
    out.byte(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < s.len() {
        let u = s[i];
        let kept = match u {
            0x22 | 0x5C => false,
            0x20..=0xD7FF | 0xE000..=0xFFFF => true,
            // A surrogate pair is kept whole; a lone surrogate is escaped.
            0xD800..=0xDBFF if s.get(i + 1).is_some_and(|n| (0xDC00..=0xDFFF).contains(n)) => {
                i += 1;
                true
            }
            _ => false,
        };
        i += 1;
        if !kept {
            out.units(&s[run..i - 1]);
            match out {
                Out::Latin1(b) => escape(&mut b.units, u),
                Out::Wide(w) => escape(w, u),
            }
            run = i;
        }
    }
    out.units(&s[run..]);
    out.byte(b'"');
}

/// [`quote_utf16`] into a UTF-16 result.
fn quote_wide(out: &mut Utf16Out, s: &[u16]) {
    out.units.reserve(s.len() + s.len() / 2 + 16);
    out.push(u16::from(b'"'));
    let mut rest = s;
    while let Some(at) = rest
        .iter()
        .position(|&u| u < 0x20 || u == 0x22 || u == 0x5C || (0xD800..=0xDFFF).contains(&u))
    {
        let (run, from) = rest.split_at(at);
        out.units.extend_from_slice(run);
        let Some((&u, after)) = from.split_first() else {
            break;
        };
        rest = after;
        // A surrogate pair is kept whole; a lone surrogate is escaped.
        if let (0xD800..=0xDBFF, Some((&low @ 0xDC00..=0xDFFF, after_pair))) =
            (u, rest.split_first())
        {
            out.units.extend_from_slice(&[u, low]);
            rest = after_pair;
            continue;
        }
        escape(out, u);
    }
    out.units.extend_from_slice(rest);
    out.push(u16::from(b'"'));
}

/// The escape of a unit QuoteJSONString does not write as it is: a short
/// form where there is one, `\uXXXX` otherwise.
fn escape(out: &mut impl Sink, u: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match u {
        0x08 => b'b',
        0x09 => b't',
        0x0A => b'n',
        0x0C => b'f',
        0x0D => b'r',
        0x22 => b'"',
        0x5C => b'\\',
        _ => {
            let hex = |shift: u16| HEX[usize::from((u >> shift) & 15)];
            out.put(&[b'\\', b'u', hex(12), hex(8), hex(4), hex(0)]);
            return;
        }
    };
    out.put(&[b'\\', short]);
}

/// Writes finite number `n` as `Number::toString` writes it. Integers of
/// magnitude below 2^53, most of the numbers handlers serialize (status
/// codes, counts, times), are written as the bytes of their digits.
fn write_number(out: &mut Out, n: f64) {
    let mut text = crate::number::IntegerText::new();
    match text.digits(n) {
        Some(digits) => out.latin1(digits),
        None => crate::number::with_js_text(n, |t| out.ascii(t)),
    }
}
