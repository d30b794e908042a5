//! Results in the forms most functions return, read from the heap without
//! copying their text (`Plain*`): the event's response with headers added
//! ([`PlainResponse`]), its request with a new URI ([`PlainRequest`]), and
//! a generated response ([`PlainGenerated`]). Each reader charges the steps
//! [`result_from_js`](super::result_from_js) would and gives `None` for
//! anything else, which the caller then reads the general way, the steps
//! put back.

use super::{EventShape, Reader, Source, Subtree, reads_back_as_itself};
use crate::heap::{Key, ObjFlags};
use crate::runtime::FunctionError;
use crate::runtime::event::{Entries, Event, EventType};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::Vm;
use smallvec::SmallVec;

/// A reader for result `v` when it is `part`, the event's request or
/// response object, written to (an untouched one is `Returned::Event`), in
/// an event of `event_type`, and only its own properties are what reading
/// its fields sees ([`Reader::only_own_fields`]).
fn own_part_reader<'a>(
    vm: &'a mut Vm,
    v: Value,
    event: &'a Event,
    shape: &'a EventShape,
    part: Option<Subtree>,
    event_type: EventType,
) -> Option<(Reader<'a>, ObjRef)> {
    let Value::Object(o) = v else { return None };
    let tree = part.filter(|t| t.object == o)?;
    if event.event_type() != event_type || tree.unmodified(vm) {
        return None;
    }
    let r = Reader::new(vm, event, shape);
    r.only_own_fields(o).then_some((r, o))
}

/// A viewer-response result in the form most functions return it: the
/// event's own response object, its status code a valid number, no body,
/// its cookies untouched, and every header either the event's entry under
/// its own name or a new object literal with a string `value`. Read
/// without copying any text: the embedding path writes it into the HTTP
/// response from the heap ([`crate::http::run_response_changes`]).
#[derive(Debug, Default)]
pub(crate) struct PlainResponse {
    /// `statusCode`, from 100 to 599.
    pub status_code: u16,
    /// The headers in the result's order (inline up to the usual few).
    pub headers: SmallVec<[PlainHeader; 16]>,
}

/// One header of a [`PlainResponse`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum PlainHeader {
    /// The event's response header at this index, as the event has it.
    Event(usize),
    /// A header with one value, its name the key it is stored under.
    New {
        /// The name.
        name: JsStr,
        /// The value.
        value: JsStr,
    },
}

/// Reads `v` into `out` as a [`PlainResponse`] when it is one, charging
/// the steps `result_from_js` would. `None` for every other result,
/// including one that is the event's response unmodified
/// (`Returned::Event`) and every one that would fail: those take the
/// general path, after the caller has put back the steps this charged.
/// (Filled in place: returned, the inline headers were copied at each
/// move.)
pub(crate) fn read_plain_response(
    vm: &mut Vm,
    v: Value,
    event: &Event,
    shape: &EventShape,
    out: &mut PlainResponse,
) -> Option<()> {
    let (mut r, o) = own_part_reader(
        vm,
        v,
        event,
        shape,
        shape.parts.response,
        EventType::ViewerResponse,
    )?;
    let n = r.names();
    let fields = [
        n.status_code,
        n.status_description,
        n.body,
        n.cookies,
        n.headers,
    ];
    let [code, description, body, cookies, headers] = own_fields(r.vm.heap(), o, fields)?;
    let status_code = plain_status(code)?;
    let absent = |v: Value| matches!(v, Value::Undefined | Value::Empty);
    if !(absent(description) || matches!(description, Value::String(_))) || !absent(body) {
        return None;
    }
    let Value::Object(cookies) = cookies else {
        return None;
    };
    // The response's own maps, untouched, are the event's entries; any
    // other map of the event (the request's cookies, say) is a change.
    let own = |map: ObjRef, source: Source| {
        r.unmodified_map_source(map)
            .filter(|s| *s == source)
            .and_then(|s| s.of(event))
    };
    let cookies = own(cookies, Source::ResponseCookies)?.0.len();
    let Value::Object(map) = headers else {
        return None;
    };
    if r.vm.heap().obj(map).class.is_array() {
        return None;
    }
    let headers = &mut out.headers;
    headers.clear();
    match own(map, Source::ResponseHeaders) {
        Some(entries) => {
            let count = entries.0.len();
            r.vm.charge(count as u64).ok()?;
            headers.extend((0..count).map(PlainHeader::Event));
        }
        None => list_headers(&mut r, map, Source::ResponseHeaders, headers)?,
    }
    r.vm.charge(cookies as u64).ok()?;
    out.status_code = status_code;
    Some(())
}

