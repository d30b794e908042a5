//! `runtime`: per-event cost of whole CloudFront events, for the three
//! typical handlers of the performance issue (security headers on
//! viewer-response, index.html rewrite, query-string normalisation with a
//! 301), an empty handler and the 10 KB function of the compile bench:
//!
//! - `json/*`: event JSON text → one `Event` filled again for each run
//!   (`Event::fill_from_json`) → `Worker::run_to_json` → `FunctionOutput`
//!   JSON text (what `edgefn test` produces);
//! - `embedding/*`: `http` request parts → event → run → result applied to
//!   the parts (what an edge proxy does: `http::run_request_changes` and
//!   `http::run_response_changes`, which run the handler and apply its
//!   result in one step).
//!
//! The setup prints each handler's steps and peak arena bytes per event.

use criterion::{Criterion, criterion_group, criterion_main};
use edgefn::http::{
    Context, Forward, fill_request_event, fill_response_event, request_event, run_request_changes,
    run_response_changes,
};
use edgefn::runtime::{Event, Function, RunOptions};
use edgefn::{Limits, Runtime};
use std::hint::black_box;

struct Case {
    name: &'static str,
    source: &'static str,
    event: &'static str,
    uri: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "empty",
        source: "function handler(event) { return event.request }",
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        uri: "/docs",
    },
    Case {
        name: "security_headers",
        source: include_str!("../examples/add-security-headers/handler.js"),
        event: include_str!("../examples/add-security-headers/events/page.json"),
        uri: "/index.html",
    },
    Case {
        name: "index_rewrite",
        source: include_str!("../examples/index-rewrite/handler.js"),
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        uri: "/docs",
    },
    Case {
        name: "query_normalize_301",
        source: include_str!("../examples/normalize-query-string/handler.js"),
        event: include_str!("../examples/normalize-query-string/events/messy.json"),
        uri: "/search?Q=shoes&utm_source=mail&color=red&color=blue",
    },
    // The 10 KB function of the compile bench (a redirect table and
    // twenty functions declared at the top level), answering with its
    // first redirect: what a large function costs per event beyond its
    // handler's work.
    Case {
        name: "large_10k",
        source: include_str!("fixtures/large-10k.js"),
        event: include_str!("../examples/index-rewrite/events/docs.json"),
        uri: "/docs",
    },
];

fn runtime(c: &mut Criterion) {
    let options = RunOptions::default();
    for case in CASES {
        let function = Function::compile(case.source, Runtime::Js2, &Limits::default(), case.name)
            .expect("compiles");
        let mut worker = function.worker();
        let event = Event::from_json(case.event).expect("event");
        let outcome = worker.run(&event, &options);
        assert!(
            outcome.result.is_ok(),
            "{}: {:?}",
            case.name,
            outcome.result
        );
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
        let (parts, _) = http::Request::get(case.uri)
            .header("host", "www.example.com")
            .header("user-agent", "bench/1.0")
            .header("accept", "text/html")
            .body(())
            .expect("request")
            .into_parts();
        let (origin, _) = http::Response::builder()
            .status(200)
            .header("content-type", "text/html; charset=UTF-8")
            .body(())
            .expect("response")
            .into_parts();
        let viewer_response = event.event_type() == edgefn::runtime::EventType::ViewerResponse;
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
                // for it, its URI put back after each event (no case's
                // handler changes a request header).
                let outcome = run_request_changes(&mut worker, &reused, &options, &mut request);
                let sent = match outcome.result.expect("runs").expect("applies") {
                    Forward::Origin => 0,
                    Forward::Viewer(response) => response.status().as_u16(),
                };
                if request.uri.path_and_query() != parts.uri.path_and_query() {
                    request.uri = parts.uri.clone();
                }
                sent
            })
        });
    }
}

criterion_group!(benches, runtime);
criterion_main!(benches);
