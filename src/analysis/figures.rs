//! Dates, sums of money, percentages and quantities: the figures of a story, found
//! by rules over tokens ("$84 million", "14 percent", "May 16, 2024", "300 tonnes").
//! They fill the model's `figures`, so a desk can list every number the article
//! states and check each against its source.

use super::tokens::{Token, TokenKind, tokenize};
use std::ops::Range;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureKind {
    /// A date or a named time: "May 16", "on Tuesday", "in 2023", "last week".
    Date,
    /// A sum of money: "$84 million", "£3bn", "40 euros".
    Money,
    /// A percentage or percentage points: "14 percent", "9%".
    Percent,
    /// A number with a unit of measure: "300 tonnes", "12 km".
    Quantity,
}

impl FigureKind {
    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Date => "date",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Quantity => "quantity",
        }
    }
}

/// A figure: its kind and byte range in the searched text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// What it measures.
    pub kind: FigureKind,
    /// Where it is.
    pub range: Range<usize>,
}

/// Month names as news copy writes them (AP style: "Aug.", "Sept.", "March").
pub(super) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "m", "k", "mn",
];
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "€", "¥", "₹"];
const CURRENCY_WORDS: &[&str] = &[
    "dollars",
    "dollar",
    "euros",
    "euro",
    "pounds sterling",
    "yen",
    "yuan",
    "renminbi",
    "rupees",
    "francs",
    "cents",
    "pence",
    "rubles",
    "roubles",
    "pesos",
    "won",
];
const UNITS: &[&str] = &[
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "mile",
    "metres",
    "meters",
    "kilograms",
    "kg",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "acres",
    "hectares",
    "feet",
    "foot",
    "inches",
    "degrees",
    "mph",
    "megawatts",
    "MW",
    "gigawatts",
    "GW",
    "kWh",
    "containers",
    "TEU",
    "cubic",
    "square",
];
const PERIODS: &[&str] = &[
    "week", "month", "year", "weekend", "quarter", "spring", "summer", "autumn", "fall", "winter",
];

/// True when `t` is four digits from 1800 to 2199.
pub(super) fn is_year(t: &str) -> bool {
    t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1800..=2199).contains(&y))
}

fn is_day(t: &str) -> bool {
    let digits = t.trim_end_matches(|c: char| c.is_alphabetic());
    digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && ["", "st", "nd", "rd", "th"].contains(&&t[digits.len()..])
}

