//! The `cloudfront` module (2.0, `import cf from 'cloudfront'`): key value
//! store handles, the origin-modification helpers, `edgeLocation` and
//! `logCustomData`. Their per-event state lives in [`HostState`].

use super::event::EventType;
use super::host::HostState;
use super::kvs::MAX_KEY_BYTES;
use crate::builtins::def;
use crate::features::Runtime;
use crate::heap::{Attrs, Class, Key};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Vm};
use serde_json::{Map, Value as Json};

/// A change of origin a viewer-request function asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum OriginChange {
    /// `cf.updateRequestOrigin(params)`.
    Update(Json),
    /// `cf.selectRequestOriginById(originId, overrides)`.
    Select {
        /// The origin ID.
        origin_id: String,
        /// `hostHeader`, `sni`, `allowedCertificateNames`, when given.
        overrides: Json,
    },
    /// `cf.createRequestOriginGroup(params)`.
    Group(Json),
}

impl OriginChange {
    /// The change as JSON: `{"method": ..., "params": ...}`.
    pub fn to_json(&self) -> Json {
        match self {
            OriginChange::Update(p) => {
                serde_json::json!({ "method": "updateRequestOrigin", "params": p })
            }
            OriginChange::Select {
                origin_id,
                overrides,
            } => serde_json::json!({
                "method": "selectRequestOriginById", "originId": origin_id, "params": overrides
            }),
            OriginChange::Group(p) => {
                serde_json::json!({ "method": "createRequestOriginGroup", "params": p })
            }
        }
    }
}

/// Where the function runs, as `cf.edgeLocation` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdgeLocation {
    /// The airport-code name, e.g. `SEA`.
    pub name: String,
    /// The server's IP address.
    pub server_ip: String,
    /// The AWS region, e.g. `us-west-2`.
    pub region: String,
}

/// The longest `logCustomData` payload, after URL-encoding.
const MAX_CUSTOM_LOG_BYTES: usize = 800;

