//! Datelines: the place a story was filed from, in capitals before its first words.
//! "BOGOTA, Colombia, Aug. 30 -", "N'DJAMENA 1996-08-30", "LONDON (Reuters) -".
//! The capitals, and the region after them, are places.

use super::figures::MONTHS;
use super::ner::gazetteer::Gazetteer;
use std::ops::Range;

/// The places of a dateline opening `text[sentence]`: the city in capitals and the
/// region after it, as byte ranges in `text`.
pub fn places(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let Some(body) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    // Most sentences open with a word in lower or title case: done at once.
    let mut opening = body.trim_start().chars().filter(|c| c.is_alphabetic());
    if !opening.by_ref().take(2).all(char::is_uppercase) {
        return Vec::new();
    }
    // A dateline is at most a dozen words: city, region, date, agency.
    let words = words(body, 12);
    // The city: up to four words in capitals ("NEW YORK", "ST. LOUIS", "N'DJAMENA").
    let city_len = words
        .iter()
        .take(4)
        .take_while(|(_, w)| is_capitals(w))
        .count();
    if city_len == 0 {
        return Vec::new();
    }
    let city = words[0].0..words[city_len - 1].0 + words[city_len - 1].1.len();
    let letters = body[city.clone()]
        .chars()
        .filter(|c| c.is_alphabetic())
        .count();
    if letters < 3 {
        return Vec::new();
    }
    let mut rest = city_len;
    // The region: ", Colombia", ", Fla.", ", New Mexico".
    let mut region = None;
    if words.get(rest).is_some_and(|(_, w)| *w == ",") {
        let len = words[rest + 1..]
            .iter()
            .take(3)
            .take_while(|(_, w)| is_region_word(w))
            .count();
        if len > 0 {
            let (first, last) = (&words[rest + 1], &words[rest + len]);
            region = Some(first.0..last.0 + last.1.len());
            rest += 1 + len;
            if words.get(rest).is_some_and(|(_, w)| *w == ",") {
                rest += 1;
            }
        }
    }
    let next = words.get(rest).map(|(_, w)| *w);
    // A date: "1996-08-30", "8/30", "2026", "Aug. 30"; not a score ("HOUSTON 72").
    let dated = next.is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit()) && (w.contains(['-', '/']) || w.len() == 4)
            || MONTHS.contains(&w)
    });
    // A story follows: a dateline opens prose, not a headline or a table row.
    let prose = words
        .get(rest)
        .is_some_and(|&(at, _)| body[at..].chars().any(char::is_lowercase));
    let agency = next == Some("(");
    let dash = next.is_some_and(|w| matches!(w, "-" | "--" | "–" | "—" | ":"));
    let known = Gazetteer::builtin()
        .get(&body[city.clone()].to_lowercase())
        .is_some();
    // …or the dateline stands on its own line, city and date alone.
    // (a full date there: "PORT STRIKE ENDS 2026" is a headline).
    let full_date = next.is_some_and(|w| w.contains(['-', '/']))
        || next.is_some_and(|w| MONTHS.contains(&w)) && rest + 2 == words.len();
    let alone = full_date && (rest + 1 == words.len() || rest + 2 == words.len());
    if !(prose || alone) || !(dated || agency || dash && (region.is_some() || known)) {
        return Vec::new();
    }
    let shift = |r: Range<usize>| sentence.start + r.start..sentence.start + r.end;
    std::iter::once(city).chain(region).map(shift).collect()
}

/// The first `limit` words and punctuation marks of `body` with their offsets.
fn words(body: &str, limit: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        if out.len() >= limit {
            return out;
        }
        let part_of_word = c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-');
        match (start, part_of_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, &body[s..i]));
                start = None;
            }
            _ => {}
        }
        if !part_of_word && !c.is_whitespace() {
            out.push((i, &body[i..i + c.len_utf8()]));
        }
    }
    if let Some(s) = start {
        out.push((s, &body[s..]));
    }
    out
}

/// A word in capitals: "BOGOTA", "N'DJAMENA", "ST.".
fn is_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
}

/// A word of a region's name: "Colombia", "Fla.", "Mo.-based" is not one.
fn is_region_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(|c| c.is_lowercase() || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(sentence: &str) -> Vec<&str> {
        places(sentence, 0..sentence.len())
            .into_iter()
            .map(|r| &sentence[r])
            .collect()
    }

    #[test]
    fn datelines_give_the_city_and_its_region() {
        assert_eq!(
            found("PORTMERE, Eastshire, Aug. 30 - Dockers walked out."),
            ["PORTMERE", "Eastshire"]
        );
        assert_eq!(
            found("PORTMERE 2026-08-30 Dockers walked out."),
            ["PORTMERE"]
        );
        assert_eq!(
            found("NEW PORTMERE (Coast Wire) - Dockers walked out."),
            ["NEW PORTMERE"]
        );
        assert_eq!(found("LONDON - Dockers walked out."), ["LONDON"]);
        assert_eq!(
            found("PORTMERE , Eastshire 2026-08-30"),
            ["PORTMERE", "Eastshire"]
        );
    }

    #[test]
    fn capitals_that_are_no_dateline_are_left_alone() {
        assert!(found("BREAKING - Dockers walked out.").is_empty());
        assert!(found("UPDATE: Dockers walked out.").is_empty());
        assert!(found("The port closed - for now.").is_empty());
        assert!(found("A 2026 strike closed the port.").is_empty());
        assert!(found("PORT STRIKE ENDS 2026").is_empty());
        assert!(found("EASTBAY 72 63 .533 - PORTMERE 69 65 .515").is_empty());
    }
}
