//! End-to-end tests of `effgauge serve`: the real binary, real HTTP over the
//! loopback (the small HTTP/1.1 client of `common::serve`), the fixture
//! suite's `sum-of-squares`. Each test starts its own service on
//! port 0, reads the address from the `listening on` line, and waits for
//! `/readyz` with a bounded poll; the pool's counts in `/readyz` are what
//! the tests synchronise on, never a sleep. They need the built runtime, as
//! `score`'s tests do.

mod common;

use common::serve::*;
use common::*;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

const TASK: &str = "sum-of-squares";
const REFERENCE: &str =
    "from typing import List\n\n\ndef sum_of_squares(values: List[int]) -> int:\n    return sum(v * v for v in values)\n";
const LOOP: &str = "def sum_of_squares(values):\n    total = 0\n    for i in range(len(values)):\n        total = total + values[i] * values[i]\n    return total\n";
const QUADRATIC: &str = "def sum_of_squares(values):\n    seen = []\n    for v in values:\n        seen = seen + [v * v]\n    return sum(seen)\n";
const WRONG_COMPLETION: &str = "    return sum(values)\n";
const INFINITE: &str = "def sum_of_squares(values):\n    while True:\n        pass\n";
const MEMORY_BOMB: &str =
    "def sum_of_squares(values):\n    x = [0] * (1 << 28)\n    return len(x)\n";
/// Right on level 0, then loops until the fuel limit and again through the
/// verification re-run: seconds of work under `--verify-multiple 256`.
const SLOW: &str = "def sum_of_squares(values):\n    if len(values) > 100:\n        while True:\n            pass\n    return sum(v * v for v in values)\n";

/// A program over a 2 000-byte source cap, otherwise the reference.
fn too_large() -> String {
    format!("{REFERENCE}# {}\n", "x".repeat(3000))
}

fn sample(id: &str, solution: &str) -> Value {
    json!({"id": id, "task_id": TASK, "solution": solution})
}

#[test]
fn scores_correct_wrong_and_hostile_samples_as_verdicts() {
    let service = serve(&["--public", "--jobs", "2", "--max-source-bytes", "2000"]);
    let reply = service.score(json!([
        sample("reference", REFERENCE),
        {"id": "wrong", "task_id": TASK, "completion": WRONG_COMPLETION, "language": "python"},
        sample("infinite", INFINITE),
        sample("bomb", MEMORY_BOMB),
        sample("too-large", &too_large()),
        {"task_id": TASK, "solution": LOOP},
    ]));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.header("content-type"), Some("application/json"));
    let body = reply.json();
    let results = body["results"].as_array().unwrap();
    let ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["reference", "wrong", "infinite", "bomb", "too-large", "5"]
    );
    let fate = |i: usize| {
        (
            results[i]["verdict"].as_str().unwrap(),
            results[i]["status"].as_str().unwrap(),
        )
    };
    assert_eq!(fate(0), ("correct", "ok"));
    let e = results[0]["score"].as_f64().unwrap();
    assert!((e - 1.0).abs() < 1e-9, "the reference's e is 1: {e}");
    assert_eq!(fate(1), ("wrong", "wrong"));
    assert_eq!(results[1]["score"], 0.0);
    assert_eq!(fate(2), ("wrong", "timeout"));
    assert_eq!(results[2]["failed_at"], json!({"level": 0, "case": 0}));
    assert_eq!(fate(3), ("wrong", "memory"));
    assert_eq!(fate(4), ("wrong", "too_large"));
    assert_eq!(fate(5).0, "correct");
    for r in results {
        assert_eq!(r["task_id"], TASK);
        assert_eq!(r["reference_level_cost"].as_array().unwrap().len(), 4);
        assert_eq!(r["level_limit"].as_array().unwrap().len(), 4);
    }
    assert_eq!(body["harness"]["inputs"], "public");
    assert_eq!(body["harness"]["max_source_bytes"], 2000);
    assert_eq!(service.get("/healthz").status, 200);
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn prompt() -> String {
    std::fs::read_to_string(fixture("suite/sum-of-squares/prompt.py")).unwrap()
}

