//! A name's kind from the words around it, where the tagger reads the name alone.
//!
//! - Teams named after places. Sports copy calls a club by its town or county:
//!   "Leicestershire beat Somerset by an innings", "Surrey captain Chris Lewis". In a
//!   match context such a name is the team, an organisation. A country stays a place,
//!   as news style (and CoNLL) treats national sides: "Brazil beat Argentina".
//! - The sides of a results row: "Puchon 2 Chonbuk 1", names the tagger reads alone
//!   as nothing at all.
//! - Companies by what they own or what they are: "shares of Magna", "Magna’s
//!   board", "Cofinec CEO", "cables giant Pirelli". A name read as a person or an
//!   "other" there is the company, and a capitalised name the tagger left out is
//!   added; so is a club after "side" or "club" ("the French side Nice").
//!
//! A kind read here outweighs the tagger's readings of the same name elsewhere in
//! the article ([`super::ner::Mention::from_context`]). Countries and the home
//! nations stay places, as news style treats national sides.

use super::entities::COMPANY_SUFFIXES;
use super::figures::MONTHS;
use super::ner::gazetteer::Gazetteer;
use super::ner::{EntityKind, common_words};
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
    "playmaker",
    "winger",
    "keeper",
    "fans",
    "supporters",
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
    "v",
    "v.",
    "vs",
    "vs.",
    // "the French first division side Nice", "Serie A club Atalanta".
    "side",
    "club",
];

/// What only a company has, after its name and "’s": "Magna’s board".
const OWNED_BY_COMPANIES: &[&str] = &[
    "shares",
    "stock",
    "shareholders",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "board",
    "subsidiary",
    "subsidiaries",
    "chief executive",
    "chairman",
    "headquarters",
];
/// Words after a company's name, besides its legal suffix: "Magna shares rose",
/// "Cofinec CEO Stephen Frater".
const AFTER_COMPANIES: &[&str] = &[
    "news agency",
    "shares",
    "stock",
    "shareholders",
    "CEO",
    "chief executive",
    "general manager",
    "managing director",
];
/// Words before a company's name: "shares of Magna", "a stake in Petofi".
const BEFORE_COMPANIES: &[&str] = &[
    "shares of",
    "shares in",
    "stake in",
    "subsidiary of",
    "unit of",
    "takeover of",
    "merger with",
    // What a business is, before its name: "cables giant Pirelli", "carmaker Fiat".
    "giant",
    "firm",
    "company",
    "airline",
    "insurer",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "planemaker",
    "lender",
    "brewer",
    "retailer",
    "conglomerate",
    "news agency",
    "operator",
    "broadcaster",
    "newspaper",
];

/// Last words of British clubs' names after their town: "Norwich City", "Inverness
/// Thistle".
pub(super) const CLUB_SUFFIXES: &[&str] = &[
    "City",
    "Town",
    "United",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Thistle",
    "Rangers",
    "Hotspur",
];

/// Widens a place the tagger read at the start of a club's name to the club: "Norwich
/// City", "San Francisco Giants", "Chicago White Sox". The place is followed by a
/// club's suffix, or by one or two capitalised words ending in a plural (not a people,
/// as in "Portmere Kurds"). A city of that name stays a place ("Mexico City").
pub fn club_names(
    text: &str,
    sentence: Range<usize>,
    found: &mut Vec<(Range<usize>, EntityKind)>,
    gazetteer: &Gazetteer,
) {
    let mut widened = Vec::new();
    for (i, (r, kind)) in found.iter().enumerate() {
        if *kind != EntityKind::Place {
            continue;
        }
        let Some(rest) = text.get(r.end..sentence.end) else {
            continue;
        };
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let words: Vec<&str> = rest
            .split(' ')
            .take(2)
            .map(|w| w.trim_end_matches([',', '.', ';', ':', '’', '\'']))
            .collect();
        let name = |w: &&str| {
            w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic) && w.len() >= 3
        };
        let plural = |w: &str| {
            (w.ends_with('s') || w == "Sox")
                && !w.ends_with("ss")
                && !common_words().contains(w.to_lowercase().as_str())
                && !gazetteer.is_demonym(&w.to_lowercase())
        };
        let take = match words.as_slice() {
            [w, ..] if CLUB_SUFFIXES.contains(w) => 1,
            [a, b] if name(a) && name(b) && plural(b) && !plural(a) => 2,
            [w, ..] if name(w) && plural(w) => 1,
            _ => 0,
        };
        if take == 0 {
            continue;
        }
        let end = r.end + 1 + words[..take].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let whole = text[r.start..end].to_lowercase();
        if gazetteer.get(&whole).is_some() {
            continue;
        }
        widened.push((i, r.start..end));
    }
    for (i, r) in &widened {
        found[*i] = (r.clone(), EntityKind::Organization);
    }
    // What the tagger read inside the club's name on its own ("Giants") goes.
    found.retain(|(f, _)| {
        !widened
            .iter()
            .any(|(_, r)| r.start < f.start && f.end <= r.end)
    });
}

