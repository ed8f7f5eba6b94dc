//! End-to-end tests of which inputs a run scores on: `eval` holds them out
//! by default, under the installation's own salt (made once in the cache
//! folder, recorded only by its hash), `--public` opts into the published
//! seeds, `--salt`/`EFFGAUGE_SALT` gives another secret; `score` keeps the
//! published seeds unless `--held-out`. Each test has a cache folder of its
//! own (`common::isolated_cache`), so the real cache's salt is untouched.
//! They need the built runtime, as `score`'s tests do.

mod common;

use common::fake_api::{offline, Behaviour, FakeApi};
use common::*;
use std::path::{Path, PathBuf};

/// A correct answer to the fixture suite's `sum_of_squares`.
const ANSWER: &str = "```python\ndef sum_of_squares(values: List[int]) -> int:\n    return sum(v * v for v in values)\n```\n";

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn server() -> (FakeApi, tempfile::TempDir) {
    FakeApi::start_in_tempdir(Behaviour {
        answer: Some(ANSWER.into()),
        ..Behaviour::default()
    })
}

/// `eval` into `out` with `cache` as the cache folder.
fn eval(api: &FakeApi, out: &Path, cache: &Path) -> assert_cmd::Command {
    let mut command = effgauge();
    in_cache(&mut command, cache);
    command
        .args(["eval", "--quiet", "--base-url"])
        .arg(api.base_url())
        .args(["--model", "m", "--n", "2", "--suite"])
        .arg(fixture("suite"))
        .arg("--out-dir")
        .arg(out)
        .args(["--bootstrap", "200"]);
    offline(&mut command);
    command
}

/// `score` of `samples` as `eval` scores them, into `out`.
fn score(samples: &Path, out: &Path, cache: &Path) -> assert_cmd::Command {
    let mut command = effgauge();
    in_cache(&mut command, cache);
    command
        .args(["score", "--quiet", "--suite"])
        .arg(fixture("suite"))
        .arg(samples)
        .arg("--out")
        .arg(out)
        .args(["--bootstrap", "200"]);
    command
}

/// The installation salt's secret (the file's hex digits).
fn installation_secret(cache: &Path) -> String {
    let text = std::fs::read_to_string(cache.join("installation-salt")).unwrap();
    text.strip_suffix('\n').unwrap().to_owned()
}

