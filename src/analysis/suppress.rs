//! Applies suppression comments to findings.

use super::Finding;
use crate::article::{Directive, DirectiveKind};
use crate::text::LineIndex;

/// Drops the findings that a `copydesk-disable…` comment silences.
pub fn apply(findings: &mut Vec<Finding>, directives: &[Directive], text: &str) {
    if directives.is_empty() {
        return;
    }
    let lines = LineIndex::new(text);
    findings.retain(|f| !directives_silence(f, directives, text, &lines));
}

fn names(d: &Directive, f: &Finding) -> bool {
    d.rules.is_empty() || d.rules.iter().any(|r| r == f.rule.id())
}

fn directives_silence(
    f: &Finding,
    directives: &[Directive],
    text: &str,
    lines: &LineIndex,
) -> bool {
    let mut disabled = false;
    for d in directives
        .iter()
        .filter(|d| d.span.start <= f.span.start && names(d, f))
    {
        match d.kind {
            DirectiveKind::Disable => disabled = true,
            DirectiveKind::Enable => disabled = false,
            DirectiveKind::DisableNextLine => {
                // The next line that holds text after the comment's own line.
                let mut line = lines.line_of(d.span.end) + 1;
                while lines
                    .line_span(line)
                    .is_some_and(|s| text[s.range()].trim().is_empty())
                {
                    line += 1;
                }
                if lines.line_of(f.span.start) == line {
                    return true;
                }
            }
        }
    }
    disabled
}
