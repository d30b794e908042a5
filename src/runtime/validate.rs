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
/// them add (the exact names are [`DISALLOWED`]).
const DISALLOWED_PREFIXES: &[&str] = &["x-amz-cf-", "x-edge-"];

/// Headers a viewer-request function may read but not add or change.
const READ_ONLY_REQUEST: &[&str] = &["content-length", "host", "transfer-encoding", "via"];

/// Headers a viewer-response function may read but not add or change.
const READ_ONLY_RESPONSE: &[&str] = &["warning", "via"];

/// The longest URI plus query string a function may produce.
const MAX_URL: usize = 8192;

/// Whether CloudFront refuses header `name` (lowercase) in a result.
pub fn is_disallowed(name: &str) -> bool {
    disallowed(name.as_bytes())
}

/// [`is_disallowed`] on the name's bytes.
fn disallowed(name: &[u8]) -> bool {
    // It runs for every header of every event and of every result. Most
    // names share no first byte and length with a disallowed name: one
    // look-up settles them.
    let Some(&first) = name.first() else {
        return false;
    };
    if first == b'x'
        && DISALLOWED_PREFIXES
            .iter()
            .any(|p| name.starts_with(p.as_bytes()))
    {
        return true;
    }
    name.len() < 32
        && DISALLOWED_LENGTHS[usize::from(first)] & (1 << name.len()) != 0
        && DISALLOWED.iter().any(|n| n.as_bytes() == name)
}

/// Header names CloudFront hides from functions and refuses to let them
/// add, besides those with [`DISALLOWED_PREFIXES`].
const DISALLOWED: &[&str] = &[
    "connection",
    "expect",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "trailer",
    "upgrade",
    "x-accel-buffering",
    "x-accel-charset",
    "x-accel-limit-rate",
    "x-accel-redirect",
    "x-amzn-auth",
    "x-amzn-cf-billing",
    "x-amzn-cf-id",
    "x-amzn-cf-xff",
    "x-amzn-errortype",
    "x-amzn-fle-profile",
    "x-amzn-header-count",
    "x-amzn-header-order",
    "x-amzn-lambda-integration-tag",
    "x-amzn-requestid",
    "x-cache",
    "x-forwarded-proto",
    "x-real-ip",
];

/// For each first byte, the lengths of the [`DISALLOWED`] names that
/// begin with it, as bits (all are shorter than 32 bytes).
static DISALLOWED_LENGTHS: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < DISALLOWED.len() {
        let name = DISALLOWED[i].as_bytes();
        assert!(!name.is_empty() && name.len() < 32);
        table[name[0] as usize] |= 1 << name.len();
        i += 1;
    }
    table
};

/// Checks what a handler returned against the event it answers. The
/// event's own part, handed back, is checked as it stands: an event read
/// from JSON may hold what no result may. `names_known` says its header
/// names are known to pass ([`own_names_ok`] of an event with the same
/// names said so), and are not checked again.
pub fn validate_returned(
    event: &Event,
    returned: &Returned,
    names_known: bool,
) -> Result<(), FunctionError> {
    match (returned, event.own_part()) {
        (Returned::Result(r), _) => validate(event, r),
        (Returned::Event, Some(OwnPart::Response(r))) => {
            response(r, Some(r), "response", names_known)
        }
        (Returned::Event, _) => {
            let r = &event.request;
            request_parts(
                r,
                &r.method,
                &r.uri,
                &r.querystring,
                &r.headers,
                names_known,
            )
        }
    }
}

/// Whether the header names of `event`'s own part (its request, or its
/// response in a viewer-response event) pass every check
/// [`validate_returned`] makes on them when the part is handed back: each
/// a valid lowercase name, not disallowed, and none `cookie` in a request
/// or `set-cookie` in a response.
pub(crate) fn own_names_ok(event: &Event) -> bool {
    let (entries, forbidden) = match event.own_part() {
        Some(OwnPart::Response(r)) => (&r.headers, "set-cookie"),
        Some(OwnPart::Request(r)) => (&r.headers, "cookie"),
        None => return false,
    };
    entries
        .0
        .iter()
        .all(|(name, _)| name_fault(name.as_bytes()).is_none() && name != forbidden)
}

