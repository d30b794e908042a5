//! Events into JavaScript objects in the event's arena, and handler
//! results back into Rust, checking the shape of every field as it is read
//! so a wrong one is reported by its path (`response.headers["x-a"].value`).

mod plain;

pub(crate) use plain::{
    PlainGenerated, PlainHeader, PlainRequest, PlainRequestResult, PlainResponse,
    read_plain_request_result, read_plain_response,
};

use super::EventNames;
use super::FunctionError;
use super::event::{
    Body, Entries, Entry, Event, EventType, HandlerResult, OwnPart, Request, Response, Returned,
};
use super::template::EventTemplate;
use crate::features::Runtime;
use crate::heap::{Attrs, Class, Key, ObjectData, Prop};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{JsResult, Throw, Vm};
use smallvec::SmallVec;

/// Builds `event` as a JavaScript object. The objects are new and their
/// keys distinct, so properties are appended directly. When the last
/// event had the same layout, its objects are copied instead (see
/// `template.rs`).
pub fn event_to_js(
    vm: &mut Vm,
    event: &Event,
    runtime: Runtime,
    shape: &mut EventShape,
) -> JsResult<Value> {
    let mut template = shape.template.take().unwrap_or_default();
    let value = build_or_copy(vm, event, runtime, shape, &mut template);
    shape.template = Some(template);
    value
}

fn build_or_copy(
    vm: &mut Vm,
    event: &Event,
    runtime: Runtime,
    shape: &mut EventShape,
    template: &mut EventTemplate,
) -> JsResult<Value> {
    shape.clear();
    if let Some(value) = template.reuse(vm, event, runtime, shape)? {
        return Ok(value);
    }
    let start = vm.heap().event_marks();
    let steps = vm.usage().steps;
    let first = vm.heap().next_object();
    let value = build_event(vm, event, runtime, shape)?;
    vm.heap_mut().mark_clean(first);
    template.record(vm, event, runtime, (start, steps), value, shape);
    Ok(value)
}

// The order in which the functions below make strings and keys is the
// order `template.rs` makes them again in: keep the two in step.
fn build_event(
    vm: &mut Vm,
    event: &Event,
    runtime: Runtime,
    shape: &mut EventShape,
) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let c = &event.context;
    let mut props = Props::new();
    for (name, value) in [
        (n.distribution_domain_name, &c.distribution_domain_name),
        (n.endpoint, &c.endpoint),
        (n.distribution_id, &c.distribution_id),
    ] {
        if let Some(v) = value {
            props.push(data(name, text(vm, v)?));
        }
    }
    props.push(data(n.event_type, common_text(vm, c.event_type.name())?));
    if let Some(id) = &c.request_id {
        props.push(data(n.request_id, text(vm, id)?));
    }
    let context = object(vm, &props)?;
    let viewer = [data(n.ip, text(vm, &event.viewer.ip)?)];
    let viewer = object(vm, &viewer)?;
    let request = request_to_js(vm, &event.request, runtime, shape)?;
    props.clear();
    props.push(data(n.version, common_text(vm, &event.version)?));
    props.push(data(n.context, context));
    props.push(data(n.viewer, viewer));
    props.push(data(n.request, request));
    if let Some(response) = &event.response {
        props.push(data(n.response, response_to_js(vm, response, shape)?));
    }
    object(vm, &props)
}

/// The named properties of an object the host builds: few enough to stay
/// on the stack for all but the largest entry maps.
type Props = SmallVec<[Prop; 8]>;

/// A new ordinary object with properties `props` (distinct keys).
fn object(vm: &mut Vm, props: &[Prop]) -> JsResult<Value> {
    let proto = vm.realm().intrinsics.object_proto;
    let data = ObjectData::new(Class::Ordinary, Some(proto));
    Ok(Value::Object(vm.heap_mut().alloc_with_props(data, props)?))
}

/// An enumerable, writable, configurable data property.
fn data(key: JsStr, value: Value) -> Prop {
    Prop {
        key: Key::Str(key),
        value,
        attrs: Attrs::DEFAULT,
    }
}

pub(super) fn text(vm: &mut Vm, s: &str) -> JsResult<Value> {
    Ok(Value::String(vm.heap_mut().str_from_rust(s)?))
}

/// [`text`] for a field whose value is nearly always one of a few (the
/// version, the event type, the method): those are realm strings.
fn common_text(vm: &mut Vm, s: &str) -> JsResult<Value> {
    match common(&vm.realm().event_names, s) {
        Some(known) => Ok(Value::String(known)),
        None => text(vm, s),
    }
}

