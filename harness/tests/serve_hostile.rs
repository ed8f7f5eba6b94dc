//! Hostile tests of `effgauge serve` and the outcome cache: what an attacker
//! who can send requests (or, where said, write the cache folder) tries in
//! order to raise a score without being faster or correct, to learn the
//! held-out inputs, or to crash, hang or bloat the host.
//!
//! Each test is one attack class. A test without `#[ignore]` asserts the
//! defence that holds today. A test marked `#[ignore = "attack that works
//! today: ..."]` asserts the behaviour the service should have, and fails
//! today; it is kept so that the fix can be checked by un-ignoring it
//! (`cargo test -p effgauge --test serve_hostile -- --ignored`).
//!
//! Every test uses the fixture suite (`sum-of-squares`) and its own cache
//! folder (`common::isolated_cache`), so that nothing it scores or forges
//! reaches another test or the machine's cache. Synchronisation is on the
//! pool's counts in `/readyz` or on what the server answers; where the only
//! signal is the server's memory (its `/proc` status), the wait is a bounded
//! poll that fails fast.

mod common;

use common::serve::*;
use common::*;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TASK: &str = "sum-of-squares";
const REFERENCE: &str =
    "from typing import List\n\n\ndef sum_of_squares(values: List[int]) -> int:\n    return sum(v * v for v in values)\n";
const WRONG: &str = "def sum_of_squares(values):\n    return 0\n";
/// A held-out secret of the operator's (long enough to be one).
const SECRET: &str = "serve-hostile-held-out-secret-0123456789abcdef";
const OTHER_SECRET: &str = "serve-hostile-another-secret-fedcba9876543210";
const TOKEN: &str = "serve-hostile-token-0123456789";

fn sample(id: &str, solution: &str) -> Value {
    json!({"id": id, "task_id": TASK, "solution": solution})
}

/// `effgauge serve` on the fixture suite with `cache` as its cache folder
/// (and the runtime of the machine's), on 127.0.0.1:0, with `args`.
fn serve_command(cache: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_effgauge"));
    if let Ok(runtime) = effgauge_sandboxes::Runtime::locate(None) {
        command.env("EFFGAUGE_RUNTIME", &runtime.dir);
    }
    command
        .env("EFFGAUGE_CACHE_DIR", cache)
        .env_remove("EFFGAUGE_SALT")
        .env("EG_HOSTILE_TOKEN", TOKEN);
    command.args(["serve", "--bind", "127.0.0.1:0", "--suite"]);
    command.arg(fixture("suite")).args(args);
    command
}

/// The same service run through `bash`, which writes its process id to
/// `pid_file` and, with `max_files`, lowers its open-file limit before it
/// `exec`s the binary (same process: the pid is the server's).
fn wrapped(cache: &Path, args: &[&str], pid_file: &Path, max_files: Option<u32>) -> Command {
    let inner = serve_command(cache, args);
    let limit = max_files.map_or(String::new(), |n| format!("ulimit -n {n}; "));
    let mut command = Command::new("bash");
    command
        .arg("-c")
        .arg(format!("{limit}echo $$ > \"$0\"; exec \"$@\""))
        .arg(pid_file)
        .arg(inner.get_program())
        .args(inner.get_args());
    for (key, value) in inner.get_envs() {
        match value {
            Some(v) => command.env(key, v),
            None => command.env_remove(key),
        };
    }
    command
}

fn read_pid(pid_file: &Path) -> u32 {
    std::fs::read_to_string(pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// A field of `/proc/PID/status` in KiB (`VmRSS`, `VmHWM`).
fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field}"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// A reply read from `raw` as `common::serve::exchange` reads one.
fn parse_reply(raw: &[u8]) -> Option<Reply> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Some(Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// Reads everything the server sends on `stream` until it closes it.
fn read_all(stream: &mut TcpStream) -> Vec<u8> {
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    raw
}

/// One request with `extra` raw header lines, `Connection: close`.
fn raw_request(addr: &str, method: &str, path: &str, extra: &[&[u8]], body: &[u8]) -> Reply {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    )
    .into_bytes();
    for line in extra {
        head.extend_from_slice(line);
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(&head).unwrap();
    let _ = stream.write_all(body);
    let raw = read_all(&mut stream);
    parse_reply(&raw).unwrap_or_else(|| panic!("no reply: {}", String::from_utf8_lossy(&raw)))
}

fn score_body(samples: Value) -> Vec<u8> {
    json!({ "samples": samples }).to_string().into_bytes()
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

// ---------------------------------------------------------------------------
// (a) Raising a score without being faster or correct.

/// The held-out inputs are the defence against a table of answers. A
/// program's exception text is returned in `error`, up to 4 096 bytes of
/// type name and 4 096 of message, so a program that raises
/// `ValueError(repr((fingerprint(values), answer)))` on the first case it
/// does not know reads one held-out case per request. With the fixture's 9
/// cases, 10 requests give a table that passes every case in O(1): correct,
/// `efficient`, e ≈ 1.40 against the reference's 1.0.
#[test]
fn held_out_inputs_cannot_be_read_from_error_messages() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--salt", SECRET, "--jobs", "1", "--no-outcome-cache"],
    ));
    let mut table: Vec<String> = Vec::new();
    let mut last = Value::Null;
    for _ in 0..12 {
        let program = format!(
            "T = dict([{}])\n\ndef sum_of_squares(values):\n    k = (len(values), tuple(values[:3]))\n    if k in T:\n        return T[k]\n    raise ValueError(repr((k, sum(v * v for v in values))))\n",
            table.join(", ")
        );
        let reply = service.score(json!([sample("probe", &program)]));
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        last = reply.json()["results"][0].clone();
        let error = last["error"].as_str().unwrap_or_default();
        assert!(
            !error.contains("ValueError") && !error.contains("(("),
            "the program's own text reached the answer: {last}"
        );
        if last["verdict"] == "correct" {
            break;
        }
        let leaked = last["error"]
            .as_str()
            .and_then(|e| e.strip_prefix("ValueError: "));
        match leaked {
            Some(case) if case.starts_with("((") => table.push(case.to_owned()),
            _ => break,
        }
    }
    assert_ne!(
        last["verdict"],
        "correct",
        "a table of {} held-out cases read from error messages passes every case: {last}",
        table.len()
    );
}

