//! The event template: the objects built for the last event, copied into
//! the next one when it has the same layout.
//!
//! For a small handler, building the event object is most of the work of
//! an event: a dozen objects and their properties appended one by one,
//! each with a memory check. Requests from the same kind of client look
//! alike: the same optional fields and the same header names in the same
//! order. When an event's heap starts as the same prelude copy as the
//! recorded one's (so the slabs end at the same places) and its layout is
//! the recorded one (which optional fields it has, which common texts its
//! method, version and event type are, the names in each entry map, and
//! each entry's attributes and `multiValue` items), a build would append
//! the same objects and properties at the same places, with the same
//! handles in them: those of the objects built before, of realm strings,
//! and of event strings, which are numbered in the order they are made.
//!
//! So the worker makes the event's strings again, in the order a build
//! makes them, then appends a copy of the recorded objects, properties and
//! values and charges the steps the build charged. The entry names are
//! the recorded ones, so their keys are too: a name whose string the build
//! made and interned is made and interned again, with the recorded hash
//! and without a search (see [`NameStep`]), and the others are left be. The
//! event object, the steps and the memory figures are those a build
//! gives. A copy is taken only when it cannot fail where a build would
//! not: the event's step and memory limits leave room for all of it.

use super::convert::{self, EventShape, ShapeParts};
use super::event::{Entries, Entry, Event};
use crate::features::Runtime;
use crate::heap::{EventMarks, HeapRun, StringTable};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// One recorded build.
#[derive(Debug, Default)]
pub(crate) struct EventTemplate {
    /// The prelude copy the recorded build's heap started as; `None` when
    /// nothing is recorded.
    start: Option<u64>,
    runtime: Option<Runtime>,
    /// Where the slabs ended when the build started.
    marks: EventMarks,
    /// How many event strings there were when it ended.
    end_strings: u32,
    /// The steps the build charged.
    steps: u64,
    /// The objects, properties and values it appended.
    run: HeapRun,
    /// The event object.
    value: Value,
    /// Whether the event type, the method and the version were texts of
    /// their own rather than common ones (equal texts are equally common).
    uncommon: [bool; 3],
    layout: Layout,
    parts: ShapeParts,
    /// What the build did for each entry name, in its order.
    names: Vec<NameStep>,
}

/// What a build of an event with a template's layout does for one entry
/// name, found by [`EventTemplate::record`] from the keys it gave.
#[derive(Debug, Clone, Copy)]
enum NameStep {
    /// Nothing: the key is there before the name is reached (an index, a
    /// realm or script string, or an event string an earlier entry of the
    /// event interned).
    Keep,
    /// The name's string is made and interned: the `at`th event string,
    /// with hash `hash`.
    Intern { at: u32, hash: u32 },
}

impl EventTemplate {
    /// Makes `event`'s object from the recorded build when it may; `None`
    /// when it may not, with nothing made (but for the unexpected case
    /// below) and `shape` still cleared. `shape` must be cleared; on
    /// success it says what it said after the recorded build.
    pub(super) fn reuse(
        &mut self,
        vm: &mut Vm,
        event: &Event,
        runtime: Runtime,
        shape: &mut EventShape,
    ) -> JsResult<Option<Value>> {
        if self.start.is_none()
            || vm.event_start() != self.start
            || self.runtime != Some(runtime)
            || vm.heap().event_marks() != self.marks
        {
            return Ok(None);
        }
        let Some(text_bytes) = self.layout.matches(event) else {
            return Ok(None);
        };
        let heap = vm.heap();
        let bytes = heap.used() + self.run.bytes() + text_bytes;
        if bytes > heap.limit() || vm.steps_left() < self.steps {
            return Ok(None);
        }
        let keys_match = make_texts(vm, event, &self.names, self.uncommon);
        if !keys_match || vm.heap().event_marks().strings() != self.end_strings {
            // Not expected: the layout decides every string and key. The
            // strings made stay unused, and the build that follows is
            // right, only holding them too; the template is dropped.
            self.start = None;
            shape.clear();
            return Ok(None);
        }
        vm.heap_mut().append_run(&self.run)?;
        vm.charge(self.steps)?;
        shape.load(&self.parts);
        #[cfg(test)]
        tests::COPIES.with(|c| c.set(c.get() + 1));
        Ok(Some(self.value))
    }

