//! A single-pass reader for event JSON in its usual shape, the fast path of
//! [`Event::from_json`].
//!
//! The serde derives of `event.rs` stay the authority on what an event text
//! means: this reader gives exactly the `Event` that
//! `serde_json::from_str::<Event>` gives (the `{"EventObject": ...}`
//! wrapper included, which `from_json` reads when the bare event is
//! refused), or `None`, and then `from_json` asks serde, which gives the
//! same event or the error with its message. So the reader only has to
//! know the common case: it declines whatever it does not handle itself
//! (a field name written with escapes, an unknown or repeated field, a
//! `body`, a status code that is not a plain integer of `u16`, a
//! `multiValue` inside a `multiValue`, a lone surrogate, anything not
//! JSON) rather than reproduce serde's handling or its errors. What it
//! saves is serde's per-field and per-value machinery: field names are
//! compared in place, strings scanned eight bytes at a time and, without
//! escapes, copied once at their size; for the examples' events
//! `from_json` costs about a third less, most of the rest being the
//! allocation of the event's strings, which the `Event` types require.
//! `event_json/tests.rs` holds it to serde on generated and mutated texts.

use super::event::{Context, Entries, Entry, Event, EventType, Request, Response, Viewer};
use std::borrow::Cow;

#[cfg(test)]
mod tests;

/// `serde_json::from_str::<Event>(text)`, or, when that fails for want of
/// fields, the event of a `{"EventObject": ...}` wrapper; `None` when the
/// text is anything the reader does not handle (see the module doc).
pub(super) fn read(text: &str) -> Option<Event> {
    let mut r = Reader { text, pos: 0 };
    let event = r.event_or_wrapper()?;
    // serde_json accepts trailing white space only.
    match r.peek() {
        None => Some(event),
        Some(_) => None,
    }
}

/// A position in the text being read.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

/// Fills a field read from its member, declining a field named twice
/// (serde's "duplicate field" error).
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(value);
            Some(())
        }
    }
}

