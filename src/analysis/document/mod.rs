//! The document pass: carries attribution across sentences and turns what is left
//! unsourced into findings, one paragraph at a time.
//!
//! A paragraph's decisions depend on its own facts and on a small [`Context`] from
//! its neighbours: the sources named just before it, a quotation the paragraph
//! before left open, a paragraph before ending "… X said:", whether the sentence
//! after it explains an anonymity. A paragraph whose text and context are unchanged
//! since the last pass is not decided again: its decisions are reused, shifted to
//! where it now starts. So an edit re-decides the paragraph it touched (and a
//! neighbour whose context it changed), not the document.
//!
//! The entity index is a separate, whole-document step (`entity_pass`) that
//! diagnostics do not need; it runs when something asks for entities.

mod memo;
mod polls;

pub(super) use memo::Memo;

use super::attribution::{Attribution, CueClass, SourceKind, names_data};
use super::claims::ClaimKind;
use super::figures::FigureKind;
use super::tokens::is_capitalised;
use super::{
    Edit, Finding, Fix, Hedge, ParagraphFacts, Related, ResolvedAttribution, Rule, SentenceReport,
    Status, finding::in_document_order, suppress,
};
use crate::article::{Article, Quote};
use crate::cache::combine;
use crate::config::Config;
use crate::text::Span;
use memo::{Context, Decided, Materialized, Origin, Sourced, carried, report_said};
use std::sync::Arc;

/// Fewest words inside quotation marks for a quotation to need a speaker; shorter
/// ones are scare quotes or terms.
const MIN_QUOTE_WORDS: usize = 5;

/// How far back (in sentences) a finding looks for the nearest source named before it.
const NEAREST_SOURCE_WINDOW: usize = 3;

/// What the document pass decided, in document order.
pub(super) struct Decisions {
    pub sentences: Vec<SentenceReport>,
    pub findings: Vec<Finding>,
    pub figures: Vec<(FigureKind, Span)>,
}

pub(super) fn document_pass(
    article: &Article,
    text: &str,
    facts: &[Arc<ParagraphFacts>],
    config: &Config,
    memo: &mut Memo,
) -> Decisions {
    let mut sentences: Vec<SentenceReport> = Vec::with_capacity(article.sentences.len());
    let mut findings = Vec::new();
    let mut figures = Vec::new();
    let mut colon: Option<ResolvedAttribution> = None;
    let mut open_quote: Option<Option<ResolvedAttribution>> = None;
    let mut data_last = false;
    // The sentence of the last poll named, and the paragraph that named it or last
    // referred to it.
    let mut poll: Option<(usize, usize)> = None;
    memo.by_key.begin(article.paragraphs.len());
    let mut said: Vec<u64> = Vec::with_capacity(article.sentences.len());
    let mut paragraph = Materialized::default();
    memo.decided = 0;
    for (pi, p) in article.paragraphs.iter().enumerate() {
        let first = p.sentences.start;
        let next_explains = article.sentences.get(p.sentences.end).is_some_and(|s| {
            let q = &article.paragraphs[s.paragraph];
            facts[s.paragraph].sentences[p.sentences.end - q.sentences.start].anonymity_reason
        });
        let context = Context {
            before: &sentences,
            said: &said,
            adjacent: first > 0 && pi - article.sentences[first - 1].paragraph <= 1,
            data_last,
            quote_last: first > 0 && holds_quote(article, first - 1),
            colon: colon.as_ref(),
            colon_bare: colon.is_none()
                && pi > 0
                && first > 0
                && article.sentences[first - 1].paragraph == pi - 1
                && article.paragraphs[pi - 1]
                    .prose
                    .text
                    .trim_end()
                    .ends_with(':'),
            open_quote: open_quote.as_ref().map(Option::as_ref),
            next_explains,
            // Only a paragraph with figures reads the poll, so only its decisions
            // wait on an edit to the poll.
            poll: poll
                .filter(|&(_, at)| pi - at <= polls::POLL_SCOPE && polls::may_report(&facts[pi]))
                .map(|(sentence, _)| first - sentence),
        };
        let key = combine(p.text_hash, context.fingerprint(text));
        let decided = match memo.by_key.get(pi, key) {
            Some(d) => d,
            None => {
                memo.decided += 1;
                Arc::new(decide(article, text, pi, &facts[pi], &context, config))
            }
        };
        let by = p.span.start as isize - decided.base as isize;
        decided.materialize(by, &context, text, &mut paragraph);
        (colon, open_quote) = decided.onward(by, &context);
        data_last = decided.data.last().copied().unwrap_or(data_last);
        if let Some(k) = paragraph.reports.iter().rposition(polls::names_poll) {
            poll = Some((first + k, pi));
        } else if let Some((_, at)) = poll.as_mut()
            && pi - *at <= polls::POLL_SCOPE
            && polls::goes_on(&facts[pi])
        {
            // A poll story refers back to its poll: its scope runs on from here.
            *at = pi;
        }
        sentences.append(&mut paragraph.reports);
        said.append(&mut paragraph.said);
        findings.append(&mut paragraph.findings);
        figures.append(&mut paragraph.figures);
        memo.by_key.keep(key, decided);
    }
    memo.by_key.end();
    suppress::apply(&mut findings, &article.directives, text);
    in_document_order(&mut findings);
    Decisions {
        sentences,
        findings,
        figures,
    }
}

