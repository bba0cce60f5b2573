//! `copydesk check`: diagnostics like a compiler's, as text, JSON or SARIF 2.1.0.

use super::model::{Located, diagnostic};
use crate::analysis::{Finding, Rule, Severity};
use crate::text::PositionEncoding;
use anstyle::{AnsiColor, Style};
use serde_json::{Value, json};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// Widest stretch of a source line shown under a diagnostic, in columns.
const WINDOW: usize = 100;

/// The findings for one checked file.
pub struct Checked {
    /// The name shown in output.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// What was found.
    pub findings: Vec<Finding>,
}

fn severity_style(s: Severity) -> Style {
    let colour = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Information => AnsiColor::Blue,
        Severity::Hint => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(colour.into())).bold()
}

/// Writes `path:line:col: severity[rule]: message` and the underlined source line.
pub fn write_text(out: &mut impl Write, file: &Checked) -> std::io::Result<()> {
    let loc = Located::new(&file.text);
    let bold = Style::new().bold();
    let dim = Style::new().fg_color(Some(AnsiColor::Blue.into())).bold();
    for f in &file.findings {
        let p = loc
            .lines
            .position(&file.text, f.span.start, PositionEncoding::Utf32);
        let style = severity_style(f.severity);
        writeln!(
            out,
            "{bold}{}:{}:{}:{bold:#} {style}{}[{}]{style:#}: {bold}{}{bold:#}",
            file.name,
            p.line + 1,
            p.character + 1,
            f.severity.name(),
            f.rule.id(),
            f.message
        )?;
        let line = loc.lines.line_span(p.line as usize).unwrap_or_default();
        let text = &file.text[line.range()];
        let (start, end) = (
            f.span.start - line.start,
            f.span.end.min(line.end).max(f.span.start) - line.start,
        );
        let (shown, pad, width) = window(text, start, end);
        let gutter = (p.line + 1).to_string();
        let blank = " ".repeat(gutter.len());
        writeln!(out, "{dim}{blank} |{dim:#}")?;
        writeln!(out, "{dim}{gutter} |{dim:#} {shown}")?;
        writeln!(
            out,
            "{dim}{blank} |{dim:#} {}{style}{}{style:#}",
            " ".repeat(pad),
            "^".repeat(width.max(1))
        )?;
        for fix in &f.fixes {
            writeln!(
                out,
                "{dim}{blank} = {dim:#}{bold}fix{bold:#}: {}",
                fix.title
            )?;
        }
        for r in &f.related {
            let rp = loc
                .lines
                .position(&file.text, r.span.start, PositionEncoding::Utf32);
            writeln!(
                out,
                "{dim}{blank} = {dim:#}{bold}note{bold:#}: {} ({}:{}:{})",
                r.message,
                file.name,
                rp.line + 1,
                rp.character + 1
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The part of a long line to show around bytes `start..end`, the display column
/// where the range starts in it, and the range's display width.
fn window(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    let width_of = |s: &str| UnicodeWidthStr::width(s);
    if width_of(line) <= WINDOW {
        return (
            line.to_owned(),
            width_of(&line[..start]),
            width_of(&line[start..end]),
        );
    }
    // Start a little before the range, on a character boundary.
    let mut from = start;
    let mut cols = 0;
    for (i, c) in line[..start].char_indices().rev() {
        cols += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if cols > 30 {
            break;
        }
        from = i;
    }
    let mut to = from;
    let mut cols = 0;
    for (i, c) in line[from..].char_indices() {
        cols += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if cols > WINDOW {
            break;
        }
        to = from + i + c.len_utf8();
    }
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < line.len() { "…" } else { "" };
    let shown = format!("{prefix}{}{suffix}", &line[from..to]);
    let pad = width_of(prefix) + width_of(&line[from..start]);
    let width = width_of(&line[start..end.min(to).max(start)]);
    (shown, pad, width)
}

/// A summary line: `2 warnings, 1 information in 1 file`.
pub fn summary(files: &[Checked]) -> String {
    let mut counts = [0usize; 4];
    for f in files.iter().flat_map(|f| &f.findings) {
        counts[f.severity as usize] += 1;
    }
    let names = [
        ("hint", "hints"),
        ("information", "information"),
        ("warning", "warnings"),
        ("error", "errors"),
    ];
    let parts: Vec<String> = (0..4)
        .rev()
        .filter(|&i| counts[i] > 0)
        .map(|i| {
            format!(
                "{} {}",
                counts[i],
                if counts[i] == 1 {
                    names[i].0
                } else {
                    names[i].1
                }
            )
        })
        .collect();
    let what = if parts.is_empty() {
        "no findings".to_owned()
    } else {
        parts.join(", ")
    };
    format!(
        "{what} in {} file{}",
        files.len(),
        if files.len() == 1 { "" } else { "s" }
    )
}

/// All files' diagnostics as JSON.
pub fn json(files: &[Checked]) -> Value {
    Value::Array(
        files
            .iter()
            .map(|f| {
                let loc = Located::new(&f.text);
                json!({"path": f.name, "diagnostics": f.findings.iter().map(|d| diagnostic(&loc, d)).collect::<Vec<_>>()})
            })
            .collect(),
    )
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

/// All files' diagnostics as a SARIF 2.1.0 log (columns in UTF-16 code units, 1-based).
pub fn sarif(files: &[Checked]) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "shortDescription": {"text": r.summary()},
                "helpUri": r.doc_url(),
                "defaultConfiguration": {"level": sarif_level(r.default_severity()), "enabled": r.default_enabled()},
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in files {
        let loc = Located::new(&file.text);
        for f in &file.findings {
            let s = loc
                .lines
                .position(&file.text, f.span.start, PositionEncoding::Utf16);
            let e = loc
                .lines
                .position(&file.text, f.span.end, PositionEncoding::Utf16);
            let chars = (
                loc.lines.char_offset(&file.text, f.span.start),
                loc.lines.char_offset(&file.text, f.span.end),
            );
            results.push(json!({
                "ruleId": f.rule.id(),
                "ruleIndex": Rule::ALL.iter().position(|r| *r == f.rule),
                "level": sarif_level(f.severity),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": file.name},
                    "region": {
                        "startLine": s.line + 1, "startColumn": s.character + 1,
                        "endLine": e.line + 1, "endColumn": e.character + 1,
                        "charOffset": chars.0, "charLength": chars.1 - chars.0,
                        "snippet": {"text": &file.text[f.span.range()]},
                    },
                }}],
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "copydesk",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/copydesk/copydesk",
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_show_a_window_around_the_range() {
        let line = format!(
            "{}growing concerns{}",
            "word ".repeat(40),
            " tail".repeat(40)
        );
        let start = line.find("growing").unwrap();
        let (shown, pad, width) = window(&line, start, start + "growing concerns".len());
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(
            &shown[shown.char_indices().nth(pad).unwrap().0..][..16],
            "growing concerns"
        );
        assert_eq!(width, 16);
    }
}
