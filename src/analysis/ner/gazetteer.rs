//! Places from GeoNames (CC BY 4.0): countries, and cities of 100,000 people or more,
//! with the country and population for hover cards. Built by
//! `cargo run --release --example train_ner -- gazetteer`, shipped as
//! `data/gazetteer/places.tsv`; regions, islands, seas and former states written for
//! copydesk (`data/gazetteer/regions.tsv`). Beside them, well-known organisations written for
//! copydesk (`data/gazetteer/organisations.tsv`), with their other names and a short
//! description.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
    organisations: Vec<Organisation>,
    /// Organisation names and other names, lower-cased, words joined by spaces as the
    /// tagger splits them.
    organisation_keys: HashSet<String>,
    names: Option<OrganisationNames>,
    /// Names of two or more words, as the tagger splits them, lower-cased: for each,
    /// [`IN_PLACE_NAME`] and/or [`IN_ORGANISATION_NAME`].
    multiword: HashMap<String, u8>,
    /// The first word of each such name, and the most words a name starting with it has.
    first_words: HashMap<String, usize>,
    /// Words for peoples, lower-cased ("belgian", "south korean").
    demonyms: HashSet<String>,
}

/// A word is part of a place name of two or more words.
pub const IN_PLACE_NAME: u8 = 2;
/// A word is part of an organisation name of two or more words.
pub const IN_ORGANISATION_NAME: u8 = 8;

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
            let key = f[0].to_lowercase();
            if f[0].contains(char::is_whitespace) {
                g.add_multiword(words_key(f[0]), IN_PLACE_NAME);
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
        let mut pattern_of: HashMap<String, usize> = HashMap::default();
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
                if key.contains(' ') {
                    self.add_multiword(key.clone(), IN_ORGANISATION_NAME);
                }
                self.organisation_keys.insert(key);
                let common = word && !name.contains(' ');
                match pattern_of.get(name) {
                    Some(&k) if owners[k].0 != Some(id) => owners[k].0 = None,
                    Some(_) => {}
                    None => {
                        pattern_of.insert(name.to_owned(), patterns.len());
                        patterns.push(name.to_owned());
                        owners.push((Some(id), common));
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA of every name takes milliseconds to build; the NFA is quick to build
            // and fast enough on a sentence.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("organisation names build an automaton");
        self.names = Some(OrganisationNames { automaton, owners });
    }

    /// The gazetteer shipped with copydesk.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut g = Gazetteer::parse(concat!(
                include_str!("../../../data/gazetteer/places.tsv"),
                include_str!("../../../data/gazetteer/regions.tsv")
            ));
            g.add_organisations(include_str!("../../../data/gazetteer/organisations.tsv"));
            g.demonyms = include_str!("../../../data/gazetteer/demonyms.txt")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect();
            g
        })
    }

    /// True when a lower-case name is a word for a people, singular or plural
    /// ("belgian", "iraqis", "south korean"): a nationality, not a place or a person.
    pub fn is_demonym(&self, lower: &str) -> bool {
        self.demonyms.contains(lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|one| self.demonyms.contains(one))
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

    fn add_multiword(&mut self, key: String, bit: u8) {
        let mut words = key.split(' ');
        let first = words.next().unwrap_or("").to_owned();
        let n = 1 + words.count();
        let longest = self.first_words.entry(first).or_default();
        *longest = (*longest).max(n);
        *self.multiword.entry(key).or_default() |= bit;
    }

    /// For each of a sentence's lower-case words, [`IN_PLACE_NAME`] and/or
    /// [`IN_ORGANISATION_NAME`] when a known name of two or more words covers it. Only
    /// runs that start with the first word of some name are looked up.
    pub fn in_multiword_names(&self, lowers: &[String]) -> Vec<u8> {
        let mut flags = vec![0u8; lowers.len()];
        let mut run = String::new();
        for i in 0..lowers.len() {
            let Some(&longest) = self.first_words.get(&lowers[i]) else {
                continue;
            };
            run.clear();
            run.push_str(&lowers[i]);
            for end in i + 1..lowers.len().min(i + longest) {
                run.push(' ');
                run.push_str(&lowers[end]);
                if let Some(&bit) = self.multiword.get(&run) {
                    for f in &mut flags[i..=end] {
                        *f |= bit;
                    }
                }
            }
        }
        flags
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

    #[test]
    fn countries_are_known_by_their_other_names_but_not_by_two_letter_codes() {
        let g = Gazetteer::builtin();
        let country = |name: &str| {
            g.get(name)
                .filter(|p| p.kind == "country")
                .map(|p| p.country.as_str())
        };
        assert_eq!(country("u.s."), Some("United States"));
        assert_eq!(country("britain"), Some("United Kingdom"));
        assert_eq!(country("holland"), Some("The Netherlands"));
        assert_eq!(country("czech republic"), Some("Czechia"));
        assert_eq!(country("us"), None);
        assert_eq!(country("in"), None);
        assert_eq!(country("thai"), None);
        assert!(g.is_demonym("belgian"));
        assert!(g.is_demonym("iraqis"));
        assert!(g.is_demonym("south korean"));
        assert!(!g.is_demonym("belgium"));
    }

    #[test]
    fn regions_are_places_but_cities_and_countries_keep_their_names() {
        let g = Gazetteer::builtin();
        let kind = |name: &str| g.get(name).map(|p| (p.kind.as_str(), p.country.as_str()));
        assert_eq!(kind("chechnya"), Some(("region", "Russia")));
        assert_eq!(kind("west bank"), Some(("region", "Palestinian Territory")));
        assert_eq!(kind("yugoslavia"), Some(("region", "")));
        // A city or a country of the same name wins: Washington the city, Georgia the
        // country.
        assert_eq!(kind("washington").map(|k| k.0), Some("city"));
        assert_eq!(kind("georgia").map(|k| k.0), Some("country"));
    }
}