/// Every answer publishes the salt's plain SHA-256, so a guessable
/// `--salt` (any non-empty string is taken today: `--salt x`) is found by a
/// dictionary offline, and with it every held-out input and answer.
#[test]
fn a_guessable_salt_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    // A refused salt exits at once; a service that takes it is stopped by
    // the timeout, and the assertion fails.
    let out = assert_cmd::Command::from_std(serve_command(&cache, &["--salt", "hunter2"]))
        .timeout(Duration::from_secs(10))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("--salt"), "{stderr}");
}

/// An outcome judged on one set of inputs is never served for another: the
/// reference, scored under two salts and the public inputs on one cache
/// folder, is measured on each one's own inputs (its costs are its
/// reference's, e = 1), each setting keeps its own entry, and the same
/// setting again is a hit (no new entry).
#[test]
fn outcomes_are_never_reused_under_another_salt_or_setting() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let settings: [&[&str]; 5] = [
        &["--salt", SECRET],
        &["--salt", OTHER_SECRET],
        &["--public"],
        &["--salt", SECRET, "--alpha", "3"],
        &["--salt", SECRET, "--verify-multiple", "4"],
    ];
    let mut costs: Vec<Value> = Vec::new();
    for (i, setting) in settings.iter().enumerate() {
        let mut args = vec!["--jobs", "1"];
        args.extend_from_slice(setting);
        let service = start(serve_command(&cache, &args));
        let reply = service.score(json!([sample("ref", REFERENCE)]));
        assert_eq!(reply.status, 200);
        let r = reply.json()["results"][0].clone();
        assert_eq!(r["verdict"], "correct", "{setting:?}: {r}");
        assert_eq!(
            r["level_cost"], r["reference_level_cost"],
            "{setting:?}: measured on its own inputs"
        );
        assert_eq!(
            outcome_entries(&cache).len(),
            i + 1,
            "{setting:?} keeps its own entry"
        );
        costs.push(r["level_cost"].clone());
    }
    assert_ne!(costs[0], costs[1], "two salts, two sets of inputs");
    assert_ne!(costs[0], costs[2], "held-out and public inputs differ");
    let service = start(serve_command(&cache, &["--jobs", "1", "--salt", SECRET]));
    let reply = service.score(json!([sample("again", REFERENCE)]));
    assert_eq!(reply.json()["results"][0]["level_cost"], costs[0]);
    assert_eq!(
        outcome_entries(&cache).len(),
        settings.len(),
        "the same setting is a hit"
    );
}

/// An entry's `sha256` is a plain hash of its outcome, not a MAC: whoever
/// can write the cache folder (a shared `EFFGAUGE_CACHE_DIR`, a CI cache
/// restored from elsewhere) can rewrite a wrong program's outcome as
/// correct and recompute the hash, and the service serves it. The key is
/// no secret either: every part of it is in the answers' `harness` block
/// or the suite's files.
#[test]
fn a_rewritten_cache_entry_is_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let args = ["--jobs", "1", "--salt", SECRET];
    {
        let service = start(serve_command(&cache, &args));
        let r = service.score(json!([sample("w", WRONG)])).json()["results"][0].clone();
        assert_eq!(r["verdict"], "wrong");
    }
    let stored = outcome_entries(&cache);
    assert_eq!(stored.len(), 1, "{stored:?}");
    let mut entry: Value = serde_json::from_slice(&std::fs::read(&stored[0]).unwrap()).unwrap();
    let outcome = &mut entry["outcome"];
    outcome["verdict"] = json!({"kind": "correct"});
    outcome["status"] = json!("ok");
    outcome["failed_at"] = Value::Null;
    outcome["error"] = Value::Null;
    outcome["level_cost"] = json!([1, 1, 1, 1]);
    // The workspace's serde_json keeps the order of keys: the outcome is
    // written back as the scorer serializes it.
    let text = serde_json::to_string(&entry["outcome"]).unwrap();
    entry["sha256"] = json!(sha256_hex(&text));
    std::fs::write(&stored[0], entry.to_string()).unwrap();
    let service = start(serve_command(&cache, &args));
    let r = service.score(json!([sample("w", WRONG)])).json()["results"][0].clone();
    assert_eq!(r["verdict"], "wrong", "a forged entry was served: {r}");
}

