//! Figures that are public record, not findings: an election's count and result, a
//! market's prices. A copy desk does not ask for a source on "with 98 percent of
//! precincts reporting", "Ruiz carried the county 61% to 37%", "the measure was
//! rejected by 59.6 percent of voters" or "Brent crude fell 24 cents, to $42.46 a
//! barrel"; it does on a poll's or a study's figure.

use super::claims::CHANGE_VERBS;
use super::tokens::{Token, TokenKind};

/// Past-tense verbs that report an election's result: "carried the state 66% to 30%".
const RESULT_VERBS: &[&str] = &[
    "won", "beat", "carried", "lost", "took", "defeated", "edged", "bested", "trounced", "routed",
    "swept",
];
/// Past participles that report a ballot's or a chamber's vote: "was rejected by 59.6
/// percent of voters", "had passed it by a vote of more than 90 percent".
const BALLOT_VERBS: &[&str] = &["approved", "rejected", "passed", "adopted", "ratified"];
/// Words that make a result verb hypothetical: "would beat".
const MODALS: &[&str] = &[
    "would", "could", "might", "will", "can", "may", "should", "to",
];
/// Words that make a score a poll's, not a count's: "beat Trump 51% to 36% in a
/// hypothetical matchup".
const POLL_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "matchup",
    "match-up",
    "head-to-head",
    "hypothetical",
];
/// Words between "by" and a margin: "by more than 20 percentage points".
const MARGIN_WORDS: &[&str] = &[
    "more", "than", "less", "nearly", "almost", "roughly", "about", "just", "only", "over",
    "under", "some", "around",
];
/// What markets price: "the Dow", "Brent crude", "the euro".
const MARKET_WORDS: &[&str] = &[
    "dow", "nasdaq", "s&p", "ftse", "nikkei", "dax", "stocks", "shares", "crude", "brent",
    "futures", "gold", "silver", "copper", "dollar", "euro", "yen", "pound", "bitcoin",
];
/// Units a price is quoted in: "24 cents", "$42.46 a barrel".
const PRICE_UNITS: &[&str] = &["cent", "cents", "barrel", "ounce", "gallon", "bushel"];
/// Words of a price's move, besides the change verbs ([`CHANGE_VERBS`]).
const MOVES: &[&str] = &[
    "closed", "lost", "gained", "added", "lift", "lifted", "slipped", "eased", "advanced", "ended",
    "finished", "up", "down",
];

/// What in one sentence makes its figures public record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PublicRecord {
    /// "with 98 percent of precincts reporting": every share is a live count.
    live_count: bool,
    /// Where a result verb stands, in a sentence with no poll: a score or margin
    /// after it is the count's.
    result: Option<usize>,
    /// A market's move: "Exxon fell $1.25, or 1.4 percent, to $88.95".
    pub market: bool,
    /// A sentence with no poll in it, where a vote's share may be counted.
    ballot: bool,
}

impl PublicRecord {
    /// Reads a sentence's lowercased tokens.
    pub fn of(lower: &[String]) -> Self {
        let has = |words: &[&str]| lower.iter().any(|w| words.contains(&w.as_str()));
        let live_count = lower.windows(2).any(|w| {
            matches!(w[0].as_str(), "precincts" | "votes" | "ballots")
                && matches!(w[1].as_str(), "reporting" | "counted")
        });
        // A share price's line, "jumped $25.50, or 3.3 percent, to $791.34", needs no
        // market word; a company's "$2 million, or 5 percent" does not read as one.
        let price_line = lower.windows(6).any(|w| {
            w[0] == "$"
                && is_number(&w[1])
                && w[2] == ","
                && w[3] == "or"
                && is_number(&w[4])
                && matches!(w[5].as_str(), "percent" | "%")
        });
        let market = (has(MOVES) || has(CHANGE_VERBS))
            && (has(MARKET_WORDS) || has(PRICE_UNITS) || price_line);
        // "would beat him 53 percent to 36 percent" is a poll's hypothetical.
        let result = (0..lower.len()).find(|&i| {
            RESULT_VERBS.contains(&lower[i].as_str())
                && (i == 0 || !MODALS.contains(&lower[i - 1].as_str()))
        });
        PublicRecord {
            live_count,
            result: result.filter(|_| !has(POLL_NOUNS)),
            market,
            ballot: !has(POLL_NOUNS),
        }
    }

    /// True when the figure at tokens `number..=unit_end` is public record.
    pub fn covers(
        &self,
        tokens: &[Token],
        lower: &[String],
        number: usize,
        unit_end: usize,
    ) -> bool {
        self.live_count
            || self.market
            || self.result.is_some_and(|verb| verb < number)
                && (score_side(tokens, lower, number, unit_end) || margin(tokens, lower, number))
            || self.ballot && ballot_vote(tokens, lower, number)
    }
}

fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// True when the figure is one side of a score: "66% to 30%", "68%-31%", "35 to 12
/// percent", "57 percent of the vote to Canova's 43 percent".
fn score_side(tokens: &[Token], lower: &[String], number: usize, unit_end: usize) -> bool {
    let joins = |w: &str| matches!(w, "to" | "-" | "–");
    let first = lower.get(unit_end + 1).is_some_and(|w| joins(w))
        && tokens
            .get(unit_end + 2)
            .is_some_and(|t| t.kind == TokenKind::Number);
    // Back over a name ("Tim Canova's") to the "to" that joins the sides.
    let mut k = number;
    while k > 0 && number - k < 5 && tokens[k - 1].kind == TokenKind::Word && !joins(&lower[k - 1])
    {
        k -= 1;
    }
    let second = k >= 2
        && joins(&lower[k - 1])
        && (tokens[k - 2].kind == TokenKind::Number
            || matches!(
                lower[k - 2].as_str(),
                "%" | "percent" | "points" | "vote" | "votes"
            ));
    first || second
}

