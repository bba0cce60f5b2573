//! Verbs of saying, believing and holding a position: whether a word of the lexicon
//! is a verb where it stands, and whose words it reports when its subject stands
//! before it ("Ruiz said", "critics fear", "data show"). The forms whose source
//! stands elsewhere ("said Ruiz", "…, saying", "was reported by") are in
//! `verb_forms`.

use super::{
    Attribution, CueClass, SourceKind,
    sentence::Sentence,
    words::{
        AUXILIARIES, BE_FORMS, DETERMINERS, DOCUMENT_NOUNS, FUNCTION_WORDS, GROUP_NOUNS,
        NEGATED_AUXILIARIES, PREPOSITIONS, PRONOUNS, TIME_WORDS,
    },
};
use crate::analysis::lexicon::VerbClass;
use crate::analysis::tokens::{TokenKind, is_capitalised};
use std::ops::Range;

/// Verbs of an occasion a speaker makes to say something, with its object: "held a
/// briefing to brag that", "used the speech to warn that". The intransitive ones are
/// [`INTRANSITIVE_OCCASIONS`].
const OCCASION_VERBS: &[&str] = &[
    "held",
    "holds",
    "hold",
    "holding",
    "called",
    "calls",
    "convened",
    "used",
    "uses",
    "using",
    "took",
    "takes",
    "visited",
    "interrupted",
];
/// What a speaker makes to argue: "made the case that", "making the argument that".
const ARGUMENT_NOUNS: &[&str] = &[
    "case",
    "argument",
    "arguments",
    "point",
    "pitch",
    "claim",
    "assertion",
    "observation",
];
/// Statements a speaker makes: "made similar comments", "made the following remark:".
const STATEMENT_NOUNS: &[&str] = &[
    "reference",
    "references",
    "announcement",
    "pledge",
    "promise",
    "vow",
    "plea",
    "appeal",
    "threat",
    "threats",
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "statements",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "prediction",
    "predictions",
    "admission",
];
/// Doubts a speaker raises: "raised questions about", "raising concerns that".
const DOUBT_NOUNS: &[&str] = &[
    "question",
    "questions",
    "concern",
    "concerns",
    "doubt",
    "doubts",
    "objection",
    "objections",
    "possibility",
    "prospect",
    "alarm",
    "alarms",
    "fears",
    "suspicions",
];
/// Occasion verbs that take no object: a place or a direction must follow them ("went
/// before the cameras to declare", "appeared on Fox to argue").
const INTRANSITIVE_OCCASIONS: &[&str] = &[
    "appeared",
    "appears",
    "went",
    "goes",
    "stood",
    "rose",
    "returned",
    "stepped",
    "traveled",
    "travelled",
    "paused",
];
/// Modal verbs: "would support" is a wish, "will say" takes a base form.
const MODALS: &[&str] = &[
    "should", "must", "would", "could", "might", "may", "can", "will",
];
/// Auxiliaries before a participle that make it passive: "was reported by".
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
/// Shares that, after "a", make its phrase a crowd, which takes a base form: "A mere
/// 9 percent say", "a quarter say" (and the [`GROUP_NOUNS`]: "A few experts say").
const SHARES: &[&str] = &[
    "percent",
    "cent",
    "%",
    "third",
    "quarter",
    "half",
    "minority",
    "plurality",
    "fraction",
    "proportion",
];
/// Words before "plans to" or "wants to" that govern or describe a noun: "made plans
/// to", "unveil plans to", "new plans to". After them the stance is no verb.
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
/// Verbs of beginning and going on, before a participle: "began warning".
const ASPECT_VERBS: &[&str] = &[
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
    "keep",
    "keeps",
    "kept",
    "keeping",
    "continue",
    "continues",
    "continued",
    "continuing",
];
/// "Take to": "took to Twitter to say", "has taken to calling him".
const TAKE_FORMS: &[&str] = &["take", "takes", "took", "taken", "taking"];
/// Verbs that tell someone something: "told reporters that", "urging voters that".
const TELLS: &[&str] = &[
    "tell", "remind", "assure", "reassure", "warn", "urge", "inform", "notify", "advise",
    "caution", "promise", "persuade", "convince",
];
/// Verbs by which something made a person say it, as a fact: "forced Ruiz to admit",
/// "was prompted to state". Not "asked" nor "urged", after which no one need have.
pub(super) const MADE: &[&str] = &[
    "forced",
    "forces",
    "forcing",
    "force",
    "compelled",
    "compels",
    "compelling",
    "prompted",
    "prompts",
    "prompting",
    "led",
    "leads",
    "drove",
    "drives",
];
/// How readily someone said something: "was quick to note", "was careful to say".
const READILY: &[&str] = &[
    "quick", "careful", "eager", "keen", "swift", "fast", "happy",
];
/// Prepositions of where and to whom someone spoke, before "about": "spoke to
/// reporters about", "talked at the rally on Friday about".
const SPOKEN_TO_OR_AT: &[&str] = &[
    "to", "with", "at", "before", "on", "in", "during", "outside",
];
/// Degree words that make a participle an adjective: "more detailed", "highly respected".
const DEGREE_WORDS: &[&str] = &[
    "more", "most", "less", "least", "very", "highly", "so", "too", "quite",
];
/// -s forms that are verbs wherever they stand: never plural nouns ("Member states"
/// is a noun; "says" and "asks" are not).
const ALWAYS_VERBS: &[&str] = &[
    "says",
    "tells",
    "adds",
    "warns",
    "insists",
    "argues",
    "writes",
    "explains",
    "believes",
    "thinks",
    "contends",
    "asserts",
    "admits",
    "acknowledges",
    "concedes",
    "predicts",
    "asks",
    "cites",
    "declares",
    "suggests",
    "emphasizes",
    "emphasises",
    "announces",
    "denies",
    "complains",
    "responds",
    "testifies",
    "concludes",
    "observes",
    "agrees",
    "disagrees",
    "alleges",
    "confirms",
    "reveals",
];
/// What sport defends: "defended her title" is no statement.
const DEFENDED_TITLES: &[&str] = &[
    "title",
    "titles",
    "crown",
    "championship",
    "belt",
    "goal",
    "net",
    "seat",
    "lead",
];