/// Scores `lines` (JSON objects) with `score` under `options`: its results.
fn score_file(dir: &Path, lines: &[Value], options: &[&str]) -> Value {
    let samples = dir.join("samples.jsonl");
    let text: Vec<String> = lines.iter().map(Value::to_string).collect();
    std::fs::write(&samples, text.join("\n") + "\n").unwrap();
    let out = dir.join("results.json");
    effgauge()
        .env_remove("EFFGAUGE_SALT")
        .args(["score", "--quiet", "--suite"])
        .arg(fixture("suite"))
        .arg(&samples)
        .arg("--out")
        .arg(&out)
        .args(options)
        .assert()
        .success();
    read_json(&out)
}

#[test]
fn figures_equal_what_score_writes() {
    let options = [
        "--max-source-bytes",
        "2000",
        "--alpha",
        "3",
        "--salt",
        "same-figures-of-the-test",
    ];
    let programs = [
        REFERENCE,
        LOOP,
        QUADRATIC,
        INFINITE,
        MEMORY_BOMB,
        &too_large(),
    ]
    .map(str::to_owned);
    let mut lines: Vec<Value> = programs
        .iter()
        .map(|p| json!({"task_id": TASK, "model": "m", "solution": p}))
        .collect();
    lines.push(json!({"task_id": TASK, "model": "m", "completion": WRONG_COMPLETION}));
    let dir = tempfile::tempdir().unwrap();
    let written = score_file(dir.path(), &lines, &options);
    let problem = &model(&written, "m")["problems"][0];

    let service = serve(&options);
    let reply = service.score(Value::Array(lines.clone()));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let body = reply.json();
    assert_eq!(
        body["harness"], written["harness"],
        "the same harness block"
    );
    assert_eq!(body["harness"]["inputs"], "held-out");
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), lines.len());
    let expected = problem["samples"].as_array().unwrap();
    assert_eq!(expected.len(), lines.len(), "every program distinct");
    for (i, ours) in results.iter().enumerate() {
        // `score` lists a problem's programs in its own order: matched by
        // the hash of the exact text, which must be that of the program sent.
        let sent = match lines[i].get("solution") {
            Some(solution) => solution.as_str().unwrap().to_owned(),
            None => format!("{}{WRONG_COMPLETION}", prompt()),
        };
        assert_eq!(ours["source_sha256"], sha256_hex(&sent), "sample {i}");
        let theirs = expected
            .iter()
            .find(|s| s["source_sha256"] == ours["source_sha256"])
            .unwrap_or_else(|| panic!("sample {i} is in score's results"));
        assert_eq!(ours["id"], i.to_string());
        for field in [
            "verdict",
            "status",
            "failed_at",
            "error",
            "level_cost",
            "score",
            "efficient",
            "peak_memory_bytes",
            "verification",
        ] {
            assert_eq!(ours[field], theirs[field], "sample {i}, {field}");
        }
        let growth = theirs.get("growth").cloned().unwrap_or(json!([]));
        assert_eq!(ours["growth"], growth, "sample {i}, growth");
        for field in ["reference_level_cost", "level_limit", "reference_growth"] {
            assert_eq!(ours[field], problem[field], "sample {i}, {field}");
        }
    }
    let statuses: Vec<&str> = results
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(
        statuses.contains(&"too_large") && statuses.contains(&"memory"),
        "{statuses:?}"
    );
}

