//! What an analysis reports: rule ids, severities, findings and their fixes.

use crate::text::Span;
use serde::{Deserialize, Serialize};

/// How serious a finding is, least serious first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A faint suggestion.
    Hint,
    /// Worth knowing; not necessarily wrong.
    Information,
    /// Should be fixed before publication.
    Warning,
    /// Must be fixed.
    Error,
}

impl Severity {
    /// The name used in output and configuration.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Information => "information",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses a name used in configuration or on the command line.
    pub fn parse(name: &str) -> Option<Severity> {
        match name.to_ascii_lowercase().as_str() {
            "hint" => Some(Severity::Hint),
            "information" | "info" => Some(Severity::Information),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A rule: a stable id, a default severity and a one-line rationale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A claim with no attribution in scope.
    UnattributedClaim,
    /// "Experts say": a source that names no one.
    VagueSource,
    /// "Officials said": an unnamed source with no reason given for anonymity.
    AnonymousSource,
    /// A direct quotation with no speaker.
    UnattributedQuote,
    /// "Reportedly": a hedge that reports without a reporter.
    HedgedReport,
    /// One entity spelled two ways, or a surname before the full name.
    InconsistentName,
    /// "May", "possibly", "is thought to": speculation nobody owns (opt-in).
    Speculation,
    /// "Many", "some", "generally": a quantity or pattern nobody counted (opt-in).
    VagueQuantity,
}

impl Rule {
    /// Every rule, in documentation order.
    pub const ALL: [Rule; 8] = [
        Rule::UnattributedClaim,
        Rule::VagueSource,
        Rule::AnonymousSource,
        Rule::UnattributedQuote,
        Rule::HedgedReport,
        Rule::InconsistentName,
        Rule::Speculation,
        Rule::VagueQuantity,
    ];

    /// The stable id used in output, configuration and suppression comments.
    pub fn id(self) -> &'static str {
        match self {
            Rule::UnattributedClaim => "unattributed-claim",
            Rule::VagueSource => "vague-source",
            Rule::AnonymousSource => "anonymous-source",
            Rule::UnattributedQuote => "unattributed-quote",
            Rule::HedgedReport => "hedged-report",
            Rule::InconsistentName => "inconsistent-name",
            Rule::Speculation => "speculation",
            Rule::VagueQuantity => "vague-quantity",
        }
    }

    /// The rule with this id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The severity a rule has unless configured otherwise.
    pub fn default_severity(self) -> Severity {
        match self {
            Rule::UnattributedClaim | Rule::VagueSource | Rule::UnattributedQuote => {
                Severity::Warning
            }
            Rule::AnonymousSource | Rule::InconsistentName => Severity::Information,
            Rule::HedgedReport | Rule::Speculation | Rule::VagueQuantity => Severity::Hint,
        }
    }

    /// Whether the rule runs unless configured otherwise. `inconsistent-name` is
    /// opt-in: on real articles most of what it sees is house style, not error.
    /// `speculation` is opt-in too: news copy is full of "may" and "could", and a
    /// desk that wants Wikipedia's {{weasel}} standard turns it on, and
    /// `vague-quantity` with it.
    pub fn default_enabled(self) -> bool {
        !matches!(
            self,
            Rule::InconsistentName | Rule::Speculation | Rule::VagueQuantity
        )
    }

    /// One line on what the rule finds.
    pub fn summary(self) -> &'static str {
        match self {
            Rule::UnattributedClaim => {
                "A statistic, prediction or characterisation with no source in the sentence."
            }
            Rule::VagueSource => {
                "A source that names no one (\"experts say\"): Wikipedia's {{who?}}."
            }
            Rule::AnonymousSource => {
                "An unnamed source with no reason given for granting anonymity."
            }
            Rule::UnattributedQuote => "A direct quotation with no speaker in scope.",
            Rule::HedgedReport => {
                "A hedge (\"reportedly\", \"is believed to\") with no one doing the reporting."
            }
            Rule::InconsistentName => {
                "A name spelled two ways, or a surname used before the full name is introduced."
            }
            Rule::Speculation => {
                "Speculation (\"may\", \"possibly\", \"is thought to\") that no source owns."
            }
            Rule::VagueQuantity => {
                "A vague quantity or generalisation (\"many\", \"some\", \"generally\") that no source owns."
            }
        }
    }

    /// Where the rule is documented.
    pub fn doc_url(self) -> String {
        format!(
            "https://github.com/copydesk/copydesk/blob/main/docs/rules.md#{}",
            self.id()
        )
    }
}

/// A text edit: replace `span` with `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The bytes to replace (empty to insert).
    pub span: Span,
    /// The new text.
    pub text: String,
}

/// A quick fix a writer can choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does, as shown in a menu.
    pub title: String,
    /// The edits that make it.
    pub edits: Vec<Edit>,
    /// The same edit as an LSP snippet (`${1:…}` placeholders), for clients that take them.
    pub snippet: Option<String>,
}

/// A place the writer may want to look at together with a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// Why.
    pub message: String,
}

/// One problem found in an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Which rule fired.
    pub rule: Rule,
    /// How serious it is (after configuration).
    pub severity: Severity,
    /// Why it fired, in words a writer understands.
    pub message: String,
    /// The exact text it is about.
    pub span: Span,
    /// Quick fixes.
    pub fixes: Vec<Fix>,
    /// Related places, such as the nearest candidate source.
    pub related: Vec<Related>,
}

/// Sorts findings into the order an editor lists them: by position, then rule.
pub(crate) fn in_document_order(findings: &mut [Finding]) {
    findings.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
}
