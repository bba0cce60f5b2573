//! Documents and data as sources: "a report by X found", "the IMF’s forecast",
//! "Ruiz led the latest Herald poll", "a letter that says".

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    sentence::strip_possessive,
    words::{BOUNDARY_WORDS, DETERMINERS, DOCUMENT_NOUNS, FUNCTION_WORDS, TIME_WORDS},
};
use crate::analysis::lexicon::VerbClass;
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// Documents whose figures later sentences go on reporting ("According to the
/// Tribune poll, … Carson trails at 13 percent.").
const DATA_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "figures",
    "statistics",
    "census",
    "analysis",
    "research",
    "estimates",
    "results",
    "findings",
    "tally",
    "average",
    "averages",
    "audit",
    "records",
    "numbers",
    "projections",
    "calculations",
    "forecast",
    "review",
];
/// Whether a source's words name data ("an online University of Texas/Texas Tribune
/// poll out Thursday"), even when a name makes it a named source.
pub fn names_data(source: &str) -> bool {
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| DATA_NOUNS.contains(&w.to_lowercase().as_str()))
}
/// Estimates and plans whose owner is their source: "the IMF’s forecast", "its estimate".
const OWNED_NOUNS: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "projection",
    "projections",
    "outlook",
    "poll",
    "survey",
    "analysis",
    "calculations",
    "tally",
    "count",
    "figures",
    "data",
    "plan",
    "proposal",
    "proposals",
    "target",
    "goal",
    "guideline",
    "guidelines",
    // Participles that name the owner's figure: "the alliance’s recommended 2 percent".
    "recommended",
    "estimated",
    "projected",
    "proposed",
    "reported",
];
/// Owned nouns that are sources themselves when their owner is a time: "Wednesday’s poll".
const DATED_DOCUMENTS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "data", "figures", "count",
];
/// Statements that, with an owner and a "that" or "about" clause, attribute it:
/// "Ruiz’s claim that", "his comment about 47 percent of the country".
const OWNED_CLAIMS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "claim",
    "claims",
    "assertion",
    "allegation",
    "allegations",
    "argument",
    "contention",
    "insistence",
    "warning",
    "promise",
    "pledge",
    "view",
];
/// Possessive words that own an estimate or a plan.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her"];

