//! `edgefn-peers`: per-event cost of edgefn next to QuickJS, Boa and a
//! native Rust transform, on the same handlers and events, in one process
//! and one run.
//!
//! Every mode goes from event JSON text to result JSON text. The outputs are
//! checked to agree before anything is timed. Timing is interleaved: each
//! round runs one batch of every cell (engine × mode × handler), so a load
//! change on the machine hits every cell alike; a cell's figure is the
//! median (and 90th percentile) over rounds of the batch's mean time per
//! event. Time is the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), so
//! other processes taking the CPU away do not count; wall-clock medians
//! are shown beside it.
//!
//! Usage: `cargo run --release --manifest-path benches/peers/Cargo.toml --
//! [--rounds N] [--batch-ms MS]`.

mod cases;
mod engines;
mod native;

use cases::{CASES, Case};
use edgefn::runtime::{EventType, HandlerResult, Request, Response};
use engines::Runner;
use std::time::{Duration, Instant};

/// How a cell's runner is made, and where it is shown.
struct Mode {
    engine: &'static str,
    mode: &'static str,
    make: fn(&Case) -> Runner,
    /// Part of the side-by-side comparison (full JSON-to-JSON path), as
    /// opposed to a breakdown row.
    compared: bool,
}

const MODES: &[Mode] = &[
    Mode {
        engine: "edgefn",
        mode: "fresh state per event",
        make: engines::edgefn,
        compared: true,
    },
    Mode {
        engine: "native Rust",
        mode: "serde_json::Value",
        make: engines::native,
        compared: true,
    },
    Mode {
        engine: "QuickJS",
        mode: "reused context",
        make: engines::quickjs_reused,
        compared: true,
    },
    Mode {
        engine: "QuickJS",
        mode: "fresh runtime+context",
        make: engines::quickjs_fresh,
        compared: true,
    },
    Mode {
        engine: "Boa",
        mode: "reused context",
        make: engines::boa_reused,
        compared: true,
    },
    Mode {
        engine: "Boa",
        mode: "fresh context",
        make: engines::boa_fresh,
        compared: true,
    },
    Mode {
        engine: "serde_json",
        mode: "event parse + serialize only",
        make: engines::serde_round_trip,
        compared: false,
    },
    Mode {
        engine: "edgefn",
        mode: "Event::fill_from_json only",
        make: engines::edgefn_fill_only,
        compared: false,
    },
    Mode {
        engine: "edgefn",
        mode: "Worker::run only",
        make: engines::edgefn_run_only,
        compared: false,
    },
    Mode {
        engine: "edgefn",
        mode: "HandlerResult::to_json only",
        make: engines::edgefn_serialize_only,
        compared: false,
    },
];

struct Cell {
    case: usize,
    mode: usize,
    run: Runner,
    batch: u32,
    /// Per-batch mean thread CPU time per event, ns.
    means_ns: Vec<f64>,
    /// Per-batch mean wall-clock time per event, ns.
    wall_ns: Vec<f64>,
}

struct Settings {
    rounds: usize,
    batch: Duration,
    warmup: Duration,
}

