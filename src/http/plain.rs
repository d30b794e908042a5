//! Results written from the heap or the event: the shortcuts of
//! [`run_response_changes`], for the form most viewer-response functions
//! return (the event's response with headers added or replaced by object
//! literals), which goes into the HTTP response without first being copied
//! into a [`Response`] of owned strings, and of [`run_request_changes`],
//! for a viewer-request function that rewrites the URI, sets or removes
//! headers, or generates a response in the usual form (a redirect, a
//! refusal). Whatever a shortcut is not sure to do exactly as
//! [`apply_response_changes`], [`apply_request_changes`] or
//! [`response_from`] does takes the general path, so both give the same
//! message and the same errors.

use super::{
    BridgeError, apply_request_changes, apply_response, apply_response_changes, entry_before,
    response_from, set_uri, too_many,
};
use crate::heap::Heap;
use crate::runtime::convert::{
    PlainGenerated, PlainHeader, PlainRequest, PlainRequestResult, PlainResponse,
    read_plain_request_result, read_plain_response, reads_back_as_itself,
};
use crate::runtime::event::{Entries, Entry, Event, EventType, HandlerResult, Response, Returned};
use crate::runtime::validate::{
    generated_header_ok, is_read_only_request, is_read_only_response, request_header_ok,
    request_kept_header_ok, request_line, response_header_ok, response_kept_header_ok,
};
use crate::runtime::{EventShape, FunctionError, Outcome, RunOptions, Worker, read_returned};
use crate::value::Value;
use crate::vm::Vm;
use http::header::{COOKIE, HeaderName, HeaderValue, SET_COOKIE};
use http::{HeaderMap, StatusCode};
use smallvec::SmallVec;

/// What [`run_response_changes`] did: the new body when the function set
/// one (the origin's body goes on otherwise), or why the result could not
/// be written.
pub type Applied = Result<Option<Vec<u8>>, BridgeError>;

/// Runs `worker`'s handler on `event`, the viewer-response event built
/// from the origin response `parts` (by [`super::fill_response_event`] or
/// [`super::response_event`]), and applies its result to `parts` as
/// [`apply_response_changes`] does. The same as `run_returned` followed by
/// `apply_response_changes` (or [`apply_response`] for an event without a
/// response part), in outcome, steps and errors, but a result in the usual
/// form is written from the event's heap without copying its text first.
/// A request returned by a viewer-response function is a bridge error, as
/// it is for `edgefn serve`.
pub fn run_response_changes(
    worker: &mut Worker,
    event: &Event,
    options: &RunOptions,
    parts: &mut http::response::Parts,
) -> Outcome<Applied> {
    let mut written = std::mem::take(worker.written_headers());
    // Both filled in place: their inline vectors are hundreds of bytes,
    // copied at every move out of a function or closure.
    let mut plain = PlainResponse::default();
    let mut plan = Plan::default();
    let outcome = worker.run_with(event, options, |vm, value, event, shape| {
        let planned = vm.attempt(|vm| {
            let original = event.response.as_ref()?;
            read_plain_response(vm, value, event, shape, &mut plain)?;
            plan.fill(&plain, vm.heap(), original, &written, shape.names_checked())
        });
        if planned.is_some() {
            #[cfg(test)]
            tests::SHORTCUTS.with(|n| n.set(n.get() + 1));
            return Ok(plan.apply(parts, &mut written));
        }
        Ok(match read_returned(vm, value, event, shape)? {
            Returned::Event => Ok(None),
            Returned::Result(HandlerResult::Response(r)) => match &event.response {
                Some(original) => apply_response_changes(original, r, parts),
                None => apply_response(r, parts),
            },
            Returned::Result(HandlerResult::Request(_)) => Err(BridgeError(
                "a viewer-response function must return the response".into(),
            )),
        })
    });
    *worker.written_headers() = written;
    outcome
}

/// Where a viewer-request result sends the request.
#[derive(Debug)]
pub enum Forward {
    /// On to the origin: the request parts as the function left them.
    Origin,
    /// Back to the viewer: the response the function generated.
    Viewer(http::Response<Vec<u8>>),
}

/// What [`run_request_changes`] did, or why the result could not be
/// written.
pub type RequestApplied = Result<Forward, BridgeError>;

/// Runs `worker`'s handler on `event`, the viewer-request event built from
/// the request `parts` (by [`super::request_event`] or
/// [`super::fill_request_event`]), and applies its result: a request is
/// written into `parts` as [`apply_request_changes`] does, a generated
/// response made by [`response_from`]. The same as `run_returned` followed
/// by those, in outcome, steps and errors, but a result that is the
/// event's request with its URI changed, or headers set (as object
/// literals with a string `value`) or removed, is applied from the event
/// and the heap without being copied into a `Request` first, and a
/// response generated in the usual form (`convert::PlainGenerated`) is
/// made from the heap without being copied into a `Response`. Any other
/// kind of event is a bridge error.
pub fn run_request_changes(
    worker: &mut Worker,
    event: &Event,
    options: &RunOptions,
    parts: &mut http::request::Parts,
) -> Outcome<RequestApplied> {
    worker.run_with(event, options, |vm, value, event, shape| {
        let applied = vm.attempt(|vm| plain_request_applied(vm, value, event, shape, parts));
        if let Some(applied) = applied {
            #[cfg(test)]
            tests::SHORTCUTS.with(|n| n.set(n.get() + 1));
            return applied;
        }
        let returned = read_returned(vm, value, event, shape)?;
        if event.event_type() != EventType::ViewerRequest {
            return Ok(Err(BridgeError(
                "run_request_changes runs viewer-request events".into(),
            )));
        }
        Ok(match returned {
            Returned::Event => Ok(Forward::Origin),
            Returned::Result(HandlerResult::Request(r)) => {
                apply_request_changes(&event.request, r, parts).map(|()| Forward::Origin)
            }
            Returned::Result(HandlerResult::Response(r)) => response_from(r).map(Forward::Viewer),
        })
    })
}

