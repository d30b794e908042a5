//! A single-pass reader for event JSON in its usual shape, the fast path of
//! [`Event::fill_from_json`] (and so of [`Event::from_json`]).
//!
//! The serde derives of `event.rs` stay the authority on what an event text
//! means: this reader gives exactly the `Event` that
//! `serde_json::from_str::<Event>` gives (the `{"EventObject": ...}`
//! wrapper included, which `from_json` reads when the bare event is
//! refused), or `None`, and then `fill_from_json` asks serde, which gives
//! the same event or the error with its message. So the reader only has to
//! know the common case: it declines whatever it does not handle itself
//! (a field name written with escapes, an unknown or repeated field, a
//! `body`, a status code that is not a plain integer of `u16`, a
//! `multiValue` inside a `multiValue`, a lone surrogate, anything not
//! JSON) rather than reproduce serde's handling or its errors. What it
//! saves is serde's per-field and per-value machinery: field names are
//! compared in place, strings scanned eight bytes at a time and, without
//! escapes, copied once. It writes over an event that may hold an earlier
//! one, reusing its strings, entries and `multiValue` lists, and resets
//! every field the text lacks: filling one event again and again allocates
//! nothing once its buffers are large enough, where a new event costs an
//! allocation per string and list (and freeing them afterwards).
//! `event_json/tests.rs` holds it to serde on generated and mutated texts,
//! read into empty events and into events that held others.

use super::event::{Context, Entries, Entry, Event, EventType, Request, Response, Viewer};
use std::borrow::Cow;

#[cfg(test)]
mod tests;

/// Makes `event` what `serde_json::from_str::<Event>(text)` gives (or,
/// when that fails for want of fields, the event of a `{"EventObject":
/// ...}` wrapper), reusing its strings and vectors, `raw_query` aside:
/// that is left as it was, for `finish` to rebuild. `None` when the text
/// is anything the reader does not handle (see the module doc); `event`
/// may then be partly overwritten.
pub(super) fn read_into(text: &str, event: &mut Event) -> Option<()> {
    let mut r = Reader { text, pos: 0 };
    r.event_or_wrapper(event)?;
    // serde_json accepts trailing white space only.
    match r.peek() {
        None => Some(()),
        Some(_) => None,
    }
}

/// A position in the text being read.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

/// Marks a field read from its member, declining a field named twice
/// (serde's "duplicate field" error). Fields are filled in place as they
/// are read, so a flag, not the value, tells whether one was.
fn mark(seen: &mut bool) -> Option<()> {
    if *seen {
        return None;
    }
    *seen = true;
    Some(())
}