/// The realm string for `s` when it is one of the common texts.
pub(super) fn common(n: &EventNames, s: &str) -> Option<JsStr> {
    Some(match s {
        "1.0" => n.version_1_0,
        "viewer-request" => n.viewer_request,
        "viewer-response" => n.viewer_response,
        "GET" => n.get,
        "HEAD" => n.head,
        "POST" => n.post,
        "PUT" => n.put,
        "DELETE" => n.delete,
        "OPTIONS" => n.options,
        "PATCH" => n.patch,
        _ => return None,
    })
}

fn request_to_js(
    vm: &mut Vm,
    r: &Request,
    runtime: Runtime,
    shape: &mut EventShape,
) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let start = vm.heap().next_object();
    let maps = shape.parts.maps.len();
    let method = common_text(vm, &r.method)?;
    let uri = text(vm, &r.uri)?;
    let q = entries_to_js(vm, &r.querystring, Source::RequestQuery, shape)?;
    let h = entries_to_js(vm, &r.headers, Source::RequestHeaders, shape)?;
    let c = entries_to_js(vm, &r.cookies, Source::RequestCookies, shape)?;
    let mut props = Props::from_slice(&[
        data(n.method, method),
        data(n.uri, uri),
        data(n.querystring, q),
        data(n.headers, h),
        data(n.cookies, c),
    ]);
    if runtime >= Runtime::Js2 {
        props.push(super::host::raw_query_string_property(vm));
    }
    let o = object(vm, &props)?;
    shape.parts.request = shape.subtree(o, start, maps, 3);
    Ok(o)
}

fn response_to_js(vm: &mut Vm, r: &Response, shape: &mut EventShape) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let start = vm.heap().next_object();
    let maps = shape.parts.maps.len();
    let mut props = Props::new();
    props.push(data(n.status_code, Value::Number(f64::from(r.status_code))));
    if let Some(d) = &r.status_description {
        props.push(data(n.status_description, text(vm, d)?));
    }
    props.push(data(
        n.headers,
        entries_to_js(vm, &r.headers, Source::ResponseHeaders, shape)?,
    ));
    props.push(data(
        n.cookies,
        entries_to_js(vm, &r.cookies, Source::ResponseCookies, shape)?,
    ));
    let o = object(vm, &props)?;
    shape.parts.response = shape.subtree(o, start, maps, 2);
    Ok(o)
}

/// Entry names may be array indices (`?1=a`), which live in the element
/// run, so they go through the ordinary definition path.
fn entries_to_js(
    vm: &mut Vm,
    entries: &Entries,
    source: Source,
    shape: &mut EventShape,
) -> JsResult<Value> {
    let mut props: SmallVec<[Prop; 16]> = SmallVec::new();
    let mut indexed = Vec::new();
    let first = vm.heap().next_object();
    for (index, (name, entry)) in entries.0.iter().enumerate() {
        let start = vm.heap().next_object();
        let e = entry_to_js(vm, entry)?;
        let key = shape.names.key(vm, name)?;
        if let Value::Object(object) = e {
            shape.parts.entries.push(EntryShape {
                tree: Subtree { start, object },
                key,
                source,
                index,
            });
        }
        match key {
            Key::Str(key) => props.push(data(key, e)),
            // Index keys come first in property order: reading the object
            // back does not give the entries' order.
            key => indexed.push((key, e)),
        }
    }
    let o = object(vm, &props)?;
    let Value::Object(map) = o else {
        return Ok(o);
    };
    for &(key, e) in &indexed {
        vm.create_data_property_or_throw(map, key, e)?;
    }
    if indexed.is_empty() {
        shape.parts.maps.push(MapShape {
            tree: Subtree {
                start: first,
                object: map,
            },
            source,
        });
    }
    Ok(o)
}

/// Where the objects built for an event's request, response and entries
/// are, so that a result that hands them back unmodified is read from the
/// event itself rather than property by property (most functions change a
/// header or two and return the rest as they got it). Kept by the worker
/// and reused.
///
/// The host builds children before parents, so an object's subtree is the
/// run of objects that ends with it.
#[derive(Debug, Default)]
pub struct EventShape {
    names: NameKeys,
    parts: ShapeParts,
    /// The last event's objects, to be copied into the next event when it
    /// has the same layout (boxed: it is taken out while the shape is
    /// filled).
    template: Option<Box<EventTemplate>>,
}

/// What an [`EventShape`] says about one event's objects; a template
/// keeps a copy of it with a copy of the objects.
#[derive(Debug, Default)]
pub(super) struct ShapeParts {
    maps: Vec<MapShape>,
    /// In allocation order, so by object.
    entries: Vec<EntryShape>,
    /// The request object with its subtree, when every entry map of it was
    /// built in the entries' order.
    request: Option<Subtree>,
    /// Likewise for the response object.
    response: Option<Subtree>,
    /// Whether the header names of the event's own part are known to pass
    /// a result's checks (`validate::own_names_ok`): set in a template's
    /// copy when it is recorded, as an event copied from it has the same
    /// names.
    names_checked: bool,
}