/// Checks `result` against the event it answers.
pub fn validate(event: &Event, result: &HandlerResult) -> Result<(), FunctionError> {
    match (event.event_type(), result) {
        (EventType::ViewerRequest, HandlerResult::Request(r)) => request(&event.request, r),
        (EventType::ViewerRequest, HandlerResult::Response(r)) => {
            response(r, None, "response", false)
        }
        (EventType::ViewerResponse, HandlerResult::Response(r)) => {
            response(r, event.response.as_ref(), "response", false)
        }
        (EventType::ViewerResponse, HandlerResult::Request(_)) => Err(invalid(
            "response",
            "a viewer-response function must return the response",
        )),
    }
}

fn request(original: &Request, r: &Request) -> Result<(), FunctionError> {
    request_parts(
        original,
        &r.method,
        &r.uri,
        &r.querystring,
        &r.headers,
        false,
    )
}

/// [`request`] on the parts of a request result, wherever they are kept
/// (the cookies are not checked); the header names only unless
/// `names_known`.
pub(crate) fn request_parts(
    original: &Request,
    method: &str,
    uri: &str,
    querystring: &Entries,
    header_entries: &Entries,
    names_known: bool,
) -> Result<(), FunctionError> {
    request_line(original, method, uri, querystring)?;
    headers(
        header_entries,
        Some(&original.headers),
        READ_ONLY_REQUEST,
        "request",
        names_known,
    )?;
    if !names_known && header_entries.get("cookie").is_some() {
        return Err(invalid(
            "request.headers[\"cookie\"]",
            "cookies go in request.cookies, not in a header",
        ));
    }
    Ok(())
}

/// The checks of [`request_parts`] before the headers': the method, the
/// URI and the query string.
pub(crate) fn request_line(
    original: &Request,
    method: &str,
    uri: &str,
    querystring: &Entries,
) -> Result<(), FunctionError> {
    if method != original.method {
        return Err(invalid(
            "request.method",
            format!(
                "is read-only (was {:?}, set to {method:?})",
                original.method
            ),
        ));
    }
    if !uri.starts_with('/') {
        return Err(invalid(
            "request.uri",
            format!("must start with '/', got {uri:?}"),
        ));
    }
    if uri.len() + super::event::raw_query_len(querystring) >= MAX_URL {
        return Err(invalid(
            "request.uri",
            format!("with the query string must be under {MAX_URL} characters"),
        ));
    }
    for (name, entry) in &querystring.0 {
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
    Ok(())
}

/// The checks of a response result; the header names only unless
/// `names_known`.
fn response(
    r: &Response,
    original: Option<&Response>,
    path: &str,
    names_known: bool,
) -> Result<(), FunctionError> {
    headers(
        &r.headers,
        original.map(|o| &o.headers),
        READ_ONLY_RESPONSE,
        path,
        names_known,
    )?;
    if !names_known && r.headers.get("set-cookie").is_some() {
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
        i += 1;
    }
    table
};

fn classes(text: impl AsRef<[u8]>) -> u8 {
    text.as_ref()
        .iter()
        .fold(0, |all, &b| all | BYTE_CLASS[usize::from(b)])
}

/// Whether header `name` with the one value `value`, in a viewer-response
/// result that the event did not have as it is now, passes every check
/// [`validate`] makes on one header (a valid lowercase name, neither
/// disallowed, read-only nor `set-cookie`, a value without CR, LF or NUL),
/// and its value is ASCII. (A read-only header of the event missing from
/// the result is [`is_read_only_response`]'s to catch.)
pub(crate) fn response_header_ok(name: &[u8], value: &[u8]) -> bool {
    response_name_ok(name, false) && !value_fault(value, true)
}

/// Whether header `name` with `values`, an event's own entry kept in a
/// viewer-response result as it was, passes every check [`validate`]
/// makes on one header (a valid lowercase name, neither disallowed nor
/// `set-cookie`, values without CR, LF or NUL), and its values are ASCII.
/// With `names_known` ([`own_names_ok`] said so of the event's names),
/// only the values are looked at.
pub(crate) fn response_kept_header_ok<'v>(
    name: &[u8],
    mut values: impl Iterator<Item = &'v [u8]>,
    names_known: bool,
) -> bool {
    (names_known || response_name_ok(name, true)) && values.all(|v| !value_fault(v, true))
}

