//! People by their given names. The tagger sometimes reads a person as a body or a
//! place ("Ivan Rodriguez added a run", "American Dennis Mitchell won"): a name of
//! two or three capitalised words whose first is a given name, after any words for a
//! people, is a person, unless its last word makes it a body or a place ("Alan Turing
//! Institute", "Grace Bay").

use super::ner::EntityKind;
use super::ner::gazetteer::Gazetteer;
use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Last words of places named after people: "Ellis Park", "Crystal Palace".
pub(super) const FACILITIES: &[&str] = &[
    "Park", "Palace", "Stadium", "Arena", "Airport", "Hall", "Centre", "Center", "Field",
];

/// Given names (see `data/ner/first-names.txt` for their sources).
fn given_names() -> &'static FxHashSet<&'static str> {
    static NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../../data/ner/first-names.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect()
    })
}

/// True when `word` is a known given name ("Ivan", "Gail").
pub fn is_given_name(word: &str) -> bool {
    given_names().contains(word)
}

/// Relabels as people the mentions in `found` that a given name opens; `ends` holds
/// last words that keep a name a body or a place. A leading word for a people is
/// dropped from the mention ("American Dennis Mitchell" → "Dennis Mitchell").
pub fn relabel(text: &str, found: &mut [(Range<usize>, EntityKind)], ends: &[&[&str]]) {
    let gazetteer = Gazetteer::builtin();
    for (range, kind) in found.iter_mut() {
        if *kind == EntityKind::Person {
            continue;
        }
        let Some(name) = text.get(range.clone()) else {
            continue;
        };
        let mut words: Vec<(usize, &str)> = name
            .split(' ')
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .collect();
        while words.len() > 2 && gazetteer.is_demonym(&words[0].1.to_lowercase()) {
            words.remove(0);
        }
        let word = |w: &str| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        };
        let last = words.last().map_or("", |w| w.1);
        // "Hong Kong" is a place, "Roman Catholic" a faith.
        let known = || {
            gazetteer.get(&name.to_lowercase()).is_some()
                || gazetteer.is_demonym(&last.to_lowercase())
        };
        if !(2..=3).contains(&words.len())
            || !words.iter().all(|(_, w)| word(w))
            || !is_given_name(words[0].1)
            || known()
            || FACILITIES.contains(&last)
            || ends.iter().any(|list| list.contains(&last))
        {
            continue;
        }
        *range = range.start + words[0].0..range.end;
        *kind = EntityKind::Person;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str, name: &str, kind: EntityKind) -> (String, EntityKind) {
        let at = sentence.find(name).expect("name in sentence");
        let mut found = vec![(at..at + name.len(), kind)];
        relabel(sentence, &mut found, &[&["Institute", "Bay"]]);
        let (r, k) = found.remove(0);
        (sentence[r].to_owned(), k)
    }

    #[test]
    fn a_given_name_opens_a_person_s_name() {
        use EntityKind::*;
        assert_eq!(
            kinds("Ivan Okafor added a run.", "Ivan Okafor", Organization),
            ("Ivan Okafor".to_owned(), Person)
        );
        assert_eq!(
            kinds(
                "American Gail Dale won.",
                "American Gail Dale",
                Organization
            ),
            ("Gail Dale".to_owned(), Person)
        );
        assert_eq!(
            kinds(
                "The Alan Turing Institute said so.",
                "Alan Turing Institute",
                Organization
            ),
            ("Alan Turing Institute".to_owned(), Organization)
        );
        assert_eq!(
            kinds("They sailed to Grace Bay.", "Grace Bay", Place),
            ("Grace Bay".to_owned(), Place)
        );
        assert_eq!(
            kinds("Kestrel Bancorp fell.", "Kestrel Bancorp", Organization),
            ("Kestrel Bancorp".to_owned(), Organization)
        );
        assert_eq!(
            kinds("Prices rose in Hong Kong.", "Hong Kong", Place),
            ("Hong Kong".to_owned(), Place)
        );
        assert_eq!(
            kinds("They met at Ellis Park.", "Ellis Park", Place),
            ("Ellis Park".to_owned(), Place)
        );
    }
}
