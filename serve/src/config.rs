//! [`ServeConfig`]: the service's own settings (where it listens, who may
//! call it, how much work it holds), resolved once from [`ServeOptions`]
//! before anything binds. What a sample's score means is the scorer's
//! [`effgauge_scoring::ScoreConfig`], settled separately.
//!
//! The rules resolved here:
//! - `--jobs` defaults to the machine's cores; `--queue` to 4 × jobs, and
//!   at least `--max-samples`, so that the largest request allowed fits.
//! - `--max-samples` defaults to 64, or to jobs + queue when that is less
//!   (a request larger than the pool could never be admitted); given
//!   explicitly above jobs + queue it is refused.
//! - A listener off the loopback needs a bearer token: read from the
//!   environment variable `--token-env` names (never from the command line,
//!   which other users can read), at least 16 printable characters.

use crate::ServeError;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::time::Duration;

pub const DEFAULT_BIND: &str = "127.0.0.1:8787";
pub const DEFAULT_DEADLINE_SECS: u64 = 300;
pub const DEFAULT_MAX_BODY_BYTES: usize = 4 << 20;
pub const DEFAULT_MAX_SAMPLES: usize = 64;
pub const DEFAULT_PREPARED_CAPACITY: usize = 32;
/// The default queue is this many samples per worker.
pub const QUEUE_PER_JOB: usize = 4;
/// The shortest bearer token accepted.
pub const MIN_TOKEN_LEN: usize = 16;

/// The service's options as given; `None` takes the default.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub bind: SocketAddr,
    /// The name of the environment variable that holds the bearer token.
    pub token_env: Option<String>,
    pub jobs: Option<usize>,
    pub queue: Option<usize>,
    pub deadline_secs: u64,
    pub max_body_bytes: usize,
    pub max_samples: Option<usize>,
}

impl Default for ServeOptions {
    fn default() -> ServeOptions {
        ServeOptions {
            bind: DEFAULT_BIND.parse().expect("a socket address"),
            token_env: None,
            jobs: None,
            queue: None,
            deadline_secs: DEFAULT_DEADLINE_SECS,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_samples: None,
        }
    }
}

/// The service's settings, resolved.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub bind: SocketAddr,
    /// Every `/v1/*` request must carry it when set.
    pub token: Option<Token>,
    /// Samples scored at once (worker permits).
    pub jobs: usize,
    /// Samples that may wait for a worker.
    pub queue: usize,
    /// A request's whole life: reading, waiting, scoring.
    pub deadline: Duration,
    pub max_body_bytes: usize,
    pub max_samples: usize,
}

impl ServeOptions {
    /// Resolves the defaults and refuses what could not work, reading the
    /// token from the environment.
    pub fn resolve(&self) -> Result<ServeConfig, ServeError> {
        self.resolve_with(|name| std::env::var(name).ok())
    }