/// Every file under `dir` whose bytes contain `needle` (symbolic links,
/// such as the shared `modules/`, are not followed).
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            continue;
        }
        if kind.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path) {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn eval_holds_inputs_out_under_the_installation_salt_by_default_and_is_deterministic() {
    let (api, dir) = server();
    let cache = isolated_cache(dir.path());
    assert!(!cache.join("installation-salt").exists());
    let first = dir.path().join("first");
    let run = eval(&api, &first, &cache).assert().success();

    // The salt was made once, privately, and only its hash was recorded.
    let secret = installation_secret(&cache);
    assert_eq!(secret.len(), 64);
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(cache.join("installation-salt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let results = read_json(&first.join("results.json"));
    assert_eq!(results["harness"]["inputs"], "held-out");
    let hash = sha256_hex(&secret);
    assert_eq!(results["harness"]["salt_sha256"], hash.as_str());
    assert_eq!(metric(model(&results, "m"), "pass@1"), 1.0);
    // Never printed, never written anywhere but its own file.
    let output = run.get_output();
    for stream in [&output.stdout, &output.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains(&secret));
    }
    assert_eq!(
        files_containing(dir.path(), &secret),
        [cache.join("installation-salt")]
    );
    // Every report says which inputs, with the hash's prefix.
    let label = format!("held-out (salt sha256 {}…)", &hash[..12]);
    let summary = std::fs::read_to_string(first.join("summary.md")).unwrap();
    assert!(
        summary.contains(&format!("**Inputs:** {label}")),
        "{summary}"
    );
    let html = std::fs::read_to_string(first.join("leaderboard.html")).unwrap();
    assert!(html.contains(&format!("<strong>Inputs:</strong> {label}")));
    let board = read_json(&first.join("leaderboard.json"));
    assert_eq!(board["harness"]["inputs"], "held-out");
    assert_eq!(board["harness"]["salt_sha256"], hash.as_str());
    assert_eq!(board["leaderboard"][0]["inputs"], "held-out");

    // The same installation salt: the same inputs, the same bytes, in
    // another folder (the salted inputs now come from the cache).
    let second = dir.path().join("second");
    eval(&api, &second, &cache).assert().success();
    for file in [
        "results.json",
        "summary.md",
        "leaderboard.json",
        "leaderboard.html",
    ] {
        assert_eq!(
            std::fs::read(first.join(file)).unwrap(),
            std::fs::read(second.join(file)).unwrap(),
            "{file}"
        );
    }
    assert_eq!(installation_secret(&cache), secret, "made once, reused");

    // `score` keeps the published seeds unless asked: `--held-out` scores
    // the same samples on the same held-out inputs as `eval`.
    let held_out = dir.path().join("score-held-out.json");
    score(&first.join("samples.jsonl"), &held_out, &cache)
        .arg("--held-out")
        .assert()
        .success();
    let scored = read_json(&held_out);
    assert_eq!(scored["harness"], results["harness"]);
    assert_eq!(scored["models"], results["models"]);

    // `run` too: the published seeds unless `--held-out`, and it says so.
    for (extra, inputs, salt) in [
        (None, "public", serde_json::Value::Null),
        (Some("--held-out"), "held-out", hash.as_str().into()),
    ] {
        let mut command = effgauge();
        in_cache(&mut command, &cache);
        let out = command
            .args(["run", "--json", "--problem", "sum-of-squares", "--suite"])
            .arg(fixture("suite"))
            .arg(fixture("suite/sum-of-squares/reference.py"))
            .args(extra)
            .assert()
            .code(0);
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(v["inputs"], inputs, "{extra:?}");
        assert_eq!(v["salt_sha256"], salt, "{extra:?}");
    }

    // Another installation has another salt: other held-out inputs.
    let elsewhere = dir.path().join("elsewhere");
    let other_cache = isolated_cache(&elsewhere);
    eval(&api, &elsewhere.join("run"), &other_cache)
        .assert()
        .success();
    let other = read_json(&elsewhere.join("run/results.json"));
    assert_eq!(other["harness"]["inputs"], "held-out");
    assert_ne!(other["harness"]["salt_sha256"], hash.as_str());
    assert_eq!(
        other["harness"]["salt_sha256"],
        sha256_hex(&installation_secret(&other_cache)).as_str()
    );
}

#[test]
fn eval_public_scores_the_published_seeds_as_score_does() {
    let (api, dir) = server();
    let cache = isolated_cache(dir.path());
    let out = dir.path().join("public");
    eval(&api, &out, &cache).arg("--public").assert().success();
    assert!(
        !cache.join("installation-salt").exists(),
        "no salt is made for a public run"
    );
    let results = read_json(&out.join("results.json"));
    assert_eq!(results["harness"]["inputs"], "public");
    assert!(results["harness"].get("salt_sha256").is_none());
    let summary = std::fs::read_to_string(out.join("summary.md")).unwrap();
    assert!(
        summary.contains("**Inputs:** public seeds: the published inputs"),
        "{summary}"
    );
    let board = read_json(&out.join("leaderboard.json"));
    assert_eq!(board["harness"]["inputs"], "public");
    assert_eq!(board["harness"]["salt_sha256"], serde_json::Value::Null);
    // `score` without flags, and with `--public`, scores the published
    // seeds: the same results.
    for extra in [&[][..], &["--public"][..]] {
        let scored = dir.path().join("score.json");
        score(&out.join("samples.jsonl"), &scored, &cache)
            .args(extra)
            .assert()
            .success();
        let scored = read_json(&scored);
        assert_eq!(scored["harness"], results["harness"], "{extra:?}");
        assert_eq!(scored["models"], results["models"], "{extra:?}");
    }
    assert!(!cache.join("installation-salt").exists());

    // `compare` warns that public and held-out results are not comparable.
    let held_out = dir.path().join("held-out");
    eval(&api, &held_out, &cache).assert().success();
    // (They are other inputs: the reference's costs moved.)
    let reference_costs =
        |r: &serde_json::Value| model(r, "m")["problems"][0]["reference_level_cost"].clone();
    assert_ne!(
        reference_costs(&results),
        reference_costs(&read_json(&held_out.join("results.json")))
    );
    let compared = effgauge()
        .arg("compare")
        .arg(out.join("results.json"))
        .arg(held_out.join("results.json"))
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&compared.get_output().stdout).into_owned();
    assert!(
        stdout.contains(
            "> **Warning:** the files differ in inputs (public seeds vs held-out (salt sha256"
        ),
        "{stdout}"
    );
}

#[test]
fn an_explicit_salt_overrides_and_contradictions_or_a_bad_salt_file_stop_before_any_request() {
    let (api, dir) = server();
    let cache = isolated_cache(dir.path());
    // EFFGAUGE_SALT gives the secret: its hash is recorded, and no
    // installation salt is needed.
    let out = dir.path().join("salted");
    eval(&api, &out, &cache)
        .env("EFFGAUGE_SALT", "a long secret of the operator")
        .assert()
        .success();
    let results = read_json(&out.join("results.json"));
    assert_eq!(results["harness"]["inputs"], "held-out");
    assert_eq!(
        results["harness"]["salt_sha256"],
        sha256_hex("a long secret of the operator").as_str()
    );
    assert!(!cache.join("installation-salt").exists());

    // Contradictions are refused (exit 2) before any request.
    api.clear_log();
    let refused = eval(&api, &dir.path().join("x"), &cache)
        .env("EFFGAUGE_SALT", "a long secret of the operator")
        .arg("--public")
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).into_owned();
    assert!(stderr.contains("--public"), "{stderr}");
    assert!(!stderr.contains("a long secret"), "{stderr}");
    eval(&api, &dir.path().join("x"), &cache)
        .args(["--public", "--held-out"])
        .assert()
        .code(2);
    assert!(api.log().is_empty());

    // A malformed installation salt: a setup error naming the file (exit
    // 3), before any request; the file is left as it was.
    let salt_file = cache.join("installation-salt");
    std::fs::write(&salt_file, "not a salt\n").unwrap();
    let failed = eval(&api, &dir.path().join("y"), &cache).assert().code(3);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert!(
        stderr.contains(&format!("installation salt {}", salt_file.display())),
        "{stderr}"
    );
    assert!(api.log().is_empty());
    assert_eq!(std::fs::read_to_string(&salt_file).unwrap(), "not a salt\n");
    // `score --held-out` says the same; `score` alone needs no salt.
    let samples = out.join("samples.jsonl");
    let failed = score(&samples, &dir.path().join("s.json"), &cache)
        .arg("--held-out")
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert!(stderr.contains("installation-salt"), "{stderr}");
    score(&samples, &dir.path().join("s.json"), &cache)
        .assert()
        .success();
}

