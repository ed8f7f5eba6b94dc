//! The results file: serde types only, no behaviour.
//!
//! A results file is what `effgauge score` writes and every other command
//! reads. Under the fuel meter it is a pure function of its inputs (samples,
//! suite, runtime, wasmtime version and options): it holds no timestamps, host
//! names or wall-clock figures, so two runs anywhere produce the same bytes.
//! `schema_version` changes whenever a field changes meaning or disappears;
//! readers refuse versions they do not know. The JSON Schema of this format
//! is `reports/results.schema.json`, and a test checks files against it.

use serde::{Deserialize, Serialize};

/// Bumped on any incompatible change of the format. Version 2 made a
/// sample's `verdict` and `status` closed sets ([`Verdict`], [`Status`])
/// where version 1 allowed any string; a version-1 file whose names are all
/// known reads as version 2 ([`OLDEST_SCHEMA_VERSION`]). Version 4 added
/// the memory figures (absent from older files, which read without them).
pub const SCHEMA_VERSION: u32 = 4;

/// The oldest version readers accept.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsFile {
    pub schema_version: u32,
    pub harness: HarnessInfo,
    /// Set in a shard's file; `None` in a whole (or merged) run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    /// One entry per model, sorted by name.
    pub models: Vec<ModelResult>,
    /// Input lines skipped with `--skip-invalid`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invalid_samples: Vec<InvalidSample>,
}

/// How the results were made: everything needed to reproduce them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HarnessInfo {
    pub effgauge_version: String,
    pub runtime: RuntimeRef,
    pub wasmtime: String,
    /// What a cost means (the sandbox's `METERING_VERSION`): figures of
    /// different versions are not comparable. Files written before it was
    /// recorded are version 1.
    #[serde(default = "metering_v1")]
    pub metering_version: u32,
    /// What fuel charges besides WebAssembly operators (the sandbox's cost
    /// model: `cost-v1` or `plain`). Files written before it was recorded
    /// are `plain`.
    #[serde(default = "plain_cost_model")]
    pub cost_model: String,
    /// `fuel`, `instructions` or `wall`: the unit of every cost below.
    pub meter: String,
    pub alpha: f64,
    /// Level costs within this fraction of the reference's count as the
    /// reference's own. Files written before it was recorded: 0.
    #[serde(default)]
    pub tie_margin: f64,
    /// ... or within this many cost units. Absent: 0.
    #[serde(default)]
    pub tie_floor: f64,
    /// Whose rules decided which limit hits are censored: `effgauge` or
    /// `enamel`. Absent: effgauge.
    #[serde(default = "effgauge_profile")]
    pub profile: String,
    /// Under effgauge's profile, the multiple of a case's fuel limit and
    /// memory a limit hit was re-run with to verify its answer. Absent in
    /// files written before verification existed (and then nothing was
    /// verified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_multiple: Option<u64>,
    /// ENAMEL's level weights h.
    pub weights: Vec<f64>,
    /// `single` (one limit α·max reference cost) or `per_level`.
    pub limit: String,
    /// The source-size cap (`--max-source-bytes`): a sample whose program
    /// is longer was not run (verdict `wrong`, status `too_large`). Absent
    /// in files written before the cap existed, which had none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_source_bytes: Option<u64>,
    pub k: Vec<u64>,
    pub seed: u64,
    /// Which inputs the samples were scored on: the public seeds, or
    /// held-out inputs drawn under a secret salt. Always written; files
    /// written before it was recorded have none, and read as held-out when
    /// they carry `salt_sha256`, public otherwise: use
    /// [`HarnessInfo::inputs`], which applies that rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Inputs>,
    /// SHA-256 of the secret salt of a held-out run (`--salt`, or the
    /// installation's salt), never the salt itself; absent in a run on the
    /// public seeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt_sha256: Option<String>,
    pub bootstrap_resamples: u64,
    /// SHA-256 over the content of the problems scored.
    pub suite_hash: String,
    /// The problems scored, sorted.
    pub problems: Vec<String>,
    /// The samples' language: each problem's reference in that language is
    /// what they are measured against. Absent (files before schema 3):
    /// Python.
    #[serde(default)]
    pub language: Language,
    /// The C/C++ toolchain that compiled the candidates and references; absent
    /// for Python.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolchain: Option<ToolchainRef>,
}

/// The language of a run's samples.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Python,
    Cpp,
    C,
}

impl Language {
    /// `python`, `cpp` or `c`, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Cpp => "cpp",
            Language::C => "c",
        }
    }
}

/// A compiler toolchain, by what identifies it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolchainRef {
    /// What it is, e.g. `clang-19 wasm32-wasi`.
    pub name: String,
    /// SHA-256 over its package versions and sysroot (see docs/cpp.md).
    pub sha256: String,
}

