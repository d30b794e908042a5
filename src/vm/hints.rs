//! Property hints: where each `GetProp` site last found its property.
//!
//! A hint is the index of the property in an object's property run, on the
//! object the lookup starts from or on that object's prototype. The next
//! lookup at the site reads that slot and takes it when the key there is
//! the one looked up: objects built the same way (the event's, literals of
//! one site, the realm's prototypes) keep their properties at the same
//! places, so most sites hit. A property run holds each key at most once,
//! so a matching key *is* the property, and a hint needs no invalidation:
//! one that no longer holds just misses and the full lookup runs. Hints
//! are slot numbers only and outlive events; what a lookup returns never
//! depends on them, nor does the step count.
//!
//! `GetGlobal` sites share a small table of the same kind, keyed by the
//! name: the slot where the global object's run held it last. So do
//! `GetElem` sites with a string key (`headers[name]`), keyed by the
//! object and the string: the slot where that object's run held it last.

use super::{JsResult, Vm};
use crate::heap::{Class, Key, OrdinaryLookup, Prop};
use crate::value::{JsStr, ObjRef, Value};

/// No hint recorded.
pub(crate) const NONE: u32 = u32::MAX;

/// Set in a hint when the property is on the prototype of the object the
/// lookup starts from (which must not have it itself).
const ON_PROTO: u32 = 1 << 31;

/// The hint of a `length` site whose last lookup read the length of an
/// array or a string, which no property run holds. Only sites of the key
/// `length` get it (a site is one key of one function).
pub(crate) const LENGTH: u32 = NONE - 1;

/// Entries of the global-name hint table (a name's entry: its string
/// number modulo this).
pub(crate) const GLOBAL_HINTS: usize = 64;

/// A global-name hint: the name's string number and its slot in the
/// global object's property run.
pub(crate) type GlobalHint = (u32, u32);

/// An entry that holds no hint.
pub(crate) const NO_GLOBAL_HINT: GlobalHint = (u32::MAX, NONE);

/// Entries of the element-key hint table.
pub(crate) const ELEM_HINTS: usize = 64;

/// An element-key hint: the object's number, the key string's number and
/// the key's slot in the object's own property run.
pub(crate) type ElemHint = (u32, u32, u32);

/// An entry that holds no hint.
pub(crate) const NO_ELEM_HINT: ElemHint = (u32::MAX, u32::MAX, NONE);

/// The entry of object `o` and key string `s` in the element-key table.
fn elem_hint_index(o: ObjRef, s: JsStr) -> usize {
    // Fibonacci hashing of both numbers: the objects a handler indexes
    // (one entry map) and the names it indexes them with (a few keys) are
    // numbered close together.
    let mixed = (o.0 ^ s.0.rotate_left(16)).wrapping_mul(0x9E37_79B9);
    (mixed >> (32 - ELEM_HINTS.trailing_zeros())) as usize
}

impl Vm {
    /// [[Get]] of `key` on `v` for the `GetProp` site with hint `site`.
    /// Kept out of the dispatch loop, which tries [`Vm::quick_prop`]
    /// first: the lookups here need more registers than the loop can
    /// spare.
    #[inline(never)]
    pub(crate) fn get_hinted(&mut self, v: Value, key: Key, site: usize) -> JsResult<Value> {
        if key == Key::Str(self.realm.names.length) {
            if let Some(n) = self.quick_length(v) {
                if let Some(h) = self.prop_hints.get_mut(site) {
                    *h = LENGTH;
                }
                return Ok(Value::Number(n as f64));
            }
        }
        if let Some(value) = self.hinted_value(v, key, site) {
            return Ok(value);
        }
        // A constant index (`parts[1]`) needs no hint: an array element in
        // the dense run is read where it is, as `GetElem` reads it.
        if let (Value::Object(o), Key::Index(i)) = (v, key) {
            if let Some(value) = self.heap.array_elem(o, i) {
                return Ok(value);
            }
        }
        // Ordinary objects all along the chain (an event's, a literal's,
        // down to `Object.prototype`): their runs decide, read once each,
        // which answers a missing property as cheaply as a found one.
        if let Value::Object(o) = v {
            match self.heap.ordinary_lookup(o, key, self.realm.global) {
                OrdinaryLookup::Absent { .. } => return Ok(Value::Undefined),
                OrdinaryLookup::Found { prop, .. } if !prop.attrs.is_accessor() => {
                    if key != Key::Str(self.realm.names.length) {
                        self.record_hint(v, key, site);
                    }
                    return Ok(prop.value);
                }
                _ => {}
            }
        }
        let value = self.get(v, key)?;
        // An absent property (undefined) leaves nothing to remember, and
        // `length` is answered above or not in a property run.
        if value != Value::Undefined && key != Key::Str(self.realm.names.length) {
            self.record_hint(v, key, site);
        }
        Ok(value)
    }