#[test]
fn shards_merge_only_when_drawn_on_the_same_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let shard = |name: &str, index: u32, extra: &[&str], env_salt: Option<&str>| {
        let out = dir.path().join(format!("{name}-{index}.json"));
        let mut command = effgauge();
        in_cache(&mut command, &cache);
        if let Some(salt) = env_salt {
            command.env("EFFGAUGE_SALT", salt);
        }
        command
            .current_dir(root())
            .args([
                "score",
                "examples/reference.jsonl",
                "--quiet",
                "--problems",
                PROBLEMS,
                "--bootstrap",
                "200",
                "--shard",
            ])
            .arg(format!("{index}/2"))
            .arg("--out")
            .arg(&out)
            .args(extra)
            .assert()
            .success();
        out
    };
    let merge = |a: &Path, b: &Path| {
        let mut command = effgauge();
        command
            .arg("merge")
            .arg(a)
            .arg(b)
            .arg("--out")
            .arg(dir.path().join("merged.json"))
            .assert()
    };
    let held_out = [
        shard("held-out", 1, &["--held-out"], None),
        shard("held-out", 2, &["--held-out"], None),
    ];
    merge(&held_out[0], &held_out[1]).success();
    assert_eq!(
        read_json(&dir.path().join("merged.json"))["harness"]["inputs"],
        "held-out"
    );
    // Public against held-out, and two salts: refused.
    let public = shard("public", 2, &[], None);
    merge(&held_out[0], &public)
        .code(2)
        .stderr(predicates::str::contains("made under other settings"));
    let other_salt = shard(
        "other-salt",
        2,
        &[],
        Some("another secret of the shard test"),
    );
    merge(&held_out[0], &other_salt)
        .code(2)
        .stderr(predicates::str::contains("made under other settings"));
}
