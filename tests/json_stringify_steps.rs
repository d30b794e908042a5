//! `JSON.stringify`'s charges: the steps a function that serializes many
//! kinds of value costs (the compute budget CloudFront reports as
//! ComputeUtilization) and the most memory it holds, pinned at what they
//! were before the serializer was made faster. A change to where or how
//! much it charges, or to how its result is accounted, shows here.

use edgefn::runtime::{Event, Function, RunOptions};
use edgefn::{Limits, Runtime};

const HANDLER: &str = r#"
function handler(event) {
  var wide = 'caf\u00e9 \u20ac "q" \\ \u0001 \ud800';
  var long = 'abcdefghij';
  for (var i = 0; i < 10; i++) long += long;
  var rows = [];
  for (var j = 0; j < 40; j++) rows.push({ id: j, name: 'row' + j, tags: ['a', 'b'], hole: [, j], nested: { v: j / 4, w: wide } });
  var sized = [];
  sized.push(JSON.stringify(event).length);
  sized.push(JSON.stringify(event.request, null, 2).length);
  sized.push(JSON.stringify(rows).length);
  sized.push(JSON.stringify(rows, null, '\u20ac').length);
  sized.push(JSON.stringify(rows, ['id', 'nested', 'v']).length);
  sized.push(JSON.stringify(rows, function (k, v) { return k === 'tags' ? undefined : v; }).length);
  sized.push(JSON.stringify([long, long, long, long, long]).length);
  sized.push(JSON.stringify([long, wide, long, long, long]).length);
  sized.push(JSON.stringify({ d: new Date(0), t: { toJSON: function (k) { return k; } } }).length);
  console.log(JSON.stringify(sized));
  return event.request;
}
"#;

/// A viewer-request event with one header (the index-rewrite example's).
const EVENT: &str = include_str!("../examples/index-rewrite/events/docs.json");

#[test]
fn stringify_charges_what_it_charged_before() {
    let f =
        Function::compile(HANDLER, Runtime::Js2, &Limits::default(), "steps.js").expect("compiles");
    let mut worker = f.worker();
    let event = Event::from_json(EVENT).expect("event");
    let outcome = worker.run(&event, &RunOptions::default());
    assert!(outcome.result.is_ok(), "{:?}", outcome.result.err());
    // Checked against Node: the lengths of the results.
    assert_eq!(
        outcome.logs,
        ["[206,150,4531,6892,1151,3851,51216,41005,40]"]
    );
    assert_eq!(outcome.steps, 34_052);
    assert_eq!(outcome.peak_memory, 207_412);
}
