//! The options of `generate` (and `eval`): what to ask, whom, and how
//! hard; turned into the generate crate's settings and client config.

use crate::exit::invalid;
use clap::Args;
use effgauge_generate::{
    sha256_hex, ClientConfig, GenerateError, Language, Mode, RetryPolicy, RunConfig, Settings,
    Template, COMPLETION_STOPS,
};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Args, Clone)]
pub struct GenerationOpts {
    /// The model, as the server names it (sent as `model`).
    #[arg(long)]
    pub model: String,
    /// The API root, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1
    /// (requests go to BASE/chat/completions or BASE/completions).
    #[arg(long, value_name = "URL")]
    pub base_url: String,
    /// The name the samples and results carry (default: --model).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Ask /chat/completions with an instruction (the default).
    #[arg(long, conflicts_with = "completions")]
    pub chat: bool,
    /// Ask /completions to continue the prompt (base models).
    #[arg(long)]
    pub completions: bool,
    /// The language asked for: python, cpp (C++17, the problems with a C++
    /// track) or c (C17, those with a C track); cpp and c in chat mode only.
    #[arg(long, value_name = "LANG", default_value = "python", value_parser = parse_language)]
    pub language: effgauge_problems::Language,
    /// The problem suite (default: the bundled one).
    #[arg(long, value_name = "DIR")]
    pub suite: Option<PathBuf>,
    /// Only these problems (default: every problem of the suite).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    pub problems: Vec<String>,
    /// Samples per problem.
    #[arg(long, default_value_t = 1)]
    pub n: u32,
    /// Sampling temperature (default: 0, greedy, with --n 1; 0.8 otherwise).
    #[arg(long)]
    pub temperature: Option<f64>,
    /// Nucleus sampling's top_p (default: not sent, the server's).
    #[arg(long)]
    pub top_p: Option<f64>,
    /// The longest answer, in tokens; 0 sends none (the server's default).
    #[arg(long, default_value_t = 2048)]
    pub max_tokens: u32,
    /// Sampling seed, for servers that honour one: sample i of a problem is
    /// asked with SEED + i.
    #[arg(long)]
    pub seed: Option<u64>,
    /// A system message (chat mode).
    #[arg(long, value_name = "TEXT")]
    pub system: Option<String>,
    /// An instruction template file with {prompt} (and optionally
    /// {entry_point}, {task_id}) instead of the mode's default.
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// The environment variable holding the API key (sent as a Bearer
    /// token). Without it no key is sent.
    #[arg(long, value_name = "VAR")]
    pub api_key_env: Option<String>,
    /// An extra header for every request, e.g. 'OpenAI-Organization: org-1' (repeatable).
    #[arg(long = "header", value_name = "NAME: VALUE", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,
    /// Requests in flight at most (the first request always goes alone).
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
    /// The most samples one request asks for (the API's `n`; default: all
    /// of a problem's). 1 asks once per sample.
    #[arg(long, value_name = "K")]
    pub per_request: Option<u32>,
    /// The limit on one request, in seconds, from connecting to the last byte.
    #[arg(long, value_name = "SECS", default_value_t = 300.0)]
    pub timeout: f64,
    /// Retries of a request after a connection error, timeout, 429, 5xx or
    /// malformed answer.
    #[arg(long, default_value_t = 6)]
    pub retries: u32,
    /// The first backoff step, in milliseconds (tests shorten it).
    #[arg(
        long,
        hide = true,
        env = "EFFGAUGE_BACKOFF_BASE_MS",
        default_value_t = 1000
    )]
    pub backoff_base_ms: u64,
}

fn parse_language(s: &str) -> Result<effgauge_problems::Language, String> {
    s.parse()
}

fn parse_header(s: &str) -> Result<(String, String), String> {
    let (name, value) = s
        .split_once(':')
        .ok_or("expected 'Name: value', e.g. 'OpenAI-Organization: org-1'")?;
    if name.trim().is_empty() {
        return Err("the header name is empty".into());
    }
    Ok((name.trim().to_owned(), value.trim().to_owned()))
}

impl GenerationOpts {
    pub fn mode(&self) -> Mode {
        if self.completions {
            Mode::Completions
        } else {
            Mode::Chat
        }
    }