/// A limit hit or giving up at a level above 0 pays what a wrong answer
/// pays (0), in the service as in `score`: programs right on levels 0–2
/// that loop, allocate, raise, exit, recurse or answer wrong on level 3.
#[test]
fn giving_up_pays_what_a_wrong_answer_pays_and_as_score_says() {
    let top = |body: &str| {
        format!(
            "import sys\n\ndef sum_of_squares(values):\n    if len(values) > 10000:\n{body}\n    return sum(v * v for v in values)\n"
        )
    };
    let programs = [
        ("loop", top("        while True:\n            pass")),
        ("memory", top("        x = bytearray(3 << 30)")),
        (
            "list-memory",
            top("        x = [0] * 300000000\n        x[-1] = 1"),
        ),
        ("raise-memory", top("        raise MemoryError()")),
        (
            "raise-overflow",
            top("        raise OverflowError('too slow')"),
        ),
        (
            "fake-memory-type",
            top("        raise type('MemoryError', (Exception,), {})()"),
        ),
        ("exit", top("        sys.exit(0)")),
        (
            "recursion",
            top("        def f(n):\n            return f(n + 1) + 1\n        return f(0)"),
        ),
        ("wrong", top("        return -1")),
        ("none", top("        return None")),
    ];
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    // Both judge every program (no outcome cache): two independent verdicts.
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "2", "--no-outcome-cache"],
    ));
    let samples: Vec<Value> = programs.iter().map(|(id, p)| sample(id, p)).collect();
    let reply = service.score(Value::Array(samples));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let served = reply.json()["results"].as_array().unwrap().clone();
    for r in &served {
        assert_eq!(r["verdict"], "wrong", "{r}");
        assert_eq!(r["score"], 0.0, "{r}");
        assert_eq!(r["efficient"], false, "{r}");
        assert_eq!(r["failed_at"]["level"], 3, "{r}");
    }
    // `score` on the same programs (a samples file), same cache folder.
    let file = dir.path().join("samples.jsonl");
    let lines: Vec<String> = programs
        .iter()
        .map(|(_, p)| json!({"task_id": TASK, "model": "m", "solution": p}).to_string())
        .collect();
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = dir.path().join("results.json");
    let mut command = effgauge();
    in_cache(&mut command, &cache);
    command
        .args(["score", "--quiet", "--no-outcome-cache", "--suite"])
        .arg(fixture("suite"))
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let written = read_json(&out);
    let theirs = model(&written, "m")["problems"][0]["samples"]
        .as_array()
        .unwrap()
        .clone();
    for ((id, program), ours) in programs.iter().zip(&served) {
        let sha = sha256_hex(program);
        let theirs = theirs
            .iter()
            .find(|s| s["source_sha256"] == sha.as_str())
            .unwrap_or_else(|| panic!("{id} in score's results"));
        for field in [
            "verdict",
            "status",
            "failed_at",
            "error",
            "score",
            "level_cost",
        ] {
            assert_eq!(ours[field], theirs[field], "{id}: {field}");
        }
    }
}

