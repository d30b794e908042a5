//! The `crypto` module (§4.1): `createHash(algorithm)` and
//! `createHmac(algorithm, key)` for `md5`, `sha1` and `sha256`, whose
//! objects have `update(data[, inputEncoding])` (chainable) and
//! `digest([encoding])`, as in Node and njs. The digests come from the
//! RustCrypto crates; HMAC (RFC 2104) is built here over the same hashers
//! so that its whole state is the hasher's serialized state plus the outer
//! key pad.
//!
//! Where Node and njs differ, edgefn follows njs (CloudFront runs njs),
//! with njs's messages:
//! - algorithm names are exact: `md5`, `sha1`, `sha256`. Any other name is
//!   `TypeError: not supported algorithm: "sha512"` (Node accepts every
//!   OpenSSL digest and `SHA256`).
//! - `digest` encodings are `hex`, `base64` (padded) and `base64url`
//!   (unpadded); any other is `TypeError: Unknown digest encoding: "x"`,
//!   and the hash stays usable (Node returns a Buffer).
//! - `update` input encodings (string data only) are `utf8` (the default),
//!   `utf-8`, `hex`, `base64` and `base64url`, decoded as njs decodes
//!   them: hex and base64 stop at the first character outside their
//!   alphabet, and a trailing odd hex digit is dropped (Node throws on odd
//!   hex and accepts more encodings).
//! - string data and keys are hashed as UTF-8 (lone surrogates as U+FFFD),
//!   except njs byte strings, which are hashed as the bytes they hold: in
//!   edgefn that is a string `digest()` returned (see
//!   [`crate::heap::Heap::mark_byte_string`]), so that
//!   `createHmac('sha256', h.digest())` chains as in njs.
//! - `digest()` without an encoding returns a byte string (each code unit
//!   one byte) in 1.0 and a `Buffer` in 2.0.
//! - typed arrays and DataViews are accepted as data and keys in both
//!   runtimes (njs: typed arrays exist in 1.0 too).
//!
//! A Hash or Hmac object is `Class::Hash(range)`; `range` is a run of the
//! event's byte slab laid out as: the algorithm (1 byte), flags (1 byte:
//! [`HMAC`], [`FINISHED`]), for an Hmac the 64-byte outer key pad, then the
//! hasher's serialized state. So hash state is per event, counted against
//! the memory limit, and dropped with the event.

use crate::builtins::def;
use crate::heap::{Attrs, Class, ObjectData, Range, Units};
use crate::realm::RealmBuilder;
use crate::runtime::base64;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Vm};
use md5::Md5;
use sha1::Sha1;
use sha2::Sha256;
use sha2::digest::Digest;
use sha2::digest::common::hazmat::{SerializableState, SerializedState};
use sha2::digest::typenum::Unsigned;

pub(super) fn install(b: &mut RealmBuilder) {
    let object_proto = b.intrinsics.object_proto;
    let module = b.object(Some(object_proto));
    // Module members are enumerable, as exports are in Node and njs.
    for d in [
        def("createHash", 2, create_hash),
        def("createHmac", 3, create_hmac),
    ] {
        let f = b.function(d, false);
        b.value(module, d.name, Value::Object(f), Attrs::DEFAULT);
    }
    let methods = [def("update", 2, update), def("digest", 1, digest)];
    let hash_proto = b.object(Some(object_proto));
    b.methods(hash_proto, &methods);
    let hmac_proto = b.object(Some(object_proto));
    b.methods(hmac_proto, &methods);
    let m = &mut b.intrinsics.modules;
    m.crypto = module;
    m.hash_proto = hash_proto;
    m.hmac_proto = hmac_proto;
}

