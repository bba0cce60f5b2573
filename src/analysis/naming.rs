//! `inconsistent-name`: the same entity spelled two ways ("Xi Jinping" and
//! "Xi Jin-ping"), or a person's surname used before the article gives the full
//! name. Both are copy-desk checks that need the whole entity index, so they run in
//! the document pass.

use super::entities::{Entity, ORG_HEADS};
use super::finding::{Edit, Finding, Fix, Related, Rule};
use super::names::TITLE_WORDS;
use super::ner::EntityKind;
use crate::article::Article;
use crate::text::Span;
use std::collections::HashMap;

/// A name reduced to its letters and digits, lower-cased: spellings that differ
/// only in hyphens, spaces, dots, apostrophes or case share it.
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "the Harbour Trust" → "Harbour Trust".
fn surface(text: &str) -> &str {
    ["the ", "The "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text)
}

/// A name as a reader sees it: spaces collapsed, and the punctuation around it
/// ("Black Girls Rock!", "Michael A.", "Handelsblad:") left out.
fn display(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// Findings for the article's entities, in no particular order.
pub fn findings(article: &Article, text: &str, entities: &[Entity]) -> Vec<Finding> {
    // Mentions inside quotations, headings or the deck are left alone: quotes cannot
    // be edited, and headings and decks follow headline style.
    let quoted = |span: Span| article.quotes.iter().any(|q| q.span.covers(span));
    // A first paragraph that reads as a headline (one short sentence, as in plain
    // text whose title ends with a full stop) is treated like one.
    let headline = article
        .paragraphs
        .first()
        .filter(|p| {
            let words: Vec<&str> = p.prose.text.split_whitespace().collect();
            let capitalised = words
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            article.headings.iter().all(|h| h.span.start > p.span.start)
                && !text[p.span.range()].trim_end().contains('\n')
                && (p.sentences.len() == 1 && words.len() <= 20
                    || words.len() <= 30 && capitalised * 5 >= words.len() * 3)
        })
        .map(|p| p.span);
    let in_deck = |span: Span| {
        article
            .deck
            .is_some_and(|d| article.paragraphs[d].span.covers(span))
            || headline.is_some_and(|h| h.covers(span))
    };
    let in_heading = |span: Span| article.headings.iter().any(|h| h.span.covers(span));
    let left_alone =
        |span: Span| quoted(span) || in_deck(span) || in_heading(span) || handle(text, span);
    let mut usable: Vec<(usize, Span, &str)> = entities
        .iter()
        .enumerate()
        .flat_map(|(id, e)| e.mentions.iter().map(move |m| (id, *m)))
        .filter(|(_, m)| !left_alone(*m))
        .map(|(id, m)| (id, m, surface(&text[m.range()])))
        .collect();
    let mut out = surname_first(article, entities, &usable, text);
    for (id, span) in variant_spellings(article, entities) {
        if !left_alone(span) && !usable.iter().any(|(_, m, _)| *m == span) {
            usable.push((id, span, &text[span.range()]));
        }
    }
    out.extend(spelling_variants(&usable));
    out
}

/// Words of the article whose letters spell a multi-word entity name with other
/// separators ("Xi Jin-ping" for "Xi Jinping", "Harbour-Board" for "Harbour
/// Board"), which the tagger may have split or missed. Only runs of capitalised
/// words are tried, against the names' letter keys, so this stays linear.
fn variant_spellings(article: &Article, entities: &[Entity]) -> Vec<(usize, Span)> {
    let mut keys: Vec<(String, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name.contains(' '))
        .map(|(id, e)| (key(&e.name), id))
        .filter(|(k, _)| k.chars().count() >= 6)
        .collect();
    if keys.is_empty() {
        return Vec::new();
    }
    keys.sort();
    let longest = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let is_prefix = |k: &str| {
        let i = keys.partition_point(|(key, _)| key.as_str() < k);
        keys.get(i).is_some_and(|(key, _)| key.starts_with(k))
    };
    let mut found = Vec::new();
    let mut window = String::new();
    for p in &article.paragraphs {
        let prose = &p.prose.text;
        let words: Vec<(usize, &str)> = prose
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - prose.as_ptr() as usize, w))
            .collect();
        for start in 0..words.len() {
            if !words[start].1.starts_with(char::is_uppercase) {
                continue;
            }
            window.clear();
            for end in start..words.len().min(start + 4) {
                // A name does not run across a comma or a sentence end.
                if end > start && words[end - 1].1.ends_with([',', ';', ':', '.', '!', '?']) {
                    break;
                }
                let word = words[end].1.trim_matches(|c: char| !c.is_alphanumeric());
                window.extend(
                    word.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase),
                );
                if window.len() > longest || !is_prefix(&window) {
                    break;
                }
                let i = keys.partition_point(|(k, _)| k.as_str() < window.as_str());
                if let Some((_, id)) = keys.get(i).filter(|(k, _)| *k == window) {
                    let from =
                        words[start].0 + words[start].1.find(char::is_alphanumeric).unwrap_or(0);
                    let last = words[end].0 + words[end].1.len();
                    let to = last
                        - (words[end].1.len()
                            - words[end]
                                .1
                                .trim_end_matches(|c: char| !c.is_alphanumeric())
                                .len());
                    found.push((*id, p.prose.source_span(from..to)));
                    break;
                }
            }
        }
    }
    found
}

