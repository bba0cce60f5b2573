//! The document pass: carries attribution across sentences, resolves sources to
//! names, and turns what is left unsourced into findings.

use super::attribution::{Attribution, CueClass, SourceKind};
use super::claims::ClaimKind;
use super::entities::{self, Entity};
use super::names::NameBook;
use super::naming;
use super::ner::Mention;
use super::tokens::is_capitalised;
use super::{
    Analysis, Edit, Finding, Fix, ParagraphFacts, Related, ResolvedAttribution, Rule,
    SentenceFacts, SentenceReport, Status, suppress,
};
use crate::article::{Article, Quote};
use crate::config::Config;
use crate::text::Span;
use std::sync::Arc;

/// Fewest words inside quotation marks for a quotation to need a speaker; shorter
/// ones are scare quotes or terms.
const MIN_QUOTE_WORDS: usize = 5;
struct Doc<'a> {
    article: &'a Article,
    facts: Vec<&'a SentenceFacts>,
}

impl Doc<'_> {
    fn span(&self, sentence: usize, range: std::ops::Range<usize>) -> Span {
        let p = &self.article.paragraphs[self.article.sentences[sentence].paragraph];
        p.prose.source_span(range)
    }
}

pub(super) fn document_pass(
    article: &Article,
    text: &str,
    facts: &[Arc<ParagraphFacts>],
    config: &Config,
) -> Analysis {
    let doc = Doc {
        article,
        facts: facts.iter().flat_map(|f| f.sentences.iter()).collect(),
    };
    let n = article.sentences.len();
    debug_assert_eq!(doc.facts.len(), n);

    // 1. Each sentence's own primary attribution, in source spans.
    let mut names = NameBook::default();
    let mut own: Vec<Option<ResolvedAttribution>> = Vec::with_capacity(n);
    for i in 0..n {
        names.learn(&doc.facts[i].names);
        let resolved = doc.facts[i]
            .attributions
            .first()
            .map(|a| resolve(&doc, i, a, text, config, &mut names));
        own.push(resolved);
    }

    // 2. Speakers of quotations, then attribution carried into quoted sentences.
    let speakers = quote_speakers(&doc, &own);
    let mut reports = Vec::with_capacity(n);
    let mut findings = Vec::new();
    #[allow(clippy::needless_range_loop)]
    // `i` indexes sentences, facts, attributions and reports alike
    for i in 0..n {
        let sentence = &article.sentences[i];
        let carried = own[i]
            .is_none()
            .then(|| carried_from_quote(article, i, &speakers))
            .flatten();
        let f = doc.facts[i];
        let claims: Vec<(ClaimKind, Span)> = f
            .claims
            .iter()
            .map(|c| (c.kind, doc.span(i, c.range.clone())))
            .collect();
        let strong = claims.iter().find(|(k, _)| k.is_strong()).cloned();
        let figures_only = strong.is_some()
            && claims
                .iter()
                .all(|(k, _)| !k.is_strong() || *k == ClaimKind::Statistic);
        let carried = carried.or_else(|| {
            (own[i].is_none() && figures_only)
                .then(|| carried_figures(article, i, &reports))
                .flatten()
        });
        let attribution = own[i].clone().or(carried);
        let status = match (&attribution, &strong) {
            (Some(_), _) => Status::Attributed,
            (None, Some(_)) => Status::UnattributedClaim,
            (None, None) => Status::NotAClaim,
        };

        // 3. Findings for this sentence.
        let before = findings.len();
        if let Some(a) = &own[i] {
            let reason =
                f.anonymity_reason || doc.facts.get(i + 1).is_some_and(|n| n.anonymity_reason);
            source_findings(a, reason, text, &mut findings);
        }
        let identified = attribution.as_ref().is_some_and(|a| a.kind.is_identified());
        for (range, vague) in &f.hedges {
            let span = doc.span(i, range.clone());
            if findings[before..].iter().any(|x| x.span.overlaps(span)) {
                continue;
            }
            let words = &text[span.range()];
            if *vague && !identified {
                findings.push(finding(Rule::VagueSource, span, vague_message(words)));
            } else if !vague && !identified {
                let expectation = ["expected", "projected", "forecast", "predicted"]
                    .iter()
                    .any(|w| words.contains(w));
                let message = if expectation {
                    format!(
                        "Hedged report: “{words}” passes on an expectation without saying whose it is. Name who expects it, or source the forecast."
                    )
                } else {
                    format!(
                        "Hedged report: “{words}” passes on a claim without saying who reported it. Name the source, or confirm the claim and drop the hedge."
                    )
                };
                let mut f = finding(Rule::HedgedReport, span, message);
                f.fixes.push(attribution_fix(sentence.span, text));
                findings.push(f);
            }
        }
        if let (Status::UnattributedClaim, Some((kind, span)), true) =
            (status, &strong, findings.len() == before)
        {
            let mut f = finding(
                Rule::UnattributedClaim,
                *span,
                format!(
                    "Unattributed claim: “{}” {}, but this sentence gives no source. Who says so? Attribute it (“…, according to …”) or cut it.",
                    &text[span.range()],
                    kind.why()
                ),
            );
            f.fixes.push(attribution_fix(sentence.span, text));
            if let Some(near) = (i.saturating_sub(3)..i).rev().find_map(|j| {
                reports
                    .get(j)
                    .and_then(|r: &SentenceReport| r.attribution.as_ref())
                    .and_then(|a| a.source)
            }) {
                f.related.push(Related {
                    span: near,
                    message: format!("nearest source named before it: {}", &text[near.range()]),
                });
            }
            findings.push(f);
        }
        reports.push(SentenceReport {
            status,
            attribution,
            claims,
        });
    }

    // 4. Quotations nobody is said to have said.
    for (q, quote) in article.quotes.iter().enumerate() {
        if speakers[q].is_none() && needs_speaker(quote, text) {
            let mut f = finding(
                Rule::UnattributedQuote,
                quote.span,
                format!(
                    "Quotation with no speaker: no one in this sentence or paragraph is said to have said these {} words. Add who said it (“…,” the mayor said).",
                    quote.words
                ),
            );
            f.fixes.extend(quote_fix(quote, text));
            findings.push(f);
        }
    }

    // 5. Entities, and how consistently the article names them.
    let entities = entity_index(article, text, &doc, &mut reports, &config.dictionary);
    if config.enabled(Rule::InconsistentName) {
        findings.extend(naming::findings(article, text, &entities));
    }

    // 6. Configuration and suppression comments.
    findings.retain(|f| config.enabled(f.rule));
    for f in &mut findings {
        f.severity = config.severity(f.rule);
    }
    suppress::apply(&mut findings, &article.directives, text);
    findings.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    let figures = (0..n)
        .flat_map(|i| {
            let doc = &doc;
            doc.facts[i]
                .figures
                .iter()
                .map(move |f| (f.kind, doc.span(i, f.range.clone())))
        })
        .collect();
    Analysis {
        sentences: reports,
        findings,
        entities,
        figures,
    }
}

