//! The CloudFront Functions runtime: compiles a function file once, then
//! runs its `handler` on events and returns what CloudFront would do with
//! the result.
//!
//! ```
//! use edgefn::runtime::{Event, Function, HandlerResult, RunOptions};
//! use edgefn::{Limits, Runtime};
//!
//! let src = r#"
//!     function handler(event) {
//!         var request = event.request;
//!         request.headers['x-seen'] = { value: 'yes' };
//!         return request;
//!     }"#;
//! let function = Function::compile(src, Runtime::Js2, &Limits::default(), "fn.js").unwrap();
//! let mut worker = function.worker(); // one per thread, reused for every event
//! let event = Event::from_json(r#"{"version":"1.0","context":{"eventType":"viewer-request"},
//!     "viewer":{"ip":"192.0.2.1"},"request":{"method":"GET","uri":"/","headers":{}}}"#).unwrap();
//! let outcome = worker.run(&event, &RunOptions::default());
//! match outcome.result {
//!     Ok(HandlerResult::Request(r)) => assert_eq!(r.headers.get("x-seen").unwrap().value, "yes"),
//!     other => panic!("{other:?}"),
//! }
//! ```

pub mod base64;
mod cloudfront;
mod console;
pub(crate) mod convert;
pub mod event;
mod event_json;
mod host;
pub mod kvs;
mod origin;
mod output;
mod template;
pub(crate) mod validate;

pub use cloudfront::{EdgeLocation, OriginChange};
pub use event::{
    Body, Entries, Entry, Event, EventType, HandlerResult, Request, Response, Returned,
};
pub use host::{EventNames, HostState, MAX_LOG_BYTES};
pub use kvs::{InMemoryKvs, KeyValueStore, KvsMeta};
pub use validate::is_disallowed;

use crate::features::Runtime;
use crate::limits::Limits;
use crate::value::Value;
use crate::vm::{Fatal, PromiseState, Throw, Vm};
use crate::{CompileError, CompiledScript};
pub(crate) use convert::EventShape;
use std::fmt;
use std::sync::Arc;

pub(crate) use host::install as install_host_builtins;

/// Why a run did not produce a usable result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FunctionError {
    /// The function threw (or its promise was rejected): CloudFront answers
    /// 503.
    Execution {
        /// The exception, as `Name: message` for error objects.
        message: String,
        /// Where it was thrown (1-based line and column), when known.
        location: Option<(u32, u32)>,
    },
    /// The compute budget ran out (503).
    ComputeLimit,
    /// The memory limit was reached (503).
    MemoryLimit,
    /// The result breaks one of CloudFront's rules (502).
    Validation {
        /// The path of the offending field, e.g. `response.headers["via"]`.
        field: String,
        /// What is wrong with it.
        message: String,
    },
}

impl FunctionError {
    /// The HTTP status CloudFront sends the viewer for this failure.
    pub fn status(&self) -> u16 {
        match self {
            FunctionError::Validation { .. } => 502,
            _ => 503,
        }
    }

    /// The result type CloudFront writes in its access logs.
    pub fn result_type(&self) -> &'static str {
        match self {
            FunctionError::Validation { .. } => "FunctionValidationError",
            FunctionError::ComputeLimit => "FunctionThrottledError",
            _ => "FunctionExecutionError",
        }
    }
}

impl fmt::Display for FunctionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FunctionError::Execution {
                message,
                location: Some((l, c)),
            } => write!(f, "{message} (at {l}:{c})"),
            FunctionError::Execution {
                message,
                location: None,
            } => f.write_str(message),
            FunctionError::ComputeLimit => f.write_str("The function exceeded its compute limit"),
            FunctionError::MemoryLimit => f.write_str("The function exceeded its memory limit"),
            FunctionError::Validation { field, message } => {
                write!(f, "Invalid function result: {field} {message}")
            }
        }
    }
}

impl std::error::Error for FunctionError {}