/// The name checks of [`response_header_ok`], [`response_kept_header_ok`]
/// and [`generated_header_ok`]: a valid lowercase name, neither disallowed
/// nor `set-cookie`, and not read-only unless `kept`.
fn response_name_ok(name: &[u8], kept: bool) -> bool {
    name_fault(name).is_none() && name != b"set-cookie" && (kept || !is_read_only_response(name))
}

/// Whether header `name` with the one value `value`, in a response a
/// viewer-request function generates, passes every check [`validate`]
/// makes on one header: a valid lowercase name, neither disallowed,
/// read-only nor `set-cookie`, and a value without CR, LF or NUL.
pub(crate) fn generated_header_ok(name: &[u8], value: &[u8]) -> bool {
    response_name_ok(name, false) && !value_fault(value, false)
}

/// What is wrong with header name `name` on its own, as [`validate`]
/// says it: not a name, not lowercase, or disallowed.
fn name_fault(name: &[u8]) -> Option<&'static str> {
    let class = classes(name);
    if class & NOT_IN_NAME != 0 || name.is_empty() {
        Some("is not a valid header name")
    } else if class & UPPERCASE != 0 {
        Some("header names must be lowercase")
    } else if disallowed(name) {
        Some("is a disallowed header")
    } else {
        None
    }
}

/// Whether header `name` with the one value `value`, in a viewer-request
/// result, passes every check [`validate`] makes on one header that the
/// event did not have as it is now (a valid lowercase name, neither
/// disallowed nor `cookie`, and a value without CR, LF or NUL), and both
/// are ASCII. Whether a read-only header was changed is the caller's to
/// tell ([`is_read_only_request`]).
pub(crate) fn request_header_ok(name: &[u8], value: &[u8]) -> bool {
    name_fault(name).is_none() && name != b"cookie" && !value_fault(value, true)
}

/// Whether header `name` with `values`, an event's own entry kept in a
/// viewer-request result under its own name, passes every check
/// [`validate`] makes on one header (a valid lowercase name, neither
/// disallowed nor `cookie`, values without CR, LF or NUL). With
/// `names_known` ([`own_names_ok`] said so of the event's names), only
/// the values are looked at.
pub(crate) fn request_kept_header_ok<'v>(
    name: &[u8],
    mut values: impl Iterator<Item = &'v [u8]>,
    names_known: bool,
) -> bool {
    (names_known || (name_fault(name).is_none() && name != b"cookie"))
        && values.all(|v| !value_fault(v, false))
}

/// Whether a viewer-request function may not add, change or remove header
/// `name`.
pub(crate) fn is_read_only_request(name: &[u8]) -> bool {
    READ_ONLY_REQUEST.iter().any(|r| r.as_bytes() == name)
}

/// Whether a viewer-response function may not add, change or remove
/// header `name`.
pub(crate) fn is_read_only_response(name: &[u8]) -> bool {
    READ_ONLY_RESPONSE.iter().any(|r| r.as_bytes() == name)
}

/// Whether header value `v` holds CR, LF or NUL (or, with `non_ascii`, a
/// byte above 127). Eight bytes at a time: values are the longest text of
/// a result, and every one is checked.
fn value_fault(v: &[u8], non_ascii: bool) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // A zero byte in `w` sets its high bit here (and no byte is flagged
    // when there is none).
    let zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH;
    let high = if non_ascii { HIGH } else { 0 };
    let faulty = |word: &[u8]| {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        let w = u64::from_ne_bytes(bytes);
        (w & high)
            | zero(w)
            | zero(w ^ (ONES * u64::from(b'\r')))
            | zero(w ^ (ONES * u64::from(b'\n')))
            != 0
    };
    let mut words = v.chunks_exact(8);
    if v.len() < 8 {
        return words
            .remainder()
            .iter()
            .any(|&b| b == b'\r' || b == b'\n' || b == 0 || (non_ascii && !b.is_ascii()));
    }
    // The tail is checked as the last eight bytes, which overlap the last
    // word: looking at a byte twice costs less than a loop over the tail.
    words.any(faulty) || faulty(&v[v.len() - 8..])
}

