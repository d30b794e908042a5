//! Property access: the object internal methods of ECMA-262 §10.1
//! (`[[GetOwnProperty]]`, `[[Get]]`, `[[Set]]`, `[[DefineOwnProperty]]`,
//! `[[Delete]]`, `[[HasProperty]]`, `[[OwnPropertyKeys]]`), with the exotic
//! behaviours the engine has:
//! - arrays keep default-attribute elements in a dense run and their
//!   `length` in the object record; an array whose elements need other
//!   attributes (frozen, `defineProperty`) moves them into its properties;
//! - string wrappers expose their characters and `length`;
//! - script functions create `length`, `name` and `prototype` on first use;
//! - the global object shows the script's top-level `var`s and functions;
//! - typed arrays expose their elements (read from and written to their
//!   buffer's bytes) and never look up integer keys on their prototypes.

use super::{JsResult, Vm};
use crate::bytecode::ProtoKind;
use crate::heap::{Attrs, Class, Key, ObjFlags, ObjectData, OrdinarySet, Prop, Range, TypedKind};
use crate::value::{ObjRef, Value};

/// A property descriptor: the fields present in `Object.defineProperty`'s
/// argument.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Descriptor {
    /// `value`
    pub value: Option<Value>,
    /// `get`
    pub get: Option<Value>,
    /// `set`
    pub set: Option<Value>,
    /// `writable`
    pub writable: Option<bool>,
    /// `enumerable`
    pub enumerable: Option<bool>,
    /// `configurable`
    pub configurable: Option<bool>,
}

impl Descriptor {
    /// A plain data property: writable, enumerable, configurable.
    pub fn data(value: Value) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(true),
            enumerable: Some(true),
            configurable: Some(true),
            ..Descriptor::default()
        }
    }

    /// Whether it describes an accessor.
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// Whether it describes a data property.
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// How far a prototype chain is followed before the engine gives up (chains
/// cannot be cyclic, so this only bounds pathological ones).
const MAX_CHAIN: u32 = 100_000;

/// Dense array runs grow to cover an index at most this far past the end;
/// farther writes make the element a property (a sparse array).
const MAX_HOLE_RUN: u32 = 1024;

impl Vm {
    /// The value of `o`'s own data property `key` when `o` is an ordinary
    /// object that has one: what `[[Get]]` returns then, without its
    /// general machinery. `None` means "ask `get`".
    pub fn own_data_value(&self, o: ObjRef, key: Key) -> Option<Value> {
        if !self.heap.obj(o).class.is_ordinary() || o == self.realm.global {
            return None;
        }
        self.heap
            .find_prop(o, key)
            .map(|(_, p)| p)
            .filter(|p| !p.attrs.is_accessor())
            .map(|p| p.value)
    }

    /// The value `Get` gives for `key` on `o` when finding it runs no
    /// code: an own data property of an ordinary object, or `undefined`
    /// when neither it nor any object on its prototype chain (ordinary
    /// realm objects the event has not changed) has the key. `None` when a
    /// full [`Vm::get`] is needed.
    pub fn plain_data_value(&self, o: ObjRef, key: Key) -> Option<Value> {
        let data = self.heap.obj(o);
        if !data.class.is_ordinary() || o == self.realm.global {
            return None;
        }
        if let Some((_, p)) = self.heap.find_prop(o, key) {
            return (!p.attrs.is_accessor()).then_some(p.value);
        }
        let mut proto = data.proto;
        while let Some(p) = proto {
            let d = self.heap.obj(p);
            if !d.class.is_ordinary()
                || !self.heap.is_pristine(p)
                || self.heap.find_prop(p, key).is_some()
            {
                return None;
            }
            proto = d.proto;
        }
        Some(Value::Undefined)
    }

    /// `[[GetOwnProperty]]`.
    pub fn get_own(&mut self, o: ObjRef, key: Key) -> JsResult<Option<Prop>> {
        let data = *self.heap.obj(o);
        match (data.class, key) {
            (Class::Array | Class::Arguments, Key::Index(i)) if i < data.elems.len => {
                let v = self.heap.elems(o)[i as usize];
                if v != Value::Empty {
                    return Ok(Some(Prop {
                        key,
                        value: v,
                        attrs: Attrs::DEFAULT,
                    }));
                }
                return Ok(None);
            }
            (Class::Array, Key::Str(s)) if s == self.realm.names.length => {
                let writable = !data.flags.has(ObjFlags::LENGTH_READONLY);
                let attrs = Attrs(if writable { Attrs::WRITABLE } else { 0 });
                return Ok(Some(Prop {
                    key,
                    value: Value::Number(f64::from(data.length)),
                    attrs,
                }));
            }
            (Class::StringBox(s), Key::Index(i)) => {
                let units = self.heap.units(s);
                if (i as usize) < units.len() {
                    let c = units.at(i as usize);
                    let value = Value::String(self.char_string(c)?);
                    return Ok(Some(Prop {
                        key,
                        value,
                        attrs: Attrs(Attrs::ENUMERABLE),
                    }));
                }
            }
            (Class::StringBox(s), Key::Str(k)) if k == self.realm.names.length => {
                let len = self.heap.units(s).len();
                return Ok(Some(Prop {
                    key,
                    value: Value::Number(len as f64),
                    attrs: Attrs::FROZEN,
                }));
            }
            (Class::Closure { .. }, _) if !data.flags.has(ObjFlags::FUNCTION_PROPS) => {
                self.materialize_function_props(o)?;
            }
            (Class::TypedArray { .. }, Key::Index(i)) => {
                let attrs = Attrs::DEFAULT;
                return Ok(self.typed_get(o, i).map(|n| Prop {
                    key,
                    value: Value::Number(n),
                    attrs,
                }));
            }
            (Class::TypedArray { .. }, Key::Str(s)) if self.is_numeric_string(s) => {
                return Ok(None);
            }
            _ => {}
        }
        if o == self.realm.global {
            if let Key::Str(name) = key {
                if let Some(i) = self.global_slot(name) {
                    let value = self.script_slots[i];
                    return Ok(Some(Prop {
                        key,
                        value,
                        attrs: Attrs(Attrs::WRITABLE | Attrs::ENUMERABLE),
                    }));
                }
            }
        }
        Ok(self.heap.find_prop(o, key).map(|(_, p)| p))
    }

