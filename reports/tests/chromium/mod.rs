//! Headless Chromium driven over its DevTools protocol (CDP): the browser
//! is started with `--remote-debugging-port=0`, prints the WebSocket
//! address it listens on, and one page is opened and attached to. Every
//! command is a JSON message with an id, answered by a message with the same
//! id; events in between are skipped. Clicks and key presses are real input
//! events (`Input.dispatchMouseEvent`, `Input.dispatchKeyEvent`), the same
//! path a user's mouse and keyboard take.
//!
//! Plain `tungstenite` rather than a CDP crate: `headless_chrome`, the
//! obvious one, has a build dependency (its protocol generator, with ureq,
//! rustls and ring) that changes the features of `serde` on the host side,
//! which makes cargo build cranelift and wasmtime a second time for the
//! test profile; this client changes no feature of any crate wasmtime is
//! built from.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// How long any one answer may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A running headless Chromium with one page.
pub struct Chromium {
    child: Child,
    socket: WebSocket<TcpStream>,
    session: String,
    next_id: u64,
    profile: PathBuf,
}

/// Where Chromium is: `$EFFGAUGE_CHROMIUM`, else `chromium`,
/// `chromium-browser` or `google-chrome` on the `PATH`.
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("EFFGAUGE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

impl Chromium {
    /// Starts `binary` headless with a fresh profile in `scratch` and a
    /// 1280×1000 window, and opens a blank page.
    pub fn launch(binary: &Path, scratch: &Path) -> Chromium {
        // One profile per browser: tests run in parallel threads of one process.
        static LAUNCHED: AtomicUsize = AtomicUsize::new(0);
        let profile = scratch.join(format!(
            "chromium-profile-{}-{}",
            std::process::id(),
            LAUNCHED.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&profile);
        let mut child = Command::new(binary)
            .args([
                "--headless",
                // Root in CI and containers: the sandbox needs user namespaces.
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--window-size=1280,1000",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let address = devtools_address(&mut child);
        let mut browser = Chromium {
            socket: connect(&address),
            child,
            session: String::new(),
            next_id: 0,
            profile,
        };
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}));
        let attached = browser.call(
            "Target.attachToTarget",
            json!({"targetId": target["targetId"], "flatten": true}),
        );
        browser.session = attached["sessionId"]
            .as_str()
            .expect("a session")
            .to_owned();
        browser.call("Page.enable", json!({}));
        browser
    }

    /// Sends one command (to the page once attached) and returns its result.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .unwrap_or_else(|e| panic!("{method}: {e}"));
        let deadline = Instant::now() + TIMEOUT;
        loop {
            assert!(
                Instant::now() < deadline,
                "{method}: no answer within {TIMEOUT:?}"
            );
            let text = match self
                .socket
                .read()
                .unwrap_or_else(|e| panic!("{method}: {e}"))
            {
                Message::Text(text) => text,
                _ => continue,
            };
            let answer: Value = serde_json::from_str(text.as_str()).expect("CDP sends JSON");
            if answer["id"] != json!(id) {
                continue; // an event, or the answer to nothing we wait for
            }
            if let Some(error) = answer.get("error") {
                panic!("{method}: {error}");
            }
            return answer["result"].clone();
        }
    }

    /// Loads `url` and waits until the page has loaded.
    pub fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}));
        let deadline = Instant::now() + TIMEOUT;
        while self.eval("document.readyState") != "complete" {
            assert!(Instant::now() < deadline, "{url} did not load");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The value of a JavaScript expression in the page (JSON-serialisable
    /// values come back as they are); an exception fails the test.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("{expression}: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// Waits until a JavaScript expression is true (for what the page does
    /// after an event, such as a form's reset).
    pub fn wait_until(&mut self, expression: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while self.eval(expression) != true {
            assert!(Instant::now() < deadline, "never true: {expression}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A left click at the centre of the first element `selector` matches,
    /// scrolled into view first: press and release, as a mouse would.
    pub fn click(&mut self, selector: &str) {
        let at = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); if (!e) return null; \
             e.scrollIntoView({{block: 'center', inline: 'center'}}); const r = e.getBoundingClientRect(); \
             return [r.left + r.width / 2, r.top + r.height / 2]; }})()"
        ));
        let (x, y) = match at.as_array().map(|a| (a[0].as_f64(), a[1].as_f64())) {
            Some((Some(x), Some(y))) => (x, y),
            _ => panic!("no element {selector}"),
        };
        self.call(
            "Input.dispatchMouseEvent",
            json!({"type": "mouseMoved", "x": x, "y": y}),
        );
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
    }

    /// Clicks into `selector` and types `text`, one key press per character.
    pub fn type_into(&mut self, selector: &str, text: &str) {
        self.click(selector);
        for c in text.chars() {
            let key = c.to_string();
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": "keyDown", "key": key, "text": key}),
            );
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": "keyUp", "key": key}),
            );
        }
    }

    /// A PNG of the viewport.
    pub fn screenshot(&mut self) -> Vec<u8> {
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        data_encoding::BASE64
            .decode(shot["data"].as_str().expect("base64 data").as_bytes())
            .expect("valid base64")
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Reads Chromium's standard error until it says where DevTools listens
/// (`DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID`); the
/// rest of its output is drained in the background so it never blocks.
fn devtools_address(child: &mut Child) -> String {
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            match line.split_once("DevTools listening on ") {
                Some((_, address)) => {
                    let _ = tx.send(Ok(address.trim().to_owned()));
                }
                None if seen.len() < 40 => seen.push(line),
                None => {}
            }
        }
        let _ = tx.send(Err(seen.join("\n")));
    });
    match rx.recv_timeout(TIMEOUT) {
        Ok(Ok(address)) => address,
        Ok(Err(output)) => panic!("Chromium exited without a DevTools address:\n{output}"),
        Err(_) => panic!("Chromium printed no DevTools address within {TIMEOUT:?}"),
    }
}

fn connect(address: &str) -> WebSocket<TcpStream> {
    let host = address
        .strip_prefix("ws://")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("unexpected DevTools address {address}"));
    let stream = TcpStream::connect(host).unwrap_or_else(|e| panic!("{host}: {e}"));
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    let (socket, _) =
        tungstenite::client(address, stream).unwrap_or_else(|e| panic!("{address}: {e}"));
    socket
}