    /// Records the build of `event` that started at `start` (slab marks
    /// and steps) and gave `value`, when a later event may reuse it.
    pub(super) fn record(
        &mut self,
        vm: &Vm,
        event: &Event,
        runtime: Runtime,
        start: (EventMarks, u64),
        value: Value,
        shape: &EventShape,
    ) {
        self.start = None;
        let Some(prelude) = vm.event_start() else {
            return;
        };
        if !shape.complete(event) {
            return;
        }
        let (marks, steps) = start;
        self.layout.record(event);
        vm.heap().copy_run(marks, &mut self.run);
        shape.save(&mut self.parts);
        self.parts
            .set_names_checked(super::validate::own_names_ok(event));
        self.names.clear();
        let mut last = None;
        for key in self.parts.entry_keys() {
            let step = match vm.heap().event_key_since(key, marks.strings()) {
                // Strings are numbered as they are made: a name interned
                // earlier in the build has a lower number than the last.
                Some((at, hash)) if last.is_none_or(|l| at > l) => {
                    last = Some(at);
                    NameStep::Intern { at, hash }
                }
                _ => NameStep::Keep,
            };
            self.names.push(step);
        }
        self.runtime = Some(runtime);
        self.marks = marks;
        self.end_strings = vm.heap().event_marks().strings();
        self.steps = vm.usage().steps - steps;
        self.value = value;
        let names = &vm.realm().event_names;
        self.uncommon = [
            event.context.event_type.name(),
            &event.request.method,
            &event.version,
        ]
        .map(|s| convert::common(names, s).is_none());
        self.start = Some(prelude);
    }
}

/// Makes the strings a build of `event` makes, in the same order (see
/// `convert::build_event` and the functions it calls), the entry names'
/// as `names` says; gives whether they got the recorded places. `uncommon`
/// says which of the event type, the method and the version are made as
/// strings.
fn make_texts(vm: &mut Vm, event: &Event, names: &[NameStep], uncommon: [bool; 3]) -> bool {
    // The table counts what it stores once for all of them.
    vm.heap_mut()
        .make_event_strings(|table| texts(table, event, names, uncommon))
}

/// [`make_texts`] on the event's string table.
fn texts(table: &mut StringTable, event: &Event, names: &[NameStep], uncommon: [bool; 3]) -> bool {
    let c = &event.context;
    let r = &event.request;
    let [event_type, method, version] = [c.event_type.name(), &r.method, &event.version];
    for v in [&c.distribution_domain_name, &c.endpoint, &c.distribution_id]
        .into_iter()
        .flatten()
    {
        made(table, v);
    }
    if uncommon[0] {
        made(table, event_type);
    }
    if let Some(id) = &c.request_id {
        made(table, id);
    }
    made(table, &event.viewer.ip);
    if uncommon[1] {
        made(table, method);
    }
    made(table, &r.uri);
    let mut names = names.iter();
    let mut same = true;
    for entries in [&r.querystring, &r.headers, &r.cookies] {
        same &= entries_texts(table, entries, &mut names);
    }
    if uncommon[2] {
        made(table, version);
    }
    if let Some(r) = &event.response {
        if let Some(d) = &r.status_description {
            made(table, d);
        }
        for entries in [&r.headers, &r.cookies] {
            same &= entries_texts(table, entries, &mut names);
        }
    }
    same && names.next().is_none()
}

