//! `edgefn serve`: a reverse proxy that runs CloudFront Functions on live
//! traffic, in front of an HTTP origin.
//!
//! For each request the proxy picks the cache behavior whose path pattern
//! matches best, builds the viewer-request event (viewer IP from the
//! socket, `context` from the configuration, a fresh `requestId`, the
//! `cloudfront-viewer-*` headers it can derive), runs the viewer-request
//! function, answers with a generated response or forwards the (modified)
//! request to the origin over pooled keep-alive connections, then runs
//! the viewer-response function on the origin's response unless its status
//! is 400 or more. Failures are answered as CloudFront answers them (503
//! for an exception or a limit, 502 for an invalid result) and logged.
//!
//! Functions are compiled once and shared by every worker thread; each
//! thread keeps one VM per function and reuses it. Function files are
//! watched (by modification time) and recompiled when they change; a new
//! version that does not compile is refused and the old one keeps serving.
//!
//! ```no_run
//! use edgefn::serve::{start, Behavior, Config, FunctionSpec};
//!
//! let mut config = Config::new("http://127.0.0.1:9000".parse().unwrap());
//! config.listen = "127.0.0.1:8080".parse().unwrap();
//! config.default_behavior = Behavior {
//!     viewer_request: Some(FunctionSpec::new("rewrite.js")),
//!     ..Behavior::default()
//! };
//! let handle = start(config).expect("the function compiles and the port is free");
//! println!("listening on {}", handle.addr);
//! handle.shutdown(); // finishes the requests in flight
//! ```
//!
//! Derived viewer headers (added to every request; a viewer cannot supply
//! its own, they are removed first): `cloudfront-viewer-address` (the
//! socket's IP and port, IPv6 unbracketed as CloudFront writes it),
//! `cloudfront-viewer-http-version` and `cloudfront-forwarded-proto`
//! (`http`). Country, city, ASN, device detection and TLS headers cannot be
//! derived on a laptop: fixed values can be configured
//! ([`Config::viewer_headers`]).

pub mod config;
mod functions;
mod log;
mod metrics;
mod proxy;

pub use config::{FileConfig, PathPattern};
pub use log::Log;

use crate::features::Runtime;
use crate::limits::Limits;
use crate::runtime::KeyValueStore;
use http::{HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use proxy::{Conn, Proxy};
use serde::Deserialize;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Everything the proxy needs. [`Config::new`] gives CloudFront-like
/// defaults; [`FileConfig`] reads one from TOML.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where viewers connect (port 0: any free port, see [`Handle::addr`]).
    pub listen: SocketAddr,
    /// The origin: `http://host:port`, optionally with a path prefix.
    pub origin: http::Uri,
    /// Where `/metrics` and `/healthz` are served, if anywhere.
    pub admin: Option<SocketAddr>,
    /// What applies to paths no other behavior matches.
    pub default_behavior: Behavior,
    /// Cache behaviors; the most specific matching pattern wins (ties: the
    /// first listed).
    pub behaviors: Vec<Behavior>,
    /// `event.context`'s distribution fields.
    pub distribution: Distribution,
    /// Fixed headers added to every viewer request (e.g.
    /// `cloudfront-viewer-country`), replacing any the viewer sent.
    pub viewer_headers: Vec<(HeaderName, HeaderValue)>,
    /// Whether the derivable `cloudfront-viewer-*` headers are added
    /// (CloudFront adds them when the origin request policy asks for
    /// them; each header is work for every function run).
    pub derive_viewer_headers: bool,
    /// What `cf.edgeLocation` reports in viewer-request (2.0).
    pub edge_location: Option<EdgeLocationConfig>,
    /// How often function files are checked for changes; `None` turns hot
    /// reload off.
    pub reload_interval: Option<Duration>,
    /// How long to wait for the origin's response headers (then 504).
    pub origin_timeout: Duration,
    /// How long a shutdown waits for requests in flight.
    pub shutdown_timeout: Duration,
    /// Worker threads (0: one per CPU).
    pub worker_threads: usize,
    /// Whether SIGINT and SIGTERM shut the proxy down (the command line
    /// sets this; embedders usually call [`Handle::shutdown`]).
    pub handle_signals: bool,
    /// Where access lines, function logs and reload messages go.
    pub log: Log,
}

