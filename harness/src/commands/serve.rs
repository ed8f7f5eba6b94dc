//! `effgauge serve`: the scoring service (docs/serve.md). Thin: the
//! options become one [`ServeConfig`] and one [`ScoreConfig`], the suite is
//! loaded, and `effgauge_serve::run` serves until SIGTERM or SIGINT, with
//! the scorer built in the background.

use crate::cli::JudgeOpts;
use clap::Args;
use effgauge_problems::Language;
use effgauge_problems::Suite;
use effgauge_reports::schema::Inputs;
use effgauge_scoring::{ScoreConfig, Scorer};
use effgauge_serve::config::{
    DEFAULT_BIND, DEFAULT_DEADLINE_SECS, DEFAULT_MAX_BODY_BYTES, DEFAULT_PREPARED_CAPACITY,
};
use effgauge_serve::ServeOptions;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Args)]
pub struct ServeArgs {
    /// The address to listen on, IP:PORT (port 0: any free port, printed on
    /// stderr). An address off the loopback needs --token-env.
    #[arg(long, default_value = DEFAULT_BIND, value_name = "ADDR")]
    pub bind: SocketAddr,
    /// The name of an environment variable holding a bearer token (at least
    /// 16 printable characters); every /v1/* request must then send
    /// `Authorization: Bearer <token>`. Required off the loopback.
    #[arg(long, value_name = "VAR")]
    pub token_env: Option<String>,
    /// Samples scored at once (default: every core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Samples that may wait for a worker; past that, 429 (default: 4 ×
    /// jobs, and at least --max-samples).
    #[arg(long, value_name = "SAMPLES")]
    pub queue: Option<usize>,
    /// A request's limit, from its first byte to its answer; past it, 504
    /// and its samples not yet started are not started.
    #[arg(long, default_value_t = DEFAULT_DEADLINE_SECS, value_name = "SECS")]
    pub deadline_secs: u64,
    /// The largest request body; larger ones get 413.
    #[arg(long, default_value_t = DEFAULT_MAX_BODY_BYTES, value_name = "BYTES")]
    pub max_body_bytes: usize,
    /// The most samples in one request; more get 413 (default: 64, or jobs
    /// + queue when that is less).
    #[arg(long, value_name = "N")]
    pub max_samples: Option<usize>,
    /// Prepared problems (cases, expected outputs, reference costs) kept in
    /// memory, least recently used dropped first.
    #[arg(long, default_value_t = DEFAULT_PREPARED_CAPACITY, value_name = "PROBLEMS")]
    pub prepared_capacity: usize,
    /// The problem suite (default: the bundled one).
    #[arg(long, value_name = "DIR")]
    pub suite: Option<PathBuf>,
    #[command(flatten)]
    pub judge: JudgeOpts,
    /// ENAMEL's level weights h (level 0 first). Default: the weights the
    /// suite's problems declare when they all agree (0,3,3,4 in the bundled
    /// suite).
    #[arg(long, value_delimiter = ',')]
    pub weights: Option<Vec<f64>>,
    /// Seeds the guests' random sources.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// The language of the programs it scores (`python`, `cpp` or `c`): one
    /// per service.
    #[arg(long, default_value = "python", value_name = "LANG")]
    pub language: Language,
}

pub fn run(args: ServeArgs) -> anyhow::Result<u8> {
    let serve = ServeOptions {
        bind: args.bind,
        token_env: args.token_env.clone(),
        jobs: args.jobs,
        queue: args.queue,
        deadline_secs: args.deadline_secs,
        max_body_bytes: args.max_body_bytes,
        max_samples: args.max_samples,
    }
    .resolve()?;
    // Held-out inputs unless --public: a reward must not be computable in
    // advance.
    let salt = args.judge.salt.salt(Inputs::HeldOut)?;
    let suite = Suite::load(&args.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let weights = super::score::resolve_weights(args.weights.as_deref(), &suite, &[])?;
    let config = ScoreConfig {
        jobs: serve.jobs,
        language: args.language,
        ..args.judge.config(weights, args.seed, salt)
    };
    config.validate()?;
    let capacity = args.prepared_capacity;
    effgauge_serve::run(serve, move || Scorer::new(config, suite, capacity))?;
    Ok(crate::exit::OK)
}
