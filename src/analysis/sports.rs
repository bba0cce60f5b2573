//! Sports copy names teams after their towns: "Cleveland's lead over the White Sox",
//! "Kent had reached 108 for three". In a story that reads as sport, a town in a
//! team's place in the sentence is the team.

use super::ner::EntityKind;
use std::ops::Range;

/// Words that only sports copy uses often, sorted for binary search. Common words
/// that politics shares ("win", "race", "title", "coach") are left out.
const SPORT_WORDS: &[&str] = &[
    "batsman",
    "batting",
    "bowled",
    "bowler",
    "bowling",
    "defender",
    "doubleheader",
    "goal",
    "goalkeeper",
    "goals",
    "halftime",
    "homer",
    "homered",
    "homers",
    "inning",
    "innings",
    "league",
    "midfielder",
    "penalty",
    "pitcher",
    "playoff",
    "playoffs",
    "quarterback",
    "quarterfinal",
    "referee",
    "relegation",
    "scored",
    "semifinal",
    "striker",
    "stumps",
    "touchdown",
    "unbeaten",
    "wicket",
    "wickets",
    "winger",
];

/// How many of a sentence's words are words of sport.
pub fn sport_words(sentence: &str) -> u16 {
    let count = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| (4..=12).contains(&w.len()))
        .filter(|w| {
            // Compared in lower case without allocating: this runs on every word.
            let lower = w.bytes().map(|b| b.to_ascii_lowercase());
            SPORT_WORDS
                .binary_search_by(|p| p.bytes().cmp(lower.clone()))
                .is_ok()
        })
        .count();
    u16::try_from(count).unwrap_or(u16::MAX)
}

/// Whether an article with this many sport words in all reads as a sports story.
pub fn is_sports_story(sport_words: usize) -> bool {
    sport_words >= 3
}

/// Words before a team: "homered for Cleveland", "victory over Gloucester".
const BEFORE_TEAM: &[&str] = &[
    "for", "over", "beat", "beating", "against", "v", "vs", "versus",
];

/// Verbs a team does in a sports story: "Kent had reached", "Milwaukee has won".
const TEAM_VERBS: &[&str] = &[
    "beat", "clinched", "drew", "edged", "face", "faces", "had", "has", "have", "kept", "led",
    "lost", "made", "moved", "need", "needs", "rallied", "reached", "remained", "routed", "scored",
    "stepped", "took", "trailed", "were", "will", "won",
];

/// What the town at `range` is in a sports story's `text[sentence]`, where its place in
/// the sentence says: the team after "for", "over" or "against", before a possessive
/// ("Cleveland's lead") or before a verb of the match ("Kent had reached"); the town
/// after "in" or "at" ("In Chicago, the Cubs won").
pub fn town_or_team(
    text: &str,
    sentence: &Range<usize>,
    range: &Range<usize>,
) -> Option<EntityKind> {
    let before = text.get(sentence.start..range.start)?;
    let after = text.get(range.end..sentence.end)?;
    let previous = before.split_whitespace().next_back().unwrap_or("");
    if matches!(previous, "in" | "In" | "at" | "At") {
        return Some(EntityKind::Place);
    }
    let possessive = ["'s ", "’s ", " 's ", " ’s "]
        .iter()
        .any(|p| after.starts_with(p));
    let next = after.split_whitespace().next().unwrap_or("");
    (BEFORE_TEAM.contains(&previous) || possessive || TEAM_VERBS.contains(&next))
        .then_some(EntityKind::Organization)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_sorted_for_binary_search() {
        assert!(SPORT_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sport_words_are_counted_in_any_case() {
        assert_eq!(sport_words("The striker scored twice before halftime."), 3);
        assert_eq!(sport_words("The council won the vote on Monday."), 0);
        assert!(is_sports_story(3) && !is_sports_story(2));
    }

    #[test]
    fn a_team_stands_after_for_or_before_its_verb() {
        let read = |sentence: &str, name: &str| {
            let at = sentence.find(name).unwrap();
            town_or_team(sentence, &(0..sentence.len()), &(at..at + name.len()))
        };
        let team = Some(EntityKind::Organization);
        assert_eq!(
            read("Ruiz homered for Portmere in the sixth.", "Portmere"),
            team
        );
        assert_eq!(read("Portmere's lead over Eastbay grew.", "Portmere"), team);
        assert_eq!(read("Portmere 's lead over Eastbay grew.", "Eastbay"), team);
        assert_eq!(
            read("By stumps Eastbay had reached 108 for three.", "Eastbay"),
            team
        );
        let town = Some(EntityKind::Place);
        assert_eq!(
            read("The game was played in Portmere on Sunday.", "Portmere"),
            town
        );
        assert_eq!(read("In Portmere, the Gulls won.", "Portmere"), town);
        assert_eq!(read("Eastbay is a port town.", "Eastbay"), None);
    }
}
