//! What shapes the samples: the model, the mode, the sampling parameters
//! and the prompt. [`Settings`] is recorded in every line of the samples
//! file, so a file says how it was made and a rerun can refuse to append
//! samples drawn another way.
//!
//! Deliberately absent: the base URL (the same model behind another port or
//! proxy draws the same samples), `--n` (raising it extends a file),
//! concurrency, timeouts, retries and extra headers (they change how, not
//! what, is asked; headers may hold secrets).

use serde::{Deserialize, Serialize};

/// Which endpoint is asked, and how its answers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// `POST {base}/chat/completions`: an instruction in a user message; the
    /// code is extracted from the answer.
    Chat,
    /// `POST {base}/completions`: the prompt is continued (base models); the
    /// program is the prompt followed by the continuation.
    Completions,
}

impl Mode {
    /// The endpoint below the base URL.
    pub fn path(self) -> &'static str {
        match self {
            Mode::Chat => "chat/completions",
            Mode::Completions => "completions",
        }
    }
}

/// Where a completion is cut in completions mode: the function is done when
/// a base model starts a test, a print or a markdown fence at the margin.
/// OpenAI's API takes at most four stop sequences; [`crate::extract`] cuts
/// at the same places for servers that ignore `stop`.
pub const COMPLETION_STOPS: [&str; 4] = ["\nif __name__", "\nprint(", "\nassert ", "\n```"];

/// The settings recorded with every sample; two runs with equal settings
/// draw from the same distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The model name sent to the API.
    pub api_model: String,
    pub mode: Mode,
    pub temperature: f64,
    pub top_p: Option<f64>,
    pub max_tokens: Option<u32>,
    /// The seed of a file's first sample; sample i of a task asks with
    /// seed + i, so samples drawn one request at a time differ.
    pub seed: Option<u64>,
    /// SHA-256 of the system message (chat mode), if any.
    pub system_sha256: Option<String>,
    /// SHA-256 of the instruction template's text.
    pub template_sha256: String,
    /// The stop sequences sent (completions mode).
    pub stop: Vec<String>,
}

impl Settings {
    /// The names of the fields whose values differ from `other`'s, for a
    /// message that says what changed.
    pub fn differences(&self, other: &Settings) -> Vec<String> {
        let (mine, theirs) = (as_map(self), as_map(other));
        mine.iter()
            .filter(|(key, value)| theirs.get(*key) != Some(value))
            .map(|(key, value)| {
                let was = theirs.get(key).map_or("absent".into(), ToString::to_string);
                format!("{key}: file has {was}, this run {value}")
            })
            .collect()
    }
}

fn as_map(settings: &Settings) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(settings) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => unreachable!("Settings serializes to an object"),
    }
}

/// SHA-256 of a text, in hex.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            api_model: "m".into(),
            mode: Mode::Chat,
            temperature: 0.8,
            top_p: None,
            max_tokens: Some(2048),
            seed: None,
            system_sha256: None,
            template_sha256: sha256_hex("t"),
            stop: vec![],
        }
    }

    #[test]
    fn differences_name_each_changed_field_with_both_values() {
        let mut other = settings();
        other.temperature = 0.2;
        other.seed = Some(7);
        assert_eq!(
            settings().differences(&other),
            [
                "temperature: file has 0.2, this run 0.8",
                "seed: file has 7, this run null"
            ]
        );
        assert!(settings().differences(&settings()).is_empty());
    }
}
