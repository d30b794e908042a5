//! One request through the proxy: viewer headers, the viewer-request
//! function, the origin, the viewer-response function, the access log;
//! and the admin listener's `/metrics`.

use super::functions::{Ran, Slot, Slots};
use super::log::{Line, Log};
use super::metrics::{Exposition, ProxyMetrics};
use super::{Config, EdgeLocationConfig, PathPattern};
use crate::http::{
    Context, Forward, apply_request_changes, error_response, fill_request_event,
    fill_response_event, request_event, response_from, run_request_changes, run_response_changes,
};
use crate::runtime::{EdgeLocation, Event, FunctionError, HandlerResult, Returned, RunOptions};
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::uri::{Authority, PathAndQuery, Scheme};
use http::{Request, Response, StatusCode, Uri, Version};
use http_body_util::{Either, Full};
use hyper::body::Bytes;
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::cell::RefCell;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// What the proxy answers with: a body it made, or the origin's, streamed.
pub(crate) type ProxyBody = Either<Full<Bytes>, Incoming>;

/// The two ends of a viewer's connection.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Conn {
    pub(crate) peer: SocketAddr,
    pub(crate) local: SocketAddr,
}

/// Where requests are forwarded.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    scheme: Scheme,
    authority: Authority,
    host: HeaderValue,
    /// CloudFront's origin path: prepended to every forwarded path.
    prefix: String,
}

impl Origin {
    pub(crate) fn new(uri: &Uri) -> Result<Origin, String> {
        if uri.scheme() != Some(&Scheme::HTTP) {
            return Err(format!("origin {uri}: only http:// origins are supported"));
        }
        let authority = uri
            .authority()
            .cloned()
            .ok_or_else(|| format!("origin {uri}: needs a host"))?;
        if uri.query().is_some() {
            return Err(format!("origin {uri}: may not have a query string"));
        }
        let host = HeaderValue::from_str(authority.as_str())
            .map_err(|_| format!("origin {uri}: invalid host"))?;
        let prefix = uri.path().trim_end_matches('/').to_string();
        Ok(Origin {
            scheme: Scheme::HTTP,
            authority,
            host,
            prefix,
        })
    }

    fn uri(&self, path_and_query: Option<&PathAndQuery>) -> Result<Uri, http::Error> {
        let pq = path_and_query.map_or("/", PathAndQuery::as_str);
        let builder = Uri::builder()
            .scheme(self.scheme.clone())
            .authority(self.authority.clone());
        if self.prefix.is_empty() {
            builder.path_and_query(pq).build()
        } else {
            builder
                .path_and_query(format!("{}{pq}", self.prefix))
                .build()
        }
    }
}

/// A behavior with its compiled functions.
struct Route {
    pattern: Option<PathPattern>,
    name: Arc<str>,
    viewer_request: Option<Arc<Slot>>,
    viewer_response: Option<Arc<Slot>>,
}

/// Unique request IDs in CloudFront's shape (56 characters of URL-safe
/// base64), and the `Math.random` seed of each request.
struct RequestIds {
    key: u64,
    next: AtomicU64,
}

/// SplitMix64's output function: a bijection, so distinct inputs give
/// distinct IDs.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl RequestIds {
    fn new() -> RequestIds {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        RequestIds {
            key: mix(now ^ u64::from(std::process::id()).rotate_left(32)),
            next: AtomicU64::new(0),
        }
    }

    fn next(&self) -> (String, u64) {
        let n = self.next.fetch_add(1, Relaxed);
        let first = mix(self.key.wrapping_add(n));
        let mut bytes = [0u8; 40];
        let mut block = first;
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(&block.to_be_bytes());
            block = mix(block ^ self.key);
        }
        (crate::runtime::base64::encode_url(&bytes), block)
    }
}

/// The proxy's shared state.
pub(crate) struct Proxy {
    origin: Origin,
    routes: Vec<Route>,
    default_route: Route,
    /// The distribution's fields of every event; each request's ID is
    /// set on its event.
    context: Context,
    viewer_headers: Vec<(HeaderName, HeaderValue)>,
    derive_viewer_headers: bool,
    edge_location: Option<EdgeLocationConfig>,
    client: Client<HttpConnector, Incoming>,
    origin_timeout: Duration,
    ids: RequestIds,
    via: HeaderValue,
    pub(crate) slots: Vec<Arc<Slot>>,
    pub(crate) metrics: ProxyMetrics,
    pub(crate) log: Log,
}