impl ShapeParts {
    /// Makes this a copy of `other`, keeping its buffers.
    fn copy_from(&mut self, other: &ShapeParts) {
        self.maps.clone_from(&other.maps);
        self.entries.clone_from(&other.entries);
        self.request = other.request;
        self.response = other.response;
        self.names_checked = other.names_checked;
    }

    fn clear(&mut self) {
        self.maps.clear();
        self.entries.clear();
        self.request = None;
        self.response = None;
        self.names_checked = false;
    }

    /// Records whether the header names of the event these parts describe
    /// pass a result's checks.
    pub(super) fn set_names_checked(&mut self, checked: bool) {
        self.names_checked = checked;
    }

    /// The keys the entries were stored under, in the order they were made.
    pub(super) fn entry_keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.entries.iter().map(|e| e.key)
    }
}

impl EventShape {
    pub(super) fn clear(&mut self) {
        self.names.next = 0;
        self.parts.clear();
    }

    /// Whether every entry map was recorded (none had an index-keyed
    /// entry, which goes through the ordinary definition path), with the
    /// request and, if there is one, the response.
    pub(super) fn complete(&self, event: &Event) -> bool {
        let (maps, response) = match event.response {
            Some(_) => (5, self.parts.response.is_some()),
            None => (3, true),
        };
        self.parts.maps.len() == maps && self.parts.request.is_some() && response
    }

    /// Makes `parts` a copy of what this shape says.
    pub(super) fn save(&self, parts: &mut ShapeParts) {
        parts.copy_from(&self.parts);
    }

    /// Whether the header names of the event's own part are known to pass a
    /// result's checks (see [`ShapeParts`]).
    pub(crate) fn names_checked(&self) -> bool {
        self.parts.names_checked
    }

    /// Says what `parts` says (the name keys are left as they are).
    pub(super) fn load(&mut self, parts: &ShapeParts) {
        self.parts.copy_from(parts);
    }

    /// `object`'s subtree, from `start` on, when the maps built since there
    /// were `maps` were all kept in [`ShapeParts`]' `maps`.
    fn subtree(&self, object: Value, start: ObjRef, maps: usize, count: usize) -> Option<Subtree> {
        match object {
            Value::Object(object) if self.parts.maps.len() == maps + count => {
                Some(Subtree { start, object })
            }
            _ => None,
        }
    }
}

/// The keys of the last event's entry names, by position among all its
/// entries: requests from the same kind of client carry the same headers
/// in the same order, and comparing a name with last time's costs less
/// than looking it up. Only keys that outlast an event are kept.
#[derive(Debug, Default)]
struct NameKeys {
    /// At most [`MAX_NAME_KEYS`].
    names: Vec<(String, Option<Key>)>,
    next: usize,
}

impl NameKeys {
    fn key(&mut self, vm: &mut Vm, name: &str) -> JsResult<Key> {
        let at = self.next;
        self.next += 1;
        if let Some((cached, Some(key))) = self.names.get(at) {
            if cached == name {
                return Ok(*key);
            }
        }
        let key = vm.heap_mut().key_from_rust(name)?;
        let lasting = vm.heap().is_lasting_key(key).then_some(key);
        if at >= MAX_NAME_KEYS {
            return Ok(key);
        }
        match self.names.get_mut(at) {
            Some((cached, k)) => {
                cached.clear();
                cached.push_str(name);
                *k = lasting;
            }
            None => self.names.push((name.to_string(), lasting)),
        }
        Ok(key)
    }
}

/// How many entry names a worker remembers (the first of an event's).
const MAX_NAME_KEYS: usize = 64;

/// An object and the objects built for it, `start ..= object`.
#[derive(Debug, Clone, Copy)]
struct Subtree {
    start: ObjRef,
    object: ObjRef,
}

impl Subtree {
    /// Whether nothing in the subtree was written.
    fn unmodified(self, vm: &Vm) -> bool {
        vm.heap().unmodified(self.start, ObjRef(self.object.0 + 1))
    }
}

/// One entry map: the map object is the end of its subtree.
#[derive(Debug, Clone, Copy)]
struct MapShape {
    tree: Subtree,
    source: Source,
}

/// The objects of one entry (its `multiValue` items, array, and the entry
/// object last) and the key it was stored under.
#[derive(Debug, Clone, Copy)]
struct EntryShape {
    tree: Subtree,
    key: Key,
    source: Source,
    index: usize,
}

/// Which of the event's entry maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    RequestQuery,
    RequestHeaders,
    RequestCookies,
    ResponseHeaders,
    ResponseCookies,
}

