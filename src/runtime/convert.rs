//! Events into JavaScript objects in the event's arena, and handler
//! results back into Rust, checking the shape of every field as it is read
//! so a wrong one is reported by its path (`response.headers["x-a"].value`).

use super::event::{Body, Entries, Entry, Event, EventType, HandlerResult, Request, Response};
use super::FunctionError;
use crate::features::Runtime;
use crate::heap::Key;
use crate::value::{ObjRef, Value};
use crate::vm::{JsResult, Throw, Vm};

/// Builds `event` as a JavaScript object.
pub fn event_to_js(vm: &mut Vm, event: &Event, runtime: Runtime) -> JsResult<Value> {
    let e = vm.new_object()?;
    let version = string(vm, &event.version)?;
    vm.put(e, "version", version)?;
    let context = vm.new_object()?;
    let c = &event.context;
    for (name, value) in [
        ("distributionDomainName", &c.distribution_domain_name),
        ("endpoint", &c.endpoint),
        ("distributionId", &c.distribution_id),
    ] {
        if let Some(v) = value {
            let s = string(vm, v)?;
            vm.put(context, name, s)?;
        }
    }
    let event_type = string(vm, c.event_type.name())?;
    vm.put(context, "eventType", event_type)?;
    if let Some(id) = &c.request_id {
        let s = string(vm, id)?;
        vm.put(context, "requestId", s)?;
    }
    vm.put(e, "context", Value::Object(context))?;
    let viewer = vm.new_object()?;
    let ip = string(vm, &event.viewer.ip)?;
    vm.put(viewer, "ip", ip)?;
    vm.put(e, "viewer", Value::Object(viewer))?;
    let request = request_to_js(vm, &event.request)?;
    if runtime >= Runtime::Js2 {
        super::host::install_raw_query_string(vm, request)?;
    }
    vm.put(e, "request", Value::Object(request))?;
    if let Some(response) = &event.response {
        let r = response_to_js(vm, response)?;
        vm.put(e, "response", Value::Object(r))?;
    }
    Ok(Value::Object(e))
}

fn string(vm: &mut Vm, s: &str) -> JsResult<Value> {
    Ok(Value::String(vm.heap_mut().str_from_rust(s)?))
}

fn request_to_js(vm: &mut Vm, r: &Request) -> JsResult<ObjRef> {
    let o = vm.new_object()?;
    let method = string(vm, &r.method)?;
    vm.put(o, "method", method)?;
    let uri = string(vm, &r.uri)?;
    vm.put(o, "uri", uri)?;
    let q = entries_to_js(vm, &r.querystring)?;
    vm.put(o, "querystring", q)?;
    let h = entries_to_js(vm, &r.headers)?;
    vm.put(o, "headers", h)?;
    let c = entries_to_js(vm, &r.cookies)?;
    vm.put(o, "cookies", c)?;
    Ok(o)
}

fn response_to_js(vm: &mut Vm, r: &Response) -> JsResult<ObjRef> {
    let o = vm.new_object()?;
    vm.put(o, "statusCode", Value::Number(f64::from(r.status_code)))?;
    if let Some(d) = &r.status_description {
        let s = string(vm, d)?;
        vm.put(o, "statusDescription", s)?;
    }
    let h = entries_to_js(vm, &r.headers)?;
    vm.put(o, "headers", h)?;
    let c = entries_to_js(vm, &r.cookies)?;
    vm.put(o, "cookies", c)?;
    Ok(o)
}

fn entries_to_js(vm: &mut Vm, entries: &Entries) -> JsResult<Value> {
    let o = vm.new_object()?;
    for (name, entry) in &entries.0 {
        let e = entry_to_js(vm, entry)?;
        let key = vm.heap_mut().intern_rust(name)?;
        let key = vm.heap_mut().key_for(key)?;
        vm.create_data_property_or_throw(o, key, e)?;
    }
    Ok(Value::Object(o))
}