impl Sentence<'_> {
    /// True when an attribution's source is a share of a poll's respondents: "42%",
    /// "30 percent of those asked".
    pub(super) fn respondents(&self, a: &Attribution) -> bool {
        let Some(source) = &a.source else {
            return false;
        };
        let (from, to) = (self.index_at(source.start), self.index_at(source.end));
        (from..to.min(self.tokens.len())).any(|k| {
            self.tokens[k].kind == TokenKind::Number
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|_| matches!(self.lower(k + 1).as_str(), "%" | "percent"))
        })
    }

    /// Who issued the document whose noun is at `noun`: "The ministry" in "The ministry
    /// issued a statement saying …"; the document itself when no one is named.
    pub(super) fn document_issuer(&self, noun: usize) -> Option<Range<usize>> {
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && !self.lexicon.verbs.contains_key(&self.lower(start - 1))
        {
            let w = self.lower(start - 1);
            start -= 1;
            if DETERMINERS.contains(&w.as_str()) {
                break;
            }
        }
        let issuer = (start > 0)
            .then(|| self.noun_phrase_before(start - 1).0)
            .flatten()
            .filter(|np| self.classify(np.clone()).is_identified());
        issuer.or(Some(start..noun + 1))
    }

    /// The document a relative pronoun at `that` stands for: "a letter from the
    /// harbour master that says …" → "a letter from the harbour master".
    pub(super) fn document_before(&self, that: usize) -> Option<Range<usize>> {
        let noun = (that.saturating_sub(8)..that)
            .rev()
            .take_while(|&k| self.is_word(k) && !BOUNDARY_WORDS.contains(&self.lower(k).as_str()))
            .find(|&k| DOCUMENT_NOUNS.contains(&self.lower(k).as_str()))?;
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && (DETERMINERS.contains(&self.lower(start - 1).as_str())
                || is_capitalised(self.word(start - 1))
                || self.tokens[start - 1].kind == TokenKind::Number)
        {
            start -= 1;
        }
        Some(start..that)
    }

    /// An evidential verb whose subject is a document further back than a plain
    /// noun phrase reaches: "A USA Today analysis of newly filed reports shows".
    pub(super) fn distant_document(&self, i: usize, class: VerbClass) -> Option<Attribution> {
        if class != VerbClass::Evidential {
            return None;
        }
        let mut start = i;
        while start > 0 && i - start < 16 {
            let k = start - 1;
            let w = self.lower(k);
            let joiner = matches!(w.as_str(), "-" | "–" | "—" | "/" | "&");
            // "the Center for Media and Public Affairs": "and" inside a name.
            let in_name = w == "and"
                && k > 0
                && is_capitalised(self.word(k - 1))
                && is_capitalised(self.word(k + 1));
            if self.tokens[k].kind == TokenKind::Punct && !joiner
                || BOUNDARY_WORDS.contains(&w.as_str()) && !in_name
                || self.in_quote[k]
            {
                break;
            }
            start = k;
        }
        let opener = self.lower(start);
        // The clause opens the sentence or follows a comma ("In 2013, research …").
        let clause_start = start == 0 || self.word(start - 1) == ",";
        let opens = clause_start
            || DETERMINERS.contains(&opener.as_str())
            || is_capitalised(self.word(start));
        let document = (start..i).find(|&k| DOCUMENT_NOUNS.contains(&self.lower(k).as_str()))?;
        if !opens || document == start && !DETERMINERS.contains(&opener.as_str()) && !clause_start {
            return None;
        }
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(start..document + 1)),
            kind: SourceKind::Document,
            class: CueClass::Evidential,
            negated: false,
        })
    }

    /// An estimate or plan with its owner: "the IMF’s forecast", "its estimate",
    /// "Ruiz’s plan would cap fees at 5 percent".
    pub(super) fn owned_estimate(&self, i: usize) -> Option<Attribution> {
        let noun = self.lower(i);
        // "Trump’s claim that …", "his comment about …": a claim, its owner, its content.
        let claim = OWNED_CLAIMS.contains(&noun.as_str())
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|_| matches!(self.lower(i + 1).as_str(), "that" | "about"));
        if !OWNED_NOUNS.contains(&noun.as_str()) && !claim {
            return None;
        }
        let owner = (i.saturating_sub(3)..i).find(|&k| {
            let w = self.lower(k);
            let possessive = w.ends_with("’s") || w.ends_with("'s");
            self.is_word(k)
                && (POSSESSIVES.contains(&w.as_str())
                    // "the IMF’s", or a body after its article: "the central bank’s".
                    || possessive
                        && (is_capitalised(self.word(k)) || self.article_before(k).is_some()))
        })?;
        // Only adjectives and nouns between owner and noun: "its British growth forecast".
        if (owner + 1..i)
            .any(|k| !self.is_word(k) || FUNCTION_WORDS.contains(&self.lower(k).as_str()))
        {
            return None;
        }
        if TIME_WORDS.contains(&strip_possessive(&self.lower(owner))) {
            // "Wednesday’s Quinnipiac poll has Ruiz ahead": the dated poll is the source;
            // "last year’s forecast" names no one.
            return DATED_DOCUMENTS
                .contains(&noun.as_str())
                .then(|| Attribution {
                    cue: self.tokens[i].range.clone(),
                    source: Some(self.span(owner..i + 1)),
                    kind: SourceKind::Document,
                    class: CueClass::Evidential,
                    negated: false,
                });
        }
        // "the Harbour Board’s forecast": the owner's name and its article.
        let mut start = owner;
        while start > 0
            && self.is_word(start - 1)
            && is_capitalised(self.word(start - 1))
            && owner - start < 4
        {
            start -= 1;
        }
        if start > 0 && DETERMINERS.contains(&self.lower(start - 1).as_str()) {
            start -= 1;
        }
        if !is_capitalised(self.word(owner)) {
            start = self.article_before(owner).unwrap_or(start);
        }
        let kind = if POSSESSIVES.contains(&self.lower(owner).as_str()) {
            SourceKind::Pronoun
        } else if is_capitalised(self.word(owner)) {
            SourceKind::Named
        } else {
            self.classify(start..owner + 1)
        };
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(start..owner + 1)),
            kind,
            class: CueClass::Evidential,
            negated: false,
        })
    }

    /// A standing in a named poll: "Le Pen topped a BVA poll with 30 percent", "Ruiz
    /// leads the latest Herald survey". The poll at `i` is the figures' source.
    pub(super) fn poll_standing(&self, i: usize) -> Option<Attribution> {
        if !matches!(self.lower(i).as_str(), "poll" | "survey") {
            return None;
        }
        let determiner = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| matches!(self.lower(k).as_str(), "a" | "an" | "the" | "this" | "that"))?;
        // Only names and a few adjectives between: "a new Coast Herald/Harbour University poll".
        let named = (determiner + 1..i).all(|k| {
            self.is_word(k) && is_capitalised(self.word(k))
                || matches!(
                    self.lower(k).as_str(),
                    "/" | "-"
                        | "&"
                        | "latest"
                        | "new"
                        | "recent"
                        | "online"
                        | "national"
                        | "statewide"
                )
        });
        let verb = determiner.checked_sub(1)?;
        let standing = matches!(
            self.lower(verb).as_str(),
            "led"
                | "leads"
                | "lead"
                | "leading"
                | "topped"
                | "tops"
                | "top"
                | "topping"
                | "trails"
                | "trailed"
                | "trailing"
                | "dominated"
                | "dominates"
        );
        (named && standing).then(|| Attribution {
            cue: self.tokens[verb].range.clone(),
            source: Some(self.span(determiner..i + 1)),
            kind: SourceKind::Document,
            class: CueClass::Evidential,
            negated: false,
        })
    }
}
