//! `edgefn serve` end to end: a real origin (a tiny hyper server that echoes
//! what it receives) and the proxy on ephemeral loopback ports, real HTTP
//! requests from a hyper client.

use edgefn::Runtime;
use edgefn::serve::{Behavior, Config, FileConfig, FunctionSpec, Log, start};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::collections::HashSet;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A folder of function files, removed at the end of the test.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let path = std::env::temp_dir().join(format!("edgefn-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Dir(path)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        // Write then rename, as editors do, so that the proxy never reads
        // a half-written file.
        let tmp = self.0.join(format!(".{name}.tmp"));
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &path).unwrap();
        path
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The origin: echoes the request line and headers in its body and a few
/// of them in response headers; `/status/N` answers N, `/slow` waits
/// 300 ms, `/body` sends a 5-byte body.
struct Origin {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Origin {
    fn start() -> Origin {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(AtomicUsize::new(0));
        let h = hits.clone();
        runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let h = h.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |req| echo(h.clone(), req));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Origin {
            addr,
            hits,
            runtime: Some(runtime),
        }
    }

    fn url(&self) -> http::Uri {
        format!("http://{}", self.addr).parse().unwrap()
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Origin {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

async fn echo(
    hits: Arc<AtomicUsize>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    hits.fetch_add(1, Ordering::SeqCst);
    let path = req.uri().path().to_string();
    if path == "/slow" {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let mut body = format!("{} {}\n", req.method(), req.uri());
    for (n, v) in req.headers() {
        body.push_str(&format!("{n}: {}\n", String::from_utf8_lossy(v.as_bytes())));
    }
    let status = path
        .strip_prefix("/status/")
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let mut r = Response::builder()
        .status(status)
        .header("server", "test-origin")
        .header("x-origin-uri", req.uri().to_string())
        .header("set-cookie", "origin=1; Path=/");
    if let Some(m) = req.headers().get("x-fn-marker") {
        r = r.header("x-origin-marker", m);
    }
    let received = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    if !received.is_empty() {
        body.push_str(&format!("body: {}\n", String::from_utf8_lossy(&received)));
    }
    if path == "/body" {
        body = "12345".into();
    }
    Ok(r.body(Full::new(Bytes::from(body))).unwrap())
}

/// A response, read whole.
struct Got {
    status: StatusCode,
    headers: http::HeaderMap,
    body: String,
}

impl Got {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or_else(|| panic!("no {name} in {:?}", self.headers))
    }
}

/// A hyper client on its own single-threaded runtime.
struct Http {
    runtime: tokio::runtime::Runtime,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Http {
    fn new() -> Http {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let client = Client::builder(TokioExecutor::new()).build_http();
        Http { runtime, client }
    }

    fn get(&self, addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Got {
        let mut b = Request::get(format!("http://{addr}{path}"));
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        let req = b.body(Full::new(Bytes::new())).unwrap();
        self.runtime.block_on(send(&self.client, req))
    }
}

async fn send(client: &Client<HttpConnector, Full<Bytes>>, req: Request<Full<Bytes>>) -> Got {
    let r = client.request(req).await.expect("the proxy answers");
    let (parts, body) = r.into_parts();
    let body = body.collect().await.expect("a whole body").to_bytes();
    Got {
        status: parts.status,
        headers: parts.headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn config(origin: &Origin) -> Config {
    let mut c = Config::new(origin.url());
    c.reload_interval = Some(Duration::from_millis(20));
    c.worker_threads = 2;
    c.log = if std::env::var_os("EDGEFN_SERVE_TEST_LOG").is_some() {
        Log::Stderr
    } else {
        Log::Discard
    };
    c
}

fn js2(path: PathBuf) -> Option<FunctionSpec> {
    Some(FunctionSpec::new(path))
}

/// Polls `cond` until it holds, for at most 10 s.
fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

const REWRITE: &str = r#"
function handler(event) {
    var request = event.request;
    request.headers['x-edge'] = { value: 'added' };
    request.headers['x-seen-country'] = { value: request.headers['cloudfront-viewer-country'].value };
    request.headers['x-seen-address'] = { value: request.headers['cloudfront-viewer-address'].value };
    request.headers['x-seen-context'] = { value: event.context.distributionId + ' ' + event.context.distributionDomainName
        + ' ' + event.context.eventType + ' ' + event.viewer.ip };
    if (request.uri[request.uri.length - 1] === '/') {
        request.uri += 'index.html';
        request.querystring['rewritten'] = { value: '1' };
    }
    return request;
}"#;

#[test]
fn header_added_and_uri_rewrite_reach_the_origin() {
    let origin = Origin::start();
    let dir = Dir::new("rewrite");
    let mut c = config(&origin);
    c.default_behavior.viewer_request = js2(dir.write("rewrite.js", REWRITE));
    c.viewer_headers.push((
        "cloudfront-viewer-country".parse().unwrap(),
        "DE".parse().unwrap(),
    ));
    let proxy = start(c).unwrap();
    let http = Http::new();
    let got = http.get(
        proxy.addr,
        "/docs/?lang=en",
        &[
            ("cloudfront-viewer-country", "US"),
            ("x-forwarded-for", "203.0.113.9"),
        ],
    );
    assert_eq!(got.status, 200, "{}", got.body);
    assert_eq!(
        got.header("x-origin-uri"),
        "/docs/index.html?lang=en&rewritten=1"
    );
    assert!(
        got.body
            .starts_with("GET /docs/index.html?lang=en&rewritten=1\n"),
        "{}",
        got.body
    );
    let line = |name: &str| {
        got.body
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .unwrap_or_else(|| panic!("{name} in {}", got.body))
    };
    assert_eq!(line("x-edge"), "added");
    assert_eq!(
        line("x-seen-country"),
        "DE",
        "the viewer cannot choose its own country"
    );
    assert!(line("x-seen-address").starts_with("127.0.0.1:"));
    assert_eq!(
        line("x-seen-context"),
        "EDFDVBD6EXAMPLE d111111abcdef8.cloudfront.net viewer-request 127.0.0.1"
    );
    assert_eq!(line("cloudfront-forwarded-proto"), "http");
    assert_eq!(line("cloudfront-viewer-http-version"), "1.1");
    assert_eq!(
        line("host"),
        origin.addr.to_string(),
        "the origin's host, as CloudFront sends by default"
    );
    assert_eq!(line("x-forwarded-for"), "203.0.113.9, 127.0.0.1");
    assert_eq!(
        line("x-amz-cf-id"),
        got.header("x-amz-cf-id"),
        "the origin and the viewer see the same request ID"
    );
    assert!(got.header("via").contains("(edgefn)"));
    assert_eq!(got.header("set-cookie"), "origin=1; Path=/");
}

const EDGE: &str = r#"
function handler(event) {
    var uri = event.request.uri;
    if (uri === '/old') {
        return { statusCode: 301, statusDescription: 'Moved Permanently',
                 headers: { location: { value: 'https://example.com/new' }, 'content-length': { value: '999' } } };
    }
    if (uri === '/gen') {
        return { statusCode: 200, headers: { 'content-type': { value: 'text/plain' } },
                 cookies: { s: { value: '1', attributes: 'Secure' } }, body: 'made at the edge' };
    }
    if (uri === '/throw') { throw new TypeError('no way'); }
    if (uri === '/loop') { while (true) {} }
    if (uri === '/invalid') { event.request.headers['host'] = { value: 'evil.example' }; }
    if (uri === '/bad-header') { event.request.headers['x-bad'] = { value: 'a\nb' }; }
    return event.request;
}"#;

#[test]
fn redirects_and_generated_responses_never_touch_the_origin() {
    let origin = Origin::start();
    let dir = Dir::new("edge");
    let mut c = config(&origin);
    c.default_behavior.viewer_request = js2(dir.write("edge.js", EDGE));
    c.default_behavior.viewer_response = js2(dir.write(
        "resp.js",
        "function handler(e) { e.response.headers['x-vr'] = {value: 'ran'}; return e.response }",
    ));
    let proxy = start(c).unwrap();
    let http = Http::new();
    let got = http.get(proxy.addr, "/old", &[]);
    assert_eq!(got.status, 301);
    assert_eq!(got.header("location"), "https://example.com/new");
    assert_eq!(
        got.header("content-length"),
        "0",
        "framing is the proxy's, not the function's"
    );
    assert!(
        got.headers.get("x-vr").is_none(),
        "a generated response goes straight back"
    );
    let got = http.get(proxy.addr, "/gen", &[]);
    assert_eq!(
        (got.status, got.body.as_str()),
        (StatusCode::OK, "made at the edge")
    );
    assert_eq!(got.header("set-cookie"), "s=1; Secure");
    assert_eq!(origin.hits(), 0, "the origin never saw a request");
    let got = http.get(proxy.addr, "/page", &[]);
    assert_eq!(got.header("x-vr"), "ran");
    assert_eq!(origin.hits(), 1);
}

#[test]
fn failures_answer_as_cloudfront_does_and_are_logged() {
    let origin = Origin::start();
    let dir = Dir::new("failures");
    let mut c = config(&origin);
    c.default_behavior.viewer_request = js2(dir.write("edge.js", EDGE));
    let (log, lines) = Log::memory();
    c.log = log;
    c.admin = Some("127.0.0.1:0".parse().unwrap());
    let proxy = start(c).unwrap();
    let http = Http::new();
    let got = http.get(proxy.addr, "/throw", &[]);
    assert_eq!(got.status, 503, "an exception");
    assert_eq!(got.body, "503 FunctionExecutionError\n");
    assert_eq!(
        http.get(proxy.addr, "/loop", &[]).status,
        503,
        "the compute limit"
    );
    let got = http.get(proxy.addr, "/invalid", &[]);
    assert_eq!(got.status, 502, "an invalid result");
    assert_eq!(got.body, "502 FunctionValidationError\n");
    assert_eq!(
        http.get(proxy.addr, "/bad-header", &[]).status,
        502,
        "a header value HTTP cannot carry"
    );
    assert_eq!(origin.hits(), 0);
    let lines = lines.lock().unwrap().clone();
    let access: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "access")
        .collect();
    assert_eq!(access.len(), 4, "{lines:?}");
    assert_eq!(access[0]["uri"], "/throw");
    assert_eq!(access[0]["status"], 503);
    assert_eq!(
        access[0]["viewer_request"]["outcome"],
        "FunctionExecutionError"
    );
    assert!(
        access[0]["error"]
            .as_str()
            .unwrap()
            .starts_with("TypeError: no way (at "),
        "{}",
        access[0]
    );
    assert_eq!(
        access[1]["viewer_request"]["outcome"],
        "FunctionThrottledError"
    );
    assert_eq!(access[1]["viewer_request"]["utilization"], 100);
    assert!(
        access[2]["error"]
            .as_str()
            .unwrap()
            .contains("request.headers[\"host\"] is read-only"),
        "{}",
        access[2]
    );
    assert_eq!(
        access[3]["viewer_request"]["outcome"],
        "FunctionValidationError"
    );
    let metrics = http.get(proxy.admin_addr.unwrap(), "/metrics", &[]).body;
    let count = |kind: &str| {
        let prefix = format!(
            "edgefn_function_errors_total{{function=\"{}\",event_type=\"viewer-request\",kind=\"{kind}\"}} ",
            dir.0.join("edge.js").display()
        );
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("{prefix} in {metrics}"))
            .to_string()
    };
    assert_eq!(count("execution"), "1");
    assert_eq!(count("compute_limit"), "1");
    assert_eq!(count("validation"), "2");
    assert_eq!(count("memory_limit"), "0");
    drop(proxy);

    // An origin that cannot be reached is a 502 too.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let proxy = start(Config {
        log: Log::Discard,
        ..Config::new(format!("http://{closed}").parse().unwrap())
    })
    .unwrap();
    assert_eq!(http.get(proxy.addr, "/", &[]).status, 502);
}

#[test]
fn viewer_response_changes_headers_and_bodies_and_skips_origin_errors() {
    let origin = Origin::start();
    let dir = Dir::new("response");
    let mut c = config(&origin);
    c.default_behavior.viewer_response = js2(dir.write(
        "resp.js",
        r#"function handler(event) {
            var r = event.response;
            r.headers['strict-transport-security'] = { value: 'max-age=63072000' };
            delete r.headers['server'];
            r.headers['x-status-seen'] = { value: r.statusCode + ' ' + r.statusDescription };
            r.headers['x-request-uri'] = { value: event.request.uri };
            r.cookies['added'] = { value: 'yes', attributes: 'Path=/' };
            if (event.request.uri === '/body') { r.body = { data: 'replaced body', encoding: 'text' }; }
            if (event.request.uri === '/status/302') { r.statusCode = 200; }
            return r;
        }"#,
    ));
    let proxy = start(c).unwrap();
    let http = Http::new();
    let got = http.get(proxy.addr, "/page", &[]);
    assert_eq!(got.header("strict-transport-security"), "max-age=63072000");
    assert!(
        got.headers.get("server").is_none(),
        "removed by the function"
    );
    assert_eq!(got.header("x-status-seen"), "200 OK");
    assert_eq!(got.header("x-request-uri"), "/page");
    let cookies: Vec<_> = got
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(cookies, ["origin=1; Path=/", "added=yes; Path=/"]);
    assert!(
        got.body.starts_with("GET /page\n"),
        "the origin's body is kept"
    );
    let got = http.get(proxy.addr, "/body", &[]);
    assert_eq!(got.body, "replaced body");
    assert_eq!(got.header("content-length"), "13");
    assert_eq!(
        http.get(proxy.addr, "/status/302", &[]).status,
        200,
        "the function may change the status"
    );
    let got = http.get(proxy.addr, "/status/404", &[]);
    assert_eq!(got.status, 404);
    assert!(
        got.headers.get("strict-transport-security").is_none(),
        "not run when the origin answers >= 400"
    );
    assert_eq!(got.header("server"), "test-origin");
    assert_eq!(http.get(proxy.addr, "/status/500", &[]).status, 500);
}

#[test]
fn hot_reload_swaps_good_versions_and_refuses_broken_ones() {
    let origin = Origin::start();
    let dir = Dir::new("reload");
    let version = |v: &str| {
        format!(
            "function handler(e) {{ e.request.headers['x-version'] = {{value: '{v}'}}; return e.request }}"
        )
    };
    let path = dir.write("fn.js", &version("one"));
    let mut c = config(&origin);
    c.default_behavior.viewer_request = js2(path);
    let (log, lines) = Log::memory();
    c.log = log;
    let proxy = start(c).unwrap();
    let http = Http::new();
    let seen = || {
        let body = http.get(proxy.addr, "/", &[]).body;
        body.lines()
            .find_map(|l| l.strip_prefix("x-version: "))
            .unwrap_or("none")
            .to_string()
    };
    assert_eq!(seen(), "one");
    dir.write("fn.js", &version("two (longer)"));
    eventually("version two", || seen() == "two (longer)");
    dir.write("fn.js", "function handler(e) { return e.request; ");
    let refused = || {
        lines
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("\"type\":\"reload_refused\""))
    };
    eventually("the broken version to be refused", refused);
    assert_eq!(seen(), "two (longer)", "the old version keeps serving");
    let log = lines.lock().unwrap().clone();
    let line = log.iter().find(|l| l.contains("reload_refused")).unwrap();
    assert!(
        line.contains("fn.js:1:") && line.contains("SyntaxError"),
        "{line}"
    );
    dir.write("fn.js", "import cf from 'cloudfront'; const x = 1; function handler(e) { e.request.headers['x-version'] = {value: 'three'}; return e.request }");
    eventually("version three", || seen() == "three");
}

#[test]
fn concurrent_requests_from_many_connections_do_not_mix() {
    let origin = Origin::start();
    let dir = Dir::new("concurrent");
    let mut c = config(&origin);
    c.default_behavior.viewer_request = js2(dir.write(
        "req.js",
        r#"var count = 0;
        function handler(event) {
            var r = event.request;
            count++;
            r.headers['x-fn-marker'] = { value: r.headers['x-marker'].value + '|' + r.uri + '|' + r.querystring.m.value };
            r.headers['x-request-id'] = { value: event.context.requestId };
            r.headers['x-count'] = { value: '' + count };
            return r;
        }"#,
    ));
    c.default_behavior.viewer_response = js2(dir.write(
        "resp.js",
        r#"function handler(event) {
            var r = event.response;
            r.headers['x-resp-marker'] = { value: event.request.headers['x-fn-marker'].value };
            r.headers['x-resp-request-id'] = { value: event.context.requestId };
            return r;
        }"#,
    ));
    let proxy = start(c).unwrap();
    let http = Http::new();
    const CONNECTIONS: usize = 32;
    const PER_CONNECTION: usize = 25;
    let addr = proxy.addr;
    let results: Vec<(String, Got)> = http.runtime.block_on(async move {
        let mut tasks = Vec::new();
        for conn in 0..CONNECTIONS {
            tasks.push(tokio::spawn(async move {
                // One TCP connection per task, its requests one after the
                // other on it (keep-alive).
                let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
                let (mut sender, connection) =
                    hyper::client::conn::http1::handshake(TokioIo::new(stream))
                        .await
                        .unwrap();
                tokio::spawn(connection);
                let mut out = Vec::new();
                for i in 0..PER_CONNECTION {
                    let marker = format!("c{conn}-r{i}");
                    let req = Request::get(format!("/echo/{marker}?m={marker}"))
                        .header("host", "proxy.test")
                        .header("x-marker", &marker)
                        .body(Full::new(Bytes::new()))
                        .unwrap();
                    let r = sender.send_request(req).await.unwrap();
                    let (parts, body) = r.into_parts();
                    let body = body.collect().await.unwrap().to_bytes();
                    let got = Got {
                        status: parts.status,
                        headers: parts.headers,
                        body: String::from_utf8_lossy(&body).into_owned(),
                    };
                    out.push((marker, got));
                }
                out
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all
    });
    assert_eq!(
        results.len(),
        CONNECTIONS * PER_CONNECTION,
        "no request lost"
    );
    let mut ids = HashSet::new();
    for (marker, got) in &results {
        assert_eq!(got.status, 200);
        let expected = format!("{marker}|/echo/{marker}|{marker}");
        assert_eq!(
            got.header("x-origin-marker"),
            expected,
            "what reached the origin"
        );
        assert_eq!(
            got.header("x-resp-marker"),
            expected,
            "what the viewer-response function saw"
        );
        assert!(
            got.body
                .starts_with(&format!("GET /echo/{marker}?m={marker}\n"))
        );
        let id = got.header("x-amz-cf-id");
        assert_eq!(
            got.header("x-resp-request-id"),
            id,
            "a request and its response share the requestId"
        );
        assert!(got.body.contains(&format!("x-request-id: {id}\n")));
        assert!(
            got.body.contains("x-count: 1\n"),
            "global state does not survive an event"
        );
        assert!(ids.insert(id.to_string()), "request IDs are unique");
    }
    assert_eq!(origin.hits(), CONNECTIONS * PER_CONNECTION);
}

#[test]
fn metrics_endpoint_in_prometheus_text_format() {
    let origin = Origin::start();
    let dir = Dir::new("metrics");
    let mut c = config(&origin);
    let path = dir.write("req.js", "function handler(e) { return e.request }");
    c.default_behavior.viewer_request = js2(path.clone());
    c.admin = Some("127.0.0.1:0".parse().unwrap());
    let proxy = start(c).unwrap();
    let http = Http::new();
    for _ in 0..3 {
        assert_eq!(http.get(proxy.addr, "/", &[]).status, 200);
    }
    assert_eq!(http.get(proxy.addr, "/status/404", &[]).status, 404);
    let admin = proxy.admin_addr.unwrap();
    let got = http.get(admin, "/metrics", &[]);
    assert_eq!(got.status, 200);
    assert!(
        got.header("content-type")
            .starts_with("text/plain; version=0.0.4")
    );
    let m = got.body;
    let f = format!(
        "function=\"{}\",event_type=\"viewer-request\"",
        path.display()
    );
    for expected in [
        "# TYPE edgefn_function_invocations_total counter\n".to_string(),
        format!("edgefn_function_invocations_total{{{f}}} 4\n"),
        format!("edgefn_function_errors_total{{{f},kind=\"execution\"}} 0\n"),
        "# TYPE edgefn_function_compute_utilization histogram\n".to_string(),
        format!("edgefn_function_compute_utilization_bucket{{{f},le=\"+Inf\"}} 4\n"),
        format!("edgefn_function_compute_utilization_count{{{f}}} 4\n"),
        format!("edgefn_function_duration_seconds_count{{{f}}} 4\n"),
        format!("edgefn_function_reloads_total{{{f},result=\"refused\"}} 0\n"),
        "edgefn_responses_total{class=\"2xx\"} 3\n".to_string(),
        "edgefn_responses_total{class=\"4xx\"} 1\n".to_string(),
        "edgefn_request_duration_seconds_count 4\n".to_string(),
        "edgefn_request_duration_seconds_bucket{le=\"+Inf\"} 4\n".to_string(),
        "edgefn_origin_requests_total 4\n".to_string(),
        "edgefn_in_flight_requests 0\n".to_string(),
    ] {
        assert!(m.contains(&expected), "{expected:?} in\n{m}");
    }
    // Every sample line is `name{labels} value` with a numeric value.
    for line in m.lines().filter(|l| !l.starts_with('#')) {
        let value = line.rsplit(' ').next().unwrap();
        assert!(value.parse::<f64>().is_ok(), "{line}");
    }
    assert_eq!(http.get(admin, "/healthz", &[]).body, "200 OK\n");
    assert_eq!(http.get(admin, "/other", &[]).status, 404);
}

#[test]
fn behaviors_from_a_config_file_most_specific_pattern_wins() {
    let origin = Origin::start();
    let dir = Dir::new("behaviors");
    let tag = |name: &str| {
        format!(
            "function handler(e) {{ e.request.headers['x-fn'] = {{value: '{name}'}}; return e.request }}"
        )
    };
    dir.write("api.js", &tag("api"));
    dir.write("v1.js", &tag("v1"));
    dir.write("default.js", &tag("default"));
    dir.write("jpg.js", &tag("jpg"));
    dir.write(
        "kvs.js",
        r#"import cf from 'cloudfront';
        async function handler(event) {
            var target = await cf.kvs().get(event.request.uri, { format: 'string' }).catch(function () { return null; });
            if (target) { return { statusCode: 302, headers: { location: { value: target } } }; }
            return event.request;
        }"#,
    );
    std::fs::write(
        dir.0.join("redirects.json"),
        r#"{"data":[{"key":"/go/docs","value":"https://example.com/docs"}]}"#,
    )
    .unwrap();
    let text = format!(
        r#"
        origin = "http://{}"
        [distribution]
        id = "E2QWRUHEXAMPLE"
        [kvs]
        redirects = "redirects.json"
        [default_behavior]
        viewer_request = "default.js"
        [[behaviors]]
        path_pattern = "/api/*"
        viewer_request = "api.js"
        [[behaviors]]
        path_pattern = "/api/v1/*"
        viewer_request = "v1.js"
        [[behaviors]]
        path_pattern = "*.jpg"
        viewer_request = "jpg.js"
        runtime = "cloudfront-js-1.0"
        [[behaviors]]
        path_pattern = "go/*"
        viewer_request = "kvs.js"
        "#,
        origin.addr
    );
    let mut c = FileConfig::parse(&text, &dir.0)
        .unwrap()
        .into_config()
        .unwrap();
    c.listen = "127.0.0.1:0".parse().unwrap();
    c.log = Log::Discard;
    let proxy = start(c).unwrap();
    let http = Http::new();
    let which = |path: &str| {
        let got = http.get(proxy.addr, path, &[]);
        got.body
            .lines()
            .find_map(|l| l.strip_prefix("x-fn: "))
            .unwrap_or("none")
            .to_string()
    };
    assert_eq!(which("/api/users"), "api");
    assert_eq!(which("/api/v1/users"), "v1", "more specific than /api/*");
    assert_eq!(
        which("/api/v1/a.jpg"),
        "v1",
        "/api/v1/* has more literal characters than *.jpg"
    );
    assert_eq!(which("/img/a.jpg"), "jpg");
    assert_eq!(which("/"), "default");
    assert_eq!(which("/API/x"), "default", "patterns are case-sensitive");
    let got = http.get(proxy.addr, "/go/docs", &[]);
    assert_eq!(got.status, 302);
    assert_eq!(got.header("location"), "https://example.com/docs");
    assert_eq!(http.get(proxy.addr, "/go/nowhere", &[]).status, 200);
}

#[test]
fn shutdown_lets_requests_in_flight_finish() {
    let origin = Origin::start();
    let proxy = start(config(&origin)).unwrap();
    let addr = proxy.addr;
    let http = Http::new();
    let slow = http.runtime.spawn(async move {
        let client = Client::builder(TokioExecutor::new()).build_http();
        let req = Request::get(format!("http://{addr}/slow"))
            .body(Full::new(Bytes::new()))
            .unwrap();
        send(&client, req).await
    });
    // Drive the client until the origin has the request, then shut down
    // while it is in flight.
    let hits = origin.hits.clone();
    http.runtime.block_on(async {
        while hits.load(Ordering::SeqCst) == 0 {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    });
    let stopper = std::thread::spawn(move || proxy.shutdown());
    let got = http.runtime.block_on(slow).unwrap();
    assert_eq!(got.status, 200);
    assert!(got.body.starts_with("GET /slow\n"));
    stopper.join().unwrap();
    let refused = http.runtime.block_on(tokio::net::TcpStream::connect(addr));
    assert!(refused.is_err(), "no longer accepting");
}

fn functions_dir_config(origin: &Origin, dir: &Path) -> Config {
    let mut c = config(origin);
    c.default_behavior = Behavior {
        viewer_request: Some(FunctionSpec {
            runtime: Runtime::Js1,
            ..FunctionSpec::new(dir.join("js1.js"))
        }),
        ..Behavior::default()
    };
    c
}

#[test]
fn functions_that_do_not_compile_stop_the_start() {
    let origin = Origin::start();
    let dir = Dir::new("start");
    dir.write(
        "js1.js",
        "const x = 1; function handler(e) { return e.request }",
    );
    let err = start(functions_dir_config(&origin, &dir.0))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("js1.js:1:1") && err.contains("cloudfront-js-1.0"),
        "{err}"
    );
    let err = start(Config {
        origin: "https://example.com".parse().unwrap(),
        ..config(&origin)
    })
    .unwrap_err();
    assert!(err.to_string().contains("only http://"), "{err}");
    let taken = start(config(&origin)).unwrap();
    let err = start(Config {
        listen: taken.addr,
        ..config(&origin)
    })
    .unwrap_err();
    assert!(err.to_string().contains("cannot listen"), "{err}");
}

/// The command line: `edgefn serve` starts, serves, and exits 0 on SIGTERM
/// after logging the shutdown.
#[cfg(unix)]
#[test]
fn the_command_serves_until_sigterm() {
    use std::io::{BufRead, BufReader};
    let origin = Origin::start();
    let dir = Dir::new("cli");
    let f = dir.write(
        "fn.js",
        "function handler(e) { e.request.headers['x-cli'] = {value: 'yes'}; return e.request }",
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_edgefn"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--origin",
            &format!("http://{}", origin.addr),
            "--viewer-request",
        ])
        .arg(&f)
        .args(["--runtime", "cloudfront-js-1.0", "--threads", "1"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let addr: SocketAddr = first
        .strip_prefix("edgefn serve: http://")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("{first}"))
        .parse()
        .unwrap();
    let got = Http::new().get(addr, "/x", &[]);
    assert!(got.body.contains("x-cli: yes\n"), "{}", got.body);
    let mut access = String::new();
    stderr.read_line(&mut access).unwrap();
    let v: serde_json::Value = serde_json::from_str(&access).unwrap();
    assert_eq!(
        (v["type"].as_str(), v["uri"].as_str(), v["status"].as_u64()),
        (Some("access"), Some("/x"), Some(200))
    );
    assert_eq!(v["viewer_request"]["outcome"], "request");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap();
    assert_eq!(code.code(), Some(0));
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(rest.contains("\"type\":\"shutdown\""), "{rest}");
}

/// Requests with bodies are streamed to the origin unchanged.
#[test]
fn request_bodies_reach_the_origin() {
    let origin = Origin::start();
    let dir = Dir::new("bodies");
    let mut c = config(&origin);
    c.default_behavior.viewer_request =
        js2(dir.write("fn.js", "function handler(e) { return e.request }"));
    let proxy = start(c).unwrap();
    let http = Http::new();
    let req = Request::post(format!("http://{}/upload", proxy.addr))
        .body(Full::new(Bytes::from_static(b"payload")))
        .unwrap();
    let got = http.runtime.block_on(send(&http.client, req));
    assert!(got.body.starts_with("POST /upload\n"), "{}", got.body);
    assert!(got.body.contains("content-length: 7\n"), "{}", got.body);
    assert!(got.body.ends_with("body: payload\n"), "{}", got.body);
}

/// Without derived viewer headers the viewer's `cloudfront-*` headers are
/// still dropped: only the proxy may set them.
#[test]
fn derived_viewer_headers_can_be_turned_off() {
    let origin = Origin::start();
    let mut c = config(&origin);
    c.derive_viewer_headers = false;
    let proxy = start(c).unwrap();
    let got = Http::new().get(proxy.addr, "/", &[("cloudfront-viewer-country", "US")]);
    assert!(!got.body.contains("cloudfront-"), "{}", got.body);
}
