//! Claim signals in one sentence: what makes it a claim a reader would want
//! sourced. Strong signals (statistics, records, predictions, characterisations of
//! what a group thinks) can raise `unattributed-claim`; weak ones (superlatives,
//! causes) are checkable background and are only reported in the model.

use super::lexicon::Lexicon;
use super::public_record::PublicRecord;
use super::tokens::{TokenKind, is_capitalised, tokenize};
use std::ops::Range;

/// What kind of claim a signal marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// What a group thinks or fears: "growing concerns in Washington".
    Characterisation,
    /// A percentage, a multiple or a change by a number.
    Statistic,
    /// "a record", "all-time high", "unprecedented".
    Record,
    /// "is likely to", "will almost certainly".
    Prediction,
    /// "the largest", "the worst": checkable background.
    Superlative,
    /// "because of", "led to": checkable background.
    Causal,
}

impl ClaimKind {
    /// True when the signal alone makes the sentence need a source.
    pub fn is_strong(self) -> bool {
        !matches!(self, ClaimKind::Superlative | ClaimKind::Causal)
    }

    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Characterisation => "characterisation",
            ClaimKind::Statistic => "statistic",
            ClaimKind::Record => "record",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Causal => "causal",
        }
    }

    /// Why a claim of this kind needs a source, for diagnostic messages.
    pub fn why(self) -> &'static str {
        match self {
            ClaimKind::Characterisation => "characterises what a group thinks or feels",
            ClaimKind::Statistic => "states a figure",
            ClaimKind::Record => "claims a record",
            ClaimKind::Prediction => "predicts what will happen",
            ClaimKind::Superlative => "makes a superlative claim",
            ClaimKind::Causal => "asserts a cause",
        }
    }
}

/// A claim signal: its kind and byte range in the paragraph's prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimSignal {
    /// What kind of claim.
    pub kind: ClaimKind,
    /// The words that signal it.
    pub range: Range<usize>,
}

/// Verbs of a change by a number: "rose 4.2", "doubled".
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "falls",
    "increased",
    "decreased",
    "grew",
    "grown",
    "dropped",
    "declined",
    "jumped",
    "surged",
    "plunged",
    "soared",
    "climbed",
    "slumped",
    "tumbled",
    "doubled",
    "tripled",
    "quadrupled",
    "halved",
    "shrank",
    "expanded",
    "slid",
];
/// Nouns a percentage can set rather than measure: "a 4 percent surcharge", "the
/// 15 percent threshold" state the terms of a rule, not a finding that needs a source.
const PARAMETER_NOUNS: &[&str] = &[
    "tax",
    "taxes",
    "surtax",
    "surcharge",
    "tariff",
    "tariffs",
    "levy",
    "duty",
    "duties",
    "threshold",
    "cap",
    "ceiling",
    "quota",
    "fee",
    "fees",
    "commission",
    "discount",
    "stake",
    "rate",
    "turnout",
];
/// Words before a percentage that make it a term set by a rule: "a tax rate of 28
/// percent", "cap deductions at 28 percent".
const PARAMETER_PREPOSITIONS: &[&str] = &["of", "to", "at"];
/// Owners that make a feeling the writer's or speaker's own, not a group's: "I have
/// serious concerns".
const FIRST_PERSON: &[&str] = &["i", "we", "my", "our", "me", "us"];
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "among",
    "across",
    "within",
    "inside",
    "throughout",
    "from",
];

