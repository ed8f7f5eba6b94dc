//! The wire format of OpenAI-compatible servers: the request body of each
//! mode, and the parts of a response that matter (choices, finish reasons,
//! usage). Parsing is lenient where servers differ (missing `usage`, choices
//! without `index`, `content: null`) and strict where a body is not a
//! completion at all, which the client treats as a transient failure.

use crate::limits::MAX_ANSWER_BYTES;
use crate::{Mode, Settings};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// Tokens a request consumed, as the server counts them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

/// One answer of a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub text: String,
    pub finish_reason: Option<String>,
}

/// A successful response: its answers in `index` order, and its usage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub choices: Vec<Choice>,
    pub usage: Option<Usage>,
}

/// The JSON body asking for `n` answers to `text`. Streaming is off: a
/// whole answer or nothing, which is what retries need. `n` is left out
/// when 1, as some servers refuse the field itself.
pub fn request_body(
    settings: &Settings,
    system: Option<&str>,
    text: &str,
    n: usize,
    seed: Option<u64>,
) -> Value {
    let mut body = Map::new();
    body.insert("model".into(), json!(settings.api_model));
    match settings.mode {
        Mode::Chat => {
            let mut messages = Vec::new();
            if let Some(system) = system {
                messages.push(json!({"role": "system", "content": system}));
            }
            messages.push(json!({"role": "user", "content": text}));
            body.insert("messages".into(), Value::Array(messages));
        }
        Mode::Completions => {
            body.insert("prompt".into(), json!(text));
        }
    }
    if !settings.stop.is_empty() {
        body.insert("stop".into(), json!(settings.stop));
    }
    body.insert("temperature".into(), json!(settings.temperature));
    let optional = [
        ("top_p", settings.top_p.map(|v| json!(v))),
        ("max_tokens", settings.max_tokens.map(|v| json!(v))),
        ("seed", seed.map(|v| json!(v))),
        ("n", (n > 1).then(|| json!(n))),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            body.insert(key.into(), value);
        }
    }
    body.insert("stream".into(), json!(false));
    Value::Object(body)
}

#[derive(Deserialize)]
struct Response {
    choices: Vec<RawChoice>,
    #[serde(default)]
    usage: Option<RawUsage>,
}

#[derive(Deserialize)]
struct RawChoice {
    #[serde(default)]
    index: Option<u64>,
    #[serde(default)]
    message: Option<RawMessage>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct RawMessage {
    #[serde(default)]
    content: Option<Value>,
}

#[derive(Deserialize)]
struct RawUsage {
    #[serde(default)]
    prompt_tokens: Option<u64>,
    #[serde(default)]
    completion_tokens: Option<u64>,
}

/// Reads a 2xx body; `Err` says why it is not a completion of `mode`.
pub fn parse_response(mode: Mode, body: &[u8]) -> Result<Completion, String> {
    let response: Response = serde_json::from_slice(body)
        .map_err(|e| format!("malformed response ({e}): {}", snippet(body)))?;
    let mut choices = response.choices;
    if choices.is_empty() {
        return Err("malformed response: no choices".into());
    }
    choices.sort_by_key(|c| c.index);
    let choices = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let text = match mode {
                Mode::Chat => c
                    .message
                    .map(|m| m.content.map(content_text).unwrap_or_default()),
                Mode::Completions => c.text,
            };
            let text = text.ok_or_else(|| {
                format!(
                    "malformed response: a choice has no {}",
                    match mode {
                        Mode::Chat => "message",
                        Mode::Completions => "text",
                    }
                )
            })?;
            if text.len() > MAX_ANSWER_BYTES {
                return Err(format!(
                    "malformed response: choice {i} is {} bytes, more than the {MAX_ANSWER_BYTES} \
                     an answer may have",
                    text.len()
                ));
            }
            Ok(Choice {
                text,
                finish_reason: c.finish_reason,
            })
        })
        .collect::<Result<_, String>>()?;
    let usage = response.usage.map(|u| Usage {
        prompt_tokens: u.prompt_tokens.unwrap_or(0),
        completion_tokens: u.completion_tokens.unwrap_or(0),
    });
    Ok(Completion { choices, usage })
}

/// A message's content as text: a string, `null` (a refusal: no text), or
/// a list of parts whose text parts are joined.
fn content_text(content: Value) -> String {
    match content {
        Value::String(s) => s,
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect(),
        _ => String::new(),
    }
}

/// The message of an error body, in the shapes servers use
/// (`{"error": {"message"}}`, `{"error": "..."}`, `{"message"}`,
/// `{"detail"}`), else the start of the body.
pub fn error_message(body: &[u8]) -> String {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return snippet(body);
    };
    let candidates = [
        value.pointer("/error/message"),
        value.get("error"),
        value.get("message"),
        value.get("detail"),
    ];
    let message = candidates.into_iter().flatten().find_map(Value::as_str);
    match message {
        Some(message) => message.chars().take(500).collect(),
        None => snippet(body),
    }
}

/// The first 200 characters of a body, for a message.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return "empty body".into();
    }
    let cut: String = text.chars().take(200).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_read_in_index_order_with_their_finish_reasons() {
        let body = br#"{"choices": [
            {"index": 1, "message": {"content": "b"}, "finish_reason": "length"},
            {"index": 0, "message": {"role": "assistant", "content": "a"}, "finish_reason": "stop"},
            {"index": 2, "message": {"content": null, "refusal": "no"}}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}"#;
        let c = parse_response(Mode::Chat, body).unwrap();
        let texts: Vec<&str> = c.choices.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", ""]);
        assert_eq!(c.choices[1].finish_reason.as_deref(), Some("length"));
        assert_eq!(
            c.usage,
            Some(Usage {
                prompt_tokens: 5,
                completion_tokens: 7
            })
        );
    }

    #[test]
    fn bodies_that_are_not_completions_are_refused_with_a_reason() {
        let err = |body: &[u8]| parse_response(Mode::Completions, body).unwrap_err();
        assert!(err(b"<html>502 Bad Gateway</html>").contains("<html>502 Bad Gateway"));
        assert!(err(br#"{"choices": []}"#).contains("no choices"));
        assert!(err(br#"{"choices": [{"message": {"content": "x"}}]}"#).contains("no text"));
        assert!(err(br#"{"choices": [{"text": "x""#).starts_with("malformed response"));
    }

    #[test]
    fn an_answer_over_its_bound_is_not_a_completion() {
        let long = "x".repeat(crate::limits::MAX_ANSWER_BYTES + 1);
        let body = serde_json::json!({"choices": [{"text": "ok"}, {"text": long}]});
        let err = parse_response(Mode::Completions, body.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            err,
            "malformed response: choice 1 is 1048577 bytes, more than the 1048576 an answer may have"
        );
    }

    #[test]
    fn error_messages_in_every_shape() {
        assert_eq!(
            error_message(br#"{"error": {"message": "bad key", "type": "x"}}"#),
            "bad key"
        );
        assert_eq!(
            error_message(br#"{"error": "model not found"}"#),
            "model not found"
        );
        assert_eq!(error_message(br#"{"detail": "Not Found"}"#), "Not Found");
        assert_eq!(error_message(b""), "empty body");
    }
}
