//! Editor latency: drives language servers over stdio as an editor does and times
//! each edit from `didChange` to the `publishDiagnostics` for that version.
//!
//! Run: cargo bench --bench lsp_latency [-- --peer "harper-ls --stdio"] [--edits N]
//!
//! For each server (copydesk, and the peer if given) and each document size (10,000
//! words, 1 MB): cold open, a typing session of single-character inserts and deletes
//! across paragraphs, a pasted paragraph and its undo, then hover and document
//! symbols; finally the peak memory with ten 10,000-word articles open. Servers that
//! ask for whole-document sync get the whole text on each change. copydesk runs with
//! its debounce set to 0 so the numbers measure the work, not the wait.

mod support;

use copydesk::text::{LineIndex, PositionEncoding};
use serde_json::{Value, json};
use std::time::Duration;
use support::lsp::Server;

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// One edit of the typing session: bytes `from..to` of the current text become `text`.
struct Edit {
    from: usize,
    to: usize,
    text: String,
}

/// Paragraph byte ranges of a Markdown text (prose lines only).
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if body.len() > 40 && !body.starts_with('#') {
            out.push((at, at + body.len()));
        }
        at += line.len();
    }
    out
}

fn boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The next edit of the session, on the current text.
fn next_edit(
    text: &str,
    step: usize,
    total: usize,
    rng: &mut Rng,
    pasted: &mut Option<(usize, usize)>,
) -> Edit {
    let paras = paragraphs(text);
    if step == total / 2 {
        let (s, e) = paras[rng.below(paras.len())];
        let (at, _) = paras[rng.below(paras.len())];
        let copy = format!("{}\n\n", &text[s..e]);
        *pasted = Some((at, at + copy.len()));
        return Edit {
            from: at,
            to: at,
            text: copy,
        };
    }
    if step == total / 2 + 1
        && let Some((s, e)) = pasted.take()
    {
        return Edit {
            from: s,
            to: e,
            text: String::new(),
        };
    }
    let (s, e) = paras[rng.below(paras.len())];
    let at = boundary(text, s + 1 + rng.below(e - s - 2));
    if step % 4 == 3 {
        let next = at + text[at..].chars().next().map_or(0, char::len_utf8);
        Edit {
            from: at,
            to: next,
            text: String::new(),
        }
    } else {
        Edit {
            from: at,
            to: at,
            text: "e".to_owned(),
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Row {
    server: String,
    size: String,
    open_ms: f64,
    p50: f64,
    p95: f64,
    p99: f64,
    hover_ms: Option<f64>,
    symbols_ms: Option<f64>,
}

fn session(name: &str, command: &[String], size: &str, text: &str, edits: usize) -> Row {
    let mut server = Server::start(command, json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-bench/article.md";
    let start = std::time::Instant::now();
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let open_ms = (server.diagnostics(uri, 1) - start).as_secs_f64() * 1000.0;

    let mut current = text.to_owned();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut pasted = None;
    let mut latencies = Vec::with_capacity(edits);
    for step in 0..edits {
        let edit = next_edit(&current, step, edits, &mut rng, &mut pasted);
        let lines = LineIndex::new(&current);
        let p0 = lines.position(&current, edit.from, PositionEncoding::Utf16);
        let p1 = lines.position(&current, edit.to, PositionEncoding::Utf16);
        current.replace_range(edit.from..edit.to, &edit.text);
        let version = step as i64 + 2;
        let change = if server.sync == 2 {
            json!({"range": {"start": {"line": p0.line, "character": p0.character}, "end": {"line": p1.line, "character": p1.character}}, "text": edit.text})
        } else {
            json!({"text": current})
        };
        let sent = std::time::Instant::now();
        server.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        );
        latencies.push(server.diagnostics(uri, version) - sent);
    }
    latencies.sort();

    let at = current.find("Tomas Lindqvist").unwrap_or(0);
    let lines = LineIndex::new(&current);
    let p = lines.position(&current, at + 2, PositionEncoding::Utf16);
    let answered = |r: &Value| r.get("error").is_none();
    let (hover, r) = server.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": p.line, "character": p.character}}));
    let hover_ms = answered(&r).then_some(hover.as_secs_f64() * 1000.0);
    let (symbols, r) = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols_ms = answered(&r).then_some(symbols.as_secs_f64() * 1000.0);
    server.stop();
    Row {
        server: name.to_owned(),
        size: size.to_owned(),
        open_ms,
        p50: percentile(&latencies, 0.50),
        p95: percentile(&latencies, 0.95),
        p99: percentile(&latencies, 0.99),
        hover_ms,
        symbols_ms,
    }
}

/// Peak resident memory with `docs` 10,000-word articles open.
fn memory(command: &[String], docs: usize) -> f64 {
    let mut server = Server::start(command, json!({"debounceMs": 0}));
    for d in 0..docs {
        let uri = format!("file:///tmp/copydesk-bench/doc{d}.md");
        let text = support::article(10_000)
            .replace("Benchmark Article", &format!("Benchmark Article {d}"));
        server.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}));
        server.diagnostics(&uri, 1);
    }
    let (peak, _) = server.memory_mb();
    server.stop();
    peak
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let edits: usize = value("--edits").and_then(|v| v.parse().ok()).unwrap_or(200);
    let copydesk = vec![env!("CARGO_BIN_EXE_copydesk").to_owned(), "lsp".to_owned()];
    let mut servers = vec![("copydesk".to_owned(), copydesk)];
    if let Some(peer) = value("--peer") {
        let command: Vec<String> = peer.split_whitespace().map(str::to_owned).collect();
        servers.push((command[0].clone(), command));
    }
    let sizes = [
        ("10k words", support::article(10_000), edits),
        ("1 MB", support::article(170_000), (edits / 4).max(10)),
    ];

    println!(
        "| server | document | cold open ms | edit→diagnostics p50 / p95 / p99 ms | hover ms | symbols ms |"
    );
    println!("|---|---|---|---|---|---|");
    let mut rows = Vec::new();
    for (size, text, n) in &sizes {
        for (name, command) in &servers {
            let row = session(name, command, size, text, *n);
            let opt = |v: Option<f64>| v.map_or("n/a".to_owned(), |v| format!("{v:.2}"));
            println!(
                "| {} | {} ({} bytes, {n} edits) | {:.1} | {:.2} / {:.2} / {:.2} | {} | {} |",
                row.server,
                row.size,
                text.len(),
                row.open_ms,
                row.p50,
                row.p95,
                row.p99,
                opt(row.hover_ms),
                opt(row.symbols_ms)
            );
            rows.push(row);
        }
    }
    println!();
    for (name, command) in &servers {
        println!(
            "{name}: peak RSS with ten 10,000-word articles open: {:.1} MB",
            memory(command, 10)
        );
    }
    if servers.len() > 1 {
        println!();
        for pair in rows.chunks(2) {
            if let [ours, peer] = pair {
                println!(
                    "{}: {} p50 is {:.1}× copydesk's, p99 {:.1}×, cold open {:.1}×",
                    ours.size,
                    peer.server,
                    peer.p50 / ours.p50,
                    peer.p99 / ours.p99,
                    peer.open_ms / ours.open_ms
                );
            }
        }
    }
}