/// Finds claim signals in `text[sentence]`, ignoring words inside `quotes`.
pub fn find(
    text: &str,
    sentence: Range<usize>,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
) -> Vec<ClaimSignal> {
    let body = &text[sentence.clone()];
    if body.trim_end_matches(['”', '"', '’', ')']).ends_with('?') {
        return Vec::new(); // questions claim nothing
    }
    let base = sentence.start;
    let tokens = tokenize(body);
    let quoted = |r: &Range<usize>| {
        quotes
            .iter()
            .any(|q| q.start < r.end + base && r.start + base < q.end)
    };
    let lower: Vec<String> = tokens.iter().map(|t| t.text(body).to_lowercase()).collect();
    // A poll's own margin of error describes the poll; its figures are not findings.
    let methodology = lower
        .windows(3)
        .any(|w| w[0] == "margin" && w[1] == "of" && w[2] == "error")
        || lower
            .windows(2)
            .any(|w| w[0] == "sampling" && w[1] == "error");
    let record = PublicRecord::of(&lower);
    let mut found = Vec::new();
    let mut push = |kind, r: Range<usize>| {
        if !quoted(&r) {
            found.push(ClaimSignal {
                kind,
                range: r.start + base..r.end + base,
            });
        }
    };
    for (i, t) in tokens.iter().enumerate() {
        let w = lower[i].as_str();
        // Characterisation: "growing concerns", "widespread public anger", plus where: "in Washington and Brussels".
        let first_person =
            (i.saturating_sub(3)..i).any(|j| FIRST_PERSON.contains(&lower[j].as_str()));
        if lexicon.sentiment_modifiers.contains(w) && !first_person {
            let noun = (i + 1..(i + 3).min(tokens.len()))
                .find(|&j| lexicon.sentiment_nouns.contains(lower[j].as_str()));
            if let Some(j) = noun {
                let mut end = j + 1;
                if end < tokens.len() && PLACE_PREPOSITIONS.contains(&lower[end].as_str()) {
                    let mut k = end + 1;
                    while k < tokens.len()
                        && (is_capitalised(tokens[k].text(body))
                            || lower[k] == "and"
                                && k + 1 < tokens.len()
                                && is_capitalised(tokens[k + 1].text(body))
                            || lower[k] == "the")
                    {
                        k += 1;
                    }
                    if k > end + 1 && is_capitalised(tokens[k - 1].text(body)) {
                        end = k;
                    } else if lower[end] == "among" {
                        // "growing anger among dockers": the group, up to three words.
                        let mut k = end + 1;
                        while k < tokens.len()
                            && k <= end + 3
                            && tokens[k].kind == TokenKind::Word
                            && !PLACE_PREPOSITIONS.contains(&lower[k].as_str())
                            && !matches!(
                                lower[k].as_str(),
                                "over"
                                    | "about"
                                    | "regarding"
                                    | "at"
                                    | "on"
                                    | "of"
                                    | "for"
                                    | "with"
                                    | "and"
                                    | "who"
                                    | "that"
                            )
                            && !lexicon.verbs.contains_key(&lower[k])
                        {
                            k += 1;
                        }
                        if k > end + 1 {
                            end = k;
                        }
                    }
                }
                push(
                    ClaimKind::Characterisation,
                    t.range.start..tokens[end - 1].range.end,
                );
            }
        }
        // Statistics: "25 percent", "25%", "doubled", "rose 4.2".
        if t.kind == TokenKind::Number {
            let next = lower.get(i + 1).map(String::as_str);
            let unit_end = match next {
                Some("percent" | "%" | "pc") => Some(i + 1),
                Some("per") if lower.get(i + 2).is_some_and(|w| w == "cent") => Some(i + 2),
                Some("percentage") => Some((i + 2).min(tokens.len() - 1)),
                Some("times")
                    if lower.get(i + 2).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "more" | "as" | "higher" | "larger" | "greater" | "faster"
                        )
                    }) =>
                {
                    Some(i + 2)
                }
                _ => None,
            };
            if let Some(e) = unit_end
                && !methodology
                && !sets_a_parameter(&lower, i, e)
                && !assumed_or_aimed_at(&tokens, &lower, i)
                && !style_value(&body[..t.range.start])
                && !record.covers(&tokens, &lower, i, e)
            {
                push(ClaimKind::Statistic, t.range.start..tokens[e].range.end);
            }
        }
        if CHANGE_VERBS.contains(&w) && !record.market {
            // "fell apart in 2009" dates an event, "fallen throughout the 68 months"
            // spans one, and "the rise of 401(k) plans" names something: none changes
            // by a number.
            let by_number = (i + 1..(i + 4).min(tokens.len())).find(|&j| {
                tokens[j].kind == TokenKind::Number
                    && !dates(tokens[j].text(body), &lower, j)
                    && !lower
                        .get(j + 1)
                        .is_some_and(|u| TIME_UNITS.contains(&u.as_str()))
                    && !body[tokens[j].range.end..].starts_with('(')
            });
            // "doubled down on", "doubled as a reminder": idioms, not multiples.
            let idiom = lower
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "down" | "as" | "over"));
            let multiple = matches!(w, "doubled" | "tripled" | "quadrupled" | "halved") && !idiom;
            if multiple || by_number.is_some() {
                // "risen 8 points", "fell 3 percentage points": the unit is the figure's.
                let end = match by_number.filter(|_| !multiple) {
                    None => i,
                    Some(j) => match (lower.get(j + 1), lower.get(j + 2)) {
                        (Some(p), _) if p == "points" => j + 1,
                        (Some(p), Some(q)) if p == "percentage" && q == "points" => j + 2,
                        _ => j,
                    },
                };
                push(ClaimKind::Statistic, t.range.start..tokens[end].range.end);
            }
        }
    }
    for (range, tag) in lexicon.claim_phrases.find(body) {
        if tag == "record" && record_of(&tokens, &lower, &range) {
            continue;
        }
        let kind = match tag {
            "prediction" => ClaimKind::Prediction,
            "record" => ClaimKind::Record,
            "superlative" => ClaimKind::Superlative,
            _ => ClaimKind::Causal,
        };
        push(kind, range);
    }
    found.sort_by_key(|s| s.range.start);
    // Overlapping signals of one kind merge: "fell 12" + "12 percent" → "fell 12 percent".
    found.dedup_by(|b, a| {
        let merge = a.kind == b.kind && b.range.start < a.range.end;
        if merge {
            a.range.end = a.range.end.max(b.range.end);
        }
        merge
    });
    found
}