#[test]
fn bad_requests_are_refused_naming_the_field() {
    let service = serve(&[
        "--public",
        "--jobs",
        "1",
        "--max-samples",
        "3",
        "--max-body-bytes",
        "10000",
    ]);
    let check = |reply: Reply, status: u16, code: &str, needle: &str| {
        let message = reply.json()["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert_eq!(
            (reply.status, reply.error_code().as_str()),
            (status, code),
            "{message}"
        );
        assert!(message.contains(needle), "'{needle}' not in: {message}");
    };
    check(
        service.post("/v1/score", b"{\"samples\": [\n  {\"task_id\": 3 ]}"),
        400,
        "malformed_json",
        "line 2 column",
    );
    check(
        service.post("/v1/score", b"[]"),
        422,
        "invalid_field",
        "JSON object",
    );
    check(
        service.post("/v1/score", b"{}"),
        422,
        "invalid_field",
        "samples: missing",
    );
    check(
        service.score(json!([])),
        422,
        "invalid_field",
        "samples: empty",
    );
    check(
        service.score(json!([{"solution": REFERENCE}])),
        422,
        "invalid_field",
        "samples[0].task_id: missing",
    );
    check(
        service.score(json!([sample("a", REFERENCE), {"task_id": TASK}])),
        422,
        "invalid_field",
        "samples[1]: missing 'solution'",
    );
    check(
        service.score(json!([{"task_id": TASK, "solution": 3}])),
        422,
        "invalid_field",
        "samples[0].solution: expected a string",
    );
    check(
        service.score(json!([{"task_id": TASK, "soluton": REFERENCE}])),
        422,
        "invalid_field",
        "samples[0].soluton: unknown field",
    );
    check(
        service.score(json!([{"task_id": TASK, "solution": REFERENCE, "language": "javascript"}])),
        422,
        "unsupported_language",
        "samples[0].language",
    );
    check(
        service.score(json!([{"task_id": "no-such-task", "solution": REFERENCE}])),
        404,
        "unknown_task",
        "no-such-task",
    );
    let four = vec![sample("a", REFERENCE); 4];
    check(
        service.score(Value::Array(four)),
        413,
        "too_many_samples",
        "--max-samples",
    );
    let big = json!({"samples": [sample("big", &"#".repeat(20_000))]}).to_string();
    check(
        service.post("/v1/score", big.as_bytes()),
        413,
        "body_too_large",
        "10000 bytes",
    );
    // Without a Content-Length: refused as the chunks arrive.
    let chunk = vec![b' '; 30_000];
    let mut chunked = format!("{:x}\r\n", chunk.len()).into_bytes();
    chunked.extend_from_slice(&chunk);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let head = format!("POST /v1/score HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n", service.addr);
    check(
        exchange(&service.addr, &head, &chunked),
        413,
        "body_too_large",
        "--max-body-bytes",
    );
    check(
        service.get("/v1/problems/no-such-task"),
        404,
        "unknown_task",
        "no-such-task",
    );
    check(
        service.get("/v2/anything"),
        404,
        "not_found",
        "/v2/anything",
    );
    check(
        service.get("/v1/score"),
        405,
        "method_not_allowed",
        "method",
    );
    // Nothing refused ran, and the service still scores.
    assert_eq!(service.get("/readyz").json()["scored"], 0);
    let ok = service.score(json!([sample("after", REFERENCE)]));
    assert_eq!(ok.status, 200);
}

#[test]
fn problems_endpoints_show_the_suite() {
    let service = serve(&["--public", "--jobs", "1"]);
    assert_eq!(service.get("/healthz").json(), json!({"status": "ok"}));
    let list = service.get("/v1/problems");
    assert_eq!(list.status, 200);
    let problems = list.json()["problems"].as_array().unwrap().clone();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0]["id"], TASK);
    assert_eq!(problems[0]["entry_point"], "sum_of_squares");
    assert_eq!(problems[0]["tags"], json!(["implementation"]));
    assert_eq!(problems[0]["levels"].as_array().unwrap().len(), 4);
    let one = service.get("/v1/problems/sum-of-squares").json();
    assert_eq!(one["prompt"], prompt().as_str());
    assert_eq!(one["levels"][3]["size"], 30000);
}

