//! The functions a proxy runs: compiled once, shared by every thread
//! through an atomically swappable pointer, run on per-thread VMs, and
//! recompiled when their file changes.

use super::log::Line;
use super::metrics::{Counter, ErrorKind, FunctionMetrics};
use super::proxy::Proxy;
use super::{Config, FunctionSpec};
use crate::runtime::{
    Event, EventType, Function, FunctionError, Outcome, Returned, RunOptions, Worker,
};
use arc_swap::ArcSwap;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;

/// Source of slot IDs and generations, unique in the process so that
/// per-thread VMs of different proxies or versions never mix.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Relaxed)
}

/// A thread's VM for one function slot, with the generation it was made
/// for.
struct ThreadWorker {
    slot: u64,
    generation: u64,
    worker: Worker,
}

thread_local! {
    /// This thread's VMs, one per function slot it has run: a handful, so
    /// a scan beats hashing the slot ID on every request.
    static WORKERS: RefCell<Vec<ThreadWorker>> = const { RefCell::new(Vec::new()) };
}

/// One version of a function.
struct Loaded {
    function: Function,
    generation: u64,
}

/// What identifies a file's version without reading it.
type Stamp = (Option<SystemTime>, u64);

/// A function associated with an event type (in one or more behaviors).
pub(crate) struct Slot {
    id: u64,
    /// The file as configured, for logs and metric labels.
    pub(crate) name: Arc<str>,
    pub(crate) event_type: EventType,
    spec: FunctionSpec,
    current: ArcSwap<Loaded>,
    /// The file version last compiled (or refused).
    stamp: Mutex<Stamp>,
    pub(crate) metrics: FunctionMetrics,
    pub(crate) reloads: Counter,
    pub(crate) reload_failures: Counter,
}

/// One run of a function: `R` is what the run gave back
/// ([`Returned`] from `Worker::run_returned`).
pub(crate) struct Ran<R = Returned> {
    pub(crate) outcome: Outcome<R>,
    pub(crate) elapsed: Duration,
}

impl<R> Ran<R> {
    /// The metric kind of a failed run.
    fn error_kind(&self) -> Option<ErrorKind> {
        match &self.outcome.result {
            Ok(_) => None,
            Err(FunctionError::ComputeLimit) => Some(ErrorKind::ComputeLimit),
            Err(FunctionError::MemoryLimit) => Some(ErrorKind::MemoryLimit),
            Err(FunctionError::Validation { .. }) => Some(ErrorKind::Validation),
            Err(FunctionError::Execution { message, .. }) if message.starts_with(PANIC_PREFIX) => {
                Some(ErrorKind::Internal)
            }
            Err(FunctionError::Execution { .. }) => Some(ErrorKind::Execution),
        }
    }
}

/// How an engine panic is reported (as an execution error, 503).
const PANIC_PREFIX: &str = "InternalError: edgefn panicked";

fn stamp_of(path: &std::path::Path) -> std::io::Result<Stamp> {
    let meta = std::fs::metadata(path)?;
    Ok((meta.modified().ok(), meta.len()))
}

/// Reads and compiles `spec`'s file; the error names the file and place.
fn compile(spec: &FunctionSpec) -> Result<Function, String> {
    let file = spec.path.display().to_string();
    let src =
        std::fs::read(&spec.path).map_err(|e| format!("{file}: cannot read the function: {e}"))?;
    let src = String::from_utf8(src).map_err(|_| format!("{file}: the file is not valid UTF-8"))?;
    let function = Function::compile(&src, spec.runtime, &spec.limits, &file)
        .map_err(|e| e.headline(&src, &file))?;
    Ok(match &spec.kvs {
        Some(store) => function.with_kvs(store.clone()),
        None => function,
    })
}

impl Slot {
    fn load(spec: &FunctionSpec, event_type: EventType) -> Result<Slot, String> {
        // The stamp is taken before reading: a write racing with the read
        // shows up as a new stamp at the next poll.
        let stamp = stamp_of(&spec.path).map_err(|e| format!("{}: {e}", spec.path.display()))?;
        let function = compile(spec)?;
        Ok(Slot {
            id: next_id(),
            name: Arc::from(spec.path.display().to_string()),
            event_type,
            spec: spec.clone(),
            current: ArcSwap::from_pointee(Loaded {
                function,
                generation: next_id(),
            }),
            stamp: Mutex::new(stamp),
            metrics: FunctionMetrics::default(),
            reloads: Counter::default(),
            reload_failures: Counter::default(),
        })
    }

    /// Runs the current version on this thread's VM for it, and records
    /// the run in the metrics.
    pub(crate) fn run(&self, event: &Event, options: &RunOptions) -> Ran {
        self.run_with(|worker| worker.run_returned(event, options))
    }