/// True when the percentage at tokens `number..=unit_end` is a term of a rule: a
/// parameter noun follows within three words ("a 4 percent surcharge", "the 35 percent
/// corporate tax rate") or comes just before ("a tax rate of 28 percent").
fn sets_a_parameter(lower: &[String], number: usize, unit_end: usize) -> bool {
    let after = lower
        .iter()
        .skip(unit_end + 1)
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        .any(|w| PARAMETER_NOUNS.contains(&w.as_str()));
    // "a rate of at least 150 percent": a bound between the noun and the number.
    let mut at = number;
    if at >= 2
        && matches!(lower[at - 1].as_str(), "least" | "most")
        && matches!(lower[at - 2].as_str(), "at")
    {
        at -= 2;
    }
    let before = at >= 2
        && PARAMETER_PREPOSITIONS.contains(&lower[at - 1].as_str())
        && PARAMETER_NOUNS.contains(&lower[at - 2].as_str());
    let capped = number >= 3
        && lower[number - 1] == "at"
        && matches!(
            lower[number - 3].as_str(),
            "cap" | "caps" | "capped" | "capping"
        );
    // "won 52 percent of the vote", "59 percent of votes cast", "rejected by 64
    // percent of the electorate": an election's result is public record.
    let of_the_vote = lower.get(unit_end + 1).is_some_and(|w| w == "of")
        && lower
            .iter()
            .skip(unit_end + 2)
            .take(3)
            .any(|w| matches!(w.as_str(), "vote" | "votes" | "ballots" | "electorate"));
    // "the top 1 percent of earners", "the 1 percent": a group, not a finding.
    let group = number >= 1
        && (matches!(
            lower[number - 1].as_str(),
            "top" | "bottom" | "richest" | "poorest" | "wealthiest"
        ) || lower[number - 1] == "the"
            && matches!(lower[number].as_str(), "1" | "0.1" | "0.01" | "99")
            && lower.get(unit_end + 1).is_none_or(|w| {
                !w.chars().next().is_some_and(char::is_alphanumeric) || w == "and"
            }));
    // "Clinton won 31 percent, picking up four delegates": a share won, with no
    // group after it ("won 84 percent of young voters" is an exit poll's finding).
    let share_won = number >= 1
        && matches!(
            lower[number - 1].as_str(),
            "won" | "wins" | "captured" | "garnered" | "took"
        )
        && lower
            .get(unit_end + 1)
            .is_none_or(|w| !w.chars().next().is_some_and(char::is_alphanumeric));
    after || before || capped || of_the_vote || group || share_won
}