fn entry_to_js(vm: &mut Vm, entry: &Entry) -> JsResult<Value> {
    let o = vm.new_object()?;
    let v = string(vm, &entry.value)?;
    vm.put(o, "value", v)?;
    if let Some(a) = &entry.attributes {
        let s = string(vm, a)?;
        vm.put(o, "attributes", s)?;
    }
    if let Some(all) = &entry.multi_value {
        let mut items = Vec::with_capacity(all.len());
        for e in all {
            items.push(entry_to_js(vm, e)?);
        }
        let a = vm.new_array(&items)?;
        vm.put(o, "multiValue", Value::Object(a))?;
    }
    Ok(Value::Object(o))
}

/// Reads a handler's return value as CloudFront interprets it for
/// `event_type`.
pub fn result_from_js(vm: &mut Vm, v: Value, event_type: EventType) -> Result<HandlerResult, FunctionError> {
    let mut r = Reader { vm };
    let Value::Object(o) = v else {
        let what = r.kind(v);
        return Err(invalid("the handler's result", format!("must be a request or response object, got {what}")));
    };
    let is_response = r.has(o, "statusCode")?;
    match (event_type, is_response) {
        (_, true) => Ok(HandlerResult::Response(r.response(o)?)),
        (EventType::ViewerRequest, false) => Ok(HandlerResult::Request(r.request(o)?)),
        (EventType::ViewerResponse, false) => {
            Err(invalid("response.statusCode", "is required: a viewer-response function must return the response"))
        }
    }
}

/// A validation error at `field`.
pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> FunctionError {
    FunctionError::Validation { field: field.into(), message: message.into() }
}

/// Reads fields of the result, turning script exceptions thrown by getters
/// into execution errors.
struct Reader<'a> {
    vm: &'a mut Vm,
}

