//! Every limit edgefn enforces, in one place, with CloudFront's values as
//! defaults.

/// CloudFront's maximum function size: 10 KB, counted in bytes of the
/// UTF-8 source (see `conformance/README.md`).
pub const DEFAULT_MAX_CODE_SIZE: usize = 10 * 1024;

/// CloudFront's function memory: 2 MB, the cap on what one event may
/// allocate.
pub const DEFAULT_MEMORY: usize = 2 * 1024 * 1024;

/// The compute budget in steps: what 100% `ComputeUtilization` stands for
/// (see `ARCHITECTURE.md` for the calibration).
pub const DEFAULT_STEPS: u64 = 200_000;

/// Steps every event is charged before its handler runs, standing for
/// CloudFront's fixed per-invocation work (building the event, reading
/// the result): simple functions then report the 10–21% utilization AWS
/// publishes for them.
pub const EVENT_BASE_STEPS: u64 = 20_000;

/// The limits a function runs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted source, in bytes.
    pub max_code_size: usize,
    /// Largest heap an event may use, in bytes.
    pub memory: usize,
    /// Steps an event may take.
    pub steps: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_code_size: DEFAULT_MAX_CODE_SIZE,
            memory: DEFAULT_MEMORY,
            steps: DEFAULT_STEPS,
        }
    }
}
