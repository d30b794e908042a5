//! Property test of the CloudFront runtime: arbitrary event JSON (valid,
//! nearly valid and garbage) is either refused by `Event::from_json` or
//! runs; arbitrary handler results are either accepted or refused with a
//! validation error naming a field, and `Worker::run_to_json` gives what
//! `HandlerResult::to_json` makes of `Worker::run`'s result. Nothing
//! panics. A reused worker gives every event a fresh worker's outcome,
//! whatever it kept from the last event: property hints, host buffers,
//! a copy of the top level's result.

use edgefn::runtime::{EdgeLocation, Event, Function, FunctionError, RunOptions};
use edgefn::{Limits, Runtime};
use proptest::prelude::*;
use serde_json::{Map, Value as Json, json};

/// JSON values biased towards the event's own field names and shapes.
fn json_value() -> impl Strategy<Value = Json> {
    let names = prop::sample::select(vec![
        "version",
        "context",
        "eventType",
        "viewer",
        "ip",
        "request",
        "response",
        "method",
        "uri",
        "querystring",
        "headers",
        "cookies",
        "value",
        "multiValue",
        "attributes",
        "statusCode",
        "statusDescription",
        "body",
        "data",
        "encoding",
        "host",
        "via",
        "x-a",
        "X-Up",
        "",
    ]);
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        prop::sample::select(vec![0.5, -0.0, 1e300, 200.0, 302.0, 99.0, 600.0])
            .prop_map(|n| json!(n)),
        prop::sample::select(vec![
            "viewer-request",
            "viewer-response",
            "GET",
            "/",
            "",
            "a b",
            "text",
            "base64",
            "!!"
        ])
        .prop_map(|s| json!(s)),
        "\\PC{0,12}".prop_map(Json::String),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec((names.clone(), inner), 0..6).prop_map(|kv| Json::Object(
                kv.into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect::<Map<_, _>>()
            )),
        ]
    })
}

/// A well-formed event with `patch` merged into its request (so most
/// generated events get past parsing and reach the handler).
fn event_with(patch: &Json, event_type: &str) -> String {
    let mut e = json!({
        "version": "1.0",
        "context": { "eventType": event_type },
        "viewer": { "ip": "192.0.2.1" },
        "request": { "method": "GET", "uri": "/", "headers": { "host": { "value": "h" } } },
        "response": { "statusCode": 200, "headers": {} }
    });
    if let (Some(req), Json::Object(p)) = (e["request"].as_object_mut(), patch) {
        for (k, v) in p {
            req.insert(k.clone(), v.clone());
        }
    }
    e.to_string()
}

/// Handlers that pass the event through, rebuild it from JSON text, and
/// return the generated value itself as the result.
const HANDLERS: &[&str] = &[
    "function handler(e) { return e.request; }",
    "function handler(e) { return e.response || e.request; }",
    "function handler(e) { var r = e.request; r.headers['x-n'] = { value: String(r.uri) }; return r; }",
    "function handler(e) { return RESULT; }",
    "function handler(e) { var r = e.request; r.uri += 'index.html'; return r; }",
    "function handler(e) { var r = e.request; r.uri = RESULT; return r; }",
];

fn run(handler: &str, event: &Event) {
    let limits = Limits {
        steps: 50_000,
        memory: 512 * 1024,
        ..Limits::default()
    };
    for runtime in [Runtime::Js1, Runtime::Js2] {
        let Ok(f) = Function::compile(handler, runtime, &limits, "fuzz.js") else {
            return;
        };
        let mut worker = f.worker();
        let outcome = worker.run(event, &RunOptions::default());
        if let Err(FunctionError::Validation { field, .. }) = &outcome.result {
            assert!(!field.is_empty(), "a validation error must name its field");
        }
        // The JSON path writes some results from the event itself: it
        // must give what `to_json` makes of `run`'s result.
        let json = worker.run_to_json(event, &RunOptions::default());
        assert_eq!(
            json.result,
            outcome.result.map(|r| r.to_json()),
            "{handler}"
        );
        assert_eq!(
            (json.steps, &json.logs, json.peak_memory),
            (outcome.steps, &outcome.logs, outcome.peak_memory),
            "{handler}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_event_parsing(v in json_value()) {
        let _ = Event::from_json(&v.to_string());
    }

    #[test]
    fn arbitrary_requests_and_results_never_panic(patch in json_value(), result in json_value(), response in any::<bool>()) {
        let text = event_with(&patch, if response { "viewer-response" } else { "viewer-request" });
        if let Ok(event) = Event::from_json(&text) {
            for h in HANDLERS {
                let src = h.replace("RESULT", &result.to_string());
                run(&src, &event);
            }
        }
    }
}

/// Reads and writes properties whose places differ from event to event:
/// the entry maps' names in any order, entries with and without
/// `multiValue`.
const READER: &str = "function handler(event) {
  var r = event.request, h = r.headers, q = r.querystring, out = [];
  var names = ['a', 'b', 'c', 'd'];
  for (var i = 0; i < names.length; i++) {
    var e = q[names[i]];
    out.push(e ? e.value + (e.multiValue ? e.multiValue.length : '') : '-');
  }
  out.push(h.a ? h.a.value : '-', h.b ? h.b.value : '-', h.c ? h.c.value.length : '-');
  if (q.b) h['x-out'] = { value: out.join(',') + r.uri.toUpperCase() };
  if (q.c && h.a) h.a.value = h.a.value + '!';
  r.uri += out.length;
  return r;
}";

