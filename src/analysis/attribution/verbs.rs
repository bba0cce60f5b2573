//! Verbs of saying, believing and holding a position, in every tense and position:
//! "Ruiz said", "said Ruiz", "…, saying", "was reported by", "is demanding".

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    words::{
        AFFILIATIONS, AUXILIARIES, BE_FORMS, BOUNDARY_WORDS, DETERMINERS, DOCUMENT_NOUNS,
        FUNCTION_WORDS, NEGATED_AUXILIARIES, PREPOSITIONS, PRONOUNS, QUANTIFIERS, SKIPPABLE,
    },
};
use crate::analysis::lexicon::VerbClass;
use crate::analysis::tokens::{TokenKind, is_capitalised};

/// Modal verbs: "would support" is a wish, "will say" takes a base form.
const MODALS: &[&str] = &[
    "should", "must", "would", "could", "might", "may", "can", "will",
];
const PASSIVE_AUX: &[&str] = &[
    "is", "are", "was", "were", "been", "be", "being", "get", "got",
];
/// Bodies whose findings are sources: "the panel found", "auditors found".
const FINDING_BODIES: &[&str] = &[
    "panel",
    "court",
    "judge",
    "judges",
    "jury",
    "inquiry",
    "commission",
    "committee",
    "investigators",
    "inspectors",
    "inspector",
    "auditors",
    "auditor",
    "researchers",
    "scientists",
    "regulators",
    "tribunal",
    "coroner",
    "watchdog",
];
/// Base forms that are also common nouns ("demand from China", "a reality show"):
/// read as verbs only where a verb of saying fits.
const NOUN_LIKE: &[&str] = &[
    "state", "note", "claim", "report", "estimate", "show", "post", "tweet", "demand", "comment",
    "promise", "call", "answer", "reply", "forecast", "project", "signal", "counter", "remark",
    "pledge", "vow", "caution", "praise", "quip", "rate", "find", "finding", "accuse", "urge",
    "question", "charge", "dispute", "blast", "slam", "support", "want", "joke", "shout", "mock",
    "ridicule", "rebuke", "retort", "voice", "hail", "talk",
];
/// Subject words that take a verb's -s form, never its base form.
const SINGULAR_STARTS: &[&str] = &[
    "a", "an", "this", "each", "every", "another", "he", "she", "it",
];

