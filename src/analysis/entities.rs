//! The document's entity index: named mentions from the tagger, completed by rules
//! (acronyms defined in parentheses, organisation names ending in "University" or
//! "Party", named sources), clustered so that "Putin" joins "Vladimir Putin", "CCP"
//! joins "Chinese Communist Party" and "State Department" joins "U.S. State
//! Department", with the description the article gives and what each is quoted as
//! saying.

use super::names::TITLE_WORDS;
use super::ner::gazetteer::Gazetteer;
use super::ner::{EntityKind, Mention};
use super::tokens::is_capitalised;
use super::{ResolvedAttribution, SourceKind};
use crate::article::Article;
use crate::dictionary::Dictionary;
use crate::text::Span;
use aho_corasick::{AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// One entity of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Its fullest name in the article.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other names it goes by here ("Putin", "CCP").
    pub aliases: Vec<String>,
    /// The description the article gives ("State Department spokesperson").
    pub description: Option<String>,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
    /// Sentences attributed to it: sentence index and cue.
    pub statements: Vec<(usize, String)>,
}

impl Entity {
    /// The other names to show a reader: one per name whatever its case, as running
    /// text writes it ("Ruiz" rather than a headline's "RUIZ"), and none that only
    /// repeats the entity's name in capitals. `aliases` keeps every form, since the
    /// document pass looks for each as written.
    pub fn shown_aliases(&self) -> Vec<&str> {
        let mut shown: Vec<&str> = Vec::new();
        for alias in &self.aliases {
            if alias.eq_ignore_ascii_case(&self.name) {
                continue;
            }
            match shown.iter_mut().find(|s| s.eq_ignore_ascii_case(alias)) {
                Some(same) if !same.chars().any(char::is_lowercase) => *same = alias,
                Some(_) => {}
                None => shown.push(alias),
            }
        }
        shown
    }
}

/// Nouns that end organisation names.
pub(super) const ORG_HEADS: &[&str] = &[
    "Partners",
    "University",
    "Party",
    "Department",
    "Ministry",
    "Bank",
    "Association",
    "Council",
    "Agency",
    "Authority",
    "Commission",
    "Committee",
    "Company",
    "Corporation",
    "Institute",
    "Foundation",
    "Union",
    "Board",
    "Office",
    "Court",
    "Times",
    "Herald",
    "Gazette",
    "Tribune",
    "Journal",
    "Post",
    "News",
    "Trust",
    "Chamber",
    "Parliament",
    "Congress",
    "Group",
    "Holdings",
    "Industries",
    "Airlines",
    "Airways",
    "Motors",
    "Exchange",
    "Bancorp",
    "Bancshares",
    "Club",
    "FC",
    "Newsroom",
    "Desk",
    "Hospital",
    "School",
    "College",
];
/// Legal suffixes of company names: "Magna International Inc", "Douglas & Lomason Co".
pub(super) const COMPANY_SUFFIXES: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Co",
    "Co.",
    "Ltd",
    "Ltd.",
    "Plc",
    "PLC",
    "plc",
    "LLC",
    "AG",
    "SA",
    "S.A.",
    "NV",
    "N.V.",
    "GmbH",
    "SpA",
    "AB",
    "ASA",
    "Bhd",
    "Group",
    "Holdings",
    "Industries",
];
const LINKING: &[&str] = &["of", "for", "and", "the", "de", "on"];
/// Country names that are as often a person's name or a common word: left to the tagger.
const AMBIGUOUS_COUNTRIES: &[&str] = &[
    "jordan", "chad", "georgia", "israel", "guinea", "niger", "turkey", "jersey", "man", "china",
    "india", "kenya", "lebanon", "mali", "peru", "france",
];

struct Raw {
    span: Span,
    text: String,
    kind: EntityKind,
    /// The sentence it is in; `None` in a heading.
    sentence: Option<usize>,
    /// The dictionary entry it names, which fixes its name and kind.
    entry: Option<usize>,
    /// Its kind was read from the words around it ([`Mention::from_context`]).
    from_context: bool,
}

/// What the sentence passes found, one entry per sentence, for [`index`].
pub struct SentenceReadings<'a> {
    /// Tagged mentions in paragraph-prose offsets.
    pub mentions: &'a [&'a [Mention]],
    /// The resolved attribution.
    pub attributions: &'a [Option<&'a ResolvedAttribution>],
    /// The full name of the source, where known.
    pub sources: &'a [Option<String>],
    /// The sentence is written in capitals.
    pub capitals: &'a [bool],
    /// The article reads as a sports story, whose towns are often teams.
    pub sports: bool,
}

/// Builds the index from what each sentence holds (`sentences`) and each heading's
/// mentions in offsets of its title (`headings`, [`heading_names`]).
///
/// The newsroom's `dictionary` overrides the tagger: its names are always entities
/// of the kind it gives, clustered under its canonical name, and its not-entities
/// never are.
pub fn index(
    article: &Article,
    text: &str,
    sentences: &SentenceReadings,
    headings: &[std::sync::Arc<Vec<Mention>>],
    dictionary: &Dictionary,
) -> Vec<Entity> {
    let SentenceReadings {
        mentions,
        capitals,
        attributions,
        sources,
        sports,
    } = *sentences;
    let mut raw = Vec::new();
    for (i, sentence) in article.sentences.iter().enumerate() {
        let prose = &article.paragraphs[sentence.paragraph].prose;
        let mut found: Vec<(std::ops::Range<usize>, EntityKind)> = mentions[i]
            .iter()
            .map(|m| (m.range.clone(), m.kind))
            .collect();
        if let Some(a) = &attributions[i]
            && a.kind == SourceKind::Named
            && let Some(src) = &a.source_text
        {
            named_source(&prose.text, sentence.prose.clone(), src, &mut found);
        }
        if let Some(a) = &attributions[i]
            && a.kind == SourceKind::Document
            && let Some(src) = &a.source_text
        {
            document_issuer(&prose.text, sentence.prose.clone(), src, &mut found);
        }
        let mut known = Vec::new();
        if !dictionary.is_empty() {
            let offset = sentence.prose.start;
            known = dictionary.find(&prose.text[sentence.prose.clone()]);
            for k in &mut known {
                k.range = k.range.start + offset..k.range.end + offset;
            }
            found.retain(|(r, _)| {
                !known
                    .iter()
                    .any(|k| k.range.start < r.end && r.start < k.range.end)
                    && !dictionary.is_not_entity(strip_the(&prose.text[r.clone()]))
            });
        }
        found.sort_by_key(|(r, _)| r.start);
        let from_context = |r: &std::ops::Range<usize>| {
            mentions[i].iter().any(|m| m.from_context && m.range == *r)
        };
        for (r, mut kind) in found {
            let mut from_context = from_context(&r);
            // In a sports story a town where a team stands is the team: "homered for
            // Cleveland". A country stays a place, as its national side does, and so
            // does the town where the game was: "In Chicago, the Cubs won".
            if sports && kind == EntityKind::Place && !from_context {
                match super::sports::town_or_team(&prose.text, &sentence.prose, &r) {
                    Some(EntityKind::Organization)
                        if !super::context_kinds::national_side(
                            Gazetteer::builtin(),
                            &prose.text[r.clone()].to_lowercase(),
                        ) =>
                    {
                        kind = EntityKind::Organization;
                        from_context = true;
                    }
                    Some(EntityKind::Place) => from_context = true,
                    _ => {}
                }
            }
            let r = if kind == EntityKind::Person {
                without_title(&prose.text, r)
            } else {
                r
            };
            raw.push(Raw {
                span: prose.source_span(r.clone()),
                text: prose.text[r].to_owned(),
                kind,
                sentence: Some(i),
                entry: None,
                from_context,
            });
        }
        for k in known {
            raw.push(Raw {
                span: prose.source_span(k.range.clone()),
                text: prose.text[k.range].to_owned(),
                kind: dictionary.entries[k.entry].kind,
                sentence: Some(i),
                entry: Some(k.entry),
                from_context: false,
            });
        }
    }
    names_in_capitals(article, capitals, &mut raw);
    raw.extend(heading_mentions(article, text, headings, dictionary));
    vote_kinds(&mut raw);
    places_in_longer_names(&mut raw);
    people_by_their_surnames(&mut raw);
    companies_by_their_first_words(&mut raw);
    let mut entities = cluster(article, raw, dictionary);
    consistency(article, text, &mut entities, dictionary);
    statements(attributions, sources, &mut entities);
    entities
}

