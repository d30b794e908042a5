//! Pattern text → syntax tree, as Node 20 reads a pattern without the `u`
//! flag: the ECMAScript grammar with the Annex B.1.2 extensions (`]`, `{`
//! and `}` as literals where they cannot be syntax, identity escapes,
//! legacy octal escapes, `\c` without a control letter meaning a
//! backslash, quantified lookaheads, `\8` and `\9`, `\k` as a plain `k`
//! in a pattern without named groups).
//!
//! The parser is iterative: open groups are an explicit stack, so no
//! pattern can exhaust the host stack here. Groups may still nest at most
//! [`MAX_DEPTH`] deep because the later passes walk the tree recursively.
//! Nodes live in one arena vector.

use super::Error;
use super::chars::{self, Range};

/// How deeply groups (of any kind) may nest.
pub(crate) const MAX_DEPTH: usize = 256;

/// Index of a node in [`Ast::nodes`].
pub(crate) type NodeId = usize;

/// A character class as written: ranges (sorted, merged) and negation.
#[derive(Clone, Debug)]
pub(crate) struct ClassSet {
    pub ranges: Vec<Range>,
    pub negate: bool,
}

/// A zero-width assertion other than lookaround.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assertion {
    /// `^`
    Start,
    /// `$`
    End,
    /// `\b`
    Word,
    /// `\B`
    NotWord,
}

/// A node of the tree.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    /// Matches the empty string.
    Empty,
    /// One code unit.
    Unit(u16),
    /// A class (`[...]`, `\d`, ...), by index into [`Ast::classes`].
    Class(usize),
    /// `.`
    Dot,
    /// `^ $ \b \B`
    Assert(Assertion),
    /// `\N` or `\k<name>` (resolved to the group's number).
    Backref(u32),
    /// A group; `capture` is the group number for capturing groups.
    Group { capture: Option<u32>, body: NodeId },
    /// `(?=` `(?!` `(?<=` `(?<!`.
    Look {
        behind: bool,
        negate: bool,
        body: NodeId,
    },
    /// A quantified atom; `max` is `u32::MAX` for no bound. `caps` are the
    /// capture groups inside the atom (first number, one past the last).
    Repeat {
        body: NodeId,
        min: u32,
        max: u32,
        greedy: bool,
        caps: (u32, u32),
    },
    /// A sequence.
    Concat(Vec<NodeId>),
    /// Alternatives, in order of preference.
    Alt(Vec<NodeId>),
}

/// The parsed pattern.
#[derive(Debug)]
pub(crate) struct Ast {
    pub nodes: Vec<Node>,
    pub classes: Vec<ClassSet>,
    pub root: NodeId,
    /// Number of capture groups.
    pub groups: u32,
    /// Group names with their numbers, in group order.
    pub names: Vec<(String, u32)>,
}

/// What an open group on the parser's stack is.
#[derive(Clone, Copy)]
enum Open {
    Capture(u32),
    NonCapture,
    Look { behind: bool, negate: bool },
}

struct Frame {
    open: Open,
    /// Where the group started (for errors).
    at: usize,
    alts: Vec<NodeId>,
    terms: Vec<NodeId>,
    /// Capture groups opened before this group.
    caps_before: u32,
}

struct Parser<'p> {
    p: &'p [u16],
    i: usize,
    nodes: Vec<Node>,
    classes: Vec<ClassSet>,
    /// Capture groups in the whole pattern (decides `\N`).
    total_groups: u32,
    /// Whether the pattern has a named group (decides `\k`).
    named: bool,
    groups: u32,
    names: Vec<(String, u32)>,
    /// Named references to resolve once all names are known.
    refs: Vec<(NodeId, String, usize)>,
}