/// A word of the verb lexicon at one token, with what the words around it say.
pub(super) struct Verb {
    /// The token index.
    pub(super) at: usize,
    /// The word in lower case.
    pub(super) lower: String,
    /// Its lemma in the lexicon: "say" for "said".
    pub(super) lemma: String,
    /// What the verb reports: speech, evidence, a belief or a stance.
    pub(super) class: VerbClass,
    /// The word before, in lower case.
    pub(super) prev: Option<String>,
    /// The word after, in lower case.
    pub(super) next: Option<String>,
    /// A past form: "said", "warned", "found".
    pub(super) past: bool,
    /// The last token before the verb that is no adverb or auxiliary.
    pub(super) subject_end: Option<usize>,
    /// Follows "he" or a name mid-sentence: "Trump urges" is a verb.
    after_subject: bool,
    /// Closes a sentence that quoted someone: "…?” he asks."
    closes_quote: bool,
    /// A base or -s form that is also a noun and takes nothing a verb of saying takes
    /// ("demand from China", "a reality show").
    pub(super) noun_risk: bool,
}

impl Verb {
    /// A present participle: "saying", "demanding".
    pub(super) fn is_participle(&self) -> bool {
        self.lower.ends_with("ing")
    }

    pub(super) fn prev_is(&self, words: &[&str]) -> bool {
        self.prev.as_deref().is_some_and(|p| words.contains(&p))
    }

    pub(super) fn next_is(&self, words: &[&str]) -> bool {
        self.next.as_deref().is_some_and(|n| words.contains(&n))
    }
}

