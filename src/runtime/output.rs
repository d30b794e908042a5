//! CloudFront's `FunctionOutput` JSON: the text of
//! [`HandlerResult::to_json`], and the same text written straight from the
//! event for a result that is the event's own request or response handed
//! back untouched (`Returned::Event`), or its request with only the URI
//! changed ([`PlainRequest`]), which is then never copied into a
//! `HandlerResult`. The writer has the fields, order and omissions of the
//! serde derives of `Request`, `Response` and `Entry`, and escapes strings
//! as `serde_json` does (`tests/fuzz_runtime.rs` compares the texts); it
//! skips serde's machinery, which cost twice as much.

use super::EventShape;
use super::FunctionError;
use super::convert::{PlainGenerated, PlainRequest, PlainRequestResult, read_plain_request_result};
use super::event::{
    Body, Entries, Entry, Event, HandlerResult, OwnPart, Response, entries_json_size_hint,
};
use super::event_json::plain_end;
use super::validate::generated_header_ok;
use crate::heap::Heap;
use crate::value::{JsStr, Value};
use crate::vm::Vm;

/// How entries are written.
#[derive(Clone, Copy)]
enum Mode {
    /// As a result reads them back: with their attributes only where those
    /// are read, and no `multiValue` inside an item.
    ReadBack { attributes: bool },
    /// As they are: a [`HandlerResult`]'s own entries.
    Whole,
}

/// The JSON text being written. Strings without a character that needs
/// escaping (nearly all of them) are copied as they are; the others are
/// written by `serde_json`, so every string reads as `to_json` writes it.
/// Written as a `String` from the first: made of texts, it needs no UTF-8
/// check at the end, which cost about one instruction per byte.
struct Json(String);

impl Json {
    fn with_capacity(size: usize) -> Json {
        Json(String::with_capacity(size))
    }

    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    fn string(&mut self, s: &str) {
        // Names and values almost never need an escape: the event reader's
        // scan, eight bytes at a time, finds none in one pass.
        if plain_end(s.as_bytes(), 0).is_none() {
            self.0.push('"');
            self.0.push_str(s);
            self.0.push('"');
        } else {
            match serde_json::to_string(s) {
                Ok(text) => self.0.push_str(&text),
                Err(_) => self.raw("\"\""),
            }
        }
    }

    fn entries(&mut self, entries: &Entries, mode: Mode) {
        self.0.push('{');
        for (i, (name, entry)) in entries.0.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.string(name);
            self.0.push(':');
            self.entry(entry, mode, false);
        }
        self.0.push('}');
    }

    /// One entry, its fields in `Entry`'s order; `nested` for an item of a
    /// `multiValue`.
    fn entry(&mut self, entry: &Entry, mode: Mode, nested: bool) {
        let (attributes, items) = match mode {
            Mode::ReadBack { attributes } => (attributes, !nested),
            Mode::Whole => (true, true),
        };
        self.raw("{\"value\":");
        self.string(&entry.value);
        if let Some(a) = entry.attributes.as_deref().filter(|_| attributes) {
            self.raw(",\"attributes\":");
            self.string(a);
        }
        if let Some(all) = entry.multi_value.as_deref().filter(|_| items) {
            self.raw(",\"multiValue\":[");
            for (i, item) in all.iter().enumerate() {
                if i > 0 {
                    self.0.push(',');
                }
                self.entry(item, mode, true);
            }
            self.0.push(']');
        }
        self.0.push('}');
    }

    fn finish(self) -> String {
        self.0
    }
}

/// What [`HandlerResult::to_json`] writes.
pub(crate) fn result_json(result: &HandlerResult, size: usize) -> String {
    match result {
        HandlerResult::Request(r) => {
            let maps = [&r.querystring, &r.headers, &r.cookies];
            request_json(&r.method, &r.uri, maps, Mode::Whole, size)
        }
        HandlerResult::Response(r) => {
            let mut out = response_json(r, [Mode::Whole; 2], size);
            match &r.body {
                None => {}
                Some(Body::Text(text)) => {
                    out.raw(",\"body\":");
                    out.string(text);
                }
                Some(Body::Encoded { data, encoding }) => {
                    out.raw(",\"body\":{\"data\":");
                    out.string(data);
                    out.raw(",\"encoding\":");
                    out.string(encoding);
                    out.0.push('}');
                }
            }
            out.raw("}}");
            out.finish()
        }
    }
}

