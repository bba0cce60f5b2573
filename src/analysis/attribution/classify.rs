//! What kind of source a noun phrase names: a name, a pronoun, a role, a document,
//! a vague crowd or an anonymous individual.

use super::{
    SourceKind,
    sentence::Sentence,
    sentence::strip_possessive,
    words::{
        AFFILIATIONS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, PREPOSITIONS, PRONOUNS, QUANTIFIERS,
    },
};
use crate::analysis::ner::common_words;
use crate::analysis::tokens::is_capitalised;
use std::ops::Range;

impl Sentence<'_> {
    /// What kind of source a noun phrase names.
    pub(super) fn classify(&self, np: Range<usize>) -> SourceKind {
        let words: Vec<(String, bool)> = np
            .clone()
            .filter(|&i| self.is_word(i))
            .map(|i| {
                let w = self.word(i);
                // A capital at the start of the sentence says nothing about the word:
                // "More dockers" names no one. A common word alone may be a surname
                // ("Fields, along with …, say").
                let lower = w.to_lowercase();
                let opens_common_phrase = common_words().contains(lower.as_str())
                    && np.end > i + 1
                    && !is_capitalised(self.word(i + 1));
                let proper = is_capitalised(w)
                    && (i != 0 || !self.is_common(&lower) && !opens_common_phrase)
                    && w != "I";
                (lower, proper)
            })
            .collect();
        if words.is_empty() {
            return SourceKind::Missing;
        }
        if words.len() == 1 && PRONOUNS.contains(&words[0].0.as_str()) {
            return SourceKind::Pronoun;
        }
        let text = words
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if text.contains("familiar with")
            || text.contains("close to")
            || text.contains("briefed on")
        {
            return SourceKind::Anonymous;
        }
        let head_at = words
            .iter()
            .position(|(w, _)| PREPOSITIONS.contains(&w.as_str()))
            .unwrap_or(words.len());
        let mut head_at = head_at.max(1);
        // "a wide array of economists", "a number of officials": the head follows "of".
        if GROUP_NOUNS.contains(&words[head_at - 1].0.as_str())
            && words.get(head_at).is_some_and(|(w, _)| w == "of")
        {
            head_at = words[head_at + 1..]
                .iter()
                .position(|(w, _)| PREPOSITIONS.contains(&w.as_str()))
                .map_or(words.len(), |p| head_at + 1 + p)
                .max(head_at + 1)
                .min(words.len());
        }
        let head = strip_possessive(&words[head_at - 1].0);
        let any_proper = words.iter().any(|(_, p)| *p);
        let proper_after_head = words[head_at..].iter().any(|(_, p)| *p);
        let affiliated = words
            .get(head_at)
            .is_some_and(|(w, _)| AFFILIATIONS.contains(&w.as_str()))
            && proper_after_head;
        if self.lexicon.anonymous_heads.contains(head) {
            let institutional = matches!(head, "spokesperson" | "spokesman" | "spokeswoman");
            return if institutional && any_proper {
                SourceKind::Role
            } else {
                SourceKind::Anonymous
            };
        }
        if self.lexicon.vague_heads.contains(head) {
            return if affiliated {
                SourceKind::Named
            } else {
                SourceKind::Vague
            };
        }
        if DOCUMENT_NOUNS.contains(&head) {
            // "Several studies have suggested", "Studies show": documents nobody names.
            let plural = matches!(head, "studies" | "reports" | "surveys" | "polls");
            let opener = words[0].0.as_str();
            let unnamed = !any_proper
                && (QUANTIFIERS.contains(&opener)
                    || matches!(opener, "various" | "numerous" | "multiple" | "many")
                    || words.len() == 1);
            return if plural && unnamed {
                SourceKind::Vague
            } else {
                SourceKind::Document
            };
        }
        if any_proper {
            SourceKind::Named
        } else {
            SourceKind::Role
        }
    }

    /// True when the subject `np` of kind `kind` can hold a belief a verb of cognition
    /// reports: anyone who can ([`SourceKind::can_believe`]), and unnamed officials or
    /// aides ("party officials expect"), but not people at large ("people think").
    pub(super) fn can_believe(&self, np: Range<usize>, kind: SourceKind) -> bool {
        kind.can_believe()
            || kind == SourceKind::Anonymous
                && !np.into_iter().any(|k| {
                    matches!(
                        self.lower(k).as_str(),
                        "person" | "people" | "individual" | "individuals"
                    )
                })
    }

    fn is_common(&self, lower: &str) -> bool {
        self.lexicon.vague_heads.contains(lower)
            || self.lexicon.anonymous_heads.contains(lower)
            || DETERMINERS.contains(&lower)
            || PRONOUNS.contains(&lower)
            || matches!(
                lower,
                "senior"
                    | "u.s"
                    | "police"
                    | "two"
                    | "three"
                    | "several"
                    | "one"
                    | "other"
                    | "another"
                    | "some"
                    | "many"
                    | "most"
                    | "all"
                    | "both"
            )
    }
}
