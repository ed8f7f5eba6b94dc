//! # effgauge-generate: samples from a model server
//!
//! effgauge scores programs; models write them. This crate is the step in
//! between, so that every user asks every model the same way instead of
//! writing a sampling script of their own whose prompts, retries and code
//! extraction differ subtly from the next one's — which makes numbers
//! incomparable. It has one job: for each problem of a suite, obtain `n`
//! answers from a server that speaks the OpenAI HTTP API (hosted APIs,
//! vLLM, llama.cpp's server, Ollama, TGI), turn each answer into a program,
//! and append it to a samples file that `effgauge score` reads unchanged.
//! Nothing here runs code or knows about scoring; the `effgauge generate`
//! and `effgauge eval` commands put it in front of the scorer.
//!
//! ## Asking
//!
//! A [`Template`] turns a problem's prompt into the text sent: one default
//! per [`Mode`], each asking for an *efficient* correct solution, or a file
//! of the user's. [`api`] builds the request body (chat messages or a
//! completion prompt, sampling parameters, `stream: false`) and reads the
//! answer. [`Client`] sends it over reqwest with a per-attempt timeout and
//! retries what passes (connection errors, timeouts, 429, 5xx, bodies that
//! are not completions) with exponential backoff and jitter, honouring
//! `Retry-After` ([`retry`]); what will not pass (401/403: the key, 404: the
//! model or URL, other 4xx) fails at once. The API key comes from the
//! caller (the command line reads it from a named environment variable),
//! is sent only in the `Authorization` header, and is scrubbed from any
//! server message before it is shown.
//!
//! ## Running
//!
//! A [`Run`] plans the samples the file still lacks and executes them on
//! tokio with at most `concurrency` requests in flight, the first one alone
//! (a wrong key costs one request, not a burst). `n > 1` is asked natively
//! and falls back to one request per sample on servers that ignore or refuse
//! `n`. Progress goes to an [`Observer`]; [`Stats`] count requests, retries,
//! failures and tokens for the final summary, and survive an interruption.
//!
//! ## Extracting
//!
//! [`extract()`] finds the program in an answer: fenced blocks (choosing the
//! one that defines the entry point), bare code among prose, a body that
//! continues the prompt, a completion continuing it; it drops example
//! usage and restores the prompt's imports. An answer without code becomes
//! a program that fails — never a dropped sample, so pass@k stays honest.
//! The module doc lists the rules in order. C++ answers
//! ([`extract_cpp`], `--language cpp`) are read by rules of their own: the
//! last C++ block that defines the entry point, a `main` removed, the
//! prompt's `#include` added to a file that has none.
//!
//! ## Writing
//!
//! [`SamplesFile`] appends one synced line per sample as it arrives, so a
//! kill loses only the requests in flight. Every line records its
//! [`Settings`] (model, mode, sampling parameters, hashes of the system
//! message and template); rerunning the same command skips the (task,
//! index) pairs present, and a file made with other settings is refused.
//!
//! ## Bounds
//!
//! A server's answer and a samples file found on disk are read within
//! [`limits`]: a response body, an answer, a line of the file and a
//! template are each bounded in size before they are held in memory, so a
//! broken or hostile server cannot make generation allocate without end.

pub mod api;
mod client;
mod error;
pub mod extract;
pub mod limits;
pub mod retry;
mod run;
mod samples;
mod settings;
mod summary;
mod template;

pub use client::{Client, ClientConfig};
pub use error::GenerateError;
pub use extract::{extract, extract_cpp, extract_in, Extracted, Found};
pub use retry::RetryPolicy;
pub use run::{Run, RunConfig};
pub use samples::{Opened, SampleKey, SampleLine, SamplesFile};
pub use settings::{sha256_hex, Language, Mode, Settings, COMPLETION_STOPS};
pub use summary::{Observer, Stats, Summary};
pub use template::{
    Template, DEFAULT_CHAT, DEFAULT_CHAT_CPP, DEFAULT_CHAT_STDIO, DEFAULT_COMPLETIONS,
};

/// A problem as generation sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    /// The problem's id, written as each sample's `task_id`.
    pub id: String,
    /// The problem's prompt in the run's language: `prompt.py` (imports,
    /// signature and docstring) for Python, the C++ prompt (the statement
    /// as comments above the declaration) for C++.
    pub prompt: String,
    /// The function a program must define; empty for a stdio task, whose
    /// answer is a whole program reading stdin and writing stdout.
    pub entry_point: String,
}

impl Task {
    /// A stdio task: the answer is a whole program, not a function.
    pub fn is_program(&self) -> bool {
        self.entry_point.is_empty()
    }
}
