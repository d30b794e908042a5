//! A bounded load test of `edgefn serve` on loopback: an in-process origin,
//! the proxy without a function and with one, a fixed number of requests
//! over keep-alive connections; prints requests/s and p50/p99 latency.
//!
//! ```sh
//! cargo run --release --example serve_load -- [--requests 20000] [--connections 1,16]
//! ```
//!
//! With one connection the latency is one request's service time, so the
//! difference of the p50s is what the function adds to a request; with
//! more, the machine is saturated and requests/s is the figure to read.

use edgefn::serve::{Config, FunctionSpec, Log, start};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// The viewer-request function of the "with a function" runs: a typical
/// header change.
const FUNCTION: &str = r#"function handler(event) {
    var request = event.request;
    request.headers['x-edge'] = { value: 'seen' };
    return request;
}"#;

async fn hello(_req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    Ok(Response::new(Full::new(Bytes::from_static(
        b"hello from the origin\n",
    ))))
}

/// An origin on its own thread, answering a fixed short body.
fn origin() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = listener.local_addr().expect("an address");
    listener.set_nonblocking(true).expect("non-blocking");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let service = service_fn(hello);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    addr
}

/// Sends `requests` GETs over `connections` keep-alive connections;
/// returns the elapsed time and every request's latency, sorted.
fn load(addr: SocketAddr, requests: usize, connections: usize) -> (Duration, Vec<Duration>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async move {
        let start = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..connections {
            let share = requests / connections + usize::from(c < requests % connections);
            tasks.push(tokio::spawn(async move {
                let stream = tokio::net::TcpStream::connect(addr)
                    .await
                    .expect("the proxy accepts");
                let _ = stream.set_nodelay(true);
                let (mut sender, conn) =
                    hyper::client::conn::http1::handshake(TokioIo::new(stream))
                        .await
                        .expect("a handshake");
                tokio::spawn(conn);
                let mut latencies = Vec::with_capacity(share);
                for i in 0..share {
                    let req = Request::get(format!("/page/{i}?q=1"))
                        .header("host", "example.com")
                        .header("user-agent", "serve_load")
                        .body(Full::new(Bytes::new()))
                        .expect("a request");
                    let t = Instant::now();
                    let response = sender.send_request(req).await.expect("a response");
                    assert!(response.status().is_success(), "{}", response.status());
                    response.into_body().collect().await.expect("a body");
                    latencies.push(t.elapsed());
                }
                latencies
            }));
        }
        let mut all = Vec::with_capacity(requests);
        for t in tasks {
            all.extend(t.await.expect("a load task"));
        }
        all.sort();
        (start.elapsed(), all)
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn main() {
    let mut requests = 20_000;
    let mut connections = vec![1, 16];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--requests", Some(n)) => requests = n.parse().expect("--requests N"),
            ("--connections", Some(list)) => {
                connections = list
                    .split(',')
                    .map(|n| n.parse().expect("--connections N[,N...]"))
                    .collect()
            }
            _ => panic!("usage: serve_load [--requests N] [--connections N[,N...]]"),
        }
    }
    let origin = origin();
    let dir = std::env::temp_dir().join(format!("edgefn-serve-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let function = dir.join("fn.js");
    std::fs::write(&function, FUNCTION).expect("the function file");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("serve_load: {requests} requests per run, {threads} CPUs, origin {origin}");
    println!(
        "{:<32} {:>11} {:>10} {:>10} {:>10}",
        "proxy", "connections", "req/s", "p50 µs", "p99 µs"
    );
    // (label, with the function, with derived cloudfront-viewer-* headers)
    let setups = [
        ("no function", false, true),
        ("function", true, true),
        ("no function, no viewer headers", false, false),
        ("function, no viewer headers", true, false),
    ];
    for (label, with_function, derive) in setups {
        let mut config = Config::new(
            format!("http://{origin}")
                .parse()
                .expect("the origin's URL"),
        );
        config.log = Log::Discard;
        config.derive_viewer_headers = derive;
        if with_function {
            config.default_behavior.viewer_request = Some(FunctionSpec::new(&function));
        }
        let proxy = start(config).expect("the proxy starts");
        load(proxy.addr, 1_000.min(requests), 4); // warm-up: connections, VMs
        for &c in &connections {
            let (elapsed, latencies) = load(proxy.addr, requests, c);
            println!(
                "{label:<32} {c:>11} {:>10.0} {:>10.1} {:>10.1}",
                requests as f64 / elapsed.as_secs_f64(),
                percentile(&latencies, 0.50).as_secs_f64() * 1e6,
                percentile(&latencies, 0.99).as_secs_f64() * 1e6,
            );
        }
        proxy.shutdown();
    }
    let _ = std::fs::remove_dir_all(&dir);
}
