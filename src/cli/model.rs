//! The JSON shapes the command line prints: ranges with LSP positions and
//! character offsets, diagnostics, and the whole article model.

use crate::analysis::{Analysis, Finding, SourceKind};
use crate::article::{Article, Section};
use crate::text::{LineIndex, PositionEncoding, Span};
use serde_json::{Value, json};

/// A source text with its line index, for converting spans.
pub struct Located<'a> {
    /// The text.
    pub text: &'a str,
    /// Its line index.
    pub lines: LineIndex,
}

impl<'a> Located<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        Located {
            text,
            lines: LineIndex::new(text),
        }
    }

    /// `{"start": {line, character}, "end": …, "chars": [s, e]}` with UTF-16 columns.
    pub fn range(&self, span: Span) -> Value {
        let start = self
            .lines
            .position(self.text, span.start, PositionEncoding::Utf16);
        let end = self
            .lines
            .position(self.text, span.end, PositionEncoding::Utf16);
        json!({
            "start": {"line": start.line, "character": start.character},
            "end": {"line": end.line, "character": end.character},
            "chars": [self.lines.char_offset(self.text, span.start), self.lines.char_offset(self.text, span.end)],
        })
    }
}

/// One diagnostic as JSON.
pub fn diagnostic(loc: &Located, f: &Finding) -> Value {
    let fixes: Vec<Value> = f
        .fixes
        .iter()
        .map(|fix| {
            json!({
                "title": fix.title,
                "edits": fix.edits.iter().map(|e| json!({"range": loc.range(e.span), "newText": e.text})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let related: Vec<Value> = f
        .related
        .iter()
        .map(|r| json!({"range": loc.range(r.span), "message": r.message}))
        .collect();
    json!({
        "code": f.rule.id(),
        "severity": f.severity.name(),
        "message": f.message,
        "range": loc.range(f.span),
        "fixes": fixes,
        "related": related,
    })
}

fn section(loc: &Located, s: &Section) -> Value {
    json!({
        "title": s.title,
        "level": s.level,
        "range": loc.range(s.range),
        "heading": loc.range(s.heading),
        "children": s.children.iter().map(|c| section(loc, c)).collect::<Vec<_>>(),
    })
}

fn source_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "named",
        SourceKind::Pronoun => "pronoun",
        SourceKind::Role => "role",
        SourceKind::Document => "document",
        SourceKind::Vague => "vague",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Missing => "missing",
    }
}

/// The whole model of an article, as `copydesk analyze --format json` prints it.
pub fn article(path: &str, text: &str, article: &Article, analysis: &Analysis) -> Value {
    let loc = Located::new(text);
    let index = analysis.entities(article, text);
    let sentences: Vec<Value> = article
        .sentences
        .iter()
        .zip(&analysis.sentences)
        .zip(&index.sources)
        .map(|((s, r), entity)| {
            let a = r.attribution.as_ref();
            json!({
                "text": article.sentence_text(s),
                "range": loc.range(s.span),
                "status": r.status.name(),
                "cue": a.map(|a| json!({"text": &*a.cue_text, "range": loc.range(a.cue), "class": format!("{:?}", a.class).to_lowercase()})),
                "source": a.and_then(|a| a.source.map(|src| json!({
                    "text": a.source_text.as_deref(),
                    "range": loc.range(src),
                    "kind": source_kind(a.kind),
                    "entity": entity,
                }))),
                "claims": r.claims.iter().map(|(k, span)| json!({"kind": k.name(), "text": &text[span.range()], "range": loc.range(*span)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "path": path,
        "format": article.format.name(),
        "title": article.title().map(|h| h.title.clone()),
        "deck": article.deck.map(|d| loc.range(article.paragraphs[d].span)),
        "sections": article.sections.iter().map(|s| section(&loc, s)).collect::<Vec<_>>(),
        "sentences": sentences,
        "quotes": article.quotes.iter().map(|q| json!({"text": &text[q.span.range()], "range": loc.range(q.span), "closed": q.closed})).collect::<Vec<_>>(),
        "entities": index.entities.iter().map(|e| json!({
            "name": e.name,
            "kind": e.kind.name(),
            "aliases": e.aliases,
            "description": e.description,
            "mentions": e.mentions.iter().map(|m| loc.range(*m)).collect::<Vec<_>>(),
            "statements": e.statements.iter().map(|(i, cue)| json!({"cue": cue, "sentence": article.sentence_text(&article.sentences[*i])})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "figures": analysis.figures.iter().map(|(kind, span)| json!({"kind": kind.name(), "text": &text[span.range()], "range": loc.range(*span)})).collect::<Vec<_>>(),
        "diagnostics": analysis.findings.iter().map(|f| diagnostic(&loc, f)).collect::<Vec<_>>(),
    })
}