/// Decides one paragraph: its sentences' attributions (their own, or carried from
/// a quotation's speaker or a poll before), their status, and its findings.
fn decide(
    article: &Article,
    text: &str,
    pi: usize,
    facts: &ParagraphFacts,
    context: &Context,
    config: &Config,
) -> Decided {
    let p = &article.paragraphs[pi];
    let first = p.sentences.start;
    let own: Vec<Option<ResolvedAttribution>> = facts
        .sentences
        .iter()
        .enumerate()
        .map(|(k, f)| {
            f.attributions
                .first()
                .map(|a| resolve(article, first + k, a, config))
        })
        .collect();
    let speakers = quote_speakers(article, pi, facts, &own, context, config);
    let mut reports: Vec<(SentenceReport, Origin)> = Vec::with_capacity(own.len());
    let mut data: Vec<bool> = Vec::with_capacity(own.len());
    let mut findings: Vec<(Finding, Origin)> = Vec::new();
    for (k, f) in facts.sentences.iter().enumerate() {
        let i = first + k;
        let sentence = &article.sentences[i];
        let span = |range: std::ops::Range<usize>| p.prose.source_span(range);
        let claims: Vec<(ClaimKind, Span)> = f
            .claims
            .iter()
            .map(|c| (c.kind, span(c.range.clone())))
            .collect();
        let strong = claims.iter().find(|(k, _)| k.is_strong()).cloned();
        let figures_only = strong.is_some()
            && claims
                .iter()
                .all(|(k, _)| !k.is_strong() || *k == ClaimKind::Statistic);
        // A stance ("Ruiz opposed the bill") attributes a sentence with no claim in
        // it, but sources none: "he wanted cuts - inflation has hit 50-year lows"
        // keeps its flag.
        let own_source = own[k]
            .as_ref()
            .filter(|a| a.class != CueClass::Stance || strong.is_none());
        let (attribution, origin, from_data) = match own_source {
            Some(a) => (Some(a.clone()), Origin::Own, is_data(a)),
            None => match carried_from_quote(article, i, &speakers) {
                Some((a, origin)) => (Some(a), origin, false),
                None => match figures_only
                    .then(|| carried_figures(&reports, &data, context))
                    .flatten()
                    .or_else(|| {
                        (figures_only && f.poll_wording)
                            .then(|| polls::in_scope(&reports, context))
                            .flatten()
                    }) {
                    Some((a, origin)) => (Some(a), origin, true),
                    None => (None, Origin::Own, false),
                },
            },
        };
        data.push(from_data);
        let status = match (&attribution, &strong) {
            (Some(_), _) => Status::Attributed,
            (None, Some(_)) => Status::UnattributedClaim,
            (None, None) => Status::NotAClaim,
        };

        let before = findings.len();
        let mut found = Vec::new();
        if let Some(a) = &own[k] {
            let next = facts
                .sentences
                .get(k + 1)
                .map_or(context.next_explains, |n| n.anonymity_reason);
            source_findings(a, f.anonymity_reason || next, text, &mut found);
            for other in &f.other_sources {
                let other = resolve(article, i, other, config);
                let mut more = Vec::new();
                source_findings(&other, f.anonymity_reason || next, text, &mut more);
                more.retain(|m| !found.iter().any(|x| x.span.overlaps(m.span)));
                found.extend(more);
            }
        }
        // A stance sources nothing, so the sentence's hedges still need a source; nor
        // does a poll whose figures carry here own the sentence's "many analysts".
        let identified = attribution.as_ref().is_some_and(|a| {
            let carried_figure = from_data && a.class == CueClass::Carried;
            a.kind.is_identified() && a.class != CueClass::Stance && !carried_figure
        });
        let mut optional_findings = Vec::new();
        for (range, hedge) in &f.hedges {
            let span = span(range.clone());
            if identified || found.iter().any(|x: &Finding| x.span.overlaps(span)) {
                continue;
            }
            let words = &text[span.range()];
            let optional = match hedge {
                Hedge::Speculation => Some((
                    Rule::Speculation,
                    format!(
                        "Speculation: “{words}” hedges this without saying whose judgement it is. Say who thinks so, or state what is known."
                    ),
                )),
                Hedge::Quantity => Some((Rule::VagueQuantity, quantity_message(words))),
                _ => None,
            };
            if let Some((rule, message)) = optional {
                // Opt-in, and never in the way of the rules that are on by default.
                if config.enabled(rule) {
                    let mut f = finding(rule, span, message);
                    f.fixes.push(attribution_fix(sentence.span, text));
                    optional_findings.push(f);
                }
            } else if *hedge == Hedge::Vague {
                found.push(finding(Rule::VagueSource, span, vague_message(words)));
            } else {
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
                found.push(f);
            }
        }
        findings.extend(found.into_iter().map(|f| (f, Origin::Own)));
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
            // The nearest source named in the few sentences before, and where it came from.
            let report = |j: usize| -> Option<(&ResolvedAttribution, Origin)> {
                if j >= first {
                    let (r, origin) = &reports[j - first];
                    r.attribution.as_ref().map(|a| (a, *origin))
                } else {
                    let a = context.before[j].attribution.as_ref()?;
                    Some((a, Origin::Before(first - j)))
                }
            };
            let mut origin = Origin::Own;
            if let Some((near, from)) = (i.saturating_sub(NEAREST_SOURCE_WINDOW)..i)
                .rev()
                .find_map(|j| report(j).and_then(|(a, from)| Some((a.source?, from))))
            {
                f.related.push(Related {
                    span: near,
                    message: format!("nearest source named before it: {}", &text[near.range()]),
                });
                origin = from;
            }
            findings.push((f, origin));
        }
        for f in optional_findings {
            if !findings[before..]
                .iter()
                .any(|(x, _)| x.span.overlaps(f.span))
            {
                findings.push((f, Origin::Own));
            }
        }
        reports.push((
            SentenceReport {
                status,
                attribution,
                claims,
            },
            origin,
        ));
    }

    // Quotations nobody is said to have said.
    for (q, speaker) in p.quotes.clone().zip(&speakers) {
        let quote = &article.quotes[q];
        if speaker.is_none() && needs_speaker(quote, text) {
            let mut f = finding(
                Rule::UnattributedQuote,
                quote.span,
                format!(
                    "Quotation with no speaker: no one in this sentence or paragraph is said to have said these {} words. Add who said it (“…,” the mayor said).",
                    quote.words
                ),
            );
            f.fixes.extend(quote_fix(quote, text));
            findings.push((f, Origin::Own));
        }
    }

    findings.retain(|(f, _)| config.enabled(f.rule));
    for (f, _) in &mut findings {
        f.severity = config.severity(f.rule);
    }
    let figures = facts
        .sentences
        .iter()
        .flat_map(|f| &f.figures)
        .map(|f| (f.kind, p.prose.source_span(f.range.clone())))
        .collect();
    let ends_with_colon = p.prose.text.trim_end().ends_with(':');
    let last_quote_open = p
        .quotes
        .clone()
        .last()
        .is_some_and(|q| !article.quotes[q].closed);
    Decided {
        base: p.span.start,
        said: reports
            .iter()
            .map(|(r, origin)| match origin {
                Origin::Own => report_said(r, text),
                _ => 0,
            })
            .collect(),
        reports,
        data,
        findings,
        figures,
        colon: own.last().cloned().flatten().filter(|_| ends_with_colon),
        open_quote: last_quote_open.then(|| speakers.last().cloned().flatten()),
    }
}