/// The output for `Returned::Event`: the event's own part as
/// [`Returned::into_result`](super::Returned::into_result) gives it.
pub(crate) fn event_part_json(event: &Event) -> String {
    let hint = entries_json_size_hint;
    match event.own_part() {
        Some(OwnPart::Response(r)) => {
            let size = 128 + hint(&r.headers) + hint(&r.cookies);
            let read_back = |attributes| Mode::ReadBack { attributes };
            let mut out = response_json(r, [read_back(false), read_back(true)], size);
            out.raw("}}");
            out.finish()
        }
        _ => {
            let q = &event.request;
            let maps = [&q.querystring, &q.headers, &q.cookies];
            let size = request_size(&q.method, &q.uri, maps);
            let mode = Mode::ReadBack { attributes: false };
            request_json(&q.method, &q.uri, maps, mode, size)
        }
    }
}

/// The output for a viewer-request result in one of the plain forms
/// (`convert::read_plain_request_result`), or the validation error it
/// gets; `None` for any other result, charging nothing the caller does
/// not put back.
pub(crate) fn plain_json(
    vm: &mut Vm,
    value: Value,
    event: &Event,
    shape: &EventShape,
) -> Option<Result<String, FunctionError>> {
    let mut generated = PlainGenerated::default();
    // Changed headers are written by the general path here: `None`, no
    // buffer to list them in.
    match read_plain_request_result(vm, value, event, shape, &mut generated, None)? {
        PlainRequestResult::Request(plain) => plain_request_json(vm.heap(), event, &plain),
        PlainRequestResult::Generated => plain_generated_json(vm.heap(), &generated).map(Ok),
    }
}

/// The output for a [`PlainRequest`] result, or the validation error it
/// gets; `None` when its entries do not read back as they are (the
/// general path then reads them).
fn plain_request_json(
    heap: &Heap,
    event: &Event,
    plain: &PlainRequest<'_>,
) -> Option<Result<String, FunctionError>> {
    let uri = match plain.checked_uri(heap, event)? {
        Ok(uri) => uri,
        Err(e) => return Some(Err(e)),
    };
    let method = &event.request.method;
    let maps = [plain.querystring, plain.headers?, plain.cookies];
    let size = request_size(method, &uri, maps);
    let mode = Mode::ReadBack { attributes: false };
    Some(Ok(request_json(method, &uri, maps, mode, size)))
}

/// The output for a [`PlainGenerated`] result; `None` when it would fail
/// validation (the general path then gives the error).
fn plain_generated_json(heap: &Heap, plain: &PlainGenerated) -> Option<String> {
    let len = |s: Option<JsStr>| s.map_or(0, |s| heap.str_len(s));
    let size = 128
        + len(plain.status_description)
        + len(plain.body)
        + (plain.headers.iter())
            .map(|&(n, v)| 16 + heap.str_len(n) + heap.str_len(v))
            .sum::<usize>();
    let mut out = Json::with_capacity(size);
    out.raw("{\"response\":{\"headers\":{");
    for (i, &(name, value)) in plain.headers.iter().enumerate() {
        let (name, value) = (heap.text(name), heap.text(value));
        if !generated_header_ok(name.as_bytes(), value.as_bytes()) {
            return None;
        }
        if i > 0 {
            out.0.push(',');
        }
        out.string(&name);
        out.raw(":{\"value\":");
        out.string(&value);
        out.0.push('}');
    }
    out.0.push('}');
    if let Some(d) = plain.status_description {
        out.raw(",\"statusDescription\":");
        out.string(&heap.text(d));
    }
    out.raw(",\"cookies\":{},\"statusCode\":");
    crate::http::push_decimal(&mut out.0, plain.status_code);
    if let Some(body) = plain.body {
        out.raw(",\"body\":");
        out.string(&heap.text(body));
    }
    out.raw("}}");
    Some(out.finish())
}

