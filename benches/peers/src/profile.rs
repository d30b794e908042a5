//! `profile`: a small driver for profilers. Runs one example handler many
//! times in one worker, through edgefn's JSON path (event JSON text → one
//! event filled again for each text by `Event::fill_from_json` →
//! `Worker::run_to_json`) or its embedding path
//! (`http` request parts → one event refilled per request →
//! `http::run_request_changes` or `http::run_response_changes`, which run
//! the handler and apply its result to the parts).
//!
//! `profile HANDLER [EVENTS] [json|embedding]`, HANDLER one of the names in
//! `cases.rs` or `empty` (`return event.request`). For callgrind, collect
//! only the measured loop:
//! `valgrind --tool=callgrind --toggle-collect='profile::run_*' target/release/profile index-rewrite 5000`.

mod cases;

use cases::{CASES, Case};
use edgefn::http::{
    Context, Forward, fill_request_event, fill_response_event, request_event,
    run_request_changes, run_response_changes,
};
use edgefn::runtime::{Event, EventType, Function, RunOptions, Worker};
use edgefn::{Limits, Runtime};

const EMPTY: Case = Case {
    name: "empty",
    file: "function handler(event) { return event.request }",
    event: include_str!("../../../examples/index-rewrite/events/docs.json"),
};

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "security-headers".into());
    let events: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let path = args.next().unwrap_or_else(|| "json".into());
    let Some(case) = CASES.iter().chain([&EMPTY]).find(|c| c.name == name) else {
        let names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
        eprintln!("unknown handler {name:?}; one of {names:?} or \"empty\"");
        std::process::exit(2);
    };
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name)
        .expect("compiles");
    let mut worker = function.worker();
    let out = match path.as_str() {
        "json" => run_json(&mut worker, case.event, events),
        "embedding" => run_embedding(&mut worker, case, events),
        other => {
            eprintln!("unknown path {other:?}: json or embedding");
            std::process::exit(2);
        }
    };
    println!("{name} ({path}): {events} events, checksum {out}");
}

/// The JSON path's loop, one event filled from the text for every run;
/// kept out of line so a profiler can select it.
#[inline(never)]
fn run_json(worker: &mut Worker, text: &str, events: u32) -> usize {
    let options = RunOptions::default();
    let mut bytes = 0;
    let mut event = Event::empty();
    for _ in 0..events {
        event.fill_from_json(std::hint::black_box(text)).expect("event");
        bytes += worker.run_to_json(&event, &options).result.expect("runs").len();
    }
    bytes
}

/// The embedding path's loop, as `benches/runtime.rs` measures it: the
/// request line and headers of the case's event as `http` parts.
#[inline(never)]
fn run_embedding(worker: &mut Worker, case: &Case, events: u32) -> usize {
    let event = Event::from_json(case.event).expect("event");
    let uri = match &event.raw_query {
        Some(q) => format!("{}?{q}", event.request.uri),
        None => event.request.uri.clone(),
    };
    let mut builder = http::Request::get(uri);
    for (name, entry) in &event.request.headers.0 {
        builder = builder.header(name, &entry.value);
    }
    let (parts, _) = builder.body(()).expect("request").into_parts();
    let mut origin = http::Response::builder().status(200);
    for (name, entry) in event.response.iter().flat_map(|r| &r.headers.0) {
        origin = origin.header(name, &entry.value);
    }
    let (origin, _) = origin.body(()).expect("response").into_parts();
    let viewer_response = event.event_type() == EventType::ViewerResponse;
    let options = RunOptions::default();
    let mut n = 0;
    // One event refilled for every request, as `edgefn serve` does.
    let viewer = [192, 0, 2, 1].into();
    let mut reused = request_event(&parts, viewer, &Context::default());
    let mut request = parts.clone();
    for _ in 0..events {
        if viewer_response {
            // The response part goes aside for the next response, as the
            // proxy's pooled events keep it.
            let spare = reused.response.take();
            fill_request_event(&mut reused, &parts, viewer, &Context::default());
            reused.response = spare;
            fill_response_event(&mut reused, &origin);
            // A proxy writes into the response it owns; here a copy stands
            // for it.
            let mut response = origin.clone();
            let outcome = run_response_changes(worker, &reused, &options, &mut response);
            n += outcome.result.expect("runs").expect("applies").map_or(0, |b| b.len());
            n += response.headers.len();
            continue;
        }
        fill_request_event(&mut reused, &parts, viewer, &Context::default());
        // A proxy changes the request it owns; here a copy stands for it,
        // its URI put back after each event (the cases' handlers change no
        // request header).
        let outcome = run_request_changes(worker, &reused, &options, &mut request);
        match outcome.result.expect("runs").expect("applies") {
            Forward::Origin => n += request.headers.len(),
            Forward::Viewer(response) => n += response.headers().len(),
        }
        if request.uri.path_and_query() != parts.uri.path_and_query() {
            request.uri = parts.uri.clone();
        }
        n += 1;
    }
    n
}