impl Proxy {
    pub(crate) fn new(config: &Config, origin: Origin, slots: Slots) -> Proxy {
        let route = |b: &super::Behavior,
                     (req, resp): (Option<usize>, Option<usize>),
                     default: bool| Route {
            pattern: if default {
                None
            } else {
                PathPattern::new(&b.path_pattern).ok()
            },
            name: if default {
                Arc::from("default")
            } else {
                Arc::from(b.path_pattern.as_str())
            },
            viewer_request: req.and_then(|i| slots.all.get(i).cloned()),
            viewer_response: resp.and_then(|i| slots.all.get(i).cloned()),
        };
        let mut routes: Vec<Route> = config
            .behaviors
            .iter()
            .zip(slots.behaviors.iter())
            .map(|(b, s)| route(b, *s, false))
            .collect();
        // Most specific first; the sort is stable, so ties keep their order.
        routes.sort_by_key(|r| {
            std::cmp::Reverse(r.pattern.as_ref().map_or(0, PathPattern::specificity))
        });
        let default_slots = slots.behaviors.last().copied().unwrap_or((None, None));
        let default_route = route(&config.default_behavior, default_slots, true);
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        connector.set_connect_timeout(Some(Duration::from_secs(10)));
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(connector);
        let via =
            HeaderValue::from_str(&format!("1.1 {} (edgefn)", config.distribution.domain_name))
                .unwrap_or_else(|_| HeaderValue::from_static("1.1 edgefn"));
        Proxy {
            origin,
            routes,
            default_route,
            context: Context {
                distribution_domain_name: Some(config.distribution.domain_name.clone()),
                distribution_id: Some(config.distribution.id.clone()),
                request_id: None,
            },
            viewer_headers: config.viewer_headers.clone(),
            derive_viewer_headers: config.derive_viewer_headers,
            edge_location: config.edge_location.clone(),
            client,
            origin_timeout: config.origin_timeout,
            ids: RequestIds::new(),
            via,
            slots: slots.all,
            metrics: ProxyMetrics::default(),
            log: config.log.clone(),
        }
    }

    fn route(&self, path: &str) -> &Route {
        self.routes
            .iter()
            .find(|r| r.pattern.as_ref().is_some_and(|p| p.matches(path)))
            .unwrap_or(&self.default_route)
    }

    pub(crate) fn in_flight(&self) -> i64 {
        self.metrics.in_flight.get()
    }

    /// Writes a line about the proxy itself (start, shutdown, errors).
    pub(crate) fn log_event(&self, kind: &str, message: &str) {
        if self.log.enabled() {
            let mut line = Line::new(kind);
            line.str("message", message);
            self.log.write(line);
        }
    }

    /// Replaces the `cloudfront-*` headers a viewer sent with the ones
    /// edgefn derives and the configured fixed ones.
    fn viewer_headers(&self, headers: &mut HeaderMap, conn: &Conn, version: Version) {
        let spoofed: Vec<HeaderName> = headers
            .keys()
            .filter(|n| n.as_str().starts_with("cloudfront-"))
            .cloned()
            .collect();
        for name in spoofed {
            headers.remove(&name);
        }
        if self.derive_viewer_headers {
            derive_viewer_headers(headers, conn, version);
        }
        for (n, v) in &self.viewer_headers {
            headers.insert(n.clone(), v.clone());
        }
    }
}

// Names made once: `HeaderName::from_static` outside a const context
// searches the standard names on every call.
static VIEWER_ADDRESS: HeaderName = HeaderName::from_static("cloudfront-viewer-address");
static VIEWER_HTTP_VERSION: HeaderName = HeaderName::from_static("cloudfront-viewer-http-version");
static FORWARDED_PROTO: HeaderName = HeaderName::from_static("cloudfront-forwarded-proto");
static X_AMZ_CF_ID: HeaderName = HeaderName::from_static("x-amz-cf-id");
static X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

thread_local! {
    /// Events to refill ([`fill_request_event`]): a request's event comes
    /// from here and goes back when the request is done, so steady traffic
    /// allocates next to nothing for its events.
    static EVENTS: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
}

/// Events a thread keeps for reuse (more are dropped).
const POOLED_EVENTS: usize = 16;

/// A request's event, taken from this thread's pool and given back (to the
/// pool of the thread that drops it) when the request is done; and the
/// response part it had when it was given back, kept aside (a request's
/// event has none) for [`PooledEvent::fill_response`] to refill.
struct PooledEvent(Event, Option<crate::runtime::Response>);

