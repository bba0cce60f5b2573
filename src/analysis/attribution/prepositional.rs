//! Prepositional cues: "according to", "as per", "citing", "as Ruiz put it", and
//! "in" before a poll or a report.

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    words::{BOUNDARY_WORDS, DETERMINERS, QUANTIFIERS},
};
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// Documents that "in" can cite: "in the latest Gallup poll, Ruiz led by 5 points".
const CITED_IN_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "analysis",
    "census",
    "tally",
    "estimates",
    "forecast",
    "projections",
    "audit",
    "statement",
    "interview",
    "letter",
    "filing",
    "filings",
];
/// What a holder's view is called in "in Ruiz’s view".
const VIEW_NOUNS: &[&str] = &[
    "view",
    "opinion",
    "estimation",
    "judgment",
    "judgement",
    "assessment",
    "telling",
    "words",
    "reckoning",
];
/// Words that, after "per", show it is a rate and not a source ("per cent").
const PER_UNITS: &[&str] = &[
    "cent",
    "capita",
    "annum",
    "year",
    "day",
    "hour",
    "week",
    "month",
    "person",
    "head",
    "share",
    "mile",
    "kilometre",
    "kilometer",
    "minute",
    "second",
    "unit",
    "household",
    "gallon",
    "litre",
    "liter",
    "barrel",
];

