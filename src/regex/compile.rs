//! Syntax tree → program: a flat list of instructions for the
//! backtracking matcher in `exec.rs`, plus the facts the search uses to
//! skip start positions (anchoring, the set of possible first units, the
//! shortest match length).
//!
//! Registers: slots `0..2 * (groups + 1)` hold the capture ranges (group 0
//! is the whole match); after them come one "open" slot per capture group
//! (where the group was entered), and the counters, iteration starts and
//! lookaround bookkeeping of quantifiers and lookarounds. Every register
//! write is undone on backtracking, so a program is re-entrant over
//! iterations of loops and alternatives without copying state.

use super::chars::{self, Range};
use super::parse::{Assertion, Ast, ClassSet, Node, NodeId};
use smallvec::SmallVec;
use std::borrow::Cow;

/// No value in a register (an unset capture).
pub(crate) const NONE: u32 = u32::MAX;

/// A single-unit test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Test {
    /// The unit equals this one.
    Unit(u16),
    /// The unit's canonical form (case folding) equals this one.
    Fold(u16),
    /// The unit is in class `k` of [`Program::classes`].
    Class(u32),
    /// Any unit but a line terminator (`.`).
    Dot,
}

/// A zero-width test of the position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// `^` without `m`: the start of input.
    InputStart,
    /// `^` with `m`: the start of input or after a line terminator.
    LineStart,
    /// `$` without `m`: the end of input.
    InputEnd,
    /// `$` with `m`: the end of input or before a line terminator.
    LineEnd,
    /// `\b`
    Word,
    /// `\B`
    NotWord,
}

/// One instruction. `pc` operands are indices into [`Program::insts`];
/// register operands index the matcher's registers (see the module doc).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Inst {
    /// Consumes the unit after the position if it passes the test.
    Fwd(Test),
    /// Consumes the unit before the position if it passes (lookbehind).
    Back(Test),
    /// A quantified single-unit test, matched without a loop: greedy
    /// takes as many units as allowed (at least `min`, at most `max`) and
    /// gives them back one by one on backtracking; lazy takes `min` and
    /// then one more per backtrack. `back` reads leftwards.
    Star {
        test: Test,
        min: u32,
        max: u32,
        greedy: bool,
        back: bool,
    },
    /// Fails unless the position passes the test.
    Assert(Position),
    /// Continues at `pc`.
    Jump(u32),
    /// Continues with the next instruction; on backtracking, at `pc`.
    Fork(u32),
    /// Continues at `pc`; on backtracking, with the next instruction.
    ForkJump(u32),
    /// Records the position in register `slot` (a group is entered).
    Open { slot: u32 },
    /// Sets capture `group` from its open slot and the position (ends
    /// swapped when the group was matched backwards).
    Close { group: u32, open: u32, back: bool },
    /// Resets capture groups `from..to` (start of a loop iteration).
    Clear { from: u32, to: u32 },
    /// Matches the text of capture `group` again (nothing when the group
    /// is unset), comparing canonical forms under `fold`, leftwards when
    /// `back`.
    Backref { group: u32, fold: bool, back: bool },
    /// Sets loop counter `counter` to 0.
    LoopInit { counter: u32 },
    /// Decides the next iteration of a loop whose count is in `counter`:
    /// exits to `exit` once `max` iterations were made, enters the body
    /// (the next instruction) while fewer than `min` were, otherwise tries
    /// one before the other as `greedy` says.
    LoopHead {
        counter: u32,
        min: u32,
        max: u32,
        greedy: bool,
        exit: u32,
    },
    /// Records where this iteration started in register `start`.
    LoopBody { start: u32 },
    /// Ends an iteration: fails if it matched the empty string once the
    /// minimum was reached (RepeatMatcher's rule; `start` is `NONE` when
    /// the body cannot match empty), else counts it and goes to `head`.
    LoopTail {
        counter: u32,
        start: u32,
        min: u32,
        head: u32,
    },
    /// Enters a lookaround: saves the position in `pos` and the backtrack
    /// stack height in `mark`, and pushes a mark. If the body fails, a
    /// negative lookaround continues at `exit`.
    LookStart {
        pos: u32,
        mark: u32,
        negate: bool,
        exit: u32,
    },
    /// The lookaround body matched: a positive one drops the body's
    /// choice points (lookarounds are atomic), keeps its captures and
    /// continues at the saved position; a negative one undoes the body
    /// and fails.
    LookEnd { pos: u32, mark: u32, negate: bool },
    /// The whole pattern matched.
    Match,
}