/// Every figure in `text[range]`, in order, with ranges in `text`.
pub fn find(text: &str, range: Range<usize>) -> Vec<Figure> {
    let offset = range.start;
    let tokens = tokenize(&text[range]);
    let scan = Scan {
        text: &text[offset..],
        tokens: &tokens,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = scan
            .money(i)
            .or_else(|| scan.percent(i))
            .or_else(|| scan.date(i))
            .or_else(|| scan.quantity(i));
        match found {
            Some((kind, last)) => {
                out.push(Figure {
                    kind,
                    range: tokens[i].range.start + offset..tokens[last].range.end + offset,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.tokens.get(i).map(|t| t.text(self.text))
    }

    fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// A number (with a spelled scale such as "million") starting at `i`: the last
    /// token it covers.
    fn amount(&self, i: usize) -> Option<usize> {
        if !self.is_number(i) {
            return None;
        }
        let scaled = self
            .word(i + 1)
            .is_some_and(|w| SCALES.contains(&w.to_lowercase().as_str()));
        Some(if scaled { i + 1 } else { i })
    }

    fn money(&self, i: usize) -> Option<(FigureKind, usize)> {
        let w = self.word(i)?;
        // "US$ 40", "$40 million", "£3bn" (the tokenizer keeps "3bn" as one number).
        let symbol_at = if w == "US" && self.word(i + 1) == Some("$") {
            i + 1
        } else {
            i
        };
        if CURRENCY_SYMBOLS.contains(&self.word(symbol_at)?) {
            let last = self.amount(symbol_at + 1)?;
            return Some((FigureKind::Money, last));
        }
        // "40 million euros".
        let last = self.amount(i)?;
        let next = self.word(last + 1)?.to_lowercase();
        CURRENCY_WORDS
            .contains(&next.as_str())
            .then_some((FigureKind::Money, last + 1))
    }

    fn percent(&self, i: usize) -> Option<(FigureKind, usize)> {
        let last = self.amount(i)?;
        match self.word(last + 1)? {
            "%" | "percent" => {
                let points = self.word(last + 2) == Some("points");
                Some((FigureKind::Percent, last + 1 + usize::from(points)))
            }
            "per" if self.word(last + 2) == Some("cent") => Some((FigureKind::Percent, last + 2)),
            "percentage" if self.word(last + 2).is_some_and(|w| w.starts_with("point")) => {
                Some((FigureKind::Percent, last + 2))
            }
            _ => None,
        }
    }

    fn date(&self, i: usize) -> Option<(FigureKind, usize)> {
        let w = self.word(i)?;
        if MONTHS.contains(&w) {
            // "May 16", "May 16, 2024", "January 2023"; a bare month only when it
            // cannot be the verb "may" or a name ("April" alone is left alone).
            if self.word(i + 1).is_some_and(|d| is_day(d) || is_year(d)) {
                let mut last = i + 1;
                if self.word(last + 1) == Some(",") && self.word(last + 2).is_some_and(is_year) {
                    last += 2;
                } else if self.word(last + 1).is_some_and(is_year) {
                    last += 1;
                }
                return Some((FigureKind::Date, last));
            }
            let before = i.checked_sub(1).and_then(|b| self.word(b));
            return (w != "May"
                && before.is_some_and(|b| {
                    [
                        "in", "since", "until", "by", "last", "next", "early", "late", "mid",
                    ]
                    .contains(&b)
                }))
            .then_some((FigureKind::Date, i));
        }
        if is_day(w) && self.word(i + 1).is_some_and(|m| MONTHS.contains(&m)) {
            // "16 May", "16 May 2024".
            let last = if self.word(i + 2).is_some_and(is_year) {
                i + 2
            } else {
                i + 1
            };
            return Some((FigureKind::Date, last));
        }
        if WEEKDAYS.contains(&w) {
            return Some((FigureKind::Date, i));
        }
        let lower = w.to_lowercase();
        if ["yesterday", "today", "tomorrow", "tonight"].contains(&lower.as_str()) {
            return Some((FigureKind::Date, i));
        }
        if ["last", "next", "this", "earlier", "later"].contains(&lower.as_str())
            && self.word(i + 1).is_some_and(|p| PERIODS.contains(&p))
        {
            return Some((FigureKind::Date, i + 1));
        }
        // "in 2023", "since 1998", "by 2030"; "the 1990s".
        let before = i.checked_sub(1).and_then(|b| self.word(b));
        if is_year(w)
            && before.is_some_and(|b| {
                [
                    "in", "since", "until", "by", "from", "of", "to", "before", "after",
                ]
                .contains(&b)
            })
        {
            return Some((FigureKind::Date, i));
        }
        (w.len() == 5 && w.ends_with('s') && is_year(&w[..4]) && before == Some("the"))
            .then_some((FigureKind::Date, i))
    }

    fn quantity(&self, i: usize) -> Option<(FigureKind, usize)> {
        let last = self.amount(i)?;
        let unit = self.word(last + 1)?;
        UNITS
            .contains(&unit)
            .then_some((FigureKind::Quantity, last + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(&'static str, &str)> {
        find(text, 0..text.len())
            .into_iter()
            .map(|f| (f.kind.name(), &text[f.range]))
            .collect()
    }

    #[test]
    fn finds_each_kind() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The council approved a budget of $84 million.",
                &[("money", "$84 million")],
            ),
            (
                "It cost £3bn, or 40 million euros.",
                &[("money", "£3bn"), ("money", "40 million euros")],
            ),
            (
                "Spending will fall 30 percent.",
                &[("percent", "30 percent")],
            ),
            (
                "Turnout rose 9% and then 2.5 percentage points.",
                &[("percent", "9%"), ("percent", "2.5 percentage points")],
            ),
            ("Prices rose 4 per cent.", &[("percent", "4 per cent")]),
            (
                "They met on May 16, 2024, in Beijing.",
                &[("date", "May 16, 2024")],
            ),
            ("The talks ended on 16 May.", &[("date", "16 May")]),
            ("The council voted on Tuesday.", &[("date", "Tuesday")]),
            ("Rents have doubled since 2014.", &[("date", "2014")]),
            ("The strike began last week.", &[("date", "last week")]),
            ("Reservoirs fell in the 1990s.", &[("date", "1990s")]),
            (
                "The ship carried 300 tonnes of grain over 12 km.",
                &[("quantity", "300 tonnes"), ("quantity", "12 km")],
            ),
            ("US$ 40 was paid.", &[("money", "US$ 40")]),
        ];
        for (text, want) in cases {
            assert_eq!(figures(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn leaves_non_figures_alone() {
        for text in [
            "She may resign.",
            "April said the port would close.",
            "The 2 ships left.",
            "Flight 2024 landed.",
            "Chapter 11 of the code.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
    }
}
