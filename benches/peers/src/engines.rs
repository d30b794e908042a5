//! Every engine and mode behind one signature: event JSON text in, result
//! JSON text out, one call per event.
//!
//! The JavaScript peers run the same script: the handler followed by
//! [`JS_DRIVER`], which parses the event with the engine's `JSON.parse`,
//! calls `handler` and serialises its result with `JSON.stringify` (after
//! the promise settles, for `async` handlers; the engine's job queue is run
//! from Rust). edgefn goes through its public JSON path: one `Event` filled
//! from each text (`Event::fill_from_json`), then `Worker::run_to_json`.

use crate::cases::Case;
use edgefn::runtime::{Event, Function, RunOptions};
use edgefn::{Limits, Runtime};

/// One way of running a case's handler on an event.
pub type Runner = Box<dyn FnMut(&str) -> String>;

/// Appended to every handler for the JavaScript peers.
const JS_DRIVER: &str = r#"
function __peer_run(text) {
  var result = handler(JSON.parse(text));
  if (result && typeof result.then === 'function') {
    return result.then(function (r) { return JSON.stringify(r); });
  }
  return JSON.stringify(result);
}
"#;

fn js_script(case: &Case) -> String {
    format!("{}\n{}", case.source(), JS_DRIVER)
}

/// edgefn's JSON path with one `Worker` and one `Event` reused for every
/// event: the event is filled from each text in place, and the worker
/// gives each event a fresh arena and fresh built-ins (isolation by
/// design).
pub fn edgefn(case: &Case) -> Runner {
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name)
        .expect("edgefn compiles");
    let mut worker = function.worker();
    let options = RunOptions::default();
    let mut event = Event::empty();
    Box::new(move |text| {
        event.fill_from_json(text).expect("edgefn reads the event");
        let outcome = worker.run_to_json(&event, &options);
        outcome.result.expect("edgefn runs the handler")
    })
}

/// The JSON read of the event alone, into one event filled again for each
/// text (`Event::fill_from_json`).
pub fn edgefn_fill_only(_case: &Case) -> Runner {
    let mut event = Event::empty();
    Box::new(move |text| {
        event.fill_from_json(text).expect("edgefn reads the event");
        std::hint::black_box(&event);
        String::new()
    })
}

/// `Worker::run` alone, on an event parsed once.
pub fn edgefn_run_only(case: &Case) -> Runner {
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name)
        .expect("edgefn compiles");
    let mut worker = function.worker();
    let options = RunOptions::default();
    let event = Event::from_json(case.event).expect("edgefn reads the event");
    Box::new(move |_| {
        let outcome = worker.run(&event, &options);
        std::hint::black_box(outcome.result.is_ok());
        String::new()
    })
}

/// `HandlerResult::to_json` alone, on a result produced once.
pub fn edgefn_serialize_only(case: &Case) -> Runner {
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name)
        .expect("edgefn compiles");
    let event = Event::from_json(case.event).expect("edgefn reads the event");
    let result = function
        .worker()
        .run(&event, &RunOptions::default())
        .result
        .expect("edgefn runs the handler");
    Box::new(move |_| std::hint::black_box(&result).to_json())
}

/// The per-event figures edgefn reports for a case: steps and arena peak.
pub fn edgefn_usage(case: &Case) -> (u64, usize) {
    let function = Function::compile(case.source(), Runtime::Js2, &Limits::default(), case.name)
        .expect("edgefn compiles");
    let event = Event::from_json(case.event).expect("edgefn reads the event");
    let outcome = function.worker().run(&event, &RunOptions::default());
    (outcome.steps, outcome.peak_memory)
}

/// QuickJS: evaluates the script once and reuses one runtime and context
/// for every event.
pub fn quickjs_reused(case: &Case) -> Runner {
    use rquickjs::{Context, Function as JsFunction, Persistent, Runtime as Rt};
    let rt = Rt::new().expect("QuickJS runtime");
    let ctx = Context::full(&rt).expect("QuickJS context");
    let script = js_script(case);
    let run = ctx.with(|ctx| {
        ctx.eval::<(), _>(script)
            .expect("QuickJS evaluates the handler");
        let f: JsFunction = ctx.globals().get("__peer_run").expect("driver");
        Persistent::save(&ctx, f)
    });
    // Fields drop in order: the saved function before the context and
    // the runtime it belongs to.
    struct Reused {
        run: Persistent<JsFunction<'static>>,
        ctx: Context,
        _rt: Rt,
    }
    let state = Reused { run, ctx, _rt: rt };
    Box::new(move |text| {
        state.ctx.with(|ctx| {
            let f = state.run.clone().restore(&ctx).expect("driver");
            quickjs_call(&f, text)
        })
    })
}

