//! Opinions in the passive with no one holding them: "is widely regarded as the
//! best", "has been described as reckless", "is considered a moderate". Wikipedia's
//! guide to weasel words asks the same question of each: by whom?

use super::tokens::{TokenKind, tokenize};
use std::collections::HashSet;
use std::ops::Range;

/// Auxiliaries of a stated passive ("to be considered" is a hypothetical, left alone).
const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "been"];
/// Adverbs that may stand between the auxiliary and the participle.
const ADVERBS: &[&str] = &[
    "widely",
    "often",
    "generally",
    "commonly",
    "frequently",
    "sometimes",
    "still",
    "also",
    "long",
    "largely",
    "increasingly",
    "broadly",
    "popularly",
    "usually",
    "variously",
    "now",
    "once",
];
/// Participles of holding an opinion, and what must follow each for the opinion to
/// be about something: "regarded as", "considered (to be) a", "deemed".
const OPINIONS: &[(&str, Follows)] = &[
    ("considered", Follows::Complement),
    ("deemed", Follows::Complement),
    ("regarded", Follows::As),
    ("described", Follows::As),
    ("seen", Follows::As),
    ("viewed", Follows::As),
    ("perceived", Follows::As),
    ("touted", Follows::As),
    ("hailed", Follows::As),
    ("praised", Follows::As),
    ("criticized", Follows::AsOrFor),
    ("criticised", Follows::AsOrFor),
    ("acclaimed", Follows::Complement),
    ("known", Follows::ToBeOrHave),
];

#[derive(Clone, Copy)]
enum Follows {
    /// "as …"
    As,
    /// "as …" or "for …"
    AsOrFor,
    /// A noun phrase or adjective: anything but an agent, a place or an -ing word.
    Complement,
    /// "to be …" or "to have …": "is known to have visited".
    ToBeOrHave,
}

/// Byte ranges (in `text`) of opinion passives in `text[sentence]`, outside `quotes`,
/// whose agent is missing or names no one (`vague` heads: "by some", "by critics").
pub fn find(
    text: &str,
    sentence: Range<usize>,
    quotes: &[Range<usize>],
    vague: &HashSet<String>,
) -> Vec<Range<usize>> {
    let body = &text[sentence.clone()];
    // Most sentences hold none of the participles: skip tokenising them.
    if !OPINIONS.iter().any(|(p, _)| body.contains(p)) {
        return Vec::new();
    }
    let tokens = tokenize(body);
    let lower: Vec<String> = tokens.iter().map(|t| t.text(body).to_lowercase()).collect();
    let mut out = Vec::new();
    for (i, w) in lower.iter().enumerate() {
        let Some(&(_, follows)) = OPINIONS.iter().find(|(p, _)| p == w) else {
            continue;
        };
        let mut aux = i;
        while aux > 0 && ADVERBS.contains(&lower[aux - 1].as_str()) {
            aux -= 1;
        }
        if aux == 0 || !AUXILIARIES.contains(&lower[aux - 1].as_str()) {
            continue;
        }
        let start = aux - 1;
        // "has been" / "have been" / "had been" take the auxiliary before "been" too.
        let start = if lower[start] == "been"
            && start > 0
            && matches!(lower[start - 1].as_str(), "has" | "have" | "had")
        {
            start - 1
        } else {
            start
        };
        // "seen by some as": a vague agent before the complement is stepped over.
        let vague_agent = lower.get(i + 1).is_some_and(|w| w == "by")
            && lower.get(i + 2).is_some_and(|a| vague.contains(a));
        let after = if vague_agent { i + 3 } else { i + 1 };
        let next = lower.get(after).map(String::as_str);
        let fits = match follows {
            Follows::As => next == Some("as"),
            Follows::AsOrFor => matches!(next, Some("as" | "for")),
            Follows::Complement => next.is_some_and(|n| {
                !matches!(
                    n,
                    "by" | "in" | "at" | "on" | "for" | "with" | "from" | "." | "," | ";" | "and"
                ) && !n.ends_with("ing")
            }),
            Follows::ToBeOrHave => {
                next == Some("to")
                    && matches!(
                        lower.get(after + 1).map(String::as_str),
                        Some("be" | "have")
                    )
            }
        };
        // An agent anywhere after it names who holds the opinion, unless it names no
        // one: "has been seen by some as".
        let agent = lower[i + 1..]
            .iter()
            .enumerate()
            .any(|(k, w)| w == "by" && lower.get(i + 2 + k).is_none_or(|a| !vague.contains(a)));
        if !fits || agent || tokens[i].kind != TokenKind::Word {
            continue;
        }
        let r = tokens[start].range.start + sentence.start..tokens[i].range.end + sentence.start;
        if !quotes.iter().any(|q| q.start < r.end && r.start < q.end) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(sentence: &str) -> Vec<&str> {
        let vague = ["some", "critics"].map(String::from).into();
        find(sentence, 0..sentence.len(), &[], &vague)
            .into_iter()
            .map(|r| &sentence[r])
            .collect()
    }

    #[test]
    fn opinions_with_no_holder() {
        assert_eq!(
            found("The ferry is widely regarded as the safest in the region."),
            ["is widely regarded"]
        );
        assert_eq!(
            found("Ruiz has been described as a pragmatist."),
            ["has been described"]
        );
        assert_eq!(
            found("She is considered a moderate on trade."),
            ["is considered"]
        );
        assert_eq!(
            found("The plan was criticised for its cost."),
            ["was criticised"]
        );
        assert_eq!(
            found("The strike has been seen by some as a turning point."),
            ["has been seen"]
        );
        assert_eq!(
            found("The firm is known to have paid no tax."),
            ["is known"]
        );
    }

    #[test]
    fn holders_named_or_no_opinion() {
        assert!(found("The ferry is regarded by engineers as the safest.").is_empty());
        assert!(found("The route was described in the report.").is_empty());
        assert!(found("Ruiz was seen leaving the hall.").is_empty());
        assert!(found("The motion was considered on Monday.").is_empty());
        assert!(found("Engineers regard the ferry as the safest.").is_empty());
        assert!(found("Whoever wins has the chance to be considered a hero.").is_empty());
        assert!(found("The port is known as Eastbay.").is_empty());
        assert!(found("Ruiz is known to police.").is_empty());
    }
}
