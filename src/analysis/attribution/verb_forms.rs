//! Verbs whose source does not stand right before them: an infinitive after "went on
//! to", a progressive ("is demanding"), a passive with its agent ("was reported by
//! Reuters"), a participle ("…, saying") and an inverted verb ("said Ruiz").

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    verbs::{MADE, Verb},
    words::{
        AFFILIATIONS, AUXILIARIES, BOUNDARY_WORDS, DETERMINERS, DOCUMENT_NOUNS, FUNCTION_WORDS,
        PREPOSITIONS, PRONOUNS, QUANTIFIERS, SKIPPABLE, SUBORDINATORS, TIME_WORDS,
    },
};
use crate::analysis::lexicon::VerbClass;
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// Verbs of saying whose participle reports after "by", "after" or "while": "began by
/// saying", "after initially saying".
const PARTICIPLE_REPORTS: &[&str] = &[
    "say",
    "add",
    "note",
    "explain",
    "argue",
    "insist",
    "write",
    "declare",
    "tell",
    "warn",
    "claim",
    "interject",
];
/// Past tenses of sending a message, whose participle of saying says what was sent:
/// "emailed supporters saying", "sent a letter to donors saying".
const SENDING_VERBS: &[&str] = &[
    "emailed", "e-mailed", "texted", "messaged", "mailed", "sent", "wrote", "faxed", "cabled",
];
/// Verbs whose object follows them ("called the offer an insult"): they never invert.
const NEVER_INVERTED: &[&str] = &[
    "call",
    "cite",
    "condemn",
    "accuse",
    "urge",
    "praise",
    "criticize",
    "dismiss",
    "describe",
    "characterize",
    "remind",
    "threaten",
    // "Trump, who chairs the board, defended his plan": what is defended or attacked
    // follows.
    "defend",
    "slam",
    "blast",
    "mock",
    "hail",
    "tout",
    "denounce",
    "decry",
    "deride",
    "applaud",
    "commend",
    "rebuke",
    "chide",
    "scold",
    "berate",
    "assail",
    "castigate",
    "disparage",
    "lambast",
    "excoriate",
    "ridicule",
    "chastise",
    // "Clinton, who called Sanders, told her supporters": the listener follows.
    "tell",
    "inform",
    "assure",
];