/// Lists the headers of entry map `map` (not one of the event's, left
/// untouched) into `out` as the [`PlainHeader`]s of an event's `source`,
/// charging the steps listing them charges; `None` when one is not of
/// that form.
fn list_headers(
    r: &mut Reader<'_>,
    map: ObjRef,
    source: Source,
    out: &mut SmallVec<[PlainHeader; 16]>,
) -> Option<()> {
    match r.vm.listed_run_len(map) {
        // Read from the run in place, the usual case: a listing would be a
        // vector made and dropped at every event.
        Some(charged) => {
            charged.ok()?;
            for p in r.vm.heap().props(map) {
                if matches!(p.key, Key::Str(_)) && p.attrs.enumerable() {
                    let value = Some(p.value).filter(|_| !p.attrs.is_accessor());
                    out.push(plain_header(r, p.key, value, source)?);
                }
            }
        }
        None => {
            for (key, value) in r.vm.own_enumerable_string_data(map).ok()? {
                out.push(plain_header(r, key, value, source)?);
            }
        }
    }
    Some(())
}

/// One header of a [`PlainResponse`] (or of a [`PlainRequest`] whose
/// headers changed): the entry `value` (a data property's value, `None`
/// for an accessor) under `key`, an event's entry when it is one of
/// `source`'s under its own name; `None` when it is not of that form.
/// Always inlined: out of line, its call cost a third of what it does, at
/// every header of every result.
#[inline(always)]
fn plain_header(
    r: &Reader<'_>,
    key: Key,
    value: Option<Value>,
    source: Source,
) -> Option<PlainHeader> {
    let (Key::Str(name), Some(Value::Object(e))) = (key, value) else {
        return None;
    };
    Some(match r.unmodified_entry(e) {
        Some((s, _)) if s.key == key && s.source == source => PlainHeader::Event(s.index),
        _ => PlainHeader::New {
            name,
            value: r.plain_entry_strings(e, false)?.0,
        },
    })
}

/// A viewer-request result in the form a function that rewrites the URI
/// or sets headers returns: the event's own request object, its method
/// the event's, its query string and cookies entry maps the event built
/// and left untouched (whichever field each now is), and its headers
/// either such a map too or a map whose every header is an event's entry
/// under its own name or an object literal with a string `value`
/// ([`PlainHeader`]). Read without copying any text: the JSON path writes
/// a result with untouched maps from the event, the embedding path writes
/// the changes into the HTTP request from the heap.
#[derive(Debug)]
pub(crate) struct PlainRequest<'e> {
    /// `uri`.
    pub uri: JsStr,
    /// The maps now in `querystring` and `cookies`.
    pub querystring: &'e Entries,
    pub cookies: &'e Entries,
    /// The map now in `headers` when it is one the event built and left
    /// untouched; `None` when the headers are listed in the caller's
    /// buffer instead (see [`read_plain_request_result`]).
    pub headers: Option<&'e Entries>,
}

impl PlainRequest<'_> {
    /// The URI, checked as the general path checks the result, for
    /// `event`'s request; `None` when the headers now in `headers` do not
    /// read back as they are (the check would then see other entries), so
    /// the general path reads the result.
    pub(crate) fn checked_uri<'h>(
        &self,
        heap: &'h crate::heap::Heap,
        event: &Event,
    ) -> Option<Result<std::borrow::Cow<'h, str>, FunctionError>> {
        let headers = self.headers?;
        if !headers
            .0
            .iter()
            .all(|(_, e)| reads_back_as_itself(e, false))
        {
            return None;
        }
        let r = &event.request;
        let uri = heap.text(self.uri);
        let checked = crate::runtime::validate::request_parts(
            r,
            &r.method,
            &uri,
            self.querystring,
            headers,
            false,
        );
        Some(checked.map(|()| uri))
    }
}

