//! Bounds on what a results file may say, checked on read.
//!
//! A results file may come from anywhere — a shard from another machine, an
//! artefact of someone's CI, a baseline in a pull request — and everything
//! downstream (`merge` re-scores it, `report` renders it, `compare` diffs
//! it) does work and allocates memory in proportion to what it says. So
//! nothing read from one is trusted to be small: the file's size is checked
//! before it is read, and after parsing [`check`] holds every name, message,
//! count and list that something multiplies to a bound, naming the field by
//! its JSON path (the reader adds the line). Lists not bounded here (the
//! invalid sample lines, a problem's distinct samples) are bounded by the
//! file's size and nothing multiplies them; counts are never expanded (the
//! metrics compute with them).
//!
//! Each bound is far above what an honest run writes and far below what
//! would hurt; the reasons are on the constants. `score` and `merge` check
//! what they are about to write against the same bounds, so effgauge never
//! writes a file that it would refuse to read.

use crate::schema::{
    CaseRef, Growth, HarnessInfo, InvalidSample, LevelMemory, MetricSummary, MetricValue,
    ModelResult, ProblemResult, ResultsFile, RuntimeRef, SampleMemory, SampleResult, Shard,
    SpeedupSummary, Summary, ToolchainRef, VerificationRecord,
};
use std::borrow::Cow;
use std::fmt;

/// A results file is at most 256 MiB, checked before it is read. An honest
/// file holds about 700 bytes per distinct sample (pretty-printed, with
/// costs and growth), so this is some 380 000 distinct samples: 20 models ×
/// 200 problems × 95 distinct programs each. Parsing takes at most about
/// four times the file's size (a list of numbers is the densest case), so
/// reading one costs at most about 1.3 GB.
pub const MAX_RESULTS_FILE_BYTES: u64 = 256 << 20;

/// A name (model, task id, tag, difficulty, metric, every string of the
/// `harness` block) is at most 256 bytes of printable text (see
/// [`check_label`]). Model names in the wild (`org/model-name-version`) are
/// under 100 bytes; a report shows every name in many places (a row, a
/// column, a curve, a title, per problem and per model), so a long one is
/// what made a 34 MB leaderboard of two problems.
pub const MAX_LABEL_BYTES: usize = 256;

/// A sample's id (`file:line`) and an invalid line's file are at most
/// 4 096 bytes (Linux's `PATH_MAX`) plus room for `:line`: they are paths,
/// and no path a system can open is longer.
pub const MAX_PATH_BYTES: usize = 4096 + 32;

/// A message (a sample's error, an invalid line's error, why a metric is
/// unavailable) is at most 64 KiB when read. effgauge's own are a line or
/// a traceback of a few KiB. Reports show at most [`SHOWN_MESSAGE_CHARS`]
/// of one.
pub const MAX_MESSAGE_BYTES: usize = 64 << 10;

/// A report shows at most the first 300 characters of a message, then `…`.
pub const SHOWN_MESSAGE_CHARS: usize = 300;

/// A sample's `count`, and the sum of the counts of one model's samples of
/// one problem (`n`), are at most 1 000 000: published evaluations draw up
/// to a few hundred samples per problem (Codex: 200), and a million keeps
/// every figure exact in a double and every sum far from overflow.
pub const MAX_SAMPLES_PER_PROBLEM: u64 = 1_000_000;

/// `harness.bootstrap_resamples` is at most 100 000: ten times the default
/// (10 000), and its percentile interval's Monte Carlo error is already far
/// below the third decimal reports print. `merge` draws that many resamples
/// per model, metric and k, each over every problem.
pub const MAX_BOOTSTRAP_RESAMPLES: u64 = 100_000;

/// A k of `harness.k` is at most 1 000 (pass@100 is the largest k the
/// literature this follows reports). Each @k figure costs up to k
/// multiplications per distinct sample.
pub const MAX_K: u64 = 1_000;

/// `harness.k` lists at most 8 values (`--k 1,10,100` is three), so a
/// problem and a model summary hold at most 3 × 8 metrics.
pub const MAX_KS: usize = 8;

/// The @k metric families: every metric of a file is `family@k` for a k of
/// `harness.k`, so a report has at most 3 × [`MAX_KS`] metric columns per
/// file however many models it holds.
pub const METRIC_FAMILIES: [&str; 6] = [
    "pass",
    "eff",
    "efficient",
    "mem",
    "memory-efficient",
    "dual",
];