/// A viewer-request event with `headers` (name, value) and `query`
/// parameters (name, value, how many times the parameter is repeated: two
/// or more give a `multiValue`), in the order given.
fn entry_event(headers: &[(String, String)], query: &[(String, String, usize)]) -> String {
    let headers: Map<String, Json> = headers
        .iter()
        .map(|(n, v)| (n.clone(), json!({ "value": v })))
        .collect();
    let query: Map<String, Json> = query
        .iter()
        .map(|(n, v, repeats)| {
            let entry = match repeats {
                0 | 1 => json!({ "value": v }),
                n => json!({ "value": v, "multiValue": vec![json!({ "value": v }); *n] }),
            };
            (n.clone(), entry)
        })
        .collect();
    json!({
        "version": "1.0",
        "context": { "eventType": "viewer-request" },
        "viewer": { "ip": "192.0.2.1" },
        "request": { "method": "GET", "uri": "/p", "headers": headers, "querystring": query }
    })
    .to_string()
}

fn entry_names() -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(vec!["a", "b", "c", "d", "e"], 0..=5)
        .prop_shuffle()
        .prop_map(|v| v.into_iter().map(String::from).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A worker keeps what it learnt about property places from one event
    /// to the next; whatever it kept, every event has the outcome (result,
    /// steps, memory) a fresh worker gives it.
    #[test]
    fn a_reused_worker_gives_each_event_a_fresh_workers_outcome(
        events in prop::collection::vec((entry_names(), entry_names(), "[a-z]{0,3}", 0usize..3), 1..6)
    ) {
        for runtime in [Runtime::Js1, Runtime::Js2] {
            let f = Function::compile(READER, runtime, &Limits::default(), "reader.js").expect("compiles");
            let mut reused = f.worker();
            for (headers, query, value, repeats) in &events {
                let headers: Vec<_> = headers.iter().map(|n| (n.clone(), format!("{n}{value}"))).collect();
                let query: Vec<_> = query.iter().map(|n| (n.clone(), value.clone(), *repeats)).collect();
                let event = Event::from_json(&entry_event(&headers, &query)).expect("an event");
                let options = RunOptions::default();
                let again = reused.run(&event, &options);
                prop_assert!(again.result.is_ok(), "{:?}", again.result);
                prop_assert_eq!(again, f.worker().run(&event, &options));
            }
        }
    }
}