impl Source {
    fn of(self, event: &Event) -> Option<&Entries> {
        match self {
            Source::RequestQuery => Some(&event.request.querystring),
            Source::RequestHeaders => Some(&event.request.headers),
            Source::RequestCookies => Some(&event.request.cookies),
            Source::ResponseHeaders => event.response.as_ref().map(|r| &r.headers),
            Source::ResponseCookies => event.response.as_ref().map(|r| &r.cookies),
        }
    }
}

/// `entries` as they read back: with their attributes where those are
/// read, and without a `multiValue` inside a `multiValue` item, which is
/// never read.
fn read_back(entries: &Entries, attributes: bool) -> Entries {
    Entries(
        entries
            .0
            .iter()
            .map(|(n, e)| (n.clone(), entry_read_back(e, attributes)))
            .collect(),
    )
}

/// One entry as [`read_back`] gives it.
fn entry_read_back(entry: &Entry, attributes: bool) -> Entry {
    let item = |e: &Entry| Entry {
        value: e.value.clone(),
        attributes: e.attributes.clone().filter(|_| attributes),
        multi_value: None,
    };
    Entry {
        multi_value: entry
            .multi_value
            .as_ref()
            .map(|all| all.iter().map(item).collect()),
        ..item(entry)
    }
}

/// Whether `entry` reads back as itself ([`entry_read_back`]): no
/// attributes where they are not read, no `multiValue` inside an item.
pub(crate) fn reads_back_as_itself(entry: &Entry, attributes: bool) -> bool {
    let plain = |e: &Entry| attributes || e.attributes.is_none();
    plain(entry)
        && entry
            .multi_value
            .as_ref()
            .is_none_or(|all| all.iter().all(|i| plain(i) && i.multi_value.is_none()))
}

fn entry_to_js(vm: &mut Vm, entry: &Entry) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let mut props: SmallVec<[Prop; 3]> = SmallVec::new();
    props.push(data(n.value, text(vm, &entry.value)?));
    if let Some(a) = &entry.attributes {
        props.push(data(n.attributes, text(vm, a)?));
    }
    if let Some(all) = &entry.multi_value {
        let mut items: SmallVec<[Value; 4]> = SmallVec::new();
        for e in all {
            items.push(entry_to_js(vm, e)?);
        }
        let a = vm.new_array(&items)?;
        props.push(data(n.multi_value, Value::Object(a)));
    }
    object(vm, &props)
}

/// The event's request (viewer-request) or response (viewer-response) as
/// a result reads it back when the handler returns it untouched: request
/// entries without attributes, no `multiValue` inside a `multiValue` item,
/// no body.
pub(crate) fn event_part(event: &Event) -> HandlerResult {
    match event.own_part() {
        Some(OwnPart::Response(r)) => HandlerResult::Response(Response {
            status_code: r.status_code,
            status_description: r.status_description.clone(),
            headers: read_back(&r.headers, false),
            cookies: read_back(&r.cookies, true),
            body: None,
        }),
        _ => {
            let r = &event.request;
            HandlerResult::Request(Request {
                method: r.method.clone(),
                uri: r.uri.clone(),
                querystring: read_back(&r.querystring, false),
                headers: read_back(&r.headers, false),
                cookies: read_back(&r.cookies, false),
            })
        }
    }
}

/// Reads a handler's return value as CloudFront interprets it for
/// `event_type`.
pub fn result_from_js(
    vm: &mut Vm,
    v: Value,
    event: &Event,
    shape: &EventShape,
) -> Result<Returned, FunctionError> {
    let event_type = event.event_type();
    let mut r = Reader::new(vm, event, shape);
    let Value::Object(o) = v else {
        let what = r.kind(v);
        return Err(invalid(
            "the handler's result",
            format!("must be a request or response object, got {what}"),
        ));
    };
    if r.unmodified_result(o)? {
        return Ok(Returned::Event);
    }
    let is_response = r.has(o, r.names().status_code)?;
    match (event_type, is_response) {
        (_, true) => Ok(Returned::Result(HandlerResult::Response(r.response(o)?))),
        (EventType::ViewerRequest, false) => {
            Ok(Returned::Result(HandlerResult::Request(r.request(o)?)))
        }
        (EventType::ViewerResponse, false) => Err(invalid(
            "response.statusCode",
            "is required: a viewer-response function must return the response",
        )),
    }
}

/// A validation error at `field`.
pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> FunctionError {
    FunctionError::Validation {
        field: field.into(),
        message: message.into(),
    }
}

/// Reads fields of the result, turning script exceptions thrown by getters
/// into execution errors.
struct Reader<'a> {
    vm: &'a mut Vm,
    event: &'a Event,
    shape: &'a EventShape,
    pristine: bool,
    /// Where in the shape's entries to look first for the next entry
    /// object: the one after the last found, as the entries of a map are
    /// read in the order they were built.
    next_entry: std::cell::Cell<usize>,
}

