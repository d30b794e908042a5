//! The backtracking matcher.
//!
//! All state is in [`Matcher`]: the registers and an explicit backtrack
//! stack of [`Frame`]s, so matching uses no host recursion whatever the
//! pattern or input. Every register write made while a frame is on the
//! stack pushes an undo record; backtracking pops frames, undoing writes,
//! until one says where to resume.
//!
//! Cost: each instruction executed, each unit a quantified single-unit
//! test or a backreference compares, each frame popped or dropped, and
//! each start position the search examines is one step; `fuel` is the
//! number of steps left, and a search that spends it stops with
//! [`Stop::Steps`]. The stack may grow to the frames granted; past that
//! the search stops with [`Stop::Memory`] at an instruction boundary and
//! can resume once the caller grants more ([`Matcher::grant`]).

use super::chars::{canonicalize, is_line_terminator, is_word};
use super::compile::{Anchor, Inst, NONE, Position, Program, Test};

/// Text the matcher reads: UTF-16 code units, or Latin-1 bytes (each the
/// code unit of the same value), so one-byte strings need no widening.
pub trait Text {
    /// Number of code units.
    fn count(&self) -> usize;
    /// The code unit at `i`.
    fn at(&self, i: usize) -> Option<u16>;
}

impl Text for [u16] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }

    #[inline]
    fn at(&self, i: usize) -> Option<u16> {
        self.get(i).copied()
    }
}

impl Text for [u8] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }

    #[inline]
    fn at(&self, i: usize) -> Option<u16> {
        self.get(i).map(|&b| u16::from(b))
    }
}

/// One backtrack stack entry.
#[derive(Clone, Copy, Debug)]
enum Frame {
    /// Resume at `pc` with the position `pos`.
    Choice { pc: u32, pos: u32 },
    /// Undo a register write.
    Restore { slot: u32, old: u32 },
    /// A greedy `Star` at `pc` that took units up to `pos` may give one
    /// back, down to `limit` (up to, leftwards).
    GiveBack { pc: u32, pos: u32, limit: u32 },
    /// A lazy `Star` at `pc` that stopped at `pos` may take up to `left`
    /// more units.
    TakeMore { pc: u32, pos: u32, left: u32 },
    /// A positive lookaround's start: popping it means the body failed.
    LookPos,
    /// A negative lookaround's start: popping it means the body failed,
    /// so the lookaround succeeds and matching goes on at `exit`.
    LookNeg { exit: u32, pos: u32 },
}

/// Bytes one stack frame takes.
pub(crate) const FRAME_BYTES: usize = std::mem::size_of::<Frame>();

/// Frames a search may use before it must ask for memory.
pub(crate) const FREE_FRAMES: usize = 1024;

/// Why a search stopped before finishing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The step budget is spent. The search cannot go on.
    Steps,
    /// The backtrack stack needs this many bytes in all; grant them to go
    /// on.
    Memory(usize),
}

#[derive(Clone, Copy, Debug)]
enum Resume {
    /// Look for a start position from here.
    Start(usize),
    /// Go on executing.
    At { pc: u32, pos: u32 },
    /// The search is over.
    Done,
}

/// The state of one search.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// Inline for small patterns: most searches then allocate nothing.
    regs: smallvec::SmallVec<[u32; 16]>,
    stack: Vec<Frame>,
    /// Registers were written without undo records (with an empty stack),
    /// so they must be reset before the next attempt.
    dirty: bool,
    granted: usize,
    resume: Resume,
    sticky: bool,
    attempt: usize,
    /// Steps spent so far.
    pub steps: u64,
}

/// How one attempt (from one start position) ended.
enum Attempt {
    Matched,
    Failed,
}

impl Matcher {
    /// A search of `prog` from `from`; `sticky` tries `from` only.
    pub(crate) fn new(prog: &Program, from: usize, sticky: bool) -> Matcher {
        Matcher {
            regs: smallvec::smallvec![NONE; prog.regs],
            stack: Vec::new(),
            dirty: false,
            granted: FREE_FRAMES,
            resume: Resume::Start(from),
            sticky,
            attempt: from,
            steps: 0,
        }
    }

    /// Allows the stack to grow to `bytes`.
    pub(crate) fn grant(&mut self, bytes: usize) {
        self.granted = self.granted.max(bytes / FRAME_BYTES);
    }

    /// Capture `group` of the match found, as a range.
    pub(crate) fn capture(&self, group: usize) -> Option<(usize, usize)> {
        let s = *self.regs.get(2 * group)?;
        let e = *self.regs.get(2 * group + 1)?;
        (s != NONE && e != NONE).then_some((s as usize, e as usize))
    }

