//! Analyses over an [`Article`]: attribution, claims and the findings an editor
//! sees.
//!
//! Work happens in two steps. Each paragraph is analysed on its own
//! ([`ParagraphFacts`]), with results in paragraph-relative offsets so they can be
//! cached by the paragraph's text and reused after an edit elsewhere. A cheap
//! document pass then carries attribution across sentences (quotations whose
//! speaker is named in another sentence, a paragraph after "X said:"), resolves
//! pronouns, and turns what is left unsourced into [`Finding`]s.

mod abbreviations;
pub mod attribution;
pub mod claims;
mod context_kinds;
mod datelines;
mod document;
pub mod entities;
mod entity_pass;
pub mod figures;
mod finding;
mod given_names;
mod initialled_names;
pub mod lexicon;
mod names;
mod naming;
pub mod ner;
mod passives;
mod poll_wording;
mod public_record;
mod sports;
mod suppress;
pub mod tokens;

pub use attribution::{Attribution, CueClass, SourceKind};
pub use claims::{ClaimKind, ClaimSignal};
pub use finding::{Edit, Finding, Fix, Related, Rule, Severity};
pub use ner::EntityKind;

use crate::article::{Article, Format, Paragraph, ParseCache};
use crate::cache::Reuse;
use crate::config::Config;
use crate::text::Span;
use lexicon::Lexicon;
use std::ops::Range;
use std::sync::{Arc, OnceLock};
use tokens::is_capitalised;

/// Whether a sentence needs a source and has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// A source is given (perhaps a vague or anonymous one, reported separately).
    Attributed,
    /// A claim with no source.
    UnattributedClaim,
    /// Nothing that needs a source.
    NotAClaim,
}

impl Status {
    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Status::Attributed => "attributed",
            Status::UnattributedClaim => "unattributed-claim",
            Status::NotAClaim => "not-a-claim",
        }
    }
}

/// What one sentence's attribution resolved to, in source spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedAttribution {
    /// The cue words (for a carried attribution, the cue of the sentence it came from).
    pub cue: Span,
    /// The source words.
    pub source: Option<Span>,
    /// What kind of source.
    pub kind: SourceKind,
    /// What kind of cue.
    pub class: CueClass,
    /// The source refuses or denies saying anything ("declined to comment").
    pub negated: bool,
    /// The cue as prose (markup removed).
    pub cue_text: Arc<str>,
    /// The source as prose (markup removed).
    pub source_text: Option<Arc<str>>,
}

/// The analysis of one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceReport {
    /// Whether it needs a source and has one.
    pub status: Status,
    /// Its attribution, if any.
    pub attribution: Option<ResolvedAttribution>,
    /// Its claim signals, in source spans.
    pub claims: Vec<(ClaimKind, Span)>,
}

/// The result of analysing an article.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// One report per sentence of the article, in order.
    pub sentences: Vec<SentenceReport>,
    /// What an editor should see, in document order.
    pub findings: Vec<Finding>,
    /// Dates, sums of money, percentages and quantities, in document order.
    pub figures: Vec<(figures::FigureKind, Span)>,
    /// Each paragraph's own facts, which the entity index is built from.
    facts: Vec<Arc<ParagraphFacts>>,
    /// The names in each heading, in offsets of its title.
    heading_mentions: Vec<Arc<Vec<ner::Mention>>>,
    dictionary: Arc<crate::dictionary::Dictionary>,
    entity_index: OnceLock<EntityIndex>,
}

/// The people, organisations and places of an article, and whom each sentence's
/// source names.
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    /// The entities, in order of first mention.
    pub entities: Vec<entities::Entity>,
    /// For each sentence, the entity or full name its source resolves to
    /// ("Patel" → "Vedant Patel", "he" → the last person named), when known.
    pub sources: Vec<Option<String>>,
}

impl Analysis {
    /// The entity index, built on first use. Diagnostics do not need it, so an editor
    /// publishes them without waiting for it. `article` and `text` must be the ones
    /// this analysis was made from.
    pub fn entities(&self, article: &Article, text: &str) -> &EntityIndex {
        self.entity_index.get_or_init(|| {
            entity_pass::entity_index(
                article,
                text,
                &self.facts,
                &self.heading_mentions,
                &self.sentences,
                &self.dictionary,
            )
        })
    }
}

/// What kind of hedge a phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// Reports without a reporter: "reportedly", "is believed to".
    Report,
    /// A source that names no one: "it is widely believed", "is widely regarded as".
    Vague,
    /// Speculation: "may", "possibly", "is thought to be".
    Speculation,
    /// A vague quantity or generalisation: "many", "some", "generally".
    Quantity,
}

