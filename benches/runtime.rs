//! `runtime`: per-event cost of whole CloudFront events, for every
//! function in `examples/` (each on the event of its own that does the most
//! work), an empty handler (on the examples' small request and on a
//! browser's, with a dozen headers), add-security-headers on a browser's
//! request and a ten-header origin response, one that adds a request
//! header and the 10 KB function of the compile bench:
//!
//! - `json/*`: event JSON text → one `Event` filled again for each run
//!   (`Event::fill_from_json`) → `Worker::run_to_json` → `FunctionOutput`
//!   JSON text (what `edgefn test` produces);
//! - `embedding/*`: `http` request parts → event → run → result applied to
//!   the parts (what an edge proxy does: `http::run_request_changes` and
//!   `http::run_response_changes`, which run the handler and apply its
//!   result in one step). The parts are the event's request (and origin
//!   response), with the `user-agent` and `accept` headers a browser sends.
//!
//! The setup prints each handler's steps and peak arena bytes per event.

use criterion::{Criterion, criterion_group, criterion_main};
use edgefn::http::{
    Context, Forward, fill_request_event, fill_response_event, request_event, run_request_changes,
    run_response_changes,
};
use edgefn::runtime::{Event, EventType, Function, InMemoryKvs, RunOptions};
use edgefn::{Limits, Runtime};
use std::hint::black_box;
use std::sync::Arc;

struct Case {
    name: &'static str,
    source: &'static str,
    event: &'static str,
    /// The key value store the handler reads, in the import format.
    kvs: Option<&'static str>,
    /// The output the example's tests expect for the event.
    expected: Option<&'static str>,
}

/// An example's handler and one of its events.
macro_rules! example {
    ($name:literal, $dir:literal, $event:literal) => {
        Case {
            name: $name,
            source: include_str!(concat!("../examples/", $dir, "/handler.js")),
            event: include_str!(concat!("../examples/", $dir, "/events/", $event, ".json")),
            kvs: None,
            expected: Some(include_str!(concat!(
                "../examples/",
                $dir,
                "/events/",
                $event,
                ".expected.json"
            ))),
        }
    };
}

const CASES: &[Case] = &[
    Case {
        name: "empty",
        source: "function handler(event) { return event.request }",
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        kvs: None,
        expected: None,
    },
    // The empty handler on what a browser sends: a dozen headers and two
    // cookies. Most of an event's cost is per header (made into the event,
    // its texts into the heap, checked when handed back).
    Case {
        name: "browser_request",
        source: "function handler(event) { return event.request }",
        event: include_str!("fixtures/browser-request.json"),
        kvs: None,
        expected: None,
    },
    // add-security-headers on a browser's request and an origin's
    // response of ten headers: what a proxy's viewer-response events carry.
    Case {
        name: "browser_response",
        source: include_str!("../examples/add-security-headers/handler.js"),
        event: include_str!("fixtures/browser-response.json"),
        kvs: None,
        expected: None,
    },
    // The commonest request change after a new URI: a header added (what
    // `http::run_request_changes` writes from the heap).
    Case {
        name: "request_header",
        source: "function handler(event) { var r = event.request; r.headers['x-edge'] = { value: 'yes' }; return r }",
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        kvs: None,
        expected: None,
    },
    // The three typical handlers of the performance issue.
    example!("security_headers", "add-security-headers", "page"),
    example!("index_rewrite", "index-rewrite", "docs"),
    example!("query_normalize_301", "normalize-query-string", "messy"),
    // The other examples.
    example!("ab_test_cookie", "ab-test-cookie", "returning"),
    example!(
        "cors_preflight",
        "cors-preflight",
        "preflight-app.example.com"
    ),
    Case {
        kvs: Some(include_str!("../examples/kvs-redirect/redirects.json")),
        ..example!("kvs_redirect", "kvs-redirect", "about-us")
    },
    example!("redirect_by_country", "redirect-by-country", "viewer-DE"),
    example!("spa_rewrite", "spa-rewrite", "app-settings"),
    example!("verify_jwt", "verify-jwt", "valid"),
    // The 10 KB function of the compile bench (a redirect table and
    // twenty functions declared at the top level), answering with its
    // first redirect: what a large function costs per event beyond its
    // handler's work.
    Case {
        name: "large_10k",
        source: include_str!("fixtures/large-10k.js"),
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        kvs: None,
        expected: None,
    },
];

/// The runtime a handler's header names (`Runtime: cloudfront-js-1.0 or
/// 2.0`): 2.0 when it is one of them or none is named.
fn runtime_of(source: &str) -> Runtime {
    match source.lines().find(|l| l.contains("Runtime:")) {
        Some(line) if !line.contains("2.0") => Runtime::Js1,
        _ => Runtime::Js2,
    }
}

/// The time the examples' tests run at (`--now 2025-06-01T12:00:00Z`), so
/// that the token of `verify-jwt` is current.
const NOW_MS: f64 = 1_748_779_200_000.0;

