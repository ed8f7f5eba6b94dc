//! The command line, declared with clap's derive API.

use clap::{Args, Parser, Subcommand};
use effgauge_problems::{Profile, Salt};
use effgauge_reports::schema::Inputs;
use effgauge_sandboxes::{CostModel, Meter};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "effgauge",
    version,
    about = "Score how efficient LLM-generated code is, in deterministic wasmtime sandboxes."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Ask a model server (any OpenAI-compatible API) for samples of every
    /// problem, into a samples file `score` reads; resumable.
    Generate(crate::commands::generate::GenerateArgs),
    /// Generate, score and report in one command: samples, results, summary
    /// and leaderboard in --out-dir.
    Eval(crate::commands::eval::EvalArgs),
    /// Run one candidate file on a list of argument lists and show each call's cost.
    Exec(ExecArgs),
    /// Score sample files (the main job): results file, journal, thresholds.
    Score(crate::commands::score::ScoreArgs),
    /// Score samples over HTTP/JSON (for RL trainers, CI, boards): a warm
    /// scorer on a bounded pool, held-out inputs by default (docs/serve.md).
    Serve(crate::commands::serve::ServeArgs),
    /// Prepare a suite's cases into one portable bundle file (--out FILE),
    /// or check one and install it into this machine's cache (--restore
    /// FILE), so that a fresh runner starts warm.
    Prepare(crate::commands::prepare::PrepareArgs),
    /// Score one submission against one problem, level by level.
    Run(crate::commands::run::RunArgs),
    /// Merge the results of `score --shard I/N` runs into one file.
    Merge(crate::commands::merge::MergeArgs),
    /// List, show and validate the problems of a suite.
    Problems(ProblemsArgs),
    /// Render results files as a Markdown summary, an HTML leaderboard or JSON.
    Report(crate::commands::report::ReportArgs),
    /// Compare two results files; exit 1 when a metric regresses beyond --max-regression.
    Compare(crate::commands::compare::CompareArgs),
    /// Convert another benchmark's dataset into an effgauge suite.
    Import(ImportArgs),
    /// Build the CPython-WASI runtime from the recipe in this binary and
    /// cache the pre-initialised snapshot: all a machine needs to score.
    Setup(SetupArgs),
}

#[derive(Args)]
pub struct SetupArgs {
    /// Build (or find) the runtime only; skip making the snapshot.
    #[arg(long)]
    pub runtime_only: bool,
    /// The cost model whose compiled snapshot to cache.
    #[arg(long, default_value = "cost-v1", value_parser = parse_cost_model)]
    pub cost_model: CostModel,
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub command: ImportCommand,
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// ENAMEL's dataset file (q-rz/enamel, dataset/enamel.csv): one problem
    /// per row, with ENAMEL's inputs exactly (its sizes, cases per level and
    /// seeding), its checker and its weights 0,3,3,4. Rows that cannot be
    /// converted are reported (file:line:column) and skipped; exit 1 then.
    Enamel(ImportEnamelArgs),
    /// A copy of COFFE's repository (JohnnyPeng18/Coffe): one problem per
    /// instance of datasets/function (or datasets/file), its correctness
    /// tests as level 0 (weight 0), its stress tests as level 1 (weight 1),
    /// its best solutions as the references. Instances that cannot be
    /// converted are reported (FILE: index N: field) and skipped; exit 1 then.
    Coffe(ImportCoffeArgs),
}

#[derive(Args)]
pub struct ImportCoffeArgs {
    /// The root of the copy of COFFE (holding datasets/<set>/ and maybe examples/<set>/).
    pub dir: PathBuf,
    /// The suite folder to write (must not exist, or be empty).
    #[arg(long, value_name = "SUITE")]
    pub out: PathBuf,
    /// `function` (HumanEval and MBPP functions) or `file` (APPS and Code
    /// Contests programs on stdin/stdout).
    #[arg(long, default_value = "function", value_parser = ["function", "file"])]
    pub set: String,
    /// Also write COFFE's model outputs (examples/<set>/<model>.json) as
    /// samples files DIR/<model>.jsonl, code extracted from each answer.
    #[arg(long, value_name = "DIR")]
    pub samples_out: Option<PathBuf>,
}