/// The names in a heading written in sentence case ("Harbour Board approves new
/// berth"), which reads like running text, in offsets of the title. Title-case
/// headings ("Harbour Board Approves New Berth") fool the tagger: none are taken from
/// them here, only where the body names the same entity.
pub(super) fn heading_names(title: &str) -> Vec<Mention> {
    let words: Vec<&str> = title.split_whitespace().skip(1).collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let upper = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if lower == 0 || upper >= lower {
        return Vec::new();
    }
    let whole = 0..title.len();
    with_rule_mentions(title, whole.clone(), super::ner::mentions(title, whole))
}

/// The headings' names, placed in the source.
fn heading_mentions(
    article: &Article,
    text: &str,
    found: &[std::sync::Arc<Vec<Mention>>],
    dictionary: &Dictionary,
) -> Vec<Raw> {
    let mut raw = Vec::new();
    for (h, mentions) in article.headings.iter().zip(found) {
        if mentions.is_empty() {
            continue;
        }
        let Some(at) = text.get(h.span.range()).and_then(|t| t.find(&h.title)) else {
            continue;
        };
        for m in mentions.iter() {
            if dictionary.is_not_entity(strip_the(&h.title[m.range.clone()])) {
                continue;
            }
            let start = h.span.start + at + m.range.start;
            raw.push(Raw {
                span: Span::new(start, start + m.range.len()),
                text: h.title[m.range.clone()].to_owned(),
                kind: m.kind,
                sentence: None,
                entry: None,
                from_context: m.from_context,
            });
        }
    }
    raw
}

/// Names in sentences written in capitals ("SHEARER NAMED AS ENGLAND CAPTAIN"), where
/// the tagger cannot tell a name from a word: one to three words that spell, in any
/// case, a name the rest of the article gives, or a person's surname, are that name,
/// in place of what the tagger read there. A lone common word is left alone.
fn names_in_capitals(article: &Article, capitals: &[bool], raw: &mut Vec<Raw>) {
    if !capitals.iter().any(|&c| c) {
        return;
    }
    let mut known: HashMap<String, EntityKind> = HashMap::new();
    for r in raw
        .iter()
        .filter(|r| r.sentence.is_some_and(|i| !capitals[i]))
    {
        known.entry(r.text.to_lowercase()).or_insert(r.kind);
        if r.kind == EntityKind::Person
            && let Some((_, surname)) = r.text.rsplit_once(' ')
        {
            known.entry(surname.to_lowercase()).or_insert(r.kind);
        }
    }
    let common = crate::analysis::ner::common_words();
    for (i, sentence) in article.sentences.iter().enumerate() {
        if !capitals[i] {
            continue;
        }
        let prose = &article.paragraphs[sentence.paragraph].prose;
        let body = &prose.text[sentence.prose.clone()];
        let words = words_in(body);
        let mut k = 0;
        while k < words.len() {
            let found = (1..=3).rev().find_map(|n| {
                let run = words.get(k..k + n)?;
                let (first, last) = (run[0], run[n - 1]);
                let name = &body[first.0..last.0 + last.1.len()];
                let lower = name.to_lowercase();
                let spaced = name.split(' ').count() == n;
                let kind = *known.get(&lower)?;
                (spaced && (n > 1 || !common.contains(lower.as_str()))).then_some((n, kind))
            });
            let Some((n, kind)) = found else {
                k += 1;
                continue;
            };
            let at = sentence.prose.start + words[k].0;
            let end = sentence.prose.start + words[k + n - 1].0 + words[k + n - 1].1.len();
            let span = prose.source_span(at..end);
            // What the words around a name decided stays: a dateline's "West Bank".
            let here = |r: &Raw| r.sentence == Some(i) && r.span.overlaps(span);
            if raw.iter().any(|r| here(r) && r.from_context) {
                k += n;
                continue;
            }
            raw.retain(|r| !here(r));
            raw.push(Raw {
                span,
                text: prose.text[at..end].to_owned(),
                kind,
                sentence: Some(i),
                entry: None,
                from_context: false,
            });
            k += n;
        }
    }
}

/// One name, one kind: a name the tagger read as different kinds in different
/// sentences takes the kind it was given most often (the first, on a tie), so one
/// misreading does not spread through the article. A kind read from the name's
/// context ("Surrey captain", "Kestrel shares") outvotes any number of readings of
/// the name alone: the tagger reads "Surrey" as the county everywhere. A mention
/// read from its own context keeps its kind ("ARLINGTON, Texas" in a dateline).
fn vote_kinds(raw: &mut [Raw]) {
    #[derive(Default)]
    struct Votes {
        alone: [usize; 4],
        context: [usize; 4],
        first: usize,
    }
    let mut votes: HashMap<&str, Votes> = HashMap::new();
    for (i, r) in raw.iter().enumerate().filter(|(_, r)| r.entry.is_none()) {
        let v = votes.entry(strip_the(&r.text)).or_insert(Votes {
            first: i,
            ..Votes::default()
        });
        let counts = if r.from_context {
            &mut v.context
        } else {
            &mut v.alone
        };
        counts[kind_index(r.kind)] += 1;
    }
    let kinds = |counts: &[usize; 4]| counts.iter().filter(|&&c| c > 0).count();
    let winners: HashMap<String, EntityKind> = votes
        .into_iter()
        .filter_map(|(name, v)| {
            let mut all = v.alone;
            for (a, c) in all.iter_mut().zip(v.context) {
                *a += c;
            }
            if kinds(&all) < 2 {
                return None;
            }
            let counts = if kinds(&v.context) > 0 {
                v.context
            } else {
                v.alone
            };
            let top = *counts.iter().max().unwrap_or(&0);
            let tied = |k: EntityKind| counts[kind_index(k)] == top;
            let kind = if tied(raw[v.first].kind) {
                raw[v.first].kind
            } else {
                EntityKind::ALL
                    .into_iter()
                    .find(|&k| tied(k))
                    .unwrap_or(raw[v.first].kind)
            };
            Some((name.to_owned(), kind))
        })
        .collect();
    for r in raw
        .iter_mut()
        .filter(|r| r.entry.is_none() && !r.from_context)
    {
        if let Some(&kind) = winners.get(strip_the(&r.text)) {
            r.kind = kind;
        }
    }
}

/// A lone word read as a person or an "other" that the article only uses inside
/// place names is the place: "Portmere" after "the Port of Portmere". A surname also appears in a
/// person's full name, which keeps it a person.
fn places_in_longer_names(raw: &mut [Raw]) {
    let words_of = |kind: EntityKind| -> std::collections::HashSet<String> {
        raw.iter()
            .filter(|r| r.kind == kind && r.text.contains(' '))
            .flat_map(|r| r.text.split_whitespace().map(str::to_owned))
            .collect()
    };
    let (places, people) = (words_of(EntityKind::Place), words_of(EntityKind::Person));
    for r in raw.iter_mut() {
        if r.entry.is_none()
            && matches!(r.kind, EntityKind::Person | EntityKind::Other)
            && !r.text.contains(' ')
            && places.contains(&r.text)
            && !people.contains(&r.text)
        {
            r.kind = EntityKind::Place;
        }
    }
}

/// A lone name read as a place or an organisation that is the surname of a person the
/// article names in full is that person: "Orr said" after "Judith Orr", "Washington"
/// after "MaliVai Washington". A country (or a home nation), a place name of two
/// words or more, and a kind read from context keep their reading.
fn people_by_their_surnames(raw: &mut [Raw]) {
    let surnames: std::collections::HashSet<String> = raw
        .iter()
        .filter(|r| r.kind == EntityKind::Person && r.text.contains(' '))
        .filter_map(|r| r.text.split_whitespace().last().map(str::to_owned))
        .collect();
    if surnames.is_empty() {
        return;
    }
    for r in raw.iter_mut() {
        if r.entry.is_none()
            && !r.from_context
            && matches!(r.kind, EntityKind::Place | EntityKind::Organization)
            && !r.text.contains(' ')
            && surnames.contains(&r.text)
            && !super::context_kinds::national_side(Gazetteer::builtin(), &r.text.to_lowercase())
        {
            r.kind = EntityKind::Person;
        }
    }
}

