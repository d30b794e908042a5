//! Events into JavaScript objects in the event's arena, and handler
//! results back into Rust, checking the shape of every field as it is read
//! so a wrong one is reported by its path (`response.headers["x-a"].value`).

use super::FunctionError;
use super::event::{Body, Entries, Entry, Event, EventType, HandlerResult, Request, Response};
use crate::features::Runtime;
use crate::heap::{Attrs, Key, Prop};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{JsResult, Throw, Vm};

/// Builds `event` as a JavaScript object. The objects are new and their
/// keys distinct, so properties are appended directly.
pub fn event_to_js(
    vm: &mut Vm,
    event: &Event,
    runtime: Runtime,
    shape: &mut EventShape,
) -> JsResult<Value> {
    shape.maps.clear();
    shape.entries.clear();
    let first = vm.heap().next_object();
    let value = build_event(vm, event, runtime, shape)?;
    vm.heap_mut().mark_clean(first);
    Ok(value)
}

fn build_event(
    vm: &mut Vm,
    event: &Event,
    runtime: Runtime,
    shape: &mut EventShape,
) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let e = vm.new_object()?;
    put_str(vm, e, n.version, &event.version)?;
    let context = vm.new_object()?;
    let c = &event.context;
    for (name, value) in [
        (n.distribution_domain_name, &c.distribution_domain_name),
        (n.endpoint, &c.endpoint),
        (n.distribution_id, &c.distribution_id),
    ] {
        if let Some(v) = value {
            put_str(vm, context, name, v)?;
        }
    }
    put_str(vm, context, n.event_type, c.event_type.name())?;
    if let Some(id) = &c.request_id {
        put_str(vm, context, n.request_id, id)?;
    }
    put(vm, e, n.context, Value::Object(context))?;
    let viewer = vm.new_object()?;
    put_str(vm, viewer, n.ip, &event.viewer.ip)?;
    put(vm, e, n.viewer, Value::Object(viewer))?;
    let request = request_to_js(vm, &event.request, shape)?;
    if runtime >= Runtime::Js2 {
        super::host::install_raw_query_string(vm, request)?;
    }
    put(vm, e, n.request, Value::Object(request))?;
    if let Some(response) = &event.response {
        let r = response_to_js(vm, response, shape)?;
        put(vm, e, n.response, Value::Object(r))?;
    }
    Ok(Value::Object(e))
}

/// Appends data property `key` to the new object `o` (see
/// [`event_to_js`]).
fn put(vm: &mut Vm, o: ObjRef, key: JsStr, value: Value) -> JsResult<()> {
    vm.heap_mut().push_prop(
        o,
        Prop {
            key: Key::Str(key),
            value,
            attrs: Attrs::DEFAULT,
        },
    )?;
    Ok(())
}

fn put_str(vm: &mut Vm, o: ObjRef, key: JsStr, s: &str) -> JsResult<()> {
    let v = Value::String(vm.heap_mut().str_from_rust(s)?);
    put(vm, o, key, v)
}

fn request_to_js(vm: &mut Vm, r: &Request, shape: &mut EventShape) -> JsResult<ObjRef> {
    let n = vm.realm().event_names;
    let o = vm.new_object()?;
    put_str(vm, o, n.method, &r.method)?;
    put_str(vm, o, n.uri, &r.uri)?;
    let q = entries_to_js(vm, &r.querystring, Source::RequestQuery, shape)?;
    put(vm, o, n.querystring, q)?;
    let h = entries_to_js(vm, &r.headers, Source::RequestHeaders, shape)?;
    put(vm, o, n.headers, h)?;
    let c = entries_to_js(vm, &r.cookies, Source::RequestCookies, shape)?;
    put(vm, o, n.cookies, c)?;
    Ok(o)
}

fn response_to_js(vm: &mut Vm, r: &Response, shape: &mut EventShape) -> JsResult<ObjRef> {
    let n = vm.realm().event_names;
    let o = vm.new_object()?;
    put(
        vm,
        o,
        n.status_code,
        Value::Number(f64::from(r.status_code)),
    )?;
    if let Some(d) = &r.status_description {
        put_str(vm, o, n.status_description, d)?;
    }
    let h = entries_to_js(vm, &r.headers, Source::ResponseHeaders, shape)?;
    put(vm, o, n.headers, h)?;
    let c = entries_to_js(vm, &r.cookies, Source::ResponseCookies, shape)?;
    put(vm, o, n.cookies, c)?;
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
    let o = vm.new_object()?;
    let mut in_order = true;
    for (index, (name, entry)) in entries.0.iter().enumerate() {
        let start = vm.heap().next_object();
        let e = entry_to_js(vm, entry)?;
        let end = vm.heap().next_object();
        shape.entries.push(EntryShape {
            start,
            end,
            source,
            index,
        });
        match vm.heap_mut().key_from_rust(name)? {
            key @ Key::Str(_) => vm.heap_mut().push_prop(
                o,
                Prop {
                    key,
                    value: e,
                    attrs: Attrs::DEFAULT,
                },
            )?,
            key => {
                // Index keys come first in property order: reading the
                // object back does not give the entries' order.
                in_order = false;
                vm.create_data_property_or_throw(o, key, e)?;
            }
        }
    }
    if in_order {
        shape.maps.push(MapShape {
            object: o,
            end: vm.heap().next_object(),
            source,
        });
    }
    Ok(Value::Object(o))
}

/// Where the objects built for an event's entries are, so that a result
/// that hands them back unmodified is read from the event itself rather
/// than property by property (most functions change a header or two and
/// return the rest as they got it). Kept by the worker and reused.
#[derive(Debug, Default)]
pub struct EventShape {
    maps: Vec<MapShape>,
    /// In allocation order, so by `start`.
    entries: Vec<EntryShape>,
}

