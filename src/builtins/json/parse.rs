//! `JSON.parse` (ECMA-262 §25.5.1): a parser of the JSON grammar
//! (ECMA-404) over the string's UTF-16 code units, and the reviver walk
//! (InternalizeJSONProperty). The units are read as the heap stores them,
//! Latin-1 bytes or UTF-16 units, so that the usual one-byte text is
//! scanned, and its strings and keys made, without widening it.
//!
//! The parser is written for ECMAScript rather than borrowed from a JSON
//! crate such as serde_json because ECMAScript needs what those do not
//! give: strings are sequences of UTF-16 code units, so `"\ud800"` must
//! produce a lone surrogate (serde_json rejects it or cannot represent it in
//! a Rust `String`); a repeated key must keep its first position in property
//! order while taking the last value (CreateDataProperty on an existing
//! key); `"__proto__"` is an ordinary key; numbers must round exactly as
//! StringToNumber does; and errors must name the position (in code units)
//! the way V8 words them. Nesting is handled with an explicit stack of open
//! containers, so depth costs heap, not host stack.
//!
//! Error messages reproduce V8's (Node 20): the scanner reports the token at
//! the cursor, with a fixed message at the points where V8 has one
//! ("Expected ',' or ']' after array element in JSON at position 3") and
//! otherwise a message chosen by the kind of token found there ("Unexpected
//! end of JSON input", "Unexpected number in JSON at position 1",
//! "Unexpected token 'x', "[x]" is not valid JSON").

use super::account_every;
use crate::heap::{Attrs, Key, OutOfMemory, Prop, Units};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Vm};
use smallvec::SmallVec;

/// How many source units are copied to the host stack rather than to a
/// new allocation: a JWT payload, a cookie or a KeyValueStore value fits.
const INLINE_SOURCE: usize = 512;

/// `JSON.parse(text [, reviver])`.
pub(super) fn parse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    let value = parse_string(vm, s)?;
    let reviver = call.arg(1);
    if !vm.is_callable(reviver) {
        return Ok(value);
    }
    let root = vm.new_object()?;
    let empty = Key::Str(vm.realm().names.empty);
    vm.create_data_property_or_throw(root, empty, value)?;
    internalize(vm, root, reviver)
}

/// The value of JSON text `s`, or the exception its parsing throws.
///
/// The text is copied out of the heap, which the parser adds to, in the
/// width it is stored in: nearly every text parsed is Latin-1. Never
/// inlined, so that the copy's room on the host stack is given back before
/// a reviver runs (which may parse again).
#[inline(never)]
fn parse_string(vm: &mut Vm, s: JsStr) -> JsResult<Value> {
    match vm.heap().units(s) {
        Units::Latin1(b) => {
            let src = SmallVec::<[u8; INLINE_SOURCE]>::from_slice(b);
            parse_source(vm, &src)
        }
        Units::Utf16(w) => {
            let src = SmallVec::<[u16; INLINE_SOURCE / 2]>::from_slice(w);
            parse_source(vm, &src)
        }
    }
}

/// The value of JSON text `src`, or the exception its parsing throws.
fn parse_source<U: Unit>(vm: &mut Vm, src: &[U]) -> JsResult<Value> {
    vm.charge(src.len() as u64 / 16)?;
    let parsed = Parser {
        vm: &mut *vm,
        src,
        pos: 0,
        escaped: SmallVec::new(),
    }
    .parse_text();
    match parsed {
        Ok(v) => Ok(v),
        Err(Failure::Throw(t)) => Err(t),
        Err(Failure::Syntax(e)) => {
            let message = e.message(src);
            Err(vm.error(ErrorKind::SyntaxError, message))
        }
    }
}

/// A code unit of the source, in the width the heap stores it: a Latin-1
/// byte or a UTF-16 unit. The parser is compiled once for each, so a
/// Latin-1 source is scanned, and its strings and keys made, straight from
/// its bytes.
trait Unit: Copy + Into<u16> {
    /// `units` as the heap reads them.
    fn units(units: &[Self]) -> Units<'_>;
}