impl PooledEvent {
    fn take(parts: &http::request::Parts, viewer: IpAddr, context: &Context) -> PooledEvent {
        match EVENTS.with(|pool| pool.borrow_mut().pop()) {
            Some(mut e) => {
                let spare = e.response.take();
                fill_request_event(&mut e, parts, viewer, context);
                PooledEvent(e, spare)
            }
            None => PooledEvent(request_event(parts, viewer, context), None),
        }
    }

    /// Makes the event the viewer-response event for the origin's
    /// response `parts` ([`fill_response_event`]), refilling the response
    /// part kept aside rather than building one.
    fn fill_response(&mut self, parts: &http::response::Parts) {
        if self.0.response.is_none() {
            self.0.response = self.1.take();
        }
        fill_response_event(&mut self.0, parts);
    }
}

impl std::ops::Deref for PooledEvent {
    type Target = Event;
    fn deref(&self) -> &Event {
        &self.0
    }
}

impl std::ops::DerefMut for PooledEvent {
    fn deref_mut(&mut self) -> &mut Event {
        &mut self.0
    }
}

/// The most text a pooled event may keep: an event grown by an unusually
/// large request is dropped, not kept for the life of the thread.
const POOLED_EVENT_BYTES: usize = 16 * 1024;

/// About how many bytes of text `e` holds on to.
fn retained_bytes(e: &Event) -> usize {
    // A response cookie's attributes are text too.
    let entry = |e: &crate::runtime::Entry| {
        e.value.capacity() + e.attributes.as_ref().map_or(0, String::capacity)
    };
    let entries = |m: &crate::runtime::Entries| {
        m.0.iter()
            .map(|(n, e)| {
                let items = e.multi_value.iter().flatten();
                n.capacity() + entry(e) + items.map(entry).sum::<usize>()
            })
            .sum::<usize>()
    };
    let r = &e.request;
    let response = e.response.as_ref().map_or(0, |r| {
        r.status_description.as_ref().map_or(0, String::capacity)
            + entries(&r.headers)
            + entries(&r.cookies)
    });
    r.uri.capacity()
        + e.raw_query.as_ref().map_or(0, String::capacity)
        + entries(&r.headers)
        + entries(&r.querystring)
        + entries(&r.cookies)
        + response
}

impl Drop for PooledEvent {
    fn drop(&mut self) {
        let mut e = std::mem::replace(&mut self.0, Event::empty());
        // The next request refills the request part, and its response the
        // response part (the event's, or the one kept aside).
        if e.response.is_none() {
            e.response = self.1.take();
        }
        if retained_bytes(&e) > POOLED_EVENT_BYTES {
            return;
        }
        // A thread that is shutting down has no pool left: the event is
        // simply dropped.
        let _ = EVENTS.try_with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.len() < POOLED_EVENTS {
                pool.push(e);
            }
        });
    }
}

/// The `cloudfront-viewer-*` headers a local proxy knows the value of.
fn derive_viewer_headers(headers: &mut HeaderMap, conn: &Conn, version: Version) {
    let mut address = crate::http::ip_text(conn.peer.ip());
    address.push(':');
    crate::http::push_decimal(&mut address, conn.peer.port());
    if let Ok(v) = HeaderValue::from_str(&address) {
        headers.insert(VIEWER_ADDRESS.clone(), v);
    }
    let http_version = match version {
        Version::HTTP_09 => "0.9",
        Version::HTTP_10 => "1.0",
        Version::HTTP_2 => "2.0",
        Version::HTTP_3 => "3.0",
        _ => "1.1",
    };
    headers.insert(
        VIEWER_HTTP_VERSION.clone(),
        HeaderValue::from_static(http_version),
    );
    headers.insert(FORWARDED_PROTO.clone(), HeaderValue::from_static("http"));
}

impl Proxy {
    fn run_options(&self, seed: u64, conn: &Conn, viewer_request: bool) -> RunOptions {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or(0.0);
        let edge_location = match (&self.edge_location, viewer_request) {
            (Some(e), true) => Some(EdgeLocation {
                name: e.name.clone(),
                server_ip: conn.local.ip().to_string(),
                region: e.region.clone(),
            }),
            _ => None,
        };
        RunOptions {
            clock_ms: ms,
            seed,
            edge_location,
        }
    }
}

/// Connection-level headers a proxy does not pass on (RFC 9110 §7.6.1),
/// plus the framing headers it recomputes.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