/// Builds the entity index and names each source after the entity it mentions.
fn entity_index(
    article: &Article,
    text: &str,
    doc: &Doc,
    reports: &mut [SentenceReport],
    dictionary: &crate::dictionary::Dictionary,
) -> Vec<Entity> {
    let mentions: Vec<&[Mention]> = doc.facts.iter().map(|f| f.mentions.as_slice()).collect();
    let attributions: Vec<Option<ResolvedAttribution>> =
        reports.iter().map(|r| r.attribution.clone()).collect();
    let entities = entities::index(article, text, &mentions, &attributions, dictionary);
    let index = entities::MentionIndex::new(&entities);
    for r in reports.iter_mut() {
        let Some(a) = r.attribution.as_mut() else {
            continue;
        };
        let Some(src) = a.source else { continue };
        if let Some(e) = index.within(src, &entities) {
            a.entity = Some(entities[e].name.clone());
        }
    }
    entities
}

fn vague_message(words: &str) -> String {
    format!(
        "Vague source: “{words}” does not say who. Name the people, the outlet or the document behind this ({{{{who?}}}})."
    )
}

fn finding(rule: Rule, span: Span, message: String) -> Finding {
    Finding {
        rule,
        severity: rule.default_severity(),
        message,
        span,
        fixes: Vec::new(),
        related: Vec::new(),
    }
}

