//! The document pass's memory: each paragraph's decisions from the last pass, the
//! context they were made in, and how reused decisions are moved to where their
//! paragraph now starts.

use super::NEAREST_SOURCE_WINDOW;
use crate::analysis::attribution::CueClass;
use crate::analysis::figures::FigureKind;
use crate::analysis::{Finding, ResolvedAttribution, SentenceReport};
use crate::cache::Reuse;
use crate::text::Span;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// Each paragraph's decisions from the last pass, by paragraph text and context.
#[derive(Default)]
pub(crate) struct Memo {
    pub(super) by_key: Reuse<Arc<Decided>>,
    /// How many paragraphs the last pass decided afresh.
    pub(super) decided: usize,
}

/// Where an attribution in a paragraph's decisions came from: the paragraph itself,
/// or its context. One carried from the context is taken from the current context
/// when the decisions are reused, since it may have moved apart from the paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Origin {
    /// A cue in the paragraph.
    Own,
    /// The paragraph before, ending "… X said:".
    Colon,
    /// The quotation the paragraph before left open.
    OpenQuote,
    /// The sentence this many sentences before the paragraph.
    Before(usize),
}

/// An attribution and where it came from.
pub(super) type Sourced = (ResolvedAttribution, Origin);

impl Memo {
    /// How many paragraphs the last pass decided afresh.
    pub(crate) fn decided(&self) -> usize {
        self.decided
    }
}

/// One paragraph's decisions, in source offsets as of when they were made.
pub(super) struct Decided {
    /// Where the paragraph started then.
    pub(super) base: usize,
    /// Each sentence's report, and where its attribution came from.
    pub(super) reports: Vec<(SentenceReport, Origin)>,
    /// What each report's own attribution says, hashed ([`said`]); unused for one
    /// carried from the context.
    pub(super) said: Vec<u64>,
    /// Which reports are sourced to data (see [`is_data`]), which figures after them carry.
    pub(super) data: Vec<bool>,
    /// Its findings after configuration, before suppression comments, each with
    /// where its related source came from.
    pub(super) findings: Vec<(Finding, Origin)>,
    pub(super) figures: Vec<(FigureKind, Span)>,
    /// When the paragraph ends "… X said:", its last sentence's own attribution.
    pub(super) colon: Option<ResolvedAttribution>,
    /// When its last quotation runs on into the next paragraph, who said it.
    pub(super) open_quote: Option<Option<Sourced>>,
}

/// What a paragraph's decisions depend on besides its own text.
pub(super) struct Context<'a> {
    /// Reports of every sentence before the paragraph; the last few are read.
    pub(super) before: &'a [SentenceReport],
    /// What each of their attributions says, hashed ([`said`]).
    pub(super) said: &'a [u64],
    /// The sentence just before the paragraph is in the paragraph just before it.
    pub(super) adjacent: bool,
    /// The sentence just before the paragraph is sourced to data ([`is_data`]).
    pub(super) data_last: bool,
    /// The sentence just before the paragraph holds a quotation.
    pub(super) quote_last: bool,
    /// The paragraph before ends "… X said:": its last sentence's own attribution.
    pub(super) colon: Option<&'a ResolvedAttribution>,
    /// The paragraph before ends on a colon that names no speaker ("Her remarks, in
    /// full:"): it introduces the quotation after it as the last speaker's.
    pub(super) colon_bare: bool,
    /// The paragraph before left a quotation open: who said it, if anyone.
    pub(super) open_quote: Option<Option<&'a ResolvedAttribution>>,
    /// The sentence after the paragraph says why a source is anonymous.
    pub(super) next_explains: bool,
    /// A poll named within the last few paragraphs ([`super::POLL_SCOPE`]): how many
    /// sentences before the paragraph its sentence stands.
    pub(super) poll: Option<usize>,
}

impl<'a> Context<'a> {
    /// A hash of everything the paragraph's decisions read from the context. Where
    /// an attribution stands changes no decision, only what it says, so positions
    /// are left out and a context that moved hashes the same.
    pub(super) fn fingerprint(&self, text: &str) -> u64 {
        let mut h = DefaultHasher::new();
        self.said[self.said.len().saturating_sub(NEAREST_SOURCE_WINDOW)..].hash(&mut h);
        self.adjacent.hash(&mut h);
        self.data_last.hash(&mut h);
        self.quote_last.hash(&mut h);
        self.colon.map(|a| said(a, text)).hash(&mut h);
        self.colon_bare.hash(&mut h);
        self.open_quote
            .map(|speaker| speaker.map(|a| said(a, text)))
            .hash(&mut h);
        self.next_explains.hash(&mut h);
        self.poll
            .map(|back| (back, self.said[self.said.len() - back]))
            .hash(&mut h);
        h.finish()
    }