    /// [[Set]] of `key` on `v` for the `SetProp` site with hint `site`: an
    /// own writable data property in the hinted slot is replaced where it
    /// is, as [[Set]] would replace it (no setter or prototype is involved
    /// then). Only replacements are remembered: a property the write adds
    /// is not there to be found at the next write of another object.
    #[inline]
    pub(crate) fn set_hinted(
        &mut self,
        v: Value,
        key: Key,
        value: Value,
        site: usize,
    ) -> JsResult<()> {
        self.written_slot = NONE;
        let done = match (v, key) {
            (Value::Object(o), Key::Str(_)) => {
                if let Some((slot, p)) = self.hinted_own_property(o, key, site) {
                    self.heap.set_prop_at(o, slot, Prop { value, ..p })?;
                    return Ok(());
                }
                // (`set` would come to the same test through `set_on`.)
                self.set_ordinary(o, key, value)?
            }
            _ => false,
        };
        if !done {
            self.set(v, key, value)?;
        }
        let slot = std::mem::replace(&mut self.written_slot, NONE);
        if slot < ON_PROTO {
            if let Some(h) = self.prop_hints.get_mut(site) {
                *h = slot;
            }
        }
        Ok(())
    }

    /// The hinted slot of `o`'s own run and its property, when that is a
    /// writable data property `key` and `o` is not the global object.
    fn hinted_own_property(&self, o: ObjRef, key: Key, site: usize) -> Option<(usize, Prop)> {
        let hint = *self.prop_hints.get(site)?;
        if hint & ON_PROTO != 0 || o == self.realm.global {
            return None;
        }
        let p = *self.heap.prop_at(o, hint)?;
        (p.key == key && !p.attrs.is_accessor() && p.attrs.writable()).then_some((hint as usize, p))
    }

    /// The object a string-keyed lookup on `v` starts from, when hints
    /// apply to it: objects, and strings for names other than `length`.
    fn hint_start(&self, v: Value, key: Key) -> Option<ObjRef> {
        match (v, key) {
            (Value::Object(o), Key::Str(_)) => Some(o),
            (Value::String(_), Key::Str(s)) if s != self.realm.names.length => {
                Some(self.realm.intrinsics.string_proto)
            }
            _ => None,
        }
    }

