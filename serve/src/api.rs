//! The JSON of the API: reading a score request into [`Job`]s, refusing it
//! whole with the field at fault named, and the shapes of the answers.
//!
//! A request is read in one streaming pass (no `serde_json::Value` of the
//! whole body is built): every syntax error, anywhere in the body, is a 400
//! with its line and column, and otherwise the first fault is refused by
//! hand, naming its place (`samples[3].task_id`) and what was expected.
//! Past `max_samples` the rest of `samples` is only counted (its syntax
//! checked, nothing kept), so a body of millions of tiny samples costs no
//! more memory than its bytes. Nothing runs until the whole request is
//! valid.

use crate::ServeError;
use effgauge_problems::{Language, Problem, Suite};
use effgauge_reports::schema::{
    CaseRef, Growth, HarnessInfo, LevelMemory, SampleMemory, Status, VerificationRecord,
};
use effgauge_scoring::{samples, ScoredSample};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One sample to score: the exact program text and the names it answers to.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    pub task_id: String,
    pub program: String,
}

/// The fields a sample may have. `model` is accepted and ignored, so the
/// lines of a samples file can be posted as they are.
const SAMPLE_FIELDS: &[&str] = &[
    "id",
    "task_id",
    "solution",
    "completion",
    "language",
    "model",
];

/// The key under which serde_json (with `arbitrary_precision`) hands a
/// number to a visitor, as a one-entry map: a number, not an object.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Reads a `POST /v1/score` body against `suite`: at most `max_samples`
/// samples, each a known task with a program in the service's `language`
/// (Python: a solution or a completion; C++: a whole file as solution).
pub fn parse_score_request(
    body: &[u8],
    suite: &Suite,
    language: Language,
    max_samples: usize,
) -> Result<Vec<Job>, ServeError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let parsed = RequestSeed {
        suite,
        language,
        max_samples,
    }
    .deserialize(&mut de)
    .and_then(|parsed| de.end().map(|()| parsed))
    .map_err(|e| ServeError::MalformedJson {
        message: syntax_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    parsed
}

fn invalid(message: impl Into<String>) -> ServeError {
    ServeError::InvalidField(message.into())
}

/// serde_json's message without its own " at line L column C" (the error
/// says where separately).
fn syntax_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The visits of JSON's scalars but strings (booleans, numbers, null), each
/// answering `self.other()`.
macro_rules! other_scalars {
    () => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(self.other())
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(self.other())
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(self.other())
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(self.other())
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(self.other())
        }
    };
}

/// The visits of every kind of JSON value but an object and a string, each
/// answering `self.other()` after reading (and dropping) the value; arrays
/// are read through, so that their syntax and depth are still checked.
macro_rules! other_values {
    () => {
        other_scalars!();
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<Skip>()?.is_some() {}
            Ok(self.other())
        }
    };
}

/// Any JSON value, read and dropped: serde_json still checks its syntax,
/// its strings and its depth, and keeps nothing.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl SkipVisitor {
    fn other(&self) -> Skip {
        Skip
    }
}

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    other_values!();
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

/// The rest of a map whose first key was `key`: `true` if it is a number
/// in disguise (then read through), else `false` (nothing more read).
fn is_number<'de, A: MapAccess<'de>>(key: &str, map: &mut A) -> Result<bool, A::Error> {
    if key != NUMBER_TOKEN {
        return Ok(false);
    }
    map.next_value::<Skip>()?;
    Ok(true)
}

/// The whole body: `{"samples": [...]}`.
struct RequestSeed<'s> {
    suite: &'s Suite,
    language: Language,
    max_samples: usize,
}

impl RequestSeed<'_> {
    fn other(&self) -> Result<Vec<Job>, ServeError> {
        Err(invalid(
            "the body must be a JSON object: {\"samples\": [...]}",
        ))
    }
}

impl<'de> DeserializeSeed<'de> for RequestSeed<'_> {
    type Value = Result<Vec<Job>, ServeError>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RequestSeed<'_> {
    type Value = Result<Vec<Job>, ServeError>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    other_values!();
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.other())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // An unknown key anywhere is refused before any fault of `samples`.
        let mut unknown: Option<String> = None;
        let mut samples = None;
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            if first && is_number(&key, &mut map)? {
                return Ok(self.other());
            }
            first = false;
            if key == "samples" {
                samples = Some(map.next_value_seed(SamplesSeed {
                    suite: self.suite,
                    language: self.language,
                    max_samples: self.max_samples,
                })?);
            } else {
                unknown.get_or_insert(key);
                map.next_value::<Skip>()?;
            }
        }
        if let Some(key) = unknown {
            return Ok(Err(invalid(format!(
                "{key}: unknown field (a request has only \"samples\")"
            ))));
        }
        Ok(samples.unwrap_or_else(|| Err(invalid("samples: missing"))))
    }
}