impl Config {
    /// A proxy for `origin` on an ephemeral loopback port, with no
    /// functions, no admin listener and CloudFront's defaults elsewhere.
    pub fn new(origin: http::Uri) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            origin,
            admin: None,
            default_behavior: Behavior::default(),
            behaviors: Vec::new(),
            distribution: Distribution::default(),
            viewer_headers: Vec::new(),
            derive_viewer_headers: true,
            edge_location: None,
            reload_interval: Some(Duration::from_millis(500)),
            origin_timeout: Duration::from_secs(30),
            shutdown_timeout: Duration::from_secs(30),
            worker_threads: 0,
            handle_signals: false,
            log: Log::Stderr,
        }
    }
}

/// A cache behavior: a path pattern and the functions associated with it.
#[derive(Clone, Debug)]
pub struct Behavior {
    /// The pattern (see [`PathPattern`]); ignored for the default behavior.
    pub path_pattern: String,
    /// The viewer-request function.
    pub viewer_request: Option<FunctionSpec>,
    /// The viewer-response function.
    pub viewer_response: Option<FunctionSpec>,
}

impl Default for Behavior {
    fn default() -> Behavior {
        Behavior {
            path_pattern: "*".into(),
            viewer_request: None,
            viewer_response: None,
        }
    }
}

/// A function file and how it runs.
#[derive(Clone, Debug)]
pub struct FunctionSpec {
    /// The JavaScript file (watched for changes).
    pub path: PathBuf,
    /// Its runtime.
    pub runtime: Runtime,
    /// Its limits.
    pub limits: Limits,
    /// The key value store associated with it.
    pub kvs: Option<Arc<dyn KeyValueStore>>,
}

impl FunctionSpec {
    /// A `cloudfront-js-2.0` function with CloudFront's limits and no
    /// store.
    pub fn new(path: impl Into<PathBuf>) -> FunctionSpec {
        FunctionSpec {
            path: path.into(),
            runtime: Runtime::default(),
            limits: Limits::default(),
            kvs: None,
        }
    }
}

/// `context.distributionId` and `context.distributionDomainName`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Distribution {
    /// The distribution ID.
    pub id: String,
    /// The distribution's domain name.
    pub domain_name: String,
}

/// What `cf.edgeLocation` reports; its `serverIp` is the proxy's address
/// on the viewer's connection.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EdgeLocationConfig {
    /// The location's name (an airport code, e.g. `SEA`).
    pub name: String,
    /// The AWS region (e.g. `us-west-2`).
    pub region: String,
}

