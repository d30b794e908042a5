//! The three example handlers written by hand in Rust on a
//! `serde_json::Value`, step for step as the JavaScript does them. Each
//! takes the parsed event and returns the handler's result.

use serde_json::{Map, Value, json};

/// `examples/add-security-headers`: six headers added to the response.
pub fn security_headers(mut event: Value) -> Value {
    let mut response = event["response"].take();
    if let Some(headers) = response["headers"].as_object_mut() {
        let add = [
            (
                "strict-transport-security",
                "max-age=63072000; includeSubdomains; preload",
            ),
            (
                "content-security-policy",
                "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'",
            ),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "DENY"),
            ("x-xss-protection", "1; mode=block"),
            ("referrer-policy", "same-origin"),
        ];
        for (name, value) in add {
            headers.insert(name.to_string(), json!({ "value": value }));
        }
    }
    response
}

/// `examples/index-rewrite`: `/docs/` → `/docs/index.html`, `/docs` →
/// `/docs/index.html`, URIs with a dot unchanged.
pub fn index_rewrite(mut event: Value) -> Value {
    let mut request = event["request"].take();
    if let Some(Value::String(uri)) = request.get_mut("uri") {
        if uri.ends_with('/') {
            uri.push_str("index.html");
        } else if !uri.contains('.') {
            uri.push_str("/index.html");
        }
    }
    request
}

const DROP: [&str; 5] = [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "fbclid",
    "gclid",
];

/// `examples/normalize-query-string`: lowercase names, tracking parameters
/// dropped, pairs sorted; a changed query string answers 301 with the
/// normalised URL, an unchanged one lets the request through.
pub fn normalize_query_string(mut event: Value) -> Value {
    let request = event["request"].take();
    let empty = Map::new();
    let qs = request["querystring"].as_object().unwrap_or(&empty);
    let mut pairs = Vec::new();
    let mut original = Vec::new();
    for (name, entry) in qs {
        let lower = name.to_lowercase();
        let keep = !DROP.contains(&lower.as_str());
        for value in entry_values(entry) {
            if keep {
                pairs.push(format!("{lower}={value}"));
            }
            original.push(format!("{name}={value}"));
        }
    }
    // The strings are ASCII here, where byte order is JavaScript's
    // UTF-16 code unit order.
    pairs.sort();
    let normalized = pairs.join("&");
    if normalized == original.join("&") {
        return request;
    }
    let uri = request["uri"].as_str().unwrap_or("undefined");
    let location = if normalized.is_empty() {
        uri.to_string()
    } else {
        format!("{uri}?{normalized}")
    };
    json!({
        "statusCode": 301,
        "statusDescription": "Moved Permanently",
        "headers": { "location": { "value": location } }
    })
}

/// `entry.multiValue ? entry.multiValue.map(v => v.value) : [entry.value]`,
/// as the strings JavaScript's `+` would make of them.
fn entry_values(entry: &Value) -> Vec<String> {
    match entry.get("multiValue") {
        Some(Value::Array(all)) => all.iter().map(|v| js_text(v.get("value"))).collect(),
        _ => vec![js_text(entry.get("value"))],
    }
}

fn js_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "undefined".to_string(),
    }
}