    /// The script slot of a top-level `var` or function named `name`.
    pub(super) fn global_slot(&self, name: crate::value::JsStr) -> Option<usize> {
        self.script
            .slots
            .iter()
            .position(|s| s.on_global && s.name == name)
    }

    /// The one-unit string for code unit `c`.
    pub fn char_string(&mut self, c: u16) -> JsResult<crate::value::JsStr> {
        if c < 256 {
            // The realm interns the 256 one-unit Latin-1 strings first.
            Ok(crate::value::JsStr(u32::from(c)))
        } else {
            Ok(self.heap.str_from_utf16(&[c])?)
        }
    }

    /// Creates a script function's `length`, `name` and `prototype`.
    fn materialize_function_props(&mut self, f: ObjRef) -> JsResult<()> {
        let Class::Closure { proto, .. } = self.heap.obj(f).class else {
            return Ok(());
        };
        self.heap
            .obj_mut(f)?
            .flags
            .set(ObjFlags::FUNCTION_PROPS, true);
        let p = &self.script.protos[proto as usize];
        let (params, name, kind, is_async) = (p.params, p.name, p.kind, p.is_async);
        let names = self.realm.names;
        let len = Prop {
            key: Key::Str(names.length),
            value: Value::Number(f64::from(params)),
            attrs: Attrs::CONFIGURABLE_ONLY,
        };
        self.heap.push_prop(f, len)?;
        let name = Value::String(name.unwrap_or(names.empty));
        self.heap.push_prop(
            f,
            Prop {
                key: Key::Str(names.name),
                value: name,
                attrs: Attrs::CONFIGURABLE_ONLY,
            },
        )?;
        if kind == ProtoKind::Normal && !is_async {
            let object_proto = self.realm.intrinsics.object_proto;
            let proto_obj = self
                .heap
                .alloc(ObjectData::new(Class::Ordinary, Some(object_proto)))?;
            let ctor = Prop {
                key: Key::Str(names.constructor),
                value: Value::Object(f),
                attrs: Attrs::HIDDEN,
            };
            self.heap.push_prop(proto_obj, ctor)?;
            let prototype = Prop {
                key: Key::Str(names.prototype),
                value: Value::Object(proto_obj),
                attrs: Attrs(Attrs::WRITABLE),
            };
            self.heap.push_prop(f, prototype)?;
        }
        Ok(())
    }

    /// `[[Get]]` on any value: primitives read their prototype's properties.
    pub fn get(&mut self, v: Value, key: Key) -> JsResult<Value> {
        let intr = self.realm.intrinsics;
        let start = match v {
            Value::Object(o) => o,
            Value::String(s) => {
                match key {
                    Key::Index(i) => {
                        let units = self.heap.units(s);
                        if (i as usize) < units.len() {
                            let c = units.at(i as usize);
                            return Ok(Value::String(self.char_string(c)?));
                        }
                    }
                    Key::Str(k) if k == self.realm.names.length => {
                        return Ok(Value::Number(self.heap.units(s).len() as f64));
                    }
                    _ => {}
                }
                intr.string_proto
            }
            Value::Number(_) => intr.number_proto,
            Value::Bool(_) => intr.boolean_proto,
            Value::Symbol(_) => intr.symbol_proto,
            Value::Undefined | Value::Null | Value::Empty => {
                let what = self.describe(v);
                let k = self.key_text(key);
                return Err(self.type_error(format!("Cannot read property '{k}' of {what}")));
            }
        };
        self.get_from(start, key, v)
    }

    /// `[[Get]]` starting at object `o`, with `receiver` as `this` for
    /// getters.
    pub fn get_from(&mut self, mut o: ObjRef, key: Key, receiver: Value) -> JsResult<Value> {
        match (self.heap.obj(o).class, key) {
            (Class::TypedArray { .. }, Key::Index(i)) => {
                return Ok(self.typed_get(o, i).map_or(Value::Undefined, Value::Number));
            }
            (Class::TypedArray { .. }, Key::Str(s)) if self.is_numeric_string(s) => {
                return Ok(Value::Undefined);
            }
            _ => {}
        }
        for _ in 0..MAX_CHAIN {
            let own = if self.own_is_plain(o, key) {
                self.heap.find_prop(o, key).map(|(_, p)| p)
            } else {
                self.get_own(o, key)?
            };
            if let Some(p) = own {
                if p.attrs.is_accessor() {
                    let getter = self.accessor_parts(p.value).0;
                    if getter == Value::Undefined {
                        return Ok(Value::Undefined);
                    }
                    return self.call(getter, receiver, &[]);
                }
                return Ok(p.value);
            }
            match self.heap.obj(o).proto {
                Some(next) => o = next,
                None => return Ok(Value::Undefined),
            }
        }
        Ok(Value::Undefined)
    }

