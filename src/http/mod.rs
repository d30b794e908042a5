//! The bridge between `http`-crate messages and CloudFront events: build
//! an event from a request's (and a response's) parts, and apply a
//! handler's result back. [`apply_request_changes`] and
//! [`apply_response_changes`] write only what the function changed, given
//! the event the message was turned into; [`apply_request`] and
//! [`apply_response`] write a result whole (one that did not come from an
//! event built from these parts).
//!
//! An edge proxy in a few lines: [`run_request_changes`] (and
//! [`run_response_changes`] for viewer-response) runs the handler and
//! applies its result in one step.
//!
//! ```
//! use edgefn::http::{error_response, request_event, run_request_changes, Context, Forward};
//! use edgefn::runtime::{Function, RunOptions};
//! use edgefn::{Limits, Runtime};
//!
//! let src = r#"function handler(event) {
//!     if (event.request.uri === '/old') {
//!         return { statusCode: 301, headers: { location: { value: '/new' } } };
//!     }
//!     if (event.request.uri === '/page') {
//!         event.request.headers['x-edge'] = { value: 'seen' };
//!     }
//!     return event.request;
//! }"#;
//! let function = Function::compile(src, Runtime::Js2, &Limits::default(), "fn.js").unwrap();
//! let mut worker = function.worker(); // one per thread
//!
//! for path in ["/old", "/page?a=1", "/other"] {
//!     let (mut parts, _body) = http::Request::get(path).header("host", "example.com").body(()).unwrap().into_parts();
//!     let event = request_event(&parts, "192.0.2.1".parse().unwrap(), &Context::viewer_request());
//!     match run_request_changes(&mut worker, &event, &RunOptions::now(), &mut parts).result {
//!         // Forward `parts`, changed as the function asked, to the origin.
//!         Ok(Ok(Forward::Origin)) => {
//!             assert_eq!(parts.headers.get("x-edge").is_some(), path == "/page?a=1")
//!         }
//!         // Answer the viewer.
//!         Ok(Ok(Forward::Viewer(response))) => assert_eq!(response.status(), 301),
//!         // The result cannot be written as HTTP: CloudFront answers 502.
//!         Ok(Err(bridge)) => panic!("{bridge}"),
//!         Err(e) => assert!(error_response(&e).status().is_server_error()),
//!     }
//! }
//! ```
//!
//! The same in two steps, for an embedder that wants the result itself:
//! `Worker::run_returned`, then [`apply_request_changes`] or
//! [`response_from`].

mod plain;

pub use plain::{Applied, Forward, RequestApplied, run_request_changes, run_response_changes};

use crate::runtime::event::{
    Body, Context as EventContext, Entries, Entry, Event, EventType, Request, Response,
};
use crate::runtime::{FunctionError, is_disallowed};
use http::header::{COOKIE, HeaderName, HeaderValue, SET_COOKIE};
use http::uri::{self, PathAndQuery};
use http::{HeaderMap, StatusCode, Uri};
use std::net::IpAddr;

/// The `context` fields CloudFront fills in that the message does not
/// carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// `distributionDomainName`.
    pub distribution_domain_name: Option<String>,
    /// `distributionId`.
    pub distribution_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}

impl Context {
    /// A context with no distribution fields (what test events often have).
    pub fn viewer_request() -> Context {
        Context::default()
    }

    /// Writes the event context of these fields into `out`, reusing its
    /// strings.
    fn fill_event_context(&self, out: &mut EventContext, event_type: EventType) {
        out.distribution_domain_name
            .clone_from(&self.distribution_domain_name);
        out.endpoint = None;
        out.distribution_id.clone_from(&self.distribution_id);
        out.event_type = event_type;
        out.request_id.clone_from(&self.request_id);
    }
}

/// Why a result could not be written into an HTTP message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BridgeError(pub String);

impl std::fmt::Display for BridgeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BridgeError {}

/// Fills `out` with named values in order, a repeated name growing the
/// `multiValue` of its entry, reusing the strings `out` already holds (an
/// edge proxy refills one event per request). `adjacent`: the lines of a
/// name come in a row, so only the last entry can be a repeat.
struct EntriesFiller<'a> {
    out: &'a mut Entries,
    filled: usize,
    adjacent: bool,
    spare: Spare,
}

/// The `multiValue` items of the first entry an [`EntriesFiller`] refills
/// that had some, for a repeated name to reuse with their strings:
/// requests from one kind of client repeat the same names.
enum Spare {
    /// No entry refilled so far had items.
    None,
    /// Kept, not given to an entry yet.
    Items(Vec<Entry>),
    /// Given to the entry at `at`, of which the first `used` items are
    /// this event's: the rest are cut off at the end.
    Reused { at: usize, used: usize },
}

