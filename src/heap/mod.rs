//! The heap: where objects, properties, strings and captured variables live.
//!
//! There are two kinds of heap data:
//! - the **realm template** ([`HeapData`] behind an `Arc`): the built-in
//!   objects of a runtime, built once per process, immutable and shared by
//!   every thread;
//! - the **event heap** (inside [`Heap`]): everything one event allocates.
//!
//! Handles to realm objects and strings are the low indices, event ones
//! follow. Reading a realm object reads the template; the first write to
//! one copies it into the event heap ("copy on write"), and later accesses
//! through the same handle see the copy. So defining the built-ins costs
//! nothing per event, and a function that patches `Array.prototype` affects
//! only its own event.
//!
//! Event data is kept in plain vectors of `Copy` records (the slabs).
//! Ending an event truncates them: O(1) in the number of objects, no
//! destructor runs, and the vectors keep their capacity for the next event.
//! Every growth is charged against a byte limit (CloudFront's 2 MB function
//! memory by default); exceeding it is [`OutOfMemory`].

mod key_index;
mod objects;
pub mod strings;

pub use key_index::KeyIndex;
pub use objects::{Attrs, Class, Key, ObjFlags, ObjectData, Prop, Range, TypedKind};
pub use strings::{Latin1Part, StrSpan, StringTable, Units};

use crate::value::{JsStr, ObjRef, SymRef, Value};
use std::cell::OnceCell;
use std::sync::Arc;

/// An allocation would take the event past its memory limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory;

/// A symbol's data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SymbolData {
    /// The description, if any.
    pub description: Option<JsStr>,
    /// Created by `Symbol.for` (registered under its description).
    pub registered: bool,
}

/// One set of slabs: the realm template's, or an event's.
#[derive(Clone, Debug, Default)]
pub struct HeapData {
    /// Object records.
    pub objects: Vec<ObjectData>,
    /// Property slab.
    pub props: Vec<Prop>,
    /// Value slab: array elements, bound arguments.
    pub values: Vec<Value>,
    /// Cells holding captured variables.
    pub cells: Vec<Value>,
    /// Upvalue lists of closures: indices into `cells`.
    pub upvals: Vec<u32>,
    /// Strings (the realm's are all interned).
    pub strings: StringTable,
    /// Symbols.
    pub symbols: Vec<SymbolData>,
    /// Byte slab: `ArrayBuffer` contents.
    pub bytes: Vec<u8>,
    /// For the realm template: one filter per object of the keys it has
    /// (see `key_bit`), so that a lookup that misses an intrinsic, as
    /// every lookup walking up to `Object.prototype` for a name it lacks
    /// does, costs one test instead of a scan. Empty for event data.
    pub key_filters: Vec<u128>,
    /// For the realm template: per object, whether it has index-keyed
    /// properties (what array methods check all the way up the prototype
    /// chain before taking their fast paths). Empty for event data.
    pub index_keyed: Vec<bool>,
    /// For the realm template: per object, whether neither it nor any
    /// object on its prototype chain has indexed properties, as the
    /// template has them. Empty for event data.
    pub chain_index_free: Vec<bool>,
    /// For the realm template: per object, whether it is the prototype of
    /// a realm object (so on some other object's chain). Empty for event
    /// data.
    pub is_proto: Vec<bool>,
    /// For the realm template: each string's Rust text, for results made
    /// of names the realm has (standard header names are among them).
    /// Empty for event data.
    pub texts: Vec<Box<str>>,
    /// For the realm template: where the keys of its large objects are.
    /// Empty for event data.
    pub key_index: KeyIndex,
}

/// Whether any of `props` has an index key.
fn has_index_key(props: &[Prop]) -> bool {
    props.iter().any(|p| matches!(p.key, Key::Index(_)))
}

/// The bit of a key in an object's key filter.
fn key_bit(key: Key) -> u128 {
    let h = match key {
        Key::Str(s) => s.0,
        Key::Index(i) => i ^ 0x8000_0000,
        Key::Sym(s) => s.0 ^ 0x4000_0000,
    };
    1u128 << (h.wrapping_mul(0x9E37_79B9) >> 25)
}

impl HeapData {
    /// Bytes held by the slabs' contents.
    pub fn bytes(&self) -> usize {
        use std::mem::size_of;
        record_bytes(self.objects.len(), self.props.len(), self.values.len())
            + self.cells.len() * size_of::<Value>()
            + self.upvals.len() * size_of::<u32>()
            + self.symbols.len() * size_of::<SymbolData>()
            + self.bytes.len()
            + self.strings.bytes()
    }

    /// Computes the lookup tables (key filters, index-keyed flags, string
    /// texts, key index): called once the realm template is built (it is
    /// immutable from then on).
    pub fn index_keys(&mut self) {
        (self.key_filters, self.index_keyed) = self
            .objects
            .iter()
            .map(|o| {
                let props = &self.props[o.props.span()];
                let filter = props.iter().fold(0, |f, p| f | key_bit(p.key));
                (filter, has_index_key(props))
            })
            .unzip();
        self.is_proto = vec![false; self.objects.len()];
        for o in &self.objects {
            if let Some(slot) = o.proto.and_then(|p| self.is_proto.get_mut(p.0 as usize)) {
                *slot = true;
            }
        }
        self.chain_index_free = (0..self.objects.len())
            .map(|i| self.template_chain_index_free(i))
            .collect();
        self.texts = (0..self.strings.len() as u32)
            .map(|i| self.strings.units(i).to_rust_string().into())
            .collect();
        self.key_index = KeyIndex::build(&self.objects, &self.props);
    }

    /// What [`Heap::protos_index_free`] answers for the chain starting at
    /// realm object `i` while the event has written none of it (a chain
    /// leaving the template counts as not free).
    fn template_chain_index_free(&self, i: usize) -> bool {
        let mut proto = Some(i);
        for _ in 0..self.objects.len() {
            let Some(p) = proto else {
                return true;
            };
            let Some(o) = self.objects.get(p) else {
                return false;
            };
            if (o.has_elements() && o.elems.len > 0) || self.index_keyed[p] {
                return false;
            }
            proto = o.proto.map(|r| r.0 as usize);
        }
        false
    }

    /// Makes this event data a copy of `other`'s, reusing the slabs'
    /// buffers. The realm-only tables are not copied (event data has
    /// none).
    fn copy_from(&mut self, other: &HeapData) {
        self.objects.clone_from(&other.objects);
        self.props.clone_from(&other.props);
        self.values.clone_from(&other.values);
        self.cells.clone_from(&other.cells);
        self.upvals.clone_from(&other.upvals);
        self.strings.copy_from(&other.strings);
        self.symbols.clone_from(&other.symbols);
        self.bytes.clone_from(&other.bytes);
    }

    fn clear(&mut self) {
        self.objects.clear();
        self.props.clear();
        self.values.clear();
        self.cells.clear();
        self.upvals.clear();
        self.strings.clear();
        self.symbols.clear();
        self.bytes.clear();
    }
}

/// The slots a full run takes up once [`push_to_run`] has grown it: moved
/// to the end of the slab (the worst case) with room to spare.
fn grown(range: Range) -> usize {
    (range.len + range.cap.max(2)) as usize
}

/// Appends `item` to the run `range` of `slab`, moving the run to the end
/// of the slab when it is full and not already last. Returns how many
/// slots the slab grew by.
#[inline]
fn push_to_run<T: Copy>(slab: &mut Vec<T>, range: &mut Range, item: T) -> usize {
    let before = slab.len();
    if range.len == range.cap {
        let at_end = (range.start + range.cap) as usize == slab.len();
        let grow = range.cap.max(2);
        if at_end && range.cap > 0 {
            slab.resize((range.start + range.cap + grow) as usize, item);
        } else {
            let start = slab.len();
            // (An empty run, a new array's, has nothing to move.)
            if range.len > 0 {
                slab.extend_from_within(range.span());
            }
            slab.resize(start + (range.len + grow) as usize, item);
            range.start = start as u32;
        }
        range.cap += grow;
    }
    slab[(range.start + range.len) as usize] = item;
    range.len += 1;
    slab.len() - before
}