/// Programs that attack the judge or the answer are verdicts, never a
/// server error, and their text in the answer is bounded and escaped:
/// huge exception names and messages, output floods, JSON-looking error
/// text, invalid return values, exits, NUL bytes, surrogates, stack
/// exhaustion.
#[test]
fn hostile_programs_are_verdicts_with_bounded_escaped_text() {
    let programs = [
        ("nested", "def sum_of_squares(values):\n    x = []\n    for _ in range(100000):\n        x = [x]\n    return x\n"),
        ("self-reference", "def sum_of_squares(values):\n    x = []\n    x.append(x)\n    return x\n"),
        ("int-subclass", "class I(int):\n    def __eq__(s, o):\n        return True\n    __hash__ = int.__hash__\n\ndef sum_of_squares(values):\n    return I(0)\n"),
        ("huge-output", "def sum_of_squares(values):\n    return 'x' * (1 << 24)\n"),
        ("print-flood", "def sum_of_squares(values):\n    print('x' * (1 << 22))\n    return sum(v * v for v in values)\n"),
        ("huge-exception", "def sum_of_squares(values):\n    raise type('A' * 100000, (Exception,), {})('B' * 100000)\n"),
        ("json-in-error", "def sum_of_squares(values):\n    raise ValueError('\", \"verdict\": \"correct\", \"score\": 1.0, \"status\": \"ok\"}]} \\u001b[2J')\n"),
        ("str-loops", "class E(Exception):\n    def __str__(self):\n        while True:\n            pass\n\ndef sum_of_squares(values):\n    raise E()\n"),
        ("exit-at-import", "import sys\nsys.exit(0)\n"),
        ("os-exit", "import os\n\ndef sum_of_squares(values):\n    os._exit(0)\n"),
        ("nul", "def sum_of_squares(values):\n    return 0\u{0}\n"),
        ("surrogate", "def sum_of_squares(values):\n    return '\\ud800'\n"),
        ("stack", "import sys\nsys.setrecursionlimit(10 ** 8)\n\ndef f(n):\n    return f(n + 1) + 1\n\ndef sum_of_squares(values):\n    return f(0)\n"),
        ("read-host-file", "def sum_of_squares(values):\n    return len(open('/etc/passwd').read())\n"),
        ("big-power", "def sum_of_squares(values):\n    return 7 ** 2000000\n"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "2", "--no-outcome-cache"],
    ));
    let samples: Vec<Value> = programs.iter().map(|(id, p)| sample(id, p)).collect();
    let reply = service.score(Value::Array(samples));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert!(reply.body.len() < 64 << 10, "{} bytes", reply.body.len());
    let body = reply.json();
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), programs.len());
    for ((id, _), r) in programs.iter().zip(results) {
        assert_eq!(r["id"], *id);
        assert_eq!(r["verdict"], "wrong", "{r}");
        assert_eq!(r["score"], 0.0, "{r}");
        let error = r["error"].as_str().unwrap_or_default();
        assert!(error.len() <= 8400, "{id}: {} bytes of error", error.len());
    }
    let by_id = |id: &str| results.iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(by_id("huge-output")["status"], "wrong");
    assert_eq!(by_id("print-flood")["status"], "output");
    assert_eq!(by_id("os-exit")["status"], "error");
    assert!(by_id("json-in-error")["error"]
        .as_str()
        .unwrap()
        .starts_with("ValueError: \", \"verdict\""));
    assert_eq!(service.get("/healthz").status, 200);
}

/// No state crosses from one case, sample or request to another: a program
/// that counts its calls in `builtins` and a module table sees one call per
/// case, and another program, in the same request or the next, sees none of
/// it.
#[test]
fn no_state_leaks_between_cases_samples_or_requests() {
    let setter = "import builtins, sys\nbuiltins.LEAK = 42\nsys.modules['leakmod'] = builtins\n\ndef sum_of_squares(values, _c=[]):\n    _c.append(1)\n    builtins.calls = getattr(builtins, 'calls', 0) + 1\n    if len(values) == 2000:\n        raise ValueError('calls %d %d' % (builtins.calls, len(_c)))\n    return sum(v * v for v in values)\n";
    let reader = "import builtins, sys\n\ndef sum_of_squares(values):\n    if hasattr(builtins, 'LEAK') or 'leakmod' in sys.modules or hasattr(builtins, 'calls'):\n        raise ValueError('leaked')\n    return sum(v * v for v in values)\n";
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "2", "--no-outcome-cache"],
    ));
    let reply = service.score(json!([
        sample("set", setter),
        sample("read", reader),
        sample("set-again", &format!("{setter}# again\n")),
    ]));
    assert_eq!(reply.status, 200);
    let body = reply.json();
    let results = body["results"].as_array().unwrap();
    for r in [&results[0], &results[2]] {
        assert_eq!(
            r["error"], "ValueError: calls 1 1",
            "a fresh instance per case: {r}"
        );
        assert_eq!(r["failed_at"], json!({"level": 1, "case": 0}));
    }
    assert_eq!(results[1]["verdict"], "correct", "{}", results[1]);
    let next = service.score(json!([sample("read-next", &format!("{reader}# next\n"))]));
    assert_eq!(next.json()["results"][0]["verdict"], "correct");
}

// ---------------------------------------------------------------------------
// (b) Crashing, hanging or bloating the host.

