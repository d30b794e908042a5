//! A tiny origin for trying `edgefn serve`: answers every request with 200
//! and a plain-text echo of the request line and headers, so that what a
//! viewer-request function changed is visible.
//!
//! ```sh
//! cargo run --release --example serve_origin -- 127.0.0.1:9000
//! ```

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;

async fn echo(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let mut body = format!("origin saw: {} {}\n", req.method(), req.uri());
    for (name, value) in req.headers() {
        body.push_str(&format!(
            "  {name}: {}\n",
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    let mut response = Response::new(Full::new(Bytes::from(body)));
    response.headers_mut().insert(
        "content-type",
        "text/plain; charset=utf-8".parse().expect("a valid value"),
    );
    response
        .headers_mut()
        .insert("server", "serve_origin".parse().expect("a valid value"));
    Ok(response)
}

fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:9000".into());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&addr).await?;
        eprintln!("serve_origin: http://{}", listener.local_addr()?);
        loop {
            let (stream, _) = listener.accept().await?;
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let connection = hyper::server::conn::http1::Builder::new();
                let _ = connection
                    .serve_connection(TokioIo::new(stream), service_fn(echo))
                    .await;
            });
        }
    })
}
