//! End-to-end tests of `effgauge generate` against a model server on
//! loopback (`common::fake_api`): the samples file, `n` native and emulated,
//! retries and their waits, timeouts, failures left for a rerun, wrong keys
//! and models, resuming after a kill and after Ctrl-C, and refusing a file
//! made with other settings. Nothing here reaches the internet, and nothing
//! runs in the sandbox.

mod common;

use common::fake_api::{offline, Behaviour, FakeApi, Fault, NSupport};
use common::*;
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

/// Problems of the bundled suite, in the order their requests go.
const THREE: &str = "anagram-pair-count,pairs-at-exact-gap,relay-latency";
const FOUR: &str = "anagram-pair-count,pairs-at-exact-gap,relay-latency,rotate-grid-clockwise";

/// `generate` of model `m` against `api`, with short backoff steps and no proxy.
fn generate(api: &FakeApi, out: &Path, problems: &str) -> assert_cmd::Command {
    generate_model(api, out, problems, "m")
}

fn generate_model(api: &FakeApi, out: &Path, problems: &str, model: &str) -> assert_cmd::Command {
    let mut command = effgauge();
    command
        .args(["generate", "--model", model, "--base-url"])
        .arg(api.base_url())
        .args(["--problems", problems, "--out"])
        .arg(out);
    offline(&mut command);
    command
}

/// `generate` of model `m` as a child process of its own, to be killed.
fn spawn_generate(
    api: &FakeApi,
    out: &Path,
    problems: &str,
    extra: &[&str],
) -> std::process::Child {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("effgauge"));
    command
        .args([
            "generate",
            "--model",
            "m",
            "--base-url",
            &api.base_url(),
            "--problems",
            problems,
        ])
        .args(extra)
        .arg("--out")
        .arg(out)
        .stderr(std::process::Stdio::piped());
    offline(&mut command).spawn().unwrap()
}