/// A class ready for matching: a bitmap of the units below 256 with case
/// folding and negation applied, and the ranges for other units.
#[derive(Clone, Debug)]
pub(crate) struct Class {
    low: [u64; 4],
    ranges: Cow<'static, [Range]>,
    negate: bool,
    fold: bool,
}

impl Class {
    fn new(set: ClassSet, fold: bool) -> Class {
        let mut low = chars::low_bitmap(&set.ranges, fold);
        if set.negate {
            for w in &mut low {
                *w = !*w;
            }
        }
        Class {
            low,
            ranges: set.ranges,
            negate: set.negate,
            fold,
        }
    }

    /// CharacterSetMatcher: some member has the unit's canonical form.
    fn slow(&self, u: u16) -> bool {
        let mut found = chars::contains(&self.ranges, u);
        if !found && self.fold {
            if let Some(class) = chars::fold_class(u) {
                found = class.iter().any(|&m| chars::contains(&self.ranges, m));
            }
        }
        found != self.negate
    }

    /// Whether unit `u` matches.
    #[inline]
    pub(crate) fn matches(&self, u: u16) -> bool {
        match self.low.get(usize::from(u >> 6)) {
            Some(w) => w & (1 << (u & 63)) != 0,
            None => self.slow(u),
        }
    }

    /// Whether some unit of 128 or more might match.
    fn reaches_high(&self) -> bool {
        self.negate || self.ranges.last().is_some_and(|&(_, hi)| hi >= 128)
    }
}

/// The units a match can start with: a bitmap for units below 256, and
/// whether any unit from 256 up may start one.
#[derive(Clone, Debug, Default)]
pub(crate) struct FirstSet {
    low: [u64; 4],
    high: bool,
}

impl FirstSet {
    fn add(&mut self, u: u16) {
        if u < 256 {
            self.low[usize::from(u >> 6)] |= 1 << (u & 63);
        } else {
            self.high = true;
        }
    }

    fn union(&mut self, other: &FirstSet) {
        for (a, b) in self.low.iter_mut().zip(other.low) {
            *a |= b;
        }
        self.high |= other.high;
    }

    /// Whether a match may start with `u`.
    #[inline]
    pub(crate) fn contains(&self, u: u16) -> bool {
        if u < 256 {
            self.low[usize::from(u >> 6)] & (1 << (u & 63)) != 0
        } else {
            self.high
        }
    }
}

/// Where a match can start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Anywhere.
    None,
    /// Only at the start of input (`^` without `m` begins every
    /// alternative).
    Input,
    /// Only at the start of a line (`^` with `m`).
    Line,
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    /// Registers the matcher needs.
    pub regs: usize,
    /// Capture groups, group 0 included.
    pub groups: usize,
    pub anchor: Anchor,
    /// The possible first units, when every match consumes at least one.
    pub first: Option<FirstSet>,
    /// The fewest units any match consumes.
    pub min_len: usize,
}

struct Compiler<'a> {
    ast: &'a Ast,
    fold: bool,
    multiline: bool,
    insts: Vec<Inst>,
    /// The program's classes: class `k` of the tree is class `k` here.
    classes: Vec<Class>,
    regs: u32,
    /// The fewest units each node can consume, by node id.
    min_lens: SmallVec<[u64; 32]>,
}