/// What one sentence holds on its own, in paragraph-prose offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentenceFacts {
    /// Attributions, most authoritative first.
    pub attributions: Vec<Attribution>,
    /// Vague and anonymous sources besides the first attribution, in clauses of their
    /// own ([`attribution::Sources::others`]).
    pub other_sources: Vec<Attribution>,
    /// Where there is none: the named subject of a quoted fragment, who speaks it
    /// ([`attribution::Sources::fragment_speaker`]).
    pub fragment_speaker: Option<Attribution>,
    /// Claim signals.
    pub claims: Vec<ClaimSignal>,
    /// Hedges and what kind each is.
    pub hedges: Vec<(Range<usize>, Hedge)>,
    /// The sentence says why a source is anonymous.
    pub anonymity_reason: bool,
    /// Full names the sentence mentions, for resolving later surnames.
    pub names: Vec<String>,
    /// Named mentions from the tagger and the rules.
    pub mentions: Vec<ner::Mention>,
    /// Words only sports copy uses often ("innings", "striker").
    pub sport_words: u16,
    /// The sentence is written in capitals, like a wire headline.
    pub in_capitals: bool,
    /// Dates, money, percentages and quantities.
    pub figures: Vec<figures::Figure>,
    /// The sentence's claims are all shares a poll reports, worded as a poll's finding
    /// ("54 percent of voters back the union").
    pub poll_wording: bool,
    /// The sentence goes on with a poll's story: it mentions the poll or those it
    /// asked, or a share of them speaks ("46 percent of dockers said").
    pub poll_reference: bool,
}

/// What one paragraph holds on its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphFacts {
    /// One entry per sentence.
    pub sentences: Vec<SentenceFacts>,
}

/// Runs the analyses with a configuration, caching per-paragraph work.
pub struct Analyzer {
    config: Config,
    lexicon: Arc<Lexicon>,
    cache: Reuse<Arc<ParagraphFacts>>,
    /// Names found in each heading, by its title.
    heading_cache: Reuse<Arc<Vec<ner::Mention>>>,
    parse_cache: ParseCache,
    decisions: document::Memo,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(Config::default())
    }
}

impl Analyzer {
    /// An analyzer for `config`.
    pub fn new(config: Config) -> Analyzer {
        // Lexicons are built once per process; only extra cues need a copy of their own.
        let lexicon = if config.extra_cues.is_empty() {
            Lexicon::shared()
        } else {
            Arc::new(Lexicon::with_extra_cues(&config.extra_cues))
        };
        Analyzer {
            config,
            lexicon,
            cache: Reuse::default(),
            heading_cache: Reuse::default(),
            parse_cache: ParseCache::default(),
            decisions: document::Memo::default(),
        }
    }

    /// Parses `text`, splitting again only the paragraphs that changed since the
    /// last parse through this analyzer.
    pub fn parse(&mut self, text: &str, format: Format) -> Article {
        Article::parse_with(text, format, &mut self.parse_cache)
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// How much of the last analysis was new work: paragraphs analysed afresh (the
    /// rest came from the cache) and paragraphs whose attribution was decided afresh.
    pub fn last_pass(&self) -> (usize, usize) {
        (self.cache.misses(), self.decisions.decided())
    }

    /// Analyses `article` (parsed from `text`).
    pub fn analyze(&mut self, article: &Article, text: &str) -> Analysis {
        self.cache.begin(article.paragraphs.len());
        let facts: Vec<Arc<ParagraphFacts>> = article
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let key = paragraph_key(p);
                let facts = self
                    .cache
                    .get(i, key)
                    .unwrap_or_else(|| Arc::new(paragraph_facts(article, p, &self.lexicon)));
                self.cache.keep(key, facts.clone());
                facts
            })
            .collect();
        self.cache.end();
        self.heading_cache.begin(article.headings.len());
        let heading_mentions = article
            .headings
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let key = crate::cache::hash_of(h.title.as_str());
                let found = self
                    .heading_cache
                    .get(i, key)
                    .unwrap_or_else(|| Arc::new(entities::heading_names(&h.title)));
                self.heading_cache.keep(key, found.clone());
                found
            })
            .collect();
        self.heading_cache.end();
        let decided =
            document::document_pass(article, text, &facts, &self.config, &mut self.decisions);
        let mut analysis = Analysis {
            sentences: decided.sentences,
            findings: decided.findings,
            figures: decided.figures,
            facts,
            heading_mentions,
            dictionary: self.config.dictionary.clone(),
            entity_index: OnceLock::new(),
        };
        if self.config.enabled(Rule::InconsistentName) {
            let mut named =
                naming::findings(article, text, &analysis.entities(article, text).entities);
            for f in &mut named {
                f.severity = self.config.severity(f.rule);
            }
            suppress::apply(&mut named, &article.directives, text);
            analysis.findings.extend(named);
            finding::in_document_order(&mut analysis.findings);
        }
        analysis
    }
}