/// The clock and random seed of one run. CloudFront freezes the clock at
/// the invocation's start and seeds `Math.random` from it; the host
/// chooses both, so runs are reproducible.
#[derive(Clone, Debug, PartialEq)]
pub struct RunOptions {
    /// The invocation's start time, milliseconds since the epoch.
    pub clock_ms: f64,
    /// The seed of `Math.random`.
    pub seed: u64,
    /// What `cf.edgeLocation` reports in viewer-request (2.0).
    pub edge_location: Option<EdgeLocation>,
}

impl Default for RunOptions {
    /// 2025-01-01T00:00:00Z, seeded from that time.
    fn default() -> RunOptions {
        RunOptions {
            clock_ms: 1_735_689_600_000.0,
            seed: 1_735_689_600_000,
            edge_location: None,
        }
    }
}

impl RunOptions {
    /// The host's current time, with the seed taken from it as CloudFront
    /// does.
    pub fn now() -> RunOptions {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default();
        RunOptions {
            clock_ms: ms as f64,
            seed: ms,
            edge_location: None,
        }
    }
}

/// What one run produced: `R` is [`HandlerResult`] from [`Worker::run`],
/// [`Returned`] from [`Worker::run_returned`].
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome<R = HandlerResult> {
    /// The handler's result, or why there is none.
    pub result: Result<R, FunctionError>,
    /// `console.log` lines, at most [`MAX_LOG_BYTES`] in all.
    pub logs: Vec<String>,
    /// Steps executed (deterministic for a function and event).
    pub steps: u64,
    /// `steps` as a share of the compute budget, 0–100 (CloudFront's
    /// `ComputeUtilization`).
    pub compute_utilization: u8,
    /// The most heap bytes the event held at once.
    pub peak_memory: usize,
    /// The origin change a viewer-request function asked for (2.0).
    pub origin: Option<OriginChange>,
    /// The last `cf.logCustomData` payload (2.0), URL-encoded.
    pub custom_log_data: Option<String>,
}

/// A compiled function file: immutable and shared by every thread.
#[derive(Clone, Debug)]
pub struct Function {
    compiled: CompiledScript,
    handler: u16,
    limits: Limits,
    kvs: Option<Arc<dyn KeyValueStore>>,
}

impl Function {
    /// Compiles `src` for `runtime`, as CloudFront checks a function when it
    /// is published: size, syntax, a `handler` function, and modules it
    /// imports. `file` names the source in locations.
    pub fn compile(
        src: &str,
        runtime: Runtime,
        limits: &Limits,
        file: &str,
    ) -> Result<Function, CompileError> {
        let compiled = crate::compile(src, runtime, limits, file)?;
        let Some(handler) = compiled.script.slot_named("handler") else {
            return Err(CompileError::NoHandler);
        };
        for import in &compiled.script.imports {
            if !crate::modules_known(runtime, &import.module) {
                return Err(CompileError::UnknownModule {
                    name: import.module.clone(),
                    span: import.span,
                });
            }
        }
        Ok(Function {
            compiled: compiled.clone(),
            handler,
            limits: *limits,
            kvs: None,
        })
    }

    /// Associates a key value store (CloudFront allows one per function).
    pub fn with_kvs(mut self, store: Arc<dyn KeyValueStore>) -> Function {
        self.kvs = Some(store);
        self
    }

    /// The runtime it was compiled for.
    pub fn runtime(&self) -> Runtime {
        self.compiled.realm.runtime
    }

    /// The limits it runs under.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Per-thread state for running this function; reuse it for every
    /// event on that thread.
    pub fn worker(&self) -> Worker {
        Worker {
            vm: self.compiled.vm(&self.limits),
            function: Arc::new(self.clone()),
            shape: EventShape::default(),
            written_headers: Vec::new(),
        }
    }
}