/// What [`run_request_changes`] does with a result in one of the plain
/// forms (`convert::read_plain_request_result`): `parts` given its new
/// URI, or the response generated; `None` for any other result, with
/// `parts` as it was.
fn plain_request_applied(
    vm: &mut Vm,
    value: Value,
    event: &Event,
    shape: &EventShape,
    parts: &mut http::request::Parts,
) -> Option<Result<RequestApplied, FunctionError>> {
    let mut generated = PlainGenerated::default();
    let mut listed = SmallVec::new();
    let read =
        read_plain_request_result(vm, value, event, shape, &mut generated, Some(&mut listed))?;
    let PlainRequestResult::Request(plain) = read else {
        let response = generated_response(&generated, vm.heap())?;
        return Some(Ok(Ok(Forward::Viewer(response))));
    };
    if plain.headers.is_none() {
        let names_known = shape.names_checked();
        return changed_headers_applied(&plain, &listed, vm.heap(), event, parts, names_known);
    }
    let checked = plain_request_uri(&plain, vm.heap(), event)?;
    let r = &event.request;
    Some(checked.map(|uri| {
        if uri == r.uri {
            Ok(Forward::Origin)
        } else {
            set_uri(&uri, &r.querystring, parts).map(|()| Forward::Origin)
        }
    }))
}

/// [`plain_request_applied`] for a request whose headers changed, listed
/// in `listed`: its URI and headers written into `parts` as
/// `apply_request_changes` writes them. `None`, with `parts` as it was,
/// unless the query string and cookies are the event's own and read back
/// as they are, and the result passes every check the general path makes
/// (which then gives the error). `names_known`: the event's header names
/// are known to pass them ([`EventShape::names_checked`]).
fn changed_headers_applied(
    plain: &PlainRequest<'_>,
    listed: &[PlainHeader],
    heap: &Heap,
    event: &Event,
    parts: &mut http::request::Parts,
    names_known: bool,
) -> Option<Result<RequestApplied, FunctionError>> {
    let r = &event.request;
    if !own_query_and_cookies(plain, event) {
        return None;
    }
    let uri = heap.text(plain.uri);
    request_line(r, &r.method, &uri, &r.querystring).ok()?;
    let mut plan = Plan::default();
    plan.fill_request(listed, heap, &r.headers, names_known)?;
    let moved = if uri == r.uri {
        Ok(())
    } else {
        set_uri(&uri, &r.querystring, parts)
    };
    Some(Ok(moved
        .and_then(|()| plan.write_headers(&mut parts.headers, None))
        .map(|_| Forward::Origin)))
}

/// The URI of a [`PlainRequest`] result, checked as the general path
/// checks the result, when its maps are the event's own and read back as
/// they are (so the result differs from the event's request by its URI
/// alone); `None` sends it down the general path.
fn plain_request_uri<'h>(
    plain: &PlainRequest<'_>,
    heap: &'h Heap,
    event: &Event,
) -> Option<Result<std::borrow::Cow<'h, str>, FunctionError>> {
    let r = &event.request;
    // (`checked_uri` looks at the headers.)
    let own_headers = plain.headers.is_some_and(|h| std::ptr::eq(h, &r.headers));
    if !own_headers || !own_query_and_cookies(plain, event) {
        return None;
    }
    plain.checked_uri(heap, event)
}

/// Whether a [`PlainRequest`]'s query string and cookies are the event's
/// own maps and read back as they are, as both request shortcuts need.
fn own_query_and_cookies(plain: &PlainRequest<'_>, event: &Event) -> bool {
    let r = &event.request;
    std::ptr::eq(plain.querystring, &r.querystring)
        && std::ptr::eq(plain.cookies, &r.cookies)
        && [&r.querystring, &r.cookies]
            .iter()
            .all(|m| m.0.iter().all(|(_, e)| reads_back_as_itself(e, false)))
}

/// The HTTP response [`response_from`] makes of a [`PlainGenerated`]
/// result; `None` when the result would fail validation or could not be
/// written (the general path then gives the error).
fn generated_response(plain: &PlainGenerated, heap: &Heap) -> Option<http::Response<Vec<u8>>> {
    if plain.headers.len() > super::MAX_RESULT_NAMES {
        return None;
    }
    let body = plain.body.map(|b| heap.to_rust_string(b).into_bytes());
    let mut response = http::Response::new(body.unwrap_or_default());
    *response.status_mut() = StatusCode::from_u16(plain.status_code).ok()?;
    let headers = response.headers_mut();
    for &(name, value) in &plain.headers {
        let (name, value) = (heap.text_bytes(name), heap.text_bytes(value));
        if !generated_header_ok(&name, &value) {
            return None;
        }
        let name = HeaderName::from_bytes(&name).ok()?;
        let value = HeaderValue::from_bytes(&value).ok()?;
        headers.try_append(name, value).ok()?;
    }
    Some(response)
}