#[test]
fn concurrent_requests_are_all_answered_with_the_same_bytes_each_time() {
    let service = serve(&["--public", "--jobs", "2"]);
    let bodies: Vec<Vec<u8>> = [REFERENCE, LOOP, INFINITE]
        .iter()
        .map(|p| {
            json!({"samples": [sample("s", p)]})
                .to_string()
                .into_bytes()
        })
        .collect();
    let alone: Vec<Vec<u8>> = bodies
        .iter()
        .map(|b| {
            let reply = service.post("/v1/score", b);
            assert_eq!(reply.status, 200);
            reply.body
        })
        .collect();
    let addr = service.addr.clone();
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let (addr, body) = (addr.clone(), bodies[i % 3].clone());
            std::thread::spawn(move || request(&addr, "POST", "/v1/score", &[], &body))
        })
        .collect();
    for (i, handle) in handles.into_iter().enumerate() {
        let reply = handle.join().unwrap();
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        assert!(
            reply.body == alone[i % 3],
            "request {i}: the same bytes as alone"
        );
    }
    let verdicts: Vec<Value> = alone
        .iter()
        .map(|b| serde_json::from_slice::<Value>(b).unwrap()["results"][0]["verdict"].clone())
        .collect();
    assert_eq!(
        verdicts,
        [json!("correct"), json!("correct"), json!("wrong")]
    );
    let batch = json!({"samples": [sample("a", QUADRATIC), sample("b", REFERENCE)]}).to_string();
    let first = service.post("/v1/score", batch.as_bytes());
    let second = service.post("/v1/score", batch.as_bytes());
    assert_eq!(first.status, 200);
    assert!(
        first.body == second.body,
        "a batch answers the same bytes twice"
    );
}

/// `serve` whose `SLOW` samples take seconds, with one worker.
fn slow_service(extra: &[&str]) -> Service {
    // Judged every time: a slow program must take its time, not come from
    // the outcome cache of an earlier test.
    let mut args = vec![
        "--public",
        "--jobs",
        "1",
        "--verify-multiple",
        "256",
        "--no-outcome-cache",
    ];
    args.extend_from_slice(extra);
    serve(&args)
}

fn post_in_background(service: &Service, samples: Value) -> std::thread::JoinHandle<Reply> {
    let addr = service.addr.clone();
    let body = json!({ "samples": samples }).to_string();
    std::thread::spawn(move || request(&addr, "POST", "/v1/score", &[], body.as_bytes()))
}

#[test]
fn a_full_queue_is_refused_at_once_with_retry_after() {
    let service = slow_service(&["--queue", "1"]);
    let first = post_in_background(&service, json!([sample("a", SLOW)]));
    service.wait_until("running one", |r| r["running"] == 1);
    let second = post_in_background(&service, json!([sample("b", SLOW)]));
    service.wait_until("one waiting", |r| r["waiting"] == 1);
    let refused = service.score(json!([sample("c", REFERENCE)]));
    assert_eq!(refused.status, 429);
    assert_eq!(refused.error_code(), "queue_full");
    let retry: u64 = refused
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    for handle in [first, second] {
        let reply = handle.join().unwrap();
        assert_eq!(reply.status, 200);
        assert_eq!(reply.json()["results"][0]["status"], "unverified");
    }
    let after = service.score(json!([sample("c", REFERENCE)]));
    assert_eq!(after.status, 200, "room again once the queue drained");
}

#[test]
fn past_the_deadline_the_answer_is_504_and_nothing_more_starts() {
    let service = slow_service(&["--deadline-secs", "1"]);
    let reply = service.score(json!([sample("a", SLOW), sample("b", SLOW)]));
    assert_eq!(reply.status, 504);
    assert_eq!(reply.error_code(), "deadline_exceeded");
    let idle = service.wait_until("idle", |r| r["running"] == 0 && r["waiting"] == 0);
    assert_eq!(
        idle["scored"], 1,
        "the sample running at the deadline finished: {idle}"
    );
    assert_eq!(idle["abandoned"], 1, "the other never started: {idle}");
}

#[test]
fn sigterm_finishes_the_request_in_flight_then_exits_0() {
    let service = slow_service(&[]);
    let in_flight = post_in_background(&service, json!([sample("a", SLOW)]));
    service.wait_until("running", |r| r["running"] == 1);
    let (status, stderr) = service.terminate();
    let reply = in_flight.join().unwrap();
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["results"][0]["status"], "unverified");
    assert_eq!(status.code(), Some(0), "{stderr:?}");
    assert!(
        stderr.iter().any(|l| l.contains("shutting down")),
        "{stderr:?}"
    );
    assert_eq!(
        stderr.last().map(String::as_str),
        Some("effgauge serve: stopped")
    );
}