/// The team of a standings row, a name and its figures alone ("Stranraer 3 1 1 1 3 3",
/// "Eastbay 10 7 2 1 22"): added when the tagger left it out, relabelled when it read
/// a town. A person keeps his row ("Ana Ruiz 69 70 71 280" in a golf table), and a
/// country stays a place. Returns the team's range.
pub fn standings_team(
    text: &str,
    sentence: Range<usize>,
    found: &mut Vec<(Range<usize>, EntityKind)>,
    gazetteer: &Gazetteer,
) -> Option<Range<usize>> {
    let body = text.get(sentence.clone())?;
    // A row opens with a name and holds figures.
    if !body.starts_with(char::is_uppercase) || !body.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<(usize, &str)> = body
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .collect();
    let name = words
        .iter()
        .take(3)
        .take_while(|(_, w)| {
            w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        .count();
    let figures = &words[name..];
    // Figures include a percentage ".556", half a game "1/2" and a dash for none.
    let figure = |w: &str| w.bytes().all(|b| b.is_ascii_digit() || b"-./".contains(&b));
    let numbers = figures
        .iter()
        .filter(|(_, w)| w.bytes().any(|b| b.is_ascii_digit()))
        .count();
    if name == 0 || numbers < 3 || !figures.iter().all(|(_, w)| figure(w)) {
        return None;
    }
    let last = words[name - 1];
    let r = sentence.start + words[0].0..sentence.start + last.0 + last.1.len();
    let lower = text[r.clone()].to_lowercase();
    if national_side(gazetteer, &lower) || name == 1 && common_words().contains(lower.as_str()) {
        return None;
    }
    let overlapping: Vec<usize> = (0..found.len())
        .filter(|&i| found[i].0.start < r.end && r.start < found[i].0.end)
        .collect();
    // A golfer's row holds round scores in the sixties and seventies; a lone word read
    // as a person in any other row is a club ("Barnsley 3 3 0 0 8 2").
    let rounds = figures
        .iter()
        .filter(|(_, w)| w.parse::<u32>().is_ok_and(|n| (60..=80).contains(&n)))
        .count();
    let club =
        |f: &(Range<usize>, EntityKind)| f.1 != EntityKind::Person || name == 1 && rounds < 2;
    match overlapping.as_slice() {
        [] => found.push((r.clone(), EntityKind::Organization)),
        // The tagger's name, or the name with a figure it ran on into ("BOSTON 69").
        [i] if found[*i].0.start == r.start && found[*i].0.end >= r.end && club(&found[*i]) => {
            found[*i] = (r.clone(), EntityKind::Organization);
        }
        _ => return None,
    }
    Some(r)
}

/// Adds to `found` the sides of a results row that the tagger left out: in a line
/// that is mostly scores ("Puchon 2 Chonbuk 1", "Glamorgan 259 and 207"), each
/// capitalised name followed by a score is a team, or a country's national side.
pub fn results_row_teams(
    text: &str,
    sentence: Range<usize>,
    found: &mut Vec<(Range<usize>, EntityKind)>,
    gazetteer: &Gazetteer,
) {
    let Some(body) = text.get(sentence.clone()) else {
        return;
    };
    // Most sentences are prose: more lower-case words than numbers.
    let (mut numbers, mut lower) = (0, 0);
    for w in body.split_whitespace() {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            numbers += 1;
        } else if w.starts_with(char::is_lowercase) {
            lower += 1;
        }
    }
    if numbers < 2 || lower > numbers {
        return;
    }
    let words: Vec<(usize, &str)> = body
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .collect();
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let mut sides = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let run = words[k..]
            .iter()
            .take(3)
            .take_while(|(_, w)| capitalised(w))
            .count();
        let scored = run > 0 && words.get(k + run).is_some_and(|(_, w)| is_score(w));
        if scored {
            let (first, last) = (words[k], words[k + run - 1]);
            let name = &body[first.0..last.0 + last.1.len()];
            let common = run == 1 && common_words().contains(name.to_lowercase().as_str());
            if !common && !MONTHS.contains(&name) {
                sides.push(sentence.start + first.0..sentence.start + last.0 + last.1.len());
            }
        }
        k += run.max(1);
    }
    if sides.len() < 2 {
        return;
    }
    for r in sides {
        if found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end)
        {
            continue;
        }
        let country = text
            .get(r.clone())
            .is_some_and(|n| national_side(gazetteer, &n.to_lowercase()));
        let kind = if country {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        found.push((r, kind));
    }
}

