//! Places from GeoNames (CC BY 4.0): countries, and cities of 100,000 people or more,
//! with the country and population for hover cards. Built by
//! `cargo run --release --example train_ner -- gazetteer`, shipped as
//! `data/gazetteer/places.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What the gazetteer knows of a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Its name as GeoNames spells it.
    pub name: String,
    /// `country` or `city`.
    pub kind: String,
    /// The country it is in (for a country, itself).
    pub country: String,
    /// Population, as GeoNames records it.
    pub population: u64,
}

/// Place names, lower-cased, to what is known about them.
#[derive(Default)]
pub struct Gazetteer {
    places: HashMap<String, Place>,
    /// Longest name, in words.
    pub max_words: usize,
    /// Every word of every name of two or more words, lower-cased: a run of words
    /// can only be such a name when each of its words is here.
    multiword: std::collections::HashSet<String>,
}

impl Gazetteer {
    /// Parses the `places.tsv` format.
    pub fn parse(tsv: &str) -> Gazetteer {
        let mut g = Gazetteer::default();
        for line in tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            let place = Place {
                name: f[0].to_owned(),
                kind: f[1].to_owned(),
                country: f[2].to_owned(),
                population: f[3].parse().unwrap_or(0),
            };
            g.max_words = g.max_words.max(f[0].split_whitespace().count());
            let key = f[0].to_lowercase();
            if key.contains(' ') {
                g.multiword
                    .extend(key.split_whitespace().map(str::to_owned));
            }
            // Countries win over cities of the same name; bigger cities over smaller.
            let keep = g.places.get(&key).is_some_and(|old| {
                old.kind == "country"
                    || old.population >= place.population && place.kind != "country"
            });
            if !keep {
                g.places.insert(key, place);
            }
        }
        g
    }

    /// The gazetteer shipped with copydesk.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../../../data/gazetteer/places.tsv")))
    }

    /// The place with this (lower-case) name.
    pub fn get(&self, lower: &str) -> Option<&Place> {
        self.places.get(lower)
    }

    /// True when the lower-case word is part of some name of two or more words.
    pub fn in_multiword_name(&self, lower: &str) -> bool {
        self.multiword.contains(lower)
    }

    /// True when the lower-case name is a known place.
    pub fn contains(&self, lower: &str) -> bool {
        self.places.contains_key(lower)
    }
}
