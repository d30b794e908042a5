//! The object model: what an object is made of, and property keys and
//! attributes.
//!
//! An object is an [`ObjectData`] record (`Copy`, fixed size) whose
//! variable-size parts live in the heap's slabs: its named properties in the
//! property slab, its dense array elements in the value slab. Records and
//! slabs are plain vectors, so an event's heap is dropped by truncating them.

use crate::value::{JsStr, ObjRef, SymRef, Value};

/// A property key: an interned string, an array index (canonical numeric
/// string below 2^32 - 1), or a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// A string key (always interned, so equal strings have equal handles).
    Str(JsStr),
    /// An integer key `0 ..= 2^32 - 2`.
    Index(u32),
    /// A symbol key.
    Sym(SymRef),
}

/// Property attributes, as in ECMA-262 §6.1.7.1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attrs(pub u8);

impl Attrs {
    /// `[[Writable]]`
    pub const WRITABLE: u8 = 1;
    /// `[[Enumerable]]`
    pub const ENUMERABLE: u8 = 2;
    /// `[[Configurable]]`
    pub const CONFIGURABLE: u8 = 4;
    /// The property is an accessor: its value is an `Accessor` object.
    pub const ACCESSOR: u8 = 8;

    /// Writable, enumerable, configurable: what assignment creates.
    pub const DEFAULT: Attrs = Attrs(Self::WRITABLE | Self::ENUMERABLE | Self::CONFIGURABLE);
    /// Writable, configurable, not enumerable: built-in methods.
    pub const HIDDEN: Attrs = Attrs(Self::WRITABLE | Self::CONFIGURABLE);
    /// Nothing: constants such as `Math.PI`.
    pub const FROZEN: Attrs = Attrs(0);
    /// Configurable only: `length` and `name` of functions.
    pub const CONFIGURABLE_ONLY: Attrs = Attrs(Self::CONFIGURABLE);

    /// Whether a flag is set.
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// `[[Writable]]`
    pub fn writable(self) -> bool {
        self.has(Self::WRITABLE)
    }

    /// `[[Enumerable]]`
    pub fn enumerable(self) -> bool {
        self.has(Self::ENUMERABLE)
    }

    /// `[[Configurable]]`
    pub fn configurable(self) -> bool {
        self.has(Self::CONFIGURABLE)
    }

    /// Whether the property is an accessor.
    pub fn is_accessor(self) -> bool {
        self.has(Self::ACCESSOR)
    }

    /// A copy with `flag` set or cleared.
    pub fn with(self, flag: u8, on: bool) -> Attrs {
        Attrs(if on { self.0 | flag } else { self.0 & !flag })
    }
}

/// One named property.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prop {
    /// The key.
    pub key: Key,
    /// The value, or for an accessor the `Accessor` object holding the
    /// getter and setter.
    pub value: Value,
    /// The attributes.
    pub attrs: Attrs,
}

/// A run of slots in one of the heap's slabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    /// First slot.
    pub start: u32,
    /// Slots in use.
    pub len: u32,
    /// Slots reserved (`len <= cap`); growing past it moves the run.
    pub cap: u32,
}