impl Reader<'_> {
    fn fail(&mut self, t: Throw) -> FunctionError {
        super::error_from_throw(self.vm, t)
    }

    fn key(&mut self, name: &str) -> Result<Key, FunctionError> {
        crate::builtins::name_key(self.vm, name).map_err(|t| self.fail(t))
    }

    fn has(&mut self, o: ObjRef, name: &str) -> Result<bool, FunctionError> {
        let key = self.key(name)?;
        self.vm.has_property(o, key).map_err(|t| self.fail(t))
    }

    fn get(&mut self, o: ObjRef, name: &str) -> Result<Value, FunctionError> {
        let key = self.key(name)?;
        self.vm.get(Value::Object(o), key).map_err(|t| self.fail(t))
    }

    fn kind(&mut self, v: Value) -> &'static str {
        match v {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Object(o) if self.vm.heap().obj(o).is_callable() => "a function",
            Value::Object(o) if self.vm.heap().obj(o).class == crate::heap::Class::Array => "an array",
            Value::Object(_) => "an object",
            Value::Symbol(_) => "a symbol",
        }
    }

    fn text(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => self.vm.heap().to_rust_string(s),
            _ => String::new(),
        }
    }

    fn string_field(&mut self, o: ObjRef, name: &str, path: &str) -> Result<String, FunctionError> {
        match self.get(o, name)? {
            v @ Value::String(_) => Ok(self.text(v)),
            v => {
                let what = self.kind(v);
                Err(invalid(path, format!("must be a string, got {what}")))
            }
        }
    }

    fn optional_string(&mut self, o: ObjRef, name: &str, path: &str) -> Result<Option<String>, FunctionError> {
        match self.get(o, name)? {
            Value::Undefined => Ok(None),
            v @ Value::String(_) => Ok(Some(self.text(v))),
            v => {
                let what = self.kind(v);
                Err(invalid(path, format!("must be a string, got {what}")))
            }
        }
    }

    fn object_field(&mut self, o: ObjRef, name: &str, path: &str) -> Result<Option<ObjRef>, FunctionError> {
        match self.get(o, name)? {
            Value::Undefined => Ok(None),
            Value::Object(x) if self.vm.heap().obj(x).class != crate::heap::Class::Array => Ok(Some(x)),
            v => {
                let what = self.kind(v);
                Err(invalid(path, format!("must be an object, got {what}")))
            }
        }
    }

    fn request(&mut self, o: ObjRef) -> Result<Request, FunctionError> {
        Ok(Request {
            method: self.string_field(o, "method", "request.method")?,
            uri: self.string_field(o, "uri", "request.uri")?,
            querystring: self.entries(o, "querystring", "request.querystring", false)?,
            headers: self.entries(o, "headers", "request.headers", false)?,
            cookies: self.entries(o, "cookies", "request.cookies", false)?,
        })
    }

    fn response(&mut self, o: ObjRef) -> Result<Response, FunctionError> {
        let status_code = match self.get(o, "statusCode")? {
            Value::Number(n) if n.fract() == 0.0 && (100.0..=599.0).contains(&n) => n as u16,
            Value::Number(n) => {
                return Err(invalid("response.statusCode", format!("must be an integer from 100 to 599, got {n}")));
            }
            v => {
                let what = self.kind(v);
                return Err(invalid("response.statusCode", format!("must be a number, got {what}")));
            }
        };
        let status_description = self.optional_string(o, "statusDescription", "response.statusDescription")?;
        let headers = self.entries(o, "headers", "response.headers", false)?;
        let cookies = self.entries(o, "cookies", "response.cookies", true)?;
        let body = match self.get(o, "body")? {
            Value::Undefined => None,
            v @ Value::String(_) => Some(Body::Text(self.text(v))),
            Value::Object(b) => {
                let data = self.string_field(b, "data", "response.body.data")?;
                let encoding = match self.optional_string(b, "encoding", "response.body.encoding")? {
                    None => "text".to_string(),
                    Some(e) if e == "text" || e == "base64" => e,
                    Some(e) => {
                        return Err(invalid("response.body.encoding", format!("must be \"text\" or \"base64\", got {e:?}")));
                    }
                };
                Some(Body::Encoded { data, encoding })
            }
            v => {
                let what = self.kind(v);
                return Err(invalid("response.body", format!("must be a string or {{data, encoding}}, got {what}")));
            }
        };
        Ok(Response { headers, status_description, cookies, status_code, body })
    }

    /// A map of entries; a missing map is empty, as CloudFront treats it.
    fn entries(&mut self, o: ObjRef, name: &str, path: &str, attributes: bool) -> Result<Entries, FunctionError> {
        let Some(map) = self.object_field(o, name, path)? else { return Ok(Entries::default()) };
        let keys = self.vm.own_enumerable_string_keys(map).map_err(|t| self.fail(t))?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let name = self.vm.key_text(key);
            let v = self.vm.get(Value::Object(map), key).map_err(|t| self.fail(t))?;
            let at = format!("{path}[{name:?}]");
            let Value::Object(e) = v else {
                let what = self.kind(v);
                return Err(invalid(at, format!("must be an object with a string `value`, got {what}")));
            };
            out.push((name, self.entry(e, &at, attributes)?));
        }
        Ok(Entries(out))
    }

    fn entry(&mut self, e: ObjRef, at: &str, attributes: bool) -> Result<Entry, FunctionError> {
        let value = self.string_field(e, "value", &format!("{at}.value"))?;
        let attrs =
            if attributes { self.optional_string(e, "attributes", &format!("{at}.attributes"))? } else { None };
        let multi_value = match self.get(e, "multiValue")? {
            Value::Undefined => None,
            Value::Object(a) if self.vm.heap().obj(a).class == crate::heap::Class::Array => {
                let len = self.vm.length_of(Value::Object(a)).map_err(|t| self.fail(t))?;
                let mut items = Vec::new();
                for i in 0..len.min(u64::from(u32::MAX - 1)) as u32 {
                    let item = self.vm.get(Value::Object(a), Key::Index(i)).map_err(|t| self.fail(t))?;
                    let path = format!("{at}.multiValue[{i}]");
                    let Value::Object(x) = item else {
                        let what = self.kind(item);
                        return Err(invalid(path, format!("must be an object with a string `value`, got {what}")));
                    };
                    items.push(self.entry(x, &path, attributes)?);
                }
                Some(items)
            }
            v => {
                let what = self.kind(v);
                return Err(invalid(format!("{at}.multiValue"), format!("must be an array, got {what}")));
            }
        };
        Ok(Entry { value, attributes: attrs, multi_value })
    }
}
