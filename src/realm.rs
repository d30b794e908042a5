//! The realm: the built-in objects of a runtime, built once per process and
//! shared, immutable, by every thread (see `heap` for how events write to
//! them without copying the whole realm).
//!
//! Built-in modules add themselves through [`RealmBuilder`]: they declare
//! functions as `(name, length, native)` rows on objects, as tables.

use crate::features::Runtime;
use crate::heap::{
    Attrs, Class, HeapData, Key, ObjFlags, ObjectData, Prop, Range, SymbolData, Units,
};
use crate::value::{JsStr, ObjRef, SymRef, Value};
use crate::vm::NativeFn;
use std::sync::{Arc, OnceLock};

/// A built-in function's definition.
#[derive(Clone, Copy, Debug)]
pub struct NativeDef {
    /// Its `name`.
    pub name: &'static str,
    /// Its `length`.
    pub length: u32,
    /// The implementation.
    pub f: NativeFn,
}

/// The well-known objects the engine itself needs.
#[derive(Clone, Copy, Debug, Default)]
pub struct Intrinsics {
    /// `Object.prototype`
    pub object_proto: ObjRef,
    /// `Function.prototype`
    pub function_proto: ObjRef,
    /// `Array.prototype`
    pub array_proto: ObjRef,
    /// `String.prototype`
    pub string_proto: ObjRef,
    /// `Number.prototype`
    pub number_proto: ObjRef,
    /// `Boolean.prototype`
    pub boolean_proto: ObjRef,
    /// `Symbol.prototype`
    pub symbol_proto: ObjRef,
    /// `RegExp.prototype`
    pub regexp_proto: ObjRef,
    /// `Date.prototype`
    pub date_proto: ObjRef,
    /// `Promise.prototype`
    pub promise_proto: ObjRef,
    /// `Promise`
    pub promise_ctor: ObjRef,
    /// `Error.prototype` and the prototypes of the native error types, in
    /// the order of [`crate::vm::ErrorKind`].
    pub error_protos: [ObjRef; 9],
    /// `Array.prototype.values` (the default array iterator).
    pub array_values: ObjRef,
    /// `%ThrowTypeError%` for poisoned accessors.
    pub throw_type_error: ObjRef,
    /// `ArrayBuffer.prototype`
    pub array_buffer_proto: ObjRef,
    /// `ArrayBuffer`
    pub array_buffer_ctor: ObjRef,
    /// `%TypedArray%`, the prototype of the typed array constructors.
    pub typed_array_ctor: ObjRef,
    /// `%TypedArray%.prototype`
    pub typed_array_proto: ObjRef,
    /// The prototypes of the nine typed array constructors, in the order of
    /// [`crate::heap::TypedKind::ALL`].
    pub typed_array_protos: [ObjRef; 9],
    /// `Buffer.prototype` (2.0 only; a `Uint8Array` with this prototype is a
    /// `Buffer`).
    pub buffer_proto: ObjRef,
    /// `request.rawQueryString` (2.0), shared by every event's request.
    pub raw_query_string: ObjRef,
    /// The `cloudfront` module object (2.0).
    pub cloudfront_module: ObjRef,
    /// The prototype of the handles `cf.kvs()` returns.
    pub kvs_handle_proto: ObjRef,
    /// The built-in modules (`require('crypto')`...) and their parts.
    pub modules: crate::modules::ModuleObjects,
    /// `RegExp.prototype.exec` (RegExpExec takes a fast path when a
    /// regexp's `exec` is this one).
    pub regexp_exec: ObjRef,
}