/// Relabels as organisations the places in `found` that stand in a match context in
/// `text[sentence]`, unless they are countries, and the people and "others" that own
/// what only a company owns. Returns, for each of `found`, whether its context
/// decided its kind: relabelled, or an organisation already where one stands.
/// `companies` says whether the sentence holds a company word ([`has_company_word`]).
pub fn relabel(
    text: &str,
    sentence: Range<usize>,
    found: &mut [(Range<usize>, EntityKind)],
    gazetteer: &Gazetteer,
    companies: bool,
) -> Vec<bool> {
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
    let mut decided = vec![false; found.len()];
    for (i, (range, kind)) in found.iter_mut().enumerate() {
        // A one-word "person" with a score in a results row is a club: "Dumbarton 1
        // Brechin 1". A player's full name keeps its kind.
        let lone_person = *kind == EntityKind::Person
            && text
                .get(range.clone())
                .is_some_and(|n| !n.contains([' ', '.']));
        let team = (matches!(*kind, EntityKind::Place | EntityKind::Organization)
            && (in_match(text, &sentence, range) || results_row && scored(range) || fixtures[i])
            || lone_person && results_row && scored(range))
            && text
                .get(range.clone())
                .is_some_and(|name| !national_side(gazetteer, &name.to_lowercase()));
        let company = companies
            && matches!(
                *kind,
                EntityKind::Person | EntityKind::Other | EntityKind::Organization
            )
            && owned_by_company(text, &sentence, range);
        if team || company {
            *kind = EntityKind::Organization;
            decided[i] = true;
        }
    }
    decided
}

/// Adds to `found` the capitalised names the tagger left out that stand where only a
/// company or a club can: "Cofinec CEO Stephen Frater", "carmaker Fiat", "the
/// French side Nice". Known places are left alone ("Tokyo shares fell"). Most
/// sentences hold no company word (`companies` false, see [`has_company_word`]) and
/// are passed over.
pub fn untagged_companies(
    text: &str,
    sentence: Range<usize>,
    found: &mut Vec<(Range<usize>, EntityKind)>,
    gazetteer: &Gazetteer,
    companies: bool,
) {
    let Some(body) = text.get(sentence.clone()) else {
        return;
    };
    if !companies {
        return;
    }
    let words: Vec<(usize, &str)> = super::ner::words(body)
        .into_iter()
        .map(|r| (r.start, &body[r]))
        .collect();
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !MONTHS.contains(&w)
            && !AFTER_COMPANIES.contains(&w)
            && !w.ends_with("-based")
            && !matches!(w, "The" | "A" | "An")
    };
    // Words of one name follow each other with a single space between.
    let joined = |a: (usize, &str), b: (usize, &str)| body.get(a.0 + a.1.len()..b.0) == Some(" ");
    let mut k = 0;
    while k < words.len() {
        let mut run = 0;
        while run < 3
            && words.get(k + run).is_some_and(|&(_, w)| name_word(w))
            && (run == 0 || joined(words[k + run - 1], words[k + run]))
        {
            run += 1;
        }
        if run == 0 {
            k += 1;
            continue;
        }
        let (first, last) = (words[k], words[k + run - 1]);
        let r = sentence.start + first.0..sentence.start + last.0 + last.1.len();
        k += run;
        let lower = text[r.clone()].to_lowercase();
        let covered = found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end);
        if covered {
            continue;
        }
        // A club may bear a town's or a common word's name ("the French side Nice"); a
        // company found only by what it owns may not ("Tokyo shares", "Shares fell").
        let club = text
            .get(sentence.start..r.start)
            .and_then(|b| b.split_whitespace().next_back())
            .is_some_and(|w| matches!(w, "side" | "club"));
        let common = run == 1 && common_words().contains(lower.as_str());
        let place = gazetteer.get(&lower).is_some();
        if club && !national_side(gazetteer, &lower)
            || !common && !place && owned_by_company(text, &sentence, &r)
        {
            found.push((r, EntityKind::Organization));
        }
    }
}