/// About how long a request's output is.
fn request_size(method: &str, uri: &str, maps: [&Entries; 3]) -> usize {
    128 + method.len()
        + uri.len()
        + maps
            .iter()
            .map(|m| entries_json_size_hint(m))
            .sum::<usize>()
}

/// A request output: `[querystring, headers, cookies]` written in `mode`.
fn request_json(method: &str, uri: &str, maps: [&Entries; 3], mode: Mode, size: usize) -> String {
    let [querystring, headers, cookies] = maps;
    let mut out = Json::with_capacity(size);
    out.raw("{\"request\":{\"headers\":");
    out.entries(headers, mode);
    out.raw(",\"method\":");
    out.string(method);
    out.raw(",\"querystring\":");
    out.entries(querystring, mode);
    out.raw(",\"uri\":");
    out.string(uri);
    out.raw(",\"cookies\":");
    out.entries(cookies, mode);
    out.raw("}}");
    out.finish()
}

/// A response output up to its status code, the headers and the cookies
/// written in `modes`; the caller adds a body and closes it.
fn response_json(r: &Response, [headers, cookies]: [Mode; 2], size: usize) -> Json {
    let mut out = Json::with_capacity(size);
    out.raw("{\"response\":{\"headers\":");
    out.entries(&r.headers, headers);
    if let Some(d) = &r.status_description {
        out.raw(",\"statusDescription\":");
        out.string(d);
    }
    out.raw(",\"cookies\":");
    out.entries(&r.cookies, cookies);
    out.raw(",\"statusCode\":");
    crate::http::push_decimal(&mut out.0, r.status_code);
    out
}

#[cfg(test)]
pub(super) mod tests {
    use crate::runtime::{Event, Function, RunOptions};
    use crate::{Limits, Runtime};
    use std::cell::Cell;

    thread_local! {
        /// Request results written by [`super::plain_request_json`] on
        /// this thread.
        pub(in crate::runtime) static SHORTCUTS: Cell<usize> = const { Cell::new(0) };
    }

    const EVENTS: [&str; 3] = [
        include_str!("../../conformance/runtime/events/viewer-request.json"),
        include_str!("../../conformance/runtime/events/viewer-response.json"),
        include_str!("../../conformance/runtime/events/odd-entries.json"),
    ];