/// `samples`: an array of at most `max_samples` samples; past that the
/// rest is counted, not built.
struct SamplesSeed<'s> {
    suite: &'s Suite,
    language: Language,
    max_samples: usize,
}

impl SamplesSeed<'_> {
    fn other(&self) -> Result<Vec<Job>, ServeError> {
        Err(invalid("samples: expected an array of samples"))
    }
}

impl<'de> DeserializeSeed<'de> for SamplesSeed<'_> {
    type Value = Result<Vec<Job>, ServeError>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SamplesSeed<'_> {
    type Value = Result<Vec<Job>, ServeError>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of samples")
    }
    other_scalars!();
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.other())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(self.other())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut jobs = Vec::new();
        let mut fault: Option<ServeError> = None;
        let mut count = 0usize;
        loop {
            if count < self.max_samples && fault.is_none() {
                let sample = SampleSeed {
                    index: count,
                    suite: self.suite,
                    language: self.language,
                };
                match seq.next_element_seed(sample)? {
                    None => break,
                    Some(Ok(job)) => jobs.push(job),
                    Some(Err(e)) => fault = Some(e),
                }
            } else if seq.next_element::<Skip>()?.is_none() {
                break;
            }
            count += 1;
        }
        if count == 0 {
            return Ok(Err(invalid("samples: empty; send at least one sample")));
        }
        if count > self.max_samples {
            return Ok(Err(ServeError::TooManySamples {
                count,
                limit: self.max_samples,
            }));
        }
        Ok(match fault {
            Some(e) => Err(e),
            None => Ok(jobs),
        })
    }
}

/// A sample's field: a string, null, or anything else (refused by name).
enum Field {
    Null,
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl FieldVisitor {
    fn other(&self) -> Field {
        Field::Other
    }
}

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or null")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_unit<E>(self) -> Result<Field, E> {
        Ok(Field::Null)
    }
    fn visit_str<E>(self, s: &str) -> Result<Field, E> {
        Ok(Field::Text(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Field, E> {
        Ok(Field::Text(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(self.other())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(self.other())
    }
}

/// `samples[index]`: an object of [`SAMPLE_FIELDS`], read into a [`Job`].
struct SampleSeed<'s> {
    index: usize,
    suite: &'s Suite,
    language: Language,
}

impl SampleSeed<'_> {
    fn place(&self) -> String {
        format!("samples[{}]", self.index)
    }

    fn other(&self) -> Result<Job, ServeError> {
        Err(invalid(format!("{}: expected an object", self.place())))
    }
}

impl<'de> DeserializeSeed<'de> for SampleSeed<'_> {
    type Value = Result<Job, ServeError>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SampleSeed<'_> {
    type Value = Result<Job, ServeError>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sample object")
    }
    other_values!();
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.other())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields: [Option<Field>; SAMPLE_FIELDS.len()] = Default::default();
        let mut unknown: Option<String> = None;
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            if first && is_number(&key, &mut map)? {
                return Ok(self.other());
            }
            first = false;
            match SAMPLE_FIELDS.iter().position(|f| *f == key) {
                Some(i) if unknown.is_none() => fields[i] = Some(map.next_value::<Field>()?),
                Some(_) => {
                    map.next_value::<Skip>()?;
                }
                None => {
                    unknown.get_or_insert(key);
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(sample_job(
            self.index,
            &fields,
            unknown,
            self.suite,
            self.language,
        ))
    }
}

