//! Engine throughput: cold analysis (each stage, and the whole pipeline with the
//! entity index) and incremental re-analysis after a one-character edit (to the
//! diagnostics; the server builds the entity index after publishing them), at 1,000,
//! 10,000, 100,000 and 1,000,000 words. Run: cargo bench --bench engine

mod support;

use copydesk::analysis::Analyzer;
use copydesk::article::{Article, Format};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [(&str, usize); 4] = [
    ("1k", 1_000),
    ("10k", 10_000),
    ("100k", 100_000),
    ("1M", 1_000_000),
];

fn words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

fn cold(c: &mut Criterion) {
    let mut group = c.benchmark_group("cold");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for (name, n) in SIZES {
        let text = support::article(n);
        group.throughput(Throughput::Elements(words(&text)));
        group.bench_with_input(
            BenchmarkId::new("whole-pipeline", name),
            &text,
            |b, text| {
                b.iter(|| {
                    // Everything a cold open computes: diagnostics, then the entity index.
                    let article = Article::parse(black_box(text), Format::Markdown);
                    let analysis = Analyzer::default().analyze(&article, text);
                    analysis.entities(&article, text);
                    analysis
                })
            },
        );
        if n == 10_000 {
            group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, text| {
                b.iter(|| Article::parse(black_box(text), Format::Markdown))
            });
            let article = Article::parse(&text, Format::Markdown);
            group.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, text| {
                b.iter(|| Analyzer::default().analyze(black_box(&article), text))
            });
            let analysis = Analyzer::default().analyze(&article, &text);
            group.bench_with_input(BenchmarkId::new("entity-index", name), &text, |b, text| {
                // A fresh analysis each time, since the index is built once per analysis.
                b.iter_batched(
                    || analysis.clone(),
                    |analysis| analysis.entities(black_box(&article), text).entities.len(),
                    criterion::BatchSize::SmallInput,
                )
            });
        }
    }
    group.finish();
}

fn incremental(c: &mut Criterion) {
    let mut group = c.benchmark_group("incremental");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for (name, n) in SIZES {
        let text = support::article(n);
        let at = support::middle_of_a_paragraph(&text);
        let mut analyzer = Analyzer::default();
        let article = analyzer.parse(&text, Format::Markdown);
        analyzer.analyze(&article, &text);
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
                // As the server does: the analyzer's parse reuses unchanged paragraphs' splits.
                let article = analyzer.parse(&edited, Format::Markdown);
                analyzer.analyze(&article, &edited)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, cold, incremental);
criterion_main!(benches);