/// Units of time: "fallen throughout the 68 months" spans time, it changes by no number.
const TIME_UNITS: &[&str] = &[
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "quarters",
];

/// True when "a record" is a history, not a superlative: "compiled a record of 216-146",
/// "had a record of nudging politics". "Set a record of 9.58 seconds" stays a record.
fn record_of(tokens: &[super::tokens::Token], lower: &[String], range: &Range<usize>) -> bool {
    let Some(a) = tokens.iter().position(|t| t.range.start == range.start) else {
        return false;
    };
    lower.get(a).is_some_and(|w| w == "a")
        && lower.get(a + 2).is_some_and(|w| w == "of")
        && a > 0
        && matches!(
            lower[a - 1].as_str(),
            "has"
                | "had"
                | "have"
                | "having"
                | "compiled"
                | "compiling"
                | "boasts"
                | "boasted"
                | "with"
        )
}

/// Verbs of a plan's aim: "designed to lower emissions to 32 percent".
const TARGET_VERBS: &[&str] = &[
    "lower", "cut", "reduce", "raise", "increase", "boost", "curb", "limit", "trim", "slash",
    "bring", "double", "halve",
];

/// True when the figure at token `number` is assumed or aimed at, not found: it sits
/// in its clause after "if" or "assuming" ("if it earns a 5 percent return"), or after
/// an infinitive of change ("designed to lower emissions to 32 percent below 2005").
fn assumed_or_aimed_at(tokens: &[super::tokens::Token], lower: &[String], number: usize) -> bool {
    let clause = (0..number)
        .rev()
        .take_while(|&k| tokens[k].kind != TokenKind::Punct || lower[k] == "$")
        .take(14);
    let mut words = clause.map(|k| (k, lower[k].as_str()));
    words.any(|(k, w)| {
        matches!(w, "if" | "unless" | "assuming" | "suppose" | "supposing")
            || w == "win" && required(lower, k)
            || w == "to"
                && lower
                    .get(k + 1)
                    .is_some_and(|v| TARGET_VERBS.contains(&v.as_str()))
    })
}

/// True when "win" at `k` is what someone must do: "needs to win", "has to win",
/// "must win", "all he has to do is win".
fn required(lower: &[String], k: usize) -> bool {
    let before = |n: usize| k.checked_sub(n).map(|j| lower[j].as_str());
    match before(1) {
        Some("must") => true,
        Some("to") => matches!(
            before(2),
            Some("need" | "needs" | "needed" | "has" | "have" | "had")
        ),
        Some("is") => before(2) == Some("do") && before(3) == Some("to"),
        _ => false,
    }
}

/// True when the number token `text` at index `j` dates something: a year after "in",
/// "since", "by", "until", "from" or "of".
fn dates(text: &str, lower: &[String], j: usize) -> bool {
    super::figures::is_year(text)
        && j > 0
        && matches!(
            lower[j - 1].as_str(),
            "in" | "since" | "by" | "until" | "from" | "of" | "before" | "after"
        )
}