/// Every word that makes a company or a club of a name beside it, matched without
/// regard to case.
fn company_words() -> &'static aho_corasick::AhoCorasick {
    static WORDS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let words = AFTER_COMPANIES
            .iter()
            .chain(BEFORE_COMPANIES)
            .chain(OWNED_BY_COMPANIES)
            .chain(COMPANY_SUFFIXES)
            .chain(&["side", "club", "-based"]);
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(words)
            .expect("company words build an automaton")
    })
}

/// True when `text` holds one of [`company_words`] as a whole word ("Co", not the
/// "co" of "could").
pub fn has_company_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    company_words().find_overlapping_iter(text).any(|m| {
        let before = m.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(m.end()).copied();
        let opens = bytes[m.start()] == b'-' || !before.is_some_and(|b| b.is_ascii_alphanumeric());
        opens && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// True when a lower-case name is a country, or one of the home nations that play
/// as countries ("England captain", "v Scotland").
pub(super) fn national_side(gazetteer: &Gazetteer, name: &str) -> bool {
    const HOME_NATIONS: &[&str] = &["england", "scotland", "wales", "northern ireland"];
    HOME_NATIONS.contains(&name) || gazetteer.get(name).is_some_and(|p| p.kind == "country")
}

/// True when `range` names what owns shares, a board or profits.
fn owned_by_company(text: &str, sentence: &Range<usize>, range: &Range<usize>) -> bool {
    let (Some(before), Some(after)) = (
        text.get(sentence.start..range.start),
        text.get(range.end..sentence.end),
    ) else {
        return false;
    };
    let starts = |list: &[&str], rest: &str| {
        list.iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
        })
    };
    let after = after.trim_start();
    // "European shares fell" is a market, not a company.
    let market = |name: &str| {
        !name.contains(' ')
            && ["an", "ese", "ish", "ch"]
                .iter()
                .any(|end| name.ends_with(end))
    };
    let named = text.get(range.clone()).unwrap_or_default();
    let possessed = after
        .strip_prefix("’s")
        .or_else(|| after.strip_prefix("'s"))
        .map(str::trim_start);
    let before = before.trim_end();
    possessed.is_some_and(|rest| starts(OWNED_BY_COMPANIES, rest))
        || starts(AFTER_COMPANIES, after) && !market(named)
        || starts(COMPANY_SUFFIXES, after)
        || ends_with_word(before, BEFORE_COMPANIES)
        // "Ohio-based KeyCorp", "Bergamo-based Atalanta".
        || before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.len() > 6 && w.ends_with("-based"))
}

