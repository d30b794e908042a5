//! The register file: the registers of every frame of an event, in one
//! block of fixed size.
//!
//! The dispatch loop reads and writes a register or more at nearly every
//! instruction. In a `Vec` each access loads the vector's length and tests
//! the index against it; here the block's size is a power of two known to
//! the compiler and an index is masked to it, so an access is a load and
//! an `and` with no branch. The mask changes nothing for a frame's own
//! registers: a frame is pushed only when its window fits below the
//! block's end ([`Registers::grow_to`]), and the compiler numbers a
//! function's registers below its `registers` count.
//!
//! Invariant: every slot at or past [`Registers::len`] holds `undefined`.
//! Growing therefore needs no fill (a `Vec` would write `undefined` there),
//! and [`Registers::clear`], at the start of every event, writes
//! `undefined` over what the last event used, so nothing of it survives
//! into the next.

use crate::limits::DEFAULT_MEMORY;
use crate::value::Value;
use std::ops::{Index, IndexMut, Range};

/// Registers in the block: as many as the default memory limit holds (the
/// registers in use count toward an event's memory), so with that limit
/// the memory check refuses a deeper stack before the block is full.
pub(crate) const CAPACITY: usize = (DEFAULT_MEMORY / size_of::<Value>()).next_power_of_two();

const MASK: usize = CAPACITY - 1;

/// The block's end was reached: the call stack is too deep (only a memory
/// limit above the default lets an event get there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Full;

/// See the module doc.
pub(crate) struct Registers {
    slots: Box<[Value; CAPACITY]>,
    /// One past the highest register the event has used.
    len: usize,
}

impl Registers {
    /// An empty register file.
    pub(crate) fn new() -> Registers {
        let slots: Box<[Value]> = vec![Value::Undefined; CAPACITY].into_boxed_slice();
        Registers {
            slots: slots.try_into().unwrap_or_else(|_| unreachable!()),
            len: 0,
        }
    }

    /// One past the highest register the event has used.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Makes registers below `needed` usable; those past the old length
    /// read `undefined`.
    #[inline]
    pub(crate) fn grow_to(&mut self, needed: usize) -> Result<(), Full> {
        if needed > CAPACITY {
            return Err(Full);
        }
        self.len = self.len.max(needed);
        Ok(())
    }

    /// Empties the file, writing `undefined` over every register used.
    pub(crate) fn clear(&mut self) {
        self.slots[..self.len].fill(Value::Undefined);
        self.len = 0;
    }

    /// The registers in use.
    pub(crate) fn used(&self) -> &[Value] {
        &self.slots[..self.len]
    }

    /// Makes the file hold exactly `values`: what [`Registers::used`] gave
    /// (a prelude copy's registers), so no more than the file holds.
    pub(crate) fn restore(&mut self, values: &[Value]) {
        let values = &values[..values.len().min(CAPACITY)];
        if values.len() < self.len {
            self.slots[values.len()..self.len].fill(Value::Undefined);
        }
        self.slots[..values.len()].copy_from_slice(values);
        self.len = values.len();
    }
}

impl Index<usize> for Registers {
    type Output = Value;

    #[inline(always)]
    fn index(&self, i: usize) -> &Value {
        &self.slots[i & MASK]
    }
}

impl IndexMut<usize> for Registers {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Value {
        &mut self.slots[i & MASK]
    }
}

/// A run of registers in use (checked against the length, as a `Vec`'s
/// slice is).
impl Index<Range<usize>> for Registers {
    type Output = [Value];

    fn index(&self, r: Range<usize>) -> &[Value] {
        &self.slots[..self.len][r]
    }
}

impl IndexMut<Range<usize>> for Registers {
    fn index_mut(&mut self, r: Range<usize>) -> &mut [Value] {
        &mut self.slots[..self.len][r]
    }
}

impl std::fmt::Debug for Registers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.used()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{CAPACITY, Full, Registers};
    use crate::value::Value;

    #[test]
    fn grown_registers_read_undefined_after_clear() {
        let mut r = Registers::new();
        r.grow_to(10).unwrap();
        r[3] = Value::Number(1.0);
        r[9] = Value::Bool(true);
        r.clear();
        assert_eq!(r.len(), 0);
        r.grow_to(12).unwrap();
        assert!(r.used().iter().all(|v| *v == Value::Undefined));
    }

    #[test]
    fn restore_leaves_nothing_past_the_copy() {
        let mut r = Registers::new();
        r.grow_to(8).unwrap();
        r[7] = Value::Number(7.0);
        r.restore(&[Value::Null, Value::Bool(false)]);
        assert_eq!(r.used(), &[Value::Null, Value::Bool(false)]);
        r.grow_to(8).unwrap();
        assert_eq!(r[7], Value::Undefined);
    }

    #[test]
    fn the_block_has_an_end() {
        let mut r = Registers::new();
        assert_eq!(r.grow_to(CAPACITY), Ok(()));
        assert_eq!(r.grow_to(CAPACITY + 1), Err(Full));
        assert_eq!(r.len(), CAPACITY);
    }
}