fn settings() -> Settings {
    let mut s = Settings {
        rounds: 200,
        batch: Duration::from_millis(5),
        warmup: Duration::from_millis(200),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).and_then(|v| v.parse::<u64>().ok());
        match (args[i].as_str(), value) {
            ("--rounds", Some(n)) => s.rounds = n.max(1) as usize,
            ("--batch-ms", Some(n)) => s.batch = Duration::from_millis(n.max(1)),
            ("--warmup-ms", Some(n)) => s.warmup = Duration::from_millis(n),
            _ => {
                eprintln!("usage: edgefn-peers [--rounds N] [--batch-ms MS] [--warmup-ms MS]");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    s
}

fn main() {
    let settings = settings();
    print_machine();
    check_outputs();
    print_usage();

    let mut cells = Vec::new();
    for (c, case) in CASES.iter().enumerate() {
        for (m, mode) in MODES.iter().enumerate() {
            cells.push(Cell {
                case: c,
                mode: m,
                run: (mode.make)(case),
                batch: 1,
                means_ns: Vec::new(),
                wall_ns: Vec::new(),
            });
        }
    }
    for cell in &mut cells {
        let event = CASES[cell.case].event;
        let start = thread_cpu_ns();
        let mut n = 0u32;
        while n < 10 || thread_cpu_ns() - start < settings.warmup.as_nanos() as f64 {
            std::hint::black_box((cell.run)(event));
            n += 1;
        }
        let per_event = (thread_cpu_ns() - start) / 1e9 / f64::from(n);
        cell.batch = ((settings.batch.as_secs_f64() / per_event) as u32).max(1);
    }
    let load_before = load_average();
    let started = Instant::now();
    for _ in 0..settings.rounds {
        for cell in &mut cells {
            let event = CASES[cell.case].event;
            let wall = Instant::now();
            let cpu = thread_cpu_ns();
            for _ in 0..cell.batch {
                std::hint::black_box((cell.run)(std::hint::black_box(event)));
            }
            cell.means_ns
                .push((thread_cpu_ns() - cpu) / f64::from(cell.batch));
            cell.wall_ns
                .push(wall.elapsed().as_nanos() as f64 / f64::from(cell.batch));
        }
    }
    println!(
        "Timed {} rounds of {} ms batches per cell in {:.1} s; load average {} before, {} after.\n",
        settings.rounds,
        settings.batch.as_millis(),
        started.elapsed().as_secs_f64(),
        load_before,
        load_average()
    );
    print_tables(&cells);
}

/// This thread's CPU time, ns.
fn thread_cpu_ns() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    t.tv_sec as f64 * 1e9 + t.tv_nsec as f64
}

/// The median and 90th percentile of a cell's batch means (CPU time), µs.
fn stats(cell: &Cell) -> (f64, f64) {
    percentiles(&cell.means_ns)
}

/// The median and 90th percentile of batch means, µs.
fn percentiles(means_ns: &[f64]) -> (f64, f64) {
    let mut v = means_ns.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    let p90 = v[((n * 9).div_ceil(10)).saturating_sub(1)];
    (median / 1000.0, p90 / 1000.0)
}

fn micros(us: f64) -> String {
    if us < 10.0 {
        format!("{us:.2}")
    } else if us < 1000.0 {
        format!("{us:.1}")
    } else {
        format!("{us:.0}")
    }
}

fn print_tables(cells: &[Cell]) {
    let median = |case: usize, mode: usize| -> f64 {
        cells
            .iter()
            .find(|c| c.case == case && c.mode == mode)
            .map(|c| stats(c).0)
            .unwrap_or(f64::NAN)
    };
    let compared: Vec<usize> = (0..MODES.len()).filter(|&m| MODES[m].compared).collect();
    let header = |first: &str| {
        let names: Vec<String> = compared
            .iter()
            .map(|&m| format!("{} {}", MODES[m].engine, MODES[m].mode))
            .collect();
        println!("| {first} | {} |", names.join(" | "));
        println!("|---|{}", "---:|".repeat(names.len()));
    };

    println!("Median µs per event, thread CPU time (event JSON text → result JSON text):\n");
    header("handler");
    for (c, case) in CASES.iter().enumerate() {
        let row: Vec<String> = compared.iter().map(|&m| micros(median(c, m))).collect();
        println!("| {} | {} |", case.name, row.join(" | "));
    }

    println!("\nRatio edgefn / peer (below 1: edgefn is faster):\n");
    let peers = &compared[1..];
    let names: Vec<String> = peers
        .iter()
        .map(|&m| format!("{} {}", MODES[m].engine, MODES[m].mode))
        .collect();
    println!("| handler | {} |", names.join(" | "));
    println!("|---|{}", "---:|".repeat(names.len()));
    for (c, case) in CASES.iter().enumerate() {
        let ours = median(c, 0);
        let row: Vec<String> = peers
            .iter()
            .map(|&m| format!("{:.2}", ours / median(c, m)))
            .collect();
        println!("| {} | {} |", case.name, row.join(" | "));
    }

    println!(
        "\nEvery cell (µs per event: median and p90 of per-batch means of thread CPU time, then the wall-clock median; batch = events per timed batch):\n"
    );
    println!("| handler | engine | mode | median | p90 | edgefn / this | wall median | batch |");
    println!("|---|---|---|---:|---:|---:|---:|---:|");
    for cell in cells {
        let (med, p90) = stats(cell);
        let mode = &MODES[cell.mode];
        println!(
            "| {} | {} | {} | {} | {} | {:.2} | {} | {} |",
            CASES[cell.case].name,
            mode.engine,
            mode.mode,
            micros(med),
            micros(p90),
            median(cell.case, 0) / med,
            micros(percentiles(&cell.wall_ns).0),
            cell.batch
        );
    }
}

/// Runs every full mode on every case (twice, so reused state is
/// exercised) and checks that the results agree: the peers' JSON texts
/// must be equal as parsed JSON, and, read as CloudFront results, equal
/// edgefn's `FunctionOutput`.
fn check_outputs() {
    for case in CASES {
        let event: serde_json::Value = serde_json::from_str(case.event).expect("event JSON");
        let event_type = EventType::from_name(event["context"]["eventType"].as_str().unwrap_or(""))
            .expect("event type");
        let mut edgefn_out = None;
        let mut peer_out: Option<(String, serde_json::Value)> = None;
        for mode in MODES.iter().filter(|m| m.compared) {
            let mut run = (mode.make)(case);
            let first = run(case.event);
            let second = run(case.event);
            assert_eq!(
                parse(&first),
                parse(&second),
                "{} {}: second event differs",
                mode.engine,
                mode.mode
            );
            let label = format!("{} ({})", mode.engine, mode.mode);
            if edgefn_out.is_none() {
                edgefn_out = Some(parse(&first));
                continue;
            }
            let value = parse(&first);
            let as_result = as_function_output(&value, event_type);
            assert_eq!(
                Some(&as_result),
                edgefn_out.as_ref(),
                "{}: {label} disagrees with edgefn:\n{first}",
                case.name
            );
            match &peer_out {
                None => peer_out = Some((label, value)),
                Some((other, expected)) => {
                    assert_eq!(
                        &value, expected,
                        "{}: {label} disagrees with {other}:\n{first}",
                        case.name
                    )
                }
            }
        }
        println!(
            "{}: outputs agree: {}",
            case.name,
            peer_out.map(|(_, v)| v.to_string()).unwrap_or_default()
        );
    }
    println!();
}

fn parse(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// A handler's returned object as CloudFront's `FunctionOutput`, read
/// through edgefn's result types (which add the defaults CloudFront adds).
fn as_function_output(value: &serde_json::Value, event_type: EventType) -> serde_json::Value {
    let is_response = event_type == EventType::ViewerResponse || value.get("statusCode").is_some();
    let result = if is_response {
        HandlerResult::Response(
            serde_json::from_value::<Response>(value.clone()).expect("a response"),
        )
    } else {
        HandlerResult::Request(serde_json::from_value::<Request>(value.clone()).expect("a request"))
    };
    parse(&result.to_json())
}

fn print_usage() {
    println!("edgefn per event (steps; peak arena bytes, Outcome::peak_memory):\n");
    println!("| handler | steps | peak arena bytes |");
    println!("|---|---:|---:|");
    for case in CASES {
        let (steps, peak) = engines::edgefn_usage(case);
        println!(
            "| {} | {steps} | {peak} ({:.1} KiB) |",
            case.name,
            peak as f64 / 1024.0
        );
    }
    println!();
}

fn print_machine() {
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|r| r.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let lock = include_str!("../Cargo.lock");
    println!(
        "Machine: {cpus} CPUs ({model}); peers: rquickjs {}, boa_engine {}; one thread.\n",
        locked_version(lock, "rquickjs"),
        locked_version(lock, "boa_engine")
    );
}

/// The version `Cargo.lock` pins for a package.
fn locked_version(lock: &str, name: &str) -> String {
    let needle = format!("name = \"{name}\"\nversion = \"");
    lock.find(&needle)
        .and_then(|at| lock[at + needle.len()..].split('"').next())
        .unwrap_or("?")
        .to_string()
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}
