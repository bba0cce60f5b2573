//! Teams named after places. Sports copy calls a club by its town or county:
//! "Leicestershire beat Somerset by an innings", "Surrey captain Chris Lewis". In a
//! match context such a name is the team, an organisation. A country stays a place,
//! as news style (and CoNLL) treats national sides: "Brazil beat Argentina".

use super::ner::EntityKind;
use super::ner::gazetteer::Gazetteer;
use std::ops::Range;

/// Words after a team's name: a result, or a player's role in it.
const AFTER: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "drew",
    "thrashed",
    "edged",
    "routed",
    "crushed",
    "hammered",
    "overcame",
    "outplayed",
    "trounced",
    "captain",
    "coach",
    "manager",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "batsman",
    "bowler",
    "opener",
    "spinner",
    "quarterback",
    "pitcher",
    "v",
    "v.",
    "vs",
    "vs.",
];
/// Words before a team's name: who it played or beat.
const BEFORE: &[&str] = &[
    "beat",
    "beating",
    "defeated",
    "defeating",
    "thrashed",
    "edged",
    "routed",
    "against",
    "v",
    "v.",
    "vs",
    "vs.",
];

/// Relabels as organisations the places in `found` that stand in a match context in
/// `text[sentence]`, unless they are countries.
pub fn relabel(
    text: &str,
    sentence: Range<usize>,
    found: &mut [(Range<usize>, EntityKind)],
    gazetteer: &Gazetteer,
) {
    // A results row names two or more sides each followed by its score:
    // "Eastbay 4 Portmere 1"; a fixture list pairs them with "AT".
    let scored = |r: &Range<usize>| next_word(text, &sentence, r).is_some_and(is_score);
    let results_row = found.iter().filter(|(r, _)| scored(r)).count() >= 2;
    let fixtures: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(i, (r, _))| {
            let at_after = next_word(text, &sentence, r) == Some("AT")
                && found
                    .get(i + 1)
                    .is_some_and(|(n, _)| between(text, r, n) == Some("AT"));
            let at_before = i > 0 && between(text, &found[i - 1].0, r) == Some("AT");
            at_after || at_before
        })
        .collect();
    for (i, (range, kind)) in found.iter_mut().enumerate() {
        if *kind != EntityKind::Place
            || !(in_match(text, &sentence, range) || results_row && scored(range) || fixtures[i])
        {
            continue;
        }
        let Some(name) = text.get(range.clone()).map(str::to_lowercase) else {
            continue;
        };
        if gazetteer.get(&name).is_some_and(|p| p.kind == "country") {
            continue;
        }
        *kind = EntityKind::Organization;
    }
}

/// The trimmed text between two mentions, if `a` ends before `b` starts.
fn between<'a>(text: &'a str, a: &Range<usize>, b: &Range<usize>) -> Option<&'a str> {
    text.get(a.end..b.start).map(str::trim)
}

/// The word after `range` in the sentence.
fn next_word<'a>(text: &'a str, sentence: &Range<usize>, range: &Range<usize>) -> Option<&'a str> {
    text.get(range.end..sentence.end)?.split_whitespace().next()
}

/// A score: a whole number of at most three digits ("4", "114"), not a year.
fn is_score(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']);
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// True when the word before or after `range` is a word of the match.
fn in_match(text: &str, sentence: &Range<usize>, range: &Range<usize>) -> bool {
    let before = text
        .get(sentence.start..range.start)
        .unwrap_or_default()
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase);
    let after = text
        .get(range.end..sentence.end)
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .map(str::to_lowercase);
    before.is_some_and(|w| BEFORE.contains(&w.as_str()))
        || after.is_some_and(|w| AFTER.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str, names: &[&str]) -> Vec<EntityKind> {
        let mut found: Vec<(Range<usize>, EntityKind)> = names
            .iter()
            .map(|n| {
                let at = sentence.find(n).expect("name in sentence");
                (at..at + n.len(), EntityKind::Place)
            })
            .collect();
        relabel(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
        );
        found.into_iter().map(|(_, k)| k).collect()
    }

    #[test]
    fn places_in_a_match_are_teams_but_countries_stay_places() {
        use EntityKind::*;
        assert_eq!(
            kinds(
                "Eastbay beat Portmere by an innings.",
                &["Eastbay", "Portmere"]
            ),
            [Organization, Organization]
        );
        assert_eq!(
            kinds("Eastbay captain Ana Ruiz made 80.", &["Eastbay"]),
            [Organization]
        );
        assert_eq!(
            kinds("Brazil beat Argentina 1-0.", &["Brazil", "Argentina"]),
            [Place, Place]
        );
        assert_eq!(
            kinds(
                "Ruiz flew from Eastbay to Portmere.",
                &["Eastbay", "Portmere"]
            ),
            [Place, Place]
        );
        assert_eq!(
            kinds("Eastbay 4 Portmere 1", &["Eastbay", "Portmere"]),
            [Organization, Organization]
        );
        assert_eq!(
            kinds("EASTBAY AT PORTMERE", &["EASTBAY", "PORTMERE"]),
            [Organization, Organization]
        );
        assert_eq!(
            kinds(
                "Eastbay 2030 will cost more than Portmere 2026.",
                &["Eastbay", "Portmere"]
            ),
            [Place, Place]
        );
        assert_eq!(
            kinds("Rents in Eastbay rose 4 percent.", &["Eastbay"]),
            [Place]
        );
    }
}
