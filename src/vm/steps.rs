//! The step meter: the deterministic compute measure of an event.
//!
//! It counts down the steps left before the limit instead of counting up
//! to it, so that the dispatch loop's charge for an instruction is one
//! decrement of a field and a test of its borrow. A charge that goes past
//! the limit is kept as the excess, so the steps reported are exactly the
//! steps charged.

/// Steps used by the event and its limit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StepMeter {
    /// Steps left before the limit; 0 once the limit is reached.
    left: u64,
    /// Steps charged past the limit (then `left` is 0).
    over: u64,
    /// The most steps the event may use.
    limit: u64,
}

impl StepMeter {
    /// A meter with nothing used.
    pub(crate) fn new(limit: u64) -> StepMeter {
        StepMeter {
            left: limit,
            over: 0,
            limit,
        }
    }

    /// Steps used (`over` is 0 unless `left` is).
    #[inline]
    pub(crate) fn used(&self) -> u64 {
        self.limit - self.left + self.over
    }

    /// Sets the steps used.
    pub(crate) fn set_used(&mut self, used: u64) {
        (self.left, self.over) = match used.checked_sub(self.limit) {
            Some(over) if over > 0 => (0, over),
            _ => (self.limit - used, 0),
        };
    }

    /// The limit.
    pub(crate) fn limit(&self) -> u64 {
        self.limit
    }

    /// Sets the limit, keeping the steps used.
    pub(crate) fn set_limit(&mut self, limit: u64) {
        let used = self.used();
        self.limit = limit;
        self.set_used(used);
    }

    /// Steps left before the limit.
    pub(crate) fn left(&self) -> u64 {
        self.left
    }

    /// Charges `n` steps (saturating); `false` when the steps used are
    /// then past the limit.
    #[inline(always)]
    pub(crate) fn charge(&mut self, n: u64) -> bool {
        if n <= self.left && self.over == 0 {
            self.left -= n;
            return true;
        }
        self.charge_past(n)
    }

    /// [`StepMeter::charge`] past the limit.
    #[cold]
    #[inline(never)]
    fn charge_past(&mut self, n: u64) -> bool {
        let used = self.used().saturating_add(n);
        self.set_used(used);
        used <= self.limit
    }

    /// Charges the step of one instruction; `false` when the steps used
    /// are then past the limit.
    #[inline(always)]
    pub(crate) fn tick(&mut self) -> bool {
        let (left, spent) = self.left.overflowing_sub(1);
        self.left = left;
        !spent || self.tick_past()
    }

    /// [`StepMeter::tick`] with no step left: `left` has wrapped.
    #[cold]
    #[inline(never)]
    fn tick_past(&mut self) -> bool {
        self.left = 0;
        // An instruction counts one more step whatever was charged before
        // (the count wraps rather than saturates, as it always has).
        let used = self.used().wrapping_add(1);
        self.set_used(used);
        used <= self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::StepMeter;

    /// The counter the meter replaces: steps counted up, charges
    /// saturating, an instruction's step wrapping.
    struct Counter {
        steps: u64,
        limit: u64,
    }

    impl Counter {
        fn charge(&mut self, n: u64) -> bool {
            self.steps = self.steps.saturating_add(n);
            self.steps <= self.limit
        }

        fn tick(&mut self) -> bool {
            self.steps = self.steps.wrapping_add(1);
            self.steps <= self.limit
        }
    }

    #[test]
    fn counts_as_the_counter_did() {
        for limit in [0, 1, 5, 1000, u64::MAX - 1, u64::MAX] {
            let mut meter = StepMeter::new(limit);
            let mut counter = Counter { steps: 0, limit };
            let charges = [0, 1, 3, 0, 7, u64::MAX / 2, 0, 1, u64::MAX, 0];
            for (i, &n) in charges.iter().enumerate() {
                assert_eq!(
                    meter.charge(n),
                    counter.charge(n),
                    "charge {n}, limit {limit}"
                );
                assert_eq!(meter.used(), counter.steps);
                for _ in 0..i {
                    assert_eq!(meter.tick(), counter.tick(), "tick, limit {limit}");
                    assert_eq!(meter.used(), counter.steps);
                }
                assert_eq!(meter.left(), limit.saturating_sub(counter.steps));
            }
        }
    }

    #[test]
    fn a_new_limit_keeps_the_steps_used() {
        let mut meter = StepMeter::new(10);
        assert!(meter.charge(8));
        meter.set_limit(5);
        assert_eq!((meter.used(), meter.left()), (8, 0));
        assert!(!meter.charge(0));
        meter.set_limit(20);
        assert_eq!((meter.used(), meter.left()), (8, 12));
        assert!(meter.charge(0));
        meter.set_used(u64::MAX);
        assert_eq!(meter.used(), u64::MAX);
        // The count wraps, as the counter's did.
        assert!(meter.tick());
        assert_eq!(meter.used(), 0);
    }
}
