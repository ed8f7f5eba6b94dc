//! `cargo bench -p effgauge-serve --bench serve`: the service in process on
//! 127.0.0.1:0 (bundled suite, published inputs, default pool: jobs = cores,
//! queue = max(4 × jobs, 64)) and a reqwest client on the same runtime.
//! Prints figures; asserts nothing about time. `SERVE_BENCH_QUICK=1` runs a
//! short version.
//!
//! 1. Latency and throughput at concurrency 1, 2 and 8, one sample per
//!    request: the bundled reference solutions (examples/reference.jsonl),
//!    cycling over the problems, after a warm-up pass over the same
//!    problems so that their preparation is not measured.
//! 2. A soak of 10 000 requests (8 clients) printing the process's RSS. Each
//!    ten requests are 1 real sample (the reference of the suite's cheapest
//!    problem, run in the sandbox), 7 programs over the 64 KiB source cap
//!    (the whole path: body, parse, admission, worker, judge's too_large
//!    verdict, response; no sandbox), 1 unknown task (404) and 1 malformed
//!    body (400).
//! 3. Overload: more clients at once than jobs + queue, each sending its
//!    requests back to back without honouring Retry-After: how many are
//!    answered 200 and 429, and the peak RSS meanwhile.

use effgauge_problems::Suite;
use effgauge_scoring::{ScoreConfig, Scorer};
use effgauge_serve::{ServeOptions, Server};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The cheapest problem of the bundled suite to score (its reference's
/// slowest case per level adds up to about 35 M fuel).
const CHEAP: &str = "gift-pairs-within-budget";

fn main() {
    let quick = std::env::var_os("SERVE_BENCH_QUICK").is_some();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(bench(quick));
}

/// VmRSS or VmHWM of this process, in MiB.
fn memory_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(f64::NAN);
    kib / 1024.0
}

struct Client {
    http: reqwest::Client,
    url: String,
}

impl Client {
    /// Posts `body`: the status, the time to the whole answer, and
    /// Retry-After if any.
    async fn post(&self, body: &[u8]) -> (u16, Duration, Option<u64>) {
        let start = Instant::now();
        let reply = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .body(body.to_vec())
            .send()
            .await
            .expect("the service answers");
        let status = reply.status().as_u16();
        let retry = reply
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()?.parse().ok());
        let bytes = reply.bytes().await.expect("a whole body");
        if status == 200 {
            let value: Value = serde_json::from_slice(&bytes).unwrap();
            assert!(value["results"][0]["verdict"].is_string());
        }
        (status, start.elapsed(), retry)
    }
}

fn request(samples: Value) -> Vec<u8> {
    json!({ "samples": samples }).to_string().into_bytes()
}

/// Sends `total` requests, `bodies` in turn, from `clients` concurrent
/// clients; every answer must be `expect(i)`; the latencies in order sent.
async fn drive(
    client: &Arc<Client>,
    bodies: &Arc<Vec<Vec<u8>>>,
    total: usize,
    clients: usize,
    expect: fn(usize) -> u16,
    progress: Option<(usize, fn(usize))>,
) -> Vec<Duration> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (client, bodies, next) = (client.clone(), bodies.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return times;
                }
                let (status, took, _) = client.post(&bodies[i % bodies.len()]).await;
                assert_eq!(status, expect(i), "request {i}");
                times.push(took);
                if let Some((every, report)) = progress {
                    if (i + 1) % every == 0 {
                        report(i + 1);
                    }
                }
            }
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

async fn bench(quick: bool) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let suite = Suite::load(&Suite::bundled_dir()).expect("the bundled suite");
    let problems = suite.problems.len();
    let options = ServeOptions {
        bind: "127.0.0.1:0".parse().unwrap(),
        ..ServeOptions::default()
    };
    let config = options.resolve_with(|_| None).unwrap();
    let (jobs, queue) = (config.jobs, config.queue);
    let server = Server::bind(config).await.unwrap();
    let url = format!("http://{}/v1/score", server.local_addr());
    // Every sample judged: the figures are the scorer's, not the outcome
    // cache's (which would answer every request after the warm-up).
    let config = ScoreConfig {
        outcome_cache: None,
        ..ScoreConfig::default()
    };
    let build = move || Scorer::new(config, suite, problems);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(server.run(build, async {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .unwrap();
    let client = Arc::new(Client { http, url });
    let profile = if cfg!(debug_assertions) {
        "dev"
    } else {
        "release"
    };
    println!(
        "effgauge serve bench ({profile} profile{}): {} cores, jobs {jobs}, queue {queue}, \
         bundled suite of {problems} problems, published inputs; client and service in one process",
        if quick { ", SERVE_BENCH_QUICK" } else { "" },
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );

    // The reference solutions, one request each.
    let text = std::fs::read_to_string(root.join("examples/reference.jsonl")).unwrap();
    let mut references: Vec<Vec<u8>> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let line: Value = serde_json::from_str(l).unwrap();
            request(json!([{"task_id": line["task_id"], "solution": line["solution"]}]))
        })
        .collect();
    if quick {
        references.truncate(16);
    }
    let references = Arc::new(references);
    let n = references.len();
    wait_ready(&client.url).await;
    let start = Instant::now();
    drive(&client, &references, n, jobs, |_| 200, None).await;
    println!(
        "warm-up: {n} requests (one per problem, each prepared from the disk cache and kept in memory; \
         not counted below) in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    for concurrency in [1, 2, 8] {
        let start = Instant::now();
        let mut times = drive(&client, &references, n, concurrency, |_| 200, None).await;
        let took = start.elapsed().as_secs_f64();
        times.sort();
        println!(
            "concurrency {concurrency}: {n} requests of 1 reference sample in {took:.1} s: \
             {:.2} requests/s, latency p50 {}, p99 {}",
            n as f64 / took,
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99)),
        );
    }

    soak(&client, if quick { 1_000 } else { 10_000 }).await;
    overload(&client, &references, jobs + queue, quick).await;

    stop.send(()).unwrap();
    serving.await.unwrap().unwrap();
}

