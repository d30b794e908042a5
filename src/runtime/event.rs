//! The CloudFront Functions event and handler results as Rust data, with
//! JSON in and out in CloudFront's shape (the developer guide's "event
//! structure" page; see `conformance/README.md`).
//!
//! Maps of entries keep their order: CloudFront writes headers in the
//! order the function left them, so a `Vec` of pairs stands in for a map.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Which trigger an event comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventType {
    /// Before the cache: the function sees (and may answer) the request.
    ViewerRequest,
    /// After the origin or cache: the function sees the response.
    ViewerResponse,
}

impl EventType {
    /// The name CloudFront uses (`viewer-request`, `viewer-response`).
    pub fn name(self) -> &'static str {
        match self {
            EventType::ViewerRequest => "viewer-request",
            EventType::ViewerResponse => "viewer-response",
        }
    }

    /// Parses CloudFront's name.
    pub fn from_name(name: &str) -> Option<EventType> {
        match name {
            "viewer-request" => Some(EventType::ViewerRequest),
            "viewer-response" => Some(EventType::ViewerResponse),
            _ => None,
        }
    }
}

impl Serialize for EventType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for EventType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<EventType, D::Error> {
        // The name is compared where the reader has it, not copied first.
        struct Name;
        impl Visitor<'_> for Name {
            type Value = EventType;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<EventType, E> {
                EventType::from_name(name).ok_or_else(|| {
                    E::custom(format!(
                        "unknown eventType {name:?} (expected \"viewer-request\" or \"viewer-response\")"
                    ))
                })
            }
        }
        d.deserialize_str(Name)
    }
}

/// One value of a header, query parameter or cookie: `{value}`, plus
/// `attributes` for response cookies and `multiValue` when the name occurs
/// more than once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The first (or only) value.
    pub value: String,
    /// A response cookie's attributes: everything after the first `;`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
    /// Every occurrence, the first included, when there are several.
    #[serde(
        default,
        rename = "multiValue",
        skip_serializing_if = "Option::is_none"
    )]
    pub multi_value: Option<Vec<Entry>>,
}

impl Entry {
    /// An entry with one value.
    pub fn new(value: impl Into<String>) -> Entry {
        Entry {
            value: value.into(),
            attributes: None,
            multi_value: None,
        }
    }

    /// Every value the entry stands for, in order (`multiValue` wins over
    /// `value` when present, as CloudFront applies changes).
    pub fn values(&self) -> std::slice::Iter<'_, Entry> {
        match &self.multi_value {
            Some(all) if !all.is_empty() => all.iter(),
            _ => std::slice::from_ref(self).iter(),
        }
    }

    /// Adds a later value of the same name: the entry's `multiValue`
    /// lists them all, its `value` stays the first.
    pub(crate) fn add_value(&mut self, entry: Entry) {
        let all = self.multi_value.get_or_insert_with(Vec::new);
        if all.is_empty() {
            all.push(Entry {
                value: self.value.clone(),
                attributes: self.attributes.clone(),
                multi_value: None,
            });
        }
        all.push(entry);
    }
}

/// Named entries in order (headers, query parameters, cookies).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entries(pub Vec<(String, Entry)>);

impl Entries {
    /// The entry named `name` (exact match).
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, e)| e)
    }

    /// Adds a value under `name`: a repeated name grows `multiValue`, as
    /// CloudFront builds the event from repeated header lines or
    /// parameters.
    pub fn append(&mut self, name: &str, entry: Entry) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, existing)) => existing.add_value(entry),
            None => self.0.push((name.to_string(), entry)),
        }
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A JSON object of the entries in order. (`HandlerResult::to_json`
/// writes the same text without serde.)
impl Serialize for Entries {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of {\"value\": ...} entries")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Entry>()? {
                    // A repeated name keeps its first position and its last
                    // value, as `JSON.parse` would give it.
                    match out.iter_mut().find(|(n, _): &&mut (String, Entry)| *n == k) {
                        Some((_, e)) => *e = v,
                        None => out.push((k, v)),
                    }
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// `event.context`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The distribution's domain name (standard distributions).
    #[serde(
        rename = "distributionDomainName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub distribution_domain_name: Option<String>,
    /// The connection group's domain (multi-tenant distributions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The distribution ID.
    #[serde(
        rename = "distributionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub distribution_id: Option<String>,
    /// `viewer-request` or `viewer-response`.
    #[serde(rename = "eventType")]
    pub event_type: EventType,
    /// The request's ID, shared with its response.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// `event.viewer`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    /// The client's address.
    #[serde(default)]
    pub ip: String,
}

/// `event.request`, and the request a viewer-request function returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Headers (lowercase names), without `cookie`.
    #[serde(default)]
    pub headers: Entries,
    /// The HTTP method (read-only).
    pub method: String,
    /// Query parameters.
    #[serde(default)]
    pub querystring: Entries,
    /// The path, without the query string.
    pub uri: String,
    /// Cookies from the `Cookie` header(s).
    #[serde(default)]
    pub cookies: Entries,
}

/// A body a function sets on a response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Body {
    /// A plain string: shorthand for text encoding.
    Text(String),
    /// `{data, encoding}` with `encoding` `text` or `base64`.
    Encoded {
        /// The body, as text or base64.
        data: String,
        /// `text` or `base64`.
        encoding: String,
    },
}

