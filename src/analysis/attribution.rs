//! Attribution inside one sentence: the cue ("said", "according to", a colon
//! before a quote), the source it points to, and what kind of source that is.
//!
//! Everything here looks at one sentence only, so results can be cached per
//! paragraph; carrying attribution across sentences is the document pass's job.

use super::lexicon::{Lexicon, VerbClass};
use super::tokens::{Token, TokenKind, is_capitalised, tokenize};
use std::ops::Range;

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
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "such", "no", "any", "every", "each", "another", "whose",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];
const SKIPPABLE: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "again",
    "further",
    "repeatedly",
    "recently",
    "publicly",
    "privately",
    "separately",
    "earlier",
    "once",
    "never",
    "often",
    "has",
    "have",
    "had",
    "will",
    "would",
    "may",
    "might",
    "could",
    "should",
    "can",
    "did",
    "does",
    "do",
    "not",
    "has",
    "had",
    "already",
    "first",
    "last",
    "still",
    "flatly",
    "openly",
    "bluntly",
    "quickly",
    "previously",
    "since",
    "subsequently",
    "initially",
    "frequently",
    "widely",
    "generally",
    "commonly",
    "long",
    "firmly",
    "strongly",
    "even",
    "now",
    "just",
    "actually",
    "personally",
];
/// Modal verbs: "would support" is a wish, "will say" takes a base form.
const MODALS: &[&str] = &[
    "should", "must", "would", "could", "might", "may", "can", "will",
];
/// Negated auxiliaries a subject may stand before: "Ruiz doesn’t think".
const NEGATED_AUXILIARIES: &[&str] = &[
    "doesn't",
    "didn't",
    "don't",
    "won't",
    "wouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
    "couldn't",
    "shouldn't",
    "mustn't",
];
/// Forms of "be" before a participle, plain or negated: "Ruiz is saying", "Ruiz isn’t
/// saying" (contracted onto a pronoun, see [`CONTRACTED_BE`]).
const BE_FORMS: &[&str] = &[
    "is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't",
];
/// Pronouns a contracted "be" joins: "he's", "they're", "I'm".
const CONTRACTED_BE: &[&str] = &["he's", "she's", "it's", "they're", "we're", "you're", "i'm"];
/// Nouns ending in "-ly" that are not adverbs: "the family said".
const LY_NOUNS: &[&str] = &[
    "family",
    "ally",
    "supply",
    "assembly",
    "rally",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "jelly",
    "lily",
    "homily",
    "reply",
    "fly",
    "butterfly",
    "italy",
    "july",
    "emily",
    "kelly",
    "sally",
    "holly",
    "molly",
    "polly",
    "billy",
    "willy",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
];
const BOUNDARY_WORDS: &[&str] = &[
    "that", "and", "but", "because", "when", "while", "if", "as", "which", "who", "where", "after",
    "before", "since", "although", "though", "so", "than", "or", "whether", "what", "how", "why",
    "nor", "yet", "once", "until",
];
const PASSIVE_AUX: &[&str] = &[
    "is", "are", "was", "were", "been", "be", "being", "get", "got",
];
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "at", "by", "from", "is", "was",
    "are", "were", "be", "been", "being", "about", "into", "over", "under", "this", "there",
    "here", "not", "no", "it's", "its",
];
const PREPOSITIONS: &[&str] = &[
    "of", "for", "at", "from", "with", "in", "on", "to", "by", "inside", "within", "close",
];
const AFFILIATIONS: &[&str] = &["of", "for", "at", "from", "with"];
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
/// Nouns for documents and data that can be a source.
/// Documents whose figures later sentences go on reporting ("According to the
/// Tribune poll, … Carson trails at 13 percent.").
const DATA_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "figures",
    "statistics",
    "census",
    "analysis",
    "research",
    "estimates",
    "results",
    "findings",
    "tally",
    "average",
    "averages",
    "audit",
    "records",
    "numbers",
    "projections",
    "calculations",
    "forecast",
    "review",
];

/// Whether a source's words name data ("an online University of Texas/Texas Tribune
/// poll out Thursday"), even when a name makes it a named source.
pub fn names_data(source: &str) -> bool {
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| DATA_NOUNS.contains(&w.to_lowercase().as_str()))
}

const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "summary",
    "data",
    "figures",
    "statistics",
    "records",
    "record",
    "documents",
    "document",
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "analysis",
    "research",
    "review",
    "investigation",
    "audit",
    "filing",
    "filings",
    "census",
    "estimates",
    "numbers",
    "results",
    "letter",
    "memo",
    "transcript",
    "release",
    "readout",
    "complaint",
    "lawsuit",
    "indictment",
    "ruling",
    "testimony",
    "evidence",
    "findings",
    "assessment",
    "paper",
    "post",
    "tweet",
    "interview",
    "briefing",
    "website",
    "notice",
    "order",
    "decision",
    "budget",
    "forecast",
    "projections",
    "calculations",
    "tally",
    "average",
    "averages",
    "index",
    "tracker",
    "model",
    "projection",
    "slide",
    "presentation",
    "chart",
    "table",
    "count",
    "database",
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
/// Documents that "in" can cite: "in the latest Gallup poll, Ruiz led by 5 points".
const CITED_IN_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "analysis",
    "census",
    "tally",
    "estimates",
    "forecast",
    "projections",
    "audit",
    "statement",
    "interview",
    "letter",
    "filing",
    "filings",
];
/// Estimates and plans whose owner is their source: "the IMF’s forecast", "its estimate".
const OWNED_NOUNS: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "projection",
    "projections",
    "outlook",
    "poll",
    "survey",
    "analysis",
    "calculations",
    "tally",
    "count",
    "figures",
    "data",
    "plan",
    "proposal",
    "proposals",
    "target",
    "goal",
    "guideline",
    "guidelines",
    // Participles that name the owner's figure: "the alliance’s recommended 2 percent".
    "recommended",
    "estimated",
    "projected",
    "proposed",
    "reported",
];
/// Owned nouns that are sources themselves when their owner is a time: "Wednesday’s poll".
const DATED_DOCUMENTS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "data", "figures", "count",
];
/// Owners that are times, not sources: "last year’s estimate", "Tuesday’s forecast".
const TIME_OWNERS: &[&str] = &[
    "year",
    "week",
    "month",
    "day",
    "quarter",
    "decade",
    "century",
    "season",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "evening",
    "night",
    "weekend",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Statements that, with an owner and a "that" or "about" clause, attribute it:
/// "Ruiz’s claim that", "his comment about 47 percent of the country".
const OWNED_CLAIMS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "claim",
    "claims",
    "assertion",
    "allegation",
    "allegations",
    "argument",
    "contention",
    "insistence",
    "warning",
    "promise",
    "pledge",
    "view",
];
/// Possessive words that own an estimate or a plan.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her"];
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
/// Base forms that are also common nouns ("demand from China", "a reality show"):
/// read as verbs only where a verb of saying fits.
const NOUN_LIKE: &[&str] = &[
    "state", "note", "claim", "report", "estimate", "show", "post", "tweet", "demand", "comment",
    "promise", "call", "answer", "reply", "forecast", "project", "signal", "counter", "remark",
    "pledge", "vow", "caution", "praise", "quip", "rate", "find", "finding", "accuse", "urge",
    "question", "charge", "dispute", "blast", "slam", "support", "want", "joke", "shout", "mock",
    "ridicule", "rebuke", "retort", "voice", "hail", "talk",
];
/// Auxiliaries that cannot follow a verb of saying directly ("the suicide rate was").
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "should", "must",
];
/// Subject words that take a verb's -s form, never its base form.
const SINGULAR_STARTS: &[&str] = &[
    "a", "an", "this", "each", "every", "another", "he", "she", "it",
];
/// Words that open a subject without a capital: "said one Democratic source".
const QUANTIFIERS: &[&str] = &["one", "two", "three", "several", "some", "many", "both"];