/// Strings the engine uses as property keys.
#[derive(Clone, Copy, Debug, Default)]
pub struct Names {
    /// `"length"`
    pub length: JsStr,
    /// `"prototype"`
    pub prototype: JsStr,
    /// `"constructor"`
    pub constructor: JsStr,
    /// `"name"`
    pub name: JsStr,
    /// `"message"`
    pub message: JsStr,
    /// `"toString"`
    pub to_string: JsStr,
    /// `"valueOf"`
    pub value_of: JsStr,
    /// `"value"`
    pub value: JsStr,
    /// `"get"`
    pub get: JsStr,
    /// `"set"`
    pub set: JsStr,
    /// `"writable"`
    pub writable: JsStr,
    /// `"enumerable"`
    pub enumerable: JsStr,
    /// `"configurable"`
    pub configurable: JsStr,
    /// `"then"`
    pub then: JsStr,
    /// `"lastIndex"`
    pub last_index: JsStr,
    /// `"index"`
    pub index: JsStr,
    /// `"input"`
    pub input: JsStr,
    /// `"groups"`
    pub groups: JsStr,
    /// `"toJSON"`
    pub to_json: JsStr,
    /// `"exec"`
    pub exec: JsStr,
    /// `"cause"`
    pub cause: JsStr,
    /// `"stack"`
    pub stack: JsStr,
    /// `""`
    pub empty: JsStr,
    /// `"undefined"`
    pub undefined: JsStr,
    /// `"null"`
    pub null: JsStr,
    /// `"true"`
    pub true_: JsStr,
    /// `"false"`
    pub false_: JsStr,
    /// `"NaN"`
    pub nan: JsStr,
    /// `"Infinity"`
    pub infinity: JsStr,
    /// `"-Infinity"`
    pub neg_infinity: JsStr,
    /// `"0"`
    pub zero: JsStr,
    /// `"[object Object]"`
    pub object_object: JsStr,
    /// `"anonymous"`
    pub anonymous: JsStr,
    /// `"default"`
    pub default: JsStr,
    /// `"join"`
    pub join: JsStr,
    /// `"flags"`
    pub flags: JsStr,
    /// `"source"`
    pub source: JsStr,
    /// `"global"`
    pub global: JsStr,
}

/// The well-known symbols (2.0 lists `@@split` and `@@replace`).
#[derive(Clone, Copy, Debug, Default)]
pub struct WellKnown {
    /// `Symbol.iterator`
    pub iterator: SymRef,
    /// `Symbol.toStringTag`
    pub to_string_tag: SymRef,
    /// `Symbol.split`
    pub split: SymRef,
    /// `Symbol.replace`
    pub replace: SymRef,
    /// `Symbol.match`
    pub match_: SymRef,
    /// `Symbol.search`
    pub search: SymRef,
    /// `Symbol.hasInstance`
    pub has_instance: SymRef,
    /// `Symbol.toPrimitive`
    pub to_primitive: SymRef,
}

/// The built-ins of one runtime.
#[derive(Debug)]
pub struct Realm {
    /// The runtime.
    pub runtime: Runtime,
    /// The built-in objects, strings and symbols.
    pub heap: Arc<HeapData>,
    /// Built-in functions, by id.
    pub natives: Vec<NativeDef>,
    /// The global object.
    pub global: ObjRef,
    /// Well-known objects.
    pub intrinsics: Intrinsics,
    /// Well-known strings.
    pub names: Names,
    /// Well-known symbols.
    pub symbols: WellKnown,
    /// The `typeof` names, indexed by `TypeOf as usize`.
    pub typeof_names: [JsStr; 7],
    /// The property names of CloudFront events and results.
    pub event_names: crate::runtime::EventNames,
    /// Built-ins the engine creates on its own.
    pub internal: Internal,
}

/// Native functions the engine instantiates itself (not reachable as
/// globals).
#[derive(Clone, Copy, Debug, Default)]
pub struct Internal {
    /// The `resolve` and `reject` functions of a promise.
    pub promise_resolvers: (u16, u16),
    /// The element callbacks of `Promise.all` and friends.
    pub combinator_element: u16,
    /// `finally`'s `thenFinally`/`catchFinally`.
    pub finally_step: u16,
    /// `finally`'s value thunk.
    pub finally_thunk: u16,
}