impl<'a> Reader<'a> {
    /// A reader of a result of `event`'s handler.
    fn new(vm: &'a mut Vm, event: &'a Event, shape: &'a EventShape) -> Reader<'a> {
        // Entries the function did not touch read back as the event has
        // them, unless `Object.prototype` changed (an entry without
        // `multiValue` would then read the prototype's).
        let pristine = vm.heap().is_pristine(vm.realm().intrinsics.object_proto);
        Reader {
            vm,
            event,
            shape,
            pristine,
            next_entry: std::cell::Cell::new(0),
        }
    }

    fn fail(&mut self, t: Throw) -> FunctionError {
        super::error_from_throw(self.vm, t)
    }

    /// Whether `o` is an ordinary object inheriting only from a pristine
    /// `Object.prototype` (an object literal), which has none of the
    /// result's field names: its own properties are all a read can see.
    fn only_own_fields(&self, o: ObjRef) -> bool {
        let data = self.vm.heap().obj(o);
        self.pristine
            && data.class.is_ordinary()
            && data.proto == Some(self.vm.realm().intrinsics.object_proto)
    }

    fn has(&mut self, o: ObjRef, name: JsStr) -> Result<bool, FunctionError> {
        if self.only_own_fields(o) {
            return Ok(self.vm.heap().find_prop(o, Key::Str(name)).is_some());
        }
        self.vm
            .has_property(o, Key::Str(name))
            .map_err(|t| self.fail(t))
    }

    fn get(&mut self, o: ObjRef, name: JsStr) -> Result<Value, FunctionError> {
        self.key(o, Key::Str(name))
    }

    fn key(&mut self, o: ObjRef, key: Key) -> Result<Value, FunctionError> {
        match self.vm.plain_data_value(o, key) {
            Some(v) => Ok(v),
            None => self.vm.get(Value::Object(o), key).map_err(|t| self.fail(t)),
        }
    }

    fn names(&self) -> super::EventNames {
        self.vm.realm().event_names
    }

    fn kind(&mut self, v: Value) -> &'static str {
        match v {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Object(o) if self.vm.heap().obj(o).is_callable() => "a function",
            Value::Object(o) if self.vm.heap().obj(o).class.is_array() => "an array",
            Value::Object(_) => "an object",
            Value::Symbol(_) => "a symbol",
        }
    }

