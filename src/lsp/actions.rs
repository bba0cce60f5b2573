//! Code actions: each finding's quick fixes, plus "ignore here" and "ignore in this
//! file", which insert suppression comments. All are `WorkspaceEdit`s computed here,
//! so they work in any client without plugins.

use super::convert::{Positions, diagnostic};
use super::documents::Snapshot;
use crate::analysis::Finding;
use crate::article::Format;
use crate::text::Span;
use serde_json::{Value, json};

/// The code actions for findings that overlap `range` (byte offsets).
pub fn code_actions(snapshot: &Snapshot, p: &Positions, uri: &str, range: Span) -> Vec<Value> {
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
