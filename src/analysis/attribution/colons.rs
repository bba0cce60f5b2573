//! Cues with no verb: a colon or dash before a quotation, a speaker's label at the
//! start of a line, a dash after a quotation.

use super::{
    Attribution, CueClass, SourceKind, sentence::Sentence, sentence::strip_possessive,
    words::DETERMINERS,
};
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// First words of a line that label it rather than name a speaker: "Update: …".
const LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "correction",
    "photo",
    "photos",
    "video",
    "read",
    "watch",
    "related",
    "listen",
    "see",
    "warning",
    "breaking",
    "exclusive",
    "opinion",
    "editorial",
    "disclosure",
    "source",
    "sources",
    "credit",
    "q",
    "a",
    "the",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "live",
    "analysis",
    "review",
    "recap",
    "transcript",
    "background",
    "bottom",
    "summary",
    "question",
    "answer",
    "context",
    "timeline",
];

impl Sentence<'_> {
    /// A colon or dash right before a quotation: `Patel was blunt: “…”`.
    pub(super) fn colon_cue(&self, i: usize) -> Option<Attribution> {
        let mark = self.word(i);
        if self.tokens[i].kind != TokenKind::Punct || !matches!(mark, ":" | "—" | "–") {
            return None;
        }
        let next = self.tokens.get(i + 1)?;
        if !matches!(next.text(self.text), "“" | "\"" | "‘") {
            return None;
        }
        // "said:" is the verb's cue; "the report:" is a noun's.
        let noun = i >= 2 && DETERMINERS.contains(&self.lower(i - 2).as_str());
        if i > 0 && self.lexicon.verbs.contains_key(&self.lower(i - 1)) && !noun {
            return None;
        }
        let (np, stop) = self.noun_phrase_before(i);
        let mut np = np?;
        // "Mr. Gray then gloated: “…”", "When Ruiz finally wrapped up — “…”": the
        // speaker's tag before the quotation, with a verb the phrase reader does not
        // know.
        if let Some(verb) = np.clone().find(|&k| self.tag_verb(k))
            && verb > np.start
        {
            let mut speaker = np.start..verb;
            while speaker.len() > 1 && self.skippable(speaker.end - 1) {
                speaker.end -= 1;
            }
            let kind = self.classify(speaker.clone());
            return matches!(
                kind,
                SourceKind::Named | SourceKind::Pronoun | SourceKind::Role
            )
            .then(|| Attribution {
                cue: self.tokens[verb].range.clone(),
                source: Some(self.span(speaker)),
                kind,
                class: CueClass::Speech,
                negated: false,
            });
        }
        if self.tag_verb(np.start) {
            // "Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”",
            // "celebrated the attacks on Twitter: “…”": the phrase starts on a verb
            // the phrase reader does not know; its subject stands before it.
            let subject = self
                .subject_before_asides(np.start)
                .or_else(|| self.first_subject().filter(|s| s.end < np.start))?;
            return self.colon_attribution(i, subject, &[SourceKind::Named, SourceKind::Role]);
        }
        // "From the report: “…”", "More from the report:": what the document says.
        if let Some(from) = np.clone().take(2).find(|&k| self.lower(k) == "from")
            && self.classify(from + 1..np.end) == SourceKind::Document
        {
            np = from + 1..np.end;
        }
        // "Her message to the board was blunt: “…”": the subject before "was" speaks.
        if matches!(stop.as_deref(), Some("is" | "was" | "are" | "were"))
            && let (Some(subject), _) = self.noun_phrase_before(np.start - 1)
        {
            np = subject;
        }
        // "a blunt message to Ruiz: “…”": the one addressed is no speaker; the
        // message speaks.
        if np.start > 0
            && self.lower(np.start - 1) == "to"
            && let (Some(message), _) = self.noun_phrase_before(np.start - 1)
            && self.classify(message.clone()) == SourceKind::Document
        {
            // From its last article: "The board delivered a blunt message" holds a
            // verb the phrase reader does not know.
            let article = message
                .clone()
                .rev()
                .find(|&k| matches!(self.lower(k).as_str(), "a" | "an" | "the"));
            np = article.unwrap_or(message.start)..message.end;
        }
        // "delivered a blunt message to Trump: “…”", "used the quote as its headline:
        // “…”": what a message or a headline says.
        self.colon_attribution(
            i,
            np,
            &[
                SourceKind::Named,
                SourceKind::Pronoun,
                SourceKind::Role,
                SourceKind::Document,
            ],
        )
    }

    /// A colon-class cue at token `cue` whose source is `np`, when `np` is of a kind
    /// in `allowed`.
    fn colon_attribution(
        &self,
        cue: usize,
        np: Range<usize>,
        allowed: &[SourceKind],
    ) -> Option<Attribution> {
        let kind = self.classify(np.clone());
        allowed.contains(&kind).then(|| Attribution {
            cue: self.tokens[cue].range.clone(),
            source: Some(self.span(np)),
            kind,
            class: CueClass::Colon,
            negated: false,
        })
    }

    /// A speaker named before a colon at the start of a line, as in transcripts and
    /// headlines: "RUIZ: We will reopen.", "Ruiz: Port Will Reopen".
    pub(super) fn speaker_label(&self) -> Option<Attribution> {
        let first = (0..self.tokens.len().min(2))
            .find(|&k| !matches!(self.word(k), "\"" | "“" | "‘" | "'"))?;
        let colon = (first..self.tokens.len().min(first + 5)).find(|&k| self.word(k) == ":")?;
        if colon == first || colon + 1 >= self.tokens.len() {
            return None;
        }
        let name = first..colon;
        let all_capitalised = name
            .clone()
            .all(|k| self.tokens[k].kind == TokenKind::Word && is_capitalised(self.word(k)));
        let label = LABELS.contains(&strip_possessive(&self.lower(first)));
        if !all_capitalised || label || self.lexicon.verbs.contains_key(&self.lower(colon - 1)) {
            return None;
        }
        self.colon_attribution(
            colon,
            name,
            &[SourceKind::Named, SourceKind::Role, SourceKind::Document],
        )
    }

    /// A dash after a closing quotation mark, then the speaker: `“…” ― Ana Ruiz`.
    pub(super) fn dash_after_quote(&self, i: usize) -> Option<Attribution> {
        if !matches!(self.word(i), "―" | "—" | "–") || i == 0 {
            return None;
        }
        if !matches!(self.word(i - 1), "”" | "\"") {
            return None;
        }
        let end = (i + 1..self.tokens.len().min(i + 6))
            .take_while(|&k| self.is_word(k) && is_capitalised(self.word(k)))
            .last()?;
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(i + 1..end + 1)),
            kind: SourceKind::Named,
            class: CueClass::Colon,
            negated: false,
        })
    }
}
