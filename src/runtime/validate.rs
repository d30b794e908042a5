//! The checks CloudFront makes on a handler's result before it uses it
//! (a failure is what the viewer sees as a 502): read-only and disallowed
//! headers, the request line, query-string and URI limits, and bodies.
//! Shape checks (types of fields) happen while the result is read, in
//! `convert.rs`.

use super::FunctionError;
use super::convert::invalid;
use super::event::{
    Body, Entries, Event, EventType, HandlerResult, OwnPart, Request, Response, Returned,
};

/// Header name prefixes CloudFront hides from functions and refuses to let
/// them add (the exact names are in [`is_disallowed`]).
const DISALLOWED_PREFIXES: &[&str] = &["x-amz-cf-", "x-edge-"];

/// Headers a viewer-request function may read but not add or change.
const READ_ONLY_REQUEST: &[&str] = &["content-length", "host", "transfer-encoding", "via"];

/// Headers a viewer-response function may read but not add or change.
const READ_ONLY_RESPONSE: &[&str] = &["warning", "via"];

/// The longest URI plus query string a function may produce.
const MAX_URL: usize = 8192;

/// Whether CloudFront refuses header `name` (lowercase) in a result.
pub fn is_disallowed(name: &str) -> bool {
    // A `match` on the names compiles to a dispatch on length and bytes;
    // it runs for every header of every result.
    matches!(
        name,
        "connection"
            | "expect"
            | "keep-alive"
            | "proxy-authenticate"
            | "proxy-authorization"
            | "proxy-connection"
            | "trailer"
            | "upgrade"
            | "x-accel-buffering"
            | "x-accel-charset"
            | "x-accel-limit-rate"
            | "x-accel-redirect"
            | "x-amzn-auth"
            | "x-amzn-cf-billing"
            | "x-amzn-cf-id"
            | "x-amzn-cf-xff"
            | "x-amzn-errortype"
            | "x-amzn-fle-profile"
            | "x-amzn-header-count"
            | "x-amzn-header-order"
            | "x-amzn-lambda-integration-tag"
            | "x-amzn-requestid"
            | "x-cache"
            | "x-forwarded-proto"
            | "x-real-ip"
    ) || DISALLOWED_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// Checks what a handler returned against the event it answers. The
/// event's own part, handed back, is checked as it stands: an event read
/// from JSON may hold what no result may.
pub fn validate_returned(event: &Event, returned: &Returned) -> Result<(), FunctionError> {
    match (returned, event.own_part()) {
        (Returned::Result(r), _) => validate(event, r),
        (Returned::Event, Some(OwnPart::Response(r))) => response(r, Some(r), "response"),
        (Returned::Event, _) => request(&event.request, &event.request),
    }
}

/// Checks `result` against the event it answers.
pub fn validate(event: &Event, result: &HandlerResult) -> Result<(), FunctionError> {
    match (event.event_type(), result) {
        (EventType::ViewerRequest, HandlerResult::Request(r)) => request(&event.request, r),
        (EventType::ViewerRequest, HandlerResult::Response(r)) => response(r, None, "response"),
        (EventType::ViewerResponse, HandlerResult::Response(r)) => {
            response(r, event.response.as_ref(), "response")
        }
        (EventType::ViewerResponse, HandlerResult::Request(_)) => Err(invalid(
            "response",
            "a viewer-response function must return the response",
        )),
    }
}

fn request(original: &Request, r: &Request) -> Result<(), FunctionError> {
    if r.method != original.method {
        return Err(invalid(
            "request.method",
            format!(
                "is read-only (was {:?}, set to {:?})",
                original.method, r.method
            ),
        ));
    }
    if !r.uri.starts_with('/') {
        return Err(invalid(
            "request.uri",
            format!("must start with '/', got {:?}", r.uri),
        ));
    }
    let query = super::event::raw_query_of(&r.querystring);
    if r.uri.len() + query.len() >= MAX_URL {
        return Err(invalid(
            "request.uri",
            format!("with the query string must be under {MAX_URL} characters"),
        ));
    }
    for (name, entry) in &r.querystring.0 {
        for e in entry.values() {
            let bad = |s: &str| s.chars().any(|c| c == ' ' || c == '#' || c.is_control());
            if bad(name) || bad(&e.value) {
                return Err(invalid(
                    format!("request.querystring[{name:?}]"),
                    "may not contain spaces, control characters or '#'",
                ));
            }
        }
    }
    headers(
        &r.headers,
        Some(&original.headers),
        READ_ONLY_REQUEST,
        "request",
    )?;
    if r.headers.get("cookie").is_some() {
        return Err(invalid(
            "request.headers[\"cookie\"]",
            "cookies go in request.cookies, not in a header",
        ));
    }
    Ok(())
}

fn response(r: &Response, original: Option<&Response>, path: &str) -> Result<(), FunctionError> {
    headers(
        &r.headers,
        original.map(|o| &o.headers),
        READ_ONLY_RESPONSE,
        path,
    )?;
    if r.headers.get("set-cookie").is_some() {
        return Err(invalid(
            format!("{path}.headers[\"set-cookie\"]"),
            "cookies go in response.cookies, not in a header",
        ));
    }
    if let Some(body @ Body::Encoded { encoding, .. }) = &r.body {
        if encoding == "base64" && body.bytes().is_none() {
            return Err(invalid(format!("{path}.body.data"), "is not valid base64"));
        }
    }
    Ok(())
}

/// Bits of [`BYTE_CLASS`].
const NOT_IN_NAME: u8 = 1;
const UPPERCASE: u8 = 2;
const NOT_IN_VALUE: u8 = 4;

/// What each byte may not be in a header, looked up once per byte: every
/// header of every result goes through here.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if !b.is_ascii_graphic() || b == b':' {
            table[i] |= NOT_IN_NAME;
        }
        if b.is_ascii_uppercase() {
            table[i] |= UPPERCASE;
        }
        if b == b'\r' || b == b'\n' || b == 0 {
            table[i] |= NOT_IN_VALUE;
        }
        i += 1;
    }
    table
};