/// A lone name that the article uses as the start of a company's name is that company:
/// "Magna" after "Magna International Inc", "Jones" after "Jones Medical Industries
/// Inc", unless a person's full name holds it too.
fn companies_by_their_first_words(raw: &mut [Raw]) {
    let mut starts: std::collections::HashSet<String> = std::collections::HashSet::new();
    for r in raw.iter().filter(|r| r.kind == EntityKind::Organization) {
        let words: Vec<&str> = r.text.split_whitespace().collect();
        if words.len() < 2 || !words.last().is_some_and(|w| COMPANY_SUFFIXES.contains(w)) {
            continue;
        }
        for n in 1..words.len() {
            starts.insert(words[..n].join(" "));
        }
    }
    if starts.is_empty() {
        return;
    }
    let people: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|r| {
            r.kind == EntityKind::Person && r.text.contains(' ') && !starts.contains(&r.text)
        })
        .flat_map(|r| r.text.split_whitespace())
        .collect();
    let flips: Vec<bool> = raw
        .iter()
        .map(|r| {
            r.entry.is_none()
                && matches!(r.kind, EntityKind::Person | EntityKind::Other)
                && starts.contains(&r.text)
                && !r.text.split_whitespace().any(|w| people.contains(w))
        })
        .collect();
    for (r, flip) in raw.iter_mut().zip(flips) {
        if flip {
            r.kind = EntityKind::Organization;
        }
    }
}

fn kind_index(kind: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

fn words_in(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’') && start.is_some();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = text[s..i].trim_end_matches(['.', '\'', '’']);
                let w = if text[s..i].ends_with('.')
                    && w.chars().filter(|c| c.is_uppercase()).count() >= 2
                {
                    &text[s..i]
                } else {
                    w
                };
                out.push((s, w));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Rule-based mentions the tagger may miss: "Chinese Communist Party (CCP)" and
/// capitalised runs ending in an organisation noun ("Tamkang University").
/// The tagger's mentions in a sentence completed by the rules (organisation names
/// ending in "University", acronyms defined in parentheses). Both depend only on the
/// paragraph, so they are computed and cached with its other facts.
pub(super) fn with_rule_mentions(
    text: &str,
    sentence: std::ops::Range<usize>,
    tagged: Vec<Mention>,
) -> Vec<Mention> {
    let mut found: Vec<(std::ops::Range<usize>, EntityKind)> = tagged
        .into_iter()
        .map(|m| {
            let kind = kind_from_head(&text[m.range.clone()]).unwrap_or(m.kind);
            (m.range, kind)
        })
        .collect();
    // A word for a people is a nationality, whatever the tagger read: "Belgian". An
    // acronym in running text is a body, not a person: "KDP forces".
    let body = &text[sentence.clone()];
    for (r, kind) in &mut found {
        let whole = &text[r.clone()];
        let name = whole.strip_prefix("The ").unwrap_or(whole);
        let demonyms = |n: &str| {
            let g = Gazetteer::builtin();
            g.is_demonym(&n.to_lowercase()) || n.split(' ').all(|w| g.is_demonym(&w.to_lowercase()))
        };
        if demonyms(whole) {
            *kind = EntityKind::Other; // "Iraqi Kurds" too
        } else if *kind == EntityKind::Organization
            && super::context_kinds::national_side(Gazetteer::builtin(), &name.to_lowercase())
        {
            // A country is a place, as its national side is in news style, unless
            // the words around it make it a company's or a club's name below.
            *kind = EntityKind::Place;
        } else if let Some(person) = titled_person(text, r, *kind) {
            // "Russian Prime Minister Viktor Chernomyrdin" read whole as a body.
            *r = person;
            *kind = EntityKind::Person;
        } else if *kind == EntityKind::Person
            && (2..=4).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_uppercase())
            && !in_capitals(body)
        {
            *kind = EntityKind::Organization;
        }
    }
    super::given_names::relabel(
        text,
        &mut found,
        &[
            ORG_HEADS,
            COMPANY_SUFFIXES,
            PLACE_LAST_WORDS,
            super::context_kinds::CLUB_SUFFIXES,
        ],
    );
    rule_mentions(text, sentence.clone(), &mut found);
    // "A. Dale", "J. R. Okafor": a person, whatever the tagger made of the surname.
    for r in super::initialled_names::find(text, sentence.clone()) {
        let inside = |f: &std::ops::Range<usize>| r.start <= f.start && f.end <= r.end;
        found.retain(|(f, _)| !inside(f));
        if !found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end)
        {
            found.push((r, EntityKind::Person));
        }
    }
    super::abbreviations::states(text, sentence.clone(), &mut found);
    // A dateline's city and region are places, whatever the tagger read.
    let datelines = super::datelines::places(text, sentence.clone());
    for r in &datelines {
        found.retain(|(f, _)| !(f.start < r.end && r.start < f.end));
        found.push((r.clone(), EntityKind::Place));
    }
    super::context_kinds::club_names(text, sentence.clone(), &mut found, Gazetteer::builtin());
    // What the context rules add or judge has its kind from the words around it.
    let before = found.len();
    let standing = super::context_kinds::standings_team(
        text,
        sentence.clone(),
        &mut found,
        Gazetteer::builtin(),
    );
    super::context_kinds::results_row_teams(
        text,
        sentence.clone(),
        &mut found,
        Gazetteer::builtin(),
    );
    // Most sentences hold no word that makes a company: one pass tells, for both rules.
    let companies = super::context_kinds::has_company_word(body);
    super::context_kinds::untagged_companies(
        text,
        sentence.clone(),
        &mut found,
        Gazetteer::builtin(),
        companies,
    );
    let decided =
        super::context_kinds::relabel(text, sentence, &mut found, Gazetteer::builtin(), companies);
    found
        .into_iter()
        .map(|f| super::abbreviations::with_legal_suffix(text, f))
        .enumerate()
        .map(|(i, (range, kind))| Mention {
            from_context: i >= before
                || decided[i]
                || datelines.contains(&range)
                || standing.as_ref() == Some(&range),
            kind,
            range: super::abbreviations::with_period(text, range),
        })
        .collect()
}

/// The person at the end of a name the tagger read as a body or a place, after its
/// last title word: "Russian Prime Minister Viktor Chernomyrdin" → "Viktor
/// Chernomyrdin". The rest is two or more capitalised words that open with a given
/// name or follow a head of state's or government's title, and do not end like a
/// body's, a place's or a building's name ("Queen Elizabeth Hospital" stays whole).
fn titled_person(
    text: &str,
    r: &std::ops::Range<usize>,
    kind: EntityKind,
) -> Option<std::ops::Range<usize>> {
    const OFFICES: &[&str] = &[
        "President",
        "Minister",
        "Premier",
        "Chancellor",
        "King",
        "Queen",
        "Prince",
        "Pope",
        "Governor",
        "Mayor",
        "Senator",
    ];
    if kind == EntityKind::Person {
        return None;
    }
    let rest = without_title(text, r.clone());
    if rest.start == r.start {
        return None;
    }
    let name = &text[rest.clone()];
    let title = text[r.start..rest.start].split_whitespace();
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.last().copied().unwrap_or_default();
    let office = title.clone().any(|w| OFFICES.contains(&w));
    let full = words.len() >= 2
        && words.iter().all(|w| is_capitalised(w))
        && (office || super::given_names::is_given_name(words[0]))
        && kind_from_head(name).is_none()
        && !super::given_names::FACILITIES.contains(&last);
    full.then_some(rest)
}

/// True when most of `body`'s letters are capitals, as in a headline or a dateline,
/// where acronyms are not told apart from words.
pub(super) fn in_capitals(body: &str) -> bool {
    let letters = body.chars().filter(|c| c.is_alphabetic()).count();
    body.chars().filter(|c| c.is_uppercase()).count() * 2 > letters
}

/// First words of place names ("River Stour", "Mount Kenya").
const PLACE_FIRST_WORDS: &[&str] = &[
    "River", "Lake", "Mount", "Mt.", "Cape", "Gulf", "Port", "Bay", "Isle", "Fort", "Sea",
];
/// Last words of place names ("Stour Valley", "Harbour Road").
const PLACE_LAST_WORDS: &[&str] = &[
    "River",
    "Lake",
    "Valley",
    "Sea",
    "Ocean",
    "Island",
    "Islands",
    "Mountains",
    "Hills",
    "Peninsula",
    "Strait",
    "Bay",
    "Desert",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Bridge",
    "County",
    "Province",
    "Region",
    "District",
    "Harbour",
    "Harbor",
    "Canal",
    "Coast",
];

