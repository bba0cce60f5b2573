//! Whether a sentence is worded as a poll's finding: who was polled, what they think,
//! how candidates stand. The document pass lets a poll named before source such a
//! sentence's figures.

/// Words that show a sentence reports what a poll asked: who was polled, what they
/// think, how candidates stand. "Nearly 10% of Ohio's population is Polish American"
/// has none of them, so a census figure after a poll still needs its source.
const POLL_WORDS: &[&str] = &[
    "voters",
    "respondents",
    "democrats",
    "republicans",
    "independents",
    "caucusgoers",
    "electorate",
    "adults",
    "supporters",
    "backers",
    "millennials",
    "registered",
    "undecided",
    "polled",
    "surveyed",
    "asked",
    "support",
    "supports",
    "supported",
    "approve",
    "approves",
    "approval",
    "disapprove",
    "favorable",
    "unfavorable",
    "favor",
    "favour",
    "oppose",
    "opposed",
    "prefer",
    "preferred",
    "chose",
    "choose",
    "selected",
    "say",
    "says",
    "said",
    "think",
    "believe",
    "view",
    "viewed",
    "trust",
    "honest",
    "backs",
    "backed",
    "vote",
    "leads",
    "trail",
    "trails",
    "trailed",
    "ahead",
    "behind",
    "lags",
    "margin",
    "get",
    "gets",
    "drew",
    "earned",
    "garnered",
    "sits",
    "yes",
    "unsure",
    "opinion",
    "rating",
    "head-to-head",
];

/// Words that refer back to a poll named before: "the poll was conducted", "those
/// surveyed", "respondents". "Polls" is left out: "the polls close at 8" and "leads in
/// the polls" speak of no poll in particular.
const POLL_MENTIONS: &[&str] = &["poll", "survey", "surveyed", "polled", "respondents"];

/// True when a sentence goes on with a poll's story: it mentions the poll or those it
/// asked ([`POLL_MENTIONS`]), or one of its `sources` is a share of them ("46 percent
/// of dockers said").
pub fn refers_to_poll<'a>(sentence: &str, mut sources: impl Iterator<Item = &'a str>) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| POLL_MENTIONS.iter().any(|m| w.eq_ignore_ascii_case(m)))
        || sources.any(|s| s.contains('%') || s.to_lowercase().contains("percent"))
}

/// A figure a poll reports: a percentage or a margin in points ("40 percent", "52%",
/// "by 4 percentage points").
fn is_share(figure: &str) -> bool {
    let figure = figure.to_lowercase();
    figure.contains('%')
        || figure.contains("percent")
        || figure.contains("per cent")
        || figure.contains("points")
}

/// True when a sentence's strong claims (`figures`, at least one) are all shares a
/// poll reports, and its words read as a poll's findings ([`POLL_WORDS`]).
pub fn reports_poll_shares(sentence: &str, figures: &[&str]) -> bool {
    !figures.is_empty() && figures.iter().all(|f| is_share(f)) && reads_as_poll(sentence)
}

/// True when the sentence's words read as a poll's findings ([`POLL_WORDS`]).
fn reads_as_poll(sentence: &str) -> bool {
    sentence
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|w| POLL_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::{reads_as_poll, refers_to_poll, reports_poll_shares};

    #[test]
    fn references_to_a_poll() {
        let none = std::iter::empty();
        assert!(refers_to_poll(
            "The poll was conducted by phone.",
            none.clone()
        ));
        assert!(refers_to_poll(
            "Most of those surveyed back the levy.",
            none.clone()
        ));
        assert!(refers_to_poll(
            "Some 46 percent of dockers said yes.",
            ["Some 46 percent of dockers"].into_iter()
        ));
        assert!(!refers_to_poll("Polls close at 8 p.m.", none.clone()));
        assert!(!refers_to_poll(
            "The harbour master said the port had reopened.",
            ["The harbour master"].into_iter()
        ));
    }

    #[test]
    fn poll_wording() {
        assert!(reads_as_poll(
            "Among registered voters, 54 percent back the union."
        ));
        assert!(reads_as_poll("Okafor sits at 11%."));
        assert!(!reads_as_poll(
            "Nearly 12 percent of Portmere’s population was born abroad."
        ));
        assert!(!reads_as_poll("Freight traffic fell 12 percent last year."));
        let sentence = "Ruiz leads with 41 percent, a record.";
        assert!(reports_poll_shares(sentence, &["41 percent"]));
        assert!(!reports_poll_shares(sentence, &["41 percent", "a record"]));
        assert!(!reports_poll_shares(sentence, &[]));
    }
}