/// Which inputs a run scored samples on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Inputs {
    /// The published seeds: the same inputs on every machine, so results
    /// reproduce anywhere, and anyone can compute the inputs (and their
    /// answers) in advance.
    Public,
    /// Seeds mixed with a secret salt (`harness.salt_sha256` is its hash):
    /// inputs nobody without the salt can know in advance.
    HeldOut,
}

impl Inputs {
    /// `public` or `held-out`, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            Inputs::Public => "public",
            Inputs::HeldOut => "held-out",
        }
    }
}

impl HarnessInfo {
    /// The inputs the run used: the recorded field, or for a file written
    /// before it was recorded, held-out if it has a salt hash and public
    /// otherwise.
    pub fn inputs(&self) -> Inputs {
        self.inputs.unwrap_or(if self.salt_sha256.is_some() {
            Inputs::HeldOut
        } else {
            Inputs::Public
        })
    }
}

fn metering_v1() -> u32 {
    1
}

fn effgauge_profile() -> String {
    "effgauge".into()
}

fn plain_cost_model() -> String {
    "plain".into()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuntimeRef {
    pub name: String,
    pub version: String,
    /// SHA-256 of `python.wasm`.
    pub sha256: String,
    /// SHA-256 of the stdlib image the interpreter imports from (made from
    /// the files' contents only). Absent in files written before the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdlib_sha256: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shard {
    /// 1-based.
    pub index: u32,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvalidSample {
    pub file: String,
    pub line: u64,
    pub error: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelResult {
    pub model: String,
    pub problems: Vec<ProblemResult>,
    pub summary: Summary,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemResult {
    pub task_id: String,
    /// The problem's tags (from its `problem.toml`), for filtering reports.
    /// Absent in files written before they were recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// `easy`, `medium` or `hard`; absent before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<String>,
    /// Samples, counting duplicates.
    pub n: u64,
    pub n_correct: u64,
    pub n_efficient: u64,
    /// The reference solution's cost per level (slowest case of the level).
    pub reference_level_cost: Vec<u64>,
    /// Each level's nominal input size n (null for a level that declares
    /// none); absent when the problem declares no size at all, and in files
    /// written before sizes were recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_size: Vec<Option<u64>>,
    /// Each level's cost limit (α × the reference's cost, never below the
    /// scorer's floor): a sample that reaches it is stopped there. Fuel meter
    /// only (the limit is in fuel); absent otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_limit: Vec<u64>,
    /// The problem's own α (`alpha` in its `problem.toml`), which its limits
    /// and scores use instead of the run's `harness.alpha`; absent when the
    /// problem declares none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpha: Option<f64>,
    /// The reference's growth exponents between consecutive weighted levels
    /// with sizes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference_growth: Vec<Growth>,
    /// The reference's memory per level (largest case's figures); absent in
    /// files written before memory was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_memory: Option<LevelMemory>,
    /// `pass@k`, `eff@k`, `efficient@k` for each k; null when k > n.
    pub metrics: Vec<MetricValue>,
    /// Σ reference / mean Σ sample over correct, uncensored samples.
    pub speedup: Option<f64>,
    pub samples: Vec<SampleResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricValue {
    pub name: String,
    pub value: Option<f64>,
}

/// One distinct sample (identical sources are run once and counted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleResult {
    /// `file:line` of its first occurrence.
    pub id: String,
    /// How many input lines carried this same source.
    pub count: u64,
    /// SHA-256 of the program's exact text, as submitted and as run (files
    /// of older versions: of the white-space-normalized text).
    pub source_sha256: String,
    /// `correct`, `wrong` (incl. errors) or `censored`.
    pub verdict: Verdict,
    /// The sandbox outcome that decided the verdict (`ok`, `wrong`, `error`,
    /// `timeout`, `memory`, `stack`, ...), or `too_large`: the harness did
    /// not run a program over the source cap.
    pub status: Status,
    /// Where it failed or was censored.
    pub failed_at: Option<CaseRef>,
    pub error: Option<String>,
    /// Slowest case per level; null from the level where it stopped.
    pub level_cost: Vec<Option<u64>>,
    /// Growth exponents between consecutive weighted levels with sizes, as
    /// far as the sample got (a lower bound where it was stopped by the cost
    /// limit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub growth: Vec<Growth>,
    /// ENAMEL's per-sample efficiency score e.
    pub score: f64,
    /// COFFE's sense: correct and cheaper in total than the reference.
    pub efficient: bool,
    /// The sample's memory per level and its scores; absent in files
    /// written before memory was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<SampleMemory>,
    /// The largest linear memory of its cases (the sandbox's page-grained
    /// figure, which the memory meter refines).
    pub peak_memory_bytes: u64,
    /// The re-run that verified (or failed to verify) a limit hit's answer
    /// under effgauge's profile; absent when there was none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<VerificationRecord>,
    /// What the compiler found legal but suspicious (C++: `long`, 32 bits in
    /// wasm32); absent when nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Memory per level, by the memory meter: each level's largest case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelMemory {
    /// The most bytes held at once (above what was held when the program's
    /// region began); null from the level where the sample stopped.
    pub peak_live_bytes: Vec<Option<u64>>,
    /// Live bytes × fuel over the region, in KiB·fuel; null likewise.
    pub live_kib_fuel: Vec<Option<u64>>,
    /// Growth exponents of the peaks between consecutive weighted levels
    /// with sizes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub growth: Vec<Growth>,
}

/// A sample's memory: its figures and its scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleMemory {
    /// Its figures per level.
    pub levels: LevelMemory,
    /// The memory score (ENAMEL's e with peak memory for cost).
    pub score: f64,
    /// The dual score: the lower of `score` (time) and the memory score.
    pub dual_score: f64,
    /// COFFE's sense in memory: correct and holding less in total than the
    /// reference.
    pub efficient: bool,
}

/// A limit hit's verification run: the case re-run alone under a multiple
/// of its limits. Status `ok` (a correct answer) is what keeps the sample
/// censored; anything else made it wrong with status `unverified`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerificationRecord {
    pub fuel_limit: u64,
    pub memory_bytes: u64,
    /// `ok`, `wrong`, or the limit or failure that ended it.
    pub status: Status,
    /// Fuel charged (at most `fuel_limit`).
    pub fuel: u64,
}

/// What a sample was judged: the verdict of the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Right on every case.
    Correct,
    /// Wrong on some case, failed, or not run (see the status).
    Wrong,
    /// Right as far as it got, and stopped by a limit above level 0 (at
    /// `failed_at`).
    Censored,
}

/// How a sample's run ended: the sandbox's outcome of the call that decided
/// the verdict, or the harness's (`unverified`, `too_large`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Wrong,
    Error,
    Timeout,
    WallTimeout,
    Memory,
    Stack,
    Crash,
    Tampered,
    Output,
    NotRun,
    Unverified,
    TooLarge,
    /// A C++ program that did not compile: never run.
    CompileError,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Wrong => "wrong",
            Verdict::Censored => "censored",
        }
    }
}