impl Sentence<'_> {
    /// "She went on to say", "Ruiz is continuing to insist": the verb at `opener`
    /// ("went", "continuing") carries the subject.
    pub(super) fn infinitive_cue(&self, verb: &Verb, opener: usize) -> Option<Attribution> {
        // "Ruiz is continuing to insist": a progressive's subject stands before "is".
        let (source, kind) = match opener
            .checked_sub(1)
            .filter(|_| self.lower(opener).ends_with("ing"))
            .and_then(|be| self.progressive_subject(be))
        {
            Some(found) => found,
            // "Trump, meanwhile, made a pitch to voters, refusing to concede …": a
            // participle set off by a comma is the sentence subject's.
            None if self.lower(opener).ends_with("ing")
                && opener > 0
                && self.word(opener - 1) == "," =>
            {
                let np = self.first_subject()?;
                (self.span(np.clone()), self.classify(np))
            }
            None => {
                let np = self.noun_phrase_before(opener).0?;
                (self.span(np.clone()), self.classify(np))
            }
        };
        Some(Attribution {
            cue: self.tokens[opener].range.start..self.tokens[verb.at].range.end,
            source: Some(source),
            kind,
            class: CueClass::Speech,
            negated: false,
        })
    }

    /// "The audit forced Ruiz to admit that …", "That record prompted the Atlas, which
    /// tracks bellwethers, to state, “…”": the object of a verb that made someone say
    /// it, before the infinitive `verb`, is the speaker.
    pub(super) fn made_to_say(&self, verb: &Verb) -> Option<Attribution> {
        let to = verb.at - 1;
        if !self.introduces_statement(verb) {
            return None;
        }
        let made = (to.saturating_sub(16)..to.saturating_sub(1))
            .rev()
            .find(|&k| MADE.contains(&self.lower(k).as_str()))?;
        // The object runs to "to" or to a comma that sets off an aside ending at "to".
        let end = (made + 1..to).find(|&k| self.word(k) == ",").unwrap_or(to);
        let aside_closes = end == to || self.word(to - 1) == "," && to - end > 2;
        let object = made + 1..end;
        let plain = (object.start..object.end).all(|k| self.is_word(k) || self.period_in_name(k))
            && (1..=7).contains(&object.len());
        if !aside_closes || !plain || self.lower(object.start) == "to" {
            return None;
        }
        let kind = self.classify(object.clone());
        // An aside between the object and "to" is no part of the cue.
        let first = if end == to { made } else { to };
        Some(Attribution {
            cue: self.tokens[first].range.start..self.tokens[verb.at].range.end,
            source: Some(self.span(object)),
            kind,
            class: CueClass::Speech,
            negated: false,
        })
    }

    /// "Ruiz is demanding that …", "He’s claiming": the subject found before the "be"
    /// at `be`. Held by someone identified (a stance), or by anyone who can hold a
    /// belief ("the council is hoping").
    pub(super) fn progressive_cue(
        &self,
        verb: &Verb,
        be: usize,
        (source, kind): (Range<usize>, SourceKind),
    ) -> Option<Attribution> {
        let class = match verb.class {
            VerbClass::Speech => CueClass::Speech,
            VerbClass::Cognition
                if self
                    .can_believe(self.index_at(source.start)..self.index_at(source.end), kind) =>
            {
                CueClass::Cognition
            }
            VerbClass::Stance if kind.can_hold_stance() => CueClass::Stance,
            _ => return None,
        };
        Some(Attribution {
            cue: self.tokens[be].range.start..self.tokens[verb.at].range.end,
            source: Some(source),
            kind,
            class,
            negated: false,
        })
    }

    /// "was reported by Reuters", or after what the speaker called it: "has been
    /// called a fraud by rival captains". Without an agent a passive is a hedge, not a
    /// cue.
    pub(super) fn passive_cue(&self, verb: &Verb) -> Option<Attribution> {
        let i = verb.at;
        let by = (i + 1..self.tokens.len().min(i + 7))
            .take_while(|&k| self.is_word(k) && !BOUNDARY_WORDS.contains(&self.lower(k).as_str()))
            .find(|&k| self.lower(k) == "by")
            .filter(|&k| k == i + 1 || verb.class == VerbClass::Speech)?;
        let np = self.noun_phrase_after(by + 1)?;
        let kind = self.classify(np.clone());
        let source = self.span(np);
        let class = match verb.class {
            VerbClass::Speech => CueClass::Speech,
            VerbClass::Evidential => CueClass::Evidential,
            VerbClass::Cognition => CueClass::Cognition,
            VerbClass::Stance if kind.is_identified() => CueClass::Stance,
            VerbClass::Stance => return None,
        };
        let cue = self.tokens[i].range.clone();
        let cue = if by == i + 1 {
            cue.start..self.tokens[by].range.end
        } else {
            cue
        };
        Some(Attribution {
            cue,
            source: Some(source),
            kind,
            class,
            negated: false,
        })
    }

    /// A participle: "…, saying the plan had failed", "began by saying", "issued a
    /// statement saying", "with 30 percent of voters saying".
    /// True when the "and" at `and` joins a participle set off by a comma earlier in
    /// its clause: "…, shifting his focus to Trump and admitting that …".
    fn joins_set_off_participle(&self, and: usize) -> bool {
        (1..and)
            .rev()
            .take_while(|&k| self.is_word(k))
            .any(|k| self.word(k - 1) == "," && self.lower(k).ends_with("ing"))
    }

    pub(super) fn participle_cue(&self, verb: &Verb) -> Option<Attribution> {
        let i = verb.at;
        let cue = self.tokens[i].range.clone();
        // "…, saying", "began by saying", "after initially saying" (but "by asking
        // prosecutors" is no statement)
        let by_saying = verb.subject_end.is_some_and(|k| {
            matches!(
                self.lower(k).as_str(),
                "by" | "after" | "upon" | "while" | "before"
            )
        }) && (PARTICIPLE_REPORTS.contains(&verb.lemma.as_str())
            || verb.lemma == "ask" && self.quote_follows(i));
        // "footage of Hillary Clinton asking, “Why …”": the name before the
        // participle speaks the quotation after it.
        if verb.class == VerbClass::Speech
            && matches!(verb.next.as_deref(), Some("," | ":"))
            && self.quote_follows(i)
            && let Some(np) = self.name_before(i, usize::MAX)
        {
            return Some(Attribution {
                cue,
                source: Some(self.span(np.clone())),
                kind: self.classify(np),
                class: CueClass::Speech,
                negated: false,
            });
        }
        // "with a new poll showing 45 percent …", "the survey finding that …": the
        // document before the participle reports.
        if verb.class == VerbClass::Evidential
            && verb.lower.ends_with("ing")
            && verb
                .prev
                .as_deref()
                .is_some_and(|p| DOCUMENT_NOUNS.contains(&p))
            && !verb.next_is(&["of", "in", "on", "at", "up", "off", ",", ".", ";"])
            && let (Some(mut np), _) = self.noun_phrase_before(i)
            && self.classify(np.clone()) == SourceKind::Document
        {
            // "Despite polls showing …": the preposition is not the document's.
            while np.len() > 1 && {
                let w = self.lower(np.start);
                PREPOSITIONS.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "despite" | "amid" | "after" | "given" | "following"
                    )
            } {
                np.start += 1;
            }
            return Some(Attribution {
                cue,
                source: Some(self.span(np)),
                kind: SourceKind::Document,
                class: CueClass::Evidential,
                negated: false,
            });
        }
        // "issued a statement saying", "posted a video claiming", "released a
        // statement Wednesday saying": what the document says.
        let document_noun = |k: usize| {
            let w = self.lower(k);
            DOCUMENT_NOUNS.contains(&w.as_str())
                || matches!(w.as_str(), "ad" | "video" | "email" | "message")
        };
        let document_at = if i >= 2 && TIME_WORDS.contains(&self.lower(i - 1).as_str()) {
            Some(i - 2).filter(|&k| document_noun(k))
        } else {
            i.checked_sub(1).filter(|&k| document_noun(k))
        };
        let document_saying = document_at.is_some();
        if verb.class == VerbClass::Speech
            && verb.lemma != "report"
            && let Some(with) = self.with_speaker(verb)
        {
            return Some(with);
        }
        // "…,” saying" and "– saying" set the participle off as a comma does.
        // "…, eventually saying": an adverb may stand after the comma.
        let after_adverb = i >= 2 && self.lower(i - 1).ends_with("ly") && self.word(i - 2) == ",";
        let set_off = verb.prev.as_deref() == Some(",")
            || after_adverb
            || i >= 2 && self.word(i - 1) == "”" && self.word(i - 2) == ","
            || i >= 3
                && self.word(i - 1) == "'"
                && self.word(i - 2) == "'"
                && self.word(i - 3) == ","
            || i >= 1 && self.is_dash(i - 1)
            || verb.prev_is(&["and"])
                && self.joins_set_off_participle(i - 1)
                && (self.followed_as_saying(i)
                    || verb.next_is(&["his", "her", "their", "its", "our", "my"]));
        // "emailed supporters saying: …", "sent a letter to donors saying": the sender
        // speaks through what was sent.
        let sent_by = (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| self.is_word(k))
            .find(|&k| SENDING_VERBS.contains(&self.lower(k).as_str()))
            .filter(|_| verb.lower.ends_with("ing") && self.introduces_statement(verb))
            .and_then(|k| self.noun_phrase_before(k).0);
        if !(set_off || by_saying || document_saying || sent_by.is_some())
            || verb.class != VerbClass::Speech
        {
            return None;
        }
        let subject = if let Some(document) = document_at {
            self.document_issuer(document)
        } else if sent_by.is_some() {
            sent_by
        } else {
            // "However, simply complaining … is not enough": the adverb after the
            // participle's comma is no subject; "If Clinton wins, … possibly calling
            // himself": nor is a subordinate clause.
            let subject = self.first_subject().filter(|np| {
                i.checked_sub(1).is_none_or(|before| !np.contains(&before))
                    && !SUBORDINATORS.contains(&self.lower(np.start).as_str())
            });
            if after_adverb && subject.is_none() {
                return None;
            }
            subject
        };
        let kind = subject
            .clone()
            .map_or(SourceKind::Missing, |np| self.classify(np));
        Some(Attribution {
            cue,
            source: subject.map(|np| self.span(np)),
            kind,
            class: CueClass::Speech,
            negated: false,
        })
    }

    /// "with 30 percent of voters saying they …": the share speaks ("with 95 percent of
    /// precincts reporting" counts votes), and so does a name: "with former Gov. Martin
    /// O’Malley calling Trump a fascist".
    fn with_speaker(&self, verb: &Verb) -> Option<Attribution> {
        let i = verb.at;
        let with = (i.saturating_sub(9)..i)
            .rev()
            .take_while(|&k| self.is_word(k) || self.word(k) == "%" || self.period_in_name(k))
            .find(|&k| self.lower(k) == "with")?;
        let np = with + 1..i;
        let attribution = Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(np.clone())),
            kind: self.classify(np),
            class: CueClass::Speech,
            negated: false,
        };
        (self.respondents(&attribution) || attribution.kind == SourceKind::Named)
            .then_some(attribution)
    }

    /// Inverted: "“…,” said Patel." / "…, said John Smith, a spokesman".
    pub(super) fn inverted_cue(&self, verb: &Verb) -> Option<Attribution> {
        let i = verb.at;
        if verb.class != VerbClass::Speech
            || verb.noun_risk
            || NEVER_INVERTED.contains(&verb.lemma.as_str())
        {
            return None;
        }
        let after_close = matches!(verb.prev.as_deref(), Some("," | "”" | "\"" | "’" | "'") | None)
            // "“It’s unusual,“ said Noble": an opening mark typed where the closing
            // one belongs.
            || verb.prev.as_deref() == Some("“") && i >= 2 && self.word(i - 2) == ",";
        if !after_close {
            return None;
        }
        let mut np = self.noun_phrase_after(i + 1)?;
        if !self.is_word(np.start) || !self.inverted_source(np.clone()) {
            return None;
        }
        // "…, said Doyle and others, …", "said Ruiz and two dockers.": two sources
        // joined, closing the clause. The first says what kind of source it is.
        let mut first = None;
        if np.end + 1 < self.tokens.len()
            && self.lower(np.end) == "and"
            && let Some(tail) = self.noun_phrase_after(np.end + 1)
            && self.joined_source(tail.clone())
        {
            first = Some(np.clone());
            np.end = tail.end;
        }
        // The source ends the clause: "said Patel." or "said John Smith, a spokesman";
        // not "…, said the offer was the best". Or it is followed by where the source
        // sits: "said a spokesman for the ministry", "said one Democratic source on the
        // panel", "said an adviser to the mayor", "said one source who asked not to be
        // named".
        // A longer phrase closes only as a name's institution: "said Stephen Vladeck of
        // the University of Texas School of Law".
        let institution = np.clone().skip(9).all(|k| {
            is_capitalised(self.word(k)) || matches!(self.lower(k).as_str(), "of" | "the" | "and")
        });
        let closes = (np.len() <= 9 || institution)
            && self.tokens.get(np.end).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    || matches!(
                        self.lower(np.end).as_str(),
                        "for"
                            | "on"
                            | "at"
                            | "in"
                            | "with"
                            | "from"
                            | "to"
                            | "who"
                    )
                    // "said Dan Golvach when asked about it"
                    || verb.lemma == "say"
                        && is_capitalised(self.word(np.end - 1))
                        && self.lower(np.end) == "when"
                        && np.end + 1 < self.tokens.len()
                        && matches!(
                            self.lower(np.end + 1).as_str(),
                            "asked" | "questioned" | "pressed"
                        )
            });
        if !closes {
            return None;
        }
        // "a spokesman for the Harbour Board", "a person close to the mayor": the
        // affiliation belongs to the source.
        let np = match self.tokens.get(np.end) {
            Some(_)
                if AFFILIATIONS.contains(&self.lower(np.end).as_str())
                    || self.lower(np.end) == "to" =>
            {
                self.noun_phrase_after(np.end + 1)
                    .map_or(np.clone(), |tail| np.start..tail.end)
            }
            _ => np,
        };
        // "…, said Clinton’s response to Trump was undercut": a verb after the phrase
        // shows it is the reported clause's subject.
        if np.end < self.tokens.len() && AUXILIARIES.contains(&self.lower(np.end).as_str()) {
            return None;
        }
        let kind = self.classify(first.unwrap_or_else(|| np.clone()));
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(np)),
            kind,
            class: CueClass::Speech,
            negated: false,
        })
    }

    /// True when `tail`, after "said Doyle and", is a second source that closes the
    /// clause: a name, "others", a number or a determiner before a plural, or "his
    /// wife". Not "the crowd cheered", a clause of its own.
    fn joined_source(&self, tail: Range<usize>) -> bool {
        let closes = matches!(
            self.tokens.get(tail.end).map(|t| t.text(self.text)),
            Some("," | "." | ";")
        );
        let last = self.lower(tail.end - 1);
        let opener = self.lower(tail.start);
        let fits = is_capitalised(self.word(tail.start))
            || last == "others"
            || tail.len() == 2 && DETERMINERS.contains(&opener.as_str())
            || tail.len() <= 3
                && last.ends_with('s')
                && (DETERMINERS.contains(&opener.as_str())
                    || QUANTIFIERS.contains(&opener.as_str())
                    || self.tokens[tail.start].kind == TokenKind::Number);
        closes && tail.len() <= 4 && fits
    }

    /// True when the noun phrase `np` after an inverted verb can be its speaker: a
    /// name, a determiner's phrase, "one party activist", a crowd that names no one
    /// ("said several observers") or a title before a name ("said former Rep. Ana
    /// Ruiz", "said 9/11 widow Terry Strada").
    fn inverted_source(&self, np: Range<usize>) -> bool {
        let first = self.lower(np.start);
        // "…, has, however, revealed that most back the deal": "that" opens the
        // reported clause, not an inverted source.
        if first == "that" {
            return false;
        }
        // "said she sees teachers …": a pronoun opens the reported clause; only "…,
        // said he." is inverted.
        if PRONOUNS.contains(&first.as_str()) && np.len() > 1 {
            return false;
        }
        // "said Wednesday he agrees": a time, then the reported clause. ("said May"
        // may be Theresa May.)
        if first != "may" && TIME_WORDS.contains(&first.as_str()) {
            return false;
        }
        let quantified = QUANTIFIERS.contains(&first.as_str());
        is_capitalised(self.word(np.start))
            || DETERMINERS.contains(&first.as_str())
            || first == "one"
            || quantified
                && matches!(
                    self.classify(np.clone()),
                    SourceKind::Vague | SourceKind::Anonymous
                )
            || (quantified
                || self.tokens[np.start].kind == TokenKind::Number
                || !FUNCTION_WORDS.contains(&first.as_str())
                    && !BOUNDARY_WORDS.contains(&first.as_str())
                    && !SKIPPABLE.contains(&first.as_str()))
                && np.clone().any(|k| is_capitalised(self.word(k)))
    }
}
