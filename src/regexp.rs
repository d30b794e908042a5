//! Compiled regular expressions.
//!
//! Patterns are compiled with `regress`, an ECMAScript-compatible regex
//! engine (backreferences, lookaround, lazy quantifiers, named groups), and
//! matched over UTF-16 code units in non-Unicode mode, as JavaScript does
//! without the `u` flag. A compiled pattern is immutable and shared: regex
//! literals are compiled once per script.

use crate::heap::{Attrs, Class, Key, ObjectData, Prop};
use crate::value::{ObjRef, Value};
use crate::vm::{JsResult, Vm};
use std::sync::Arc;

/// A compiled pattern with its source and flags.
#[derive(Debug)]
pub struct Compiled {
    /// The matcher.
    pub regex: regress::Regex,
    /// The pattern as written.
    pub source: String,
    /// The flags as written, in canonical order.
    pub flags: String,
    /// `g`
    pub global: bool,
    /// `i`
    pub ignore_case: bool,
    /// `m`
    pub multiline: bool,
    /// `y`
    pub sticky: bool,
}

/// Compiles `pattern` with `flags` (already checked against the runtime's
/// list by the caller).
pub fn compile(pattern: &str, flags: &str) -> Result<Compiled, String> {
    let has = |c| flags.contains(c);
    let engine_flags: String = flags.chars().filter(|c| matches!(c, 'i' | 'm')).collect();
    let regex = regress::Regex::with_flags(pattern, engine_flags.as_str()).map_err(|e| e.to_string())?;
    let canonical: String = ['g', 'i', 'm', 'y'].into_iter().filter(|&c| has(c)).collect();
    Ok(Compiled {
        regex,
        source: pattern.to_string(),
        flags: canonical,
        global: has('g'),
        ignore_case: has('i'),
        multiline: has('m'),
        sticky: has('y'),
    })
}

impl Vm {
    /// A new RegExp object for `compiled`, with `lastIndex` 0.
    pub fn new_regexp(&mut self, compiled: Arc<Compiled>) -> JsResult<ObjRef> {
        let index = self.regexes.len() as u32;
        self.heap.add_external(64)?;
        self.regexes.push(compiled);
        let proto = self.realm.intrinsics.regexp_proto;
        let o = self.heap.alloc(ObjectData::new(Class::RegExp(index), Some(proto)))?;
        let last_index = Prop { key: Key::Str(self.realm.names.last_index), value: Value::Number(0.0), attrs: Attrs(Attrs::WRITABLE) };
        self.heap.push_prop(o, last_index)?;
        Ok(o)
    }

    /// Evaluates regex literal `index` of the script: a new object each time.
    pub(crate) fn new_regexp_literal(&mut self, index: u32) -> JsResult<ObjRef> {
        let compiled = match self.script.regexes.get(index as usize) {
            Some(lit) => lit.compiled.clone(),
            None => return Err(self.type_error("invalid regular expression literal")),
        };
        self.new_regexp(compiled)
    }

    /// The compiled pattern of RegExp object `o`.
    pub fn regexp_of(&self, o: ObjRef) -> Option<Arc<Compiled>> {
        match self.heap.obj(o).class {
            Class::RegExp(i) => self.regexes.get(i as usize).cloned(),
            _ => None,
        }
    }
}