/// What [`Heap::ordinary_lookup`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OrdinaryLookup {
    /// The property, on `o` itself (`own`) or on its chain, and its index
    /// in that object's run.
    Found {
        /// Whether `o` holds it.
        own: bool,
        /// Its index in the run of the object that holds it.
        at: usize,
        /// The property.
        prop: Prop,
    },
    /// No object of the chain has the key.
    Absent {
        /// Whether `o` is extensible.
        extensible: bool,
    },
    /// Another class or `global` on the chain, or a chain too long for
    /// the walk: the general walk decides.
    Unknown,
}

/// What [`Heap::ordinary_set`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OrdinarySet {
    /// `o`'s own writable data property, and its index in `o`'s run.
    Own(usize, Prop),
    /// No object of the chain has the key, and `o` is extensible: the
    /// write adds a property to `o`.
    Absent,
    /// Anything else (another class on the chain, a setter, a read-only
    /// or inherited property, a non-extensible `o`): the general walk
    /// decides.
    Unknown,
}

/// Which table a string is in, and where in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrLoc {
    table: StrTable,
    span: StrSpan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StrTable {
    Realm,
    Script,
    Event,
}

impl StrLoc {
    /// Number of code units.
    #[inline]
    pub fn len(self) -> usize {
        self.span.len()
    }

    /// Whether the string is empty.
    pub fn is_empty(self) -> bool {
        self.span.is_empty()
    }
}

/// The Latin-1 string at `loc` (the caller has checked that it is not
/// UTF-16) as a part of a concatenation, given the realm and script
/// tables.
fn latin1_part<'a>(
    loc: StrLoc,
    [realm_table, script_table]: [&'a StringTable; 2],
) -> Latin1Part<'a> {
    match loc.table {
        StrTable::Event => Latin1Part::Own(loc.span),
        StrTable::Script => script_table.latin1_part(loc.span),
        StrTable::Realm => realm_table.latin1_part(loc.span),
    }
}

/// The lengths of the event slabs a build of the event object appends to:
/// where one build starts, and where it ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventMarks {
    objects: u32,
    props: u32,
    values: u32,
    strings: u32,
}

impl EventMarks {
    /// How many event strings there are at the mark.
    pub fn strings(self) -> u32 {
        self.strings
    }
}

/// The objects, properties and values one build appended, kept to be
/// appended again at the same places, where the handles and ranges they
/// hold mean the same (see `runtime/template.rs`). Strings are not kept:
/// they are made again, in the same order, so they get the same handles.
#[derive(Clone, Debug, Default)]
pub struct HeapRun {
    objects: Vec<ObjectData>,
    props: Vec<Prop>,
    values: Vec<Value>,
}

impl HeapRun {
    /// What appending the run adds to the event's memory.
    pub fn bytes(&self) -> usize {
        record_bytes(self.objects.len(), self.props.len(), self.values.len())
    }
}

/// What `objects` object records, `props` property records and `values`
/// values count in an event's memory.
fn record_bytes(objects: usize, props: usize, values: usize) -> usize {
    use std::mem::size_of;
    objects * size_of::<ObjectData>() + props * size_of::<Prop>() + values * size_of::<Value>()
}

/// An event heap's contents at one point, to be put back at the start of
/// later events (see `vm/prelude.rs`).
#[derive(Debug)]
pub struct HeapSnapshot {
    data: HeapData,
    external: usize,
    peak: usize,
}

impl HeapSnapshot {
    /// The heap's peak when the snapshot was taken.
    pub fn peak(&self) -> usize {
        self.peak
    }
}

/// A per-thread heap: the shared realm template plus one event's data.
#[derive(Debug)]
pub struct Heap {
    realm: Arc<HeapData>,
    script_strings: Arc<StringTable>,
    /// The first script string handle and the first event one, kept here
    /// because every string access compares against them (reading them
    /// through the two `Arc`s cost four loads).
    string_bounds: [u32; 2],
    ev: HeapData,
    /// For each realm object: 1 + index of its event copy, or 0. Made
    /// with the realm's length and never resized: the event's objects are
    /// numbered from its length.
    overrides: Vec<u32>,
    /// Realm objects copied during this event.
    dirty: Vec<u32>,
    /// How many of them are prototypes of realm objects: while none is,
    /// the chain of a realm object the event has not written is as the
    /// template has it.
    protos_copied: u32,
    limit: usize,
    peak: usize,
    /// What [`Heap::used`] adds up, kept as the slabs grow because every
    /// allocation's memory check reads it (summing the slabs there cost
    /// more than the rest of the check).
    used: usize,
    /// Reused buffer for building strings.
    scratch: Vec<u16>,
    /// Reused buffer for building Latin-1 strings.
    scratch8: Vec<u8>,
    /// Bytes the event holds outside the slabs (promise reactions...).
    external: usize,
    /// Event strings known to be njs byte strings (1.0), in increasing
    /// order: see [`Heap::mark_byte_string`].
    byte_strings: Vec<JsStr>,
    /// The Rust text of each script string, made on first use and kept
    /// for the worker's life (script strings never change): a result made
    /// of the function's literals, as header names and values mostly are,
    /// is copied out rather than converted on every event.
    script_text: Vec<OnceCell<Box<str>>>,
}

impl Heap {
    /// A heap over `realm` whose events may use `limit` bytes.
    pub fn new(realm: Arc<HeapData>, limit: usize) -> Heap {
        let realm_objects = realm.objects.len();
        let realm_strings = realm.strings.len() as u32;
        Heap {
            realm,
            script_strings: Arc::new(StringTable::new()),
            string_bounds: [realm_strings, realm_strings],
            ev: HeapData::default(),
            overrides: vec![0; realm_objects],
            dirty: Vec::new(),
            protos_copied: 0,
            limit,
            peak: 0,
            used: 0,
            scratch: Vec::new(),
            scratch8: Vec::new(),
            external: 0,
            byte_strings: Vec::new(),
            script_text: Vec::new(),
        }
    }

    /// Uses `strings` as the script's constant strings (their handles follow
    /// the realm's).
    pub fn set_script_strings(&mut self, strings: Arc<StringTable>) {
        self.script_text = vec![OnceCell::new(); strings.len()];
        self.string_bounds[1] = self.string_bounds[0] + strings.len() as u32;
        self.script_strings = strings;
    }

    /// Drops everything the event allocated; keeps the slabs' capacity.
    pub fn reset(&mut self) {
        self.ev.clear();
        for id in self.dirty.drain(..) {
            self.overrides[id as usize] = 0;
        }
        self.protos_copied = 0;
        self.peak = 0;
        self.used = 0;
        self.external = 0;
        self.byte_strings.clear();
    }

    /// Accounts `bytes` the event holds outside the heap's slabs; fails
    /// past the limit.
    pub fn add_external(&mut self, bytes: usize) -> Result<(), OutOfMemory> {
        self.external += bytes;
        self.used += bytes;
        self.check(0)
    }