    /// Runs the search until it finds a match (`true`), finds none
    /// (`false`) or stops.
    pub(crate) fn run<T: Text + ?Sized>(
        &mut self,
        prog: &Program,
        input: &T,
        fuel: &mut u64,
    ) -> Result<bool, Stop> {
        if input.count() >= NONE as usize {
            // Positions are 32-bit; such inputs cannot exist under any
            // memory limit the engine runs with.
            return Err(Stop::Memory(usize::MAX));
        }
        loop {
            let (pc, pos) = match self.resume {
                Resume::Done => return Ok(false),
                Resume::At { pc, pos } => (pc, pos),
                Resume::Start(at) => {
                    let Some(start) = self.next_start(prog, input, at, fuel)? else {
                        self.resume = Resume::Done;
                        return Ok(false);
                    };
                    if self.dirty {
                        self.regs.iter_mut().for_each(|r| *r = NONE);
                        self.dirty = false;
                    }
                    self.attempt = start;
                    if let Some(r) = self.regs.first_mut() {
                        *r = start as u32;
                    }
                    (0, start as u32)
                }
            };
            match self.exec(prog, input, pc, pos, fuel)? {
                Attempt::Matched => {
                    self.resume = Resume::Done;
                    return Ok(true);
                }
                Attempt::Failed => {
                    self.resume = if self.sticky {
                        Resume::Done
                    } else {
                        Resume::Start(self.attempt + 1)
                    };
                }
            }
        }
    }

    /// The next position from `at` where a match may start.
    fn next_start<T: Text + ?Sized>(
        &mut self,
        prog: &Program,
        input: &T,
        at: usize,
        fuel: &mut u64,
    ) -> Result<Option<usize>, Stop> {
        let len = input.count();
        if at > len || len - at < prog.min_len {
            return Ok(None);
        }
        let last = if self.sticky { at } else { len - prog.min_len };
        if prog.anchor == Anchor::Input && at > 0 {
            return Ok(None);
        }
        for p in at..=last {
            spend(fuel, &mut self.steps, 1)?;
            let line_ok = prog.anchor != Anchor::Line
                || p == 0
                || input.at(p - 1).is_some_and(is_line_terminator);
            let first_ok = match (&prog.first, input.at(p)) {
                (None, _) => true,
                (Some(set), Some(u)) => set.contains(u),
                (Some(_), None) => false,
            };
            if line_ok && first_ok {
                return Ok(Some(p));
            }
            if prog.anchor == Anchor::Input {
                break;
            }
        }
        Ok(None)
    }

    /// Writes register `slot`, keeping an undo record when backtracking
    /// could need it.
    #[inline]
    fn set(&mut self, slot: u32, v: u32) {
        let Some(r) = self.regs.get_mut(slot as usize) else {
            return;
        };
        if *r == v {
            return;
        }
        if self.stack.is_empty() {
            self.dirty = true;
        } else {
            self.stack.push(Frame::Restore { slot, old: *r });
        }
        *r = v;
    }

    fn reg(&self, slot: u32) -> u32 {
        self.regs.get(slot as usize).copied().unwrap_or(NONE)
    }