/// True when a figure follows a style property glued to its colon, as stylesheets
/// pasted into plain text read: "width:100%".
fn style_value(before: &str) -> bool {
    before
        .strip_suffix(':')
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<(ClaimKind, String)> {
        find(sentence, 0..sentence.len(), &[], Lexicon::builtin())
            .into_iter()
            .map(|s| (s.kind, sentence[s.range].to_owned()))
            .collect()
    }

    #[test]
    fn strong_signals() {
        use ClaimKind::*;
        assert_eq!(
            kinds("The strike came amid growing anger among dockers in Portmere."),
            [(Characterisation, "growing anger among dockers".into())]
        );
        assert_eq!(
            kinds("It came amid mounting fears in Portmere and Eastbay over jobs."),
            [(
                Characterisation,
                "mounting fears in Portmere and Eastbay".into()
            )]
        );
        assert_eq!(
            kinds("Unemployment rose to 6 percent, the highest rate in a decade."),
            [
                (Statistic, "rose to 6 percent".into()),
                (Superlative, "the highest".into())
            ]
        );
        assert_eq!(
            kinds("Traffic fell 12 percent last year."),
            [(Statistic, "fell 12 percent".into())]
        );
        assert_eq!(
            kinds("Approval of Ruiz has risen 8 points since June."),
            [(Statistic, "risen 8 points".into())]
        );
        assert_eq!(
            kinds("Costs have doubled since 2020."),
            [(Statistic, "doubled".into())]
        );
        assert_eq!(
            kinds("The port is likely to close."),
            [(Prediction, "is likely to".into())]
        );
        assert_eq!(
            kinds("Trade hit a record in 2023."),
            [(Record, "a record".into())]
        );
    }

    #[test]
    fn weak_or_none() {
        assert!(kinds("On May 16, the two leaders met in the capital.").is_empty());
        assert!(kinds("The mayor faced mounting pressure from the council.").is_empty());
        assert!(kinds("Will costs rise 40 percent?").is_empty());
        // Terms of a rule, a poll's own error margin, a dated event, the writer's own feeling.
        assert!(kinds("She would impose a 4 percent surcharge on large estates.").is_empty());
        assert!(kinds("The plan leaves the 21 percent corporate tax rate alone.").is_empty());
        assert!(kinds("It would cut the top tax rate to 30 percent.").is_empty());
        assert!(kinds("It would cap deductions at 28 percent.").is_empty());
        assert!(kinds("The survey has a margin of error of 3 percentage points.").is_empty());
        assert!(kinds("The harbour deal fell apart in 2019.").is_empty());
        // A figure assumed, aimed at, or set as a bound by a rule.
        assert!(kinds("You would save $90 a month if it earns a 5 percent return.").is_empty());
        assert!(kinds("The plan was designed to cut harbour emissions by 2030 to 30 percent below 2005 levels.").is_empty());
        assert!(
            kinds("It needs a jobless rate of at least 150 percent of the average.").is_empty()
        );
        // An election's public result, an income group.
        assert!(kinds("The harbour levy passed with 56 percent of the vote.").is_empty());
        assert!(kinds("The levy was rejected by 64 percent of the electorate.").is_empty());
        assert!(kinds("Ruiz won 31 percent, picking up four seats.").is_empty());
        assert!(!kinds("Ruiz won 84 percent of young dockers.").is_empty());
        assert!(kinds("Turnout was high, with a turnout of 63 percent.").is_empty());
        assert!(kinds("The plan would leave the bottom 95 percent of earners alone.").is_empty());
        assert!(kinds("Everything is working for the 1 percent.").is_empty());
        assert_eq!(
            kinds("The 1 percent rise surprised dockers.").len(),
            1,
            "a figure that is not a group"
        );
        assert!(kinds("But I have serious concerns about the design.").is_empty());
        // An election's count and score, a market's prices: public record.
        assert!(kinds("Ruiz carried the county 61% to 37%.").is_empty());
        assert!(kinds("Brent crude fell 24 cents, to $42.46 a barrel.").is_empty());
        // A requirement, a condition, a history, idioms, a span of time, a name.
        assert!(kinds("Now all Ruiz has to do is win 91 percent of the seats.").is_empty());
        assert!(kinds("Hale needs to win 60 percent of the rest.").is_empty());
        assert!(kinds("The pact fails unless members holding 55 percent ratify it.").is_empty());
        assert!(kinds("The pitcher compiled a record of 216-146.").is_empty());
        assert!(!kinds("The sprinter set a record of 9.58 seconds.").is_empty());
        assert!(kinds("Hale doubled down on his attack.").is_empty());
        assert!(kinds("The speech doubled as a campaign launch.").is_empty());
        assert!(kinds("Prices have risen and fallen throughout the 68 months.").is_empty());
        assert!(kinds("The rise of 401(k) plans changed saving.").is_empty());
        assert!(!kinds("Prices have fallen 68 percent.").is_empty());
        // A stylesheet pasted into plain text; a ratio still counts.
        assert!(kinds(".harbour-map { width:100%; }").is_empty());
        assert!(!kinds("Prices rose 100% in a year.").is_empty());
        assert!(
            kinds("It was the largest port in the region.")
                .iter()
                .all(|(k, _)| !k.is_strong())
        );
    }
}
