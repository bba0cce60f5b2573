//! One function per fuzz target. Each takes the fuzzer's bytes, drives a part of
//! copydesk with them and panics when an invariant breaks: a span outside the text
//! or inside a character, a position that does not round-trip, incremental analysis
//! that differs from a fresh one, a server that hangs or answers with broken frames.

use arbitrary::{Arbitrary, Unstructured};
use copydesk::analysis::{Analysis, Analyzer};
use copydesk::article::{Article, Format};
use copydesk::config::Config;
use copydesk::lsp::{Change, Snapshot, Store};
use copydesk::text::{LineIndex, Position, PositionEncoding, Span};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

const ENCODINGS: [PositionEncoding; 3] = [
    PositionEncoding::Utf8,
    PositionEncoding::Utf16,
    PositionEncoding::Utf32,
];

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character"
    );
}

/// Every span of a parsed article lies on character boundaries inside the text, and
/// sentences come in order without overlapping.
pub fn check_article(text: &str, article: &Article) {
    for h in &article.headings {
        check_span(text, h.span, "heading");
    }
    for p in &article.paragraphs {
        check_span(text, p.span, "paragraph");
        assert!(p.sentences.end <= article.sentences.len());
        assert!(p.quotes.end <= article.quotes.len());
    }
    let mut previous_end = 0;
    for s in &article.sentences {
        check_span(text, s.span, "sentence");
        assert!(s.span.start >= previous_end, "sentences overlap");
        assert!(s.paragraph < article.paragraphs.len());
        previous_end = s.span.end;
    }
    for q in &article.quotes {
        check_span(text, q.span, "quote");
    }
}

/// Every finding and entity span is valid, fixes edit valid ranges, and every span
/// end converts to an LSP position and back to the same offset in each encoding.
pub fn check_analysis(text: &str, article: &Article, analysis: &Analysis) {
    let lines = LineIndex::new(text);
    for f in &analysis.findings {
        check_span(text, f.span, "finding");
        for fix in &f.fixes {
            for edit in &fix.edits {
                check_span(text, edit.span, "fix edit");
            }
        }
        for r in &f.related {
            check_span(text, r.span, "related");
        }
        for encoding in ENCODINGS {
            for offset in [f.span.start, f.span.end] {
                let p = lines.position(text, offset, encoding);
                let (back, exact) = lines.offset(text, p, encoding);
                // A line terminator inside a span ends at the end of the line's text.
                let line_end = lines.line_span(p.line as usize).map_or(back, |l| l.end);
                assert!(
                    exact && (back == offset || back == line_end),
                    "offset {offset} -> {p:?} -> {back} ({encoding:?})"
                );
            }
        }
    }
    for e in &analysis.entities(article, text).entities {
        for m in &e.mentions {
            check_span(text, *m, "entity mention");
        }
    }
}

fn format_and_text(data: &[u8]) -> Option<(Format, String)> {
    let (&first, rest) = data.split_first()?;
    let format = if first & 1 == 0 {
        Format::Markdown
    } else {
        Format::PlainText
    };
    Some((format, String::from_utf8_lossy(rest).into_owned()))
}

/// Target `parse`: arbitrary bytes as Markdown or plain text.
pub fn parse(data: &[u8]) {
    let Some((format, text)) = format_and_text(data) else {
        return;
    };
    check_article(&text, &Article::parse(&text, format));
}

/// Target `analyze`: the whole pipeline on arbitrary bytes.
pub fn analyze(data: &[u8]) {
    let Some((format, text)) = format_and_text(data) else {
        return;
    };
    let article = Article::parse(&text, format);
    check_article(&text, &article);
    let analysis = Analyzer::new(Config::default()).analyze(&article, &text);
    check_analysis(&text, &article, &analysis);
}

/// One edit as an editor might send it, positions possibly out of range.
#[derive(Arbitrary, Debug)]
struct Edit {
    start: (u8, u8),
    length: (u8, u8),
    text: String,
    whole: bool,
}

#[derive(Arbitrary, Debug)]
struct EditScript {
    markdown: bool,
    encoding: u8,
    start: String,
    edits: Vec<Edit>,
}