/// Flag: the object is an Hmac (the outer key pad follows the header).
const HMAC: u8 = 1;
/// Flag: `digest()` has been called.
const FINISHED: u8 = 2;
/// Bytes before the outer key pad: algorithm and flags.
const HEADER: usize = 2;
/// The block size of all three hashes, and so the HMAC key pad size.
const BLOCK: usize = 64;
/// The longest digest (SHA-256).
const MAX_DIGEST: usize = 32;
/// Input bytes hashed per compute step: hashing costs more per byte than
/// scanning a string (16 units a step), about 16 steps per 64-byte block.
const BYTES_PER_STEP: u64 = 4;
/// Steps for finishing a hash (one or two final blocks, the encoding).
const DIGEST_STEPS: u64 = 64;

/// A supported hash algorithm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alg {
    Md5,
    Sha1,
    Sha256,
}

impl Alg {
    const ALL: [Alg; 3] = [Alg::Md5, Alg::Sha1, Alg::Sha256];

    fn name(self) -> &'static str {
        match self {
            Alg::Md5 => "md5",
            Alg::Sha1 => "sha1",
            Alg::Sha256 => "sha256",
        }
    }

    fn from_byte(b: u8) -> Option<Alg> {
        Alg::ALL.get(usize::from(b)).copied()
    }

    fn byte(self) -> u8 {
        match self {
            Alg::Md5 => 0,
            Alg::Sha1 => 1,
            Alg::Sha256 => 2,
        }
    }

    /// Bytes of the hasher's serialized state.
    fn state_len(self) -> usize {
        match self {
            Alg::Md5 => <Md5 as SerializableState>::SerializedStateSize::USIZE,
            Alg::Sha1 => <Sha1 as SerializableState>::SerializedStateSize::USIZE,
            Alg::Sha256 => <Sha256 as SerializableState>::SerializedStateSize::USIZE,
        }
    }
}

/// A running hash, held on the Rust stack only while a call works on it.
enum Hasher {
    Md5(Md5),
    Sha1(Sha1),
    Sha256(Sha256),
}

impl Hasher {
    fn new(alg: Alg) -> Hasher {
        match alg {
            Alg::Md5 => Hasher::Md5(Md5::new()),
            Alg::Sha1 => Hasher::Sha1(Sha1::new()),
            Alg::Sha256 => Hasher::Sha256(Sha256::new()),
        }
    }

    /// The hasher whose state [`Hasher::save`] wrote into `state`.
    fn load(alg: Alg, state: &[u8]) -> Option<Hasher> {
        fn de<D: SerializableState>(state: &[u8]) -> Option<D> {
            let s: &SerializedState<D> = state.try_into().ok()?;
            D::deserialize(s).ok()
        }
        Some(match alg {
            Alg::Md5 => Hasher::Md5(de(state)?),
            Alg::Sha1 => Hasher::Sha1(de(state)?),
            Alg::Sha256 => Hasher::Sha256(de(state)?),
        })
    }

    /// Writes the state into `out` (`Alg::state_len` bytes).
    fn save(&self, out: &mut [u8]) {
        fn put<D: SerializableState>(h: &D, out: &mut [u8]) {
            let s = h.serialize();
            if let Some(dst) = out.get_mut(..s.len()) {
                dst.copy_from_slice(&s);
            }
        }
        match self {
            Hasher::Md5(h) => put(h, out),
            Hasher::Sha1(h) => put(h, out),
            Hasher::Sha256(h) => put(h, out),
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
        }
    }

    /// Finishes the hash into `out`; returns the digest's length.
    fn finish(self, out: &mut [u8; MAX_DIGEST]) -> usize {
        fn fin<D: Digest>(h: D, out: &mut [u8; MAX_DIGEST]) -> usize {
            let r = h.finalize();
            let n = r.len().min(MAX_DIGEST);
            out[..n].copy_from_slice(&r[..n]);
            n
        }
        match self {
            Hasher::Md5(h) => fin(h, out),
            Hasher::Sha1(h) => fin(h, out),
            Hasher::Sha256(h) => fin(h, out),
        }
    }
}

/// Where the bytes of `update`'s data or of an HMAC key come from, and how
/// they are decoded.
#[derive(Clone, Copy, Debug)]
enum Input {
    /// A string, as UTF-8.
    Utf8(JsStr),
    /// An njs byte string: each code unit is a byte.
    ByteString(JsStr),
    /// A string of hex digits.
    Hex(JsStr),
    /// A base64 (or base64url) string.
    Base64(JsStr, bool),
    /// The bytes a typed array or DataView views.
    View(Range),
}