/// Every mention spelled differently from the article's most common spelling of
/// the same name.
fn spelling_variants(mentions: &[(usize, Span, &str)]) -> Vec<Finding> {
    let mut groups: HashMap<String, Vec<(Span, String)>> = HashMap::new();
    for (_, span, name) in mentions {
        let k = key(name);
        // Short keys ("US", "UN") vary legitimately ("U.S."); a mention with a
        // comma or quotation mark inside is a tagging slip, not a spelling.
        if k.chars().count() >= 4 && !name.contains([',', ';', '“', '”', '"']) {
            groups.entry(k).or_default().push((*span, display(name)));
        }
    }
    let mut out = Vec::new();
    for group in groups.values() {
        let mut counts: Vec<(&str, usize, Span)> = Vec::new(); // spelling, count, first
        for (span, name) in group {
            let name = name.as_str();
            match counts.iter_mut().find(|(n, _, _)| *n == name) {
                Some(c) => c.1 += 1,
                None => counts.push((name, 1, *span)),
            }
        }
        // Differences of case alone ("FLINT" in a dateline, "Senate subcommittee")
        // are style, not spelling; they are left to the writer.
        let lower: std::collections::HashSet<String> =
            counts.iter().map(|(n, _, _)| n.to_lowercase()).collect();
        if counts.len() < 2 || lower.len() < 2 {
            continue;
        }
        // The most used spelling wins; on a tie, the first one used.
        counts.sort_by_key(|&(_, count, first)| (std::cmp::Reverse(count), first.start));
        let (preferred, count, first) = counts[0];
        let preferred_lower = preferred.to_lowercase();
        for (span, name) in group
            .iter()
            .filter(|(_, n)| n.to_lowercase() != preferred_lower)
        {
            let times = if count == 1 {
                "once".to_owned()
            } else {
                format!("{count} times")
            };
            out.push(Finding {
                rule: Rule::InconsistentName,
                severity: Rule::InconsistentName.default_severity(),
                message: format!(
                    "“{name}” is spelled “{preferred}” elsewhere in this article ({times}). Use one spelling throughout."
                ),
                span: *span,
                fixes: vec![Fix {
                    title: format!("Spell it “{preferred}”"),
                    edits: vec![Edit {
                        span: *span,
                        text: preferred.to_owned(),
                    }],
                    snippet: None,
                }],
                related: vec![Related {
                    span: first,
                    message: format!("“{preferred}” is used here"),
                }],
            });
        }
    }
    out
}

