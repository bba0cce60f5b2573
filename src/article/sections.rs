//! The section tree: each heading owns the text up to the next heading of the
//! same or a higher level.

use super::Heading;
use crate::text::Span;

/// A section of the article: a heading and everything under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading's text.
    pub title: String,
    /// 1 for the title, 2 and more for subheadings.
    pub level: u8,
    /// The heading in the source.
    pub heading: Span,
    /// The whole section, heading included, without trailing white space.
    pub range: Span,
    /// Sections nested under this one.
    pub children: Vec<Section>,
}

/// Builds the tree from headings in document order.
pub(crate) fn build(headings: &[Heading], text: &str) -> Vec<Section> {
    let mut flat: Vec<Section> = headings
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = headings[i + 1..]
                .iter()
                .find(|n| n.level <= h.level)
                .map_or(text.len(), |n| n.span.start);
            let end = h
                .span
                .end
                .max(h.span.start + text[h.span.start..end].trim_end().len());
            Section {
                title: h.title.clone(),
                level: h.level,
                heading: h.span,
                range: Span::new(h.span.start, end),
                children: Vec::new(),
            }
        })
        .collect();
    // Attach each section to the nearest earlier one with a lower level, innermost first.
    let mut roots = Vec::new();
    let mut stack: Vec<Section> = Vec::new();
    for section in flat.drain(..) {
        while stack.last().is_some_and(|top| top.level >= section.level) {
            close(&mut stack, &mut roots);
        }
        stack.push(section);
    }
    while !stack.is_empty() {
        close(&mut stack, &mut roots);
    }
    roots
}

fn close(stack: &mut Vec<Section>, roots: &mut Vec<Section>) {
    if let Some(done) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => roots.push(done),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nests_by_level_and_spans_to_the_next_peer() {
        let text = "# A\n\ntext\n\n## B\n\nb text\n\n### C\n\nc\n\n## D\n\nd\n";
        let h = |level, title: &str| {
            let start = text
                .find(&format!("{} {title}", "#".repeat(level as usize)))
                .unwrap();
            Heading {
                level,
                title: title.into(),
                span: Span::new(start, start + level as usize + 2),
            }
        };
        let tree = build(&[h(1, "A"), h(2, "B"), h(3, "C"), h(2, "D")], text);
        assert_eq!(tree.len(), 1);
        let a = &tree[0];
        assert_eq!(
            a.children
                .iter()
                .map(|c| c.title.as_str())
                .collect::<Vec<_>>(),
            ["B", "D"]
        );
        assert_eq!(
            &text[a.children[0].range.range()],
            "## B\n\nb text\n\n### C\n\nc"
        );
        assert_eq!(a.children[0].children[0].title, "C");
        assert_eq!(a.range.end, text.trim_end().len());
    }
}