impl Body {
    /// The body's bytes (base64 decoded when so encoded); `None` when the
    /// base64 is invalid.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        match self {
            Body::Text(s) => Some(s.as_bytes().to_vec()),
            Body::Encoded { data, encoding } if encoding == "base64" => super::base64::decode(data),
            Body::Encoded { data, .. } => Some(data.as_bytes().to_vec()),
        }
    }

    /// [`Body::bytes`], reusing the text's storage when it is not base64.
    pub fn into_bytes(self) -> Option<Vec<u8>> {
        match self {
            Body::Text(s) => Some(s.into_bytes()),
            Body::Encoded { data, encoding } if encoding == "base64" => {
                super::base64::decode(&data)
            }
            Body::Encoded { data, .. } => Some(data.into_bytes()),
        }
    }
}

/// `event.response`, and the response a function returns or generates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// Headers (lowercase names), without `set-cookie`.
    #[serde(default)]
    pub headers: Entries,
    /// The reason phrase.
    #[serde(
        rename = "statusDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_description: Option<String>,
    /// Cookies from the `Set-Cookie` headers (`{value, attributes}`).
    #[serde(default)]
    pub cookies: Entries,
    /// The status code.
    #[serde(rename = "statusCode")]
    pub status_code: u16,
    /// A body set by the function.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
}

/// A whole event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Always `"1.0"` so far.
    #[serde(default = "default_version")]
    pub version: String,
    /// Where and why the function runs.
    pub context: Context,
    /// The client.
    #[serde(default)]
    pub viewer: Viewer,
    /// The request.
    pub request: Request,
    /// The response (viewer-response events only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// The query string as received, without `?` (`rawQueryString()` in
    /// 2.0); not part of CloudFront's JSON.
    #[serde(skip)]
    pub raw_query: Option<String>,
}

fn default_version() -> String {
    "1.0".to_string()
}

impl Event {
    /// An event with every field empty (nothing allocated): viewer-request,
    /// empty version, method, URI and viewer address, no entries, no
    /// response. A start for [`Event::fill_from_json`] and
    /// `http::fill_request_event` to fill.
    pub fn empty() -> Event {
        Event {
            version: String::new(),
            context: Context {
                distribution_domain_name: None,
                endpoint: None,
                distribution_id: None,
                event_type: EventType::ViewerRequest,
                request_id: None,
            },
            viewer: Viewer::default(),
            request: Request::default(),
            response: None,
            raw_query: None,
        }
    }

    /// Reads an event from JSON: either the event itself or an object
    /// wrapping it as `{"EventObject": ...}` (what `aws cloudfront
    /// test-function` takes). The typed structures are read straight from
    /// the text, with no intermediate JSON tree: by the reader of
    /// `event_json.rs` when the text has the usual shape, by the serde
    /// derives, which decide what any other text means, otherwise.
    ///
    /// To read many events one after another, fill one event with
    /// [`Event::fill_from_json`] instead: it reuses the strings and vectors.
    pub fn from_json(text: &str) -> Result<Event, String> {
        let mut event = Event::empty();
        event.fill_from_json(text)?;
        Ok(event)
    }

