//! Polls named once and reported for paragraphs: a poll story names its poll in the
//! lede, then gives its figures between quotations ("Among dockers, 40 percent back
//! the strike"). Those figures are the poll's, not unsourced claims.

use super::is_data;
use super::memo::{Context, Origin, Sourced, carried};
use crate::analysis::{ParagraphFacts, SentenceReport};

/// How many paragraphs after a poll is named, or last referred to, its figures need no
/// source of their own.
pub(super) const POLL_SCOPE: usize = 5;

/// The poll named last in the paragraph so far (`reports`) or within
/// [`POLL_SCOPE`] paragraphs before it, whose percentages a sentence goes on reporting:
/// "A Coast Herald poll found … [a quotation] … Among dockers, 40 percent back the
/// strike."
pub(super) fn in_scope(reports: &[(SentenceReport, Origin)], context: &Context) -> Option<Sourced> {
    if let Some((r, origin)) = reports.iter().rev().find(|(r, _)| names_poll(r)) {
        return Some((carried(r.attribution.as_ref()?), *origin));
    }
    let back = context.poll?;
    let a = context.get(Origin::Before(back))?;
    Some((carried(a), Origin::Before(back)))
}

/// A report sourced to a poll or survey: "a Coast Herald poll found", "according to
/// the Harbour University survey".
pub(super) fn names_poll(r: &SentenceReport) -> bool {
    r.attribution.as_ref().is_some_and(|a| {
        is_data(a)
            && a.source_text.as_deref().is_some_and(|s| {
                s.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "poll" | "polls" | "polling" | "survey" | "surveys"
                    )
                })
            })
    })
}

/// True when a sentence of the paragraph gives a statistic worded as a poll's finding,
/// so the paragraph's decisions may read a poll named before it.
pub(super) fn may_report(facts: &ParagraphFacts) -> bool {
    facts.sentences.iter().any(|f| f.poll_wording)
}

/// True when a paragraph goes on with a poll's story ("The poll was conducted …",
/// "46 percent of dockers said …"), so a poll in scope stays in scope for
/// [`POLL_SCOPE`] paragraphs after it.
pub(super) fn goes_on(facts: &ParagraphFacts) -> bool {
    facts.sentences.iter().any(|f| f.poll_reference)
}