/// Makes string `s` without a memory check of its own: [`EventTemplate::reuse`]
/// has made sure the event has room for every text of the layout, and the
/// check `append_run` makes right after records the peak.
fn made(table: &mut StringTable, s: &str) {
    table.push_str(s);
}

/// [`make_texts`] for one entry map.
fn entries_texts(
    table: &mut StringTable,
    entries: &Entries,
    names: &mut std::slice::Iter<NameStep>,
) -> bool {
    let mut same = true;
    for (name, entry) in &entries.0 {
        entry_texts(table, entry);
        match names.next() {
            Some(NameStep::Keep) => {}
            Some(&NameStep::Intern { at, hash }) => {
                let i = table.push_str(name);
                table.index(i, hash);
                same &= i == at;
            }
            None => same = false,
        }
    }
    same
}

/// [`make_texts`] for one entry and its `multiValue` items. Inlined, as
/// is [`walk_entry`]: nearly every entry has one value and no attributes,
/// and a call per entry cost a fifth of its work.
#[inline(always)]
fn entry_texts(table: &mut StringTable, entry: &Entry) {
    made(table, &entry.value);
    if let Some(a) = &entry.attributes {
        made(table, a);
    }
    if let Some(items) = &entry.multi_value {
        items_texts(table, items);
    }
}

/// [`entry_texts`] for `multiValue` items.
fn items_texts(table: &mut StringTable, items: &[Entry]) {
    for item in items {
        entry_texts(table, item);
    }
}

/// What decides the objects and properties a build appends: which fields
/// an event has, its version and method (whether they are common texts,
/// and which), its entry names and the shape of each entry. Two events
/// with equal layouts differ only in their other texts.
#[derive(Debug, Default)]
struct Layout {
    codes: Vec<u32>,
    names: String,
}

/// Bytes a text may ask the heap for when it is made: twice its length
/// (UTF-16) and the string's record, with room to spare.
fn text_bytes(s: &str) -> usize {
    2 * s.len() + 64
}

/// Where [`walk`] sends an event's layout: written down, or compared with
/// one written down before.
trait Sink {
    /// Takes a number; false when it differs from the one expected.
    fn code(&mut self, code: u32) -> bool;
    /// Takes a name; false when it differs from the one expected.
    fn name(&mut self, name: &str) -> bool;
}

impl Sink for Layout {
    fn code(&mut self, code: u32) -> bool {
        self.codes.push(code);
        true
    }

    fn name(&mut self, name: &str) -> bool {
        self.codes.push(name.len() as u32);
        self.names.push_str(name);
        true
    }
}

/// Compares an event's layout with a recorded one as it is walked.
struct Compare<'l> {
    codes: std::slice::Iter<'l, u32>,
    names: &'l str,
}