impl Sentence<'_> {
    pub(super) fn verb_cue(&self, i: usize) -> Option<Attribution> {
        let t = &self.tokens[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        let word = self.word(i);
        let lower = word.to_lowercase();
        let (class, ref lemma) = *self.lexicon.verbs.get(&lower)?;
        // "Said Okafor, “…”": an inverted verb opening the sentence.
        let opens_inverted = lemma == "say"
            && (0..i).all(|k| !self.is_word(k))
            && self.is_word(i + 1)
            && is_capitalised(self.word(i + 1));
        if is_capitalised(word) && !self.headline_verb(i, &lower) && !opens_inverted {
            return None; // "United States", "State Department"
        }
        let prev = i.checked_sub(1).map(|p| self.lower(p));
        // "a letter that says": a relative pronoun, not the determiner of "that report".
        let relative = prev.as_deref() == Some("that")
            && (lower.ends_with('s') || lower.ends_with("ed") || lower == "said")
            && self.document_before(i - 1).is_some();
        // "She went on to say", "Ruiz took to Twitter to say": the infinitive states it;
        // "Ruiz declined to comment" answers, though it asserts nothing.
        if prev.as_deref() == Some("to")
            && class == VerbClass::Speech
            && let Some(verb) = self.went_on_to(i - 1)
        {
            // "Ruiz is continuing to insist": a progressive's subject stands before "is".
            let (source, kind) = match verb
                .checked_sub(1)
                .filter(|_| self.lower(verb).ends_with("ing"))
                .and_then(|be| self.progressive_subject(be))
            {
                Some(found) => found,
                None => {
                    let np = self.noun_phrase_before(verb).0?;
                    (self.span(np.clone()), self.classify(np))
                }
            };
            return Some(Attribution {
                cue: self.tokens[verb].range.start..t.range.end,
                source: Some(source),
                kind,
                class: CueClass::Speech,
            });
        }
        // "Another said", "Each told me": a determiner standing alone before a past
        // tense is the subject.
        let pronoun = matches!(prev.as_deref(), Some("another" | "each"))
            && (lower.ends_with("ed") || matches!(lower.as_str(), "said" | "told" | "wrote"));
        if !relative
            && !pronoun
            && prev
                .as_deref()
                .is_some_and(|p| DETERMINERS.contains(&p) || p == "to")
        {
            return None; // "the report", "declined to say"
        }
        let next = (i + 1 < self.tokens.len()).then(|| self.lower(i + 1));
        let past = lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "said" | "told" | "wrote" | "found" | "shown" | "spoke" | "sought" | "knew"
            );
        if !past && !lower.ends_with("ing") {
            // "Editor’s note", "Mr. King’s show": after a possessive it is a noun.
            if prev
                .as_deref()
                .is_some_and(|p| p.ends_with("’s") || p.ends_with("'s"))
            {
                return None;
            }
            // "the suicide rate was": no verb of saying is followed by an auxiliary,
            // except in a relative clause whose subject is the gap: "a target, which
            // scientists say is too low".
            if next.as_deref().is_some_and(|n| AUXILIARIES.contains(&n)) && !self.relative_gap(i) {
                return None;
            }
        }
        // After "he" or a name mid-sentence ("Trump urges"), or closing a sentence that
        // quoted someone ("…?” he asks."), an -s form is a verb.
        let first_word = (0..i).find(|&k| self.is_word(k));
        // An adverb may stand between: "It also points out"; the word before them.
        let subject_end = (0..i).rev().find(|&k| !self.skippable(k));
        let after_subject = subject_end.is_some_and(|s| {
            matches!(self.lower(s).as_str(), "he" | "she" | "it")
                // not the sentence's first word: "All rates exclude", "Member states",
                // nor a modifier after a preposition: "32% of Republican claims"
                || s > 0
                    && is_capitalised(self.word(s))
                    && first_word != Some(s)
                    && !PREPOSITIONS.contains(&self.lower(s - 1).as_str())
        });
        let closes_quote = matches!(next.as_deref(), Some("." | "?" | "!"))
            && (0..i).any(|k| matches!(self.word(k), "”" | "\""));
        // "demand from China", "a reality show": a base or -s form that is also a noun
        // must take what a verb of saying takes, or have a document for its subject
        // ("data show trade grew").
        let mut noun_risk = false;
        // "Ruiz wants to sell", "the council plans to": a stance takes an infinitive,
        // but not after what governs or describes a noun ("made plans to", "unveil
        // plans to", "new plans to").
        const NOUN_BEFORE: &[&str] = &[
            "make",
            "made",
            "unveil",
            "announce",
            "reveal",
            "outline",
            "detail",
            "drew",
            "drop",
            "scrap",
            "shelve",
            "approve",
            "submit",
            "have",
            "has",
            "had",
            "new",
            "no",
            "any",
            "future",
            "own",
            "ambitious",
            "similar",
            "such",
            "of",
            "for",
            "with",
            "about",
            "and",
            "or",
        ];
        let infinitive = class == VerbClass::Stance
            && next.as_deref() == Some("to")
            && prev.as_deref().is_some_and(|p| {
                !(p.ends_with("ed") || p.ends_with("ing") || NOUN_BEFORE.contains(&p))
            });
        if NOUN_LIKE.contains(&lemma.as_str()) && !past && !lower.ends_with("ing") {
            // "…, she says, …" speaks; "white support, which" and "minority support
            // for the nominee" are nouns.
            let stance = matches!(class, VerbClass::Cognition | VerbClass::Stance);
            let takes = self.followed_as_saying(i) && !(stance && next.as_deref() == Some(","))
                || infinitive
                || !stance
                    && next
                        .as_deref()
                        .is_none_or(|n| matches!(n, "for" | "on" | "him" | "them" | "us" | "me"));
            noun_risk = !takes && !after_subject && !closes_quote;
        }
        // "more detailed", "highly respected": a degree word makes a participle an adjective.
        if lower.ends_with("ed")
            && prev.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "more" | "most" | "less" | "least" | "very" | "highly" | "so" | "too" | "quite"
                )
            })
        {
            return None;
        }
        match lemma.as_str() {
            // "people accused of rape": a participle, not "X accused Y of".
            "accuse" if next.as_deref() == Some("of") => return None,
            // "some pointed advice": only "pointed out" and "pointed to" say something.
            "point" if !matches!(next.as_deref(), Some("out" | "to")) => return None,
            // "spoke to reporters" says nothing yet; "spoke of the legacy" does.
            // "is talking to voters about health care" does, and so does "spoke
            // emotionally of".
            "speak" | "talk" if !self.speaks_of(i) => return None,
            // "“…,” the letter reads" quotes a document; "Ruiz reads the news" does not.
            "read" if !closes_quote && !self.beside_quote(i) && next.as_deref() != Some(":") => {
                return None;
            }
            // "Ruiz compared the levy to a tax" characterises; "…, compared with 3
            // percent" is arithmetic.
            "compare"
                if matches!(next.as_deref(), Some("with" | "to"))
                    || matches!(prev.as_deref(), Some(",")) =>
            {
                return None;
            }
            // "defended the decision" speaks; "defended her title" is sport.
            "defend"
                if (i + 1..self.tokens.len().min(i + 4)).any(|k| {
                    matches!(
                        self.lower(k).as_str(),
                        "title"
                            | "titles"
                            | "crown"
                            | "championship"
                            | "belt"
                            | "goal"
                            | "net"
                            | "seat"
                            | "lead"
                    )
                }) =>
            {
                return None;
            }
            // "a joke", "shout" as nouns: only past forms or "that" make them speech.
            "joke" | "shout"
                if !past && next.as_deref() != Some("that") && !self.beside_quote(i) =>
            {
                return None;
            }
            // "the court ruled that …" speaks; "ruled out a strike" refuses.
            "ruled" if next.as_deref() == Some("out") => return None,
            // "battleground state Florida", "his home state, Hawaii": only "state that".
            "state" if !past && !matches!(next.as_deref(), Some("that" | ":")) => return None,
            // "The real Trump showed up", "called off the strike".
            "show" | "call" if matches!(next.as_deref(), Some("up" | "off" | "back" | "in")) => {
                return None;
            }
            // "a group called Moms for Ports", "…, called the Harbour Fund,": naming.
            // ("…, calling them rapists" speaks.)
            "call"
                if prev.as_deref() == Some(",")
                    && !lower.ends_with("ing")
                    && !self.after_appositive(i) =>
            {
                return None;
            }
            // "she continued." is speech only beside a quotation, or before a colon
            // that opens one ("Caddell continued:").
            "continue" if !self.beside_quote(i) && next.as_deref() != Some(":") => return None,
            // "police charged him with theft" is no statement; "Ruiz charged that …" is.
            "charge"
                if next.as_deref() != Some("that") && !closes_quote && !self.beside_quote(i) =>
            {
                return None;
            }
            _ => {}
        }
        // "Member states voted": an -s form that is also a plural noun must be followed
        // by what a verb of saying takes.
        if lower.ends_with('s')
            && !after_subject
            && !closes_quote
            && !matches!(
                lower.as_str(),
                "says"
                    | "tells"
                    | "adds"
                    | "warns"
                    | "insists"
                    | "argues"
                    | "writes"
                    | "explains"
                    | "believes"
                    | "thinks"
                    | "contends"
                    | "asserts"
                    | "admits"
                    | "acknowledges"
                    | "concedes"
                    | "predicts"
                    // nor are these ever plural nouns
                    | "asks"
                    | "cites"
                    | "declares"
                    | "suggests"
                    | "emphasizes"
                    | "emphasises"
                    | "announces"
                    | "denies"
                    | "complains"
                    | "responds"
                    | "testifies"
                    | "concludes"
                    | "observes"
                    | "agrees"
                    | "alleges"
                    | "confirms"
                    | "reveals"
            )
            && !self.followed_as_saying(i)
            && !infinitive
        {
            // "…, a Coast Herald analysis of the filings shows.": a document closing the
            // sentence; "A study released Friday by economists shows how …": a document
            // opening it.
            if matches!(next.as_deref(), Some(".")) || class == VerbClass::Evidential {
                return self.distant_document(i, class);
            }
            return None;
        }
        let cue = t.range.clone();
        // Passive: "was reported by Reuters"; without an agent it is a hedge, not a cue.
        let mut back = i;
        while back > 0 && self.skippable(back - 1) {
            back -= 1;
        }
        // Progressive: "Ruiz is demanding that …" speaks; its subject stands before "is",
        // or inside it: "He’s claiming that …".
        if lower.ends_with("ing")
            && back > 0
            && let Some((source, kind)) = self.progressive_subject(back - 1)
        {
            let class = match class {
                VerbClass::Speech => CueClass::Speech,
                // "Ruiz is hoping that …", "the council is seeking a delay": held by someone
                // identified (a stance), or by anyone who can hold a belief.
                VerbClass::Cognition if kind.can_believe() => CueClass::Cognition,
                VerbClass::Stance if kind.can_hold_stance() => CueClass::Stance,
                _ => return None,
            };
            return Some(Attribution {
                cue: self.tokens[back - 1].range.start..cue.end,
                source: Some(source),
                kind,
                class,
            });
        }
        if back > 0
            && (PASSIVE_AUX.contains(&self.lower(back - 1).as_str())
                || BE_FORMS.contains(&self.plain(back - 1).as_str()))
        {
            // "was reported by Reuters", or after what the speaker called it: "has been
            // called a fraud by rival captains".
            let by = (i + 1..self.tokens.len().min(i + 7))
                .take_while(|&k| {
                    self.is_word(k) && !BOUNDARY_WORDS.contains(&self.lower(k).as_str())
                })
                .find(|&k| self.lower(k) == "by")
                .filter(|&k| k == i + 1 || class == VerbClass::Speech);
            if let Some(by) = by {
                let np = self.noun_phrase_after(by + 1)?;
                let kind = self.classify(np.clone());
                let source = self.span(np);
                let class = match class {
                    VerbClass::Speech => CueClass::Speech,
                    VerbClass::Evidential => CueClass::Evidential,
                    VerbClass::Cognition => CueClass::Cognition,
                    VerbClass::Stance if kind.is_identified() => CueClass::Stance,
                    VerbClass::Stance => return None,
                };
                let cue = if by == i + 1 {
                    cue.start..self.tokens[by].range.end
                } else {
                    cue
                };
                return Some(Attribution {
                    cue,
                    source: Some(source),
                    kind,
                    class,
                });
            }
            return None;
        }
        // Participle after a comma: "…, saying the plan had failed."
        if lower.ends_with("ing") {
            // "…, saying", "began by saying", "after initially saying" (but "by asking
            // prosecutors" is no statement)
            let by_saying = subject_end.is_some_and(|k| {
                matches!(
                    self.lower(k).as_str(),
                    "by" | "after" | "upon" | "while" | "before"
                )
            }) && (matches!(
                lemma.as_str(),
                "say"
                    | "add"
                    | "note"
                    | "explain"
                    | "argue"
                    | "insist"
                    | "write"
                    | "declare"
                    | "tell"
                    | "warn"
                    | "claim"
            ) || lemma == "ask" && self.quote_follows(i));
            // "footage of Hillary Clinton asking, “Why …”": the name before the
            // participle speaks the quotation after it.
            if class == VerbClass::Speech
                && matches!(next.as_deref(), Some("," | ":"))
                && self.quote_follows(i)
                && let Some(np) = self.name_before(i, usize::MAX)
            {
                return Some(Attribution {
                    cue,
                    source: Some(self.span(np.clone())),
                    kind: self.classify(np),
                    class: CueClass::Speech,
                });
            }
            // "issued a statement saying", "posted a video claiming": what the document says.
            let document_saying = prev.as_deref().is_some_and(|p| {
                DOCUMENT_NOUNS.contains(&p) || matches!(p, "ad" | "video" | "email" | "message")
            });
            // "with 30 percent of voters saying they …": the share speaks ("with 95
            // percent of precincts reporting" counts votes).
            if class == VerbClass::Speech
                && lemma != "report"
                && let Some(with) = (i.saturating_sub(9)..i)
                    .rev()
                    .take_while(|&k| {
                        self.is_word(k) || self.word(k) == "%" || self.period_in_name(k)
                    })
                    .find(|&k| self.lower(k) == "with")
            {
                let np = with + 1..i;
                let attribution = Attribution {
                    cue: cue.clone(),
                    source: Some(self.span(np.clone())),
                    kind: self.classify(np),
                    class: CueClass::Speech,
                };
                // "with former Gov. Martin O’Malley calling Trump a fascist": a name
                // speaks too.
                if self.respondents(&attribution) || attribution.kind == SourceKind::Named {
                    return Some(attribution);
                }
            }
            // "…,” saying" and "– saying" set the participle off as a comma does.
            let set_off = prev.as_deref() == Some(",")
                || i >= 2 && self.word(i - 1) == "”" && self.word(i - 2) == ","
                || i >= 1 && self.is_dash(i - 1);
            if !(set_off || by_saying || document_saying) || class != VerbClass::Speech {
                return None;
            }
            let subject = if document_saying {
                self.document_issuer(i - 1)
            } else {
                self.first_subject()
            };
            let kind = subject
                .clone()
                .map_or(SourceKind::Missing, |np| self.classify(np));
            return Some(Attribution {
                cue,
                source: subject.map(|np| self.span(np)),
                kind,
                class: CueClass::Speech,
            });
        }
        // Inverted: "“…,” said Patel." / "…, said John Smith, a spokesman".
        if class == VerbClass::Speech
            && !noun_risk
            // Verbs whose object follows them ("called the offer an insult") never invert.
            && !matches!(
                lemma.as_str(),
                "call" | "cite" | "condemn" | "accuse" | "urge" | "praise" | "criticize"
                    | "dismiss" | "describe" | "characterize" | "remind" | "threaten"
            )
            && (matches!(prev.as_deref(), Some("," | "”" | "\"" | "’" | "'") | None)
                // "“It’s unusual,“ said Noble": an opening mark typed where the
                // closing one belongs.
                || prev.as_deref() == Some("“") && i >= 2 && self.word(i - 2) == ",")
            && let Some(np) = self.noun_phrase_after(i + 1)
            && self.is_word(np.start)
            && (is_capitalised(self.word(np.start))
                || DETERMINERS.contains(&self.lower(np.start).as_str())
                // "said one party activist"
                || self.lower(np.start) == "one"
                // "said 9/11 widow Terry Strada", "said one Democratic source"
                // …or a crowd that names no one: "said several observers"
                || QUANTIFIERS.contains(&self.lower(np.start).as_str())
                    && matches!(
                        self.classify(np.clone()),
                        SourceKind::Vague | SourceKind::Anonymous
                    )
                // …and titles before a name: "said former Rep. Ana Ruiz", "said
                // election lawyer Tom Birk"
                || (QUANTIFIERS.contains(&self.lower(np.start).as_str())
                    || self.tokens[np.start].kind == TokenKind::Number
                    || !FUNCTION_WORDS.contains(&self.lower(np.start).as_str())
                        && !BOUNDARY_WORDS.contains(&self.lower(np.start).as_str())
                        && !SKIPPABLE.contains(&self.lower(np.start).as_str()))
                    && np.clone().any(|k| is_capitalised(self.word(k))))
            // The source ends the clause: "said Patel." or "said John Smith, a spokesman";
            // not "…, said the offer was the best".
            && np.len() <= 9
            // …or is followed by where the source sits: "said a spokesman for the
            // ministry", "said one Democratic source on the panel", "said an adviser to
            // the mayor", "said one source who asked not to be named".
            && self.tokens.get(np.end).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    || matches!(
                        self.lower(np.end).as_str(),
                        "for" | "on" | "at" | "in" | "with" | "from" | "to" | "who"
                    )
            })
        {
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
            let kind = self.classify(np.clone());
            return Some(Attribution {
                cue,
                source: Some(self.span(np)),
                kind,
                class: CueClass::Speech,
            });
        }
        let (np, stop) = self.noun_phrase_before(i);
        let np = match (np, stop.as_deref()) {
            (Some(np), _) => np,
            // "Putin met Xi and said …": the subject is the sentence's first noun phrase.
            (None, Some("and" | "but")) => self.first_subject()?,
            // "listeners who said they had doubts": the speaker is who "who" stands for.
            (None, Some("who")) => {
                let who = (0..i).rev().find(|&k| self.lower(k) == "who")?;
                // "… out-argued Okafor, who said": the name just before the comma.
                let named = (who > 0 && self.word(who - 1) == ",")
                    .then(|| self.name_before(who - 1, 5))
                    .flatten();
                // "a young child, who said": the phrase before the comma.
                let before = if who > 0 && self.word(who - 1) == "," {
                    who - 1
                } else {
                    who
                };
                match named {
                    Some(np) => np,
                    // "came from a docker, who said": the phrase opens at its determiner.
                    None => {
                        let np = self.noun_phrase_before(before).0?;
                        // The last determiner, unless "of" joins it to the one before
                        // ("the head of the agency").
                        let opener = np
                            .clone()
                            .rev()
                            .find(|&k| {
                                DETERMINERS.contains(&self.lower(k).as_str())
                                    && (k == np.start || self.lower(k - 1) != "of")
                            })
                            .unwrap_or(np.start);
                        opener..np.end
                    }
                }
            }
            // "a letter from his doctor that says …": a document that says it.
            // "the Coast Police Department, which reported": a named body says it too.
            (None, Some("that" | "which"))
                if i > 0 && matches!(self.lower(i - 1).as_str(), "that" | "which") =>
            {
                match self.document_before(i - 1) {
                    Some(document) => document,
                    None => {
                        let which = i - 1;
                        let before = if which > 0 && self.word(which - 1) == "," {
                            which - 1
                        } else {
                            which
                        };
                        self.noun_phrase_before(before).0.filter(|np| {
                            class == VerbClass::Speech
                                && self.classify(np.clone()) == SourceKind::Named
                        })?
                    }
                }
            }
            _ => return self.distant_document(i, class),
        };
        if noun_risk && self.classify(np.clone()) != SourceKind::Document {
            return None;
        }
        let opener = self.lower(np.start);
        let base_form = !past && !lower.ends_with('s') && !lower.ends_with("ing");
        // "an hourlong show that aired": a noun, not "they show". ("A few experts say"
        // stays a verb.)
        let singular = np.clone().any(|k| {
            let w = self.lower(k);
            SINGULAR_STARTS.contains(&w.as_str())
                && (k == np.start || matches!(w.as_str(), "a" | "an"))
        }) && !np.clone().any(|k| {
            matches!(
                self.lower(k).as_str(),
                "few"
                    | "number"
                    | "lot"
                    | "couple"
                    | "handful"
                    | "majority"
                    | "group"
                    | "array"
                    | "host"
                    | "range"
                    | "variety"
                    | "slew"
                    | "raft"
                    | "dozen"
                    // "A mere 9 percent say", "a quarter say": a share of people.
                    | "percent"
                    | "cent"
                    | "%"
                    | "third"
                    | "quarter"
                    | "half"
                    | "minority"
                    | "plurality"
                    | "fraction"
                    | "proportion"
            )
        });
        // "He doesn’t believe", "she will say": an auxiliary takes the base form.
        let auxiliary = (np.end..i).any(|k| {
            NEGATED_AUXILIARIES.contains(&self.plain(k).as_str())
                || matches!(self.lower(k).as_str(), "does" | "did")
                || MODALS.contains(&self.lower(k).as_str())
        });
        if base_form && singular && !auxiliary {
            return None;
        }
        if lemma == "call" && matches!(opener.as_str(), "a" | "an") {
            return None; // "a group called Moms for Ports"
        }
        let kind = self.classify(np.clone());
        let followed_by_that = self
            .tokens
            .get(i + 1)
            .is_some_and(|_| self.lower(i + 1) == "that");
        // "Do you know": a belief or stance of the reader's, not a source's.
        let reader = np.clone().any(|k| self.lower(k) == "you");
        let cue_class = match class {
            VerbClass::Speech => CueClass::Speech,
            VerbClass::Evidential => {
                // "research conducted by the Center for Media and Public Affairs found":
                // the document further back is the subject, not the name next to the verb.
                if kind != SourceKind::Document
                    && let Some(document) = self.distant_document(i, class)
                    && document
                        .source
                        .as_ref()
                        .is_some_and(|d| d.start < self.tokens[np.start].range.start)
                {
                    return Some(document);
                }
                // "The authors of the report … combed through the filings and found":
                // people named by the document they wrote.
                let document_at = |k: usize| {
                    k < self.tokens.len() && DOCUMENT_NOUNS.contains(&self.lower(k).as_str())
                };
                let of_document = (np.end < self.tokens.len() && self.lower(np.end) == "of")
                    .then(|| (np.end + 1..np.end + 4).find(|&k| document_at(k)))
                    .flatten();
                // "An arbitration panel in 2001 found the port in breach": a body whose
                // work is to find.
                let finder = np
                    .clone()
                    .any(|k| FINDING_BODIES.contains(&self.lower(k).as_str()));
                if !matches!(kind, SourceKind::Document | SourceKind::Named)
                    && !followed_by_that
                    && !finder
                    && !np.clone().any(document_at)
                    && of_document.is_none()
                {
                    // "police found a body" is no attribution; "Gallup found" is, and so is
                    // "The average of polls taken over two weeks shows".
                    return self.distant_document(i, class);
                }
                if let Some(document) = of_document {
                    // The source reads "The authors of the report".
                    return Some(Attribution {
                        cue,
                        source: Some(self.span(np.start..document + 1)),
                        kind,
                        class: CueClass::Evidential,
                    });
                }
                CueClass::Evidential
            }
            VerbClass::Cognition => {
                // "many would hope", "would you think": a belief supposed, not held.
                let supposed =
                    (i.saturating_sub(3)..i).any(|k| MODALS.contains(&self.lower(k).as_str()));
                if !kind.can_believe() || supposed || reader {
                    return None;
                }
                CueClass::Cognition
            }
            VerbClass::Stance => {
                // "voters should know", "would support": a wish, not a stance held;
                // "Ruiz support 27 percent" in a table is a figure.
                let modal =
                    (i.saturating_sub(2)..i).any(|k| MODALS.contains(&self.lower(k).as_str()));
                let figure = self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number);
                if modal || figure || reader || !kind.can_hold_stance() {
                    return None;
                }
                CueClass::Stance
            }
        };
        Some(Attribution {
            cue,
            source: Some(self.span(np)),
            kind,
            class: cue_class,
        })
    }

    /// The verb that opens "went on to" or "took to Twitter to" before the "to" at `to`.
    fn went_on_to(&self, to: usize) -> Option<usize> {
        if to >= 2
            && self.lower(to - 1) == "on"
            && matches!(
                self.lower(to - 2).as_str(),
                "went" | "goes" | "go" | "going" | "gone"
            )
        {
            return Some(to - 2);
        }
        // "She continued to insist", "Ruiz is continuing to insist", "declined to comment"
        if to >= 1
            && matches!(
                self.lower(to - 1).as_str(),
                "continue"
                    | "continues"
                    | "continued"
                    | "continuing"
                    | "decline"
                    | "declines"
                    | "declined"
                    | "declining"
                    | "refuse"
                    | "refuses"
                    | "refused"
                    | "refusing"
            )
        {
            return Some(to - 1);
        }
        // "took to Twitter to say", "took to the airwaves to declare"
        let took = (to.saturating_sub(5)..to.saturating_sub(2)).find(|&k| {
            matches!(self.lower(k).as_str(), "took" | "takes" | "take" | "taking")
                && self.lower(k + 1) == "to"
        })?;
        (took + 2..to).all(|k| self.is_word(k)).then_some(took)
    }

    /// True when the word after `i` is what a verb of saying takes: "that", a colon, a
    /// comma, a quotation mark, a determiner, a pronoun or a name.
    /// "spoke of", "spoke warmly of", "is talking to dockers about": what follows the
    /// verb at `i` says it speaks of something.
    fn speaks_of(&self, i: usize) -> bool {
        let after_adverbs = (i + 1..self.tokens.len()).find(|&k| !self.skippable(k));
        after_adverbs.is_some_and(|k| matches!(self.lower(k).as_str(), "of" | "about"))
            || i + 1 < self.tokens.len()
                && self.lower(i + 1) == "to"
                && (i + 2..self.tokens.len().min(i + 7))
                    .take_while(|&k| self.is_word(k))
                    .any(|k| self.lower(k) == "about")
    }

    fn followed_as_saying(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i + 1) else {
            return false;
        };
        let n = self.lower(i + 1);
        matches!(n.as_str(), "that" | ":" | "," | "“" | "\"")
            // "Sanders calls himself a socialist", "Ruiz tells them"
            || matches!(
                n.as_str(),
                "himself" | "herself" | "itself" | "themselves" | "him" | "them" | "me" | "us"
            )
            || DETERMINERS.contains(&n.as_str())
            || PRONOUNS.contains(&n.as_str())
            || is_capitalised(t.text(self.text))
    }

    /// True when the comma before `i` closes an appositive that itself follows a comma:
    /// "Mira Okafor, the board’s chair, called …" (a main verb, not a naming participle).
    fn after_appositive(&self, i: usize) -> bool {
        let commas = (0..i).filter(|&k| self.word(k) == ",").count();
        commas >= 2 && i >= 2 && self.word(i - 1) == ","
    }

    /// True when a capitalised verb of saying at `i` is a title-case headline's verb:
    /// "Ruiz Says Port Will Reopen", "New Poll Shows Lead for Ruiz".
    fn headline_verb(&self, i: usize, lower: &str) -> bool {
        let words: Vec<usize> = (0..self.tokens.len())
            .filter(|&k| self.tokens[k].kind == TokenKind::Word && !self.in_quote[k])
            .collect();
        let capitals = words
            .iter()
            .filter(|&&k| is_capitalised(self.word(k)))
            .count();
        i > 0
            && lower.ends_with('s')
            && self.is_word(i - 1)
            && is_capitalised(self.word(i - 1))
            && words.len() >= 4
            && capitals * 10 >= words.len() * 7
    }
}
