//! Code actions: each finding's quick fixes, plus "ignore here" and "ignore in this
//! file", which insert suppression comments. All are `WorkspaceEdit`s computed here,
//! so they work in any client without plugins.
//!
//! On an entity's name there are also actions that teach the entity dictionary: add
//! the entity (as the kind the article suggests or another), or mark the name as not
//! an entity. Those run [`ADD_ENTITY`] and [`NOT_AN_ENTITY`] on the server, which
//! edits the dictionary file, never the document.

use super::convert::{Positions, diagnostic};
use super::documents::Snapshot;
use crate::analysis::{EntityKind, Finding};
use crate::article::Format;
use crate::text::Span;
use serde_json::{Value, json};

/// The command that adds an entity to the dictionary.
pub const ADD_ENTITY: &str = "copydesk.addEntity";
/// The command that lists a name as not an entity.
pub const NOT_AN_ENTITY: &str = "copydesk.markNotEntity";

/// The code actions for findings that overlap `range` (byte offsets), and for the
/// entity named at its start.
pub fn code_actions(snapshot: &Snapshot, p: &Positions, uri: &str, range: Span) -> Vec<Value> {
    let mut actions = findings_actions(snapshot, p, uri, range);
    actions.extend(entity_actions(snapshot, uri, range.start));
    actions
}

/// Dictionary actions for the entity mentioned at `offset`.
fn entity_actions(snapshot: &Snapshot, uri: &str, offset: usize) -> Vec<Value> {
    let Some(e) = snapshot.entities().entities.iter().find(|e| {
        e.mentions
            .iter()
            .any(|m| m.contains(offset) || m.end == offset)
    }) else {
        return Vec::new();
    };
    let kinds = std::iter::once(e.kind).chain(
        [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
        ]
        .into_iter()
        .filter(|k| *k != e.kind),
    );
    let mut actions: Vec<Value> = kinds
        .map(|kind| {
            let title = format!(
                "Add “{}” to the entity dictionary as {} {}",
                e.name,
                if kind == EntityKind::Organization { "an" } else { "a" },
                kind.name()
            );
            let entry = json!({"uri": uri, "name": e.name, "kind": kind.name(), "aliases": e.aliases, "description": e.description});
            json!({"title": title, "kind": "quickfix", "command": {"title": title, "command": ADD_ENTITY, "arguments": [entry]}})
        })
        .collect();
    let mention = e
        .mentions
        .iter()
        .find(|m| m.contains(offset) || m.end == offset)
        .map_or(e.name.as_str(), |m| &snapshot.text[m.range()]);
    let title = format!("“{mention}” is not an entity: add it to the dictionary");
    actions.push(json!({"title": title, "kind": "quickfix", "command": {"title": title, "command": NOT_AN_ENTITY, "arguments": [{"uri": uri, "name": mention}]}}));
    actions
}

fn findings_actions(snapshot: &Snapshot, p: &Positions, uri: &str, range: Span) -> Vec<Value> {
    let mut actions = Vec::new();
    for f in snapshot.analysis.findings.iter().filter(|f| {
        f.span.overlaps(range) || f.span.contains(range.start) || range.start == f.span.end
    }) {
        let diag = diagnostic(p, uri, f);
        for fix in &f.fixes {
            let edits: Vec<Value> = fix
                .edits
                .iter()
                .map(|e| json!({"range": p.range(e.span), "newText": e.text}))
                .collect();
            actions.push(action(&fix.title, uri, edits, &diag, true));
        }
        actions.push(action(
            &format!("Ignore {} here", f.rule.id()),
            uri,
            ignore_here(snapshot, p, f),
            &diag,
            false,
        ));
        actions.push(action(
            &format!("Ignore {} in this file", f.rule.id()),
            uri,
            ignore_in_file(snapshot, p, f),
            &diag,
            false,
        ));
    }
    actions
}

fn action(title: &str, uri: &str, edits: Vec<Value>, diag: &Value, preferred: bool) -> Value {
    json!({
        "title": title,
        "kind": "quickfix",
        "diagnostics": [diag],
        "isPreferred": preferred,
        "edit": {"changes": {uri: edits}},
    })
}

fn comment(format: Format, words: &str) -> String {
    match format {
        Format::Markdown => format!("<!-- {words} -->"),
        Format::PlainText => words.to_owned(),
    }
}

/// `copydesk-disable-next-line RULE` above the finding's line when that line starts
/// its paragraph; otherwise a disable/enable pair around the paragraph, so a wrapped
/// Markdown paragraph is not split.
fn ignore_here(s: &Snapshot, p: &Positions, f: &Finding) -> Vec<Value> {
    let rule = f.rule.id();
    let line = s.lines.line_of(f.span.start);
    let line_start = s.lines.line_span(line).map_or(0, |l| l.start);
    let paragraph = s
        .article
        .paragraphs
        .iter()
        .find(|para| para.span.contains(f.span.start))
        .map(|para| para.span);
    let para_line_start = paragraph.map(|para| {
        s.lines
            .line_span(s.lines.line_of(para.start))
            .map_or(0, |l| l.start)
    });
    let insert =
        |at: usize, text: String| json!({"range": p.range(Span::new(at, at)), "newText": text});
    match (paragraph, para_line_start) {
        (Some(para), Some(start)) if start != line_start => {
            let end_line = s
                .lines
                .line_span(s.lines.line_of(para.end))
                .map_or(s.text.len(), |l| l.end);
            vec![
                insert(
                    start,
                    format!(
                        "{}\n",
                        comment(s.article.format, &format!("copydesk-disable {rule}"))
                    ),
                ),
                insert(
                    end_line,
                    format!(
                        "\n{}",
                        comment(s.article.format, &format!("copydesk-enable {rule}"))
                    ),
                ),
            ]
        }
        _ => vec![insert(
            line_start,
            format!(
                "{}\n",
                comment(
                    s.article.format,
                    &format!("copydesk-disable-next-line {rule}")
                )
            ),
        )],
    }
}

/// `copydesk-disable RULE` before the article's first block (after any front matter).
fn ignore_in_file(s: &Snapshot, p: &Positions, f: &Finding) -> Vec<Value> {
    let first_block = s
        .article
        .headings
        .iter()
        .map(|h| h.span.start)
        .chain(s.article.paragraphs.iter().map(|p| p.span.start))
        .min()
        .unwrap_or(0);
    let at = s
        .lines
        .line_span(s.lines.line_of(first_block))
        .map_or(0, |l| l.start);
    let text = format!(
        "{}\n",
        comment(
            s.article.format,
            &format!("copydesk-disable {}", f.rule.id())
        )
    );
    vec![json!({"range": p.range(Span::new(at, at)), "newText": text})]
}
