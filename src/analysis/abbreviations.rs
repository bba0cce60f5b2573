//! Names that end in an abbreviation keep its period ("Norwest Corp.", "Ed Ruiz Jr.",
//! "U.N."), a company's name keeps the legal suffix after it ("Kestrel Bancorp Inc."),
//! and the abbreviated US states of wire copy ("Jacksonville, Fla.") are places.

use super::ner::EntityKind;
use std::ops::Range;

/// Words that end a name and are written with a period: legal suffixes of companies
/// and a person's generation.
const NAME_ENDINGS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr"];

/// The AP style's abbreviated states, without their last period.
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D",
    "R.I", "S.C", "S.D", "W.Va",
];

/// Legal suffixes that follow a company's name, without a final period.
const LEGAL_SUFFIXES: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "plc", "LLC", "AG", "SA", "S.A", "NV", "N.V", "GmbH",
    "SpA", "AB", "ASA", "Bhd",
];

/// A name and the legal suffix the tagger left after it: "Cofinec" → "Cofinec S.A.",
/// which makes it a company. A person's name takes no suffix.
pub fn with_legal_suffix(
    text: &str,
    (range, kind): (Range<usize>, EntityKind),
) -> (Range<usize>, EntityKind) {
    if kind == EntityKind::Person || !text[range.end..].starts_with(' ') {
        return (range, kind);
    }
    let next = text[range.end + 1..]
        .split(|c: char| !(c.is_alphabetic() || c == '.'))
        .next()
        .unwrap_or("");
    let word = next.strip_suffix('.').unwrap_or(next);
    let last = text[range.clone()].rsplit(' ').next().unwrap_or("");
    if LEGAL_SUFFIXES.contains(&word) && !LEGAL_SUFFIXES.contains(&last) {
        (
            range.start..range.end + 1 + word.len(),
            EntityKind::Organization,
        )
    } else {
        (range, kind)
    }
}

/// `range` widened over the period that closes its last word's abbreviation:
/// "Corp" → "Corp.", "U.N" → "U.N.".
pub fn with_period(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(name) = text.get(range.clone()) else {
        return range;
    };
    let last = name.rsplit(' ').next().unwrap_or(name);
    let initialism = last.contains('.') && !last.ends_with('.');
    let abbreviated = initialism || NAME_ENDINGS.contains(&last) || STATES.contains(&last);
    if abbreviated && text[range.end..].starts_with('.') {
        range.start..range.end + 1
    } else {
        range
    }
}

/// Adds to `found` the abbreviated states after a town and a comma that the tagger
/// left out: "Jacksonville, Fla.", "Rochester, N.H.".
pub fn states(text: &str, sentence: Range<usize>, found: &mut Vec<(Range<usize>, EntityKind)>) {
    let Some(body) = text.get(sentence.clone()) else {
        return;
    };
    let mut from = 0;
    while let Some(at) = body[from..].find(',') {
        let comma = from + at;
        from = comma + 1;
        let rest = &body[from..];
        let word_at = from + (rest.len() - rest.trim_start().len());
        let word: &str = body[word_at..]
            .split(|c: char| !(c.is_alphabetic() || c == '.'))
            .next()
            .unwrap_or("");
        let word = word.strip_suffix('.').unwrap_or(word);
        let after_town = body[..comma]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if word.is_empty() || !after_town || !STATES.contains(&word) {
            continue;
        }
        if !body[word_at + word.len()..].starts_with('.') {
            continue;
        }
        let r = sentence.start + word_at..sentence.start + word_at + word.len() + 1;
        if !found
            .iter()
            .any(|(f, _)| f.start < r.end && r.start < f.end)
        {
            found.push((r, EntityKind::Place));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_keep_their_period() {
        let text = "Kestrel Corp. and Ed Ruiz Jr. met U.N. staff at Kestrel Corp and Co.";
        let widen = |name: &str| {
            let at = text.find(name).unwrap();
            &text[with_period(text, at..at + name.len())]
        };
        assert_eq!(widen("Kestrel Corp"), "Kestrel Corp.");
        assert_eq!(widen("Ed Ruiz Jr"), "Ed Ruiz Jr.");
        assert_eq!(widen("U.N"), "U.N.");
        // A name not ending in an abbreviation ends where it ends.
        assert_eq!(widen("Ed Ruiz"), "Ed Ruiz");
    }

    #[test]
    fn a_company_keeps_its_legal_suffix() {
        let text = "Kestrel Bancorp Inc. bought Cofinec S.A. from Ana Ruiz Co. and Stour Co.";
        let widen = |name: &str, kind: EntityKind| {
            let at = text.find(name).unwrap();
            let (r, kind) = with_legal_suffix(text, (at..at + name.len(), kind));
            (&text[with_period(text, r)], kind)
        };
        use EntityKind::*;
        assert_eq!(
            widen("Kestrel Bancorp", Organization),
            ("Kestrel Bancorp Inc.", Organization)
        );
        assert_eq!(widen("Cofinec", Place), ("Cofinec S.A.", Organization));
        assert_eq!(widen("Ana Ruiz", Person), ("Ana Ruiz", Person));
        assert_eq!(widen("Stour Co", Organization), ("Stour Co.", Organization));
    }

    #[test]
    fn an_abbreviated_state_after_a_town_is_a_place() {
        let text = "It opened in Jacksonville, Fla., and in Rochester, N.H. on Monday, Pa said.";
        let mut found = Vec::new();
        states(text, 0..text.len(), &mut found);
        let names: Vec<&str> = found.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(names, ["Fla.", "N.H."]);
    }
}