/// A person's surname (or given name) used before the article introduces the full
/// name, which news style gives at first mention.
fn surname_first(
    article: &Article,
    entities: &[Entity],
    mentions: &[(usize, Span, &str)],
    text: &str,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (id, e) in entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let Some(&surname) = words.last() else {
            continue;
        };
        // Two people of one family ("Ted Cruz", "Rafael Cruz") make a bare surname
        // ambiguous, not wrong; and a "person" whose last word is a nationality or
        // an organisation's head noun is likely a tagging slip.
        let shared = entities.iter().enumerate().any(|(other, o)| {
            other != id
                && o.kind == EntityKind::Person
                && o.name.split_whitespace().count() >= 2
                && o.name.split_whitespace().last() == Some(surname)
        });
        if e.kind != EntityKind::Person
            || words.len() < 2
            || shared
            || words.iter().any(|w| TITLE_WORDS.contains(w))
            || ["an", "ese", "ish"]
                .iter()
                .any(|end| surname.ends_with(end))
            || ORG_HEADS.contains(&surname)
        {
            continue;
        }
        let mut own = mentions.iter().filter(|(i, _, _)| *i == id);
        let Some(&(_, first, first_name)) = own.next() else {
            continue;
        };
        // Only a bare surname, and not as a modifier inside a phrase ("a Trump
        // supporter", "the Clinton campaign"), where style guides allow it.
        // The full name may already stand earlier under another tag ("Hillary
        // Clinton" once tagged as other); the text decides.
        // A capitalised word or title just before ("President Obama", "Mr. Rubio",
        // "Faycal Bettiche") means a title reference or another person's name.
        let line_before = text[..first.start].rsplit('\n').next().unwrap_or("");
        let before = line_before.split_whitespace().next_back();
        let titled = before.is_some_and(|w| w.starts_with(char::is_uppercase));
        if Some(&first_name) != words.last()
            || surname.chars().count() < 3
            || text[first.end..].starts_with('.')
            || titled
            || modifier(text, first)
            || text[..first.start].contains(e.name.as_str())
        {
            continue;
        }
        let Some(&(_, full, _)) = own.find(|(_, _, n)| n.contains(e.name.as_str())) else {
            continue;
        };
        // When the full name comes paragraphs later, the earlier surname may be
        // another member of the family; only a near introduction is clear enough.
        let paragraph =
            |offset: usize| article.paragraphs.partition_point(|p| p.span.end <= offset);
        if paragraph(full.start) > paragraph(first.start) + 2 {
            continue;
        }
        let line = text[..full.start].matches('\n').count() + 1;
        out.push(Finding {
            rule: Rule::InconsistentName,
            severity: Rule::InconsistentName.default_severity(),
            message: format!(
                "“{first_name}” appears before the full name “{}” is given (line {line}). Give the full name at first mention.",
                e.name
            ),
            span: first,
            fixes: vec![Fix {
                title: format!("Use the full name “{}” here", e.name),
                edits: vec![Edit {
                    span: first,
                    text: e.name.clone(),
                }],
                snippet: None,
            }],
            related: vec![Related {
                span: full,
                message: format!("The full name “{}” first appears here", e.name),
            }],
        });
    }
    out
}

/// A social-media handle or hashtag ("@JeffHorwitz", "#ImWithHer"), which is
/// spelled as the platform requires.
fn handle(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let name = &text[span.range()];
    // Words run together with inner capitals ("JeffHorwitz") are a handle even
    // where the "@" was dropped.
    let camel = !name.contains(char::is_whitespace)
        && name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase);
    matches!(before, Some('@' | '#')) || name.contains(['@', '#']) || camel
}

/// Whether the name at `span` sits between two lower-case words, as a modifier
/// does ("a female Trump supporter").
fn modifier(text: &str, span: Span) -> bool {
    let before = text[..span.start].split_whitespace().next_back();
    let after = text[span.end..].split_whitespace().next();
    let lower = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    lower(before) && lower(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn naming(text: &str) -> Vec<(String, String)> {
        let article = crate::article::Article::parse(text, Format::Markdown);
        let mut config = crate::config::Config::default();
        config
            .rules
            .entry(Rule::InconsistentName)
            .or_default()
            .enabled = Some(true);
        let analysis = crate::analysis::Analyzer::new(config).analyze(&article, text);
        analysis
            .findings
            .iter()
            .filter(|f| f.rule == Rule::InconsistentName)
            .map(|f| (text[f.span.range()].to_owned(), f.message.clone()))
            .collect()
    }

    #[test]
    fn variant_spellings_are_reported_against_the_common_one() {
        let found = naming(
            "# Talks\n\nChinese leader Xi Jinping met the delegation on Monday. Xi Jinping spoke first.\n\nLater, Xi Jin-ping left the hall.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Xi Jin-ping");
        assert!(found[0].1.contains("“Xi Jinping” elsewhere"), "{found:?}");
    }

    #[test]
    fn a_surname_before_the_full_name_is_reported_once() {
        let found = naming(
            "# Ferry Cuts\n\nLindqvist said fares would rise on Monday. The night crossing would end.\n\nMara Lindqvist, who runs the ferry company, said the night crossing would end. Lindqvist added that a subsidy was needed.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Lindqvist");
        assert!(
            found[0].1.contains("full name “Mara Lindqvist”"),
            "{found:?}"
        );
    }

    #[test]
    fn consistent_articles_and_quotes_are_left_alone() {
        assert_eq!(
            naming(
                "# Ferry Cuts\n\nMara Lindqvist said fares would rise. Lindqvist added that a subsidy was needed.\n"
            ),
            []
        );
        // A surname inside a quotation cannot be edited.
        assert_eq!(
            naming(
                "# Ferry Cuts\n\n“Lindqvist has let the island down,” said Tom Berg, a councillor.\n\nMara Lindqvist said fares would rise.\n"
            ),
            []
        );
    }
}
