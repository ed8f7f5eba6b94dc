//! The library's lifecycle, in process: the service answers `/healthz`
//! (and 503 elsewhere) while its scorer is being built, is ready once it is,
//! stops with the builder's error when it cannot be built, and returns when
//! its shutdown signal fires. The endpoints themselves are tested through
//! the binary (harness/tests/serve_cli.rs).

use effgauge_problems::Suite;
use effgauge_scoring::{ScoreConfig, Scorer, ScoringError};
use effgauge_serve::{ServeError, ServeOptions, Server};
use std::path::Path;
use std::time::{Duration, Instant};

fn fixture_suite() -> Suite {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../harness/tests/fixtures/suite");
    Suite::load(&dir).unwrap()
}

fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().build().unwrap()
}

async fn server() -> Server {
    let options = ServeOptions {
        bind: "127.0.0.1:0".parse().unwrap(),
        jobs: Some(1),
        ..ServeOptions::default()
    };
    Server::bind(options.resolve_with(|_| None).unwrap())
        .await
        .unwrap()
}

async fn get(client: &reqwest::Client, url: String) -> (u16, serde_json::Value) {
    let reply = client.get(url).send().await.unwrap();
    let status = reply.status().as_u16();
    let body = reply.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_only_once_the_scorer_is_built() {
    let server = server().await;
    let base = format!("http://{}", server.local_addr());
    let (release, wait) = std::sync::mpsc::channel::<()>();
    let build = move || {
        wait.recv().unwrap();
        Scorer::new(ScoreConfig::default(), fixture_suite(), 1)
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(server.run(build, async {
        let _ = stopped.await;
    }));
    let client = client();
    assert_eq!(get(&client, format!("{base}/healthz")).await.0, 200);
    let (status, body) = get(&client, format!("{base}/readyz")).await;
    assert_eq!((status, body["status"].as_str()), (503, Some("starting")));
    let (status, body) = get(&client, format!("{base}/v1/problems")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (503, Some("not_ready"))
    );
    release.send(()).unwrap();
    let start = Instant::now();
    loop {
        let (status, body) = get(&client, format!("{base}/readyz")).await;
        if status == 200 {
            assert_eq!(body["status"], "ready");
            assert_eq!(body["problems"], 1);
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "never ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(get(&client, format!("{base}/v1/problems")).await.0, 200);
    stop.send(()).unwrap();
    serving.await.unwrap().unwrap();
    assert!(
        client.get(format!("{base}/healthz")).send().await.is_err(),
        "no longer listening"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scorer_that_cannot_be_built_stops_the_service_with_its_error() {
    let server = server().await;
    let build = || Err(ScoringError::invalid("no runtime here"));
    let result = tokio::time::timeout(
        Duration::from_secs(60),
        server.run(build, std::future::pending()),
    )
    .await
    .expect("the service stops by itself");
    match result {
        Err(ServeError::Scoring(e)) => assert_eq!(e.to_string(), "no runtime here"),
        other => panic!("{other:?}"),
    }
}