    /// Whether `o`'s own property `key` is just what its property run
    /// holds ([`crate::heap::Heap::find_prop`]), which [`Vm::get_own`]
    /// would find the long way: true of most objects on a lookup's path,
    /// ordinary objects, and arrays and string wrappers (the prototypes of
    /// methods) asked for a name other than `length`.
    #[inline(always)]
    pub(super) fn own_is_plain(&self, o: ObjRef, key: Key) -> bool {
        match self.heap.obj(o).class {
            Class::Ordinary => o != self.realm.global,
            Class::Array | Class::StringBox(_) => {
                matches!(key, Key::Str(s) if s != self.realm.names.length)
            }
            _ => false,
        }
    }

    /// The getter and setter stored in an accessor property's value.
    pub fn accessor_parts(&self, v: Value) -> (Value, Value) {
        match v {
            Value::Object(pair) => match self.heap.obj(pair).class {
                Class::Accessor { get, set } => (get, set),
                _ => (Value::Undefined, Value::Undefined),
            },
            _ => (Value::Undefined, Value::Undefined),
        }
    }

    /// `[[Get]]` by a name.
    pub fn get_named(&mut self, v: Value, name: &str) -> JsResult<Value> {
        let key = self.heap.key_from_rust(name)?;
        self.get(v, key)
    }

    /// `target[key] = value` in strict mode: a failure is a TypeError.
    pub fn set(&mut self, target: Value, key: Key, value: Value) -> JsResult<()> {
        let o = match target {
            Value::Object(o) => o,
            Value::Undefined | Value::Null | Value::Empty => {
                let what = self.describe(target);
                let k = self.key_text(key);
                return Err(self.type_error(format!("Cannot set property '{k}' of {what}")));
            }
            _ => {
                // A primitive has no own properties to set; only a setter
                // inherited from its prototype can accept the write.
                let proto = self.to_object(target)?;
                if let Some(setter) = self.find_setter(proto, key)? {
                    self.call(setter, target, &[value])?;
                    return Ok(());
                }
                let k = self.key_text(key);
                let what = self.describe(target);
                return Err(self.type_error(format!("Cannot create property '{k}' on {what}")));
            }
        };
        if self.set_on(o, key, value)? {
            return Ok(());
        }
        let k = self.key_text(key);
        let message = if self.find_prop_in_chain(o, key)?.is_some() {
            format!(
                "Cannot assign to read only property '{k}' of {}",
                self.describe(target)
            )
        } else {
            format!("Cannot add property {k}, object is not extensible")
        };
        Err(self.type_error(message))
    }