/// A worker reuses the last event's host state (its buffers); nothing the
/// last event had or left there (query string, edge location, logs,
/// custom log data, origin change) reaches the next one: each event's
/// outcome is the one a fresh worker gives it.
#[test]
fn host_state_never_outlives_its_event() {
    const SRC: &str = "import cf from 'cloudfront';
function handler(event) {
  var r = event.request;
  console.log(r.rawQueryString() + '|' + JSON.stringify(cf.edgeLocation));
  if (r.uri === '/first') {
    cf.logCustomData('first event');
    cf.updateRequestOrigin({ domainName: 'first.example.com' });
  }
  return r;
}";
    let f = Function::compile(SRC, Runtime::Js2, &Limits::default(), "host.js").expect("compiles");
    let event = |uri: &str, query: &[(String, String, usize)]| {
        let mut json: Json = serde_json::from_str(&entry_event(&[], query)).expect("json");
        json["request"]["uri"] = Json::from(uri);
        Event::from_json(&json.to_string()).expect("an event")
    };
    let first = event(
        "/first",
        &[("a".into(), "1".into(), 1), ("b".into(), "2".into(), 2)],
    );
    let second = event("/second", &[]);
    let at = |name: &str, server_ip: &str, region: &str| RunOptions {
        edge_location: Some(EdgeLocation {
            name: name.into(),
            server_ip: server_ip.into(),
            region: region.into(),
        }),
        ..RunOptions::default()
    };
    let located = at("SEA", "192.0.2.10", "us-west-2");
    let elsewhere = at("FRA", "192.0.2.20", "eu-central-1");
    let mut reused = f.worker();
    let runs = [
        (&first, &located),
        (&second, &RunOptions::default()),
        (&first, &elsewhere),
        (&second, &located),
        (&second, &RunOptions::default()),
    ];
    for (event, options) in runs {
        let outcome = reused.run(event, options);
        assert!(outcome.result.is_ok(), "{:?}", outcome.result);
        assert_eq!(outcome, f.worker().run(event, options));
    }
    let last = reused.run(&second, &RunOptions::default());
    assert_eq!(last.logs, ["undefined|{}"]);
    assert_eq!((last.origin, last.custom_log_data), (None, None));
}

/// Text with characters JSON escapes (quotes, backslashes, controls),
/// characters it does not (DEL, non-ASCII, U+2028) and plain ones.
fn text() -> impl Strategy<Value = String> {
    "[a-z0-9 \"\\\\\u{1}\n\t\u{7f}\u{e9}\u{4e2d}\u{2028}/]{0,8}"
}

fn entry() -> impl Strategy<Value = edgefn::runtime::Entry> {
    let leaf =
        (text(), prop::option::of(text())).prop_map(|(value, attributes)| edgefn::runtime::Entry {
            value,
            attributes,
            multi_value: None,
        });
    leaf.prop_recursive(2, 12, 3, |inner| {
        (
            text(),
            prop::option::of(text()),
            prop::option::of(prop::collection::vec(inner, 0..3)),
        )
            .prop_map(|(value, attributes, multi_value)| edgefn::runtime::Entry {
                value,
                attributes,
                multi_value,
            })
    })
}

fn entries() -> impl Strategy<Value = edgefn::runtime::Entries> {
    prop::collection::vec((text(), entry()), 0..4).prop_map(edgefn::runtime::Entries)
}

fn handler_result() -> impl Strategy<Value = edgefn::runtime::HandlerResult> {
    use edgefn::runtime::{Body, HandlerResult, Request, Response};
    let request = (text(), text(), entries(), entries(), entries()).prop_map(
        |(method, uri, querystring, headers, cookies)| {
            HandlerResult::Request(Request {
                headers,
                method,
                querystring,
                uri,
                cookies,
            })
        },
    );
    let body = prop_oneof![
        Just(None),
        text().prop_map(|t| Some(Body::Text(t))),
        (text(), text()).prop_map(|(data, encoding)| Some(Body::Encoded { data, encoding })),
    ];
    let response = (
        entries(),
        prop::option::of(text()),
        entries(),
        any::<u16>(),
        body,
    )
        .prop_map(
            |(headers, status_description, cookies, status_code, body)| {
                HandlerResult::Response(Response {
                    headers,
                    status_description,
                    cookies,
                    status_code,
                    body,
                })
            },
        );
    prop_oneof![request, response]
}

