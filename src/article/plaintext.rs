//! Plain-text blocks. A paragraph is a line, or lines wrapped together inside a
//! block between blank lines. A heading is a short line that stands alone and has
//! no closing punctuation; the first line of the document, when it looks like
//! one, is the title.

use super::{BlockKind, Blocks, Heading, Prose, RawParagraph, directives};
use crate::text::{LineIndex, Span};

/// Longest line, in characters, that can still be a subheading.
const MAX_HEADING_CHARS: usize = 100;
/// Most words in a subheading.
const MAX_HEADING_WORDS: usize = 14;
/// Most words in a title.
const MAX_TITLE_WORDS: usize = 25;

/// Splits plain `text` into headings, paragraphs of prose and directives.
pub(crate) fn blocks(text: &str, index: &LineIndex) -> Blocks {
    let lines: Vec<Span> = (0..index.line_count())
        .filter_map(|l| index.line_span(l))
        .collect();
    let line_text = |i: usize| text[lines[i].range()].trim();
    let blank = |i: usize| i >= lines.len() || line_text(i).is_empty();

    let mut out = Blocks {
        headings: Vec::new(),
        paragraphs: Vec::new(),
        directives: Vec::new(),
    };
    let mut open: Option<(Prose, Span)> = None;
    let mut previous_ended = true; // the line before ended a paragraph (or there was none)
    let mut seen_text = false;

    #[allow(clippy::needless_range_loop)] // `i` also looks at the lines around it
    for i in 0..lines.len() {
        let t = line_text(i);
        if t.is_empty() {
            flush(&mut out, &mut open);
            previous_ended = true;
            continue;
        }
        let span = trimmed_span(text, lines[i]);
        if let Some(d) = directives::in_line(t, span) {
            flush(&mut out, &mut open);
            out.directives.push(d);
            previous_ended = true;
            continue;
        }
        let next = (!blank(i + 1)).then(|| line_text(i + 1));
        let is_title = !seen_text && looks_like_title(t, next);
        seen_text = true;
        if is_title
            || (previous_ended
                && looks_like_subheading(t, next, blank(i.wrapping_sub(1)) && blank(i + 1)))
        {
            flush(&mut out, &mut open);
            let title = t.split_whitespace().collect::<Vec<_>>().join(" ");
            out.headings.push(Heading {
                level: if is_title { 1 } else { 2 },
                title,
                span,
            });
            previous_ended = true;
            continue;
        }
        if previous_ended {
            flush(&mut out, &mut open);
        }
        let (prose, block) = open.get_or_insert_with(|| (Prose::default(), span));
        prose.push_separator();
        prose.push(t, span);
        *block = block.join(span);
        previous_ended = ends_paragraph(t);
    }
    flush(&mut out, &mut open);
    out
}

fn flush(out: &mut Blocks, open: &mut Option<(Prose, Span)>) {
    if let Some((prose, span)) = open.take() {
        out.paragraphs.push(RawParagraph {
            span,
            kind: BlockKind::Body,
            prose,
        });
    }
}

fn trimmed_span(text: &str, line: Span) -> Span {
    let s = &text[line.range()];
    let start = line.start + (s.len() - s.trim_start().len());
    Span::new(start, line.start + s.trim_end().len())
}

/// True when a line ends with punctuation that closes a sentence or clause,
/// possibly followed by closing quotes or brackets.
fn ends_paragraph(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*', '_']);
    core.ends_with(['.', '!', '?', ':', ';', '…'])
}

fn has_closing_punctuation(line: &str) -> bool {
    ends_paragraph(line) || line.ends_with(',')
}

fn starts_new_paragraph(next: Option<&str>) -> bool {
    next.and_then(|n| n.chars().next())
        .is_none_or(|c| !c.is_lowercase())
}

fn looks_like_title(line: &str, next: Option<&str>) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_TITLE_WORDS
        && !has_closing_punctuation(line)
        && starts_new_paragraph(next)
        && !is_list_item(line)
}

