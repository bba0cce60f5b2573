//! A partial quotation woven into the writer's sentence: "Ruiz attacked “the
//! harbour's lazy bookkeeping.”" News copy gives such a fragment to the sentence's
//! subject, though no verb of saying names a speaker. It gives the quotation a
//! speaker and nothing more: the sentence's claims stay unsourced.

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    words::{AUXILIARIES, BE_FORMS},
};
use crate::analysis::ner::common_words;
use crate::analysis::tokens::{TokenKind, is_capitalised};

impl Sentence<'_> {
    /// The subject of a sentence that quotes a fragment straight after its verb
    /// phrase. Only a name or a pronoun counts, only a fragment that starts in
    /// lowercase (a quoted full sentence needs its own speaker), never across
    /// punctuation, and never after a form of "be" ("The plan is “a disaster”"
    /// quotes someone unnamed).
    pub(super) fn partial_quote(&self) -> Option<Attribution> {
        let open = (1..self.tokens.len()).find(|&k| self.in_quote[k] && !self.in_quote[k - 1])?;
        let fragment = (open..self.tokens.len()).find(|&k| self.is_word(k))?;
        if !self.in_quote[fragment] || is_capitalised(self.word(fragment)) {
            return None;
        }
        let subject = self.first_subject()?;
        let kind = self.classify(subject.clone());
        // "Only six …", "Check out …": a capitalised common word is no name.
        let named = kind == SourceKind::Named
            && !common_words().contains(self.lower(subject.start).as_str());
        // "It's not enough to …" names no one; "he", "she", "they" do.
        let person = kind == SourceKind::Pronoun
            && matches!(
                self.lower(subject.start).as_str(),
                "he" | "she" | "they" | "we" | "i"
            );
        if !(named || person) || subject.end >= open {
            return None;
        }
        let punct = |k: usize| self.tokens[k].kind == TokenKind::Punct;
        // "Ana Ruiz, the fired harbour master, ripped the board for acting as “…”": a
        // comma may close an aside after the subject, and the verb follows it.
        let mut verb_from = subject.end;
        if (subject.end..open).any(punct) {
            let comma = (subject.end..open).rev().find(|&k| self.word(k) == ",")?;
            if (comma + 1..open).any(punct)
                || self.subject_before_asides(comma + 1) != Some(subject.clone())
            {
                return None;
            }
            verb_from = comma + 1;
        }
        let verb = (verb_from..open)
            .find(|&k| !self.skippable(k) && !AUXILIARIES.contains(&self.lower(k).as_str()))?;
        let word = self.lower(verb);
        if is_capitalised(self.word(verb))
            || BE_FORMS.contains(&word.as_str())
            || matches!(word.as_str(), "be" | "been" | "being")
        {
            return None;
        }
        Some(Attribution {
            cue: self.tokens[verb].range.clone(),
            source: Some(self.span(subject)),
            kind,
            class: CueClass::Stance,
            negated: false,
        })
    }
}