impl Input {
    /// The length of the source, for charging.
    fn len(self, vm: &Vm) -> usize {
        match self {
            Input::Utf8(s) | Input::ByteString(s) | Input::Hex(s) | Input::Base64(s, _) => {
                vm.heap().units(s).len()
            }
            Input::View(r) => r.len as usize,
        }
    }

    /// Passes the decoded bytes to `sink`, a piece at a time. Bytes that
    /// are already what the hasher takes (a view, a byte string or ASCII
    /// text stored as Latin-1) go to `sink` as they are, without a copy.
    fn feed(self, vm: &Vm, sink: &mut impl FnMut(&[u8])) {
        let heap = vm.heap();
        match self {
            Input::View(r) => sink(heap.bytes(r)),
            Input::Utf8(s) => match heap.units(s) {
                Units::Latin1(bytes) if bytes.is_ascii() => sink(bytes),
                units => {
                    let mut chunk = Chunk::new(sink);
                    utf8(units, &mut chunk);
                    chunk.flush();
                }
            },
            Input::ByteString(s) => match heap.units(s) {
                Units::Latin1(bytes) => sink(bytes),
                units => {
                    let mut chunk = Chunk::new(sink);
                    for u in units.iter() {
                        chunk.push(u as u8);
                    }
                    chunk.flush();
                }
            },
            Input::Hex(s) => base64::with_latin1_prefix(heap.units(s), |text| {
                base64::decode_hex_lenient(text, sink)
            }),
            Input::Base64(s, url) => base64::with_latin1_prefix(heap.units(s), |text| {
                base64::decode_lenient(text, url, sink)
            }),
        }
    }
}

/// A small buffer in front of a byte sink, for bytes made one at a time.
struct Chunk<'a, F: FnMut(&[u8])> {
    buf: [u8; 256],
    len: usize,
    sink: &'a mut F,
}

impl<'a, F: FnMut(&[u8])> Chunk<'a, F> {
    fn new(sink: &'a mut F) -> Self {
        Chunk {
            buf: [0; 256],
            len: 0,
            sink,
        }
    }

    fn push(&mut self, b: u8) {
        if self.len == self.buf.len() {
            self.flush();
        }
        self.buf[self.len] = b;
        self.len += 1;
    }

    fn write(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() <= self.buf.len() {
            self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else {
            self.flush();
            (self.sink)(bytes);
        }
    }

    fn flush(&mut self) {
        if self.len > 0 {
            (self.sink)(&self.buf[..self.len]);
            self.len = 0;
        }
    }
}

/// UTF-8 of the code units; a lone surrogate becomes U+FFFD.
fn utf8<F: FnMut(&[u8])>(units: Units<'_>, out: &mut Chunk<'_, F>) {
    if let Units::Latin1(mut rest) = units {
        // ASCII runs are already UTF-8.
        while !rest.is_empty() {
            let n = rest.iter().position(|&b| b >= 0x80).unwrap_or(rest.len());
            out.write(&rest[..n]);
            if let Some(&b) = rest.get(n) {
                out.push(0xC0 | b >> 6);
                out.push(0x80 | (b & 0x3F));
            }
            rest = rest.get(n + 1..).unwrap_or(&[]);
        }
        return;
    }
    let mut it = units.iter().peekable();
    while let Some(u) = it.next() {
        let c = match u {
            0xD800..=0xDBFF => match it.peek() {
                Some(&lo @ 0xDC00..=0xDFFF) => {
                    it.next();
                    0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00)
                }
                _ => 0xFFFD,
            },
            0xDC00..=0xDFFF => 0xFFFD,
            _ => u32::from(u),
        };
        let mut buf = [0u8; 4];
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        for &b in ch.encode_utf8(&mut buf).as_bytes() {
            out.push(b);
        }
    }
}

