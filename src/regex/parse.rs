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
//! Nodes live in one arena, and the items of sequences and alternations in
//! another, both inline up to a typical pattern's size: compiling a literal
//! is part of compiling every function, and the allocations of a tree with
//! a vector per sequence were a good part of that cost. A node is created
//! after its children, so a child's id is always below its parent's.

use super::Error;
use super::chars::{self, Range};
use smallvec::SmallVec;
use std::borrow::Cow;

/// How deeply groups (of any kind) may nest.
pub(crate) const MAX_DEPTH: usize = 256;

/// Index of a node in [`Ast::nodes`].
pub(crate) type NodeId = u32;

/// Nodes a pattern may have before its arena moves to the heap.
const INLINE_NODES: usize = 32;

/// Sequence and alternation items (and, while parsing, pending terms)
/// kept inline.
const INLINE_ITEMS: usize = 32;

/// The items of a sequence or an alternation: `len` ids from `start` in
/// [`Ast::lists`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct List {
    pub start: u32,
    pub len: u32,
}

/// A character class as written: ranges (sorted, merged) and negation.
/// `\d`, `\w` and `\s` outside brackets borrow the static tables.
#[derive(Clone, Debug)]
pub(crate) struct ClassSet {
    pub ranges: Cow<'static, [Range]>,
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
#[derive(Clone, Copy, Debug)]
pub(crate) enum Node {
    /// Matches the empty string.
    Empty,
    /// One code unit.
    Unit(u16),
    /// A class (`[...]`, `\d`, ...), by index into [`Ast::classes`].
    Class(u32),
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
    /// A sequence (at least two items).
    Concat(List),
    /// Alternatives, in order of preference (at least two).
    Alt(List),
}

/// The parsed pattern.
#[derive(Debug)]
pub(crate) struct Ast {
    pub nodes: SmallVec<[Node; INLINE_NODES]>,
    /// The items of every [`List`].
    pub lists: SmallVec<[NodeId; INLINE_ITEMS]>,
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

impl Ast {
    /// An empty tree.
    pub(crate) fn new() -> Ast {
        Ast {
            nodes: SmallVec::new(),
            lists: SmallVec::new(),
            classes: Vec::new(),
            root: 0,
            groups: 0,
            names: Vec::new(),
        }
    }

    /// The node `id` (`Empty` for an id the tree does not have).
    pub(crate) fn node(&self, id: NodeId) -> Node {
        self.nodes.get(id as usize).copied().unwrap_or(Node::Empty)
    }

    /// The items of `list`, in order.
    pub(crate) fn items(&self, list: List) -> &[NodeId] {
        let start = list.start as usize;
        self.lists
            .get(start..start + list.len as usize)
            .unwrap_or(&[])
    }
}

/// An open group. Its alternatives and terms are the top of the parser's
/// item stack: the closed alternatives (one node each) from `alts_from`,
/// then the terms of the current one from `terms_from`.
struct Frame {
    open: Open,
    /// Where the group started (for errors).
    at: usize,
    alts_from: usize,
    terms_from: usize,
    /// Capture groups opened before this group.
    caps_before: u32,
}

struct Parser<'p> {
    p: &'p [u16],
    i: usize,
    /// The tree being built (its `groups` counts the groups opened so far).
    ast: &'p mut Ast,
    /// Pending items of the open groups (see [`Frame`]).
    items: SmallVec<[NodeId; INLINE_ITEMS]>,
    /// Capture groups in the whole pattern (decides `\N`) and whether any
    /// is named (decides `\k`): [`count_groups`], made when an escape
    /// first needs it, as most patterns have no `\N` or `\k`.
    counts: Option<(u32, bool)>,
    /// Named references to resolve once all names are known.
    refs: Vec<(NodeId, String, usize)>,
}

/// Parses `pattern` into `ast`, an empty tree ([`Ast::new`]) that the
/// caller keeps in place: the tree's inline arenas are not copied around.
pub(crate) fn parse(pattern: &[u16], ast: &mut Ast) -> Result<(), Error> {
    ast.nodes.reserve(pattern.len() + 2);
    let mut parser = Parser {
        p: pattern,
        i: 0,
        ast,
        items: SmallVec::new(),
        counts: None,
        refs: Vec::new(),
    };
    let root = parser.run()?;
    for (node, name, at) in std::mem::take(&mut parser.refs) {
        let Some(&(_, n)) = parser.ast.names.iter().find(|(g, _)| *g == name) else {
            return Err(Error::new("Invalid named capture referenced", at));
        };
        if let Some(slot) = parser.ast.nodes.get_mut(node as usize) {
            *slot = Node::Backref(n);
        }
    }
    parser.ast.root = root;
    Ok(())
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

    /// The pattern's capture groups and whether any is named.
    fn counts(&mut self) -> (u32, bool) {
        *self.counts.get_or_insert_with(|| count_groups(self.p))
    }

    fn add(&mut self, n: Node) -> NodeId {
        self.ast.nodes.push(n);
        (self.ast.nodes.len() - 1) as NodeId
    }

    /// Moves the pending items from `from` on into a [`List`].
    fn take_list(&mut self, from: usize) -> List {
        let start = self.ast.lists.len() as u32;
        let items = self.items.get(from..).unwrap_or(&[]);
        // Pushed one by one: `extend_from_slice`'s general insertion costs
        // more than the few ids a list has.
        self.ast.lists.reserve(items.len());
        for &id in items {
            self.ast.lists.push(id);
        }
        self.items.truncate(from);
        List {
            start,
            len: self.ast.lists.len() as u32 - start,
        }
    }

    /// The sequence of the pending terms from `from` on (which it takes).
    fn seq(&mut self, from: usize) -> NodeId {
        match self.items.len().saturating_sub(from) {
            0 => self.add(Node::Empty),
            1 => self.items.pop().unwrap_or_default(),
            _ => {
                let list = self.take_list(from);
                self.add(Node::Concat(list))
            }
        }
    }

    /// The body of `frame`: its current sequence, or the alternation of
    /// its alternatives and that sequence.
    fn finish(&mut self, frame: &Frame) -> NodeId {
        let last = self.seq(frame.terms_from);
        if frame.terms_from == frame.alts_from {
            last
        } else {
            self.items.push(last);
            let list = self.take_list(frame.alts_from);
            self.add(Node::Alt(list))
        }
    }

    fn run(&mut self) -> Result<NodeId, Error> {
        let mut stack: SmallVec<[Frame; 8]> = SmallVec::new();
        let mut cur = Frame {
            open: Open::NonCapture,
            at: 0,
            alts_from: 0,
            terms_from: 0,
            caps_before: 0,
        };
        loop {
            let Some(c) = self.peek() else {
                if let Some(open) = stack.last() {
                    return Err(Error::new("Unterminated group", open.at));
                }
                return Ok(self.finish(&cur));
            };
            match c {
                0x7C => {
                    // `|`
                    self.i += 1;
                    let alt = self.seq(cur.terms_from);
                    self.items.push(alt);
                    cur.terms_from += 1;
                }
                0x29 => {
                    // `)`
                    let Some(outer) = stack.pop() else {
                        return Err(Error::new("Unmatched ')'", self.i));
                    };
                    self.i += 1;
                    let body = self.finish(&cur);
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
                    self.items.push(atom);
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
                        _ => self.ast.groups,
                    };
                    let inner = Frame {
                        open,
                        at,
                        alts_from: self.items.len(),
                        terms_from: self.items.len(),
                        caps_before,
                    };
                    stack.push(std::mem::replace(&mut cur, inner));
                }
                _ => {
                    let caps = self.ast.groups;
                    let (id, quantifiable) = self.atom()?;
                    let atom = self.quantifier(id, caps, quantifiable, "Nothing to repeat")?;
                    self.items.push(atom);
                }
            }
        }
    }