/// The job of `samples[i]`, from its fields as read (by [`SAMPLE_FIELDS`]'
/// order), or the first fault in the order `score` checks a sample.
fn sample_job(
    i: usize,
    fields: &[Option<Field>],
    unknown: Option<String>,
    suite: &Suite,
    language: Language,
) -> Result<Job, ServeError> {
    let place = format!("samples[{i}]");
    if let Some(key) = unknown {
        return Err(invalid(format!(
            "{place}.{key}: unknown field (a sample has {})",
            SAMPLE_FIELDS.join(", ")
        )));
    }
    let text = |name: &str| -> Result<Option<&str>, ServeError> {
        let at = SAMPLE_FIELDS.iter().position(|f| *f == name);
        match at.and_then(|at| fields[at].as_ref()) {
            None | Some(Field::Null) => Ok(None),
            Some(Field::Text(s)) => Ok(Some(s)),
            Some(Field::Other) => Err(invalid(format!("{place}.{name}: expected a string"))),
        }
    };
    let id = text("id")?.map_or_else(|| i.to_string(), str::to_owned);
    text("model")?;
    // A sample's language is the service's (`serve --language`); one
    // that says another is refused.
    if let Some(said) = text("language")? {
        if said.parse::<Language>() != Ok(language) {
            return Err(ServeError::UnsupportedLanguage {
                field: format!("{place}.language"),
                language: said.to_owned(),
                served: language.name(),
            });
        }
    }
    let task_id = text("task_id")?.ok_or_else(|| invalid(format!("{place}.task_id: missing")))?;
    let problem = suite.get(task_id).ok_or_else(|| ServeError::UnknownTask {
        field: format!("{place}.task_id"),
        task: task_id.to_owned(),
    })?;
    if problem.protocol == effgauge_problems::Protocol::Stdio && text("solution")?.is_none() {
        return Err(invalid(format!(
            "{place}.solution: missing (a stdio program gives its whole file as 'solution')"
        )));
    }
    if let (Some(dialect), None) = (language.dialect(), text("solution")?) {
        return Err(invalid(format!(
            "{place}.solution: missing (a {} sample gives its whole file as 'solution')",
            dialect.name()
        )));
    }
    let program = samples::program(&problem.prompt, text("solution")?, text("completion")?)
        .ok_or_else(|| {
            invalid(format!(
                "{place}: missing 'solution' (a whole program) or 'completion' (code after the prompt)"
            ))
        })?;
    Ok(Job {
        id,
        task_id: problem.id.clone(),
        program,
    })
}

/// The answer to `POST /v1/score`: how the figures were made, and one
/// result per sample in request order.
#[derive(Serialize)]
pub struct ScoreResponse<'a> {
    pub harness: &'a HarnessInfo,
    pub results: Vec<SampleReport>,
}

/// One sample's figures: its entry of `score`'s results file, with the
/// facts of its problem it is read against.
#[derive(Serialize)]
pub struct SampleReport {
    pub id: String,
    pub task_id: String,
    pub source_sha256: String,
    pub verdict: effgauge_reports::schema::Verdict,
    pub status: Status,
    pub failed_at: Option<CaseRef>,
    pub error: Option<String>,
    pub level_cost: Vec<Option<u64>>,
    pub reference_level_cost: Vec<u64>,
    pub level_limit: Vec<u64>,
    /// ENAMEL's per-sample efficiency score e.
    pub score: f64,
    pub efficient: bool,
    pub growth: Vec<Growth>,
    pub reference_growth: Vec<Growth>,
    /// The sample's memory per level and its memory and dual scores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<SampleMemory>,
    /// The reference's memory per level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_memory: Option<LevelMemory>,
    pub peak_memory_bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<VerificationRecord>,
}

impl SampleReport {
    pub fn of(scored: ScoredSample) -> SampleReport {
        let s = scored.sample;
        SampleReport {
            id: s.id,
            task_id: scored.task_id,
            source_sha256: s.source_sha256,
            verdict: s.verdict,
            status: s.status,
            failed_at: s.failed_at,
            error: s.error,
            level_cost: s.level_cost,
            reference_level_cost: scored.reference_level_cost,
            level_limit: scored.level_limit,
            score: s.score,
            efficient: s.efficient,
            growth: s.growth,
            reference_growth: scored.reference_growth,
            memory: s.memory,
            reference_memory: scored.reference_memory,
            peak_memory_bytes: s.peak_memory_bytes,
            verification: s.verification,
        }
    }
}

/// A level as the problem endpoints show it.
#[derive(Serialize)]
pub struct LevelInfo<'a> {
    pub weight: f64,
    pub cases: usize,
    pub size: Option<u64>,
    pub description: &'a str,
}

fn levels(problem: &Problem) -> Vec<LevelInfo<'_>> {
    problem
        .levels
        .iter()
        .map(|l| LevelInfo {
            weight: l.weight,
            cases: l.cases,
            size: l.size,
            description: &l.description,
        })
        .collect()
}

/// An entry of `GET /v1/problems`.
#[derive(Serialize)]
pub struct ProblemSummary<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub entry_point: &'a str,
    pub difficulty: &'static str,
    pub tags: &'a [String],
    pub levels: Vec<LevelInfo<'a>>,
}

impl<'a> ProblemSummary<'a> {
    pub fn of(p: &'a Problem) -> ProblemSummary<'a> {
        ProblemSummary {
            id: &p.id,
            title: &p.title,
            entry_point: &p.entry_point,
            difficulty: p.difficulty.name(),
            tags: &p.tags,
            levels: levels(p),
        }
    }
}

/// `GET /v1/problems/{id}`: what a model is shown, and how it is measured.
#[derive(Serialize)]
pub struct ProblemDetail<'a> {
    #[serde(flatten)]
    pub summary: ProblemSummary<'a>,
    /// The prompt: a completion is appended to exactly this text.
    pub prompt: &'a str,
}
