//! `profile`: a small driver for profilers. Runs edgefn's JSON path (event
//! JSON text → `Event::from_json` → `Worker::run` → `HandlerResult::to_json`)
//! on one example handler, many times, in one worker.
//!
//! `profile HANDLER [EVENTS]` with HANDLER one of the names in `cases.rs`;
//! for callgrind, collect only `run_events`:
//! `valgrind --tool=callgrind --toggle-collect='profile::run_events' target/release/profile index-rewrite 20000`.

mod cases;

use cases::CASES;
use edgefn::runtime::{Event, Function, RunOptions, Worker};
use edgefn::{Limits, Runtime};

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "security-headers".into());
    let events: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let Some(case) = CASES.iter().find(|c| c.name == name) else {
        let names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
        eprintln!("unknown handler {name:?}; one of {names:?}");
        std::process::exit(2);
    };
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name).expect("compiles");
    let mut worker = function.worker();
    let bytes = run_events(&mut worker, case.event, events);
    println!("{name}: {events} events, {bytes} output bytes");
}

/// The measured loop; kept out of line so a profiler can select it.
#[inline(never)]
fn run_events(worker: &mut Worker, text: &str, events: u32) -> usize {
    let options = RunOptions::default();
    let mut bytes = 0;
    for _ in 0..events {
        let event = Event::from_json(std::hint::black_box(text)).expect("event");
        let outcome = worker.run(&event, &options);
        bytes += outcome.result.expect("runs").to_json().len();
    }
    bytes
}