/// Whether `name` is one of `names`. (`contains` on a slice of `&str` is
/// a generic call the compiler may leave out of line, at every header.)
fn listed(names: &[&str], name: &str) -> bool {
    names.iter().any(|n| n.as_bytes() == name.as_bytes())
}

/// Header names must be lowercase; disallowed ones may not appear; the
/// read-only ones must be exactly as they were. `part` (`request` or
/// `response`) begins the path an error names. The names on their own
/// are not checked when `names_known`.
fn headers(
    h: &Entries,
    original: Option<&Entries>,
    read_only: &[&str],
    part: &str,
    names_known: bool,
) -> Result<(), FunctionError> {
    // The event's own headers handed back keep their read-only ones.
    let same = original.is_some_and(|o| std::ptr::eq(o, h));
    for (name, entry) in &h.0 {
        let at = || format!("{part}.headers[{name:?}]");
        if !names_known {
            if let Some(fault) = name_fault(name.as_bytes()) {
                return Err(invalid(at(), fault));
            }
        }
        for e in entry.values() {
            if value_fault(e.value.as_bytes(), false) {
                return Err(invalid(
                    format!("{}.value", at()),
                    "may not contain CR, LF or NUL",
                ));
            }
        }
        if !same && listed(read_only, name) && original.and_then(|o| o.get(name)) != Some(entry) {
            return Err(invalid(at(), "is read-only"));
        }
    }
    if let Some(o) = original.filter(|_| !same) {
        for (name, _) in &o.0 {
            if listed(read_only, name) && h.get(name).is_none() {
                return Err(invalid(
                    format!("{part}.headers[{name:?}]"),
                    "is read-only and may not be removed",
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{DISALLOWED, DISALLOWED_PREFIXES, disallowed, value_fault};

    /// Every listed name and prefix is refused, and so is nothing one
    /// byte away from them: a first byte, a length or a last byte changed.
    #[test]
    fn disallowed_names_are_exactly_the_listed_ones() {
        for name in DISALLOWED {
            assert!(disallowed(name.as_bytes()), "{name}");
            let mut longer = name.to_string();
            longer.push('s');
            assert!(!disallowed(longer.as_bytes()), "{longer}");
            assert!(!disallowed(&name.as_bytes()[..name.len() - 1]), "{name}");
            let mut other = name.as_bytes().to_vec();
            other[0] = b'a';
            assert!(!disallowed(&other), "{name}");
        }
        for prefix in DISALLOWED_PREFIXES {
            assert!(disallowed(prefix.as_bytes()), "{prefix}");
            assert!(disallowed(format!("{prefix}id").as_bytes()), "{prefix}");
            assert!(
                !disallowed(&prefix.as_bytes()[..prefix.len() - 1]),
                "{prefix}"
            );
        }
        for name in [
            "",
            "x",
            "host",
            "accept",
            "user-agent",
            "x-amzn",
            "x-forwarded-for",
        ] {
            assert!(!disallowed(name.as_bytes()), "{name}");
        }
        assert!(!disallowed("x".repeat(40).as_bytes()));
    }

    /// Every byte at every position of values of 0 to 19 bytes (across
    /// the eight-byte words and the tail), in a value of otherwise plain
    /// text: flagged exactly when a byte-by-byte check flags it.
    #[test]
    fn value_faults_are_found_in_every_position() {
        let plain = b"text/html; q=0.9, charset";
        for len in 0..20 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut v = plain[..len].to_vec();
                    v[at] = byte;
                    for non_ascii in [false, true] {
                        let expected = v.iter().any(|&b| {
                            b == b'\r' || b == b'\n' || b == 0 || (non_ascii && !b.is_ascii())
                        });
                        assert_eq!(value_fault(&v, non_ascii), expected, "{v:?} {non_ascii}");
                    }
                }
            }
            assert!(!value_fault(&plain[..len], true));
        }
    }
}