/// Runs one function's events on one thread, reusing its memory.
pub struct Worker {
    vm: Vm,
    function: Arc<Function>,
    shape: EventShape,
    /// The first header line `http::run_response_changes` wrote at each
    /// place of a result (the first few places): a later line with the
    /// same text at the same place shares its storage instead of copying
    /// it again.
    written_headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

impl Worker {
    /// [`Worker::written_headers`], taken for a run to use and put back.
    pub(crate) fn written_headers(&mut self) -> &mut Vec<(http::HeaderName, http::HeaderValue)> {
        &mut self.written_headers
    }

    /// Runs the handler on `event`.
    pub fn run(&mut self, event: &Event, options: &RunOptions) -> Outcome {
        let outcome = self.run_returned(event, options);
        Outcome {
            result: outcome.result.map(|r| r.into_result(event)),
            logs: outcome.logs,
            steps: outcome.steps,
            compute_utilization: outcome.compute_utilization,
            peak_memory: outcome.peak_memory,
            origin: outcome.origin,
            custom_log_data: outcome.custom_log_data,
        }
    }

    /// Runs the handler on `event` and gives CloudFront's `FunctionOutput`
    /// text: what [`HandlerResult::to_json`] makes of [`Worker::run`]'s
    /// result, with the same outcome otherwise. A result that is the
    /// event's own request or response untouched, or the event's request
    /// with only its URI changed, is written from the event itself, and a
    /// response generated in the usual form from the heap, instead of
    /// being copied into a `HandlerResult` first.
    pub fn run_to_json(&mut self, event: &Event, options: &RunOptions) -> Outcome<String> {
        self.run_with(event, options, |vm, value, event, shape| {
            let written = vm.attempt(|vm| output::plain_json(vm, value, event, shape));
            if let Some(text) = written {
                #[cfg(test)]
                output::tests::SHORTCUTS.with(|n| n.set(n.get() + 1));
                return text;
            }
            Ok(match read_returned(vm, value, event, shape)? {
                Returned::Event => output::event_part_json(event),
                Returned::Result(r) => r.to_json(),
            })
        })
    }

    /// Runs the handler on `event`, as [`Worker::run`] does, and says
    /// [`Returned::Event`] rather than copying the event's request or
    /// response when the handler returns it untouched: for embedders that
    /// apply results as changes (`http::apply_request_changes`), where an
    /// untouched result costs nothing.
    pub fn run_returned(&mut self, event: &Event, options: &RunOptions) -> Outcome<Returned> {
        self.run_with(event, options, read_returned)
    }

