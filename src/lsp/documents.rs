//! Open documents: their rope, version and format, and analysed snapshots.
//!
//! Everything here is synchronous and free of LSP types, so the server can hold the
//! store's lock only for the moment it takes to apply an edit or take a snapshot's
//! inputs, never across an analysis.

use crate::analysis::{Analysis, Analyzer, EntityIndex};
use crate::article::{Article, Format};
use crate::config::Config;
use crate::text::{Buffer, EditError, LineIndex, Position, PositionEncoding};
use std::collections::HashMap;
use std::sync::Arc;

/// Documents larger than this are kept in sync but not analysed: a news article is
/// a few hundred kilobytes at most, and analysing a 50 MB log file on every keystroke
/// would only make the editor wait. The command line checks files of any size.
pub const MAX_ANALYSED_BYTES: usize = 8 << 20;

/// An analysed version of a document: what requests read.
pub struct Snapshot {
    /// The document version it was made from.
    pub version: i32,
    /// The text of that version.
    pub text: String,
    /// Its line index.
    pub lines: LineIndex,
    /// The parsed article.
    pub article: Article,
    /// The analysis.
    pub analysis: Analysis,
    /// True when the text was over [`MAX_ANALYSED_BYTES`] and left unanalysed.
    pub too_large: bool,
}

impl Snapshot {
    /// The entity index, built by whoever asks first (see [`Analysis::entities`]).
    /// Should building it panic, hover and symbols go without entities, with an error
    /// in the log, and the next request tries again.
    pub fn entities(&self) -> &EntityIndex {
        static NONE: EntityIndex = EntityIndex {
            entities: Vec::new(),
            sources: Vec::new(),
        };
        let build = || self.analysis.entities(&self.article, &self.text);
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(build)).unwrap_or_else(|_| {
            tracing::error!(
                "building the entity index of version {} panicked",
                self.version
            );
            &NONE
        })
    }

    /// Parses and analyses `text`; over [`MAX_ANALYSED_BYTES`], an empty article.
    pub fn build(version: i32, text: String, format: Format, analyzer: &mut Analyzer) -> Snapshot {
        let lines = LineIndex::new(&text);
        let too_large = text.len() > MAX_ANALYSED_BYTES;
        let article = analyzer.parse(if too_large { "" } else { &text }, format);
        let analysis = if too_large {
            Analysis::default()
        } else {
            analyzer.analyze(&article, &text)
        };
        Snapshot {
            version,
            text,
            lines,
            article,
            analysis,
            too_large,
        }
    }
}

/// One open document.
pub struct Document {
    /// The version the client gave last.
    pub version: i32,
    /// How it is parsed.
    pub format: Format,
    buffer: Buffer,
    /// The configuration in force for it.
    pub config: Config,
    /// The analyzer, with its per-paragraph cache; taken out while an analysis runs.
    pub analyzer: Option<Analyzer>,
    /// The newest analysed snapshot, possibly of an older version.
    pub snapshot: Option<Arc<Snapshot>>,
    /// The user has been told this document is too large to analyse.
    pub size_reported: bool,
    /// The most bytes it has held, which decides whether closing it frees much.
    pub peak_bytes: usize,
    /// An edit arrived while an analysis was running; analyse again when it ends.
    pub rerun: bool,
}

/// One content change from `didChange`: a range (None for the whole document) and text.
pub struct Change {
    /// Start and end of the replaced range, or None to replace everything.
    pub range: Option<(Position, Position)>,
    /// The new text.
    pub text: String,
}

/// What happened to a `didChange`.
#[derive(Debug, PartialEq, Eq)]
pub enum Applied {
    /// Every change applied exactly.
    Exact,
    /// Applied, but some positions were out of range and clamped, or the version
    /// did not increase; worth a log line.
    Clamped(String),
}

/// The open documents, by URI.
#[derive(Default)]
pub struct Store {
    docs: HashMap<String, Document>,
}

impl Store {
    /// Opens (or reopens) a document.
    pub fn open(&mut self, uri: &str, version: i32, format: Format, text: &str, config: Config) {
        let analyzer = Some(Analyzer::new(config.clone()));
        self.docs.insert(
            uri.to_owned(),
            Document {
                version,
                format,
                buffer: Buffer::new(text),
                config,
                analyzer,
                snapshot: None,
                size_reported: false,
                peak_bytes: text.len(),
                rerun: false,
            },
        );
    }

    /// Closes a document; the most bytes it ever held, if it was open.
    pub fn close(&mut self, uri: &str) -> Option<usize> {
        self.docs.remove(uri).map(|d| d.peak_bytes)
    }

    /// The document at `uri`.
    pub fn get(&self, uri: &str) -> Option<&Document> {
        self.docs.get(uri)
    }

    /// The document at `uri`, mutably.
    pub fn get_mut(&mut self, uri: &str) -> Option<&mut Document> {
        self.docs.get_mut(uri)
    }

    /// All open URIs.
    pub fn uris(&self) -> Vec<String> {
        self.docs.keys().cloned().collect()
    }

