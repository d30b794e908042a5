//! A deterministic text form of values, for tests and diagnostics.
//!
//! The format is mirrored by `conformance/lib/render.js`, so the same
//! program can be rendered by edgefn and by Node and compared. It never
//! runs script code: getters show as `[Getter]`.

use super::Vm;
use crate::heap::{Class, Key};
use crate::value::{ObjRef, Value};
use std::fmt::Write;

/// How deep nested objects are shown.
const MAX_DEPTH: usize = 6;

impl Vm {
    /// The value in the conformance rendering.
    pub fn inspect(&mut self, v: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.render(v, &mut out, &mut seen);
        out
    }

    fn render(&mut self, v: Value, out: &mut String, seen: &mut Vec<ObjRef>) {
        match v {
            Value::Undefined | Value::Empty => out.push_str("undefined"),
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            Value::Number(n) => {
                if n == 0.0 && n.is_sign_negative() {
                    out.push_str("-0");
                } else {
                    out.push_str(&crate::number::to_js_string(n));
                }
            }
            Value::String(s) => quote(&self.heap.to_rust_string(s), out),
            Value::Symbol(s) => out.push_str(&self.heap.symbol_text(s)),
            Value::Object(o) => self.render_object(o, out, seen),
        }
    }

    fn own_data(&mut self, o: ObjRef, name: &str) -> Option<Value> {
        let s = self.heap.intern_rust(name).ok()?;
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Ok(Some(p)) = self.get_own(c, Key::Str(s)) {
                return (!p.attrs.is_accessor()).then_some(p.value);
            }
            cur = self.heap.obj(c).proto;
        }
        None
    }

    fn render_object(&mut self, o: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        if seen.contains(&o) {
            out.push_str("[Circular]");
            return;
        }
        if seen.len() >= MAX_DEPTH {
            out.push_str("...");
            return;
        }
        let data = *self.heap.obj(o);
        if data.is_callable() {
            let name = match self.own_data(o, "name") {
                Some(Value::String(s)) => self.heap.to_rust_string(s),
                _ => String::new(),
            };
            if name.is_empty() {
                out.push_str("[Function]");
            } else {
                let _ = write!(out, "[Function {name}]");
            }
            return;
        }
        match data.class {
            Class::Error => {
                let name = self
                    .own_data(o, "name")
                    .map(|v| self.plain(v))
                    .unwrap_or_else(|| "Error".into());
                let msg = self
                    .own_data(o, "message")
                    .map(|v| self.plain(v))
                    .unwrap_or_default();
                if msg.is_empty() {
                    out.push_str(&name);
                } else {
                    let _ = write!(out, "{name}: {msg}");
                }
                return;
            }
            Class::RegExp(_) => {
                if let Some(c) = self.regexp_of(o) {
                    let _ = write!(out, "/{}/{}", c.source_text(), c.flags);
                }
                return;
            }
            Class::Date(t) => {
                let _ = write!(out, "Date({})", crate::number::to_js_string(t));
                return;
            }
            Class::BooleanBox(b) => {
                let _ = write!(out, "[Boolean {b}]");
                return;
            }
            Class::NumberBox(n) => {
                let _ = write!(out, "[Number {}]", crate::number::to_js_string(n));
                return;
            }
            Class::StringBox(s) => {
                out.push_str("[String ");
                quote(&self.heap.to_rust_string(s), out);
                out.push(']');
                return;
            }
            Class::Promise(_) => {
                seen.push(o);
                match self.promise_state(o) {
                    Some(super::PromiseState::Fulfilled(v)) => {
                        out.push_str("Promise{fulfilled: ");
                        self.render(v, out, seen);
                        out.push('}');
                    }
                    Some(super::PromiseState::Rejected(v)) => {
                        out.push_str("Promise{rejected: ");
                        self.render(v, out, seen);
                        out.push('}');
                    }
                    _ => out.push_str("Promise{pending}"),
                }
                seen.pop();
                return;
            }
            _ => {}
        }
        seen.push(o);
        let is_array = data.class.is_array();
        let keys = self.own_keys(o).unwrap_or_default();
        out.push(if is_array { '[' } else { '{' });
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !first {
                out.push_str(", ");
            }
            first = false;
        };
        if is_array {
            for i in 0..data.length {
                sep(out);
                match self.get_own(o, Key::Index(i)) {
                    Ok(Some(p)) if p.attrs.is_accessor() => out.push_str("[Getter]"),
                    Ok(Some(p)) => self.render(p.value, out, seen),
                    _ => out.push_str("<hole>"),
                }
            }
        }
        for k in keys {
            if is_array && matches!(k, Key::Index(_)) {
                continue;
            }
            let Ok(Some(p)) = self.get_own(o, k) else {
                continue;
            };
            if !p.attrs.enumerable() || matches!(k, Key::Sym(_)) {
                continue;
            }
            sep(out);
            let name = self.key_text(k);
            if is_identifier(&name) {
                out.push_str(&name);
            } else {
                quote(&name, out);
            }
            out.push_str(": ");
            if p.attrs.is_accessor() {
                out.push_str("[Getter]");
            } else {
                self.render(p.value, out, seen);
            }
        }
        out.push(if is_array { ']' } else { '}' });
        seen.pop();
    }

    /// A primitive's plain text (strings unquoted).
    fn plain(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => self.heap.to_rust_string(s),
            other => self.inspect(other),
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// JSON-style quoting.
fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
