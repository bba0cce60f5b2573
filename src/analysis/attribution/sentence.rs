//! One sentence's tokens and the small questions every rule asks of them: a word's
//! text, whether it is a dash, a period inside a name, an adverb to step over.

use super::words::{BOUNDARY_WORDS, DETERMINERS, FUNCTION_WORDS, NEGATED_AUXILIARIES, SKIPPABLE};
use crate::analysis::lexicon::Lexicon;
use crate::analysis::tokens::{Token, TokenKind, is_capitalised};
use std::ops::Range;

/// Nouns ending in "-ly" that are not adverbs: "the family said".
const LY_NOUNS: &[&str] = &[
    "family",
    "ally",
    "supply",
    "assembly",
    "rally",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "jelly",
    "lily",
    "homily",
    "reply",
    "fly",
    "butterfly",
    "italy",
    "july",
    "emily",
    "kelly",
    "sally",
    "holly",
    "molly",
    "polly",
    "billy",
    "willy",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
];

pub(super) struct Sentence<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) in_quote: &'a [bool],
    pub(super) lexicon: &'a Lexicon,
    pub(super) first: usize,
}

impl<'a> Sentence<'a> {
    pub(super) fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// The word at `i` in lower case with straight apostrophes ("doesn’t" → "doesn't").
    pub(super) fn plain(&self, i: usize) -> String {
        self.lower(i).replace('’', "'")
    }

    /// True for a word between a subject and its verb: an adverb ("also", "falsely"),
    /// an auxiliary or a negation ("has", "doesn’t").
    pub(super) fn skippable(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.lower(i);
        if SKIPPABLE.contains(&w.as_str()) {
            return true;
        }
        if w.contains(['\'', '’']) {
            return NEGATED_AUXILIARIES.contains(&w.replace('’', "'").as_str());
        }
        // "Ruiz falsely claimed": an adverb in -ly, but not "the family said".
        w.len() > 4
            && w.ends_with("ly")
            && !is_capitalised(self.word(i))
            && !LY_NOUNS.contains(&w.as_str())
            && !self.lexicon.verbs.contains_key(&w)
            && (i == 0 || !DETERMINERS.contains(&strip_possessive(&self.lower(i - 1))))
    }

    pub(super) fn index_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < offset)
    }

    /// True when the token at `k` is a dash that sets off an aside: "—", "–", or a
    /// hyphen with spaces around it.
    pub(super) fn is_dash(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        match t.text(self.text) {
            "—" | "–" => true,
            "-" => self.text[..t.range.start].ends_with(char::is_whitespace),
            _ => false,
        }
    }

    /// True when the token at `k` is a period inside a name: after a title before the
    /// name ("former Rep. Ana Ruiz"), an initial or a name's ending ("Joseph R. Biden Jr.").
    pub(super) fn period_in_name(&self, k: usize) -> bool {
        if k == 0 || self.word(k) != "." || !self.is_word(k - 1) {
            return false;
        }
        let before = self.word(k - 1);
        let title = crate::article::sentences::is_title_abbreviation(before)
            && self.is_word(k + 1)
            && is_capitalised(self.word(k + 1));
        let initial = before.len() == 1 && before.chars().all(|c| c.is_ascii_uppercase());
        title || initial || matches!(before, "Jr" | "Sr")
    }

    /// A quotation opens within a few tokens after `i`: "asking her, “Where …”".
    pub(super) fn quote_follows(&self, i: usize) -> bool {
        (i + 1..self.tokens.len().min(i + 5)).any(|k| matches!(self.word(k), "“" | "\""))
    }

    /// True when the words after `i` run to a comma or colon and a quotation opens
    /// there: "sang back in the 1980s, “…”".
    pub(super) fn quote_opens_clause_after(&self, i: usize) -> bool {
        let words = (i + 1..self.tokens.len().min(i + 9))
            .take_while(|&k| self.is_word(k))
            .count();
        let mark = i + 1 + words;
        matches!(
            self.tokens.get(mark).map(|t| t.text(self.text)),
            Some("," | ":")
        ) && matches!(
            self.tokens.get(mark + 1).map(|t| t.text(self.text)),
            Some("“" | "\"")
        )
    }

    /// True when a quotation mark or a colon before one sits right beside `i`.
    pub(super) fn beside_quote(&self, i: usize) -> bool {
        // Two apostrophes are a double mark in archive copy (''…,'' he said); one
        // alone ends a plural possessive ("the dockers' strike continued").
        let apostrophe = |k: usize| self.tokens.get(k).is_some_and(|t| t.text(self.text) == "'");
        let quote = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| matches!(t.text(self.text), "“" | "”" | "\"" | "‘" | "’"))
                || apostrophe(k) && (apostrophe(k + 1) || k > 0 && apostrophe(k - 1))
        };
        // "“…,” she continued", "“…” continued Ruiz", "“…,” Mr. Gray continued": a
        // short subject stands between the quotation and the verb.
        let subject = (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| self.is_word(k) || self.period_in_name(k))
            .count();
        let before = i > subject && quote(i - 1 - subject);
        // "The banner read “…”", "Ruiz continued, “…”"
        let after = quote(i + 1)
            || matches!(
                self.tokens.get(i + 1).map(|t| t.text(self.text)),
                Some("," | ":")
            ) && quote(i + 2);
        before || after
    }

    /// Where "the" stands when the words before `k` are "the" and at most two
    /// adjectives or nouns: "the alliance’s", "the central bank’s".
    pub(super) fn article_before(&self, k: usize) -> Option<usize> {
        (k.saturating_sub(3)..k).rev().find(|&j| {
            self.lower(j) == "the"
                && (j + 1..k)
                    .all(|m| self.is_word(m) && !FUNCTION_WORDS.contains(&self.lower(m).as_str()))
        })
    }

    /// Whether the token at `k` can be part of a name: a capitalised word, or a period
    /// inside one ("Gov.", "R.").
    pub(super) fn in_name(&self, k: usize) -> bool {
        self.is_word(k) && is_capitalised(self.word(k)) || self.period_in_name(k)
    }

    /// The name of at most `limit` tokens that ends just before `end`: "Okafor" in
    /// "out-argued Okafor, who", "Hillary Clinton" in "footage of Hillary Clinton asking".
    pub(super) fn name_before(&self, end: usize, limit: usize) -> Option<Range<usize>> {
        let mut first = (0..end)
            .rev()
            .take_while(|&k| self.in_name(k))
            .take(limit)
            .last()?;
        // "But President Obama, who …": a capitalised conjunction opens the sentence.
        while first + 1 < end && BOUNDARY_WORDS.contains(&self.lower(first).as_str()) {
            first += 1;
        }
        Some(first..end)
    }

    pub(super) fn span(&self, np: Range<usize>) -> Range<usize> {
        self.tokens[np.start].range.start..self.tokens[np.end - 1].range.end
    }
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}