    /// The samples' language, as the generate crate names it.
    pub fn language(&self) -> Language {
        match self.language {
            effgauge_problems::Language::Python => Language::Python,
            effgauge_problems::Language::Cpp => Language::Cpp,
            effgauge_problems::Language::C => Language::C,
        }
    }

    /// The name written as each sample's `model`.
    pub fn model_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.model)
    }

    /// The options that can be refused before anything is read.
    pub fn check(&self) -> anyhow::Result<()> {
        // What a results file may hold (see docs/results.md, "The results file"):
        // refused here, not after hours of requests.
        use effgauge_reports::limits::{check_label, MAX_SAMPLES_PER_PROBLEM};
        if u64::from(self.n) > MAX_SAMPLES_PER_PROBLEM {
            return Err(invalid(format!(
                "--n {}: at most {MAX_SAMPLES_PER_PROBLEM} samples per problem",
                self.n
            )));
        }
        if let Err(why) = check_label(self.model_name()) {
            return Err(invalid(format!("--model/--name: {why}")));
        }
        let checks = [
            (self.n == 0, "--n: at least 1 sample per problem"),
            (self.concurrency == 0, "--concurrency: at least 1"),
            (self.per_request == Some(0), "--per-request: at least 1"),
            (
                !(self.timeout.is_finite() && self.timeout > 0.0),
                "--timeout: a positive number of seconds",
            ),
            (
                self.temperature.is_some_and(|t| !(0.0..=2.0).contains(&t)),
                "--temperature: between 0 and 2",
            ),
            (
                self.top_p.is_some_and(|p| !(p > 0.0 && p <= 1.0)),
                "--top-p: above 0, at most 1",
            ),
            (
                self.completions && self.system.is_some(),
                "--system: chat mode only (a completion has no system message)",
            ),
            (self.model_name().is_empty(), "--model/--name: empty"),
            (
                self.completions && !self.language().is_python(),
                "--completions: not with --language cpp or c (such a sample is a whole file, \
                 which a continuation of the prompt is not); use chat mode",
            ),
        ];
        match checks.iter().find(|(bad, _)| *bad) {
            Some((_, message)) => Err(invalid(*message)),
            None => Ok(()),
        }
    }

    /// The run's settings and the client's configuration.
    pub fn configs(&self) -> anyhow::Result<(RunConfig, ClientConfig)> {
        let mode = self.mode();
        let language = self.language();
        let template = match &self.template {
            Some(path) => Template::from_file(path)?,
            None => Template::default_in(mode, language),
        };
        let settings = Settings {
            api_model: self.model.clone(),
            mode,
            language,
            temperature: self
                .temperature
                .unwrap_or(if self.n == 1 { 0.0 } else { 0.8 }),
            top_p: self.top_p,
            max_tokens: (self.max_tokens > 0).then_some(self.max_tokens),
            seed: self.seed,
            system_sha256: self.system.as_deref().map(sha256_hex),
            template_sha256: sha256_hex(&template.identity()),
            stop: match mode {
                Mode::Chat => Vec::new(),
                Mode::Completions => COMPLETION_STOPS.iter().map(|s| s.to_string()).collect(),
            },
        };
        let run = RunConfig {
            settings,
            system: self.system.clone(),
            template,
            model_name: self.model_name().to_owned(),
            n: self.n,
            per_request: self.per_request.unwrap_or(self.n),
            concurrency: self.concurrency,
        };
        let client = ClientConfig {
            base_url: self.base_url.clone(),
            api_key: self.api_key()?,
            headers: self.headers.clone(),
            timeout: Duration::from_secs_f64(self.timeout),
            retry: RetryPolicy {
                retries: self.retries,
                base: Duration::from_millis(self.backoff_base_ms),
                ..RetryPolicy::default()
            },
        };
        Ok((run, client))
    }

    /// The key, read from the variable `--api-key-env` names; never from
    /// the command line, never written anywhere.
    fn api_key(&self) -> Result<Option<String>, GenerateError> {
        let Some(var) = &self.api_key_env else {
            return Ok(None);
        };
        match std::env::var(var) {
            Ok(key) if !key.trim().is_empty() => Ok(Some(key.trim().to_owned())),
            _ => Err(GenerateError::ApiKeyMissing { var: var.clone() }),
        }
    }
}
