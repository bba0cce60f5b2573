//! The real `LspService` in process over in-memory pipes, asserting whole JSON
//! messages.

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};
use tokio::time::{Duration, timeout};

struct Pipe {
    to_server: WriteHalf<DuplexStream>,
    from_server: BufReader<ReadHalf<DuplexStream>>,
}

impl Pipe {
    fn start() -> Pipe {
        let (client, server) = tokio::io::duplex(1 << 20);
        let (server_in, server_out) = tokio::io::split(server);
        tokio::spawn(copydesk::lsp::serve(server_in, server_out));
        let (from_server, to_server) = tokio::io::split(client);
        Pipe {
            to_server,
            from_server: BufReader::new(from_server),
        }
    }

    async fn send(&mut self, message: Value) {
        let body = message.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.to_server.write_all(framed.as_bytes()).await.unwrap();
    }

    async fn recv(&mut self) -> Value {
        timeout(Duration::from_secs(20), async {
            let mut length = 0;
            loop {
                let mut line = String::new();
                self.from_server.read_line(&mut line).await.unwrap();
                if line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.trim().strip_prefix("Content-Length: ") {
                    length = v.parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            self.from_server.read_exact(&mut body).await.unwrap();
            serde_json::from_slice(&body).unwrap()
        })
        .await
        .expect("a message from the server within 20 s")
    }

    async fn recv_where(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self.recv().await;
            if pred(&m) {
                return m;
            }
        }
    }
}

#[tokio::test]
async fn whole_initialize_result_and_a_diagnostics_round_trip() {
    let mut pipe = Pipe::start();
    pipe.send(
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    )
    .await;
    assert_eq!(
        pipe.recv().await,
        json!({
            "jsonrpc": "2.0",
            "id": 1,
            "result": {
                "capabilities": {
                    "positionEncoding": "utf-16",
                    "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
                    "hoverProvider": true,
                    "documentSymbolProvider": true,
                    "workspaceSymbolProvider": true,
                    "codeActionProvider": {"codeActionKinds": ["quickfix"]},
                    "executeCommandProvider": {"commands": ["copydesk.addEntity", "copydesk.markNotEntity"]},
                },
                "serverInfo": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")},
            },
        })
    );
    pipe.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        .await;
    let uri = "untitled:Untitled-1";
    let text = "Critics argue the ferry is late.\n";
    pipe.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 7, "text": text}}})).await;
    let published = pipe
        .recv_where(|m| m["method"] == "textDocument/publishDiagnostics")
        .await;
    assert_eq!(
        published["params"],
        json!({
            "uri": uri,
            "version": 7,
            "diagnostics": [{
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 13}},
                "severity": 2,
                "code": "vague-source",
                "codeDescription": {"href": "https://github.com/copydesk/copydesk/blob/main/docs/rules.md#vague-source"},
                "source": "copydesk",
                "message": "Vague source: “Critics argue” does not say who. Name the people, the outlet or the document behind this ({{who?}}).",
            }],
        })
    );
    pipe.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        .await;
    assert_eq!(
        pipe.recv_where(|m| m["id"] == 2).await,
        json!({"jsonrpc": "2.0", "id": 2, "result": null})
    );
}
