//! The JSON of the API: reading a score request into [`Job`]s, refusing it
//! whole with the field at fault named, and the shapes of the answers.
//!
//! A request is parsed as JSON first (a syntax error is a 400 with its line
//! and column), then read field by field by hand rather than through
//! derived `Deserialize`, so that every refusal names its place
//! (`samples[3].task_id`) and says what was expected. Nothing runs until the
//! whole request is valid.

use crate::ServeError;
use effgauge_problems::{Problem, Suite};
use effgauge_reports::schema::{CaseRef, Growth, HarnessInfo, Status, VerificationRecord};
use effgauge_scoring::{samples, ScoredSample};
use serde::Serialize;
use serde_json::{Map, Value};

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

/// Reads a `POST /v1/score` body against `suite`: at most `max_samples`
/// samples, each a known task with a solution or a completion in Python.
pub fn parse_score_request(
    body: &[u8],
    suite: &Suite,
    max_samples: usize,
) -> Result<Vec<Job>, ServeError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| ServeError::MalformedJson {
        message: syntax_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(top) = value else {
        return Err(invalid(
            "the body must be a JSON object: {\"samples\": [...]}",
        ));
    };
    if let Some(key) = top.keys().find(|k| *k != "samples") {
        return Err(invalid(format!(
            "{key}: unknown field (a request has only \"samples\")"
        )));
    }
    let samples = match top.get("samples") {
        None => return Err(invalid("samples: missing")),
        Some(Value::Array(samples)) => samples,
        Some(_) => return Err(invalid("samples: expected an array of samples")),
    };
    if samples.is_empty() {
        return Err(invalid("samples: empty; send at least one sample"));
    }
    if samples.len() > max_samples {
        return Err(ServeError::TooManySamples {
            count: samples.len(),
            limit: max_samples,
        });
    }
    samples
        .iter()
        .enumerate()
        .map(|(i, sample)| parse_sample(i, sample, suite))
        .collect()
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

fn parse_sample(i: usize, sample: &Value, suite: &Suite) -> Result<Job, ServeError> {
    let place = format!("samples[{i}]");
    let Value::Object(map) = sample else {
        return Err(invalid(format!("{place}: expected an object")));
    };
    if let Some(key) = map.keys().find(|k| !SAMPLE_FIELDS.contains(&k.as_str())) {
        return Err(invalid(format!(
            "{place}.{key}: unknown field (a sample has {})",
            SAMPLE_FIELDS.join(", ")
        )));
    }
    let text = |name: &str| text_field(map, &place, name);
    let id = text("id")?.map_or_else(|| i.to_string(), str::to_owned);
    text("model")?;
    if let Some(language) = text("language")? {
        if language != "python" {
            return Err(ServeError::UnsupportedLanguage {
                field: format!("{place}.language"),
                language: language.to_owned(),
            });
        }
    }
    let task_id = text("task_id")?.ok_or_else(|| invalid(format!("{place}.task_id: missing")))?;
    let problem = suite.get(task_id).ok_or_else(|| ServeError::UnknownTask {
        field: format!("{place}.task_id"),
        task: task_id.to_owned(),
    })?;
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

/// A string field; absent or null is `None` (as `score` reads samples).
fn text_field<'a>(
    map: &'a Map<String, Value>,
    place: &str,
    name: &str,
) -> Result<Option<&'a str>, ServeError> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(format!("{place}.{name}: expected a string"))),
    }
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