/// Appends to `out` the fewest units each node of `ast` can consume, by
/// node id: one pass in id order, since a node's children come before it.
fn min_lens(ast: &Ast, out: &mut SmallVec<[u64; 32]>) {
    out.reserve(ast.nodes.len());
    for node in &ast.nodes {
        let of = |id: NodeId| out.get(id as usize).copied().unwrap_or(0);
        let n = match *node {
            Node::Unit(_) | Node::Class(_) | Node::Dot => 1,
            Node::Empty | Node::Assert(_) | Node::Look { .. } | Node::Backref(_) => 0,
            Node::Group { body, .. } => of(body),
            Node::Repeat { body, min, .. } => of(body).saturating_mul(u64::from(min)),
            Node::Concat(items) => ast
                .items(items)
                .iter()
                .fold(0u64, |a, &n| a.saturating_add(of(n))),
            Node::Alt(alts) => ast.items(alts).iter().map(|&n| of(n)).min().unwrap_or(0),
        };
        out.push(n);
    }
}

/// Compiles `ast` with the `i` (`fold`) and `m` flags; its classes move
/// into the program.
pub(crate) fn compile(ast: &mut Ast, fold: bool, multiline: bool) -> Program {
    let groups = ast.groups + 1;
    let classes = ast
        .classes
        .drain(..)
        .map(|set| Class::new(set, fold))
        .collect();
    let ast: &Ast = ast;
    let mut c = Compiler {
        ast,
        fold,
        multiline,
        insts: Vec::with_capacity(ast.nodes.len() + 2),
        classes,
        // Capture pairs, then one open slot per group (0 unused).
        regs: groups * 3,
        min_lens: SmallVec::new(),
    };
    min_lens(ast, &mut c.min_lens);
    c.emit(ast.root, false);
    c.insts.push(Inst::Match);
    let (first, nullable) = c.first(ast.root);
    let anchor = match (c.anchored(ast.root), multiline) {
        (false, _) => Anchor::None,
        (true, false) => Anchor::Input,
        (true, true) => Anchor::Line,
    };
    Program {
        min_len: c.min_len(ast.root) as usize,
        first: if nullable { None } else { first },
        anchor,
        insts: c.insts,
        classes: c.classes,
        regs: c.regs as usize,
        groups: groups as usize,
    }
}

