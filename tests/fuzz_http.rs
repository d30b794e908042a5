//! Property tests of `http::run_response_changes` and
//! `http::run_request_changes`: for arbitrary origin responses and
//! arbitrary changes a viewer-response handler makes to its headers and
//! status, and arbitrary requests and changes a viewer-request handler
//! makes, they give exactly what `run_returned` followed by
//! `apply_response_changes` or `apply_request_changes` gives: the same
//! result or error, steps, logs and memory, and the same message line by
//! line.

use edgefn::http::{
    BridgeError, Context, Forward, apply_request_changes, apply_response_changes,
    fill_response_event, request_event, run_request_changes, run_response_changes,
};
use edgefn::runtime::{Event, Function, HandlerResult, Returned, RunOptions};
use edgefn::{Limits, Runtime};
use proptest::prelude::*;

/// Header names: ordinary, read-only, disallowed, cookies, and invalid in
/// several ways.
const NAMES: &[&str] = &[
    "x-a",
    "content-type",
    "via",
    "warning",
    "server",
    "set-cookie",
    "cookie",
    "connection",
    "X-Up",
    "x(a)",
    "x a",
    "",
    "\u{e9}-x",
    "x-multi",
    "7",
    "location",
    "x-amz-cf-id",
];

/// Values: ordinary, empty, long, and with characters that a check or
/// `http` refuses or that are not ASCII.
const VALUES: &[&str] = &[
    "1",
    "text/html",
    "",
    "a\nb",
    "a\u{1}b",
    "caf\u{e9}",
    "\u{4e2d}",
    "max-age=63072000; includeSubdomains; preload",
    " spaced ",
    "tab\there",
];

/// One change to the response, as a statement of the handler (`r` is the
/// response, `h` its headers).
fn change() -> impl Strategy<Value = String> {
    let name = prop::sample::select(NAMES).prop_map(js);
    let value = prop::sample::select(VALUES).prop_map(js);
    prop_oneof![
        4 => (name.clone(), value.clone()).prop_map(|(n, v)| format!("h[{n}] = {{value: {v}}};")),
        1 => name.clone().prop_map(|n| format!("delete h[{n}];")),
        1 => (name.clone(), name.clone()).prop_map(|(n, m)| format!("h[{n}] = h[{m}];")),
        1 => (name.clone(), value.clone())
            .prop_map(|(n, v)| format!("h[{n}] = {{value: {v}, attributes: 'a'}};")),
        1 => (name, value).prop_map(|(n, v)| format!("h[{n}] = {{value: {v}, multiValue: [{{value: {v}}}]}};")),
        1 => prop::sample::select(vec!["200", "302", "410", "99", "600", "'200'", "200.5"])
            .prop_map(|c| format!("r.statusCode = {c};")),
        1 => Just("r.cookies.id = {value: '2'};".to_string()),
        1 => Just("r.cookies = event.request.cookies;".to_string()),
        1 => Just("r.headers = event.request.headers;".to_string()),
    ]
}

