//! An OpenAI-compatible model server on loopback, for the tests of
//! `generate` and `eval`. It behaves as real servers do where it matters to
//! a client: bearer keys (a wrong one is echoed in the 401's message, as
//! some servers do, so the test can check the CLI scrubs it), unknown models
//! (404), `n` honoured, ignored (llama.cpp, Ollama) or refused, `usage`,
//! and scripted faults for the first requests: error statuses with or
//! without `Retry-After`, slow answers, malformed bodies. Every request is
//! logged with its arrival time, so tests count attempts and measure waits.
#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// How a server treats `n`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NSupport {
    /// `n` choices (OpenAI, vLLM).
    Native,
    /// One choice whatever `n` is (llama.cpp's server, Ollama).
    Ignored,
    /// 400 when `n` is sent.
    Refused,
}

/// What one of the first requests gets instead of an answer.
#[derive(Clone)]
pub enum Fault {
    /// This status, with this `Retry-After` if any.
    Status(u16, Option<&'static str>),
    /// A good answer, this late.
    Slow(Duration),
    /// 200 with a body that is not a completion.
    Malformed,
}

/// How the server behaves; change it between runs through [`FakeApi::set`].
#[derive(Clone)]
pub struct Behaviour {
    /// The bearer key required, if any.
    pub key: Option<String>,
    /// The one model the server knows.
    pub model: String,
    pub n: NSupport,
    /// Served in order to the first requests (the i-th to request i).
    pub faults: Vec<Fault>,
    /// Requests after this many are answered an hour late (a server that
    /// stalls: the run is killed meanwhile).
    pub stall_after: Option<usize>,
    /// Requests whose prompt holds this text always get a 500 (one task
    /// whose requests keep failing).
    pub always_fail: Option<String>,
    /// The answer's text; `None`: a fenced stub defining the prompt's function.
    pub answer: Option<String>,
    /// Each answer is delayed this much (to observe concurrency).
    pub delay: Duration,
}

impl Default for Behaviour {
    fn default() -> Self {
        Behaviour {
            key: None,
            model: "m".into(),
            n: NSupport::Native,
            faults: Vec::new(),
            stall_after: None,
            always_fail: None,
            answer: None,
            delay: Duration::ZERO,
        }
    }
}

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Logged {
    pub at: Instant,
    pub path: String,
    pub body: Value,
    /// Header names in lowercase.
    pub headers: BTreeMap<String, String>,
}

struct State {
    behaviour: Mutex<Behaviour>,
    log: Mutex<Vec<Logged>>,
}

/// A running fake server and its runtime.
pub struct FakeApi {
    server: MockServer,
    state: Arc<State>,
    _runtime: tokio::runtime::Runtime,
}

impl FakeApi {
    pub fn start(behaviour: Behaviour) -> FakeApi {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let state = Arc::new(State {
            behaviour: Mutex::new(behaviour),
            log: Mutex::new(Vec::new()),
        });
        let server = runtime.block_on(async {
            let server = MockServer::builder().start().await;
            Mock::given(method("POST"))
                .and(path_regex(r"^/v1/(chat/)?completions$"))
                .respond_with(Responder(state.clone()))
                .mount(&server)
                .await;
            server
        });
        FakeApi {
            server,
            state,
            _runtime: runtime,
        }
    }

    /// A server and a temporary folder for the files of one test.
    pub fn start_in_tempdir(behaviour: Behaviour) -> (FakeApi, tempfile::TempDir) {
        (FakeApi::start(behaviour), tempfile::tempdir().unwrap())
    }

    /// The base URL to pass as `--base-url`.
    pub fn base_url(&self) -> String {
        format!("{}/v1", self.server.uri())
    }

    /// Changes the behaviour for the requests to come.
    pub fn set(&self, change: impl FnOnce(&mut Behaviour)) {
        change(&mut self.state.behaviour.lock().unwrap());
    }

    /// The requests so far.
    pub fn log(&self) -> Vec<Logged> {
        self.state.log.lock().unwrap().clone()
    }

    /// Forgets the requests so far.
    pub fn clear_log(&self) {
        self.state.log.lock().unwrap().clear();
    }
}

/// Points a command at loopback only: no proxy from the environment (a
/// proxy would see the requests), and short backoff steps.
pub fn offline<C: CommandEnv>(command: &mut C) -> &mut C {
    command.set_env("EFFGAUGE_BACKOFF_BASE_MS", "5");
    for var in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        command.unset_env(var);
    }
    command
}

/// The environment calls of assert_cmd's and std's commands alike.
pub trait CommandEnv {
    fn set_env(&mut self, key: &str, value: &str);
    fn unset_env(&mut self, key: &str);
}

