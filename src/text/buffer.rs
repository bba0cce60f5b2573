//! The editable text of an open document: a rope that takes LSP range edits in
//! time proportional to the edit, not to the document.

use super::{Position, PositionEncoding};
use ropey::{Rope, RopeSlice};

/// Why an edit could not be applied exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The range ended before it started.
    Reversed,
}

/// A document's text as a rope, edited with LSP positions.
#[derive(Clone, Debug, Default)]
pub struct Buffer {
    rope: Rope,
}

impl Buffer {
    /// A buffer holding `text`.
    pub fn new(text: &str) -> Self {
        Buffer {
            rope: Rope::from_str(text),
        }
    }

    /// Replaces the whole text.
    pub fn replace_all(&mut self, text: &str) {
        self.rope = Rope::from_str(text);
    }

    /// Replaces the text between `start` and `end` with `text`.
    ///
    /// Positions past the end of a line or of the document are clamped, as LSP asks;
    /// the returned flag is false when that happened, so the caller can log it.
    pub fn edit(
        &mut self,
        start: Position,
        end: Position,
        text: &str,
        encoding: PositionEncoding,
    ) -> Result<bool, EditError> {
        let (from, exact_from) = self.char_index(start, encoding);
        let (to, exact_to) = self.char_index(end, encoding);
        if to < from {
            return Err(EditError::Reversed);
        }
        self.rope.remove(from..to);
        self.rope.insert(from, text);
        Ok(exact_from && exact_to)
    }

    /// The whole text as a `String`.
    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    /// Length in bytes.
    pub fn len_bytes(&self) -> usize {
        self.rope.len_bytes()
    }

    fn char_index(&self, position: Position, encoding: PositionEncoding) -> (usize, bool) {
        let line = position.line as usize;
        if line >= self.rope.len_lines() {
            return (self.rope.len_chars(), false);
        }
        let line_start = self.rope.line_to_char(line);
        let content = line_content(self.rope.line(line));
        let wanted = position.character as usize;
        let (col, exact) = match encoding {
            PositionEncoding::Utf32 => (
                wanted.min(content.len_chars()),
                wanted <= content.len_chars(),
            ),
            PositionEncoding::Utf16 => {
                let units = content.len_utf16_cu();
                let col = content.utf16_cu_to_char(wanted.min(units));
                (
                    col,
                    wanted <= units && content.char_to_utf16_cu(col) == wanted,
                )
            }
            PositionEncoding::Utf8 => {
                let bytes = content.len_bytes();
                let col = content.byte_to_char(wanted.min(bytes));
                (col, wanted <= bytes && content.char_to_byte(col) == wanted)
            }
        };
        (line_start + col, exact)
    }
}

/// A line without its terminator (`\n`, `\r\n` or `\r`).
fn line_content(line: RopeSlice<'_>) -> RopeSlice<'_> {
    let n = line.len_chars();
    let cut = match (
        n.checked_sub(2).map(|i| line.char(i)),
        n.checked_sub(1).map(|i| line.char(i)),
    ) {
        (Some('\r'), Some('\n')) => 2,
        (_, Some('\n')) | (_, Some('\r')) => 1,
        _ => 0,
    };
    line.slice(..n - cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::LineIndex;
    use proptest::prelude::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn edits_in_utf16_after_emoji_and_curly_quotes() {
        let mut b = Buffer::new("“Hi” 🎉 there\r\nsecond");
        // Replace "there" (UTF-16 col 8..13) with "you".
        assert_eq!(
            b.edit(pos(0, 8), pos(0, 13), "you", PositionEncoding::Utf16),
            Ok(true)
        );
        assert_eq!(b.text(), "“Hi” 🎉 you\r\nsecond");
        // Insert at the very end of line 0, before the CRLF.
        b.edit(pos(0, 11), pos(0, 11), "!", PositionEncoding::Utf16)
            .unwrap();
        assert_eq!(b.text(), "“Hi” 🎉 you!\r\nsecond");
    }

    #[test]
    fn out_of_range_positions_clamp_and_report() {
        let mut b = Buffer::new("abc\ndef");
        assert_eq!(
            b.edit(pos(0, 99), pos(7, 0), "", PositionEncoding::Utf16),
            Ok(false)
        );
        assert_eq!(b.text(), "abc");
        assert_eq!(
            b.edit(pos(0, 2), pos(0, 1), "", PositionEncoding::Utf16),
            Err(EditError::Reversed)
        );
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec!["a", " ", "\n", "\r\n", "é", "中", "🎉", "”"]);
        prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        /// An edit made through the rope equals the same edit made on a `String`
        /// with offsets from the line index.
        #[test]
        fn rope_edit_matches_string_edit(
            text in text_strategy(), insert in text_strategy(),
            a in 0usize..40, b in 0usize..40, enc_pick in 0usize..3,
        ) {
            let enc = [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32][enc_pick];
            let idx = LineIndex::new(&text);
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let (x, y) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let (from, to) = (x.min(y), x.max(y));
            let (p0, p1) = (idx.position(&text, from, enc), idx.position(&text, to, enc));
            let (from, to) = (idx.offset(&text, p0, enc).0, idx.offset(&text, p1, enc).0);
            let mut expected = text.clone();
            expected.replace_range(from..to, &insert);
            let mut buffer = Buffer::new(&text);
            buffer.edit(p0, p1, &insert, enc).unwrap();
            prop_assert_eq!(buffer.text(), expected);
        }
    }
}