/// A viewer-request result read by [`read_plain_request_result`].
pub(crate) enum PlainRequestResult<'e> {
    /// The event's request with a new URI.
    Request(PlainRequest<'e>),
    /// A generated response, read into the caller's [`PlainGenerated`].
    Generated,
}

/// Reads `v` as a [`PlainRequest`] when it is the event's request object
/// (its headers into `headers` when they are not an untouched map; with
/// no buffer, such a request is not read), as a
/// [`PlainGenerated`] (into `generated`) when it is another object: one
/// test says which form to look for.
pub(crate) fn read_plain_request_result<'e>(
    vm: &mut Vm,
    v: Value,
    event: &'e Event,
    shape: &EventShape,
    generated: &mut PlainGenerated,
    headers: Option<&mut SmallVec<[PlainHeader; 16]>>,
) -> Option<PlainRequestResult<'e>> {
    let Value::Object(o) = v else { return None };
    if event.event_type() != EventType::ViewerRequest {
        return None;
    }
    if shape.parts.request.is_some_and(|t| t.object == o) {
        return read_plain_request(vm, v, event, shape, headers).map(PlainRequestResult::Request);
    }
    read_plain_generated(vm, v, event, shape, generated)?;
    Some(PlainRequestResult::Generated)
}

/// Reads `v` as a [`PlainRequest`] when it is one, charging the steps
/// `result_from_js` would; `None` otherwise (the event's request
/// unmodified included), for the general path, with the steps this
/// charged put back by the caller.
fn read_plain_request<'e>(
    vm: &mut Vm,
    v: Value,
    event: &'e Event,
    shape: &EventShape,
    listed: Option<&mut SmallVec<[PlainHeader; 16]>>,
) -> Option<PlainRequest<'e>> {
    // Only a written request object can have a new URI, and only a
    // written headers map new headers: a request with neither written is
    // untouched (`Returned::Event`) or changed deeper down, and either way
    // not this form. Two flags, where the subtree check reads them all.
    let Value::Object(o) = v else { return None };
    let written = |o: ObjRef| vm.heap().obj(o).flags.has(ObjFlags::MODIFIED);
    // The headers map is looked for only when the request object was not
    // written (the commonest case: it was returned untouched).
    let headers_written = || {
        listed.is_some()
            && (shape.parts.maps.iter())
                .find(|m| m.source == Source::RequestHeaders)
                .is_some_and(|m| written(m.tree.object))
    };
    if !written(o) && !headers_written() {
        return None;
    }
    let (mut r, o) = own_part_reader(
        vm,
        v,
        event,
        shape,
        shape.parts.request,
        EventType::ViewerRequest,
    )?;
    let n = r.names();
    let fields = [
        n.method,
        n.uri,
        n.querystring,
        n.headers,
        n.cookies,
        n.status_code,
    ];
    let [method, uri, querystring, headers, cookies, code] = own_fields(r.vm.heap(), o, fields)?;
    // With a `statusCode`, even `undefined`, the result is a response.
    if code != Value::Empty {
        return None;
    }
    let Value::String(method) = method else {
        return None;
    };
    if r.vm.heap().units(method).latin1()? != event.request.method.as_bytes() {
        return None;
    }
    let Value::String(uri) = uri else {
        return None;
    };
    let map = |r: &Reader<'_>, v: Value| match v {
        Value::Object(m) => r.unmodified_map_source(m)?.of(event),
        _ => None,
    };
    let (querystring, cookies) = (map(&r, querystring)?, map(&r, cookies)?);
    let untouched = map(&r, headers);
    if untouched.is_none() {
        let Value::Object(m) = headers else {
            return None;
        };
        let listed = listed?;
        if r.vm.heap().obj(m).class.is_array() {
            return None;
        }
        listed.clear();
        list_headers(&mut r, m, Source::RequestHeaders, listed)?;
    }
    let count = querystring.0.len() + untouched.map_or(0, |h| h.0.len()) + cookies.0.len();
    r.vm.charge(count as u64).ok()?;
    Some(PlainRequest {
        uri,
        querystring,
        cookies,
        headers: untouched,
    })
}