const TOKEN: &str = "serve-test-token-0123456789";

#[test]
fn off_the_loopback_a_bearer_token_is_required() {
    let refused = |token: Option<&str>, env: &[&str]| {
        let mut command = effgauge();
        command
            .env_remove("EG_SERVE_TOKEN")
            .args(["serve", "--public", "--bind", "0.0.0.0:0", "--suite"])
            .arg(fixture("suite"))
            .args(env);
        if let Some(token) = token {
            command.env("EG_SERVE_TOKEN", token);
        }
        let out = command.timeout(PATIENCE).assert().code(2);
        String::from_utf8_lossy(&out.get_output().stderr).into_owned()
    };
    assert!(refused(None, &[]).contains("--token-env"));
    assert!(refused(None, &["--token-env", "EG_SERVE_TOKEN"]).contains("EG_SERVE_TOKEN is not set"));
    assert!(refused(Some("short"), &["--token-env", "EG_SERVE_TOKEN"]).contains("shorter than 16"));

    let mut command = Command::new(env!("CARGO_BIN_EXE_effgauge"));
    command
        .env("EG_SERVE_TOKEN", TOKEN)
        .args(["serve", "--public", "--jobs", "1", "--bind", "0.0.0.0:0"])
        .args(["--token-env", "EG_SERVE_TOKEN", "--suite"])
        .arg(fixture("suite"));
    let service = start(command);
    let body = json!({"samples": [sample("a", REFERENCE)]}).to_string();
    let post = |headers: &[(&str, &str)]| {
        request(&service.addr, "POST", "/v1/score", headers, body.as_bytes())
    };
    let none = post(&[]);
    assert_eq!(
        (none.status, none.error_code().as_str()),
        (401, "unauthorized")
    );
    assert!(none.header("www-authenticate").is_some());
    let bearer = format!("Bearer {TOKEN}");
    let wrong = format!("Bearer {TOKEN}x");
    assert_eq!(post(&[("Authorization", &wrong)]).status, 401);
    assert_eq!(
        post(&[("Authorization", TOKEN)]).status,
        401,
        "the scheme is needed"
    );
    assert_eq!(post(&[("Authorization", &bearer)]).status, 200);
    let list = request(&service.addr, "GET", "/v1/problems", &[], b"");
    assert_eq!(list.status, 401);
    assert_eq!(service.get("/healthz").status, 200, "health stays open");
    assert_eq!(service.get("/readyz").status, 200, "readiness stays open");
}

#[test]
fn inputs_are_held_out_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let scored = |envs: &[(&str, &str)], args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_effgauge"));
        if let Ok(runtime) = effgauge_sandboxes::Runtime::locate(None) {
            command.env("EFFGAUGE_RUNTIME", &runtime.dir);
        }
        command
            .env("EFFGAUGE_CACHE_DIR", &cache)
            .env_remove("EFFGAUGE_SALT");
        command.envs(envs.iter().copied());
        command.args(["serve", "--jobs", "1", "--bind", "127.0.0.1:0", "--suite"]);
        command.arg(fixture("suite")).args(args);
        let service = start(command);
        let reply = service.score(json!([sample("a", REFERENCE)]));
        assert_eq!(reply.status, 200);
        let harness = reply.json()["harness"].clone();
        assert_eq!(reply.json()["results"][0]["verdict"], "correct");
        harness
    };
    let installation = scored(&[], &[]);
    assert_eq!(installation["inputs"], "held-out");
    let secret = std::fs::read_to_string(cache.join("installation-salt")).unwrap();
    let sha = sha256_hex(secret.trim());
    assert_eq!(installation["salt_sha256"], sha.as_str());
    let given = scored(&[("EFFGAUGE_SALT", "a-given-secret-of-the-test")], &[]);
    let sha = sha256_hex("a-given-secret-of-the-test");
    assert_eq!(given["salt_sha256"], sha.as_str());
    let public = scored(&[], &["--public"]);
    assert_eq!(public["inputs"], "public");
    assert!(public.get("salt_sha256").is_none());
}