fn strip_hop_by_hop(headers: &mut HeaderMap) {
    // Most messages have none: one pass over the names tells, where
    // removing each name would hash it.
    if !headers.keys().any(|n| HOP_BY_HOP.contains(&n.as_str())) {
        return;
    }
    let listed: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|n| HeaderName::from_bytes(n.trim().as_bytes()).ok())
        .collect();
    for name in listed {
        headers.remove(name);
    }
    for name in HOP_BY_HOP {
        headers.remove(*name);
    }
}

/// What the access log says about one function run.
struct FunctionRecord {
    function: Arc<str>,
    outcome: &'static str,
    steps: u64,
    utilization: u8,
    micros: u64,
}

impl FunctionRecord {
    fn new<R>(slot: &Slot, ran: &Ran<R>, outcome: &'static str) -> FunctionRecord {
        FunctionRecord {
            function: slot.name.clone(),
            outcome,
            steps: ran.outcome.steps,
            utilization: ran.outcome.compute_utilization,
            micros: u64::try_from(ran.elapsed.as_micros()).unwrap_or(u64::MAX),
        }
    }

    fn line(&self) -> Line {
        let mut o = Line::object();
        o.str("function", &self.function)
            .str("outcome", self.outcome)
            .num("steps", self.steps)
            .num("utilization", u64::from(self.utilization))
            .num("us", self.micros);
        o
    }
}

/// Everything the access log line of a request holds.
struct Access {
    request_id: String,
    behavior: Option<Arc<str>>,
    viewer_request: Option<FunctionRecord>,
    viewer_response: Option<FunctionRecord>,
    origin_uri: Option<String>,
    origin_micros: Option<u64>,
    error: Option<String>,
}

/// Counts a request in flight for as long as it lives, even when the
/// viewer goes away and its future is dropped.
struct InFlight<'a>(&'a ProxyMetrics);

impl<'a> InFlight<'a> {
    fn new(m: &'a ProxyMetrics) -> InFlight<'a> {
        m.in_flight.inc();
        InFlight(m)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.dec();
    }
}

/// The hyper service: one viewer request.
pub(crate) async fn handle(
    proxy: Arc<Proxy>,
    conn: Conn,
    req: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    let start = Instant::now();
    let _in_flight = InFlight::new(&proxy.metrics);
    let method = req.method().clone();
    let uri = req.uri().to_string();
    let (request_id, seed) = proxy.ids.next();
    let mut access = Access {
        request_id,
        behavior: None,
        viewer_request: None,
        viewer_response: None,
        origin_uri: None,
        origin_micros: None,
        error: None,
    };
    let mut response = forward(&proxy, conn, req, seed, &mut access).await;
    if let Ok(id) = HeaderValue::from_str(&access.request_id) {
        response.headers_mut().insert(X_AMZ_CF_ID.clone(), id);
    }
    response
        .headers_mut()
        .append(header::VIA, proxy.via.clone());
    let elapsed = start.elapsed();
    let status = response.status().as_u16();
    proxy.metrics.response(status, elapsed);
    if proxy.log.enabled() {
        let mut line = Line::new("access");
        line.str("request_id", &access.request_id)
            .str("client", &conn.peer.to_string())
            .str("method", method.as_str())
            .str("uri", &uri)
            .num("status", u64::from(status))
            .str("behavior", access.behavior.as_deref().unwrap_or(""));
        if let Some(f) = &access.viewer_request {
            line.object_field("viewer_request", f.line());
        }
        if let Some(f) = &access.viewer_response {
            line.object_field("viewer_response", f.line());
        }
        if let Some(u) = &access.origin_uri {
            line.str("origin_uri", u);
        }
        if let Some(us) = access.origin_micros {
            line.num("origin_us", us);
        }
        if let Some(e) = &access.error {
            line.str("error", e);
        }
        line.num("us", u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX));
        proxy.log.write(line);
    }
    Ok(response)
}

fn full(body: impl Into<Bytes>) -> ProxyBody {
    Either::Left(Full::new(body.into()))
}

/// A plain-text response made by the proxy itself.
fn plain(status: StatusCode, text: &str) -> Response<ProxyBody> {
    let mut r = Response::new(full(format!("{} {text}\n", status.as_u16())));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    r
}

/// The response CloudFront sends for a function failure.
fn failure(error: &FunctionError) -> Response<ProxyBody> {
    error_response(error).map(full)
}