/// The kind a name's own words give it: an organisation noun at its end makes it an
/// organisation ("Port Authority"), a word of geography a place ("River Stour").
fn kind_from_head(name: &str) -> Option<EntityKind> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.next_back()?;
    if ORG_HEADS.contains(&last) || COMPANY_SUFFIXES.contains(&last) {
        Some(EntityKind::Organization)
    } else if PLACE_FIRST_WORDS.contains(&first) || PLACE_LAST_WORDS.contains(&last) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

fn rule_mentions(
    text: &str,
    sentence: std::ops::Range<usize>,
    found: &mut Vec<(std::ops::Range<usize>, EntityKind)>,
) {
    let body = &text[sentence.clone()];
    let words = words_in(body);
    let covered = |r: &std::ops::Range<usize>, found: &[(std::ops::Range<usize>, EntityKind)]| {
        found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end)
    };
    // A known organisation is one, whatever the tagger made of it ("Hyundai" is not a
    // person), unless the sentence is in capitals, where acronyms are not told apart.
    // The capitals are counted only when a name is found, off the common path.
    let mut known: Vec<_> = Gazetteer::builtin().organisations_in(body).collect();
    if !known.is_empty() && in_capitals(body) {
        known.clear();
    }
    for (r, _) in known {
        let r = sentence.start + r.start..sentence.start + r.end;
        if let Some(same) = found.iter_mut().find(|(f, _)| *f == r) {
            same.1 = EntityKind::Organization;
            continue;
        }
        // The whole name replaces the pieces the tagger found inside it ("Centers for
        // Disease Control" and "Prevention"); a tagged name reaching outside it stays.
        let inside = |f: &std::ops::Range<usize>| r.start <= f.start && f.end <= r.end;
        found.retain(|(f, _)| !inside(f));
        if !covered(&r, found) {
            found.push((r, EntityKind::Organization));
        }
    }
    for (k, &(at, w)) in words.iter().enumerate() {
        // A country the tagger left out, often first in its sentence ("Italy beat …").
        for n in (1..=3).rev().filter(|_| is_capitalised(w)) {
            let Some(run) = words.get(k..k + n) else {
                continue;
            };
            let end = run[n - 1].0 + run[n - 1].1.len();
            let name = &body[at..end];
            let spaced = name.split(' ').count() == n;
            if !spaced || !run.iter().all(|(_, x)| is_capitalised(x)) {
                continue;
            }
            let lower = name.to_lowercase();
            let country = Gazetteer::builtin()
                .get(&lower)
                .is_some_and(|p| p.kind == "country");
            let r = sentence.start + at..sentence.start + end;
            if country && !AMBIGUOUS_COUNTRIES.contains(&lower.as_str()) && !covered(&r, found) {
                found.push((r, EntityKind::Place));
            }
        }
        // A capitalised run ending in an organisation noun.
        if ORG_HEADS.contains(&w) && k > 0 {
            let mut s = k;
            let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
            // Words joined by spaces alone: "Hizbollah ( Party" is two names.
            let spaced = |s: usize| {
                body[words[s - 1].0 + words[s - 1].1.len()..words[s].0]
                    .bytes()
                    .all(|b| b == b' ')
            };
            while s > 0
                && spaced(s)
                && !possessive(words[s - 1].1)
                && !words[s - 1].1.ends_with("-based")
                && (is_capitalised(words[s - 1].1)
                    || LINKING.contains(&words[s - 1].1)
                        && s >= 2
                        && is_capitalised(words[s - 2].1))
            {
                s -= 1;
            }
            while s < k
                && (LINKING.contains(&words[s].1) || matches!(words[s].1, "The" | "A" | "An"))
            {
                s += 1;
            }
            let r = sentence.start + words[s].0..sentence.start + at + w.len();
            // The longer name replaces a shorter one ending in the same noun, as
            // "Kurdistan Democratic Party" does "Democratic Party", unless it only
            // adds a sentence's first word ("Yesterday Portmere Council").
            let common =
                |w: &str| crate::analysis::ner::common_words().contains(w.to_lowercase().as_str());
            let longer = |f: &std::ops::Range<usize>| {
                f.end == r.end && f.start > r.start && !common(words[s].1)
            };
            // It also replaces the places and others the tagger found inside it:
            // the town in "Dhaka Newsroom". A person inside keeps the name apart.
            let piece = |(f, kind): &(std::ops::Range<usize>, EntityKind)| {
                r.start <= f.start
                    && f.end < r.end
                    && *kind != EntityKind::Person
                    && !common(words[s].1)
            };
            if s < k && found.iter().any(|f| longer(&f.0) || piece(f)) {
                found.retain(|f| !longer(&f.0) && !piece(f));
            }
            if s < k && !covered(&r, found) {
                found.push((r, EntityKind::Organization));
            }
        }
        // An acronym defined in parentheses after a capitalised run whose initials it spells.
        let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
        let closed = body[at + w.len()..].trim_start().starts_with(')');
        if acronym && body[..at].trim_end().ends_with('(') && closed {
            let letters = w.len();
            if k >= letters {
                let run = &words[k - letters..k];
                let initials: String = run.iter().filter_map(|(_, x)| x.chars().next()).collect();
                if initials.eq_ignore_ascii_case(w) && run.iter().all(|(_, x)| is_capitalised(x)) {
                    let r = sentence.start + run[0].0
                        ..sentence.start + run[letters - 1].0 + run[letters - 1].1.len();
                    // The initials prove the whole name: it replaces pieces inside it.
                    found.retain(|(f, _)| !(r.start <= f.start && f.end <= r.end && *f != r));
                    if !covered(&r, found) {
                        found.push((r, EntityKind::Organization));
                    }
                }
            }
            let r = sentence.start + at..sentence.start + at + w.len();
            if !covered(&r, found) {
                found.push((r, EntityKind::Organization));
            }
        }
    }
}

/// A named source of two or three capitalised words that the tagger missed is a person.
fn named_source(
    text: &str,
    sentence: std::ops::Range<usize>,
    source: &str,
    found: &mut Vec<(std::ops::Range<usize>, EntityKind)>,
) {
    // The name is the capitalised words after any description: "State Department
    // spokesperson Vedant Patel" names "Vedant Patel".
    let words: Vec<&str> = source.split(' ').collect();
    let first = words
        .iter()
        .rposition(|w| !is_capitalised(w))
        .map_or(0, |k| k + 1);
    let source = words[first..].join(" ");
    let names: Vec<&str> = source.split_whitespace().collect();
    // Not "The KDP" (a body by its acronym) nor "Iraqi Kurds" (a people).
    let acronym = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let people = names
        .iter()
        .all(|w| Gazetteer::builtin().is_demonym(&w.to_lowercase()));
    let person = (2..=3).contains(&names.len())
        && names
            .iter()
            .all(|w| is_capitalised(w) && !ORG_HEADS.contains(w) && !TITLE_WORDS.contains(w))
        && !names.iter().any(|w| w.contains('.') || acronym(w))
        && names[0] != "The"
        && !people;
    if !person {
        return;
    }
    if let Some(at) = text[sentence.clone()].find(&source) {
        let r = sentence.start + at..sentence.start + at + source.len();
        if !found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end)
        {
            found.push((r, EntityKind::Person));
        }
    }
}

/// The capitalised words before a document that no mention covers name who issued it,
/// an organisation: "a Kremlin statement", "a Harbour Board report".
fn document_issuer(
    text: &str,
    sentence: std::ops::Range<usize>,
    source: &str,
    found: &mut Vec<(std::ops::Range<usize>, EntityKind)>,
) {
    let Some(at) = text[sentence.clone()].find(source) else {
        return;
    };
    let start = sentence.start + at;
    let words = words_in(source);
    let issuer: Vec<&(usize, &str)> = words
        .iter()
        // A sentence's capital on an article or a possessive names no one: "Her
        // message to the board was blunt".
        .skip_while(|(_, w)| {
            !is_capitalised(w)
                || matches!(
                    *w,
                    "A" | "An"
                        | "The"
                        | "Her"
                        | "His"
                        | "Its"
                        | "Their"
                        | "Our"
                        | "My"
                        | "This"
                        | "That"
                        | "These"
                        | "Those"
                        | "One"
                )
        })
        .take_while(|(_, w)| is_capitalised(w) && !w.ends_with("’s") && !w.ends_with("'s"))
        .collect();
    let (Some(first), Some(last)) = (issuer.first(), issuer.last()) else {
        return;
    };
    // Only a modifier: a document noun must follow the name in the source.
    if last.0 + last.1.len() >= source.trim_end().len() {
        return;
    }
    let r = start + first.0..start + last.0 + last.1.len();
    if !found
        .iter()
        .any(|(f, _)| f.start < r.end && r.start < f.end)
    {
        found.push((r, EntityKind::Organization));
    }
}