#[derive(Args)]
pub struct ImportEnamelArgs {
    /// ENAMEL's dataset file (CSV).
    pub csv: PathBuf,
    /// The suite folder to write (must not exist, or be empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// `all` rows, or `enamel`: ENAMEL's own 142-problem set.
    #[arg(long, default_value = "all", value_parser = ["all", "enamel"])]
    pub subset: String,
}

/// Options shared by every command that runs guests.
#[derive(Args, Clone)]
pub struct SandboxOpts {
    /// Which figure is the cost: fuel (deterministic), instructions (hardware counter), wall (ns).
    #[arg(long, default_value = "fuel", value_parser = parse_meter)]
    pub meter: Meter,
    /// What fuel charges besides WebAssembly operators: cost-v1 (half a unit
    /// per byte copied, moved or filled), cache-v1 (cost-v1 plus a price per
    /// miss of a simulated 512 KiB cache; Python only, see docs/meters.md) or
    /// plain (wasmtime's own fuel: one unit per byte of a bulk copy; for
    /// comparison only).
    #[arg(long, default_value = "cost-v1", value_parser = parse_cost_model)]
    pub cost_model: CostModel,
    /// The CPython-WASI runtime directory (default: the one build-python.sh caches).
    #[arg(long, env = "EFFGAUGE_RUNTIME")]
    pub runtime: Option<PathBuf>,
}

/// How a sample's costs are judged against the reference's, shared by
/// `score` and `run`.
#[derive(Args, Clone)]
pub struct JudgingOpts {
    /// One limit per level (α × that level's reference cost) instead of one for all.
    #[arg(long)]
    pub per_level_limit: bool,
    /// Whose rules decide which limit hits count as too slow rather than
    /// wrong: effgauge's (only a limit hit whose answer a re-run verifies)
    /// or enamel (ENAMEL's evaluator's, for side-by-side numbers; see
    /// docs/enamel.md, "`--profile enamel`").
    #[arg(long, default_value = "effgauge", value_parser = parse_profile)]
    pub profile: Profile,
    /// Under effgauge's profile, a limit hit is re-run once with this many
    /// times its fuel limit (and, after a memory hit, its memory), within
    /// hard caps, to verify its answer; only a correct one is censored
    /// rather than wrong.
    #[arg(long, default_value_t = effgauge_problems::VERIFY_MULTIPLE, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub verify_multiple: u64,
    /// Costs within this fraction of the reference's, at a level, count as
    /// the reference's own: no score above 1 and no "efficient" verdict
    /// from heap-layout noise (see docs/metrics.md, "Ties").
    #[arg(long, default_value_t = effgauge_scoring::DEFAULT_TIE_MARGIN, value_name = "FRACTION")]
    pub tie_margin: f64,
    /// ... or within this many cost units (fuel by default).
    #[arg(long, default_value_t = effgauge_scoring::DEFAULT_TIE_FLOOR, value_name = "COST")]
    pub tie_floor: f64,
}

impl JudgingOpts {
    /// The library's judging settings with this α and these weights.
    pub fn judging(&self, alpha: f64, weights: Vec<f64>) -> effgauge_scoring::Judging {
        effgauge_scoring::Judging {
            alpha,
            weights,
            per_level_limit: self.per_level_limit,
            tie_margin: self.tie_margin,
            tie_floor: self.tie_floor,
            profile: self.profile,
            verify_multiple: self.verify_multiple,
        }
    }
}

fn parse_profile(s: &str) -> Result<Profile, String> {
    s.parse()
}

/// The shortest secret `--salt` takes.
pub const MIN_SALT_CHARS: usize = 16;