/// A made body's length is hyper's to write: a function cannot break the
/// framing by setting `content-length` or `transfer-encoding`.
fn made_body(response: http::Response<Vec<u8>>) -> Response<ProxyBody> {
    let mut response = response.map(full);
    response.headers_mut().remove(header::CONTENT_LENGTH);
    response.headers_mut().remove(header::TRANSFER_ENCODING);
    response
}

/// The outcome label of a viewer-request run: what it returned (the
/// request, handed back or changed, or a response), or its failure.
fn request_outcome_label(ran: &Ran) -> &'static str {
    match &ran.outcome.result {
        Ok(Returned::Event | Returned::Result(HandlerResult::Request(_))) => "request",
        Ok(Returned::Result(HandlerResult::Response(_))) => "response",
        Err(e) => e.result_type(),
    }
}

/// Writes a function's `console.log` lines to the log.
fn function_logs<R>(proxy: &Proxy, slot: &Slot, ran: &Ran<R>, request_id: &str) {
    if !proxy.log.enabled() {
        return;
    }
    for message in &ran.outcome.logs {
        let mut line = Line::new("function_log");
        line.str("request_id", request_id)
            .str("function", &slot.name)
            .str("event_type", slot.event_type.name())
            .str("message", message);
        proxy.log.write(line);
    }
}

/// The result could not be written as HTTP: CloudFront counts that as an
/// invalid result (502).
fn bridge_failure(
    slot: &Slot,
    record: &mut Option<FunctionRecord>,
    message: String,
) -> FunctionError {
    slot.metrics.error(super::metrics::ErrorKind::Validation);
    let error = FunctionError::Validation {
        field: format!("the {} result", slot.event_type.name()),
        message,
    };
    if let Some(r) = record {
        r.outcome = error.result_type();
    }
    error
}