impl<'a> EntriesFiller<'a> {
    fn new(out: &'a mut Entries, adjacent: bool) -> EntriesFiller<'a> {
        EntriesFiller {
            out,
            filled: 0,
            adjacent,
            spare: Spare::None,
        }
    }

    fn add(&mut self, name: &str, value: &str) {
        self.add_entry(name, value, None);
    }

    /// [`EntriesFiller::add`] for a response cookie, which has attributes.
    fn add_with_attributes(&mut self, name: &str, value: &str, attributes: &str) {
        self.add_entry(name, value, Some(attributes));
    }

    fn add_entry(&mut self, name: &str, value: &str, attributes: Option<&str>) {
        let filled = &self.out.0[..self.filled];
        let repeat = if self.adjacent {
            filled.len().checked_sub(1).filter(|&i| filled[i].0 == name)
        } else {
            filled.iter().position(|(n, _)| n == name)
        };
        if let Some(at) = repeat {
            self.add_repeat(at, value, attributes);
            return;
        }
        match self.out.0.get_mut(self.filled) {
            Some((n, entry)) => {
                n.clear();
                n.push_str(name);
                entry.value.clear();
                entry.value.push_str(value);
                set_attributes(&mut entry.attributes, attributes);
                if let Some(items) = entry.multi_value.take() {
                    if let Spare::None = self.spare {
                        self.spare = Spare::Items(items);
                    }
                }
            }
            None => self
                .out
                .0
                .push((name.to_string(), fresh_entry(value, attributes))),
        }
        self.filled += 1;
    }

    /// Adds a later value to the entry at `at`: into spare items when
    /// there are some, as a new item otherwise.
    fn add_repeat(&mut self, at: usize, value: &str, attributes: Option<&str>) {
        let entry = &mut self.out.0[at].1;
        if let (Spare::Reused { at: i, used }, Some(items)) =
            (&mut self.spare, &mut entry.multi_value)
        {
            if *i == at {
                set_item(items, *used, value, attributes);
                *used += 1;
                return;
            }
        }
        if entry.multi_value.is_none() {
            match std::mem::replace(&mut self.spare, Spare::None) {
                Spare::Items(mut items) => {
                    set_item(&mut items, 0, &entry.value, entry.attributes.as_deref());
                    set_item(&mut items, 1, value, attributes);
                    entry.multi_value = Some(items);
                    self.spare = Spare::Reused { at, used: 2 };
                    return;
                }
                other => self.spare = other,
            }
        }
        entry.add_value(fresh_entry(value, attributes));
    }

    // Always inlined: out of line, with the drop of the filler, it cost
    // about 30 instructions more per map.
    #[inline(always)]
    fn finish(self) {
        if let Spare::Reused { at, used } = self.spare {
            if let Some(items) = &mut self.out.0[at].1.multi_value {
                items.truncate(used);
            }
        }
        self.out.0.truncate(self.filled);
    }
}

/// A new entry with one value.
fn fresh_entry(value: &str, attributes: Option<&str>) -> Entry {
    Entry {
        value: value.to_string(),
        attributes: attributes.map(str::to_string),
        multi_value: None,
    }
}

/// Makes `items[at]` the entry of `value` and `attributes`, reusing its
/// strings when it is there (`at` is at most `items.len()`).
fn set_item(items: &mut Vec<Entry>, at: usize, value: &str, attributes: Option<&str>) {
    match items.get_mut(at) {
        Some(item) => {
            item.value.clear();
            item.value.push_str(value);
            set_attributes(&mut item.attributes, attributes);
            item.multi_value = None;
        }
        None => items.push(fresh_entry(value, attributes)),
    }
}

/// Makes `kept` `attributes`, reusing its string.
fn set_attributes(kept: &mut Option<String>, attributes: Option<&str>) {
    match attributes {
        Some(a) => {
            let kept = kept.get_or_insert_with(String::new);
            kept.clear();
            kept.push_str(a);
        }
        None => *kept = None,
    }
}

/// Fills `out` with the entries of `headers`, lowercase names in order of
/// first appearance, leaving out the headers CloudFront hides from
/// functions and the lines named `aside` (the cookie lines), which go to
/// `set_aside` in order: one pass over the map, where a lookup of the
/// cookie header by name would hash it.
fn fill_header_entries(
    out: &mut Entries,
    headers: &HeaderMap,
    aside: &HeaderName,
    mut set_aside: impl FnMut(&HeaderValue),
) {
    // The map yields all lines of a name in a row: no search, no hashing.
    let mut filler = EntriesFiller::new(out, true);
    for (name, value) in headers {
        if name == aside {
            set_aside(value);
            continue;
        }
        // Once: a standard name's text is a lookup out of line.
        let name = name.as_str();
        if is_disallowed(name) {
            continue;
        }
        filler.add(name, &header_text(value));
    }
    filler.finish();
}

/// A header value as text: as it is when it is visible ASCII (nearly every
/// value is), with each invalid UTF-8 sequence replaced by U+FFFD
/// otherwise. `HeaderValue::to_str` checks short values faster than a
/// UTF-8 check or a lossy conversion does.
fn header_text(value: &HeaderValue) -> std::borrow::Cow<'_, str> {
    match value.to_str() {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(value.as_bytes()),
    }
}

/// Fills `out` with the query parameters in order; a repeated name gets a
/// `multiValue`.
fn fill_query_entries(out: &mut Entries, query: &str) {
    let mut filler = EntriesFiller::new(out, false);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        filler.add(name, value);
    }
    filler.finish();
}

/// Adds the cookies of one `Cookie` header line (`a=1; b=2`).
fn add_request_cookies(filler: &mut EntriesFiller<'_>, line: &HeaderValue) {
    for pair in header_text(line).split(';') {
        let pair = trim(pair);
        if pair.is_empty() {
            continue;
        }
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        filler.add(trim(name), trim(value));
    }
}

/// `s.trim()`, without decoding characters when both ends are visible
/// ASCII (no whitespace, nothing to decode), as nearly every cookie's
/// name and value are.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Adds the cookie of one `Set-Cookie` header line, with its attributes.
fn add_response_cookie(filler: &mut EntriesFiller<'_>, line: &HeaderValue) {
    let text = header_text(line);
    let (pair, attributes) = text.split_once(';').unwrap_or((&text, ""));
    let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
    filler.add_with_attributes(trim(name), trim(value), trim(attributes));
}

/// A viewer-request event for the request `parts` from `viewer`.
pub fn request_event(parts: &http::request::Parts, viewer: IpAddr, context: &Context) -> Event {
    let mut event = Event::empty();
    event.request.headers.0.reserve(parts.headers.keys_len());
    fill_request_event(&mut event, parts, viewer, context);
    event
}

/// Makes `event` the viewer-request event [`request_event`] gives for
/// these arguments, reusing the strings and vectors it holds: an edge
/// proxy that keeps an event per thread (or a few) and refills it for each
/// request allocates next to nothing once they have grown. A response part
/// is dropped ([`fill_response_event`] shows how to keep it for reuse).
pub fn fill_request_event(
    event: &mut Event,
    parts: &http::request::Parts,
    viewer: IpAddr,
    context: &Context,
) {
    event.version.clear();
    event.version.push_str("1.0");
    context.fill_event_context(&mut event.context, EventType::ViewerRequest);
    if !is_ip_text(&event.viewer.ip, viewer) {
        event.viewer.ip.clear();
        push_ip_text(&mut event.viewer.ip, viewer);
    }
    let r = &mut event.request;
    let mut cookies = EntriesFiller::new(&mut r.cookies, false);
    fill_header_entries(&mut r.headers, &parts.headers, &COOKIE, |line| {
        add_request_cookies(&mut cookies, line)
    });
    cookies.finish();
    r.method.clear();
    r.method.push_str(parts.method.as_str());
    let query = parts.uri.query();
    r.uri.clear();
    r.uri.push_str(parts.uri.path());
    event.response = None;
    match query {
        Some(q) => {
            fill_query_entries(&mut r.querystring, q);
            match &mut event.raw_query {
                Some(raw) => {
                    raw.clear();
                    raw.push_str(q);
                }
                None => event.raw_query = Some(q.to_string()),
            }
        }
        // Most requests have no query: no text to split.
        None => {
            r.querystring.0.clear();
            event.raw_query = None;
        }
    }
}

/// `ip` as text. IPv4 addresses, nearly every viewer, are written
/// directly: `Display` goes through the formatting machinery, which costs
/// more than the rest of building a small event.
pub(crate) fn ip_text(ip: IpAddr) -> String {
    let mut out = String::with_capacity(15);
    push_ip_text(&mut out, ip);
    out
}

/// Appends [`ip_text`] of `ip` to `out`.
fn push_ip_text(out: &mut String, ip: IpAddr) {
    let IpAddr::V4(v4) = ip else {
        use std::fmt::Write;
        let _ = write!(out, "{ip}");
        return;
    };
    // One `push_str` of a static text per octet: formatting costs more
    // than the rest of building a small event, and even a UTF-8 check of
    // digits written into a buffer costs more than this.
    for (i, octet) in v4.octets().into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(OCTET_TEXT[usize::from(octet)]);
    }
}

