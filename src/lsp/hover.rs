//! Hover: a card for the source under the cursor, built from what this article
//! attributes to it.

use super::documents::Snapshot;
use crate::analysis::SourceKind;
use crate::text::Span;
use std::fmt::Write;

/// Most statements listed on a card.
const MAX_STATEMENTS: usize = 4;

/// The Markdown card for the source at byte `offset`, and the source's span.
pub fn source_card(s: &Snapshot, offset: usize) -> Option<(String, Span)> {
    let (name, span, kind) = s.analysis.sentences.iter().find_map(|r| {
        let a = r.attribution.as_ref()?;
        let src = a.source?;
        (src.start <= offset && offset < src.end.max(src.start + 1)).then(|| {
            (
                a.entity.clone().or_else(|| a.source_text.clone()),
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
        .filter_map(|(r, sentence)| {
            let a = r.attribution.as_ref()?;
            let same = a.entity.as_deref() == Some(name.as_str())
                || a.source_text.as_deref() == Some(name.as_str());
            same.then(|| {
                (
                    sentence.span.start,
                    a.cue_text.as_str(),
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