/// True when `before` ends with one of `words`, as whole words.
fn ends_with_word(before: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        before.len() >= w.len()
            && before.is_char_boundary(before.len() - w.len())
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
    })
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
        kinds_from(sentence, names, EntityKind::Place)
    }

    fn kinds_from(sentence: &str, names: &[&str], tagged: EntityKind) -> Vec<EntityKind> {
        let mut found: Vec<(Range<usize>, EntityKind)> = names
            .iter()
            .map(|n| {
                let at = sentence.find(n).expect("name in sentence");
                (at..at + n.len(), tagged)
            })
            .collect();
        relabel(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
            has_company_word(sentence),
        );
        found.into_iter().map(|(_, k)| k).collect()
    }

    fn added(sentence: &str) -> Vec<(&str, EntityKind)> {
        let mut found = Vec::new();
        results_row_teams(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
        );
        found.into_iter().map(|(r, k)| (&sentence[r], k)).collect()
    }

    #[test]
    fn a_results_row_names_its_sides() {
        use EntityKind::*;
        assert_eq!(
            added("Eastbay Rovers 2 Portmere 1 (halftime 1-1)"),
            [("Eastbay Rovers", Organization), ("Portmere", Organization)]
        );
        assert_eq!(
            added("Brazil 1 Argentina 0"),
            [("Brazil", Place), ("Argentina", Place)]
        );
        assert!(added("Chapter 11 and Article 5 of the bill were cited by the court.").is_empty());
        assert!(added("Practice on May 14 and May 15").is_empty());
    }

    #[test]
    fn what_owns_shares_or_a_board_is_a_company() {
        use EntityKind::*;
        for sentence in [
            "Shares of Kestrel rose 4 percent.",
            "Kestrel shares rose 4 percent.",
            "Kestrel’s board met on Monday.",
            "Kestrel's chief executive resigned.",
            "Ruiz bought a stake in Kestrel.",
        ] {
            assert_eq!(
                kinds_from(sentence, &["Kestrel"], Person),
                [Organization],
                "in {sentence:?}"
            );
        }
        for sentence in [
            "Kestrel’s boat sank.",
            "Kestrel sharply criticised the plan.",
            "Kestrel's chief concern is cost.",
        ] {
            assert_eq!(
                kinds_from(sentence, &["Kestrel"], Person),
                [Person],
                "in {sentence:?}"
            );
        }
    }

    fn untagged(sentence: &str) -> Vec<&str> {
        let mut found = Vec::new();
        untagged_companies(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
            has_company_word(sentence),
        );
        found
            .into_iter()
            .filter(|(_, k)| *k == EntityKind::Organization)
            .map(|(r, _)| &sentence[r])
            .collect()
    }

    #[test]
    fn names_the_tagger_missed_where_only_a_company_or_club_stands() {
        assert_eq!(
            untagged("Kestrel CEO Ana Ruiz said sales fell."),
            ["Kestrel"]
        );
        assert_eq!(
            untagged("Shares in Kestrel Bancorp fell."),
            ["Kestrel Bancorp"]
        );
        assert_eq!(untagged("The carmaker Velora cut jobs."), ["Velora"]);
        assert_eq!(untagged("He joined the cables giant Pirelli."), ["Pirelli"]);
        assert_eq!(untagged("He will coach the French side Nice."), ["Nice"]);
        assert_eq!(untagged("Serie A club Atalanta signed him."), ["Atalanta"]);
        assert_eq!(
            untagged("He sold Ohio-based Kestrel Bancorp."),
            ["Kestrel Bancorp"]
        );
        assert_eq!(untagged("The Velora news agency said so."), ["Velora"]);
        // Markets, places and people are not companies.
        assert!(untagged("Tokyo shares fell 2 percent.").is_empty());
        assert!(untagged("European shares fell 2 percent.").is_empty());
        assert!(untagged("The lawmaker Ruiz voted no.").is_empty());
        assert!(untagged("Russian peacemaker Alexander Lebed arrived.").is_empty());
        assert!(untagged("The aircraft carrier Nimitz sailed.").is_empty());
    }

    #[test]
    fn a_town_at_the_start_of_a_club_s_name_widens_to_the_club() {
        fn clubs(sentence: &str, place: &str) -> Vec<(String, EntityKind)> {
            let at = sentence.find(place).expect("place in sentence");
            let mut found = vec![(at..at + place.len(), EntityKind::Place)];
            if let Some(g) = sentence.find("Giants") {
                found.push((g..g + 6, EntityKind::Organization));
            }
            club_names(
                sentence,
                0..sentence.len(),
                &mut found,
                Gazetteer::builtin(),
            );
            found
                .into_iter()
                .map(|(r, k)| (sentence[r].to_owned(), k))
                .collect()
        }
        use EntityKind::*;
        let one = |name: &str, kind| vec![(name.to_owned(), kind)];
        assert_eq!(
            clubs("He joined Norwich City on Monday.", "Norwich"),
            one("Norwich City", Organization)
        );
        assert_eq!(
            clubs("The Portmere Giants beat the Mets.", "Portmere"),
            one("Portmere Giants", Organization)
        );
        assert_eq!(
            clubs("The Chicago White Sox won.", "Chicago"),
            one("Chicago White Sox", Organization)
        );
        // A city's own name, a people, and ordinary words stay as they were.
        assert_eq!(
            clubs("They flew to Mexico City.", "Mexico"),
            one("Mexico", Place)
        );
        assert_eq!(
            clubs("The Portmere Kurds voted.", "Portmere"),
            one("Portmere", Place)
        );
        assert_eq!(
            clubs("In Portmere Officials said so.", "Portmere"),
            one("Portmere", Place)
        );
    }

    #[test]
    fn a_standings_row_names_its_team_but_not_a_golfer_or_a_country() {
        fn row(
            sentence: &str,
            mut found: Vec<(Range<usize>, EntityKind)>,
        ) -> (Option<&str>, Option<EntityKind>) {
            let team = standings_team(
                sentence,
                0..sentence.len(),
                &mut found,
                Gazetteer::builtin(),
            );
            (team.map(|r| &sentence[r]), found.last().map(|f| f.1))
        }
        use EntityKind::*;
        assert_eq!(
            row("Eastbay Rovers 10 7 2 1 22 9 23", Vec::new()),
            (Some("Eastbay Rovers"), Some(Organization))
        );
        assert_eq!(
            row("Portmere 4 0 2 2 1 3", vec![(0..8, Place)]),
            (Some("Portmere"), Some(Organization))
        );
        assert_eq!(
            row("Ana Ruiz 69 70 71 280", vec![(0..8, Person)]),
            (None, Some(Person))
        );
        assert_eq!(
            row("Ruiz 69 70 71 280", vec![(0..4, Person)]),
            (None, Some(Person))
        );
        // A one-word "person" in a league table is a club.
        assert_eq!(
            row("Stourby 3 3 0 0 8 2", vec![(0..7, Person)]),
            (Some("Stourby"), Some(Organization))
        );
        // A baseball row: a percentage, a dash for no games behind, half a game.
        assert_eq!(
            row("PORTMERE 74 59 .556 -", Vec::new()),
            (Some("PORTMERE"), Some(Organization))
        );
        let mut found = vec![(0..10, Place)];
        let sentence = "EASTBAY 69 65 .515 5 1/2";
        standings_team(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
        );
        assert_eq!(
            found,
            [(0..7, Organization)],
            "the tagger ran on into a figure"
        );
        assert_eq!(row("Brazil 3 2 1 0 7 2", Vec::new()), (None, None));
        assert_eq!(row("Portmere won 4 0 2", Vec::new()), (None, None));
        assert_eq!(row("Portmere 4 0", Vec::new()), (None, None));
    }

    #[test]
    fn a_context_decides_a_kind_the_tagger_already_gave() {
        let sentence = "Eastbay captain Ana Ruiz said Ruiz stayed in Eastbay.";
        let mut found = vec![
            (0..7, EntityKind::Organization),
            (16..24, EntityKind::Person),
            (45..52, EntityKind::Place),
        ];
        let decided = relabel(
            sentence,
            0..sentence.len(),
            &mut found,
            Gazetteer::builtin(),
            has_company_word(sentence),
        );
        assert_eq!(decided, [true, false, false]);
    }

    #[test]
    fn a_lone_word_read_as_a_person_in_a_results_row_is_a_club() {
        use EntityKind::*;
        let relabelled = |sentence: &str, names: &[&str]| kinds_from(sentence, names, Person);
        assert_eq!(
            relabelled("Stourby 1 Harwick 2", &["Stourby", "Harwick"]),
            [Organization, Organization]
        );
        // Players with their runs, and a lone score, stay people.
        assert_eq!(
            relabelled(
                "A. Ruiz 123 , T.O'Dell 109 not out",
                &["A. Ruiz", "T.O'Dell"]
            ),
            [Person, Person]
        );
        assert_eq!(relabelled("Stourby 1 run short", &["Stourby"]), [Person]);
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
            kinds("Former Eastbay playmaker Ana Ruiz scored.", &["Eastbay"]),
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
        // A home nation plays as a country; a capital in politics is no side.
        assert_eq!(
            kinds("England captain Ana Ruiz made 80.", &["England"]),
            [Place]
        );
        assert_eq!(
            kinds("The Kurds rose against Baghdad.", &["Baghdad"]),
            [Place]
        );
        assert_eq!(
            kinds("Bayern beat the Bundesliga side Eastbay.", &["Eastbay"]),
            [Organization]
        );
    }
}