impl Sentence<'_> {
    /// A verb of saying, believing or holding a position at `i`, with its source and
    /// whether the source refuses or denies it.
    pub(super) fn verb_cue(&self, i: usize) -> Option<Attribution> {
        let mut attribution = self.verb_report(i)?;
        attribution.negated = self.refused(self.index_at(attribution.cue.start), i);
        // "made the case", "raised questions": the cue runs to what is made or raised.
        let made = match self
            .lexicon
            .verbs
            .get(&self.lower(i))
            .map(|(_, l)| l.as_str())
        {
            Some("make") => self.argument_made(i),
            Some("raise") => self.doubt_raised(i),
            _ => None,
        };
        if let Some(noun) = made {
            attribution.cue.end = attribution.cue.end.max(self.tokens[noun].range.end);
        }
        Some(attribution)
    }

    /// True when the cue running from token `first` to the verb at `last` is refused or
    /// denied: "declined to comment", "did not respond", "isn’t saying", "has never said".
    fn refused(&self, first: usize, last: usize) -> bool {
        let mut start = first;
        while start > 0 && self.skippable(start - 1) {
            start -= 1;
        }
        let refusal = matches!(
            self.lower(first).as_str(),
            "decline"
                | "declines"
                | "declined"
                | "declining"
                | "refuse"
                | "refuses"
                | "refused"
                | "refusing"
        );
        refusal
            || (start..=last).any(|k| {
                let w = self.plain(k);
                matches!(w.as_str(), "not" | "never") || w.ends_with("n't")
            })
    }

    /// The attribution of the verb at `i`, if it is one.
    fn verb_report(&self, i: usize) -> Option<Attribution> {
        let verb = self.verb_at(i)?;
        // "Asked about the levy, Ruiz shrugged", "When asked, dockers were divided":
        // the one asked answers. What the answer was the sentence need not say, so,
        // like a stance, it sources no claim.
        if verb.lower == "asked"
            && (i == 0 || i == 1 && matches!(self.lower(0).as_str(), "when" | "if" | "once"))
        {
            let np = self.first_subject().filter(|np| np.start > i + 1)?;
            let kind = self.classify(np.clone());
            if !kind.can_hold_stance() {
                return None;
            }
            return Some(Attribution {
                cue: self.tokens[0].range.start..self.tokens[i].range.end,
                source: Some(self.span(np)),
                kind,
                class: CueClass::Stance,
                negated: false,
            });
        }
        // "She went on to say", "Ruiz took to Twitter to say": the infinitive states it;
        // "Ruiz declined to comment" answers, though it asserts nothing.
        if verb.prev_is(&["to"])
            && verb.class == VerbClass::Speech
            && let Some(made) = self.made_to_say(&verb)
        {
            return Some(made);
        }
        if verb.prev_is(&["to"])
            && verb.class == VerbClass::Speech
            && let Some(opener) = self.went_on_to(&verb)
        {
            // "continued to raise money" raises nothing said.
            let says_nothing = matches!(verb.lemma.as_str(), "make" | "raise" | "add" | "learn")
                && self.lemma_rules_out(&verb);
            return if says_nothing {
                None
            } else {
                self.infinitive_cue(&verb, opener)
            };
        }
        if self.reads_as_noun(&verb) || self.lemma_rules_out(&verb) {
            return None;
        }
        // "began warning that", "have begun urging the party", "has taken to calling
        // him": the aspect verb before the participle is the finite one, and its
        // subject speaks. Not "started posting photos".
        if verb.is_participle()
            && verb.class == VerbClass::Speech
            && (self.followed_as_saying(i) || self.tells_someone(&verb))
            && let Some(aspect) = self.aspect_before(i)
        {
            return self.infinitive_cue(&verb, aspect);
        }
        if self.may_be_plural_noun(&verb) {
            // "…, a Coast Herald analysis of the filings shows.": a document closing the
            // sentence; "A study released Friday by economists shows how …": a document
            // opening it.
            return if verb.next_is(&["."]) || verb.class == VerbClass::Evidential {
                self.distant_document(i, verb.class)
            } else {
                None
            };
        }
        let mut back = i;
        while back > 0 && self.skippable(back - 1) {
            back -= 1;
        }
        // Progressive: "Ruiz is demanding that …" speaks; its subject stands before "is",
        // or inside it: "He’s claiming that …".
        if verb.is_participle()
            && back > 0
            && let Some(subject) = self.progressive_subject(back - 1)
        {
            return self.progressive_cue(&verb, back - 1, subject);
        }
        if back > 0
            && (PASSIVE_AUX.contains(&self.lower(back - 1).as_str())
                || BE_FORMS.contains(&self.plain(back - 1).as_str()))
        {
            return self.passive_cue(&verb);
        }
        if verb.is_participle() {
            return self.participle_cue(&verb);
        }
        let inverted = self.inverted_cue(&verb);
        // "Ruiz, who chairs the board, said the port …" is Ruiz's; "The port, which
        // closed in May, will reopen, said Ruiz." closes on its inverted source.
        if let Some(np) = self.subject_before_asides(i)
            && !inverted.as_ref().is_some_and(|a| self.closes_sentence(a))
        {
            return self.subject_cue(&verb, np);
        }
        if inverted.is_some() {
            return inverted;
        }
        let (np, stop) = self.noun_phrase_before(i);
        let np = match (np, stop.as_deref()) {
            // "Zucker, who in the past has voiced", "who last week said": a time or a
            // prepositional phrase after "who", whose antecedent is the speaker.
            (Some(np), Some("who")) if self.adverbial_after_who(np.clone()) => {
                self.who_antecedent(i)?
            }
            (Some(np), _) => np,
            // "Putin met Xi and said …": the subject is the sentence's first noun phrase.
            (None, Some("and" | "but")) => self.first_subject()?,
            // "listeners who said they had doubts": the speaker is who "who" stands for.
            (None, Some("who")) => self.who_antecedent(i)?,
            (None, Some("that" | "which"))
                if i > 0 && matches!(self.lower(i - 1).as_str(), "that" | "which") =>
            {
                self.which_antecedent(i - 1, verb.class)?
            }
            _ => match self.reduced_relative_subject(i) {
                Some(np) => np,
                None => return self.distant_document(i, verb.class),
            },
        };
        self.subject_cue(&verb, np)
    }

    /// The verb of the lexicon at `i`, unless its capital shows it is part of a name
    /// ("United States", "State Department").
    fn verb_at(&self, i: usize) -> Option<Verb> {
        if self.tokens[i].kind != TokenKind::Word {
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
        // "Murphy, the head of the fund, Tweeted on Friday": the brand keeps its capital.
        let brand = lemma == "tweet" && i > 0 && (lower.ends_with("ed") || lower.ends_with("ing"));
        // "Asked about the levy, Ruiz shrugged."
        let opens_asked = lower == "asked" && (0..i).all(|k| !self.is_word(k));
        if is_capitalised(word)
            && !self.headline_verb(i, &lower)
            && !opens_inverted
            && !brand
            && !opens_asked
        {
            return None;
        }
        let prev = i.checked_sub(1).map(|p| self.lower(p));
        let next = (i + 1 < self.tokens.len()).then(|| self.lower(i + 1));
        let past = lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "said" | "told" | "wrote" | "found" | "shown" | "spoke" | "sought" | "knew"
            );
        // An adverb may stand between: "It also points out"; the word before them.
        let subject_end = (0..i).rev().find(|&k| !self.skippable(k));
        let first_word = (0..i).find(|&k| self.is_word(k));
        let after_subject = subject_end.is_some_and(|s| {
            matches!(self.lower(s).as_str(), "he" | "she" | "it")
                // not the sentence's first word: "All rates exclude", "Member states",
                // nor a modifier after a preposition: "32% of Republican claims"
                || s > 0
                    && is_capitalised(self.word(s))
                    && first_word != Some(s)
                    && !PREPOSITIONS.contains(&self.lower(s - 1).as_str())
        });
        let closes_quote = next
            .as_deref()
            .is_some_and(|n| matches!(n, "." | "?" | "!"))
            && (0..i).any(|k| matches!(self.word(k), "”" | "\""));
        let mut verb = Verb {
            at: i,
            lower,
            lemma: lemma.clone(),
            class,
            prev,
            next,
            past,
            subject_end,
            after_subject,
            closes_quote,
            noun_risk: false,
        };
        // "demand from China", "a reality show": a base or -s form that is also a noun
        // must take what a verb of saying takes, or have a document for its subject
        // ("data show trade grew").
        if NOUN_LIKE.contains(&verb.lemma.as_str()) && !verb.past && !verb.is_participle() {
            // "…, she says, …" speaks; "white support, which" and "minority support
            // for the nominee" are nouns.
            let stance = matches!(class, VerbClass::Cognition | VerbClass::Stance);
            let takes = self.followed_as_saying(i) && !(stance && verb.next_is(&[","]))
                || self.stance_infinitive(&verb)
                || !stance
                    && verb
                        .next
                        .as_deref()
                        .is_none_or(|n| matches!(n, "for" | "on" | "him" | "them" | "us" | "me"));
            verb.noun_risk = !takes && !verb.after_subject && !verb.closes_quote;
        }
        Some(verb)
    }

    /// "Ruiz wants to sell", "the council plans to": a stance takes an infinitive, but
    /// not after what governs or describes a noun ("made plans to", "new plans to").
    fn stance_infinitive(&self, verb: &Verb) -> bool {
        verb.class == VerbClass::Stance
            && verb.next_is(&["to"])
            && verb.prev.as_deref().is_some_and(|p| {
                !(p.ends_with("ed") || p.ends_with("ing") || NOUN_BEFORE.contains(&p))
            })
    }

    /// True when the words around the verb show it is a noun or an adjective here.
    fn reads_as_noun(&self, verb: &Verb) -> bool {
        let i = verb.at;
        // "a letter that says": a relative pronoun, not the determiner of "that report".
        let relative = verb.prev_is(&["that"])
            && (verb.lower.ends_with('s') || verb.lower.ends_with("ed") || verb.lower == "said")
            && self.document_before(i - 1).is_some();
        // "Another said", "Each told me": a determiner standing alone before a past
        // tense is the subject.
        let pronoun = verb.prev_is(&["another", "each"])
            && (verb.lower.ends_with("ed")
                || matches!(verb.lower.as_str(), "said" | "told" | "wrote"));
        // "the report", "declined to say" (but "the dockers I spoke to said", and "has
        // taken to urging", whose participle follows "take to").
        let infinitive = verb.prev_is(&["to"])
            && self.reduced_relative_subject(i).is_none()
            && !(verb.is_participle() && self.aspect_before(i).is_some());
        if !relative && !pronoun && (verb.prev_is(DETERMINERS) || infinitive) {
            return true;
        }
        if !verb.past && !verb.is_participle() {
            // "Editor’s note", "Mr. King’s show": after a possessive it is a noun.
            if verb
                .prev
                .as_deref()
                .is_some_and(|p| p.ends_with("’s") || p.ends_with("'s"))
            {
                return true;
            }
            // "the suicide rate was": no verb of saying is followed by an auxiliary,
            // except in a relative clause whose subject is the gap: "a target, which
            // scientists say is too low".
            if verb.next_is(AUXILIARIES) && !self.relative_gap(i) {
                return true;
            }
        }
        // "more detailed", "highly respected": a degree word makes a participle an adjective.
        verb.lower.ends_with("ed") && verb.prev_is(DEGREE_WORDS)
    }

    /// True when the verb's own sense here is no report: "accused of", "pointed
    /// advice", "spoke to reporters", "ruled out", "called off".
    fn lemma_rules_out(&self, verb: &Verb) -> bool {
        let i = verb.at;
        let closes_quote = verb.closes_quote;
        match verb.lemma.as_str() {
            // "people accused of rape": a participle, not "X accused Y of".
            "accuse" => verb.next_is(&["of"]),
            // "some pointed advice": only "pointed out" and "pointed to" say something.
            "point" => !verb.next_is(&["out", "to"]),
            // "spoke to reporters" says nothing yet; "spoke of the legacy" does.
            // "is talking to voters about health care" does, and so does "spoke
            // emotionally of".
            "speak" | "talk" => !self.speaks_of(i),
            // "“…,” the letter reads" quotes a document; "Ruiz reads the news" does not.
            // "One of his recent reads, ''…,''" names a book read.
            "read" => {
                !closes_quote && !self.beside_quote(i) && !verb.next_is(&[":"])
                    || verb.lower == "reads"
                        && verb.prev_is(&[
                            "recent",
                            "latest",
                            "favourite",
                            "favorite",
                            "summer",
                            "holiday",
                            "best",
                            "top",
                            "good",
                            "great",
                            "new",
                        ])
            }
            // "As the band sang back in 1985, “…”" quotes a lyric; "sang the anthem" none.
            "sing" => !closes_quote && !self.beside_quote(i) && !self.quote_opens_clause_after(i),
            // "Ruiz compared the levy to a tax" characterises; "…, compared with 3
            // percent" is arithmetic.
            "compare" => verb.next_is(&["with", "to"]) || verb.prev_is(&[","]),
            // "defended the decision" speaks; "defended her title" is sport.
            "defend" => (i + 1..self.tokens.len().min(i + 4))
                .any(|k| DEFENDED_TITLES.contains(&self.lower(k).as_str())),
            // "a joke", "shout" as nouns: only past forms or "that" make them speech.
            "joke" | "shout" => !verb.past && !verb.next_is(&["that"]) && !self.beside_quote(i),
            // "the court ruled that …" speaks; "ruled out a strike" refuses.
            "ruled" => verb.next_is(&["out"]),
            // "battleground state Florida", "his home state, Hawaii": only "state that";
            // "stating" is never the noun.
            "state" => !verb.past && verb.lower != "stating" && !verb.next_is(&["that", ":"]),
            // "The real Trump showed up", "called off the strike"; "a group called Moms
            // for Ports", "…, called the Harbour Fund,": naming ("…, calling them
            // rapists" speaks).
            "show" | "call" if verb.next_is(&["up", "off", "back", "in"]) => true,
            "call" => verb.prev_is(&[","]) && !verb.is_participle() && !self.after_appositive(i),
            // "she continued." is speech only beside a quotation, or before a colon
            // that opens one ("Caddell continued:").
            // So are "echoed" and "interjected"; and "went on" when "on" is beside it.
            "continue" => !self.beside_quote(i) && !verb.next_is(&[":"]),
            // "…,” an angry Ruiz retaliated.": these close a quotation's sentence too.
            "echo" | "interject" | "retaliate" => {
                !self.beside_quote(i) && !verb.next_is(&[":"]) && !closes_quote
            }
            // "…,” Ruiz went on."
            "go" => !verb.next_is(&["on"]) || !self.beside_quote(i) && !self.beside_quote(i + 1),
            // "The bureau calculated that …" reports a finding; "would calculate tuition"
            // and "a calculated move" do not.
            "calculate" => !verb.next_is(&["that"]),
            // "Ruiz sees the levy as a tax" holds a view; "saw him there" does not.
            "see" | "view" | "regard" => !self.holds_view(verb),
            // "Pollster puts his approval at 50 percent" estimates; "put pressure on" does not.
            "put" => !self.puts_at_figure(i),
            // "police charged him with theft" is no statement; "Ruiz charged that …" is.
            "charge" => !verb.next_is(&["that"]) && !closes_quote && !self.beside_quote(i),
            // "adding to his lead" adds nothing said ("…,” Ruiz added to the Herald" does).
            "add" => verb.next_is(&["to"]) && !self.beside_quote(i),
            // "Lynch is reaffirming that …" speaks; "met Xi, reaffirming their
            // partnership" acts.
            "reaffirm" => !verb.next_is(&["that", ":"]) && !self.beside_quote(i),
            // "made the case that …", "is making an impassioned case to voters that …";
            // "made a decision" says nothing.
            "make" => self.argument_made(i).is_none(),
            // "raised questions about …" doubts aloud; "raised $5 million" does not.
            "raise" => self.doubt_raised(i).is_none(),
            // "The Herald has learned that …", "learned of the plan" report; "learned to
            // fly" does not.
            "learn" => {
                let from_then_that = verb.next_is(&["from"])
                    && (i + 2..self.tokens.len().min(i + 7)).any(|k| self.lower(k) == "that");
                !(verb.next_is(&["that", "of"]) || from_then_that)
            }
            _ => false,
        }
    }

    /// The noun of the argument or statement that "make" at `i` makes, when its content
    /// follows or the statement is made: "made the case that", "makes a libertarian-style
    /// case:", "made many of the same arguments:", "is making an impassioned case to
    /// black leaders that", "made the case for", "made similar comments".
    fn argument_made(&self, i: usize) -> Option<usize> {
        let end = self.tokens.len();
        let noun = (i + 1..end.min(i + 7))
            .take_while(|&k| self.is_word(k) || self.word(k) == "-")
            .find(|&k| {
                let w = self.lower(k);
                ARGUMENT_NOUNS.contains(&w.as_str()) || STATEMENT_NOUNS.contains(&w.as_str())
            })?;
        // "struggled to make that case", "helped Atlantic City make the case": an aim.
        let before = (0..i)
            .rev()
            .find(|&k| !self.skippable(k) && !self.lower(k).ends_with("ly"));
        if before.is_some_and(|b| {
            self.lower(b) == "to"
                || (b.saturating_sub(1)..=b).any(|k| self.lower(k).starts_with("help"))
        }) {
            return None;
        }
        // "Trump made similar comments on CNBC": the statement is made; but not "makes
        // the Chinese comments galling", nor by "officials who made the usual
        // statements", which describes them.
        if STATEMENT_NOUNS.contains(&self.lower(noun).as_str()) {
            let described = (i.saturating_sub(3)..i).any(|k| self.lower(k) == "who");
            return ((i + 1..noun).all(|k| !is_capitalised(self.word(k))) && !described)
                .then_some(noun);
        }
        let next = (noun + 1 < end).then(|| self.lower(noun + 1));
        let content = match next.as_deref() {
            Some("that" | ":" | "for" | "against") => true,
            // "to black leaders that": the audience, then the content.
            Some("to") => (noun + 2..end.min(noun + 9))
                .take_while(|&k| self.is_word(k))
                .any(|k| self.lower(k) == "that"),
            _ => false,
        };
        content.then_some(noun)
    }

    /// The noun of the doubt that "raise" at `i` raises about something: "raised
    /// questions about his birthplace", "raising concerns that", "raised the
    /// possibility that".
    fn doubt_raised(&self, i: usize) -> Option<usize> {
        let end = self.tokens.len();
        let noun = (i + 1..end.min(i + 5))
            .take_while(|&k| self.is_word(k) && !is_capitalised(self.word(k)))
            .find(|&k| DOUBT_NOUNS.contains(&self.lower(k).as_str()))?;
        let about = noun + 1 >= end
            || matches!(
                self.lower(noun + 1).as_str(),
                "about" | "that" | "over" | "regarding" | "whether" | "." | ","
            );
        about.then_some(noun)
    }

    /// True when "see", "view" or "regard" holds a view of something "as" something,
    /// right after its subject: "Ruiz sees the levy as a tax". Not "saw him there",
    /// "see any future with Ruiz as leader", "remarks viewed by some as", "the grim
    /// view", "widely regarded", nor after "and" or "who", whose subject is elsewhere.
    fn holds_view(&self, verb: &Verb) -> bool {
        let i = verb.at;
        let as_follows = (i + 2..self.tokens.len().min(i + 8))
            .take_while(|&k| self.is_word(k) && self.lower(k) != "with")
            .any(|k| self.lower(k) == "as");
        let prev = verb.prev.as_deref().unwrap_or("");
        let after_subject = i > 0
            && (is_capitalised(self.word(i - 1))
                || prev.ends_with('s')
                || matches!(prev, "i" | "we" | "you" | "they" | "some" | "many" | "most"));
        let noun = verb.lemma == "view" && !after_subject;
        as_follows
            && !noun
            && !verb.next_is(&["by"])
            && !matches!(prev, "and" | "or" | "but" | "who" | "which" | "that")
            && !prev.ends_with("ly")
    }

    /// True when "put" at `i` sets a figure: "puts the cost at $40 million", "put the
    /// number of newly eligible workers at about 4 million".
    fn puts_at_figure(&self, i: usize) -> bool {
        // "puts Obama’s approval during the first four months of this year at 49.5
        // percent": the thing estimated may be long.
        let end = self.tokens.len().min(i + 16);
        let figure = |f: usize| {
            self.tokens[f].kind == TokenKind::Number || matches!(self.word(f), "$" | "£" | "€")
        };
        (i + 2..end).any(|k| {
            self.lower(k) == "at"
                && (k + 1..end.min(k + 4)).find(|&f| figure(f)).is_some_and(|f| {
                    // Only words of degree between: "at about 4 million", "at a solid 50".
                    (k + 1..f).all(|w| {
                        matches!(
                            self.lower(w).as_str(),
                            "about" | "around" | "roughly" | "nearly" | "almost" | "a" | "just"
                                | "more" | "less" | "than" | "least" | "solid" | "some"
                        )
                    })
                })
                // "at 5 p.m." and "at 6 on Friday" are times; "at 49.5 percent on
                // average" is not.
                && !(k + 2..end.min(k + 5)).any(|t| {
                    matches!(
                        self.lower(t).trim_end_matches('.'),
                        "p.m" | "a.m" | "pm" | "am" | "o'clock" | ":"
                    ) || self.lower(t) == "on"
                        && !(t + 1 < self.tokens.len() && self.lower(t + 1) == "average")
                })
        })
            // "put in at Dover", "put up": a particle makes it another verb.
            && !matches!(
                self.lower(i + 1).as_str(),
                "in" | "up" | "out" | "off" | "on" | "down" | "forward" | "back" | "away"
            )
    }

    /// "Member states voted": an -s form that is also a plural noun must be followed
    /// by what a verb of saying takes.
    fn may_be_plural_noun(&self, verb: &Verb) -> bool {
        verb.lower.ends_with('s')
            && !verb.after_subject
            && !verb.closes_quote
            && !ALWAYS_VERBS.contains(&verb.lower.as_str())
            && !self.followed_as_saying(verb.at)
            && !self.stance_infinitive(verb)
    }

    /// The attribution of a verb whose subject `np` stands before it, if subject and
    /// verb agree and the subject can hold what the verb reports.
    fn subject_cue(&self, verb: &Verb, np: Range<usize>) -> Option<Attribution> {
        let i = verb.at;
        if verb.noun_risk && self.classify(np.clone()) != SourceKind::Document {
            return None;
        }
        // "read", "put", "forecast" are past tense too: "“…,” it read".
        let base_form = !verb.past
            && !verb.lower.ends_with('s')
            && !verb.is_participle()
            && !matches!(verb.lower.as_str(), "read" | "put" | "forecast");
        // "an hourlong show that aired": a noun, not "they show". ("A few experts say"
        // stays a verb.)
        let singular = np.clone().any(|k| {
            let w = self.lower(k);
            SINGULAR_STARTS.contains(&w.as_str())
                && (k == np.start || matches!(w.as_str(), "a" | "an"))
        }) && !np.clone().any(|k| {
            let w = self.lower(k);
            GROUP_NOUNS.contains(&w.as_str()) || SHARES.contains(&w.as_str())
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
        if verb.lemma == "call" && matches!(self.lower(np.start).as_str(), "a" | "an") {
            return None; // "a group called Moms for Ports"
        }
        let kind = self.classify(np.clone());
        // "Do you know": a belief or stance of the reader's, not a source's.
        let reader = np.clone().any(|k| self.lower(k) == "you");
        let class = match verb.class {
            VerbClass::Speech => CueClass::Speech,
            VerbClass::Evidential => return self.evidential_cue(verb, np, kind),
            VerbClass::Cognition => {
                // "many would hope", "would you think": a belief supposed, not held.
                let supposed =
                    (i.saturating_sub(3)..i).any(|k| MODALS.contains(&self.lower(k).as_str()));
                if !self.can_believe(np.clone(), kind) || supposed || reader {
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
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(np)),
            kind,
            class,
            negated: false,
        })
    }

    /// An evidential verb ("found", "show") after its subject `np`: a document, a name,
    /// a body whose work is to find, or the authors of a document. "police found a
    /// body" is no attribution; "Gallup found" is.
    fn evidential_cue(
        &self,
        verb: &Verb,
        np: Range<usize>,
        kind: SourceKind,
    ) -> Option<Attribution> {
        let i = verb.at;
        // "research conducted by the Center for Media and Public Affairs found":
        // the document further back is the subject, not the name next to the verb.
        if kind != SourceKind::Document
            && let Some(document) = self.distant_document(i, verb.class)
            && document
                .source
                .as_ref()
                .is_some_and(|d| d.start < self.tokens[np.start].range.start)
        {
            return Some(document);
        }
        // "The authors of the report … combed through the filings and found":
        // people named by the document they wrote.
        let document_at =
            |k: usize| k < self.tokens.len() && DOCUMENT_NOUNS.contains(&self.lower(k).as_str());
        let of_document = (np.end < self.tokens.len() && self.lower(np.end) == "of")
            .then(|| (np.end + 1..np.end + 4).find(|&k| document_at(k)))
            .flatten();
        // "An arbitration panel in 2001 found the port in breach": a body whose
        // work is to find.
        let finder = np
            .clone()
            .any(|k| FINDING_BODIES.contains(&self.lower(k).as_str()));
        let followed_by_that = verb.next_is(&["that"]);
        // "The board puts the cost at $40 million": whoever sets a figure owns it.
        let estimate = verb.lemma == "put" && kind.is_identified();
        if !matches!(kind, SourceKind::Document | SourceKind::Named)
            && !followed_by_that
            && !estimate
            && !finder
            && !np.clone().any(document_at)
            && of_document.is_none()
        {
            // "The average of polls taken over two weeks shows".
            return self.distant_document(i, verb.class);
        }
        // The source reads "The authors of the report".
        let source = match of_document {
            Some(document) => np.start..document + 1,
            None => np,
        };
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(source)),
            kind,
            class: CueClass::Evidential,
            negated: false,
        })
    }

    /// True when the phrase `np`, right after "who", is an adverbial: a prepositional
    /// phrase ("in the past") or a time ("last week").
    fn adverbial_after_who(&self, np: Range<usize>) -> bool {
        let who = (0..np.start).rev().find(|&k| self.lower(k) == "who");
        who.is_some_and(|who| {
            let opener = self.lower(who + 1);
            who + 1 < np.start && PREPOSITIONS.contains(&opener.as_str())
                || np.clone().all(|k| {
                    let w = self.lower(k);
                    TIME_WORDS.contains(&w.as_str())
                        || matches!(w.as_str(), "last" | "this" | "next" | "earlier")
                })
        })
    }

    /// True when nothing but closing punctuation follows the source of `a`: "…, said
    /// Ruiz." and not "…, said Ruiz's plan would fail".
    fn closes_sentence(&self, a: &Attribution) -> bool {
        let Some(source) = &a.source else {
            return false;
        };
        let next = self.index_at(source.end);
        (next..self.tokens.len()).all(|k| {
            matches!(
                self.word(k),
                "." | "!" | "?" | "”" | "\"" | "’" | "'" | ")" | "…"
            )
        })
    }

    /// The verb that opens "went on to" or "took to Twitter to" before the speech verb
    /// `verb`, which follows "to".
    fn went_on_to(&self, verb: &Verb) -> Option<usize> {
        let to = verb.at - 1;
        if to >= 2
            && self.lower(to - 1) == "on"
            && matches!(
                self.lower(to - 2).as_str(),
                "went" | "goes" | "go" | "going" | "gone"
            )
        {
            return Some(to - 2);
        }
        // "Ruiz was forced to admit that", "was prompted to state": she said it.
        if to >= 2 && MADE.contains(&self.lower(to - 1).as_str()) && self.introduces_statement(verb)
        {
            return self.be_before(to - 1);
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
        // "Caucus-goers were slightly more likely to say": a poll's comparison of
        // what a group says; the cue runs from the "be".
        if to >= 3
            && self.lower(to - 1) == "likely"
            && matches!(
                self.lower(to - 2).as_str(),
                "more" | "less" | "most" | "least"
            )
            && !matches!(verb.lemma.as_str(), "go" | "continue")
        {
            let be = (0..to - 2)
                .rev()
                .find(|&k| !self.skippable(k) && !self.lower(k).ends_with("ly"))?;
            return BE_FORMS.contains(&self.plain(be).as_str()).then_some(be);
        }
        // "Ruiz was quick to point out that", "was careful to note": how readily the
        // subject said it; the cue runs from the "be".
        if to >= 2
            && READILY.contains(&self.lower(to - 1).as_str())
            && !matches!(verb.lemma.as_str(), "go" | "continue")
            && self.introduces_statement(verb)
        {
            return self.be_before(to - 1);
        }
        // "took to Twitter to say", "took to the airwaves to declare"
        let took = (to.saturating_sub(5)..to.saturating_sub(2))
            .find(|&k| TAKE_FORMS.contains(&self.lower(k).as_str()) && self.lower(k + 1) == "to");
        if let Some(took) = took
            && (took + 2..to).all(|k| self.is_word(k))
        {
            return Some(took);
        }
        self.occasion_to(verb)
    }

    /// The "be" just before `end`, past adverbs: "was" in "was quick to", "was
    /// forced to". None when another word stands there.
    fn be_before(&self, end: usize) -> Option<usize> {
        let be = (0..end).rev().find(|&k| !self.skippable(k))?;
        BE_FORMS.contains(&self.plain(be).as_str()).then_some(be)
    }

    /// The aspect verb before the participle at `i`, skipping adverbs: "began",
    /// "have begun", "kept", "continued", or "taken" in "has taken to calling".
    fn aspect_before(&self, i: usize) -> Option<usize> {
        let k = (0..i).rev().find(|&k| !self.skippable(k))?;
        let w = self.lower(k);
        if ASPECT_VERBS.contains(&w.as_str()) {
            return Some(k);
        }
        (w == "to" && k > 0)
            .then(|| k - 1)
            .filter(|&t| TAKE_FORMS.contains(&self.lower(t).as_str()))
    }

    /// "held a briefing to brag that", "used her address to warn that", "went on Fox
    /// to argue that": the occasion the subject made, before a purpose infinitive at
    /// "to" before `verb`, which takes what a verb of saying takes. Not "called on Ruiz
    /// to say" nor "took him a year to admit", whose speaker is the object.
    fn occasion_to(&self, verb: &Verb) -> Option<usize> {
        let to = verb.at - 1;
        // "took to Twitter to continue his assault" continues no statement.
        if verb.lemma == "continue"
            || !self.followed_as_saying(verb.at) && !self.tells_someone(verb)
        {
            return None;
        }
        let occasion = (to.saturating_sub(7)..to.saturating_sub(1))
            .rev()
            .take_while(|&k| self.is_word(k))
            .find(|&k| {
                let w = self.lower(k);
                OCCASION_VERBS.contains(&w.as_str()) || INTRANSITIVE_OCCASIONS.contains(&w.as_str())
            })?;
        let occasion_word = self.lower(occasion);
        let object = self.lower(occasion + 1);
        // "her" may own the occasion ("used her address"), but not after "took";
        // "it took" and "it takes this long to" time something.
        let took = matches!(occasion_word.as_str(), "took" | "takes");
        let controlled = matches!(object.as_str(), "on" | "upon" | "for" | "it")
            || matches!(object.as_str(), "him" | "them" | "us" | "me")
            || took && (object == "her" || occasion > 0 && self.lower(occasion - 1) == "it");
        // "appeared on Fox to argue", "stood at the event to say", "went so far as to
        // say"; not "appeared more likely to describe".
        let goes_somewhere = !INTRANSITIVE_OCCASIONS.contains(&occasion_word.as_str())
            || PREPOSITIONS.contains(&object.as_str())
            || matches!(
                object.as_str(),
                "before" | "so" | "out" | "forward" | "back" | "up" | "onto"
            );
        (!controlled && goes_somewhere).then_some(occasion)
    }

    /// True when the word after `i` is what a verb of saying takes: "that", a colon, a
    /// comma, a quotation mark, a determiner, a pronoun or a name.
    /// "spoke of", "spoke warmly of", "is talking to dockers about": what follows the
    /// verb at `i` says it speaks of something.
    fn speaks_of(&self, i: usize) -> bool {
        let after_adverbs = (i + 1..self.tokens.len()).find(|&k| !self.skippable(k));
        after_adverbs.is_some_and(|k| {
            let w = self.lower(k);
            matches!(w.as_str(), "of" | "about")
                // "spoke to reporters about", "spoke at the town hall on Tuesday
                // about": where and to whom, then what about.
                || SPOKEN_TO_OR_AT.contains(&w.as_str())
                    && (k + 1..self.tokens.len().min(k + 10))
                        .take_while(|&n| self.is_word(n))
                        .any(|n| self.lower(n) == "about")
        })
    }

    /// Whether the verb at `i` is followed by what it says: "that", a colon, a comma
    /// or a quotation mark, "out that" ("point out that"); after "say" and "tell",
    /// whatever [`Self::followed_as_saying`] takes ("quick to say the levy failed").
    /// Not "quick to add a clause", which adds no statement.
    pub(super) fn introduces_statement(&self, verb: &Verb) -> bool {
        let i = verb.at;
        let next = |k: usize| self.tokens.get(i + k).map(|_| self.lower(i + k));
        matches!(next(1).as_deref(), Some("that" | ":" | "," | "“" | "\""))
            || next(1).as_deref() == Some("out") && next(2).as_deref() == Some("that")
            || matches!(verb.lemma.as_str(), "say" | "tell") && self.followed_as_saying(i)
            || self.tells_someone(verb)
    }

    /// "told reporters that", "urging voters that", "reminded the dockers that": a
    /// verb that tells someone, a short object of common words, then "that".
    pub(super) fn tells_someone(&self, verb: &Verb) -> bool {
        if !TELLS.contains(&verb.lemma.as_str()) {
            return false;
        }
        let object = (verb.at + 1..self.tokens.len().min(verb.at + 5))
            .take_while(|&k| self.is_word(k) && self.lower(k) != "that")
            .count();
        let that = verb.at + 1 + object;
        (1..=3).contains(&object)
            && that < self.tokens.len()
            && self.lower(that) == "that"
            && (verb.at + 1..that).all(|k| {
                let w = self.lower(k);
                k == verb.at + 1 && DETERMINERS.contains(&w.as_str())
                    || !FUNCTION_WORDS.contains(&w.as_str())
            })
    }

    pub(super) fn followed_as_saying(&self, i: usize) -> bool {
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