/// The longest digest text: hex of the longest digest (base64 is shorter).
const MAX_TEXT: usize = 2 * MAX_DIGEST;

/// Writes base64 (padded) or base64url (unpadded) text of `bytes` into
/// `out`; returns its length. `bytes` is a digest, so the text fits.
fn base64_encode(bytes: &[u8], url: bool, out: &mut [u8; MAX_TEXT]) -> usize {
    let alphabet = if url {
        base64::URL_ALPHABET
    } else {
        base64::ALPHABET
    };
    let sextets = |n: u32| [18, 12, 6, 0].map(|shift| alphabet[(n >> shift & 63) as usize]);
    let mut len = 0;
    let groups = bytes.chunks_exact(3);
    let last = groups.remainder();
    for (slot, g) in out.chunks_exact_mut(4).zip(groups) {
        slot.copy_from_slice(&sextets(
            u32::from(g[0]) << 16 | u32::from(g[1]) << 8 | u32::from(g[2]),
        ));
        len += 4;
    }
    let text = match *last {
        [a] => sextets(u32::from(a) << 16),
        [a, b] => sextets(u32::from(a) << 16 | u32::from(b) << 8),
        _ => return len,
    };
    // One byte makes two characters, two make three; padding fills four.
    let used = last.len() + 1;
    let tail_len = if url { used } else { 4 };
    let mut tail = [b'='; 4];
    tail[..used].copy_from_slice(&text[..used]);
    if let Some(slot) = out.get_mut(len..len + tail_len) {
        slot.copy_from_slice(&tail[..tail_len]);
        len += tail_len;
    }
    len
}

/// Writes lowercase hex of `bytes` into `out`; returns its length.
fn hex_encode(bytes: &[u8], out: &mut [u8; MAX_TEXT]) -> usize {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut len = 0;
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(b >> 4)];
        pair[1] = DIGITS[usize::from(b & 15)];
        len += 2;
    }
    len
}

/// The name njs gives a value's type in argument errors.
fn type_name(vm: &Vm, v: Value) -> &'static str {
    match v {
        Value::Undefined | Value::Empty => "undefined",
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Symbol(_) => "symbol",
        Value::Object(o) if vm.heap().obj(o).is_callable() => "function",
        Value::Object(o) => match vm.heap().obj(o).class {
            Class::Array => "array",
            Class::ArrayBuffer(_) => "array buffer",
            Class::RegExp(_) => "regexp",
            Class::Date(_) => "date",
            Class::Promise(_) => "promise",
            _ => "object",
        },
    }
}

/// Whether string `s` is exactly the ASCII text `name`.
fn is(vm: &Vm, s: JsStr, name: &str) -> bool {
    vm.heap().units(s).same(Units::Latin1(name.as_bytes()))
}

/// The bytes a typed array or DataView views, if `o` is one.
fn view_bytes(vm: &Vm, o: ObjRef) -> Option<Range> {
    let (buffer, offset, len) = match vm.heap().obj(o).class {
        Class::TypedArray {
            kind,
            buffer,
            offset,
            length,
        } => (buffer, offset, length.checked_mul(kind.size())?),
        Class::DataView {
            buffer,
            offset,
            length,
        } => (buffer, offset, length),
        _ => return None,
    };
    let Class::ArrayBuffer(bytes) = vm.heap().obj(buffer).class else {
        return None;
    };
    if offset.checked_add(len)? > bytes.len {
        return None;
    }
    Some(Range {
        start: bytes.start + offset,
        len,
        cap: len,
    })
}