/// Which inputs a run scores on, shared by `score`, `eval` and `run`: the
/// published seeds, or held-out inputs drawn under a secret salt (the
/// installation's own, or one given). `eval` defaults to held-out, `score`
/// and `run` to the published seeds (see docs/scoring.md, "Held-out runs").
#[derive(Args, Clone)]
pub struct SaltOpts {
    /// A secret mixed into every case seed, so that the inputs cannot be
    /// known in advance (held-out runs). Only its SHA-256 is recorded.
    /// Prefer the environment variable: a command line is visible to others.
    #[arg(
        long,
        env = "EFFGAUGE_SALT",
        hide_env_values = true,
        value_name = "SECRET"
    )]
    pub salt: Option<String>,
    /// Held-out inputs under this installation's own salt (32 random bytes
    /// made once in the cache folder, file `installation-salt`; only its
    /// SHA-256 is recorded). The default of `eval`.
    #[arg(long, conflicts_with = "public")]
    pub held_out: bool,
    /// The published seeds: the same inputs on every machine, for figures
    /// anyone can reproduce; anyone can also know them in advance, so they
    /// are not for a reward or a public board. The default of `score` and
    /// `run`.
    #[arg(long)]
    pub public: bool,
}

impl SaltOpts {
    /// The salt of the run, `None` for the published seeds: the one given
    /// (`--salt`/`EFFGAUGE_SALT`; an empty one is refused, as it would look
    /// like a held-out run and hide nothing), else the installation's with
    /// `--held-out`, none with `--public`, else as `default` says.
    pub fn salt(&self, default: Inputs) -> anyhow::Result<Option<Salt>> {
        if let Some(secret) = &self.salt {
            if self.public {
                return Err(crate::exit::invalid(
                    "--public asks for the published seeds, but --salt/EFFGAUGE_SALT gives a secret \
                     for held-out inputs: drop one of them (is EFFGAUGE_SALT set in the environment?)",
                ));
            }
            let salt = Salt::new(secret)
                .ok_or_else(|| crate::exit::invalid("--salt/EFFGAUGE_SALT: the salt is empty"))?;
            // Every result publishes the salt's SHA-256: a short secret is
            // found by a dictionary, and with it every held-out input.
            if secret.chars().count() < MIN_SALT_CHARS {
                return Err(crate::exit::invalid(format!(
                    "--salt/EFFGAUGE_SALT: at least {MIN_SALT_CHARS} characters (every result \
                     publishes the salt's SHA-256, so a short one is guessed, and with it every \
                     held-out input); or --held-out for this installation's random one"
                )));
            }
            return Ok(Some(salt));
        }
        let held_out = self.held_out || (!self.public && default == Inputs::HeldOut);
        Ok(if held_out {
            Some(Salt::installation()?)
        } else {
            None
        })
    }
}

/// How each program is run and judged: the options `score`, `eval`, `run`
/// and `serve` share, resolved once into the library's [`ScoreConfig`]
/// ([`JudgeOpts::config`]).
///
/// [`ScoreConfig`]: effgauge_scoring::ScoreConfig
#[derive(Args, Clone)]
pub struct JudgeOpts {
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    #[command(flatten)]
    pub source: SourceOpts,
    /// ENAMEL's α: the time (fuel) limit is α × the reference's cost.
    #[arg(long, default_value_t = effgauge_scoring::DEFAULT_ALPHA)]
    pub alpha: f64,
    #[command(flatten)]
    pub judging: JudgingOpts,
    #[command(flatten)]
    pub salt: SaltOpts,
    #[command(flatten)]
    pub outcome_cache: OutcomeCacheOpts,
}

impl JudgeOpts {
    /// The library's configuration with these level weights, seed and salt
    /// (from [`SaltOpts::salt`], settled first so that a contradiction is
    /// refused before anything is read); the run's own settings (k, jobs,
    /// selection) keep their defaults for the caller to set.
    pub fn config(
        &self,
        weights: Vec<f64>,
        seed: u64,
        salt: Option<Salt>,
    ) -> effgauge_scoring::ScoreConfig {
        effgauge_scoring::ScoreConfig {
            judging: self.judging.judging(self.alpha, weights),
            meter: self.sandbox.meter,
            cost_model: self.sandbox.cost_model,
            runtime: self.sandbox.runtime.clone(),
            max_source_bytes: self.source.max_source_bytes,
            seed,
            salt,
            outcome_cache: self.outcome_cache.spec(),
            ..effgauge_scoring::ScoreConfig::default()
        }
    }
}

