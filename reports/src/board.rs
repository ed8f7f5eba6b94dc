//! The leaderboard every renderer draws: several results files merged into
//! one ranked list of models, with warnings where they are not comparable.

use crate::schema::{HarnessInfo, Inputs, MetricSummary, ModelResult, ProblemResult, ResultsFile};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The metric the leaderboard is ranked by and the charts show.
pub const HEADLINE: &str = "eff@1";

/// One model on the leaderboard.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The model's name, made unique with a ` (#2)` suffix when several
    /// files hold a model of the same name.
    pub label: String,
    /// The model's results.
    pub model: &'a ModelResult,
    /// Index of the file it came from.
    pub file: usize,
}

/// Several results files merged for rendering.
#[derive(Debug, Clone)]
pub struct Board<'a> {
    /// Ranked by the headline metric, highest first (unavailable last, then
    /// by name).
    pub entries: Vec<Entry<'a>>,
    /// Every summary metric name present, ordered by k, then pass, eff,
    /// efficient, then any other.
    pub metrics: Vec<String>,
    /// The harness info of the first file (the others are compared with it
    /// in `warnings`).
    pub harness: Option<&'a HarnessInfo>,
    /// Every task id scored by some model, sorted.
    pub problems: Vec<String>,
    /// For each of [`Board::problems`], in order, its result in the first
    /// entry that scored it: what all models share (tags, difficulty,
    /// sizes, limits, the reference's costs and growth).
    pub problem_details: Vec<&'a ProblemResult>,
    /// Why the figures may not be comparable, one sentence each.
    pub warnings: Vec<String>,
    /// Which inputs the files were scored on, in words (see
    /// [`inputs_sentence`]): every renderer shows it.
    pub inputs: String,
    /// Input lines skipped with `--skip-invalid`, over all files.
    pub invalid_samples: usize,
}

impl<'a> Board<'a> {
    /// Merges the files: concatenates their models and checks that their
    /// harness settings agree.
    pub fn new(files: &'a [ResultsFile]) -> Self {
        let mut entries = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut metric_names = BTreeSet::new();
        let mut problems: BTreeMap<&'a str, &'a ProblemResult> = BTreeMap::new();
        let mut warnings = harness_warnings(files);
        for (file, results) in files.iter().enumerate() {
            if let Some(shard) = results.shard {
                warnings.push(format!(
                    "file {} is shard {}/{} of a run: its figures cover only part of the suite",
                    file + 1,
                    shard.index,
                    shard.count
                ));
            }
            for model in &results.models {
                let count = seen.entry(&model.model).or_insert(0);
                *count += 1;
                let label = if *count == 1 {
                    model.model.clone()
                } else {
                    format!("{} (#{count})", model.model)
                };
                metric_names.extend(model.summary.metrics.iter().map(|m| m.name.clone()));
                for p in &model.problems {
                    problems.entry(&p.task_id).or_insert(p);
                }
                entries.push(Entry { label, model, file });
            }
        }
        for (name, count) in seen {
            if count > 1 {
                warnings.push(format!(
                    "model {name:?} appears in {count} files; later ones are suffixed (#2), (#3), …"
                ));
            }
        }
        warnings.sort();
        entries.sort_by(|a, b| {
            let va = headline_value(a.model);
            let vb = headline_value(b.model);
            match (va, vb) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| a.label.cmp(&b.label))
        });
        let mut metrics: Vec<String> = metric_names.into_iter().collect();
        metrics.sort_by_key(|m| metric_order(m));
        Board {
            entries,
            metrics,
            harness: files.first().map(|f| &f.harness),
            problems: problems.keys().map(|&id| id.to_owned()).collect(),
            problem_details: problems.into_values().collect(),
            warnings,
            inputs: inputs_sentence(files),
            invalid_samples: files.iter().map(|f| f.invalid_samples.len()).sum(),
        }
    }
}

