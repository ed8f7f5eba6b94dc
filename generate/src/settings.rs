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

/// The language the samples are written in. Python's is the default and
/// is left out of a serialized [`Settings`], so Python files read and
/// compare as they did before C++ existed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Python,
    /// C++17: a sample is a whole file defining the entry point.
    Cpp,
    /// C17: a sample is a whole file defining the entry point.
    C,
}

impl Language {
    /// `python`, `cpp` or `c`, as samples files name it.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Cpp => "cpp",
            Language::C => "c",
        }
    }

    pub fn is_python(&self) -> bool {
        *self == Language::Python
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
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
    /// The samples' language; absent (Python) in Python files.
    #[serde(default, skip_serializing_if = "Language::is_python")]
    pub language: Language,
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
    /// message that says what changed (the language too, though Python's
    /// is not written).
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
        Ok(serde_json::Value::Object(mut map)) => {
            map.entry("language")
                .or_insert_with(|| settings.language.name().into());
            map
        }
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
            language: Language::Python,
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

    #[test]
    fn python_settings_are_written_as_before_and_the_language_still_compares() {
        let text = serde_json::to_string(&settings()).unwrap();
        assert!(!text.contains("language"), "{text}");
        let back: Settings = serde_json::from_str(&text).unwrap();
        assert_eq!(back, settings());
        let mut cpp = settings();
        cpp.language = Language::Cpp;
        let text = serde_json::to_string(&cpp).unwrap();
        assert!(
            text.contains(r#""mode":"chat","language":"cpp","#),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<Settings>(&text).unwrap(), cpp);
        assert_eq!(
            settings().differences(&cpp),
            [r#"language: file has "cpp", this run "python""#]
        );
        assert_eq!(
            cpp.differences(&settings()),
            [r#"language: file has "python", this run "cpp""#]
        );
    }
}