/// A person's mention without the titles before the name: "Mayor Elena Vasquez" →
/// "Elena Vasquez", "President Putin" → "Putin". The title stays in the article as
/// the description.
fn without_title(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    // Up to the last title word before the name's last word: "Agriculture Secretary
    // Dan Glickman" is Dan Glickman.
    let mut start = r.start;
    let mut at = r.start;
    while let Some((word, _)) = text[at..r.end].split_once(' ') {
        at += word.len() + 1;
        if TITLE_WORDS.contains(&word) {
            start = at;
        }
    }
    start..r.end
}

/// "the Kremlin" → "Kremlin"; a capitalised "The" inside a sentence is part of the
/// name ("The Epoch Times").
fn strip_the(name: &str) -> &str {
    name.strip_prefix("the ").unwrap_or(name)
}

/// "Russian President Vladimir Putin" → ("Vladimir Putin", Some("Russian President")).
fn split_title(name: &str) -> (String, Option<String>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words
        .iter()
        .position(|w| !(TITLE_WORDS.contains(w) || w.ends_with("ian") || w.ends_with("ese")))
        .unwrap_or(words.len() - 1)
        .min(words.len().saturating_sub(2));
    if first == 0 || words.len() - first < 2 {
        return (name.to_owned(), None);
    }
    (words[first..].join(" "), Some(words[..first].join(" ")))
}

fn cluster(article: &Article, raw: Vec<Raw>, dictionary: &Dictionary) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    // The dictionary entry behind each cluster, whose name is not replaced.
    let mut entries: Vec<Option<usize>> = Vec::new();
    // Dictionary names, then full names, so a surname seen before its full name
    // still joins it.
    let mut order: Vec<&Raw> = raw.iter().collect();
    order.sort_by_cached_key(|r| {
        (
            r.entry.is_none(),
            r.text.split_whitespace().count() < 2,
            r.span.start,
        )
    });
    for r in order {
        let (mut name, title) = if let Some(k) = r.entry {
            (dictionary.entries[k].name.clone(), None)
        } else if r.kind == EntityKind::Person {
            split_title(&r.text)
        } else {
            (strip_the(&r.text).to_owned(), None)
        };
        if name.is_empty() {
            name = r.text.clone();
        }
        let key = (r.kind, name.to_lowercase());
        // A dictionary name joins only its own entry's cluster.
        let existing = by_key.get(&key).copied().or_else(|| {
            r.entry
                .is_none()
                .then(|| find_cluster(&entities, r.kind, &name, r.from_context))
                .flatten()
        });
        let id = match existing {
            Some(id) => id,
            None => {
                entities.push(Entity {
                    name: name.clone(),
                    kind: r.kind,
                    aliases: Vec::new(),
                    description: None,
                    mentions: Vec::new(),
                    statements: Vec::new(),
                });
                entries.push(r.entry);
                entities.len() - 1
            }
        };
        by_key.insert(key, id);
        let e = &mut entities[id];
        e.mentions.push(r.span);
        if r.entry.is_some() && r.text != e.name && !e.aliases.contains(&r.text) {
            e.aliases.push(r.text.clone());
        }
        if name != e.name && !e.aliases.contains(&name) {
            if entries[id].is_none()
                && name.len() > e.name.len()
                && name.split_whitespace().count() > e.name.split_whitespace().count()
            {
                let old = std::mem::replace(&mut e.name, name);
                e.aliases.push(old);
            } else {
                e.aliases.push(name);
            }
        }
        if e.description.is_none() {
            e.description = title.or_else(|| description(article, r));
        }
    }
    for (e, entry) in entities.iter_mut().zip(&entries) {
        e.mentions.sort();
        e.mentions.dedup();
        if e.description.is_none() {
            e.description = entry.and_then(|k| dictionary.entries[k].description.clone());
        }
    }
    entities.sort_by_key(|e| e.mentions[0].start);
    entities
}

/// An existing cluster this name belongs to: a person's surname or family name, an
/// organisation's acronym or a shorter form of its name. A name whose kind its own
/// context decided joins only its own kind: the dateline "NEW YORK" and the team
/// in a standings row are two entities.
fn find_cluster(
    entities: &[Entity],
    kind: EntityKind,
    name: &str,
    from_context: bool,
) -> Option<usize> {
    let single = !name.contains(' ');
    entities.iter().position(|e| {
        let names = std::iter::once(&e.name).chain(&e.aliases);
        match kind {
            EntityKind::Person => {
                e.kind == kind
                    && single
                    && names.clone().any(|n| {
                        // In any case: a headline in capitals writes "RUIZ".
                        let same =
                            |w: Option<&str>| w.is_some_and(|w| w.eq_ignore_ascii_case(name));
                        same(n.split_whitespace().last()) || same(n.split_whitespace().next())
                    })
            }
            _ => {
                let acronym =
                    single && name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
                let initials: String = e
                    .name
                    .split_whitespace()
                    .filter(|w| !LINKING.contains(&w.to_lowercase().as_str()))
                    .filter_map(|w| w.chars().next())
                    .collect();
                // The same name tagged as a place in one sentence and an organisation in
                // another is one entity.
                (acronym && e.kind == EntityKind::Organization && initials == name
                    || e.kind != EntityKind::Person
                        && !from_context
                        && names.clone().any(|n| n.eq_ignore_ascii_case(name)))
                    || e.kind == kind
                        && (names.clone().any(|n| n.eq_ignore_ascii_case(name))
                            || name.split_whitespace().count() >= 2
                                && e.kind == kind
                                && e.name.ends_with(&format!(" {name}")))
            }
        }
    })
}

/// Lower-case words that describe a role ("spokesperson", "secretary").
fn is_role_word(w: &str) -> bool {
    w.ends_with("person")
        || w.ends_with("man")
        || w.ends_with("woman")
        || matches!(
            w,
            "leader"
                | "communist"
                | "state"
                | "media"
                | "chief"
                | "minister"
                | "president"
                | "official"
                | "expert"
                | "analyst"
                | "mayor"
                | "secretary"
                | "director"
                | "editor"
                | "reporter"
                | "councillor"
                | "executive"
                | "correspondent"
                | "general"
                | "foreign"
                | "senior"
                | "founder"
                | "head"
                | "manager"
                | "member"
                | "professor"
                | "economist"
                | "researcher"
                | "lawyer"
                | "attorney"
                | "owner"
                | "opposition"
        )
}

/// The description the article gives a mention: an appositive after it (", an expert
/// in …," / ", general secretary of …"), one before it ("The board’s chief executive,
/// Mira Okafor,"), or the words right before it ("State Department spokesperson").
fn description(article: &Article, r: &Raw) -> Option<String> {
    let s = &article.sentences[r.sentence?];
    let prose = &article.paragraphs[s.paragraph].prose.text;
    let body = &prose[s.prose.clone()];
    let at = body.find(&r.text)?;
    let after = &body[at + r.text.len()..];
    let opens_description =
        |w: &str| matches!(w, "a" | "an" | "the" | "The" | "A" | "An") || is_role_word(w);
    if let Some(rest) = after.strip_prefix(", ") {
        let first = rest.split_whitespace().next().unwrap_or("");
        if opens_description(first) {
            let end = rest.find([',', '.', ';', '—', '(']).unwrap_or(rest.len());
            let text = rest[..end].trim();
            if text.split_whitespace().count() >= 2 {
                return Some(text.to_owned());
            }
        }
    }
    if let Some(head) = body[..at].strip_suffix(", ") {
        let segment = head.rsplit(',').next().unwrap_or(head).trim();
        let words: Vec<&str> = segment.split_whitespace().collect();
        if (2..=8).contains(&words.len())
            && opens_description(words[0])
            && words.iter().any(|w| is_role_word(w))
        {
            return Some(segment.to_owned());
        }
    }
    let before: Vec<&str> = body[..at].split_whitespace().collect();
    let mut taken = Vec::new();
    for w in before.iter().rev().take(4) {
        let bare = w.trim_end_matches(',');
        let stop = matches!(
            bare,
            "the"
                | "a"
                | "an"
                | "with"
                | "by"
                | "to"
                | "of"
                | "from"
                | "and"
                | "that"
                | "as"
                | "per"
                | "said"
                | "told"
        );
        if bare.len() != w.len() || stop || bare.ends_with(['.', ':']) {
            break;
        }
        if bare.chars().next().is_some_and(char::is_lowercase) && !is_role_word(bare) {
            break;
        }
        taken.push(bare);
    }
    taken.reverse();
    // "senior" alone describes what follows ("senior CCP officials"), not the name.
    let adjective = |w: &str| {
        matches!(
            w,
            "senior" | "foreign" | "general" | "chief" | "state" | "communist" | "opposition"
        )
    };
    let described = taken
        .iter()
        .any(|w| is_role_word(w) && !adjective(w) || TITLE_WORDS.contains(w));
    (described && !taken.is_empty()).then(|| taken.join(" "))
}