impl<'a> Board<'a> {
    /// Every entry's result on every problem, `[problem][entry]` in the
    /// order of [`Board::problems`] and [`Board::entries`]; `None` where
    /// the entry did not score the problem. One lookup table per entry, so
    /// building it is linear in the results.
    pub fn results_by_problem(&self) -> Vec<Vec<Option<&'a ProblemResult>>> {
        let lookups: Vec<HashMap<&str, &'a ProblemResult>> = self
            .entries
            .iter()
            .map(|e| {
                e.model
                    .problems
                    .iter()
                    .map(|p| (p.task_id.as_str(), p))
                    .collect()
            })
            .collect();
        self.problems
            .iter()
            .map(|task| {
                lookups
                    .iter()
                    .map(|l| l.get(task.as_str()).copied())
                    .collect()
            })
            .collect()
    }
}

/// The headline metric's value of a model.
pub fn headline_value(model: &ModelResult) -> Option<f64> {
    ResultsFile::metric(model, HEADLINE).and_then(|m| m.value)
}

/// Sort key of a metric name `family@k`: k first, then pass, eff, efficient,
/// mem, memory-efficient, dual.
pub fn metric_order(name: &str) -> (u64, u8, String) {
    let (family, k) = name.split_once('@').unwrap_or((name, ""));
    let k = k.parse().unwrap_or(u64::MAX);
    let rank = match family {
        "pass" => 0,
        "eff" => 1,
        "efficient" => 2,
        "mem" => 3,
        "memory-efficient" => 4,
        "dual" => 5,
        _ => 6,
    };
    (k, rank, name.to_owned())
}