async fn forward(
    proxy: &Proxy,
    conn: Conn,
    req: Request<Incoming>,
    seed: u64,
    access: &mut Access,
) -> Response<ProxyBody> {
    let (mut parts, body) = req.into_parts();
    let viewer_version = parts.version;
    proxy.viewer_headers(&mut parts.headers, &conn, viewer_version);
    let route = proxy.route(parts.uri.path());
    access.behavior = Some(route.name.clone());
    let event_of = |parts: &http::request::Parts| {
        let mut e = PooledEvent::take(parts, conn.peer.ip(), &proxy.context);
        e.context.request_id = Some(access.request_id.clone());
        e
    };
    // The request as the viewer-response event shows it: as the
    // viewer-request function left it.
    let mut event: Option<PooledEvent> = None;
    if let (Some(slot), None) = (&route.viewer_request, &route.viewer_response) {
        // Nothing shows the request after the function: its result is
        // applied to `parts` as the run reads it.
        let e = event_of(&parts);
        let options = proxy.run_options(seed, &conn, true);
        let ran = slot.run_with(|worker| run_request_changes(worker, &e, &options, &mut parts));
        function_logs(proxy, slot, &ran, &access.request_id);
        let label = match &ran.outcome.result {
            Ok(Ok(Forward::Viewer(_))) => "response",
            Ok(_) => "request",
            Err(e) => e.result_type(),
        };
        access.viewer_request = Some(FunctionRecord::new(slot, &ran, label));
        match ran.outcome.result {
            Ok(Ok(Forward::Origin)) => {}
            Ok(Ok(Forward::Viewer(response))) => {
                proxy.metrics.generated.inc();
                return made_body(response);
            }
            Ok(Err(b)) => {
                let error = bridge_failure(slot, &mut access.viewer_request, b.0);
                access.error = Some(error.to_string());
                return failure(&error);
            }
            Err(error) => {
                access.error = Some(error.to_string());
                return failure(&error);
            }
        }
    } else if let Some(slot) = &route.viewer_request {
        let mut e = event_of(&parts);
        let ran = slot.run(&e, &proxy.run_options(seed, &conn, true));
        function_logs(proxy, slot, &ran, &access.request_id);
        access.viewer_request = Some(FunctionRecord::new(slot, &ran, request_outcome_label(&ran)));
        match ran.outcome.result {
            // `request_event` gives no request entry attributes and no
            // nested `multiValue`: the event's request is the result.
            Ok(Returned::Event) => event = Some(e),
            Ok(Returned::Result(HandlerResult::Request(r))) => {
                // The viewer-response event shows the request as the
                // function left it; applying consumes the result.
                let shown = route.viewer_response.is_some().then(|| r.clone());
                if let Err(b) = apply_request_changes(&e.request, r, &mut parts) {
                    let error = bridge_failure(slot, &mut access.viewer_request, b.0);
                    access.error = Some(error.to_string());
                    return failure(&error);
                }
                if let Some(r) = shown {
                    e.request = r;
                    event = Some(e);
                }
            }
            Ok(Returned::Result(HandlerResult::Response(r))) => {
                proxy.metrics.generated.inc();
                return match response_from(r) {
                    Ok(response) => made_body(response),
                    Err(b) => {
                        let error = bridge_failure(slot, &mut access.viewer_request, b.0);
                        access.error = Some(error.to_string());
                        failure(&error)
                    }
                };
            }
            Err(error) => {
                access.error = Some(error.to_string());
                return failure(&error);
            }
        }
    } else if route.viewer_response.is_some() {
        event = Some(event_of(&parts));
    }

    // To the origin, as CloudFront sends it by default: the origin's host,
    // the viewer's address appended to X-Forwarded-For, CloudFront's
    // request ID and Via.
    let uri = match proxy.origin.uri(parts.uri.path_and_query()) {
        Ok(u) => u,
        Err(e) => {
            access.error = Some(format!("cannot build the origin URI: {e}"));
            return plain(StatusCode::BAD_GATEWAY, "Bad Gateway");
        }
    };
    access.origin_uri = Some(uri.to_string());
    parts.uri = uri;
    strip_hop_by_hop(&mut parts.headers);
    parts
        .headers
        .insert(header::HOST, proxy.origin.host.clone());
    append_forwarded_for(&mut parts.headers, conn.peer.ip());
    if let Ok(id) = HeaderValue::from_str(&access.request_id) {
        parts.headers.insert(X_AMZ_CF_ID.clone(), id);
    }
    parts.headers.append(header::VIA, proxy.via.clone());
    parts.version = Version::HTTP_11;
    proxy.metrics.origin_requests.inc();
    let origin_start = Instant::now();
    let sent = tokio::time::timeout(
        proxy.origin_timeout,
        proxy.client.request(Request::from_parts(parts, body)),
    )
    .await;
    let origin_elapsed = origin_start.elapsed();
    access.origin_micros = Some(u64::try_from(origin_elapsed.as_micros()).unwrap_or(u64::MAX));
    proxy
        .metrics
        .origin_duration
        .observe_duration(origin_elapsed);
    let response = match sent {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            proxy.metrics.origin_errors.inc();
            access.error = Some(format!("origin: {e}"));
            return plain(
                StatusCode::BAD_GATEWAY,
                "Bad Gateway: the origin could not be reached",
            );
        }
        Err(_) => {
            proxy.metrics.origin_timeouts.inc();
            access.error = Some(format!(
                "origin: no response within {:?}",
                proxy.origin_timeout
            ));
            return plain(
                StatusCode::GATEWAY_TIMEOUT,
                "Gateway Timeout: the origin did not answer in time",
            );
        }
    };
    let (mut parts, body) = response.into_parts();
    strip_hop_by_hop(&mut parts.headers);
    // The viewer gets its own protocol version, whatever the origin spoke.
    parts.version = viewer_version;
    let (Some(slot), Some(e)) = (&route.viewer_response, &mut event) else {
        return Response::from_parts(parts, Either::Right(body));
    };
    if parts.status.as_u16() >= 400 {
        // CloudFront does not run viewer-response functions on errors.
        access.viewer_response = Some(FunctionRecord {
            function: slot.name.clone(),
            outcome: "skipped",
            steps: 0,
            utilization: 0,
            micros: 0,
        });
        return Response::from_parts(parts, Either::Right(body));
    }
    // The request's event becomes the response's: nothing is copied.
    e.fill_response(&parts);
    let content_length = parts.headers.get(header::CONTENT_LENGTH).cloned();
    let options = proxy.run_options(seed, &conn, false);
    // The result is written into `parts` as the run reads it.
    let ran = slot.run_with(|worker| run_response_changes(worker, e, &options, &mut parts));
    function_logs(proxy, slot, &ran, &access.request_id);
    let label = match &ran.outcome.result {
        Ok(_) => "response",
        Err(e) => e.result_type(),
    };
    access.viewer_response = Some(FunctionRecord::new(slot, &ran, label));
    let applied = match ran.outcome.result {
        Ok(applied) => applied,
        Err(error) => {
            access.error = Some(error.to_string());
            return failure(&error);
        }
    };
    match applied {
        Ok(Some(new_body)) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, full(new_body))
        }
        Ok(None) => {
            // The origin's body goes on: its length is the origin's.
            parts.headers.remove(header::CONTENT_LENGTH);
            if let Some(len) = content_length {
                parts.headers.insert(header::CONTENT_LENGTH, len);
            }
            Response::from_parts(parts, Either::Right(body))
        }
        Err(b) => {
            let error = bridge_failure(slot, &mut access.viewer_response, b.0);
            access.error = Some(error.to_string());
            failure(&error)
        }
    }
}

