//! Translation between the engine and LSP shapes: spans ⇄ ranges in the negotiated
//! encoding, findings → diagnostics, sections → symbols, URIs → paths.

use crate::analysis::{Finding, Severity};
use crate::article::Section;
use crate::text::{LineIndex, Position, PositionEncoding, Span};
use serde::Serialize;
use serde_json::{Value, json};
use std::path::PathBuf;

/// A text with its line index and the encoding the client speaks.
pub struct Positions<'a> {
    /// The document text.
    pub text: &'a str,
    /// Its line index.
    pub lines: &'a LineIndex,
    /// The negotiated position encoding.
    pub encoding: PositionEncoding,
}

impl Positions<'_> {
    /// An LSP range for a span.
    pub fn range(&self, span: Span) -> Value {
        let s = self.lines.position(self.text, span.start, self.encoding);
        let e = self.lines.position(self.text, span.end, self.encoding);
        json!({"start": {"line": s.line, "character": s.character}, "end": {"line": e.line, "character": e.character}})
    }

    /// The byte offset of an LSP position (clamped as LSP says).
    pub fn offset(&self, line: u32, character: u32) -> usize {
        self.lines
            .offset(self.text, Position { line, character }, self.encoding)
            .0
    }
}

fn severity(s: Severity) -> u8 {
    match s {
        Severity::Error => 1,
        Severity::Warning => 2,
        Severity::Information => 3,
        Severity::Hint => 4,
    }
}

/// An LSP position, serialised as `{"line", "character"}`.
#[derive(Serialize)]
pub struct LspPosition {
    line: u32,
    character: u32,
}

/// An LSP range.
#[derive(Serialize)]
pub struct LspRange {
    start: LspPosition,
    end: LspPosition,
}

#[derive(Serialize)]
struct CodeDescription {
    href: String,
}

#[derive(Serialize)]
struct Location<'a> {
    uri: &'a str,
    range: LspRange,
}

#[derive(Serialize)]
struct RelatedInformation<'a> {
    location: Location<'a>,
    message: &'a str,
}

/// A finding as an LSP `Diagnostic`, borrowed from the finding, serialised straight to
/// JSON without an intermediate tree (a large article can have thousands).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LspDiagnostic<'a> {
    range: LspRange,
    severity: u8,
    code: &'static str,
    code_description: CodeDescription,
    source: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_information: Vec<RelatedInformation<'a>>,
}

impl Positions<'_> {
    /// A span as a typed LSP range.
    pub fn lsp_range(&self, span: Span) -> LspRange {
        let s = self.lines.position(self.text, span.start, self.encoding);
        let e = self.lines.position(self.text, span.end, self.encoding);
        LspRange {
            start: LspPosition {
                line: s.line,
                character: s.character,
            },
            end: LspPosition {
                line: e.line,
                character: e.character,
            },
        }
    }
}

/// A finding as an LSP `Diagnostic`.
pub fn lsp_diagnostic<'a>(p: &Positions, uri: &'a str, f: &'a Finding) -> LspDiagnostic<'a> {
    LspDiagnostic {
        range: p.lsp_range(f.span),
        severity: severity(f.severity),
        code: f.rule.id(),
        code_description: CodeDescription {
            href: f.rule.doc_url(),
        },
        source: "copydesk",
        message: &f.message,
        related_information: f
            .related
            .iter()
            .map(|r| RelatedInformation {
                location: Location {
                    uri,
                    range: p.lsp_range(r.span),
                },
                message: &r.message,
            })
            .collect(),
    }
}

/// A finding as an LSP `Diagnostic`, as a JSON value.
pub fn diagnostic(p: &Positions, uri: &str, f: &Finding) -> Value {
    serde_json::to_value(lsp_diagnostic(p, uri, f)).unwrap_or(Value::Null)
}

/// The parameters of `textDocument/publishDiagnostics`, serialised once.
pub fn publish_params(
    p: &Positions,
    uri: &str,
    version: i32,
    findings: &[Finding],
) -> Box<serde_json::value::RawValue> {
    #[derive(Serialize)]
    struct Params<'a> {
        uri: &'a str,
        version: i32,
        diagnostics: Vec<LspDiagnostic<'a>>,
    }
    let params = Params {
        uri,
        version,
        diagnostics: findings.iter().map(|f| lsp_diagnostic(p, uri, f)).collect(),
    };
    serde_json::value::to_raw_value(&params).expect("diagnostics serialise")
}

const SYMBOL_KIND_STRING: u8 = 15;

/// Sections as hierarchical `DocumentSymbol`s.
pub fn document_symbols(p: &Positions, sections: &[Section]) -> Vec<Value> {
    sections
        .iter()
        .map(|s| {
            json!({
                "name": s.title,
                "detail": format!("level {}", s.level),
                "kind": SYMBOL_KIND_STRING,
                "range": p.range(s.range),
                "selectionRange": p.range(s.heading),
                "children": document_symbols(p, &s.children),
            })
        })
        .collect()
}

/// Sections as flat `SymbolInformation`s, for clients without hierarchical support.
pub fn flat_symbols(
    p: &Positions,
    uri: &str,
    sections: &[Section],
    container: Option<&str>,
    out: &mut Vec<Value>,
) {
    for s in sections {
        let mut v = json!({"name": s.title, "kind": SYMBOL_KIND_STRING, "location": {"uri": uri, "range": p.range(s.range)}});
        if let Some(c) = container {
            v["containerName"] = json!(c);
        }
        out.push(v);
        flat_symbols(p, uri, &s.children, Some(&s.title), out);
    }
}

/// Entities as `SymbolInformation`s at their first mention, for workspace symbols.
pub fn entity_symbols(
    p: &Positions,
    uri: &str,
    entities: &[crate::analysis::entities::Entity],
) -> Vec<Value> {
    const SYMBOL_KIND_OBJECT: u8 = 19;
    entities
        .iter()
        .filter_map(|e| {
            let first = *e.mentions.first()?;
            Some(json!({"name": e.name, "kind": SYMBOL_KIND_OBJECT, "containerName": e.kind.name(), "location": {"uri": uri, "range": p.range(first)}}))
        })
        .collect()
}

/// The file path of a `file:` URI, percent-decoded.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

/// True when every character of `query` appears in `name` in order (case-insensitive).
pub fn fuzzy_match(query: &str, name: &str) -> bool {
    let mut chars = name.chars().flat_map(char::to_lowercase);
    query
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
        .all(|q| chars.any(|c| c == q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_decode() {
        assert_eq!(
            uri_to_path("file:///tmp/a%20b/story.md"),
            Some(PathBuf::from("/tmp/a b/story.md"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
    }

    #[test]
    fn fuzzy_matches_subsequences() {
        assert!(fuzzy_match("rct", "Reaction"));
        assert!(fuzzy_match("", "Anything"));
        assert!(!fuzzy_match("xyz", "Reaction"));
    }
}