/// Target `edits`: edits applied to an open document, re-analysed after each
/// one with the per-paragraph cache, end with the same findings and entities as a
/// fresh analysis of the final text.
pub fn edits(data: &[u8]) {
    let Ok(script) = EditScript::arbitrary(&mut Unstructured::new(data)) else {
        return;
    };
    let format = if script.markdown {
        Format::Markdown
    } else {
        Format::PlainText
    };
    let encoding = ENCODINGS[script.encoding as usize % 3];
    let mut store = Store::default();
    store.open("u", 0, format, &script.start, Config::default());
    for (k, e) in script.edits.into_iter().take(32).enumerate() {
        let start = Position {
            line: e.start.0 as u32,
            character: e.start.1 as u32,
        };
        let end = Position {
            line: start.line + (e.length.0 % 4) as u32,
            character: e.length.1 as u32,
        };
        let change = Change {
            range: (!e.whole).then_some((start, end)),
            text: e.text,
        };
        store.change("u", k as i32 + 1, vec![change], encoding);
        let doc = store.get_mut("u").expect("open");
        let mut analyzer = doc.analyzer.take().expect("analyzer");
        let snapshot = Snapshot::build(doc.version, doc.text(), format, &mut analyzer);
        doc.analyzer = Some(analyzer);
        doc.snapshot = Some(Arc::new(snapshot));
    }
    let doc = store.get("u").expect("open");
    let text = doc.text();
    let incremental = doc.snapshot.as_ref().map(|s| &s.analysis);
    let article = Article::parse(&text, format);
    let fresh = Analyzer::new(Config::default()).analyze(&article, &text);
    check_analysis(&text, &article, &fresh);
    if let Some(incremental) = incremental {
        // Every cache (paragraph splits, facts, the document pass's decisions) must give
        // what a fresh analysis gives.
        assert_eq!(incremental.sentences, fresh.sentences, "sentences differ");
        assert_eq!(incremental.findings, fresh.findings, "findings differ");
        assert_eq!(incremental.figures, fresh.figures, "figures differ");
        assert_eq!(
            incremental.entities(&article, &text).entities,
            fresh.entities(&article, &text).entities,
            "entities differ"
        );
    }
}