fn paragraph_key(p: &Paragraph) -> u64 {
    p.text_hash
}

/// Whether the words after "some", "several" or "many" make it an approximate
/// count or a span of time ("some 500 people", "for several weeks"), which news
/// copy uses plainly, rather than a vague quantity.
fn counts_or_times(after: &str) -> bool {
    const UNITS: [&str; 14] = [
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "centuries",
        "times",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
    ];
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    next.starts_with(|c: char| c.is_ascii_digit()) || UNITS.contains(&next.to_lowercase().as_str())
}

/// Analyses one paragraph on its own.
pub fn paragraph_facts(article: &Article, p: &Paragraph, lexicon: &Lexicon) -> ParagraphFacts {
    let text = &p.prose.text;
    let quotes: Vec<Range<usize>> = article.quotes[p.quotes.clone()]
        .iter()
        .map(|q| q.prose.clone())
        .collect();
    let sentences = article.sentences[p.sentences.clone()]
        .iter()
        .map(|s| {
            let r = s.prose.clone();
            let outside_quotes =
                |m: &Range<usize>| !quotes.iter().any(|q| q.start <= m.start && m.end <= q.end);
            let claims = claims::find(text, r.clone(), &quotes, lexicon);
            let strong: Vec<&str> = claims
                .iter()
                .filter(|c| c.kind.is_strong())
                .map(|c| &text[c.range.clone()])
                .collect();
            let poll_wording = poll_wording::reports_poll_shares(&text[r.clone()], &strong);
            let attribution::Sources {
                attributions,
                others: other_sources,
                fragment_speaker,
            } = attribution::read_sources(text, r.clone(), &quotes, lexicon);
            let poll_reference = poll_wording::refers_to_poll(
                &text[r.clone()],
                attributions
                    .iter()
                    .filter_map(|a| a.source.clone().map(|s| &text[s])),
            );
            SentenceFacts {
                poll_reference,
                attributions,
                other_sources,
                fragment_speaker,
                claims,
                poll_wording,
                hedges: lexicon
                    .hedges
                    .find(&text[r.clone()])
                    .map(|(m, tag)| {
                        let kind = match tag {
                            "vague" => Hedge::Vague,
                            "speculation" => Hedge::Speculation,
                            "quantity" => Hedge::Quantity,
                            _ => Hedge::Report,
                        };
                        (m.start + r.start..m.end + r.start, kind)
                    })
                    // "in May" is a month, not a hedge.
                    .filter(|(m, kind)| {
                        *kind != Hedge::Speculation
                            || !is_capitalised(&text[m.clone()])
                            || m.start == r.start
                    })
                    .filter(|(m, kind)| {
                        *kind != Hedge::Quantity || !counts_or_times(&text[m.end..r.end])
                    })
                    .filter(|(m, _)| outside_quotes(m))
                    .chain(
                        passives::find(text, r.clone(), &quotes, &lexicon.vague_heads)
                            .into_iter()
                            .map(|m| (m, Hedge::Vague)),
                    )
                    .collect(),
                anonymity_reason: lexicon
                    .anonymity_reasons
                    .find(&text[r.clone()])
                    .next()
                    .is_some(),
                names: names::full_names(&text[r.clone()]),
                mentions: entities::with_rule_mentions(
                    text,
                    r.clone(),
                    ner::mentions(text, r.clone()),
                ),
                sport_words: sports::sport_words(&text[r.clone()]),
                in_capitals: entities::in_capitals(&text[r.clone()]),
                figures: figures::find(text, r),
            }
        })
        .collect();
    ParagraphFacts { sentences }
}

/// Analyses `text` as `format` with the default configuration: the one-call entry point.
pub fn analyze_text(text: &str, format: crate::article::Format) -> (Article, Analysis) {
    let article = Article::parse(text, format);
    let analysis = Analyzer::default().analyze(&article, text);
    (article, analysis)
}