/// The bytes of `data` (a string in `encoding`, or a view); `what` names
/// the argument in errors.
fn input_of(vm: &mut Vm, data: Value, encoding: Value, what: &str) -> JsResult<Input> {
    match data {
        Value::String(s) => {
            let raw = vm.heap().is_byte_string(s);
            match encoding {
                Value::Undefined => {}
                Value::String(e) if is(vm, e, "utf8") || is(vm, e, "utf-8") => {}
                Value::String(e) if is(vm, e, "hex") => return Ok(Input::Hex(s)),
                Value::String(e) if is(vm, e, "base64") => return Ok(Input::Base64(s, false)),
                Value::String(e) if is(vm, e, "base64url") => return Ok(Input::Base64(s, true)),
                Value::String(e) => {
                    let name = vm.heap().to_rust_string(e);
                    return Err(vm.type_error(format!("\"{name}\" encoding is not supported")));
                }
                _ => return Err(vm.type_error("encoding must be a string")),
            }
            Ok(if raw {
                Input::ByteString(s)
            } else {
                Input::Utf8(s)
            })
        }
        other => {
            if let Some(r) = other.as_object().and_then(|o| view_bytes(vm, o)) {
                return Ok(Input::View(r));
            }
            let t = type_name(vm, other);
            Err(vm.type_error(format!(
                "{what} argument \"{t}\" is not a string or Buffer-like object"
            )))
        }
    }
}

/// The algorithm named by `v`.
fn algorithm(vm: &mut Vm, v: Value) -> JsResult<Alg> {
    let Value::String(s) = v else {
        return Err(vm.type_error("algorithm must be a string"));
    };
    match Alg::ALL.into_iter().find(|a| is(vm, s, a.name())) {
        Some(a) => Ok(a),
        None => {
            let name = vm.heap().to_rust_string(s);
            Err(vm.type_error(format!("not supported algorithm: \"{name}\"")))
        }
    }
}

/// A new Hash (or, with `pad`, Hmac) object holding `hasher`.
fn new_hash_object(
    vm: &mut Vm,
    alg: Alg,
    pad: Option<&[u8; BLOCK]>,
    hasher: &Hasher,
) -> JsResult<Value> {
    let pad_len = if pad.is_some() { BLOCK } else { 0 };
    let range = vm
        .heap_mut()
        .alloc_bytes(HEADER + pad_len + alg.state_len())?;
    let bytes = vm.heap_mut().bytes_mut(range);
    if let [a, f, rest @ ..] = bytes {
        *a = alg.byte();
        *f = if pad.is_some() { HMAC } else { 0 };
        let (pad_area, state) = rest.split_at_mut(pad_len.min(rest.len()));
        if let Some(p) = pad {
            pad_area.copy_from_slice(&p[..pad_area.len()]);
        }
        hasher.save(state);
    }
    let modules = vm.realm().intrinsics.modules;
    let proto = if pad.is_some() {
        modules.hmac_proto
    } else {
        modules.hash_proto
    };
    let o = vm
        .heap_mut()
        .alloc(ObjectData::new(Class::Hash(range), Some(proto)))?;
    Ok(Value::Object(o))
}

/// `crypto.createHash(algorithm)`.
fn create_hash(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let alg = algorithm(vm, call.arg(0))?;
    vm.charge(DIGEST_STEPS / 2)?;
    new_hash_object(vm, alg, None, &Hasher::new(alg))
}

/// `crypto.createHmac(algorithm, key)`: the inner hash starts with the
/// key's inner pad; the outer pad is kept for `digest`.
fn create_hmac(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let alg = algorithm(vm, call.arg(0))?;
    let key = input_of(vm, call.arg(1), Value::Undefined, "key")?;
    vm.charge(DIGEST_STEPS / 2 + key.len(vm) as u64 / BYTES_PER_STEP)?;
    // A key longer than a block is replaced by its digest.
    let mut block = [0u8; BLOCK];
    let mut len = 0;
    let mut long: Option<Hasher> = None;
    key.feed(vm, &mut |chunk| match &mut long {
        Some(h) => h.update(chunk),
        None if len + chunk.len() <= BLOCK => {
            block[len..len + chunk.len()].copy_from_slice(chunk);
            len += chunk.len();
        }
        None => {
            let mut h = Hasher::new(alg);
            h.update(&block[..len]);
            h.update(chunk);
            long = Some(h);
        }
    });
    if let Some(h) = long {
        let mut d = [0u8; MAX_DIGEST];
        let n = h.finish(&mut d);
        block = [0; BLOCK];
        block[..n].copy_from_slice(&d[..n]);
    }
    let mut inner = Hasher::new(alg);
    inner.update(&block.map(|b| b ^ 0x36));
    new_hash_object(vm, alg, Some(&block.map(|b| b ^ 0x5c)), &inner)
}