impl Unit for u8 {
    fn units(units: &[u8]) -> Units<'_> {
        Units::Latin1(units)
    }
}

impl Unit for u16 {
    fn units(units: &[u16]) -> Units<'_> {
        Units::Utf16(units)
    }
}

/// A new string of `units`, stored and counted as [`Heap::str_from_utf16`]
/// stores and counts the same units.
///
/// [`Heap::str_from_utf16`]: crate::heap::Heap::str_from_utf16
fn new_string(vm: &mut Vm, units: Units<'_>) -> Result<JsStr, OutOfMemory> {
    match units {
        Units::Latin1(b) => vm.heap_mut().str_from_latin1(b),
        Units::Utf16(w) => vm.heap_mut().str_from_utf16(w),
    }
}

/// The property key named by `units`.
fn key_of(vm: &mut Vm, units: Units<'_>) -> Result<Key, OutOfMemory> {
    match units.array_index() {
        Some(i) => Ok(Key::Index(i)),
        None => Ok(Key::Str(vm.heap_mut().intern(units)?)),
    }
}

/// A token, as V8 classifies the character that starts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    /// The end of the text.
    End,
    /// `"`
    String,
    /// `-` or a digit.
    Number,
    /// `t`, `f` or `n`: the start of a literal.
    Literal,
    LBrace,
    RBrace,
    LBrack,
    RBrack,
    Colon,
    Comma,
    /// JSON white space.
    Space,
    /// Anything else.
    Illegal,
}

/// The token each Latin-1 character starts (one load per character
/// peeked; every unit past Latin-1 is [`Token::Illegal`]).
static TOKENS: [Token; 256] = {
    let mut table = [Token::Illegal; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match i as u8 {
            b'"' => Token::String,
            b'-' | b'0'..=b'9' => Token::Number,
            b't' | b'f' | b'n' => Token::Literal,
            b'{' => Token::LBrace,
            b'}' => Token::RBrace,
            b'[' => Token::LBrack,
            b']' => Token::RBrack,
            b':' => Token::Colon,
            b',' => Token::Comma,
            b' ' | b'\t' | b'\n' | b'\r' => Token::Space,
            _ => Token::Illegal,
        };
        i += 1;
    }
    table
};

fn token_of(u: Option<u16>) -> Token {
    let Some(u) = u else { return Token::End };
    TOKENS
        .get(usize::from(u))
        .copied()
        .unwrap_or(Token::Illegal)
}

/// A syntax error: where, what was found there, and the fixed message of
/// the place it was found at, if it has one.
#[derive(Debug, PartialEq, Eq)]
struct SyntaxError {
    pos: usize,
    found: Token,
    expected: Option<&'static str>,
}

/// Sources shorter than this are quoted whole in "Unexpected token"
/// messages; longer ones are quoted around the position.
const MIN_LENGTH_FOR_CONTEXT: usize = 21;
/// How many units of context are quoted on each side of the position.
const CONTEXT: usize = 10;

impl SyntaxError {
    /// The message V8 gives.
    fn message<U: Unit>(&self, src: &[U]) -> String {
        let pos = self.pos;
        if let Some(expected) = self.expected {
            return format!("{expected} at position {pos}");
        }
        match self.found {
            Token::End => return "Unexpected end of JSON input".into(),
            Token::Number => return format!("Unexpected number in JSON at position {pos}"),
            Token::String => return format!("Unexpected string in JSON at position {pos}"),
            _ => {}
        }
        let text = |from: usize, to: usize| {
            src.get(from..to.min(src.len()))
                .map(|units| U::units(units).to_rust_string())
                .unwrap_or_default()
        };
        let whole = text(0, src.len());
        if ["[object Object]", "undefined", "Infinity", "NaN"].contains(&whole.as_str()) {
            return format!("\"{whole}\" is not valid JSON");
        }
        let token = text(pos, pos + 1);
        let len = src.len();
        if len < MIN_LENGTH_FOR_CONTEXT {
            format!("Unexpected token '{token}', \"{whole}\" is not valid JSON")
        } else if pos < CONTEXT {
            format!(
                "Unexpected token '{token}', \"{}\"... is not valid JSON",
                text(0, pos + CONTEXT)
            )
        } else if pos < len - CONTEXT {
            format!(
                "Unexpected token '{token}', ...\"{}\"... is not valid JSON",
                text(pos - CONTEXT, pos + CONTEXT)
            )
        } else {
            format!(
                "Unexpected token '{token}', ...\"{}\" is not valid JSON",
                text(pos - CONTEXT, len)
            )
        }
    }
}

