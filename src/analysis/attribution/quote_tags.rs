//! The speaker's tag after a quotation, whatever its verb: "“…,” Ruiz fumed.",
//! "“…?” Okafor pressed on Tuesday.", "“…,” the harbour master shot back." News
//! style puts only the speaker and a verb there, so the place names the speaker even
//! when no lexicon lists the verb.

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    words::{AUXILIARIES, BE_FORMS, BOUNDARY_WORDS, PREPOSITIONS, TIME_WORDS},
};
use crate::analysis::tokens::is_capitalised;
use std::ops::Range;

/// Past tenses that do not end in "-ed": "“…,” Ruiz shot back."
const IRREGULAR_PAST: &[&str] = &["shot", "spat", "swore", "sang", "wept", "bit"];
/// Words in "-ed" that are no verbs: "“…,” the sacred creed".
const NOT_VERBS: &[&str] = &[
    "speed", "greed", "creed", "breed", "steed", "indeed", "hundred", "kindred", "sacred", "naked",
    "wicked", "rugged", "ragged", "beloved", "crooked", "wretched",
];
/// Words a tag's verb may carry after it: "shot back", "wondered aloud".
const AFTER_VERB: &[&str] = &["back", "aloud", "again", "later", "then", "too"];
/// Determiners that may open the speaker: "the harbour master", "one docker".
const OPENERS: &[&str] = &["the", "a", "an", "one", "another", "his", "her", "their"];
/// The most words a tag's speaker takes: "former Harbour Master Ana Ruiz".
const MAX_SPEAKER: usize = 6;