/// At most 64 levels per problem (weights, costs, sizes, limits, growth
/// steps): ENAMEL's problems have 4, the bundled suite's 4 or 5. A report
/// draws a point per level per model on every chart.
pub const MAX_LEVELS: usize = 64;

/// At most 1 000 models per file: a leaderboard of more is unreadable, and
/// the pairwise table grows with the square of the number of models.
pub const MAX_MODELS: usize = 1_000;

/// At most 10 000 problems per file (the run's list and each model's):
/// suites in use have 100 to 1 000 (HumanEval 164, MBPP 974, ENAMEL 142),
/// and the bootstrap draws that many values per resample.
pub const MAX_PROBLEMS: usize = 10_000;

/// A sample's compiler warnings (the compiler gives at most a few).
pub const MAX_WARNINGS: usize = 16;

/// At most 32 tags per problem (the bundled suite uses up to 4).
pub const MAX_TAGS: usize = 32;

/// A part of the JSON path of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// An object's key.
    Key(&'static str),
    /// An array's index.
    Index(usize),
}

/// Where a field is in a results file: `models[0].problems[3].samples[1].count`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Seg>);

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(key) if i == 0 => write!(f, "{key}")?,
                Seg::Key(key) => write!(f, ".{key}")?,
                Seg::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A field over its bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The field.
    pub field: FieldPath,
    /// What is wrong with it, with the bound.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Checks a name: at most [`MAX_LABEL_BYTES`] bytes of printable text.
///
/// # Errors
///
/// Why it is not one, e.g. `1048576 bytes, more than the 256 a name may
/// have`.
pub fn check_label(text: &str) -> Result<(), String> {
    check_text(text, MAX_LABEL_BYTES, "a name")
}