    /// Runs the handler on `event` and gives its result to `read`, with
    /// the VM it lives in, the event and where the event's objects are:
    /// for readers that take the result straight from the heap into its
    /// destination (`http::run_response_changes`).
    pub(crate) fn run_with<R>(
        &mut self,
        event: &Event,
        options: &RunOptions,
        read: impl FnOnce(&mut Vm, Value, &Event, &EventShape) -> Result<R, FunctionError>,
    ) -> Outcome<R> {
        let vm = &mut self.vm;
        vm.begin_event(options.clock_ms, options.seed);
        let kvs = &self.function.kvs;
        vm.reuse_host(|host: &mut HostState| host.begin(event, kvs, options));
        let result = invoke(vm, &self.function, event, &mut self.shape)
            .and_then(|value| read(vm, value, event, &self.shape));
        let usage = vm.usage();
        let (logs, origin, custom_log_data) = vm
            .host_mut::<HostState>()
            .map(HostState::take_outputs)
            .unwrap_or_default();
        let limit = self.function.limits.steps.max(1);
        let utilization = (usage.steps.saturating_mul(100)).div_ceil(limit).min(100) as u8;
        Outcome {
            result,
            logs,
            steps: usage.steps,
            compute_utilization: utilization,
            peak_memory: usage.peak_memory,
            origin,
            custom_log_data,
        }
    }
}

/// Reads a handler's result as CloudFront interprets it and checks it.
pub(crate) fn read_returned(
    vm: &mut Vm,
    value: Value,
    event: &Event,
    shape: &EventShape,
) -> Result<Returned, FunctionError> {
    let returned = convert::result_from_js(vm, value, event, shape)?;
    validate::validate_returned(event, &returned, shape.names_checked())?;
    Ok(returned)
}

/// Runs the script's top level, then the handler; gives the handler's
/// result (a promise's value when it returns a promise).
fn invoke(
    vm: &mut Vm,
    function: &Function,
    event: &Event,
    shape: &mut EventShape,
) -> Result<Value, FunctionError> {
    let runtime = function.runtime();
    vm.run_prelude(|vm| prelude(vm, function))
        .map_err(|t| error_from_throw(vm, t))?;
    let handler = vm.script_slot(function.handler);
    if !vm.is_callable(handler) {
        return Err(FunctionError::Execution {
            message: "TypeError: handler is not a function".into(),
            location: None,
        });
    }
    let js_event =
        convert::event_to_js(vm, event, runtime, shape).map_err(|t| error_from_throw(vm, t))?;
    let mut value = vm
        .call(handler, Value::Undefined, &[js_event])
        .map_err(|t| error_from_throw(vm, t))?;
    vm.run_jobs().map_err(|t| error_from_throw(vm, t))?;
    if let Value::Object(p) = value {
        match vm.promise_state(p) {
            Some(PromiseState::Fulfilled(v)) => value = v,
            Some(PromiseState::Rejected(e)) => return Err(error_from_throw(vm, Throw::Value(e))),
            Some(PromiseState::Pending) => {
                return Err(FunctionError::Execution {
                    message: "Error: the handler's promise never settled".into(),
                    location: None,
                });
            }
            None => {}
        }
    }
    Ok(value)
}

/// Binds the script's imports, charges the event's base steps and runs the
/// top level: what [`Vm::run_prelude`] runs or copies in.
fn prelude(vm: &mut Vm, function: &Function) -> crate::vm::JsResult<()> {
    for import in &function.compiled.script.imports {
        let module = crate::module_object(vm, &import.module)?;
        if import.slot != u16::MAX {
            vm.set_script_slot(import.slot, module);
        }
        for (name, slot) in &import.named {
            let key = crate::builtins::name_key(vm, name)?;
            let v = vm.get(module, key)?;
            vm.set_script_slot(*slot, v);
        }
    }
    vm.charge(crate::limits::EVENT_BASE_STEPS)?;
    vm.run_script().map(|_| ())
}

/// Turns an exception or a fatal stop into the error a run reports.
pub(crate) fn error_from_throw(vm: &mut Vm, t: Throw) -> FunctionError {
    match t {
        Throw::Fatal(Fatal::ComputeLimit) => FunctionError::ComputeLimit,
        Throw::Fatal(Fatal::MemoryLimit) => FunctionError::MemoryLimit,
        Throw::Value(v) => {
            let message = describe_exception(vm, v);
            let location = vm.throw_site().map(|offset| {
                let script = vm.script();
                let lc = script.lines().line_col(&script.source, offset);
                (lc.line, lc.column)
            });
            FunctionError::Execution { message, location }
        }
    }
}

/// `Name: message` for error objects (as `Error.prototype.toString` gives
/// it), the rendering of the value otherwise.
fn describe_exception(vm: &mut Vm, v: Value) -> String {
    if let Value::Object(o) = v {
        if vm.heap().obj(o).class == crate::heap::Class::Error {
            let to_string = vm.realm().names.to_string;
            let f = vm.get(v, crate::heap::Key::Str(to_string));
            if let Ok(f) = f {
                if let Ok(Value::String(s)) = vm.call(f, v, &[]) {
                    return vm.heap().to_rust_string(s);
                }
            }
        }
    }
    format!("Uncaught {}", vm.inspect(v))
}