impl Sentence<'_> {
    /// The speaker and verb right after a quotation that closes on a comma, a
    /// question mark or an exclamation mark, when the tag then ends: "“…,” Ruiz
    /// fumed." A quotation that closes bare ("“Hamilton” opened in 2015") is a title.
    pub(super) fn quote_tag(&self) -> Option<Attribution> {
        // "“Why now?” Ruiz pressed.": after a question or an exclamation the tag is a
        // sentence of its own.
        let before = self.text[..self.tokens.first()?.range.start].trim_end();
        let opens_on_tag = ["?”", "!”", "?\"", "!\"", "?''", "!''"]
            .iter()
            .any(|mark| before.ends_with(mark));
        if opens_on_tag && let Some(tag) = self.tag_from(0) {
            return Some(tag);
        }
        (1..self.tokens.len())
            .filter(|&k| self.closes_spoken_quote(k))
            .find_map(|close| self.tag_from(close + 1))
    }

    /// The speaker and verb before a quotation that runs to the end of the sentence,
    /// set off by a comma or a colon: "Mrs. Clinton cracked, “…”", "And Mr. Christie
    /// gloated: “…”", "She then addressed the supporters again: “…”". The verb
    /// follows the sentence's subject and is in the past tense.
    pub(super) fn tag_before_quote(&self) -> Option<Attribution> {
        let n = self.tokens.len();
        let open = (2..n).find(|&k| {
            self.in_quote[k] && !self.in_quote[k - 1] && matches!(self.word(k - 1), "," | ":")
        })?;
        let to_the_end = (open..n).all(|k| self.in_quote[k] || !self.is_word(k));
        let mut np = self.first_subject()?;
        // "And Mr. Christie gloated": the conjunction is no part of the speaker.
        if np.len() > 1 && matches!(self.lower(np.start).as_str(), "and" | "but" | "so" | "yet") {
            np.start += 1;
        }
        // "A familiar voice celebrated the attacks": the phrase may run on through a
        // verb the phrase reader does not know.
        let mut verb = match np.clone().skip(1).find(|&k| self.tag_verb(k)) {
            Some(k) => {
                np.end = k;
                k
            }
            // "A familiar voice celebrated": the phrase reader stopped at a noun it
            // took for a verb ("voice").
            None if np.end + 1 < open && self.tag_verb(np.end + 1) => {
                np.end += 1;
                np.end
            }
            None => np.end,
        };
        while verb < open && self.skippable(verb) {
            verb += 1;
        }
        // "She then addressed", "Kaine has adopted": adverbs and auxiliaries are the
        // verb's; "Blumenthal was asked" is passive, and the one asked does not speak.
        while np.len() > 1 && {
            let w = self.lower(np.end - 1);
            self.skippable(np.end - 1)
                || matches!(
                    w.as_str(),
                    "has" | "have" | "had" | "seemed" | "seems" | "looked" | "appeared"
                )
        } {
            np.end -= 1;
        }
        if BE_FORMS.contains(&self.plain(verb - 1).as_str()) {
            return None;
        }
        // A sentence spoken opens on a capital; after a comma the verb stands right
        // before it ("cracked, “…”"), where "voted for the resolution, “which …”"
        // quotes a fragment of the writer's clause.
        let spoken = (open..n)
            .find(|&k| self.is_word(k))
            .is_some_and(|k| is_capitalised(self.word(k)));
        let beside = self.word(open - 1) == ":" || verb + 2 == open;
        if !to_the_end || !spoken || !beside || verb + 1 >= open || !self.tag_verb(verb) {
            return None;
        }
        self.tag(verb, np)
    }

    /// The tag whose speaker starts at token `first`.
    fn tag_from(&self, first: usize) -> Option<Attribution> {
        let n = self.tokens.len();
        // The tag runs to the end of the sentence, a punctuation mark, or a time or
        // place: "Ruiz fumed on Tuesday", "Okafor pressed, adding …".
        let end = (first..n)
            .find(|&k| {
                !self.is_word(k) && !self.period_in_name(k) || {
                    let w = self.lower(k);
                    PREPOSITIONS.contains(&w.as_str())
                        || TIME_WORDS.contains(&w.as_str())
                        || matches!(w.as_str(), "after" | "during" | "as" | "before" | "while")
                }
            })
            .unwrap_or(n);
        let mut verb = end.checked_sub(1)?;
        while verb > first && {
            let w = self.lower(verb);
            AFTER_VERB.contains(&w.as_str()) || w.len() > 4 && w.ends_with("ly")
        } {
            verb -= 1;
        }
        let speaker = first..verb;
        // "the FBI somehow managed to …" goes on to what was done.
        let infinitive = end < n && self.lower(end) == "to";
        if speaker.is_empty() || speaker.len() > MAX_SPEAKER || !self.tag_verb(verb) || infinitive {
            return None;
        }
        let plain = |k: usize| {
            let w = self.lower(k);
            !BOUNDARY_WORDS.contains(&w.as_str())
                && !AUXILIARIES.contains(&w.as_str())
                && !BE_FORMS.contains(&w.as_str())
                && !w.ends_with("ed")
        };
        let opener = OPENERS.contains(&self.lower(speaker.start).as_str());
        let opens = opener && speaker.len() > 1
            || is_capitalised(self.word(speaker.start))
            || speaker.len() == 1 && !opener;
        if !opens || !speaker.clone().all(plain) {
            return None;
        }
        self.tag(verb, speaker)
    }

    /// The tag of `verb` said by `speaker`, if the speaker is one a tag may name
    /// ([`speaks_in_tag`]).
    fn tag(&self, verb: usize, speaker: Range<usize>) -> Option<Attribution> {
        let kind = self.classify(speaker.clone());
        speaks_in_tag(kind).then(|| Attribution {
            cue: self.tokens[verb].range.clone(),
            source: Some(self.span(speaker)),
            kind,
            class: CueClass::Speech,
            negated: false,
        })
    }

    /// True when `k` is the last token of a quotation's closing mark, with a comma,
    /// question mark or exclamation mark inside it: `,”`, `?"`, `!''`.
    fn closes_spoken_quote(&self, k: usize) -> bool {
        let mark = self.word(k);
        let start = match mark {
            "”" | "\"" => k,
            "'" if k > 0 && self.word(k - 1) == "'" => k - 1,
            _ => return false,
        };
        let inside = |j: usize| self.in_quote.get(j).copied().unwrap_or(false);
        // The quotation stands as a clause of its own: it opens the sentence or
        // follows a comma, a colon or a dash. "He was “not a threat,” the FBI …" quotes
        // a phrase inside the writer's clause.
        let opening = (0..start).rev().take_while(|&j| inside(j)).last();
        let stands_alone = opening.is_some_and(|o| {
            o == 0 || matches!(self.word(o - 1), "," | ":" | ";" | "—" | "–" | "(")
        });
        stands_alone
            && start > 0
            && matches!(self.word(start - 1), "," | "?" | "!")
            && inside(start - 1)
            && !inside(k + 1)
            // At least three words spoken: "“Dockers,” the film, opened" names a title.
            && (0..start).filter(|&j| inside(j) && self.is_word(j)).count() >= 3
    }

    /// True when the word at `k` reads as a past-tense verb: "fumed", "shot".
    pub(super) fn tag_verb(&self, k: usize) -> bool {
        let w = self.lower(k);
        !is_capitalised(self.word(k))
            && (w.len() > 4 && w.ends_with("ed") && !NOT_VERBS.contains(&w.as_str())
                || IRREGULAR_PAST.contains(&w.as_str()))
    }
}

/// True for the kinds of speaker a tag with an unlisted verb may name. Not a crowd
/// ("Others shouted, “Stop the cover-up!”" chants a slogan and sources no claim),
/// nor a document.
fn speaks_in_tag(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::Named | SourceKind::Pronoun | SourceKind::Role | SourceKind::Anonymous
    )
}