    /// [`Slot::run`] with `run` doing the running on the worker (and
    /// whatever it does with the result, which the run's time includes).
    pub(crate) fn run_with<R>(&self, run: impl FnOnce(&mut Worker) -> Outcome<R>) -> Ran<R> {
        let loaded = self.current.load();
        let start = Instant::now();
        let outcome = WORKERS.with(|workers| {
            let mut workers = workers.borrow_mut();
            let at = match workers.iter().position(|w| w.slot == self.id) {
                Some(at) => at,
                None => {
                    workers.push(ThreadWorker {
                        slot: self.id,
                        generation: loaded.generation,
                        worker: loaded.function.worker(),
                    });
                    workers.len() - 1
                }
            };
            let entry = &mut workers[at];
            if entry.generation != loaded.generation {
                entry.generation = loaded.generation;
                entry.worker = loaded.function.worker();
            }
            let run =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut entry.worker)));
            run.unwrap_or_else(|panic| {
                // The VM may be left inconsistent: the next run gets a new
                // one.
                workers.swap_remove(at);
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Outcome {
                    result: Err(FunctionError::Execution {
                        message: format!("{PANIC_PREFIX}: {what}"),
                        location: None,
                    }),
                    logs: Vec::new(),
                    steps: 0,
                    compute_utilization: 0,
                    peak_memory: 0,
                    origin: None,
                    custom_log_data: None,
                }
            })
        });
        let ran = Ran {
            outcome,
            elapsed: start.elapsed(),
        };
        let m = &self.metrics;
        m.invocations.inc();
        m.steps.add(ran.outcome.steps);
        m.utilization
            .observe(u64::from(ran.outcome.compute_utilization));
        m.duration.observe_duration(ran.elapsed);
        if let Some(kind) = ran.error_kind() {
            m.error(kind);
        }
        ran
    }

    /// Recompiles the file if it changed since it was last looked at;
    /// swaps the new version in, or refuses it and keeps the old one.
    fn poll(&self, proxy: &Proxy) {
        let Ok(mut seen) = self.stamp.lock() else {
            return;
        };
        let stamp = match stamp_of(&self.spec.path) {
            Ok(s) => s,
            Err(e) => {
                // A file being replaced may be missing for a moment; say so
                // once per disappearance.
                if seen.1 != u64::MAX {
                    *seen = (None, u64::MAX);
                    self.log_reload(
                        "reload_refused",
                        Some(&format!(
                            "{}: {e}; the loaded version keeps serving",
                            self.name
                        )),
                        proxy,
                    );
                }
                return;
            }
        };
        if stamp == *seen {
            return;
        }
        *seen = stamp;
        match compile(&self.spec) {
            Ok(function) => {
                self.current.store(Arc::new(Loaded {
                    function,
                    generation: next_id(),
                }));
                self.reloads.inc();
                self.log_reload("reload", None, proxy);
            }
            Err(e) => {
                self.reload_failures.inc();
                self.log_reload(
                    "reload_refused",
                    Some(&format!("{e}; the loaded version keeps serving")),
                    proxy,
                );
            }
        }
    }

    fn log_reload(&self, kind: &str, error: Option<&str>, proxy: &Proxy) {
        if proxy.log.enabled() {
            let mut line = Line::new(kind);
            line.str("function", &self.name)
                .str("event_type", self.event_type.name());
            if let Some(e) = error {
                line.str("error", e);
            }
            proxy.log.write(line);
        }
    }
}

/// Every function of a configuration, each file and event type once.
pub(crate) struct Slots {
    pub(crate) all: Vec<Arc<Slot>>,
    /// Per behavior (the default one last): its viewer-request and
    /// viewer-response slots, as indices into `all`.
    pub(crate) behaviors: Vec<(Option<usize>, Option<usize>)>,
}

impl Slots {
    /// Compiles every function of `config`; the first failure is the
    /// error.
    pub(crate) fn load(config: &Config) -> Result<Slots, String> {
        let mut slots = Slots {
            all: Vec::new(),
            behaviors: Vec::new(),
        };
        for b in config
            .behaviors
            .iter()
            .chain(std::iter::once(&config.default_behavior))
        {
            let req = b
                .viewer_request
                .as_ref()
                .map(|s| slots.add(s, EventType::ViewerRequest))
                .transpose()?;
            let resp = b
                .viewer_response
                .as_ref()
                .map(|s| slots.add(s, EventType::ViewerResponse))
                .transpose()?;
            slots.behaviors.push((req, resp));
        }
        Ok(slots)
    }

    fn add(&mut self, spec: &FunctionSpec, event_type: EventType) -> Result<usize, String> {
        let same = |s: &Arc<Slot>| {
            s.event_type == event_type
                && s.spec.path == spec.path
                && s.spec.runtime == spec.runtime
                && s.spec.limits == spec.limits
                && s.spec.kvs.as_ref().map(|k| k.id()) == spec.kvs.as_ref().map(|k| k.id())
        };
        if let Some(i) = self.all.iter().position(same) {
            return Ok(i);
        }
        self.all.push(Arc::new(Slot::load(spec, event_type)?));
        Ok(self.all.len() - 1)
    }
}

/// Checks every function file each `interval` until the proxy stops.
pub(crate) async fn reloader(
    proxy: Arc<Proxy>,
    interval: Duration,
    mut stopped: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopped.changed() => return,
        }
        let p = proxy.clone();
        // Reading and compiling are blocking work: keep them off the
        // threads that serve requests.
        let _ = tokio::task::spawn_blocking(move || {
            for slot in &p.slots {
                slot.poll(&p);
            }
        })
        .await;
    }
}