impl Sink for Compare<'_> {
    fn code(&mut self, code: u32) -> bool {
        self.codes.next() == Some(&code)
    }

    fn name(&mut self, name: &str) -> bool {
        match self.codes.next() {
            Some(&len) if len as usize == name.len() => {
                match self.names.split_at_checked(name.len()) {
                    Some((head, rest)) if head == name => {
                        self.names = rest;
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }
}

impl Layout {
    /// Writes down `event`'s layout.
    fn record(&mut self, event: &Event) {
        self.codes.clear();
        self.names.clear();
        walk(event, self);
    }

    /// Whether `event` has this layout; if so, an upper bound of the bytes
    /// its texts take in the heap.
    fn matches(&self, event: &Event) -> Option<usize> {
        let mut compare = Compare {
            codes: self.codes.iter(),
            names: &self.names,
        };
        let bytes = walk(event, &mut compare)?;
        (compare.codes.len() == 0 && compare.names.is_empty()).then_some(bytes)
    }
}

/// Sends `event`'s layout to `sink`; gives an upper bound of the bytes its
/// texts take in the heap, or `None` as soon as the sink refuses a part.
fn walk(event: &Event, sink: &mut impl Sink) -> Option<usize> {
    let c = &event.context;
    let r = &event.request;
    let flags = [
        c.distribution_domain_name.is_some(),
        c.endpoint.is_some(),
        c.distribution_id.is_some(),
        c.request_id.is_some(),
        event.response.is_some(),
        event
            .response
            .as_ref()
            .is_some_and(|r| r.status_description.is_some()),
        c.event_type == super::event::EventType::ViewerResponse,
    ];
    let flags = flags.iter().rev().fold(0, |f, &b| f << 1 | u32::from(b));
    // Equal texts are equally common: the version and the method are
    // compared whole, as names.
    if !(sink.code(flags) && sink.name(&event.version) && sink.name(&r.method)) {
        return None;
    }
    let optional = [
        &c.distribution_domain_name,
        &c.endpoint,
        &c.distribution_id,
        &c.request_id,
    ];
    let mut bytes = text_bytes(&event.version) + text_bytes(&r.method);
    bytes += text_bytes(&event.viewer.ip) + text_bytes(&r.uri);
    for s in optional.into_iter().flatten() {
        bytes += text_bytes(s);
    }
    for entries in [&r.querystring, &r.headers, &r.cookies] {
        bytes += walk_entries(entries, sink)?;
    }
    if let Some(r) = &event.response {
        if !sink.code(u32::from(r.status_code)) {
            return None;
        }
        bytes += r.status_description.as_deref().map_or(0, text_bytes);
        bytes += walk_entries(&r.headers, sink)? + walk_entries(&r.cookies, sink)?;
    }
    Some(bytes)
}

fn walk_entries(entries: &Entries, sink: &mut impl Sink) -> Option<usize> {
    if !sink.code(entries.0.len() as u32) {
        return None;
    }
    let mut bytes = 0;
    for (name, entry) in &entries.0 {
        if !sink.name(name) {
            return None;
        }
        bytes += text_bytes(name) + walk_entry(entry, sink)?;
    }
    Some(bytes)
}

#[inline(always)]
fn walk_entry(entry: &Entry, sink: &mut impl Sink) -> Option<usize> {
    let bytes = text_bytes(&entry.value) + entry.attributes.as_deref().map_or(0, text_bytes);
    let attributes = u32::from(entry.attributes.is_some());
    match &entry.multi_value {
        None => sink.code(attributes).then_some(bytes),
        Some(items) => {
            if !(sink.code(2 | attributes) && sink.code(items.len() as u32)) {
                return None;
            }
            Some(bytes + walk_items(items, sink)?)
        }
    }
}

/// [`walk_entry`] for `multiValue` items.
fn walk_items(items: &[Entry], sink: &mut impl Sink) -> Option<usize> {
    let mut bytes = 0;
    for item in items {
        bytes += walk_entry(item, sink)?;
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use crate::runtime::{Event, Function, RunOptions};
    use crate::{Limits, Runtime};
    use std::cell::Cell;

    thread_local! {
        /// Events made from a template on this thread.
        pub(super) static COPIES: Cell<u32> = const { Cell::new(0) };
    }

    fn copies() -> u32 {
        COPIES.with(Cell::get)
    }

    const LOGGER: &str = "function handler(event) {
  console.log(JSON.stringify(event));
  event.request.headers['x-n'] = { value: 'n' };
  return event.request;
}";

    fn event(uri: &str, headers: &[(&str, &str)]) -> Event {
        let headers: serde_json::Map<String, serde_json::Value> = headers
            .iter()
            .map(|(n, v)| (n.to_string(), serde_json::json!({ "value": v })))
            .collect();
        let json = serde_json::json!({
            "version": "1.0",
            "context": { "eventType": "viewer-request" },
            "viewer": { "ip": "192.0.2.1" },
            "request": { "method": "GET", "uri": uri, "headers": headers }
        });
        Event::from_json(&json.to_string()).expect("an event")
    }

    fn function(source: &str) -> Function {
        Function::compile(source, Runtime::Js2, &Limits::default(), "t.js").expect("compiles")
    }

    /// Runs `events` on one worker, each compared with a fresh worker's
    /// outcome; gives how many were copied from a template.
    fn copied(source: &str, events: &[Event]) -> u32 {
        let f = function(source);
        let mut worker = f.worker();
        let before = copies();
        for e in events {
            let options = RunOptions::default();
            let outcome = worker.run(e, &options);
            assert!(outcome.result.is_ok(), "{:?}", outcome.result);
            assert_eq!(outcome, f.worker().run(e, &options));
        }
        copies() - before
    }

    #[test]
    fn events_with_the_last_ones_layout_are_copied() {
        let events = [
            event("/a", &[("host", "a.example"), ("x-id", "1")]),
            event("/bbbb", &[("host", "b.example.com"), ("x-id", "été")]),
            event("/", &[("host", ""), ("x-id", "日本")]),
        ];
        assert_eq!(copied(LOGGER, &events), 2);
    }

    /// A copied event's request handed back untouched is recognised as
    /// the event's own (the shape came with the copy), so there is
    /// nothing to read back.
    #[test]
    fn a_copied_events_own_request_is_handed_back_as_the_event() {
        let mut worker = function("function handler(event) { return event.request; }").worker();
        let before = copies();
        for uri in ["/a", "/bb", "/ccc"] {
            let outcome =
                worker.run_returned(&event(uri, &[("host", uri)]), &RunOptions::default());
            assert!(
                matches!(outcome.result, Ok(crate::runtime::Returned::Event)),
                "{:?}",
                outcome.result
            );
        }
        assert_eq!(copies() - before, 2);
    }

    /// Names the build interned, found again in a later map, given by the
    /// realm, or not ASCII: each copied event's entries are found by name.
    /// The names are not in the source (its strings are interned before
    /// any event): they are reached through `Object.keys` and through
    /// strings made at run time, which find an entry only if its name was
    /// made once and interned.
    #[test]
    fn copied_entry_names_are_the_keys_a_build_makes() {
        let source = "function handler(event) {
  var r = event.request, h = Object.keys(r.headers), c = Object.keys(r.cookies);
  var e = String.fromCharCode(233), made = 'x' + '-' + String.fromCharCode(97);
  console.log(h.join(), r.cookies[h[0]].value, r.headers[c[0]].value, r.headers.host.value,
    r.headers[e + 't' + e].value, r.querystring[c[1]].value, r.cookies[made].value);
  r.headers[made + 'n'] = { value: r.headers[made].value };
  return r;
}";
        let f = function(source);
        let mut worker = f.worker();
        let before = copies();
        for v in ["1", "22", "333"] {
            let json = serde_json::json!({
                "version": "1.0",
                "context": { "eventType": "viewer-request" },
                "viewer": { "ip": "192.0.2.1" },
                "request": {
                    "method": "GET", "uri": format!("/{v}"),
                    "querystring": { "x-b": { "value": v } },
                    "headers": {
                        "x-a": { "value": v }, "host": { "value": v },
                        "\u{e9}t\u{e9}": { "value": v }
                    },
                    "cookies": { "x-a": { "value": v }, "x-b": { "value": v } }
                }
            });
            let e = Event::from_json(&json.to_string()).expect("an event");
            let outcome = worker.run(&e, &RunOptions::default());
            let logs = format!("{:?}", outcome.logs);
            let line = format!("x-a,host,\u{e9}t\u{e9} {v} {v} {v} {v} {v} {v}");
            assert!(logs.contains(&line), "{logs}");
            assert_eq!(outcome, f.worker().run(&e, &RunOptions::default()));
        }
        assert_eq!(copies() - before, 2);
    }

    /// An event's own request handed back is checked as it stands, copied
    /// or built: header names that no result may hold (not lowercase,
    /// `cookie`, disallowed) are refused for every event of the layout,
    /// and names that pass are not checked again on a copy.
    #[test]
    fn a_copied_events_own_request_is_checked_as_a_built_one() {
        let f = function("function handler(event) { return event.request; }");
        for (name, refused) in [
            ("Host", true),
            ("cookie", true),
            ("x-edge-id", true),
            ("x-ok", false),
        ] {
            let mut worker = f.worker();
            let before = copies();
            for uri in ["/a", "/bb", "/ccc"] {
                let e = event(uri, &[("host", "h"), (name, uri)]);
                let outcome = worker.run(&e, &RunOptions::default());
                let error = match &outcome.result {
                    Err(crate::runtime::FunctionError::Validation { field, .. }) => Some(field),
                    _ => None,
                };
                assert_eq!(error.is_some(), refused, "{name}: {:?}", outcome.result);
                assert_eq!(outcome, f.worker().run(&e, &RunOptions::default()));
            }
            assert_eq!(copies() - before, 2, "{name}");
        }
    }

    #[test]
    fn events_with_another_layout_are_built() {
        let events = [
            event("/a", &[("host", "a")]),
            event("/a", &[("host", "a"), ("x-id", "1")]),
            event("/a", &[("x-id", "1"), ("host", "a")]),
            event("/a", &[("x-id", "1"), ("x-id2", "a")]),
            event("/a", &[("x-id", "1"), ("7", "a")]),
            event("/a", &[("x-id", "1"), ("7", "a")]),
        ];
        // Only the last repeats a layout, and it has an index name.
        assert_eq!(copied(LOGGER, &events), 0);
    }

    #[test]
    fn a_top_level_that_is_run_every_time_gets_built_events() {
        let source = format!("var started = Date.now();\n{LOGGER}");
        let events = [event("/a", &[("host", "a")]), event("/b", &[("host", "b")])];
        assert_eq!(copied(&source, &events), 0);
    }

    /// `const kvs = cf.kvs()` at the top level, as the guide writes it:
    /// the top level is copied, and so is the event.
    #[test]
    fn a_store_handle_made_at_the_top_level_leaves_events_copied() {
        let source = "import cf from 'cloudfront';
const kvs = cf.kvs();
async function handler(event) {
  const key = 'redirect:' + event.request.uri;
  if (!(await kvs.exists(key))) return event.request;
  return { statusCode: 301, headers: { location: { value: await kvs.get(key) } } };
}";
        let mut store = crate::runtime::InMemoryKvs::new("store");
        store.insert("redirect:/old", "/new");
        let f = function(source).with_kvs(std::sync::Arc::new(store));
        let mut worker = f.worker();
        let before = copies();
        let options = RunOptions::default();
        for uri in ["/a", "/old", "/b"] {
            let e = event(uri, &[("host", "a.example")]);
            let outcome = worker.run(&e, &options);
            assert_eq!(outcome, f.worker().run(&e, &options));
            let result = format!("{:?}", outcome.result.expect("runs"));
            assert_eq!(result.contains("\"/new\""), uri == "/old", "{result}");
        }
        assert_eq!(copies() - before, 2);
    }

    #[test]
    fn a_memory_limit_without_room_for_the_copy_gets_a_build() {
        let f = function(LOGGER);
        let mut worker = f.worker();
        let small = event("/a", &[("host", "a")]);
        let large = event(&format!("/{}", "x".repeat(4000)), &[("host", "a")]);
        let options = RunOptions::default();
        assert!(worker.run(&small, &options).result.is_ok());
        let before = copies();
        worker.vm.set_memory_limit(worker.vm.heap().used() + 4000);
        let outcome = worker.run(&large, &options);
        assert_eq!(copies(), before);
        let mut fresh = f.worker();
        fresh.vm.set_memory_limit(worker.vm.heap().limit());
        assert_eq!(outcome, fresh.run(&large, &options));
    }
}
