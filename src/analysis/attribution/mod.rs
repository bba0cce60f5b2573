//! Attribution inside one sentence: the cue ("said", "according to", a colon
//! before a quote), the source it points to, and what kind of source that is.
//!
//! Everything here looks at one sentence only, so results can be cached per
//! paragraph; carrying attribution across sentences is the document pass's job.

mod classify;
mod clauses;
mod colons;
mod documents;
mod partial_quotes;
mod prepositional;
mod quote_tags;
mod sentence;
mod subject;
mod verb_forms;
mod verbs;
mod words;

use super::lexicon::Lexicon;
use super::tokens::{Token, tokenize};
use sentence::Sentence;
use std::ops::Range;

pub use documents::names_data;

/// How a sentence is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// "according to", "as per", "as reported by".
    Prepositional,
    /// A verb of saying: said, told, warned.
    Speech,
    /// Data or a document: "data show", "a study found".
    Evidential,
    /// A belief held by someone: "Smith believes".
    Cognition,
    /// An aim or position held by someone identified: "Smith opposed the bill". It
    /// attributes the sentence but sources none of its claims.
    Stance,
    /// A colon or dash before a quotation.
    Colon,
    /// Carried from another sentence: inside a quotation whose speaker is named elsewhere.
    Carried,
}

/// What kind of source an attribution names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A proper name: "Vedant Patel", "the U.S. State Department".
    Named,
    /// A pronoun: "he", "she", "they".
    Pronoun,
    /// A role or body without a name: "the mayor", "the ministry".
    Role,
    /// A document or data: "a Kremlin statement", "customs data".
    Document,
    /// Names no one: "experts", "critics", "many".
    Vague,
    /// An unnamed individual: "officials", "a person familiar with the matter".
    Anonymous,
    /// No source words were found (a cue alone).
    Missing,
}

impl SourceKind {
    /// True for sources that can hold a belief a verb of cognition reports: anyone but a
    /// document, an anonymous source or no source ("Ruiz believes", "critics fear").
    pub fn can_believe(self) -> bool {
        matches!(
            self,
            SourceKind::Named | SourceKind::Pronoun | SourceKind::Vague | SourceKind::Role
        )
    }

    /// True for sources that can hold a stance: someone identified, not a document
    /// ("Ruiz opposed the levy"; never "others opposed it").
    pub fn can_hold_stance(self) -> bool {
        self.is_identified() && self != SourceKind::Document
    }

    /// True for sources a reader can identify.
    pub fn is_identified(self) -> bool {
        matches!(
            self,
            SourceKind::Named | SourceKind::Pronoun | SourceKind::Role | SourceKind::Document
        )
    }
}

/// One attribution found in a sentence. Ranges are byte ranges in the paragraph's prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The cue words.
    pub cue: Range<usize>,
    /// The source words, if any.
    pub source: Option<Range<usize>>,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// What kind of cue it is.
    pub class: CueClass,
    /// The source refuses or denies saying anything: "declined to comment", "did not
    /// respond", "has never said". Such a source asserts nothing.
    pub negated: bool,
}

/// What one sentence says of its sources, read from one pass over its words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    /// Every attribution, the most authoritative first.
    pub attributions: Vec<Attribution>,
    /// The vague and anonymous sources other than the first attribution that speak in
    /// a clause of their own: "…, but critics say …", not "Ruiz said critics fear …".
    pub others: Vec<Attribution>,
    /// Where the sentence has no attribution but quotes a fragment: its named subject,
    /// who speaks it ("Ruiz attacked “the harbour's lazy bookkeeping”").
    pub fragment_speaker: Option<Attribution>,
}

/// Reads the sources of `text[sentence]`, skipping words inside the given quotation
/// ranges.
pub fn read_sources(
    text: &str,
    sentence: Range<usize>,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
) -> Sources {
    let quoted = quotes
        .iter()
        .any(|q| q.start < sentence.end && sentence.start < q.end);
    read(text, sentence, quotes, lexicon, |s| {
        let attributions = s.attributions();
        let unnamed = |a: &Attribution| matches!(a.kind, SourceKind::Vague | SourceKind::Anonymous);
        let others = if attributions.iter().skip(1).any(unnamed) {
            s.other_sources(&attributions)
        } else {
            Vec::new()
        };
        let fragment_speaker = (attributions.is_empty() && quoted)
            .then(|| s.partial_quote())
            .flatten();
        Sources {
            attributions,
            others,
            fragment_speaker,
        }
    })
}