/// The state run of a Hash or Hmac `this`, its algorithm and flags.
fn this_hash(vm: &mut Vm, this: Value) -> JsResult<(Range, Alg, u8)> {
    if let Value::Object(o) = this {
        if let Class::Hash(range) = vm.heap().obj(o).class {
            if let [a, f, ..] = *vm.heap().bytes(range) {
                if let Some(alg) = Alg::from_byte(a) {
                    if f & FINISHED != 0 {
                        return Err(vm.error(ErrorKind::Error, "Digest already called"));
                    }
                    return Ok((range, alg, f));
                }
            }
        }
    }
    Err(vm.type_error("\"this\" is not a hash object"))
}

/// Where the hasher state is in an object's run.
fn state_span(alg: Alg, flags: u8) -> std::ops::Range<usize> {
    let start = HEADER + if flags & HMAC != 0 { BLOCK } else { 0 };
    start..start + alg.state_len()
}

/// The hasher stored in `range`.
fn load(vm: &mut Vm, range: Range, alg: Alg, flags: u8) -> JsResult<Hasher> {
    let state = vm.heap().bytes(range).get(state_span(alg, flags));
    match state.and_then(|s| Hasher::load(alg, s)) {
        Some(h) => Ok(h),
        None => Err(vm.type_error("\"this\" is not a hash object")),
    }
}

/// `hash.update(data[, inputEncoding])`: returns `this`, for chaining.
fn update(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (range, alg, flags) = this_hash(vm, call.this)?;
    let input = input_of(vm, call.arg(0), call.arg(1), "data")?;
    vm.charge(1 + input.len(vm) as u64 / BYTES_PER_STEP)?;
    let mut hasher = load(vm, range, alg, flags)?;
    input.feed(vm, &mut |chunk| hasher.update(chunk));
    if let Some(state) = vm
        .heap_mut()
        .bytes_mut(range)
        .get_mut(state_span(alg, flags))
    {
        hasher.save(state);
    }
    Ok(call.this)
}

/// How `digest` returns the digest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Output {
    Raw,
    Hex,
    Base64,
    Base64Url,
}