/// Header lines with the values of `entries`, a `multiValue` one line per
/// value.
fn header_lines(entries: &edgefn::runtime::Entries) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for (name, entry) in &entries.0 {
        for e in entry.values() {
            lines.push((name.clone(), e.value.clone()));
        }
    }
    lines
}

/// The request of `event` as `http` parts, with its query string and its
/// cookies in one `cookie` header, and the browser headers above.
fn request_parts(event: &Event) -> http::request::Parts {
    let r = &event.request;
    let uri = match &event.raw_query {
        Some(q) if !q.is_empty() => format!("{}?{q}", r.uri),
        _ => r.uri.clone(),
    };
    let mut builder = http::Request::builder().method(r.method.as_str()).uri(uri);
    let mut lines = header_lines(&r.headers);
    for (name, value) in [("user-agent", "bench/1.0"), ("accept", "text/html")] {
        if r.headers.get(name).is_none() {
            lines.push((name.into(), value.into()));
        }
    }
    let cookies: Vec<String> = header_lines(&r.cookies)
        .into_iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    if !cookies.is_empty() {
        lines.push(("cookie".into(), cookies.join("; ")));
    }
    for (name, value) in lines {
        builder = builder.header(name, value);
    }
    builder.body(()).expect("request").into_parts().0
}

/// The origin's response of a viewer-response `event` as `http` parts.
fn response_parts(event: &Event) -> http::response::Parts {
    let mut builder = http::Response::builder();
    if let Some(r) = &event.response {
        builder = builder.status(r.status_code);
        for (name, value) in header_lines(&r.headers) {
            builder = builder.header(name, value);
        }
    }
    builder.body(()).expect("response").into_parts().0
}

fn runtime(c: &mut Criterion) {
    let options = RunOptions {
        clock_ms: NOW_MS,
        seed: NOW_MS as u64,
        ..RunOptions::default()
    };
    for case in CASES {
        let mut function = Function::compile(
            case.source,
            runtime_of(case.source),
            &Limits::default(),
            case.name,
        )
        .expect("compiles");
        if let Some(text) = case.kvs {
            let store = InMemoryKvs::from_import_json(case.name, text).expect("store");
            function = function.with_kvs(Arc::new(store));
        }
        let mut worker = function.worker();
        let event = Event::from_json(case.event).expect("event");
        let outcome = worker.run(&event, &options);
        assert!(
            outcome.result.is_ok(),
            "{}: {:?}",
            case.name,
            outcome.result
        );
        // What is measured is the run the example's tests check.
        if let Some(expected) = case.expected {
            let output = worker.run_to_json(&event, &options).result.expect("runs");
            let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON");
            assert_eq!(parse(&output), parse(expected), "{}", case.name);
        }
        eprintln!(
            "{}: {} steps, peak arena {} bytes per event",
            case.name, outcome.steps, outcome.peak_memory
        );
        // One event filled from the text for every run, as a thread that
        // handles many events keeps one.
        let mut filled = Event::empty();
        c.bench_function(&format!("json/{}", case.name), |b| {
            b.iter(|| {
                filled.fill_from_json(black_box(case.event)).expect("event");
                let outcome = worker.run_to_json(&filled, &options);
                black_box(outcome.result.expect("runs"))
            })
        });
        let parts = request_parts(&event);
        let origin = response_parts(&event);
        let viewer_response = event.event_type() == EventType::ViewerResponse;
        // One event refilled for every request, as `edgefn serve` does.
        let viewer = [192, 0, 2, 1].into();
        let mut reused = request_event(&parts, viewer, &Context::default());
        let mut request = parts.clone();
        c.bench_function(&format!("embedding/{}", case.name), |b| {
            b.iter(|| {
                if viewer_response {
                    // The response part goes aside for the next response, as the
                    // proxy's pooled events keep it.
                    let spare = reused.response.take();
                    fill_request_event(&mut reused, &parts, viewer, &Context::default());
                    reused.response = spare;
                    fill_response_event(&mut reused, &origin);
                    // A proxy writes into the response it owns; here a
                    // copy stands for it.
                    let mut response = origin.clone();
                    let outcome =
                        run_response_changes(&mut worker, &reused, &options, &mut response);
                    return outcome.result.expect("runs").map(|_| 1).expect("applies");
                }
                fill_request_event(&mut reused, &parts, viewer, &Context::default());
                // A proxy changes the request it owns; here a copy stands
                // for it. The event is refilled from `parts` every time, so
                // the copy is put back only when it grew or its URI moved.
                let outcome = run_request_changes(&mut worker, &reused, &options, &mut request);
                let sent = match outcome.result.expect("runs").expect("applies") {
                    Forward::Origin => 0,
                    Forward::Viewer(response) => response.status().as_u16(),
                };
                if request.uri != parts.uri || request.headers.len() != parts.headers.len() {
                    request.uri = parts.uri.clone();
                    request.headers = parts.headers.clone();
                }
                sent
            })
        });
    }
}

criterion_group!(benches, runtime);
criterion_main!(benches);