/// A response a viewer-request function generates in the form most do (a
/// redirect, a refusal): an object literal with a valid status code, a
/// string status description and body or none, no cookies, and its
/// headers, if any, an object literal of object literals with a string
/// `value` and no `multiValue`. Read without copying any text: the
/// embedding path builds the HTTP response from the heap, the JSON path
/// writes the output.
#[derive(Debug, Default)]
pub(crate) struct PlainGenerated {
    /// `statusCode`, from 100 to 599.
    pub status_code: u16,
    /// `statusDescription`.
    pub status_description: Option<JsStr>,
    /// `(name, value)` in the result's order.
    pub headers: SmallVec<[(JsStr, JsStr); 8]>,
    /// A string `body`.
    pub body: Option<JsStr>,
}

/// Reads `v` into `out` as a [`PlainGenerated`] when it is one, in a
/// viewer-request event, charging the steps `result_from_js` would;
/// `None` otherwise, for the general path, with the steps this charged put
/// back by the caller.
fn read_plain_generated(
    vm: &mut Vm,
    v: Value,
    event: &Event,
    shape: &EventShape,
    out: &mut PlainGenerated,
) -> Option<()> {
    let Value::Object(o) = v else { return None };
    // The event's own parts read back from the event when untouched; the
    // global object's fields include the script's bindings, which its
    // property run does not hold.
    let part = |t: Option<Subtree>| t.is_some_and(|t| t.object == o);
    if event.event_type() != EventType::ViewerRequest
        || part(shape.parts.request)
        || part(shape.parts.response)
        || o == vm.realm().global
    {
        return None;
    }
    let r = Reader::new(vm, event, shape);
    if !r.only_own_fields(o) {
        return None;
    }
    let n = r.names();
    let fields = [
        n.status_code,
        n.status_description,
        n.headers,
        n.cookies,
        n.body,
    ];
    let [code, description, headers, cookies, body] = own_fields(r.vm.heap(), o, fields)?;
    out.status_code = plain_status(code)?;
    let string = |v: Value| match v {
        Value::Undefined | Value::Empty => Some(None),
        Value::String(s) => Some(Some(s)),
        _ => None,
    };
    out.status_description = string(description)?;
    out.body = string(body)?;
    if !matches!(cookies, Value::Undefined | Value::Empty) {
        return None;
    }
    out.headers.clear();
    let map = match headers {
        Value::Undefined | Value::Empty => return Some(()),
        Value::Object(map) if !r.vm.heap().obj(map).class.is_array() => map,
        _ => return None,
    };
    // Listed from the run in place, as `read_plain_response` does. An
    // entry of the event, untouched (read back from the event by the
    // general path), holds the text of the event's value and, without a
    // `multiValue`, reads back as that value alone: the same entry.
    r.vm.listed_run_len(map)?.ok()?;
    for p in r.vm.heap().props(map) {
        let Key::Str(name) = p.key else { continue };
        if !p.attrs.enumerable() {
            continue;
        }
        let (Value::Object(e), false) = (p.value, p.attrs.is_accessor()) else {
            return None;
        };
        let (value, _) = r.plain_entry_strings(e, false)?;
        out.headers.push((name, value));
    }
    Some(())
}

/// The values of fields `names` of `o`, an object whose own properties
/// are all that reading its fields sees ([`Reader::only_own_fields`]), in
/// one pass over them: `Empty` for a field it lacks (which reads as
/// `undefined`, but is not there for `in`), `None` when one is an
/// accessor. (A lookup per field walks the properties again, and
/// the prototype for a field the object lacks.)
fn own_fields<const N: usize>(
    heap: &crate::heap::Heap,
    o: ObjRef,
    names: [JsStr; N],
) -> Option<[Value; N]> {
    let mut values = [Value::Empty; N];
    for p in heap.props(o) {
        let Key::Str(k) = p.key else { continue };
        if let Some(i) = names.iter().position(|&n| n == k) {
            if p.attrs.is_accessor() {
                return None;
            }
            values[i] = p.value;
        }
    }
    Some(values)
}

/// A `statusCode` the shortcuts take: an integral number from 100 to 599
/// (any other value, valid or not, is left to the general path).
fn plain_status(code: Value) -> Option<u16> {
    match code {
        Value::Number(c) if c.fract() == 0.0 && (100.0..=599.0).contains(&c) => Some(c as u16),
        _ => None,
    }
}