    fn text(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => self.vm.heap().to_rust_string(s),
            _ => String::new(),
        }
    }

    fn string_field(
        &mut self,
        o: ObjRef,
        name: JsStr,
        path: &dyn Fn() -> String,
    ) -> Result<String, FunctionError> {
        match self.get(o, name)? {
            v @ Value::String(_) => Ok(self.text(v)),
            v => {
                let what = self.kind(v);
                Err(invalid(path(), format!("must be a string, got {what}")))
            }
        }
    }

    fn optional_string(
        &mut self,
        o: ObjRef,
        name: JsStr,
        path: &dyn Fn() -> String,
    ) -> Result<Option<String>, FunctionError> {
        match self.get(o, name)? {
            Value::Undefined => Ok(None),
            v @ Value::String(_) => Ok(Some(self.text(v))),
            v => {
                let what = self.kind(v);
                Err(invalid(path(), format!("must be a string, got {what}")))
            }
        }
    }

    fn object_field(
        &mut self,
        o: ObjRef,
        name: JsStr,
        path: &dyn Fn() -> String,
    ) -> Result<Option<ObjRef>, FunctionError> {
        match self.get(o, name)? {
            Value::Undefined => Ok(None),
            Value::Object(x) if !self.vm.heap().obj(x).class.is_array() => Ok(Some(x)),
            v => {
                let what = self.kind(v);
                Err(invalid(path(), format!("must be an object, got {what}")))
            }
        }
    }

    fn request(&mut self, o: ObjRef) -> Result<Request, FunctionError> {
        let n = self.names();
        Ok(Request {
            method: self.string_field(o, n.method, &|| "request.method".into())?,
            uri: self.string_field(o, n.uri, &|| "request.uri".into())?,
            querystring: self.entries(o, n.querystring, &|| "request.querystring".into(), false)?,
            headers: self.entries(o, n.headers, &|| "request.headers".into(), false)?,
            cookies: self.entries(o, n.cookies, &|| "request.cookies".into(), false)?,
        })
    }

    fn response(&mut self, o: ObjRef) -> Result<Response, FunctionError> {
        let n = self.names();
        let status_code = match self.get(o, n.status_code)? {
            Value::Number(n) if n.fract() == 0.0 && (100.0..=599.0).contains(&n) => n as u16,
            Value::Number(n) => {
                return Err(invalid(
                    "response.statusCode",
                    format!("must be an integer from 100 to 599, got {n}"),
                ));
            }
            v => {
                let what = self.kind(v);
                return Err(invalid(
                    "response.statusCode",
                    format!("must be a number, got {what}"),
                ));
            }
        };
        let status_description = self.optional_string(o, n.status_description, &|| {
            "response.statusDescription".into()
        })?;
        let headers = self.entries(o, n.headers, &|| "response.headers".into(), false)?;
        let cookies = self.entries(o, n.cookies, &|| "response.cookies".into(), true)?;
        let body = match self.get(o, n.body)? {
            Value::Undefined => None,
            v @ Value::String(_) => Some(Body::Text(self.text(v))),
            Value::Object(b) => {
                let data = self.string_field(b, n.data, &|| "response.body.data".into())?;
                let encoding = match self
                    .optional_string(b, n.encoding, &|| "response.body.encoding".into())?
                {
                    None => "text".to_string(),
                    Some(e) if e == "text" || e == "base64" => e,
                    Some(e) => {
                        return Err(invalid(
                            "response.body.encoding",
                            format!("must be \"text\" or \"base64\", got {e:?}"),
                        ));
                    }
                };
                Some(Body::Encoded { data, encoding })
            }
            v => {
                let what = self.kind(v);
                return Err(invalid(
                    "response.body",
                    format!("must be a string or {{data, encoding}}, got {what}"),
                ));
            }
        };
        Ok(Response {
            headers,
            status_description,
            cookies,
            status_code,
            body,
        })
    }

    /// A map of entries; a missing map is empty, as CloudFront treats it.
    fn entries(
        &mut self,
        o: ObjRef,
        name: JsStr,
        path: &dyn Fn() -> String,
        attributes: bool,
    ) -> Result<Entries, FunctionError> {
        let Some(map) = self.object_field(o, name, path)? else {
            return Ok(Entries::default());
        };
        if let Some(entries) = self.unmodified_map(map) {
            // What listing the keys would have charged.
            self.vm
                .charge(entries.0.len() as u64)
                .map_err(|t| self.fail(t))?;
            return Ok(read_back(entries, attributes));
        }
        // Listing an ordinary map of data properties gives their values
        // too; they stay good as long as no script code runs (a getter of
        // an entry could change the map), which the step count tells.
        let listed = self
            .vm
            .own_enumerable_string_data(map)
            .map_err(|t| self.fail(t))?;
        let steps = self.vm.usage().steps;
        let mut out = Vec::with_capacity(listed.len());
        for (key, value) in listed {
            let v = match value {
                Some(v) if self.vm.usage().steps == steps => v,
                _ => self.key(map, key)?,
            };
            let Value::Object(e) = v else {
                let name = self.vm.key_text(key);
                let what = self.kind(v);
                return Err(invalid(
                    format!("{}[{name:?}]", path()),
                    format!("must be an object with a string `value`, got {what}"),
                ));
            };
            let entry = match self.unmodified_entry(e) {
                Some((shape, (name, original))) => {
                    // Under the key it was built with, the entry's name is
                    // the event's: no need to convert the key back.
                    let name = if shape.key == key {
                        name.clone()
                    } else {
                        self.vm.key_text(key)
                    };
                    (name, entry_read_back(original, attributes))
                }
                None => {
                    let name = self.vm.key_text(key);
                    let at = || format!("{}[{name:?}]", path());
                    let entry = self.entry(e, &at, attributes, false)?;
                    (name, entry)
                }
            };
            out.push(entry);
        }
        Ok(Entries(out))
    }

    /// The event's own request or response when `o` is the object built
    /// for it and nothing in its subtree was written: it reads back as the
    /// event has it, without the attributes that are not read, and
    /// charged as reading its entry maps would be.
    fn unmodified_result(&mut self, o: ObjRef) -> Result<bool, FunctionError> {
        if !self.pristine {
            return Ok(false);
        }
        let is = |tree: Option<Subtree>, vm: &Vm| {
            tree.is_some_and(|t| t.object == o && t.unmodified(vm))
        };
        let entries = match self.event.own_part() {
            Some(OwnPart::Request(r)) if is(self.shape.parts.request, self.vm) => {
                r.querystring.0.len() + r.headers.0.len() + r.cookies.0.len()
            }
            Some(OwnPart::Response(r)) if is(self.shape.parts.response, self.vm) => {
                r.headers.0.len() + r.cookies.0.len()
            }
            _ => return Ok(false),
        };
        // Charged as reading the result field by field would be.
        self.vm.charge(entries as u64).map_err(|t| self.fail(t))?;
        Ok(true)
    }

    /// The event's entries for `map` when it is one the event built and
    /// nothing in it was written.
    fn unmodified_map(&self, map: ObjRef) -> Option<&'a Entries> {
        self.unmodified_map_source(map)?.of(self.event)
    }

    /// Which of the event's entry maps `map` is, when it is one and
    /// nothing in it was written.
    fn unmodified_map_source(&self, map: ObjRef) -> Option<Source> {
        if !self.pristine {
            return None;
        }
        let m = self
            .shape
            .parts
            .maps
            .iter()
            .find(|m| m.tree.object == map)?;
        m.tree.unmodified(self.vm).then_some(m.source)
    }

    /// The event's entry (name and entry) for object `e` when it is one
    /// the event built and nothing in it was written, with where it was
    /// built.
    fn unmodified_entry(&self, e: ObjRef) -> Option<(EntryShape, &'a (String, Entry))> {
        if !self.pristine {
            return None;
        }
        let entries = &self.shape.parts.entries;
        let hint = self.next_entry.get();
        let at = match entries.get(hint) {
            Some(s) if s.tree.object == e => hint,
            _ => entries
                .binary_search_by_key(&e.0, |s| s.tree.object.0)
                .ok()?,
        };
        self.next_entry.set(at + 1);
        let s = entries[at];
        if !s.tree.unmodified(self.vm) {
            return None;
        }
        s.source
            .of(self.event)?
            .0
            .get(s.index)
            .map(|entry| (s, entry))
    }

    /// The entry object `e` read from its own properties in one pass, when
    /// that is all reading it field by field would see
    /// ([`Reader::only_own_fields`]), its `value` (and `attributes`, when
    /// read) are string data properties, and it has no `multiValue`.
    /// `None` sends every other entry, and every error, down the general
    /// path.
    fn plain_entry(&self, e: ObjRef, attributes: bool) -> Option<Entry> {
        let (value, attrs) = self.plain_entry_strings(e, attributes)?;
        let heap = self.vm.heap();
        Some(Entry {
            value: heap.to_rust_string(value),
            attributes: attrs.map(|a| heap.to_rust_string(a)),
            multi_value: None,
        })
    }

    /// The strings of [`Reader::plain_entry`]: `value` and `attributes`.
    fn plain_entry_strings(&self, e: ObjRef, attributes: bool) -> Option<(JsStr, Option<JsStr>)> {
        if !self.only_own_fields(e) {
            return None;
        }
        let n = self.names();
        let (mut value, mut attrs) = (None, None);
        for p in self.vm.heap().props(e) {
            let Key::Str(k) = p.key else { continue };
            let slot = if k == n.value {
                &mut value
            } else if k == n.attributes && attributes {
                &mut attrs
            } else if k == n.multi_value {
                return None;
            } else {
                continue;
            };
            match p.value {
                Value::String(s) if !p.attrs.is_accessor() => *slot = Some(s),
                _ => return None,
            }
        }
        Some((value?, attrs))
    }

    /// An entry; `nested` for an item of a `multiValue`, whose own
    /// `multiValue` CloudFront does not read (reading it could go on
    /// forever: items inheriting one from `Object.prototype`).
    fn entry(
        &mut self,
        e: ObjRef,
        at: &dyn Fn() -> String,
        attributes: bool,
        nested: bool,
    ) -> Result<Entry, FunctionError> {
        if let Some(entry) = self.plain_entry(e, attributes) {
            return Ok(entry);
        }
        let n = self.names();
        let value = self.string_field(e, n.value, &|| format!("{}.value", at()))?;
        let attrs = if attributes {
            self.optional_string(e, n.attributes, &|| format!("{}.attributes", at()))?
        } else {
            None
        };
        if nested {
            return Ok(Entry {
                value,
                attributes: attrs,
                multi_value: None,
            });
        }
        let multi_value = match self.get(e, n.multi_value)? {
            Value::Undefined => None,
            Value::Object(a) if self.vm.heap().obj(a).class.is_array() => {
                let len = self
                    .vm
                    .length_of(Value::Object(a))
                    .map_err(|t| self.fail(t))?;
                let mut items = Vec::new();
                for i in 0..len.min(u64::from(u32::MAX - 1)) as u32 {
                    let item = self
                        .vm
                        .get(Value::Object(a), Key::Index(i))
                        .map_err(|t| self.fail(t))?;
                    let path = || format!("{}.multiValue[{i}]", at());
                    let Value::Object(x) = item else {
                        let what = self.kind(item);
                        return Err(invalid(
                            path(),
                            format!("must be an object with a string `value`, got {what}"),
                        ));
                    };
                    items.push(self.entry(x, &path, attributes, true)?);
                }
                Some(items)
            }
            v => {
                let what = self.kind(v);
                return Err(invalid(
                    format!("{}.multiValue", at()),
                    format!("must be an array, got {what}"),
                ));
            }
        };
        Ok(Entry {
            value,
            attributes: attrs,
            multi_value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{Function, RunOptions};
    use crate::{Limits, Runtime};

    const EVENTS: [&str; 3] = [
        include_str!("../../conformance/runtime/events/viewer-request.json"),
        include_str!("../../conformance/runtime/events/viewer-response.json"),
        include_str!("../../conformance/runtime/events/odd-entries.json"),
    ];

    /// Reads `path` of the event object (`request`, `request.headers`...)
    /// back as a result twice: with the event's shape, so untouched parts
    /// come from the event, and with an empty shape, so everything is read
    /// property by property. Both must agree, in result and in steps.
    fn both_ways(runtime: Runtime, text: &str, path: &[&str], change: Change) {
        let function =
            Function::compile("function handler(e) {}", runtime, &Limits::default(), "t")
                .expect("compiles");
        let mut vm = function.compiled.vm(&function.limits);
        vm.begin_event(0.0, 0);
        let event = Event::from_json(text).expect("event");
        let mut shape = EventShape::default();
        let mut v = event_to_js(&mut vm, &event, runtime, &mut shape).expect("builds");
        change(&mut vm, v);
        for name in path {
            let key = vm.heap_mut().key_from_rust(name).expect("key");
            v = vm.get(v, key).expect("field");
        }
        let mut read = |shape: &EventShape| {
            let before = vm.usage().steps;
            let result = result_from_js(&mut vm, v, &event, shape).map(|r| r.into_result(&event));
            (result, vm.usage().steps - before)
        };
        let fast = read(&shape);
        let slow = read(&EventShape::default());
        assert_eq!(fast, slow, "{path:?} of {text}");
    }

    /// What the "function" does to the event object before it is read.
    type Change = fn(&mut Vm, Value);

    /// `event.request.headers[name] = { value: name }`.
    fn add_header(vm: &mut Vm, event: Value, name: &str) {
        let mut at = event;
        for field in ["request", "headers"] {
            let key = vm.heap_mut().key_from_rust(field).expect("key");
            at = vm.get(at, key).expect("field");
        }
        let Value::Object(headers) = at else {
            panic!("headers is an object")
        };
        let entry = vm.new_object().expect("object");
        let text = Value::String(vm.heap_mut().str_from_rust(name).expect("string"));
        vm.put(entry, "value", text).expect("put");
        vm.put(headers, name, Value::Object(entry)).expect("put");
    }

    /// A worker remembers the keys of the last event's entry names; a
    /// warm worker must see every event exactly as a fresh one does,
    /// whatever names came before and in whatever order.
    #[test]
    fn warm_workers_see_the_same_entry_names() {
        let src = "function handler(e) { var r = e.request; return { statusCode: 200, \
            body: JSON.stringify([r.headers, r.querystring, r.cookies, Object.keys(r.headers)]) }; }";
        let function =
            Function::compile(src, Runtime::Js2, &Limits::default(), "t").expect("compiles");
        let event = |headers: &str, query: &str| {
            Event::from_json(&format!(
                r#"{{"version":"1.0","context":{{"eventType":"viewer-request"}},"viewer":{{"ip":"192.0.2.1"}},
                "request":{{"method":"GET","uri":"/","headers":{{{headers}}},"querystring":{{{query}}},
                "cookies":{{"c":{{"value":"1"}}}}}}}}"#
            ))
            .expect("event")
        };
        let events = [
            event(
                r#""host":{"value":"a"},"accept":{"value":"b"},"x-rare-name":{"value":"c"}"#,
                r#""q":{"value":"1"}"#,
            ),
            event(
                r#""accept":{"value":"b"},"host":{"value":"a"}"#,
                r#""7":{"value":"x"},"q":{"value":"2"}"#,
            ),
            event(
                r#""x-rare-name":{"value":"c"},"host":{"value":"a"},"accept":{"value":"b"}"#,
                "",
            ),
            event(
                r#""host":{"value":"a"},"accept":{"value":"b"},"x-other-rare":{"value":"d"}"#,
                r#""q":{"value":"1"}"#,
            ),
            event(
                r#""host":{"value":"a"},"accept":{"value":"b"},"x-rare-name":{"value":"c"}"#,
                r#""q":{"value":"1"}"#,
            ),
        ];
        let mut warm = function.worker();
        for round in 0..2 {
            for e in &events {
                let options = RunOptions::default();
                assert_eq!(
                    warm.run(e, &options),
                    function.worker().run(e, &options),
                    "round {round}"
                );
            }
        }
    }

    #[test]
    fn event_parts_read_back_as_read_field_by_field() {
        let changes: [Change; 3] = [
            |_, _| {},
            |vm, e| add_header(vm, e, "x-new"),
            // Replaces an entry under a key the event built.
            |vm, e| add_header(vm, e, "host"),
        ];
        for runtime in [Runtime::Js1, Runtime::Js2] {
            for text in EVENTS {
                for path in [&["request"][..], &["response"], &["request", "headers"]] {
                    for change in changes {
                        both_ways(runtime, text, path, change);
                    }
                }
            }
        }
    }
}