/// Why the proxy could not start.
#[derive(Debug)]
pub enum ServeError {
    /// A function file could not be read or compiled.
    Function(String),
    /// The configuration is inconsistent.
    Config(String),
    /// A listener could not be bound.
    Bind(SocketAddr, std::io::Error),
    /// The async runtime could not start.
    Runtime(std::io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Function(msg) | ServeError::Config(msg) => f.write_str(msg),
            ServeError::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            ServeError::Runtime(e) => write!(f, "cannot start the async runtime: {e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// A running proxy. Dropping it shuts the proxy down, as
/// [`Handle::shutdown`] does.
#[derive(Debug)]
pub struct Handle {
    /// The proxy's address (with the port chosen when 0 was asked for).
    pub addr: SocketAddr,
    /// The admin listener's address.
    pub admin_addr: Option<SocketAddr>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Handle {
    /// Stops accepting connections, lets the requests in flight finish
    /// (up to [`Config::shutdown_timeout`]) and returns when they have.
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    /// Waits until the proxy stops (after SIGINT or SIGTERM when
    /// [`Config::handle_signals`] is set).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    fn stop_and_join(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// Compiles the functions, binds the listeners and starts the proxy on
/// its own threads.
pub fn start(config: Config) -> Result<Handle, ServeError> {
    let origin = proxy::Origin::new(&config.origin).map_err(ServeError::Config)?;
    for b in &config.behaviors {
        PathPattern::new(&b.path_pattern).map_err(ServeError::Config)?;
    }
    let slots = functions::Slots::load(&config).map_err(ServeError::Function)?;
    let listener = bind(config.listen)?;
    let admin = config.admin.map(bind).transpose()?;
    let addr = listener
        .local_addr()
        .map_err(|e| ServeError::Bind(config.listen, e))?;
    let admin_addr = match (&admin, config.admin) {
        (Some(l), Some(a)) => Some(l.local_addr().map_err(|e| ServeError::Bind(a, e))?),
        _ => None,
    };
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.enable_all().thread_name("edgefn-serve");
    if config.worker_threads > 0 {
        builder.worker_threads(config.worker_threads);
    }
    let runtime = builder.build().map_err(ServeError::Runtime)?;
    let (stop, stopped) = watch::channel(false);
    let thread = std::thread::Builder::new()
        .name("edgefn-serve-main".into())
        .spawn(move || {
            runtime.block_on(async move {
                let proxy = Arc::new(Proxy::new(&config, origin, slots));
                serve(proxy, &config, listener, admin, stopped).await;
            });
        })
        .map_err(ServeError::Runtime)?;
    Ok(Handle {
        addr,
        admin_addr,
        stop,
        thread: Some(thread),
    })
}

fn bind(addr: SocketAddr) -> Result<std::net::TcpListener, ServeError> {
    let listener = std::net::TcpListener::bind(addr).map_err(|e| ServeError::Bind(addr, e))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| ServeError::Bind(addr, e))?;
    Ok(listener)
}

/// Resolves when a SIGINT or SIGTERM arrives (never when `enabled` is
/// false).
async fn signal(enabled: bool) {
    if !enabled {
        return std::future::pending().await;
    }
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The accept loops, the reloader, and the graceful shutdown.
async fn serve(
    proxy: Arc<Proxy>,
    config: &Config,
    listener: std::net::TcpListener,
    admin: Option<std::net::TcpListener>,
    mut stopped: watch::Receiver<bool>,
) {
    let (listener, admin) = match (
        TcpListener::from_std(listener),
        admin.map(TcpListener::from_std).transpose(),
    ) {
        (Ok(l), Ok(a)) => (l, a),
        (Err(e), _) | (_, Err(e)) => {
            proxy.log_event("error", &format!("cannot register the listeners: {e}"));
            return;
        }
    };
    if let Some(interval) = config.reload_interval {
        tokio::spawn(functions::reloader(
            proxy.clone(),
            interval,
            stopped.clone(),
        ));
    }
    let graceful = GracefulShutdown::new();
    let signal = signal(config.handle_signals);
    tokio::pin!(signal);
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let local = stream.local_addr().unwrap_or(peer);
                    let _ = stream.set_nodelay(true);
                    let conn = Conn { peer, local };
                    let p = proxy.clone();
                    let service = service_fn(move |req| proxy::handle(p.clone(), conn, req));
                    let connection = http1::Builder::new()
                        .timer(TokioTimer::new())
                        .serve_connection(TokioIo::new(stream), service);
                    let watched = graceful.watch(connection);
                    tokio::spawn(async move {
                        // A connection error (a viewer going away) concerns
                        // that connection only.
                        let _ = watched.await;
                    });
                }
                Err(e) => accept_failed(&proxy, e).await,
            },
            accepted = accept_admin(admin.as_ref()) => match accepted {
                Ok((stream, _)) => {
                    let p = proxy.clone();
                    let service = service_fn(move |req| proxy::admin(p.clone(), req));
                    let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
                    let watched = graceful.watch(connection);
                    tokio::spawn(async move {
                        let _ = watched.await;
                    });
                }
                Err(e) => accept_failed(&proxy, e).await,
            },
            _ = stopped.changed() => break,
            _ = &mut signal => break,
        }
    }
    drop(listener);
    drop(admin);
    proxy.log_event(
        "shutdown",
        &format!("waiting for {} requests in flight", proxy.in_flight()),
    );
    if tokio::time::timeout(config.shutdown_timeout, graceful.shutdown())
        .await
        .is_err()
    {
        proxy.log_event("shutdown", "timed out waiting for requests in flight");
    }
}

/// An accept error (out of file descriptors, most often) is logged and
/// the loop pauses briefly instead of spinning.
async fn accept_failed(proxy: &Proxy, e: std::io::Error) {
    proxy.log_event("error", &format!("cannot accept a connection: {e}"));
    tokio::time::sleep(Duration::from_millis(50)).await;
}

async fn accept_admin(
    admin: Option<&TcpListener>,
) -> std::io::Result<(tokio::net::TcpStream, SocketAddr)> {
    match admin {
        Some(l) => l.accept().await,
        None => std::future::pending().await,
    }
}