/// What `HandlerResult::to_json` wrote when it went through the serde
/// derives: the reference for the text it now writes directly.
fn to_json_by_serde(result: &edgefn::runtime::HandlerResult) -> String {
    use edgefn::runtime::{HandlerResult, Request, Response};
    #[derive(serde::Serialize)]
    enum Output<'a> {
        #[serde(rename = "request")]
        Request(&'a Request),
        #[serde(rename = "response")]
        Response(&'a Response),
    }
    let out = match result {
        HandlerResult::Request(r) => Output::Request(r),
        HandlerResult::Response(r) => Output::Response(r),
    };
    serde_json::to_string(&out).expect("serializes")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn to_json_writes_what_the_serde_derives_write(result in handler_result()) {
        prop_assert_eq!(result.to_json(), to_json_by_serde(&result));
    }
}

/// One top-level declaration of a generated function: `var vN = ...` over
/// literals and the earlier bindings, writes to earlier objects, closures,
/// a loop, and now and then something that must run for every event (the
/// clock, `Math.random`, a getter that reads the clock, a write to a
/// built-in prototype) or that fails.
fn top_level_item(n: usize) -> BoxedStrategy<String> {
    let earlier = move || 0..n.max(1);
    let plain = prop_oneof![
        (-5i32..500).prop_map(|i| i.to_string()),
        "[a-z/]{0,6}".prop_map(|s| format!("'{s}'")),
        Just("[1, 'two', , [3]]".to_string()),
        Just("{ a: 1, b: 'x', c: { d: [] } }".to_string()),
        Just("/^\\/api\\/(v\\d)/g".to_string()),
        Just("function (x) { return [x, typeof x]; }".to_string()),
        Just("{ get v() { return 7; }, set v(x) { this.w = x; } }".to_string()),
    ];
    let from_earlier = prop_oneof![
        earlier().prop_map(|k| format!("v{k} + '/'")),
        earlier().prop_map(|k| format!("v{k} && v{k}.a")),
        earlier().prop_map(|k| format!("typeof v{k} === 'object' ? v{k} : [v{k}]")),
        earlier().prop_map(|k| format!("!v{k} || v{k} * 2")),
    ];
    // Code run by a getter or a conversion is only found as the top level
    // runs; a call is seen in the code.
    let each_event = prop_oneof![
        2 => Just("{ get v() { return Date.now(); } }.v".to_string()),
        2 => Just("{ valueOf: function () { return Math.random(); } } * 1".to_string()),
        1 => Just("Date.now()".to_string()),
        1 => Just("String([1, 2].map(function (x) { return x * 2; }))".to_string()),
    ];
    let value = prop_oneof![4 => plain, 3 => from_earlier, 2 => each_event];
    prop_oneof![
        8 => value.prop_map(move |e| format!("var v{n} = {e};")),
        1 => earlier().prop_map(move |k| format!(
            "var v{n} = v{k}; if (v{k} && typeof v{k} === 'object') v{k}.x = {n};")),
        1 => Just(format!("var v{n} = 0; for (var i{n} = 0; i{n} < 3; i{n}++) v{n} += i{n};")),
        1 => Just(format!("var v{n} = (Object.prototype.p{n} = {n});")),
        1 => Just(format!("var v{n} = null; v{n}.x;")),
    ]
    .boxed()
}

/// A function whose top level is `items`, and whose handler reports the
/// top-level bindings and the names `Object.prototype` lists, then changes
/// both, so that an event that got the last event's state instead of a
/// fresh one reports something else.
fn top_level_function(items: &[String]) -> String {
    let names: Vec<String> = (0..items.len()).map(|i| format!("v{i}")).collect();
    format!(
        "{}
function handler(event) {{
  var r = event.request, seen = [{}], inherited = [];
  for (var k in {{}}) inherited.push(k);
  var text = JSON.stringify(seen.map(function (v) {{
    return v instanceof RegExp ? [String(v), v.lastIndex, v.exec('/api/v2/x')] : v;
  }})) + inherited;
  {}
  r.headers['x-seen'] = {{ value: text + Math.random() + Date.now() }};
  Object.prototype.late = r.uri;
  return r;
}}",
        items.join("\n"),
        names.join(", "),
        names
            .iter()
            .map(|v| format!(
                "if ({v} && typeof {v} === 'object') {{ {v}.x = r.uri; }} else {{ {v} = r.uri; }}"
            ))
            .collect::<Vec<_>>()
            .join("\n  ")
    )
}

fn top_level_items() -> impl Strategy<Value = Vec<String>> {
    (1usize..7).prop_flat_map(|len| (0..len).map(top_level_item).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// A worker that keeps its function's top-level result and copies it
    /// into later events (`vm/prelude.rs`) gives every event the outcome
    /// a fresh worker gives it (result, logs, steps, memory), whatever
    /// the top level does, with clocks and seeds that differ per event.
    #[test]
    fn a_copied_top_level_gives_each_event_a_fresh_workers_outcome(items in top_level_items()) {
        let source = top_level_function(&items);
        let f = Function::compile(&source, Runtime::Js2, &Limits::default(), "top.js")
            .expect("compiles");
        let mut reused = f.worker();
        for (i, uri) in ["/a", "/bb", "/a", "/ccc"].into_iter().enumerate() {
            let mut json: Json = serde_json::from_str(&entry_event(&[], &[])).expect("json");
            json["request"]["uri"] = Json::from(uri);
            let event = Event::from_json(&json.to_string()).expect("an event");
            let options = RunOptions {
                clock_ms: 1_700_000_000_000.0 + i as f64,
                seed: 11 + i as u64,
                ..RunOptions::default()
            };
            let again = reused.run(&event, &options);
            prop_assert_eq!(&again, &f.worker().run(&event, &options), "{}", source);
        }
    }
}

/// Logs the whole event as the handler sees it, then changes it.
const EVENT_LOGGER: &str = "function handler(event) {
  var s = JSON.stringify(event);
  console.log(s);
  var r = event.response || event.request;
  r.headers['x-seen'] = { value: String(s.length) };
  for (var k in r.cookies) { r.cookies[k].value += '!'; }
  return r;
}";

/// Logs the whole event and hands its own part back untouched (read back
/// from the event by its shape).
const EVENT_PASSER: &str = "function handler(event) {
  console.log(JSON.stringify(event));
  return event.response || event.request;
}";