/// A JavaScript string literal for `s`.
fn js(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

fn origin(lines: &[(&str, &str)], status: u16) -> http::response::Parts {
    let mut b = http::Response::builder().status(status);
    for (n, v) in lines {
        b = b.header(*n, *v);
    }
    b.body(()).expect("response").into_parts().0
}

/// What the general path writes into `parts` for a viewer-response
/// handler's `returned`: `run_returned` followed by
/// `apply_response_changes`, against which the shortcut is compared.
fn apply_returned_response(
    event: &Event,
    returned: Returned,
    parts: &mut http::response::Parts,
) -> Result<Option<Vec<u8>>, BridgeError> {
    match returned {
        Returned::Event => Ok(None),
        Returned::Result(HandlerResult::Response(r)) => {
            apply_response_changes(event.response.as_ref().expect("response"), r, parts)
        }
        Returned::Result(HandlerResult::Request(_)) => Err(BridgeError(
            "a viewer-response function must return the response".into(),
        )),
    }
}

/// [`apply_returned_response`] for a viewer-request handler, whose
/// results here are all requests.
fn apply_returned_request(
    event: &Event,
    returned: Returned,
    parts: &mut http::request::Parts,
) -> Result<(), BridgeError> {
    match returned {
        Returned::Event => Ok(()),
        Returned::Result(HandlerResult::Request(r)) => {
            apply_request_changes(&event.request, r, parts)
        }
        Returned::Result(HandlerResult::Response(_)) => Err(BridgeError("a response".into())),
    }
}

fn lines(headers: &http::HeaderMap) -> Vec<(String, Vec<u8>)> {
    headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
        .collect()
}

/// Header lines an origin may send (names `http` accepts).
fn origin_lines() -> impl Strategy<Value = Vec<(&'static str, &'static str)>> {
    let name = prop::sample::select(vec![
        "content-type",
        "via",
        "warning",
        "server",
        "set-cookie",
        "x-multi",
        "x-a",
        "location",
    ]);
    let value = prop::sample::select(vec!["1", "text/html", "", "id=1; Path=/", "caf"]);
    prop::collection::vec((name, value), 0..6)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn run_response_changes_is_run_returned_then_apply(
        changes in prop::collection::vec(change(), 0..6),
        origin_lines in origin_lines(),
        js2 in any::<bool>(),
    ) {
        let runtime = if js2 { Runtime::Js2 } else { Runtime::Js1 };
        let src = format!(
            "function handler(event) {{ var r = event.response; var h = r.headers; {} return r; }}",
            changes.concat()
        );
        let function = Function::compile(&src, runtime, &Limits::default(), "t.js")
            .expect("compiles");
        let mut worker = function.worker();
        let (request, _) = http::Request::get("/")
            .header("host", "h")
            .header("cookie", "c=1")
            .body(())
            .expect("request")
            .into_parts();
        let origin = origin(&origin_lines, 200);
        let mut event = request_event(&request, [192, 0, 2, 1].into(), &Context::default());
        fill_response_event(&mut event, &origin);
        let options = RunOptions::default();

        let ran = worker.run_returned(&event, &options);
        let mut general = origin.clone();
        let applied = ran
            .result
            .clone()
            .map(|r| apply_returned_response(&event, r, &mut general));
        let mut fused = origin.clone();
        let out = run_response_changes(&mut worker, &event, &options, &mut fused);
        prop_assert_eq!(out.result, applied, "{}", src);
        prop_assert_eq!(
            (out.steps, &out.logs, out.peak_memory),
            (ran.steps, &ran.logs, ran.peak_memory),
            "{}", src
        );
        prop_assert_eq!(fused.status, general.status);
        prop_assert_eq!(lines(&fused.headers), lines(&general.headers), "{}", src);
    }
}

/// One change a viewer-request handler makes (`r` is the request).
fn request_change() -> impl Strategy<Value = String> {
    let uri = prop::sample::select(vec![
        "'/'",
        "'/index.html'",
        "r.uri + '/'",
        "'/a b'",
        "'rel'",
        "'/caf\\u00e9'",
        "''",
        "5",
    ]);
    let name = prop::sample::select(REQUEST_NAMES).prop_map(js);
    let value = prop::sample::select(VALUES).prop_map(js);
    prop_oneof![
        4 => uri.prop_map(|u| format!("r.uri = {u};")),
        1 => Just("r.method = 'POST';".to_string()),
        4 => (name.clone(), value.clone())
            .prop_map(|(n, v)| format!("r.headers[{n}] = {{value: {v}}};")),
        1 => name.clone().prop_map(|n| format!("delete r.headers[{n}];")),
        1 => (name.clone(), name.clone())
            .prop_map(|(n, m)| format!("r.headers[{n}] = r.headers[{m}];")),
        1 => (name.clone(), value.clone())
            .prop_map(|(n, v)| format!("r.headers[{n}] = {{value: {v}, attributes: 'a'}};")),
        1 => (name.clone(), value)
            .prop_map(|(n, v)| format!("r.headers[{n}] = {{value: {v}, multiValue: [{{value: {v}}}]}};")),
        1 => name.prop_map(|n| format!("if (r.headers[{n}]) r.headers[{n}].value = 'changed';")),
        1 => Just("r.headers = {'x-b': {value: '2'}, host: r.headers.host};".to_string()),
        1 => Just("r.headers = r.querystring;".to_string()),
        1 => Just("r.querystring.q = {value: 'v'};".to_string()),
        1 => Just("r.cookies = r.querystring;".to_string()),
    ]
}

/// Header names of a request: the browser's, the read-only ones, and the
/// others of [`NAMES`].
const REQUEST_NAMES: &[&str] = &[
    "host",
    "user-agent",
    "accept",
    "content-length",
    "x-a",
    "via",
    "cookie",
    "set-cookie",
    "connection",
    "X-Up",
    "x a",
    "",
    "\u{e9}-x",
    "x-amz-cf-id",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn run_request_changes_is_run_returned_then_apply(
        changes in prop::collection::vec(request_change(), 0..5),
        path in prop::sample::select(vec!["/", "/docs", "/a/?q=1&q=2", "/x?a&b=", "/?"]),
        cookie in any::<bool>(),
        js2 in any::<bool>(),
    ) {
        let runtime = if js2 { Runtime::Js2 } else { Runtime::Js1 };
        let src = format!(
            "function handler(event) {{ var r = event.request; {} return r; }}",
            changes.concat()
        );
        let function = Function::compile(&src, runtime, &Limits::default(), "t.js")
            .expect("compiles");
        let mut worker = function.worker();
        let mut b = http::Request::get(path)
            .header("host", "h")
            .header("user-agent", "ua/1.0")
            .header("accept", "text/html")
            .header("accept", "*/*");
        if cookie {
            b = b.header("cookie", "a=1; b=2");
        }
        let (parts, _) = b.body(()).expect("request").into_parts();
        let event = request_event(&parts, [192, 0, 2, 1].into(), &Context::default());
        let options = RunOptions::default();

        let ran = worker.run_returned(&event, &options);
        let mut general = parts.clone();
        let applied = ran
            .result
            .clone()
            .map(|r| apply_returned_request(&event, r, &mut general));
        let mut fused = parts.clone();
        let out = run_request_changes(&mut worker, &event, &options, &mut fused);
        let out_result = out.result.map(|a| a.map(|f| match f {
            Forward::Origin => (),
            Forward::Viewer(_) => unreachable!("no handler here answers"),
        }));
        prop_assert_eq!(out_result, applied, "{}", src);
        prop_assert_eq!(
            (out.steps, &out.logs, out.peak_memory),
            (ran.steps, &ran.logs, ran.peak_memory),
            "{}", src
        );
        prop_assert_eq!(&fused.uri, &general.uri, "{}", src);
        prop_assert_eq!(lines(&fused.headers), lines(&general.headers), "{}", src);
    }
}

/// Header names of an event read from JSON, some of which no result may
/// hold: not lowercase, `cookie` (refused in a request), `set-cookie`
/// (refused in a response), disallowed, not a name.
fn event_names() -> impl Strategy<Value = Vec<&'static str>> {
    prop::sample::subsequence(
        vec![
            "host",
            "x-a",
            "Up",
            "cookie",
            "set-cookie",
            "x-edge-a",
            "x a",
        ],
        0..=3,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The event's own header names are checked once per layout (the
    /// template records whether they pass) and taken as passing on a
    /// copied event: on a copied event, the general path and the
    /// shortcuts, which keep the event's own entries, give what the
    /// general path gives on a built one, refused or not.
    #[test]
    fn a_copied_events_kept_headers_are_checked_as_a_built_ones(
        names in event_names(),
        response in any::<bool>(),
        add in any::<bool>(),
    ) {
        let src = format!(
            "function handler(event) {{ var r = event.response || event.request; {} return r; }}",
            if add { "r.headers['x-new'] = { value: 'v' };" } else { "" }
        );
        let function = Function::compile(&src, Runtime::Js2, &Limits::default(), "t.js")
            .expect("compiles");
        let headers: serde_json::Map<String, serde_json::Value> = names
            .iter()
            .map(|n| (n.to_string(), serde_json::json!({ "value": "v1" })))
            .collect();
        let mut json = serde_json::json!({
            "version": "1.0",
            "context": { "eventType": "viewer-request" },
            "viewer": { "ip": "192.0.2.1" },
            "request": { "method": "GET", "uri": "/", "headers": headers }
        });
        if response {
            json["context"]["eventType"] = serde_json::json!("viewer-response");
            json["response"] = serde_json::json!({ "statusCode": 200, "headers": headers });
        }
        let event = Event::from_json(&json.to_string()).expect("an event");
        let options = RunOptions::default();
        // What a fresh worker (a built event) gives, and what a worker
        // gives on a copy: the first run records the template, and the
        // later ones are copies.
        let ran = function.worker().run_returned(&event, &options).result;
        let mut worker = function.worker();
        worker.run_returned(&event, &options);
        prop_assert_eq!(&worker.run_returned(&event, &options).result, &ran, "{:?}", names);
        let (request, _) = http::Request::get("/").header("host", "h").body(()).expect("request").into_parts();
        if response {
            let origin = origin(&[("x-o", "1")], 200);
            let mut general = origin.clone();
            let applied = ran.map(|r| apply_returned_response(&event, r, &mut general));
            let mut fused = origin.clone();
            let out = run_response_changes(&mut worker, &event, &options, &mut fused);
            prop_assert_eq!(out.result, applied, "{:?}", names);
            prop_assert_eq!(lines(&fused.headers), lines(&general.headers));
        } else {
            let mut general = request.clone();
            let applied = ran.map(|r| apply_returned_request(&event, r, &mut general));
            let mut fused = request.clone();
            let out = run_request_changes(&mut worker, &event, &options, &mut fused);
            let out = out.result.map(|a| a.map(|_| ()));
            prop_assert_eq!(out, applied, "{:?}", names);
            prop_assert_eq!(lines(&fused.headers), lines(&general.headers));
        }
    }
}