/// Installs the module object's members (2.0).
pub(crate) fn install(b: &mut RealmBuilder, module: ObjRef) {
    if b.runtime < Runtime::Js2 {
        return;
    }
    b.methods(
        module,
        &[
            def("kvs", 1, kvs),
            def("updateRequestOrigin", 1, update_request_origin),
            def("selectRequestOriginById", 2, select_request_origin_by_id),
            def("createRequestOriginGroup", 1, create_request_origin_group),
            def("logCustomData", 1, log_custom_data),
        ],
    );
    let key = b.key("edgeLocation");
    b.accessor(
        module,
        key,
        Some(def("get edgeLocation", 0, edge_location)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
    let object_proto = b.intrinsics.object_proto;
    let handle = b.object(Some(object_proto));
    b.methods(
        handle,
        &[
            def("get", 2, kvs_get),
            def("exists", 1, kvs_exists),
            def("meta", 0, kvs_meta),
        ],
    );
    b.intrinsics.kvs_handle_proto = handle;
}

/// The event's host state; outside a handler run (no host state) the
/// module's helpers throw.
fn host(vm: &mut Vm) -> JsResult<&mut HostState> {
    if vm.host::<HostState>().is_none() {
        return Err(vm.error(
            ErrorKind::Error,
            "the cloudfront module is only available while a handler runs",
        ));
    }
    // Present: checked just above.
    vm.host_mut::<HostState>()
        .ok_or(crate::vm::Throw::Value(Value::Undefined))
}

fn string_arg(vm: &mut Vm, v: Value, what: &str) -> JsResult<String> {
    match v {
        Value::String(s) => Ok(vm.heap().to_rust_string(s)),
        _ => Err(vm.type_error(format!("{what} must be a string"))),
    }
}

// --- key value store --------------------------------------------------------

/// `cf.kvs([id])`: a handle on the function's store.
fn kvs(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    // The store is the function's, the same at every event, and a handle
    // holds nothing of it: `const kvs = cf.kvs()` leaves the top level
    // copyable.
    vm.note_constant_call();
    let wanted = match call.arg(0) {
        Value::Undefined => None,
        v => Some(string_arg(vm, v, "cf.kvs: the key value store ID")?),
    };
    let store_id = host(vm)?.kvs.as_ref().map(|s| s.id().to_string());
    match (store_id, wanted) {
        (None, _) => Err(vm.error(
            ErrorKind::Error,
            "cf.kvs: no key value store is associated with this function",
        )),
        (Some(id), Some(w)) if id != w => Err(vm.error(
            ErrorKind::Error,
            format!("cf.kvs: key value store {w:?} is not associated with this function"),
        )),
        _ => {
            let proto = vm.realm().intrinsics.kvs_handle_proto;
            let o = vm
                .heap_mut()
                .alloc(crate::heap::ObjectData::new(Class::Ordinary, Some(proto)))?;
            Ok(Value::Object(o))
        }
    }
}

/// Settles a new promise with `r`: the handle methods answer through
/// promises, as CloudFront's do.
fn settle(vm: &mut Vm, r: JsResult<Value>) -> JsResult<Value> {
    let p = vm.new_promise()?;
    match r {
        Ok(v) => vm.resolve_promise(p, v)?,
        Err(crate::vm::Throw::Value(e)) => vm.reject_promise(p, e)?,
        Err(fatal) => return Err(fatal),
    }
    Ok(Value::Object(p))
}

fn checked_key(vm: &mut Vm, v: Value) -> JsResult<String> {
    let key = string_arg(vm, v, "the key")?;
    if key.is_empty() || key.len() > MAX_KEY_BYTES {
        return Err(vm.type_error(format!("the key must be 1 to {MAX_KEY_BYTES} bytes")));
    }
    Ok(key)
}

fn lookup(vm: &mut Vm, key: &str) -> JsResult<Option<Vec<u8>>> {
    let store = host(vm)?.kvs.clone();
    let Some(store) = store else {
        return Err(vm.error(
            ErrorKind::Error,
            "no key value store is associated with this function",
        ));
    };
    vm.charge(1 + key.len() as u64 / 16)?;
    Ok(store.get(key))
}

/// `handle.get(key[, {format}])`: `string` (default), `json` or `bytes`;
/// a missing key rejects.
fn kvs_get(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = kvs_get_value(vm, &call);
    settle(vm, r)
}

fn kvs_get_value(vm: &mut Vm, call: &Call<'_>) -> JsResult<Value> {
    let key = checked_key(vm, call.arg(0))?;
    let format = match call.arg(1) {
        Value::Object(o) => {
            let k = crate::builtins::name_key(vm, "format")?;
            match vm.get(Value::Object(o), k)? {
                Value::Undefined => "string".to_string(),
                v => string_arg(vm, v, "format")?,
            }
        }
        _ => "string".to_string(),
    };
    if !matches!(format.as_str(), "string" | "json" | "bytes") {
        return Err(vm.type_error(format!(
            "unknown format {format:?}: use \"string\", \"json\" or \"bytes\""
        )));
    }
    let Some(bytes) = lookup(vm, &key)? else {
        return Err(vm.error(ErrorKind::Error, format!("Key {key:?} not found")));
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    match format.as_str() {
        "string" => Ok(Value::String(vm.heap_mut().str_from_rust(&text)?)),
        "json" => {
            let s = Value::String(vm.heap_mut().str_from_rust(&text)?);
            let global = Value::Object(vm.realm().global);
            let json_key = crate::builtins::name_key(vm, "JSON")?;
            let json = vm.get(global, json_key)?;
            let parse_key = crate::builtins::name_key(vm, "parse")?;
            let parse = vm.get(json, parse_key)?;
            vm.call(parse, json, &[s])
        }
        _ => Ok(Value::Object(crate::builtins::new_uint8_array(vm, &bytes)?)),
    }
}

/// `handle.exists(key)`.
fn kvs_exists(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let r = checked_key(vm, call.arg(0))
        .and_then(|k| lookup(vm, &k))
        .map(|v| Value::Bool(v.is_some()));
    settle(vm, r)
}

/// `handle.meta()`: `{creationDateTime, lastUpdatedDateTime, keyCount}`.
fn kvs_meta(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    let r = (|| {
        let store = host(vm)?.kvs.clone();
        let Some(store) = store else {
            return Err(vm.error(
                ErrorKind::Error,
                "no key value store is associated with this function",
            ));
        };
        let meta = store.meta();
        let o = vm.new_object()?;
        let created = Value::String(vm.heap_mut().str_from_rust(&meta.creation_date_time)?);
        vm.put(o, "creationDateTime", created)?;
        let updated = Value::String(vm.heap_mut().str_from_rust(&meta.last_updated_date_time)?);
        vm.put(o, "lastUpdatedDateTime", updated)?;
        vm.put(o, "keyCount", Value::Number(meta.key_count as f64))?;
        Ok(Value::Object(o))
    })();
    settle(vm, r)
}

// --- edge location and custom log data --------------------------------------

fn edge_location(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    let (event_type, location) = {
        let h = host(vm)?;
        (h.event_type, h.edge_location.clone())
    };
    let o = vm.new_object()?;
    if let (Some(EventType::ViewerRequest), Some(l)) = (event_type, location) {
        for (name, value) in [
            ("name", &l.name),
            ("serverIp", &l.server_ip),
            ("region", &l.region),
        ] {
            let s = Value::String(vm.heap_mut().str_from_rust(value)?);
            vm.put(o, name, s)?;
        }
    }
    Ok(Value::Object(o))
}

/// `cf.logCustomData(text)`: URL-encoded, cut at 800 bytes; the last call
/// wins.
fn log_custom_data(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let v = call.arg(0);
    let text = vm.to_rust_string(v)?;
    let mut encoded = String::new();
    for b in text.bytes() {
        if encoded.len() + 3 > MAX_CUSTOM_LOG_BYTES {
            break;
        }
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    vm.charge(1 + text.len() as u64 / 16)?;
    host(vm)?.custom_log_data = Some(encoded);
    Ok(Value::Undefined)
}

// --- origin modification ----------------------------------------------------

/// Reads a plain-data argument as JSON (objects, arrays, strings, numbers,
/// booleans, null), as the helpers treat their parameters.
fn to_json(vm: &mut Vm, v: Value, depth: u32) -> JsResult<Json> {
    if depth > 16 {
        return Err(vm.type_error("origin parameters are nested too deeply"));
    }
    Ok(match v {
        Value::Undefined | Value::Empty | Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(b),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9007199254740992.0 => {
            Json::from(n as i64)
        }
        Value::Number(n) => serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number),
        Value::String(s) => Json::String(vm.heap().to_rust_string(s)),
        Value::Symbol(_) => return Err(vm.type_error("origin parameters cannot hold symbols")),
        Value::Object(o) if vm.heap().obj(o).class.is_array() => {
            let len = vm.length_of(v)?.min(1000);
            let mut items = Vec::new();
            for i in 0..len as u32 {
                let item = vm.get(v, Key::Index(i))?;
                items.push(to_json(vm, item, depth + 1)?);
            }
            Json::Array(items)
        }
        Value::Object(o) => {
            let mut map = Map::new();
            for key in vm.own_enumerable_string_keys(o)? {
                let name = vm.key_text(key);
                let item = vm.get(v, key)?;
                if item != Value::Undefined {
                    map.insert(name, to_json(vm, item, depth + 1)?);
                }
            }
            Json::Object(map)
        }
    })
}

/// Records `change` for a viewer-request event; the helpers throw elsewhere.
fn record(vm: &mut Vm, method: &str, change: OriginChange) -> JsResult<Value> {
    let h = host(vm)?;
    if h.event_type != Some(EventType::ViewerRequest) {
        return Err(vm.error(
            ErrorKind::Error,
            format!("cf.{method} can only be used in viewer-request functions"),
        ));
    }
    h.origin = Some(change);
    Ok(Value::Undefined)
}

fn update_request_origin(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let params = to_json(vm, call.arg(0), 0)?;
    if let Err(msg) = super::origin::check_update(&params) {
        return Err(vm.type_error(format!("cf.updateRequestOrigin: {msg}")));
    }
    record(vm, "updateRequestOrigin", OriginChange::Update(params))
}

fn select_request_origin_by_id(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let origin_id = string_arg(vm, call.arg(0), "cf.selectRequestOriginById: the origin ID")?;
    let overrides = to_json(vm, call.arg(1), 0)?;
    if let Err(msg) = super::origin::check_select(&origin_id, &overrides) {
        return Err(vm.type_error(format!("cf.selectRequestOriginById: {msg}")));
    }
    record(
        vm,
        "selectRequestOriginById",
        OriginChange::Select {
            origin_id,
            overrides,
        },
    )
}

fn create_request_origin_group(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let params = to_json(vm, call.arg(0), 0)?;
    if let Err(msg) = super::origin::check_group(&params) {
        return Err(vm.type_error(format!("cf.createRequestOriginGroup: {msg}")));
    }
    record(vm, "createRequestOriginGroup", OriginChange::Group(params))
}
