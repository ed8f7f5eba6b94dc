//! The crate's one error type.

/// Why an input or a configuration was rejected.
///
/// "Unavailable" results (a `k` larger than the number of samples) are *not*
/// errors: the estimators return `None` for them and the benchmark-level
/// helpers return [`AtK::Unavailable`](crate::AtK::Unavailable), so that a
/// report can show them as such. Errors are for inputs that no report should
/// be built from.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MetricsError {
    /// [`EffConfig::alpha`](crate::EffConfig::alpha) must be finite and
    /// greater than 1, otherwise the time limit does not lie above the
    /// reference cost and the per-level score divides by zero or flips sign.
    #[error("alpha must be finite and greater than 1, got {0}")]
    InvalidAlpha(f64),
    /// Level weights must be finite, non-negative, and not all zero.
    #[error("level weights must be finite, non-negative, not all zero and of a finite sum")]
    InvalidWeights,
    /// [`EffConfig::tie_margin`](crate::EffConfig::tie_margin) must be in
    /// [0, 1) and [`EffConfig::tie_floor`](crate::EffConfig::tie_floor)
    /// finite and non-negative.
    #[error("the tie margin must be in [0, 1) and the tie floor finite and not negative, got {0}")]
    InvalidTieMargin(f64),
    /// A cost vector does not have one entry per level of the configuration.
    #[error("{what} has {found} levels, the configuration has {expected}")]
    LevelCountMismatch {
        /// Which input: `"reference"` or `"sample"`.
        what: &'static str,
        /// Number of levels in [`EffConfig::weights`](crate::EffConfig::weights).
        expected: usize,
        /// Number of levels in the input.
        found: usize,
    },
    /// A cost that is read is negative, infinite or NaN.
    #[error("{what} cost at level {level} is {value}; costs must be finite and non-negative")]
    InvalidCost {
        /// Which input: `"reference"` or `"sample"`.
        what: &'static str,
        /// The level index.
        level: usize,
        /// The offending value.
        value: f64,
    },
    /// α times a reference cost is not a finite number, so the limit that
    /// anchors the score has no scale.
    #[error("the limit alpha × reference cost at level {level} ({alpha} × {cost}) is not finite")]
    InfiniteLimit {
        /// The configuration's α.
        alpha: f64,
        /// The level index.
        level: usize,
        /// The reference's cost there.
        cost: f64,
    },
    /// A sample's verdict says a counted level was measured, but its cost is
    /// missing.
    #[error("sample cost at level {level} is missing although the verdict says it was measured")]
    MissingCost {
        /// The level index.
        level: usize,
    },
    /// A sample is censored at a level that does not exist.
    #[error("sample censored at level {level}, but there are only {levels} levels")]
    CensoredLevelOutOfRange {
        /// The censoring level of the sample.
        level: usize,
        /// Number of levels in the configuration.
        levels: usize,
    },
    /// A confidence level outside the open interval (0, 1), or a bootstrap
    /// with zero resamples.
    #[error("invalid bootstrap configuration: {0}")]
    InvalidBootstrap(&'static str),
    /// `k = 0` was asked for; every @k metric needs `k ≥ 1`.
    #[error("k must be at least 1")]
    ZeroK,
    /// The counts of a problem's samples sum beyond what this platform can
    /// count (`usize`, or `u64` on the way).
    #[error("the sample counts of a problem sum beyond what can be counted")]
    TooManySamples,
    /// A benchmark-level aggregate was asked for over zero problems.
    #[error("no problems to aggregate")]
    NoProblems,
}