/// Parses `pattern`.
pub(crate) fn parse(pattern: &[u16]) -> Result<Ast, Error> {
    let (total_groups, named) = count_groups(pattern);
    let mut parser = Parser {
        p: pattern,
        i: 0,
        nodes: Vec::with_capacity(pattern.len() + 2),
        classes: Vec::new(),
        total_groups,
        named,
        groups: 0,
        names: Vec::new(),
        refs: Vec::new(),
    };
    let root = parser.run()?;
    for (node, name, at) in std::mem::take(&mut parser.refs) {
        let Some(&(_, n)) = parser.names.iter().find(|(g, _)| *g == name) else {
            return Err(Error::new("Invalid named capture referenced", at));
        };
        if let Some(slot) = parser.nodes.get_mut(node) {
            *slot = Node::Backref(n);
        }
    }
    Ok(Ast {
        nodes: parser.nodes,
        classes: parser.classes,
        root,
        groups: parser.groups,
        names: parser.names,
    })
}

const fn u(c: u8) -> u16 {
    c as u16
}

/// The number of capturing groups and whether any is named, from a quick
/// scan (escapes and classes skipped), as the grammar's
/// CountLeftCapturingParensWithin needs before `\N` can be read.
fn count_groups(p: &[u16]) -> (u32, bool) {
    let (mut n, mut named, mut in_class, mut i) = (0u32, false, false, 0);
    while let Some(&c) = p.get(i) {
        if c == u(b'\\') {
            i += 2;
            continue;
        }
        if in_class {
            in_class = c != u(b']');
        } else if c == u(b'[') {
            in_class = true;
        } else if c == u(b'(') {
            if p.get(i + 1) != Some(&u(b'?')) {
                n = n.saturating_add(1);
            } else if p.get(i + 2) == Some(&u(b'<'))
                && !matches!(p.get(i + 3), Some(&0x3D) | Some(&0x21))
            {
                n = n.saturating_add(1);
                named = true;
            }
        }
        i += 1;
    }
    (n, named)
}

fn is_digit(c: u16) -> bool {
    (0x30..=0x39).contains(&c)
}

fn is_letter(c: u16) -> bool {
    matches!(c, 0x41..=0x5A | 0x61..=0x7A)
}

fn hex_value(c: u16) -> Option<u16> {
    char::from_u32(u32::from(c))?.to_digit(16).map(|d| d as u16)
}

/// What a class escape or class atom stands for.
enum ClassAtom {
    Unit(u16),
    Set(&'static [Range], bool),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.p.get(self.i).copied()
    }

    fn at(&self, k: usize) -> Option<u16> {
        self.p.get(self.i + k).copied()
    }

    fn add(&mut self, n: Node) -> NodeId {
        self.nodes.push(n);
        self.nodes.len() - 1
    }

    fn seq(&mut self, mut terms: Vec<NodeId>) -> NodeId {
        match terms.len() {
            0 => self.add(Node::Empty),
            1 => terms.pop().unwrap_or_default(),
            _ => self.add(Node::Concat(terms)),
        }
    }

    fn finish(&mut self, frame: &mut Frame) -> NodeId {
        let terms = std::mem::take(&mut frame.terms);
        let last = self.seq(terms);
        if frame.alts.is_empty() {
            last
        } else {
            let mut alts = std::mem::take(&mut frame.alts);
            alts.push(last);
            self.add(Node::Alt(alts))
        }
    }