    fn find_setter(&mut self, mut o: ObjRef, key: Key) -> JsResult<Option<Value>> {
        for _ in 0..MAX_CHAIN {
            if let Some(p) = self.get_own(o, key)? {
                if p.attrs.is_accessor() {
                    let setter = self.accessor_parts(p.value).1;
                    return Ok((setter != Value::Undefined).then_some(setter));
                }
                return Ok(None);
            }
            match self.heap.obj(o).proto {
                Some(next) => o = next,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    fn find_prop_in_chain(&mut self, mut o: ObjRef, key: Key) -> JsResult<Option<Prop>> {
        for _ in 0..MAX_CHAIN {
            if let Some(p) = self.get_own(o, key)? {
                return Ok(Some(p));
            }
            match self.heap.obj(o).proto {
                Some(next) => o = next,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    /// OrdinarySet on object `o` with `o` as receiver; `false` when the
    /// write is refused.
    pub fn set_on(&mut self, o: ObjRef, key: Key, value: Value) -> JsResult<bool> {
        if self.set_ordinary(o, key, value)? {
            return Ok(true);
        }
        // Fast paths: an own writable data property or a dense element.
        let data = *self.heap.obj(o);
        match (data.class, key) {
            (Class::TypedArray { .. }, Key::Index(i)) => {
                let n = self.to_number(value)?;
                self.typed_set(o, i, n);
                return Ok(true);
            }
            // Not an element index ("-0", "1.5"...): converted, then dropped.
            (Class::TypedArray { .. }, Key::Str(s)) if self.is_numeric_string(s) => {
                self.to_number(value)?;
                return Ok(true);
            }
            _ => {}
        }
        if let (Class::Array, Key::Index(i)) = (data.class, key) {
            if i < data.elems.len && self.heap.elems(o)[i as usize] != Value::Empty {
                self.heap.set_elem_at(o, i as usize, value)?;
                return Ok(true);
            }
        }
        let mut cur = o;
        for _ in 0..MAX_CHAIN {
            let own = if self.own_is_plain(cur, key) {
                self.heap.find_prop(cur, key).map(|(_, p)| p)
            } else {
                self.get_own(cur, key)?
            };
            if let Some(p) = own {
                if p.attrs.is_accessor() {
                    let setter = self.accessor_parts(p.value).1;
                    if setter == Value::Undefined {
                        return Ok(false);
                    }
                    self.call(setter, Value::Object(o), &[value])?;
                    return Ok(true);
                }
                if !p.attrs.writable() {
                    return Ok(false);
                }
                if cur == o {
                    return self.write_own_value(o, key, value);
                }
                break;
            }
            match self.heap.obj(cur).proto {
                Some(next) => cur = next,
                None => break,
            }
        }
        self.add_own(o, key, value, Attrs::DEFAULT)
    }

    /// [`Vm::set_on`] in the usual case, an ordinary object on a chain of
    /// ordinary ones with no setter or read-only property for the key:
    /// what its walk and `write_own_value` or `add_own` do then, the chain
    /// walked once. `Ok(false)` leaves the write, not made, to the walk.
    #[inline(always)]
    pub(super) fn set_ordinary(&mut self, o: ObjRef, key: Key, value: Value) -> JsResult<bool> {
        match self.heap.ordinary_set(o, key, self.realm.global) {
            OrdinarySet::Own(i, p) => {
                self.heap.set_prop_at(o, i, Prop { value, ..p })?;
                self.written_slot = i as u32;
                Ok(true)
            }
            OrdinarySet::Absent => {
                self.charge(1)?;
                let attrs = Attrs::DEFAULT;
                self.heap.push_prop(o, Prop { key, value, attrs })?;
                Ok(true)
            }
            OrdinarySet::Unknown => Ok(false),
        }
    }

    /// Replaces the value of an existing own data property.
    fn write_own_value(&mut self, o: ObjRef, key: Key, value: Value) -> JsResult<bool> {
        let data = *self.heap.obj(o);
        match (data.class, key) {
            (Class::Array | Class::Arguments, Key::Index(i)) if i < data.elems.len => {
                self.heap.set_elem_at(o, i as usize, value)?;
                return Ok(true);
            }
            (Class::Array, Key::Str(s)) if s == self.realm.names.length => {
                return self.set_array_length(o, value);
            }
            _ => {}
        }
        if o == self.realm.global {
            if let Key::Str(name) = key {
                if let Some(i) = self.global_slot(name) {
                    self.script_slots[i] = value;
                    return Ok(true);
                }
            }
        }
        if let Some((i, p)) = self.heap.find_prop(o, key) {
            self.heap.set_prop_at(o, i, Prop { value, ..p })?;
            self.written_slot = i as u32;
        }
        Ok(true)
    }

    /// Adds a new own property (after the caller checked it is absent).
    fn add_own(&mut self, o: ObjRef, key: Key, value: Value, attrs: Attrs) -> JsResult<bool> {
        let data = *self.heap.obj(o);
        if !data.flags.has(ObjFlags::EXTENSIBLE) {
            return Ok(false);
        }
        // A hole of an arguments object's dense run (`delete arguments[0]`)
        // is filled in place: `get_own` reads indices there.
        if let (Class::Arguments, Key::Index(i)) = (data.class, key) {
            if attrs == Attrs::DEFAULT && i < data.elems.len {
                self.heap.set_elem_at(o, i as usize, value)?;
                return Ok(true);
            }
        }
        if let (Class::Array, Key::Index(i)) = (data.class, key) {
            if i >= data.length && data.flags.has(ObjFlags::LENGTH_READONLY) {
                return Ok(false);
            }
            if attrs == Attrs::DEFAULT
                && self.is_dense(o)
                && i >= data.elems.len
                && i - data.elems.len <= MAX_HOLE_RUN
            {
                for _ in data.elems.len..i {
                    self.heap.push_elem(o, Value::Empty)?;
                }
                self.heap.push_elem(o, value)?;
                let rec = self.heap.obj_mut(o)?;
                rec.length = rec.length.max(i + 1);
                return Ok(true);
            }
            if attrs == Attrs::DEFAULT && i < data.elems.len {
                self.heap.set_elem_at(o, i as usize, value)?;
                return Ok(true);
            }
            let rec = self.heap.obj_mut(o)?;
            rec.length = rec.length.max(i.saturating_add(1));
        }
        self.charge(1)?;
        self.heap.push_prop(o, Prop { key, value, attrs })?;
        Ok(true)
    }

    /// Whether an array keeps all its elements in the dense run (no index
    /// among its named properties).
    fn is_dense(&self, o: ObjRef) -> bool {
        !self.heap.has_index_props(o)
    }

    /// Sets an array's `length` (ECMA-262 §10.4.2.4).
    fn set_array_length(&mut self, o: ObjRef, value: Value) -> JsResult<bool> {
        let n = self.to_number(value)?;
        let len = n as u32;
        if f64::from(len) != n {
            return Err(self.range_error("Invalid array length"));
        }
        let data = *self.heap.obj(o);
        if data.flags.has(ObjFlags::LENGTH_READONLY) {
            return Ok(len == data.length);
        }
        if len < data.length {
            // Delete from the end; a non-configurable element stops it.
            let mut keep = len;
            let index_props: Vec<(u32, Attrs)> = self
                .heap
                .props(o)
                .iter()
                .filter_map(|p| match p.key {
                    Key::Index(i) if i >= len => Some((i, p.attrs)),
                    _ => None,
                })
                .collect();
            for &(i, attrs) in &index_props {
                if !attrs.configurable() {
                    keep = keep.max(i + 1);
                }
            }
            for (i, attrs) in index_props {
                if i >= keep && attrs.configurable() {
                    if let Some((at, _)) = self.heap.find_prop(o, Key::Index(i)) {
                        self.heap.remove_prop_at(o, at)?;
                    }
                }
            }
            self.heap.truncate_elems(o, keep)?;
            self.heap.obj_mut(o)?.length = keep;
            return Ok(keep == len);
        }
        self.heap.obj_mut(o)?.length = len;
        Ok(true)
    }

    /// Defines a plain data property (object literals, `CreateDataProperty`).
    pub fn create_data_property(&mut self, o: ObjRef, key: Key, value: Value) -> JsResult<bool> {
        // An index past the dense run of an array without sparse elements
        // names no property yet (what `map`, `filter`, `slice`... write for
        // every element): `define_own` would hand it to `add_own` as it is.
        if let Key::Index(i) = key {
            let data = *self.heap.obj(o);
            // The next element of an extensible array with no named
            // properties: what `add_own` would do, without looking again.
            if data.class.is_array()
                && i == data.elems.len
                && data.props.len == 0
                && data.flags.has(ObjFlags::EXTENSIBLE)
                && (i < data.length || !data.flags.has(ObjFlags::LENGTH_READONLY))
            {
                self.heap.push_elem(o, value)?;
                if i >= data.length {
                    self.heap.obj_mut(o)?.length = i + 1;
                }
                return Ok(true);
            }
            if data.class.is_array() && i >= data.elems.len && self.is_dense(o) {
                return self.add_own(o, key, value, Attrs::DEFAULT);
            }
        }
        self.define_own(o, key, Descriptor::data(value))
    }

    /// Like [`Vm::create_data_property`], throwing when refused.
    pub fn create_data_property_or_throw(
        &mut self,
        o: ObjRef,
        key: Key,
        value: Value,
    ) -> JsResult<()> {
        if self.create_data_property(o, key, value)? {
            Ok(())
        } else {
            let k = self.key_text(key);
            Err(self.type_error(format!(
                "Cannot define property {k}, object is not extensible"
            )))
        }
    }

    /// `[[DefineOwnProperty]]` (ValidateAndApplyPropertyDescriptor).
    pub fn define_own(&mut self, o: ObjRef, key: Key, desc: Descriptor) -> JsResult<bool> {
        if let Some(done) = self.typed_define(o, key, desc)? {
            return Ok(done);
        }
        let current = self.get_own(o, key)?;
        let data = *self.heap.obj(o);
        if data.class.is_array() {
            if let Key::Str(s) = key {
                if s == self.realm.names.length {
                    return self.define_array_length(o, desc);
                }
            }
        }
        let Some(cur) = current else {
            if !data.flags.has(ObjFlags::EXTENSIBLE) {
                return Ok(false);
            }
            let mut attrs = Attrs(0);
            attrs = attrs.with(Attrs::ENUMERABLE, desc.enumerable.unwrap_or(false));
            attrs = attrs.with(Attrs::CONFIGURABLE, desc.configurable.unwrap_or(false));
            let value = if desc.is_accessor() {
                attrs = attrs.with(Attrs::ACCESSOR, true);
                self.new_accessor(
                    desc.get.unwrap_or(Value::Undefined),
                    desc.set.unwrap_or(Value::Undefined),
                )?
            } else {
                attrs = attrs.with(Attrs::WRITABLE, desc.writable.unwrap_or(false));
                desc.value.unwrap_or(Value::Undefined)
            };
            if data.has_elements() && matches!(key, Key::Index(_)) && attrs != Attrs::DEFAULT {
                self.make_sparse(o)?;
            }
            return self.add_own(o, key, value, attrs);
        };
        // Validate against the current property.
        if !cur.attrs.configurable() {
            if desc.configurable == Some(true) {
                return Ok(false);
            }
            if desc.enumerable.is_some_and(|e| e != cur.attrs.enumerable()) {
                return Ok(false);
            }
            if desc.is_accessor() != cur.attrs.is_accessor()
                && (desc.is_accessor() || desc.is_data())
            {
                return Ok(false);
            }
            if cur.attrs.is_accessor() {
                let (g, s) = self.accessor_parts(cur.value);
                if desc.get.is_some_and(|x| !self.same_value(x, g))
                    || desc.set.is_some_and(|x| !self.same_value(x, s))
                {
                    return Ok(false);
                }
            } else if !cur.attrs.writable() {
                if desc.writable == Some(true) {
                    return Ok(false);
                }
                if desc.value.is_some_and(|v| !self.same_value(v, cur.value)) {
                    return Ok(false);
                }
            }
        }
        // Apply.
        let mut attrs = cur.attrs;
        if let Some(e) = desc.enumerable {
            attrs = attrs.with(Attrs::ENUMERABLE, e);
        }
        if let Some(c) = desc.configurable {
            attrs = attrs.with(Attrs::CONFIGURABLE, c);
        }
        let value = if desc.is_accessor() {
            let (mut g, mut s) = if cur.attrs.is_accessor() {
                self.accessor_parts(cur.value)
            } else {
                (Value::Undefined, Value::Undefined)
            };
            if let Some(x) = desc.get {
                g = x;
            }
            if let Some(x) = desc.set {
                s = x;
            }
            attrs = attrs
                .with(Attrs::ACCESSOR, true)
                .with(Attrs::WRITABLE, false);
            self.new_accessor(g, s)?
        } else if desc.is_data() && cur.attrs.is_accessor() {
            attrs = attrs
                .with(Attrs::ACCESSOR, false)
                .with(Attrs::WRITABLE, desc.writable.unwrap_or(false));
            desc.value.unwrap_or(Value::Undefined)
        } else {
            if let Some(w) = desc.writable {
                attrs = attrs.with(Attrs::WRITABLE, w);
            }
            desc.value.unwrap_or(cur.value)
        };
        self.replace_own(o, key, value, attrs)?;
        Ok(true)
    }

    /// Stores an own property's new value and attributes.
    fn replace_own(&mut self, o: ObjRef, key: Key, value: Value, attrs: Attrs) -> JsResult<()> {
        let data = *self.heap.obj(o);
        if let Key::Index(i) = key {
            if data.has_elements() && i < data.elems.len {
                if attrs == Attrs::DEFAULT {
                    self.heap.set_elem_at(o, i as usize, value)?;
                    return Ok(());
                }
                self.make_sparse(o)?;
            }
        }
        if o == self.realm.global {
            if let Key::Str(name) = key {
                if let Some(i) = self.global_slot(name) {
                    self.script_slots[i] = value;
                    return Ok(());
                }
            }
        }
        if let Some((i, _)) = self.heap.find_prop(o, key) {
            self.heap.set_prop_at(o, i, Prop { key, value, attrs })?;
        }
        Ok(())
    }

    /// Moves an array's dense elements into its properties, so that each
    /// can have its own attributes.
    pub fn make_sparse(&mut self, o: ObjRef) -> JsResult<()> {
        let elems: Vec<Value> = self.heap.elems(o).to_vec();
        self.charge(elems.len() as u64)?;
        let mut index_props: Vec<Prop> = self
            .heap
            .props(o)
            .iter()
            .filter(|p| matches!(p.key, Key::Index(_)))
            .copied()
            .collect();
        for (i, v) in elems.into_iter().enumerate() {
            if v != Value::Empty {
                index_props.push(Prop {
                    key: Key::Index(i as u32),
                    value: v,
                    attrs: Attrs::DEFAULT,
                });
            }
        }
        self.heap.truncate_elems(o, 0)?;
        // Keep index keys in ascending order ahead of the named ones.
        let named: Vec<Prop> = self
            .heap
            .props(o)
            .iter()
            .filter(|p| !matches!(p.key, Key::Index(_)))
            .copied()
            .collect();
        index_props.sort_by_key(|p| match p.key {
            Key::Index(i) => i,
            _ => 0,
        });
        let count = self.heap.props(o).len();
        for _ in 0..count {
            self.heap.remove_prop_at(o, 0)?;
        }
        for p in index_props.into_iter().chain(named) {
            self.heap.push_prop(o, p)?;
        }
        Ok(())
    }

    fn define_array_length(&mut self, o: ObjRef, desc: Descriptor) -> JsResult<bool> {
        if desc.is_accessor() || desc.configurable == Some(true) || desc.enumerable == Some(true) {
            return Ok(false);
        }
        let readonly = self.heap.obj(o).flags.has(ObjFlags::LENGTH_READONLY);
        if let Some(v) = desc.value {
            if !self.set_array_length(o, v)? {
                return Ok(false);
            }
        }
        if desc.writable == Some(true) && readonly {
            return Ok(false);
        }
        if desc.writable == Some(false) {
            self.heap
                .obj_mut(o)?
                .flags
                .set(ObjFlags::LENGTH_READONLY, true);
        }
        Ok(true)
    }

    /// A getter/setter pair object.
    pub fn new_accessor(&mut self, get: Value, set: Value) -> JsResult<Value> {
        Ok(Value::Object(self.heap.alloc(ObjectData::new(
            Class::Accessor { get, set },
            None,
        ))?))
    }

    /// `[[Delete]]`; `false` when the property is not configurable.
    pub fn delete(&mut self, o: ObjRef, key: Key) -> JsResult<bool> {
        let data = *self.heap.obj(o);
        match (data.class, key) {
            (Class::TypedArray { .. }, Key::Index(i)) => return Ok(self.typed_get(o, i).is_none()),
            (Class::TypedArray { .. }, Key::Str(s)) if self.is_numeric_string(s) => {
                return Ok(true);
            }
            _ => {}
        }
        // Dense elements are always configurable: deleting one leaves a hole.
        if let (true, Key::Index(i)) = (data.has_elements(), key) {
            if i < data.elems.len {
                self.heap.set_elem_at(o, i as usize, Value::Empty)?;
                return Ok(true);
            }
        }
        match self.get_own(o, key)? {
            None => Ok(true),
            Some(p) if !p.attrs.configurable() => Ok(false),
            Some(_) => {
                if let Some((i, _)) = self.heap.find_prop(o, key) {
                    self.heap.remove_prop_at(o, i)?;
                }
                Ok(true)
            }
        }
    }

    /// `[[HasProperty]]`.
    pub fn has_property(&mut self, mut o: ObjRef, key: Key) -> JsResult<bool> {
        match (self.heap.obj(o).class, key) {
            (Class::TypedArray { .. }, Key::Index(i)) => return Ok(self.typed_get(o, i).is_some()),
            (Class::TypedArray { .. }, Key::Str(s)) if self.is_numeric_string(s) => {
                return Ok(false);
            }
            _ => {}
        }
        for _ in 0..MAX_CHAIN {
            if self.get_own(o, key)?.is_some() {
                return Ok(true);
            }
            match self.heap.obj(o).proto {
                Some(next) => o = next,
                None => return Ok(false),
            }
        }
        Ok(false)
    }

    /// `[[OwnPropertyKeys]]`: integer keys ascending, then string keys in
    /// creation order, then symbols in creation order.
    pub fn own_keys(&mut self, o: ObjRef) -> JsResult<Vec<Key>> {
        let data = *self.heap.obj(o);
        if let Class::Closure { .. } = data.class {
            if !data.flags.has(ObjFlags::FUNCTION_PROPS) {
                self.materialize_function_props(o)?;
            }
        }
        let mut indices: Vec<u32> = Vec::new();
        match data.class {
            Class::Array | Class::Arguments => {
                indices.extend(
                    self.heap
                        .elems(o)
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| **v != Value::Empty)
                        .map(|(i, _)| i as u32),
                );
            }
            Class::StringBox(s) => indices.extend(0..self.heap.units(s).len() as u32),
            Class::TypedArray { length, .. } => indices.extend(0..length),
            _ => {}
        }
        let prop_count = self.heap.props(o).len();
        self.charge(prop_count as u64 + indices.len() as u64)?;
        let dense = indices.len();
        indices.extend(self.heap.props(o).iter().filter_map(|p| match p.key {
            Key::Index(i) => Some(i),
            _ => None,
        }));
        if indices.len() > dense {
            indices.sort_unstable();
        }
        let mut keys: Vec<Key> = indices.into_iter().map(Key::Index).collect();
        match data.class {
            Class::Array => keys.push(Key::Str(self.realm.names.length)),
            Class::StringBox(_) => keys.push(Key::Str(self.realm.names.length)),
            _ => {}
        }
        if o == self.realm.global {
            keys.extend(
                self.script
                    .slots
                    .iter()
                    .filter(|s| s.on_global)
                    .map(|s| Key::Str(s.name)),
            );
        }
        let props = self.heap.props(o);
        keys.extend(
            props
                .iter()
                .filter(|p| matches!(p.key, Key::Str(_)))
                .map(|p| p.key),
        );
        keys.extend(
            props
                .iter()
                .filter(|p| matches!(p.key, Key::Sym(_)))
                .map(|p| p.key),
        );
        Ok(keys)
    }

    /// The enumerable own string keys, in order (`Object.keys`, `for-in`
    /// of one object).
    pub fn own_enumerable_string_keys(&mut self, o: ObjRef) -> JsResult<Vec<Key>> {
        self.enumerable_string_props(o, |p| p.key, |k| k)
    }

    /// The property run of `o` when it is an ordinary object whose keys
    /// are all strings or symbols (headers, query parameters, most
    /// objects): the run is then already in key order and holds the
    /// attributes, so nothing needs sorting or looking up again to list
    /// its keys.
    #[inline]
    fn string_keyed_props(&self, o: ObjRef) -> Option<&[Prop]> {
        if !self.heap.obj(o).class.is_ordinary() || o == self.realm.global {
            return None;
        }
        let props = self.heap.props(o);
        props
            .iter()
            .all(|p| matches!(p.key, Key::Str(_) | Key::Sym(_)))
            .then_some(props)
    }

    /// The length of `o`'s property run when [`Vm::own_enumerable_string_data`]
    /// would list it straight from the run, charged as that charges; the
    /// caller reads the run itself (`Heap::props`), which stays as it is
    /// while no script code runs. `None` when the run is not listed so,
    /// with nothing charged.
    pub(crate) fn listed_run_len(&mut self, o: ObjRef) -> Option<JsResult<usize>> {
        let count = self.string_keyed_props(o)?.len();
        Some(self.charge(count as u64).map(|()| count))
    }

    /// [`Vm::own_enumerable_string_keys`], each key with its value where
    /// the property is a data property found without a lookup (an
    /// ordinary object whose keys are all strings or symbols).
    pub fn own_enumerable_string_data(&mut self, o: ObjRef) -> JsResult<Vec<(Key, Option<Value>)>> {
        self.enumerable_string_props(
            o,
            |p| (p.key, Some(p.value).filter(|_| !p.attrs.is_accessor())),
            |k| (k, None),
        )
    }

    /// The enumerable own string-keyed properties of `o`, in order, each
    /// as `found` makes it from the property where the property run can be
    /// read directly, or as `looked_up` makes it from the key otherwise.
    fn enumerable_string_props<T>(
        &mut self,
        o: ObjRef,
        found: impl Fn(&Prop) -> T,
        looked_up: impl Fn(Key) -> T,
    ) -> JsResult<Vec<T>> {
        // The charge is what `own_keys` charges.
        if let Some(props) = self.string_keyed_props(o) {
            let count = props.len() as u64;
            // Sized once: collecting a filtered iterator grows the vector
            // step by step.
            let mut out = Vec::with_capacity(props.len());
            out.extend(
                props
                    .iter()
                    .filter(|p| matches!(p.key, Key::Str(_)) && p.attrs.enumerable())
                    .map(found),
            );
            self.charge(count)?;
            return Ok(out);
        }
        let keys = self.own_keys(o)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            if matches!(k, Key::Sym(_)) {
                continue;
            }
            if let Some(p) = self.get_own(o, k)? {
                if p.attrs.enumerable() {
                    out.push(looked_up(k));
                }
            }
        }
        Ok(out)
    }

    /// Whether `s` is a canonical numeric string (ECMA-262 §7.1.21) that is
    /// not an array index: `"-0"`, `"-1"`, `"1.5"`, `"NaN"`... A typed array
    /// has no such property and never looks one up on its prototypes.
    fn is_numeric_string(&self, s: crate::value::JsStr) -> bool {
        let units = self.heap.units(s);
        let first = units.at(0);
        if units.is_empty()
            || !(first == u16::from(b'-')
                || first == u16::from(b'I')
                || first == u16::from(b'N')
                || (0x30..=0x39).contains(&first))
        {
            return false;
        }
        if units.len() == 2 && first == u16::from(b'-') && units.at(1) == u16::from(b'0') {
            return true;
        }
        let n = super::ops::string_to_number(units);
        let canonical = crate::number::to_js_string(n);
        units.len() == canonical.len()
            && units
                .iter()
                .zip(canonical.bytes())
                .all(|(u, b)| u == u16::from(b))
    }

    /// `[[DefineOwnProperty]]` of a typed array for element keys
    /// (§10.4.5.3): `None` when `key` is not numeric or `o` not a typed
    /// array.
    fn typed_define(&mut self, o: ObjRef, key: Key, desc: Descriptor) -> JsResult<Option<bool>> {
        if !matches!(self.heap.obj(o).class, Class::TypedArray { .. }) {
            return Ok(None);
        }
        let index = match key {
            Key::Index(i) => i,
            Key::Str(s) if self.is_numeric_string(s) => return Ok(Some(false)),
            _ => return Ok(None),
        };
        if self.typed_get(o, index).is_none()
            || desc.configurable == Some(false)
            || desc.enumerable == Some(false)
            || desc.is_accessor()
            || desc.writable == Some(false)
        {
            return Ok(Some(false));
        }
        if let Some(v) = desc.value {
            let n = self.to_number(v)?;
            self.typed_set(o, index, n);
        }
        Ok(Some(true))
    }

    /// Where element `i` of typed array `o` is: its kind and byte range,
    /// or `None` when out of bounds.
    fn typed_slot(&self, o: ObjRef, i: u32) -> Option<(TypedKind, crate::heap::Range)> {
        let Class::TypedArray {
            kind,
            buffer,
            offset,
            length,
        } = self.heap.obj(o).class
        else {
            return None;
        };
        if i >= length {
            return None;
        }
        let Class::ArrayBuffer(bytes) = self.heap.obj(buffer).class else {
            return None;
        };
        let start = offset.checked_add(i.checked_mul(kind.size())?)?;
        let end = start.checked_add(kind.size())?;
        if end > bytes.len {
            return None;
        }
        Some((
            kind,
            crate::heap::Range {
                start: bytes.start + start,
                len: kind.size(),
                cap: kind.size(),
            },
        ))
    }

    /// Element `i` of typed array `o`.
    pub fn typed_get(&self, o: ObjRef, i: u32) -> Option<f64> {
        let (kind, range) = self.typed_slot(o, i)?;
        Some(kind.read(self.heap.bytes(range)))
    }

    /// Writes element `i` of typed array `o` (out of bounds: ignored).
    pub fn typed_set(&mut self, o: ObjRef, i: u32, n: f64) {
        if let Some((kind, range)) = self.typed_slot(o, i) {
            let encoded = kind.encode(n);
            let size = kind.size() as usize;
            self.heap.bytes_mut(range).copy_from_slice(&encoded[..size]);
        }
    }

    /// A new plain object.
    pub fn new_object(&mut self) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.object_proto;
        Ok(self
            .heap
            .alloc(ObjectData::new(Class::Ordinary, Some(proto)))?)
    }

    /// A new ordinary object with room for `room` properties.
    pub fn new_object_with_room(&mut self, room: usize) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.object_proto;
        let data = ObjectData::new(Class::Ordinary, Some(proto));
        Ok(self.heap.alloc_with_room(data, room)?)
    }

    /// A new array holding `values`.
    pub fn new_array(&mut self, values: &[Value]) -> JsResult<ObjRef> {
        self.charge(values.len() as u64)?;
        // An empty run needs no memory check of its own: the object's
        // check comes next, with nothing allocated in between, and fails
        // whenever that one would.
        let elems = if values.is_empty() {
            self.heap.empty_values()
        } else {
            self.heap.alloc_values(values)?
        };
        self.array_of_run(elems, values.len() as u32)
    }

    /// A new empty array with room for `room` elements (see
    /// [`crate::heap::Heap::room_values`]).
    pub(crate) fn new_array_with_room(&mut self, room: usize) -> JsResult<ObjRef> {
        let elems = self.heap.room_values(room)?;
        self.array_of_run(elems, 0)
    }

    /// A new array of length `length` whose dense run is `elems`.
    fn array_of_run(&mut self, elems: Range, length: u32) -> JsResult<ObjRef> {
        let proto = self.realm.intrinsics.array_proto;
        let mut data = ObjectData::new(Class::Array, Some(proto));
        data.elems = elems;
        data.length = length;
        Ok(self.heap.alloc(data)?)
    }

    /// Sets a data property by name (creating it): for building results.
    pub fn put(&mut self, o: ObjRef, name: &str, value: Value) -> JsResult<()> {
        let key = self.heap.key_from_rust(name)?;
        self.create_data_property_or_throw(o, key, value)
    }

    /// The `length` of an array-like, as ToLength.
    #[inline]
    pub fn length_of(&mut self, o: Value) -> JsResult<u64> {
        if let Value::Object(r) = o {
            let d = self.heap.obj(r);
            if d.class.is_array() {
                return Ok(u64::from(d.length));
            }
        }
        self.length_property(o)
    }

    /// [`Vm::length_of`] of anything but an array: its `length` property,
    /// converted.
    #[inline(never)]
    fn length_property(&mut self, o: Value) -> JsResult<u64> {
        let v = self.get(o, Key::Str(self.realm.names.length))?;
        Ok(self.to_length(v)? as u64)
    }
}