/// Why parsing stopped.
enum Failure {
    /// The text is not JSON.
    Syntax(SyntaxError),
    /// An exception or a limit while building the value.
    Throw(crate::vm::Throw),
}

impl From<crate::vm::Throw> for Failure {
    fn from(t: crate::vm::Throw) -> Failure {
        Failure::Throw(t)
    }
}

impl From<OutOfMemory> for Failure {
    fn from(e: OutOfMemory) -> Failure {
        Failure::Throw(e.into())
    }
}

type Parsed<T> = Result<T, Failure>;

/// An array or object being filled.
enum Open {
    Array { obj: ObjRef, len: u32 },
    Object { obj: ObjRef, key: Key },
}

/// Where a scanned string's units are.
enum Scanned {
    /// At `start..end` of the source: the string has no escape.
    Plain(usize, usize),
    /// In [`Parser::escaped`], decoded: the string has escapes.
    Escaped,
}

const EXPECTED_NAME_OR_RBRACE: &str = "Expected property name or '}' in JSON";
const EXPECTED_QUOTED_NAME: &str = "Expected double-quoted property name in JSON";
const EXPECTED_COLON: &str = "Expected ':' after property name in JSON";
const EXPECTED_COMMA_OR_RBRACK: &str = "Expected ',' or ']' after array element in JSON";
const EXPECTED_COMMA_OR_RBRACE: &str = "Expected ',' or '}' after property value in JSON";
const NOTHING_AFTER: &str = "Unexpected non-whitespace character after JSON";

struct Parser<'a, U> {
    vm: &'a mut Vm,
    src: &'a [U],
    pos: usize,
    /// The decoded units of the last string scanned that has escapes (a
    /// string without one is taken from the source as it is).
    escaped: SmallVec<[u16; 64]>,
}

