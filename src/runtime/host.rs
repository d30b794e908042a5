//! What the runtime attaches to each event for its built-ins to use: the
//! captured `console.log` lines and the raw query string; and the
//! built-ins that read it (`console`, `request.rawQueryString()`).

use crate::builtins::def;
use crate::heap::{Attrs, Key, Prop};
use crate::realm::RealmBuilder;
use crate::value::{JsStr, Value};
use crate::vm::{Call, JsResult, Vm};

/// Declares [`EventNames`]: the property names of events and results,
/// interned once in the realm so that building an event and reading a
/// result never hash a name.
macro_rules! event_names {
    ($($field:ident = $text:literal,)*) => {
        /// The property names of events and results, as realm strings.
        #[derive(Clone, Copy, Debug, Default)]
        pub struct EventNames {
            $(#[doc = concat!("`", $text, "`")] pub $field: JsStr,)*
        }

        impl EventNames {
            fn intern(b: &mut RealmBuilder) -> EventNames {
                EventNames { $($field: b.intern($text),)* }
            }
        }
    };
}

event_names! {
    version = "version",
    context = "context",
    distribution_domain_name = "distributionDomainName",
    endpoint = "endpoint",
    distribution_id = "distributionId",
    event_type = "eventType",
    request_id = "requestId",
    viewer = "viewer",
    ip = "ip",
    request = "request",
    response = "response",
    method = "method",
    uri = "uri",
    querystring = "querystring",
    headers = "headers",
    cookies = "cookies",
    value = "value",
    attributes = "attributes",
    multi_value = "multiValue",
    status_code = "statusCode",
    status_description = "statusDescription",
    body = "body",
    data = "data",
    encoding = "encoding",
    raw_query_string = "rawQueryString",
    // Values nearly every event has, so that building an event does not
    // copy them.
    version_1_0 = "1.0",
    viewer_request = "viewer-request",
    viewer_response = "viewer-response",
    get = "GET",
    head = "HEAD",
    post = "POST",
    put = "PUT",
    delete = "DELETE",
    options = "OPTIONS",
    patch = "PATCH",
}

/// Header names most events carry, interned in the realm too: an entry
/// name found there costs one table probe instead of a probe of every
/// table and a copy into the event's. Standard request and response
/// headers and the `cloudfront-*` headers CloudFront can add.
const COMMON_HEADER_NAMES: &[&str] = &[
    "accept",
    "accept-charset",
    "accept-encoding",
    "accept-language",
    "access-control-allow-credentials",
    "access-control-allow-headers",
    "access-control-allow-methods",
    "access-control-allow-origin",
    "access-control-expose-headers",
    "access-control-max-age",
    "age",
    "authorization",
    "cache-control",
    "cloudfront-forwarded-proto",
    "cloudfront-is-android-viewer",
    "cloudfront-is-desktop-viewer",
    "cloudfront-is-ios-viewer",
    "cloudfront-is-mobile-viewer",
    "cloudfront-is-smarttv-viewer",
    "cloudfront-is-tablet-viewer",
    "cloudfront-viewer-address",
    "cloudfront-viewer-asn",
    "cloudfront-viewer-city",
    "cloudfront-viewer-country",
    "cloudfront-viewer-country-name",
    "cloudfront-viewer-country-region",
    "cloudfront-viewer-country-region-name",
    "cloudfront-viewer-header-count",
    "cloudfront-viewer-header-order",
    "cloudfront-viewer-http-version",
    "cloudfront-viewer-ja3-fingerprint",
    "cloudfront-viewer-ja4-fingerprint",
    "cloudfront-viewer-latitude",
    "cloudfront-viewer-longitude",
    "cloudfront-viewer-metro-code",
    "cloudfront-viewer-postal-code",
    "cloudfront-viewer-time-zone",
    "cloudfront-viewer-tls",
    "content-disposition",
    "content-encoding",
    "content-language",
    "content-length",
    "content-security-policy",
    "content-type",
    "cross-origin-embedder-policy",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
    "date",
    "dnt",
    "etag",
    "expires",
    "forwarded",
    "host",
    "if-match",
    "if-modified-since",
    "if-none-match",
    "if-range",
    "if-unmodified-since",
    "last-modified",
    "location",
    "origin",
    "permissions-policy",
    "pragma",
    "priority",
    "range",
    "referer",
    "referrer-policy",
    "sec-ch-ua",
    "sec-ch-ua-mobile",
    "sec-ch-ua-platform",
    "sec-fetch-dest",
    "sec-fetch-mode",
    "sec-fetch-site",
    "sec-fetch-user",
    "server",
    "set-cookie",
    "strict-transport-security",
    "upgrade-insecure-requests",
    "user-agent",
    "vary",
    "via",
    "x-content-type-options",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-frame-options",
    "x-xss-protection",
];

/// CloudFront truncates a run's function logs at 10 KB.
pub const MAX_LOG_BYTES: usize = 10 * 1024;

/// Per-event host state (see [`Vm::reuse_host`]).
#[derive(Debug, Default)]
pub struct HostState {
    /// One entry per `console.log` call.
    pub logs: Vec<String>,
    /// Bytes logged so far.
    pub log_bytes: usize,
    /// Whether later lines were dropped at the 10 KB cap.
    pub logs_truncated: bool,
    /// The query string as received (`rawQueryString()`).
    pub raw_query: Option<String>,
    /// The event's type (what the `cloudfront` helpers may do depends on it).
    pub event_type: Option<super::EventType>,
    /// The function's key value store (2.0).
    pub kvs: Option<std::sync::Arc<dyn super::kvs::KeyValueStore>>,
    /// What `cf.edgeLocation` reports in viewer-request.
    pub edge_location: Option<super::cloudfront::EdgeLocation>,
    /// The origin change the function asked for.
    pub origin: Option<super::cloudfront::OriginChange>,
    /// The last `cf.logCustomData` payload.
    pub custom_log_data: Option<String>,
}

impl HostState {
    /// Makes this the state of a run on `event`, keeping the buffers the
    /// last run left (its query string's, its edge location's): every field
    /// is set, so nothing of that run stays readable.
    pub(crate) fn begin(
        &mut self,
        event: &super::Event,
        kvs: &Option<std::sync::Arc<dyn super::kvs::KeyValueStore>>,
        options: &super::RunOptions,
    ) {
        // Destructured so that a new field cannot be left out here.
        let HostState {
            logs,
            log_bytes,
            logs_truncated,
            raw_query,
            event_type,
            kvs: store,
            edge_location,
            origin,
            custom_log_data,
        } = self;
        logs.clear();
        *log_bytes = 0;
        *logs_truncated = false;
        raw_query.clone_from(&event.raw_query);
        *event_type = Some(event.event_type());
        store.clone_from(kvs);
        match (edge_location, &options.edge_location) {
            (Some(kept), Some(given)) => {
                kept.name.clone_from(&given.name);
                kept.server_ip.clone_from(&given.server_ip);
                kept.region.clone_from(&given.region);
            }
            (kept, given) => kept.clone_from(given),
        }
        *origin = None;
        *custom_log_data = None;
    }

    /// What a run hands back: its log lines, the origin change it asked
    /// for and its custom log data.
    pub(crate) fn take_outputs(
        &mut self,
    ) -> (
        Vec<String>,
        Option<super::cloudfront::OriginChange>,
        Option<String>,
    ) {
        (
            std::mem::take(&mut self.logs),
            self.origin.take(),
            self.custom_log_data.take(),
        )
    }

    /// Records one log line, cutting it (at a character boundary) and
    /// dropping later ones once the cap is reached.
    pub fn log(&mut self, mut line: String) {
        if self.logs_truncated {
            return;
        }
        let room = MAX_LOG_BYTES.saturating_sub(self.log_bytes);
        if line.len() > room {
            let mut cut = room;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            line.truncate(cut);
            self.logs_truncated = true;
        }
        self.log_bytes += line.len();
        self.logs.push(line);
    }
}

/// Installs `console` (both runtimes list `console.log` only) and the
/// shared `rawQueryString` function.
pub(crate) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let console = b.object(Some(object_proto));
    b.methods(console, &[def("log", 0, super::console::console_log)]);
    b.global_value("console", Value::Object(console), Attrs::HIDDEN);
    b.intrinsics.raw_query_string = b.function(def("rawQueryString", 0, raw_query_string), false);
    b.event_names = EventNames::intern(b);
    for name in COMMON_HEADER_NAMES {
        b.intern(name);
    }
    let module = b.object(Some(object_proto));
    b.intrinsics.cloudfront_module = module;
    super::cloudfront::install(b, module);
}

/// `request.rawQueryString()`: the query string as received, without `?`;
/// `undefined` when the request had none.
fn raw_query_string(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    let raw = vm.host::<HostState>().and_then(|h| h.raw_query.clone());
    match raw {
        Some(q) => Ok(Value::String(vm.heap_mut().str_from_rust(&q)?)),
        None => Ok(Value::Undefined),
    }
}

/// The request's (non-enumerable) `rawQueryString` method property.
pub(crate) fn raw_query_string_property(vm: &Vm) -> Prop {
    Prop {
        key: Key::Str(vm.realm().event_names.raw_query_string),
        value: Value::Object(vm.realm().intrinsics.raw_query_string),
        attrs: Attrs::HIDDEN,
    }
}
