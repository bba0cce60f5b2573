//! Builds copydesk's named-entity data from the corpora in `../shared/data`:
//!
//!   cargo run --release --example train_ner -- gazetteer ../shared/data data/gazetteer/places.tsv
//!   cargo run --release --example train_ner -- train ../shared/data data/ner/model.bin
//!   cargo run --release --example train_ner -- eval ../shared/data/conll2003-en/dev.txt
//!
//! Training uses only corpora whose licences allow shipping the weights: wikigold
//! (CC BY 4.0), WNUT-17 (CC BY 4.0) and UNER English-EWT dev and test (CC BY-SA 4.0),
//! with the GeoNames gazetteer (CC BY 4.0). CoNLL-2003 (Reuters) is read for
//! evaluation only. `eval` uses the model compiled into this build.

use copydesk::analysis::ner::gazetteer::Gazetteer;
use copydesk::analysis::ner::labels::{self, EntityKind};
use copydesk::analysis::ner::train::{Sentence, train};
use copydesk::analysis::ner::{Tagger, builtin};
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

/// Feature buckets of the shipped model (2^16: 2.2 MB of i16 weights).
const BUCKETS: u32 = 1 << 16;
const EPOCHS: usize = 10;

/// A sentence's words and its gold mentions as token spans.
type Tagged = (Vec<String>, Vec<(usize, usize, EntityKind)>);

/// Reads CoNLL-like files: one token per line, the tag in the last column (IOB1 or
/// IOB2), blank lines between sentences; `-DOCSTART-` and `#` lines skipped.
fn read_conll(path: &Path, separator: char, token_column: usize) -> Vec<Tagged> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    let (mut words, mut tags): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut flush = |words: &mut Vec<String>, tags: &mut Vec<String>| {
        if !words.is_empty() {
            out.push((std::mem::take(words), spans(&std::mem::take(tags))));
        }
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut words, &mut tags);
            continue;
        }
        if line.starts_with("-DOCSTART-") || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split(separator).collect();
        if cols.len() <= token_column {
            continue;
        }
        words.push(cols[token_column].to_owned());
        let tag = if token_column == 1 && cols.len() >= 3 {
            cols[2]
        } else {
            cols[cols.len() - 1]
        };
        tags.push(tag.to_owned());
    }
    flush(&mut words, &mut tags);
    out
}

fn spans(tags: &[String]) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags
        .iter()
        .chain(std::iter::once(&"O".to_owned()))
        .enumerate()
    {
        let (prefix, ty) = tag.split_once('-').map_or(("O", ""), |(p, t)| (p, t));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, t)| t == ty);
        if !continues {
            if let Some((s, t)) = open.take()
                && let Some(kind) = EntityKind::from_tag(&t)
            {
                out.push((s, i, kind));
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, ty.to_owned()));
            }
        }
    }
    out
}

fn sentences(data: &Path) -> Vec<Sentence> {
    let mut corpus = Vec::new();
    corpus.extend(read_conll(
        &data.join("wikigold/wikigold.conll.txt"),
        ' ',
        0,
    ));
    for split in ["train", "dev", "test"] {
        corpus.extend(read_conll(
            &data.join(format!("wnut17/{split}.conll")),
            '\t',
            0,
        ));
    }
    for split in ["dev", "test"] {
        corpus.extend(read_conll(
            &data.join(format!("uner-en-ewt/{split}.iob2")),
            '\t',
            1,
        ));
    }
    corpus
        .into_iter()
        .map(|(words, spans)| Sentence {
            labels: labels::encode(words.len(), &spans),
            words,
        })
        .collect()
}