/// How a string's text starts: all of it, when it has no escapes, or the
/// position of its first escape.
enum Text<'a> {
    Plain(&'a str),
    Escaped { start: usize, first: usize },
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
        // The closing quote's place and the first byte tell nearly every
        // other name apart without a slice compare (a `memcmp` call).
        if bytes.get(end) != Some(&b'"')
            || bytes.get(self.pos) != name.first()
            || bytes.get(self.pos..end) != Some(name)
        {
            return false;
        }
        self.pos = end + 1;
        // A missing colon matches no other name either: declined.
        self.eat(b':').is_some()
    }

    /// A string's opening quote and then its text up to the end or up to
    /// its first escape.
    fn text(&mut self) -> Option<Text<'a>> {
        self.eat(b'"')?;
        let bytes = self.text.as_bytes();
        let start = self.pos;
        match plain_end(bytes, start)? {
            (i, b'"') => {
                self.pos = i + 1;
                // `"` is ASCII, so both ends are on character boundaries.
                self.text.get(start..i).map(Text::Plain)
            }
            (first, b'\\') => Some(Text::Escaped { start, first }),
            // serde_json refuses control characters in strings.
            _ => None,
        }
    }

    /// A string's text: borrowed from the JSON text when it has no
    /// escapes, decoded otherwise.
    fn str(&mut self) -> Option<Cow<'a, str>> {
        match self.text()? {
            Text::Plain(text) => Some(Cow::Borrowed(text)),
            Text::Escaped { start, first } => {
                let mut out = String::new();
                self.escaped(start, first, &mut out)?;
                Some(Cow::Owned(out))
            }
        }
    }

    /// A string, written over `out`.
    fn string_into(&mut self, out: &mut String) -> Option<()> {
        out.clear();
        match self.text()? {
            Text::Plain(text) => {
                out.push_str(text);
                Some(())
            }
            Text::Escaped { start, first } => self.escaped(start, first, out),
        }
    }

    /// A string that may be `null` (an `Option<String>` field), written
    /// over `out`.
    fn nullable_string_into(&mut self, out: &mut Option<String>) -> Option<()> {
        if self.null()? {
            *out = None;
            return Some(());
        }
        self.string_into(out.get_or_insert_with(String::new))
    }

    /// The rest of a string whose text starts at `start` and has its
    /// first escape at `first`, appended to `out`: decoded as serde_json
    /// does, surrogate pairs joined; a lone surrogate (serde_json's error)
    /// is declined.
    fn escaped(&mut self, start: usize, first: usize, out: &mut String) -> Option<()> {
        let bytes = self.text.as_bytes();
        out.reserve(first - start + 16);
        let mut run = start;
        let mut end = (first, b'\\');
        loop {
            match end {
                (i, b'"') => {
                    out.push_str(self.text.get(run..i)?);
                    self.pos = i + 1;
                    return Some(());
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
    fn event_or_wrapper(&mut self, out: &mut Event) -> Option<()> {
        let start = self.pos;
        self.eat(b'{')?;
        if self.eat(b'"').is_some() && self.name(b"EventObject") {
            // serde finds no `context` in the outer object and reads it as
            // the wrapper, whose only field this is.
            self.event(out)?;
            return self.eat(b'}');
        }
        self.pos = start;
        self.event(out)
    }

    /// An `Event`, `raw_query` aside.
    fn event(&mut self, out: &mut Event) -> Option<()> {
        let mut version = false;
        let mut context = false;
        let mut viewer = false;
        let mut request = false;
        let mut response = false;
        self.fields(|r| {
            if r.name(b"context") {
                mark(&mut context)?;
                r.context(&mut out.context)
            } else if r.name(b"request") {
                mark(&mut request)?;
                r.request(&mut out.request)
            } else if r.name(b"viewer") {
                mark(&mut viewer)?;
                r.viewer(&mut out.viewer)
            } else if r.name(b"version") {
                mark(&mut version)?;
                r.string_into(&mut out.version)
            } else if r.name(b"response") {
                mark(&mut response)?;
                if r.null()? {
                    out.response = None;
                    return Some(());
                }
                r.response(out.response.get_or_insert_with(Response::default))
            } else {
                None
            }
        })?;
        if !(context && request) {
            return None;
        }
        if !version {
            out.version.clear();
            out.version.push_str("1.0");
        }
        if !viewer {
            out.viewer.ip.clear();
        }
        if !response {
            out.response = None;
        }
        Some(())
    }

    /// `event.context`.
    fn context(&mut self, out: &mut Context) -> Option<()> {
        let mut distribution_domain_name = false;
        let mut endpoint = false;
        let mut distribution_id = false;
        let mut event_type = false;
        let mut request_id = false;
        self.fields(|r| {
            if r.name(b"eventType") {
                mark(&mut event_type)?;
                out.event_type = EventType::from_name(&r.str()?)?;
                Some(())
            } else if r.name(b"distributionDomainName") {
                mark(&mut distribution_domain_name)?;
                r.nullable_string_into(&mut out.distribution_domain_name)
            } else if r.name(b"distributionId") {
                mark(&mut distribution_id)?;
                r.nullable_string_into(&mut out.distribution_id)
            } else if r.name(b"requestId") {
                mark(&mut request_id)?;
                r.nullable_string_into(&mut out.request_id)
            } else if r.name(b"endpoint") {
                mark(&mut endpoint)?;
                r.nullable_string_into(&mut out.endpoint)
            } else {
                None
            }
        })?;
        if !event_type {
            return None;
        }
        if !distribution_domain_name {
            out.distribution_domain_name = None;
        }
        if !endpoint {
            out.endpoint = None;
        }
        if !distribution_id {
            out.distribution_id = None;
        }
        if !request_id {
            out.request_id = None;
        }
        Some(())
    }

    /// `event.viewer`.
    fn viewer(&mut self, out: &mut Viewer) -> Option<()> {
        let mut ip = false;
        self.fields(|r| {
            if r.name(b"ip") {
                mark(&mut ip)?;
                r.string_into(&mut out.ip)
            } else {
                None
            }
        })?;
        if !ip {
            out.ip.clear();
        }
        Some(())
    }

    /// `event.request`.
    fn request(&mut self, out: &mut Request) -> Option<()> {
        let mut headers = false;
        let mut method = false;
        let mut querystring = false;
        let mut uri = false;
        let mut cookies = false;
        self.fields(|r| {
            if r.name(b"uri") {
                mark(&mut uri)?;
                r.string_into(&mut out.uri)
            } else if r.name(b"method") {
                mark(&mut method)?;
                r.string_into(&mut out.method)
            } else if r.name(b"headers") {
                mark(&mut headers)?;
                r.entries(&mut out.headers)
            } else if r.name(b"querystring") {
                mark(&mut querystring)?;
                r.entries(&mut out.querystring)
            } else if r.name(b"cookies") {
                mark(&mut cookies)?;
                r.entries(&mut out.cookies)
            } else {
                None
            }
        })?;
        if !(method && uri) {
            return None;
        }
        if !headers {
            out.headers.0.clear();
        }
        if !querystring {
            out.querystring.0.clear();
        }
        if !cookies {
            out.cookies.0.clear();
        }
        Some(())
    }

    /// `event.response`, without a `body` (declined unless `null`).
    fn response(&mut self, out: &mut Response) -> Option<()> {
        let mut headers = false;
        let mut status_description = false;
        let mut cookies = false;
        let mut status_code = false;
        let mut body = false;
        self.fields(|r| {
            if r.name(b"statusCode") {
                mark(&mut status_code)?;
                out.status_code = r.status_code()?;
                Some(())
            } else if r.name(b"statusDescription") {
                mark(&mut status_description)?;
                r.nullable_string_into(&mut out.status_description)
            } else if r.name(b"headers") {
                mark(&mut headers)?;
                r.entries(&mut out.headers)
            } else if r.name(b"cookies") {
                mark(&mut cookies)?;
                r.entries(&mut out.cookies)
            } else if r.name(b"body") {
                mark(&mut body)?;
                r.null()?.then_some(())
            } else {
                None
            }
        })?;
        if !status_code {
            return None;
        }
        if !headers {
            out.headers.0.clear();
        }
        if !status_description {
            out.status_description = None;
        }
        if !cookies {
            out.cookies.0.clear();
        }
        out.body = None;
        Some(())
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
    /// first place and takes its last value), written over `out`'s in
    /// place, the entries past the last one read cut off.
    fn entries(&mut self, out: &mut Entries) -> Option<()> {
        let list = &mut out.0;
        let mut filled = 0;
        self.members(|r| {
            // The name is read into the next unfilled slot's string, which
            // a repeated name leaves for the next name to overwrite.
            if list.len() == filled {
                list.push((String::new(), Entry::default()));
            }
            let (done, rest) = list.split_at_mut(filled);
            let (name, entry) = rest.first_mut()?;
            r.string_into(name)?;
            r.eat(b':')?;
            match done.iter_mut().find(|(n, _)| n == name) {
                // Read over the earlier value: an entry is written whole.
                Some((_, earlier)) => r.entry(earlier, true),
                None => {
                    r.entry(entry, true)?;
                    filled += 1;
                    Some(())
                }
            }
        })?;
        list.truncate(filled);
        Some(())
    }

    /// An entry, written over `out`; `multiValue` is read only at the
    /// `outer` level (one inside a `multiValue` list is declined).
    fn entry(&mut self, out: &mut Entry, outer: bool) -> Option<()> {
        let mut value = false;
        let mut attributes = false;
        let mut multi_value = false;
        self.fields(|r| {
            if r.name(b"value") {
                mark(&mut value)?;
                r.string_into(&mut out.value)
            } else if r.name(b"attributes") {
                mark(&mut attributes)?;
                r.nullable_string_into(&mut out.attributes)
            } else if outer && r.name(b"multiValue") {
                mark(&mut multi_value)?;
                if r.null()? {
                    out.multi_value = None;
                    return Some(());
                }
                r.entry_list(out.multi_value.get_or_insert_with(Vec::new))
            } else {
                None
            }
        })?;
        if !value {
            return None;
        }
        if !attributes {
            out.attributes = None;
        }
        if !multi_value {
            out.multi_value = None;
        }
        Some(())
    }

    /// A `multiValue` list, written over `out`'s items in place.
    fn entry_list(&mut self, out: &mut Vec<Entry>) -> Option<()> {
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.pos += 1;
            out.clear();
            return Some(());
        }
        let mut filled = 0;
        loop {
            if out.len() == filled {
                out.push(Entry::default());
            }
            self.entry(out.get_mut(filled)?, false)?;
            filled += 1;
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    out.truncate(filled);
                    return Some(());
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