/// Bodies the JSON parser must refuse without harm: deep nesting, invalid
/// UTF-8, lone surrogates, a byte-order mark, trailing bytes, too many
/// samples, over the cap (declared and chunked), `Content-Length` with
/// `Transfer-Encoding` (answered once, the connection closed), an object of
/// 300 000 keys. None of them runs anything.
#[test]
fn malformed_and_oversized_bodies_are_refused_cheaply() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "1", "--no-outcome-cache"],
    ));
    let addr = service.addr.clone();
    let check = |body: &[u8], status: u16, code: &str| {
        let reply = service.post("/v1/score", body);
        assert_eq!(
            (reply.status, reply.error_code().as_str()),
            (status, code),
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
    };
    let mut deep = b"{\"samples\":".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 100_000));
    deep.extend(std::iter::repeat_n(b']', 100_000));
    deep.push(b'}');
    check(&deep, 400, "malformed_json");
    check(
        b"{\"samples\":[{\"task_id\":\"sum-of-squares\",\"solution\":\"\xff\xfe\"}]}",
        400,
        "malformed_json",
    );
    check(
        b"{\"samples\":[{\"task_id\":\"sum-of-squares\",\"solution\":\"\\ud800\"}]}",
        400,
        "malformed_json",
    );
    check(b"\xef\xbb\xbf{\"samples\":[]}", 400, "malformed_json");
    check(b"{\"samples\":[]} x", 400, "malformed_json");
    check(
        &score_body(Value::Array(vec![sample("s", WRONG); 65])),
        413,
        "too_many_samples",
    );
    let keys: Vec<String> = (0..300_000).map(|i| format!("\"{i:x}\":0")).collect();
    let object = format!("{{\"samples\":[{{{}}}]}}", keys.join(","));
    check(object.as_bytes(), 422, "invalid_field");
    let huge = score_body(json!([sample("big", &"#".repeat(5 << 20))]));
    check(&huge, 413, "body_too_large");
    let chunk = vec![b' '; 1 << 20];
    let mut chunked = Vec::new();
    for _ in 0..5 {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(&chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let head = format!("POST /v1/score HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n");
    let reply = exchange(&addr, &head, &chunked);
    assert_eq!(
        (reply.status, reply.error_code().as_str()),
        (413, "body_too_large")
    );
    // Content-Length and Transfer-Encoding: chunked wins, one answer, and the
    // bytes after it are not read as a second request.
    let body = score_body(json!([sample("a", WRONG)]));
    let mut raw = format!("POST /v1/score HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n", body.len()).into_bytes();
    raw.extend_from_slice(&body);
    raw.extend_from_slice(b"\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.write_all(&raw).unwrap();
    let answer = read_all(&mut stream);
    let answers = answer.windows(9).filter(|w| w == b"HTTP/1.1 ").count();
    assert_eq!(answers, 1, "{}", String::from_utf8_lossy(&answer));
    let ready = service.get("/readyz").json();
    assert_eq!(ready["scored"], 1, "only the CL+TE request ran: {ready}");
    assert_eq!(service.get("/healthz").status, 200);
}

/// Parsing is the whole body into a `serde_json::Value` before the sample
/// count is checked: 4 MiB of `[0,0,...]` (2 million samples) is ~210 MiB
/// of values, built on the async executor (two at a time; `/healthz` waited
/// 9.7 s behind 32 such bodies in the debug build) and then refused with
/// 413. Memory beyond the bodies the docs bound is not expected.
#[test]
fn a_large_sample_array_is_refused_before_it_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let pid_file = dir.path().join("pid");
    let service = start(wrapped(
        &cache,
        &["--public", "--jobs", "1", "--no-outcome-cache"],
        &pid_file,
        None,
    ));
    let pid = read_pid(&pid_file);
    let before = status_kib(pid, "VmHWM");
    let zeros = "0,".repeat((4 << 20) / 2 - 20);
    let body = format!("{{\"samples\":[{}]}}", &zeros[..zeros.len() - 1]);
    assert!(body.len() <= 4 << 20);
    let reply = service.post("/v1/score", body.as_bytes());
    assert_eq!(
        (reply.status, reply.error_code().as_str()),
        (413, "too_many_samples")
    );
    let grown = (status_kib(pid, "VmHWM") - before) / 1024;
    assert!(grown < 64, "a 4 MiB body raised peak memory by {grown} MiB");
}

/// Connections that never finish their request head: the service has no
/// header timeout and no connection cap, and keeps up to ~400 KB of each
/// unfinished head (hyper's buffer), before any token check. 2 000 such
/// connections raised RSS from 41 to 821 MiB and stayed open; the bound is
/// only the process's file limit.
#[test]
fn unfinished_request_heads_cannot_hold_unbounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let pid_file = dir.path().join("pid");
    let service = start(wrapped(
        &cache,
        &["--public", "--jobs", "1", "--token-env", "EG_HOSTILE_TOKEN"],
        &pid_file,
        None,
    ));
    let pid = read_pid(&pid_file);
    let before = status_kib(pid, "VmRSS");
    let mut head = b"POST /v1/score HTTP/1.1\r\nHost: x\r\nX-Pad: ".to_vec();
    head.extend(std::iter::repeat_n(b'a', 390_000));
    let mut held = Vec::new();
    for _ in 0..400 {
        let stream = TcpStream::connect(&service.addr).unwrap();
        stream.set_nonblocking(true).unwrap();
        let _ = (&stream).write(&head);
        held.push(stream);
    }
    // No signal says the server has read them: a bounded poll that fails
    // as soon as memory grows past the bound.
    let limit_mib = 64;
    let start = Instant::now();
    let mut grown = 0;
    while start.elapsed() < Duration::from_secs(10) {
        grown = status_kib(pid, "VmRSS").saturating_sub(before) / 1024;
        if grown >= limit_mib {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(service.get("/healthz").status, 200);
    drop(held);
    assert!(
        grown < limit_mib,
        "400 unfinished heads raised RSS by {grown} MiB"
    );
}

/// The same connections exhaust the process's open files: with a limit of
/// 256, 300 unfinished heads made a request on a connection opened before
/// them fail with 500 `scoring_failed` ("Too many open files", naming the
/// cache path), and a new connection was never accepted.
#[test]
fn idle_connections_cannot_exhaust_open_files() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let pid_file = dir.path().join("pid");
    let service = start(wrapped(
        &cache,
        &["--public", "--jobs", "1", "--no-outcome-cache"],
        &pid_file,
        Some(256),
    ));
    let pid = read_pid(&pid_file);
    let mut before = TcpStream::connect(&service.addr).unwrap();
    let mut idle = Vec::new();
    for _ in 0..300 {
        let mut stream = TcpStream::connect(&service.addr).unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .unwrap();
        idle.push(stream);
    }
    // Until the server holds 250 files, or (under a connection cap) the
    // count settles; within its header timeout for `before`.
    let start = Instant::now();
    let (mut last, mut settled) = (0, Instant::now());
    while start.elapsed() < Duration::from_secs(8) {
        let open = open_files(pid);
        if open >= 250 || settled.elapsed() > Duration::from_millis(500) {
            break;
        }
        if open != last {
            (last, settled) = (open, Instant::now());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let body = score_body(json!([sample("a", REFERENCE)]));
    let head = format!(
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    before.write_all(head.as_bytes()).unwrap();
    before.write_all(&body).unwrap();
    let reply = parse_reply(&read_all(&mut before)).expect("an answer");
    drop(idle);
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
}

/// A request holds one of the jobs + queue request slots while its body is
/// read, for up to the whole deadline (300 s by default), and a body over
/// the cap is drained for as long. So jobs + queue clients trickling their
/// bodies (66 with the defaults on 2 cores) keep every other request out
/// with 429, at no cost to themselves. Expected: a complete request is
/// scored within a short bound while slow bodies are pending.
#[test]
fn slow_bodies_cannot_keep_other_requests_out() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &[
            "--public",
            "--jobs",
            "1",
            "--queue",
            "2",
            "--no-outcome-cache",
        ],
    ));
    let heads: [&[u8]; 3] = [
        b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{",
        b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{",
        // Over the cap: drained rather than answered.
        b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n{",
    ];
    let mut slow = Vec::new();
    for head in heads {
        let mut stream = TcpStream::connect(&service.addr).unwrap();
        stream.write_all(head).unwrap();
        slow.push(stream);
    }
    // The over-cap body is answered at once (413, the connection closed);
    // the other two are being read.
    let over = parse_reply(&read_all(&mut slow[2])).expect("an answer to the over-cap body");
    assert_eq!(
        (over.status, over.error_code().as_str()),
        (413, "body_too_large")
    );
    service.wait_until("two bodies being read", |r| r["requests"] == 2);
    let done = Arc::new(AtomicBool::new(false));
    let trickle = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let start = Instant::now();
            while !done.load(Ordering::Relaxed) && start.elapsed() < Duration::from_secs(30) {
                for stream in &mut slow {
                    let _ = stream.write_all(b" ");
                }
                std::thread::sleep(Duration::from_millis(500));
            }
        })
    };
    let body = score_body(json!([sample("a", REFERENCE)]));
    let start = Instant::now();
    let mut statuses = Vec::new();
    let scored = loop {
        let reply = service.post("/v1/score", &body);
        statuses.push(reply.status);
        if reply.status == 200 || start.elapsed() > Duration::from_secs(20) {
            break reply.status == 200;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    done.store(true, Ordering::Relaxed);
    trickle.join().unwrap();
    assert!(
        scored,
        "a complete request was refused for 20 s while 3 bodies trickled: {statuses:?}"
    );
}

/// The outcome cache's bound counts the bytes written (~370 per entry), but
/// each entry is a file of one 4 KiB block and an inode: 3 072 distinct
/// programs under `--outcome-cache-mib 1` left ~10 MiB on disk after the
/// trim. Any client can add entries (a syntax error is judged in ~1 ms), so
/// the default 512 MiB bound is ~1.5 million files and ~5.6 GiB of disk.
#[test]
fn the_outcome_cache_stays_within_its_bound_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "1", "--outcome-cache-mib", "1"],
    ));
    // 3 × 1 024 puts: the scorer trims the folder on every 1 024th.
    for round in 0..48 {
        let samples: Vec<Value> = (0..64)
            .map(|i| sample(&i.to_string(), &format!("x{round}_{i}(\n")))
            .collect();
        let reply = service.score(Value::Array(samples));
        assert_eq!(reply.status, 200);
    }
    let files = outcome_entries(&cache);
    let on_disk: u64 = files
        .iter()
        .map(|f| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(f).unwrap().blocks() * 512
        })
        .sum();
    assert!(
        on_disk <= (1 << 20) + (1 << 18),
        "{} entries take {} KiB on disk under a 1 MiB bound",
        files.len(),
        on_disk >> 10
    );
}