    /// The context's attribution that `origin` names.
    pub(super) fn get(&self, origin: Origin) -> Option<&'a ResolvedAttribution> {
        match origin {
            Origin::Own => None,
            Origin::Colon => self.colon,
            Origin::OpenQuote => self.open_quote.flatten(),
            Origin::Before(back) => self.before[self.before.len().checked_sub(back)?]
                .attribution
                .as_ref(),
        }
    }
}

/// A hash of what an attribution says (its words, kinds and source as written),
/// not of where it is.
fn said(a: &ResolvedAttribution, text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    a.source.map(|s| &text[s.range()]).hash(&mut h);
    a.kind.hash(&mut h);
    a.class.hash(&mut h);
    a.cue_text.hash(&mut h);
    a.source_text.hash(&mut h);
    h.finish()
}

/// [`said`] of a report's attribution, if it has one.
pub(super) fn report_said(r: &SentenceReport, text: &str) -> u64 {
    r.attribution.as_ref().map_or(0, |a| said(a, text))
}

/// Moving a decision to where its paragraph now starts.
trait Shift {
    fn move_by(&mut self, by: isize);
}

impl Shift for Span {
    fn move_by(&mut self, by: isize) {
        *self = self.moved_by(by);
    }
}

impl Shift for ResolvedAttribution {
    fn move_by(&mut self, by: isize) {
        self.cue.move_by(by);
        if let Some(s) = &mut self.source {
            s.move_by(by);
        }
    }
}

fn moved<T: Shift + Clone>(x: &T, by: isize) -> T {
    let mut x = x.clone();
    if by != 0 {
        x.move_by(by);
    }
    x
}

/// An attribution carried into a sentence from elsewhere.
pub(super) fn carried(a: &ResolvedAttribution) -> ResolvedAttribution {
    let mut a = a.clone();
    a.class = CueClass::Carried;
    a
}

/// One paragraph's decisions as they stand in the current document.
#[derive(Default)]
pub(super) struct Materialized {
    pub(super) reports: Vec<SentenceReport>,
    pub(super) said: Vec<u64>,
    pub(super) findings: Vec<Finding>,
    pub(super) figures: Vec<(FigureKind, Span)>,
}

impl Decided {
    /// The decisions as they stand in the current document: the paragraph's own
    /// spans moved `by` bytes, what came from the context taken from `context`.
    pub(super) fn materialize(
        &self,
        by: isize,
        context: &Context,
        text: &str,
        out: &mut Materialized,
    ) {
        let Materialized {
            reports,
            said,
            findings,
            figures,
        } = out;
        for ((r, origin), own_said) in self.reports.iter().zip(&self.said) {
            let attribution = match origin {
                Origin::Own => r.attribution.as_ref().map(|a| moved(a, by)),
                from => context.get(*from).map(carried),
            };
            let mut claims = r.claims.clone();
            for (_, span) in &mut claims {
                span.move_by(by);
            }
            let report = SentenceReport {
                status: r.status,
                attribution,
                claims,
            };
            said.push(match origin {
                Origin::Own => *own_said,
                _ => report_said(&report, text),
            });
            reports.push(report);
        }
        for (f, origin) in &self.findings {
            let mut f = f.clone();
            f.span.move_by(by);
            for e in f.fixes.iter_mut().flat_map(|f| &mut f.edits) {
                e.span.move_by(by);
            }
            let from_context = context.get(*origin).and_then(|a| a.source);
            for r in &mut f.related {
                match from_context {
                    Some(source) => r.span = source,
                    None => r.span.move_by(by),
                }
            }
            findings.push(f);
        }
        figures.extend(self.figures.iter().map(|&(kind, mut span)| {
            span.move_by(by);
            (kind, span)
        }));
    }

    /// What the paragraph leaves for the next one's context: the attribution of an
    /// ending "… X said:", and the speaker of a quotation left open.
    #[allow(clippy::type_complexity)]
    pub(super) fn onward(
        &self,
        by: isize,
        context: &Context,
    ) -> (
        Option<ResolvedAttribution>,
        Option<Option<ResolvedAttribution>>,
    ) {
        let colon = self.colon.as_ref().map(|a| moved(a, by));
        let open_quote = self.open_quote.as_ref().map(|speaker| {
            speaker.as_ref().and_then(|(a, origin)| match origin {
                Origin::Own => Some(moved(a, by)),
                from => context.get(*from).cloned(),
            })
        });
        (colon, open_quote)
    }
}
