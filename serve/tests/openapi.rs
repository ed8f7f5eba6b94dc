//! docs/openapi.json is JSON, lists exactly the paths and methods the
//! service serves, and its error codes are exactly those `ServeError` can
//! answer, each also in docs/serve.md's table.

use effgauge_scoring::ScoringError;
use effgauge_serve::ServeError;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn docs(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn openapi() -> Value {
    serde_json::from_str(&docs("openapi.json")).expect("docs/openapi.json is JSON")
}

#[test]
fn openapi_lists_the_paths_served() {
    let doc = openapi();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut served = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            served.insert(format!("{} {path}", method.to_uppercase()));
        }
    }
    let expected: BTreeSet<String> = [
        "POST /v1/score",
        "GET /v1/problems",
        "GET /v1/problems/{id}",
        "GET /healthz",
        "GET /readyz",
    ]
    .map(String::from)
    .into();
    assert_eq!(served, expected);
}

/// One error of each kind a request can be answered with.
fn every_answered_error() -> Vec<ServeError> {
    let io = || std::io::Error::other("x");
    vec![
        ServeError::MalformedJson {
            message: "x".into(),
            line: 1,
            column: 1,
        },
        ServeError::BodyRead("x".into()),
        ServeError::BodyTimeout { secs: 1 },
        ServeError::BadRequest("x".into()),
        ServeError::InvalidField("x".into()),
        ServeError::UnsupportedLanguage {
            field: "x".into(),
            language: "x".into(),
            served: "python",
        },
        ServeError::UnknownTask {
            field: "x".into(),
            task: "x".into(),
        },
        ServeError::BodyTooLarge { limit: 1 },
        ServeError::TooManySamples { count: 2, limit: 1 },
        ServeError::Busy {
            waiting: 1,
            jobs: 1,
            queue: 1,
            retry_after: 1,
        },
        ServeError::Deadline { secs: 1 },
        ServeError::Unauthorized,
        ServeError::NotReady,
        ServeError::NotFound("x".into()),
        ServeError::MethodNotAllowed,
        ServeError::Internal("x".into()),
        ServeError::Scoring(ScoringError::invalid("x")),
        ServeError::Scoring(ScoringError::io("x", io())),
    ]
}

#[test]
fn the_error_codes_are_documented() {
    let doc = openapi();
    let listed: BTreeSet<String> = doc["components"]["schemas"]["Error"]["properties"]["error"]
        ["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    let answered: BTreeSet<String> = every_answered_error()
        .iter()
        .map(|e| e.code().to_owned())
        .collect();
    assert_eq!(listed, answered);
    let manual = docs("serve.md");
    for error in every_answered_error() {
        let row = format!("| {} | `{}` |", error.status().as_u16(), error.code());
        assert!(manual.contains(&row), "docs/serve.md lacks the row {row}");
    }
}
