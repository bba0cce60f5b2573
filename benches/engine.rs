//! Engine throughput: cold analysis of a 10,000-word article and of a 1 MB document,
//! each stage on its own, and incremental re-analysis after a one-character edit.
//! Run: cargo bench --bench engine

mod support;

use copydesk::analysis::Analyzer;
use copydesk::article::{Article, Format};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

fn cold(c: &mut Criterion) {
    let mut group = c.benchmark_group("cold");
    for (name, text) in [
        ("10k-words", support::article(10_000)),
        ("1MB", support::article(170_000)),
    ] {
        group.throughput(Throughput::Elements(words(&text)));
        group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, text| {
            b.iter(|| Article::parse(black_box(text), Format::Markdown))
        });
        let article = Article::parse(&text, Format::Markdown);
        group.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, text| {
            b.iter(|| Analyzer::default().analyze(black_box(&article), text))
        });
        group.bench_with_input(
            BenchmarkId::new("whole-pipeline", name),
            &text,
            |b, text| {
                b.iter(|| {
                    let article = Article::parse(black_box(text), Format::Markdown);
                    Analyzer::default().analyze(&article, text)
                })
            },
        );
    }
    group.finish();
}

fn incremental(c: &mut Criterion) {
    let mut group = c.benchmark_group("incremental");
    for (name, text) in [
        ("10k-words", support::article(10_000)),
        ("1MB", support::article(170_000)),
    ] {
        let at = support::middle_of_a_paragraph(&text);
        let mut analyzer = Analyzer::default();
        analyzer.analyze(&Article::parse(&text, Format::Markdown), &text);
        let mut edited = text.clone();
        let mut flip = false;
        group.bench_function(BenchmarkId::new("one-char-edit", name), |b| {
            b.iter(|| {
                // Alternate inserting and removing one character, so each run is a real edit.
                if flip {
                    edited.remove(at);
                } else {
                    edited.insert(at, 'x');
                }
                flip = !flip;
                let article = Article::parse(&edited, Format::Markdown);
                analyzer.analyze(&article, &edited)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, cold, incremental);
criterion_main!(benches);
