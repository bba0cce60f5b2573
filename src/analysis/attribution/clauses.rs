//! Which of a sentence's other sources speak for themselves. A sentence can name
//! two sources, "Ruiz said the port would reopen, but critics say the repairs will
//! take a month": the first sources the sentence, and the second is a vague source
//! of its own. Yet "Ruiz said critics fear a month's delay" reports what Ruiz says
//! of critics: the writer's source is Ruiz, and the critics are her words.

use super::sentence::Sentence;
use super::{Attribution, CueClass, SourceKind};

/// Words that open a clause of its own after a reported one: "…, but critics say".
const CLAUSE_OPENERS: &[&str] = &["but", "while", "whereas", "although", "though", "yet"];

/// At most this many words may follow an attribution that closes its clause:
/// "…, officials said on Friday."
const TRAILING_WORDS: usize = 3;

impl Sentence<'_> {
    /// The vague and anonymous sources after `found[0]` (the sentence's source) that no
    /// identified source reports, and that describe no other source ("insiders who
    /// think …, stressed …"): each needs a finding of its own.
    pub(super) fn other_sources(&self, found: &[Attribution]) -> Vec<Attribution> {
        let reporters: Vec<&Attribution> = found
            .iter()
            .filter(|a| {
                a.kind.is_identified()
                    && !a.negated
                    && matches!(
                        a.class,
                        CueClass::Speech
                            | CueClass::Cognition
                            | CueClass::Evidential
                            | CueClass::Prepositional
                    )
            })
            .collect();
        found
            .iter()
            .skip(1)
            .filter(|a| matches!(a.kind, SourceKind::Vague | SourceKind::Anonymous))
            .filter(|a| !a.negated && a.source.is_some())
            .filter(|a| !reporters.iter().any(|r| self.reported_by(r, a)))
            .filter(|a| {
                !found.iter().any(|b| {
                    b.source
                        .as_ref()
                        .is_some_and(|s| s.start <= a.cue.start && a.cue.end <= s.end)
                })
            })
            .cloned()
            .collect()
    }

    /// True when `other` lies in what `first` reports. A closing attribution
    /// ("…, Ruiz said") reports the words before it and a phrase it opens after
    /// ("…, Ruiz said, adding …"); an opening one ("Ruiz said …") the words after it.
    /// Either ends where a clause of its own begins ("…, but critics say …").
    fn reported_by(&self, first: &Attribution, other: &Attribution) -> bool {
        let (other_start, _) = self.extent(other);
        if self.closes_clause(other) {
            return false;
        }
        let (first_start, first_end) = self.extent(first);
        if self.closes_clause(first) && other_start < first_start {
            return true;
        }
        other_start >= first_end && !self.clause_between(first_end, other_start)
    }

    /// The first and one-past-last token indices of an attribution's cue and source.
    fn extent(&self, a: &Attribution) -> (usize, usize) {
        let (start, end) = match &a.source {
            Some(s) => (s.start.min(a.cue.start), s.end.max(a.cue.end)),
            None => (a.cue.start, a.cue.end),
        };
        (self.index_at(start), self.index_at(end))
    }

    /// True for an attribution set off by a comma that ends its clause: "…, officials
    /// said.", "…, the source recalled, adding …".
    fn closes_clause(&self, a: &Attribution) -> bool {
        let (start, end) = self.extent(a);
        let after_comma = start > 0 && matches!(self.word(start - 1), "," | "”" | "\"");
        let rest = (end..self.tokens.len())
            .take_while(|&k| !matches!(self.word(k), "," | "." | ";" | "?" | "!"))
            .count();
        after_comma && rest <= TRAILING_WORDS
    }

    /// True when a new clause opens between tokens `from` and `to`: a semicolon, "but",
    /// "while", or ", and".
    fn clause_between(&self, from: usize, to: usize) -> bool {
        (from..to.min(self.tokens.len())).any(|k| {
            let w = self.lower(k);
            w == ";"
                || CLAUSE_OPENERS.contains(&w.as_str())
                || w == "and" && k > 0 && self.word(k - 1) == ","
        })
    }
}