impl Range {
    /// The slots in use, as a range of slab indices.
    pub fn span(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// What kind of object, with the internal slots that kind has.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Class {
    /// A plain object.
    Ordinary,
    /// An array: `elems` holds the dense part, `length` is in the header.
    Array,
    /// An `arguments` object (strict mode: unmapped).
    Arguments,
    /// A function compiled from the script.
    Closure {
        /// Index of its prototype in the script.
        proto: u32,
        /// Its captured variables: cell indices in the upvalue slab.
        upvals: Range,
    },
    /// A built-in function.
    Native {
        /// Index in the native function table.
        id: u16,
        /// Data some natives carry (the promise of a resolve function...).
        data: Value,
    },
    /// A function made by `bind`.
    Bound {
        /// The function called.
        target: ObjRef,
        /// The `this` it is called with.
        this: Value,
        /// Arguments prepended to the call's (in the value slab).
        args: Range,
    },
    /// An `Error` or one of its subclasses.
    Error,
    /// `new Boolean(b)`.
    BooleanBox(bool),
    /// `new Number(n)`.
    NumberBox(f64),
    /// `new String(s)`.
    StringBox(JsStr),
    /// An object wrapping a symbol.
    SymbolBox(SymRef),
    /// A `Date`: its time value (NaN when invalid).
    Date(f64),
    /// A `RegExp`: index of its compiled pattern in the event's regex table.
    RegExp(u32),
    /// A getter/setter pair stored as an accessor property's value.
    Accessor {
        /// The getter or `undefined`.
        get: Value,
        /// The setter or `undefined`.
        set: Value,
    },
    /// A promise: index in the event's promise table.
    Promise(u32),
    /// An `ArrayBuffer`: its bytes in the byte slab.
    ArrayBuffer(Range),
    /// A typed array (or a `Buffer`, which is a `Uint8Array`): a view of
    /// `length` elements of `kind` starting `offset` bytes into `buffer`.
    TypedArray {
        /// The element type.
        kind: TypedKind,
        /// The `ArrayBuffer` viewed.
        buffer: ObjRef,
        /// Byte offset into the buffer.
        offset: u32,
        /// Number of elements.
        length: u32,
    },
    /// A `DataView` of `length` bytes starting `offset` bytes into `buffer`.
    DataView {
        /// The `ArrayBuffer` viewed.
        buffer: ObjRef,
        /// Byte offset into the buffer.
        offset: u32,
        /// Number of bytes.
        length: u32,
    },
    /// An object made by the host or a built-in with a specific payload.
    Host(u32),
    /// A `crypto` Hash or Hmac object: its algorithm, mode and hasher
    /// state, in the byte slab (layout in `modules::crypto`).
    Hash(Range),
}

impl Class {
    /// Whether this is [`Class::Ordinary`]. (The derived `==` on `Class`
    /// compares the fields of every kind and is not inlined; property
    /// lookups ask this on every object they pass.)
    #[inline]
    pub fn is_ordinary(&self) -> bool {
        matches!(self, Class::Ordinary)
    }

    /// Whether this is [`Class::Array`].
    #[inline]
    pub fn is_array(&self) -> bool {
        matches!(self, Class::Array)
    }
}

/// Per-object flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ObjFlags(pub u8);

impl ObjFlags {
    /// New properties may be added (`Object.preventExtensions` clears it).
    pub const EXTENSIBLE: u8 = 1;
    /// A function's `length`, `name` and `prototype` have been created.
    pub const FUNCTION_PROPS: u8 = 2;
    /// An array's `length` is read-only (frozen or defined so).
    pub const LENGTH_READONLY: u8 = 4;
    /// A function that can be called with `new`.
    pub const CONSTRUCTOR: u8 = 8;
    /// The object has been written since it was made or last marked clean
    /// (see `Heap::mark_clean`).
    pub const MODIFIED: u8 = 16;

    /// Whether a flag is set.
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// Sets or clears a flag.
    pub fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.0 |= flag;
        } else {
            self.0 &= !flag;
        }
    }
}

/// One object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ObjectData {
    /// `[[Prototype]]`
    pub proto: Option<ObjRef>,
    /// The kind and its internal slots.
    pub class: Class,
    /// Flags.
    pub flags: ObjFlags,
    /// Named properties, in insertion order, in the property slab.
    pub props: Range,
    /// Dense elements (arrays, arguments) in the value slab; holes are
    /// [`Value::Empty`].
    pub elems: Range,
    /// An array's `length` (may exceed `elems.len`: the rest are holes).
    pub length: u32,
}

impl ObjectData {
    /// A new extensible object of `class` with prototype `proto`.
    pub fn new(class: Class, proto: Option<ObjRef>) -> ObjectData {
        ObjectData {
            proto,
            class,
            flags: ObjFlags(ObjFlags::EXTENSIBLE),
            props: Range::default(),
            elems: Range::default(),
            length: 0,
        }
    }

    /// Whether the object can be called.
    pub fn is_callable(&self) -> bool {
        matches!(
            self.class,
            Class::Closure { .. } | Class::Native { .. } | Class::Bound { .. }
        )
    }

