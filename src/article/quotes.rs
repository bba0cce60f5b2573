//! Direct quotations: curly double (“…”), straight double ("…"), guillemets and
//! curly single quotes (‘…’, told apart from apostrophes). A double quotation opened
//! with one style and closed with the other ("…” or “…") is still one: pasted copy
//! mixes them. Only the outermost
//! quotation is reported; a quotation still open at the end of the paragraph runs
//! to its end, as multi-paragraph quotes do in news style.

use std::ops::Range;

/// A quotation found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMark {
    /// The quotation with its marks.
    pub outer: Range<usize>,
    /// The quoted words without the marks.
    pub inner: Range<usize>,
    /// False when no closing mark was found.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Curly,
    Straight,
    Guillemet,
    Single,
}

/// Finds the outermost quotations in `text`.
pub fn find_quotes(text: &str) -> Vec<QuoteMark> {
    let mut found = Vec::new();
    if !text.contains(['"', '“', '„', '«', '‘']) && !text.contains("''") {
        return found; // most paragraphs quote no one
    }
    let mut open: Option<(Kind, usize, usize)> = None; // kind, start, inner start
    let mut depth_single = 0usize; // nested single quotes inside a double quote
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, mut c)) = chars.next() {
        let mut next = chars.peek().map(|n| n.1);
        let mut after = i + c.len_utf8();
        // Two apostrophes are a straight double mark in wire and archive copy
        // (''It's unusual,'' he said).
        if c == '\'' && next == Some('\'') {
            chars.next();
            next = chars.peek().map(|n| n.1);
            after += 1;
            c = '"';
        }
        let before = prev.replace(c);
        let prev = before;
        // A straight mark closes a curly quotation only where it ends a word, and so
        // does an opening mark typed where the closing one belongs ("“It’s odd,“ he
        // said").
        let loose_in_curly = matches!(open, Some((Kind::Curly, _, _))) && c != '”';
        let ends_word =
            prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(char::is_alphanumeric);
        match (open, c) {
            (None, '“' | '„') => open = Some((Kind::Curly, i, after)),
            (None, '«') => open = Some((Kind::Guillemet, i, after)),
            (None, '"') if opens(prev) => open = Some((Kind::Straight, i, after)),
            (None, '‘') if opens(prev) => open = Some((Kind::Single, i, after)),
            (Some((Kind::Curly, s, inner)), '”' | '"' | '“')
            | (Some((Kind::Straight, s, inner)), '"' | '”')
            | (Some((Kind::Guillemet, s, inner)), '»')
                if !loose_in_curly || ends_word =>
            {
                found.push(QuoteMark {
                    outer: s..after,
                    inner: inner..i,
                    closed: true,
                });
                open = None;
                depth_single = 0;
            }
            (Some((Kind::Single, s, inner)), '’') if !next.is_some_and(char::is_alphanumeric) => {
                found.push(QuoteMark {
                    outer: s..after,
                    inner: inner..i,
                    closed: true,
                });
                open = None;
            }
            (Some((Kind::Curly | Kind::Straight | Kind::Guillemet, _, _)), '‘') if opens(prev) => {
                depth_single += 1
            }
            (Some(_), '’') if depth_single > 0 && !next.is_some_and(char::is_alphanumeric) => {
                depth_single -= 1
            }
            _ => {}
        }
    }
    if let Some((_, s, inner)) = open {
        let end = text.trim_end().len().max(inner);
        found.push(QuoteMark {
            outer: s..end,
            inner: inner..end,
            closed: false,
        });
    }
    found
}

/// An opening mark follows the start of text, white space, an opening bracket or a dash.
fn opens(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '“' | '"')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        find_quotes(text)
            .into_iter()
            .map(|q| (&text[q.inner], q.closed))
            .collect()
    }

    #[test]
    fn curly_straight_single_and_apostrophes() {
        assert_eq!(
            quotes("He said “it’s done” and left."),
            [("it’s done", true)]
        );
        assert_eq!(
            quotes("She called it \"a disgrace,\" then sat."),
            [("a disgrace,", true)]
        );
        assert_eq!(quotes("‘CCP Won’t Stop’"), [("CCP Won’t Stop", true)]);
        assert_eq!(quotes("The workers’ union and Patel’s aides"), []);
        assert_eq!(
            quotes("“He told me ‘never again’ twice,” she said."),
            [("He told me ‘never again’ twice,", true)]
        );
    }

    #[test]
    fn a_quotation_may_open_in_one_style_and_close_in_the_other() {
        assert_eq!(
            quotes("\"We are behind,” said Ruiz. “Not for long,\" Dale said."),
            [("We are behind,", true), ("Not for long,", true)]
        );
        assert_eq!(
            quotes("''It's unusual,'' said Ruiz."),
            [("It's unusual,", true)]
        );
        assert_eq!(
            quotes("“It’s unusual,“ said Ruiz. “Not yet,” Dale said."),
            [("It’s unusual,", true), ("Not yet,", true)]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        assert_eq!(
            quotes("He said: “We will fight on. "),
            [("We will fight on.", false)]
        );
    }
}