    /// [`ServeOptions::resolve`] with `env` in place of the environment.
    pub fn resolve_with(
        &self,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<ServeConfig, ServeError> {
        let invalid = |m: String| Err(ServeError::Config(m));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let jobs = self.jobs.unwrap_or(cores);
        if jobs == 0 {
            return invalid("--jobs: at least 1".into());
        }
        if self.max_samples == Some(0) {
            return invalid("--max-samples: at least 1".into());
        }
        let queue = self.queue.unwrap_or_else(|| {
            (QUEUE_PER_JOB * jobs).max(self.max_samples.unwrap_or(DEFAULT_MAX_SAMPLES))
        });
        let capacity = jobs + queue;
        let max_samples = match self.max_samples {
            Some(n) if n > capacity => {
                return invalid(format!(
                    "--max-samples {n} is more than --jobs + --queue ({jobs} + {queue}): a request \
                     that large could never be admitted; raise --queue or lower --max-samples"
                ))
            }
            Some(n) => n,
            None => DEFAULT_MAX_SAMPLES.min(capacity),
        };
        if self.deadline_secs == 0 {
            return invalid("--deadline-secs: at least 1".into());
        }
        if self.max_body_bytes == 0 {
            return invalid("--max-body-bytes: at least 1".into());
        }
        let token = match &self.token_env {
            Some(name) => Some(Token::from_env(name, env(name))?),
            None if !self.bind.ip().is_loopback() => {
                return invalid(format!(
                    "--bind {}: not a loopback address, and anyone who can reach it could use this \
                     machine's cores: give --token-env VAR, the name of an environment variable \
                     holding a bearer token of at least {MIN_TOKEN_LEN} characters",
                    self.bind
                ))
            }
            None => None,
        };
        Ok(ServeConfig {
            bind: self.bind,
            token,
            jobs,
            queue,
            deadline: Duration::from_secs(self.deadline_secs),
            max_body_bytes: self.max_body_bytes,
            max_samples,
        })
    }
}

/// A bearer token, kept as its SHA-256 only: a presented token is hashed
/// and the two digests compared in constant time, so neither its bytes nor
/// its length leak through timing.
#[derive(Clone)]
pub struct Token {
    sha256: [u8; 32],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

impl Token {
    /// The token `value` of the environment variable `name`.
    pub fn from_env(name: &str, value: Option<String>) -> Result<Token, ServeError> {
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            return Err(ServeError::Config(format!(
                "--token-env {name}: the environment variable {name} is not set or empty"
            )));
        };
        Token::new(&value).map_err(|e| ServeError::Config(format!("--token-env {name}: {e}")))
    }

    /// A token of at least [`MIN_TOKEN_LEN`] printable ASCII characters
    /// (what an `Authorization` header can carry).
    pub fn new(value: &str) -> Result<Token, String> {
        if value.len() < MIN_TOKEN_LEN {
            return Err(format!(
                "the token is shorter than {MIN_TOKEN_LEN} characters (e.g. `openssl rand -hex 32` makes one)"
            ));
        }
        if !value.bytes().all(|b| b.is_ascii_graphic()) {
            return Err("the token must be printable ASCII without spaces".into());
        }
        Ok(Token {
            sha256: Sha256::digest(value.as_bytes()).into(),
        })
    }

    /// Whether `presented` is this token, in time independent of where they
    /// differ.
    pub fn matches(&self, presented: &[u8]) -> bool {
        let digest: [u8; 32] = Sha256::digest(presented).into();
        let diff = digest
            .iter()
            .zip(self.sha256.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(diff) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ServeOptions {
        ServeOptions {
            jobs: Some(2),
            ..ServeOptions::default()
        }
    }

    #[test]
    fn defaults_fit_the_largest_request() {
        let c = opts().resolve_with(|_| None).unwrap();
        assert_eq!((c.jobs, c.queue, c.max_samples), (2, 64, 64));
        let small = ServeOptions {
            jobs: Some(1),
            queue: Some(1),
            ..opts()
        };
        let c = small.resolve_with(|_| None).unwrap();
        assert_eq!((c.jobs, c.queue, c.max_samples), (1, 1, 2));
        let refused = ServeOptions {
            max_samples: Some(3),
            ..small
        };
        let e = refused.resolve_with(|_| None).unwrap_err().to_string();
        assert!(e.contains("--max-samples 3"), "{e}");
    }

    #[test]
    fn off_the_loopback_a_token_is_required() {
        let open = ServeOptions {
            bind: "0.0.0.0:0".parse().unwrap(),
            ..opts()
        };
        let e = open.resolve_with(|_| None).unwrap_err().to_string();
        assert!(e.contains("--token-env"), "{e}");
        let named = ServeOptions {
            token_env: Some("T".into()),
            ..open
        };
        let e = named.resolve_with(|_| None).unwrap_err().to_string();
        assert!(e.contains("T is not set"), "{e}");
        let e = named
            .resolve_with(|_| Some("short".into()))
            .unwrap_err()
            .to_string();
        assert!(e.contains("shorter than 16"), "{e}");
        let c = named
            .resolve_with(|_| Some("0123456789abcdef".into()))
            .unwrap();
        let token = c.token.unwrap();
        assert!(token.matches(b"0123456789abcdef"));
        assert!(!token.matches(b"0123456789abcdeF"));
        assert!(!token.matches(b""));
    }
}