    fn run(&mut self) -> Result<NodeId, Error> {
        let mut stack: Vec<Frame> = Vec::new();
        let mut cur = Frame {
            open: Open::NonCapture,
            at: 0,
            alts: Vec::new(),
            terms: Vec::new(),
            caps_before: 0,
        };
        loop {
            let Some(c) = self.peek() else {
                if let Some(open) = stack.last() {
                    return Err(Error::new("Unterminated group", open.at));
                }
                return Ok(self.finish(&mut cur));
            };
            match c {
                0x7C => {
                    // `|`
                    self.i += 1;
                    let alt = self.seq(std::mem::take(&mut cur.terms));
                    cur.alts.push(alt);
                }
                0x29 => {
                    // `)`
                    let Some(outer) = stack.pop() else {
                        return Err(Error::new("Unmatched ')'", self.i));
                    };
                    self.i += 1;
                    let body = self.finish(&mut cur);
                    let inner = std::mem::replace(&mut cur, outer);
                    let node = match inner.open {
                        Open::Capture(n) => Node::Group {
                            capture: Some(n),
                            body,
                        },
                        Open::NonCapture => Node::Group {
                            capture: None,
                            body,
                        },
                        Open::Look { behind, negate } => Node::Look {
                            behind,
                            negate,
                            body,
                        },
                    };
                    let id = self.add(node);
                    let quantifiable = !matches!(inner.open, Open::Look { behind: true, .. });
                    let atom =
                        self.quantifier(id, inner.caps_before, quantifiable, "Invalid quantifier")?;
                    cur.terms.push(atom);
                }
                0x28 => {
                    // `(`
                    let at = self.i;
                    let open = self.group_opener()?;
                    if stack.len() >= MAX_DEPTH {
                        return Err(Error::new(
                            "Regular expression too large (groups nested too deeply)",
                            at,
                        ));
                    }
                    let caps_before = match open {
                        Open::Capture(n) => n - 1,
                        _ => self.groups,
                    };
                    let inner = Frame {
                        open,
                        at,
                        alts: Vec::new(),
                        terms: Vec::new(),
                        caps_before,
                    };
                    stack.push(std::mem::replace(&mut cur, inner));
                }
                _ => {
                    let caps = self.groups;
                    let (id, quantifiable) = self.atom()?;
                    let atom = self.quantifier(id, caps, quantifiable, "Nothing to repeat")?;
                    cur.terms.push(atom);
                }
            }
        }
    }

    /// Reads `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`.
    fn group_opener(&mut self) -> Result<Open, Error> {
        let at = self.i;
        self.i += 1;
        if self.peek() != Some(u(b'?')) {
            self.groups += 1;
            return Ok(Open::Capture(self.groups));
        }
        let open = match (self.at(1), self.at(2)) {
            (Some(0x3A), _) => Open::NonCapture,
            (Some(0x3D), _) => Open::Look {
                behind: false,
                negate: false,
            },
            (Some(0x21), _) => Open::Look {
                behind: false,
                negate: true,
            },
            (Some(0x3C), Some(0x3D)) => {
                self.i += 1;
                Open::Look {
                    behind: true,
                    negate: false,
                }
            }
            (Some(0x3C), Some(0x21)) => {
                self.i += 1;
                Open::Look {
                    behind: true,
                    negate: true,
                }
            }
            (Some(0x3C), _) => {
                self.i += 2;
                let name = self.group_name()?;
                if self.names.iter().any(|(n, _)| *n == name) {
                    return Err(Error::new("Duplicate capture group name", at));
                }
                self.groups += 1;
                self.names.push((name, self.groups));
                return Ok(Open::Capture(self.groups));
            }
            _ => return Err(Error::new("Invalid group", at)),
        };
        self.i += 2;
        Ok(open)
    }