impl Compiler<'_> {
    fn node(&self, id: NodeId) -> Node {
        self.ast.node(id)
    }

    fn reg(&mut self) -> u32 {
        self.regs += 1;
        self.regs - 1
    }

    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    /// Points the jump target of instruction `at` to `target`.
    fn patch(&mut self, at: usize, target: u32) {
        match self.insts.get_mut(at) {
            Some(Inst::Jump(t) | Inst::Fork(t) | Inst::ForkJump(t)) => *t = target,
            Some(Inst::LoopHead { exit, .. } | Inst::LookStart { exit, .. }) => *exit = target,
            _ => {}
        }
    }

    /// The single-unit test `id` is, if it is one.
    fn test(&self, id: NodeId) -> Option<Test> {
        match self.node(id) {
            Node::Group {
                capture: None,
                body,
            } => self.test(body),
            node => self.leaf_test(node),
        }
    }

    /// The test of a unit, class or `.` node.
    fn leaf_test(&self, node: Node) -> Option<Test> {
        match node {
            Node::Unit(u) => Some(if self.fold && chars::fold_class(u).is_some() {
                Test::Fold(chars::canonicalize(u))
            } else {
                Test::Unit(u)
            }),
            Node::Class(k) => Some(Test::Class(k)),
            Node::Dot => Some(Test::Dot),
            _ => None,
        }
    }

    /// [`Compiler::emit`] for an item of a sequence: most are single
    /// units, emitted here without the call.
    #[inline]
    fn emit_item(&mut self, id: NodeId, back: bool) {
        match self.leaf_test(self.node(id)) {
            Some(t) => {
                self.push(if back { Inst::Back(t) } else { Inst::Fwd(t) });
            }
            None => self.emit(id, back),
        }
    }

    fn emit(&mut self, id: NodeId, back: bool) {
        match self.node(id) {
            node @ (Node::Unit(_) | Node::Class(_) | Node::Dot) => {
                if let Some(t) = self.leaf_test(node) {
                    self.push(if back { Inst::Back(t) } else { Inst::Fwd(t) });
                }
            }
            Node::Empty => {}
            Node::Assert(a) => {
                let p = match (a, self.multiline) {
                    (Assertion::Start, false) => Position::InputStart,
                    (Assertion::Start, true) => Position::LineStart,
                    (Assertion::End, false) => Position::InputEnd,
                    (Assertion::End, true) => Position::LineEnd,
                    (Assertion::Word, _) => Position::Word,
                    (Assertion::NotWord, _) => Position::NotWord,
                };
                self.push(Inst::Assert(p));
            }
            Node::Backref(group) => {
                self.push(Inst::Backref {
                    group,
                    fold: self.fold,
                    back,
                });
            }
            Node::Group {
                capture: None,
                body,
            } => self.emit(body, back),
            Node::Group {
                capture: Some(group),
                body,
            } => {
                let open = 2 * (self.ast.groups + 1) + group;
                self.push(Inst::Open { slot: open });
                self.emit(body, back);
                self.push(Inst::Close { group, open, back });
            }
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let pos = self.reg();
                let mark = self.reg();
                let start = self.push(Inst::LookStart {
                    pos,
                    mark,
                    negate,
                    exit: 0,
                });
                self.emit(body, behind);
                self.push(Inst::LookEnd { pos, mark, negate });
                let end = self.pc();
                self.patch(start, end);
            }
            Node::Concat(items) => {
                let ast = self.ast;
                let items = ast.items(items);
                if back {
                    for &n in items.iter().rev() {
                        self.emit_item(n, back);
                    }
                } else {
                    for &n in items {
                        self.emit_item(n, back);
                    }
                }
            }
            Node::Alt(alts) => {
                let ast = self.ast;
                let alts = ast.items(alts);
                let mut exits: SmallVec<[usize; 8]> = SmallVec::with_capacity(alts.len());
                let last = alts.len().saturating_sub(1);
                for (k, &alt) in alts.iter().enumerate() {
                    if k == last {
                        self.emit(alt, back);
                    } else {
                        let fork = self.push(Inst::Fork(0));
                        self.emit(alt, back);
                        exits.push(self.push(Inst::Jump(0)));
                        let next = self.pc();
                        self.patch(fork, next);
                    }
                }
                let end = self.pc();
                for e in exits {
                    self.patch(e, end);
                }
            }
            Node::Repeat {
                body,
                min,
                max,
                greedy,
                caps,
            } => self.emit_repeat(body, min, max, greedy, caps, back),
        }
    }

    fn emit_repeat(
        &mut self,
        body: NodeId,
        min: u32,
        max: u32,
        greedy: bool,
        caps: (u32, u32),
        back: bool,
    ) {
        if max == 0 {
            return;
        }
        if let Some(test) = self.test(body) {
            self.push(Inst::Star {
                test,
                min,
                max,
                greedy,
                back,
            });
            return;
        }
        let nullable = self.min_len(body) == 0;
        if min == 0 && max == 1 && !nullable {
            let fork = self.push(if greedy {
                Inst::Fork(0)
            } else {
                Inst::ForkJump(0)
            });
            self.emit(body, back);
            let end = self.pc();
            self.patch(fork, end);
            return;
        }
        let counter = self.reg();
        self.push(Inst::LoopInit { counter });
        let head = self.push(Inst::LoopHead {
            counter,
            min,
            max,
            greedy,
            exit: 0,
        });
        let start = if nullable {
            let start = self.reg();
            self.push(Inst::LoopBody { start });
            start
        } else {
            NONE
        };
        if caps.1 > caps.0 {
            self.push(Inst::Clear {
                from: caps.0,
                to: caps.1,
            });
        }
        self.emit(body, back);
        self.push(Inst::LoopTail {
            counter,
            start,
            min,
            head: head as u32,
        });
        let exit = self.pc();
        self.patch(head, exit);
    }

    /// The fewest units `id` can consume.
    fn min_len(&self, id: NodeId) -> u64 {
        self.min_lens.get(id as usize).copied().unwrap_or(0)
    }

    /// Adds the units a match of unit `u` can start with to `set`.
    fn add_first_unit(&self, set: &mut FirstSet, u: u16) {
        match self.fold.then(|| chars::fold_class(u)).flatten() {
            Some(class) => class.iter().for_each(|&m| set.add(m)),
            None => set.add(u),
        }
    }

    /// Whether every match of `id` starts with `^`.
    fn anchored(&self, id: NodeId) -> bool {
        match self.node(id) {
            Node::Assert(Assertion::Start) => true,
            Node::Group { body, .. } => self.anchored(body),
            Node::Concat(items) => self
                .ast
                .items(items)
                .first()
                .is_some_and(|&n| self.anchored(n)),
            Node::Alt(alts) => self.ast.items(alts).iter().all(|&n| self.anchored(n)),
            _ => false,
        }
    }

    /// The units a match of `id` can start with (`None`: any), and whether
    /// it can consume nothing. Zero-width items are skipped: they do not
    /// change which unit comes first.
    fn first(&self, id: NodeId) -> (Option<FirstSet>, bool) {
        let mut set = FirstSet::default();
        match self.node(id) {
            Node::Unit(u) => {
                self.add_first_unit(&mut set, u);
                (Some(set), false)
            }
            Node::Class(k) => {
                let Some(class) = self.classes.get(k as usize) else {
                    return (None, false);
                };
                set.low = class.low;
                set.high = class.reaches_high() || (self.fold && set.low != [0; 4]);
                (Some(set), false)
            }
            Node::Dot => {
                // Every unit below 256 but the line terminators LF and CR.
                set.low = [!((1 << 0x0A) | (1 << 0x0D)), !0, !0, !0];
                set.high = true;
                (Some(set), false)
            }
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (Some(set), true),
            Node::Backref(_) => (None, true),
            Node::Group { body, .. } => self.first(body),
            Node::Repeat { body, min, max, .. } => {
                if max == 0 {
                    return (Some(set), true);
                }
                let (s, nullable) = self.first(body);
                (s, nullable || min == 0)
            }
            Node::Concat(items) => {
                for &n in self.ast.items(items) {
                    // The usual items, without the call: a unit ends the
                    // set, zero-width items add nothing.
                    match self.node(n) {
                        Node::Unit(u) => {
                            self.add_first_unit(&mut set, u);
                            return (Some(set), false);
                        }
                        Node::Empty | Node::Assert(_) | Node::Look { .. } => continue,
                        _ => {}
                    }
                    let (s, nullable) = self.first(n);
                    let Some(s) = s else {
                        return (None, nullable);
                    };
                    set.union(&s);
                    if !nullable {
                        return (Some(set), false);
                    }
                }
                (Some(set), true)
            }
            Node::Alt(alts) => {
                let mut any_nullable = false;
                for &n in self.ast.items(alts) {
                    let (s, nullable) = self.first(n);
                    any_nullable |= nullable;
                    match s {
                        Some(s) => set.union(&s),
                        None => return (None, true),
                    }
                }
                (Some(set), any_nullable)
            }
        }
    }
}

#[cfg(test)]
impl Program {
    /// Everything the matcher reads, rendered independently of how it is
    /// stored: instructions, each class as its ranges, flags and the
    /// units below 256 it accepts, registers, groups, anchoring, the first
    /// set and the shortest match.
    pub(crate) fn fingerprint(&self) -> String {
        use std::fmt::Write;
        let mut out = format!("{:?}", self.insts);
        for c in &self.classes {
            let mut bits = [0u64; 4];
            for u in 0..256u16 {
                if c.matches(u) {
                    bits[usize::from(u >> 6)] |= 1 << (u & 63);
                }
            }
            let ranges: &[Range] = &c.ranges;
            let _ = write!(
                out,
                " class{{{ranges:?} neg={} fold={} bits={bits:x?} high={}}}",
                c.negate,
                c.fold,
                c.reaches_high()
            );
        }
        let first = self.first.as_ref().map(|f| (f.low, f.high));
        let _ = write!(
            out,
            " regs={} groups={} anchor={:?} first={first:x?} min_len={}",
            self.regs, self.groups, self.anchor, self.min_len
        );
        out
    }
}