fn gazetteer(data: &Path, out: &Path) {
    let geo = data.join("geonames");
    let info = std::fs::read_to_string(geo.join("countryInfo.tsv")).expect("countryInfo.tsv");
    let mut countries = HashMap::new();
    let mut lines = vec!["# GeoNames (https://www.geonames.org/), CC BY 4.0: countries and cities of 100,000+ people.".to_owned(), "# name\tkind\tcountry\tpopulation".to_owned()];
    for line in info.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() > 7 {
            countries.insert(f[0].to_owned(), f[4].to_owned());
            lines.push(format!("{}\tcountry\t{}\t{}", f[4], f[4], f[7]));
        }
    }
    for (name, population) in [
        ("Europe", 0),
        ("Asia", 0),
        ("Africa", 0),
        ("North America", 0),
        ("South America", 0),
        ("Oceania", 0),
        ("Antarctica", 0),
        ("Middle East", 0),
        ("Latin America", 0),
    ] {
        lines.push(format!("{name}\tregion\t\t{population}"));
    }
    let cities = std::fs::read_to_string(geo.join("cities15000.txt")).expect("cities15000.txt");
    for line in cities.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let population: u64 = f.get(14).and_then(|p| p.parse().ok()).unwrap_or(0);
        if f.len() > 14 && population >= 100_000 {
            let country = countries.get(f[8]).cloned().unwrap_or_default();
            lines.push(format!("{}\tcity\t{country}\t{population}", f[1]));
        }
    }
    std::fs::write(out, lines.join("\n") + "\n").expect("write gazetteer");
    eprintln!("wrote {} places to {}", lines.len() - 2, out.display());
}

fn evaluate(path: &Path) {
    let corpus = read_conll(path, ' ', 0);
    let tagger = builtin();
    let gazetteer = Gazetteer::builtin();
    let keep = |s: &(usize, usize, EntityKind)| s.2 != EntityKind::Other;
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut per_kind: HashMap<EntityKind, (usize, usize, usize)> = HashMap::new();
    let mut tokens = 0usize;
    let started = Instant::now();
    let mut predictions = Vec::with_capacity(corpus.len());
    for (words, _) in &corpus {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        predictions.push(tagger.tag(&refs, gazetteer));
        tokens += words.len();
    }
    let elapsed = started.elapsed();
    for ((_, gold), predicted) in corpus.iter().zip(predictions) {
        let gold: Vec<_> = gold.iter().filter(|s| keep(s)).cloned().collect();
        let guess: Vec<_> = labels::decode(&predicted)
            .into_iter()
            .filter(keep)
            .collect();
        for g in &guess {
            let e = per_kind.entry(g.2).or_default();
            if gold.contains(g) {
                tp += 1;
                e.0 += 1;
            } else {
                fp += 1;
                e.1 += 1;
            }
        }
        for g in gold.iter().filter(|g| !guess.contains(g)) {
            fn_ += 1;
            per_kind.entry(g.2).or_default().2 += 1;
        }
    }
    let f1 = |tp: usize, fp: usize, fn_: usize| {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    let (p, r, f) = f1(tp, fp, fn_);
    println!(
        "{}: {} sentences, {tokens} tokens",
        path.display(),
        corpus.len()
    );
    println!("  PER/ORG/LOC exact span  P {p:.3}  R {r:.3}  F1 {f:.3}");
    let mut kinds: Vec<_> = per_kind.into_iter().collect();
    kinds.sort();
    for (k, (tp, fp, fn_)) in kinds {
        let (p, r, f) = f1(tp, fp, fn_);
        println!("  {:<13} P {p:.3}  R {r:.3}  F1 {f:.3}", k.name());
    }
    println!(
        "  speed: {:.0} tokens/s on one core",
        tokens as f64 / elapsed.as_secs_f64()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["gazetteer", data, out] => gazetteer(Path::new(data), Path::new(out)),
        ["train", data, out] => {
            let corpus = sentences(Path::new(data));
            let tokens: usize = corpus.iter().map(|s| s.words.len()).sum();
            eprintln!("training on {} sentences, {tokens} tokens", corpus.len());
            let weights = train(&corpus, Gazetteer::builtin(), BUCKETS, EPOCHS);
            let bytes = Tagger::to_bytes(BUCKETS, &weights);
            std::fs::write(out, &bytes).expect("write model");
            eprintln!("wrote {} ({} bytes)", out, bytes.len());
        }
        ["eval", files @ ..] if !files.is_empty() => {
            files.iter().for_each(|f| evaluate(Path::new(f)))
        }
        _ => {
            eprintln!(
                "usage: train_ner gazetteer DATA OUT.tsv | train DATA OUT.bin | eval FILE..."
            );
            std::process::exit(2);
        }
    }
}
