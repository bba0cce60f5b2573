//! The whole-document entity step, which diagnostics do not need: whom each
//! sentence's source names, and the entity index built from every paragraph's
//! mentions.

use super::attribution::CueClass;
use super::names::NameBook;
use super::ner::Mention;
use super::{
    EntityIndex, ParagraphFacts, ResolvedAttribution, SentenceReport, SourceKind, entities,
};
use crate::article::Article;
use crate::dictionary::Dictionary;
use crate::text::Span;
use std::collections::HashMap;
use std::sync::Arc;

/// Builds the entity index and names each sentence's source after the entity it
/// mentions, or the full name the article gave it ("he" → "Vedant Patel").
pub(super) fn entity_index(
    article: &Article,
    text: &str,
    facts: &[Arc<ParagraphFacts>],
    headings: &[Arc<Vec<Mention>>],
    reports: &[SentenceReport],
    dictionary: &Dictionary,
) -> EntityIndex {
    let facts: Vec<_> = facts.iter().flat_map(|f| f.sentences.iter()).collect();
    // A source's full name, learnt in reading order; a carried attribution shares the
    // name of the one it was carried from, which has the same cue.
    let mut names = NameBook::default();
    let mut by_cue: HashMap<Span, Option<String>> = HashMap::new();
    let mut sources: Vec<Option<String>> = Vec::with_capacity(reports.len());
    for (f, r) in facts.iter().zip(reports) {
        names.learn(&f.names);
        let name = r
            .attribution
            .as_ref()
            .filter(|a| a.class != CueClass::Carried)
            .and_then(|a| {
                let source = a.source_text.as_deref()?;
                let name = match a.kind {
                    SourceKind::Named => names.resolve_name(source),
                    SourceKind::Pronoun => names.resolve_pronoun(source),
                    _ => None,
                };
                by_cue.insert(a.cue, name.clone());
                name
            });
        sources.push(name);
    }
    for (name, r) in sources.iter_mut().zip(reports) {
        if let Some(a) = r
            .attribution
            .as_ref()
            .filter(|a| a.class == CueClass::Carried)
        {
            *name = by_cue.get(&a.cue).cloned().flatten();
        }
    }
    let mentions: Vec<&[Mention]> = facts.iter().map(|f| f.mentions.as_slice()).collect();
    let attributions: Vec<Option<&ResolvedAttribution>> =
        reports.iter().map(|r| r.attribution.as_ref()).collect();
    let sports =
        super::sports::is_sports_story(facts.iter().map(|f| usize::from(f.sport_words)).sum());
    let capitals: Vec<bool> = facts.iter().map(|f| f.in_capitals).collect();
    let readings = entities::SentenceReadings {
        mentions: &mentions,
        capitals: &capitals,
        attributions: &attributions,
        sources: &sources,
        sports,
    };
    let entities = entities::index(article, text, &readings, headings, dictionary);
    let index = entities::MentionIndex::new(&entities);
    for (name, r) in sources.iter_mut().zip(reports) {
        if let Some(src) = r.attribution.as_ref().and_then(|a| a.source)
            && let Some(e) = index.within(src, &entities)
        {
            *name = Some(entities[e].name.clone());
        }
    }
    EntityIndex { entities, sources }
}
