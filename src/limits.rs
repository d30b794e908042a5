//! Every limit edgefn enforces, in one place, with CloudFront's values as
//! defaults.

/// CloudFront's maximum function size: 10 KB, counted in bytes of the
/// UTF-8 source (see `conformance/README.md`).
pub const DEFAULT_MAX_CODE_SIZE: usize = 10 * 1024;

/// The limits a function runs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted source, in bytes.
    pub max_code_size: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_code_size: DEFAULT_MAX_CODE_SIZE,
        }
    }
}