/// Whether `text` is [`ip_text`] of `ip` already, for an IPv4 address:
/// an edge proxy sees a viewer's requests in a row, and comparing costs
/// less than writing. Byte by byte: the texts are too short for a call to
/// `memcmp` to pay.
fn is_ip_text(text: &str, ip: IpAddr) -> bool {
    let IpAddr::V4(v4) = ip else {
        return false;
    };
    let mut rest = text.as_bytes().iter();
    for (i, octet) in v4.octets().into_iter().enumerate() {
        if i > 0 && rest.next() != Some(&b'.') {
            return false;
        }
        for digit in OCTET_TEXT[usize::from(octet)].bytes() {
            if rest.next() != Some(&digit) {
                return false;
            }
        }
    }
    rest.next().is_none()
}

/// Every octet's decimal text.
static OCTET_TEXT: [&str; 256] = {
    /// Each octet's digits, padded to three bytes.
    const DIGITS: [u8; 768] = {
        let mut digits = [0u8; 768];
        let mut i = 0;
        while i < 256 {
            let n = i as u8;
            digits[3 * i] = b'0' + n / 100;
            digits[3 * i + 1] = b'0' + n / 10 % 10;
            digits[3 * i + 2] = b'0' + n % 10;
            i += 1;
        }
        digits
    };
    let mut table = [""; 256];
    let mut i = 0;
    while i < 256 {
        let shown = if i >= 100 {
            3
        } else if i >= 10 {
            2
        } else {
            1
        };
        let (_, rest) = DIGITS.split_at(3 * i + 3 - shown);
        let (text, _) = rest.split_at(shown);
        table[i] = match std::str::from_utf8(text) {
            Ok(t) => t,
            Err(_) => panic!("digits are ASCII"),
        };
        i += 1;
    }
    table
};

/// Appends `n` in decimal (`fmt` costs ten times as much).
pub(crate) fn push_decimal(out: &mut String, n: u16) {
    let mut digits = [0u8; 5];
    let mut start = digits.len();
    let mut rest = n;
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[start..]).unwrap_or_default());
}

/// The viewer-response event for `request` (the viewer-request event, or
/// one built the same way) and the origin's response `parts`.
pub fn response_event(request: &Event, parts: &http::response::Parts) -> Event {
    let mut event = request.clone();
    fill_response_event(&mut event, parts);
    event
}

/// Turns `event`, a viewer-request event (as the viewer-request function
/// left it, or built by [`request_event`]), into the viewer-response event
/// for the origin's response `parts`, in place: the request part is kept
/// as it is rather than copied, which is what [`response_event`] costs
/// beyond this.
///
/// A response part `event` already holds is refilled, its strings and
/// vectors reused. [`fill_request_event`] drops the response part of the
/// event it refills; an embedder that refills one event per request for
/// viewer-response can take that part out first and put it back before
/// calling this:
///
/// ```
/// # use edgefn::http::{fill_request_event, fill_response_event, request_event, Context};
/// # let request = http::Request::get("/").body(()).unwrap().into_parts().0;
/// # let origin = http::Response::new(()).into_parts().0;
/// # let (viewer, context) = ("192.0.2.1".parse().unwrap(), Context::default());
/// # let mut event = request_event(&request, viewer, &context);
/// # fill_response_event(&mut event, &origin);
/// let spare = event.response.take();
/// fill_request_event(&mut event, &request, viewer, &context);
/// // ... the origin answers ...
/// event.response = spare;
/// fill_response_event(&mut event, &origin);
/// ```
pub fn fill_response_event(event: &mut Event, parts: &http::response::Parts) {
    event.context.event_type = EventType::ViewerResponse;
    let response = event.response.get_or_insert_with(Response::default);
    response.headers.0.reserve(parts.headers.keys_len());
    let mut cookies = EntriesFiller::new(&mut response.cookies, false);
    fill_header_entries(&mut response.headers, &parts.headers, &SET_COOKIE, |line| {
        add_response_cookie(&mut cookies, line)
    });
    cookies.finish();
    match (
        parts.status.canonical_reason(),
        &mut response.status_description,
    ) {
        (Some(reason), Some(kept)) => {
            kept.clear();
            kept.push_str(reason);
        }
        (reason, kept) => *kept = reason.map(str::to_string),
    }
    response.status_code = parts.status.as_u16();
    response.body = None;
}

/// Writes `entries` into `headers` (replacing what was there), each value
/// of a `multiValue` as its own header line.
fn write_headers(entries: Entries, headers: &mut HeaderMap) -> Result<(), BridgeError> {
    check_count(&entries)?;
    for (name, entry) in entries.0 {
        append_entry(headers, &name, entry)?;
    }
    Ok(())
}

/// [`append_values`] for a name given as text.
fn append_entry(headers: &mut HeaderMap, name: &str, entry: Entry) -> Result<(), BridgeError> {
    append_values(headers, header_name(name)?, entry)
}

/// An HTTP message holds at most 32,768 distinct header names (the `http`
/// crate's limit; lines of one name are not limited). A result may use
/// all but this many of them, which leaves room for the headers a proxy
/// adds after the function (`Host`, `Via`, `X-Forwarded-For`...).
const HEADER_NAMES_KEPT_FREE: usize = 768;

/// The most header names a result may have.
const MAX_RESULT_NAMES: usize = (1 << 15) - HEADER_NAMES_KEPT_FREE;

/// Refuses a result with more header names than a message can take.
fn check_count(entries: &Entries) -> Result<(), BridgeError> {
    if entries.0.len() > MAX_RESULT_NAMES {
        return Err(too_many());
    }
    Ok(())
}

fn too_many() -> BridgeError {
    BridgeError("too many header names for one HTTP message".into())
}

fn header_name(name: &str) -> Result<HeaderName, BridgeError> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| BridgeError(format!("invalid header name {name:?}")))
}

/// Appends each value of `entry` as a `name` header line. The values'
/// text becomes the header values' storage, not copied again. The values
/// are those of [`Entry::values`], taken apart here by a `match`: an owned
/// iterator over them cost about 100 instructions more per entry, on the
/// path every written header takes.
fn append_values(
    headers: &mut HeaderMap,
    name: HeaderName,
    entry: Entry,
) -> Result<(), BridgeError> {
    match entry.multi_value {
        Some(all) if !all.is_empty() => {
            for e in all {
                append_value(headers, &name, e.value)?;
            }
            Ok(())
        }
        _ => append_value(headers, &name, entry.value),
    }
}

