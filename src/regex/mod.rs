//! edgefn's regular-expression engine: ECMAScript patterns without the
//! `u` flag, matched over UTF-16 code units with a deterministic step
//! budget.
//!
//! - `parse.rs`: pattern → syntax tree (Annex B grammar, Node's error
//!   messages);
//! - `compile.rs`: tree → `Program`, an immutable list
//!   of instructions plus start-position filters;
//! - `exec.rs`: the backtracking matcher, with an explicit stack;
//! - `chars.rs`: class escapes and case folding.
//!
//! Semantics are the specification's (ECMA-262 §22.2): captures inside a
//! quantified atom are reset at each iteration, an iteration that matches
//! the empty string once the minimum is reached fails, lookbehinds match
//! backwards (backreferences in them too), a backreference to a group
//! without a value matches the empty string, `i` compares units after the
//! non-Unicode Canonicalize.
//!
//! Cost: a search spends one *engine step* per instruction executed, per
//! unit a quantified class or a backreference compares, per backtrack
//! stack frame popped, and per start position examined. The caller gives
//! the steps it allows ([`Search::run`]'s `fuel`); running out ends the
//! search with [`Stop::Steps`], so the same search on the same input
//! always costs the same. The backtrack stack may use
//! [`FREE_STACK_BYTES`] without asking; past that the search stops with
//! [`Stop::Memory`] naming the bytes it needs, and goes on once the caller
//! has granted them ([`Search::grant`]).

#[cfg(test)]
mod canonical;
mod chars;
mod compile;
mod exec;
mod parse;

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

pub use exec::{Stop, Text};

/// Backtrack stack bytes a search may use without asking.
pub const FREE_STACK_BYTES: usize = exec::FREE_FRAMES * exec::FRAME_BYTES;

/// A pattern the engine refuses, with Node's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What is wrong ("Unterminated group").
    pub message: &'static str,
    /// The code-unit offset in the pattern where the problem was found.
    pub at: usize,
}

impl Error {
    pub(crate) fn new(message: &'static str, at: usize) -> Error {
        Error { message, at }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl std::error::Error for Error {}

/// The flags that change matching (`g` and `y` are the callers').
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `i`
    pub ignore_case: bool,
    /// `m`
    pub multiline: bool,
}

/// The named groups of a pattern with their numbers, in group order;
/// `None` when it has none (most patterns: no allocation for them).
type Names = Option<Arc<[(String, u32)]>>;

/// A compiled pattern: immutable, shareable between threads.
#[derive(Debug)]
pub struct Regex {
    prog: compile::Program,
    names: Names,
}

/// A match: the matched range and each capture group's range (`None` for
/// a group that did not take part), in code units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The whole match.
    pub range: Range<usize>,
    /// Groups 1.., in order.
    pub captures: Vec<Option<Range<usize>>>,
    names: Names,
}

impl Match {
    /// Where the match starts.
    pub fn start(&self) -> usize {
        self.range.start
    }

    /// Where the match ends.
    pub fn end(&self) -> usize {
        self.range.end
    }

    /// The match's range.
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The named groups, in group order, with their ranges.
    pub fn named_groups(&self) -> impl ExactSizeIterator<Item = (&str, Option<Range<usize>>)> + '_ {
        let names: &[(String, u32)] = self.names.as_deref().unwrap_or(&[]);
        names.iter().map(|(name, n)| {
            let range = self
                .captures
                .get((*n as usize).wrapping_sub(1))
                .cloned()
                .flatten();
            (name.as_str(), range)
        })
    }
}

/// Why [`Regex::find_at`] gave up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExecError {
    /// The step budget ran out.
    StepLimit,
    /// The backtrack stack would pass the memory allowed.
    MemoryLimit,
}

impl Regex {
    /// Compiles a pattern given as code units.
    pub fn new(pattern: &[u16], flags: Flags) -> Result<Regex, Error> {
        let mut ast = parse::Ast::new();
        parse::parse(pattern, &mut ast)?;
        let prog = compile::compile(&mut ast, flags.ignore_case, flags.multiline);
        let names = std::mem::take(&mut ast.names);
        Ok(Regex {
            prog,
            names: (!names.is_empty()).then(|| names.into()),
        })
    }

    /// Number of capture groups (not counting the whole match).
    pub fn groups(&self) -> usize {
        self.prog.groups - 1
    }

    /// Whether the pattern has named groups.
    pub fn has_names(&self) -> bool {
        self.names.is_some()
    }

    /// Instructions in the program (a measure of its size).
    pub fn len(&self) -> usize {
        self.prog.insts.len()
    }

    /// Whether the program is empty (never: it always ends in a match).
    pub fn is_empty(&self) -> bool {
        self.prog.insts.is_empty()
    }

    /// A search from `from` (only at `from` when `sticky`).
    pub fn search(&self, from: usize, sticky: bool) -> Search<'_> {
        Search {
            re: self,
            m: exec::Matcher::new(&self.prog, from, sticky),
        }
    }

    /// The first match at `from` or later within `steps` engine steps and
    /// `stack_bytes` of backtrack stack; for callers without their own
    /// memory accounting.
    pub fn find_at<T: Text + ?Sized>(
        &self,
        input: &T,
        from: usize,
        steps: u64,
        stack_bytes: usize,
    ) -> Result<Option<Match>, ExecError> {
        let mut search = self.search(from, false);
        let mut fuel = steps;
        loop {
            match search.run(input, &mut fuel) {
                Ok(m) => return Ok(m),
                Err(Stop::Steps) => return Err(ExecError::StepLimit),
                Err(Stop::Memory(bytes)) if bytes <= stack_bytes => search.grant(bytes),
                Err(Stop::Memory(_)) => return Err(ExecError::MemoryLimit),
            }
        }
    }
}

/// One search in progress.
#[derive(Debug)]
pub struct Search<'r> {
    re: &'r Regex,
    m: exec::Matcher,
}

impl Search<'_> {
    /// Goes on searching `input` (the same input every call), spending at
    /// most `fuel` steps (what is left stays in `fuel`).
    pub fn run<T: Text + ?Sized>(
        &mut self,
        input: &T,
        fuel: &mut u64,
    ) -> Result<Option<Match>, Stop> {
        if !self.m.run(&self.re.prog, input, fuel)? {
            return Ok(None);
        }
        let range = |g| self.m.capture(g).map(|(s, e)| s..e);
        Ok(Some(Match {
            range: range(0).unwrap_or(0..0),
            captures: (1..self.re.prog.groups).map(range).collect(),
            names: self.re.names.clone(),
        }))
    }

    /// Allows the backtrack stack `bytes` in all.
    pub fn grant(&mut self, bytes: usize) {
        self.m.grant(bytes);
    }

    /// Engine steps spent so far.
    pub fn steps(&self) -> u64 {
        self.m.steps
    }
}

#[cfg(test)]
mod tests;