/// Tokenises `text[sentence]`, marks the words inside `quotes`, and asks `f` of it.
fn read<T>(
    text: &str,
    sentence: Range<usize>,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
    f: impl FnOnce(&Sentence) -> T,
) -> T {
    let tokens: Vec<Token> = tokenize(&text[sentence.clone()])
        .into_iter()
        .map(|t| Token {
            kind: t.kind,
            range: t.range.start + sentence.start..t.range.end + sentence.start,
        })
        .collect();
    let quoted = |r: &Range<usize>| {
        quotes
            .iter()
            .any(|q| q.start < r.end && r.start < q.end && !(q.start == r.start && q.end == r.end))
    };
    let in_quote: Vec<bool> = tokens.iter().map(|t| quoted(&t.range)).collect();
    let s = Sentence {
        text,
        tokens: &tokens,
        in_quote: &in_quote,
        lexicon,
        first: sentence.start,
    };
    f(&s)
}

impl Sentence<'_> {
    /// Every attribution in the sentence, the most authoritative first.
    fn attributions(&self) -> Vec<Attribution> {
        let mut found = Vec::new();
        found.extend(self.prepositional());
        found.extend(self.as_put_it());
        found.extend(self.in_view());
        found.extend(self.speaker_label());
        for (i, quoted) in self.in_quote.iter().enumerate() {
            if !quoted {
                found.extend(self.verb_cue(i));
                found.extend(self.colon_cue(i));
                found.extend(self.dash_after_quote(i));
            }
        }
        if found.is_empty() {
            found.extend(self.quote_tag().or_else(|| self.tag_before_quote()));
        }
        // A poll cited with "in", or an owner's estimate, counts only where no verb or
        // phrase names the source: "Reyes wrote in a letter" is Reyes's.
        // "In the harbour poll, 42% say …": respondents speak, but the poll is the source.
        let respondents_only = !found.is_empty() && found.iter().all(|a| self.respondents(a));
        // So it is of a group's view: "In the harbour poll, dockers see the levy as a tax".
        let group_view = !found.is_empty()
            && found.iter().all(|a| {
                a.class == CueClass::Cognition
                    && matches!(a.kind, SourceKind::Vague | SourceKind::Role)
            });
        if group_view {
            for (i, quoted) in self.in_quote.iter().enumerate() {
                if !quoted {
                    found.extend(self.cited_in(i));
                }
            }
        } else if found.is_empty() || respondents_only {
            for (i, quoted) in self.in_quote.iter().enumerate() {
                if !quoted {
                    found.extend(self.cited_in(i));
                    found.extend(self.owned_estimate(i));
                    found.extend(self.poll_standing(i));
                }
            }
        }
        found.sort_by_key(|a| (rank(a.class), a.cue.start));
        found.dedup_by(|b, a| a.cue == b.cue);
        // "Manafort, citing a poll, said …", "Citing a poll, Ruiz said …": a named
        // speaker cites, and the citation supports; "officials said …, citing a
        // report" rests on the report.
        let citation = found
            .first()
            .filter(|a| {
                a.class == CueClass::Prepositional
                    && matches!(
                        self.text[a.cue.clone()].to_lowercase().as_str(),
                        "citing" | "quoting"
                    )
            })
            .map(|a| a.cue.start..a.source.as_ref().map_or(a.cue.end, |s| s.end));
        // "The Times made the same allegations, and Breitbart News responded:": the
        // speaker before a closing colon speaks the quotation that follows.
        if let Some(colon) = self.closing_colon()
            && let Some(k) = found.iter().position(|a| {
                a.class != CueClass::Colon
                    && a.cue.end.max(a.source.as_ref().map_or(0, |s| s.end)) == colon
            })
        {
            let speaker = found.remove(k);
            found.insert(0, speaker);
        }
        if let Some(citation) = citation
            && let Some(k) = found.iter().position(|a| {
                matches!(a.class, CueClass::Speech | CueClass::Cognition)
                    && matches!(a.kind, SourceKind::Named | SourceKind::Role)
                    && a.source
                        .as_ref()
                        .is_some_and(|s| s.end <= citation.start || citation.end <= s.start)
            })
        {
            let speaker = found.remove(k);
            found.insert(0, speaker);
        }
        found
    }
}

impl Sentence<'_> {
    /// Where the colon that ends the sentence starts, after the last word's end:
    /// "… Breitbart News responded:".
    fn closing_colon(&self) -> Option<usize> {
        let last = self.tokens.len().checked_sub(1)?;
        (last > 0 && self.word(last) == ":").then(|| self.tokens[last - 1].range.end)
    }
}

fn rank(class: CueClass) -> u8 {
    match class {
        CueClass::Prepositional => 0,
        CueClass::Speech => 1,
        CueClass::Evidential => 2,
        CueClass::Colon => 3,
        CueClass::Cognition => 4,
        CueClass::Stance => 5,
        CueClass::Carried => 6,
    }
}

#[cfg(test)]
mod tests;
