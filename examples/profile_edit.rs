//! Where the time of one edit goes: copies, line index, parse and the cached
//! analysis, for a generated article of N words (default 170,000, about 1 MB).
//! Run: cargo run --release --example profile_edit -- [WORDS]
//! With DUMP=FILE it writes the article instead, for driving the server by hand.
//! For instruction counts: valgrind --tool=callgrind on the `profiling` build.

#[path = "../benches/support/article.rs"]
mod article_gen;

use copydesk::analysis::Analyzer;
use copydesk::article::Format;
use copydesk::text::LineIndex;
use std::time::Instant;

fn main() {
    let words: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(170_000);
    let text = article_gen::article(words);
    println!("{} bytes", text.len());
    if let Ok(path) = std::env::var("DUMP") {
        std::fs::write(path, &text).expect("writable DUMP path");
        return;
    }
    let at = article_gen::middle_of_a_paragraph(&text);
    let mut analyzer = Analyzer::default();
    let article = analyzer.parse(&text, Format::Markdown);
    analyzer.analyze(&article, &text);
    let mut edited = text.clone();
    let iterations: usize = std::env::var("ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let (mut copy_s, mut lines_s, mut parse_s, mut analyze_s) = (0.0, 0.0, 0.0, 0.0);
    let (mut publish_s, mut json_bytes, mut client_s) = (0.0, 0, 0.0);
    let mut findings = 0;
    let (mut analysed, mut decided) = (0, 0);
    for i in 0..iterations {
        // Alternate inserting and removing a character, so every run is a real edit.
        if i % 2 == 1 {
            edited.remove(at);
        } else {
            edited.insert(at, 'x');
        }
        let t = Instant::now();
        let copy = edited.clone();
        copy_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let lines = LineIndex::new(&copy);
        lines_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let article = analyzer.parse(&copy, Format::Markdown);
        parse_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let analysis = analyzer.analyze(&article, &copy);
        findings = analysis.findings.len();
        (analysed, decided) = analyzer.last_pass();
        analyze_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let positions = copydesk::lsp::Positions {
            text: &copy,
            lines: &lines,
            encoding: copydesk::text::PositionEncoding::Utf16,
        };
        let json = copydesk::lsp::publish_params(
            &positions,
            "file:///article.md",
            i as i32,
            &analysis.findings,
        );
        json_bytes = json.get().len();
        publish_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(serde_json::from_str::<serde_json::Value>(json.get()).expect("JSON"));
        client_s += t.elapsed().as_secs_f64();
    }
    let ms = |s: f64| s * 1000.0 / iterations as f64;
    println!(
        "per edit: copy {:.2} ms, line index {:.2} ms, parse {:.2} ms, analysis (cached) {:.2} ms, diagnostics JSON {:.2} ms ({json_bytes} bytes), a client parsing it {:.2} ms; {findings} findings",
        ms(copy_s),
        ms(lines_s),
        ms(parse_s),
        ms(analyze_s),
        ms(publish_s),
        ms(client_s)
    );
    println!(
        "of {} paragraphs, the last edit analysed {analysed} afresh and decided the attribution of {decided} afresh",
        article.paragraphs.len()
    );
}