/// The objects of one entry map: the map itself and, up to `end`, its
/// entries' objects (each entry's objects are allocated in one run).
#[derive(Debug, Clone, Copy)]
struct MapShape {
    object: ObjRef,
    end: ObjRef,
    source: Source,
}

/// The objects of one entry (the entry, its `multiValue` items and array).
#[derive(Debug, Clone, Copy)]
struct EntryShape {
    start: ObjRef,
    end: ObjRef,
    source: Source,
    index: usize,
}

/// Which of the event's entry maps.
#[derive(Debug, Clone, Copy)]
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

/// `entry` as it reads back where attributes are (not) read.
fn with_attributes(mut entry: Entry, attributes: bool) -> Entry {
    if !attributes {
        entry.attributes = None;
        for e in entry.multi_value.iter_mut().flatten() {
            e.attributes = None;
        }
    }
    entry
}

fn entry_to_js(vm: &mut Vm, entry: &Entry) -> JsResult<Value> {
    let n = vm.realm().event_names;
    let o = vm.new_object()?;
    put_str(vm, o, n.value, &entry.value)?;
    if let Some(a) = &entry.attributes {
        put_str(vm, o, n.attributes, a)?;
    }
    if let Some(all) = &entry.multi_value {
        let mut items = Vec::with_capacity(all.len());
        for e in all {
            items.push(entry_to_js(vm, e)?);
        }
        let a = vm.new_array(&items)?;
        put(vm, o, n.multi_value, Value::Object(a))?;
    }
    Ok(Value::Object(o))
}

/// Reads a handler's return value as CloudFront interprets it for
/// `event_type`.
pub fn result_from_js(
    vm: &mut Vm,
    v: Value,
    event: &Event,
    shape: &EventShape,
) -> Result<HandlerResult, FunctionError> {
    let event_type = event.event_type();
    // Entries the function did not touch read back as the event has them,
    // unless `Object.prototype` changed (an entry without `multiValue`
    // would then read the prototype's).
    let pristine = vm.heap().is_pristine(vm.realm().intrinsics.object_proto);
    let mut r = Reader {
        vm,
        event,
        shape,
        pristine,
    };
    let Value::Object(o) = v else {
        let what = r.kind(v);
        return Err(invalid(
            "the handler's result",
            format!("must be a request or response object, got {what}"),
        ));
    };
    let is_response = r.has(o, r.names().status_code)?;
    match (event_type, is_response) {
        (_, true) => Ok(HandlerResult::Response(r.response(o)?)),
        (EventType::ViewerRequest, false) => Ok(HandlerResult::Request(r.request(o)?)),
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
}

impl<'a> Reader<'a> {
    fn fail(&mut self, t: Throw) -> FunctionError {
        super::error_from_throw(self.vm, t)
    }

    fn has(&mut self, o: ObjRef, name: JsStr) -> Result<bool, FunctionError> {
        self.vm
            .has_property(o, Key::Str(name))
            .map_err(|t| self.fail(t))
    }

    fn get(&mut self, o: ObjRef, name: JsStr) -> Result<Value, FunctionError> {
        self.key(o, Key::Str(name))
    }

    fn key(&mut self, o: ObjRef, key: Key) -> Result<Value, FunctionError> {
        match self.vm.own_data_value(o, key) {
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
            Value::Object(o) if self.vm.heap().obj(o).class == crate::heap::Class::Array => {
                "an array"
            }
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
            Value::Object(x) if self.vm.heap().obj(x).class != crate::heap::Class::Array => {
                Ok(Some(x))
            }
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
            let entries = entries
                .0
                .iter()
                .map(|(n, e)| (n.clone(), with_attributes(e.clone(), attributes)));
            return Ok(Entries(entries.collect()));
        }
        let keys = self
            .vm
            .own_enumerable_string_keys(map)
            .map_err(|t| self.fail(t))?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let name = self.vm.key_text(key);
            let v = self.key(map, key)?;
            let at = || format!("{}[{name:?}]", path());
            let Value::Object(e) = v else {
                let what = self.kind(v);
                return Err(invalid(
                    at(),
                    format!("must be an object with a string `value`, got {what}"),
                ));
            };
            let entry = match self.unmodified_entry(e) {
                Some(original) => with_attributes(original.clone(), attributes),
                None => self.entry(e, &at, attributes, false)?,
            };
            out.push((name, entry));
        }
        Ok(Entries(out))
    }

    /// The event's entries for `map` when it is one the event built and
    /// nothing in it was written.
    fn unmodified_map(&self, map: ObjRef) -> Option<&'a Entries> {
        if !self.pristine {
            return None;
        }
        let m = self.shape.maps.iter().find(|m| m.object == map)?;
        if !self.vm.heap().unmodified(m.object, m.end) {
            return None;
        }
        m.source.of(self.event)
    }

    /// The event's entry for object `e` when it is one the event built
    /// and nothing in it was written.
    fn unmodified_entry(&self, e: ObjRef) -> Option<&'a Entry> {
        if !self.pristine {
            return None;
        }
        let at = self
            .shape
            .entries
            .binary_search_by_key(&e.0, |s| s.start.0)
            .ok()?;
        let s = self.shape.entries[at];
        if !self.vm.heap().unmodified(s.start, s.end) {
            return None;
        }
        s.source
            .of(self.event)?
            .0
            .get(s.index)
            .map(|(_, entry)| entry)
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
            Value::Object(a) if self.vm.heap().obj(a).class == crate::heap::Class::Array => {
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