impl Realm {
    /// The realm of `runtime`, built on first use and shared afterwards.
    pub fn get(runtime: Runtime) -> Arc<Realm> {
        static JS1: OnceLock<Arc<Realm>> = OnceLock::new();
        static JS2: OnceLock<Arc<Realm>> = OnceLock::new();
        let cell = match runtime {
            Runtime::Js1 => &JS1,
            Runtime::Js2 => &JS2,
        };
        cell.get_or_init(|| Arc::new(Realm::build(runtime))).clone()
    }

    fn build(runtime: Runtime) -> Realm {
        let mut b = RealmBuilder::new(runtime);
        crate::builtins::install(&mut b);
        b.finish()
    }

    /// A realm string as Rust text.
    pub fn string(&self, s: JsStr) -> String {
        self.heap.strings.units(s.0).to_rust_string()
    }
}

/// Builds a realm: the API built-in modules install themselves with.
#[derive(Debug)]
pub struct RealmBuilder {
    /// The runtime being built.
    pub runtime: Runtime,
    data: HeapData,
    natives: Vec<NativeDef>,
    /// Well-known objects, filled in as modules install.
    pub intrinsics: Intrinsics,
    /// Well-known strings.
    pub names: Names,
    /// The property names of CloudFront events and results.
    pub event_names: crate::runtime::EventNames,
    /// Well-known symbols.
    pub symbols: WellKnown,
    /// The global object.
    pub global: ObjRef,
    /// Built-ins the engine instantiates itself.
    pub internal: Internal,
}

impl RealmBuilder {
    fn new(runtime: Runtime) -> RealmBuilder {
        let mut b = RealmBuilder {
            runtime,
            data: HeapData::default(),
            natives: Vec::new(),
            intrinsics: Intrinsics::default(),
            names: Names::default(),
            event_names: crate::runtime::EventNames::default(),
            symbols: WellKnown::default(),
            global: ObjRef(0),
            internal: Internal::default(),
        };
        // The 256 one-unit Latin-1 strings come first: string handle `c` is
        // the string of code unit `c` (see `Vm::char_string`).
        for c in 0..=255u8 {
            b.data.strings.intern(Units::Latin1(&[c]));
        }
        let object_proto = b.object(None);
        let function_proto = b.object(Some(object_proto));
        b.intrinsics.object_proto = object_proto;
        b.intrinsics.function_proto = function_proto;
        b.global = b.object(Some(object_proto));
        let n = |b: &mut RealmBuilder, s: &str| b.intern(s);
        b.names = Names {
            length: n(&mut b, "length"),
            prototype: n(&mut b, "prototype"),
            constructor: n(&mut b, "constructor"),
            name: n(&mut b, "name"),
            message: n(&mut b, "message"),
            to_string: n(&mut b, "toString"),
            value_of: n(&mut b, "valueOf"),
            value: n(&mut b, "value"),
            get: n(&mut b, "get"),
            set: n(&mut b, "set"),
            writable: n(&mut b, "writable"),
            enumerable: n(&mut b, "enumerable"),
            configurable: n(&mut b, "configurable"),
            then: n(&mut b, "then"),
            last_index: n(&mut b, "lastIndex"),
            index: n(&mut b, "index"),
            input: n(&mut b, "input"),
            groups: n(&mut b, "groups"),
            to_json: n(&mut b, "toJSON"),
            exec: n(&mut b, "exec"),
            cause: n(&mut b, "cause"),
            stack: n(&mut b, "stack"),
            empty: n(&mut b, ""),
            undefined: n(&mut b, "undefined"),
            null: n(&mut b, "null"),
            true_: n(&mut b, "true"),
            false_: n(&mut b, "false"),
            nan: n(&mut b, "NaN"),
            infinity: n(&mut b, "Infinity"),
            neg_infinity: n(&mut b, "-Infinity"),
            zero: n(&mut b, "0"),
            object_object: n(&mut b, "[object Object]"),
            anonymous: n(&mut b, "anonymous"),
            default: n(&mut b, "default"),
            join: n(&mut b, "join"),
            flags: n(&mut b, "flags"),
            source: n(&mut b, "source"),
            global: n(&mut b, "global"),
        };
        let sym = |b: &mut RealmBuilder, d: &str| b.symbol(d);
        b.symbols = WellKnown {
            iterator: sym(&mut b, "Symbol.iterator"),
            to_string_tag: sym(&mut b, "Symbol.toStringTag"),
            split: sym(&mut b, "Symbol.split"),
            replace: sym(&mut b, "Symbol.replace"),
            match_: sym(&mut b, "Symbol.match"),
            search: sym(&mut b, "Symbol.search"),
            has_instance: sym(&mut b, "Symbol.hasInstance"),
            to_primitive: sym(&mut b, "Symbol.toPrimitive"),
        };
        b
    }

