//! The HTTP client: one completion request, sent until it succeeds or
//! cannot.
//!
//! Each attempt ends one of three ways. *Done*: a 2xx whose body is a
//! completion. *Retry*: something that passes — a connection error, the
//! per-request timeout, 408, 409, 425, 429, any 5xx, or a 2xx body that is
//! not a completion (a proxy's error page) — retried after the
//! [`RetryPolicy`]'s wait. *Fatal*: the server refused this request on its
//! merits — 401/402/403 (the key), 404 (model or URL), other 4xx (a
//! parameter) — and asking again would only repeat the refusal, so the
//! caller hears at once.

use crate::api::{self, Completion};
use crate::limits::MAX_RESPONSE_BYTES;
use crate::retry::{self, RetryPolicy};
use crate::summary::{Observer, Stats};
use crate::{GenerateError, Mode};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use reqwest::StatusCode;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How to reach the server.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The API root, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8000/v1`.
    pub base_url: String,
    /// Sent as `Authorization: Bearer …` when present.
    pub api_key: Option<String>,
    /// Extra headers, sent with every request.
    pub headers: Vec<(String, String)>,
    /// The limit on one attempt, from connecting to the last byte.
    pub timeout: Duration,
    pub retry: RetryPolicy,
}

/// A client for one server.
pub struct Client {
    http: reqwest::Client,
    base_url: String,
    api_key: Option<String>,
    timeout: Duration,
    retry: RetryPolicy,
}

enum Attempt {
    Done(Completion),
    Retry {
        reason: String,
        after: Option<Duration>,
    },
    Fatal(GenerateError),
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, GenerateError> {
        // reqwest is built without a TLS crypto provider (see the workspace
        // manifest); ring is installed here, once. An `Err` means one is
        // installed already, which is all that is needed.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let url = reqwest::Url::parse(&config.base_url)
            .map_err(|e| GenerateError::Invalid(format!("--base-url {}: {e}", config.base_url)))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(GenerateError::Invalid(format!(
                "--base-url {}: expected an http:// or https:// URL",
                config.base_url
            )));
        }
        let headers = default_headers(&config)?;
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .timeout(config.timeout)
            .user_agent(concat!("effgauge/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| GenerateError::Invalid(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            http,
            base_url: config.base_url.trim_end_matches('/').to_owned(),
            api_key: config.api_key,
            timeout: config.timeout,
            retry: config.retry,
        })
    }

    /// The endpoint of a mode.
    fn url(&self, mode: Mode) -> String {
        format!("{}/{}", self.base_url, mode.path())
    }

    /// Sends `body` to the mode's endpoint until it succeeds, a fatal answer
    /// comes, or the retries run out. Every attempt and retry is counted in
    /// `stats`; each retry is reported to `observer` first.
    pub async fn complete(
        &self,
        mode: Mode,
        body: &serde_json::Value,
        task_id: &str,
        stats: &Stats,
        observer: &dyn Observer,
    ) -> Result<Completion, GenerateError> {
        let url = self.url(mode);
        let model = body["model"].as_str().unwrap_or_default();
        let body = serde_json::to_vec(body).expect("a JSON value serializes");
        let mut retry = 0;
        loop {
            stats.requests.fetch_add(1, Ordering::Relaxed);
            let (reason, after) = match self.attempt(&url, model, mode, &body).await {
                Attempt::Done(completion) => return Ok(completion),
                Attempt::Fatal(error) => return Err(error),
                Attempt::Retry { reason, after } => (reason, after),
            };
            if retry >= self.retry.retries {
                return Err(GenerateError::Exhausted {
                    url,
                    attempts: retry + 1,
                    last: reason,
                });
            }
            let wait = self.retry.wait(retry, after);
            stats.retries.fetch_add(1, Ordering::Relaxed);
            observer.retrying(task_id, &reason, wait);
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }

    async fn attempt(&self, url: &str, model: &str, mode: Mode, body: &[u8]) -> Attempt {
        let sent = self
            .http
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_vec())
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(e) => return self.transport_failure(&e),
        };
        let status = response.status();
        let after = retry::retry_after(response.headers());
        let bytes = match read_body(response).await {
            Ok(bytes) => bytes,
            Err(Body::Transport(e)) => return self.transport_failure(&e),
            Err(Body::TooLarge(size)) => {
                return Attempt::Fatal(GenerateError::TooLarge {
                    url: url.to_owned(),
                    status: status.as_u16(),
                    size,
                    limit: MAX_RESPONSE_BYTES,
                })
            }
        };
        if status.is_success() {
            return match api::parse_response(mode, &bytes) {
                Ok(completion) => Attempt::Done(completion),
                Err(reason) => Attempt::Retry {
                    reason: self.scrub(&reason),
                    after: None,
                },
            };
        }
        let message = self.scrub(&api::error_message(&bytes));
        classify(url, model, status, message, after)
    }

    fn transport_failure(&self, error: &reqwest::Error) -> Attempt {
        let reason = if error.is_timeout() {
            format!("no complete answer within {:?} (--timeout)", self.timeout)
        } else if error.is_connect() {
            format!("cannot connect: {}", error_chain(error))
        } else {
            error_chain(error)
        };
        Attempt::Retry {
            reason: self.scrub(&reason),
            after: None,
        }
    }

    /// A server's text without the key, should a server echo it.
    fn scrub(&self, text: &str) -> String {
        match &self.api_key {
            Some(key) if !key.is_empty() => text.replace(key.as_str(), "***"),
            _ => text.to_owned(),
        }
    }
}

/// Why a body was not read.
enum Body {
    Transport(reqwest::Error),
    /// Over [`MAX_RESPONSE_BYTES`]: its declared size, if it declared one.
    TooLarge(Option<u64>),
}

/// A response's body, of at most [`MAX_RESPONSE_BYTES`]: a declared
/// length over it is refused before anything is read, and the chunks are
/// counted as they arrive (a server may declare nothing, or the wrong
/// length), so no more than that is ever held.
async fn read_body(mut response: reqwest::Response) -> Result<Vec<u8>, Body> {
    if let Some(length) = response.content_length() {
        if length > MAX_RESPONSE_BYTES {
            return Err(Body::TooLarge(Some(length)));
        }
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Body::Transport)? {
        if (body.len() + chunk.len()) as u64 > MAX_RESPONSE_BYTES {
            return Err(Body::TooLarge(None));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// What an error status means for the request (see the module doc).
fn classify(
    url: &str,
    model: &str,
    status: StatusCode,
    message: String,
    after: Option<Duration>,
) -> Attempt {
    let url = url.to_owned();
    let code = status.as_u16();
    match code {
        401..=403 => Attempt::Fatal(GenerateError::Auth {
            url,
            status: code,
            message,
        }),
        404 => Attempt::Fatal(GenerateError::NotFound {
            url,
            model: model.to_owned(),
            message,
        }),
        408 | 409 | 425 | 429 | 500..=599 => Attempt::Retry {
            reason: format!("HTTP {code}: {message}"),
            after,
        },
        _ => Attempt::Fatal(GenerateError::Rejected {
            url,
            status: code,
            message,
        }),
    }
}

/// An error and its causes on one line (reqwest's own message is terse:
/// "error sending request").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The headers of every request: the key (marked sensitive, so it never
/// appears in debug output) and `--header`s.
fn default_headers(config: &ClientConfig) -> Result<HeaderMap, GenerateError> {
    let mut headers = HeaderMap::new();
    for (name, value) in &config.headers {
        let name = HeaderName::from_bytes(name.trim().as_bytes())
            .map_err(|e| GenerateError::Invalid(format!("--header {name:?}: {e}")))?;
        let mut value = HeaderValue::from_str(value.trim())
            .map_err(|e| GenerateError::Invalid(format!("--header {name}: {e}")))?;
        value.set_sensitive(true);
        headers.insert(name, value);
    }
    if let Some(key) = &config.api_key {
        let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
            GenerateError::Invalid("the API key holds characters a header cannot carry".into())
        })?;
        value.set_sensitive(true);
        headers.insert(AUTHORIZATION, value);
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::Summary;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    struct Quiet;

    impl Observer for Quiet {
        fn retrying(&self, _: &str, _: &str, _: Duration) {}
        fn written(&self, _: &str, _: &Summary) {}
        fn failed(&self, _: &str, _: usize, _: &GenerateError) {}
    }

    /// A server that answers one request with `head`, then `body` written
    /// `repeat` times (until the client hangs up).
    fn serve_once(head: &'static str, body: Vec<u8>, repeat: usize) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/v1", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let mut length = 0;
            while reader.read_line(&mut line).unwrap() > 2 {
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
                line.clear();
            }
            let mut request = vec![0; length];
            std::io::Read::read_exact(&mut reader, &mut request).unwrap();
            let mut stream = stream;
            let _ = stream.write_all(head.as_bytes());
            for _ in 0..repeat {
                if stream.write_all(&body).is_err() {
                    break;
                }
            }
        });
        url
    }

    fn client(url: String) -> Client {
        Client::new(ClientConfig {
            base_url: url,
            api_key: None,
            headers: Vec::new(),
            timeout: Duration::from_secs(60),
            retry: RetryPolicy {
                retries: 0,
                ..RetryPolicy::default()
            },
        })
        .unwrap()
    }

    async fn ask(url: String) -> GenerateError {
        client(url)
            .complete(
                Mode::Completions,
                &serde_json::json!({"model": "m", "prompt": "p"}),
                "t",
                &Stats::default(),
                &Quiet,
            )
            .await
            .unwrap_err()
    }

    #[tokio::test]
    async fn a_declared_length_over_the_bound_is_refused_before_reading() {
        let url = serve_once(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2147483648\r\n\r\n",
            b"{".to_vec(),
            1,
        );
        let err = ask(url.clone()).await;
        assert_eq!(
            err.to_string(),
            format!(
                "{url}/completions: HTTP 200: the answer is 2147483648 bytes, more than the \
                 67108864 bytes a response may have; not read (a lower --max-tokens or \
                 --per-request makes answers smaller)"
            )
        );
    }

    #[tokio::test]
    async fn an_endless_body_is_cut_at_the_bound() {
        // Chunked, with no length: 65 chunks of 1 MiB (and then some).
        let chunk = {
            let mut c = format!("{:x}\r\n", 1 << 20).into_bytes();
            c.extend(std::iter::repeat_n(b' ', 1 << 20));
            c.extend_from_slice(b"\r\n");
            c
        };
        let url = serve_once(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
            chunk,
            80,
        );
        let err = ask(url.clone()).await;
        assert!(
            matches!(
                err,
                GenerateError::TooLarge {
                    size: None,
                    status: 200,
                    ..
                }
            ),
            "{err}"
        );
        assert!(err
            .to_string()
            .contains("the answer is larger, more than the 67108864 bytes"));
    }
}
