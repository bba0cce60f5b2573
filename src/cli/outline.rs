//! `copydesk outline`: the section tree as an indented list.

use crate::article::Section;
use crate::text::{LineIndex, PositionEncoding};
use std::io::Write;

/// Writes each section as `  title  (line N)`, indented by depth.
pub fn write(out: &mut impl Write, sections: &[Section], text: &str) -> std::io::Result<()> {
    let lines = LineIndex::new(text);
    fn walk(
        out: &mut impl Write,
        s: &Section,
        depth: usize,
        text: &str,
        lines: &LineIndex,
    ) -> std::io::Result<()> {
        let line = lines
            .position(text, s.heading.start, PositionEncoding::Utf16)
            .line
            + 1;
        writeln!(
            out,
            "{}{}  (line {line}, level {})",
            "  ".repeat(depth),
            s.title,
            s.level
        )?;
        s.children
            .iter()
            .try_for_each(|c| walk(out, c, depth + 1, text, lines))
    }
    sections
        .iter()
        .try_for_each(|s| walk(out, s, 0, text, &lines))
}
