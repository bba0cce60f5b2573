//! Places from GeoNames (CC BY 4.0): countries, and cities of 100,000 people or more,
//! with the country and population for hover cards. Built by
//! `cargo run --release --example train_ner -- gazetteer`, shipped as
//! `data/gazetteer/places.tsv`. Beside them, well-known organisations written for
//! copydesk (`data/gazetteer/organisations.tsv`), with their other names and a short
//! description.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// What the gazetteer knows of an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    /// Its usual full name.
    pub name: String,
    /// What it is, in a few words ("central bank of the United States").
    pub description: String,
}

/// The organisation names, each as written, for finding them in text.
struct OrganisationNames {
    automaton: AhoCorasick,
    /// For each pattern: the organisation it names, or `None` when two share it
    /// ("ICC"); and whether it is also a common word ("Shell").
    owners: Vec<(Option<usize>, bool)>,
}

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
    multiword: HashSet<String>,
    organisations: Vec<Organisation>,
    /// Organisation names and other names, lower-cased, words joined by spaces as the
    /// tagger splits them.
    organisation_keys: HashSet<String>,
    /// Longest organisation name, in words.
    pub max_organisation_words: usize,
    names: Option<OrganisationNames>,
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

    /// Adds organisations in the `organisations.tsv` format: name, other names
    /// separated by `;`, description, and `word` when a one-word name is also a
    /// common word.
    pub fn add_organisations(&mut self, tsv: &str) {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners: Vec<(Option<usize>, bool)> = Vec::new();
        for line in tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            let id = self.organisations.len();
            self.organisations.push(Organisation {
                name: f[0].to_owned(),
                description: f.get(2).copied().unwrap_or("").to_owned(),
            });
            let word = f.get(3) == Some(&"word");
            let aliases = f.get(1).into_iter().flat_map(|a| a.split(';'));
            for name in std::iter::once(f[0])
                .chain(aliases)
                .filter(|n| !n.is_empty())
            {
                let key = words_key(name);
                let n = key.split(' ').count();
                self.max_organisation_words = self.max_organisation_words.max(n);
                if n > 1 {
                    self.multiword.extend(key.split(' ').map(str::to_owned));
                }
                self.organisation_keys.insert(key);
                let common = word && !name.contains(' ');
                match patterns.iter().position(|p| p == name) {
                    Some(k) if owners[k].0 != Some(id) => owners[k].0 = None,
                    Some(_) => {}
                    None => {
                        patterns.push(name.to_owned());
                        owners.push((Some(id), common));
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("organisation names build an automaton");
        self.names = Some(OrganisationNames { automaton, owners });
    }

    /// The gazetteer shipped with copydesk.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut g = Gazetteer::parse(include_str!("../../../data/gazetteer/places.tsv"));
            g.add_organisations(include_str!("../../../data/gazetteer/organisations.tsv"));
            g
        })
    }

    /// True when the lower-case words, joined by spaces, are a known organisation's
    /// name or other name.
    pub fn is_organisation(&self, lower_words: &str) -> bool {
        self.organisation_keys.contains(lower_words)
    }

    /// Known organisations named in `text`, spelled as the gazetteer spells them and
    /// standing as whole words: each match's range and the organisation, if only one
    /// has that name. Names that are also common words ("Shell") are left out.
    pub fn organisations_in<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (Range<usize>, Option<&'a Organisation>)> + 'a {
        self.names.iter().flat_map(move |n| {
            n.automaton.find_iter(text).filter_map(move |m| {
                let (owner, common) = n.owners[m.pattern().as_usize()];
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                let whole = !before.is_some_and(|c| c.is_alphanumeric())
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-');
                (whole && !common).then(|| (m.range(), owner.map(|k| &self.organisations[k])))
            })
        })
    }

    /// The organisation with this name or other name, as written.
    pub fn organisation<'a>(&'a self, name: &'a str) -> Option<&'a Organisation> {
        self.organisations_in(name)
            .find(|(r, _)| *r == (0..name.len()))
            .and_then(|(_, o)| o)
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

/// A name as the tagger sees it: its words, lower-cased, joined by single spaces.
fn words_key(name: &str) -> String {
    super::words(name)
        .into_iter()
        .map(|r| name[r].to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_are_found_as_written_and_common_words_are_not() {
        let g = Gazetteer::builtin();
        let text = "The Federal Reserve and the IMF met; Shell rose. The Fed and the ICC ruled.";
        let found: Vec<(&str, Option<&str>)> = g
            .organisations_in(text)
            .map(|(r, o)| (&text[r], o.map(|o| o.name.as_str())))
            .collect();
        assert_eq!(
            found,
            [
                ("Federal Reserve", Some("Federal Reserve")),
                ("IMF", Some("International Monetary Fund")),
                ("Fed", Some("Federal Reserve")),
                // Both the criminal court and the cricket council.
                ("ICC", None),
            ]
        );
        assert!(g.is_organisation("u.s. federal reserve"));
        assert!(g.is_organisation("shell"));
        assert!(!g.is_organisation("federal"));
        assert_eq!(
            g.organisation("OSCE").map(|o| o.description.as_str()),
            Some("security organisation")
        );
        assert!(g.organisation("the IMF").is_none());
    }
}
