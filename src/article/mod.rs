//! Parsing a document into an [`Article`]: its format, title, deck, section tree,
//! paragraphs of prose, sentences and direct quotations, each with byte spans into
//! the source.
//!
//! Analyses never look at markup: each paragraph carries its prose as plain text
//! ([`Prose`]) with a map back to source bytes, so a finding in the prose lands on
//! the exact characters of the source.

mod directives;
mod markdown;
mod plaintext;
mod prose;
mod quotes;
mod sections;
pub mod sentences;

pub use directives::{Directive, DirectiveKind};
pub use prose::Prose;
pub use quotes::{QuoteMark, find_quotes};
pub use sections::Section;

use crate::cache::Reuse;
use crate::text::{LineIndex, Span};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// How a document is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// CommonMark with the usual extensions (front matter, tables, footnotes).
    Markdown,
    /// Plain text: one paragraph per line or per block, headings as short lines.
    PlainText,
}

impl Format {
    /// The name used in JSON output (`markdown`, `plaintext`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::PlainText => "plaintext",
        }
    }

    /// Guesses the format from a file name: `.md`, `.markdown`, `.mdx` and friends are
    /// Markdown; anything else is plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
        {
            Some(ext)
                if matches!(
                    ext.as_str(),
                    "md" | "markdown" | "mdown" | "mkd" | "mdx" | "qmd" | "rmd"
                ) =>
            {
                Format::Markdown
            }
            _ => Format::PlainText,
        }
    }

    /// The format for an LSP language id, or `None` for languages copydesk ignores.
    pub fn from_language_id(id: &str) -> Option<Format> {
        match id {
            "markdown" | "mdx" | "quarto" | "rmd" => Some(Format::Markdown),
            "plaintext" | "text" => Some(Format::PlainText),
            _ => None,
        }
    }
}

/// What kind of block a paragraph of prose sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// An ordinary paragraph.
    Body,
    /// The standfirst under the title.
    Deck,
    /// A paragraph inside a block quote.
    BlockQuote,
    /// The text of a list item.
    ListItem,
    /// A table cell.
    TableCell,
}

/// A heading as found in the source, before it is placed in the section tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    /// 1 for the title, 2 and more for subheadings.
    pub level: u8,
    /// The heading's text without markup.
    pub title: String,
    /// The heading in the source (the whole line or setext block).
    pub span: Span,
}

/// A block of prose.
#[derive(Clone, Debug)]
pub struct Paragraph {
    /// The block in the source, markup included.
    pub span: Span,
    /// Which kind of block it is.
    pub kind: BlockKind,
    /// The prose with its map back to the source.
    pub prose: Prose,
    /// Indexes into [`Article::sentences`].
    pub sentences: Range<usize>,
    /// Indexes into [`Article::quotes`].
    pub quotes: Range<usize>,
    /// A hash of the prose text and of the source it came from, markup included:
    /// the key under which per-paragraph work is cached.
    pub text_hash: u64,
}

/// What a paragraph's prose splits into: sentences, and quotations with their
/// word counts.
struct Split {
    sentences: Vec<Range<usize>>,
    quotes: Vec<(QuoteMark, usize)>,
}

/// Sentence and quotation boundaries of the paragraphs parsed last time, by prose
/// text, so that after an edit only the edited paragraph is split again.
#[derive(Default)]
pub struct ParseCache {
    splits: Reuse<Arc<Split>>,
}

/// A sentence of a paragraph.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// The sentence in the source.
    pub span: Span,
    /// Its byte range inside the paragraph's prose text.
    pub prose: Range<usize>,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
}

/// A direct quotation.
#[derive(Clone, Debug)]
pub struct Quote {
    /// The quotation in the source, marks included.
    pub span: Span,
    /// Its byte range in the paragraph's prose text, marks included.
    pub prose: Range<usize>,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
    /// False when the paragraph ended before the closing mark (a quote that runs on
    /// into the next paragraph, as news style writes them).
    pub closed: bool,
    /// Words inside the marks.
    pub words: usize,
}

/// A parsed document; see the module documentation.
#[derive(Clone, Debug)]
pub struct Article {
    /// The format the document was parsed as.
    pub format: Format,
    /// Every heading in document order; the first level-1 heading is the title.
    pub headings: Vec<Heading>,
    /// The section tree built from the headings.
    pub sections: Vec<Section>,
    /// Index of the deck paragraph, if there is one.
    pub deck: Option<usize>,
    /// Paragraphs of prose in document order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in document order.
    pub sentences: Vec<Sentence>,
    /// Direct quotations in document order.
    pub quotes: Vec<Quote>,
    /// Suppression comments (`copydesk-disable …`).
    pub directives: Vec<Directive>,
}

/// A paragraph found by a format's block parser, before sentences are split.
pub(crate) struct RawParagraph {
    pub span: Span,
    pub kind: BlockKind,
    pub prose: Prose,
}

/// What a format's block parser yields.
pub(crate) struct Blocks {
    pub headings: Vec<Heading>,
    pub paragraphs: Vec<RawParagraph>,
    pub directives: Vec<Directive>,
}

impl Article {
    /// Parses `text` as `format`.
    pub fn parse(text: &str, format: Format) -> Article {
        Article::parse_with(text, format, &mut ParseCache::default())
    }