    /// Applies `didChange` content changes in order; `None` if the document is not open.
    pub fn change(
        &mut self,
        uri: &str,
        version: i32,
        changes: Vec<Change>,
        encoding: PositionEncoding,
    ) -> Option<Applied> {
        let doc = self.docs.get_mut(uri)?;
        let mut problems = Vec::new();
        if version <= doc.version {
            problems.push(format!("version went from {} to {version}", doc.version));
        }
        for change in changes {
            match change.range {
                None => doc.buffer.replace_all(&change.text),
                Some((start, end)) => match doc.buffer.edit(start, end, &change.text, encoding) {
                    Ok(true) => {}
                    Ok(false) => problems.push(format!(
                        "range {start:?}..{end:?} was past the end and was clamped"
                    )),
                    Err(EditError::Reversed) => problems.push(format!(
                        "range {start:?}..{end:?} ends before it starts; change ignored"
                    )),
                },
            }
        }
        doc.version = version;
        doc.peak_bytes = doc.peak_bytes.max(doc.buffer.len_bytes());
        Some(if problems.is_empty() {
            Applied::Exact
        } else {
            Applied::Clamped(problems.join("; "))
        })
    }
}

impl Document {
    /// The current text.
    pub fn text(&self) -> String {
        self.buffer.text()
    }

    /// Uses `config` from now on, dropping cached work done under the old one.
    pub fn reconfigure(&mut self, config: Config) {
        if config != self.config {
            self.analyzer = Some(Analyzer::new(config.clone()));
            self.config = config;
            self.snapshot = None;
        }
    }

    /// The snapshot, if it is of the current version.
    pub fn current_snapshot(&self) -> Option<Arc<Snapshot>> {
        self.snapshot.clone().filter(|s| s.version == self.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn incremental_changes_and_bad_ranges() {
        let mut store = Store::default();
        store.open(
            "file:///a.md",
            1,
            Format::Markdown,
            "# T\n\nHello “world”.\n",
            Config::default(),
        );
        let applied = store.change(
            "file:///a.md",
            2,
            vec![Change {
                range: Some((pos(2, 7), pos(2, 12))),
                text: "there".into(),
            }],
            PositionEncoding::Utf16,
        );
        assert_eq!(applied, Some(Applied::Exact));
        assert_eq!(
            store.get("file:///a.md").unwrap().text(),
            "# T\n\nHello “there”.\n"
        );
        let clamped = store.change(
            "file:///a.md",
            2,
            vec![Change {
                range: Some((pos(9, 0), pos(9, 0))),
                text: "!".into(),
            }],
            PositionEncoding::Utf16,
        );
        assert!(matches!(clamped, Some(Applied::Clamped(_))));
        assert_eq!(
            store.change("file:///nope.md", 1, vec![], PositionEncoding::Utf16),
            None
        );
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "Experts say ",
            "costs rose 12 percent",
            ". ",
            "“We will win,” ",
            "she said",
            "\n",
            "\r\n",
            "\n\n",
            "🎉",
            "中文",
            "é",
            "# Title\n",
        ]);
        prop::collection::vec(pieces, 0..25).prop_map(|v| v.concat())
    }

    proptest! {
        /// Random edits applied incrementally with UTF-16 positions give the same text,
        /// and the same findings, as opening the final text fresh.
        #[test]
        fn incremental_equals_fresh(start in text_strategy(), edits in prop::collection::vec((0usize..200, 0usize..200, text_strategy()), 1..8)) {
            let enc = PositionEncoding::Utf16;
            let mut store = Store::default();
            store.open("u", 1, Format::Markdown, &start, Config::default());
            let mut expected = start.clone();
            for (k, (a, b, insert)) in edits.into_iter().enumerate() {
                let lines = LineIndex::new(&expected);
                let bounds: Vec<usize> = expected.char_indices().map(|(i, _)| i).chain([expected.len()]).collect();
                let (x, y) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
                let (from, to) = (x.min(y), x.max(y));
                let (p0, p1) = (lines.position(&expected, from, enc), lines.position(&expected, to, enc));
                let (from, to) = (lines.offset(&expected, p0, enc).0, lines.offset(&expected, p1, enc).0);
                expected.replace_range(from..to, &insert);
                store.change("u", 2 + k as i32, vec![Change { range: Some((p0, p1)), text: insert }], enc);
                // Re-analyse after every edit, reusing the cache, as the server does.
                let doc = store.get_mut("u").unwrap();
                let mut analyzer = doc.analyzer.take().unwrap();
                let snap = Snapshot::build(doc.version, doc.text(), Format::Markdown, &mut analyzer);
                doc.analyzer = Some(analyzer);
                doc.snapshot = Some(Arc::new(snap));
            }
            let doc = store.get("u").unwrap();
            prop_assert_eq!(doc.text(), expected.clone());
            let fresh = Snapshot::build(0, expected, Format::Markdown, &mut Analyzer::default());
            prop_assert_eq!(&doc.snapshot.as_ref().unwrap().analysis.findings, &fresh.analysis.findings);
        }
    }
}