/// The outcome cache, shared by `score`, `eval`, `run` and `serve`.
#[derive(Args, Clone)]
pub struct OutcomeCacheOpts {
    /// Judge every program again rather than reading the outcomes this
    /// machine kept from earlier runs under the same settings (the results
    /// are the same bytes either way).
    #[arg(long)]
    pub no_outcome_cache: bool,
    /// The outcome cache's bound (the folder `outcomes/` in effgauge's cache
    /// folder); the least recently used outcomes go first.
    #[arg(long, default_value_t = 512, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..=1 << 20))]
    pub outcome_cache_mib: u64,
}

impl OutcomeCacheOpts {
    /// The library's setting.
    pub fn spec(&self) -> Option<effgauge_scoring::OutcomeCacheSpec> {
        (!self.no_outcome_cache).then(|| effgauge_scoring::OutcomeCacheSpec {
            max_bytes: self.outcome_cache_mib << 20,
            ..effgauge_scoring::OutcomeCacheSpec::default_location()
        })
    }
}

/// The source-size cap, shared by `score`, `eval`, `run` and `exec`.
#[derive(Args, Clone)]
pub struct SourceOpts {
    /// A program longer than this many bytes (the exact text that would
    /// run, a completion after its prompt) is not run: it is wrong, with
    /// status too_large (`exec` refuses it).
    #[arg(
        long,
        default_value_t = effgauge_scoring::DEFAULT_MAX_SOURCE_BYTES,
        value_name = "BYTES",
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub max_source_bytes: u64,
}

fn parse_meter(s: &str) -> Result<Meter, String> {
    s.parse()
}

fn parse_cost_model(s: &str) -> Result<CostModel, String> {
    s.parse()
}