/// Finds every entry of every map through a name made at run time (a new
/// string of the same text, which finds the entry only through the
/// interned name the event's object holds), logs it, and hands the event's
/// own part back.
const EVENT_FINDER: &str = "function handler(event) {
  var parts = [event.request, event.response || {}], seen = [];
  parts.forEach(function (p) {
    ['querystring', 'headers', 'cookies'].forEach(function (m) {
      var map = p[m] || {};
      Object.keys(map).forEach(function (k) {
        var e = map[k.split('').join('')];
        seen.push(m + '.' + k + '=' + (e ? e.value : 'missing'));
      });
    });
  });
  console.log(seen.join(' '));
  return event.response || event.request;
}";

/// [`EVENT_PASSER`] with a module required at the top level (copied, like
/// a top level that calls nothing) and top-level state the handler
/// changes: an event that saw the last one's state would log `n=2`.
const EVENT_PASSER_WITH_MODULE: &str = "var qs = require('querystring');
var SEEN = { n: 0 };
function handler(event) {
  SEEN.n += 1;
  console.log(qs.stringify(SEEN), JSON.stringify(event));
  return event.response || event.request;
}";

/// A text: ASCII, Latin-1 or wider, empty or not.
fn small_text() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "a", "bc", "été", "日本", "/x", "1.0"]).prop_map(String::from)
}

/// An entry map's names, from a pool that repeats (so layouts repeat) and
/// holds an index name.
fn pool_names() -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(vec!["host", "x-a", "7", "user-agent", "zz"], 0..=3)
        .prop_map(|v| v.into_iter().map(String::from).collect())
}

/// One entry: its value, whether it has attributes, how many
/// `multiValue` items.
fn pool_entry() -> impl Strategy<Value = (String, bool, usize)> {
    (small_text(), any::<bool>(), 0usize..3)
}

/// Attributes are kept only where `attributes` (response cookies: a
/// request's entries have none).
fn entry_json((value, has, items): &(String, bool, usize), attributes: bool) -> Json {
    let mut e = json!({ "value": value });
    if *has && attributes {
        e["attributes"] = json!(format!("Path=/{value}"));
    }
    if *items > 0 {
        e["multiValue"] = Json::from(vec![json!({ "value": value }); *items]);
    }
    e
}

fn entries_json(names: &[String], entries: &[(String, bool, usize)], attributes: bool) -> Json {
    let map: Map<String, Json> = names
        .iter()
        .zip(entries)
        .map(|(n, e)| (n.clone(), entry_json(e, attributes)))
        .collect();
    Json::Object(map)
}