/// Checks a text of at most `max` bytes that a report may show: no control
/// character (a line break would break a table row; an escape sequence
/// would reach a terminal) and no bidirectional override or isolate (they
/// make text display as other text). `what` names it in the message.
///
/// # Errors
///
/// Why it is not one.
pub fn check_text(text: &str, max: usize, what: &str) -> Result<(), String> {
    if text.len() > max {
        return Err(format!(
            "{} bytes, more than the {max} {what} may have",
            text.len()
        ));
    }
    match text.chars().find(|&c| c.is_control() || is_bidi_control(c)) {
        Some(c) => Err(format!(
            "holds the control character U+{:04X}; {what} must be printable text",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// Checks a message of at most `max` bytes: any text (line breaks and tabs
/// are fine; reports escape and shorten it).
fn check_message(text: &str) -> Result<(), String> {
    if text.len() > MAX_MESSAGE_BYTES {
        Err(format!(
            "{} bytes, more than the {MAX_MESSAGE_BYTES} a message may have",
            text.len()
        ))
    } else {
        Ok(())
    }
}

/// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A message as a report shows it: its first [`SHOWN_MESSAGE_CHARS`]
/// characters, then `…` if there were more.
pub fn shown(message: &str) -> Cow<'_, str> {
    match message.char_indices().nth(SHOWN_MESSAGE_CHARS) {
        None => Cow::Borrowed(message),
        Some((end, _)) => Cow::Owned(format!("{}…", &message[..end])),
    }
}

/// Checks every bound of this module on a parsed file; the first field over
/// its bound is returned.
///
/// Every struct of the schema is taken apart here field by field, with no
/// `..`: a field added to the schema does not compile until it is given a
/// bound (or a reason why its type is one).
///
/// # Errors
///
/// The first field over its bound.
pub fn check(file: &ResultsFile) -> Result<(), Violation> {
    let ResultsFile {
        schema_version: _,
        harness,
        shard,
        models,
        invalid_samples,
    } = file;
    let mut w = Walk::default();
    w.key("harness", |w| check_harness(w, harness))?;
    if let Some(shard) = shard {
        w.key("shard", |w| check_shard(w, shard))?;
    }
    let ks = &harness.k;
    w.key("models", |w| {
        w.max_len(models.len(), MAX_MODELS, "models")?;
        w.each(models, |w, m| check_model(w, m, ks))
    })?;
    w.key("invalid_samples", |w| {
        w.each(invalid_samples, |w, s| {
            let InvalidSample {
                file,
                line: _,
                error,
            } = s;
            w.key("file", |w| w.text(file, MAX_PATH_BYTES, "a path"))?;
            w.key("error", |w| w.message(error))
        })
    })
}

/// The path being checked; a violation copies it.
#[derive(Default)]
struct Walk {
    path: Vec<Seg>,
}

impl Walk {
    fn at<T>(
        &mut self,
        seg: Seg,
        f: impl FnOnce(&mut Walk) -> Result<T, Violation>,
    ) -> Result<T, Violation> {
        self.path.push(seg);
        let result = f(self);
        self.path.pop();
        result
    }

    fn key<T>(
        &mut self,
        key: &'static str,
        f: impl FnOnce(&mut Walk) -> Result<T, Violation>,
    ) -> Result<T, Violation> {
        self.at(Seg::Key(key), f)
    }

    fn each<T>(
        &mut self,
        items: &[T],
        mut f: impl FnMut(&mut Walk, &T) -> Result<(), Violation>,
    ) -> Result<(), Violation> {
        for (i, item) in items.iter().enumerate() {
            self.at(Seg::Index(i), |w| f(w, item))?;
        }
        Ok(())
    }

    fn fail(&self, message: String) -> Violation {
        Violation {
            field: FieldPath(self.path.clone()),
            message,
        }
    }

    fn label(&self, text: &str) -> Result<(), Violation> {
        check_label(text).map_err(|m| self.fail(m))
    }

    fn labels(&mut self, texts: &[String]) -> Result<(), Violation> {
        self.each(texts, |w, t| w.label(t))
    }

    fn text(&self, text: &str, max: usize, what: &str) -> Result<(), Violation> {
        check_text(text, max, what).map_err(|m| self.fail(m))
    }

    fn message(&self, text: &str) -> Result<(), Violation> {
        check_message(text).map_err(|m| self.fail(m))
    }

    fn max_len(&self, len: usize, max: usize, what: &str) -> Result<(), Violation> {
        if len > max {
            return Err(self.fail(format!(
                "{len} {what}, more than the {max} a results file may have"
            )));
        }
        Ok(())
    }

    fn levels(&self, len: usize) -> Result<(), Violation> {
        if len > MAX_LEVELS {
            return Err(self.fail(format!(
                "{len} levels, more than the {MAX_LEVELS} a problem may have"
            )));
        }
        Ok(())
    }

    /// A list with one entry per level of a problem of `levels` levels.
    fn per_level(&self, len: usize, levels: usize) -> Result<(), Violation> {
        if len != levels {
            return Err(self.fail(format!(
                "{len} entries where the problem has {levels} levels"
            )));
        }
        Ok(())
    }

    fn samples(&self, value: u64, what: &str) -> Result<(), Violation> {
        if value > MAX_SAMPLES_PER_PROBLEM {
            return Err(self.fail(format!(
                "{value} {what}, more than the {MAX_SAMPLES_PER_PROBLEM} one model may have of one problem"
            )));
        }
        Ok(())
    }

    /// A metric's name: `family@k` for a k of the file.
    fn metric_name(&self, name: &str, ks: &[u64]) -> Result<(), Violation> {
        let known = name.split_once('@').is_some_and(|(family, k)| {
            METRIC_FAMILIES.contains(&family)
                && k.parse::<u64>().is_ok_and(|k| ks.contains(&k))
                && !k.starts_with(['0', '+'])
        });
        if known {
            return Ok(());
        }
        self.label(name)?;
        Err(self.fail(format!(
            "`{name}` is not a metric of this file (pass@k, eff@k or efficient@k for a k of harness.k = {ks:?})"
        )))
    }
}

fn check_harness(w: &mut Walk, h: &HarnessInfo) -> Result<(), Violation> {
    let HarnessInfo {
        effgauge_version,
        runtime,
        wasmtime,
        metering_version: _,
        cost_model,
        meter,
        alpha: _,
        tie_margin: _,
        tie_floor: _,
        profile,
        verify_multiple: _,
        weights,
        limit,
        max_source_bytes: _,
        k,
        seed: _,
        inputs: _,
        salt_sha256,
        bootstrap_resamples,
        suite_hash,
        problems,
        language: _,
        toolchain,
    } = h;
    let RuntimeRef {
        name,
        version,
        sha256,
        stdlib_sha256,
    } = runtime;
    w.key("effgauge_version", |w| w.label(effgauge_version))?;
    w.key("runtime", |w| {
        w.key("name", |w| w.label(name))?;
        w.key("version", |w| w.label(version))?;
        w.key("sha256", |w| w.label(sha256))?;
        match stdlib_sha256 {
            Some(stdlib) => w.key("stdlib_sha256", |w| w.label(stdlib)),
            None => Ok(()),
        }
    })?;
    w.key("wasmtime", |w| w.label(wasmtime))?;
    w.key("cost_model", |w| w.label(cost_model))?;
    w.key("meter", |w| w.label(meter))?;
    w.key("profile", |w| w.label(profile))?;
    w.key("weights", |w| w.levels(weights.len()))?;
    w.key("limit", |w| w.label(limit))?;
    w.key("k", |w| {
        if k.len() > MAX_KS {
            return Err(w.fail(format!(
                "{} values, more than the {MAX_KS} a results file may have",
                k.len()
            )));
        }
        w.each(k, |w, &k| {
            if !(1..=MAX_K).contains(&k) {
                return Err(w.fail(format!("{k}, not a k from 1 to {MAX_K}")));
            }
            Ok(())
        })
    })?;
    if let Some(salt) = salt_sha256 {
        w.key("salt_sha256", |w| w.label(salt))?;
    }
    w.key("bootstrap_resamples", |w| {
        if !(1..=MAX_BOOTSTRAP_RESAMPLES).contains(bootstrap_resamples) {
            return Err(w.fail(format!(
                "{bootstrap_resamples}, not a number of resamples from 1 to {MAX_BOOTSTRAP_RESAMPLES}"
            )));
        }
        Ok(())
    })?;
    w.key("suite_hash", |w| w.label(suite_hash))?;
    if let Some(ToolchainRef { name, sha256 }) = toolchain {
        w.key("toolchain", |w| {
            w.key("name", |w| w.label(name))?;
            w.key("sha256", |w| w.label(sha256))
        })?;
    }
    w.key("problems", |w| {
        w.max_len(problems.len(), MAX_PROBLEMS, "problems")?;
        w.labels(problems)
    })
}

fn check_shard(w: &mut Walk, shard: &Shard) -> Result<(), Violation> {
    let Shard { index, count } = *shard;
    if index == 0 || index > count {
        return Err(w.fail(format!(
            "shard {index} of {count}: the index must be from 1 to the count"
        )));
    }
    Ok(())
}

fn check_model(w: &mut Walk, m: &ModelResult, ks: &[u64]) -> Result<(), Violation> {
    let ModelResult {
        model,
        problems,
        summary,
    } = m;
    w.key("model", |w| w.label(model))?;
    w.key("problems", |w| {
        w.max_len(problems.len(), MAX_PROBLEMS, "problems")?;
        w.each(problems, |w, p| check_problem(w, p, ks))
    })?;
    let Summary {
        problems: _,
        problems_with_correct: _,
        metrics,
        speedup,
    } = summary;
    let SpeedupSummary {
        geometric_mean: _,
        ratio_of_sums: _,
        problems_with_ratio: _,
    } = speedup;
    w.key("summary", |w| {
        w.key("metrics", |w| {
            w.max_len(metrics.len(), METRIC_FAMILIES.len() * MAX_KS, "metrics")?;
            w.each(metrics, |w, m| {
                let MetricSummary {
                    name,
                    value: _,
                    ci_low: _,
                    ci_high: _,
                    conditional: _,
                    unavailable,
                } = m;
                w.key("name", |w| w.metric_name(name, ks))?;
                match unavailable {
                    Some(why) => w.key("unavailable", |w| w.message(why)),
                    None => Ok(()),
                }
            })
        })
    })
}

fn check_problem(w: &mut Walk, p: &ProblemResult, ks: &[u64]) -> Result<(), Violation> {
    let ProblemResult {
        task_id,
        tags,
        difficulty,
        n,
        n_correct,
        n_efficient,
        reference_level_cost,
        level_size,
        level_limit,
        alpha: _,
        reference_growth,
        reference_memory,
        metrics,
        speedup: _,
        samples,
    } = p;
    w.key("task_id", |w| w.label(task_id))?;
    w.key("tags", |w| {
        w.max_len(tags.len(), MAX_TAGS, "tags")?;
        w.labels(tags)
    })?;
    if let Some(d) = difficulty {
        w.key("difficulty", |w| w.label(d))?;
    }
    w.key("n", |w| w.samples(*n, "samples"))?;
    w.key("n_correct", |w| w.samples(*n_correct, "samples"))?;
    w.key("n_efficient", |w| w.samples(*n_efficient, "samples"))?;
    w.key("reference_level_cost", |w| {
        w.levels(reference_level_cost.len())
    })?;
    w.key("level_size", |w| w.levels(level_size.len()))?;
    w.key("level_limit", |w| w.levels(level_limit.len()))?;
    w.key("reference_growth", |w| check_growth(w, reference_growth))?;
    let levels = reference_level_cost.len();
    if let Some(memory) = reference_memory {
        w.key("reference_memory", |w| {
            check_level_memory(w, memory, levels)
        })?;
    }
    w.key("metrics", |w| {
        w.max_len(metrics.len(), METRIC_FAMILIES.len() * MAX_KS, "metrics")?;
        w.each(metrics, |w, m| {
            let MetricValue { name, value: _ } = m;
            w.key("name", |w| w.metric_name(name, ks))
        })
    })?;
    w.key("samples", |w| {
        let mut total = 0u64;
        w.each(samples, |w, s| {
            check_sample(w, s, levels)?;
            // Each count is at most the bound, so this cannot overflow.
            total += s.count;
            if total > MAX_SAMPLES_PER_PROBLEM {
                return w.key("count", |w| {
                    Err(w.fail(format!(
                        "{} brings the problem's samples to {total}, more than the \
                         {MAX_SAMPLES_PER_PROBLEM} one model may have of one problem",
                        s.count
                    )))
                });
            }
            Ok(())
        })
    })
}

fn check_sample(w: &mut Walk, s: &SampleResult, levels: usize) -> Result<(), Violation> {
    let SampleResult {
        id,
        count,
        source_sha256,
        // Closed sets since schema version 2: serde refuses any other name.
        verdict: _,
        status: _,
        failed_at,
        error,
        level_cost,
        growth,
        score: _,
        efficient: _,
        memory,
        peak_memory_bytes: _,
        verification,
        warnings,
    } = s;
    if let Some(case) = failed_at {
        numbers_only_case(case);
    }
    w.key("id", |w| w.text(id, MAX_PATH_BYTES, "a sample id"))?;
    w.key("count", |w| {
        if *count == 0 {
            return Err(w.fail("0: a distinct sample stands for at least one".into()));
        }
        w.samples(*count, "samples")
    })?;
    w.key("source_sha256", |w| w.label(source_sha256))?;
    if let Some(error) = error {
        w.key("error", |w| w.message(error))?;
    }
    w.key("level_cost", |w| w.levels(level_cost.len()))?;
    w.key("growth", |w| check_growth(w, growth))?;
    if let Some(memory) = memory {
        let SampleMemory {
            levels: memory_levels,
            score: _,
            dual_score: _,
            efficient: _,
        } = memory;
        w.key("memory", |w| {
            w.key("levels", |w| check_level_memory(w, memory_levels, levels))
        })?;
    }
    w.key("warnings", |w| {
        w.max_len(warnings.len(), MAX_WARNINGS, "warnings")?;
        w.each(warnings, |w, text| w.message(text))
    })?;
    // A verification record is numbers and a status from a closed set:
    // nothing in it to bound.
    let _: &Option<VerificationRecord> = verification;
    Ok(())
}

/// Memory per level: one entry per level of the problem (`levels`, its
/// reference's cost list's length), so that `merge` never reads a list
/// of another length as "not measured".
fn check_level_memory(w: &mut Walk, memory: &LevelMemory, levels: usize) -> Result<(), Violation> {
    let LevelMemory {
        peak_live_bytes,
        live_kib_fuel,
        growth,
    } = memory;
    w.key("peak_live_bytes", |w| {
        w.per_level(peak_live_bytes.len(), levels)
    })?;
    w.key("live_kib_fuel", |w| {
        w.per_level(live_kib_fuel.len(), levels)
    })?;
    w.key("growth", |w| check_growth(w, growth))
}

fn check_growth(w: &mut Walk, growth: &[Growth]) -> Result<(), Violation> {
    if let Some(step) = growth.first() {
        numbers_only_growth(step);
    }
    w.levels(growth.len())
}

/// A `CaseRef` holds numbers only: its type is its bound. Taken apart field
/// by field so that a field added to it does not compile until considered.
fn numbers_only_case(case: &CaseRef) {
    let CaseRef { level: _, case: _ } = case;
}

/// A `Growth` holds numbers and a flag only (see [`numbers_only_case`]).
fn numbers_only_growth(step: &Growth) {
    let Growth {
        from: _,
        to: _,
        exponent: _,
        at_least: _,
    } = step;
}

/// The line of the field at `path` in `text` (the JSON the file was parsed
/// from), found by walking the text again down to it: serde_json gives the
/// position of an error raised there. Only called for a file that failed a
/// check.
pub(crate) fn line_of(text: &str, path: &FieldPath) -> Option<usize> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_str(text);
    match Seek(&path.0).deserialize(&mut de) {
        Err(e) if e.to_string().starts_with(HERE) && e.line() > 0 => Some(e.line()),
        _ => None,
    }
}

/// The message of the error [`Seek`] raises at its target.
const HERE: &str = "effgauge: the field is here";

/// Walks a JSON document down `path`, skipping everything else, and fails
/// at the value the path leads to.
struct Seek<'p>(&'p [Seg]);

impl<'de> serde::de::DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a results file")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Seg::Key(wanted), rest)) = self.0.split_first() else {
            return Err(serde::de::Error::custom(HERE));
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == *wanted && rest.is_empty() {
                // At the key: its line is the field's, even where the value
                // is an object or array spanning many lines.
                return Err(serde::de::Error::custom(HERE));
            }
            if key == *wanted {
                return map.next_value_seed(Seek(rest));
            }
            map.next_value::<serde::de::IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Seg::Index(wanted), rest)) = self.0.split_first() else {
            return Err(serde::de::Error::custom(HERE));
        };
        for _ in 0..*wanted {
            if seq.next_element::<serde::de::IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Seek(rest)).map(|_| ())
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(HERE))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(HERE))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(HERE))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(HERE))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(HERE))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Err(E::custom(HERE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short_printable_text() {
        assert_eq!(check_label("org/model-7b-instruct"), Ok(()));
        assert_eq!(check_label("modèle ünïcode 模型"), Ok(()));
        assert_eq!(
            check_label(&"x".repeat(257)),
            Err("257 bytes, more than the 256 a name may have".into())
        );
        assert_eq!(check_label(&"x".repeat(256)), Ok(()));
        assert_eq!(
            check_label("a\nb"),
            Err("holds the control character U+000A; a name must be printable text".into())
        );
        assert_eq!(
            check_label("\u{1b}[31mred"),
            Err("holds the control character U+001B; a name must be printable text".into())
        );
        assert_eq!(
            check_label("abc\u{202E}fed"),
            Err("holds the control character U+202E; a name must be printable text".into())
        );
    }

    #[test]
    fn messages_are_shown_shortened() {
        assert_eq!(shown("short"), "short");
        let long = "é".repeat(SHOWN_MESSAGE_CHARS + 5);
        let s = shown(&long);
        assert_eq!(s.chars().count(), SHOWN_MESSAGE_CHARS + 1);
        assert!(s.ends_with('…'));
        assert_eq!(
            shown(&"é".repeat(SHOWN_MESSAGE_CHARS)).chars().count(),
            SHOWN_MESSAGE_CHARS
        );
    }

    #[test]
    fn paths_read_as_json_paths() {
        let path = FieldPath(vec![
            Seg::Key("models"),
            Seg::Index(0),
            Seg::Key("problems"),
            Seg::Index(3),
            Seg::Key("count"),
        ]);
        assert_eq!(path.to_string(), "models[0].problems[3].count");
    }

    #[test]
    fn the_line_of_a_field_is_found() {
        let text = "{\n  \"a\": 1,\n  \"models\": [\n    {\"x\": [1, 2]},\n    {\n      \"x\": [\n        3,\n        {\"deep\": \"here\"}\n      ]\n    }\n  ]\n}\n";
        let at = |segs: Vec<Seg>| line_of(text, &FieldPath(segs));
        use Seg::{Index, Key};
        assert_eq!(at(vec![Key("a")]), Some(2));
        assert_eq!(at(vec![Key("models")]), Some(3));
        assert_eq!(
            at(vec![Key("models"), Index(0), Key("x"), Index(1)]),
            Some(4)
        );
        assert_eq!(
            at(vec![
                Key("models"),
                Index(1),
                Key("x"),
                Index(1),
                Key("deep")
            ]),
            Some(8)
        );
        assert_eq!(at(vec![Key("models"), Index(7)]), None);
        assert_eq!(at(vec![Key("missing")]), None);
    }
}