fn append_forwarded_for(headers: &mut HeaderMap, ip: IpAddr) {
    let name = X_FORWARDED_FOR.clone();
    let value = match headers.get(&name).and_then(|v| v.to_str().ok()) {
        Some(existing) if !existing.is_empty() => {
            format!("{existing}, {}", crate::http::ip_text(ip))
        }
        _ => crate::http::ip_text(ip),
    };
    if let Ok(v) = HeaderValue::from_str(&value) {
        headers.insert(name, v);
    }
}

/// The admin service: `/metrics` (Prometheus text format) and `/healthz`.
pub(crate) async fn admin(
    proxy: Arc<Proxy>,
    req: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    Ok(match req.uri().path() {
        "/metrics" => {
            let mut r = Response::new(full(render_metrics(&proxy)));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; version=0.0.4"),
            );
            r
        }
        "/healthz" => plain(StatusCode::OK, "OK"),
        _ => plain(
            StatusCode::NOT_FOUND,
            "Not Found: the admin listener serves /metrics and /healthz",
        ),
    })
}

fn render_metrics(proxy: &Proxy) -> String {
    let mut out = Exposition::default();
    proxy.metrics.render(&mut out);
    let labels = |s: &Slot| {
        [
            ("function", s.name.to_string()),
            ("event_type", s.event_type.name().to_string()),
        ]
    };
    out.family(
        "edgefn_function_invocations_total",
        "counter",
        "Function runs.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        out.sample(
            "edgefn_function_invocations_total",
            &pairs(&l),
            s.metrics.invocations.get(),
        );
    }
    out.family(
        "edgefn_function_errors_total",
        "counter",
        "Function runs that failed, by kind.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        for kind in super::metrics::ErrorKind::ALL {
            let count = s.metrics.errors.get(kind as usize).map_or(0, |c| c.get());
            let mut p = pairs(&l);
            p.push(("kind", kind.label()));
            out.sample("edgefn_function_errors_total", &p, count);
        }
    }
    out.family(
        "edgefn_function_steps_total",
        "counter",
        "Steps executed by functions.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        out.sample(
            "edgefn_function_steps_total",
            &pairs(&l),
            s.metrics.steps.get(),
        );
    }
    out.family(
        "edgefn_function_compute_utilization",
        "histogram",
        "Compute utilization of each run, in percent.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        out.histogram(
            "edgefn_function_compute_utilization",
            &pairs(&l),
            &s.metrics.utilization,
        );
    }
    out.family(
        "edgefn_function_duration_seconds",
        "histogram",
        "Wall-clock time of each run.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        out.histogram(
            "edgefn_function_duration_seconds",
            &pairs(&l),
            &s.metrics.duration,
        );
    }
    out.family(
        "edgefn_function_reloads_total",
        "counter",
        "New versions of function files, by result.",
    );
    for s in &proxy.slots {
        let l = labels(s);
        let mut ok = pairs(&l);
        ok.push(("result", "loaded"));
        out.sample("edgefn_function_reloads_total", &ok, s.reloads.get());
        let mut refused = pairs(&l);
        refused.push(("result", "refused"));
        out.sample(
            "edgefn_function_reloads_total",
            &refused,
            s.reload_failures.get(),
        );
    }
    out.finish()
}