    /// Makes this event the one [`Event::from_json`] reads from `text`,
    /// reusing the strings and vectors it holds: a thread that handles
    /// many events keeps one `Event` and fills it for each, and once its
    /// buffers have grown to the events' size, filling allocates nothing.
    ///
    /// On `Ok`, the event equals what `Event::from_json(text)` gives, in
    /// every field: a field the text lacks takes its default, entries come
    /// in the text's order (a repeated name keeps its first place and its
    /// last value) and `raw_query` is rebuilt from the query parameters.
    /// On `Err`, the message is `from_json`'s and the event is left as
    /// [`Event::empty`] gives it. The buffers keep the capacity of the
    /// largest event read so far; a response or `multiValue` list that a
    /// text lacks is dropped, and allocated again when a later one has it.
    ///
    /// ```
    /// use edgefn::runtime::Event;
    ///
    /// let texts = [
    ///     r#"{"context":{"eventType":"viewer-request"},"request":{"method":"GET","uri":"/a","querystring":{"q":{"value":"1"}}}}"#,
    ///     r#"{"context":{"eventType":"viewer-request"},"request":{"method":"GET","uri":"/b"}}"#,
    /// ];
    /// let mut event = Event::empty();
    /// for text in texts {
    ///     event.fill_from_json(text)?;
    ///     assert_eq!(Ok(&event), Event::from_json(text).as_ref());
    /// }
    /// assert_eq!(event.raw_query, None);
    /// assert!(event.fill_from_json("{}").is_err());
    /// assert_eq!(event, Event::empty());
    /// # Ok::<(), String>(())
    /// ```
    pub fn fill_from_json(&mut self, text: &str) -> Result<(), String> {
        // A text the reader declines midway has overwritten part of the
        // event: serde's event, or the empty one, replaces all of it.
        if super::event_json::read_into(text, self).is_none() {
            match parse_with_serde(text) {
                Ok(event) => *self = event,
                Err(e) => {
                    *self = Event::empty();
                    return Err(e);
                }
            }
        }
        finish(self).inspect_err(|_| *self = Event::empty())
    }

    /// The event's type.
    pub fn event_type(&self) -> EventType {
        self.context.event_type
    }

    /// What a handler hands back to leave the event as it came: the
    /// request of a viewer-request event, the response of a
    /// viewer-response one (`None` when the event lacks it). This is the
    /// part [`Returned::Event`] stands for.
    pub(crate) fn own_part(&self) -> Option<OwnPart<'_>> {
        match self.event_type() {
            EventType::ViewerRequest => Some(OwnPart::Request(&self.request)),
            EventType::ViewerResponse => self.response.as_ref().map(OwnPart::Response),
        }
    }
}

/// [`Event::from_json`]'s reading by the serde derives: the event, or
/// the error as the message `from_json` gives, before [`finish`].
pub(super) fn parse_with_serde(text: &str) -> Result<Event, String> {
    #[derive(Deserialize)]
    struct Wrapped {
        #[serde(rename = "EventObject")]
        event: Event,
    }
    match serde_json::from_str::<Event>(text) {
        Ok(e) => Ok(e),
        Err(e) if e.is_syntax() || e.is_eof() => Err(format!("invalid event JSON: {e}")),
        Err(e) => match serde_json::from_str::<Wrapped>(text) {
            Ok(w) => Ok(w.event),
            Err(_) => Err(format!("invalid event: {e}")),
        },
    }
}

/// What [`Event::from_json`] checks and adds once the event is read,
/// whichever way: a viewer-response event needs a response, and the raw
/// query string is rebuilt from the parameters (into the string a filled
/// event already holds, whatever it was).
pub(super) fn finish(event: &mut Event) -> Result<(), String> {
    if event.context.event_type == EventType::ViewerResponse && event.response.is_none() {
        return Err("invalid event: a viewer-response event needs a `response`".into());
    }
    let q = &event.request.querystring;
    if q.is_empty() {
        event.raw_query = None;
    } else {
        let raw = event.raw_query.get_or_insert_with(String::new);
        raw.clear();
        // Sized first, as `raw_query_of` does: a no-op once it has grown.
        raw.reserve(raw_query_len(q));
        push_raw_query(q, raw);
    }
    Ok(())
}

/// See [`Event::own_part`].
pub(crate) enum OwnPart<'a> {
    Request(&'a Request),
    Response(&'a Response),
}

/// Rebuilds a query string from its parameters, every value of a repeated
/// name included.
pub fn raw_query_of(q: &Entries) -> String {
    // Sized first: grown a pair at a time, a query string of a few
    // parameters reallocated four times.
    let mut out = String::with_capacity(raw_query_len(q));
    push_raw_query(q, &mut out);
    out
}

/// Appends [`raw_query_of`]'s text to `out`.
fn push_raw_query(q: &Entries, out: &mut String) {
    let start = out.len();
    for (name, entry) in &q.0 {
        for e in entry.values() {
            if out.len() > start {
                out.push('&');
            }
            out.push_str(name);
            if !e.value.is_empty() {
                out.push('=');
                out.push_str(&e.value);
            }
        }
    }
}

/// The length in bytes of [`raw_query_of`]'s text, without building it
/// (a `&` goes before a pair only when text precedes it, as there).
pub fn raw_query_len(q: &Entries) -> usize {
    let mut len = 0;
    for (name, entry) in &q.0 {
        for e in entry.values() {
            if len > 0 {
                len += 1;
            }
            len += name.len();
            if !e.value.is_empty() {
                len += 1 + e.value.len();
            }
        }
    }
    len
}

/// What a handler produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandlerResult {
    /// The (possibly modified) request goes on to the cache and origin.
    Request(Request),
    /// A response: generated in viewer-request, or the modified response
    /// in viewer-response.
    Response(Response),
}

