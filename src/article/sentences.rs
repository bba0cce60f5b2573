//! Sentence segmentation for news prose.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, after any closing quotes or
//! brackets, when white space and a capital, digit or opening quote follow. A period
//! after a title or month abbreviation never ends a sentence ("Sen. Warren",
//! "Jan. 5"); after an initial or an abbreviation that can also end a sentence
//! ("J. K.", "U.S.", "p.m.", "Inc.") it does only when the next word is a common
//! sentence opener ("The", "He", …).

use std::ops::Range;

/// Abbreviations that a name or number always follows.
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt", "Col",
    "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Prof", "Rev", "Hon", "Pres", "Supt",
    "Atty", "Insp", "Det", "Fr", "Sr", "St", "Mt", "Ft", "No", "Nos", "Vol", "Vols", "vs", "v",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx",
    "cf", "Fig", "Figs", "pp", "Ph", "Messrs", "Mmes", "Ave", "Blvd", "Rd", "e.g", "i.e", "Calif",
    "Ariz", "Mass", "Penn", "Conn", "Wash", "Mich", "Minn", "Tenn", "Fla", "Ga", "Ill",
];

/// True for a title or other abbreviation that a name or number always follows:
/// "Rep", "Sen", "Gov" (without the period).
pub fn is_title_abbreviation(word: &str) -> bool {
    NEVER_FINAL.contains(&word)
}

/// Abbreviations that may also end a sentence.
const MAYBE_FINAL: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "LLC", "PLC", "etc", "al", "Univ", "Dept",
];

/// Words that commonly open a sentence; after an ambiguous abbreviation they mark a
/// boundary.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "Though",
    "However",
    "Meanwhile",
    "Still",
    "Then",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Some",
    "Many",
    "Most",
    "No",
    "Now",
    "Last",
    "Next",
    "For",
    "With",
    "According",
    "Officials",
    "Critics",
    "Experts",
    "Analysts",
];

/// Splits `text` into sentence ranges, without the white space between them.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = skip_space(text, 0);
    let mut i = start;
    let bytes = text.as_bytes();
    while i < text.len() {
        // Jump to the next candidate terminator.
        let Some(found) = text[i..].find(['.', '!', '?', '…']) else {
            break;
        };
        i += found;
        let run_start = i;
        let mut end = i;
        while let Some(c) = text[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '!' | '?' | '…'))
        {
            end += c.len_utf8();
        }
        let run = &text[run_start..end];
        while let Some(c) = text[end..].chars().next().filter(|c| is_closer(*c)) {
            end += c.len_utf8();
        }
        i = end;
        let next = skip_space(text, end);
        if next == end && end < text.len() {
            continue; // no white space: a decimal, a domain, "U.S.-led"
        }
        if next >= text.len() {
            break;
        }
        let after = &text[next..];
        let Some(first) = after.chars().next() else {
            break;
        };
        if !(first.is_uppercase() || first.is_ascii_digit() || is_opener_mark(first)) {
            continue;
        }
        if run == "." && !period_ends_sentence(&text[..run_start], next_word(after)) {
            continue;
        }
        if bytes
            .get(run_start.wrapping_sub(1))
            .is_some_and(|b| b.is_ascii_whitespace())
            && run == "."
        {
            continue; // a lone period after a space is not a sentence end worth trusting
        }
        sentences.push(start..trim_end(text, start, end));
        start = next;
        i = next;
    }
    let end = trim_end(text, start, text.len());
    if end > start {
        sentences.push(start..end);
    }
    sentences
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*' | '_')
}

fn is_opener_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–')
}

fn skip_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
        i += c.len_utf8();
    }
    i
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn next_word(after: &str) -> &str {
    let after = after.trim_start_matches(is_opener_mark);
    let end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    &after[..end]
}

/// Decides whether the period at the end of `before` ends a sentence, given the
/// word after it.
fn period_ends_sentence(before: &str, next: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || is_opener_mark(c))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    let opener = OPENERS.contains(&next);
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.'); // U.S, a.m, p.m, U.K, Ph.D
    if is_initial || dotted || MAYBE_FINAL.contains(&word) {
        return opener;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Tricky cases from news copy: each row is a text and the sentences it holds.
    const CASES: &[(&str, &[&str])] = &[
        (
            "Mr. Smith met Sen. Warren. They talked.",
            &["Mr. Smith met Sen. Warren.", "They talked."],
        ),
        (
            "Trade hit $240.1 billion in 2023. It rose 25 percent.",
            &["Trade hit $240.1 billion in 2023.", "It rose 25 percent."],
        ),
        (
            "The U.S. State Department warned on Jan. 5 that it would act.",
            &["The U.S. State Department warned on Jan. 5 that it would act."],
        ),
        (
            "He moved to the U.S. The move was brief.",
            &["He moved to the U.S.", "The move was brief."],
        ),
        (
            "The meeting ended at 3 p.m. Officials left.",
            &["The meeting ended at 3 p.m.", "Officials left."],
        ),
        (
            "Author J. K. Rowling spoke. Fans cheered.",
            &["Author J. K. Rowling spoke.", "Fans cheered."],
        ),
        (
            "“We are done. It is over,” she said. Then she left.",
            &["“We are done.", "It is over,” she said.", "Then she left."],
        ),
        (
            "“Is it over?” he asked. Nobody answered!",
            &["“Is it over?” he asked.", "Nobody answered!"],
        ),
        (
            "He paused… Then he spoke.",
            &["He paused…", "Then he spoke."],
        ),
        ("It was... odd. Very odd.", &["It was... odd.", "Very odd."]),
        (
            "See No. 10 Downing Street. It is old.",
            &["See No. 10 Downing Street.", "It is old."],
        ),
        (
            "Acme Inc. said profits rose. Acme Inc. The firm denied it.",
            &[
                "Acme Inc. said profits rose.",
                "Acme Inc.",
                "The firm denied it.",
            ],
        ),
        (
            "Under U.S.-led pressure, talks stalled.",
            &["Under U.S.-led pressure, talks stalled."],
        ),
        (
            "She earned a Ph.D. in 2001.",
            &["She earned a Ph.D. in 2001."],
        ),
        (
            "Visit example.com today. Or not.",
            &["Visit example.com today.", "Or not."],
        ),
        (
            "(The figure was disputed.) Others agreed.",
            &["(The figure was disputed.)", "Others agreed."],
        ),
        ("No closing punctuation", &["No closing punctuation"]),
        ("", &[]),
    ];

    #[test]
    fn table_of_tricky_cases() {
        for (text, expected) in CASES {
            assert_eq!(sentences(text), *expected, "in {text:?}");
        }
    }
}
