//! Suppression comments: `copydesk-disable RULE…`, `copydesk-enable RULE…` and
//! `copydesk-disable-next-line RULE…`. Markdown writes them in HTML comments; plain
//! text on a line of their own. No rule named means every rule.

use crate::text::Span;

/// What a suppression comment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    /// Silence the rules from here on.
    Disable,
    /// Report the rules again from here on.
    Enable,
    /// Silence the rules on the next line of text only.
    DisableNextLine,
}

/// A suppression comment found in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// What it asks for.
    pub kind: DirectiveKind,
    /// The rules it names; empty means all rules.
    pub rules: Vec<String>,
    /// The comment in the source.
    pub span: Span,
}

/// Parses the words of a comment (without `<!--`/`-->`), or `None` when they are not
/// a copydesk directive.
pub fn parse(words: &str, span: Span) -> Option<Directive> {
    let mut it = words.split_whitespace();
    let kind = match it.next()? {
        "copydesk-disable" => DirectiveKind::Disable,
        "copydesk-enable" => DirectiveKind::Enable,
        "copydesk-disable-next-line" => DirectiveKind::DisableNextLine,
        _ => return None,
    };
    let rules = it
        .flat_map(|w| w.split(','))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    Some(Directive { kind, rules, span })
}

/// Finds every directive inside HTML comments in `html` (which starts at `offset`).
pub fn in_html(html: &str, offset: usize) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(open) = html[rest..].find("<!--") {
        let body_start = rest + open + 4;
        let Some(close) = html[body_start..].find("-->") else {
            break;
        };
        let body_end = body_start + close;
        let span = Span::new(offset + rest + open, offset + body_end + 3);
        found.extend(parse(&html[body_start..body_end], span));
        rest = body_end + 3;
    }
    found
}

/// Parses a plain-text line that holds only a directive (optionally in `<!-- -->`).
pub fn in_line(line: &str, span: Span) -> Option<Directive> {
    let t = line.trim();
    let t = t
        .strip_prefix("<!--")
        .and_then(|t| t.strip_suffix("-->"))
        .unwrap_or(t);
    parse(t, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_kind() {
        let d = in_html(
            "x <!-- copydesk-disable vague-source, hedged-report --> y",
            10,
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].kind, DirectiveKind::Disable);
        assert_eq!(d[0].rules, ["vague-source", "hedged-report"]);
        assert_eq!(d[0].span, Span::new(12, 65));
        assert_eq!(
            in_line("copydesk-disable-next-line", Span::new(0, 26))
                .unwrap()
                .kind,
            DirectiveKind::DisableNextLine
        );
        assert!(in_line("copydesk is great", Span::new(0, 17)).is_none());
        assert!(in_html("<!-- a comment -->", 0).is_empty());
    }
}