    /// Parses `text` as `format`, reusing the splits of paragraphs `cache` has seen
    /// (and keeping in it only this version's).
    pub fn parse_with(text: &str, format: Format, cache: &mut ParseCache) -> Article {
        let blocks = match format {
            Format::Markdown => markdown::blocks(text),
            Format::PlainText => plaintext::blocks(text, &LineIndex::new(text)),
        };
        Article::assemble(text, format, blocks, cache)
    }

    fn assemble(text: &str, format: Format, blocks: Blocks, cache: &mut ParseCache) -> Article {
        let Blocks {
            headings,
            paragraphs: raw,
            directives,
        } = blocks;
        let mut paragraphs = Vec::with_capacity(raw.len());
        let mut sentences = Vec::new();
        let mut quotes = Vec::new();
        cache.splits.begin(raw.len());
        for (index, p) in raw.into_iter().enumerate() {
            let hash = crate::cache::hash_of(&(p.prose.text.as_str(), &text[p.span.range()]));
            let split = match cache.splits.get(index, hash) {
                Some(split) => split,
                None => Arc::new(Split {
                    sentences: sentences::split(&p.prose.text),
                    quotes: find_quotes(&p.prose.text)
                        .into_iter()
                        .map(|q| {
                            let words = p.prose.text[q.inner.clone()].split_whitespace().count();
                            (q, words)
                        })
                        .collect(),
                }),
            };
            let first_sentence = sentences.len();
            for range in &split.sentences {
                sentences.push(Sentence {
                    span: p.prose.source_span(range.clone()),
                    prose: range.clone(),
                    paragraph: index,
                });
            }
            let first_quote = quotes.len();
            for (q, words) in &split.quotes {
                quotes.push(Quote {
                    span: p.prose.source_span(q.outer.clone()),
                    prose: q.outer.clone(),
                    paragraph: index,
                    closed: q.closed,
                    words: *words,
                });
            }
            cache.splits.keep(hash, split);
            paragraphs.push(Paragraph {
                span: p.span,
                kind: p.kind,
                prose: p.prose,
                sentences: first_sentence..sentences.len(),
                quotes: first_quote..quotes.len(),
                text_hash: hash,
            });
        }
        cache.splits.end();
        let title_span = headings.first().filter(|h| h.level == 1).map(|h| h.span);
        let deck = title_span.and_then(|t| find_deck(&paragraphs, t, &headings));
        if let Some(d) = deck {
            paragraphs[d].kind = BlockKind::Deck;
        }
        let sections = sections::build(&headings, text);
        Article {
            format,
            headings,
            sections,
            deck,
            paragraphs,
            sentences,
            quotes,
            directives,
        }
    }

    /// The title, if the document has one.
    pub fn title(&self) -> Option<&Heading> {
        self.headings.first().filter(|h| h.level == 1)
    }

    /// The text of a sentence in the paragraph's prose (markup removed).
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        &self.paragraphs[sentence.paragraph].prose.text[sentence.prose.clone()]
    }
}

/// The deck (standfirst): the paragraph right after the title, before any other
/// heading, when it is a single sentence and more prose follows, or when it is
/// wholly emphasised in Markdown.
fn find_deck(paragraphs: &[Paragraph], title: Span, headings: &[Heading]) -> Option<usize> {
    let first = paragraphs.iter().position(|p| p.span.start >= title.end)?;
    let p = &paragraphs[first];
    if p.kind != BlockKind::Body
        || headings
            .iter()
            .any(|h| h.span.start > title.end && h.span.start < p.span.start)
    {
        return None;
    }
    let single_sentence = p.sentences.len() == 1 && p.prose.text.split_whitespace().count() <= 60;
    let more_follows = paragraphs.len() > first + 1;
    (single_sentence && more_follows || p.prose.emphasised).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_headings_sections_and_non_prose() {
        let text = "---\ntitle: x\n---\n\nMain Title\n==========\n\n*A deck in italics.*\n\nBody with `code` and [a link](http://example.org/said).\n\n<!-- copydesk-disable vague-source -->\n\n## Sub\n\n```\nExperts say nothing here.\n```\n\n> Quoted block.\n\n- A list item.\n";
        let a = Article::parse(text, Format::Markdown);
        let titles: Vec<(u8, &str)> = a
            .headings
            .iter()
            .map(|h| (h.level, h.title.as_str()))
            .collect();
        assert_eq!(titles, [(1, "Main Title"), (2, "Sub")]);
        assert_eq!(a.sections[0].children[0].title, "Sub");
        assert_eq!(a.deck, Some(0));
        let prose: Vec<&str> = a.paragraphs.iter().map(|p| p.prose.text.as_str()).collect();
        assert_eq!(
            prose,
            [
                "A deck in italics.",
                "Body with and a link.",
                "Quoted block.",
                "A list item."
            ]
        );
        assert_eq!(a.paragraphs[2].kind, BlockKind::BlockQuote);
        assert_eq!(a.paragraphs[3].kind, BlockKind::ListItem);
        assert_eq!(a.directives.len(), 1);
        // Prose maps back to the exact source bytes, across the removed markup.
        let link = &a.paragraphs[1];
        assert_eq!(&text[link.prose.source_span(14..20).range()], "a link");
    }

    #[test]
    fn format_from_path_and_language_id() {
        assert_eq!(Format::from_path(Path::new("a/story.MD")), Format::Markdown);
        assert_eq!(Format::from_path(Path::new("story.txt")), Format::PlainText);
        assert_eq!(
            Format::from_language_id("plaintext"),
            Some(Format::PlainText)
        );
        assert_eq!(Format::from_language_id("rust"), None);
    }
}