/// One message in a session with the server.
#[derive(Arbitrary, Debug)]
enum Message {
    Open {
        markdown: bool,
        text: String,
    },
    Change {
        version: i8,
        start: (u8, u8),
        end: (u8, u8),
        text: String,
    },
    Replace {
        text: String,
    },
    Hover {
        line: u8,
        character: u8,
    },
    Symbols,
    WorkspaceSymbols {
        query: String,
    },
    CodeAction {
        start: (u8, u8),
        end: (u8, u8),
    },
    Diagnostic,
    Configuration {
        json: String,
    },
    Close,
    Cancel {
        id: u8,
    },
    /// Any bytes, framed with a correct length.
    Framed(Vec<u8>),
    /// Any bytes with no framing at all.
    Raw(Vec<u8>),
    /// A well-framed body that is JSON but not JSON-RPC.
    Json {
        json: String,
    },
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn position((line, character): (u8, u8)) -> Value {
    json!({"line": line, "character": character})
}

/// The bytes a client would send for `messages`, after an `initialize` handshake.
/// Returns the `initialize` request, the rest of the session, and the id of the
/// final `shutdown` request.
fn session_bytes(messages: Vec<Message>, pull: bool) -> (Vec<u8>, Vec<u8>, i64) {
    let uri = "file:///fuzz/story.md";
    let doc = json!({"uri": uri});
    let mut id: i64 = 1;
    let mut out = Vec::new();
    let send = |out: &mut Vec<u8>, v: Value| out.extend(frame(v.to_string().as_bytes()));
    let capabilities = if pull {
        json!({"textDocument": {"diagnostic": {}}, "general": {"positionEncodings": ["utf-8"]}})
    } else {
        json!({})
    };
    send(
        &mut out,
        json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": capabilities, "initializationOptions": {"debounceMs": 0}}}),
    );
    // As the protocol requires, nothing more goes until `initialize` is answered.
    let handshake = std::mem::take(&mut out);
    send(
        &mut out,
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    );
    let mut request = |out: &mut Vec<u8>, method: &str, params: Value| {
        id += 1;
        send(
            out,
            json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        );
    };
    for m in messages.into_iter().take(40) {
        match m {
            Message::Open { markdown, text } => send(
                &mut out,
                json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": if markdown {"markdown"} else {"plaintext"}, "version": 1, "text": text}}}),
            ),
            Message::Change {
                version,
                start,
                end,
                text,
            } => send(
                &mut out,
                json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": position(start), "end": position(end)}, "text": text}]}}),
            ),
            Message::Replace { text } => send(
                &mut out,
                json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": 100}, "contentChanges": [{"text": text}]}}),
            ),
            Message::Hover { line, character } => request(
                &mut out,
                "textDocument/hover",
                json!({"textDocument": doc, "position": position((line, character))}),
            ),
            Message::Symbols => request(
                &mut out,
                "textDocument/documentSymbol",
                json!({"textDocument": doc}),
            ),
            Message::WorkspaceSymbols { query } => {
                request(&mut out, "workspace/symbol", json!({"query": query}))
            }
            Message::CodeAction { start, end } => request(
                &mut out,
                "textDocument/codeAction",
                json!({"textDocument": doc, "range": {"start": position(start), "end": position(end)}, "context": {"diagnostics": []}}),
            ),
            Message::Diagnostic => request(
                &mut out,
                "textDocument/diagnostic",
                json!({"textDocument": doc}),
            ),
            Message::Configuration { json } => {
                let settings = serde_json::from_str::<Value>(&json).unwrap_or(Value::String(json));
                send(
                    &mut out,
                    json!({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": settings}}),
                );
            }
            Message::Close => send(
                &mut out,
                json!({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": doc}}),
            ),
            Message::Cancel { id } => send(
                &mut out,
                json!({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": id}}),
            ),
            Message::Framed(bytes) => out.extend(frame(&bytes)),
            Message::Raw(bytes) => out.extend(bytes),
            Message::Json { json } => out.extend(frame(json.as_bytes())),
        }
    }
    // Raw bytes may have left a frame half read; a blank line and a clean shutdown
    // let the session end either way.
    out.extend(b"\r\n\r\n");
    request(&mut out, "shutdown", Value::Null);
    send(&mut out, json!({"jsonrpc": "2.0", "method": "exit"}));
    (handshake, out, id)
}

/// A fresh runtime per session, shut down at its end, so no task of one session
/// outlives it (and the leak checker sees only real leaks).
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime")
}

/// Splits the server's output into frames, asserting each is valid JSON-RPC. With
/// `partial`, an incomplete last frame is left for later instead of failing.
fn frames(mut output: &[u8], partial: bool) -> Vec<Value> {
    let mut messages = Vec::new();
    while !output.is_empty() {
        let Some(header_end) = output.windows(4).position(|w| w == b"\r\n\r\n") else {
            assert!(
                partial,
                "an incomplete header block at the end of the output"
            );
            break;
        };
        let header = std::str::from_utf8(&output[..header_end]).expect("ASCII headers");
        let length: usize = header
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .expect("Content-Length")
            .parse()
            .expect("a number");
        let Some(body) = output.get(header_end + 4..header_end + 4 + length) else {
            assert!(partial, "a truncated body at the end of the output");
            break;
        };
        let message: Value = serde_json::from_slice(body).expect("JSON body");
        assert_eq!(message["jsonrpc"], "2.0");
        messages.push(message);
        output = &output[header_end + 4 + length..];
    }
    messages
}

/// Target `lsp_stream`: a session of well-formed and malformed messages. The server
/// must finish within a bound (no hang) and write only well-framed JSON-RPC; when
/// every message was one the script built, it must answer the final `shutdown`.
pub fn lsp_stream(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(pull) = bool::arbitrary(&mut u) else {
        return;
    };
    let Ok(messages) = Vec::<Message>::arbitrary(&mut u) else {
        return;
    };
    // Hand-made bodies may say `exit` themselves or swallow the rest of the stream.
    let scripted = !messages.iter().any(|m| {
        matches!(
            m,
            Message::Raw(_) | Message::Framed(_) | Message::Json { .. }
        )
    });
    let (handshake, input, shutdown_id) = session_bytes(messages, pull);
    let runtime = runtime();
    let output = runtime.block_on(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (client, server) = tokio::io::duplex(1 << 16);
        let (server_in, server_out) = tokio::io::split(server);
        let serving = tokio::spawn(copydesk::lsp::serve(server_in, server_out));
        let (mut from_server, mut to_server) = tokio::io::split(client);
        let mut output = Vec::new();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let writer = tokio::spawn(async move {
            let _ = to_server.write_all(&handshake).await;
            let _ = rx.await;
            let _ = to_server.write_all(&input).await;
        });
        let finished = tokio::time::timeout(Duration::from_secs(20), async {
            let mut chunk = vec![0; 1 << 16];
            let mut tx = Some(tx);
            while let Ok(n) = from_server.read(&mut chunk).await {
                if n == 0 {
                    break;
                }
                output.extend_from_slice(&chunk[..n]);
                if tx.is_some() && frames(&output, true).iter().any(|m| m["id"] == 0) {
                    let _ = tx.take().map(|tx| tx.send(()));
                }
            }
        })
        .await;
        writer.abort();
        serving.abort();
        assert!(
            finished.is_ok(),
            "the server did not finish the session within 20 s"
        );
        output
    });
    runtime.shutdown_timeout(Duration::from_secs(10));
    let messages = frames(&output, false);
    if scripted {
        // Answered, or cancelled by the `exit` that followed it without waiting.
        assert!(
            messages.iter().any(|m| m["id"] == shutdown_id),
            "no answer to shutdown in {messages:#?}"
        );
    }
}
