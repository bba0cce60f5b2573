//! Named-entity recognition: an offset-preserving tokenizer, a greedy averaged
//! perceptron over hashed features with BILOU labels (person, organisation, place,
//! other), and a gazetteer of places. The weights are trained by
//! `examples/train_ner/` from licence-clean corpora and embedded in the binary.

mod features;
pub mod gazetteer;
pub mod labels;
mod model;
pub mod train;

pub(crate) use features::common_words;
pub use labels::EntityKind;
pub use model::Tagger;

use super::tokens::{TokenKind, tokenize};
use gazetteer::Gazetteer;
use std::ops::Range;
use std::sync::OnceLock;

/// A named mention: its kind and byte range in the text it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// What it names.
    pub kind: EntityKind,
    /// Where.
    pub range: Range<usize>,
    /// The kind was read from the words around the name ("Surrey captain", "Kestrel
    /// shares"), not from the name itself; it outweighs the tagger's other readings
    /// of the same name in the article.
    pub from_context: bool,
}

/// Lower-case words that begin names ("de Silva", "al-Assad", "van Gogh").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le",
    "al", "el", "bin", "ibn", "ben",
];

/// The tagger shipped with copydesk.
pub fn builtin() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
        features::common_words();
        Tagger::from_bytes(include_bytes!("../../../data/ner/model.bin"))
            .expect("the embedded NER model is well-formed")
    })
}

/// Words for the tagger: the tokenizer's tokens, with a possessive `’s` split off.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for t in tokenize(text) {
        let w = &text[t.range.clone()];
        let cut = if t.kind == TokenKind::Word {
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .map(str::len)
        } else {
            None
        };
        match cut {
            Some(n) if n > 0 => {
                out.push(t.range.start..t.range.start + n);
                out.push(t.range.start + n..t.range.end);
            }
            _ => out.push(t.range),
        }
    }
    out
}

/// The named mentions in `text[range]`, with ranges in `text`.
pub fn mentions(text: &str, range: Range<usize>) -> Vec<Mention> {
    let spans = words(&text[range.clone()]);
    let tokens: Vec<&str> = spans
        .iter()
        .map(|r| &text[range.start + r.start..range.start + r.end])
        .collect();
    let labels = builtin().tag(&tokens, Gazetteer::builtin());
    joined_by_particles(&tokens, labels::decode(&labels))
        .into_iter()
        .filter_map(|(s, e, kind)| {
            let (s, e) = trim(&tokens, s, e, kind);
            (e > s).then(|| Mention {
                kind,
                range: range.start + spans[s].start..range.start + spans[e - 1].end,
                from_context: false,
            })
        })
        .collect()
}

/// One person where the tagger read two on either side of a particle: "Aravinda"
/// and "Silva" in "Aravinda de Silva", "Lex" and "Drooge" in "Lex van Drooge".
fn joined_by_particles(
    tokens: &[&str],
    spans: Vec<(usize, usize, EntityKind)>,
) -> Vec<(usize, usize, EntityKind)> {
    let mut out: Vec<(usize, usize, EntityKind)> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = out.last_mut()
            && last.2 == EntityKind::Person
            && span.2 == EntityKind::Person
            && span.0 == last.1 + 1
            && PARTICLES.contains(&tokens[last.1])
        {
            last.1 = span.1;
            continue;
        }
        out.push(span);
    }
    out
}

/// The words `s..e` of a tagged name without what cannot belong to it: a possessive
/// ending ("Russia’s"), punctuation at either end ("West."), lower-case words at
/// either end ("Eastbay over", "rival France"), but for particles that begin names
/// ("de Silva"), and a score or a count at the end ("Lewis 94", "Eastshire 183",
/// "Vass 7-0-29-0"), where a short number may still end a name ("Channel 4").
fn trim(tokens: &[&str], mut s: usize, mut e: usize, kind: EntityKind) -> (usize, usize) {
    let possessive = |i: usize| matches!(tokens[i], "’s" | "'s" | "’" | "'");
    let lower = |i: usize| tokens[i].starts_with(char::is_lowercase);
    let punctuation = |i: usize| !tokens[i].chars().any(char::is_alphanumeric);
    let score = |i: usize| {
        let t = tokens[i];
        let digits = t.chars().filter(char::is_ascii_digit).count();
        let numeric = digits > 0 && t.chars().all(|c| c.is_ascii_digit() || ".,-/:".contains(c));
        numeric && (kind == EntityKind::Person || digits >= 3 || t.contains('-'))
    };
    while e > s && (possessive(e - 1) || lower(e - 1) || punctuation(e - 1) || score(e - 1)) {
        e -= 1;
    }
    while s < e && (lower(s) && !PARTICLES.contains(&tokens[s]) || punctuation(s)) {
        s += 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_particle_between_two_people_joins_them() {
        use super::EntityKind::{Person, Place};
        let tokens = ["Aravinda", "de", "Silva", "and", "Okafor", "de", "Portmere"];
        assert_eq!(
            super::joined_by_particles(
                &tokens,
                vec![
                    (0, 1, Person),
                    (2, 3, Person),
                    (4, 5, Person),
                    (6, 7, Place)
                ]
            ),
            [(0, 3, Person), (4, 5, Person), (6, 7, Place)]
        );
    }

    #[test]
    fn names_lose_lower_case_ends_but_keep_particles() {
        let trim_as = |words: &str, kind| {
            let tokens: Vec<&str> = words.split(' ').collect();
            let (s, e) = super::trim(&tokens, 0, tokens.len(), kind);
            tokens[s..e].join(" ")
        };
        let trim = |words: &str| trim_as(words, super::EntityKind::Organization);
        assert_eq!(trim("Eastbay over"), "Eastbay");
        assert_eq!(trim("rival France"), "France");
        assert_eq!(trim("Russia ’s"), "Russia");
        assert_eq!(trim("de Silva"), "de Silva");
        assert_eq!(trim("Bank of England"), "Bank of England");
        assert_eq!(trim("council"), "");
        assert_eq!(trim("West ."), "West");
        assert_eq!(trim("“ Kestrel"), "Kestrel");
        assert_eq!(trim("Eastshire 183"), "Eastshire");
        assert_eq!(trim("Vass 7-0-29-0"), "Vass");
        assert_eq!(trim("Channel 4"), "Channel 4");
        assert_eq!(trim_as("Lewis 94", super::EntityKind::Person), "Lewis");
    }
}