    /// Reads a RegExpIdentifierName and its closing `>` (after `<`).
    fn group_name(&mut self) -> Result<String, Error> {
        let start = self.i;
        let bad = |at| Error::new("Invalid capture group name", at);
        let mut name = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(bad(start));
            };
            if c == u(b'>') {
                self.i += 1;
                break;
            }
            let cp = if c == u(b'\\') {
                self.i += 1;
                self.name_escape()?
            } else {
                self.i += 1;
                let mut cp = u32::from(c);
                if (0xD800..0xDC00).contains(&c) {
                    if let Some(t) = self.peek().filter(|t| (0xDC00..0xE000).contains(t)) {
                        self.i += 1;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (u32::from(t) - 0xDC00);
                    }
                }
                cp
            };
            let ch = char::from_u32(cp).ok_or_else(|| bad(start))?;
            let ok = if name.is_empty() {
                ch == '$' || ch == '_' || unicode_id_start::is_id_start(ch)
            } else {
                ch == '$'
                    || ch == '\u{200C}'
                    || ch == '\u{200D}'
                    || unicode_id_start::is_id_continue(ch)
            };
            if !ok {
                return Err(bad(start));
            }
            name.push(ch);
        }
        if name.is_empty() {
            return Err(bad(start));
        }
        Ok(name)
    }

    /// A `\u` escape in a group name (after the backslash): `\uXXXX`, a
    /// surrogate pair of such escapes, or `\u{...}`.
    fn name_escape(&mut self) -> Result<u32, Error> {
        let at = self.i;
        let bad = || Error::new("Invalid Unicode escape", at);
        if self.peek() != Some(u(b'u')) {
            return Err(Error::new("Invalid capture group name", at));
        }
        self.i += 1;
        if self.peek() == Some(u(b'{')) {
            self.i += 1;
            let mut v: u32 = 0;
            let mut digits = 0;
            while let Some(d) = self.peek().and_then(hex_value) {
                v = v.saturating_mul(16).saturating_add(u32::from(d));
                digits += 1;
                self.i += 1;
            }
            if digits == 0 || self.peek() != Some(u(b'}')) || v > 0x10FFFF {
                return Err(bad());
            }
            self.i += 1;
            return Ok(v);
        }
        let lead = self.hex4().ok_or_else(bad)?;
        if (0xD800..0xDC00).contains(&lead)
            && self.peek() == Some(u(b'\\'))
            && self.at(1) == Some(u(b'u'))
        {
            let save = self.i;
            self.i += 2;
            match self.hex4() {
                Some(t) if (0xDC00..0xE000).contains(&t) => {
                    return Ok(0x10000
                        + ((u32::from(lead) - 0xD800) << 10)
                        + (u32::from(t) - 0xDC00));
                }
                _ => self.i = save,
            }
        }
        Ok(u32::from(lead))
    }

    /// Four hex digits at the cursor, consumed when present.
    fn hex4(&mut self) -> Option<u16> {
        let mut v = 0u16;
        for k in 0..4 {
            v = v * 16 + self.at(k).and_then(hex_value)?;
        }
        self.i += 4;
        Some(v)
    }

    /// Two hex digits at the cursor, consumed when present.
    fn hex2(&mut self) -> Option<u16> {
        let v = self.at(0).and_then(hex_value)? * 16 + self.at(1).and_then(hex_value)?;
        self.i += 2;
        Some(v)
    }

    /// A legacy octal escape whose first digit (0-7) is at the cursor.
    fn octal(&mut self) -> u16 {
        let first = self.peek().unwrap_or(0x30) - 0x30;
        self.i += 1;
        let mut v = first;
        let max_more = if first <= 3 { 2 } else { 1 };
        for _ in 0..max_more {
            match self.peek() {
                Some(d) if (0x30..=0x37).contains(&d) => {
                    v = v * 8 + (d - 0x30);
                    self.i += 1;
                }
                _ => break,
            }
        }
        v
    }

    /// A non-group atom; also says whether a quantifier may follow it.
    fn atom(&mut self) -> Result<(NodeId, bool), Error> {
        let at = self.i;
        let c = self.peek().unwrap_or(0);
        match c {
            0x5E => {
                self.i += 1;
                Ok((self.add(Node::Assert(Assertion::Start)), false))
            }
            0x24 => {
                self.i += 1;
                Ok((self.add(Node::Assert(Assertion::End)), false))
            }
            0x2E => {
                self.i += 1;
                Ok((self.add(Node::Dot), true))
            }
            0x2A | 0x2B | 0x3F => Err(Error::new("Nothing to repeat", at)),
            0x7B => {
                if self.braced_quantifier(self.i).is_some() {
                    return Err(Error::new("Nothing to repeat", at));
                }
                self.i += 1;
                Ok((self.add(Node::Unit(c)), true))
            }
            0x5B => {
                let class = self.class()?;
                Ok((self.add(Node::Class(class)), true))
            }
            0x5C => self.escape(),
            _ => {
                self.i += 1;
                Ok((self.add(Node::Unit(c)), true))
            }
        }
    }

    fn set_node(&mut self, ranges: &'static [Range], negate: bool) -> NodeId {
        self.classes.push(ClassSet {
            ranges: ranges.to_vec(),
            negate,
        });
        let k = self.classes.len() - 1;
        self.add(Node::Class(k))
    }

    /// An escape outside a class (the cursor is on the backslash).
    fn escape(&mut self) -> Result<(NodeId, bool), Error> {
        let at = self.i;
        let Some(c) = self.at(1) else {
            return Err(Error::new("\\ at end of pattern", at));
        };
        self.i += 2;
        let unit = match c {
            0x62 => return Ok((self.add(Node::Assert(Assertion::Word)), false)),
            0x42 => return Ok((self.add(Node::Assert(Assertion::NotWord)), false)),
            0x31..=0x39 => {
                self.i -= 1;
                let start = self.i;
                let mut n: u32 = 0;
                while let Some(d) = self.peek().filter(|&d| is_digit(d)) {
                    n = n.saturating_mul(10).saturating_add(u32::from(d - 0x30));
                    self.i += 1;
                }
                if n <= self.total_groups {
                    return Ok((self.add(Node::Backref(n)), true));
                }
                self.i = start;
                if c >= 0x38 {
                    self.i += 1;
                    c
                } else {
                    self.octal()
                }
            }
            0x30 => {
                self.i -= 1;
                self.octal()
            }
            0x6B if self.named => {
                if self.peek() != Some(u(b'<')) {
                    return Err(Error::new("Invalid named reference", at));
                }
                self.i += 1;
                let name = self.group_name()?;
                let id = self.add(Node::Empty);
                self.refs.push((id, name, at));
                return Ok((id, true));
            }
            0x63 => match self.peek() {
                Some(l) if is_letter(l) => {
                    self.i += 1;
                    l % 32
                }
                _ => {
                    // `\` alone: the `c` is read again as a literal.
                    self.i -= 1;
                    u(b'\\')
                }
            },
            _ => match self.common_escape(c) {
                Some(ClassAtom::Unit(v)) => v,
                Some(ClassAtom::Set(ranges, negate)) => {
                    return Ok((self.set_node(ranges, negate), true));
                }
                None => c,
            },
        };
        Ok((self.add(Node::Unit(unit)), true))
    }

    /// Escapes that mean the same inside and outside classes (the cursor
    /// is after the escaped letter `c`): class escapes, control escapes,
    /// `\x`, `\u`. `None` for an identity escape.
    fn common_escape(&mut self, c: u16) -> Option<ClassAtom> {
        Some(match c {
            0x64 => ClassAtom::Set(chars::DIGITS, false),
            0x44 => ClassAtom::Set(chars::DIGITS, true),
            0x77 => ClassAtom::Set(chars::WORD, false),
            0x57 => ClassAtom::Set(chars::WORD, true),
            0x73 => ClassAtom::Set(chars::SPACE, false),
            0x53 => ClassAtom::Set(chars::SPACE, true),
            0x66 => ClassAtom::Unit(0x0C),
            0x6E => ClassAtom::Unit(0x0A),
            0x72 => ClassAtom::Unit(0x0D),
            0x74 => ClassAtom::Unit(0x09),
            0x76 => ClassAtom::Unit(0x0B),
            0x78 => ClassAtom::Unit(self.hex2().unwrap_or(c)),
            0x75 => ClassAtom::Unit(self.hex4().unwrap_or(c)),
            _ => return None,
        })
    }

    /// A character class (the cursor is on `[`).
    fn class(&mut self) -> Result<usize, Error> {
        let start = self.i;
        self.i += 1;
        let negate = self.peek() == Some(u(b'^'));
        if negate {
            self.i += 1;
        }
        let mut ranges: Vec<Range> = Vec::new();
        let add = |ranges: &mut Vec<Range>, a: &ClassAtom| match a {
            ClassAtom::Unit(v) => ranges.push((*v, *v)),
            ClassAtom::Set(set, false) => ranges.extend_from_slice(set),
            ClassAtom::Set(set, true) => ranges.extend(chars::complement(set)),
        };
        loop {
            match self.peek() {
                None => return Err(Error::new("Unterminated character class", start)),
                Some(0x5D) => {
                    self.i += 1;
                    break;
                }
                Some(_) => {}
            }
            let first_at = self.i;
            let first = self.class_atom()?;
            if self.peek() == Some(u(b'-')) && self.at(1).is_some_and(|c| c != u(b']')) {
                self.i += 1;
                let second = self.class_atom()?;
                match (&first, &second) {
                    (ClassAtom::Unit(a), ClassAtom::Unit(b)) => {
                        if a > b {
                            return Err(Error::new(
                                "Range out of order in character class",
                                first_at,
                            ));
                        }
                        ranges.push((*a, *b));
                    }
                    _ => {
                        add(&mut ranges, &first);
                        ranges.push((u(b'-'), u(b'-')));
                        add(&mut ranges, &second);
                    }
                }
            } else {
                add(&mut ranges, &first);
            }
        }
        chars::normalize(&mut ranges);
        self.classes.push(ClassSet { ranges, negate });
        Ok(self.classes.len() - 1)
    }

    /// One atom of a class (the cursor is on it, before `]`).
    fn class_atom(&mut self) -> Result<ClassAtom, Error> {
        let at = self.i;
        let c = self
            .peek()
            .ok_or_else(|| Error::new("Unterminated character class", at))?;
        self.i += 1;
        if c != u(b'\\') {
            return Ok(ClassAtom::Unit(c));
        }
        let Some(e) = self.peek() else {
            return Err(Error::new("\\ at end of pattern", at));
        };
        self.i += 1;
        Ok(match e {
            0x62 => ClassAtom::Unit(0x08),
            0x30..=0x37 => {
                self.i -= 1;
                ClassAtom::Unit(self.octal())
            }
            0x63 => match self.peek() {
                Some(l) if is_letter(l) || is_digit(l) || l == u(b'_') => {
                    self.i += 1;
                    ClassAtom::Unit(l % 32)
                }
                _ => {
                    self.i -= 1;
                    ClassAtom::Unit(u(b'\\'))
                }
            },
            0x6B if self.named => return Err(Error::new("Invalid escape", at)),
            _ => self.common_escape(e).unwrap_or(ClassAtom::Unit(e)),
        })
    }

    /// The bounds of a well-formed `{n}`, `{n,}` or `{n,m}` at `i`, and
    /// where it ends. Values past `i32::MAX` are clamped, as V8 does.
    fn braced_quantifier(&self, i: usize) -> Option<(u32, u32, usize)> {
        let p = self.p;
        if p.get(i) != Some(&u(b'{')) {
            return None;
        }
        let number = |mut j: usize| -> Option<(u32, usize)> {
            let start = j;
            let mut v: u32 = 0;
            while let Some(&d) = p.get(j).filter(|&&d| is_digit(d)) {
                v = v
                    .saturating_mul(10)
                    .saturating_add(u32::from(d - 0x30))
                    .min(i32::MAX as u32);
                j += 1;
            }
            (j > start).then_some((v, j))
        };
        let (min, j) = number(i + 1)?;
        match p.get(j).copied() {
            Some(0x7D) => Some((min, min, j + 1)),
            Some(0x2C) => {
                if p.get(j + 1) == Some(&u(b'}')) {
                    return Some((min, u32::MAX, j + 2));
                }
                let (max, k) = number(j + 1)?;
                (p.get(k) == Some(&u(b'}'))).then_some((min, max, k + 1))
            }
            _ => None,
        }
    }

    /// Reads a quantifier after `atom`, if one follows.
    fn quantifier(
        &mut self,
        atom: NodeId,
        caps_before: u32,
        quantifiable: bool,
        refusal: &'static str,
    ) -> Result<NodeId, Error> {
        let at = self.i;
        let (min, max) = match self.peek() {
            Some(0x2A) => {
                self.i += 1;
                (0, u32::MAX)
            }
            Some(0x2B) => {
                self.i += 1;
                (1, u32::MAX)
            }
            Some(0x3F) => {
                self.i += 1;
                (0, 1)
            }
            Some(0x7B) => match self.braced_quantifier(self.i) {
                Some((min, max, end)) => {
                    if max != u32::MAX && min > max {
                        return Err(Error::new("numbers out of order in {} quantifier", at));
                    }
                    self.i = end;
                    (min, max)
                }
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        if !quantifiable {
            return Err(Error::new(refusal, at));
        }
        let greedy = self.peek() != Some(u(b'?'));
        if !greedy {
            self.i += 1;
        }
        let caps = (caps_before + 1, self.groups + 1);
        Ok(self.add(Node::Repeat {
            body: atom,
            min,
            max,
            greedy,
            caps,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Ast, Error> {
        parse(&s.encode_utf16().collect::<Vec<_>>())
    }

    fn err(s: &str) -> String {
        match parse_str(s) {
            Ok(_) => "ok".into(),
            Err(e) => e.message.to_string(),
        }
    }

    #[test]
    fn errors_use_node_wording() {
        assert_eq!(err("("), "Unterminated group");
        assert_eq!(err(")"), "Unmatched ')'");
        assert_eq!(err("["), "Unterminated character class");
        assert_eq!(err("a**"), "Nothing to repeat");
        assert_eq!(err("^*"), "Nothing to repeat");
        assert_eq!(err("x{2,1}"), "numbers out of order in {} quantifier");
        assert_eq!(err("[b-a]"), "Range out of order in character class");
        assert_eq!(err("\\"), "\\ at end of pattern");
        assert_eq!(err("(?x)"), "Invalid group");
        assert_eq!(err("(?<1a>x)"), "Invalid capture group name");
        assert_eq!(err("(?<a>x)(?<a>y)"), "Duplicate capture group name");
        assert_eq!(err("(?<a>x)\\k<b>"), "Invalid named capture referenced");
        assert_eq!(err("(?<a>x)\\k"), "Invalid named reference");
        assert_eq!(err("(?<a>x)[\\k]"), "Invalid escape");
        assert_eq!(err("(?<=a)*"), "Invalid quantifier");
        assert_eq!(err("{1}"), "Nothing to repeat");
        assert_eq!(err("a{1}{2}"), "Nothing to repeat");
        for ok in [
            "]",
            "{",
            "}",
            "a{,5}",
            "a{1,",
            "\\k<a>",
            "(?=a)*",
            "[\\d-x]",
            "\\c1",
            "[]",
            "[^]",
            "a{2147483648,2147483647}",
        ] {
            assert_eq!(err(ok), "ok", "{ok}");
        }
    }

    #[test]
    fn annex_b_escapes() {
        let single = |s: &str| -> Vec<Node> { parse_str(s).map(|a| a.nodes).unwrap_or_default() };
        assert!(matches!(single("\\1")[..], [Node::Unit(1)]));
        assert!(matches!(single("\\8")[..], [Node::Unit(0x38)]));
        assert!(matches!(single("\\0")[..], [Node::Unit(0)]));
        assert!(matches!(single("\\377")[..], [Node::Unit(0xFF)]));
        assert!(matches!(single("\\cJ")[..], [Node::Unit(0x0A)]));
        assert!(matches!(
            single("\\x4")[..],
            [Node::Unit(0x78), Node::Unit(0x34), Node::Concat(_)]
        ));
        assert!(matches!(single("\\k")[..], [Node::Unit(0x6B)]));
        let refs = parse_str("\\2(a)(b)").map(|a| a.nodes).unwrap_or_default();
        assert!(matches!(refs[0], Node::Backref(2)));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep: Vec<u16> = "(".repeat(100_000).encode_utf16().collect();
        assert!(parse(&deep).is_err());
        let ok = format!("{}a{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(parse_str(&ok).map(|a| a.groups).ok(), Some(200));
    }
}
