//! Byte offsets ⇄ line/column positions in UTF-8, UTF-16 or UTF-32 code units.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, exactly as LSP 3.17 counts them. The index
//! stores where each line starts and how many characters precede it, so a conversion
//! costs a binary search plus a scan of one line, never of the whole document.

use serde::Serialize;

/// The unit in which a column (`character`) is counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PositionEncoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units: the LSP default and what VS Code uses.
    #[default]
    Utf16,
    /// Unicode scalar values (characters).
    Utf32,
}

impl PositionEncoding {
    /// The LSP name of the encoding (`utf-8`, `utf-16`, `utf-32`).
    pub fn lsp_name(self) -> &'static str {
        match self {
            PositionEncoding::Utf8 => "utf-8",
            PositionEncoding::Utf16 => "utf-16",
            PositionEncoding::Utf32 => "utf-32",
        }
    }

    fn width(self, c: char) -> u32 {
        match self {
            PositionEncoding::Utf8 => c.len_utf8() as u32,
            PositionEncoding::Utf16 => c.len_utf16() as u32,
            PositionEncoding::Utf32 => 1,
        }
    }
}

/// A zero-based line and column, the column counted in some [`PositionEncoding`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Position {
    /// Zero-based line number.
    pub line: u32,
    /// Zero-based column in code units of the chosen encoding.
    pub character: u32,
}

/// Where each line of a text starts; see the module documentation.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset of the first byte of each line.
    starts: Vec<usize>,
    /// Byte offset just past each line's content (before its terminator).
    ends: Vec<usize>,
    /// Number of characters before each line start.
    chars_before: Vec<usize>,
    /// Whether each line is pure ASCII, so that every encoding equals bytes.
    ascii: Vec<bool>,
    /// Length of the text in bytes.
    len: usize,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut index = LineIndex {
            len: text.len(),
            ..Default::default()
        };
        let mut line_start = 0;
        let mut chars = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' || b == b'\r' {
                let end = i;
                let next = if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                index.push_line(text, line_start, end, &mut chars);
                chars += next - end;
                line_start = next;
                i = next;
            } else {
                i += 1;
            }
        }
        index.push_line(text, line_start, bytes.len(), &mut chars);
        index
    }

    fn push_line(&mut self, text: &str, start: usize, end: usize, chars: &mut usize) {
        let line = &text[start..end];
        let ascii = line.is_ascii();
        self.starts.push(start);
        self.ends.push(end);
        self.chars_before.push(*chars);
        self.ascii.push(ascii);
        *chars += if ascii {
            line.len()
        } else {
            line.chars().count()
        };
    }

    /// Number of lines (a text ending in a newline has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Length of the indexed text in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the indexed text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The byte range of line `line`'s content, without its terminator.
    pub fn line_span(&self, line: usize) -> Option<crate::text::Span> {
        Some(crate::text::Span::new(
            *self.starts.get(line)?,
            self.ends[line],
        ))
    }

    /// The zero-based line that contains byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The position of byte `offset` in `text` (which must be the indexed text).
    ///
    /// Offsets past the end clamp to the end; an offset inside a character or inside a
    /// line terminator moves back to the nearest valid place before it.
    pub fn position(&self, text: &str, offset: usize, encoding: PositionEncoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let offset = offset.min(self.ends[line]);
        let character = if self.ascii[line] || encoding == PositionEncoding::Utf8 {
            (offset - start) as u32
        } else {
            text[start..offset].chars().map(|c| encoding.width(c)).sum()
        };
        Position {
            line: line as u32,
            character,
        }
    }

    /// The number of characters (Unicode scalar values) before byte `offset`.
    pub fn char_offset(&self, text: &str, offset: usize) -> usize {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let within = if self.ascii[line] && offset <= self.ends[line] {
            offset - start
        } else {
            text[start..offset].chars().count()
        };
        self.chars_before[line] + within
    }

    /// The byte offset of `position` in `text`, following LSP: a line past the end
    /// means the end of the text, a column past the end of its line means the end of
    /// that line, and a column inside a character rounds down to its start.
    ///
    /// The second value is false when the position had to be clamped.
    pub fn offset(
        &self,
        text: &str,
        position: Position,
        encoding: PositionEncoding,
    ) -> (usize, bool) {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return (self.len, false);
        }
        let (start, end) = (self.starts[line], self.ends[line]);
        let wanted = position.character as usize;
        if self.ascii[line]
            || encoding == PositionEncoding::Utf8
                && text.is_char_boundary((start + wanted).min(end))
        {
            let offset = (start + wanted).min(end);
            return (offset, start + wanted <= end);
        }
        let mut units = 0usize;
        for (i, c) in text[start..end].char_indices() {
            let w = encoding.width(c) as usize;
            if units + w > wanted {
                return (start + i, units == wanted);
            }
            units += w;
        }
        (end, units == wanted)
    }
}

