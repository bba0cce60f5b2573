//! Finding a source's words: the noun phrase before a verb or after a cue, a
//! sentence's opening subject, and the subject of a progressive.

use super::{
    SourceKind,
    sentence::Sentence,
    words::{
        AUXILIARIES, BE_FORMS, BOUNDARY_WORDS, DETERMINERS, DOCUMENT_NOUNS, FUNCTION_WORDS,
        PREPOSITIONS, PRONOUNS, QUANTIFIERS, SKIPPABLE, SUBORDINATORS, TIME_WORDS,
    },
};
use crate::analysis::lexicon::VerbClass;
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// Pronouns a contracted "be" joins: "he's", "they're", "I'm".
const CONTRACTED_BE: &[&str] = &["he's", "she's", "it's", "they're", "we're", "you're", "i'm"];
/// How many words a subject that opens its sentence may run to
/// ([`Sentence::long_opening_subject`]); elsewhere eight.
const LONGEST_OPENING_SUBJECT: usize = 12;
/// Verbs of a relative clause with no "who" before a verb of saying: "the dockers I
/// spoke to said".
const REDUCED_RELATIVE_VERBS: &[&str] = &[
    "spoke",
    "spoken",
    "talked",
    "interviewed",
    "met",
    "asked",
    "surveyed",
    "polled",
    "contacted",
    "reached",
    "consulted",
    "heard",
];
/// Words after which a source noun phrase stops ("data released in January").
const SOURCE_STOPS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "can",
    "who",
    "which",
    "that",
    "released",
    "published",
    "issued",
    "obtained",
    "seen",
    "reviewed",
    "dated",
    "posted",
    "compiled",
    "when",
    "while",
    "because",
    "after",
    "before",
    "since",
    "on",
    "last",
    "earlier",
    "later",
    "during",
    "this",
    "as",
    "to",
    "said",
    "says",
    "told",
    "and",
    "but",
    "in",
    "if",
    "than",
    "for",
    "over",
];
/// Participles that end a subject noun phrase read backwards from its verb.
const PARTICIPLE_STOPS: &[&str] = &[
    "released",
    "published",
    "issued",
    "obtained",
    "compiled",
    "reviewed",
    "posted",
    "seen",
];
/// Participles that close a poll's respondents: "56 percent of voters polled said".
const RESPONDENT_PARTICIPLES: &[&str] = &[
    "polled",
    "surveyed",
    "asked",
    "questioned",
    "interviewed",
    "sampled",
];