    /// [`Vm::hinted_value`] for its common cases, kept small to be inlined
    /// into the dispatch loop: the property in slot `hint` (the site's
    /// hint, not [`LENGTH`]) of an object's own run, of its prototype's
    /// when it has no named properties of its own (an array's methods), or
    /// of `String.prototype`'s for a string, when it is data property
    /// `key`. `None` says only that none of these applies; the full lookup
    /// follows. (The property, not its value: a reference comes back in a
    /// register, where an `Option<Value>` would be assembled in memory and
    /// copied out whole, a copy the processor serves slowly; see
    /// `numbers!` in the dispatch loop.)
    #[inline(always)]
    pub(super) fn quick_prop(&self, v: Value, key: Key, hint: u32) -> Option<&Prop> {
        // A name other than `length`: no array or string holds one outside
        // its property run (their lengths and indices are kept apart).
        let named = || matches!(key, Key::Str(s) if s != self.realm.names.length);
        let holder = match v {
            Value::Object(o) if hint < ON_PROTO => o,
            Value::Object(o) => {
                // Nothing of `o`'s own can come first: its run is empty
                // and its class keeps nothing else under this key.
                let data = self.heap.obj(o);
                let plain = match data.class {
                    Class::Ordinary => o != self.realm.global,
                    Class::Array => named(),
                    _ => false,
                };
                if !plain || data.props.len != 0 {
                    return None;
                }
                data.proto?
            }
            Value::String(_) if hint < ON_PROTO && named() => self.realm.intrinsics.string_proto,
            _ => return None,
        };
        if holder == self.realm.global {
            return None;
        }
        let p = self.heap.prop_at(holder, hint & !ON_PROTO)?;
        (p.key == key && !p.attrs.is_accessor()).then_some(p)
    }

    /// `v.length` when `v` is an array or a string: neither keeps it in a
    /// property run, and neither's can be anything else.
    #[inline]
    pub(super) fn quick_length(&self, v: Value) -> Option<usize> {
        match v {
            Value::Object(o) => {
                let data = self.heap.obj(o);
                data.class.is_array().then_some(data.length as usize)
            }
            Value::String(s) => Some(self.heap.str_len(s)),
            _ => None,
        }
    }

    /// The value the hint finds, if it still holds: a data property with
    /// this key in the hinted slot. The global object is left out (its
    /// script bindings live outside its property run).
    #[inline(always)]
    pub(super) fn hinted_value(&self, v: Value, key: Key, site: usize) -> Option<Value> {
        if key == Key::Str(self.realm.names.length) {
            return self.quick_length(v).map(|n| Value::Number(n as f64));
        }
        let hint = *self.prop_hints.get(site)?;
        if hint >= LENGTH {
            return None;
        }
        let start = self.hint_start(v, key)?;
        let holder = if hint & ON_PROTO == 0 {
            start
        } else {
            if !self.own_is_plain(start, key) || self.heap.find_prop(start, key).is_some() {
                return None;
            }
            self.heap.obj(start).proto?
        };
        if holder == self.realm.global {
            return None;
        }
        let p = self.heap.prop_at(holder, hint & !ON_PROTO)?;
        (p.key == key && !p.attrs.is_accessor()).then_some(p.value)
    }

    /// Remembers where a lookup that missed its hint found a data
    /// property: on the start object or on its prototype.
    #[cold]
    fn record_hint(&mut self, v: Value, key: Key, site: usize) {
        let Some(start) = self.hint_start(v, key) else {
            return;
        };
        let global = self.realm.global;
        let found = match self.heap.find_prop(start, key) {
            Some((i, p)) if start != global => Some((i, p, 0)),
            Some(_) => None,
            None if self.own_is_plain(start, key) => {
                let proto = self.heap.obj(start).proto.filter(|&p| p != global);
                proto
                    .and_then(|p| self.heap.find_prop(p, key))
                    .map(|(i, p)| (i, p, ON_PROTO))
            }
            None => None,
        };
        if let Some((i, p, depth)) = found {
            if !p.attrs.is_accessor() && i < ON_PROTO as usize {
                if let Some(h) = self.prop_hints.get_mut(site) {
                    *h = i as u32 | depth;
                }
            }
        }
    }

    /// The value of global `name` when its hint holds: a data property
    /// with this key in the hinted slot of the global object's run. Only
    /// names that are not the script's own bindings get a hint (see
    /// [`Vm::record_global_hint`]), so the run is where [[Get]] finds them.
    #[inline]
    pub(crate) fn hinted_global(&self, name: JsStr) -> Option<Value> {
        let (hinted, slot) = self.global_hints[name.0 as usize % GLOBAL_HINTS];
        if hinted != name.0 {
            return None;
        }
        let p = self.heap.prop_at(self.realm.global, slot)?;
        (p.key == Key::Str(name) && !p.attrs.is_accessor()).then_some(p.value)
    }