impl<'a> Reader<'a> {
    /// Skips JSON white space (serde_json's four bytes) and gives the next
    /// byte, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        let b = *bytes.get(self.pos)?;
        // White space is at most a space: one test for the usual case.
        if b > b' ' {
            return Some(b);
        }
        let mut i = self.pos;
        while let Some(&b) = bytes.get(i) {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                self.pos = i;
                return Some(b);
            }
            i += 1;
        }
        None
    }

    /// Consumes `want`, after white space.
    fn eat(&mut self, want: u8) -> Option<()> {
        if self.peek()? != want {
            return None;
        }
        self.pos += 1;
        Some(())
    }

    /// Reads `null` if that is what comes next: `Some(true)` when it was
    /// read, `Some(false)` when another value starts here.
    fn null(&mut self) -> Option<bool> {
        if self.peek()? != b'n' {
            return Some(false);
        }
        let end = self.pos + 4;
        if self.text.as_bytes().get(self.pos..end)? != b"null" {
            return None;
        }
        self.pos = end;
        Some(true)
    }

    /// An object, `member` reading each `"name": value` pair.
    fn members(&mut self, mut member: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(());
        }
        loop {
            member(self)?;
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// An object of fields: `field` reads each member, name (see
    /// [`Reader::name`]), colon and value, starting after the name's
    /// opening quote.
    fn fields(&mut self, mut field: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.members(|r| {
            r.eat(b'"')?;
            field(r)
        })
    }

    /// Whether the member's name is `name`, then consumed with its closing
    /// quote and colon. The name is compared as written: one with escapes
    /// is no field's name here, and declined (serde decodes it first).
    #[inline(always)]
    fn name(&mut self, name: &[u8]) -> bool {
        let bytes = self.text.as_bytes();
        let end = self.pos + name.len();
        if bytes.get(self.pos..end) != Some(name) || bytes.get(end) != Some(&b'"') {
            return false;
        }
        self.pos = end + 1;
        // A missing colon matches no other name either: declined.
        self.eat(b':').is_some()
    }

    /// A string's text: borrowed from the JSON text when it has no
    /// escapes, decoded otherwise.
    fn str(&mut self) -> Option<Cow<'a, str>> {
        self.eat(b'"')?;
        let bytes = self.text.as_bytes();
        let start = self.pos;
        match plain_end(bytes, start)? {
            (i, b'"') => {
                self.pos = i + 1;
                // `"` is ASCII, so both ends are on character boundaries.
                self.text.get(start..i).map(Cow::Borrowed)
            }
            (i, b'\\') => self.escaped(start, i).map(Cow::Owned),
            // serde_json refuses control characters in strings.
            _ => None,
        }
    }

    /// A string as a `String`.
    fn string(&mut self) -> Option<String> {
        self.str().map(Cow::into_owned)
    }

    /// A string that may be `null` (an `Option<String>` field).
    fn nullable_string(&mut self) -> Option<Option<String>> {
        if self.null()? {
            return Some(None);
        }
        self.string().map(Some)
    }

    /// The rest of a string whose text starts at `start` and has its
    /// first escape at `first`: decoded as serde_json does, surrogate
    /// pairs joined; a lone surrogate (serde_json's error) is declined.
    fn escaped(&mut self, start: usize, first: usize) -> Option<String> {
        let bytes = self.text.as_bytes();
        let mut out = String::with_capacity(first - start + 16);
        let mut run = start;
        let mut end = (first, b'\\');
        loop {
            match end {
                (i, b'"') => {
                    out.push_str(self.text.get(run..i)?);
                    self.pos = i + 1;
                    return Some(out);
                }
                (i, b'\\') => {
                    out.push_str(self.text.get(run..i)?);
                    let (c, len) = match *bytes.get(i + 1)? {
                        b'"' => ('"', 2),
                        b'\\' => ('\\', 2),
                        b'/' => ('/', 2),
                        b'b' => ('\x08', 2),
                        b'f' => ('\x0c', 2),
                        b'n' => ('\n', 2),
                        b'r' => ('\r', 2),
                        b't' => ('\t', 2),
                        b'u' => unicode_escape(bytes, i)?,
                        _ => return None,
                    };
                    out.push(c);
                    run = i + len;
                    end = plain_end(bytes, run)?;
                }
                _ => return None,
            }
        }
    }

    /// The top-level object: the event, or `{"EventObject": event}` alone.
    fn event_or_wrapper(&mut self) -> Option<Event> {
        let start = self.pos;
        self.eat(b'{')?;
        if self.eat(b'"').is_some() && self.name(b"EventObject") {
            // serde finds no `context` in the outer object and reads it as
            // the wrapper, whose only field this is.
            let event = self.event()?;
            self.eat(b'}')?;
            return Some(event);
        }
        self.pos = start;
        self.event()
    }

    /// An `Event`.
    fn event(&mut self) -> Option<Event> {
        let mut version = None;
        let mut context = None;
        let mut viewer = None;
        let mut request = None;
        let mut response = None;
        self.fields(|r| {
            if r.name(b"context") {
                set(&mut context, r.context()?)
            } else if r.name(b"request") {
                set(&mut request, r.request()?)
            } else if r.name(b"viewer") {
                set(&mut viewer, r.viewer()?)
            } else if r.name(b"version") {
                set(&mut version, r.string()?)
            } else if r.name(b"response") {
                let value = if r.null()? { None } else { Some(r.response()?) };
                set(&mut response, value)
            } else {
                None
            }
        })?;
        Some(Event {
            version: version.unwrap_or_else(|| "1.0".to_string()),
            context: context?,
            viewer: viewer.unwrap_or_default(),
            request: request?,
            response: response.flatten(),
            raw_query: None,
        })
    }

    /// `event.context`.
    fn context(&mut self) -> Option<Context> {
        let mut distribution_domain_name = None;
        let mut endpoint = None;
        let mut distribution_id = None;
        let mut event_type = None;
        let mut request_id = None;
        self.fields(|r| {
            if r.name(b"eventType") {
                set(&mut event_type, EventType::from_name(&r.str()?)?)
            } else if r.name(b"distributionDomainName") {
                set(&mut distribution_domain_name, r.nullable_string()?)
            } else if r.name(b"distributionId") {
                set(&mut distribution_id, r.nullable_string()?)
            } else if r.name(b"requestId") {
                set(&mut request_id, r.nullable_string()?)
            } else if r.name(b"endpoint") {
                set(&mut endpoint, r.nullable_string()?)
            } else {
                None
            }
        })?;
        Some(Context {
            distribution_domain_name: distribution_domain_name.flatten(),
            endpoint: endpoint.flatten(),
            distribution_id: distribution_id.flatten(),
            event_type: event_type?,
            request_id: request_id.flatten(),
        })
    }

    /// `event.viewer`.
    fn viewer(&mut self) -> Option<Viewer> {
        let mut ip = None;
        self.fields(|r| {
            if r.name(b"ip") {
                set(&mut ip, r.string()?)
            } else {
                None
            }
        })?;
        Some(Viewer {
            ip: ip.unwrap_or_default(),
        })
    }

    /// `event.request`.
    fn request(&mut self) -> Option<Request> {
        let mut headers = None;
        let mut method = None;
        let mut querystring = None;
        let mut uri = None;
        let mut cookies = None;
        self.fields(|r| {
            if r.name(b"uri") {
                set(&mut uri, r.string()?)
            } else if r.name(b"method") {
                set(&mut method, r.string()?)
            } else if r.name(b"headers") {
                set(&mut headers, r.entries()?)
            } else if r.name(b"querystring") {
                set(&mut querystring, r.entries()?)
            } else if r.name(b"cookies") {
                set(&mut cookies, r.entries()?)
            } else {
                None
            }
        })?;
        Some(Request {
            headers: headers.unwrap_or_default(),
            method: method?,
            querystring: querystring.unwrap_or_default(),
            uri: uri?,
            cookies: cookies.unwrap_or_default(),
        })
    }

    /// `event.response`, without a `body` (declined unless `null`).
    fn response(&mut self) -> Option<Response> {
        let mut headers = None;
        let mut status_description = None;
        let mut cookies = None;
        let mut status_code = None;
        let mut body = None;
        self.fields(|r| {
            if r.name(b"statusCode") {
                set(&mut status_code, r.status_code()?)
            } else if r.name(b"statusDescription") {
                set(&mut status_description, r.nullable_string()?)
            } else if r.name(b"headers") {
                set(&mut headers, r.entries()?)
            } else if r.name(b"cookies") {
                set(&mut cookies, r.entries()?)
            } else if r.name(b"body") && r.null()? {
                set(&mut body, ())
            } else {
                None
            }
        })?;
        Some(Response {
            headers: headers.unwrap_or_default(),
            status_description: status_description.flatten(),
            cookies: cookies.unwrap_or_default(),
            status_code: status_code?,
            body: None,
        })
    }

    /// A status code written as a plain integer that fits `u16`; anything
    /// else (a fraction, an exponent, a sign, a leading zero, a larger
    /// number) is declined.
    fn status_code(&mut self) -> Option<u16> {
        self.peek()?;
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(&d) = bytes.get(self.pos).filter(|d| d.is_ascii_digit()) {
            n = n * 10 + u32::from(d - b'0');
            if n > u32::from(u16::MAX) {
                return None;
            }
            self.pos += 1;
        }
        let digits = self.pos - start;
        if digits == 0
            || (digits > 1 && bytes.get(start) == Some(&b'0'))
            || matches!(bytes.get(self.pos), Some(b'.' | b'e' | b'E'))
        {
            return None;
        }
        u16::try_from(n).ok()
    }

    /// Named entries (`Entries`' own Deserialize: a repeated name keeps its
    /// first place and takes its last value).
    fn entries(&mut self) -> Option<Entries> {
        let mut out: Vec<(String, Entry)> = Vec::new();
        self.members(|r| {
            let name = r.string()?;
            r.eat(b':')?;
            let entry = r.entry(true)?;
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some((_, e)) => *e = entry,
                None => out.push((name, entry)),
            }
            Some(())
        })?;
        Some(Entries(out))
    }

    /// An entry; `multiValue` is read only at the `outer` level (one inside
    /// a `multiValue` list is declined).
    fn entry(&mut self, outer: bool) -> Option<Entry> {
        let mut value = None;
        let mut attributes = None;
        let mut multi_value = None;
        self.fields(|r| {
            if r.name(b"value") {
                set(&mut value, r.string()?)
            } else if r.name(b"attributes") {
                set(&mut attributes, r.nullable_string()?)
            } else if outer && r.name(b"multiValue") {
                let list = if r.null()? {
                    None
                } else {
                    Some(r.entry_list()?)
                };
                set(&mut multi_value, list)
            } else {
                None
            }
        })?;
        Some(Entry {
            value: value?,
            attributes: attributes.flatten(),
            multi_value: multi_value.flatten(),
        })
    }

    /// A `multiValue` list.
    fn entry_list(&mut self) -> Option<Vec<Entry>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        if self.peek()? == b']' {
            self.pos += 1;
            return Some(out);
        }
        loop {
            out.push(self.entry(false)?);
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }
}