async fn wait_ready(score_url: &str) {
    let ready = score_url.replace("/v1/score", "/readyz");
    let start = Instant::now();
    while reqwest::get(&ready).await.map(|r| r.status().as_u16()).ok() != Some(200) {
        assert!(start.elapsed() < Duration::from_secs(300), "never ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn soak(client: &Arc<Client>, total: usize) {
    let reference = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../problems/suite")
            .join(CHEAP)
            .join("reference.py"),
    )
    .unwrap();
    let over_cap = format!("{reference}#{}\n", "x".repeat(65 * 1024));
    let mut bodies = vec![request(json!([{"task_id": CHEAP, "solution": reference}]))];
    bodies.extend(std::iter::repeat_n(
        request(json!([{"task_id": CHEAP, "solution": over_cap}])),
        7,
    ));
    bodies.push(request(
        json!([{"task_id": "no-such-task", "solution": reference}]),
    ));
    bodies.push(b"{\"samples\": [".to_vec());
    let expect = |i: usize| match i % 10 {
        8 => 404,
        9 => 400,
        _ => 200,
    };
    let every = total / 5;
    println!(
        "soak: {total} requests from 8 clients, each ten: 1 real sample ({CHEAP}'s reference), \
         7 over the source cap (too_large, no sandbox), 1 unknown task (404), 1 malformed (400)"
    );
    println!("soak: RSS at start {:.1} MiB", memory_mib("VmRSS"));
    let start = Instant::now();
    let report: fn(usize) = |done| {
        println!(
            "soak: RSS after {done} requests {:.1} MiB",
            memory_mib("VmRSS")
        )
    };
    let mut times = drive(
        client,
        &Arc::new(bodies),
        total,
        8,
        expect,
        Some((every, report)),
    )
    .await;
    let took = start.elapsed().as_secs_f64();
    times.sort();
    println!(
        "soak: end: {total} requests in {took:.1} s ({:.0} requests/s, p50 {}, p99 {}), every status as expected; \
         RSS {:.1} MiB",
        total as f64 / took,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        memory_mib("VmRSS"),
    );
}

async fn overload(client: &Arc<Client>, bodies: &Arc<Vec<Vec<u8>>>, capacity: usize, quick: bool) {
    let (clients, each) = if quick {
        (capacity + 30, 1)
    } else {
        (2 * capacity, 4)
    };
    let peak = Arc::new(AtomicUsize::new(0));
    let watching = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let watcher = {
        let (peak, watching) = (peak.clone(), watching.clone());
        tokio::spawn(async move {
            while watching.load(Ordering::Relaxed) {
                peak.fetch_max((memory_mib("VmRSS") * 1024.0) as usize, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let before = memory_mib("VmRSS");
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (client, bodies) = (client.clone(), bodies.clone());
        tasks.push(tokio::spawn(async move {
            let mut seen = Vec::new();
            for r in 0..each {
                seen.push(client.post(&bodies[(c * each + r) % bodies.len()]).await);
            }
            seen
        }));
    }
    let (mut ok, mut busy, mut other, mut retry) = (0, 0, 0, Vec::new());
    for task in tasks {
        for (status, _, after) in task.await.unwrap() {
            match status {
                200 => ok += 1,
                429 => {
                    busy += 1;
                    retry.extend(after);
                }
                _ => other += 1,
            }
        }
    }
    let took = start.elapsed().as_secs_f64();
    watching.store(false, Ordering::Relaxed);
    watcher.await.unwrap();
    retry.sort();
    println!(
        "overload: {clients} clients × {each} request(s) at once (capacity jobs + queue = {capacity}), \
         back to back, Retry-After ignored: 200 × {ok}, 429 × {busy} (Retry-After {}–{} s), other × {other}, \
         in {took:.1} s; RSS before {before:.1} MiB, peak {:.1} MiB (VmRSS every 50 ms), VmHWM {:.1} MiB",
        retry.first().copied().unwrap_or(0),
        retry.last().copied().unwrap_or(0),
        peak.load(Ordering::Relaxed) as f64 / 1024.0,
        memory_mib("VmHWM"),
    );
}