fn vague_message(words: &str) -> String {
    format!(
        "Vague source: “{words}” does not say who. Name the people, the outlet or the document behind this ({{{{who?}}}})."
    )
}

fn quantity_message(words: &str) -> String {
    if words.ends_with("ly") {
        format!(
            "Generalisation: “{words}” claims a pattern without saying whose observation it is. Say who found it, or give the figures."
        )
    } else {
        format!(
            "Vague quantity: “{words}” does not say how many, or who counted. Give the number, or name the source ({{{{how many?}}}})."
        )
    }
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

fn resolve(article: &Article, i: usize, a: &Attribution, config: &Config) -> ResolvedAttribution {
    let prose = &article.paragraphs[article.sentences[i].paragraph].prose;
    let source = a.source.clone().map(|r| prose.source_span(r));
    let source_text = a.source.clone().map(|r| prose.text[r].to_owned());
    let mut kind = a.kind;
    if let Some(words) = &source_text {
        let words = words.to_lowercase();
        if config
            .trusted_sources
            .iter()
            .any(|t| !t.is_empty() && words.contains(&t.to_lowercase()))
        {
            kind = SourceKind::Named;
        }
    }
    ResolvedAttribution {
        cue: prose.source_span(a.cue.clone()),
        source,
        kind,
        class: a.class,
        negated: a.negated,
        cue_text: prose.text[a.cue.clone()].into(),
        source_text: source_text.map(Into::into),
    }
}

fn source_findings(
    a: &ResolvedAttribution,
    anonymity_explained: bool,
    text: &str,
    findings: &mut Vec<Finding>,
) {
    let Some(source) = a.source else { return };
    // "Then someone asked how …": a question asserts nothing that needs a source, and
    // nor does a refusal: "Officials declined to comment", "did not respond".
    let cue = a.cue_text.to_lowercase();
    if matches!(cue.as_str(), "ask" | "asks" | "asked" | "asking") || a.negated {
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

/// For each quotation of paragraph `pi`, who said it, if anyone in scope did.
/// `own` holds the paragraph's sentences' own attributions.
fn quote_speakers(
    article: &Article,
    pi: usize,
    facts: &ParagraphFacts,
    own: &[Option<ResolvedAttribution>],
    context: &Context,
    config: &Config,
) -> Vec<Option<Sourced>> {
    let p = &article.paragraphs[pi];
    let first = p.sentences.start;
    let own_of = |s: usize| own[s - first].as_ref();
    let mut speakers: Vec<Option<Sourced>> = Vec::with_capacity(p.quotes.len());
    for q in p.quotes.clone() {
        let quote = &article.quotes[q];
        let mut overlapping = p
            .sentences
            .clone()
            .filter(|&s| article.sentences[s].span.overlaps(quote.span));
        // (a) A cue outside the quotation in a sentence it shares.
        let mut speaker = overlapping
            .clone()
            .filter_map(own_of)
            .find(|a| !quote.span.covers(a.cue) && a.class != CueClass::Carried)
            .map(|a| (a.clone(), Origin::Own));
        let opens_paragraph = p.prose.text[..quote.prose.start].trim().is_empty();
        if speaker.is_none() && opens_paragraph && pi > 0 {
            // (b) The paragraph before ends "… X said:".
            speaker = context.colon.map(|a| (a.clone(), Origin::Colon));
            // (c) A quotation continued from the paragraph before.
            if speaker.is_none() && q == p.quotes.start {
                speaker = context
                    .open_quote
                    .flatten()
                    .map(|a| (a.clone(), Origin::OpenQuote));
            }
        }
        // (d) Someone speaking elsewhere in the same paragraph, named or not: "“…,” a
        // spokesman said. “…”" has a speaker, whom `anonymous-source` asks to name.
        // The last one before the quotation goes on speaking; failing that, the first
        // after it. One who did not speak ("He didn't suggest retaliation.") comes
        // last: "X hasn't said whether …, and he insisted …" still speaks.
        if speaker.is_none() {
            let speaking = |s: usize, negated: bool| {
                own_of(s).filter(|a| {
                    a.negated == negated
                        && matches!(a.class, CueClass::Speech | CueClass::Colon)
                        && (a.kind.is_identified() || a.kind == SourceKind::Anonymous)
                })
            };
            let before = |s: &usize| article.sentences[*s].span.start < quote.span.start;
            let nearest = |negated: bool| {
                let mut all = p.sentences.clone();
                all.clone()
                    .filter(before)
                    .filter_map(|s| speaking(s, negated))
                    .next_back()
                    .or_else(|| all.find_map(|s| speaking(s, negated)))
            };
            speaker = nearest(false)
                .or_else(|| nearest(true))
                .map(|a| (a.clone(), Origin::Own));
        }
        // (d') The paragraph before introduces the quotation with no speaker ("Her
        // remarks, in full:"): it is the last speaker's.
        if speaker.is_none() && opens_paragraph && context.colon_bare {
            speaker = (1..=NEAREST_SOURCE_WINDOW).find_map(|back| {
                context
                    .get(Origin::Before(back))
                    .filter(|a| speaks_on(a))
                    .map(|a| (a.clone(), Origin::Before(back)))
            });
        }
        // (e) A quotation that opens the paragraph straight after a quotation whose
        // speaker was named: news copy lets the same speaker go on ("“…,” Ruiz said."
        // then "“…”").
        if speaker.is_none()
            && opens_paragraph
            && q == p.quotes.start
            && context.adjacent
            && context.quote_last
        {
            speaker = context
                .get(Origin::Before(1))
                .filter(|a| speaks_on(a))
                .map(|a| (a.clone(), Origin::Before(1)));
        }
        // (f) A fragment quoted after a named subject's verb: "Ruiz attacked “the
        // harbour's lazy bookkeeping”".
        let fragment = || {
            p.prose.text[quote.prose.clone()]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_lowercase)
        };
        if speaker.is_none() && fragment() {
            speaker = overlapping.find_map(|s| {
                let a = facts.sentences[s - first].fragment_speaker.as_ref()?;
                (a.cue.end <= quote.prose.start)
                    .then(|| (resolve(article, s, a, config), Origin::Own))
            });
        }
        speakers.push(speaker);
    }
    speakers
}

/// True when a speaker named or described before may go on speaking in the next
/// quotation: they said something (not a refusal), in their own words or carried.
fn speaks_on(a: &ResolvedAttribution) -> bool {
    matches!(
        a.class,
        CueClass::Speech | CueClass::Colon | CueClass::Carried
    ) && a.kind.is_identified()
        && !a.negated
}

/// True when sentence `sentence` holds a quotation, or part of one.
fn holds_quote(article: &Article, sentence: usize) -> bool {
    let s = &article.sentences[sentence];
    article.paragraphs[s.paragraph]
        .quotes
        .clone()
        .any(|q| s.span.overlaps(article.quotes[q].span))
}

/// A sentence mostly inside a quotation of its paragraph carries the quotation's
/// speaker. `speakers` holds the speakers of the paragraph's quotations.
fn carried_from_quote(
    article: &Article,
    sentence: usize,
    speakers: &[Option<Sourced>],
) -> Option<Sourced> {
    let s = &article.sentences[sentence];
    let p = &article.paragraphs[s.paragraph];
    p.quotes.clone().zip(speakers).find_map(|(q, speaker)| {
        let quote = &article.quotes[q];
        let overlap = s
            .prose
            .end
            .min(quote.prose.end)
            .saturating_sub(s.prose.start.max(quote.prose.start));
        (overlap * 2 >= s.prose.len())
            .then_some(speaker.as_ref())
            .flatten()
            .map(|(a, origin)| (carried(a), *origin))
    })
}

/// Figures that follow a poll, survey or report within the paragraph or the next one:
/// "A Harbour Board survey found … Among dockers, 40 percent …". Chains through a run
/// of such sentences, since each carries the same source. `reports` holds the
/// paragraph's sentences decided so far.
fn carried_figures(
    reports: &[(SentenceReport, Origin)],
    data: &[bool],
    context: &Context,
) -> Option<Sourced> {
    let (a, origin, from_data) = match reports.last() {
        Some((r, origin)) => (r.attribution.as_ref()?, *origin, data[data.len() - 1]),
        None if context.adjacent => (
            context.before.last()?.attribution.as_ref()?,
            Origin::Before(1),
            context.data_last,
        ),
        None => return None,
    };
    from_data.then(|| (carried(a), origin))
}

/// An attribution to data: a document, poll or report ("a Harbour Board survey
/// found"), or someone whose findings or ratings these are ("Gallup found",
/// "PolitiFact rated"), or a named source that is data ("the Texas Tribune poll").
pub(super) fn is_data(a: &ResolvedAttribution) -> bool {
    a.kind == SourceKind::Document
        || a.class == CueClass::Evidential && a.kind.is_identified()
        || a.kind == SourceKind::Named && a.source_text.as_deref().is_some_and(names_data)
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

#[cfg(test)]
mod tests {
    use super::NEAREST_SOURCE_WINDOW;
    use crate::analysis::Analyzer;
    use crate::article::{Article, Format};

    /// Paragraphs that lean on their neighbours: a paragraph ending "X said:", a
    /// quotation running on into the next paragraph, figures carried from a survey,
    /// an anonymity explained in the next paragraph, the nearest source before a claim,
    /// a survey's figure two paragraphs after it, a quotation paragraph whose speaker
    /// the paragraph before named.
    const ARTICLE: &str = "# Harbour Week

Mayor Ana Ruiz spoke to dockers on Monday. Ruiz said:

“The port will reopen by Friday, and every shift will be paid in full.

“We have the money, and we have the ships waiting outside the breakwater.”

A Harbour Board survey found that most dockers back the strike.

Among crane drivers, 62 percent said they would walk out again.

Officials said the talks had stalled.

They spoke on condition of anonymity because the talks are private.

Among older dockers, support stood at 48 percent.

Traffic through Portmere fell 40 percent last year, the worst fall on record.

Experts say the strike could spread. “Nobody here has seen anything like this before,” a docker said.

“The vote is ours to win,” Mia Okafor said.

“Nobody will stop the ships, and nobody will pay us less.”

The ferry kept running.

Ruiz met the union on Friday.

The union said the vote would be held on Sunday.

Talks resumed at noon.
";

    #[test]
    fn an_edit_redecides_its_paragraph_and_matches_a_fresh_analysis() {
        let mut analyzer = Analyzer::default();
        let article = Article::parse(ARTICLE, Format::Markdown);
        analyzer.analyze(&article, ARTICLE);
        let paragraphs = article.paragraphs.len();
        assert_eq!(analyzer.decisions.decided, paragraphs);
        // An edit inside each paragraph in turn, then the same edit undone.
        for p in &article.paragraphs {
            let at = p.span.start + ARTICLE[p.span.start..].char_indices().nth(2).unwrap().0;
            let mut edited = ARTICLE.to_owned();
            edited.insert_str(at, "xyz ");
            for text in [edited.as_str(), ARTICLE] {
                let article = analyzer.parse(text, Format::Markdown);
                let incremental = analyzer.analyze(&article, text);
                // The edited paragraph, and those whose context reaches it: the next
                // few sentences look back at its sources, and a poll's figures in the
                // paragraphs after it carry its attribution.
                assert!(
                    analyzer.decisions.decided
                        <= 1 + super::polls::POLL_SCOPE + NEAREST_SOURCE_WINDOW,
                    "an edit at byte {at} re-decided {} of {paragraphs} paragraphs",
                    analyzer.decisions.decided
                );
                let fresh = Analyzer::default().analyze(&article, text);
                assert_eq!(incremental.sentences, fresh.sentences, "edit at {at}");
                assert_eq!(incremental.findings, fresh.findings, "edit at {at}");
                assert_eq!(incremental.figures, fresh.figures, "edit at {at}");
            }
        }
        // A paragraph that only moved is reused.
        let moved = format!("{ARTICLE}\nOne more line at the end.\n");
        let moved = moved.replacen("Harbour Week", "Harbour Week Two", 1);
        let article = analyzer.parse(&moved, Format::Markdown);
        analyzer.analyze(&article, &moved);
        assert!(
            analyzer.decisions.decided <= 2,
            "{}",
            analyzer.decisions.decided
        );
    }
}
