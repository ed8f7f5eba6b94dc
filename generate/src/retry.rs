//! When to try a request again, and how long to wait first.
//!
//! Waits grow exponentially with *equal jitter*: half of the exponential
//! step is always waited, the other half is random, so clients that failed
//! together do not come back together, yet every wait still grows. A
//! server's `Retry-After` (seconds or an HTTP date) or `retry-after-ms`
//! (OpenAI's finer variant) is honoured instead: it knows when it will have
//! room. It is capped at [`MAX_RETRY_AFTER`] so a misconfigured proxy cannot
//! park the run for hours.

use rand::Rng;
use reqwest::header::HeaderMap;
use std::time::{Duration, SystemTime};

/// The longest `Retry-After` honoured.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// How often and how patiently a request is retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    /// The first exponential step; each retry doubles it.
    pub base: Duration,
    /// The largest exponential step.
    pub cap: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 6,
            base: Duration::from_secs(1),
            cap: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (0 for the first retry): the
    /// server's `retry_after` when it gave one (plus a little jitter),
    /// otherwise the jittered exponential step.
    pub fn wait(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        let mut rng = rand::rng();
        if let Some(after) = retry_after {
            let spread = self.base.as_nanos().min(u64::MAX as u128) as u64 / 4;
            return after.min(MAX_RETRY_AFTER) + Duration::from_nanos(rng.random_range(0..=spread));
        }
        let step = self.step(retry);
        let half = step / 2;
        half + Duration::from_nanos(rng.random_range(0..=half.as_nanos() as u64))
    }

    /// The exponential step of retry `retry`: base × 2^retry, at most `cap`.
    fn step(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.min(31));
        self.base.saturating_mul(factor).min(self.cap)
    }
}

/// The wait a response asks for: `retry-after-ms`, else `Retry-After` in
/// seconds (fractions accepted) or as an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        return seconds(ms / 1000.0);
    }
    let value = text("retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return seconds(secs);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

fn seconds(secs: f64) -> Option<Duration> {
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e6)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn waits_grow_within_their_jitter_band_and_stop_at_the_cap() {
        let policy = RetryPolicy {
            retries: 10,
            base: Duration::from_millis(100),
            cap: Duration::from_millis(1000),
        };
        for (retry, step) in [(0, 100), (1, 200), (2, 400), (3, 800), (4, 1000), (9, 1000)] {
            for _ in 0..50 {
                let wait = policy.wait(retry, None).as_millis();
                assert!(step / 2 <= wait && wait <= step, "retry {retry}: {wait} ms");
            }
        }
    }

    #[test]
    fn a_servers_wait_is_honoured_and_capped() {
        let policy = RetryPolicy::default();
        let wait = policy.wait(0, Some(Duration::from_secs(7)));
        assert!(wait >= Duration::from_secs(7) && wait <= Duration::from_millis(7250));
        assert!(
            policy.wait(0, Some(Duration::from_secs(86400)))
                <= MAX_RETRY_AFTER + Duration::from_millis(250)
        );
    }

    #[test]
    fn retry_after_in_seconds_milliseconds_or_a_date() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert("retry-after", HeaderValue::from_static("0.5"));
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(500)));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        headers.insert("retry-after", HeaderValue::from_str(&later).unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(wait > Duration::from_secs(27) && wait <= Duration::from_secs(30));
        headers.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
        headers.insert("retry-after-ms", HeaderValue::from_static("1500"));
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(1500)));
    }
}