    /// Remembers where the global object's run holds data property
    /// `name`, unless `name` is a binding of the script (those are read
    /// from the script's slots before the run, and a script keeps its
    /// bindings for as long as the VM runs it).
    #[cold]
    pub(crate) fn record_global_hint(&mut self, name: JsStr) {
        if self.global_slot(name).is_some() {
            return;
        }
        if let Some((i, p)) = self.heap.find_prop(self.realm.global, Key::Str(name)) {
            if !p.attrs.is_accessor() && i < NONE as usize {
                self.global_hints[name.0 as usize % GLOBAL_HINTS] = (name.0, i as u32);
            }
        }
    }

    /// The slot and data property of `o`'s own run that the element-key
    /// table holds for key string `s`, when it still holds: the entry is
    /// `o`'s and `s`'s, `o`'s run is all there is to its own properties,
    /// and the property in the slot has key `s` and is not an accessor. A
    /// string that is not its text's interned handle, or that reads as an
    /// array index, never is a run's key, so the property found is exactly
    /// the one `to_key` and [[GetOwnProperty]] would find.
    #[inline]
    fn hinted_elem_prop(&self, o: ObjRef, s: JsStr) -> Option<(usize, &Prop)> {
        let (object, string, slot) = self.elem_hints[elem_hint_index(o, s)];
        let key = Key::Str(s);
        if object != o.0 || string != s.0 || !self.own_is_plain(o, key) {
            return None;
        }
        let p = self.heap.prop_at(o, slot)?;
        (p.key == key && !p.attrs.is_accessor()).then_some((slot as usize, p))
    }

    /// `o[s]` for a string `s` when the element-key table holds where `o`
    /// keeps it (see [`Vm::hinted_elem_prop`]): the value where it is kept
    /// (see [`Vm::quick_prop`] for why).
    #[inline]
    pub(crate) fn hinted_elem(&self, o: ObjRef, s: JsStr) -> Option<&Value> {
        self.hinted_elem_prop(o, s).map(|(_, p)| &p.value)
    }

    /// `o[s] = v` for a string `s` when the element-key table holds where
    /// `o` keeps it as a writable data property: its value is replaced in
    /// place, which is what [[Set]] does then (no setter or prototype is
    /// involved). `Ok(false)`: nothing written.
    #[inline]
    pub(crate) fn set_hinted_elem(&mut self, o: ObjRef, s: JsStr, v: Value) -> JsResult<bool> {
        match self.hinted_elem_prop(o, s).map(|(slot, p)| (slot, *p)) {
            Some((slot, p)) if p.attrs.writable() => {
                self.heap.set_prop_at(o, slot, Prop { value: v, ..p })?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Remembers that `o`'s own run holds data property `key` at `slot`
    /// (`NONE`: nowhere to remember).
    pub(crate) fn note_elem_slot(&mut self, o: ObjRef, key: Key, slot: u32) {
        if let Key::Str(s) = key {
            if slot < ON_PROTO && self.own_is_plain(o, key) {
                self.elem_hints[elem_hint_index(o, s)] = (o.0, s.0, slot);
            }
        }
    }

    /// Remembers where `o`'s own run holds data property `key`, after a
    /// `GetElem` that missed its hint found a value.
    #[cold]
    pub(crate) fn record_elem_hint(&mut self, o: ObjRef, key: Key) {
        if !self.own_is_plain(o, key) {
            return;
        }
        if let Some((i, p)) = self.heap.find_prop(o, key) {
            if !p.attrs.is_accessor() {
                self.note_elem_slot(o, key, u32::try_from(i).unwrap_or(NONE));
            }
        }
    }
}