fn pairs<'a>(labels: &'a [(&'static str, String); 2]) -> Vec<(&'static str, &'a str)> {
    labels.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_unique_and_cloudfront_shaped() {
        let ids = RequestIds::new();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..10_000 {
            let (id, _) = ids.next();
            assert_eq!(id.len(), 56);
            assert!(id.ends_with("=="));
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
            );
            assert!(seen.insert(id));
        }
    }

    #[test]
    fn origin_uris_keep_the_prefix() {
        let o = Origin::new(&"http://127.0.0.1:9000/base/".parse().unwrap()).unwrap();
        let pq: PathAndQuery = "/a?b=1".parse().unwrap();
        assert_eq!(
            o.uri(Some(&pq)).unwrap(),
            "http://127.0.0.1:9000/base/a?b=1"
        );
        let o = Origin::new(&"http://example.com".parse().unwrap()).unwrap();
        assert_eq!(o.uri(None).unwrap(), "http://example.com/");
        assert!(Origin::new(&"https://example.com".parse().unwrap()).is_err());
    }

    #[test]
    fn viewer_address_is_ip_colon_port() {
        for (peer, text) in [
            ("192.0.2.1:0", "192.0.2.1:0"),
            ("10.0.0.255:9", "10.0.0.255:9"),
            ("127.0.0.1:50312", "127.0.0.1:50312"),
            ("[2001:db8::1]:65535", "2001:db8::1:65535"),
        ] {
            let conn = Conn {
                peer: peer.parse().unwrap(),
                local: "127.0.0.1:8080".parse().unwrap(),
            };
            let mut h = HeaderMap::new();
            derive_viewer_headers(&mut h, &conn, Version::HTTP_11);
            assert_eq!(h["cloudfront-viewer-address"], text);
            assert_eq!(h["cloudfront-viewer-http-version"], "1.1");
            assert_eq!(h["cloudfront-forwarded-proto"], "http");
        }
    }

    #[test]
    fn only_small_events_are_pooled() {
        let event = |value: &str| {
            let (parts, _) = Request::get("/a?b=c")
                .header("x-big", value)
                .body(())
                .unwrap()
                .into_parts();
            request_event(&parts, "192.0.2.1".parse().unwrap(), &Context::default())
        };
        assert!(retained_bytes(&event("small")) < POOLED_EVENT_BYTES);
        assert!(retained_bytes(&event(&"x".repeat(POOLED_EVENT_BYTES))) > POOLED_EVENT_BYTES);
        let before = EVENTS.with(|p| p.borrow().len());
        drop(PooledEvent(event(&"x".repeat(POOLED_EVENT_BYTES)), None));
        assert_eq!(EVENTS.with(|p| p.borrow().len()), before);
        drop(PooledEvent(event("small"), None));
        assert_eq!(EVENTS.with(|p| p.borrow().len()), before + 1);
        // A response part kept aside counts too, cookie attributes and all.
        let big = |name: &str, value: String| {
            Response::builder()
                .header(name, value)
                .body(())
                .unwrap()
                .into_parts()
                .0
        };
        let x = "x".repeat(POOLED_EVENT_BYTES);
        for origin in [
            big("x-big", x.clone()),
            big("set-cookie", format!("a=1; {x}")),
        ] {
            let response = crate::http::response_event(&event("small"), &origin).response;
            drop(PooledEvent(event("small"), response));
            assert_eq!(EVENTS.with(|p| p.borrow().len()), before + 1);
        }
    }

    /// A pooled event refilled for a request has no response part, and
    /// refilled for the response, the response part built afresh, whatever
    /// it held before.
    #[test]
    fn pooled_events_are_fresh_events() {
        EVENTS.with(|p| p.borrow_mut().clear());
        let request = |uri: &str| Request::get(uri).body(()).unwrap().into_parts().0;
        let origin = |status: u16, lines: &[(&str, &str)]| {
            let mut b = Response::builder().status(status);
            for (n, v) in lines {
                b = b.header(*n, *v);
            }
            b.body(()).unwrap().into_parts().0
        };
        let origins = [
            origin(200, &[("content-type", "text/html"), ("set-cookie", "a=1")]),
            origin(404, &[("x-a", "1"), ("x-a", "2")]),
            origin(599, &[]),
        ];
        let (viewer, context) = ("192.0.2.1".parse().unwrap(), Context::default());
        for round in 0..6 {
            let parts = request(["/a", "/b?c=d"][round % 2]);
            let mut e = PooledEvent::take(&parts, viewer, &context);
            assert_eq!(*e, request_event(&parts, viewer, &context));
            if round % 3 != 2 {
                let next = &origins[round % origins.len()];
                e.fill_response(next);
                let fresh =
                    crate::http::response_event(&request_event(&parts, viewer, &context), next);
                assert_eq!(*e, fresh);
            }
        }
    }

    #[test]
    fn hop_by_hop_headers_go() {
        let mut h = HeaderMap::new();
        h.insert("connection", HeaderValue::from_static("close, x-private"));
        h.insert("x-private", HeaderValue::from_static("1"));
        h.insert("transfer-encoding", HeaderValue::from_static("chunked"));
        h.insert("x-kept", HeaderValue::from_static("1"));
        strip_hop_by_hop(&mut h);
        assert_eq!(h.len(), 1);
        assert!(h.contains_key("x-kept"));
    }
}