    /// Changes the memory limit.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
    }

    /// The memory limit.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// A copy of what the event holds, when all of it is in the event's
    /// slabs and counters: no realm object copied, no string marked as a
    /// byte string (those are in the heap's other tables, which
    /// [`Heap::restore`] does not put back).
    pub fn snapshot(&self) -> Option<HeapSnapshot> {
        if !self.dirty.is_empty() || !self.byte_strings.is_empty() {
            return None;
        }
        Some(HeapSnapshot {
            data: self.ev.clone(),
            external: self.external,
            peak: self.peak,
        })
    }

    /// Makes the event's data what it was when `snapshot` was taken, with
    /// the same byte counts; the heap must have been [`Heap::reset`] since.
    pub fn restore(&mut self, snapshot: &HeapSnapshot) {
        self.ev.copy_from(&snapshot.data);
        self.external = snapshot.external;
        self.peak = snapshot.peak;
        self.used = self.ev.bytes() + self.external;
    }

    /// Bytes the event has allocated.
    #[inline]
    pub fn used(&self) -> usize {
        if cfg!(any(test, debug_assertions)) {
            assert_eq!(self.used, self.ev.bytes() + self.external, "running total");
        }
        self.used
    }

    /// The most bytes the event has held at once.
    pub fn peak(&self) -> usize {
        self.peak.max(self.used())
    }

    /// Fails when the event holds more than its limit, or would after
    /// adding `extra` bytes.
    #[inline]
    pub fn check(&mut self, extra: usize) -> Result<(), OutOfMemory> {
        let used = self.used();
        self.peak = self.peak.max(used);
        if used.saturating_add(extra) > self.limit {
            Err(OutOfMemory)
        } else {
            Ok(())
        }
    }

    /// How many objects the realm has: `overrides` holds one entry for each.
    fn realm_objects(&self) -> u32 {
        self.overrides.len() as u32
    }

    // -- Objects -----------------------------------------------------------

    /// Where an object's record is: `(in the realm template, index)`.
    /// `overrides` has one entry per realm object, so its length is where
    /// the event's objects start, read without going through the realm.
    fn locate(&self, r: ObjRef) -> (bool, usize) {
        match self.overrides.get(r.0 as usize) {
            Some(0) => (true, r.0 as usize),
            Some(&copy) => (false, copy as usize - 1),
            None => (false, r.0 as usize - self.overrides.len()),
        }
    }

    fn data_of(&self, realm: bool) -> &HeapData {
        if realm { &self.realm } else { &self.ev }
    }

    /// The record of object `r`.
    pub fn obj(&self, r: ObjRef) -> &ObjectData {
        let (realm, i) = self.locate(r);
        &self.data_of(realm).objects[i]
    }

    /// Whether `r` is a valid handle in this heap.
    pub fn is_live(&self, r: ObjRef) -> bool {
        let (realm, i) = self.locate(r);
        i < self.data_of(realm).objects.len()
    }

    /// The record of object `r` for writing, copying it out of the realm
    /// template first if needed.
    pub fn obj_mut(&mut self, r: ObjRef) -> Result<&mut ObjectData, OutOfMemory> {
        let (realm, i) = self.locate(r);
        let i = if realm { self.copy_on_write(r)? } else { i };
        let o = &mut self.ev.objects[i];
        o.flags.0 |= ObjFlags::MODIFIED;
        Ok(o)
    }

    /// The handle the next allocated object will have.
    pub fn next_object(&self) -> ObjRef {
        ObjRef(self.realm_objects() + self.ev.objects.len() as u32)
    }

    /// Forgets that the event objects from `from` on were written: what the
    /// host built for the event counts as unmodified.
    pub fn mark_clean(&mut self, from: ObjRef) {
        let start = from.0.saturating_sub(self.realm_objects()) as usize;
        for o in self.ev.objects.iter_mut().skip(start) {
            o.flags.0 &= !ObjFlags::MODIFIED;
        }
    }

    /// Where the slabs a build appends to end now.
    pub fn event_marks(&self) -> EventMarks {
        EventMarks {
            objects: self.ev.objects.len() as u32,
            props: self.ev.props.len() as u32,
            values: self.ev.values.len() as u32,
            strings: self.ev.strings.len() as u32,
        }
    }

    /// Makes `run` a copy of the objects, properties and values appended
    /// since `from`, reusing its buffers.
    pub fn copy_run(&self, from: EventMarks, run: &mut HeapRun) {
        let tail = |len: usize, at: u32| (at as usize).min(len)..;
        run.objects.clear();
        run.objects
            .extend_from_slice(&self.ev.objects[tail(self.ev.objects.len(), from.objects)]);
        run.props.clear();
        run.props
            .extend_from_slice(&self.ev.props[tail(self.ev.props.len(), from.props)]);
        run.values.clear();
        run.values
            .extend_from_slice(&self.ev.values[tail(self.ev.values.len(), from.values)]);
    }

    /// Appends `run` (one memory check). Its records are right only where
    /// the slabs end at the marks they were copied from.
    pub fn append_run(&mut self, run: &HeapRun) -> Result<(), OutOfMemory> {
        let bytes = run.bytes();
        self.check(bytes)?;
        self.ev.objects.extend_from_slice(&run.objects);
        self.ev.props.extend_from_slice(&run.props);
        self.ev.values.extend_from_slice(&run.values);
        self.used += bytes;
        Ok(())
    }

    /// Whether the event objects `from .. to` exist and none was written
    /// since it was marked clean.
    pub fn unmodified(&self, from: ObjRef, to: ObjRef) -> bool {
        let base = self.realm_objects();
        from.0 >= base
            && self
                .ev
                .objects
                .get((from.0 - base) as usize..to.0.saturating_sub(base) as usize)
                .is_some_and(|run| run.iter().all(|o| !o.flags.has(ObjFlags::MODIFIED)))
    }

    /// Whether realm object `r` is as the template has it (the event has
    /// not written it).
    pub fn is_pristine(&self, r: ObjRef) -> bool {
        matches!(self.locate(r), (true, _))
    }

    fn copy_on_write(&mut self, r: ObjRef) -> Result<usize, OutOfMemory> {
        self.check(512)?;
        let mut data = self.realm.objects[r.0 as usize];
        let props_start = self.ev.props.len() as u32;
        self.ev
            .props
            .extend_from_slice(&self.realm.props[data.props.span()]);
        data.props = Range {
            start: props_start,
            len: data.props.len,
            cap: data.props.len,
        };
        let elems_start = self.ev.values.len() as u32;
        self.ev
            .values
            .extend_from_slice(&self.realm.values[data.elems.span()]);
        data.elems = Range {
            start: elems_start,
            len: data.elems.len,
            cap: data.elems.len,
        };
        let mut values_added = data.elems.len as usize;
        if let Class::Bound { args, .. } = &mut data.class {
            values_added += args.len as usize;
            let start = self.ev.values.len() as u32;
            self.ev
                .values
                .extend_from_slice(&self.realm.values[args.span()]);
            *args = Range {
                start,
                len: args.len,
                cap: args.len,
            };
        }
        let i = self.ev.objects.len();
        self.ev.objects.push(data);
        self.used += record_bytes(1, data.props.len as usize, values_added);
        self.overrides[r.0 as usize] = i as u32 + 1;
        self.dirty.push(r.0);
        if self.realm.is_proto.get(r.0 as usize) == Some(&true) {
            self.protos_copied += 1;
        }
        Ok(i)
    }

    /// Allocates an object.
    pub fn alloc(&mut self, data: ObjectData) -> Result<ObjRef, OutOfMemory> {
        self.check(std::mem::size_of::<ObjectData>())?;
        let r = ObjRef(self.realm_objects() + self.ev.objects.len() as u32);
        self.ev.objects.push(data);
        self.used += std::mem::size_of::<ObjectData>();
        Ok(r)
    }

    /// Allocates an object with an empty property run of capacity `room`:
    /// one memory check for what an object literal will define.
    pub fn alloc_with_room(
        &mut self,
        data: ObjectData,
        room: usize,
    ) -> Result<ObjRef, OutOfMemory> {
        if room == 0 {
            return self.alloc(data);
        }
        self.alloc_with_run(data, &[], room)
    }

    /// Allocates an object whose named properties are `props` (distinct
    /// keys, in order): one memory check and one copy, for objects the
    /// host builds whole.
    pub fn alloc_with_props(
        &mut self,
        data: ObjectData,
        props: &[Prop],
    ) -> Result<ObjRef, OutOfMemory> {
        self.alloc_with_run(data, props, props.len())
    }

    /// Allocates an object whose property run holds `props` and has room
    /// for `cap` (at least `props.len()`).
    fn alloc_with_run(
        &mut self,
        mut data: ObjectData,
        props: &[Prop],
        cap: usize,
    ) -> Result<ObjRef, OutOfMemory> {
        let bytes = record_bytes(1, cap, 0);
        self.check(bytes)?;
        let start = self.ev.props.len();
        self.ev.props.extend_from_slice(props);
        if cap > props.len() {
            let filler = Prop {
                key: Key::Index(0),
                value: Value::Undefined,
                attrs: Attrs::DEFAULT,
            };
            self.ev.props.resize(start + cap, filler);
        }
        data.props = Range {
            start: start as u32,
            len: props.len() as u32,
            cap: cap as u32,
        };
        let r = ObjRef(self.realm_objects() + self.ev.objects.len() as u32);
        self.ev.objects.push(data);
        self.used += bytes;
        Ok(r)
    }

    /// The named properties of `r`, in insertion order.
    pub fn props(&self, r: ObjRef) -> &[Prop] {
        let (realm, i) = self.locate(r);
        let d = self.data_of(realm);
        &d.props[d.objects[i].props.span()]
    }

    /// Property `slot` of `r`'s named properties (`props(r)[slot]`),
    /// without making the slice: the read of a property hint.
    #[inline(always)]
    pub fn prop_at(&self, r: ObjRef, slot: u32) -> Option<&Prop> {
        let (realm, i) = self.locate(r);
        let d = self.data_of(realm);
        let run = d.objects.get(i)?.props;
        if slot >= run.len {
            return None;
        }
        d.props.get(run.start as usize + slot as usize)
    }

    /// The dense elements of `r` (holes are [`Value::Empty`]).
    pub fn elems(&self, r: ObjRef) -> &[Value] {
        let (realm, i) = self.locate(r);
        let d = self.data_of(realm);
        &d.values[d.objects[i].elems.span()]
    }

    /// The own property of `r` with key `key`: its index and its data.
    pub fn find_prop(&self, r: ObjRef, key: Key) -> Option<(usize, Prop)> {
        let (realm, i) = self.locate(r);
        self.find_located(realm, i, key)
    }

    /// [`Heap::find_prop`] on the record `locate` gave.
    #[inline(always)]
    fn find_located(&self, realm: bool, i: usize, key: Key) -> Option<(usize, Prop)> {
        if realm {
            if self
                .realm
                .key_filters
                .get(i)
                .is_some_and(|&f| f & key_bit(key) == 0)
            {
                return None;
            }
            let o = self.realm.objects.get(i)?;
            if KeyIndex::covers(o) {
                let at = self.realm.key_index.find(i as u32, key)?;
                let p = *self.realm.props.get(o.props.start as usize + at)?;
                return Some((at, p));
            }
        }
        // (The record is already located: `props` would locate it again.)
        let d = self.data_of(realm);
        let run = d.objects.get(i)?.props.span();
        d.props[run]
            .iter()
            .enumerate()
            .find(|(_, p)| p.key == key)
            .map(|(i, p)| (i, *p))
    }

    /// Where a lookup of `key` from `o` lands when `o` and every object on
    /// its prototype chain is an ordinary object other than `global` (the
    /// one ordinary object with properties outside its run), so that the
    /// runs alone decide: each record located once, where the general walk
    /// locates it for its class, its run and its prototype in turn.
    #[inline(always)]
    pub fn ordinary_lookup(&self, o: ObjRef, key: Key, global: ObjRef) -> OrdinaryLookup {
        let mut cur = o;
        let mut extensible = None;
        // Longer chains are rare enough to leave to the general walk.
        for _ in 0..16 {
            let (realm, i) = self.locate(cur);
            let Some(rec) = self.data_of(realm).objects.get(i) else {
                return OrdinaryLookup::Unknown;
            };
            if !rec.class.is_ordinary() || cur == global {
                return OrdinaryLookup::Unknown;
            }
            let own = *extensible.get_or_insert(rec.flags.has(ObjFlags::EXTENSIBLE));
            if let Some((at, prop)) = self.find_located(realm, i, key) {
                let own = cur == o;
                return OrdinaryLookup::Found { own, at, prop };
            }
            match rec.proto {
                Some(next) => cur = next,
                None => return OrdinaryLookup::Absent { extensible: own },
            }
        }
        OrdinaryLookup::Unknown
    }

    /// Where `[[Set]]` of `key` on `o` lands, from
    /// [`Heap::ordinary_lookup`].
    pub fn ordinary_set(&self, o: ObjRef, key: Key, global: ObjRef) -> OrdinarySet {
        match self.ordinary_lookup(o, key, global) {
            OrdinaryLookup::Found {
                own: true,
                at,
                prop,
            } if !prop.attrs.is_accessor() && prop.attrs.writable() => OrdinarySet::Own(at, prop),
            OrdinaryLookup::Absent { extensible: true } => OrdinarySet::Absent,
            _ => OrdinarySet::Unknown,
        }
    }

    /// Whether `r` has an own property with an index key (outside its
    /// dense elements): answered by a table for a realm object the
    /// event has not written, by a look at the properties otherwise.
    pub fn has_index_props(&self, r: ObjRef) -> bool {
        let (realm, i) = self.locate(r);
        if realm {
            if let Some(&has) = self.realm.index_keyed.get(i) {
                return has;
            }
        }
        has_index_key(self.props(r))
    }

    /// Whether no object on the prototype chain starting at `proto` has
    /// indexed properties, in its dense run or among its named ones: what
    /// [`Heap::has_index_props`] and a look at the elements tell, each
    /// object located once. A realm object's chain the event has not
    /// written is answered from the template's table.
    pub fn protos_index_free(&self, mut proto: Option<ObjRef>) -> bool {
        if let Some(p) = proto {
            if self.protos_copied == 0 && self.overrides.get(p.0 as usize) == Some(&0) {
                if let Some(&free) = self.realm.chain_index_free.get(p.0 as usize) {
                    return free;
                }
            }
        }
        while let Some(p) = proto {
            let (realm, i) = self.locate(p);
            let d = self.data_of(realm);
            let Some(o) = d.objects.get(i) else {
                return false;
            };
            if o.has_elements() && o.elems.len > 0 {
                return false;
            }
            let indexed = match self.realm.index_keyed.get(i) {
                Some(&has) if realm => has,
                _ => has_index_key(&d.props[o.props.span()]),
            };
            if indexed {
                return false;
            }
            proto = o.proto;
        }
        true
    }

    /// Element `i` of `r`'s dense run (a hole is [`Value::Empty`]); `None`
    /// past the run or when `r` keeps no elements there.
    #[inline]
    pub fn elem(&self, r: ObjRef, i: u64) -> Option<Value> {
        self.run_elem(r, i, ObjectData::has_elements).copied()
    }

    /// Element `i` of `r`'s dense run when `keeps` says the record keeps
    /// its elements there, the record located once.
    #[inline(always)]
    fn run_elem(&self, r: ObjRef, i: u64, keeps: impl Fn(&ObjectData) -> bool) -> Option<&Value> {
        let (realm, at) = self.locate(r);
        let d = self.data_of(realm);
        let o = d.objects.get(at)?;
        if !keeps(o) || i >= u64::from(o.elems.len) {
            return None;
        }
        d.values.get(o.elems.start as usize + i as usize)
    }

    /// Element `i` of array `r` when it is present in its dense run: what
    /// reading it gives, the record located once.
    #[inline]
    pub fn array_elem(&self, r: ObjRef, i: u32) -> Option<Value> {
        self.array_elem_ref(r, i).copied()
    }

    /// [`Heap::array_elem`] where it is kept, for a caller that copies it
    /// on (see `quick_prop` in the VM's hints for why).
    #[inline(always)]
    pub fn array_elem_ref(&self, r: ObjRef, i: u32) -> Option<&Value> {
        self.run_elem(r, u64::from(i), |o| o.class.is_array())
            .filter(|v| **v != Value::Empty)
    }

    /// Appends a property to `r` (the caller has checked it is absent).
    #[inline]
    pub fn push_prop(&mut self, r: ObjRef, prop: Prop) -> Result<(), OutOfMemory> {
        // An event object with room in its run, the usual case, costs no
        // memory and moves nothing: the rest stays out of line.
        if let (false, i) = self.locate(r) {
            if let Some(o) = self.ev.objects.get_mut(i) {
                let at = (o.props.start + o.props.len) as usize;
                if o.props.len < o.props.cap {
                    if let Some(slot) = self.ev.props.get_mut(at) {
                        *slot = prop;
                        o.props.len += 1;
                        o.flags.0 |= ObjFlags::MODIFIED;
                        return Ok(());
                    }
                }
            }
        }
        self.push_prop_growing(r, prop)
    }

    /// [`Heap::push_prop`] for a realm object or a full run.
    #[inline(never)]
    fn push_prop_growing(&mut self, r: ObjRef, prop: Prop) -> Result<(), OutOfMemory> {
        let (realm, mut i) = self.locate(r);
        if realm {
            i = self.copy_on_write(r)?;
        }
        let mut range = self.ev.objects[i].props;
        // Memory is the slabs' length, which only a full run changes.
        if range.len == range.cap {
            self.check(std::mem::size_of::<Prop>() * grown(range))?;
        }
        self.used +=
            std::mem::size_of::<Prop>() * push_to_run(&mut self.ev.props, &mut range, prop);
        self.ev.objects[i].props = range;
        self.ev.objects[i].flags.0 |= ObjFlags::MODIFIED;
        Ok(())
    }

    /// Replaces the `index`-th property of `r`.
    pub fn set_prop_at(&mut self, r: ObjRef, index: usize, prop: Prop) -> Result<(), OutOfMemory> {
        let start = self.obj_mut(r)?.props.start as usize;
        self.ev.props[start + index] = prop;
        Ok(())
    }

    /// Removes the `index`-th property of `r`, keeping the others' order.
    pub fn remove_prop_at(&mut self, r: ObjRef, index: usize) -> Result<(), OutOfMemory> {
        let o = self.obj_mut(r)?;
        let span = o.props.span();
        o.props.len -= 1;
        self.ev
            .props
            .copy_within(span.start + index + 1..span.end, span.start + index);
        Ok(())
    }

    /// Replaces element `index` (below `elems.len`) of `r`.
    pub fn set_elem_at(
        &mut self,
        r: ObjRef,
        index: usize,
        value: Value,
    ) -> Result<(), OutOfMemory> {
        let start = self.obj_mut(r)?.elems.start as usize;
        self.ev.values[start + index] = value;
        Ok(())
    }

    /// Where `n` more elements of event object `r` go when its element run
    /// has room for them: the record's index and the first free slot. The
    /// usual append costs no memory and moves nothing, and is made there;
    /// the rest stays out of line.
    #[inline]
    fn elem_room(&self, r: ObjRef, n: usize) -> Option<(usize, usize)> {
        let (false, i) = self.locate(r) else {
            return None;
        };
        Some((i, self.run_room(i, n)?))
    }

    /// Appends an element to `r`'s dense part.
    pub fn push_elem(&mut self, r: ObjRef, value: Value) -> Result<(), OutOfMemory> {
        if let Some((i, at)) = self.elem_room(r, 1) {
            self.ev.values[at] = value;
            let o = &mut self.ev.objects[i];
            o.elems.len += 1;
            o.flags.0 |= ObjFlags::MODIFIED;
            return Ok(());
        }
        self.push_elem_growing(r, value)
    }

    /// [`Heap::push_elem`] for a realm object or a full run.
    #[inline(never)]
    fn push_elem_growing(&mut self, r: ObjRef, value: Value) -> Result<(), OutOfMemory> {
        let i = match self.locate(r) {
            (true, _) => self.copy_on_write(r)?,
            (false, i) => i,
        };
        let mut range = self.ev.objects[i].elems;
        if range.len == range.cap {
            self.check(std::mem::size_of::<Value>() * grown(range))?;
        }
        self.used +=
            std::mem::size_of::<Value>() * push_to_run(&mut self.ev.values, &mut range, value);
        self.ev.objects[i].elems = range;
        self.ev.objects[i].flags.0 |= ObjFlags::MODIFIED;
        Ok(())
    }

    /// [`Heap::push_elems`] of `values` to `r` when `new_length` answers
    /// for `r`'s record (the caller's test of whether `push` may append
    /// there, and the length it leaves), the record located once for the
    /// test and the usual append to an event object with room: `push`
    /// costs a call and a look-up less. `None`, having done nothing, when
    /// `new_length` does not answer.
    #[inline]
    pub fn push_elems_if(
        &mut self,
        r: ObjRef,
        values: &[Value],
        new_length: impl FnOnce(&Heap, &ObjectData) -> Option<u32>,
    ) -> Option<Result<u32, OutOfMemory>> {
        let (realm, i) = self.locate(r);
        let length = new_length(self, self.data_of(realm).objects.get(i)?)?;
        let appended = if realm {
            self.push_elems(r, values, length)
        } else {
            self.append_to(i, values, length)
        };
        Some(appended.map(|()| length))
    }

    /// Where `n` more elements of event record `i` go when its run has
    /// room for them: [`Heap::elem_room`] of a located record.
    #[inline(always)]
    fn run_room(&self, i: usize, n: usize) -> Option<usize> {
        let run = self.ev.objects.get(i)?.elems;
        let at = (run.start + run.len) as usize;
        let room = run.cap.saturating_sub(run.len) as usize;
        (n <= room && at + n <= self.ev.values.len()).then_some(at)
    }

    /// Appends `values` to `r`'s dense part, each as [`Heap::push_elem`]
    /// appends it, then sets `r`'s length: `push` on an array with no
    /// holes, the record located once.
    pub fn push_elems(
        &mut self,
        r: ObjRef,
        values: &[Value],
        length: u32,
    ) -> Result<(), OutOfMemory> {
        let i = match self.locate(r) {
            (true, _) => self.copy_on_write(r)?,
            (false, i) => i,
        };
        self.append_to(i, values, length)
    }

    /// [`Heap::push_elems`] to event record `i`: in place when its run has
    /// room, the usual case, which costs no memory and moves nothing;
    /// growing the run otherwise.
    #[inline(always)]
    fn append_to(&mut self, i: usize, values: &[Value], length: u32) -> Result<(), OutOfMemory> {
        let Some(at) = self.run_room(i, values.len()) else {
            return self.append_growing(i, values, length);
        };
        self.ev.values[at..at + values.len()].copy_from_slice(values);
        let o = &mut self.ev.objects[i];
        o.elems.len += values.len() as u32;
        o.flags.0 |= ObjFlags::MODIFIED;
        o.length = length;
        Ok(())
    }

    /// [`Heap::push_elems`] to event record `i` when its run lacks room:
    /// each value appended as [`Heap::push_elem`] appends it, growing the
    /// run with a memory check when it is full.
    #[inline(never)]
    fn append_growing(
        &mut self,
        i: usize,
        values: &[Value],
        length: u32,
    ) -> Result<(), OutOfMemory> {
        let mut range = self.ev.objects[i].elems;
        let mut checked = Ok(());
        for &value in values {
            if range.len == range.cap {
                checked = self.check(std::mem::size_of::<Value>() * grown(range));
                if checked.is_err() {
                    break;
                }
            }
            self.used +=
                std::mem::size_of::<Value>() * push_to_run(&mut self.ev.values, &mut range, value);
        }
        let o = &mut self.ev.objects[i];
        o.elems = range;
        o.flags.0 |= ObjFlags::MODIFIED;
        checked?;
        o.length = length;
        Ok(())
    }

    /// Shortens `r`'s dense part to `len` elements.
    pub fn truncate_elems(&mut self, r: ObjRef, len: u32) -> Result<(), OutOfMemory> {
        let o = self.obj_mut(r)?;
        o.elems.len = o.elems.len.min(len);
        Ok(())
    }

    /// An empty run at the end of the value slab: what
    /// [`Heap::alloc_values`] makes of no values, without its memory check.
    pub fn empty_values(&self) -> Range {
        Range {
            start: self.ev.values.len() as u32,
            len: 0,
            cap: 0,
        }
    }

    /// An empty array run with room for `cap` values, so that `cap`
    /// appends move nothing (an array literal's elements, `map`'s
    /// results); the room is counted as used, as a grown run's is.
    pub fn room_values(&mut self, cap: usize) -> Result<Range, OutOfMemory> {
        if cap == 0 {
            return Ok(self.empty_values());
        }
        let bytes = cap * std::mem::size_of::<Value>();
        self.check(bytes)?;
        let start = self.ev.values.len();
        self.ev.values.resize(start + cap, Value::Empty);
        self.used += bytes;
        Ok(Range {
            start: start as u32,
            len: 0,
            cap: cap as u32,
        })
    }

    /// Allocates an array run of `values` in the value slab.
    pub fn alloc_values(&mut self, values: &[Value]) -> Result<Range, OutOfMemory> {
        self.check(std::mem::size_of_val(values))?;
        let start = self.ev.values.len() as u32;
        self.ev.values.extend_from_slice(values);
        self.used += std::mem::size_of_val(values);
        Ok(Range {
            start,
            len: values.len() as u32,
            cap: values.len() as u32,
        })
    }

    /// The values of a run allocated with [`Heap::alloc_values`] (event
    /// objects only).
    pub fn values(&self, range: Range) -> &[Value] {
        self.ev.values.get(range.span()).unwrap_or(&[])
    }

    // -- Bytes -------------------------------------------------------------

    /// Allocates `len` zeroed bytes (an `ArrayBuffer`'s contents).
    pub fn alloc_bytes(&mut self, len: usize) -> Result<Range, OutOfMemory> {
        self.check(len)?;
        let start = self.ev.bytes.len() as u32;
        self.ev.bytes.resize(self.ev.bytes.len() + len, 0);
        self.used += len;
        Ok(Range {
            start,
            len: len as u32,
            cap: len as u32,
        })
    }

    /// The bytes of a run allocated with [`Heap::alloc_bytes`].
    pub fn bytes(&self, range: Range) -> &[u8] {
        self.ev.bytes.get(range.span()).unwrap_or(&[])
    }

    /// The bytes of a run, for writing.
    pub fn bytes_mut(&mut self, range: Range) -> &mut [u8] {
        self.ev.bytes.get_mut(range.span()).unwrap_or(&mut [])
    }

    // -- Cells -------------------------------------------------------------

    /// Allocates a cell holding `value`; returns its index.
    pub fn new_cell(&mut self, value: Value) -> Result<u32, OutOfMemory> {
        self.check(std::mem::size_of::<Value>())?;
        self.ev.cells.push(value);
        self.used += std::mem::size_of::<Value>();
        Ok(self.ev.cells.len() as u32 - 1)
    }

    /// The value in cell `c`.
    pub fn cell(&self, c: u32) -> Value {
        self.ev
            .cells
            .get(c as usize)
            .copied()
            .unwrap_or(Value::Undefined)
    }

    /// Stores into cell `c`.
    pub fn set_cell(&mut self, c: u32, value: Value) {
        if let Some(slot) = self.ev.cells.get_mut(c as usize) {
            *slot = value;
        }
    }

    /// Allocates an upvalue list (cell indices); returns its run.
    pub fn alloc_upvals(&mut self, cells: &[u32]) -> Result<Range, OutOfMemory> {
        self.check(std::mem::size_of_val(cells))?;
        let start = self.ev.upvals.len() as u32;
        self.ev.upvals.extend_from_slice(cells);
        self.used += std::mem::size_of_val(cells);
        Ok(Range {
            start,
            len: cells.len() as u32,
            cap: cells.len() as u32,
        })
    }

    /// The cell indices of an upvalue run (or of saved frame cells).
    pub fn upval_run(&self, range: Range) -> &[u32] {
        self.ev.upvals.get(range.span()).unwrap_or(&[])
    }

    /// The cell index of upvalue `i` in the list `upvals`.
    pub fn upval(&self, upvals: Range, i: u32) -> u32 {
        if i < upvals.len {
            self.ev
                .upvals
                .get((upvals.start + i) as usize)
                .copied()
                .unwrap_or(0)
        } else {
            0
        }
    }

    // -- Strings -----------------------------------------------------------

    fn realm_strings(&self) -> u32 {
        self.string_bounds[0]
    }

    fn static_strings(&self) -> u32 {
        self.string_bounds[1]
    }

    /// Whether `key` stays valid after the event (an index, or a realm or
    /// script string), so a host may keep it from one event to the next.
    pub fn is_lasting_key(&self, key: Key) -> bool {
        match key {
            Key::Str(s) => s.0 < self.static_strings(),
            Key::Index(_) => true,
            Key::Sym(_) => false,
        }
    }

    /// The table string `s` is in, which one that is, and its index there.
    #[inline(always)]
    fn string_table(&self, s: JsStr) -> (&StringTable, StrTable, u32) {
        let [realm, fixed] = self.string_bounds;
        if s.0 < realm {
            (&self.realm.strings, StrTable::Realm, s.0)
        } else if s.0 < fixed {
            (&self.script_strings, StrTable::Script, s.0 - realm)
        } else {
            (&self.ev.strings, StrTable::Event, s.0 - fixed)
        }
    }

    /// The code units of `s`. Always inlined: it is on every string
    /// path, and a call costs more than its three compares.
    #[inline(always)]
    pub fn units(&self, s: JsStr) -> Units<'_> {
        let (table, _, i) = self.string_table(s);
        table.units(i)
    }

    /// The length of `s` in code units, without making its slice.
    #[inline]
    pub fn str_len(&self, s: JsStr) -> usize {
        let (table, _, i) = self.string_table(s);
        table.len_of(i)
    }

    /// Where `s` is: what [`Heap::concat_pair`] takes, so that a string
    /// added to another is looked up once for its length, its width and
    /// its bytes.
    #[inline]
    pub fn str_loc(&self, s: JsStr) -> StrLoc {
        let (strings, table, i) = self.string_table(s);
        StrLoc {
            table,
            span: strings.span(i),
        }
    }

    /// Whether `x` and `y` have the same code units. The lengths are
    /// compared first: they tell most unequal strings apart without
    /// slicing either.
    pub fn same_text(&self, x: JsStr, y: JsStr) -> bool {
        x == y || (self.str_len(x) == self.str_len(y) && self.units(x).same(self.units(y)))
    }

    /// [`Heap::to_rust_string`], borrowed from the heap when the string is
    /// ASCII (nearly every header, URI and query text).
    pub fn text(&self, s: JsStr) -> std::borrow::Cow<'_, str> {
        match self.ascii(s).map(std::str::from_utf8) {
            Some(Ok(text)) => std::borrow::Cow::Borrowed(text),
            _ => std::borrow::Cow::Owned(self.to_rust_string(s)),
        }
    }

    /// The bytes of [`Heap::text`], without the UTF-8 check that makes
    /// ASCII a `str`, which a caller writing bytes does not need.
    pub fn text_bytes(&self, s: JsStr) -> std::borrow::Cow<'_, [u8]> {
        match self.ascii(s) {
            Some(b) => std::borrow::Cow::Borrowed(b),
            None => std::borrow::Cow::Owned(self.to_rust_string(s).into_bytes()),
        }
    }

    /// The bytes of `s` when it is ASCII, the text of nearly every header,
    /// URI and query: they are its UTF-8 as they are stored.
    fn ascii(&self, s: JsStr) -> Option<&[u8]> {
        self.units(s).latin1().filter(|b| b.is_ascii())
    }

    /// The string as Rust text (lone surrogates become U+FFFD).
    pub fn to_rust_string(&self, s: JsStr) -> String {
        // (`String::from`, not `to_string`, which formats a `Box<str>`.)
        if let Some(text) = self.realm.texts.get(s.0 as usize) {
            return String::from(&**text);
        }
        if let Some(i) = s.0.checked_sub(self.realm_strings()) {
            if let Some(text) = self.script_text.get(i as usize) {
                let text =
                    text.get_or_init(|| self.script_strings.units(i).to_rust_string().into());
                return String::from(&**text);
            }
        }
        self.units(s).to_rust_string()
    }

    /// Runs `f` on the event's string table, adding what it stores to
    /// the running total of [`Heap::used`].
    #[inline(always)]
    fn strings_mut<R>(&mut self, f: impl FnOnce(&mut StringTable) -> R) -> R {
        let before = self.ev.strings.bytes();
        let r = f(&mut self.ev.strings);
        self.used += self.ev.strings.bytes() - before;
        r
    }

    fn event_str(&self, i: u32) -> JsStr {
        JsStr(self.static_strings() + i)
    }

    /// A new string from UTF-16 units.
    pub fn str_from_utf16(&mut self, units: &[u16]) -> Result<JsStr, OutOfMemory> {
        self.check(units.len() * 2 + 16)?;
        let i = self.strings_mut(|t| t.push_utf16(units));
        Ok(self.event_str(i))
    }

    /// The code units `start..end` of `s` as a new string, stored and
    /// counted as [`Heap::str_from_utf16`] stores and counts them, when
    /// `s` is Latin-1 (its bytes are copied straight from where they are);
    /// `None` when it is UTF-16. The caller has clamped the range to `s`.
    pub fn latin1_substring(
        &mut self,
        s: JsStr,
        start: usize,
        end: usize,
    ) -> Option<Result<JsStr, OutOfMemory>> {
        let loc = self.str_loc(s);
        if loc.span.is_wide() {
            return None;
        }
        let len = end.saturating_sub(start);
        if let Err(e) = self.check(len * 2 + 16) {
            return Some(Err(e));
        }
        let tables = [&self.realm.strings, &*self.script_strings];
        let part = latin1_part(loc, tables).slice(start, end);
        let i = self.ev.strings.push_latin1_part(part);
        self.used += len + StringTable::ENTRY_BYTES;
        Some(Ok(self.event_str(i)))
    }

    /// A copy of the Latin-1 string `s` with `map` applied to its bytes
    /// from `from` on, stored and counted as [`Heap::latin1_substring`]
    /// stores and counts all of `s`: a case conversion looks `s` up once
    /// and writes its result once, straight into the table, instead of
    /// mapping a buffer and copying that. `None` when `s` is UTF-16.
    #[inline]
    pub fn map_latin1(
        &mut self,
        s: JsStr,
        from: usize,
        map: impl FnOnce(&mut [u8]),
    ) -> Option<Result<JsStr, OutOfMemory>> {
        let loc = self.str_loc(s);
        if loc.span.is_wide() {
            return None;
        }
        if let Err(e) = self.check(loc.len() * 2 + 16) {
            return Some(Err(e));
        }
        let tables = [&self.realm.strings, &*self.script_strings];
        let part = latin1_part(loc, tables);
        let i = self.ev.strings.push_latin1_mapped(part, from, map);
        self.used += loc.len() + StringTable::ENTRY_BYTES;
        Some(Ok(self.event_str(i)))
    }

    /// A new string from Latin-1 bytes.
    pub fn str_from_latin1(&mut self, bytes: &[u8]) -> Result<JsStr, OutOfMemory> {
        self.check(bytes.len() * 2 + 16)?;
        let i = self.strings_mut(|t| t.push_latin1(bytes));
        Ok(self.event_str(i))
    }

    /// A new string from Rust text.
    pub fn str_from_rust(&mut self, s: &str) -> Result<JsStr, OutOfMemory> {
        self.check(s.len() * 2 + 16)?;
        let i = self.strings_mut(|t| t.push_str(s));
        Ok(self.event_str(i))
    }

    /// [`Heap::str_from_rust`] for a caller that has already made sure the
    /// event has room for the string (and for everything else it makes
    /// before its next checked allocation). The check skipped would only
    /// record the peak, and the next check records it as high: the event's
    /// memory only grows in between.
    pub fn str_from_rust_in_room(&mut self, s: &str) -> JsStr {
        let i = self.strings_mut(|t| t.push_str(s));
        self.event_str(i)
    }

    /// Runs `make` on the event's string table and counts what it stored,
    /// for a caller that makes many strings in a row and has made sure of
    /// the room for them, as [`Heap::str_from_rust_in_room`] says. A string
    /// `make` pushes at position `i` of the table is the event string
    /// `i`; one it enters in the table's index must not be there yet (the
    /// index is not searched first).
    pub(crate) fn make_event_strings<R>(&mut self, make: impl FnOnce(&mut StringTable) -> R) -> R {
        self.strings_mut(make)
    }

    /// Where `key`'s string is among the event's strings, when it is one
    /// made at or after position `from` there; with its hash.
    pub(crate) fn event_key_since(&self, key: Key, from: u32) -> Option<(u32, u32)> {
        let Key::Str(s) = key else {
            return None;
        };
        let i = s.0.checked_sub(self.static_strings())?;
        (i >= from).then(|| (i, self.units(s).hash()))
    }

    /// A new string: the concatenation of `parts`.
    pub fn concat(&mut self, parts: &[JsStr]) -> Result<JsStr, OutOfMemory> {
        if let [x, y] = *parts {
            let locs = [self.str_loc(x), self.str_loc(y)];
            return self.concat_pair(x, y, locs);
        }
        let mut bytes = std::mem::take(&mut self.scratch8);
        bytes.clear();
        let latin1 = self.concat_latin1(parts, &mut bytes);
        self.scratch8 = bytes;
        match latin1 {
            Some(made) => made,
            None => self.concat_units(parts),
        }
    }

    /// `x + y` for two strings at `locs` (from [`Heap::str_loc`]):
    /// [`Heap::concat`] of a pair, the commonest concatenation by far,
    /// each string looked up once and a Latin-1 tail copied from where it
    /// is stored.
    #[inline]
    pub fn concat_pair(
        &mut self,
        x: JsStr,
        y: JsStr,
        [head, tail]: [StrLoc; 2],
    ) -> Result<JsStr, OutOfMemory> {
        if head.span.is_wide() || tail.span.is_wide() {
            // Through UTF-16 units, which is also how a UTF-16 event string
            // is extended in place. (The memory checks this path would make
            // first are among those made there: the outcome is the same.)
            return self.concat_units(&[x, y]);
        }
        // A Latin-1 event string stored last is extended in place: only
        // the tail is new memory.
        let in_place = head.table == StrTable::Event && self.ev.strings.ends_latin1(head.span);
        let added = if in_place {
            tail.len()
        } else {
            head.len() + tail.len()
        };
        self.check(added * 2 + 16)?;
        let tables = [&self.realm.strings, &*self.script_strings];
        let (head, tail) = (latin1_part(head, tables), latin1_part(tail, tables));
        let i = self.ev.strings.push_latin1_pair(head, tail);
        self.used += added + StringTable::ENTRY_BYTES;
        Ok(self.event_str(i))
    }

    /// [`Heap::concat`] when every part is Latin-1 (nearly all strings a
    /// function builds): bytes are copied as they are, with no detour
    /// through UTF-16, and each part is looked up once. `None` when a part
    /// is UTF-16. `bytes` is an empty scratch buffer.
    fn concat_latin1(
        &mut self,
        parts: &[JsStr],
        bytes: &mut Vec<u8>,
    ) -> Option<Result<JsStr, OutOfMemory>> {
        let (first, rest) = parts.split_first()?;
        let head = self.str_loc(*first);
        if head.span.is_wide() {
            return None;
        }
        // The tail is gathered first: it may come from several tables.
        for &p in rest {
            bytes.extend_from_slice(self.units(p).latin1()?);
        }
        let (head_len, tail_len) = (head.len(), bytes.len());
        // The memory checks: for the tail alone when the head is an event
        // string and there is a tail, then for the whole unless the head is
        // stored last (it is then extended in place).
        let checked = if head.table == StrTable::Event && !rest.is_empty() {
            self.check(tail_len * 2 + 16).and_then(|()| {
                if self.ev.strings.ends_latin1(head.span) {
                    Ok(())
                } else {
                    self.check((head_len + tail_len) * 2 + 16)
                }
            })
        } else {
            self.check((head_len + tail_len) * 2 + 16)
        };
        if let Err(e) = checked {
            return Some(Err(e));
        }
        let tables = [&self.realm.strings, &*self.script_strings];
        let head = latin1_part(head, tables);
        let before = self.ev.strings.bytes();
        let i = self
            .ev
            .strings
            .push_latin1_pair(head, Latin1Part::bytes(bytes));
        self.used += self.ev.strings.bytes() - before;
        Some(Ok(self.event_str(i)))
    }

    /// [`Heap::concat`] through UTF-16 code units, for parts that are not
    /// all Latin-1.
    fn concat_units(&mut self, parts: &[JsStr]) -> Result<JsStr, OutOfMemory> {
        let total: usize = parts.iter().map(|&p| self.units(p).len()).sum();
        let fixed = self.static_strings();
        if let [first, rest @ ..] = parts {
            if first.0 >= fixed && !rest.is_empty() {
                // Try to extend an event string in place (see
                // `StringTable::append`): only the tail is new memory.
                let head_len = self.units(*first).len();
                let mut scratch = std::mem::take(&mut self.scratch);
                scratch.clear();
                for &p in rest {
                    scratch.extend(self.units(p).iter());
                }
                let appended = match self.check((total - head_len) * 2 + 16) {
                    Ok(()) => self.strings_mut(|t| t.append(first.0 - fixed, &scratch)),
                    Err(e) => {
                        self.scratch = scratch;
                        return Err(e);
                    }
                };
                self.scratch = scratch;
                if let Some(i) = appended {
                    return Ok(self.event_str(i));
                }
            }
        }
        self.check(total * 2 + 16)?;
        // The parts may live in the event table that receives the result,
        // so they are gathered in a scratch buffer first.
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        scratch.reserve(total);
        for &p in parts {
            scratch.extend(self.units(p).iter());
        }
        let i = self.strings_mut(|t| t.push_utf16(&scratch));
        self.scratch = scratch;
        Ok(self.event_str(i))
    }

    /// Records that event string `s` is an njs byte string (runtime 1.0):
    /// its code units are bytes (`hash.digest()`, `String.bytesFrom`...),
    /// so byte consumers such as `hash.update` take them as they are
    /// instead of encoding them as UTF-8. The mark belongs to this handle
    /// only: a copy made by another operation is an ordinary string.
    pub fn mark_byte_string(&mut self, s: JsStr) -> Result<(), OutOfMemory> {
        // Strings are usually marked as they are made, in handle order, so
        // the insertion is almost always at the end.
        if let Err(at) = self.byte_strings.binary_search(&s) {
            self.add_external(std::mem::size_of::<JsStr>())?;
            self.byte_strings.insert(at, s);
        }
        Ok(())
    }

    /// Whether `s` was marked with [`Heap::mark_byte_string`] during this
    /// event.
    pub fn is_byte_string(&self, s: JsStr) -> bool {
        self.byte_strings.binary_search(&s).is_ok()
    }

    /// The canonical (interned) handle for `units`: property keys use it.
    pub fn intern(&mut self, units: Units<'_>) -> Result<JsStr, OutOfMemory> {
        let hash = units.hash();
        if let Some(i) = self.realm.strings.find(units, hash) {
            return Ok(JsStr(i));
        }
        if let Some(i) = self.script_strings.find(units, hash) {
            return Ok(JsStr(self.realm_strings() + i));
        }
        if let Some(i) = self.ev.strings.find(units, hash) {
            return Ok(self.event_str(i));
        }
        self.check(units.len() * 2 + 32)?;
        let i = self.strings_mut(|t| t.push_units(units));
        self.ev.strings.index(i, hash);
        Ok(self.event_str(i))
    }

    /// Interns an existing string handle.
    pub fn intern_str(&mut self, s: JsStr) -> Result<JsStr, OutOfMemory> {
        let fixed = self.static_strings();
        if s.0 < fixed || self.ev.strings.is_indexed(s.0 - fixed) {
            // Realm and script strings are interned when created, and an
            // event string in the index is its text's interned handle
            // (property names listed by `Object.keys`, `for-in`...).
            return Ok(s);
        }
        // The units are copied out (the table may grow while interning)
        // into the reused scratch buffer rather than a new allocation.
        let mut copy = std::mem::take(&mut self.scratch);
        copy.clear();
        copy.extend(self.units(s).iter());
        let r = self.intern(Units::Utf16(&copy));
        self.scratch = copy;
        r
    }

    /// Interns Rust text.
    pub fn intern_rust(&mut self, s: &str) -> Result<JsStr, OutOfMemory> {
        if s.is_ascii() {
            self.intern(Units::Latin1(s.as_bytes()))
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            self.intern(Units::Utf16(&units))
        }
    }

    /// The property key for string `s`: an index when it is a canonical
    /// array index, an interned string otherwise.
    pub fn key_for(&mut self, s: JsStr) -> Result<Key, OutOfMemory> {
        match self.units(s).array_index() {
            Some(i) => Ok(Key::Index(i)),
            None => Ok(Key::Str(self.intern_str(s)?)),
        }
    }

    /// The property key for Rust text `s`, as [`Heap::key_for`] gives it
    /// for the same string, without first making a string of it.
    pub fn key_from_rust(&mut self, s: &str) -> Result<Key, OutOfMemory> {
        // An index is all ASCII digits, so the UTF-8 bytes can be read as
        // Latin-1 here.
        if let Some(i) = Units::Latin1(s.as_bytes()).array_index() {
            return Ok(Key::Index(i));
        }
        Ok(Key::Str(self.intern_rust(s)?))
    }

    // -- Symbols -----------------------------------------------------------

    /// A new symbol.
    pub fn new_symbol(&mut self, data: SymbolData) -> Result<SymRef, OutOfMemory> {
        self.check(std::mem::size_of::<SymbolData>())?;
        let base = self.realm.symbols.len() as u32;
        self.ev.symbols.push(data);
        self.used += std::mem::size_of::<SymbolData>();
        Ok(SymRef(base + self.ev.symbols.len() as u32 - 1))
    }

    /// `Symbol(description)`, as messages and renderings name symbol `s`.
    pub fn symbol_text(&self, s: SymRef) -> String {
        let d = self
            .symbol(s)
            .description
            .map(|d| self.to_rust_string(d))
            .unwrap_or_default();
        format!("Symbol({d})")
    }

    /// The data of symbol `s`.
    pub fn symbol(&self, s: SymRef) -> SymbolData {
        let base = self.realm.symbols.len() as u32;
        let d = if s.0 < base {
            self.realm.symbols.get(s.0 as usize)
        } else {
            self.ev.symbols.get((s.0 - base) as usize)
        };
        d.copied().unwrap_or(SymbolData {
            description: None,
            registered: false,
        })
    }

    /// Every event symbol registered with `Symbol.for`.
    pub fn registered_symbols(&self) -> impl Iterator<Item = (SymRef, SymbolData)> + '_ {
        let base = self.realm.symbols.len() as u32;
        self.ev
            .symbols
            .iter()
            .enumerate()
            .filter(|(_, d)| d.registered)
            .map(move |(i, d)| (SymRef(base + i as u32), *d))
    }
}

#[cfg(test)]
mod tests;