    /// Whether the object keeps indexed elements in `elems`.
    pub fn has_elements(&self) -> bool {
        matches!(self.class, Class::Array | Class::Arguments)
    }
}

/// The element types of typed arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedKind {
    /// `Int8Array`
    Int8,
    /// `Uint8Array` (and `Buffer`)
    Uint8,
    /// `Uint8ClampedArray`
    Uint8Clamped,
    /// `Int16Array`
    Int16,
    /// `Uint16Array`
    Uint16,
    /// `Int32Array`
    Int32,
    /// `Uint32Array`
    Uint32,
    /// `Float32Array`
    Float32,
    /// `Float64Array`
    Float64,
}

impl TypedKind {
    /// Every kind, in the order of their constructors' installation.
    pub const ALL: [TypedKind; 9] = [
        TypedKind::Int8,
        TypedKind::Uint8,
        TypedKind::Uint8Clamped,
        TypedKind::Int16,
        TypedKind::Uint16,
        TypedKind::Int32,
        TypedKind::Uint32,
        TypedKind::Float32,
        TypedKind::Float64,
    ];

    /// Bytes per element.
    pub fn size(self) -> u32 {
        match self {
            TypedKind::Int8 | TypedKind::Uint8 | TypedKind::Uint8Clamped => 1,
            TypedKind::Int16 | TypedKind::Uint16 => 2,
            TypedKind::Int32 | TypedKind::Uint32 | TypedKind::Float32 => 4,
            TypedKind::Float64 => 8,
        }
    }

    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            TypedKind::Int8 => "Int8Array",
            TypedKind::Uint8 => "Uint8Array",
            TypedKind::Uint8Clamped => "Uint8ClampedArray",
            TypedKind::Int16 => "Int16Array",
            TypedKind::Uint16 => "Uint16Array",
            TypedKind::Int32 => "Int32Array",
            TypedKind::Uint32 => "Uint32Array",
            TypedKind::Float32 => "Float32Array",
            TypedKind::Float64 => "Float64Array",
        }
    }

    /// Reads one element (little-endian) from `bytes`.
    pub fn read(self, bytes: &[u8]) -> f64 {
        let mut b = [0u8; 8];
        let n = (self.size() as usize).min(bytes.len());
        b[..n].copy_from_slice(&bytes[..n]);
        match self {
            TypedKind::Int8 => f64::from(b[0] as i8),
            TypedKind::Uint8 | TypedKind::Uint8Clamped => f64::from(b[0]),
            TypedKind::Int16 => f64::from(i16::from_le_bytes([b[0], b[1]])),
            TypedKind::Uint16 => f64::from(u16::from_le_bytes([b[0], b[1]])),
            TypedKind::Int32 => f64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            TypedKind::Uint32 => f64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            TypedKind::Float32 => f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            TypedKind::Float64 => f64::from_le_bytes(b),
        }
    }

    /// Encodes number `n` as one element (little-endian), with the
    /// ECMAScript conversion of the kind (ToInt8, ToUint8Clamp...).
    pub fn encode(self, n: f64) -> [u8; 8] {
        let mut out = [0u8; 8];
        let int = |n: f64| crate::vm::to_int32(n);
        match self {
            TypedKind::Int8 | TypedKind::Uint8 => out[0] = int(n) as u8,
            TypedKind::Uint8Clamped => {
                out[0] = if n.is_nan() || n <= 0.0 {
                    0
                } else if n >= 255.0 {
                    255
                } else {
                    // Round half to even.
                    let f = n.floor();
                    let r = if n - f > 0.5 || (n - f == 0.5 && f % 2.0 != 0.0) {
                        f + 1.0
                    } else {
                        f
                    };
                    r as u8
                };
            }
            TypedKind::Int16 | TypedKind::Uint16 => {
                out[..2].copy_from_slice(&(int(n) as u16).to_le_bytes())
            }
            TypedKind::Int32 | TypedKind::Uint32 => {
                out[..4].copy_from_slice(&(int(n) as u32).to_le_bytes())
            }
            TypedKind::Float32 => out[..4].copy_from_slice(&(n as f32).to_le_bytes()),
            TypedKind::Float64 => out.copy_from_slice(&n.to_le_bytes()),
        }
        out
    }
}