/// Mentions the tagger missed that spell a known entity's name, surname or alias.
fn consistency(article: &Article, text: &str, entities: &mut [Entity], dictionary: &Dictionary) {
    let mut patterns: Vec<String> = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    for (id, e) in entities.iter().enumerate() {
        let mut names: Vec<String> = std::iter::once(e.name.clone())
            .chain(e.aliases.iter().cloned())
            .collect();
        if e.kind == EntityKind::Person {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            if words.len() >= 2 {
                names.push(words[words.len() - 1].to_owned());
                names.push(words[0].to_owned());
            }
        }
        for n in names {
            if n.chars().count() >= 2
                && is_capitalised(&n)
                && !patterns.contains(&n)
                && !dictionary.is_not_entity(&n)
            {
                patterns.push(n);
                owners.push(id);
            }
        }
    }
    if patterns.is_empty() {
        return;
    }
    let Ok(automaton) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        return;
    };
    // Mentions found so far, sorted, so each match is checked in logarithmic time.
    let mut known: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    known.sort();
    let covered = |span: Span| {
        let i = known.partition_point(|m| m.start < span.end);
        known[..i]
            .iter()
            .rev()
            .take_while(|m| m.end > span.start || m.start + 64 > span.start)
            .any(|m| m.overlaps(span))
    };
    // Paragraphs, and headings whose text stands in the source as written: a name in
    // a headline is only taken when the body names it too (headlines fool the tagger).
    let headings = article.headings.iter().filter_map(|h| {
        let at = text.get(h.span.range())?.find(&h.title)?;
        Some((h.title.as_str(), h.span.start + at))
    });
    let blocks = article
        .paragraphs
        .iter()
        .map(|p| (p.prose.text.as_str(), Some(p), 0))
        .chain(headings.map(|(title, at)| (title, None, at)));
    for (block, paragraph, offset) in blocks {
        for m in automaton.find_iter(block) {
            let before = block[..m.start()].chars().next_back();
            let after = block[m.end()..].chars().next();
            if before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            let span = match paragraph {
                Some(p) => p.prose.source_span(m.range()),
                None => Span::new(offset + m.start(), offset + m.end()),
            };
            if covered(span) {
                continue;
            }
            let e = &mut entities[owners[m.pattern().as_usize()]];
            e.mentions.push(span);
            let alias = &patterns[m.pattern().as_usize()];
            if *alias != e.name && !e.aliases.contains(alias) {
                e.aliases.push(alias.clone());
            }
        }
    }
    for e in entities.iter_mut() {
        e.mentions.sort();
        e.mentions.dedup_by(|b, a| a.overlaps(*b));
    }
}

/// Every mention of every entity, sorted by position.
pub struct MentionIndex {
    items: Vec<(Span, usize)>,
}

impl MentionIndex {
    /// Indexes the mentions of `entities`.
    pub fn new(entities: &[Entity]) -> MentionIndex {
        let mut items: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (*m, id)))
            .collect();
        items.sort();
        MentionIndex { items }
    }

    /// The entity mentioned inside `span`: a person if there is one, else the last
    /// entity mentioned ("a summary from China’s foreign ministry" names China).
    pub fn within(&self, span: Span, entities: &[Entity]) -> Option<usize> {
        let from = self.items.partition_point(|(m, _)| m.start < span.start);
        self.items[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.end <= span.end)
            .max_by_key(|(m, e)| (entities[*e].kind == EntityKind::Person, m.start))
            .map(|(_, e)| *e)
    }
}

impl MentionIndex {
    /// Every person mentioned inside `span`, once each.
    fn people_within(&self, span: Span, entities: &[Entity]) -> Vec<usize> {
        let from = self.items.partition_point(|(m, _)| m.start < span.start);
        let mut out: Vec<usize> = self.items[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, e)| m.end <= span.end && entities[*e].kind == EntityKind::Person)
            .map(|(_, e)| *e)
            .collect();
        out.dedup();
        out
    }
}

