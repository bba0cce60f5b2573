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
    labels::decode(&labels)
        .into_iter()
        .filter_map(|(s, e, kind)| {
            let (s, e) = trim(&tokens, s, e);
            (e > s).then(|| Mention {
                kind,
                range: range.start + spans[s].start..range.start + spans[e - 1].end,
                from_context: false,
            })
        })
        .collect()
}

/// The words `s..e` of a tagged name without what cannot belong to it: a possessive
/// ending ("Russia’s"), punctuation at either end ("West."), and lower-case words at
/// either end ("Eastbay over", "rival France"), but for particles that begin names
/// ("de Silva").
fn trim(tokens: &[&str], mut s: usize, mut e: usize) -> (usize, usize) {
    let possessive = |i: usize| matches!(tokens[i], "’s" | "'s" | "’" | "'");
    let lower = |i: usize| tokens[i].starts_with(char::is_lowercase);
    let punctuation = |i: usize| !tokens[i].chars().any(char::is_alphanumeric);
    while e > s && (possessive(e - 1) || lower(e - 1) || punctuation(e - 1)) {
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
    fn names_lose_lower_case_ends_but_keep_particles() {
        let trim = |words: &str| {
            let tokens: Vec<&str> = words.split(' ').collect();
            let (s, e) = super::trim(&tokens, 0, tokens.len());
            tokens[s..e].join(" ")
        };
        assert_eq!(trim("Eastbay over"), "Eastbay");
        assert_eq!(trim("rival France"), "France");
        assert_eq!(trim("Russia ’s"), "Russia");
        assert_eq!(trim("de Silva"), "de Silva");
        assert_eq!(trim("Bank of England"), "Bank of England");
        assert_eq!(trim("council"), "");
        assert_eq!(trim("West ."), "West");
        assert_eq!(trim("“ Kestrel"), "Kestrel");
    }
}