fn resolve(
    doc: &Doc,
    i: usize,
    a: &Attribution,
    text: &str,
    config: &Config,
    names: &mut NameBook,
) -> ResolvedAttribution {
    let source = a.source.clone().map(|r| doc.span(i, r));
    let mut kind = a.kind;
    if let Some(s) = source {
        let words = text[s.range()].to_lowercase();
        if config
            .trusted_sources
            .iter()
            .any(|t| !t.is_empty() && words.contains(&t.to_lowercase()))
        {
            kind = SourceKind::Named;
        }
    }
    let prose_source = a.source.clone().map(|r| {
        doc.article.paragraphs[doc.article.sentences[i].paragraph]
            .prose
            .text[r]
            .to_owned()
    });
    let entity = prose_source.as_deref().and_then(|s| match kind {
        SourceKind::Named => names.resolve_name(s),
        SourceKind::Pronoun => names.resolve_pronoun(s),
        _ => None,
    });
    let prose = &doc.article.paragraphs[doc.article.sentences[i].paragraph]
        .prose
        .text;
    ResolvedAttribution {
        cue: doc.span(i, a.cue.clone()),
        source,
        kind,
        class: a.class,
        entity,
        cue_text: prose[a.cue.clone()].to_owned(),
        source_text: a.source.clone().map(|r| prose[r].to_owned()),
    }
}

fn source_findings(
    a: &ResolvedAttribution,
    anonymity_explained: bool,
    text: &str,
    findings: &mut Vec<Finding>,
) {
    let Some(source) = a.source else { return };
    // "Then someone asked how …": a question asserts nothing that needs a source.
    if matches!(
        a.cue_text.to_lowercase().as_str(),
        "ask" | "asks" | "asked" | "asking"
    ) {
        return;
    }
    let span = if a.cue.start >= source.end && a.cue.start - source.end <= 12 {
        source.join(a.cue)
    } else {
        source
    };
    let words = &text[span.range()];
    match a.kind {
        SourceKind::Vague => findings.push(finding(Rule::VagueSource, span, vague_message(words))),
        SourceKind::Anonymous if !anonymity_explained => findings.push(finding(Rule::AnonymousSource, span, format!(
            "Anonymous source: “{words}” is not named, and the text does not say why anonymity was granted. Name the source, or explain (“…, who spoke on condition of anonymity because …”)."
        ))),
        _ => {}
    }
}

/// For each quotation, who said it, if anyone in scope did.
fn quote_speakers(
    doc: &Doc,
    own: &[Option<ResolvedAttribution>],
) -> Vec<Option<ResolvedAttribution>> {
    let article = doc.article;
    let mut speakers: Vec<Option<ResolvedAttribution>> = Vec::with_capacity(article.quotes.len());
    for (q, quote) in article.quotes.iter().enumerate() {
        let p = &article.paragraphs[quote.paragraph];
        let in_para = p.sentences.clone();
        let overlapping = in_para.clone().filter(|&s| {
            let r = &article.sentences[s].prose;
            r.start < quote.prose.end && quote.prose.start < r.end
        });
        // (a) A cue outside the quotation in a sentence it shares.
        let mut speaker = overlapping
            .clone()
            .filter_map(|s| own[s].as_ref())
            .find(|a| !quote.span.covers(a.cue) && a.class != CueClass::Carried)
            .cloned();
        let opens_paragraph = p.prose.text[..quote.prose.start].trim().is_empty();
        if speaker.is_none() && opens_paragraph && quote.paragraph > 0 {
            let prev = &article.paragraphs[quote.paragraph - 1];
            // (b) The paragraph before ends "… X said:".
            if let Some(last) = prev.sentences.clone().last()
                && prev.prose.text.trim_end().ends_with(':')
            {
                speaker = own[last].clone();
            }
            // (c) A quotation continued from the paragraph before.
            if speaker.is_none()
                && q > 0
                && !article.quotes[q - 1].closed
                && article.quotes[q - 1].paragraph + 1 == quote.paragraph
            {
                speaker = speakers[q - 1].clone();
            }
        }
        // (d) Someone named as speaking elsewhere in the same paragraph.
        if speaker.is_none() {
            speaker = in_para
                .filter_map(|s| own[s].as_ref())
                .find(|a| {
                    matches!(a.class, CueClass::Speech | CueClass::Colon) && a.kind.is_identified()
                })
                .cloned();
        }
        speakers.push(speaker);
    }
    speakers
}