impl Sentence<'_> {
    pub(super) fn prepositional(&self) -> Vec<Attribution> {
        let start = self.tokens.first().map_or(self.first, |t| t.range.start);
        let end = self.tokens.last().map_or(start, |t| t.range.end);
        let mut out = Vec::new();
        for (range, _) in self.lexicon.prepositional.find(&self.text[start..end]) {
            let cue = range.start + start..range.end + start;
            let after = self.index_at(cue.end);
            let first_cue_token = self.index_at(cue.start);
            if self.in_quote.get(first_cue_token).copied().unwrap_or(false) {
                continue;
            }
            let phrase = self.text[cue.clone()].to_lowercase();
            if phrase == "per" && !self.per_is_a_cue(first_cue_token, after) {
                continue;
            }
            let np = self.noun_phrase_after(after);
            let kind = np
                .as_ref()
                .map_or(SourceKind::Missing, |np| self.classify(np.clone()));
            if matches!(phrase.as_str(), "citing" | "quoting")
                && !matches!(kind, SourceKind::Named | SourceKind::Document)
            {
                continue; // "citing supply problems" gives a reason, not a source
            }
            let source =
                np.map(|np| self.tokens[np.start].range.start..self.tokens[np.end - 1].range.end);
            out.push(Attribution {
                cue,
                source,
                kind,
                class: CueClass::Prepositional,
                negated: false,
            });
        }
        out
    }

    /// "as The New Yorker put it", "as one docker puts it": the source between.
    pub(super) fn as_put_it(&self) -> Option<Attribution> {
        let n = self.tokens.len();
        (0..n).find_map(|i| {
            if self.in_quote[i] || !self.word(i).eq_ignore_ascii_case("as") {
                return None;
            }
            // "…, as The New Yorker put it": the clause is set off; not "his post as a
            // surgeon … haven’t insulated him".
            let set_off = (0..i).all(|k| !self.is_word(k))
                || !self.is_word(i - 1)
                || matches!(self.lower(i - 1).as_str(), "or" | "but" | "and" | "just");
            if !set_off {
                return None;
            }
            // "As Amar, a professor of law at Yale, put it": an appositive may stand
            // between, and name a work in quotation marks ("author of “Rivers,”").
            let put = (i + 2..n.min(i + 30))
                .take_while(|&k| {
                    self.is_word(k)
                        || matches!(self.word(k), "," | "“" | "”" | "\"" | "‘" | "’" | "'")
                })
                .find(|&k| !self.in_quote[k] && matches!(self.lower(k).as_str(), "put" | "puts"))?;
            // The phrase closes its clause, or says where it was put: not "as the tide
            // put it out of reach", but "put it in his memo,".
            let closes = put + 2 >= n
                || !self.is_word(put + 2)
                || matches!(self.lower(put + 2).as_str(), "in" | "on" | "at" | "during");
            if put + 1 >= n || self.lower(put + 1) != "it" || !closes {
                return None;
            }
            // Of "the chief executive, Jeff Weiner," the name speaks.
            let parts: Vec<Range<usize>> = (i + 1..put)
                .filter(|&k| k == i + 1 || self.word(k - 1) == ",")
                .map(|start| start..(start..put).find(|&k| self.word(k) == ",").unwrap_or(put))
                .filter(|part| !part.is_empty())
                .collect();
            let np = parts
                .iter()
                .find(|part| self.classify((*part).clone()) == SourceKind::Named)
                .or(parts.first())?
                .clone();
            Some(Attribution {
                cue: self.tokens[put].range.start..self.tokens[put + 1].range.end,
                source: Some(self.span(np.clone())),
                kind: self.classify(np),
                class: CueClass::Speech,
                negated: false,
            })
        })
    }

    /// "In Ruiz’s view, …", "…, in his opinion.": a view and its holder, set off by
    /// punctuation ("in his view of the harbour" describes).
    pub(super) fn in_view(&self) -> Option<Attribution> {
        let n = self.tokens.len();
        (0..n).find_map(|i| {
            if self.in_quote[i] || !self.word(i).eq_ignore_ascii_case("in") {
                return None;
            }
            let noun = (i + 2..n.min(i + 6))
                .take_while(|&k| self.is_word(k))
                .find(|&k| VIEW_NOUNS.contains(&self.lower(k).as_str()))?;
            let holder = self.lower(noun - 1);
            let possessive = holder.ends_with("’s")
                || holder.ends_with("'s")
                || holder.ends_with("s’")
                || matches!(holder.as_str(), "his" | "her" | "their" | "my" | "our");
            let set_off = self
                .tokens
                .get(noun + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct && self.word(noun + 1) != "’");
            if !possessive || !set_off || (i + 1..noun).any(|k| self.in_quote[k]) {
                return None;
            }
            let np = i + 1..noun;
            // The holder without the possessive: "Ruiz", not "Ruiz’s".
            let mut source = self.span(np.clone());
            source.end -= ["’s", "'s", "’", "'"]
                .iter()
                .find(|suffix| self.text[source.clone()].ends_with(**suffix))
                .map_or(0, |suffix| suffix.len());
            Some(Attribution {
                cue: self.tokens[i].range.start..self.tokens[noun].range.end,
                source: Some(source),
                kind: self.classify(np),
                // A view held, as "Ruiz believes" is.
                class: CueClass::Cognition,
                negated: false,
            })
        })
    }

    fn per_is_a_cue(&self, at: usize, after: usize) -> bool {
        let prev_is_number = at > 0 && self.tokens[at - 1].kind == TokenKind::Number;
        let next = (after < self.tokens.len()).then(|| self.lower(after));
        let next_ok = next.as_deref().is_some_and(|n| {
            !PER_UNITS.contains(&n)
                && (DETERMINERS.contains(&n) || is_capitalised(self.word(after)))
        });
        !prev_is_number && next_ok
    }

    /// "in" before a poll, survey or report: "In the latest Gallup poll, Ruiz led".
    pub(super) fn cited_in(&self, i: usize) -> Option<Attribution> {
        if self.lower(i) != "in" || i + 1 >= self.tokens.len() {
            return None;
        }
        let opener = self.lower(i + 1);
        if !(DETERMINERS.contains(&opener.as_str())
            || QUANTIFIERS.contains(&opener.as_str())
            || self.is_word(i + 1) && is_capitalised(self.word(i + 1)))
        {
            return None;
        }
        let noun = (i + 1..self.tokens.len().min(i + 10))
            .take_while(|&k| {
                let w = self.lower(k);
                (self.is_word(k) || matches!(w.as_str(), "/" | "-" | "&"))
                    && !BOUNDARY_WORDS.contains(&w.as_str())
                    && (k == i + 1 || !matches!(w.as_str(), "in" | "on" | "at" | "by" | "for"))
            })
            .find(|&k| CITED_IN_NOUNS.contains(&self.lower(k).as_str()))?;
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(i + 1..noun + 1)),
            kind: SourceKind::Document,
            class: CueClass::Prepositional,
            negated: false,
        })
    }
}
