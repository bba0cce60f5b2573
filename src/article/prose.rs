//! The plain text of a paragraph with a map back to source bytes.

use crate::text::Span;
use std::ops::Range;

/// One run of prose copied from the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Where the run starts in the prose text.
    prose: usize,
    /// Where it starts in the source.
    source: usize,
    /// Its length in the source; differs from the prose length when the source
    /// spelled it with an entity or an escape (`&amp;`, `\*`).
    source_len: usize,
}

/// A paragraph's prose: plain text without markup, soft line breaks as spaces,
/// with every byte mapped back to the source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prose {
    /// The plain text.
    pub text: String,
    pieces: Vec<Piece>,
    /// True when the whole paragraph is emphasised (`*…*`), as decks often are.
    pub emphasised: bool,
}

impl Prose {
    /// Appends `text`, which the source spells at `source`.
    pub fn push(&mut self, text: &str, source: Span) {
        // Removed markup ("a `code` span") must not leave a double space behind.
        let (text, source) = if self.text.ends_with(' ') && text.starts_with(' ') {
            let trimmed = text.trim_start_matches(' ');
            let cut = (text.len() - trimmed.len()).min(source.len());
            (trimmed, Span::new(source.start + cut, source.end))
        } else {
            (text, source)
        };
        if text.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            prose: self.text.len(),
            source: source.start,
            source_len: source.len(),
        });
        self.text.push_str(text);
    }

    /// Appends a separator (a space for a line break) that has no source bytes of its own.
    pub fn push_separator(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    /// Removes trailing white space.
    pub fn trim_end(&mut self) {
        let len = self.text.trim_end().len();
        self.text.truncate(len);
        self.pieces
            .retain(|p| p.prose < len || len == 0 && p.prose == 0);
    }

    /// The source offset of prose offset `at`.
    pub fn source_offset(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.prose <= at);
        if i == 0 {
            return self.pieces.first().map_or(0, |p| p.source);
        }
        let p = self.pieces[i - 1];
        p.source + (at - p.prose).min(p.source_len)
    }

    /// The source span of a prose range. A range ending at a piece boundary ends at
    /// the end of that piece, not at the start of the next one.
    pub fn source_span(&self, range: Range<usize>) -> Span {
        let start = self.source_offset(range.start);
        let end = if range.end > range.start {
            self.source_offset_end(range.end)
        } else {
            start
        };
        Span::new(start, end)
    }

    fn source_offset_end(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.prose < at);
        if i == 0 {
            return self.source_offset(at);
        }
        let p = self.pieces[i - 1];
        p.source + (at - p.prose).min(p.source_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_across_markup_and_breaks() {
        // Source: "Hi **there**\nyou" → prose "Hi there you"
        let mut p = Prose::default();
        p.push("Hi ", Span::new(0, 3));
        p.push("there", Span::new(5, 10));
        p.push_separator();
        p.push("you", Span::new(13, 16));
        assert_eq!(p.text, "Hi there you");
        assert_eq!(p.source_span(3..8), Span::new(5, 10));
        assert_eq!(p.source_span(0..12), Span::new(0, 16));
        assert_eq!(p.source_span(9..12), Span::new(13, 16));
    }

    #[test]
    fn entities_clamp_inside_their_source() {
        let mut p = Prose::default();
        p.push("A ", Span::new(0, 2));
        p.push("&", Span::new(2, 7)); // "&amp;"
        p.push(" B", Span::new(7, 9));
        assert_eq!(p.source_span(2..3), Span::new(2, 3));
        assert_eq!(p.source_span(0..5), Span::new(0, 9));
    }
}
