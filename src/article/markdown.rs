//! Markdown blocks through pulldown-cmark's offset iterator. Code, HTML, front
//! matter, link targets and images are not prose; link text is.

use super::{BlockKind, Blocks, Heading, Prose, RawParagraph, directives};
use crate::text::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

struct Open {
    prose: Prose,
    span: Option<Span>,
    kind: BlockKind,
    plain_text_seen: bool,
}

#[derive(Default)]
struct State {
    blocks: Vec<RawParagraph>,
    headings: Vec<Heading>,
    directives: Vec<crate::article::Directive>,
    open: Option<Open>,
    heading: Option<(u8, Span, String)>,
    skip: usize,
    emphasis: usize,
    quote_depth: usize,
    item_depth: usize,
    in_cell: bool,
}

impl State {
    fn kind(&self) -> BlockKind {
        if self.in_cell {
            BlockKind::TableCell
        } else if self.quote_depth > 0 {
            BlockKind::BlockQuote
        } else if self.item_depth > 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Body
        }
    }

    fn flush(&mut self) {
        if let Some(mut open) = self.open.take() {
            open.prose.trim_end();
            let has_words = open.prose.text.chars().any(char::is_alphanumeric);
            if let (true, Some(span)) = (has_words, open.span) {
                open.prose.emphasised = !open.plain_text_seen;
                self.blocks.push(RawParagraph {
                    span,
                    kind: open.kind,
                    prose: open.prose,
                });
            }
        }
    }

    fn text(&mut self, text: &str, range: Span) {
        if self.skip > 0 {
            return;
        }
        if let Some((_, _, title)) = &mut self.heading {
            title.push_str(text);
            return;
        }
        let kind = self.kind();
        let emphasised = self.emphasis > 0;
        let open = self.open.get_or_insert_with(|| Open {
            prose: Prose::default(),
            span: None,
            kind,
            plain_text_seen: false,
        });
        if open.prose.text.is_empty() {
            let trimmed = text.trim_start();
            let skipped = text.len() - trimmed.len();
            open.prose.push(
                trimmed,
                Span::new(range.start + skipped.min(range.len()), range.end),
            );
        } else {
            open.prose.push(text, range);
        }
        open.plain_text_seen |= !emphasised && !text.trim().is_empty();
        open.span = Some(open.span.map_or(range, |s| s.join(range)));
    }

    fn separator(&mut self) {
        if let Some((_, _, title)) = &mut self.heading {
            title.push(' ');
        } else if let Some(open) = &mut self.open {
            open.prose.push_separator();
        }
    }
}

/// Splits Markdown `text` into headings, paragraphs of prose and directives.
pub(crate) fn blocks(text: &str) -> Blocks {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH;
    let mut s = State::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let span = Span::from(range);
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => s.flush(),
                Tag::Heading { level, .. } => {
                    s.flush();
                    s.heading = Some((level as u8, span, String::new()));
                }
                Tag::BlockQuote(_) => {
                    s.flush();
                    s.quote_depth += 1;
                }
                Tag::Item | Tag::List(_) => {
                    s.flush();
                    if matches!(tag, Tag::Item) {
                        s.item_depth += 1;
                    }
                }
                Tag::TableCell => {
                    s.flush();
                    s.in_cell = true;
                }
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => {
                    s.skip += 1
                }
                Tag::Emphasis | Tag::Strong => s.emphasis += 1,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => s.flush(),
                TagEnd::Heading(_) => {
                    if let Some((level, span, title)) = s.heading.take() {
                        let end = span.start + text[span.range()].trim_end().len();
                        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !title.is_empty() {
                            s.headings.push(Heading {
                                level,
                                title,
                                span: Span::new(span.start, end),
                            });
                        }
                    }
                }
                TagEnd::BlockQuote(_) => {
                    s.flush();
                    s.quote_depth -= 1;
                }
                TagEnd::Item => {
                    s.flush();
                    s.item_depth -= 1;
                }
                TagEnd::List(_) => s.flush(),
                TagEnd::TableCell => {
                    s.flush();
                    s.in_cell = false;
                }
                TagEnd::CodeBlock
                | TagEnd::MetadataBlock(_)
                | TagEnd::Image
                | TagEnd::HtmlBlock => s.skip = s.skip.saturating_sub(1),
                TagEnd::Emphasis | TagEnd::Strong => s.emphasis = s.emphasis.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) => s.text(&t, span),
            Event::Code(_) => s.separator(),
            Event::SoftBreak | Event::HardBreak => s.separator(),
            Event::Html(html) | Event::InlineHtml(html) => {
                s.directives.extend(directives::in_html(&html, span.start));
            }
            _ => {}
        }
    }
    s.flush();
    Blocks {
        headings: s.headings,
        paragraphs: s.blocks,
        directives: s.directives,
    }
}