fn append_value(
    headers: &mut HeaderMap,
    name: &HeaderName,
    value: String,
) -> Result<(), BridgeError> {
    let value = HeaderValue::try_from(value).map_err(|_| {
        BridgeError(format!(
            "invalid value for header {name}: control characters other than tab are not allowed"
        ))
    })?;
    headers
        .try_append(name.clone(), value)
        .map_err(|_| too_many())?;
    Ok(())
}

/// Applies a viewer-request result to the request `parts` that go on to
/// the origin: URI, query string, headers and cookies.
pub fn apply_request(result: Request, parts: &mut http::request::Parts) -> Result<(), BridgeError> {
    let query = crate::runtime::event::raw_query_of(&result.querystring);
    // Most functions leave the request line alone; parsing a new URI is
    // then wasted work.
    let same_query = parts.uri.query() == Some(query.as_str()).filter(|q| !q.is_empty());
    if parts.uri.path() != result.uri || !same_query {
        set_path_and_query(&result, parts)?;
    }
    replace_headers(result.headers, &mut parts.headers, &COOKIE)?;
    set_cookies(&result.cookies, &mut parts.headers)
}

/// Applies a viewer-request result to the request `parts` that
/// `original` was built from (by [`request_event`], and not changed
/// since): only what the function changed is written. What it left alone
/// stays byte for byte as the viewer sent it (the query string, the
/// `Cookie` header, header values that are not UTF-8), and an untouched
/// request costs a comparison. [`apply_request`] rewrites the request line
/// and cookies from the result instead.
pub fn apply_request_changes(
    original: &Request,
    result: Request,
    parts: &mut http::request::Parts,
) -> Result<(), BridgeError> {
    if result.uri != original.uri || result.querystring != original.querystring {
        set_path_and_query(&result, parts)?;
    }
    apply_entry_changes(
        [&original.headers, &original.cookies],
        (result.headers, &result.cookies),
        &COOKIE,
        set_cookies,
        &mut parts.headers,
    )
}

/// Applies a viewer-response result to the origin response `parts` that
/// `original` was built from (by [`response_event`]), writing only what
/// the function changed, as [`apply_request_changes`] does; returns the
/// new body when the function set one.
pub fn apply_response_changes(
    original: &Response,
    result: Response,
    parts: &mut http::response::Parts,
) -> Result<Option<Vec<u8>>, BridgeError> {
    if result.status_code != original.status_code {
        parts.status = status(result.status_code)?;
    }
    apply_entry_changes(
        [&original.headers, &original.cookies],
        (result.headers, &result.cookies),
        &SET_COOKIE,
        write_set_cookies,
        &mut parts.headers,
    )?;
    result.body.map(body_bytes).transpose()
}

/// Writes a result's headers and cookies (`[headers, cookies]`) as their
/// difference from the event's. The cookies travel in header `cookie`
/// (`Cookie` or `Set-Cookie`) and are written by `write_cookies` after the
/// headers, as in [`apply_request`] and [`apply_response`]: a header entry
/// of that name is replaced by the `Cookie` line, and comes before the
/// `Set-Cookie` lines.
fn apply_entry_changes(
    [original_headers, original_cookies]: [&Entries; 2],
    (result_headers, result_cookies): (Entries, &Entries),
    cookie: &HeaderName,
    write_cookies: fn(&Entries, &mut HeaderMap) -> Result<(), BridgeError>,
    headers: &mut HeaderMap,
) -> Result<(), BridgeError> {
    let entry = result_headers.get(cookie.as_str()).is_some();
    apply_header_changes(original_headers, result_headers, headers)?;
    if entry || result_cookies != original_cookies {
        if !entry {
            headers.remove(cookie);
        }
        write_cookies(result_cookies, headers)?;
    }
    Ok(())
}

/// Writes into `headers` the difference between the entries an event was
/// built with and a result's.
fn apply_header_changes(
    original: &Entries,
    result: Entries,
    headers: &mut HeaderMap,
) -> Result<(), BridgeError> {
    if result == *original {
        return Ok(());
    }
    check_count(&result)?;
    let mut kept = 0;
    for (name, _) in &original.0 {
        if result.get(name).is_none() {
            headers_remove(headers, name);
        } else {
            kept += 1;
        }
    }
    // Room for the names the function added, so the map grows at most once.
    headers
        .try_reserve(result.0.len().saturating_sub(kept))
        .map_err(|_| too_many())?;
    for (i, (name, entry)) in result.0.into_iter().enumerate() {
        let before = entry_before(original, i, name.as_bytes());
        if before != Some(&entry) {
            let name = header_name(&name)?;
            // A name the event did not have can still be on the message
            // if the event leaves it out (cookies).
            if before.is_some() || name == COOKIE || name == SET_COOKIE {
                headers.remove(&name);
            }
            append_values(headers, name, entry)?;
        }
    }
    Ok(())
}

/// The event's entry named `name`, which is the `i`-th of the result's:
/// entries usually keep their places, so the same place is tried first.
fn entry_before<'a>(original: &'a Entries, i: usize, name: &[u8]) -> Option<&'a Entry> {
    let named = |(n, _): &&(String, Entry)| n.as_bytes() == name;
    original
        .0
        .get(i)
        .filter(named)
        .or_else(|| original.0.iter().find(named))
        .map(|(_, e)| e)
}

/// Removes every `name` line (a name that is not a valid header name
/// cannot be there).
fn headers_remove(headers: &mut HeaderMap, name: &str) {
    if let Ok(name) = HeaderName::from_bytes(name.as_bytes()) {
        headers.remove(name);
    }
}

/// Makes the request line's path and query the result's.
fn set_path_and_query(
    result: &Request,
    parts: &mut http::request::Parts,
) -> Result<(), BridgeError> {
    set_uri(&result.uri, &result.querystring, parts)
}

/// Makes the request line's path `path` and its query `querystring`'s.
fn set_uri(
    path: &str,
    querystring: &Entries,
    parts: &mut http::request::Parts,
) -> Result<(), BridgeError> {
    let query = crate::runtime::event::raw_query_of(querystring);
    let invalid = |e: &dyn std::fmt::Display| BridgeError(format!("invalid URI: {e}"));
    // Sized exactly: the URI takes a buffer whose length is its capacity
    // as it is, neither copied nor given a shared header.
    let mut text = String::with_capacity(path.len() + query.len() + usize::from(!query.is_empty()));
    text.push_str(path);
    if !query.is_empty() {
        text.push('?');
        text.push_str(&query);
    }
    if text.is_empty() {
        return set_empty_uri(parts).map_err(|e| invalid(&e));
    }
    let path_and_query = PathAndQuery::try_from(text).map_err(|e| invalid(&e))?;
    let (scheme, authority) = (parts.uri.scheme(), parts.uri.authority());
    parts.uri = if scheme.is_none() && authority.is_none() {
        // The origin form nearly every request has.
        Uri::from(path_and_query)
    } else {
        let mut new = uri::Parts::default();
        new.scheme = scheme.cloned();
        new.authority = authority.cloned();
        new.path_and_query = Some(path_and_query);
        Uri::from_parts(new).map_err(|e| invalid(&e))?
    };
    Ok(())
}