/// Words that, after "per", show it is a rate and not a source ("per cent").
const PER_UNITS: &[&str] = &[
    "cent",
    "capita",
    "annum",
    "year",
    "day",
    "hour",
    "week",
    "month",
    "person",
    "head",
    "share",
    "mile",
    "kilometre",
    "kilometer",
    "minute",
    "second",
    "unit",
    "household",
    "gallon",
    "litre",
    "liter",
    "barrel",
];

/// Finds every attribution in `text[sentence]`, skipping words inside the given
/// quotation ranges; the most authoritative comes first.
pub fn find(
    text: &str,
    sentence: Range<usize>,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
) -> Vec<Attribution> {
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

    let mut found = Vec::new();
    found.extend(s.prepositional());
    found.extend(s.as_put_it());
    found.extend(s.speaker_label());
    for (i, quoted) in in_quote.iter().enumerate() {
        if !quoted {
            found.extend(s.verb_cue(i));
            found.extend(s.colon_cue(i));
            found.extend(s.dash_after_quote(i));
        }
    }
    // A poll cited with "in", or an owner's estimate, counts only where no verb or
    // phrase names the source: "Reyes wrote in a letter" is Reyes's.
    // "In the harbour poll, 42% say …": respondents speak, but the poll is the source.
    let respondents_only = !found.is_empty() && found.iter().all(|a| s.respondents(a));
    if found.is_empty() || respondents_only {
        for (i, quoted) in in_quote.iter().enumerate() {
            if !quoted {
                found.extend(s.cited_in(i));
                found.extend(s.owned_estimate(i));
                found.extend(s.poll_standing(i));
            }
        }
    }
    found.sort_by_key(|a| (rank(a.class), a.cue.start));
    found.dedup_by(|b, a| a.cue == b.cue);
    found
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

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    in_quote: &'a [bool],
    lexicon: &'a Lexicon,
    first: usize,
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// The word at `i` in lower case with straight apostrophes ("doesn’t" → "doesn't").
    fn plain(&self, i: usize) -> String {
        self.lower(i).replace('’', "'")
    }

    /// True for a word between a subject and its verb: an adverb ("also", "falsely"),
    /// an auxiliary or a negation ("has", "doesn’t").
    fn skippable(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.lower(i);
        if SKIPPABLE.contains(&w.as_str()) {
            return true;
        }
        if w.contains(['\'', '’']) {
            return NEGATED_AUXILIARIES.contains(&w.replace('’', "'").as_str());
        }
        // "Ruiz falsely claimed": an adverb in -ly, but not "the family said".
        w.len() > 4
            && w.ends_with("ly")
            && !is_capitalised(self.word(i))
            && !LY_NOUNS.contains(&w.as_str())
            && !self.lexicon.verbs.contains_key(&w)
            && (i == 0 || !DETERMINERS.contains(&strip_possessive(&self.lower(i - 1))))
    }

    fn index_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < offset)
    }

    fn prepositional(&self) -> Vec<Attribution> {
        let start = self.tokens.first().map_or(self.first, |t| t.range.start);
        let end = self.tokens.last().map_or(start, |t| t.range.end);
        let mut out = Vec::new();
        for (range, _) in self.lexicon.prepositional.find(&self.text[start..end]) {
            let cue = range.start + start..range.end + start;
            let after = self.index_at(cue.end);
            let first_cue_token = self.index_at(cue.start);
            if self.in_quote.get(first_cue_token).copied().unwrap_or(false) {
                continue;
            }
            let phrase = self.text[cue.clone()].to_lowercase();
            if phrase == "per" && !self.per_is_a_cue(first_cue_token, after) {
                continue;
            }
            let np = self.noun_phrase_after(after);
            let kind = np
                .as_ref()
                .map_or(SourceKind::Missing, |np| self.classify(np.clone()));
            if matches!(phrase.as_str(), "citing" | "quoting")
                && !matches!(kind, SourceKind::Named | SourceKind::Document)
            {
                continue; // "citing supply problems" gives a reason, not a source
            }
            let source =
                np.map(|np| self.tokens[np.start].range.start..self.tokens[np.end - 1].range.end);
            out.push(Attribution {
                cue,
                source,
                kind,
                class: CueClass::Prepositional,
            });
        }
        out
    }

    /// True when the token at `k` is a dash that sets off an aside: "—", "–", or a
    /// hyphen with spaces around it.
    fn is_dash(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        match t.text(self.text) {
            "—" | "–" => true,
            "-" => self.text[..t.range.start].ends_with(char::is_whitespace),
            _ => false,
        }
    }

    /// True when the token at `k` is a period inside a name: after a title before the
    /// name ("former Rep. Ana Ruiz"), an initial or a name's ending ("Joseph R. Biden Jr.").
    fn period_in_name(&self, k: usize) -> bool {
        if k == 0 || self.word(k) != "." || !self.is_word(k - 1) {
            return false;
        }
        let before = self.word(k - 1);
        let title = crate::article::sentences::is_title_abbreviation(before)
            && self.is_word(k + 1)
            && is_capitalised(self.word(k + 1));
        let initial = before.len() == 1 && before.chars().all(|c| c.is_ascii_uppercase());
        title || initial || matches!(before, "Jr" | "Sr")
    }

    /// True when an attribution's source is a share of a poll's respondents: "42%",
    /// "30 percent of those asked".
    fn respondents(&self, a: &Attribution) -> bool {
        let Some(source) = &a.source else {
            return false;
        };
        let (from, to) = (self.index_at(source.start), self.index_at(source.end));
        (from..to.min(self.tokens.len())).any(|k| {
            self.tokens[k].kind == TokenKind::Number
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|_| matches!(self.lower(k + 1).as_str(), "%" | "percent"))
        })
    }

    /// "as The New Yorker put it", "as one docker puts it": the source between.
    fn as_put_it(&self) -> Option<Attribution> {
        let n = self.tokens.len();
        (0..n).find_map(|i| {
            if self.in_quote[i] || !self.word(i).eq_ignore_ascii_case("as") {
                return None;
            }
            let put = (i + 2..n.min(i + 9))
                .take_while(|&k| self.is_word(k))
                .find(|&k| matches!(self.lower(k).as_str(), "put" | "puts"))?;
            // The phrase closes its clause: not "as the tide put it out of reach".
            if put + 1 >= n || self.lower(put + 1) != "it" || self.is_word(put + 2) {
                return None;
            }
            let np = i + 1..put;
            Some(Attribution {
                cue: self.tokens[put].range.start..self.tokens[put + 1].range.end,
                source: Some(self.span(np.clone())),
                kind: self.classify(np),
                class: CueClass::Speech,
            })
        })
    }

    fn per_is_a_cue(&self, at: usize, after: usize) -> bool {
        let prev_is_number = at > 0 && self.tokens[at - 1].kind == TokenKind::Number;
        let next = (after < self.tokens.len()).then(|| self.lower(after));
        let next_ok = next.as_deref().is_some_and(|n| {
            !PER_UNITS.contains(&n)
                && (DETERMINERS.contains(&n) || is_capitalised(self.word(after)))
        });
        !prev_is_number && next_ok
    }

    /// Token indexes of the noun phrase that starts at `i`, stopping at punctuation,
    /// relative clauses and participles.
    fn noun_phrase_after(&self, i: usize) -> Option<Range<usize>> {
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
    fn noun_phrase_before(&self, i: usize) -> (Option<Range<usize>>, Option<String>) {
        let mut end = i;
        while end > 0 && self.skippable(end - 1) {
            end -= 1;
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
                if !matches!(t.text(self.text), "&" | "-") && !percent || dash {
                    stop = Some(t.text(self.text).to_owned());
                    break;
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
                // is a noun ("that" may open a clause instead).
                let determined = || {
                    start >= 2 && {
                        let d = self.lower(start - 2);
                        d != "that" && DETERMINERS.contains(&d.as_str())
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
                _ => (None, None),
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

    /// The comma after a name that the age and hometown set off by `comma` follow:
    /// at ", 59, of Ashton, Md.," it steps back over the three; elsewhere it is
    /// `comma` itself.
    fn before_age_and_hometown(&self, mut comma: usize) -> usize {
        let previous = |c: usize| (0..c).rev().find(|&k| self.word(k) == ",");
        let capitalised = |r: Range<usize>| {
            !r.is_empty()
                && r.len() <= 4
                && r.clone()
                    .all(|k| self.word(k) == "." || self.is_word(k) && is_capitalised(self.word(k)))
        };
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

    fn verb_cue(&self, i: usize) -> Option<Attribution> {
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

    /// The subject of a progressive whose "be" is at `be`: the noun phrase before
    /// "is" or "isn’t", or the pronoun that "’s" or "’re" joins ("He’s claiming").
    fn progressive_subject(&self, be: usize) -> Option<(Range<usize>, SourceKind)> {
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

    /// Who issued the document whose noun is at `noun`: "The ministry" in "The ministry
    /// issued a statement saying …"; the document itself when no one is named.
    fn document_issuer(&self, noun: usize) -> Option<Range<usize>> {
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && !self.lexicon.verbs.contains_key(&self.lower(start - 1))
        {
            let w = self.lower(start - 1);
            start -= 1;
            if DETERMINERS.contains(&w.as_str()) {
                break;
            }
        }
        let issuer = (start > 0)
            .then(|| self.noun_phrase_before(start - 1).0)
            .flatten()
            .filter(|np| self.classify(np.clone()).is_identified());
        issuer.or(Some(start..noun + 1))
    }

    /// The document a relative pronoun at `that` stands for: "a letter from the
    /// harbour master that says …" → "a letter from the harbour master".
    fn document_before(&self, that: usize) -> Option<Range<usize>> {
        let noun = (that.saturating_sub(8)..that)
            .rev()
            .take_while(|&k| self.is_word(k) && !BOUNDARY_WORDS.contains(&self.lower(k).as_str()))
            .find(|&k| DOCUMENT_NOUNS.contains(&self.lower(k).as_str()))?;
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && (DETERMINERS.contains(&self.lower(start - 1).as_str())
                || is_capitalised(self.word(start - 1))
                || self.tokens[start - 1].kind == TokenKind::Number)
        {
            start -= 1;
        }
        Some(start..that)
    }

    /// A colon or dash right before a quotation: `Patel was blunt: “…”`.
    fn colon_cue(&self, i: usize) -> Option<Attribution> {
        let mark = self.word(i);
        if self.tokens[i].kind != TokenKind::Punct || !matches!(mark, ":" | "—" | "–") {
            return None;
        }
        let next = self.tokens.get(i + 1)?;
        if !matches!(next.text(self.text), "“" | "\"" | "‘") {
            return None;
        }
        if i > 0 && self.lexicon.verbs.contains_key(&self.lower(i - 1)) {
            return None; // "said:" is the verb's cue
        }
        let (np, stop) = self.noun_phrase_before(i);
        let mut np = np?;
        // "Her message to the board was blunt: “…”": the subject before "was" speaks.
        if matches!(stop.as_deref(), Some("is" | "was" | "are" | "were"))
            && let (Some(subject), _) = self.noun_phrase_before(np.start - 1)
        {
            np = subject;
        }
        self.colon_attribution(
            i,
            np,
            &[SourceKind::Named, SourceKind::Pronoun, SourceKind::Role],
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
        })
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

    /// A quotation opens within a few tokens after `i`: "asking her, “Where …”".
    fn quote_follows(&self, i: usize) -> bool {
        (i + 1..self.tokens.len().min(i + 5)).any(|k| matches!(self.word(k), "“" | "\""))
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

    /// True when a quotation mark or a colon before one sits right beside `i`.
    fn beside_quote(&self, i: usize) -> bool {
        let quote = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| matches!(t.text(self.text), "“" | "”" | "\"" | "‘" | "’"))
        };
        // "“…,” she continued", "“…” continued Ruiz"
        let before = i >= 1 && quote(i - 1) || i >= 2 && quote(i - 2) && self.is_word(i - 1);
        let after = matches!(
            self.tokens.get(i + 1).map(|t| t.text(self.text)),
            Some("," | ":")
        ) && quote(i + 2);
        before || after
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

    /// An evidential verb whose subject is a document further back than a plain
    /// noun phrase reaches: "A USA Today analysis of newly filed reports shows".
    fn distant_document(&self, i: usize, class: VerbClass) -> Option<Attribution> {
        if class != VerbClass::Evidential {
            return None;
        }
        let mut start = i;
        while start > 0 && i - start < 16 {
            let k = start - 1;
            let w = self.lower(k);
            let joiner = matches!(w.as_str(), "-" | "–" | "—" | "/" | "&");
            // "the Center for Media and Public Affairs": "and" inside a name.
            let in_name = w == "and"
                && k > 0
                && is_capitalised(self.word(k - 1))
                && is_capitalised(self.word(k + 1));
            if self.tokens[k].kind == TokenKind::Punct && !joiner
                || BOUNDARY_WORDS.contains(&w.as_str()) && !in_name
                || self.in_quote[k]
            {
                break;
            }
            start = k;
        }
        let opener = self.lower(start);
        // The clause opens the sentence or follows a comma ("In 2013, research …").
        let clause_start = start == 0 || self.word(start - 1) == ",";
        let opens = clause_start
            || DETERMINERS.contains(&opener.as_str())
            || is_capitalised(self.word(start));
        let document = (start..i).find(|&k| DOCUMENT_NOUNS.contains(&self.lower(k).as_str()))?;
        if !opens || document == start && !DETERMINERS.contains(&opener.as_str()) && !clause_start {
            return None;
        }
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(start..document + 1)),
            kind: SourceKind::Document,
            class: CueClass::Evidential,
        })
    }

    /// A speaker named before a colon at the start of a line, as in transcripts and
    /// headlines: "RUIZ: We will reopen.", "Ruiz: Port Will Reopen".
    fn speaker_label(&self) -> Option<Attribution> {
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
    fn dash_after_quote(&self, i: usize) -> Option<Attribution> {
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
        })
    }

    /// An estimate or plan with its owner: "the IMF’s forecast", "its estimate",
    /// "Ruiz’s plan would cap fees at 5 percent".
    fn owned_estimate(&self, i: usize) -> Option<Attribution> {
        let noun = self.lower(i);
        // "Trump’s claim that …", "his comment about …": a claim, its owner, its content.
        let claim = OWNED_CLAIMS.contains(&noun.as_str())
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|_| matches!(self.lower(i + 1).as_str(), "that" | "about"));
        if !OWNED_NOUNS.contains(&noun.as_str()) && !claim {
            return None;
        }
        let owner = (i.saturating_sub(3)..i).find(|&k| {
            let w = self.lower(k);
            let possessive = w.ends_with("’s") || w.ends_with("'s");
            self.is_word(k)
                && (POSSESSIVES.contains(&w.as_str())
                    // "the IMF’s", or a body after its article: "the central bank’s".
                    || possessive
                        && (is_capitalised(self.word(k)) || self.article_before(k).is_some()))
        })?;
        // Only adjectives and nouns between owner and noun: "its British growth forecast".
        if (owner + 1..i)
            .any(|k| !self.is_word(k) || FUNCTION_WORDS.contains(&self.lower(k).as_str()))
        {
            return None;
        }
        if TIME_OWNERS.contains(&strip_possessive(&self.lower(owner))) {
            // "Wednesday’s Quinnipiac poll has Ruiz ahead": the dated poll is the source;
            // "last year’s forecast" names no one.
            return DATED_DOCUMENTS
                .contains(&noun.as_str())
                .then(|| Attribution {
                    cue: self.tokens[i].range.clone(),
                    source: Some(self.span(owner..i + 1)),
                    kind: SourceKind::Document,
                    class: CueClass::Evidential,
                });
        }
        // "the Harbour Board’s forecast": the owner's name and its article.
        let mut start = owner;
        while start > 0
            && self.is_word(start - 1)
            && is_capitalised(self.word(start - 1))
            && owner - start < 4
        {
            start -= 1;
        }
        if start > 0 && DETERMINERS.contains(&self.lower(start - 1).as_str()) {
            start -= 1;
        }
        if !is_capitalised(self.word(owner)) {
            start = self.article_before(owner).unwrap_or(start);
        }
        let kind = if POSSESSIVES.contains(&self.lower(owner).as_str()) {
            SourceKind::Pronoun
        } else if is_capitalised(self.word(owner)) {
            SourceKind::Named
        } else {
            self.classify(start..owner + 1)
        };
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(start..owner + 1)),
            kind,
            class: CueClass::Evidential,
        })
    }

    /// A standing in a named poll: "Le Pen topped a BVA poll with 30 percent", "Ruiz
    /// leads the latest Herald survey". The poll at `i` is the figures' source.
    fn poll_standing(&self, i: usize) -> Option<Attribution> {
        if !matches!(self.lower(i).as_str(), "poll" | "survey") {
            return None;
        }
        let determiner = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| matches!(self.lower(k).as_str(), "a" | "an" | "the" | "this" | "that"))?;
        // Only names and a few adjectives between: "a new Coast Herald/Harbour University poll".
        let named = (determiner + 1..i).all(|k| {
            self.is_word(k) && is_capitalised(self.word(k))
                || matches!(
                    self.lower(k).as_str(),
                    "/" | "-"
                        | "&"
                        | "latest"
                        | "new"
                        | "recent"
                        | "online"
                        | "national"
                        | "statewide"
                )
        });
        let verb = determiner.checked_sub(1)?;
        let standing = matches!(
            self.lower(verb).as_str(),
            "led"
                | "leads"
                | "lead"
                | "leading"
                | "topped"
                | "tops"
                | "top"
                | "topping"
                | "trails"
                | "trailed"
                | "trailing"
                | "dominated"
                | "dominates"
        );
        (named && standing).then(|| Attribution {
            cue: self.tokens[verb].range.clone(),
            source: Some(self.span(determiner..i + 1)),
            kind: SourceKind::Document,
            class: CueClass::Evidential,
        })
    }

    /// True when the verb at `i` follows "which" or "that" and a subject of at most
    /// three words: "which scientists say is", "that Ruiz says was".
    fn relative_gap(&self, i: usize) -> bool {
        let (np, stop) = self.noun_phrase_before(i);
        np.is_some_and(|np| {
            np.len() <= 3
                && np.start > 0
                && matches!(stop.as_deref(), Some("which" | "that"))
                && matches!(self.lower(np.start - 1).as_str(), "which" | "that")
        })
    }

    /// Where "the" stands when the words before `k` are "the" and at most two
    /// adjectives or nouns: "the alliance’s", "the central bank’s".
    fn article_before(&self, k: usize) -> Option<usize> {
        (k.saturating_sub(3)..k).rev().find(|&j| {
            self.lower(j) == "the"
                && (j + 1..k)
                    .all(|m| self.is_word(m) && !FUNCTION_WORDS.contains(&self.lower(m).as_str()))
        })
    }

    /// "in" before a poll, survey or report: "In the latest Gallup poll, Ruiz led".
    fn cited_in(&self, i: usize) -> Option<Attribution> {
        if self.lower(i) != "in" || i + 1 >= self.tokens.len() {
            return None;
        }
        let opener = self.lower(i + 1);
        if !(DETERMINERS.contains(&opener.as_str())
            || QUANTIFIERS.contains(&opener.as_str())
            || self.is_word(i + 1) && is_capitalised(self.word(i + 1)))
        {
            return None;
        }
        let noun = (i + 1..self.tokens.len().min(i + 10))
            .take_while(|&k| {
                let w = self.lower(k);
                (self.is_word(k) || matches!(w.as_str(), "/" | "-" | "&"))
                    && !BOUNDARY_WORDS.contains(&w.as_str())
                    && (k == i + 1 || !matches!(w.as_str(), "in" | "on" | "at" | "by" | "for"))
            })
            .find(|&k| CITED_IN_NOUNS.contains(&self.lower(k).as_str()))?;
        Some(Attribution {
            cue: self.tokens[i].range.clone(),
            source: Some(self.span(i + 1..noun + 1)),
            kind: SourceKind::Document,
            class: CueClass::Prepositional,
        })
    }

    /// Whether the token at `k` can be part of a name: a capitalised word, or a period
    /// inside one ("Gov.", "R.").
    fn in_name(&self, k: usize) -> bool {
        self.is_word(k) && is_capitalised(self.word(k)) || self.period_in_name(k)
    }

    /// The name of at most `limit` tokens that ends just before `end`: "Okafor" in
    /// "out-argued Okafor, who", "Hillary Clinton" in "footage of Hillary Clinton asking".
    fn name_before(&self, end: usize, limit: usize) -> Option<Range<usize>> {
        let first = (0..end)
            .rev()
            .take_while(|&k| self.in_name(k))
            .take(limit)
            .last()?;
        Some(first..end)
    }

    /// The sentence's opening noun phrase, skipping an introductory clause that ends in a comma.
    fn first_subject(&self) -> Option<Range<usize>> {
        // "“Stay,” Blige sings … before asking": the subject follows an opening quotation.
        if self.in_quote.first() == Some(&true) {
            let start = (0..self.tokens.len()).find(|&k| !self.in_quote[k] && self.is_word(k))?;
            let end = (start..self.tokens.len())
                .take_while(|&k| self.in_name(k))
                .last()?;
            return Some(start..end + 1);
        }
        let mut start = 0;
        if let Some(comma) = self
            .tokens
            .iter()
            .take(12)
            .position(|t| t.text(self.text) == ",")
        {
            let intro = self.lower(0);
            if matches!(
                intro.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "however"
                    | "meanwhile"
                    | "still"
                    | "yet"
                    | "but"
            ) {
                start = comma + 1;
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

    fn span(&self, np: Range<usize>) -> Range<usize> {
        self.tokens[np.start].range.start..self.tokens[np.end - 1].range.end
    }

    /// What kind of source a noun phrase names.
    pub fn classify(&self, np: Range<usize>) -> SourceKind {
        let words: Vec<(String, bool)> = np
            .clone()
            .filter(|&i| self.is_word(i))
            .map(|i| {
                let w = self.word(i);
                // A capital at the start of the sentence says nothing about the word.
                let proper =
                    is_capitalised(w) && (i != 0 || !self.is_common(&w.to_lowercase())) && w != "I";
                (w.to_lowercase(), proper)
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
        if matches!(
            words[head_at - 1].0.as_str(),
            "array"
                | "host"
                | "number"
                | "group"
                | "handful"
                | "couple"
                | "lot"
                | "range"
                | "variety"
                | "slew"
                | "raft"
                | "dozen"
                | "majority"
                | "few"
        ) && words.get(head_at).is_some_and(|(w, _)| w == "of")
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

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(sentence: &str) -> Option<(String, Option<String>, SourceKind, CueClass)> {
        let quotes: Vec<Range<usize>> = crate::article::find_quotes(sentence)
            .into_iter()
            .map(|q| q.outer)
            .collect();
        find(sentence, 0..sentence.len(), &quotes, Lexicon::builtin())
            .into_iter()
            .next()
            .map(|a| {
                (
                    sentence[a.cue].to_owned(),
                    a.source.map(|s| sentence[s].to_owned()),
                    a.kind,
                    a.class,
                )
            })
    }

    fn cue_and_source(sentence: &str) -> (String, String, SourceKind) {
        let (cue, source, kind, _) =
            first(sentence).unwrap_or_else(|| panic!("no attribution in {sentence:?}"));
        (cue, source.unwrap_or_default(), kind)
    }

    /// Positive cases: each sentence, its cue, its source and the source's kind.
    #[test]
    fn finds_cues_and_sources() {
        use SourceKind::*;
        let cases: &[(&str, &str, &str, SourceKind)] = &[
            (
                "Mayor Ana Ruiz said the port would reopen.",
                "said",
                "Mayor Ana Ruiz",
                Named,
            ),
            ("The port will reopen, she said.", "said", "she", Pronoun),
            (
                "Ruiz denounced the levy as theft.",
                "denounced",
                "Ruiz",
                Named,
            ),
            (
                "The mayor derided the plan as toothless.",
                "derided",
                "The mayor",
                Role,
            ),
            (
                "Mia Okafor, 59, of Portmere, who watched the vote, said it was fair.",
                "said",
                "Mia Okafor",
                Named,
            ),
            (
                "Tom Dale, 44, of Ashton, Md., said the queue was long.",
                "said",
                "Tom Dale",
                Named,
            ),
            (
                "“We are ready,” said Tom Bell, the union leader.",
                "said",
                "Tom Bell",
                Named,
            ),
            (
                "Prices rose, according to the Harbour Board.",
                "according to",
                "the Harbour Board",
                Named,
            ),
            (
                "Ships are waiting, as per a Port Authority notice.",
                "as per",
                "a Port Authority notice",
                Document,
            ),
            (
                "Exports fell, as reported by the Valley Gazette.",
                "as reported by",
                "the Valley Gazette",
                Named,
            ),
            (
                "Bell told The Coast Herald that talks had failed.",
                "told",
                "Bell",
                Named,
            ),
            (
                "However, Ruiz noted that the strike was legal.",
                "noted",
                "Ruiz",
                Named,
            ),
            (
                "The ministry warned that fines would follow.",
                "warned",
                "The ministry",
                Role,
            ),
            ("Experts say the cost will double.", "say", "Experts", Vague),
            (
                "Some analysts argue the deal is weak.",
                "argue",
                "Some analysts",
                Vague,
            ),
            (
                "Officials said the talks would resume.",
                "said",
                "Officials",
                Anonymous,
            ),
            (
                "A person familiar with the matter said the deal was close.",
                "said",
                "A person familiar with the matter",
                Anonymous,
            ),
            (
                "Customs data released in January show trade grew.",
                "show",
                "Customs data",
                Document,
            ),
            (
                "The claim was denied by Ruiz on Monday.",
                "denied by",
                "Ruiz",
                Named,
            ),
            (
                "Trade rose 25 percent, per the customs office.",
                "per",
                "the customs office",
                Role,
            ),
            (
                "Ruiz tweeted that the port was open.",
                "tweeted",
                "Ruiz",
                Named,
            ),
            (
                "Analysts at Harbour Capital argue the deal is weak.",
                "argue",
                "Analysts at Harbour Capital",
                Named,
            ),
            (
                "A port spokesperson said the cranes were idle.",
                "said",
                "A port spokesperson",
                Anonymous,
            ),
            (
                "A Harbour Board spokesperson said the cranes were idle.",
                "said",
                "A Harbour Board spokesperson",
                Role,
            ),
            (
                "The board’s chief executive, Mira Okafor, said the offer was fair.",
                "said",
                "Mira Okafor",
                Named,
            ),
            (
                "Ana Ruiz, the mayor, said the port would reopen.",
                "said",
                "Ana Ruiz",
                Named,
            ),
            (
                "A union official, who spoke on condition of anonymity, said talks stalled.",
                "said",
                "A union official",
                Anonymous,
            ),
            ("Ruiz Says Port Will Reopen.", "Says", "Ruiz", Named),
            (
                "New Harbour Poll Shows Lead for Ruiz.",
                "Shows",
                "New Harbour Poll",
                Document,
            ),
            (
                "RUIZ: We will reopen the port on Monday.",
                ":",
                "RUIZ",
                Named,
            ),
            (
                "“We will not back down.” ― Ana Ruiz",
                "―",
                "Ana Ruiz",
                Named,
            ),
            (
                "In the latest Harbour Board survey, 40 percent of dockers backed the strike.",
                "In",
                "the latest Harbour Board survey",
                Document,
            ),
            (
                "The Harbour Board’s forecast puts growth at 2 percent.",
                "forecast",
                "The Harbour Board’s",
                Named,
            ),
            (
                "The target, which scientists say is too low, was agreed.",
                "say",
                "scientists",
                Vague,
            ),
            (
                "The port, which Ruiz says is unsafe, closed.",
                "says",
                "Ruiz",
                Named,
            ),
            (
                "Few spend the alliance’s recommended 2 percent of output.",
                "recommended",
                "the alliance’s",
                Role,
            ),
            (
                "Growth will reach the central bank's forecast of 3 percent.",
                "forecast",
                "the central bank's",
                Role,
            ),
            (
                "Fees rose 9 percent, a Coast Herald analysis of port filings shows.",
                "shows",
                "a Coast Herald analysis",
                Document,
            ),
            (
                "Ruiz joked that the port was older than the town.",
                "joked",
                "Ruiz",
                Named,
            ),
            (
                "The IMF pointed to the strike as a risk to trade.",
                "pointed",
                "The IMF",
                Named,
            ),
            (
                "The count came from the Coast Police Department, which reported 2,521 shootings.",
                "reported",
                "Coast Police Department",
                Named,
            ),
            ("Ruiz opposed the plan.", "opposed", "Ruiz", Named),
            ("Ruiz spoke of a port in decline.", "spoke", "Ruiz", Named),
            (
                "Wednesday’s Harbour Herald poll has Ruiz at 46 percent.",
                "poll",
                "Wednesday’s Harbour Herald poll",
                Document,
            ),
            (
                "It raised its growth forecast to 2 percent.",
                "forecast",
                "its",
                Pronoun,
            ),
            (
                "The Coast average of polls taken over the past two weeks shows Ruiz ahead.",
                "shows",
                "The Coast average",
                Document,
            ),
            (
                "On Monday, listeners who said they had doubts rang the station.",
                "said",
                "listeners",
                Role,
            ),
            (
                "It costs the minimum $20 million experts say a port needs.",
                "say",
                "experts",
                Vague,
            ),
            (
                "“The port is open,” said 9/11 widow Ana Ruiz.",
                "said",
                "9/11 widow Ana Ruiz",
                Named,
            ),
            (
                "Clinton cited the strike as proof of her case.",
                "cited",
                "Clinton",
                Named,
            ),
            (
                "“We will hold the line,” she continued.",
                "continued",
                "she",
                Pronoun,
            ),
            (
                "Mira Okafor, the board’s chair, called the offer an insult.",
                "called",
                "Mira Okafor",
                Named,
            ),
            (
                "“The port is open,” said a spokesman for the Harbour Board.",
                "said",
                "a spokesman for the Harbour Board",
                Role,
            ),
            (
                "Ruiz began by saying the port was safe.",
                "saying",
                "Ruiz",
                Named,
            ),
            (
                "The port authority is demanding that the union return to work.",
                "is demanding",
                "The port authority",
                Role,
            ),
            (
                "“Will you reopen the port?” he asks.",
                "asks",
                "he",
                Pronoun,
            ),
            (
                "The Latest: Ruiz urges dockers to vote.",
                "urges",
                "Ruiz",
                Named,
            ),
            (
                "Fact-checkers looked at Ruiz’s claim that fares fell.",
                "claim",
                "Ruiz’s",
                Named,
            ),
            (
                "The union called the offer an insult.",
                "called",
                "The union",
                Role,
            ),
            // A negation or an adverb between the speaker and the verb.
            (
                "Ruiz doesn't think the levy will pass.",
                "think",
                "Ruiz",
                Named,
            ),
            (
                "He doesn’t even believe it himself.",
                "believe",
                "He",
                Pronoun,
            ),
            // "-ly" nouns are no adverbs.
            (
                "The family said the boat was sold.",
                "said",
                "The family",
                Role,
            ),
            (
                "Okafor falsely claimed the fund was empty.",
                "claimed",
                "Okafor",
                Named,
            ),
            // Progressives, contracted or negated, and of beliefs and aims.
            (
                "He’s claiming that the fee is a scam.",
                "He’s claiming",
                "He",
                Pronoun,
            ),
            (
                "The mayor isn’t saying whether the council broke the rules.",
                "isn’t saying",
                "The mayor",
                Role,
            ),
            (
                "Ruiz is hoping that the council will relent.",
                "is hoping",
                "Ruiz",
                Named,
            ),
            // A passive whose agent follows what it was called.
            (
                "The harbour master has been called a fraud by rival captains.",
                "called",
                "rival captains",
                Role,
            ),
            // A document far from its verb, and a body whose work is to find.
            (
                "A study released on Friday by a team of economists shows how the port lost money.",
                "shows",
                "A study",
                Document,
            ),
            (
                "An arbitration panel in 2001 found the port in breach of the deal.",
                "found",
                "An arbitration panel in 2001",
                Role,
            ),
            // What a statement says is its issuer's.
            (
                "The ministry issued a statement saying the port would reopen.",
                "saying",
                "The ministry",
                Role,
            ),
            (
                "Ruiz talked about the levy for an hour.",
                "talked",
                "Ruiz",
                Named,
            ),
            (
                "Okafor expressed concern that the fund would shrink.",
                "expressed",
                "Okafor",
                Named,
            ),
            (
                "Ruiz defended the decision to close the port.",
                "defended",
                "Ruiz",
                Named,
            ),
            (
                "The port, as one docker put it, is dying.",
                "put it",
                "one docker",
                Role,
            ),
            (
                "“We will not move,” the letter reads.",
                "reads",
                "the letter",
                Document,
            ),
            (
                "Okafor didn’t apologize for the remarks.",
                "apologize",
                "Okafor",
                Named,
            ),
            (
                "Other refugee advocates also said the levy should go.",
                "said",
                "Other refugee advocates",
                Vague,
            ),
            (
                "Vice President Joseph R. Biden Jr. said the levy was a danger.",
                "said",
                "Vice President Joseph R. Biden Jr.",
                Named,
            ),
            (
                "She went on to say the levy was dead.",
                "went on to say",
                "She",
                Pronoun,
            ),
            (
                "Ruiz took to Twitter to say the levy was dead.",
                "took to Twitter to say",
                "Ruiz",
                Named,
            ),
            (
                "Closing the port, a wide array of economists say, hurt trade.",
                "say",
                "a wide array of economists",
                Vague,
            ),
            (
                "The port is dying, said several observers.",
                "said",
                "several observers",
                Vague,
            ),
            (
                "Ruiz was out-arguing Okafor, who said he would raise fees slowly.",
                "said",
                "Okafor",
                Named,
            ),
            (
                "Okafor — after a long pause — told me the levy was dead.",
                "told",
                "Okafor",
                Named,
            ),
            (
                "Jane Orr, a professor at Portmere University, writes in the Coast Herald that fees will rise.",
                "writes",
                "Jane Orr",
                Named,
            ),
            (
                "Ruiz ended the row by telling Okafor she had won.",
                "telling",
                "Ruiz",
                Named,
            ),
            (
                "Several studies have suggested that the levy hurts trade.",
                "suggested",
                "Several studies",
                Vague,
            ),
            // Inverted, with a title or a job before the name.
            (
                "“The levy is a scandal,” said former Rep. Ana Ruiz (D-Coast), who chairs the panel.",
                "said",
                "former Rep. Ana Ruiz",
                Named,
            ),
            (
                "“We were shocked,” said election lawyer Tom Birk.",
                "said",
                "election lawyer Tom Birk",
                Named,
            ),
            (
                "“The drop is real,” said a person close to the mayor.",
                "said",
                "a person close to the mayor",
                Anonymous,
            ),
            (
                "“We have work to do,” said a longtime adviser to the mayor.",
                "said",
                "a longtime adviser to the mayor",
                Anonymous,
            ),
            ("Said Okafor, “The levy is dead.”", "Said", "Okafor", Named),
            (
                "Sen. Ana Ruiz said the port would reopen.",
                "said",
                "Sen. Ana Ruiz",
                Named,
            ),
            // A poll's respondents, and the poll that asked them.
            (
                "Okafor gained ground, with 30 percent of voters saying they like her.",
                "saying",
                "30 percent of voters",
                Role,
            ),
            (
                "Some 26 percent say they will vote for Okafor.",
                "say",
                "Some 26 percent",
                Role,
            ),
            (
                "Among dockers, 30 percent of those polled said the levy was fair.",
                "said",
                "30 percent of those polled",
                Role,
            ),
            (
                "In the harbour poll, 42% say the levy is fair.",
                "In",
                "the harbour poll",
                Document,
            ),
            (
                "Okafor compared the levy to a tax on bread.",
                "compared",
                "Okafor",
                Named,
            ),
            // A base form that is a noun heads the subject.
            (
                "Dockers lost 40 jobs, the harbour report said.",
                "said",
                "the harbour report",
                Document,
            ),
            (
                "The former secretary of state said the port would close.",
                "said",
                "The former secretary of state",
                Role,
            ),
            ("Another said the vote was rigged.", "said", "Another", Role),
            ("Most said they were worried.", "said", "Most", Vague),
            (
                "A mere 9 percent say they trust the board.",
                "say",
                "A mere 9 percent",
                Role,
            ),
            (
                "“It’s a mess,“ said one harbour pilot.",
                "said",
                "one harbour pilot",
                Role,
            ),
            (
                "The question came from a docker, who said he had lost his job.",
                "said",
                "a docker",
                Role,
            ),
            // A participle set off by a quotation's close or a dash, or after "after".
            (
                "Ruiz gave a defence of “harbour values,” saying the port was the town.",
                "saying",
                "Ruiz",
                Named,
            ),
            (
                "Okafor switched sides – saying she now backed the levy.",
                "saying",
                "Okafor",
                Named,
            ),
            (
                "Mr. Okafor, after first saying he would stay, left the board.",
                "saying",
                "Mr. Okafor",
                Named,
            ),
            (
                "The mayor toured the dock, saying it would reopen.",
                "saying",
                "The mayor",
                Role,
            ),
            (
                "“That is a scandal,” Okafor charged.",
                "charged",
                "Okafor",
                Named,
            ),
            (
                "Okafor asks at the union hall, “Any questions?”",
                "asks",
                "Okafor",
                Named,
            ),
            ("He jokes, “It’s a long queue!”", "jokes", "He", Pronoun),
            (
                "Ruiz is continuing to insist the port is safe.",
                "continuing to insist",
                "Ruiz",
                Named,
            ),
            (
                "The port was attacked by Ana Ruiz, who cites the accounts as proof.",
                "cites",
                "Ana Ruiz",
                Named,
            ),
            (
                "He is talking to dockers about their pay.",
                "is talking",
                "He",
                Pronoun,
            ),
            (
                "The person familiar with the planning said the talks would resume.",
                "said",
                "The person familiar with the planning",
                Anonymous,
            ),
            (
                "Okafor calls himself a dockers’ mayor.",
                "calls",
                "Okafor",
                Named,
            ),
            (
                "Ruiz attacked the levy, calling it “a tax on bread.”",
                "calling",
                "Ruiz",
                Named,
            ),
            (
                "The strike spread, with Mayor Ana Ruiz calling it a disgrace.",
                "calling",
                "Mayor Ana Ruiz",
                Named,
            ),
            (
                "It also points out that the levy is new.",
                "points",
                "It",
                Pronoun,
            ),
            (
                "Mr. Okafor spoke warmly of the dockers.",
                "spoke",
                "Mr. Okafor",
                Named,
            ),
            (
                "A spokesman for the port declined to comment.",
                "declined to comment",
                "A spokesman for the port",
                Anonymous,
            ),
            (
                "The video shows Ana Ruiz asking, “Where is the money?”",
                "asking",
                "Ana Ruiz",
                Named,
            ),
            (
                "“Stay,” Okafor sings to the crowd before asking, “Who is with me?”",
                "asking",
                "Okafor",
                Named,
            ),
        ];
        for (sentence, cue, source, kind) in cases {
            assert_eq!(
                cue_and_source(sentence),
                ((*cue).into(), (*source).into(), *kind),
                "in {sentence:?}"
            );
        }
    }

    /// Negative cases: no attribution.
    #[test]
    fn ignores_look_alikes() {
        for sentence in [
            "The report was long.",
            "On May 16, the two leaders met in the capital.",
            "The United States sent ships.",
            "Trade grew 25 percent a year, or $3 per capita.",
            "Police found a body near the dock.",
            "It was reported on Monday.",
            "The company delayed the launch, citing supply problems.",
            "Member states voted on the plan.",
            "Battleground state Ohio is 3 percent Polish American.",
            "Editor’s note: this story was updated.",
            "The two taped an hourlong show that aired on Monday.",
            "The real Ruiz showed up at the debate.",
            "Demand from China cooled.",
            "His group, called the Harbour Fund, owns the land.",
            "A group called Moms for Ports met on Monday.",
            "The suicide rate was ten times the average.",
            "Update: The port reopened on Monday.",
            "The union called off the strike.",
            "Ruiz hired dockers accused of sabotage.",
            "Ruiz offered some pointed advice to the board.",
            "The dockers are meeting on Monday.",
            "Harbour Board members voted on the plan.",
            "(All rates exclude the harbour levy.)",
            "Prosecutors began by asking the court for time.",
            "The police charged him with theft.",
            "Many dockers would hope the port stays open.",
            "Do you know where the money went?",
            "His jokes fell flat.",
            "The council can act by asking the court to rule.",
            "The strike continued for a third week.",
            "Dockers, called to the hall by the union, voted to strike.",
            "Growth beat last year's forecast of 2 percent.",
            "Sales beat Tuesday’s estimate of 2 percent.",
            "The firm's profit rose 2 percent.",
            "Ruiz spoke to dockers on Monday.",
            "The crowd let out a shout.",
            "Member states sent ships.",
            "Ruiz has a wide majority of white support, which is rare.",
            "Ruiz has record low support from dockers.",
            "Others opposed the plan.",
            "Voters should know what the questions are.",
            "Others shouted, “Stop the cover-up!”",
            "Minority support for the nominee dropped.",
            "Exceptions are Eastbay (Ruiz support 27 percent).",
            "The talks about the levy stalled.",
            "Okafor defended her title in the final.",
            "Sales rose 5 percent, compared with 3 percent a year earlier.",
            "Hail battered the harbour.",
            "Ruiz went on to win the seat.",
            "Shares declined to 40 pence.",
            "Ruiz refused to sign the deal.",
            "“He left,” said nothing about where he went.",
            "Said to be ill, Okafor stayed home.",
            "Ruiz reads the harbour news every morning.",
            "Their plans are more detailed than ours.",
            "As the tide put it out of reach, the boat sank.",
            "Dockers weren't told about the closure.",
        ] {
            assert_eq!(first(sentence), None, "in {sentence:?}");
        }
    }

    #[test]
    fn a_long_opening_phrase_leaves_the_name_before_the_verb() {
        let sentence = "In a meeting with the editorial board of the Coast Herald Ruiz said the port would reopen.";
        assert_eq!(first(sentence).map(|a| a.0), Some("said".to_owned()));
    }

    #[test]
    fn quoted_words_are_not_cues() {
        assert_eq!(
            first("The film is titled “what critics say is a scandal.”").map(|a| a.0),
            None
        );
    }
}