/// True when the figure is a vote's share: "rejected by 59.6 percent", "passed it by
/// 61 percent", "by a vote of more than 90 percent".
fn ballot_vote(tokens: &[Token], lower: &[String], number: usize) -> bool {
    let k = before_margin_words(tokens, lower, number);
    let word = |i: usize, w: &str| lower.get(i).is_some_and(|x| x == w);
    // "by a vote of …"
    if k >= 4 && word(k - 1, "of") && word(k - 2, "vote") && word(k - 3, "a") && word(k - 4, "by") {
        return true;
    }
    // "rejected by …", "passed it by …"; "By 61 percent, …" opens with no verb.
    if k < 2 || !word(k - 1, "by") {
        return false;
    }
    let object = matches!(lower[k - 2].as_str(), "it" | "them" | "this");
    let verb = if object {
        k.checked_sub(3)
    } else {
        Some(k - 2)
    };
    verb.is_some_and(|v| BALLOT_VERBS.contains(&lower[v].as_str()))
}

/// Where the words before a figure that qualify it ("more than", "nearly") begin.
fn before_margin_words(tokens: &[Token], lower: &[String], number: usize) -> usize {
    let mut k = number;
    while k > 0
        && tokens[k - 1].kind == TokenKind::Word
        && MARGIN_WORDS.contains(&lower[k - 1].as_str())
    {
        k -= 1;
    }
    k
}

/// True when the figure is a winning margin: "by more than 20 percentage points".
fn margin(tokens: &[Token], lower: &[String], number: usize) -> bool {
    let k = before_margin_words(tokens, lower, number);
    k > 0 && lower[k - 1] == "by"
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether each percentage in `sentence` is covered, in order.
    fn covered(sentence: &str) -> Vec<bool> {
        let tokens = tokenize(sentence);
        let lower: Vec<String> = tokens
            .iter()
            .map(|t| t.text(sentence).to_lowercase())
            .collect();
        let record = PublicRecord::of(&lower);
        (0..tokens.len())
            .filter(|&i| tokens[i].kind == TokenKind::Number)
            .filter_map(|i| {
                let unit = (i + 1..tokens.len().min(i + 3))
                    .find(|&j| matches!(lower[j].as_str(), "%" | "percent" | "points"))?;
                Some(record.covers(&tokens, &lower, i, unit))
            })
            .collect()
    }

    #[test]
    fn election_counts_and_results() {
        assert_eq!(
            covered("With 98% of precincts reporting, Ruiz led by 6 points."),
            [true, true]
        );
        assert_eq!(covered("Ruiz carried the county 61% to 37%."), [true, true]);
        assert_eq!(covered("Ruiz beat Hale 61%-37% in Eastbay."), [true, true]);
        assert_eq!(
            covered("Ruiz won, 27.6 percent to 24.3 percent, in Portmere."),
            [true, true]
        );
        assert_eq!(
            covered("Hale took 57 percent of the vote to the mayor's 43 percent."),
            [false, true]
        );
        assert_eq!(
            covered("Ruiz edged Hale by less than 2 percent in Eastbay."),
            [true]
        );
        assert_eq!(
            covered("The levy was rejected by 59.6 percent of voters."),
            [true]
        );
        assert_eq!(
            covered("The council had passed it by a vote of more than 90 percent."),
            [true]
        );
        assert_eq!(
            covered("The charter was approved by 61% of voters."),
            [true]
        );
    }

    #[test]
    fn polls_and_other_figures_stay_claims() {
        assert_eq!(
            covered("Ruiz beat Hale 51% to 36% in a hypothetical matchup."),
            [false, false]
        );
        assert_eq!(
            covered(
                "Ruiz leads 49 percent to 39 percent; Hale would beat her 53 percent to 36 percent."
            ),
            [false, false, false, false]
        );
        assert_eq!(
            covered("By a lopsided 82%-12%, dockers back the strike."),
            [false, false]
        );
        assert_eq!(covered("Ruiz won 84 percent of young dockers."), [false]);
        assert_eq!(covered("Investors lost 20 percent last year."), [false]);
        assert_eq!(covered("Freight revenue fell by 17 percent."), [false]);
        assert_eq!(
            covered("The levy is backed by 60 percent of dockers."),
            [false]
        );
        assert_eq!(
            covered("In the poll, the plan was rejected by 54 percent of dockers."),
            [false]
        );
        assert_eq!(covered("Fares were cut by 10 percent."), [false]);
        assert_eq!(covered("By 61 percent, dockers back the strike."), [false]);
        assert_eq!(covered("It by 61 percent."), [false]);
    }

    #[test]
    fn market_prices() {
        assert!(PublicRecord::of(&lower("Brent crude fell 24 cents, to $42.46 a barrel.")).market);
        assert!(PublicRecord::of(&lower("The Dow closed down 24 points, or 0.1 percent.")).market);
        assert!(!PublicRecord::of(&lower("Freight revenue fell 17 percent.")).market);
        assert!(
            PublicRecord::of(&lower("Kestrel jumped $2.50, or 3.3 percent, to $79.34.")).market
        );
        assert!(
            !PublicRecord::of(&lower(
                "Revenue rose $2 million, or 5 percent, to $42 million."
            ))
            .market
        );
        assert!(!PublicRecord::of(&lower("The port imports 40 percent of its crude.")).market);
    }

    fn lower(sentence: &str) -> Vec<String> {
        tokenize(sentence)
            .iter()
            .map(|t| t.text(sentence).to_lowercase())
            .collect()
    }
}