/// QuickJS with a fresh runtime and context per event (the isolation
/// edgefn gives): create, evaluate the script, run the event, drop.
pub fn quickjs_fresh(case: &Case) -> Runner {
    use rquickjs::{Context, Function as JsFunction, Runtime as Rt};
    let script = js_script(case);
    Box::new(move |text| {
        let rt = Rt::new().expect("QuickJS runtime");
        let ctx = Context::full(&rt).expect("QuickJS context");
        ctx.with(|ctx| {
            ctx.eval::<(), _>(script.as_str())
                .expect("QuickJS evaluates the handler");
            let f: JsFunction = ctx.globals().get("__peer_run").expect("driver");
            quickjs_call(&f, text)
        })
    })
}

fn quickjs_call(f: &rquickjs::Function<'_>, text: &str) -> String {
    let value: rquickjs::Value = f.call((text,)).expect("QuickJS runs the handler");
    if value.is_promise() {
        let promise: rquickjs::Promise = value.get().expect("promise");
        promise
            .finish::<String>()
            .expect("QuickJS settles the handler's promise")
    } else {
        value.get::<String>().expect("JSON text")
    }
}

/// Boa: evaluates the script once and reuses one context for every event.
pub fn boa_reused(case: &Case) -> Runner {
    let mut ctx = boa_engine::Context::default();
    let run = boa_prepare(&mut ctx, &js_script(case));
    Box::new(move |text| boa_call(&mut ctx, &run, text))
}

/// Boa with a fresh context per event: create, evaluate the script, run
/// the event, drop.
pub fn boa_fresh(case: &Case) -> Runner {
    let script = js_script(case);
    Box::new(move |text| {
        let mut ctx = boa_engine::Context::default();
        let run = boa_prepare(&mut ctx, &script);
        boa_call(&mut ctx, &run, text)
    })
}

fn boa_prepare(ctx: &mut boa_engine::Context, script: &str) -> boa_engine::JsObject {
    use boa_engine::{JsString, Source};
    ctx.eval(Source::from_bytes(script))
        .expect("Boa evaluates the handler");
    let f = ctx
        .global_object()
        .get(JsString::from("__peer_run"), ctx)
        .expect("driver");
    f.as_object().expect("driver is a function")
}

fn boa_call(ctx: &mut boa_engine::Context, run: &boa_engine::JsObject, text: &str) -> String {
    use boa_engine::builtins::promise::PromiseState;
    use boa_engine::{JsString, JsValue};
    let arg = JsValue::from(JsString::from(text));
    let mut value = run
        .call(&JsValue::undefined(), &[arg], ctx)
        .expect("Boa runs the handler");
    if let Some(promise) = value.as_promise() {
        ctx.run_jobs().expect("Boa runs its jobs");
        match promise.state() {
            PromiseState::Fulfilled(v) => value = v,
            other => panic!("Boa: handler's promise did not fulfil: {other:?}"),
        }
    }
    value
        .as_string()
        .expect("JSON text")
        .to_std_string_escaped()
}

/// The three handlers written by hand in Rust on a `serde_json::Value`:
/// parse the event, transform, serialise the result (the native floor).
pub fn native(case: &Case) -> Runner {
    let transform: fn(serde_json::Value) -> serde_json::Value = match case.name {
        "security-headers" => crate::native::security_headers,
        "index-rewrite" => crate::native::index_rewrite,
        "normalize-qs-301" => crate::native::normalize_query_string,
        other => panic!("no native transform for {other}"),
    };
    Box::new(move |text| {
        let event: serde_json::Value = serde_json::from_str(text).expect("event JSON");
        serde_json::to_string(&transform(event)).expect("serialises")
    })
}

/// serde_json parse of the event and serialisation of it back, nothing
/// else: the cost of the JSON edges alone.
pub fn serde_round_trip(_case: &Case) -> Runner {
    Box::new(|text| {
        let event: serde_json::Value = serde_json::from_str(text).expect("event JSON");
        std::hint::black_box(serde_json::to_string(&event).expect("serialises"));
        String::new()
    })
}