fn classes(text: &str) -> u8 {
    text.bytes()
        .fold(0, |all, b| all | BYTE_CLASS[usize::from(b)])
}

/// Header names must be lowercase; disallowed ones may not appear; the
/// read-only ones must be exactly as they were. `part` (`request` or
/// `response`) begins the path an error names.
fn headers(
    h: &Entries,
    original: Option<&Entries>,
    read_only: &[&str],
    part: &str,
) -> Result<(), FunctionError> {
    // The event's own headers handed back keep their read-only ones.
    let same = original.is_some_and(|o| std::ptr::eq(o, h));
    for (name, entry) in &h.0 {
        let at = || format!("{part}.headers[{name:?}]");
        let class = classes(name);
        if class & NOT_IN_NAME != 0 || name.is_empty() {
            return Err(invalid(at(), "is not a valid header name"));
        }
        if class & UPPERCASE != 0 {
            return Err(invalid(at(), "header names must be lowercase"));
        }
        if is_disallowed(name) {
            return Err(invalid(at(), "is a disallowed header"));
        }
        for e in entry.values() {
            if classes(&e.value) & NOT_IN_VALUE != 0 {
                return Err(invalid(
                    format!("{}.value", at()),
                    "may not contain CR, LF or NUL",
                ));
            }
        }
        if !same
            && read_only.contains(&name.as_str())
            && original.and_then(|o| o.get(name)) != Some(entry)
        {
            return Err(invalid(at(), "is read-only"));
        }
    }
    if let Some(o) = original.filter(|_| !same) {
        for (name, _) in &o.0 {
            if read_only.contains(&name.as_str()) && h.get(name).is_none() {
                return Err(invalid(
                    format!("{part}.headers[{name:?}]"),
                    "is read-only and may not be removed",
                ));
            }
        }
    }
    Ok(())
}
