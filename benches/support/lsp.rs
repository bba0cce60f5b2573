//! A small blocking LSP client for the latency benchmark: spawns any server command,
//! frames messages, and times requests and notifications.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub struct Server {
    pub child: Child,
    stdin: ChildStdin,
    incoming: Receiver<(Instant, Value)>,
    next_id: i64,
    /// 1 for full-document sync, 2 for incremental.
    pub sync: u64,
}

impl Server {
    pub fn start(command: &[String], options: Value) -> Server {
        let mut child = Command::new(&command[0])
            .args(&command[1..])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(
                std::env::var_os("BENCH_SERVER_STDERR").map_or(Stdio::null(), |p| {
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(p)
                        .map_or(Stdio::null(), Stdio::from)
                }),
            )
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    if line.trim().is_empty() {
                        break;
                    }
                    if let Some(v) = line.trim().strip_prefix("Content-Length: ") {
                        length = v.parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                // Received when the last byte arrives: how long this harness takes to
                // parse the JSON (serde_json::Value needs about 20 ms for a 1.7 MB
                // message) is the client's cost, not the server's, for every server.
                let received = Instant::now();
                let Ok(message) = serde_json::from_slice(&body) else {
                    continue;
                };
                if tx.send((received, message)).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take().unwrap();
        let mut server = Server {
            child,
            stdin,
            incoming: rx,
            next_id: 1,
            sync: 2,
        };
        let caps = json!({"general": {"positionEncodings": ["utf-16"]}, "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}, "hover": {"contentFormat": ["markdown"]}}});
        let (_, init) = server.request("initialize", json!({"processId": null, "rootUri": null, "capabilities": caps, "initializationOptions": options}));
        let sync = &init["result"]["capabilities"]["textDocumentSync"];
        server.sync = sync
            .as_u64()
            .or_else(|| sync["change"].as_u64())
            .unwrap_or(1);
        server.notify("initialized", json!({}));
        server
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request; returns how long the answer took and the answer.
    pub fn request(&mut self, method: &str, params: Value) -> (Duration, Value) {
        let id = self.next_id;
        self.next_id += 1;
        let start = Instant::now();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let (at, m) = self.wait(|m| m["id"] == id && m.get("method").is_none());
        (at - start, m)
    }

    /// Waits for a message; answers server requests (configuration, registration) on the way.
    pub fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> (Instant, Value) {
        loop {
            let (at, m) = self
                .incoming
                .recv_timeout(Duration::from_secs(120))
                .expect("server answers within 120 s");
            if m.get("method").is_some() && m.get("id").is_some() {
                let reply = json!({"jsonrpc": "2.0", "id": m["id"].clone(), "result": if m["method"] == "workspace/configuration" { json!([null]) } else { Value::Null }});
                self.send(&reply);
                continue;
            }
            if pred(&m) {
                return (at, m);
            }
        }
    }

    /// Waits for diagnostics of `uri` for `version` (or without a version, for servers
    /// that do not send one); returns when they arrived.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Instant {
        self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && (m["params"]["version"] == version || m["params"]["version"].is_null())
        })
        .0
    }

    /// Peak and current resident memory of the server process, in MB.
    pub fn memory_mb(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
                / 1024.0
        };
        (field("VmHWM:"), field("VmRSS:"))
    }

    pub fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
    }
}