    /// Events read from JSON may hold what no result may, or what reads
    /// back differently: header attributes, a `multiValue` inside an item,
    /// uppercase and disallowed names, a query string with a space, a
    /// `cookie` header.
    fn odd_events() -> Vec<String> {
        let request = |parts: &str| {
            format!(
                r#"{{"version":"1.0","context":{{"eventType":"viewer-request"}},"viewer":{{"ip":"192.0.2.1"}},
                "request":{{"method":"GET","uri":"/a",{parts}}}}}"#
            )
        };
        vec![
            request(
                r#""headers":{"host":{"value":"h","attributes":"x"}},"querystring":{},"cookies":{}"#,
            ),
            request(
                r#""headers":{"x-m":{"value":"a","multiValue":[{"value":"a","multiValue":[{"value":"z"}]},{"value":"b"}]}}"#,
            ),
            request(r#""headers":{"X-Up":{"value":"1"}}"#),
            request(r#""headers":{"connection":{"value":"close"}}"#),
            request(r#""headers":{"cookie":{"value":"a=1"}}"#),
            request(
                r#""querystring":{"q":{"value":"a b"}},"cookies":{"c":{"value":"1","attributes":"Path=/"}}"#,
            ),
            request(
                r#""querystring":{"q":{"value":"1","multiValue":[{"value":"1"},{"value":"2"}]}}"#,
            ),
            request(r#""headers":{"via":{"value":"1.1 x"}},"querystring":{"7":{"value":"seven"}}"#),
            request(
                r#""headers":{"x-q":{"value":"a\"b\\c\u0001\t\u00e9\u2028"}},"cookies":{"k\"":{"value":"\u007f"}}"#,
            ),
        ]
    }

    /// Handler bodies (`r` is the event's request) and whether the
    /// shortcut writes their result for the first conformance event.
    const BODIES: &[(&str, bool)] = &[
        ("r.uri += 'index.html'; return r;", true),
        ("r.uri = '/caf\\u00e9'; return r;", true),
        ("r.uri = '/\\u4e2d'; return r;", true),
        ("r.uri = '/\"q\\\\x\\u0001\\n'; return r;", true),
        ("r.uri = '/' + 'x'.repeat(9000); return r;", true),
        ("r.uri = 'no-slash'; return r;", true),
        ("r.uri = 5; return r;", false),
        ("return r;", false),
        ("return event;", false),
        ("r.method = 'POST'; return r;", false),
        ("r.method = 'GET'; r.uri = '/m'; return r;", true),
        ("r.headers['x-a'] = {value: '1'}; return r;", false),
        (
            "var h = r.headers; r.headers = r.querystring; r.querystring = h; r.uri = '/s'; return r;",
            true,
        ),
        ("r.cookies = r.headers; r.uri = '/c'; return r;", true),
        ("delete r.cookies; r.uri = '/d'; return r;", false),
        ("r.uri = '/x'; r.extra = 1; return r;", true),
        ("Object.prototype.extra = 1; r.uri = '/p'; return r;", false),
        (
            "return {statusCode: 302, headers: {location: {value: '/'}}};",
            true,
        ),
        (
            "return {statusCode: 200, statusDescription: 'O\\u00e9\\\"', headers: {'x-q': {value: 'a\\\"b\\\\c\\u0001\\t\\u00e9\\u2028'}, 'x-r': {value: '\\ud800'}}, body: '\\u00e9\\n\\\"'};",
            true,
        ),
        ("return {statusCode: 204};", true),
        ("return {statusCode: 200, headers: r.headers};", false),
        (
            "return {statusCode: 200, headers: {'x-a': {value: 'a\\rb'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {Host: {value: 'h'}}};",
            false,
        ),
        (
            "return {statusCode: 200, headers: {warning: {value: '1'}}};",
            false,
        ),
        (
            "return {statusCode: 200, cookies: {a: {value: '1'}}};",
            false,
        ),
        ("return {statusCode: 200, body: {data: 'x'}};", false),
        ("r.statusCode = 302; r.uri = '/s'; return r;", false),
        ("r.statusCode = undefined; r.uri = '/s'; return r;", false),
        (
            "var o = {}; for (var k in r) { o[k] = r[k]; } o.uri = '/copy'; return o;",
            false,
        ),
        ("throw new TypeError('no');", false),
        (
            "event.response.headers['x-a'] = {value: '1'}; return event.response;",
            false,
        ),
        ("return event.response;", false),
    ];

    /// Every handler on every event, with both runtimes: `run_to_json`
    /// gives `run`'s result as `to_json` writes it, or its error, with the
    /// same steps, logs and memory, and takes the shortcut where the table
    /// says it does.
    #[test]
    fn outputs_written_from_the_event_are_to_json_of_the_result() {
        let mut events: Vec<String> = EVENTS.iter().map(|e| e.to_string()).collect();
        events.extend(odd_events());
        let options = RunOptions::default();
        for runtime in [Runtime::Js1, Runtime::Js2] {
            for &(body, shortcut) in BODIES {
                let src = format!("function handler(event) {{ var r = event.request; {body} }}");
                let function =
                    Function::compile(&src, runtime, &Limits::default(), "t.js").expect("compiles");
                let mut worker = function.worker();
                for (i, text) in events.iter().enumerate() {
                    let event = Event::from_json(text).expect("event");
                    let ran = worker.run(&event, &options);
                    let before = SHORTCUTS.with(Cell::get);
                    let out = worker.run_to_json(&event, &options);
                    let taken = SHORTCUTS.with(Cell::get) > before;
                    let case = format!("{runtime:?} {body} (event {i})");
                    assert_eq!(out.result, ran.result.map(|r| r.to_json()), "{case}");
                    assert_eq!(
                        (out.steps, &out.logs, out.peak_memory),
                        (ran.steps, &ran.logs, ran.peak_memory),
                        "{case}"
                    );
                    if i == 0 {
                        assert_eq!(taken, shortcut, "shortcut taken: {case}");
                    }
                }
            }
        }
    }
}