impl<U: Unit> Parser<'_, U> {
    /// The unit at `i`, if there is one.
    #[inline]
    fn unit(&self, i: usize) -> Option<u16> {
        self.src.get(i).map(|&u| u.into())
    }

    fn peek(&self) -> Token {
        token_of(self.unit(self.pos))
    }

    fn fail<T>(&self, found: Token, expected: Option<&'static str>) -> Parsed<T> {
        Err(Failure::Syntax(SyntaxError {
            pos: self.pos,
            found,
            expected,
        }))
    }

    /// Fails on the character at the cursor.
    fn fail_here<T>(&self) -> Parsed<T> {
        self.fail(self.peek(), None)
    }

    fn skip_space(&mut self) {
        while self.peek() == Token::Space {
            self.pos += 1;
        }
    }

    /// Consumes `t` after white space, if it is next.
    fn check(&mut self, t: Token) -> bool {
        self.skip_space();
        if self.peek() == t {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes `t` after white space, or fails with `message`.
    fn expect(&mut self, t: Token, message: &'static str) -> Parsed<()> {
        if self.check(t) {
            Ok(())
        } else {
            self.fail(self.peek(), Some(message))
        }
    }

    /// JSON text: one value, then only white space.
    fn parse_text(&mut self) -> Parsed<Value> {
        let mut stack: SmallVec<[Open; 16]> = SmallVec::new();
        loop {
            // Produce a value, opening containers until one is complete.
            let mut value = loop {
                self.vm.charge(1)?;
                self.skip_space();
                match self.peek() {
                    Token::String => {
                        self.pos += 1;
                        let s = match self.scan_string()? {
                            Scanned::Plain(start, end) => {
                                let units = self.src.get(start..end).unwrap_or_default();
                                new_string(self.vm, U::units(units))?
                            }
                            Scanned::Escaped => self.vm.heap_mut().str_from_utf16(&self.escaped)?,
                        };
                        break Value::String(s);
                    }
                    Token::Number => break Value::Number(self.scan_number()?),
                    Token::Literal => break self.scan_literal()?,
                    Token::LBrace => {
                        self.pos += 1;
                        let obj = self.vm.new_object()?;
                        if self.check(Token::RBrace) {
                            break Value::Object(obj);
                        }
                        let key = self.property_name(EXPECTED_NAME_OR_RBRACE)?;
                        stack.push(Open::Object { obj, key });
                    }
                    Token::LBrack => {
                        self.pos += 1;
                        let obj = self.vm.new_array(&[])?;
                        if self.check(Token::RBrack) {
                            break Value::Object(obj);
                        }
                        stack.push(Open::Array { obj, len: 0 });
                    }
                    _ => return self.fail_here(),
                }
            };
            // Store it, closing containers until one wants another value.
            loop {
                match stack.last_mut() {
                    None => {
                        if !self.check(Token::End) {
                            return self.fail(self.peek(), Some(NOTHING_AFTER));
                        }
                        return Ok(value);
                    }
                    Some(Open::Object { obj, key }) => {
                        let (o, k) = (*obj, *key);
                        self.add_member(o, k, value)?;
                        if self.check(Token::Comma) {
                            let next = self.property_name(EXPECTED_QUOTED_NAME)?;
                            if let Some(Open::Object { key, .. }) = stack.last_mut() {
                                *key = next;
                            }
                            break;
                        }
                        self.expect(Token::RBrace, EXPECTED_COMMA_OR_RBRACE)?;
                        value = Value::Object(o);
                        stack.pop();
                    }
                    Some(Open::Array { obj, len }) => {
                        let (o, i) = (*obj, *len);
                        *len = len.saturating_add(1);
                        self.vm
                            .create_data_property_or_throw(o, Key::Index(i), value)?;
                        if self.check(Token::Comma) {
                            break;
                        }
                        self.expect(Token::RBrack, EXPECTED_COMMA_OR_RBRACK)?;
                        value = Value::Object(o);
                        stack.pop();
                    }
                }
            }
        }
    }

    /// CreateDataProperty(`o`, `key`, `value`) on an object this parse
    /// made, which is ordinary and extensible and has only the data
    /// properties the parse gave it: a new key is appended as `add_own`
    /// appends it (one step, then the property), and a repeated key goes
    /// the general way, which keeps its position and takes the new value.
    fn add_member(&mut self, o: ObjRef, key: Key, value: Value) -> Parsed<()> {
        if self.vm.heap().find_prop(o, key).is_some() {
            self.vm.create_data_property_or_throw(o, key, value)?;
            return Ok(());
        }
        self.vm.charge(1)?;
        let attrs = Attrs::DEFAULT;
        self.vm
            .heap_mut()
            .push_prop(o, Prop { key, value, attrs })?;
        Ok(())
    }

    /// `"name" :` (the opening quote must be next, after white space); the
    /// name as a property key.
    fn property_name(&mut self, message: &'static str) -> Parsed<Key> {
        self.expect(Token::String, message)?;
        let key = match self.scan_string()? {
            Scanned::Plain(start, end) => {
                let units = self.src.get(start..end).unwrap_or_default();
                key_of(self.vm, U::units(units))?
            }
            Scanned::Escaped => key_of(self.vm, Units::Utf16(&self.escaped))?,
        };
        self.expect(Token::Colon, EXPECTED_COLON)?;
        Ok(key)
    }

    /// The rest of a string after its opening quote: where its units are.
    ///
    /// Steps and limits are charged and checked as if the units were
    /// gathered in a `Utf16Out`, a run between escapes at a time.
    #[inline(always)]
    fn scan_string(&mut self) -> Parsed<Scanned> {
        let start = self.pos;
        let end = start + self.plain_run(start);
        if self.unit(end) != Some(u16::from(b'"')) {
            // Nothing has been charged or checked yet: the general scan
            // starts over.
            return self.scan_string_general(start);
        }
        // The usual string: one run and its closing quote, accounted as a
        // `Utf16Out` holding it would be.
        account_every(self.vm, end - start, &mut 0)?;
        self.pos = end + 1;
        self.vm.charge((end - start) as u64 / 16)?;
        Ok(Scanned::Plain(start, end))
    }

    /// How many units from `i` on are taken as they are in a string: up
    /// to a quote, a backslash, a control character or the end.
    #[inline]
    fn plain_run(&self, i: usize) -> usize {
        let rest = self.src.get(i..).unwrap_or_default();
        rest.iter()
            .position(|&u| {
                let u: u16 = u.into();
                u == u16::from(b'"') || u == u16::from(b'\\') || u < 0x20
            })
            .unwrap_or(rest.len())
    }

    /// [`Parser::scan_string`] of the string that starts at `start`, for
    /// one with escapes or errors: a run at a time, decoded into
    /// [`Parser::escaped`].
    #[inline(never)]
    fn scan_string_general(&mut self, start: usize) -> Parsed<Scanned> {
        self.pos = start;
        self.escaped.clear();
        // Accounted as a `Utf16Out` holding the units would be.
        let mut checked = 0;
        loop {
            let run = self.pos;
            self.pos += self.plain_run(run);
            let units = self.src.get(run..self.pos).unwrap_or_default();
            self.escaped.extend(units.iter().map(|&u| u.into()));
            account_every(self.vm, self.escaped.len(), &mut checked)?;
            let Some(u) = self.unit(self.pos) else {
                return self.fail(Token::Illegal, Some("Unterminated string in JSON"));
            };
            if u < 0x20 {
                return self.fail(
                    Token::Illegal,
                    Some("Bad control character in string literal in JSON"),
                );
            }
            self.pos += 1;
            if u == u16::from(b'"') {
                self.vm.charge(self.escaped.len() as u64 / 16)?;
                return Ok(Scanned::Escaped);
            }
            // A backslash: the escape letter is at the cursor.
            let Some(e) = self.unit(self.pos) else {
                return self.fail(Token::End, None);
            };
            let decoded = match u8::try_from(e).map(char::from) {
                Ok('"') => 0x22,
                Ok('\\') => 0x5C,
                Ok('/') => 0x2F,
                Ok('b') => 0x08,
                Ok('f') => 0x0C,
                Ok('n') => 0x0A,
                Ok('r') => 0x0D,
                Ok('t') => 0x09,
                Ok('u') => {
                    let mut v: u16 = 0;
                    for _ in 0..4 {
                        self.pos += 1;
                        let digit = self
                            .unit(self.pos)
                            .and_then(|d| char::from_u32(u32::from(d)))
                            .and_then(|c| c.to_digit(16));
                        let Some(d) = digit else {
                            return self.fail(Token::Illegal, Some("Bad Unicode escape in JSON"));
                        };
                        v = v << 4 | d as u16;
                    }
                    v
                }
                Ok(_) => return self.fail(Token::Illegal, Some("Bad escaped character in JSON")),
                // Past Latin-1, V8 reports the character itself.
                Err(_) => return self.fail(Token::Illegal, None),
            };
            self.pos += 1;
            self.escaped.push(decoded);
        }
    }

    fn is_digit_at(&self, i: usize) -> bool {
        self.unit(i)
            .is_some_and(|u| (u16::from(b'0')..=u16::from(b'9')).contains(&u))
    }

    fn skip_digits(&mut self) {
        while self.is_digit_at(self.pos) {
            self.pos += 1;
        }
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn scan_number(&mut self) -> Parsed<f64> {
        let start = self.pos;
        let negative = self.unit(self.pos) == Some(u16::from(b'-'));
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        if self.unit(self.pos) == Some(u16::from(b'0')) {
            self.pos += 1;
            // A leading zero must stand alone.
            if self.is_digit_at(self.pos) {
                return self.fail(Token::Number, None);
            }
        } else {
            self.skip_digits();
            if self.pos == int_start {
                return self.fail(Token::Illegal, Some("No number after minus sign in JSON"));
            }
        }
        let int_end = self.pos;
        if self.unit(self.pos) == Some(u16::from(b'.')) {
            self.pos += 1;
            if !self.is_digit_at(self.pos) {
                return self.fail(
                    Token::Illegal,
                    Some("Unterminated fractional number in JSON"),
                );
            }
            self.skip_digits();
        }
        if matches!(self.unit(self.pos), Some(u) if u == u16::from(b'e') || u == u16::from(b'E')) {
            self.pos += 1;
            if matches!(self.unit(self.pos), Some(u) if u == u16::from(b'+') || u == u16::from(b'-'))
            {
                self.pos += 1;
            }
            if !self.is_digit_at(self.pos) {
                return self.fail(
                    Token::Illegal,
                    Some("Exponent part is missing a number in JSON"),
                );
            }
            self.skip_digits();
        }
        self.vm.charge((self.pos - start) as u64 / 16)?;
        let digits = self.src.get(int_start..int_end).unwrap_or_default();
        if int_end == self.pos && digits.len() <= crate::number::MAX_EXACT_DECIMAL_DIGITS {
            // An integer below 2^53 is exact as a double: no rounding.
            let v = digits.iter().fold(0u64, |v, &d| {
                v * 10 + u64::from(d.into().wrapping_sub(u16::from(b'0')))
            }) as f64;
            return Ok(if negative { -v } else { v });
        }
        // The text is ASCII digits and signs matching the grammar above,
        // which Rust's parser accepts and rounds correctly.
        let text: SmallVec<[u8; 64]> = self
            .src
            .get(start..self.pos)
            .unwrap_or_default()
            .iter()
            .map(|&u| u.into() as u8)
            .collect();
        Ok(std::str::from_utf8(&text)
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .unwrap_or(f64::NAN))
    }

    /// `true`, `false` or `null` (the cursor is on its first letter).
    fn scan_literal(&mut self) -> Parsed<Value> {
        let (word, value): (&[u8], Value) = match self.unit(self.pos).map(|u| u as u8) {
            Some(b't') => (b"true", Value::Bool(true)),
            Some(b'f') => (b"false", Value::Bool(false)),
            _ => (b"null", Value::Null),
        };
        for &expected in &word[1..] {
            self.pos += 1;
            match self.unit(self.pos) {
                None => return self.fail(Token::End, None),
                Some(u) if u == u16::from(expected) => {}
                Some(_) => return self.fail_here(),
            }
        }
        self.pos += 1;
        Ok(value)
    }
}

/// One property being revived: `holder[name]`, whose value `val` has its
/// own properties `children` revived first.
struct Revive {
    holder: ObjRef,
    name: Key,
    val: Value,
    children: Children,
    next: usize,
}

enum Children {
    None,
    Elements(u64),
    Keys(Vec<Key>),
}

impl Children {
    fn len(&self) -> u64 {
        match self {
            Children::None => 0,
            Children::Elements(n) => *n,
            Children::Keys(k) => k.len() as u64,
        }
    }
}

/// Reads `holder[name]` and lists what of it is to be revived.
fn open(vm: &mut Vm, holder: ObjRef, name: Key) -> JsResult<Revive> {
    vm.charge(1)?;
    let val = vm.get(Value::Object(holder), name)?;
    let children = match val {
        Value::Object(o) if vm.heap().obj(o).class.is_array() => {
            Children::Elements(vm.length_of(val)?)
        }
        Value::Object(o) => Children::Keys(vm.own_enumerable_string_keys(o)?),
        _ => Children::None,
    };
    Ok(Revive {
        holder,
        name,
        val,
        children,
        next: 0,
    })
}

/// InternalizeJSONProperty(root, ""), depth first with an explicit stack:
/// each value's elements (by index, up to its length) or own enumerable
/// string keys (listed before any is revived) are revived first; a
/// reviver result of `undefined` deletes the property, anything else
/// redefines it (failures to do either are ignored, as specified).
fn internalize(vm: &mut Vm, root: ObjRef, reviver: Value) -> JsResult<Value> {
    let empty = Key::Str(vm.realm().names.empty);
    let mut stack = vec![open(vm, root, empty)?];
    loop {
        let Some(top) = stack.last_mut() else {
            return Ok(Value::Undefined);
        };
        if (top.next as u64) < top.children.len() {
            let key = match &top.children {
                Children::Keys(keys) => match keys.get(top.next) {
                    Some(&k) => k,
                    None => return Ok(Value::Undefined),
                },
                _ => super::index_key(vm, top.next as u64)?,
            };
            let Value::Object(holder) = top.val else {
                return Ok(Value::Undefined);
            };
            top.next += 1;
            let child = open(vm, holder, key)?;
            stack.push(child);
            continue;
        }
        let Some(done) = stack.pop() else {
            return Ok(Value::Undefined);
        };
        let name = vm.key_to_value(done.name)?;
        let revived = vm.call(reviver, Value::Object(done.holder), &[name, done.val])?;
        if stack.is_empty() {
            return Ok(revived);
        }
        if revived == Value::Undefined {
            vm.delete(done.holder, done.name)?;
        } else {
            vm.create_data_property(done.holder, done.name, revived)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(src: &str, pos: usize, found: Token, expected: Option<&'static str>) -> String {
        let units: Vec<u16> = src.encode_utf16().collect();
        SyntaxError {
            pos,
            found,
            expected,
        }
        .message(&units)
    }

    #[test]
    fn messages_quote_the_source_as_v8_does() {
        assert_eq!(
            error("[1,]", 3, Token::RBrack, None),
            "Unexpected token ']', \"[1,]\" is not valid JSON"
        );
        assert_eq!(
            error("NaN", 0, Token::Illegal, None),
            "\"NaN\" is not valid JSON"
        );
        assert_eq!(
            error("", 0, Token::End, None),
            "Unexpected end of JSON input"
        );
        // Expectations from Node 20.
        let long = "xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz";
        assert_eq!(
            error(long, 0, Token::Illegal, None),
            "Unexpected token 'x', \"xyzxyzxyzx\"... is not valid JSON"
        );
        let middle = "[1,2,3,4,5,6,7,8,9,10,x,1,2,3,4,5,6,7,8]";
        assert_eq!(
            error(middle, 22, Token::Illegal, None),
            "Unexpected token 'x', ...\",7,8,9,10,x,1,2,3,4,\"... is not valid JSON"
        );
        let end = "[1,2,3,4,5,6,7,8,9,10,11,12,x]";
        assert_eq!(
            error(end, 28, Token::Illegal, None),
            "Unexpected token 'x', ...\",10,11,12,x]\" is not valid JSON"
        );
        assert_eq!(
            error("{", 1, Token::End, Some(EXPECTED_NAME_OR_RBRACE)),
            "Expected property name or '}' in JSON at position 1"
        );
    }

    #[test]
    fn messages_quote_latin1_and_utf16_sources_alike() {
        let text = "[\"caf\u{e9}\u{e9}\u{e9}\", 1, x, \"\u{ff}\u{a0}\u{e9}\", 2, 3]";
        let wide: Vec<u16> = text.encode_utf16().collect();
        let bytes: Vec<u8> = wide.iter().map(|&u| u as u8).collect();
        for pos in 0..=wide.len() {
            for found in [Token::Illegal, Token::End, Token::Number, Token::Comma] {
                let e = SyntaxError {
                    pos,
                    found,
                    expected: None,
                };
                assert_eq!(e.message(&bytes), e.message(&wide), "at {pos}");
            }
        }
        let e = SyntaxError {
            pos: 14,
            found: Token::Illegal,
            expected: None,
        };
        assert_eq!(
            e.message(&bytes),
            "Unexpected token 'x', ...\"f\u{e9}\u{e9}\u{e9}\", 1, x, \"\u{ff}\u{a0}\u{e9}\", \"... is not valid JSON"
        );
    }

    #[test]
    fn tokens_follow_the_first_character() {
        assert_eq!(token_of(None), Token::End);
        assert_eq!(token_of(Some(u16::from(b'-'))), Token::Number);
        assert_eq!(token_of(Some(0xA0)), Token::Illegal);
        assert_eq!(token_of(Some(u16::from(b'\r'))), Token::Space);
    }
}