/// Sentences attributed to each entity: its mention is the source, or a pronoun
/// source resolved to its name.
fn statements(
    attributions: &[Option<&ResolvedAttribution>],
    sources: &[Option<String>],
    entities: &mut [Entity],
) {
    let index = MentionIndex::new(entities);
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (id, e) in entities.iter().enumerate() {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            by_name.entry(n.as_str()).or_insert(id);
        }
    }
    let mut found = Vec::new();
    for (i, a) in attributions.iter().enumerate() {
        let Some(a) = a else { continue };
        // A stance ("the board rejected the offer") is neither quoted nor cited.
        if matches!(a.class, super::CueClass::Carried | super::CueClass::Stance) {
            continue;
        }
        let by_span = a.source.and_then(|src| index.within(src, entities));
        let by_name = || {
            sources[i]
                .as_ref()
                .and_then(|n| by_name.get(n.as_str()).copied())
        };
        if let Some(id) = by_span.or_else(by_name) {
            found.push((id, i, a.cue_text.to_string()));
        }
        // "Ruiz and Okafor said": both said it.
        if let Some(src) = a.source
            && a.source_text
                .as_deref()
                .is_some_and(|t| t.contains(" and "))
        {
            for other in index.people_within(src, entities) {
                if Some(other) != by_span {
                    found.push((other, i, a.cue_text.to_string()));
                }
            }
        }
    }
    for (id, i, cue) in found {
        entities[id].statements.push((i, cue));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_split_from_names() {
        assert_eq!(
            split_title("Russian President Vladimir Putin"),
            (
                "Vladimir Putin".to_owned(),
                Some("Russian President".to_owned())
            )
        );
        assert_eq!(
            split_title("Vedant Patel"),
            ("Vedant Patel".to_owned(), None)
        );
        assert_eq!(split_title("Putin"), ("Putin".to_owned(), None));
    }

    #[test]
    fn headline_names_join_the_body_and_countries_open_sentences() {
        let text = "# Ruiz Visits Portugal

Portugal welcomed the mayor on Monday. Mayor Ana Ruiz of Portmere met the prime minister in Lisbon.

## Zorbland Talks
";
        let entities = &entities_of(text);
        let named = |name: &str| entities.iter().find(|e| e.name == name);
        let portugal = named("Portugal").expect("a country first in its sentence");
        assert_eq!(portugal.kind, EntityKind::Place);
        // One mention in the headline, one in the body.
        assert_eq!(portugal.mentions.len(), 2);
        assert_eq!(&text[portugal.mentions[0].range()], "Portugal");
        assert!(portugal.mentions[0].start < 24);
        let ruiz = named("Ana Ruiz").expect("the mayor");
        assert!(ruiz.mentions.iter().any(|m| m.start < 10), "{ruiz:?}");
        // Who issued a document is an organisation, where the tagger saw nothing.
        let text = "The two ports will merge, as per a Quaymark statement.";
        let entities = &entities_of(text);
        let issuer = entities.iter().find(|e| e.name == "Quaymark");
        assert_eq!(issuer.map(|e| e.kind), Some(EntityKind::Organization));
        // A headline name the body never mentions is not guessed at.
        assert!(entities.iter().all(|e| !e.name.contains("Zorbland")));
    }

    #[test]
    fn a_sports_story_reads_towns_where_teams_stand_as_teams() {
        let kinds = |text: &str| -> Vec<(String, EntityKind)> {
            let entities = &entities_of(text);
            let mut kinds: Vec<_> = entities
                .iter()
                .filter(|e| e.name == "Cleveland")
                .map(|e| (e.name.clone(), e.kind))
                .collect();
            kinds.dedup();
            kinds
        };
        let sport = "Ana Ruiz homered twice for Cleveland in the sixth inning. \
The pitcher struck out nine before the league's biggest crowd. In Cleveland, fans cheered.";
        // A town the gazetteer knows, so that the tagger reads it as one. The team,
        // which outvotes the town the tagger read alone.
        assert_eq!(
            kinds(sport),
            [
                ("Cleveland".to_owned(), EntityKind::Organization),
                ("Cleveland".to_owned(), EntityKind::Place)
            ]
        );
        // Outside sport the same words name the town.
        let news = "Ana Ruiz voted for Cleveland in the sixth round. In Cleveland, fans cheered.";
        assert_eq!(kinds(news), [("Cleveland".to_owned(), EntityKind::Place)]);
    }

    #[test]
    fn a_titled_person_read_as_a_body_is_the_person() {
        let read = |text: &str, kind: EntityKind| -> (String, EntityKind) {
            let tagged = &text[..text.find(" said").unwrap()];
            after_rules(text, &[(tagged, kind)]).remove(0)
        };
        use EntityKind::*;
        assert_eq!(
            read("Eastland Prime Minister Dorin Valcu said so.", Organization),
            ("Dorin Valcu".to_owned(), Person)
        );
        assert_eq!(
            read("Trade Minister Ana Okafor said so.", Other),
            ("Ana Okafor".to_owned(), Person)
        );
        // A building or a body named after someone stays whole.
        assert_eq!(
            read("Queen Ana Okafor Hospital said so.", Organization),
            ("Queen Ana Okafor Hospital".to_owned(), Organization)
        );
        assert_eq!(
            read("State Street Bank said so.", Organization),
            ("State Street Bank".to_owned(), Organization)
        );
    }

    #[test]
    fn a_headline_in_capitals_names_what_the_body_names() {
        let text = "RUIZ TAKES LEAD IN PORTMERE OPEN\n\nPORTMERE 1996-08-30\n\nAna Ruiz took the lead on Friday.\n";
        let entities = &entities_of(text);
        let ruiz = entities
            .iter()
            .find(|e| e.name == "Ana Ruiz")
            .expect("the golfer");
        // The surname in the headline, and the body's full name.
        assert_eq!(ruiz.mentions.len(), 2, "{entities:?}");
        assert_eq!(&text[ruiz.mentions[0].range()], "RUIZ");
        // A word the body never names is not guessed at ("TAKES", "LEAD").
        assert!(
            entities.iter().all(|e| !e.name.contains("TAKES")),
            "{entities:?}"
        );
    }

    #[test]
    fn a_country_read_as_a_body_is_a_place() {
        let text = "Slovakia beat Portmere in the final.";
        let found = after_rules(text, &[("Slovakia", EntityKind::Organization)]);
        assert_eq!(found[0], ("Slovakia".to_owned(), EntityKind::Place));
    }

    #[test]
    fn a_dateline_town_and_its_team_are_two_entities() {
        let text = "PORTMERE 1996-08-30\n\nResults on Thursday.\n\nPORTMERE 74 59 .556 -\n\nEASTBAY 70 63 .526 4\n";
        let entities = &entities_of(text);
        let kinds: Vec<(EntityKind, usize)> = entities
            .iter()
            .filter(|e| e.name == "PORTMERE")
            .map(|e| (e.kind, e.mentions.len()))
            .collect();
        assert_eq!(
            kinds,
            [(EntityKind::Place, 1), (EntityKind::Organization, 1)],
            "{entities:?}"
        );
    }

    #[test]
    fn aliases_are_shown_once_whatever_their_case() {
        let e = Entity {
            name: "Ana Ruiz".to_owned(),
            kind: EntityKind::Person,
            aliases: ["RUIZ", "Ruiz", "ANA RUIZ", "Okafor-Ruiz"]
                .map(str::to_owned)
                .to_vec(),
            description: None,
            mentions: Vec::new(),
            statements: Vec::new(),
        };
        assert_eq!(e.shown_aliases(), ["Ruiz", "Okafor-Ruiz"]);
    }

    /// The mentions of a one-sentence `text` after the sentence rules, in order, given
    /// what the tagger read (`tagged`: each name and its kind).
    fn after_rules(text: &str, tagged: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let tagged = tagged
            .iter()
            .map(|(name, kind)| {
                let at = text.find(name).unwrap();
                Mention {
                    kind: *kind,
                    range: at..at + name.len(),
                    from_context: false,
                }
            })
            .collect();
        let mut found = with_rule_mentions(text, 0..text.len(), tagged);
        found.sort_by_key(|m| m.range.start);
        found
            .iter()
            .map(|m| (text[m.range.clone()].to_owned(), m.kind))
            .collect()
    }

    /// The entity index of a Markdown article.
    fn entities_of(text: &str) -> Vec<Entity> {
        let (article, analysis) =
            crate::analysis::analyze_text(text, crate::article::Format::Markdown);
        analysis.entities(&article, text).entities.clone()
    }

    /// The kinds of `mentions` after a document pass over them.
    fn kinds_after(pass: fn(&mut [Raw]), mut mentions: Vec<Raw>) -> Vec<EntityKind> {
        pass(&mut mentions);
        mentions.iter().map(|r| r.kind).collect()
    }

    fn raw(text: &str, kind: EntityKind, at: usize) -> Raw {
        Raw {
            span: Span::new(at, at + text.len()),
            text: text.to_owned(),
            kind,
            sentence: None,
            entry: None,
            from_context: false,
        }
    }

    #[test]
    fn titles_are_not_part_of_the_mention() {
        let text = "said Mayor Elena Vasquez and President Putin.";
        let at = |name: &str| {
            let s = text.find(name).unwrap();
            s..s + name.len()
        };
        let cut = |name: &str| &text[without_title(text, at(name))];
        assert_eq!(cut("Mayor Elena Vasquez"), "Elena Vasquez");
        assert_eq!(cut("President Putin"), "Putin");
        assert_eq!(cut("Putin"), "Putin");
        let text = "Farm Secretary Dan Okafor met Prince Ali Reza.";
        let cut = |name: &str| {
            let s = text.find(name).unwrap();
            &text[without_title(text, s..s + name.len())]
        };
        assert_eq!(cut("Farm Secretary Dan Okafor"), "Dan Okafor");
        assert_eq!(cut("Prince Ali Reza"), "Ali Reza");
    }

    #[test]
    fn a_name_takes_the_kind_it_is_read_as_most() {
        use EntityKind::{Organization, Person, Place};
        let kinds = kinds_after(
            vote_kinds,
            vec![
                raw("Czech Republic", Organization, 0),
                raw("Czech Republic", Place, 50),
                raw("the Czech Republic", Place, 90),
                raw("Okafor", Person, 120),
                raw("Okafor", Place, 150),
            ],
        );
        // Two places to one organisation; a tie keeps the first reading.
        assert_eq!(kinds, [Place, Place, Place, Person, Person]);
    }

    #[test]
    fn a_lone_surname_of_a_person_named_in_full_is_that_person() {
        use EntityKind::{Organization, Person, Place};
        let kinds = kinds_after(
            people_by_their_surnames,
            vec![
                raw("Judith Orr", Person, 0),
                raw("Orr", Place, 40),
                raw("Orr", Organization, 80),
                raw("Kenya", Place, 120),
                raw("Ruth Kenya", Person, 160),
                raw("Portmere", Place, 200),
            ],
        );
        assert_eq!(kinds, [Person, Person, Person, Place, Person, Place]);
    }

    #[test]
    fn a_kind_read_from_context_outvotes_the_name_read_alone() {
        use EntityKind::{Organization, Person, Place};
        let from_context = |text: &str, kind: EntityKind, at: usize| Raw {
            from_context: true,
            ..raw(text, kind, at)
        };
        let kinds = kinds_after(
            vote_kinds,
            vec![
                raw("Surrey", Place, 0),
                raw("Surrey", Place, 40),
                from_context("Surrey", Organization, 80),
                raw("Surrey", Place, 120),
                raw("Texas", Organization, 160),
                from_context("Texas", Place, 200),
                raw("Texas", Organization, 240),
                raw("Kestrel", Person, 280),
            ],
        );
        // "Surrey captain" makes every Surrey the team; the dateline's "Texas" makes
        // the others the place.
        assert_eq!(
            kinds,
            [
                Organization,
                Organization,
                Organization,
                Organization,
                Place,
                Place,
                Place,
                Person
            ]
        );
    }

    #[test]
    fn a_lone_word_used_in_place_names_is_a_place_unless_a_person_bears_it() {
        use EntityKind::{Other, Person, Place};
        let mut mentions = vec![
            raw("Port of Portmere", Place, 0),
            raw("Portmere", Other, 40),
            raw("Washington State", Place, 60),
            raw("Denzel Washington", Person, 80),
            raw("Washington", Person, 100),
        ];
        places_in_longer_names(&mut mentions);
        assert_eq!(mentions[1].kind, Place);
        assert_eq!(mentions[4].kind, Person);
    }

    #[test]
    fn a_company_s_first_words_are_the_company_unless_a_person_bears_them() {
        use EntityKind::{Organization, Person};
        let kinds = kinds_after(
            companies_by_their_first_words,
            vec![
                raw("Kestrel Marine Holdings", Organization, 0),
                raw("Kestrel", Person, 40),
                raw("Kestrel Marine", Person, 60),
                raw("Ruiz Shipping Ltd", Organization, 80),
                raw("Ana Ruiz", Person, 100),
                raw("Ruiz", Person, 120),
            ],
        );
        assert_eq!(
            kinds,
            [
                Organization,
                Organization,
                Organization,
                Organization,
                Person,
                Person
            ]
        );
    }

    #[test]
    fn a_name_s_own_words_give_its_kind() {
        assert_eq!(
            kind_from_head("Magna International Inc"),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind_from_head("River Stour"), Some(EntityKind::Place));
        assert_eq!(kind_from_head("Harbour Road"), Some(EntityKind::Place));
        assert_eq!(
            kind_from_head("Port Authority"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            kind_from_head("Portmere Stock Exchange"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            kind_from_head("Kestrel Bancorp"),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind_from_head("Stour"), None);
        assert_eq!(kind_from_head("Ana Ruiz"), None);
    }

    #[test]
    fn an_acronym_in_spaced_parentheses_is_defined_too() {
        let text = "Forces of the Eastshire Democratic Party ( EDP ) held the bridge.";
        let found = with_rule_mentions(text, 0..text.len(), Vec::new());
        let names: Vec<&str> = found.iter().map(|m| &text[m.range.clone()]).collect();
        assert_eq!(names, ["Eastshire Democratic Party", "EDP"]);
        // A known shorter name inside a longer one gives way to it.
        let text = "The Eastshire Democratic Party said so.";
        let found = with_rule_mentions(text, 0..text.len(), Vec::new());
        let names: Vec<&str> = found.iter().map(|m| &text[m.range.clone()]).collect();
        assert_eq!(names, ["Eastshire Democratic Party"]);
    }

    #[test]
    fn a_name_ending_in_an_organisation_noun_takes_in_its_town_but_not_its_neighbours() {
        use EntityKind::*;
        // The tagger's town inside the bureau's name gives way to it.
        assert_eq!(
            after_rules(
                "-- Portmere Newsroom +44 20 7000 0000",
                &[("Portmere", Place)]
            ),
            [("Portmere Newsroom".to_owned(), Organization)]
        );
        // Punctuation, a person or an "X-based" ends the run.
        assert_eq!(
            after_rules(
                "-- Ana Ruiz , Eastbay Desk , and Hope ( Democratic Party ) said.",
                &[("Ana Ruiz", Person)]
            ),
            [
                ("Ana Ruiz".to_owned(), Person),
                ("Eastbay Desk".to_owned(), Organization),
                ("Democratic Party".to_owned(), Organization)
            ]
        );
        assert_eq!(
            after_rules("Ohio-based Kestrel Bancorp grew.", &[]),
            [("Kestrel Bancorp".to_owned(), Organization)]
        );
    }

    #[test]
    fn acronyms_and_peoples_are_not_people() {
        let text = "Forces of the Eastshire Democratic Party (EDP) held the bridge.

The EDP charges that the rival group lied, Eastshire Kurds said. Belgian officials said
the EDP had left.
";
        let entities = &entities_of(text);
        let people: Vec<&str> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert!(people.is_empty(), "{entities:?}");
        // A named source the tagger missed is a person, but not a body or a people.
        for (sentence, source, person) in [
            ("The KDP charges that the PUK lied.", "The KDP", false),
            ("Iraqi Kurds said the PUK lied.", "Iraqi Kurds", false),
            ("Mia Okafor said the PUK lied.", "Mia Okafor", true),
        ] {
            let mut found = Vec::new();
            named_source(sentence, 0..sentence.len(), source, &mut found);
            assert_eq!(found.len(), usize::from(person), "{sentence}");
        }
        assert_eq!(
            entities
                .iter()
                .find(|e| e.name == "Eastshire Democratic Party")
                .map(|e| e.mentions.len()),
            Some(4),
            "{entities:?}"
        );
    }

    #[test]
    fn known_organisations_and_sentence_case_headings_are_read() {
        let text = "# Dockers vote to strike at Portmere

Hyundai said its ships would wait. Ruiz met senior IMF officials, and the Fed held rates. The
Centers for Disease Control and Prevention and the Organization for Security and
Co-operation in Europe issued advice.

# Port Strike Enters Third Week

THE WHO AND THE IMF WARNED.
";
        let entities = &entities_of(text);
        let kind_of = |name: &str| entities.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind_of("Hyundai"), Some(EntityKind::Organization));
        assert_eq!(kind_of("IMF"), Some(EntityKind::Organization));
        assert_eq!(kind_of("Fed"), Some(EntityKind::Organization));
        // "senior" describes the officials, not the fund.
        let imf = entities.iter().find(|e| e.name == "IMF");
        assert_eq!(imf.map(|e| e.description.is_none()), Some(true), "{imf:?}");
        // The whole of a long known name, not the pieces the tagger sees.
        for long in [
            "Centers for Disease Control and Prevention",
            "Organization for Security and Co-operation in Europe",
        ] {
            assert_eq!(
                kind_of(long),
                Some(EntityKind::Organization),
                "{entities:?}"
            );
        }
        // A sentence-case heading is read like a sentence; a title-case one is not.
        let portmere = entities.iter().find(|e| e.name == "Portmere");
        assert!(
            portmere.is_some_and(|e| e.mentions[0].start < 40),
            "{entities:?}"
        );
        assert!(entities.iter().all(|e| !e.name.contains("Strike")));
        // In capitals, "WHO" is not taken for the health agency.
        assert!(entities.iter().all(|e| e.name != "WHO"), "{entities:?}");
    }

    #[test]
    fn the_dictionary_overrides_the_tagger() {
        let text = "# Ferry Week\n\nFerry Week began on Monday. Kestrel Ferries raised fares, and Kestrel said the night crossing would end. Mara Lindqvist runs Kestrel.\n";
        let article = Article::parse(text, crate::article::Format::Markdown);
        let (dictionary, warnings) = Dictionary::parse(
            "not-entities = [\"Ferry Week\"]\n[[entity]]\nname = \"Kestrel Ferries\"\nkind = \"organization\"\naliases = [\"Kestrel\"]\ndescription = \"the island's ferry operator\"\n[[entity]]\nname = \"Mara Lindqvist\"\nkind = \"person\"\n",
        );
        assert!(warnings.is_empty());
        let config = crate::config::Config {
            dictionary: std::sync::Arc::new(dictionary),
            ..Default::default()
        };
        let analysis = crate::analysis::Analyzer::new(config).analyze(&article, text);
        let entities = &analysis.entities(&article, text).entities;
        let kestrel = entities
            .iter()
            .find(|e| e.name == "Kestrel Ferries")
            .expect("the dictionary's name");
        assert_eq!(kestrel.kind, EntityKind::Organization);
        assert_eq!(kestrel.mentions.len(), 3);
        assert_eq!(kestrel.aliases, ["Kestrel"]);
        assert_eq!(
            kestrel.description.as_deref(),
            Some("the island's ferry operator")
        );
        let mara = entities.iter().find(|e| e.name == "Mara Lindqvist");
        assert_eq!(mara.map(|e| e.kind), Some(EntityKind::Person));
        assert!(
            entities.iter().all(|e| !e.name.contains("Ferry Week")),
            "{entities:?}"
        );
    }
}