/// The bearer token: no case, white space, duplicate-header, folding,
/// trailer or path trick gets past it; `/healthz` and `/readyz` stay open.
#[test]
fn bearer_token_tricks_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &[
            "--public",
            "--jobs",
            "1",
            "--no-outcome-cache",
            "--token-env",
            "EG_HOSTILE_TOKEN",
        ],
    ));
    let addr = service.addr.as_str();
    let body = score_body(json!([sample("a", WRONG)]));
    let right = format!("Authorization: Bearer {TOKEN}");
    let t = TOKEN.as_bytes();
    fn line(prefix: &[u8], suffix: &[u8]) -> Vec<u8> {
        [prefix, TOKEN.as_bytes(), suffix].concat()
    }
    let cases: Vec<(&str, Vec<Vec<u8>>, u16)> = vec![
        ("right", vec![right.clone().into_bytes()], 200),
        (
            "header name in lower case",
            vec![line(b"authorization: Bearer ", b"")],
            200,
        ),
        (
            "two spaces",
            vec![line(b"Authorization: Bearer  ", b"")],
            401,
        ),
        ("a tab", vec![line(b"Authorization: Bearer\t", b"")], 401),
        ("no scheme", vec![line(b"Authorization: ", b"")], 401),
        ("basic", vec![line(b"Authorization: Basic ", b"")], 401),
        (
            "one character short",
            vec![[b"Authorization: Bearer ", &t[..t.len() - 1]].concat()],
            401,
        ),
        (
            "one character more",
            vec![line(b"Authorization: Bearer ", b"x")],
            401,
        ),
        (
            "latin-1 suffix",
            vec![line(b"Authorization: Bearer ", b"\xe9")],
            401,
        ),
        (
            "wrong, then right",
            vec![
                b"Authorization: Bearer x".to_vec(),
                right.clone().into_bytes(),
            ],
            401,
        ),
        (
            "comma-joined",
            vec![line(b"Authorization: Bearer x, Bearer ", b"")],
            401,
        ),
        ("NUL", vec![line(b"Authorization: Bearer ", b"\0")], 400),
        (
            "folded",
            vec![b"Authorization: Bearer".to_vec(), line(b" ", b"")],
            400,
        ),
        (
            "300 KB",
            vec![line(b"Authorization: Bearer ", &vec![b'A'; 300_000])],
            401,
        ),
    ];
    for (name, lines, status) in cases {
        let lines: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
        let reply = raw_request(addr, "POST", "/v1/score", &lines, &body);
        assert_eq!(
            reply.status,
            status,
            "{name}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        if status == 401 {
            assert_eq!(reply.error_code(), "unauthorized", "{name}");
        }
    }
    // The token in a trailer of a chunked body is not a header.
    let mut chunked = format!("{:x}\r\n", body.len()).into_bytes();
    chunked.extend_from_slice(&body);
    chunked.extend_from_slice(format!("\r\n0\r\n{right}\r\n\r\n").as_bytes());
    let head = "POST /v1/score HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\nTrailer: Authorization\r\n\r\n";
    assert_eq!(exchange(addr, head, &chunked).status, 401, "trailer");
    for (method, path, status) in [
        ("HEAD", "/v1/problems", 401),
        ("GET", "/v1/problems?x=1", 401),
        ("GET", "http://x/v1/problems", 401),
        ("GET", "/v1/problems/sum-of-squares", 401),
        ("GET", "/v1/problems/sum-of-squares?", 401),
        ("GET", "//v1/problems", 404),
        ("GET", "/v1/%70roblems", 404),
        ("GET", "/v1/problems/", 404),
    ] {
        let reply = raw_request(addr, method, path, &[], b"");
        assert_eq!(reply.status, status, "{method} {path}");
        if method != "HEAD" {
            let text = String::from_utf8_lossy(&reply.body).into_owned();
            assert!(!text.contains("prompt"), "{method} {path}: {text}");
        }
    }
    assert_eq!(service.get("/healthz").status, 200);
    assert_eq!(service.get("/readyz").status, 200);
    assert_eq!(
        service.get("/readyz").json()["scored"],
        2,
        "only the two requests with the right token scored"
    );
}

