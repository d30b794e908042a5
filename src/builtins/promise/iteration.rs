//! Iterating a combinator's argument: GetIterator, IteratorStepValue and
//! IteratorClose (ECMA-262 §7.4) over what runtime 2.0 can iterate.
//!
//! A value whose `Symbol.iterator` method is found is iterated with the
//! iterator protocol. CloudFront lists no built-in iterators, so arrays,
//! `arguments` objects, typed arrays and strings have no such method in
//! these runtimes; when the lookup finds nothing, they are read the way
//! their built-in iterators read them (`%ArrayIteratorPrototype%.next`:
//! the length, then the element, at every step;
//! `%StringIteratorPrototype%.next`: one code point at a time), which is
//! what Node does with them. Any other value is not iterable.

use crate::builtins::json::index_key;
use crate::builtins::string::code_point_at_index;
use crate::heap::{Class, Key};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{JsResult, Throw, Vm};

/// Where the values come from.
#[derive(Clone, Copy, Debug)]
enum Source {
    /// An iterator object and its `next` method.
    Protocol { iterator: Value, next: Value },
    /// An array, `arguments` object or typed array, read by index.
    Indexed { object: ObjRef, index: u64 },
    /// A string, read by code point.
    CodePoints { string: JsStr, index: usize },
}

/// An Iterator Record: the source and its `[[Done]]` flag.
#[derive(Clone, Copy, Debug)]
pub(super) struct IteratorRecord {
    source: Source,
    /// No more values will be read, and the iterator must not be closed.
    pub done: bool,
}

/// The type words V8 puts before a value that is not iterable.
fn not_iterable(vm: &mut Vm, v: Value) -> Throw {
    let what = match v {
        Value::Undefined | Value::Empty => "undefined".to_string(),
        Value::Null => "object null".to_string(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {}", crate::number::to_js_string(n)),
        Value::String(_) => "string".to_string(),
        Value::Symbol(_) => "symbol".to_string(),
        Value::Object(o) if vm.heap().obj(o).is_callable() => "function".to_string(),
        Value::Object(_) => "object".to_string(),
    };
    vm.type_error(format!(
        "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}

impl IteratorRecord {
    /// GetIterator(v, sync).
    pub(super) fn get(vm: &mut Vm, v: Value) -> JsResult<IteratorRecord> {
        if v.is_nullish() {
            return Err(not_iterable(vm, v));
        }
        let method = vm.get(v, Key::Sym(vm.realm().symbols.iterator))?;
        let source = if method == Value::Undefined {
            match v {
                Value::String(string) => Source::CodePoints { string, index: 0 },
                Value::Object(o) => match vm.heap().obj(o).class {
                    Class::Array | Class::Arguments | Class::TypedArray { .. } => Source::Indexed {
                        object: o,
                        index: 0,
                    },
                    Class::StringBox(_) => Source::CodePoints {
                        string: vm.to_string(v)?,
                        index: 0,
                    },
                    _ => return Err(not_iterable(vm, v)),
                },
                _ => return Err(not_iterable(vm, v)),
            }
        } else {
            if !vm.is_callable(method) {
                return Err(not_iterable(vm, v));
            }
            let iterator = vm.call(method, v, &[])?;
            if !matches!(iterator, Value::Object(_)) {
                return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
            }
            let next = vm.get_named(iterator, "next")?;
            Source::Protocol { iterator, next }
        };
        Ok(IteratorRecord {
            source,
            done: false,
        })
    }

    /// IteratorStepValue: the next value, or `None` at the end. Any error
    /// marks the record done.
    pub(super) fn step_value(&mut self, vm: &mut Vm) -> JsResult<Option<Value>> {
        vm.charge(1)?;
        let step = self.step(vm);
        if !matches!(step, Ok(Some(_))) {
            self.done = true;
        }
        step
    }

    fn step(&mut self, vm: &mut Vm) -> JsResult<Option<Value>> {
        match self.source {
            Source::Protocol { iterator, next } => {
                let result = vm.call(next, iterator, &[])?;
                if !matches!(result, Value::Object(_)) {
                    let what = vm.describe(result);
                    return Err(vm.type_error(format!("Iterator result {what} is not an object")));
                }
                let done = vm.get_named(result, "done")?;
                if vm.truthy(done) {
                    return Ok(None);
                }
                let value_key = Key::Str(vm.realm().names.value);
                Ok(Some(vm.get(result, value_key)?))
            }
            Source::Indexed { object, index } => {
                let len = match vm.heap().obj(object).class {
                    Class::TypedArray { length, .. } => u64::from(length),
                    _ => vm.length_of(Value::Object(object))?,
                };
                if index >= len {
                    return Ok(None);
                }
                self.source = Source::Indexed {
                    object,
                    index: index + 1,
                };
                let key = index_key(vm, index)?;
                Ok(Some(vm.get(Value::Object(object), key)?))
            }
            Source::CodePoints { string, index } => {
                let units = vm.heap().units(string);
                if index >= units.len() {
                    return Ok(None);
                }
                let (_, width) = code_point_at_index(units, index);
                let first = units.at(index);
                let piece: Vec<u16> = (index..index + width).map(|k| units.at(k)).collect();
                self.source = Source::CodePoints {
                    string,
                    index: index + width,
                };
                let s = if width == 1 {
                    vm.char_string(first)?
                } else {
                    vm.heap_mut().str_from_utf16(&piece)?
                };
                Ok(Some(Value::String(s)))
            }
        }
    }

    /// IteratorClose after `thrown`: calls the iterator's `return` method,
    /// if it has one, and gives back `thrown` whatever that does (engine
    /// limits excepted). The built-in iterators read by index have no
    /// `return` method.
    pub(super) fn close(&self, vm: &mut Vm, thrown: Throw) -> Throw {
        let Source::Protocol { iterator, .. } = self.source else {
            return thrown;
        };
        if matches!(thrown, Throw::Fatal(_)) {
            return thrown;
        }
        let method = match vm.get_named(iterator, "return") {
            Ok(m) => m,
            Err(Throw::Value(_)) => return thrown,
            Err(fatal) => return fatal,
        };
        if method.is_nullish() {
            return thrown;
        }
        match vm.call(method, iterator, &[]) {
            Err(fatal @ Throw::Fatal(_)) => fatal,
            _ => thrown,
        }
    }
}