/// The first byte at or after `i` that ends a run of plain string text
/// (`"`, `\` or a control character) and its position; `None` when the
/// text ends first.
pub(super) fn plain_end(bytes: &[u8], mut i: usize) -> Option<(usize, u8)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Eight bytes at a time: `(v - ONES * n) & !v & HIGH` marks the bytes
    // of `v` below `n` (zero bytes for n = 1). A borrow can wrongly mark
    // only a byte after one rightly marked, so the first mark is exact.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().ok()?);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        let marks = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x);
        let marks = marks & HIGH;
        if marks != 0 {
            let at = i + (marks.trailing_zeros() / 8) as usize;
            return Some((at, *bytes.get(at)?));
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return Some((i, b));
        }
        i += 1;
    }
    None
}

/// The character of the `\u` escape at `at`, and the length of its text:
/// a surrogate pair is one character of two escapes; a lone surrogate,
/// which serde_json refuses in a string, is declined.
fn unicode_escape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let unit = hex4(bytes, at + 2)?;
    if !(0xd800..0xdc00).contains(&unit) {
        // A low surrogate is no `char`, and declined here.
        return Some((char::from_u32(unit)?, 6));
    }
    if bytes.get(at + 6..at + 8)? != b"\\u" {
        return None;
    }
    let low = hex4(bytes, at + 8)?;
    if !(0xdc00..0xe000).contains(&low) {
        return None;
    }
    let c = char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))?;
    Some((c, 12))
}

/// The four hex digits of a `\u` escape at `at`.
fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    let mut n = 0;
    for &d in digits {
        n = n * 16 + char::from(d).to_digit(16)?;
    }
    Some(n)
}