/// A server and the samples file of one test (in a folder removed at the end).
fn start(behaviour: Behaviour) -> (FakeApi, tempfile::TempDir, std::path::PathBuf) {
    let (api, dir) = FakeApi::start_in_tempdir(behaviour);
    let out = dir.path().join("s.jsonl");
    (api, dir, out)
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `command`: its exit code and what it printed on stderr.
fn outcome(command: &mut assert_cmd::Command) -> (Option<i32>, String) {
    let output = command.output().unwrap();
    (output.status.code(), stderr(&output))
}

/// (task_id, sample_index) of every line, sorted.
fn keys(lines: &[Value]) -> Vec<(String, u64)> {
    let mut keys: Vec<(String, u64)> = lines
        .iter()
        .map(|l| {
            (
                l["task_id"].as_str().unwrap().to_owned(),
                l["sample_index"].as_u64().unwrap(),
            )
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn n_is_asked_natively_and_each_sample_is_a_line_score_can_read() {
    let (api, _dir, out) = start(Behaviour::default());
    let (code, text) = outcome(generate(&api, &out, THREE).args(["--n", "3", "--seed", "7"]));
    assert_eq!(code, Some(0), "{text}");
    let log = api.log();
    assert_eq!(log.len(), 3, "one request per problem");
    for request in &log {
        assert_eq!(request.path, "/v1/chat/completions");
        assert_eq!(request.body["n"], 3);
        assert_eq!(request.body["stream"], false);
        assert_eq!(request.body["temperature"], 0.8);
        assert_eq!(request.body["max_tokens"], 2048);
        assert_eq!(request.body["seed"], 7);
        let asked = request.body["messages"][0]["content"].as_str().unwrap();
        assert!(asked.contains("as efficient as possible"), "{asked}");
        assert!(!request.headers.contains_key("authorization"));
    }
    let lines = lines(&out);
    assert_eq!(lines.len(), 9);
    let expected: Vec<(String, u64)> = THREE
        .split(',')
        .flat_map(|t| (0..3).map(move |i| (t.to_owned(), i)))
        .collect();
    assert_eq!(keys(&lines), expected);
    let first = &lines[0];
    assert_eq!(first["model"], "m");
    assert_eq!(first["extraction"], "fenced_block");
    assert_eq!(first["finish_reason"], "stop");
    assert_eq!(first["request_samples"], 3);
    assert_eq!(first["usage"]["prompt_tokens"], 100);
    assert_eq!(first["usage"]["completion_tokens"], 60);
    assert_eq!(first["generation"]["api_model"], "m");
    assert!(first["raw_completion"]
        .as_str()
        .unwrap()
        .contains("```python"));
    // The stub answer forgot the prompt's import; extraction put it back.
    assert_eq!(
        first["solution"],
        "from typing import List\n\ndef count_anagram_pairs(*args):\n    return None\n"
    );
    assert!(
        text.contains("9 sample(s) written")
            && text.contains("3 request(s), 0 retried; tokens 300 in, 180 out"),
        "{text}"
    );
}

#[test]
fn a_server_that_ignores_n_is_asked_once_per_sample_with_distinct_seeds() {
    let (api, _dir, out) = start(Behaviour {
        n: NSupport::Ignored,
        ..Behaviour::default()
    });
    generate(&api, &out, "anagram-pair-count,pairs-at-exact-gap")
        .args(["--n", "3", "--seed", "10", "--concurrency", "1"])
        .assert()
        .success();
    let log = api.log();
    // The first request finds out (n=3, one choice); then one per sample.
    assert_eq!(log[0].body["n"], 3);
    assert_eq!(log.len(), 1 + 2 + 3);
    assert!(log[1..].iter().all(|r| r.body.get("n").is_none()));
    let mut seeds: Vec<u64> = log[1..]
        .iter()
        .map(|r| r.body["seed"].as_u64().unwrap())
        .collect();
    seeds.sort();
    assert_eq!(seeds, [10, 11, 11, 12, 12]);
    assert_eq!(lines(&out).len(), 6);
    assert!(lines(&out).iter().all(|l| l["request_samples"] == 1));
}

#[test]
fn a_server_that_refuses_n_is_asked_once_per_sample() {
    let (api, _dir, out) = start(Behaviour {
        n: NSupport::Refused,
        ..Behaviour::default()
    });
    generate(&api, &out, "relay-latency")
        .args(["--n", "2"])
        .assert()
        .success();
    let log = api.log();
    assert_eq!(log.len(), 3, "the refused n=2, then two single requests");
    assert_eq!(
        keys(&lines(&out)),
        [("relay-latency".into(), 0), ("relay-latency".into(), 1)]
    );
}

#[test]
fn a_rate_limit_is_waited_out_as_long_as_retry_after_says() {
    let (api, _dir, out) = start(Behaviour {
        faults: vec![Fault::Status(429, Some("1"))],
        ..Behaviour::default()
    });
    let (code, text) = outcome(&mut generate(&api, &out, "relay-latency"));
    assert_eq!(code, Some(0), "{text}");
    let log = api.log();
    assert_eq!(log.len(), 2);
    let waited = log[1].at - log[0].at;
    assert!(waited >= Duration::from_secs(1), "retried after {waited:?}");
    assert!(
        text.contains("relay-latency: retrying in 1.0 s: HTTP 429"),
        "{text}"
    );
    assert!(text.contains("2 request(s), 1 retried"), "{text}");
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn server_errors_and_malformed_answers_are_retried_with_growing_waits() {
    let (api, _dir, out) = start(Behaviour {
        faults: vec![
            Fault::Status(500, None),
            Fault::Status(503, None),
            Fault::Malformed,
        ],
        ..Behaviour::default()
    });
    let (code, text) =
        outcome(generate(&api, &out, "relay-latency").env("EFFGAUGE_BACKOFF_BASE_MS", "100"));
    assert_eq!(code, Some(0), "{text}");
    let log = api.log();
    assert_eq!(log.len(), 4);
    // Equal jitter: the i-th wait is between half and all of 100 ms × 2^i.
    for (i, pair) in log.windows(2).enumerate() {
        let waited = pair[1].at - pair[0].at;
        let step = Duration::from_millis(100 << i);
        assert!(waited >= step / 2, "wait {i}: {waited:?}");
    }
    assert!(
        text.contains("HTTP 500") && text.contains("HTTP 503"),
        "{text}"
    );
    assert!(text.contains("malformed response"), "{text}");
    assert!(text.contains("4 request(s), 3 retried"), "{text}");
}

#[test]
fn an_answer_slower_than_the_timeout_is_abandoned_and_asked_again() {
    let (api, _dir, out) = start(Behaviour {
        faults: vec![Fault::Slow(Duration::from_secs(20))],
        ..Behaviour::default()
    });
    let started = Instant::now();
    let (code, text) = outcome(generate(&api, &out, "relay-latency").args(["--timeout", "0.5"]));
    assert_eq!(code, Some(0), "{text}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(api.log().len(), 2);
    assert!(text.contains("no complete answer within 500ms (--timeout)"));
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn a_task_whose_requests_keep_failing_is_left_for_a_rerun_and_exits_7() {
    let (api, _dir, out) = start(Behaviour {
        always_fail: Some("def relay_latency(".into()),
        ..Behaviour::default()
    });
    let (code, text) = outcome(generate(&api, &out, THREE).args(["--retries", "2", "--n", "2"]));
    assert_eq!(code, Some(7), "{text}");
    assert!(
        text.contains("relay-latency: 2 sample(s) not obtained")
            && text.contains("gave up after 3 attempt(s)"),
        "{text}"
    );
    assert!(text.contains("rerun the same command"), "{text}");
    let tasks: Vec<String> = keys(&lines(&out)).into_iter().map(|k| k.0).collect();
    assert_eq!(
        tasks,
        [
            "anagram-pair-count",
            "anagram-pair-count",
            "pairs-at-exact-gap",
            "pairs-at-exact-gap"
        ]
    );
    // The server recovers: the rerun asks only for what is missing.
    api.set(|b| b.always_fail = None);
    api.clear_log();
    generate(&api, &out, THREE)
        .args(["--n", "2"])
        .assert()
        .success();
    assert_eq!(api.log().len(), 1);
    assert_eq!(lines(&out).len(), 6);
}

#[test]
fn a_wrong_key_stops_the_run_at_its_first_request_and_is_never_shown() {
    let (api, _dir, out) = start(Behaviour {
        key: Some("sk-right-key".into()),
        ..Behaviour::default()
    });
    let (code, text) = outcome(
        generate(&api, &out, THREE)
            .args(["--api-key-env", "EFFGAUGE_TEST_KEY", "--concurrency", "8"])
            .env("EFFGAUGE_TEST_KEY", "sk-wrong-secret"),
    );
    assert_eq!(code, Some(5), "{text}");
    assert_eq!(api.log().len(), 1, "no retry storm, no burst");
    assert!(
        text.contains("HTTP 401") && text.contains("--api-key-env"),
        "{text}"
    );
    assert!(
        !text.contains("sk-wrong-secret"),
        "the key was printed: {text}"
    );
    // The right key is sent as a bearer token and written nowhere.
    api.clear_log();
    let (code, text) = outcome(
        generate(&api, &out, THREE)
            .args(["--api-key-env", "EFFGAUGE_TEST_KEY"])
            .env("EFFGAUGE_TEST_KEY", "sk-right-key"),
    );
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(api.log()[0].headers["authorization"], "Bearer sk-right-key");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(!written.contains("sk-right-key") && !text.contains("sk-right-key"));
    // A variable that is not set is refused before anything is sent.
    api.clear_log();
    generate(&api, &out, THREE)
        .args(["--api-key-env", "EFFGAUGE_TEST_KEY_UNSET"])
        .env_remove("EFFGAUGE_TEST_KEY_UNSET")
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "EFFGAUGE_TEST_KEY_UNSET is not set",
        ));
    assert!(api.log().is_empty());
}

#[test]
fn an_unknown_model_or_a_rejected_request_stops_at_the_first_request() {
    let (api, _dir, out) = start(Behaviour::default());
    let (code, text) = outcome(&mut generate_model(&api, &out, THREE, "gpt-nope"));
    assert_eq!(code, Some(6), "{text}");
    assert!(text.contains("model 'gpt-nope' or this endpoint does not exist"));
    assert_eq!(api.log().len(), 1);
    api.clear_log();
    api.set(|b| b.faults = vec![Fault::Status(422, None)]);
    let (code, text) = outcome(&mut generate(&api, &out, THREE));
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("HTTP 422: the server rejected the request"));
    assert_eq!(api.log().len(), 1);
}

#[test]
fn the_first_request_goes_alone_then_at_most_concurrency_at_once() {
    let delay = Duration::from_millis(400);
    let (api, _dir, out) = start(Behaviour {
        delay,
        ..Behaviour::default()
    });
    generate(&api, &out, "anagram-pair-count,pairs-at-exact-gap,relay-latency,rotate-grid-clockwise,coprime-pair-count")
        .args(["--concurrency", "2"])
        .assert()
        .success();
    let log = api.log();
    assert_eq!(log.len(), 5);
    assert!(
        log[1].at - log[0].at >= delay,
        "the second request did not wait for the first"
    );
    // A request is in flight from its arrival until `delay` later (less a
    // margin for scheduling): never more than two at once, and two at once
    // at some point (the limit is used).
    let in_flight = |i: usize| {
        log.iter()
            .filter(|r| r.at <= log[i].at && log[i].at < r.at + delay - Duration::from_millis(100))
            .count()
    };
    let most = (0..log.len()).map(in_flight).max().unwrap();
    assert_eq!(most, 2);
}

#[test]
fn a_killed_run_resumes_where_it_stopped() {
    let (api, _dir, out) = start(Behaviour {
        stall_after: Some(2),
        ..Behaviour::default()
    });
    let mut child = spawn_generate(&api, &out, FOUR, &["--concurrency", "1", "--quiet"]);
    wait_for_lines(&out, 2);
    child.kill().unwrap();
    child.wait().unwrap();
    let before = std::fs::read_to_string(&out).unwrap();
    assert_eq!(before.lines().count(), 2);
    // A kill in the middle of a write leaves a torn line; resuming drops it.
    std::fs::write(&out, format!("{before}{{\"task_id\": \"relay-lat")).unwrap();
    api.set(|b| b.stall_after = None);
    api.clear_log();
    let (code, text) = outcome(&mut generate(&api, &out, FOUR));
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("removed an incomplete last line"), "{text}");
    assert!(text.contains("2 of 4 samples present"), "{text}");
    assert_eq!(api.log().len(), 2, "only the missing samples are asked for");
    let after = std::fs::read_to_string(&out).unwrap();
    assert!(after.starts_with(&before), "written samples were changed");
    let expected: Vec<(String, u64)> = FOUR.split(',').map(|t| (t.to_owned(), 0)).collect();
    assert_eq!(keys(&lines(&out)), expected);
}

#[test]
fn ctrl_c_keeps_the_written_samples_and_exits_130() {
    let (api, _dir, out) = start(Behaviour {
        stall_after: Some(1),
        ..Behaviour::default()
    });
    let child = spawn_generate(&api, &out, THREE, &[]);
    wait_for_lines(&out, 1);
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{}", stderr(&output));
    let text = stderr(&output);
    assert!(
        text.contains("interrupted") && text.contains("1 sample(s) written"),
        "{text}"
    );
    assert_eq!(lines(&out).len(), 1);
}

/// Waits (at most 60 s) until `path` holds `count` complete lines.
fn wait_for_lines(path: &Path, count: usize) {
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.matches('\n').count() >= count {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no {count} lines in {}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_file_made_with_other_settings_is_refused_and_a_larger_n_extends_it() {
    let (api, dir, out) = start(Behaviour::default());
    generate(&api, &out, THREE)
        .args(["--temperature", "0.2"])
        .assert()
        .success();
    let before = std::fs::read(&out).unwrap();
    let (code, text) = outcome(generate(&api, &out, THREE).args(["--temperature", "0.7"]));
    assert_eq!(code, Some(2));
    assert!(
        text.contains("made with other settings (temperature: file has 0.2, this run 0.7)"),
        "{}",
        text
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        before,
        "a refused file is left as it was"
    );
    // The same settings with a larger n: only the new indices are asked for.
    api.clear_log();
    generate(&api, &out, THREE)
        .args(["--temperature", "0.2", "--n", "2"])
        .assert()
        .success();
    assert_eq!(api.log().len(), 3);
    assert!(api.log().iter().all(|r| r.body.get("n").is_none()));
    assert_eq!(lines(&out).len(), 6);
    // A samples file not written by generate is never appended to.
    let evalplus = dir.path().join("evalplus.jsonl");
    std::fs::copy(root().join("examples/reference.jsonl"), &evalplus).unwrap();
    generate(&api, &evalplus, THREE)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "not a sample written by effgauge generate",
        ));
}

#[test]
fn completions_mode_continues_the_prompt_and_cuts_the_test_code() {
    let (api, _dir, out) = start(Behaviour {
        answer: Some(
            "    return 0\n\n\nif __name__ == \"__main__\":\n    print(relay_latency())\n".into(),
        ),
        ..Behaviour::default()
    });
    let (code, text) = outcome(generate(&api, &out, "relay-latency").arg("--completions"));
    assert_eq!(code, Some(0), "{text}");
    let request = &api.log()[0];
    assert_eq!(request.path, "/v1/completions");
    let prompt = request.body["prompt"].as_str().unwrap();
    assert!(prompt.starts_with("# An efficient, correct solution") && prompt.ends_with("\"\"\"\n"));
    assert_eq!(request.body["stop"].as_array().unwrap().len(), 4);
    let line = &lines(&out)[0];
    let problem_prompt =
        std::fs::read_to_string(root().join("problems/suite/relay-latency/prompt.py")).unwrap();
    let solution = line["solution"].as_str().unwrap();
    assert_eq!(
        solution,
        format!("{}\n    return 0\n", problem_prompt.trim_end())
    );
    assert_eq!(line["extraction"], "prompt_continuation");
    assert!(text.contains("1 cut at max-tokens"));
}

#[test]
fn a_template_a_system_message_and_extra_headers_are_sent() {
    let (api, dir, out) = start(Behaviour::default());
    let template = dir.path().join("t.txt");
    std::fs::write(
        &template,
        "Fastest `{entry_point}` for {task_id}, please:\n{prompt}",
    )
    .unwrap();
    generate(&api, &out, "relay-latency")
        .arg("--template")
        .arg(&template)
        .args([
            "--system",
            "You write fast Python.",
            "--header",
            "X-Team: effgauge",
        ])
        .assert()
        .success();
    let request = &api.log()[0];
    assert_eq!(request.headers["x-team"], "effgauge");
    let messages = request.body["messages"].as_array().unwrap();
    assert_eq!(messages[0]["role"], "system");
    assert_eq!(messages[0]["content"], "You write fast Python.");
    let asked = messages[1]["content"].as_str().unwrap();
    assert!(
        asked.starts_with("Fastest `relay_latency` for relay-latency, please:\n"),
        "{asked}"
    );
    let settings = &lines(&out)[0]["generation"];
    assert!(settings["system_sha256"].is_string() && settings["template_sha256"].is_string());
    // Another template is another setting.
    generate(&api, &out, "relay-latency")
        .args([
            "--system",
            "You write fast Python.",
            "--header",
            "X-Team: effgauge",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("template_sha256"));
}

/// A C++ answer as chat models give it: prose, the file in a ```cpp block
/// with a `main` to try it, and a word on the complexity.
const CPP_ANSWER: &str = "One pass, accumulating in `long long` (64 bits in wasm32, \
unlike `long`):\n\n```cpp\n#include <bits/stdc++.h>\nusing namespace std;\n\n\
long long sum_of_squares(const vector<long long>& values) {\n    long long total = 0;\n    \
for (long long v : values) {\n        total += v * v;\n    }\n    return total;\n}\n\n\
int main() {\n    cout << sum_of_squares({1, 2, 3}) << \"\\n\"; // 14\n    return 0;\n}\n```\n\n\
It runs in O(n) time and O(1) extra memory.\n";

/// The program extraction makes of [`CPP_ANSWER`]: its `main` removed.
const CPP_SOLUTION: &str = "#include <bits/stdc++.h>\nusing namespace std;\n\n\
long long sum_of_squares(const vector<long long>& values) {\n    long long total = 0;\n    \
for (long long v : values) {\n        total += v * v;\n    }\n    return total;\n}\n";

#[test]
fn cpp_is_asked_with_the_cpp_prompt_and_written_as_whole_files() {
    let (api, dir, out) = start(Behaviour {
        answer: Some(CPP_ANSWER.into()),
        ..Behaviour::default()
    });
    let suite = cpp_suite(dir.path());
    let cpp = |command: &mut assert_cmd::Command| {
        command.arg("--suite").arg(&suite);
    };
    let mut first = generate(&api, &out, "sum-of-squares");
    cpp(first.args(["--language", "cpp", "--n", "2"]));
    let (code, text) = outcome(&mut first);
    assert_eq!(code, Some(0), "{text}");
    let log = api.log();
    assert_eq!(log.len(), 1);
    let asked = log[0].body["messages"][0]["content"].as_str().unwrap();
    assert!(
        asked.starts_with("Complete the following C++17 function."),
        "{asked}"
    );
    for part in [
        "```cpp\n#include <bits/stdc++.h>\n\n// Return the sum of the squares of `values`.\n",
        "// `long long` (or int64_t) for 64-bit values; there are no exceptions.\n\
         long long sum_of_squares(const std::vector<long long>& values) {\n}\n```",
        "the function `sum_of_squares` with exactly the signature above",
    ] {
        assert!(asked.contains(part), "{part}\n--- in ---\n{asked}");
    }
    assert!(!asked.contains("def sum_of_squares"), "{asked}");
    let lines = lines(&out);
    assert_eq!(lines.len(), 2);
    for (index, line) in lines.iter().enumerate() {
        assert_eq!(line["task_id"], "sum-of-squares");
        assert_eq!(line["language"], "cpp");
        assert_eq!(line["sample_index"], index as u64);
        assert_eq!(line["extraction"], "fenced_block");
        assert_eq!(line["solution"], CPP_SOLUTION);
        assert_eq!(line["raw_completion"], CPP_ANSWER);
        assert!(line.get("completion").is_none());
        assert_eq!(line["generation"]["language"], "cpp");
    }
    // The same file in Python is another setting: refused, left as it was.
    let before = std::fs::read(&out).unwrap();
    let mut python = generate(&api, &out, "sum-of-squares");
    cpp(python.args(["--n", "2"]));
    let (code, text) = outcome(&mut python);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains(r#"language: file has "cpp", this run "python")"#),
        "{text}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
    // Without --problems, C++ asks for the problems with a track only; the
    // samples present are not asked for again.
    api.clear_log();
    let mut again = effgauge();
    again
        .args(["generate", "--model", "m", "--base-url"])
        .arg(api.base_url())
        .arg("--out")
        .arg(&out)
        .args(["--language", "cpp", "--n", "2"]);
    cpp(offline(&mut again));
    let (code, text) = outcome(&mut again);
    assert_eq!(code, Some(0), "{text}");
    assert!(api.log().is_empty());
    assert!(
        text.contains("--language cpp: 1 problem(s) without a cpp track left out"),
        "{text}"
    );
}

/// A C answer as chat models give it: the file in a ```c block with a
/// `main` to try it.
const C_ANSWER: &str = "Here it is:\n\n```c\nlong long sum_of_squares(long long* values, int valuesSize) {\n    \
long long total = 0;\n    for (int i = 0; i < valuesSize; i++) total += values[i] * values[i];\n    \
return total;\n}\n\nint main(void) {\n    long long v[] = {1, 2, 3};\n    \
return (int)sum_of_squares(v, 3);\n}\n```\n";

#[test]
fn c_is_asked_with_the_c_prompt_and_written_as_whole_files() {
    let (api, dir, out) = start(Behaviour {
        answer: Some(C_ANSWER.into()),
        ..Behaviour::default()
    });
    let suite = cpp_suite(dir.path());
    let mut first = generate(&api, &out, "sum-of-squares");
    first
        .arg("--suite")
        .arg(&suite)
        .args(["--language", "c", "--n", "1"]);
    let (code, text) = outcome(&mut first);
    assert_eq!(code, Some(0), "{text}");
    let asked = api.log()[0].body["messages"][0]["content"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        asked.starts_with("Complete the following C17 function."),
        "{asked}"
    );
    for part in [
        "```c\n#include <stdbool.h>\n#include <stdlib.h>\n#include <string.h>\n\n",
        "// array and write its length to *returnSize",
        "long long sum_of_squares(long long* values, int valuesSize) {\n}\n```",
    ] {
        assert!(asked.contains(part), "{part}\n--- in ---\n{asked}");
    }
    let line = &lines(&out)[0];
    assert_eq!(line["language"], "c");
    let solution = line["solution"].as_str().unwrap();
    assert!(
        solution.starts_with("#include <stdbool.h>\n#include <stdlib.h>\n#include <string.h>\n\nlong long sum_of_squares("),
        "C's headers first, not C++'s: {solution}"
    );
    assert!(!solution.contains("main"), "{solution}");
    // The samples score as C against the C reference.
    let results = dir.path().join("results.json");
    effgauge()
        .args(["score", "--quiet", "--suite"])
        .arg(&suite)
        .arg(&out)
        .arg("--out")
        .arg(&results)
        .assert()
        .success();
    let results = read_json(&results);
    assert_eq!(results["harness"]["language"], "c");
    let sample = &results["models"][0]["problems"][0]["samples"][0];
    assert_eq!(sample["verdict"], "correct", "{sample}");
}

#[test]
fn python_lines_stay_without_a_language() {
    let (api, _dir, out) = start(Behaviour::default());
    generate(&api, &out, "relay-latency").assert().success();
    let line = &lines(&out)[0];
    assert!(line.get("language").is_none(), "{line}");
    assert!(line["generation"].get("language").is_none(), "{line}");
}

#[test]
fn cpp_refuses_a_problem_without_a_track_and_completions_mode() {
    let (api, dir, out) = start(Behaviour::default());
    let suite = cpp_suite(dir.path());
    let refused = |problems: &str, extra: &[&str]| {
        let mut command = generate(&api, &out, problems);
        command.arg("--suite").arg(&suite).args(extra);
        outcome(&mut command)
    };
    let (code, text) = refused("sum-of-squares,no-cpp-track", &["--language", "cpp"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("'no-cpp-track' has no C++ track"), "{text}");
    let (code, text) = refused("sum-of-squares", &["--language", "cpp", "--completions"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("--completions: not with --language cpp"),
        "{text}"
    );
    let (code, text) = refused("sum-of-squares", &["--language", "rust"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("unknown language 'rust'"), "{text}");
    assert!(api.log().is_empty(), "nothing was asked");
    assert!(!out.exists());
}
