//! Names written with initials: "A. Dale", "J. R. Okafor", the way results tables,
//! bylines and court lists give people. An initial and a capitalised surname that is
//! not a common word make a person.

use super::ner::common_words;
use std::ops::Range;

/// Byte ranges (in `text`) of initialled names in `text[sentence]`.
pub fn find(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let Some(body) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    // Most sentences hold no initial: done at once.
    if !body.contains(". ") {
        return Vec::new();
    }
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < bytes.len() {
        // An initial opens a word: "A." after a space, a bracket or the start.
        let opens = i == 0 || matches!(bytes[i - 1], b' ' | b'(' | b'[' | b'"');
        if !(opens && bytes[i].is_ascii_uppercase() && bytes[i + 1] == b'.') {
            i += 1;
            continue;
        }
        let start = i;
        // More initials: "J. R. Okafor".
        let mut at = i + 2;
        while at + 3 < bytes.len()
            && bytes[at] == b' '
            && bytes[at + 1].is_ascii_uppercase()
            && bytes[at + 2] == b'.'
        {
            at += 3;
        }
        let surname_start = at + 1;
        if bytes.get(at) != Some(&b' ') || surname_start >= bytes.len() {
            i = at;
            continue;
        }
        let surname_len = body[surname_start..]
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(body.len() - surname_start);
        let surname = &body[surname_start..surname_start + surname_len];
        let mut letters = surname.chars();
        let shaped = letters.next().is_some_and(char::is_uppercase)
            && surname.chars().any(char::is_lowercase)
            && surname.chars().count() >= 2;
        if shaped && !common_words().contains(surname.to_lowercase().as_str()) {
            let end = surname_start + surname_len;
            out.push(sentence.start + start..sentence.start + end);
            i = end;
        } else {
            i = at;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(sentence: &str) -> Vec<&str> {
        find(sentence, 0..sentence.len())
            .into_iter()
            .map(|r| &sentence[r])
            .collect()
    }

    #[test]
    fn initials_and_a_surname_are_a_person() {
        assert_eq!(
            found("Eastbay 259 (A. Dale 69, J. R. Okafor 4-43)"),
            ["A. Dale", "J. R. Okafor"]
        );
        assert_eq!(
            found("The case was heard by M. Lindqvist."),
            ["M. Lindqvist"]
        );
    }

    #[test]
    fn a_letter_before_a_common_word_is_no_name() {
        assert!(found("They chose Plan B. Then the port closed.").is_empty());
        assert!(found("It is rated A. The bonds are safe.").is_empty());
        assert!(found("The U.S. Navy sent ships.").is_empty());
    }
}
