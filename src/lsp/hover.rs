//! Hover: a card for the entity or source under the cursor, built from what this
//! article says of it.

use super::documents::Snapshot;
use crate::analysis::SourceKind;
use crate::analysis::entities::Entity;
use crate::analysis::ner::EntityKind;
use crate::analysis::ner::gazetteer::Gazetteer;
use crate::text::Span;
use std::fmt::Write;

/// Most statements listed on a card.
const MAX_STATEMENTS: usize = 4;

/// The card for whatever is at byte `offset`: an entity, else a source.
pub fn card(s: &Snapshot, offset: usize) -> Option<(String, Span)> {
    entity_card(s, offset).or_else(|| source_card(s, offset))
}

/// The Markdown card for the entity mentioned at byte `offset`, and the mention's span.
pub fn entity_card(s: &Snapshot, offset: usize) -> Option<(String, Span)> {
    let (entity, mention) = s.entities().entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .find(|m| m.start <= offset && offset < m.end.max(m.start + 1))
            .map(|m| (e, *m))
    })?;
    Some((render_entity(s, entity), mention))
}

fn render_entity(s: &Snapshot, e: &Entity) -> String {
    let mut card = format!("**{}** · {}", e.name, e.kind.name());
    if let Some(d) = &e.description {
        let _ = write!(card, "\n\n*{d}*");
    }
    if e.kind == EntityKind::Place
        && let Some(place) = Gazetteer::builtin().get(&e.name.to_lowercase())
    {
        let what = match place.kind.as_str() {
            "country" => "Country".to_owned(),
            "city" => format!("City in {}", place.country),
            _ if place.country.is_empty() => "Region".to_owned(),
            _ => format!("Region of {}", place.country),
        };
        let people = if place.population > 0 {
            format!(", population {}", thousands(place.population))
        } else {
            String::new()
        };
        // Countries and cities come from GeoNames; regions from copydesk's own list.
        let source = if matches!(place.kind.as_str(), "country" | "city") {
            " (GeoNames)"
        } else {
            ""
        };
        let _ = write!(card, "\n\n{what}{people}{source}");
    }
    if e.kind == EntityKind::Organization
        && let Some(o) = std::iter::once(&e.name)
            .chain(&e.aliases)
            .find_map(|n| Gazetteer::builtin().organisation(n))
    {
        let _ = write!(card, "\n\n{}: {}", o.name, o.description);
    }
    card.push_str("\n\n");
    let aliases = e.shown_aliases();
    if !aliases.is_empty() {
        let _ = writeln!(card, "Also: {}  ", aliases.join(", "));
    }
    let first = e
        .mentions
        .first()
        .map_or(0, |m| s.lines.line_of(m.start) + 1);
    let n = e.mentions.len();
    let _ = write!(
        card,
        "Mentioned {n} time{}, first on line {first}.",
        if n == 1 { "" } else { "s" }
    );
    if !e.statements.is_empty() {
        card.push_str("\n\nQuoted or cited:");
        for (i, cue) in e.statements.iter().take(MAX_STATEMENTS) {
            let _ = write!(
                card,
                "\n- *{cue}*: {}",
                excerpt(s.article.sentence_text(&s.article.sentences[*i]))
            );
        }
        if e.statements.len() > MAX_STATEMENTS {
            let _ = write!(
                card,
                "\n- … and {} more",
                e.statements.len() - MAX_STATEMENTS
            );
        }
    }
    card
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The Markdown card for the source at byte `offset`, and the source's span.
pub fn source_card(s: &Snapshot, offset: usize) -> Option<(String, Span)> {
    let sources = &s.entities().sources;
    let (name, span, kind) = s
        .analysis
        .sentences
        .iter()
        .zip(sources)
        .find_map(|(r, entity)| {
            let a = r.attribution.as_ref()?;
            let src = a.source?;
            (src.start <= offset && offset < src.end.max(src.start + 1)).then(|| {
                (
                    entity
                        .clone()
                        .or_else(|| a.source_text.as_deref().map(str::to_owned)),
                    src,
                    a.kind,
                )
            })
        })?;
    let name = name?;
    let statements: Vec<(usize, &str, String)> = s
        .analysis
        .sentences
        .iter()
        .zip(&s.article.sentences)
        .zip(sources)
        .filter_map(|((r, sentence), entity)| {
            let a = r.attribution.as_ref()?;
            let same = entity.as_deref() == Some(name.as_str())
                || a.source_text.as_deref() == Some(name.as_str());
            same.then(|| {
                (
                    sentence.span.start,
                    &*a.cue_text,
                    excerpt(s.article.sentence_text(sentence)),
                )
            })
        })
        .collect();
    let mut card = format!("**{name}**");
    let what = match kind {
        SourceKind::Named | SourceKind::Pronoun => "named source",
        SourceKind::Role => "source by role",
        SourceKind::Document => "document or data",
        SourceKind::Vague => "vague source",
        SourceKind::Anonymous => "anonymous source",
        SourceKind::Missing => "source",
    };
    let first_line = statements
        .first()
        .map_or(0, |(at, _, _)| s.lines.line_of(*at) + 1);
    let _ = write!(
        card,
        " · {what}\n\nCited {} time{} in this article, first on line {first_line}.\n",
        statements.len(),
        if statements.len() == 1 { "" } else { "s" }
    );
    for (_, cue, text) in statements.iter().take(MAX_STATEMENTS) {
        let _ = write!(card, "\n- *{cue}*: {text}");
    }
    if statements.len() > MAX_STATEMENTS {
        let _ = write!(card, "\n- … and {} more", statements.len() - MAX_STATEMENTS);
    }
    Some((card, span))
}

fn excerpt(sentence: &str) -> String {
    const MAX: usize = 120;
    if sentence.chars().count() <= MAX {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}