#[derive(Args)]
pub struct ExecArgs {
    /// The candidate's Python source file.
    pub candidate: PathBuf,
    /// The function to call.
    #[arg(long)]
    pub entry: String,
    /// A JSON file holding an array of argument arrays, one per call.
    #[arg(long)]
    pub inputs: PathBuf,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    #[command(flatten)]
    pub source: SourceOpts,
    /// Fuel cap of one call.
    #[arg(long, default_value_t = 20_000_000_000)]
    pub fuel_limit: u64,
    /// Linear-memory cap in MiB (includes the interpreter's 64 MiB C stack).
    #[arg(long, default_value_t = 1024)]
    pub memory_limit: u64,
    /// Wall-clock cap of one call, in seconds.
    #[arg(long, default_value_t = 60.0)]
    pub timeout: f64,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct ProblemsArgs {
    #[command(subcommand)]
    pub command: ProblemsCommand,
}

#[derive(Subcommand)]
pub enum ProblemsCommand {
    /// Print each problem's id, title, tags and levels.
    List(ProblemsListArgs),
    /// Print a problem's prompt and the reference's cost per level.
    Show(ProblemsShowArgs),
    /// Check problems in the sandbox: prompt and examples, deterministic
    /// inputs, reference and alternatives right on every case, signal gates.
    /// Exits 1 if any problem fails a gate.
    Validate(ProblemsValidateArgs),
    /// Compare fuel with native CPython 3.11 time: for every weighted level
    /// and every alternative measured uncensored, the alternative/reference
    /// ratio in fuel vs in native wall time (Spearman's ρ, agreement).
    Fidelity(ProblemsFidelityArgs),
}

/// The suite a `problems` command works on.
#[derive(Args, Clone)]
pub struct SuiteOpts {
    /// The suite folder (default: the bundled suite).
    #[arg(long, value_name = "DIR")]
    pub suite: Option<PathBuf>,
}

#[derive(Args)]
pub struct ProblemsListArgs {
    #[command(flatten)]
    pub suite: SuiteOpts,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct ProblemsShowArgs {
    /// The problem's id.
    pub id: String,
    #[command(flatten)]
    pub suite: SuiteOpts,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct ProblemsValidateArgs {
    /// The problems to validate (default: all).
    pub ids: Vec<String>,
    #[command(flatten)]
    pub suite: SuiteOpts,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    /// Print a JSON object (options and one report per problem) instead of tables.
    #[arg(long)]
    pub json: bool,
    /// An imported suite: relax the authoring gates (examples, alternatives,
    /// separation); the others still apply. Implied by a `suite.toml` with
    /// `[suite] imported = "..."`, which `effgauge import` writes.
    #[arg(long)]
    pub imported: bool,
    /// Separation gate: the slowest alternative must cost this many times the
    /// reference at the top level (a problem's own `alpha` overrides it).
    #[arg(long, default_value_t = 2.0)]
    pub alpha: f64,
    /// Floor gate: fuel every top-level case of the reference must reach.
    #[arg(long, default_value_t = 1_000_000)]
    pub min_reference_fuel: u64,
    /// Budget gate: fuel no top-level case of the reference may exceed.
    #[arg(long, default_value_t = 2_000_000_000)]
    pub max_reference_fuel: u64,
    /// Alternatives are censored at this many times the reference's fuel on a case.
    #[arg(long, default_value_t = 10.0)]
    pub cap_factor: f64,
    /// Problems validated at once.
    #[arg(long, default_value_t = 2)]
    pub jobs: usize,
    /// The tracks to validate: `python`, `cpp` (the problems' C++ tracks)
    /// and `c` (their C tracks), comma-separated; all three by default.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "python,cpp,c",
        value_name = "LANG,..."
    )]
    pub language: Vec<effgauge_problems::Language>,
}

#[derive(Args)]
pub struct ProblemsFidelityArgs {
    /// The problems to compare, comma-separated (default: all).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    pub problems: Vec<String>,
    #[command(flatten)]
    pub suite: SuiteOpts,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    /// Print one JSON object (figures, pairs, skipped) instead of the table.
    #[arg(long)]
    pub json: bool,
    /// The cost models to measure fuel under, comma-separated, each scored
    /// on the same pairs; the first is the one `fuel_ratio`, the worst pairs
    /// and `--work` use. Default: every model but plain, or only the one
    /// `--cost-model` names when that is not the default.
    #[arg(long, value_delimiter = ',', value_name = "MODEL,...",
          value_parser = parse_cost_model, conflicts_with = "cost_model")]
    pub cost_models: Vec<CostModel>,
    /// Native timings per program per case, reference and alternative in
    /// turn; the median of each is kept.
    #[arg(long, alias = "runs", default_value_t = 5, value_name = "N")]
    pub timings: usize,
    /// Native calls shorter than this many milliseconds are repeated inside
    /// one timing until it lasts this long.
    #[arg(long, default_value_t = 10.0, value_name = "MS")]
    pub min_timing_ms: f64,
    /// The CPython 3.11 to time with (default: /usr/bin/python3.11, else
    /// python3.11 on the PATH).
    #[arg(long)]
    pub python: Option<PathBuf>,
    /// Worst pairs listed.
    #[arg(long, default_value_t = 10)]
    pub worst: usize,
    /// Problems run in the sandbox at once (native timing runs alone).
    #[arg(long, default_value_t = 2)]
    pub jobs: usize,
    /// Also run every paired solution once more to record the work the cost
    /// model sees (bytes moved, allocations) of each level's most expensive
    /// case, in the JSON pairs: the input of
    /// `problems/fidelity/fit_cost_model.py`.
    #[arg(long)]
    pub work: bool,
    /// With `--work`: also count, per case, the WebAssembly operators of
    /// each class (local, global, const, load, store, call, branch, other),
    /// one counting engine per class: the input for fitting per-class costs.
    #[arg(long, requires = "work")]
    pub classes: bool,
}