/// Task ids and paths name problems of the loaded suite only (no file is
/// looked up by them), and ids are echoed as JSON strings: nothing a
/// caller sends becomes a field of the answer.
#[test]
fn task_ids_paths_and_ids_cannot_traverse_or_inject() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "1", "--no-outcome-cache"],
    ));
    for task in [
        "../sum-of-squares",
        "./sum-of-squares",
        "sum-of-squares/../sum-of-squares",
        "sum-of-squares/",
        "SUM-OF-SQUARES",
        "sum-of-squares\u{0}",
        "sum-of-squares ",
        "/etc/passwd",
        "..",
        "",
    ] {
        let reply = service.score(json!([{"task_id": task, "solution": REFERENCE}]));
        assert_eq!(
            (reply.status, reply.error_code().as_str()),
            (404, "unknown_task"),
            "{task:?}"
        );
    }
    for path in [
        "/v1/problems/..%2F..%2Fetc%2Fpasswd",
        "/v1/problems/%2e%2e",
        "/v1/problems/sum-of-squares%00",
        "/v1/problems/..%2Fsum-of-squares",
    ] {
        let reply = service.get(path);
        assert_eq!(
            (reply.status, reply.error_code().as_str()),
            (404, "unknown_task"),
            "{path}"
        );
    }
    let reply = service.get("/v1/problems/sum-of-squares/../sum-of-squares");
    assert_eq!(reply.status, 404, "paths are not normalised");
    let forged = "\",\"verdict\":\"correct\",\"score\":1.0,\"x\":\"";
    let reply = service.score(json!([
        {"id": forged, "task_id": TASK, "solution": WRONG},
        {"id": "a\u{0}b\u{1b}[2J\n", "task_id": TASK, "solution": WRONG},
    ]));
    assert_eq!(reply.status, 200);
    let body = reply.json();
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["id"], forged);
    assert_eq!(results[1]["id"], "a\u{0}b\u{1b}[2J\n");
    for r in results {
        assert_eq!(r["verdict"], "wrong");
        assert_eq!(r["score"], 0.0);
        assert!(r.get("x").is_none());
    }
}