fn carried_from_quote(
    article: &Article,
    sentence: usize,
    speakers: &[Option<ResolvedAttribution>],
) -> Option<ResolvedAttribution> {
    let s = &article.sentences[sentence];
    let p = &article.paragraphs[s.paragraph];
    p.quotes.clone().find_map(|q| {
        let quote = &article.quotes[q];
        let overlap = s
            .prose
            .end
            .min(quote.prose.end)
            .saturating_sub(s.prose.start.max(quote.prose.start));
        (overlap * 2 >= s.prose.len())
            .then(|| speakers[q].clone())
            .flatten()
            .map(|mut a| {
                a.class = CueClass::Carried;
                a
            })
    })
}

/// Figures that follow a poll, survey or report within the paragraph or the next one:
/// "A Harbour Board survey found … Among dockers, 40 percent …". Chains through a run
/// of such sentences, since each carries the same source.
fn carried_figures(
    article: &Article,
    sentence: usize,
    reports: &[SentenceReport],
) -> Option<ResolvedAttribution> {
    let paragraph = article.sentences[sentence].paragraph;
    let previous = sentence.checked_sub(1)?;
    if paragraph - article.sentences[previous].paragraph > 1 {
        return None;
    }
    let a = reports.get(previous)?.attribution.as_ref()?;
    (a.kind == SourceKind::Document).then(|| {
        let mut a = a.clone();
        a.class = CueClass::Carried;
        a
    })
}

/// Scare quotes, short terms and quoted titles of works need no speaker.
fn needs_speaker(quote: &Quote, text: &str) -> bool {
    if quote.words < MIN_QUOTE_WORDS {
        return false;
    }
    let inner = text[quote.span.range()].trim_matches(|c: char| !c.is_alphanumeric());
    let long: Vec<&str> = inner
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .collect();
    let title_case =
        !long.is_empty() && long.iter().all(|w| is_capitalised(w)) && quote.words <= 10;
    !title_case
}

/// `, according to …` before the sentence's closing punctuation.
fn attribution_fix(sentence: Span, text: &str) -> Fix {
    let body = text[sentence.range()].trim_end();
    let closing = body.trim_end_matches(['.', '!', '…']);
    let at = sentence.start + closing.len();
    Fix {
        title: "Add an attribution (“…, according to …”)".to_owned(),
        edits: vec![Edit {
            span: Span::new(at, at),
            text: ", according to …".to_owned(),
        }],
        snippet: Some(", according to ${1:source}".to_owned()),
    }
}

/// `“… done.”` → `“… done,” … said.`, when the quotation ends its sentence.
fn quote_fix(quote: &Quote, text: &str) -> Option<Fix> {
    let q = &text[quote.span.range()];
    let close = q.chars().next_back()?;
    let before_close = q[..q.len() - close.len_utf8()].chars().next_back()?;
    if !quote.closed || before_close != '.' {
        return None;
    }
    let period = quote.span.end - close.len_utf8() - 1;
    Some(Fix {
        title: "Name the speaker (“…,” … said.)".to_owned(),
        edits: vec![
            Edit {
                span: Span::new(period, period + 1),
                text: ",".to_owned(),
            },
            Edit {
                span: Span::new(quote.span.end, quote.span.end),
                text: " … said.".to_owned(),
            },
        ],
        snippet: None,
    })
}