/// The largest char boundary at or before `offset`.
pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const STORY: &str = "# Council budget\n\nCritics slammed the plan — “naïve”, they said. It is very late.\r\nEmoji 🎉 end\rlast";

    #[test]
    fn lines_end_at_lf_crlf_and_cr() {
        let idx = LineIndex::new(STORY);
        assert_eq!(idx.line_count(), 5);
        assert_eq!(&STORY[idx.line_span(3).unwrap().range()], "Emoji 🎉 end");
        assert_eq!(&STORY[idx.line_span(4).unwrap().range()], "last");
    }

    #[test]
    fn utf16_utf8_and_utf32_columns_differ_after_non_ascii() {
        let idx = LineIndex::new(STORY);
        let very = STORY.find("very").unwrap();
        let p16 = idx.position(STORY, very, PositionEncoding::Utf16);
        let p8 = idx.position(STORY, very, PositionEncoding::Utf8);
        let p32 = idx.position(STORY, very, PositionEncoding::Utf32);
        assert_eq!((p16.line, p16.character), (2, 53));
        assert_eq!(p8.character, 60);
        assert_eq!(p32.character, 53);
        let end = STORY.find(" end").unwrap();
        assert_eq!(
            idx.position(STORY, end, PositionEncoding::Utf16).character,
            8
        );
        assert_eq!(
            idx.position(STORY, end, PositionEncoding::Utf32).character,
            7
        );
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let idx = LineIndex::new(STORY);
        assert_eq!(
            idx.offset(
                STORY,
                Position {
                    line: 99,
                    character: 0
                },
                PositionEncoding::Utf16
            ),
            (STORY.len(), false)
        );
        let (off, exact) = idx.offset(
            STORY,
            Position {
                line: 0,
                character: 500,
            },
            PositionEncoding::Utf16,
        );
        assert_eq!((off, exact), (16, false));
        // Inside the surrogate pair of 🎉: rounds down to the emoji.
        let emoji = STORY.find('🎉').unwrap();
        let (off, exact) = idx.offset(
            STORY,
            Position {
                line: 3,
                character: 7,
            },
            PositionEncoding::Utf16,
        );
        assert_eq!((off, exact), (emoji, false));
    }

    #[test]
    fn offset_inside_crlf_maps_to_line_end() {
        let idx = LineIndex::new(STORY);
        let cr = STORY.find("\r\n").unwrap();
        let p = idx.position(STORY, cr + 1, PositionEncoding::Utf16);
        assert_eq!(p, idx.position(STORY, cr, PositionEncoding::Utf16));
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "\n",
            "\r\n",
            "\r",
            "é",
            "e\u{301}",
            "中文",
            "🎉",
            "👩‍💻",
            "“",
            "—",
            "ï",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn roundtrip_every_char_boundary(text in text_strategy()) {
            let idx = LineIndex::new(&text);
            for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
                for (offset, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
                    let p = idx.position(&text, offset, enc);
                    let (back, _) = idx.offset(&text, p, enc);
                    // Offsets inside a CRLF map to the line end; every other boundary round-trips.
                    let inside_crlf = offset > 0 && text.as_bytes()[offset - 1] == b'\r' && text.as_bytes().get(offset) == Some(&b'\n');
                    if inside_crlf { prop_assert_eq!(back, offset - 1); } else { prop_assert_eq!(back, offset); }
                }
            }
        }

        #[test]
        fn char_offset_counts_scalars(text in text_strategy()) {
            let idx = LineIndex::new(&text);
            for (n, (offset, _)) in text.char_indices().enumerate() {
                prop_assert_eq!(idx.char_offset(&text, offset), n);
            }
            prop_assert_eq!(idx.char_offset(&text, text.len()), text.chars().count());
        }

        #[test]
        fn utf16_column_matches_encode_utf16(text in text_strategy()) {
            let idx = LineIndex::new(&text);
            for (offset, _) in text.char_indices() {
                let p = idx.position(&text, offset, PositionEncoding::Utf16);
                let line = idx.line_span(p.line as usize).unwrap();
                let expected = text[line.start..offset.min(line.end)].encode_utf16().count() as u32;
                prop_assert_eq!(p.character, expected);
            }
        }
    }
}
