//! `JSON.parse` (ECMA-262 §25.5.1): a parser of the JSON grammar
//! (ECMA-404) over the string's UTF-16 code units, and the reviver walk
//! (InternalizeJSONProperty).
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

use super::Utf16Out;
use crate::heap::{Key, Units};
use crate::value::{ObjRef, Value};
use crate::vm::{Call, ErrorKind, JsResult, Vm};

/// `JSON.parse(text [, reviver])`.
pub(super) fn parse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    let src: Vec<u16> = vm.heap().units(s).iter().collect();
    vm.charge(src.len() as u64 / 16)?;
    let value = match (Parser {
        vm,
        src: &src,
        pos: 0,
    })
    .parse_text()
    {
        Ok(v) => v,
        Err(Failure::Throw(t)) => return Err(t),
        Err(Failure::Syntax(e)) => {
            let message = e.message(&src);
            return Err(vm.error(ErrorKind::SyntaxError, message));
        }
    };
    let reviver = call.arg(1);
    if !vm.is_callable(reviver) {
        return Ok(value);
    }
    let root = vm.new_object()?;
    let empty = Key::Str(vm.realm().names.empty);
    vm.create_data_property_or_throw(root, empty, value)?;
    internalize(vm, root, reviver)
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

fn token_of(u: Option<u16>) -> Token {
    let Some(u) = u else { return Token::End };
    match u8::try_from(u).map(char::from) {
        Ok('"') => Token::String,
        Ok('-' | '0'..='9') => Token::Number,
        Ok('t' | 'f' | 'n') => Token::Literal,
        Ok('{') => Token::LBrace,
        Ok('}') => Token::RBrace,
        Ok('[') => Token::LBrack,
        Ok(']') => Token::RBrack,
        Ok(':') => Token::Colon,
        Ok(',') => Token::Comma,
        Ok(' ' | '\t' | '\n' | '\r') => Token::Space,
        _ => Token::Illegal,
    }
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
    fn message(&self, src: &[u16]) -> String {
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
            String::from_utf16_lossy(src.get(from..to.min(src.len())).unwrap_or(&[]))
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

impl From<crate::heap::OutOfMemory> for Failure {
    fn from(e: crate::heap::OutOfMemory) -> Failure {
        Failure::Throw(e.into())
    }
}

type Parsed<T> = Result<T, Failure>;

/// An array or object being filled.
enum Open {
    Array { obj: ObjRef, len: u32 },
    Object { obj: ObjRef, key: Key },
}

const EXPECTED_NAME_OR_RBRACE: &str = "Expected property name or '}' in JSON";
const EXPECTED_QUOTED_NAME: &str = "Expected double-quoted property name in JSON";
const EXPECTED_COLON: &str = "Expected ':' after property name in JSON";
const EXPECTED_COMMA_OR_RBRACK: &str = "Expected ',' or ']' after array element in JSON";
const EXPECTED_COMMA_OR_RBRACE: &str = "Expected ',' or '}' after property value in JSON";
const NOTHING_AFTER: &str = "Unexpected non-whitespace character after JSON";

struct Parser<'a> {
    vm: &'a mut Vm,
    src: &'a [u16],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Token {
        token_of(self.src.get(self.pos).copied())
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
        let mut stack: Vec<Open> = Vec::new();
        loop {
            // Produce a value, opening containers until one is complete.
            let mut value = loop {
                self.vm.charge(1)?;
                self.skip_space();
                match self.peek() {
                    Token::String => {
                        self.pos += 1;
                        let units = self.scan_string()?;
                        break Value::String(self.vm.heap_mut().str_from_utf16(&units)?);
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
                        self.vm.create_data_property_or_throw(o, k, value)?;
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

    /// `"name" :` (the opening quote must be next, after white space); the
    /// name as a property key.
    fn property_name(&mut self, message: &'static str) -> Parsed<Key> {
        self.expect(Token::String, message)?;
        let units = self.scan_string()?;
        let key = match Units::Utf16(&units).array_index() {
            Some(i) => Key::Index(i),
            None => Key::Str(self.vm.heap_mut().intern(Units::Utf16(&units))?),
        };
        self.expect(Token::Colon, EXPECTED_COLON)?;
        Ok(key)
    }

    /// The rest of a string after its opening quote: its code units.
    fn scan_string(&mut self) -> Parsed<Vec<u16>> {
        let mut out = Utf16Out::new();
        loop {
            let start = self.pos;
            while let Some(&u) = self.src.get(self.pos) {
                if u == u16::from(b'"') || u == u16::from(b'\\') || u < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.extend(self.src[start..self.pos].iter().copied());
            out.check(self.vm)?;
            let Some(&u) = self.src.get(self.pos) else {
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
                self.vm.charge(out.units.len() as u64 / 16)?;
                return Ok(out.units);
            }
            // A backslash: the escape letter is at the cursor.
            let Some(&e) = self.src.get(self.pos) else {
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
                            .src
                            .get(self.pos)
                            .and_then(|&d| char::from_u32(u32::from(d)))
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
            out.push(decoded);
        }
    }

    fn is_digit_at(&self, i: usize) -> bool {
        self.src
            .get(i)
            .is_some_and(|&u| (u16::from(b'0')..=u16::from(b'9')).contains(&u))
    }

    fn skip_digits(&mut self) {
        while self.is_digit_at(self.pos) {
            self.pos += 1;
        }
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn scan_number(&mut self) -> Parsed<f64> {
        let start = self.pos;
        if self.src.get(self.pos) == Some(&u16::from(b'-')) {
            self.pos += 1;
        }
        if self.src.get(self.pos) == Some(&u16::from(b'0')) {
            self.pos += 1;
            // A leading zero must stand alone.
            if self.is_digit_at(self.pos) {
                return self.fail(Token::Number, None);
            }
        } else {
            let digits = self.pos;
            self.skip_digits();
            if self.pos == digits {
                return self.fail(Token::Illegal, Some("No number after minus sign in JSON"));
            }
        }
        if self.src.get(self.pos) == Some(&u16::from(b'.')) {
            self.pos += 1;
            if !self.is_digit_at(self.pos) {
                return self.fail(
                    Token::Illegal,
                    Some("Unterminated fractional number in JSON"),
                );
            }
            self.skip_digits();
        }
        if matches!(self.src.get(self.pos), Some(&u) if u == u16::from(b'e') || u == u16::from(b'E'))
        {
            self.pos += 1;
            if matches!(self.src.get(self.pos), Some(&u) if u == u16::from(b'+') || u == u16::from(b'-'))
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
        // The text is ASCII digits and signs matching the grammar above,
        // which Rust's parser accepts and rounds correctly.
        let text: String = self.src[start..self.pos]
            .iter()
            .map(|&u| char::from(u as u8))
            .collect();
        Ok(text.parse::<f64>().unwrap_or(f64::NAN))
    }

    /// `true`, `false` or `null` (the cursor is on its first letter).
    fn scan_literal(&mut self) -> Parsed<Value> {
        let (word, value): (&[u8], Value) = match self.src.get(self.pos).copied().map(|u| u as u8) {
            Some(b't') => (b"true", Value::Bool(true)),
            Some(b'f') => (b"false", Value::Bool(false)),
            _ => (b"null", Value::Null),
        };
        for &expected in &word[1..] {
            self.pos += 1;
            match self.src.get(self.pos) {
                None => return self.fail(Token::End, None),
                Some(&u) if u == u16::from(expected) => {}
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
    fn tokens_follow_the_first_character() {
        assert_eq!(token_of(None), Token::End);
        assert_eq!(token_of(Some(u16::from(b'-'))), Token::Number);
        assert_eq!(token_of(Some(0xA0)), Token::Illegal);
        assert_eq!(token_of(Some(u16::from(b'\r'))), Token::Space);
    }
}