    /// Reads `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`.
    fn group_opener(&mut self) -> Result<Open, Error> {
        let at = self.i;
        self.i += 1;
        if self.peek() != Some(u(b'?')) {
            self.ast.groups += 1;
            return Ok(Open::Capture(self.ast.groups));
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
                if self.ast.names.iter().any(|(n, _)| *n == name) {
                    return Err(Error::new("Duplicate capture group name", at));
                }
                self.ast.groups += 1;
                self.ast.names.push((name, self.ast.groups));
                return Ok(Open::Capture(self.ast.groups));
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
        self.ast.classes.push(ClassSet {
            ranges: Cow::Borrowed(ranges),
            negate,
        });
        let k = (self.ast.classes.len() - 1) as u32;
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
                if n <= self.counts().0 {
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
            0x6B if self.counts().1 => {
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
    fn class(&mut self) -> Result<u32, Error> {
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
        self.ast.classes.push(ClassSet {
            ranges: Cow::Owned(ranges),
            negate,
        });
        Ok((self.ast.classes.len() - 1) as u32)
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
            0x6B if self.counts().1 => return Err(Error::new("Invalid escape", at)),
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
    #[inline]
    fn quantifier(
        &mut self,
        atom: NodeId,
        caps_before: u32,
        quantifiable: bool,
        refusal: &'static str,
    ) -> Result<NodeId, Error> {
        // Most atoms have no quantifier: the check is made here, inline.
        if !matches!(self.peek(), Some(0x2A | 0x2B | 0x3F | 0x7B)) {
            return Ok(atom);
        }
        self.quantified(atom, caps_before, quantifiable, refusal)
    }

    /// [`Parser::quantifier`] when one of `*+?{` follows.
    fn quantified(
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
        let caps = (caps_before + 1, self.ast.groups + 1);
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
        let mut ast = Ast::new();
        parse(&s.encode_utf16().collect::<Vec<_>>(), &mut ast)?;
        Ok(ast)
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
        let single =
            |s: &str| -> Vec<Node> { parse_str(s).map(|a| a.nodes.to_vec()).unwrap_or_default() };
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
        let refs = parse_str("\\2(a)(b)")
            .map(|a| a.nodes.to_vec())
            .unwrap_or_default();
        assert!(matches!(refs[0], Node::Backref(2)));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep: Vec<u16> = "(".repeat(100_000).encode_utf16().collect();
        assert!(parse(&deep, &mut Ast::new()).is_err());
        let ok = format!("{}a{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(parse_str(&ok).map(|a| a.groups).ok(), Some(200));
    }
}