/// Warnings for harness settings that differ between files. Figures made
/// with a different meter, α, weights, limit mode, source cap, suite or
/// runtime build are not comparable.
pub fn harness_warnings(files: &[ResultsFile]) -> Vec<String> {
    type Field = (&'static str, fn(&HarnessInfo) -> String);
    const FIELDS: [Field; 13] = [
        ("meter", |h| h.meter.clone()),
        ("metering version", |h| h.metering_version.to_string()),
        ("cost model", |h| h.cost_model.clone()),
        ("suite hash", |h| h.suite_hash.clone()),
        ("α", |h| h.alpha.to_string()),
        ("tie margin", |h| h.tie_margin.to_string()),
        ("tie floor", |h| h.tie_floor.to_string()),
        ("profile", |h| h.profile.clone()),
        ("level weights", |h| format!("{:?}", h.weights)),
        ("limit mode", |h| h.limit.clone()),
        ("source cap", |h| {
            h.max_source_bytes
                .map_or_else(|| "none".into(), |b| format!("{b} bytes"))
        }),
        ("runtime sha256", |h| h.runtime.sha256.clone()),
        ("wasmtime", |h| h.wasmtime.clone()),
    ];
    let mut out = Vec::new();
    for (what, get) in FIELDS {
        let mut values: Vec<String> = Vec::new();
        for f in files {
            let v = get(&f.harness);
            if !values.contains(&v) {
                values.push(v);
            }
        }
        if values.len() > 1 {
            out.push(format!(
                "the files differ in {what} ({}): figures are not directly comparable",
                values
                    .iter()
                    .map(|v| abbreviate(v))
                    .collect::<Vec<_>>()
                    .join(" vs ")
            ));
        }
    }
    out.extend(inputs_warning(files));
    out
}

/// The warning for files scored on different inputs: public seeds against
/// held-out inputs (which a score on the public seeds can beat by knowing
/// them in advance), or held-out inputs under different salts.
fn inputs_warning(files: &[ResultsFile]) -> Option<String> {
    let kinds = distinct(files.iter().map(|f| f.harness.inputs()));
    if kinds.len() > 1 {
        let labels = distinct(files.iter().map(|f| inputs_label(&f.harness)));
        return Some(format!(
            "the files differ in inputs ({}): a score on the public seeds can come from answers \
             known in advance, so it is not comparable with a held-out one",
            labels.join(" vs ")
        ));
    }
    let salts = distinct(files.iter().map(|f| f.harness.salt_sha256.clone()));
    (salts.len() > 1).then(|| {
        format!(
            "the files differ in salt ({}): their held-out inputs are different draws, so \
             figures are not directly comparable",
            salts
                .iter()
                .map(|s| s.as_deref().map_or_else(|| "none".to_owned(), abbreviate))
                .collect::<Vec<_>>()
                .join(" vs ")
        )
    })
}

/// The distinct values, in order of first appearance.
fn distinct<T: PartialEq>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Which inputs a run used, briefly: `public seeds`, or `held-out (salt
/// sha256 0123456789ab…)` with the first 12 hex digits of the salt's hash.
pub fn inputs_label(h: &HarnessInfo) -> String {
    match (h.inputs(), &h.salt_sha256) {
        (Inputs::Public, _) => "public seeds".to_owned(),
        (Inputs::HeldOut, Some(hash)) => format!("held-out (salt sha256 {})", abbreviate(hash)),
        (Inputs::HeldOut, None) => "held-out (salt hash not recorded)".to_owned(),
    }
}

/// Which inputs the files were scored on, as every report says it: the
/// label and what it means when all files agree, else each file's label.
pub fn inputs_sentence(files: &[ResultsFile]) -> String {
    let labels = distinct(files.iter().map(|f| inputs_label(&f.harness)));
    match labels.as_slice() {
        [] => "none (no results)".to_owned(),
        [one] => match files[0].harness.inputs() {
            Inputs::Public => format!(
                "{one}: the published inputs, the same on every machine and known to anyone in advance"
            ),
            Inputs::HeldOut => format!("{one}: drawn under a secret salt, unknown in advance"),
        },
        _ => format!(
            "they differ between files: {}",
            files
                .iter()
                .enumerate()
                .map(|(i, f)| format!("file {} {}", i + 1, inputs_label(&f.harness)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// Long values (hashes) cut to their first 12 characters.
fn abbreviate(v: &str) -> String {
    if v.chars().count() > 16 {
        format!("{}…", v.chars().take(12).collect::<String>())
    } else {
        v.to_owned()
    }
}

/// A per-problem metric value (`eff@1`, …), if present and available.
pub fn problem_metric(problem: &ProblemResult, name: &str) -> Option<f64> {
    problem
        .metrics
        .iter()
        .find(|m| m.name == name)
        .and_then(|m| m.value)
}

/// `0.812`, or `n/a`.
pub fn fmt_value(v: Option<f64>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v:.3}"),
        _ => "n/a".to_owned(),
    }
}

/// `0.812 [0.75, 0.87]`; the interval is left out when unknown.
pub fn fmt_ci(m: Option<&MetricSummary>) -> String {
    let Some(m) = m else {
        return "n/a".to_owned();
    };
    match (m.value, m.ci_low, m.ci_high) {
        (Some(v), Some(lo), Some(hi)) => format!("{v:.3} [{lo:.2}, {hi:.2}]"),
        (v, _, _) => fmt_value(v),
    }
}

/// `1.23×`, or `n/a`.
pub fn fmt_speedup(v: Option<f64>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v:.2}×"),
        _ => "n/a".to_owned(),
    }
}

/// The sentence about what the numbers mean, shared by the Markdown and
/// HTML renderers.
pub fn meter_note(h: &HarnessInfo) -> String {
    let unit = match h.meter.as_str() {
        "fuel" => "wasmtime fuel (a deterministic count of executed WebAssembly operations: the same on every machine)",
        "instructions" => "retired CPU instructions (hardware counter: close to, but not exactly, reproducible)",
        "wall" => "wall-clock nanoseconds (noisy: compare only runs from one machine)",
        _ => "an unknown meter",
    };
    let weights: Vec<String> = h.weights.iter().map(f64::to_string).collect();
    let limit = match h.limit.as_str() {
        "single" => "one limit per problem (α times the reference's largest level cost)".to_owned(),
        "per_level" => {
            "one limit per level (α times the reference's cost at that level)".to_owned()
        }
        other => format!("limit mode {other}"),
    };
    format!(
        "Costs are measured in {unit}. eff@k is ENAMEL's efficiency score with α = {}, level weights {} and {limit}; \
         the reference solutions score eff@1 = 1 by construction, so 1 means as efficient as the reference and values \
         above 1 mean cheaper than it. Intervals are 95 % bootstrap intervals over problems ({} resamples, seed {}); \
         a problem with no correct sample counts as 0. Speedup is the geometric mean of per-problem speedups over \
         problems with a correct sample; the ratio of sums is COFFE's pooled figure.",
        h.alpha,
        weights.join(", "),
        h.bootstrap_resamples,
        h.seed
    )
}