/// The changes a [`PlainResponse`] makes to the origin response, worked
/// out (and every name and value parsed) before anything is written, in
/// the order `apply_response_changes` makes them.
#[derive(Default)]
struct Plan {
    status: Option<StatusCode>,
    /// Headers of the event the result left out.
    removed: Vec<HeaderName>,
    /// How many names the result adds.
    added: usize,
    writes: SmallVec<[Write; 8]>,
}

/// The most lines a worker keeps for later events ([`Plan::apply`]): a
/// handler sets a few headers, mostly the same ones.
const KEPT_LINES: usize = 16;

/// A header's name, and the value of a new one, as bytes: all ASCII once
/// checked, so the same text the general path would make.
type HeaderText<'a> = (&'a [u8], Option<&'a [u8]>);

/// One header line to append, after removing the name's lines when
/// `replace`.
struct Write {
    name: HeaderName,
    value: HeaderValue,
    replace: bool,
}

impl Plan {
    /// Makes this (a new plan) the plan for `plain`, the result for
    /// `original`; `None` when the result would fail validation or could
    /// not be written, or when the event's entries would not read back as
    /// they are (attributes, nested `multiValue`s): the general path then
    /// gives the error or the result. A line with the text of the one at
    /// its place in `kept_lines` (kept by the worker) is a copy of that
    /// one, sharing its storage: the same name and value, neither checked,
    /// parsed nor allocated again. With `names_known` (the event's header
    /// names pass a result's checks: [`EventShape::names_checked`]), only
    /// the values of the event's entries kept are checked.
    fn fill(
        &mut self,
        plain: &PlainResponse,
        heap: &Heap,
        original: &Response,
        kept_lines: &[(HeaderName, HeaderValue)],
        names_known: bool,
    ) -> Option<()> {
        if plain.headers.len() > super::MAX_RESULT_NAMES
            || !original
                .cookies
                .0
                .iter()
                .all(|(_, e)| reads_back_as_itself(e, true))
        {
            return None;
        }
        // Not `with_capacity`, which makes the vector in a frame of its
        // own and copies its inline array out.
        let mut texts: SmallVec<[HeaderText<'_>; 16]> = SmallVec::new();
        for header in &plain.headers {
            let text = match *header {
                PlainHeader::Event(i) => {
                    let (name, entry) = original.headers.0.get(i)?;
                    let values = entry.values().map(|e| e.value.as_bytes());
                    let name = name.as_bytes();
                    if !reads_back_as_itself(entry, false)
                        || !response_kept_header_ok(name, values, names_known)
                    {
                        return None;
                    }
                    (name, None)
                }
                // Checked below, unless a kept line has the same text.
                PlainHeader::New { name, value } => (
                    heap.units(name).latin1()?,
                    Some(heap.units(value).latin1()?),
                ),
            };
            texts.push(text);
        }
        let kept = self.remove_missing(&texts, &original.headers, is_read_only_response)?;
        let writes = &mut self.writes;
        writes.reserve(texts.len() - kept);
        for (i, &(name, value)) in texts.iter().enumerate() {
            // The event's own entries are as the event has them.
            let Some(value) = value else { continue };
            let same_text = |(n, v): &&(HeaderName, HeaderValue)| {
                n.as_str().as_bytes() == name && v.as_bytes() == value
            };
            let kept_line = kept_lines.get(writes.len()).filter(same_text);
            // A kept line was written only after its text, the same bytes,
            // passed this check, which looks at nothing else.
            if kept_line.is_none() && !response_header_ok(name, value) {
                return None;
            }
            let before = entry_before(&original.headers, i, name);
            if before.is_some_and(|e| same_value(e, value)) {
                continue;
            }
            let (name, value) = match kept_line {
                Some((n, v)) => (n.clone(), v.clone()),
                None => (
                    HeaderName::from_bytes(name).ok()?,
                    HeaderValue::from_bytes(value).ok()?,
                ),
            };
            writes.push(Write {
                replace: before.is_some() || name == COOKIE,
                value,
                name,
            });
        }
        self.status = match plain.status_code {
            code if code == original.status_code => None,
            code => Some(StatusCode::from_u16(code).ok()?),
        };
        self.added = texts.len() - kept;
        Some(())
    }

    /// Makes this (a new plan) the plan for a viewer-request result's
    /// headers `listed`, for the event's request headers `original`, as
    /// [`Plan::fill`] does for a response: `None` when the result would
    /// fail validation or could not be written, or when an event's entry
    /// it keeps would not read back as it is. `names_known` as there.
    fn fill_request(
        &mut self,
        listed: &[PlainHeader],
        heap: &Heap,
        original: &Entries,
        names_known: bool,
    ) -> Option<()> {
        if listed.len() > super::MAX_RESULT_NAMES {
            return None;
        }
        let mut texts: SmallVec<[HeaderText<'_>; 16]> = SmallVec::new();
        for header in listed {
            let text = match *header {
                PlainHeader::Event(i) => {
                    let (name, entry) = original.0.get(i)?;
                    let name = name.as_bytes();
                    let values = entry.values().map(|e| e.value.as_bytes());
                    if !reads_back_as_itself(entry, false)
                        || !request_kept_header_ok(name, values, names_known)
                    {
                        return None;
                    }
                    (name, None)
                }
                PlainHeader::New { name, value } => {
                    let (name, value) = (heap.units(name).latin1()?, heap.units(value).latin1()?);
                    // A read-only header may only be given its own value.
                    let unchanged = || {
                        let text = std::str::from_utf8(name).ok();
                        text.and_then(|n| original.get(n))
                            .is_some_and(|e| same_value(e, value))
                    };
                    if !request_header_ok(name, value)
                        || (is_read_only_request(name) && !unchanged())
                    {
                        return None;
                    }
                    (name, Some(value))
                }
            };
            texts.push(text);
        }
        let kept = self.remove_missing(&texts, original, is_read_only_request)?;
        for (i, &(name, value)) in texts.iter().enumerate() {
            let Some(value) = value else { continue };
            let before = entry_before(original, i, name);
            if before.is_some_and(|e| same_value(e, value)) {
                continue;
            }
            let name = HeaderName::from_bytes(name).ok()?;
            self.writes.push(Write {
                replace: before.is_some() || name == COOKIE || name == SET_COOKIE,
                value: HeaderValue::from_bytes(value).ok()?,
                name,
            });
        }
        self.added = texts.len() - kept;
        Some(())
    }

    /// Plans the removal of the event's headers `original` that the
    /// result's `texts` leave out; gives how many it keeps. `None` when it
    /// leaves out one that `read_only` says may not be removed.
    fn remove_missing(
        &mut self,
        texts: &[HeaderText<'_>],
        original: &Entries,
        read_only: fn(&[u8]) -> bool,
    ) -> Option<usize> {
        let has = |name: &str| texts.iter().any(|&(n, _)| n == name.as_bytes());
        let mut kept = 0;
        for (name, _) in &original.0 {
            if has(name) {
                kept += 1;
            } else if read_only(name.as_bytes()) {
                return None;
            } else if let Ok(name) = HeaderName::from_bytes(name.as_bytes()) {
                self.removed.push(name);
            }
        }
        Some(kept)
    }

    /// Writes the plan into `parts`.
    fn apply(
        &mut self,
        parts: &mut http::response::Parts,
        kept: &mut Vec<(HeaderName, HeaderValue)>,
    ) -> Applied {
        if let Some(status) = self.status {
            parts.status = status;
        }
        self.write_headers(&mut parts.headers, Some(kept))
    }

    /// Writes the plan's header changes into `headers`. Each place of
    /// `kept`, when given, keeps the first line written there: a handler
    /// that writes the same text at every event shares it from the second
    /// on, and one that writes a new text each time pays for one copy
    /// more, once.
    fn write_headers(
        &mut self,
        headers: &mut HeaderMap,
        mut kept: Option<&mut Vec<(HeaderName, HeaderValue)>>,
    ) -> Applied {
        for name in &self.removed {
            headers.remove(name);
        }
        headers.try_reserve(self.added).map_err(|_| too_many())?;
        for (i, w) in self.writes.drain(..).enumerate() {
            if let Some(kept) = kept.as_deref_mut() {
                if i == kept.len() && i < KEPT_LINES {
                    kept.push((w.name.clone(), w.value.clone()));
                }
            }
            if w.replace {
                headers.remove(&w.name);
            }
            headers
                .try_append(w.name, w.value)
                .map_err(|_| too_many())?;
        }
        Ok(None)
    }
}

/// Whether `e` is what a header written with the one value `value` reads
/// as: that value, no attributes, no `multiValue`.
fn same_value(e: &Entry, value: &[u8]) -> bool {
    e.value.as_bytes() == value && e.attributes.is_none() && e.multi_value.is_none()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::http::{Context, fill_request_event, fill_response_event, request_event};
    use crate::runtime::Function;
    use crate::{Limits, Runtime};
    use std::cell::Cell;

    thread_local! {
        /// Results written by a shortcut on this thread.
        pub(in crate::http) static SHORTCUTS: Cell<usize> = const { Cell::new(0) };
    }

    /// Origin responses: `(status, header lines)`.
    const ORIGINS: &[(u16, &[(&str, &str)])] = &[
        (200, &[("content-type", "text/html")]),
        (
            200,
            &[
                ("content-type", "text/html"),
                ("via", "1.1 origin"),
                ("x-multi", "a"),
                ("x-multi", "b"),
                ("set-cookie", "id=1; Path=/"),
                ("set-cookie", "id=2"),
                ("server", "origin"),
            ],
        ),
        (404, &[]),
    ];

    /// Handler bodies (`r` is the event's response, `h` its headers) and
    /// whether the shortcut writes their result for the first origin.
    const BODIES: &[(&str, bool)] = &[
        (
            "h['x-a'] = {value: '1'}; h['referrer-policy'] = {value: 'same-origin'}; return r;",
            true,
        ),
        ("h['content-type'] = {value: 'text/plain'}; return r;", true),
        ("h['content-type'] = {value: 'text/html'}; return r;", true),
        (
            "delete h['content-type']; h['x-a'] = {value: '1'}; return r;",
            true,
        ),
        ("r.statusCode = 410; return r;", true),
        (
            "r.statusCode = 302; h.location = {value: '/x'}; return r;",
            true,
        ),
        (
            "h['content-type'] = h['content-type']; h['x-b'] = {value: 'b'}; return r;",
            true,
        ),
        ("h['x-copy'] = h['content-type']; return r;", true),
        // A worker keeps lines it wrote: a later event's at the same place
        // may differ in value or in name.
        (
            "h['x-s'] = {value: 'v' + r.statusCode}; h['x-t'] = {value: 't'}; return r;",
            true,
        ),
        (
            "h[r.statusCode == 404 ? 'x-nf' : 'x-ok'] = {value: '1'}; return r;",
            true,
        ),
        ("h['x-host'] = event.request.headers.host; return r;", true),
        ("h['x-e'] = {value: ''}; return r;", true),
        (
            "h['x-a'] = {value: '1', attributes: 'ignored'}; return r;",
            true,
        ),
        (
            "r.statusDescription = 'Fine'; h['x-a'] = {value: '1'}; return r;",
            true,
        ),
        ("return r;", false),
        ("h.via = {value: 'x'}; return r;", false),
        ("delete h.via; return r;", false),
        ("h.connection = {value: 'close'}; return r;", false),
        ("h['X-Up'] = {value: '1'}; return r;", false),
        ("h['x-a'] = {value: 'a\\nb'}; return r;", false),
        ("h['x-a'] = {value: 'a\\u0001b'}; return r;", false),
        ("h['x-(a)'] = {value: '1'}; return r;", false),
        ("h['x a'] = {value: '1'}; return r;", false),
        ("h[''] = {value: '1'}; return r;", false),
        ("h['set-cookie'] = {value: 'a=1'}; return r;", false),
        ("h['x-a'] = {value: 'caf\\u00e9'}; return r;", false),
        ("h['x-a'] = {value: '\\u4e2d'}; return r;", false),
        ("h['x-a'] = {value: 1}; return r;", false),
        ("h['x-a'] = 'text'; return r;", false),
        (
            "h['x-m'] = {value: 'a', multiValue: [{value: 'a'}, {value: 'b'}]}; return r;",
            false,
        ),
        ("h['7'] = {value: 'seven'}; return r;", false),
        (
            "Object.defineProperty(h, 'x-g', {get: function () { return {value: 'g'}; }, enumerable: true}); return r;",
            false,
        ),
        (
            "Object.prototype.multiValue = [{value: 'p'}]; h['x-a'] = {value: '1'}; return r;",
            false,
        ),
        ("r.cookies.id = {value: '3'}; return r;", false),
        ("r.body = 'new body'; return r;", false),
        (
            "r.body = {data: 'aGk=', encoding: 'base64'}; return r;",
            false,
        ),
        ("r.statusCode = '200'; return r;", false),
        ("r.statusCode = 99; return r;", false),
        (
            "Object.defineProperty(r, 'statusCode', {get: function () { return 200; }}); return r;",
            false,
        ),
        (
            "Object.defineProperty(r, 'body', {get: function () { return undefined; }}); h['x-a'] = {value: '1'}; return r;",
            false,
        ),
        (
            "r.statusDescription = undefined; h['x-a'] = {value: '1'}; return r;",
            true,
        ),
        (
            "delete r.statusDescription; h['x-a'] = {value: '1'}; return r;",
            true,
        ),
        ("r.headers = 5; return r;", false),
        ("r.headers = event.request.headers; return r;", true),
        (
            "r.cookies = event.request.cookies; r.headers['x-a'] = {value: '1'}; return r;",
            false,
        ),
        ("r.cookies = event.request.headers; return r;", false),
        ("r.headers = []; return r;", false),
        ("delete r.headers; return r;", false),
        (
            "return {statusCode: 200, headers: {'x-a': {value: '1'}}};",
            false,
        ),
        ("return event.request;", false),
        ("throw new Error('no');", false),
        (
            "for (var i = 0; i < 40; i++) { h['x-n' + i] = {value: 'v' + i}; } return r;",
            true,
        ),
    ];

    fn origin((status, lines): (u16, &[(&str, &str)])) -> http::response::Parts {
        let mut b = http::Response::builder().status(status);
        for (n, v) in lines {
            b = b.header(*n, *v);
        }
        b.body(()).expect("response").into_parts().0
    }

    fn lines(headers: &HeaderMap) -> Vec<(String, Vec<u8>)> {
        headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    /// Every handler on every origin response, with both runtimes: the
    /// shortcut gives what `run_returned` and `apply_response_changes`
    /// give (result, steps, logs, memory, and the response line by line),
    /// and is taken where the table says it is.
    #[test]
    fn the_shortcut_writes_what_the_general_path_writes() {
        let (request, _) = http::Request::get("/index.html")
            .header("host", "www.example.com")
            .body(())
            .expect("request")
            .into_parts();
        let options = RunOptions::default();
        for runtime in [Runtime::Js1, Runtime::Js2] {
            for &(body, shortcut) in BODIES {
                let src = format!(
                    "function handler(event) {{ var r = event.response; var h = r.headers; {body} }}"
                );
                let function =
                    Function::compile(&src, runtime, &Limits::default(), "t.js").expect("compiles");
                let mut worker = function.worker();
                for (o, &spec) in ORIGINS.iter().enumerate() {
                    let origin = origin(spec);
                    let mut event =
                        request_event(&request, [192, 0, 2, 1].into(), &Context::default());
                    fill_response_event(&mut event, &origin);
                    let ran = worker.run_returned(&event, &options);
                    let mut general = origin.clone();
                    let applied = ran.result.clone().map(|r| match r {
                        Returned::Event => Ok(None),
                        Returned::Result(HandlerResult::Response(r)) => apply_response_changes(
                            event.response.as_ref().expect("response"),
                            r,
                            &mut general,
                        ),
                        Returned::Result(HandlerResult::Request(_)) => Err(BridgeError(
                            "a viewer-response function must return the response".into(),
                        )),
                    });
                    let before = SHORTCUTS.with(Cell::get);
                    let mut fused = origin.clone();
                    let out = run_response_changes(&mut worker, &event, &options, &mut fused);
                    let taken = SHORTCUTS.with(Cell::get) > before;
                    let case = format!("{runtime:?} {body} (origin {o})");
                    assert_eq!(out.result, applied, "{case}");
                    assert_eq!(
                        (out.steps, &out.logs, out.peak_memory),
                        (ran.steps, &ran.logs, ran.peak_memory),
                        "{case}"
                    );
                    assert_eq!(fused.status, general.status, "{case}");
                    assert_eq!(lines(&fused.headers), lines(&general.headers), "{case}");
                    if o == 0 {
                        assert_eq!(taken, shortcut, "shortcut taken: {case}");
                    }
                }
            }
        }
    }

    /// Viewer requests: `(uri, header lines)`, as `http` parts.
    const REQUESTS: &[(&str, &[(&str, &str)])] = &[
        ("/docs", &[("host", "www.example.com")]),
        (
            "/a/b/?q=1&q=2&x=%20y",
            &[
                ("host", "h"),
                ("accept", "text/html"),
                ("accept", "application/json"),
                ("cookie", "a=1; b=2"),
                ("via", "1.1 x"),
            ],
        ),
        ("/?", &[]),
    ];

    /// The request line and headers of [`ODD_EVENT`].
    const ODD_REQUEST: (&str, &[(&str, &str)]) =
        ("/a", &[("host", "h"), ("x-m", "1"), ("x-m", "2")]);

    const ODD_EVENT: &str = r#"{"version":"1.0","context":{"eventType":"viewer-request"},
        "viewer":{"ip":"192.0.2.1"},"request":{"method":"GET","uri":"/a","querystring":{},
        "headers":{"host":{"value":"h","attributes":"x"},
        "x-m":{"value":"1","multiValue":[{"value":"1","multiValue":[{"value":"z"}]},{"value":"2"}]}},
        "cookies":{}}}"#;

    /// Viewer-request handler bodies (`r` is the event's request) and
    /// whether the shortcut applies their result for the first request.
    const REQUEST_BODIES: &[(&str, bool)] = &[
        ("r.uri += '/index.html'; return r;", true),
        ("r.uri = r.uri; return r;", true),
        ("r.uri = '/caf\\u00e9'; return r;", true),
        ("r.uri = '/a b'; return r;", true),
        ("r.uri = 'relative'; return r;", true),
        ("r.uri = '/' + 'x'.repeat(9000); return r;", true),
        ("r.method = 'GET'; r.uri = '/m'; return r;", true),
        ("r.method = 'POST'; return r;", false),
        (
            "Object.defineProperty(r, 'uri', {get: function () { return '/g'; }}); return r;",
            false,
        ),
        ("delete r.method; r.uri = '/m'; return r;", false),
        ("return r;", false),
        // Header changes: new and replaced headers in the usual form, and
        // removed ones, take the shortcut; every failure and every other
        // form goes the general path.
        (
            "r.headers['x-a'] = {value: '1'}; r.uri = '/h'; return r;",
            true,
        ),
        ("r.headers['x-edge'] = {value: 'yes'}; return r;", true),
        (
            "r.headers['x-a'] = {value: '1'}; r.headers['x-b'] = {value: ''}; delete r.headers['x-a']; return r;",
            true,
        ),
        (
            "delete r.headers.accept; r.headers['x-a'] = {value: '1'}; return r;",
            true,
        ),
        (
            "r.headers.host = {value: 'www.example.com'}; return r;",
            true,
        ),
        ("r.headers['set-cookie'] = {value: 'a=1'}; return r;", true),
        (
            "r.headers = {host: r.headers.host, 'x-only': {value: '1'}}; return r;",
            true,
        ),
        (
            "r.headers.host = {value: 'other.example'}; return r;",
            false,
        ),
        ("delete r.headers.host; return r;", false),
        ("r.headers.cookie = {value: 'a=1'}; return r;", false),
        ("r.headers['X-Up'] = {value: '1'}; return r;", false),
        ("r.headers['x-a'] = {value: 'a\\u0001b'}; return r;", false),
        ("r.headers['x-a'] = {value: 'caf\\u00e9'}; return r;", false),
        ("r.headers['x-a'] = {value: 'a\\nb'}; return r;", false),
        ("r.headers['x-a'] = {value: 1}; return r;", false),
        (
            "r.headers['x-a'] = {value: '1', multiValue: [{value: '1'}, {value: '2'}]}; return r;",
            false,
        ),
        // A header's `attributes` is not read (only a cookie's is).
        (
            "r.headers['x-a'] = {value: '1', attributes: 'a'}; return r;",
            true,
        ),
        ("r.headers.host.value = 'changed'; return r;", false),
        (
            "r.headers['x-a'] = {value: '1'}; r.querystring.q = {value: '9'}; return r;",
            false,
        ),
        ("r.headers = []; return r;", false),
        ("r.querystring.q = {value: '9'}; return r;", false),
        ("r.querystring = {}; r.uri = '/q'; return r;", false),
        (
            "var h = r.headers; r.headers = r.cookies; r.cookies = h; return r;",
            false,
        ),
        ("r.uri = 7; return r;", false),
        (
            "return {statusCode: 302, headers: {location: {value: '/new'}}};",
            true,
        ),
        (
            "return {statusCode: 200, body: 'hi', cookies: {s: {value: '1', attributes: 'Path=/'}}};",
            false,
        ),
        ("throw new Error('no');", false),
        // Generated responses: the shortcut takes the usual form and
        // leaves every failure and every other form to the general path.
        (
            "return {statusCode: 301, statusDescription: 'Moved', headers: {location: {value: r.uri + '?a=1'}, 'x-b': {value: 'caf\\u00e9'}}};",
            true,
        ),
        ("return {statusCode: 204};", true),
        (
            "return {statusCode: 200, headers: {'x-c': {value: '\\u4e2d'}}};",
            true,
        ),
        (
            "return {statusCode: 200, headers: {}, body: 'caf\\u00e9 \\ud800'};",
            true,
        ),
        ("return {statusCode: 200, headers: r.headers};", true),
        (
            "var h = {}; for (var i = 0; i < 40; i++) { h['x-n' + i] = {value: 'v' + i}; } return {statusCode: 200, headers: h};",
            true,
        ),
        (
            "var h = {a: {value: '1'}}; Object.defineProperty(h, 'x-h', {value: {value: '2'}}); return {statusCode: 200, headers: h};",
            true,
        ),
        (
            "return {statusCode: 599, statusDescription: undefined};",
            true,
        ),
        ("return {statusCode: 99};", false),
        ("return {statusCode: 600};", false),
        ("return {statusCode: 301.5};", false),
        ("return {statusCode: '301'};", false),
        ("return {statusCode: 200, statusDescription: 5};", false),
        (
            "return {statusCode: 200, body: {data: 'aGk=', encoding: 'base64'}};",
            false,
        ),
        ("return {statusCode: 200, cookies: {}};", false),
        ("return {statusCode: 200, headers: []};", false),
        (
            "return {statusCode: 200, headers: {location: '/x'}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {Location: {value: '/x'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {via: {value: '1.1 x'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'set-cookie': {value: 'a=1'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'x-a': {value: 'a\\nb'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'x-a': {value: 'a\\u0001b'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'x(a': {value: '1'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {connection: {value: 'close'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'x-a': {value: '1', multiValue: [{value: '1'}, {value: '2'}]}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {'x-a': {value: 1}}};",
            false,
        ),
        (
            "var e = {}; Object.defineProperty(e, 'value', {get: function () { return '/g'; }}); return {statusCode: 200, headers: {'x-a': e}};",
            false,
        ),
        (
            "var h = {}; Object.defineProperty(h, 'x-a', {get: function () { return {value: '1'}; }, enumerable: true}); return {statusCode: 200, headers: h};",
            false,
        ),
        (
            "var o = {}; Object.defineProperty(o, 'statusCode', {get: function () { return 200; }}); return o;",
            false,
        ),
        (
            "Object.prototype.body = 'from the prototype'; return {statusCode: 200};",
            false,
        ),
        (
            "var o = Object.create({body: 'inherited'}); o.statusCode = 200; return o;",
            false,
        ),
        // A request object with a `statusCode` is a response.
        ("r.statusCode = 302; return r;", false),
        ("r.statusCode = undefined; r.uri = '/u'; return r;", false),
    ];

    /// A generated response, comparably: status, header lines, body.
    type Sent = (u16, Vec<(String, Vec<u8>)>, Vec<u8>);

    /// What a [`RequestApplied`] says, comparably.
    fn forwarded(applied: &RequestApplied) -> Result<Option<Sent>, BridgeError> {
        match applied {
            Ok(Forward::Origin) => Ok(None),
            Ok(Forward::Viewer(r)) => Ok(Some((
                r.status().as_u16(),
                lines(r.headers()),
                r.body().clone(),
            ))),
            Err(e) => Err(e.clone()),
        }
    }

    /// Every viewer-request handler on every request, with both runtimes
    /// and a refilled event: `run_request_changes` gives what
    /// `run_returned` then `apply_request_changes` or `response_from`
    /// give, and takes the shortcut where the table says it does.
    #[test]
    fn the_request_shortcut_writes_what_the_general_path_writes() {
        let options = RunOptions::default();
        for runtime in [Runtime::Js1, Runtime::Js2] {
            for &(body, shortcut) in REQUEST_BODIES {
                let src = format!("function handler(event) {{ var r = event.request; {body} }}");
                let function =
                    Function::compile(&src, runtime, &Limits::default(), "t.js").expect("compiles");
                let mut worker = function.worker();
                let mut event = Event::empty();
                // The last event comes from JSON, with what no event built
                // from `http` parts has: header attributes and a
                // `multiValue` inside an item.
                let requests = REQUESTS.iter().chain([&ODD_REQUEST]);
                for (i, &(uri, headers)) in requests.enumerate() {
                    let mut b = http::Request::get(uri);
                    for (n, v) in headers {
                        b = b.header(*n, *v);
                    }
                    let (parts, _) = b.body(()).expect("request").into_parts();
                    if i < REQUESTS.len() {
                        let viewer = [192, 0, 2, 1].into();
                        fill_request_event(&mut event, &parts, viewer, &Context::default());
                    } else {
                        event = Event::from_json(ODD_EVENT).expect("event");
                    }
                    let ran = worker.run_returned(&event, &options);
                    let mut general = parts.clone();
                    let applied: Result<RequestApplied, _> = ran.result.clone().map(|r| match r {
                        Returned::Event => Ok(Forward::Origin),
                        Returned::Result(HandlerResult::Request(r)) => {
                            apply_request_changes(&event.request, r, &mut general)
                                .map(|()| Forward::Origin)
                        }
                        Returned::Result(HandlerResult::Response(r)) => {
                            response_from(r).map(Forward::Viewer)
                        }
                    });
                    let before = SHORTCUTS.with(Cell::get);
                    let mut fused = parts.clone();
                    let out = run_request_changes(&mut worker, &event, &options, &mut fused);
                    let taken = SHORTCUTS.with(Cell::get) > before;
                    let case = format!("{runtime:?} {body} (request {i})");
                    assert_eq!(
                        out.result.as_ref().map(forwarded),
                        applied.as_ref().map(forwarded),
                        "{case}"
                    );
                    assert_eq!(
                        (out.steps, &out.logs, out.peak_memory),
                        (ran.steps, &ran.logs, ran.peak_memory),
                        "{case}"
                    );
                    assert_eq!(fused.uri, general.uri, "{case}");
                    assert_eq!(lines(&fused.headers), lines(&general.headers), "{case}");
                    if i == 0 {
                        assert_eq!(taken, shortcut, "shortcut taken: {case}");
                    }
                }
            }
        }
    }

    /// The global object handed back as the result: its fields include
    /// the script's own bindings (`var body`, `var uri`), which its
    /// property run does not hold. The shortcuts, which read fields from
    /// the run, take only the event's own request or response, so this
    /// goes the general path, bindings included, on both paths.
    #[test]
    fn the_global_object_as_the_result_takes_the_general_path() {
        let options = RunOptions::default();
        // A binding of the script, and the event part's other fields
        // copied onto the global object, which is returned.
        let source = |binding: &str, part: &str, fields: &[&str]| {
            let copies: String = fields
                .iter()
                .map(|f| format!("globalThis.{f} = r.{f}; "))
                .collect();
            format!(
                "var {binding}; function handler(event) {{ var r = event.{part}; {copies}return globalThis; }}"
            )
        };
        let response_src = source(
            "body = 'from a binding'",
            "response",
            &["statusCode", "headers", "cookies"],
        );
        let request_src = source(
            "uri = '/from-a-binding'",
            "request",
            &["method", "querystring", "headers", "cookies"],
        );
        let (request, _) = http::Request::get("/index.html")
            .header("host", "www.example.com")
            .body(())
            .expect("request")
            .into_parts();
        for runtime in [Runtime::Js1, Runtime::Js2] {
            let compile = |src| {
                Function::compile(src, runtime, &Limits::default(), "t.js").expect("compiles")
            };
            let mut worker = compile(&response_src).worker();
            let origin = origin(ORIGINS[0]);
            let mut event = request_event(&request, [192, 0, 2, 1].into(), &Context::default());
            fill_response_event(&mut event, &origin);
            let ran = worker.run_returned(&event, &options);
            let before = SHORTCUTS.with(Cell::get);
            let mut fused = origin.clone();
            let out = run_response_changes(&mut worker, &event, &options, &mut fused);
            assert_eq!(SHORTCUTS.with(Cell::get), before, "{runtime:?}");
            let general = ran.result.map(|r| match r {
                Returned::Result(HandlerResult::Response(r)) => apply_response_changes(
                    event.response.as_ref().expect("response"),
                    r,
                    &mut origin.clone(),
                ),
                other => panic!("{other:?}"),
            });
            assert_eq!(out.result, general, "{runtime:?}");

            let mut worker = compile(&request_src).worker();
            let event = request_event(&request, [192, 0, 2, 1].into(), &Context::default());
            let ran = worker.run_returned(&event, &options);
            let mut general = request.clone();
            match ran.result.expect("runs") {
                Returned::Result(HandlerResult::Request(r)) => {
                    apply_request_changes(&event.request, r, &mut general).expect("applies");
                }
                other => panic!("{other:?}"),
            }
            let before = SHORTCUTS.with(Cell::get);
            let mut fused = request.clone();
            let out = run_request_changes(&mut worker, &event, &options, &mut fused);
            assert_eq!(SHORTCUTS.with(Cell::get), before, "{runtime:?}");
            assert!(out.result.is_ok(), "{runtime:?} {:?}", out.result);
            assert_eq!(fused.uri, general.uri, "{runtime:?}");
            assert_eq!(general.uri, "/from-a-binding", "{runtime:?}");
        }
    }
}