    fn finish(mut self) -> Realm {
        let typeof_names = [
            self.intern("undefined"),
            self.intern("object"),
            self.intern("boolean"),
            self.intern("number"),
            self.intern("string"),
            self.intern("symbol"),
            self.intern("function"),
        ];
        self.data.index_keys();
        Realm {
            runtime: self.runtime,
            heap: Arc::new(self.data),
            natives: self.natives,
            global: self.global,
            intrinsics: self.intrinsics,
            names: self.names,
            symbols: self.symbols,
            typeof_names,
            event_names: self.event_names,
            internal: self.internal,
        }
    }

    /// Interns a string in the realm.
    pub fn intern(&mut self, s: &str) -> JsStr {
        if s.is_ascii() {
            JsStr(self.data.strings.intern(Units::Latin1(s.as_bytes())))
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            JsStr(self.data.strings.intern(Units::Utf16(&units)))
        }
    }

    /// The property key for `s`.
    pub fn key(&mut self, s: &str) -> Key {
        match Units::Latin1(s.as_bytes()).array_index() {
            Some(i) if s.is_ascii() => Key::Index(i),
            _ => Key::Str(self.intern(s)),
        }
    }

    /// A new symbol with a description.
    pub fn symbol(&mut self, description: &str) -> SymRef {
        let d = self.intern(description);
        self.data.symbols.push(SymbolData {
            description: Some(d),
            registered: false,
        });
        SymRef(self.data.symbols.len() as u32 - 1)
    }

    /// A new object with `proto`.
    pub fn object(&mut self, proto: Option<ObjRef>) -> ObjRef {
        self.object_of(Class::Ordinary, proto)
    }

    /// A new object of `class` with `proto`.
    pub fn object_of(&mut self, class: Class, proto: Option<ObjRef>) -> ObjRef {
        self.data.objects.push(ObjectData::new(class, proto));
        ObjRef(self.data.objects.len() as u32 - 1)
    }

    /// Mutable access to an object's record.
    pub fn record(&mut self, o: ObjRef) -> &mut ObjectData {
        &mut self.data.objects[o.0 as usize]
    }

    /// Defines (or redefines) a property.
    pub fn define(&mut self, o: ObjRef, key: Key, value: Value, attrs: Attrs) {
        let range = self.data.objects[o.0 as usize].props;
        let span = range.span();
        if let Some(p) = self.data.props[span].iter_mut().find(|p| p.key == key) {
            p.value = value;
            p.attrs = attrs;
            return;
        }
        // Realm objects are built one at a time, so a run can be moved to
        // the end of the slab whenever it is full.
        let mut r = range;
        if r.len == r.cap {
            let start = self.data.props.len() as u32;
            let copy: Vec<Prop> = self.data.props[r.span()].to_vec();
            self.data.props.extend(copy);
            let cap = (r.cap * 2).max(4);
            self.data
                .props
                .resize((start + cap) as usize, Prop { key, value, attrs });
            r = Range {
                start,
                len: r.len,
                cap,
            };
        }
        self.data.props[(r.start + r.len) as usize] = Prop { key, value, attrs };
        r.len += 1;
        self.data.objects[o.0 as usize].props = r;
    }