/// Every error is `{"error": {"code", "message"}}` (docs/serve.md,
/// "Errors"), but a problem id that percent-decodes to invalid UTF-8 is
/// refused by axum's `Path` extractor before the handler runs: a plain-text
/// 400 "Invalid URL: Invalid UTF-8 in `id`", ahead of the token check too.
#[test]
fn every_error_is_the_documented_json() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let service = start(serve_command(
        &cache,
        &["--public", "--jobs", "1", "--token-env", "EG_HOSTILE_TOKEN"],
    ));
    let bearer = format!("Authorization: Bearer {TOKEN}");
    for (path, lines) in [
        ("/v1/problems/%ff", vec![]),
        ("/v1/problems/%C0%AF", vec![bearer.as_bytes()]),
    ] {
        let reply = raw_request(&service.addr, "GET", path, &lines, b"");
        assert_eq!(
            reply.header("content-type"),
            Some("application/json"),
            "{path}"
        );
        let code = reply.error_code();
        let expected = if lines.is_empty() {
            "unauthorized"
        } else {
            "unknown_task"
        };
        assert_eq!(code, expected, "{path}");
    }
}

/// A drain is bounded by the deadline even with clients that never finish:
/// the listener closes at once, slow bodies get their 504, and connections
/// that never finish their head are closed deadline + 5 s after the signal.
#[test]
fn shutdown_is_bounded_with_slow_clients() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let pid_file = dir.path().join("pid");
    let service = start(wrapped(
        &cache,
        &[
            "--public",
            "--jobs",
            "1",
            "--deadline-secs",
            "1",
            "--no-outcome-cache",
        ],
        &pid_file,
        None,
    ));
    let pid = read_pid(&pid_file);
    let mut unfinished = Vec::new();
    for _ in 0..50 {
        let mut stream = TcpStream::connect(&service.addr).unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .unwrap();
        unfinished.push(stream);
    }
    let mut bodies = Vec::new();
    for _ in 0..2 {
        let mut stream = TcpStream::connect(&service.addr).unwrap();
        stream
            .write_all(b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            .unwrap();
        bodies.push(stream);
    }
    service.wait_until("two bodies being read", |r| r["requests"] == 2);
    let started = Instant::now();
    let sent = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    // The listener closes: a new connection is refused (bounded poll).
    let addr = service.addr.clone();
    let refused = loop {
        match TcpStream::connect(&addr) {
            Err(_) => break true,
            Ok(_) if started.elapsed() > Duration::from_secs(5) => break false,
            Ok(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    assert!(refused, "new connections are refused during the drain");
    for mut stream in bodies {
        let reply = parse_reply(&read_all(&mut stream)).expect("an answer");
        assert_eq!(
            (reply.status, reply.error_code().as_str()),
            (504, "deadline_exceeded")
        );
    }
    let (status, stderr) = service.terminate();
    let took = started.elapsed();
    assert_eq!(status.code(), Some(0), "{stderr:?}");
    assert!(took < Duration::from_secs(15), "{took:?}");
    assert!(
        stderr.iter().any(|l| l.contains("closing them")),
        "{stderr:?}"
    );
    assert_eq!(
        stderr.last().map(String::as_str),
        Some("effgauge serve: stopped")
    );
    drop(unfinished);
}