fn looks_like_subheading(line: &str, next: Option<&str>, surrounded_by_blanks: bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if line.chars().count() > MAX_HEADING_CHARS
        || words.len() > MAX_HEADING_WORDS
        || has_closing_punctuation(line)
        || !starts_new_paragraph(next)
        || is_list_item(line)
        || is_byline(&words)
        || line.contains(". ")
        || !line.chars().any(char::is_alphabetic)
        || is_table_row(&words)
    {
        return false;
    }
    surrounded_by_blanks || is_quoted(line) || is_title_case(&words) || is_all_caps(line)
}

/// A row of a results or figures table: half its words or more are numbers, and
/// at least two ("Eastbay 2 Portmere 1"; "Part 2" stays a heading).
fn is_table_row(words: &[&str]) -> bool {
    let numbers = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    numbers >= 2 && numbers * 2 >= words.len()
}

fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    // The bullet is one character, not one byte: "•" is three.
    t.strip_prefix(['-', '*', '•'])
        .is_some_and(|rest| rest.starts_with(' '))
        || t.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
        })
}

fn is_byline(words: &[&str]) -> bool {
    words.first().is_some_and(|w| *w == "By")
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

fn is_quoted(line: &str) -> bool {
    let first = line.chars().next();
    let last = line.chars().last();
    matches!(
        (first, last),
        (Some('‘'), Some('’'))
            | (Some('“'), Some('”'))
            | (Some('"'), Some('"'))
            | (Some('\''), Some('\''))
    )
}

fn is_all_caps(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// Title case: most words of four letters or more start with a capital.
fn is_title_case(words: &[&str]) -> bool {
    let long: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    !long.is_empty() && capitalised * 4 >= long.len() * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Blocks {
        blocks(text, &LineIndex::new(text))
    }

    fn headings(text: &str) -> Vec<(u8, String)> {
        parse(text)
            .headings
            .into_iter()
            .map(|h| (h.level, h.title))
            .collect()
    }

    #[test]
    fn title_deck_and_quoted_subheading_without_blank_lines() {
        let text = "Harbour Workers Walk Out Over Pay\n\
            The strike came amid growing anger among dockers.\n\
            On Monday, the union voted to strike.\n\
            ‘We Will Not Go Back’\n\
            The mayor said talks would resume.\n";
        assert_eq!(
            headings(text),
            [
                (1, "Harbour Workers Walk Out Over Pay".into()),
                (2, "‘We Will Not Go Back’".into())
            ]
        );
        assert_eq!(parse(text).paragraphs.len(), 3);
    }

    #[test]
    fn wrapped_paragraphs_join_and_short_wrapped_lines_are_not_headings() {
        let text = "City Council Votes\n\nThe council voted on Tuesday to approve\nthe budget after a long debate.\n\nReaction\n\nCritics said the plan\nWas rushed.\n";
        let b = parse(text);
        assert_eq!(
            b.paragraphs[0].prose.text,
            "The council voted on Tuesday to approve the budget after a long debate."
        );
        let h: Vec<_> = b.headings.iter().map(|h| h.title.as_str()).collect();
        assert_eq!(h, ["City Council Votes", "Reaction"]);
    }

    #[test]
    fn sentence_case_line_inside_text_is_not_a_heading() {
        let text = "Title Of The Story\n\nHe left early.\nthe rest of the day was quiet\nAnd then it rained.\n";
        assert_eq!(headings(text), [(1, "Title Of The Story".into())]);
    }

    #[test]
    fn bylines_and_list_items_are_not_headings() {
        let text = "A Title Here\nBy Jane Doe\n- First Point Here\n1. Second Point\n";
        assert_eq!(headings(text).len(), 1);
        // A multi-byte bullet, with or without a space after it (found by the fuzzer).
        let text = "A Title Here\n• Rents Are the Real Crisis\n•Rents Are the Real Crisis\n";
        assert_eq!(headings(text)[0], (1, "A Title Here".into()));
    }

    #[test]
    fn results_rows_are_not_headings_but_numbered_parts_are() {
        let text = "A Title Here

Eastbay 2 Portmere 1

Part 2

The port reopened.
";
        assert_eq!(
            headings(text),
            [(1, "A Title Here".into()), (2, "Part 2".into())]
        );
    }

    #[test]
    fn directive_lines_are_not_prose() {
        let b = parse("Title\n\ncopydesk-disable vague-source\nExperts say so.\n");
        assert_eq!(b.directives.len(), 1);
        assert_eq!(b.paragraphs.len(), 1);
    }
}
