//! The charges of concatenation, `join`, the case conversions and
//! `Object.keys`: the steps a handler made of them costs, the most memory
//! it holds, and where it fails under every step and memory limit around
//! what it needs, pinned at what they were before those paths were made
//! faster. A change to where or how much they charge or check, or to how
//! their results are accounted, shows here.

use edgefn::runtime::{Event, Function, RunOptions};
use edgefn::{Limits, Runtime};

const HANDLER: &str = r#"
function handler(event) {
  var qs = { Q: 'shoes', utm_Source: 'mail', Color: 'red', '\u0130x': 'u', '\u0391\u03a3': 'g', 3: 'n' };
  var names = Object.keys(qs);
  var out = [];
  for (var r = 0; r < 3; r++) {
    for (var i = 0; i < names.length; i++) {
      var n = names[i].toLowerCase();
      var u = names[i].toUpperCase();
      var pair = n + '=' + qs[names[i]];
      out.push(pair + u);
      out.push([n, u, 'x', pair, n.toLowerCase(), 'y', 'caf\u00e9'].join('&'));
    }
    var big = { length: 1 };
    for (var k = 0; k < 20; k++) big['key' + k] = k;
    out.push(Object.keys(big).join(','));
    out.push('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.toLowerCase() + '\u00df'.toUpperCase() + 'abc'.toUpperCase());
    out.push(Object.keys(out).length + ['', 'a', '', 'b\u20ac'].join(''));
  }
  console.log(out.length + ' ' + out.join('|').length);
  return event.request;
}
"#;

/// A viewer-request event with one header (the index-rewrite example's).
const EVENT: &str = include_str!("../examples/index-rewrite/events/docs.json");

/// The steps the handler takes and the most memory it holds.
const STEPS: u64 = 22_340;
const PEAK: usize = 22_061;

/// Runs the handler under `limits`: its outcome as a line to compare.
fn run(limits: &Limits) -> String {
    let f = Function::compile(HANDLER, Runtime::Js2, limits, "charges.js").expect("compiles");
    let event = Event::from_json(EVENT).expect("event");
    let outcome = f.worker().run(&event, &RunOptions::default());
    let result = outcome.result.as_ref().err().map(|e| format!("{e:?}"));
    format!(
        "{:?} {} {} {:?}",
        result, outcome.steps, outcome.peak_memory, outcome.logs
    )
}

/// FNV-1a: a digest of many outcomes that is the same on every platform.
fn digest(lines: &[String]) -> u64 {
    lines
        .iter()
        .flat_map(|l| l.bytes())
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
}

#[test]
fn strings_and_keys_charge_what_they_charged_before() {
    let full = run(&Limits::default());
    // Every step limit and every memory limit up to what it needs.
    let under_steps: Vec<String> = (0..=STEPS)
        .map(|steps| {
            run(&Limits {
                steps,
                ..Limits::default()
            })
        })
        .collect();
    let under_memory: Vec<String> = (0..=PEAK)
        .map(|memory| {
            run(&Limits {
                memory,
                ..Limits::default()
            })
        })
        .collect();
    // The log line is checked against Node: the count and total length
    // of the results.
    assert_eq!(
        (full, digest(&under_steps), digest(&under_memory)),
        (
            format!("None {STEPS} {PEAK} [\"45 1232\"]"),
            16_241_178_355_913_568_365,
            10_169_853_371_916_572_337
        )
    );
}