    fn exec<T: Text + ?Sized>(
        &mut self,
        prog: &Program,
        input: &T,
        mut pc: u32,
        mut pos: u32,
        fuel: &mut u64,
    ) -> Result<Attempt, Stop> {
        let len = input.count() as u32;
        loop {
            spend(fuel, &mut self.steps, 1)?;
            let Some(&inst) = prog.insts.get(pc as usize) else {
                return Ok(Attempt::Failed);
            };
            let ok = match inst {
                Inst::Fwd(t) => match input.at(pos as usize) {
                    Some(u) if test(prog, t, u) => {
                        pos += 1;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Back(t) => match pos.checked_sub(1).and_then(|p| input.at(p as usize)) {
                    Some(u) if test(prog, t, u) => {
                        pos -= 1;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Star {
                    test: t,
                    min,
                    max,
                    greedy,
                    back,
                } => {
                    let want = if greedy { max } else { min };
                    let n = self.scan(prog, input, t, pos, want, back, fuel)?;
                    if n < min {
                        false
                    } else {
                        let end = if back { pos - n } else { pos + n };
                        if greedy && n > min {
                            let limit = if back { pos - min } else { pos + min };
                            self.stack.push(Frame::GiveBack {
                                pc,
                                pos: end,
                                limit,
                            });
                        } else if !greedy && max > min {
                            self.stack.push(Frame::TakeMore {
                                pc,
                                pos: end,
                                left: max - min,
                            });
                        }
                        pos = end;
                        pc += 1;
                        true
                    }
                }
                Inst::Assert(p) => {
                    let before = pos.checked_sub(1).and_then(|p| input.at(p as usize));
                    let after = input.at(pos as usize);
                    let ok = match p {
                        Position::InputStart => pos == 0,
                        Position::LineStart => before.is_none_or(is_line_terminator),
                        Position::InputEnd => pos == len,
                        Position::LineEnd => after.is_none_or(is_line_terminator),
                        Position::Word => before.is_some_and(is_word) != after.is_some_and(is_word),
                        Position::NotWord => {
                            before.is_some_and(is_word) == after.is_some_and(is_word)
                        }
                    };
                    pc += 1;
                    ok
                }
                Inst::Jump(t) => {
                    pc = t;
                    true
                }
                Inst::Fork(t) => {
                    self.stack.push(Frame::Choice { pc: t, pos });
                    pc += 1;
                    true
                }
                Inst::ForkJump(t) => {
                    self.stack.push(Frame::Choice { pc: pc + 1, pos });
                    pc = t;
                    true
                }
                Inst::Open { slot } => {
                    self.set(slot, pos);
                    pc += 1;
                    true
                }
                Inst::Close { group, open, back } => {
                    let o = self.reg(open);
                    let (s, e) = if back { (pos, o) } else { (o, pos) };
                    self.set(2 * group, s);
                    self.set(2 * group + 1, e);
                    pc += 1;
                    true
                }
                Inst::Clear { from, to } => {
                    spend(fuel, &mut self.steps, u64::from(to - from))?;
                    for g in from..to {
                        self.set(2 * g, NONE);
                        self.set(2 * g + 1, NONE);
                    }
                    pc += 1;
                    true
                }
                Inst::Backref { group, fold, back } => {
                    let (s, e) = (self.reg(2 * group), self.reg(2 * group + 1));
                    pc += 1;
                    if s == NONE || e == NONE {
                        true
                    } else {
                        let n = e.saturating_sub(s);
                        let at = if back {
                            pos.checked_sub(n)
                        } else {
                            pos.checked_add(n).filter(|&x| x <= len)
                        };
                        match at {
                            None => false,
                            Some(at) => {
                                spend(fuel, &mut self.steps, u64::from(n))?;
                                let from = if back { at } else { pos };
                                let same = (0..n as usize).all(|k| {
                                    let (a, b) =
                                        (input.at(s as usize + k), input.at(from as usize + k));
                                    a == b || (fold && a.map(canonicalize) == b.map(canonicalize))
                                });
                                if same {
                                    pos = at;
                                }
                                same
                            }
                        }
                    }
                }
                Inst::LoopInit { counter } => {
                    self.set(counter, 0);
                    pc += 1;
                    true
                }
                Inst::LoopHead {
                    counter,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let c = self.reg(counter);
                    if c >= max {
                        pc = exit;
                    } else if c < min {
                        pc += 1;
                    } else if greedy {
                        self.stack.push(Frame::Choice { pc: exit, pos });
                        pc += 1;
                    } else {
                        self.stack.push(Frame::Choice { pc: pc + 1, pos });
                        pc = exit;
                    }
                    true
                }
                Inst::LoopBody { start } => {
                    self.set(start, pos);
                    pc += 1;
                    true
                }
                Inst::LoopTail {
                    counter,
                    start,
                    min,
                    head,
                } => {
                    let c = self.reg(counter);
                    if start != NONE && c >= min && self.reg(start) == pos {
                        false
                    } else {
                        self.set(counter, c.saturating_add(1).min(NONE - 1));
                        pc = head;
                        true
                    }
                }
                Inst::LookStart {
                    pos: at,
                    mark,
                    negate,
                    exit,
                } => {
                    let height = self.stack.len() as u32;
                    self.stack.push(if negate {
                        Frame::LookNeg { exit, pos }
                    } else {
                        Frame::LookPos
                    });
                    self.set(at, pos);
                    self.set(mark, height);
                    pc += 1;
                    true
                }
                Inst::LookEnd {
                    pos: at,
                    mark,
                    negate,
                } => {
                    let m = self.reg(mark) as usize;
                    let saved = self.reg(at);
                    let above = self.stack.len().saturating_sub(m);
                    spend(fuel, &mut self.steps, above as u64)?;
                    if negate {
                        while self.stack.len() > m {
                            if let Some(Frame::Restore { slot, old }) = self.stack.pop() {
                                if let Some(r) = self.regs.get_mut(slot as usize) {
                                    *r = old;
                                }
                            }
                        }
                        false
                    } else {
                        let mut w = m;
                        for r in m + 1..self.stack.len() {
                            if let Some(&f @ Frame::Restore { .. }) = self.stack.get(r) {
                                if let Some(slot) = self.stack.get_mut(w) {
                                    *slot = f;
                                }
                                w += 1;
                            }
                        }
                        self.stack.truncate(w);
                        pos = saved;
                        pc += 1;
                        true
                    }
                }
                Inst::Match => {
                    if let Some(r) = self.regs.get_mut(1) {
                        *r = pos;
                    }
                    self.stack.clear();
                    return Ok(Attempt::Matched);
                }
            };
            if !ok {
                match self.backtrack(prog, input, fuel)? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(Attempt::Failed),
                }
            }
            if self.stack.len() > self.granted {
                self.resume = Resume::At { pc, pos };
                let frames = self.granted.saturating_mul(2).max(self.stack.len());
                return Err(Stop::Memory(frames.saturating_mul(FRAME_BYTES)));
            }
        }
    }

    /// How many units from `pos` (leftwards when `back`) pass `t`, up to
    /// `max`; one step each.
    #[allow(clippy::too_many_arguments)]
    fn scan<T: Text + ?Sized>(
        &mut self,
        prog: &Program,
        input: &T,
        t: Test,
        pos: u32,
        max: u32,
        back: bool,
        fuel: &mut u64,
    ) -> Result<u32, Stop> {
        let avail = if back {
            pos as usize
        } else {
            input.count() - pos as usize
        };
        let cap = (max as usize).min(avail);
        let mut n = 0usize;
        while n < cap {
            let at = if back {
                pos as usize - 1 - n
            } else {
                pos as usize + n
            };
            if !input.at(at).is_some_and(|u| test(prog, t, u)) {
                break;
            }
            n += 1;
        }
        spend(fuel, &mut self.steps, n as u64)?;
        Ok(n as u32)
    }

    /// Pops frames until one says where to resume; `None` when the attempt
    /// has failed.
    fn backtrack<T: Text + ?Sized>(
        &mut self,
        prog: &Program,
        input: &T,
        fuel: &mut u64,
    ) -> Result<Option<(u32, u32)>, Stop> {
        while let Some(f) = self.stack.pop() {
            spend(fuel, &mut self.steps, 1)?;
            match f {
                Frame::Choice { pc, pos } => return Ok(Some((pc, pos))),
                Frame::Restore { slot, old } => {
                    if let Some(r) = self.regs.get_mut(slot as usize) {
                        *r = old;
                    }
                }
                Frame::GiveBack { pc, pos, limit } => {
                    let back = matches!(
                        prog.insts.get(pc as usize),
                        Some(Inst::Star { back: true, .. })
                    );
                    let mut next = if back { pos + 1 } else { pos - 1 };
                    // When a literal unit follows a forward loop, positions
                    // where it cannot match are passed over at once.
                    if let (false, Some(&Inst::Fwd(Test::Unit(c)))) =
                        (back, prog.insts.get(pc as usize + 1))
                    {
                        while next != limit && input.at(next as usize) != Some(c) {
                            spend(fuel, &mut self.steps, 1)?;
                            next -= 1;
                        }
                    }
                    if next != limit {
                        self.stack.push(Frame::GiveBack {
                            pc,
                            pos: next,
                            limit,
                        });
                    }
                    return Ok(Some((pc + 1, next)));
                }
                Frame::TakeMore { pc, pos, left } => {
                    let Some(&Inst::Star { test: t, back, .. }) = prog.insts.get(pc as usize)
                    else {
                        continue;
                    };
                    let unit = if back {
                        pos.checked_sub(1).and_then(|p| input.at(p as usize))
                    } else {
                        input.at(pos as usize)
                    };
                    if unit.is_some_and(|u| test(prog, t, u)) {
                        let next = if back { pos - 1 } else { pos + 1 };
                        if left > 1 {
                            self.stack.push(Frame::TakeMore {
                                pc,
                                pos: next,
                                left: left - 1,
                            });
                        }
                        return Ok(Some((pc + 1, next)));
                    }
                }
                Frame::LookPos => {}
                Frame::LookNeg { exit, pos } => return Ok(Some((exit, pos))),
            }
        }
        Ok(None)
    }
}

/// Spends `n` steps.
#[inline]
fn spend(fuel: &mut u64, steps: &mut u64, n: u64) -> Result<(), Stop> {
    if *fuel < n {
        *steps += *fuel;
        *fuel = 0;
        return Err(Stop::Steps);
    }
    *fuel -= n;
    *steps += n;
    Ok(())
}

/// Whether unit `u` passes `t`.
#[inline]
fn test(prog: &Program, t: Test, u: u16) -> bool {
    match t {
        Test::Unit(c) => u == c,
        Test::Fold(c) => canonicalize(u) == c,
        Test::Class(k) => prog.classes.get(k as usize).is_some_and(|c| c.matches(u)),
        Test::Dot => !is_line_terminator(u),
    }
}