/// `hash.digest([encoding])`. The encoding is checked before the hash is
/// finished, so a bad one leaves the object usable (as in njs).
fn digest(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (range, alg, flags) = this_hash(vm, call.this)?;
    let output = match call.arg(0) {
        Value::Undefined => Output::Raw,
        Value::String(e) if is(vm, e, "hex") => Output::Hex,
        Value::String(e) if is(vm, e, "base64") => Output::Base64,
        Value::String(e) if is(vm, e, "base64url") => Output::Base64Url,
        Value::String(e) => {
            let name = vm.heap().to_rust_string(e);
            return Err(vm.type_error(format!("Unknown digest encoding: \"{name}\"")));
        }
        _ => return Err(vm.type_error("encoding must be a string")),
    };
    vm.charge(DIGEST_STEPS)?;
    let hasher = load(vm, range, alg, flags)?;
    let mut out = [0u8; MAX_DIGEST];
    let mut n = hasher.finish(&mut out);
    if flags & HMAC != 0 {
        let mut outer = Hasher::new(alg);
        if let Some(pad) = vm.heap().bytes(range).get(HEADER..HEADER + BLOCK) {
            outer.update(pad);
        }
        outer.update(&out[..n]);
        n = outer.finish(&mut out);
    }
    if let Some(f) = vm.heap_mut().bytes_mut(range).get_mut(1) {
        *f |= FINISHED;
    }
    let digest = &out[..n];
    let mut text = [0u8; MAX_TEXT];
    let len = match output {
        Output::Hex => hex_encode(digest, &mut text),
        Output::Base64 => base64_encode(digest, false, &mut text),
        Output::Base64Url => base64_encode(digest, true, &mut text),
        Output::Raw if vm.realm().runtime >= crate::features::Runtime::Js2 => {
            return crate::builtins::buffer::new_buffer(vm, digest);
        }
        Output::Raw => {
            // A byte string in 1.0: each byte is the code unit of its value,
            // which is how a Latin-1 string stores it.
            let s = vm.heap_mut().str_from_latin1(digest)?;
            vm.heap_mut().mark_byte_string(s)?;
            return Ok(Value::String(s));
        }
    };
    let s = vm.heap_mut().str_from_latin1(&text[..len])?;
    Ok(Value::String(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `utf8` gives for `units`.
    fn utf8_of(units: Units<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        let mut sink = |b: &[u8]| out.extend_from_slice(b);
        let mut chunk = Chunk::new(&mut sink);
        utf8(units, &mut chunk);
        chunk.flush();
        out
    }

    #[test]
    fn utf8_replaces_lone_surrogates() {
        let s = [0x61, 0xD83D, 0xDE00, 0xD800, 0x62, 0xDC00];
        assert_eq!(utf8_of(Units::Utf16(&s)), "a😀\u{FFFD}b\u{FFFD}".as_bytes());
    }

    #[test]
    fn utf8_of_latin1_across_chunk_boundaries() {
        // Longer than the chunk buffer, with two-byte characters and ASCII
        // runs on both sides of its boundary.
        let text: String = (0..600)
            .map(|i| if i % 7 == 0 { 'é' } else { 'a' })
            .collect();
        let latin1: Vec<u8> = text.chars().map(|c| c as u8).collect();
        assert_eq!(utf8_of(Units::Latin1(&latin1)), text.as_bytes());
        let long_run = vec![b'x'; 300];
        assert_eq!(utf8_of(Units::Latin1(&long_run)), long_run);
    }

    #[test]
    fn base64_and_hex_encode_digests() {
        let text = |f: &dyn Fn(&mut [u8; MAX_TEXT]) -> usize| {
            let mut out = [0u8; MAX_TEXT];
            let n = f(&mut out);
            String::from_utf8(out[..n].to_vec()).unwrap()
        };
        assert_eq!(text(&|o| base64_encode(b"", false, o)), "");
        assert_eq!(text(&|o| base64_encode(b"f", false, o)), "Zg==");
        assert_eq!(text(&|o| base64_encode(b"fo", false, o)), "Zm8=");
        assert_eq!(text(&|o| base64_encode(b"foo", false, o)), "Zm9v");
        assert_eq!(text(&|o| base64_encode(&[0xfb, 0xff], false, o)), "+/8=");
        assert_eq!(text(&|o| base64_encode(&[0xfb, 0xff], true, o)), "-_8");
        assert_eq!(text(&|o| base64_encode(b"f", true, o)), "Zg");
        assert_eq!(text(&|o| base64_encode(&[0xff; 32], false, o)).len(), 44);
        assert_eq!(text(&|o| base64_encode(&[0xff; 32], true, o)).len(), 43);
        assert_eq!(
            text(&|o| hex_encode(&[0x00, 0x0f, 0xa0, 0xff], o)),
            "000fa0ff"
        );
        assert_eq!(text(&|o| hex_encode(&[0xab; 32], o)), "ab".repeat(32));
    }

    #[test]
    fn state_round_trips() {
        for alg in Alg::ALL {
            let mut h = Hasher::new(alg);
            h.update(b"hello ");
            let mut state = vec![0u8; alg.state_len()];
            h.save(&mut state);
            let mut h2 = Hasher::load(alg, &state).unwrap();
            h2.update(b"world");
            let mut direct = Hasher::new(alg);
            direct.update(b"hello world");
            let (mut a, mut b) = ([0; MAX_DIGEST], [0; MAX_DIGEST]);
            assert_eq!(h2.finish(&mut a), direct.finish(&mut b));
            assert_eq!(a, b);
        }
    }
}