/// What a handler produced, as the embedding path takes it: a handler
/// that hands back the event's own request or response untouched (one
/// that only looks, or that has nothing to change for this request)
/// leaves nothing to copy or apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Returned {
    /// The event's request (viewer-request) or response (viewer-response),
    /// not modified: the result is the event's part as CloudFront reads it
    /// back ([`Returned::into_result`]).
    Event,
    /// Any other result.
    Result(HandlerResult),
}

impl Returned {
    /// The result as a [`HandlerResult`]; `event` is the event the handler
    /// ran on.
    pub fn into_result(self, event: &Event) -> HandlerResult {
        match self {
            Returned::Event => super::convert::event_part(event),
            Returned::Result(r) => r,
        }
    }
}

impl HandlerResult {
    /// CloudFront's `FunctionOutput`: `{"request":...}` or `{"response":...}`.
    pub fn to_json(&self) -> String {
        // Written directly rather than by the serde derives, which cost
        // twice as much; the fields, order and omissions are the derives'
        // (`tests/fuzz_runtime.rs` compares the two).
        super::output::result_json(self, self.json_size_hint())
    }

    /// About how long [`HandlerResult::to_json`]'s text is: the strings
    /// with their quotes and the JSON around them, escapes aside.
    fn json_size_hint(&self) -> usize {
        let entries = entries_json_size_hint;
        128 + match self {
            HandlerResult::Request(r) => {
                r.method.len()
                    + r.uri.len()
                    + entries(&r.querystring)
                    + entries(&r.headers)
                    + entries(&r.cookies)
            }
            HandlerResult::Response(r) => {
                r.status_description.as_ref().map_or(0, String::len)
                    + entries(&r.headers)
                    + entries(&r.cookies)
                    + match &r.body {
                        Some(Body::Text(t)) => t.len(),
                        Some(Body::Encoded { data, .. }) => data.len() + 32,
                        None => 0,
                    }
            }
        }
    }
}

/// About how long the JSON text of `e` is.
pub(crate) fn entries_json_size_hint(e: &Entries) -> usize {
    e.0.iter()
        .map(|(name, entry)| {
            name.len()
                + entry
                    .values()
                    .map(|v| v.value.len() + v.attributes.as_ref().map_or(0, |a| a.len() + 16) + 16)
                    .sum::<usize>()
                + if entry.multi_value.is_some() { 32 } else { 8 }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event_with_type(json_type: &str) -> Result<Event, String> {
        Event::from_json(&format!(
            r#"{{"context":{{"eventType":{json_type}}},"request":{{"method":"GET","uri":"/"}}}}"#
        ))
    }

    /// The event type is read from the text as it stands, escapes
    /// included, and a wrong one is named in the error.
    #[test]
    fn event_types_are_read_in_place() {
        let escaped = event_with_type(r#""viewer\u002drequest""#).expect("event");
        assert_eq!(escaped.event_type(), EventType::ViewerRequest);
        let plain = event_with_type(r#""viewer-request""#).expect("event");
        assert_eq!(plain.event_type(), EventType::ViewerRequest);
        let unknown = event_with_type(r#""origin-request""#).expect_err("refused");
        assert!(
            unknown.contains(
                r#"unknown eventType "origin-request" (expected "viewer-request" or "viewer-response")"#
            ),
            "{unknown}"
        );
        let number = event_with_type("5").expect_err("refused");
        assert!(
            number.contains("invalid type: integer `5`, expected a string"),
            "{number}"
        );
    }

    /// The length the URI check uses is the length of the text the query
    /// string is written as: separators, empty values, repeated values.
    #[test]
    fn raw_query_len_is_the_text_length() {
        for qs in [
            "{}",
            r#"{"a":{"value":""}}"#,
            r#"{"a":{"value":"1"}}"#,
            r#"{"a":{"value":"1"},"bb":{"value":""},"c":{"value":"xyz"}}"#,
            r#"{"a":{"value":"1","multiValue":[{"value":"1"},{"value":""},{"value":"22"}]},"b":{"value":"é"}}"#,
            r#"{"":{"value":""},"a":{"value":"1"},"":{"value":"x"}}"#,
            r#"{"":{"value":"","multiValue":[{"value":""},{"value":""}]},"b":{"value":""}}"#,
        ] {
            let event = Event::from_json(&format!(
                r#"{{"context":{{"eventType":"viewer-request"}},"request":{{"method":"GET","uri":"/","querystring":{qs}}}}}"#
            ))
            .expect("event");
            let q = &event.request.querystring;
            assert_eq!(raw_query_len(q), raw_query_of(q).len(), "{qs}");
        }
    }
}