/// [`set_uri`] for an empty path and query, which only the builder can
/// give the request (as an empty path, a scheme and authority kept).
fn set_empty_uri(parts: &mut http::request::Parts) -> Result<(), http::Error> {
    let mut uri = uri::Builder::new();
    if let Some(scheme) = parts.uri.scheme() {
        uri = uri.scheme(scheme.clone());
    }
    if let Some(authority) = parts.uri.authority() {
        uri = uri.authority(authority.clone());
    }
    parts.uri = uri.path_and_query("").build()?;
    Ok(())
}

/// One `Cookie` header for the result's cookies, when it has any.
fn set_cookies(cookies: &Entries, headers: &mut HeaderMap) -> Result<(), BridgeError> {
    let pairs: Vec<String> = cookies
        .0
        .iter()
        .flat_map(|(name, entry)| entry.values().map(move |e| format!("{name}={}", e.value)))
        .collect();
    if !pairs.is_empty() {
        let value = HeaderValue::try_from(pairs.join("; "))
            .map_err(|_| BridgeError("invalid cookie value".into()))?;
        headers.insert(COOKIE, value);
    }
    Ok(())
}

/// Makes `headers` carry the result's `entries`: headers CloudFront hides
/// from functions pass through as they were, `cookies` (the cookie header,
/// which the result carries as cookies) is dropped for the caller to
/// rewrite, and every other header becomes exactly the result's. Headers
/// the function left alone stay in place: parsing every name and copying
/// every value again would cost more than running a typical function.
fn replace_headers(
    entries: Entries,
    headers: &mut HeaderMap,
    cookies: &HeaderName,
) -> Result<(), BridgeError> {
    check_count(&entries)?;
    let stale: Vec<HeaderName> = headers
        .keys()
        .filter(|n| {
            *n == cookies || (!is_disallowed(n.as_str()) && entries.get(n.as_str()).is_none())
        })
        .cloned()
        .collect();
    for name in stale {
        headers.remove(&name);
    }
    for (name, entry) in entries.0 {
        if same_values(headers, &name, &entry) {
            continue;
        }
        headers.remove(name.as_str());
        append_entry(headers, &name, entry)?;
    }
    Ok(())
}

/// Whether `headers` has exactly `entry`'s values under `name`, in order.
fn same_values(headers: &HeaderMap, name: &str, entry: &Entry) -> bool {
    let mut current = headers.get_all(name).iter();
    entry.values().all(|e| {
        current
            .next()
            .is_some_and(|v| v.as_bytes() == e.value.as_bytes())
    }) && current.next().is_none()
}

/// `Set-Cookie` lines for response cookies.
fn write_set_cookies(cookies: &Entries, headers: &mut HeaderMap) -> Result<(), BridgeError> {
    for (name, entry) in &cookies.0 {
        for e in entry.values() {
            let line = match e.attributes.as_deref() {
                Some(a) if !a.is_empty() => format!("{name}={}; {a}", e.value),
                _ => format!("{name}={}", e.value),
            };
            let value = HeaderValue::try_from(line)
                .map_err(|_| BridgeError(format!("invalid cookie {name:?}")))?;
            headers
                .try_append(SET_COOKIE, value)
                .map_err(|_| too_many())?;
        }
    }
    Ok(())
}

fn status(code: u16) -> Result<StatusCode, BridgeError> {
    StatusCode::from_u16(code).map_err(|_| BridgeError(format!("invalid status code {code}")))
}

fn body_bytes(body: Body) -> Result<Vec<u8>, BridgeError> {
    body.into_bytes()
        .ok_or_else(|| BridgeError("the body is not valid base64".into()))
}

/// The HTTP response for a response a function generated in
/// viewer-request.
pub fn response_from(result: Response) -> Result<http::Response<Vec<u8>>, BridgeError> {
    let mut response = http::Response::new(match result.body {
        Some(b) => body_bytes(b)?,
        None => Vec::new(),
    });
    *response.status_mut() = status(result.status_code)?;
    write_headers(result.headers, response.headers_mut())?;
    write_set_cookies(&result.cookies, response.headers_mut())?;
    Ok(response)
}

/// Applies a viewer-response result to the origin response `parts`;
/// returns the new body when the function set one (the origin's body is
/// kept otherwise).
pub fn apply_response(
    result: Response,
    parts: &mut http::response::Parts,
) -> Result<Option<Vec<u8>>, BridgeError> {
    parts.status = status(result.status_code)?;
    replace_headers(result.headers, &mut parts.headers, &SET_COOKIE)?;
    write_set_cookies(&result.cookies, &mut parts.headers)?;
    result.body.map(body_bytes).transpose()
}