/// Events whose layouts repeat from one to the next while their texts
/// change: optional context fields, common and other methods, request
/// and response entry maps with attributes and `multiValue` items, index
/// names, a response with or without a status description.
fn layout_event() -> impl Strategy<Value = String> {
    let context = (
        prop::option::of(small_text()),
        prop::option::of(small_text()),
        prop::option::of(small_text()),
    );
    let entries = || (pool_names(), prop::collection::vec(pool_entry(), 3));
    let response = prop::option::of((
        prop::sample::select(vec![200u16, 404]),
        prop::option::of(small_text()),
        entries(),
        entries(),
    ));
    (
        context,
        prop::sample::select(vec!["GET", "POST", "PURGE"]),
        small_text(),
        (entries(), entries(), entries()),
        response,
    )
        .prop_map(
            |((ddn, id, request_id), method, uri, (q, h, c), response)| {
                let mut context = json!({ "eventType": "viewer-request" });
                for (field, v) in [
                    ("distributionDomainName", ddn),
                    ("distributionId", id),
                    ("requestId", request_id),
                ] {
                    if let Some(v) = v {
                        context[field] = json!(v);
                    }
                }
                let mut event = json!({
                    "version": "1.0",
                    "context": context,
                    "viewer": { "ip": "192.0.2.1" },
                    "request": {
                        "method": method,
                        "uri": format!("/{uri}"),
                        "querystring": entries_json(&q.0, &q.1, false),
                        "headers": entries_json(&h.0, &h.1, false),
                        "cookies": entries_json(&c.0, &c.1, false),
                    }
                });
                if let Some((status, description, headers, cookies)) = response {
                    event["context"]["eventType"] = json!("viewer-response");
                    let mut r = json!({
                        "statusCode": status,
                        "headers": entries_json(&headers.0, &headers.1, false),
                        "cookies": entries_json(&cookies.0, &cookies.1, true),
                    });
                    if let Some(d) = description {
                        r["statusDescription"] = json!(d);
                    }
                    event["response"] = r;
                }
                event.to_string()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// A worker copies the last event's objects when the next event has
    /// the same layout (`runtime/template.rs`); every event still has the
    /// outcome a fresh worker gives it (result, logs with the whole event
    /// as the handler saw it, steps, memory), on both runtimes and through
    /// both `run` and `run_to_json`.
    #[test]
    fn a_copied_event_is_the_event_a_fresh_worker_builds(
        events in prop::collection::vec(layout_event(), 1..4),
        repeats in 1usize..4,
    ) {
        let handlers = [EVENT_LOGGER, EVENT_PASSER, EVENT_PASSER_WITH_MODULE, EVENT_FINDER];
        for (runtime, handler) in [Runtime::Js1, Runtime::Js2].into_iter().flat_map(|r| handlers.map(|h| (r, h))) {
            let f = Function::compile(handler, runtime, &Limits::default(), "logger.js")
                .expect("compiles");
            let mut reused = f.worker();
            for text in events.iter().flat_map(|e| std::iter::repeat_n(e, repeats)) {
                let event = Event::from_json(text).expect("an event");
                let options = RunOptions::default();
                let again = reused.run(&event, &options);
                prop_assert!(again.result.is_ok(), "{:?}", again.result);
                prop_assert_eq!(&again, &f.worker().run(&event, &options), "{}", text);
                // The JSON path writes an untouched part from the event's
                // shape, which a copied event takes from the template.
                let json = reused.run_to_json(&event, &options);
                prop_assert_eq!(json, f.worker().run_to_json(&event, &options), "{}", text);
            }
        }
    }
}

/// Header names, some of which no result may hold: not lowercase,
/// `cookie` (refused in a request), `set-cookie` (refused in a response),
/// disallowed.
fn checked_names() -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(
        vec!["host", "x-a", "Up", "cookie", "set-cookie", "x-edge-a"],
        0..=3,
    )
    .prop_map(|v| v.into_iter().map(String::from).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// An event's own part handed back is checked as it stands, whether
    /// the event was built or copied from the last one's template (which
    /// records whether its header names pass): every event has the
    /// outcome, refused or not, a fresh worker gives it.
    #[test]
    fn a_copied_events_own_part_is_checked_as_a_built_ones(
        events in prop::collection::vec((checked_names(), any::<bool>()), 1..4),
        repeats in 1usize..4,
    ) {
        let f = Function::compile(EVENT_PASSER, Runtime::Js2, &Limits::default(), "passer.js")
            .expect("compiles");
        let mut reused = f.worker();
        for (i, (names, response)) in events.iter().flat_map(|e| std::iter::repeat_n(e, repeats)).enumerate() {
            let headers: Map<String, Json> = names
                .iter()
                .map(|n| (n.clone(), json!({ "value": format!("v{i}") })))
                .collect();
            let mut event = json!({
                "version": "1.0",
                "context": { "eventType": "viewer-request" },
                "viewer": { "ip": "192.0.2.1" },
                "request": { "method": "GET", "uri": format!("/{i}"), "headers": headers }
            });
            if *response {
                event["context"]["eventType"] = json!("viewer-response");
                event["response"] = json!({ "statusCode": 200, "headers": headers });
            }
            let event = Event::from_json(&event.to_string()).expect("an event");
            let options = RunOptions::default();
            prop_assert_eq!(reused.run(&event, &options), f.worker().run(&event, &options));
        }
    }
}
