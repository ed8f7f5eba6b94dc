//! A client and a process handle for the tests of `effgauge serve`: a small
//! HTTP/1.1 client (one connection per request, `Connection: close`, so a
//! test sees exactly what the service wrote) and [`Service`], the binary
//! started on port 0 and waited for through its `listening on` line and a
//! bounded poll of `/readyz`.

use super::fixture;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a test waits for anything before it fails.
pub const PATIENCE: Duration = Duration::from_secs(240);

/// The answer to one request.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        let found = self
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name));
        found.map(|(_, v)| v.as_str())
    }

    /// The error code of an error answer, checking its shape.
    pub fn error_code(&self) -> String {
        let body = self.json();
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "an error has a message: {body}");
        body["error"]["code"].as_str().unwrap().to_owned()
    }
}

/// One HTTP/1.1 exchange on a fresh connection; `raw_body` is sent as is
/// after the head (so a test can send a chunked body).
pub fn exchange(addr: &str, head: &str, raw_body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    // The service may answer (413) before reading everything.
    let _ = stream.write_all(raw_body);
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (k.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    let body = raw[split + 4..].to_vec();
    let reply = Reply {
        status,
        headers,
        body,
    };
    if let Some(n) = reply.header("content-length") {
        assert_eq!(
            reply.body.len(),
            n.parse::<usize>().unwrap(),
            "a complete body"
        );
    }
    reply
}

pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    exchange(addr, &head, body)
}

/// A running `effgauge serve`; killed if a test fails before stopping it.
pub struct Service {
    child: Child,
    pub addr: String,
    stderr: mpsc::Receiver<String>,
}

/// `effgauge serve --bind 127.0.0.1:0` on the fixture suite with `args`
/// (published inputs unless the test says otherwise).
pub fn serve(args: &[&str]) -> Service {
    let mut command = Command::new(env!("CARGO_BIN_EXE_effgauge"));
    command.env_remove("EFFGAUGE_SALT");
    command.args(["serve", "--bind", "127.0.0.1:0", "--suite"]);
    command.arg(fixture("suite"));
    command.args(args);
    start(command)
}

/// `effgauge serve --bind 127.0.0.1:0 --public` on the bundled suite, with
/// `args`.
pub fn serve_bundled(args: &[&str]) -> Service {
    let mut command = Command::new(env!("CARGO_BIN_EXE_effgauge"));
    command.env_remove("EFFGAUGE_SALT");
    command.args(["serve", "--bind", "127.0.0.1:0", "--public"]);
    command.args(args);
    start(command)
}

pub fn start(mut command: Command) -> Service {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let addr = loop {
        let line = rx
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("no 'listening on' line; stderr: {seen:?}"));
        if let Some(url) = line.strip_prefix("effgauge serve: listening on http://") {
            // 0.0.0.0 listens on the loopback too; the tests talk only there.
            break url.replace("0.0.0.0", "127.0.0.1");
        }
        seen.push(line);
    };
    let service = Service {
        child,
        addr,
        stderr: rx,
    };
    service.wait_until("ready", |r| r["status"] == "ready");
    service
}

impl Service {
    pub fn get(&self, path: &str) -> Reply {
        request(&self.addr, "GET", path, &[], b"")
    }

    pub fn post(&self, path: &str, body: &[u8]) -> Reply {
        request(&self.addr, "POST", path, &[], body)
    }

    pub fn score(&self, samples: Value) -> Reply {
        self.post(
            "/v1/score",
            json!({ "samples": samples }).to_string().as_bytes(),
        )
    }

    /// Polls `/readyz` (bounded) until its body satisfies `done`.
    pub fn wait_until(&self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let start = Instant::now();
        loop {
            // The service listens before it says so: a connection succeeds.
            let ready = self.get("/readyz").json();
            if done(&ready) {
                return ready;
            }
            assert!(start.elapsed() < PATIENCE, "never {what}: {ready}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGTERM, then the exit status (bounded wait) and the rest of stderr.
    pub fn terminate(mut self) -> (ExitStatus, Vec<String>) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(sent.success());
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(start.elapsed() < PATIENCE, "still running after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        };
        (status, self.stderr.try_iter().collect())
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
