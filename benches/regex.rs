//! `regex`: the cost of the regular expressions CloudFront functions
//! typically run on URIs and headers, measured as whole events in a reused
//! VM (so the figures include `exec`/`test`/`replace` around the matcher
//! and compare across engines).
//!
//! Each event runs one pattern over the same eight request URIs (or
//! user-agent strings), so a figure is the cost of eight searches.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

const URIS: &str = "var uris = ['/api/v1/users/42', '/static/css/site.min.css', '/images/photo-640x480.jpg', \
    '/blog/2024/05/a-long-article-title-with-words/', '/index.html', '/shop/cart?utm_source=news&id=7&utm_medium=mail', \
    '/assets/app.3f9a1c.js', '/en-us/docs/guide/getting-started/installation/linux/'];\n\
    var agents = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15', \
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36', \
    'curl/8.4.0', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Mobile Safari/537.36', \
    'Googlebot/2.1 (+http://www.google.com/bot.html)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1.15', \
    'python-requests/2.31.0', 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'];\n";

fn event(c: &mut Criterion, name: &str, body: &str) {
    let src = format!("{URIS}function handler(n) {{ var hits = 0; {body} return hits; }}");
    common::event(c, name, &src);
}

fn regex(c: &mut Criterion) {
    let each =
        |test: &str| format!("for (var i = 0; i < uris.length; i++) {{ if ({test}) hits++; }}");
    event(c, "regex/baseline_loop", &each("uris[i].length > 10"));
    event(
        c,
        "regex/anchored_prefix",
        &each("/^\\/api\\//.test(uris[i])"),
    );
    event(c, "regex/extension", &each("/\\.(css|js)$/.test(uris[i])"));
    event(c, "regex/trailing_slash", &each("/\\/$/.test(uris[i])"));
    event(
        c,
        "regex/dimensions",
        &each("/(\\d+)x(\\d+)/.exec(uris[i]) !== null"),
    );
    event(
        c,
        "regex/utm_strip",
        &each("uris[i].replace(/[?&]utm_[^&]*/g, '').length < uris[i].length"),
    );
    event(
        c,
        "regex/user_agent_i",
        "for (var i = 0; i < agents.length; i++) { if (/mobile|android|iphone/i.test(agents[i])) hits++; }",
    );
    event(
        c,
        "regex/long_miss",
        "var long = '/x'.repeat(1000); for (var i = 0; i < 8; i++) { if (/\\.(css|js)$/.test(long)) hits++; }",
    );
    event(
        c,
        "regex/runtime_pattern",
        &each("new RegExp('^/(api|static)/').test(uris[i])"),
    );
}

criterion_group!(benches, regex);
criterion_main!(benches);