impl Status {
    pub const ALL: [Status; 14] = [
        Status::Ok,
        Status::Wrong,
        Status::Error,
        Status::Timeout,
        Status::WallTimeout,
        Status::Memory,
        Status::Stack,
        Status::Crash,
        Status::Tampered,
        Status::Output,
        Status::NotRun,
        Status::Unverified,
        Status::TooLarge,
        Status::CompileError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Wrong => "wrong",
            Status::Error => "error",
            Status::Timeout => "timeout",
            Status::WallTimeout => "wall_timeout",
            Status::Memory => "memory",
            Status::Stack => "stack",
            Status::Crash => "crash",
            Status::Tampered => "tampered",
            Status::Output => "output",
            Status::NotRun => "not_run",
            Status::Unverified => "unverified",
            Status::TooLarge => "too_large",
            Status::CompileError => "compile_error",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The empirical growth exponent between two levels:
/// ln(cost ratio) / ln(size ratio), rounded to 3 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    pub from: u32,
    pub to: u32,
    pub exponent: f64,
    /// The cost at `to` is only known to be at least the limit (the sample
    /// was stopped there), so the exponent is a lower bound.
    #[serde(default, skip_serializing_if = "is_false")]
    pub at_least: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRef {
    pub level: u32,
    pub case: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub problems: u64,
    pub problems_with_correct: u64,
    pub metrics: Vec<MetricSummary>,
    pub speedup: SpeedupSummary,
}

/// A benchmark-level figure: the mean over all problems (a problem with no
/// correct sample counts as 0) with its bootstrap interval, and the mean over
/// problems with at least one correct sample, labelled as such.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricSummary {
    /// `pass@1`, `eff@10`, `efficient@1`, ...
    pub name: String,
    /// Null when some problem has fewer than k samples.
    pub value: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub conditional: Option<f64>,
    /// Why the value is null, if it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeedupSummary {
    /// Geometric mean of per-problem speedups (what reports lead with).
    pub geometric_mean: Option<f64>,
    /// COFFE's Σ reference / Σ sample over correct samples.
    pub ratio_of_sums: Option<f64>,
    pub problems_with_ratio: u64,
}

impl ResultsFile {
    /// A metric of one model, by name.
    pub fn metric<'a>(model: &'a ModelResult, name: &str) -> Option<&'a MetricSummary> {
        model.summary.metrics.iter().find(|m| m.name == name)
    }
}