/// What CloudFront sends the viewer when a function fails: 503 for an
/// execution error or a limit, 502 for an invalid result.
pub fn error_response(error: &FunctionError) -> http::Response<Vec<u8>> {
    let code = error.status();
    let mut r = http::Response::new(format!("{code} {}\n", error.result_type()).into_bytes());
    *r.status_mut() = StatusCode::from_u16(code).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    r.headers_mut().insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{HandlerResult, Returned};

    fn parts(uri: &str, headers: &[(&str, &str)]) -> http::request::Parts {
        let mut b = http::Request::get(uri);
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        b.body(()).unwrap().into_parts().0
    }

    /// The shortcut of `trim` gives `str::trim`'s answer for every pair of
    /// ends: visible ASCII, ASCII and Unicode whitespace, controls, other
    /// non-ASCII text, and nothing.
    #[test]
    fn trim_is_str_trim() {
        let ends = [
            "",
            "a",
            "=",
            "~",
            " ",
            "\t",
            "\n",
            "\u{b}",
            "\u{1}",
            "\u{7f}",
            "\u{85}",
            "\u{a0}",
            "\u{3000}",
            "\u{e9}",
            "\u{65e5}",
            "\u{1f600}",
        ];
        for first in ends {
            for last in ends {
                for middle in ["", "x", " ", "a=b"] {
                    let s = format!("{first}{middle}{last}");
                    assert_eq!(trim(&s), s.trim(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn ip_text_matches_display() {
        for ip in [
            "0.0.0.0",
            "9.10.99.100",
            "203.0.113.7",
            "255.255.255.255",
            "2001:db8::1",
            "::ffff:192.0.2.1",
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert_eq!(ip_text(ip), ip.to_string());
        }
        for octet in 0..=255u8 {
            let ip = IpAddr::from([octet, 0, octet, 1]);
            assert_eq!(ip_text(ip), ip.to_string());
        }
    }

    #[test]
    fn push_decimal_matches_display() {
        let mut out = String::from("x");
        for n in (0..=u16::MAX)
            .step_by(7)
            .chain([9, 10, 99, 100, 9999, 10000, u16::MAX])
        {
            out.truncate(1);
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }

    #[test]
    fn request_round_trip_is_lossless() {
        let original = parts(
            "/a/b?x=1&y=&x=2&z",
            &[
                ("host", "example.com"),
                ("accept", "text/html"),
                ("accept", "application/json"),
                ("cookie", "a=1; b=2"),
                ("cookie", "a=3"),
                ("x-forwarded-proto", "https"),
            ],
        );
        let event = request_event(&original, "192.0.2.1".parse().unwrap(), &Context::default());
        let r = &event.request;
        assert_eq!(r.uri, "/a/b");
        assert_eq!(event.raw_query.as_deref(), Some("x=1&y=&x=2&z"));
        let x = r.querystring.get("x").unwrap();
        assert_eq!(
            (x.value.as_str(), x.multi_value.as_ref().map(Vec::len)),
            ("1", Some(2))
        );
        assert_eq!(
            r.headers
                .get("accept")
                .unwrap()
                .multi_value
                .as_ref()
                .unwrap()[1]
                .value,
            "application/json"
        );
        assert!(r.headers.get("cookie").is_none());
        assert!(
            r.headers.get("x-forwarded-proto").is_none(),
            "hidden from functions"
        );
        assert_eq!(
            r.cookies.get("a").unwrap().multi_value.as_ref().unwrap()[1].value,
            "3"
        );
        let mut back = original.clone();
        apply_request(r.clone(), &mut back).unwrap();
        assert_eq!(back.uri, "/a/b?x=1&x=2&y&z");
        let accept: Vec<_> = back.headers.get_all("accept").iter().collect();
        assert_eq!(accept, ["text/html", "application/json"]);
        assert_eq!(back.headers["cookie"], "a=1; a=3; b=2");
        assert_eq!(back.headers["x-forwarded-proto"], "https");
        assert_eq!(back.headers["host"], "example.com");
    }

    #[test]
    fn request_changes_reach_the_headers() {
        let original = parts(
            "/p",
            &[
                ("host", "example.com"),
                ("accept", "a"),
                ("accept", "b"),
                ("x-gone", "1"),
                ("x-real-ip", "10.0.0.1"),
                ("cookie", "c=1"),
            ],
        );
        let mut r =
            request_event(&original, "192.0.2.1".parse().unwrap(), &Context::default()).request;
        r.headers.0.retain(|(n, _)| n != "x-gone");
        r.headers.append("accept", Entry::new("c"));
        r.headers.append("x-new", Entry::new("n"));
        r.cookies = Entries::default();
        let mut back = original.clone();
        apply_request(r.clone(), &mut back).unwrap();
        let accept: Vec<_> = back.headers.get_all("accept").iter().collect();
        assert_eq!(accept, ["a", "b", "c"]);
        assert_eq!(back.headers["host"], "example.com");
        assert_eq!(back.headers["x-new"], "n");
        assert_eq!(
            back.headers["x-real-ip"], "10.0.0.1",
            "hidden headers pass through"
        );
        assert!(back.headers.get("x-gone").is_none());
        assert!(
            back.headers.get("cookie").is_none(),
            "the result has no cookies"
        );
        assert_eq!(
            back.headers.len(),
            6,
            "host, three accept, x-new, x-real-ip"
        );
    }

    /// The headers of `parts` as (name, value) text pairs, in order.
    fn lines(parts: &http::request::Parts) -> Vec<(String, Vec<u8>)> {
        parts
            .headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn only_changes_are_applied() {
        let original = parts(
            "/p?b=2&a&&c=3",
            &[
                ("host", "example.com"),
                ("accept", "a"),
                ("accept", "b"),
                ("x-gone", "1"),
                ("x-real-ip", "10.0.0.1"),
                ("cookie", "c=1;d=2"),
            ],
        );
        let mut latin1 = original.clone();
        latin1
            .headers
            .insert("x-bytes", HeaderValue::from_bytes(b"caf\xe9").unwrap());
        let event = |p: &http::request::Parts| {
            request_event(p, "192.0.2.1".parse().unwrap(), &Context::default()).request
        };

        // Untouched: every byte stays, the odd query and cookie spelling too.
        let r = event(&latin1);
        let mut back = latin1.clone();
        apply_request_changes(&r, r.clone(), &mut back).unwrap();
        assert_eq!(back.uri, latin1.uri);
        assert_eq!(lines(&back), lines(&latin1));

        // Changed: the same request as `apply_request` makes.
        let changes: [fn(&mut Request); 5] = [
            |r| {
                r.headers.0.retain(|(n, _)| n != "x-gone");
                r.headers.append("accept", Entry::new("c"));
                r.headers.append("x-new", Entry::new("n"));
            },
            |r| r.cookies = Entries::default(),
            |r| r.cookies.append("e", Entry::new("5")),
            |r| r.headers.append("cookie", Entry::new("x=1")),
            |r| {
                r.uri = "/q".into();
                r.querystring.append("z", Entry::new("9"));
            },
        ];
        for change in changes {
            let before = event(&original);
            let mut after = before.clone();
            change(&mut after);
            let mut full = original.clone();
            apply_request(after.clone(), &mut full).unwrap();
            let mut diff = original.clone();
            apply_request_changes(&before, after.clone(), &mut diff).unwrap();
            assert_eq!(event(&diff), event(&full), "{after:?}");
            assert_eq!(
                diff.headers.get("x-real-ip").map(HeaderValue::as_bytes),
                Some(&b"10.0.0.1"[..])
            );
        }
    }

    #[test]
    fn only_response_changes_are_applied() {
        let request = request_event(
            &parts("/", &[]),
            "192.0.2.1".parse().unwrap(),
            &Context::default(),
        );
        let (origin, _) = http::Response::builder()
            .status(200)
            .header("content-type", "text/html")
            .header("server", "o")
            .header("set-cookie", "a=1;Path=/")
            .header("set-cookie", "b=2")
            .body(())
            .unwrap()
            .into_parts();
        let event = |p: &http::response::Parts| response_event(&request, p).response.unwrap();
        let r = event(&origin);
        let mut back = origin.clone();
        apply_response_changes(&r, r.clone(), &mut back).unwrap();
        assert_eq!(back.headers, origin.headers, "untouched: every line stays");

        let changes: [fn(&mut Response); 5] = [
            |r| r.headers.append("x-frame-options", Entry::new("DENY")),
            |r| r.headers.0.retain(|(n, _)| n != "server"),
            |r| r.cookies.0.truncate(1),
            |r| r.headers.append("set-cookie", Entry::new("c=3")),
            |r| r.status_code = 404,
        ];
        for change in changes {
            let before = event(&origin);
            let mut after = before.clone();
            change(&mut after);
            let mut full = origin.clone();
            apply_response(after.clone(), &mut full).unwrap();
            let mut diff = origin.clone();
            apply_response_changes(&before, after.clone(), &mut diff).unwrap();
            assert_eq!(event(&diff), event(&full), "{after:?}");
        }
    }

    /// A viewer-response event filled in place over one that held another
    /// response is the event built afresh; repeated cookie names keep each
    /// value's attributes.
    #[test]
    fn response_events_filled_in_place_are_fresh_events() {
        let request = request_event(
            &parts("/p?q=1", &[("host", "h"), ("cookie", "k=v")]),
            "192.0.2.1".parse().unwrap(),
            &Context::default(),
        );
        let origin = |status: u16, lines: &[(&str, &str)]| {
            let mut b = http::Response::builder().status(status);
            for (n, v) in lines {
                b = b.header(*n, *v);
            }
            b.body(()).unwrap().into_parts().0
        };
        let big = origin(
            200,
            &[
                ("content-type", "text/html"),
                ("server", "o"),
                ("x-many", "1"),
                ("x-many", "2"),
                ("set-cookie", "a=1;Path=/"),
                ("set-cookie", "b=2"),
                ("set-cookie", "a=3; Secure"),
            ],
        );
        let small = origin(404, &[("set-cookie", "b=9")]);
        // A status without a reason phrase: no `statusDescription`.
        let unnamed = origin(599, &[("x-many", "6")]);
        let moved = origin(
            200,
            &[
                ("x-many", "3"),
                ("x-many", "4"),
                ("x-many", "5"),
                ("set-cookie", "b=2"),
                ("set-cookie", "b=4; Secure"),
                ("set-cookie", "a=5"),
            ],
        );
        let fresh = response_event(&request, &big);
        let r = fresh.response.as_ref().unwrap();
        assert_eq!(fresh.request, request.request);
        assert_eq!(fresh.event_type(), EventType::ViewerResponse);
        assert_eq!(r.status_code, 200);
        assert_eq!(r.status_description.as_deref(), Some("OK"));
        let a = r.cookies.get("a").unwrap();
        assert_eq!(
            (a.value.as_str(), a.attributes.as_deref()),
            ("1", Some("Path=/"))
        );
        let all: Vec<(&str, Option<&str>)> = a
            .values()
            .map(|e| (e.value.as_str(), e.attributes.as_deref()))
            .collect();
        assert_eq!(all, [("1", Some("Path=/")), ("3", Some("Secure"))]);
        assert_eq!(r.cookies.get("b").unwrap().attributes.as_deref(), Some(""));
        assert_eq!(r.headers.get("x-many").unwrap().values().count(), 2);
        // Filled over the big response, then over the small one and back.
        let mut reused = response_event(&request, &big);
        for next in [
            &small, &big, &unnamed, &small, &moved, &unnamed, &big, &moved,
        ] {
            fill_response_event(&mut reused, next);
            assert_eq!(reused, response_event(&request, next));
        }
    }

    /// A refilled event is the event built afresh, whatever it held before.
    #[test]
    fn refilled_events_are_fresh_events() {
        let requests = [
            parts(
                "/a/b?x=1&y=&x=2&z",
                &[
                    ("host", "example.com"),
                    ("accept", "a"),
                    ("accept", "b"),
                    ("cookie", "c=1; c=2; d=3"),
                    ("x-amz-cf-id", "hidden"),
                    ("user-agent", "ua"),
                ],
            ),
            parts("/", &[]),
            parts("/q?only", &[("cookie", "e=5"), ("host", "h")]),
            parts("/a/b?x=1&y=&x=2&z", &[("accept", "c"), ("accept", "d")]),
            // Repeats that grow, shrink and move between names, reusing
            // the items of the event before.
            parts(
                "/r?a=1&a=2&a=3&b=1&b=2&c=1&c=2&c=3&c=4",
                &[("cookie", "k=1; j=1; k=2; j=2; k=3")],
            ),
            parts("/r?a=7&a=6", &[("cookie", "k=1; k=2")]),
            parts("/r?b=1&a=1&b=2", &[("cookie", "j=1; k=1; k=2")]),
            parts("/r?x=1&a=9&a=8&y=2&y=3", &[("accept", "e")]),
        ];
        let contexts = [
            Context {
                distribution_domain_name: Some("d.example".into()),
                distribution_id: Some("E1".into()),
                request_id: Some("id-1".into()),
            },
            Context::default(),
        ];
        // Texts that begin alike, and the same viewer twice in a row.
        let viewers: [IpAddr; 5] = [
            "192.0.2.1",
            "192.0.2.1",
            "2001:db8::1",
            "192.0.2.10",
            "92.0.2.1",
        ]
        .map(|v| v.parse().unwrap());
        let origin = http::Response::builder()
            .header("set-cookie", "s=1")
            .body(())
            .unwrap()
            .into_parts()
            .0;
        // Start from a viewer-response event: its response must go too.
        let mut event = response_event(
            &request_event(&requests[0], viewers[0], &contexts[0]),
            &origin,
        );
        for round in 0..3 {
            for (i, p) in requests.iter().enumerate() {
                let (context, viewer) = (&contexts[(i + round) % 2], viewers[(i + round) % 5]);
                fill_request_event(&mut event, p, viewer, context);
                assert_eq!(event, request_event(p, viewer, context), "{p:?}");
            }
        }
    }

    /// `edgefn serve` takes `Returned::Event` to mean "apply nothing and
    /// keep the event": that holds when an event built from HTTP parts
    /// reads back as itself.
    #[test]
    fn events_from_parts_read_back_as_themselves() {
        let request = parts(
            "/a?x=1&x=2&y",
            &[
                ("host", "example.com"),
                ("accept", "a"),
                ("accept", "b"),
                ("cookie", "c=1; c=2; d=3"),
            ],
        );
        let event = request_event(&request, "192.0.2.1".parse().unwrap(), &Context::default());
        assert_eq!(
            Returned::Event.into_result(&event),
            HandlerResult::Request(event.request.clone())
        );
        let (origin, _) = http::Response::builder()
            .status(404)
            .header("vary", "a")
            .header("vary", "b")
            .header("set-cookie", "a=1; Path=/")
            .header("set-cookie", "a=2")
            .body(())
            .unwrap()
            .into_parts();
        let event = response_event(&event, &origin);
        assert_eq!(
            Returned::Event.into_result(&event),
            HandlerResult::Response(event.response.clone().unwrap())
        );
    }

    /// A 200 response with nothing else, and origin parts to apply it to.
    fn bare_response() -> (Response, http::response::Parts) {
        let response = Response {
            status_code: 200,
            ..Response::default()
        };
        (response, http::Response::new(()).into_parts().0)
    }

    #[test]
    fn too_many_header_names_is_an_error_not_a_panic() {
        let (mut many, origin) = bare_response();
        for i in 0..40_000 {
            many.headers.0.push((format!("x-{i}"), Entry::new("v")));
        }
        let original = Response::default();
        let mut parts = origin.clone();
        assert!(apply_response_changes(&original, many.clone(), &mut parts).is_err());
        let mut parts = origin.clone();
        assert!(apply_response(many.clone(), &mut parts).is_err());
        assert!(response_from(many.clone()).is_err());
        let (mut cookies, _) = bare_response();
        let values = (0..40_000).map(|i| Entry::new(i.to_string())).collect();
        cookies.cookies.0.push((
            "c".into(),
            Entry {
                value: "0".into(),
                attributes: None,
                multi_value: Some(values),
            },
        ));
        let lines = response_from(cookies.clone()).expect("one name, many lines");
        assert_eq!(lines.headers().get_all(SET_COOKIE).iter().count(), 40_000);
    }

    #[test]
    fn a_control_character_in_a_value_is_an_error_naming_the_header() {
        let (mut bad, origin) = bare_response();
        bad.headers.0.push(("x-ok".into(), Entry::new("a\tb")));
        bad.headers.0.push((
            "x-bad".into(),
            Entry {
                value: "fine".into(),
                attributes: None,
                multi_value: Some(vec![Entry::new("fine"), Entry::new("b\u{1}ad")]),
            },
        ));
        let expected = "invalid value for header x-bad: control characters other than tab \
                        are not allowed";
        let original = Response::default();
        let errors = [
            apply_response_changes(&original, bad.clone(), &mut origin.clone()).map(|_| ()),
            apply_response(bad.clone(), &mut origin.clone()).map(|_| ()),
            response_from(bad.clone()).map(|_| ()),
        ];
        for e in errors {
            assert_eq!(e.map_err(|e| e.0), Err(expected.to_string()));
        }
        bad.headers.0.pop();
        let good = response_from(bad).expect("a tab is allowed");
        assert_eq!(good.headers()["x-ok"], "a\tb");
    }

    #[test]
    fn response_cookies_and_bodies() {
        let request = request_event(
            &parts("/", &[]),
            "::1".parse().unwrap(),
            &Context::default(),
        );
        let (origin, _) = http::Response::builder()
            .status(404)
            .header(
                "set-cookie",
                "id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
            )
            .header("set-cookie", "id=b; Path=/")
            .header("content-type", "text/html")
            .body(())
            .unwrap()
            .into_parts();
        let event = response_event(&request, &origin);
        let resp = event.response.clone().unwrap();
        assert_eq!(resp.status_code, 404);
        assert_eq!(resp.status_description.as_deref(), Some("Not Found"));
        let id = resp.cookies.get("id").unwrap();
        assert_eq!(
            id.attributes.as_deref(),
            Some("Expires=Wed, 21 Oct 2015 07:28:00 GMT")
        );
        assert_eq!(
            id.multi_value.as_ref().unwrap()[1].attributes.as_deref(),
            Some("Path=/")
        );
        let mut back = origin.clone();
        assert_eq!(apply_response(resp.clone(), &mut back).unwrap(), None);
        let lines: Vec<_> = back.headers.get_all("set-cookie").iter().collect();
        assert_eq!(
            lines,
            [
                "id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
                "id=b; Path=/"
            ]
        );
        let generated = Response {
            status_code: 200,
            body: Some(Body::Encoded {
                data: "aGk=".into(),
                encoding: "base64".into(),
            }),
            ..Response::default()
        };
        assert_eq!(response_from(generated.clone()).unwrap().body(), b"hi");
    }

    #[test]
    fn non_ascii_header_values_survive_a_round_trip() {
        // Servers accept obs-text bytes in header values; a function that
        // passes the request on unchanged must not turn them into a 502.
        let mut original = parts("/", &[]);
        original.headers.insert(
            "x-name",
            HeaderValue::from_bytes("café".as_bytes()).unwrap(),
        );
        let event = request_event(&original, "192.0.2.1".parse().unwrap(), &Context::default());
        assert_eq!(event.request.headers.get("x-name").unwrap().value, "café");
        let mut back = original.clone();
        apply_request(event.request.clone(), &mut back).unwrap();
        assert_eq!(back.headers["x-name"].as_bytes(), "café".as_bytes());
        let generated = Response {
            status_code: 200,
            headers: Entries(vec![("x-city".into(), Entry::new("Zürich"))]),
            cookies: Entries(vec![("c".into(), Entry::new("ü"))]),
            ..Response::default()
        };
        let r = response_from(generated.clone()).unwrap();
        assert_eq!(r.headers()["x-city"].as_bytes(), "Zürich".as_bytes());
        assert_eq!(r.headers()["set-cookie"].as_bytes(), "c=ü".as_bytes());
    }

    /// `set_uri` makes the URI (or the error) the `http` URI builder
    /// makes of the path and query text, whatever form the request's URI
    /// has: origin, absolute, authority or asterisk.
    #[test]
    fn set_uri_is_the_builders_uri() {
        let built = |uri: &Uri, text: &str| {
            let mut b = uri::Builder::new();
            if let Some(s) = uri.scheme() {
                b = b.scheme(s.clone());
            }
            if let Some(a) = uri.authority() {
                b = b.authority(a.clone());
            }
            b.path_and_query(text)
                .build()
                .map_err(|e| format!("invalid URI: {e}"))
        };
        let requests = ["/old?x=1", "http://example.com/old", "example.com:443", "*"];
        let paths = [
            "/docs/index.html",
            "/a b",
            "/caf\u{e9}",
            "/p#frag",
            "",
            "x",
            "*",
        ];
        let queries: [&[(&str, &str)]; 3] = [&[], &[("a", "1"), ("b", "")], &[("", "")]];
        for request in requests {
            let original = parts("/", &[]);
            let mut original = original;
            original.uri = request.parse().unwrap();
            for path in paths {
                for query in queries {
                    let q = Entries(
                        query
                            .iter()
                            .map(|&(n, v)| (n.into(), Entry::new(v)))
                            .collect(),
                    );
                    let raw = crate::runtime::event::raw_query_of(&q);
                    let text = if raw.is_empty() {
                        path.to_string()
                    } else {
                        format!("{path}?{raw}")
                    };
                    let mut changed = original.clone();
                    let got = set_uri(path, &q, &mut changed).map(|()| changed.uri.clone());
                    let want = built(&original.uri, &text);
                    assert_eq!(got.map_err(|e| e.0), want, "{request} {text:?}");
                    if let Ok(uri) = want {
                        assert_eq!(
                            (
                                changed.uri.to_string(),
                                changed.uri.path_and_query().map(|p| p.as_str())
                            ),
                            (uri.to_string(), uri.path_and_query().map(|p| p.as_str()))
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn failures_map_to_cloudfront_statuses() {
        let e = FunctionError::Validation {
            field: "request.uri".into(),
            message: "bad".into(),
        };
        assert_eq!(error_response(&e).status(), 502);
        assert_eq!(error_response(&FunctionError::ComputeLimit).status(), 503);
    }
}
