//! `copydesk entities`: the article's entity index as a table.

use crate::analysis::entities::Entity;
use crate::text::LineIndex;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// Writes one row per entity: name, kind, mentions, first line, aliases, description.
pub fn write(out: &mut impl Write, entities: &[Entity], text: &str) -> std::io::Result<()> {
    let lines = LineIndex::new(text);
    let rows: Vec<[String; 6]> = entities
        .iter()
        .map(|e| {
            [
                e.name.clone(),
                e.kind.name().to_owned(),
                e.mentions.len().to_string(),
                e.mentions
                    .first()
                    .map_or(String::new(), |m| (lines.line_of(m.start) + 1).to_string()),
                e.shown_aliases().join(", "),
                e.description.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let header = [
        "NAME",
        "KIND",
        "MENTIONS",
        "FIRST LINE",
        "ALIASES",
        "DESCRIPTION",
    ]
    .map(str::to_owned);
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(UnicodeWidthStr::width(cell.as_str()));
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - UnicodeWidthStr::width(cell.as_str()) + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