    /// Defines a data property by name.
    pub fn value(&mut self, o: ObjRef, name: &str, value: Value, attrs: Attrs) {
        let key = self.key(name);
        self.define(o, key, value, attrs);
    }

    /// Registers a native function; returns its id.
    pub fn native(&mut self, def: NativeDef) -> u16 {
        self.natives.push(def);
        (self.natives.len() - 1) as u16
    }

    /// A function object for `def` (not attached anywhere).
    pub fn function(&mut self, def: NativeDef, constructor: bool) -> ObjRef {
        let id = self.native(def);
        let f = self.object_of(
            Class::Native {
                id,
                data: Value::Undefined,
            },
            Some(self.intrinsics.function_proto),
        );
        let flags = &mut self.data.objects[f.0 as usize].flags;
        flags.set(ObjFlags::FUNCTION_PROPS, true);
        flags.set(ObjFlags::CONSTRUCTOR, constructor);
        let length = Key::Str(self.names.length);
        self.define(
            f,
            length,
            Value::Number(f64::from(def.length)),
            Attrs::CONFIGURABLE_ONLY,
        );
        let name = self.intern(def.name);
        let name_key = Key::Str(self.names.name);
        self.define(f, name_key, Value::String(name), Attrs::CONFIGURABLE_ONLY);
        f
    }

    /// Adds methods to `o`: non-enumerable function-valued properties.
    pub fn methods(&mut self, o: ObjRef, defs: &[NativeDef]) {
        for &def in defs {
            let f = self.function(def, false);
            let key = self.key(def.name);
            self.define(o, key, Value::Object(f), Attrs::HIDDEN);
        }
    }

    /// Adds a method under a symbol key (`[Symbol.split]`...); its name is
    /// `def.name`.
    pub fn symbol_method(&mut self, o: ObjRef, sym: SymRef, def: NativeDef) {
        let f = self.function(def, false);
        self.define(o, Key::Sym(sym), Value::Object(f), Attrs::HIDDEN);
    }

    /// Adds an accessor property with a native getter (and setter).
    pub fn accessor(
        &mut self,
        o: ObjRef,
        key: Key,
        get: Option<NativeDef>,
        set: Option<NativeDef>,
        attrs: Attrs,
    ) {
        let get = get.map_or(Value::Undefined, |d| Value::Object(self.function(d, false)));
        let set = set.map_or(Value::Undefined, |d| Value::Object(self.function(d, false)));
        let pair = self.object_of(Class::Accessor { get, set }, None);
        self.define(
            o,
            key,
            Value::Object(pair),
            Attrs(attrs.0 | Attrs::ACCESSOR),
        );
    }

    /// A constructor `def` with prototype object `proto`: links
    /// `C.prototype` and `proto.constructor`, and makes `C` a global.
    pub fn constructor(&mut self, def: NativeDef, proto: ObjRef) -> ObjRef {
        let c = self.function(def, true);
        let prototype = Key::Str(self.names.prototype);
        self.define(c, prototype, Value::Object(proto), Attrs::FROZEN);
        let constructor = Key::Str(self.names.constructor);
        self.define(proto, constructor, Value::Object(c), Attrs::HIDDEN);
        let global = self.global;
        self.value(global, def.name, Value::Object(c), Attrs::HIDDEN);
        c
    }

    /// The value of `o`'s own data property `name`, if it has one (for
    /// built-ins that share a function object with another family).
    pub fn own_value(&mut self, o: ObjRef, name: &str) -> Option<Value> {
        let key = self.key(name);
        let range = self.data.objects[o.0 as usize].props;
        self.data.props[range.span()]
            .iter()
            .find(|p| p.key == key && !p.attrs.is_accessor())
            .map(|p| p.value)
    }

    /// Makes `value` a global binding named `name`.
    pub fn global_value(&mut self, name: &str, value: Value, attrs: Attrs) {
        let global = self.global;
        self.value(global, name, value, attrs);
    }
}