impl Sentence<'_> {
    /// Token indexes of the noun phrase that starts at `i`, stopping at punctuation,
    /// relative clauses and participles.
    pub(super) fn noun_phrase_after(&self, i: usize) -> Option<Range<usize>> {
        let mut end = i;
        while end < self.tokens.len() && end - i < 12 {
            let t = &self.tokens[end];
            if t.kind == TokenKind::Punct
                && !matches!(t.text(self.text), "&" | "-" | "/")
                && !self.period_in_name(end)
            {
                break;
            }
            if end > i && SOURCE_STOPS.contains(&self.lower(end).as_str()) {
                // "a summary from China's foreign ministry" keeps "from"; "in" stops
                // only after a capitalised word ("experts in Russia" stays whole).
                break;
            }
            end += 1;
        }
        while end > i && FUNCTION_WORDS.contains(&self.lower(end - 1).as_str()) {
            end -= 1;
        }
        (end > i).then_some(i..end)
    }

    /// Token indexes of the noun phrase that ends just before `i`, walking back over
    /// adverbs and auxiliaries first. Returns the phrase and the word that stopped it.
    pub(super) fn noun_phrase_before(&self, i: usize) -> (Option<Range<usize>>, Option<String>) {
        let mut end = i;
        while end > 0 && self.skippable(end - 1) {
            end -= 1;
        }
        // "Clinton on Tuesday said", "Ruiz this week told": the time is no subject.
        if let Some(before) = self.time_phrase_before(end) {
            end = before;
            while end > 0 && self.skippable(end - 1) {
                end -= 1;
            }
        }
        // "and most recently defended": a degree word before the adverb is the adverb's.
        if end < i
            && end > 0
            && self.lower(end).ends_with("ly")
            && matches!(
                self.lower(end - 1).as_str(),
                "most" | "more" | "less" | "least"
            )
        {
            return (None, None);
        }
        // "Murphy — after a pause — told me": the speaker stands before the aside.
        if end > 0
            && self.is_dash(end - 1)
            && let Some(open) = (end.saturating_sub(30)..end - 1)
                .rev()
                .find(|&k| self.is_dash(k))
        {
            return self.noun_phrase_before(open);
        }
        // "The Environment Agency (EA) said": step over a parenthesis.
        if end > 0
            && self.word(end - 1) == ")"
            && let Some(open) = (0..end - 1).rev().find(|&k| self.word(k) == "(")
        {
            let (np, stop) = self.noun_phrase_before(open);
            return (np.map(|np| np.start..end), stop);
        }
        // "Hannah Reyes, the director, said" / "X, who spoke on condition …, said".
        if end > 0 && self.word(end - 1) == "," {
            // "Mia Okafor, 59, of Portmere, said": the name stands before the age and
            // the hometown.
            let named = self.before_age_and_hometown(end - 1);
            if named != end - 1 {
                return self.noun_phrase_before(named);
            }
            // "a truck driver from Ava, Mo., said": the appositive ends at the town.
            // "Tom Emanuel of Laconia, N.H., said": the name ends at the town.
            if let Some(town) = self.state_after_town(end - 1) {
                let appositive = (0..town)
                    .rev()
                    .find(|&k| self.word(k) == ",")
                    .is_some_and(|k| DETERMINERS.contains(&self.lower(k + 1).as_str()));
                return self.noun_phrase_before(if appositive { town + 1 } else { town });
            }
            let comma = end - 1;
            let Some(previous) = (0..comma).rev().find(|&k| self.word(k) == ",") else {
                return (None, Some(",".to_owned()));
            };
            let clause = self.lower(previous + 1);
            return if matches!(clause.as_str(), "who" | "which" | "whose") {
                self.noun_phrase_before(self.before_age_and_hometown(previous))
            } else {
                // An appositive: the name may stand before it or inside it.
                // "The board’s chief executive, Mira Okafor, said": the name wins.
                let inner = self.noun_phrase_before(comma);
                let inner_named = inner
                    .0
                    .clone()
                    .is_some_and(|np| self.classify(np) == SourceKind::Named);
                match self.noun_phrase_before(previous) {
                    // "On Tuesday, Gov. Ana Ruiz, said", "After winning Ohio, Ruiz,
                    // said": an opening adverbial is no name before its appositive.
                    (Some(np), _) if inner_named && self.opening_adverbial(np.clone()) => inner,
                    (Some(np), stop)
                        if self.classify(np.clone()) == SourceKind::Named
                            || stop.as_deref() != Some(",") && !inner_named =>
                    {
                        (Some(np), stop)
                    }
                    _ => inner,
                }
            };
        }
        let mut start = end;
        let mut stop = None;
        // Periods inside a name ("Joseph R. Biden Jr.", "Rep. Ruiz") do not count
        // towards a subject's length.
        let mut periods = 0;
        while start > 0 && end - start - periods < 8 {
            let t = &self.tokens[start - 1];
            let in_name = self.period_in_name(start - 1);
            if in_name {
                periods += 1;
            }
            if t.kind == TokenKind::Punct && !in_name {
                // A hyphen joins ("Coca-Cola" split oddly); a spaced one is a dash.
                let dash = self.is_dash(start - 1);
                // "42% say": a percentage is one word with its sign.
                let percent = t.text(self.text) == "%"
                    && start >= 2
                    && self.tokens[start - 2].kind == TokenKind::Number;
                // "A CNN/ORC poll": a slash between two words joins them.
                let slash = t.text(self.text) == "/"
                    && start >= 2
                    && self.is_word(start - 2)
                    && self.tokens[start - 2].range.end == t.range.start;
                if !matches!(t.text(self.text), "&" | "-") && !percent && !slash || dash {
                    stop = Some(t.text(self.text).to_owned());
                    break;
                }
                if slash {
                    periods += 1; // as a name's periods, no word of its own
                }
            } else {
                let w = self.lower(start - 1);
                // "voters polled said", "those asked said": who answered a poll.
                if RESPONDENT_PARTICIPLES.contains(&w.as_str()) {
                    start -= 1;
                    continue;
                }
                let lowercase = !is_capitalised(self.word(start - 1));
                // "refugee advocates said", "police reports show": a plural -s form
                // right before the verb heads the subject; it is no verb itself.
                // So is a base form there: "the report said", "secretary of state said".
                let head_noun = start == end
                    && (w.ends_with('s') && !w.ends_with("ss")
                        || self
                            .lexicon
                            .verbs
                            .get(&w)
                            .is_some_and(|(_, lemma)| *lemma == w));
                // "the person familiar with the planning said": after a determiner it
                // is a noun ("that" may open a clause instead), and so after a
                // possessive ("familiar with Ruiz’s thinking said").
                let determined = || {
                    start >= 2 && {
                        let d = self.lower(start - 2);
                        d != "that" && DETERMINERS.contains(&d.as_str())
                            || d.ends_with("’s")
                            || d.ends_with("'s")
                    }
                };
                let lowercase_verb =
                    lowercase && !head_noun && self.lexicon.verbs.contains_key(&w) && !determined();
                // "Kaine defended people accused …": a past tense right after a name or
                // a pronoun is that subject's verb, not part of this phrase.
                let past_after_subject = lowercase
                    && w.ends_with("ed")
                    && start >= 2
                    && self.is_word(start - 2)
                    && (is_capitalised(self.word(start - 2))
                        || PRONOUNS.contains(&self.lower(start - 2).as_str()));
                // "It is now the place officials say …": a finite "is" ends the subject.
                let finite_be = start < end && matches!(w.as_str(), "is" | "was" | "are" | "were");
                if BOUNDARY_WORDS.contains(&w.as_str())
                    || lowercase_verb
                    || past_after_subject
                    || finite_be
                {
                    stop = Some(w);
                    break;
                }
            }
            start -= 1;
        }
        if end - start - periods >= 8 {
            // "In a meeting with the editorial board of the Post Trump said": too long
            // for a subject, but a run of capitalised words just before the verb is one.
            let run = (start..end)
                .rev()
                .take_while(|&k| self.is_word(k) && is_capitalised(self.word(k)))
                .take(5)
                .last();
            return match run {
                Some(first) if first > start => (Some(first..end), None),
                _ => (self.long_opening_subject(end), None),
            };
        }
        // "Customs data released in January show…": the subject ends before the participle.
        if let Some(cut) =
            (start..end).find(|&k| k > start && PARTICIPLE_STOPS.contains(&self.lower(k).as_str()))
        {
            end = cut;
        }
        // "the minimum $20 million experts say": the amount belongs to the money.
        if matches!(stop.as_deref(), Some("$" | "£" | "€")) {
            while start < end
                && (self.tokens[start].kind == TokenKind::Number
                    || matches!(
                        self.lower(start).as_str(),
                        "million" | "billion" | "trillion" | "thousand"
                    ))
            {
                start += 1;
            }
        }
        // Leading prepositional phrase words ("In a briefing … the ministry") never start a subject.
        while start < end
            && (FUNCTION_WORDS.contains(&self.lower(start).as_str())
                && !DETERMINERS.contains(&self.lower(start).as_str())
                || SKIPPABLE.contains(&self.lower(start).as_str()))
        {
            start += 1;
        }
        let ok = start < end && !FUNCTION_WORDS.contains(&self.lower(end - 1).as_str());
        if ok
            && stop.as_deref() == Some("and")
            && let Some((first, stop)) = self.conjunct_before(start - 1)
        {
            return (Some(first..end), stop);
        }
        (ok.then_some(start..end), stop)
    }

    /// True when `np` is an adverbial phrase that opens the sentence: a time
    /// ("Tuesday,", "On Tuesday,"), a place after a preposition ("In Portmere,"), or a
    /// participle after "after" or "before" ("…, after winning Ohio,").
    fn opening_adverbial(&self, np: Range<usize>) -> bool {
        let led_by = |words: &[&str]| {
            np.start
                .checked_sub(1)
                .is_some_and(|k| words.contains(&self.lower(k).as_str()))
        };
        let time = np.start <= 1
            && np
                .clone()
                .all(|k| TIME_WORDS.contains(&self.lower(k).as_str()));
        let place = np.start == 1 && led_by(PREPOSITIONS);
        let participle = self.lower(np.start).ends_with("ing")
            && led_by(&["after", "before", "since", "while", "upon"]);
        time || place || participle
    }

    /// "Paul Porter, a truck driver from Ava, Mo., who drives for the union, said …",
    /// "Sanders, meanwhile, who has no such endorsements, said …": the comma before the
    /// verb at `i` closes asides set off after the clause's opening noun phrase, and
    /// that phrase is the subject, however the asides nest. None unless the phrase
    /// opens the clause (after a quotation or a conjunction) and the first aside opens
    /// as one: a relative pronoun, an article, a possessive, an age or an adverb.
    pub(super) fn subject_before_asides(&self, i: usize) -> Option<Range<usize>> {
        // "Manafort, citing “the unique magic of Trump,” said": the aside's comma may
        // stand inside its closing quotation mark.
        if i < 4 {
            return None;
        }
        // The comma before the verb, behind any closing quotation marks ('' is two).
        let mut last_comma = i - 1;
        while last_comma > 1 && matches!(self.word(last_comma), "”" | "\"" | "'" | "’") {
            last_comma -= 1;
        }
        let in_quote_mark = last_comma < i - 1;
        if self.word(last_comma) != "," {
            return None;
        }
        let mut open = (0..i).find(|&k| !self.in_quote[k] && self.is_word(k))?;
        if matches!(self.lower(open).as_str(), "and" | "but" | "so" | "yet") {
            open += 1;
        }
        let comma = (open..i - 1).find(|&k| self.word(k) == ",")?;
        let np = self.noun_phrase_before(comma).0?;
        // "Back in Indiana, …": an opening adverbial is no subject.
        let opener = self.lower(np.start);
        if np.start != open
            || self.in_quote[comma + 1]
            || PREPOSITIONS.contains(&opener.as_str())
            || SKIPPABLE.contains(&opener.as_str())
            || matches!(opener.as_str(), "back" | "here" | "there" | "now" | "even")
        {
            return None;
        }
        // "The other man, his cousin James York, cited": a name closing the first
        // aside is the better source.
        if self.classify(np.clone()) != SourceKind::Named
            && let Some(next) = (comma + 1..i).find(|&k| self.word(k) == ",")
            && next >= comma + 3
            && is_capitalised(self.word(next - 1))
            && is_capitalised(self.word(next - 2))
            && (is_capitalised(self.word(comma + 1))
                || matches!(self.lower(comma + 1).as_str(), "his" | "her" | "their"))
        {
            return None;
        }
        let aside = self.lower(comma + 1);
        let opens_aside = matches!(
            aside.as_str(),
            "who"
                | "whose"
                | "which"
                | "a"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "meanwhile"
                | "however"
                | "too"
                | "though"
                | "likewise"
                | "citing"
                | "quoting"
        ) || self.tokens[comma + 1].kind == TokenKind::Number
            && self.word(comma + 1).len() <= 3
            || self.role_aside(comma + 1)
            || self.possessive_aside(comma + 1);
        // "The party, …, “allows us to get our message out,” said Coleman": a closing
        // quotation mark ends a citation's aside or a title ("host of “Morning Joe,”"),
        // not the quotation's content.
        let quoted_words = (comma + 1..last_comma)
            .filter(|&k| self.in_quote[k] && self.is_word(k))
            .count();
        let title = quoted_words <= 4;
        if in_quote_mark && !title && !matches!(aside.as_str(), "citing" | "quoting") {
            return None;
        }
        // "Today, dockers, who …, said": an opening time is no subject.
        let time = np.clone().all(|k| {
            let w = self.lower(k);
            TIME_WORDS.contains(&w.as_str()) || SKIPPABLE.contains(&w.as_str())
        });
        (opens_aside && !time).then_some(np)
    }

    /// "Donald Trump’s fired campaign manager", "the Harbour Board’s chair": an aside
    /// from `start` that opens on a name's possessive, then a lowercase role.
    fn possessive_aside(&self, start: usize) -> bool {
        let name = (start..self.tokens.len().min(start + 4))
            .take_while(|&k| self.in_name(k))
            .count();
        let possessive = start + name;
        (1..4).contains(&name)
            && {
                let w = self.word(possessive - 1);
                w.ends_with("’s") || w.ends_with("'s")
            }
            && possessive < self.tokens.len()
            && self.is_word(possessive)
            && !is_capitalised(self.word(possessive))
    }

    /// "acting political director of CREDO Action", "professor at Yale": a role
    /// without an article, from `start`, a lowercase word that is no verb, with "of",
    /// "at" or "for" within five words and before the next comma.
    fn role_aside(&self, start: usize) -> bool {
        let w = self.lower(start);
        // "The message, sent to the chief of staff, called": a participle, no role.
        let participle = w.ends_with("ed")
            || matches!(
                w.as_str(),
                "sent"
                    | "made"
                    | "held"
                    | "led"
                    | "known"
                    | "given"
                    | "taken"
                    | "written"
                    | "built"
            );
        self.is_word(start)
            && !participle
            && !is_capitalised(self.word(start))
            && !self.lexicon.verbs.contains_key(&w)
            && !BOUNDARY_WORDS.contains(&w.as_str())
            && !FUNCTION_WORDS.contains(&w.as_str())
            && (start + 1..self.tokens.len().min(start + 6))
                .take_while(|&k| self.is_word(k))
                .any(|k| matches!(self.lower(k).as_str(), "of" | "at" | "for"))
    }

    /// Where a time phrase that ends just before `end` starts ("on Tuesday", "this
    /// week", "on Wednesday night"), when a word of the subject stands before it.
    fn time_phrase_before(&self, end: usize) -> Option<usize> {
        let mut start = end;
        let mut dated = false;
        while start > 0 && end - start < 3 && self.is_word(start - 1) {
            let w = self.lower(start - 1);
            if !TIME_WORDS.contains(&w.as_str()) || w == "may" {
                break;
            }
            dated |= is_capitalised(self.word(start - 1))
                || matches!(
                    w.as_str(),
                    "today" | "yesterday" | "week" | "month" | "year"
                );
            start -= 1;
        }
        if !dated || start == end {
            return None;
        }
        if start > 0
            && matches!(
                self.lower(start - 1).as_str(),
                "on" | "this" | "last" | "late" | "early"
            )
        {
            start -= 1;
        } else if start > 0 && is_capitalised(self.word(start - 1)) {
            return None; // "on Super Tuesday", "USA TODAY reported": part of a name
        }
        // The subject's last word: a name, a noun or a pronoun, not a preposition
        // ("the report released on Tuesday said" keeps its time).
        let subject_end = start > 0
            && (self.is_word(start - 1) || self.word(start - 1) == ")")
            && !FUNCTION_WORDS.contains(&self.lower(start - 1).as_str())
            && !BOUNDARY_WORDS.contains(&self.lower(start - 1).as_str())
            && !self.lower(start - 1).ends_with("ed");
        subject_end.then_some(start)
    }

    /// The comma after a name that the age and hometown set off by `comma` follow:
    /// at ", 59, of Ashton, Md.," it steps back over the three; elsewhere it is
    /// `comma` itself.
    fn before_age_and_hometown(&self, mut comma: usize) -> usize {
        let previous = |c: usize| (0..c).rev().find(|&k| self.word(k) == ",");
        let capitalised = |r: Range<usize>| r.len() <= 4 && self.is_place_name(r);
        let hometown = |r: Range<usize>| {
            r.len() >= 2 && self.lower(r.start) == "of" && capitalised(r.start + 1..r.end)
        };
        let age = |r: Range<usize>| {
            r.len() == 1
                && self.tokens[r.start].kind == TokenKind::Number
                && self.word(r.start).len() <= 3
        };
        while let Some(p) = previous(comma) {
            if age(p + 1..comma) || hometown(p + 1..comma) {
                comma = p;
            } else if let Some(q) = previous(p)
                && capitalised(p + 1..comma)
                && hometown(q + 1..p)
            {
                comma = q; // "of Ashton, Md.": the state after the town
            } else {
                break;
            }
        }
        comma
    }

    /// The subject of a verb at `end` that opens the sentence and runs past eight words,
    /// as a head noun with its modifiers: "A person familiar with the planning for
    /// Thursday's meeting says", "Several people I've spoken with over the last couple
    /// of weeks said". None when a punctuation mark, a clause word or a verb comes
    /// between ("The tax applies to the most expensive plans").
    fn long_opening_subject(&self, end: usize) -> Option<Range<usize>> {
        let words = (0..end).filter(|&k| !self.period_in_name(k)).count();
        let first = self.lower(0);
        if words > LONGEST_OPENING_SUBJECT
            || first == "that"
            || !DETERMINERS.contains(&first.as_str()) && !QUANTIFIERS.contains(&first.as_str())
        {
            return None;
        }
        // The head noun, within three words, takes a modifier: "familiar with",
        // "of the Joint Chiefs", "I've spoken with".
        let modifier = (1..4.min(end)).find(|&k| {
            PREPOSITIONS.contains(&self.lower(k).as_str())
                || matches!(
                    self.lower(k).as_str(),
                    "familiar" | "i" | "i've" | "we" | "we've"
                )
        })?;
        // "The tax applies to": an -s form after a lowercase noun is that noun's verb.
        let verb_before_modifier = (2..modifier).any(|k| {
            let w = self.lower(k);
            let previous = self.lower(k - 1);
            w.ends_with('s')
                && !w.ends_with("ss")
                && !w.contains(['\'', '’'])
                && !is_capitalised(self.word(k - 1))
                && !DETERMINERS.contains(&previous.as_str())
                && !QUANTIFIERS.contains(&previous.as_str())
        });
        let clean = !verb_before_modifier
            && (1..end).all(|k| {
                let w = self.lower(k);
                (self.is_word(k) || self.period_in_name(k) || matches!(self.word(k), "-" | "&"))
                    && !BOUNDARY_WORDS.contains(&w.as_str())
                    && !AUXILIARIES.contains(&w.as_str())
                    && (k > modifier
                        || is_capitalised(self.word(k))
                        || !self.lexicon.verbs.contains_key(&w))
            });
        // "The Coast average of polls taken over the past two weeks shows": as below,
        // the subject ends before the participle.
        let end = (modifier..end)
            .find(|&k| {
                let w = self.lower(k);
                PARTICIPLE_STOPS.contains(&w.as_str())
                    || matches!(w.as_str(), "taken" | "conducted")
            })
            .unwrap_or(end);
        clean.then_some(0..end)
    }

    /// The comma after a town that a state's abbreviation set off by `comma` follows
    /// ("from Ava, Mo.,"), if there is one.
    fn state_after_town(&self, comma: usize) -> Option<usize> {
        let town = (0..comma).rev().find(|&k| self.word(k) == ",")?;
        let state = town + 1..comma;
        let abbreviation = state.len() <= 3
            && self.is_place_name(state.clone())
            && self.word(comma - 1).ends_with('.')
            && state.clone().map(|k| self.word(k).len()).sum::<usize>() <= 7;
        let after_town = town > 0 && self.is_word(town - 1) && is_capitalised(self.word(town - 1));
        (abbreviation && after_town).then_some(town)
    }

    /// True when tokens `r` (at least one) are capitalised words and the periods of
    /// their abbreviations, as a town or a state is written: "Ashton", "Md.", "N.H.".
    fn is_place_name(&self, r: Range<usize>) -> bool {
        !r.is_empty()
            && r.clone()
                .all(|k| self.word(k) == "." || self.is_word(k) && is_capitalised(self.word(k)))
    }

    /// "Ruiz and Okafor said", "The mayor and her deputy said": the noun phrase before
    /// the `and` at `and` is a second speaker when it opens the clause and is a name
    /// or a determiner's phrase. "He met Xi and Clinton said" is one speaker: "He met
    /// Xi" holds a verb.
    fn conjunct_before(&self, and: usize) -> Option<(usize, Option<String>)> {
        let (np, stop) = self.noun_phrase_before(and);
        let np = np?;
        if !matches!(stop.as_deref(), None | Some(",") | Some("that")) || np.len() > 4 {
            return None;
        }
        let name = np
            .clone()
            .all(|k| self.is_word(k) && is_capitalised(self.word(k)));
        let determined = DETERMINERS.contains(&self.lower(np.start).as_str())
            && np
                .clone()
                .skip(1)
                .all(|k| self.is_word(k) && !self.lexicon.verbs.contains_key(&self.lower(k)));
        (name || determined).then_some((np.start, stop))
    }

    /// The subject of a progressive whose "be" is at `be`: the noun phrase before
    /// "is" or "isn’t", or the pronoun that "’s" or "’re" joins ("He’s claiming").
    pub(super) fn progressive_subject(&self, be: usize) -> Option<(Range<usize>, SourceKind)> {
        let w = self.plain(be);
        if BE_FORMS.contains(&w.as_str()) {
            let np = self.noun_phrase_before(be).0?;
            return Some((self.span(np.clone()), self.classify(np)));
        }
        if CONTRACTED_BE.contains(&w.as_str()) {
            let token = &self.tokens[be];
            let pronoun = w.split('\'').next().unwrap_or_default().len();
            return Some((
                token.range.start..token.range.start + pronoun,
                SourceKind::Pronoun,
            ));
        }
        None
    }

    /// True when the verb at `i` follows "which" or "that" and a subject of at most
    /// three words: "which scientists say is", "that Ruiz says was".
    pub(super) fn relative_gap(&self, i: usize) -> bool {
        let (np, stop) = self.noun_phrase_before(i);
        np.is_some_and(|np| {
            np.len() <= 3
                && np.start > 0
                && matches!(stop.as_deref(), Some("which" | "that"))
                && matches!(self.lower(np.start - 1).as_str(), "which" | "that")
        })
    }

    /// The sentence's opening noun phrase, skipping an introductory clause that ends in a comma.
    pub(super) fn first_subject(&self) -> Option<Range<usize>> {
        // "“Stay,” Blige sings … before asking": the subject follows an opening quotation.
        if self.in_quote.first() == Some(&true) {
            let start = (0..self.tokens.len()).find(|&k| !self.in_quote[k] && self.is_word(k))?;
            let end = (start..self.tokens.len())
                .take_while(|&k| self.in_name(k))
                .last()?;
            return Some(start..end + 1);
        }
        let mut start = 0;
        // "WASHINGTON, Dec. 8 (UPI) — …", "Portmere (AP) – …": a dateline ends at its dash.
        if let Some(dash) = (1..self.tokens.len().min(10)).find(|&k| self.is_dash(k))
            && (self.word(dash - 1) == ")" || self.word(0).chars().all(|c| !c.is_lowercase()))
        {
            start = dash + 1;
        }
        // A comma that opens the sentence sets off nothing (and has no word before it).
        if let Some(comma) =
            (start + 1..self.tokens.len().min(start + 12)).find(|&k| self.word(k) == ",")
        {
            let opening = start;
            // "But, …": the conjunction and its comma; "But a day later, Trump …": the
            // conjunction, then the opening phrase.
            let conjunction = matches!(self.lower(start).as_str(), "but" | "yet" | "still" | "and");
            if conjunction && comma > start + 1 {
                start += 1;
            }
            let intro = self.lower(start);
            // "Speaking at a town hall, Trump …", "Asked about it, Trump …", "Hours later,
            // Trump …", "For months, Obama …": an opening phrase set off by a comma.
            let participle = intro.len() > 4
                && (intro.ends_with("ing") || intro == "asked")
                && start + 1 < comma;
            let later = comma <= start + 4
                && matches!(self.lower(comma - 1).as_str(), "later" | "earlier" | "ago");
            if participle
                || later
                || conjunction && comma == opening + 1
                || matches!(
                    intro.as_str(),
                    "in" | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "however"
                        | "meanwhile"
                        | "for"
                        | "since"
                        | "within"
                        | "despite"
                        | "amid"
                        | "earlier"
                        | "later"
                        | "to"
                )
                // "When his family moved back, his mother refused …"
                || SUBORDINATORS.contains(&intro.as_str())
            {
                start = comma + 1;
                // "Speaking in Salem, New Hampshire, Trump …": the state after the town.
                if let Some(next) =
                    (start..self.tokens.len().min(start + 4)).find(|&k| self.word(k) == ",")
                    && next > start
                    && self.is_place_name(start..next)
                    && (start..next).any(|k| self.is_word(k))
                    && is_capitalised(self.word(comma - 1))
                    && self.tokens.get(next + 1).is_some_and(|t| {
                        t.kind != TokenKind::Punct && is_capitalised(t.text(self.text))
                    })
                {
                    start = next + 1;
                }
                // "On Sunday Mr. Trump made …, writing": that comma set off the
                // participle, not an opening phrase.
                let next = self.lower(start);
                if next.ends_with("ing") && !is_capitalised(self.word(start))
                    || matches!(next.as_str(), "which" | "who" | "that")
                {
                    start = if conjunction { opening + 1 } else { opening };
                }
            }
        }
        let mut end = start;
        // "several environmental groups": after a determiner or a quantifier, lowercase
        // words up to the verb belong to the phrase too.
        let opener = self.lower(start);
        let open_phrase =
            DETERMINERS.contains(&opener.as_str()) || QUANTIFIERS.contains(&opener.as_str());
        // "Mr. Sanders", "Joseph R. Biden": a period inside a name continues it.
        while end < self.tokens.len()
            && (self.is_word(end) || end > start && self.period_in_name(end))
            && end - start < 6
        {
            let w = self.word(end);
            let lw = w.to_lowercase();
            // "The mayor visited the port, saying": a past tense or an auxiliary is
            // the verb, not part of the phrase.
            let verb_like =
                lw.len() > 4 && lw.ends_with("ed") || AUXILIARIES.contains(&lw.as_str());
            let continues = is_capitalised(w)
                || self.period_in_name(end)
                || DETERMINERS.contains(&lw.as_str())
                || open_phrase
                    && !verb_like
                    && !self.lexicon.verbs.contains_key(&lw)
                    && !BOUNDARY_WORDS.contains(&lw.as_str())
                    && !FUNCTION_WORDS.contains(&lw.as_str())
                    && !SKIPPABLE.contains(&lw.as_str());
            if end > start && !continues {
                break;
            }
            end += 1;
            if PRONOUNS.contains(&lw.as_str()) {
                break;
            }
        }
        (end > start).then_some(start..end)
    }

    /// Who "who" stands for before the verb at `i`: "listeners who said", "… out-argued
    /// Okafor, who said" (the name before the comma), "came from a young child, who
    /// said" (the phrase before the comma, from its determiner).
    pub(super) fn who_antecedent(&self, i: usize) -> Option<Range<usize>> {
        let who = (0..i).rev().find(|&k| self.lower(k) == "who")?;
        let after_comma = who > 0 && self.word(who - 1) == ",";
        if after_comma && let Some(name) = self.name_before(who - 1, 5) {
            return Some(name);
        }
        let before = if after_comma { who - 1 } else { who };
        let np = self.noun_phrase_before(before).0?;
        // The last determiner, unless "of" joins it to the one before ("the head of
        // the agency").
        let opener = np
            .clone()
            .rev()
            .find(|&k| {
                DETERMINERS.contains(&self.lower(k).as_str())
                    && (k == np.start || self.lower(k - 1) != "of")
            })
            .unwrap_or(np.start);
        Some(opener..np.end)
    }

    /// What the relative pronoun at `which` stands for: a document ("a letter from his
    /// doctor that says", "the audit, which notes"), or for a verb of saying a named
    /// body ("the Coast Police Department, which reported").
    pub(super) fn which_antecedent(&self, which: usize, class: VerbClass) -> Option<Range<usize>> {
        // ", which" and "-- which" open an aside after the phrase they stand for: "the
        // study -- which notes".
        let mut before = which;
        while before > 0 && matches!(self.word(before - 1), "," | "-" | "—" | "–") {
            before -= 1;
        }
        if before == which
            && let Some(document) = self.document_before(which)
        {
            return Some(document);
        }
        let np = self.noun_phrase_before(before).0?;
        let aside = before < which;
        let document = aside
            && np
                .clone()
                .any(|k| DOCUMENT_NOUNS.contains(&self.lower(k).as_str()));
        let named = class == VerbClass::Speech && self.classify(np.clone()) == SourceKind::Named;
        (document || named).then_some(np)
    }

    /// "Several dockers I've spoken with said", "the voters we talked to said": the
    /// speaker stands before a relative clause with no "who", whose subject is a
    /// pronoun and whose verb is one of meeting or talking.
    pub(super) fn reduced_relative_subject(&self, verb: usize) -> Option<Range<usize>> {
        let mut k = verb.checked_sub(1)?;
        if matches!(self.lower(k).as_str(), "to" | "with") {
            k = k.checked_sub(1)?;
        }
        if !REDUCED_RELATIVE_VERBS.contains(&self.lower(k).as_str()) {
            return None;
        }
        k = k.checked_sub(1)?;
        if matches!(self.plain(k).as_str(), "have" | "had" | "'ve" | "'d") {
            k = k.checked_sub(1)?;
        }
        let pronoun = self.plain(k);
        let pronoun = pronoun
            .strip_suffix("'ve")
            .or_else(|| pronoun.strip_suffix("'d"))
            .unwrap_or(&pronoun);
        if !matches!(pronoun, "i" | "we" | "you" | "they" | "he" | "she") {
            return None;
        }
        let np = self.noun_phrase_before(k).0?;
        let head = self.lower(np.end - 1);
        (!PRONOUNS.contains(&head.as_str())).then_some(np)
    }
}