impl CommandEnv for assert_cmd::Command {
    fn set_env(&mut self, key: &str, value: &str) {
        self.env(key, value);
    }
    fn unset_env(&mut self, key: &str) {
        self.env_remove(key);
    }
}

impl CommandEnv for std::process::Command {
    fn set_env(&mut self, key: &str, value: &str) {
        self.env(key, value);
    }
    fn unset_env(&mut self, key: &str) {
        self.env_remove(key);
    }
}

struct Responder(Arc<State>);

impl Respond for Responder {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let headers: BTreeMap<String, String> = request
            .headers
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
            .collect();
        let authorization = headers.get("authorization").cloned();
        let number = {
            let mut log = self.0.log.lock().unwrap();
            log.push(Logged {
                at: Instant::now(),
                path: request.url.path().to_owned(),
                body: body.clone(),
                headers,
            });
            log.len() - 1
        };
        let behaviour = self.0.behaviour.lock().unwrap().clone();
        respond(&behaviour, number, request.url.path(), &body, authorization)
    }
}

fn error(status: u16, message: &str, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "error": {"message": message, "type": "invalid_request_error", "code": code}
    }))
}

fn respond(
    b: &Behaviour,
    number: usize,
    path: &str,
    body: &Value,
    authorization: Option<String>,
) -> ResponseTemplate {
    if let Some(key) = &b.key {
        let sent = authorization.unwrap_or_default();
        if sent != format!("Bearer {key}") {
            let shown = sent.trim_start_matches("Bearer ");
            return error(
                401,
                &format!("Incorrect API key provided: {shown}."),
                "invalid_api_key",
            );
        }
    }
    if body["model"] != b.model.as_str() {
        let message = format!(
            "The model `{}` does not exist.",
            body["model"].as_str().unwrap_or("")
        );
        return error(404, &message, "model_not_found");
    }
    let text = prompt_text(body);
    if b.always_fail
        .as_ref()
        .is_some_and(|t| text.contains(t.as_str()))
    {
        return error(
            500,
            "The server had an error while processing your request.",
            "server_error",
        );
    }
    let asked = body["n"].as_u64().unwrap_or(1) as usize;
    if b.n == NSupport::Refused && body.get("n").is_some() {
        return error(400, "Only n=1 is supported.", "invalid_value");
    }
    let choices = if b.n == NSupport::Ignored { 1 } else { asked };
    let answer = b.answer.clone().unwrap_or_else(|| stub_answer(&text));
    let good = ResponseTemplate::new(200)
        .set_body_json(completion(path, &b.model, &answer, choices, number))
        .set_delay(b.delay);
    match b.faults.get(number) {
        Some(Fault::Status(status, retry_after)) => {
            let mut response = error(
                *status,
                "Rate limit reached; try again later.",
                "rate_limit",
            );
            if let Some(after) = retry_after {
                response = response.insert_header("retry-after", *after);
            }
            response
        }
        Some(Fault::Slow(delay)) => good.set_delay(*delay),
        Some(Fault::Malformed) => ResponseTemplate::new(200).set_body_raw(
            r#"{"id": "cmpl-1", "choices": [{"index": 0, "#,
            "application/json",
        ),
        None if b.stall_after.is_some_and(|k| number >= k) => {
            good.set_delay(Duration::from_secs(3600))
        }
        None => good,
    }
}

/// The text of a request: the user message, or the completion prompt.
pub fn prompt_text(body: &Value) -> String {
    match body["messages"].as_array() {
        Some(messages) => messages
            .iter()
            .filter_map(|m| m["content"].as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        None => body["prompt"].as_str().unwrap_or("").to_owned(),
    }
}

/// A fenced answer defining the function the prompt declares.
fn stub_answer(text: &str) -> String {
    let name = text
        .lines()
        .find_map(|l| l.strip_prefix("def "))
        .and_then(|rest| rest.split('(').next())
        .unwrap_or("f");
    format!(
        "Here is an efficient solution:\n\n```python\ndef {name}(*args):\n    return None\n```\n"
    )
}

fn completion(path: &str, model: &str, answer: &str, choices: usize, number: usize) -> Value {
    let chat = path.ends_with("chat/completions");
    let choices: Vec<Value> = (0..choices)
        .map(|index| {
            if chat {
                json!({"index": index, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"})
            } else {
                json!({"index": index, "text": answer, "finish_reason": "length", "logprobs": null})
            }
        })
        .collect();
    let completion_tokens = 20 * choices.len();
    json!({
        "id": format!("cmpl-{number}"),
        "object": if chat { "chat.completion" } else { "text_completion" },
        "created": 1_700_000_000,
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": 100, "completion_tokens": completion_tokens, "total_tokens": 100 + completion_tokens}
    })
}
