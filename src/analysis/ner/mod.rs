//! Named-entity recognition: an offset-preserving tokenizer, a greedy averaged
//! perceptron over hashed features with BILOU labels (person, organisation, place,
//! other), and a gazetteer of places. The weights are trained by
//! `examples/train_ner.rs` from licence-clean corpora and embedded in the binary.

mod features;
pub mod gazetteer;
pub mod labels;
mod model;
pub mod train;

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
}

/// The tagger shipped with copydesk.
pub fn builtin() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
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
    let possessive = |i: usize| matches!(tokens[i], "’s" | "'s" | "’" | "'");
    labels::decode(&labels)
        .into_iter()
        .filter_map(|(s, mut e, kind)| {
            // A possessive ending is never part of the name ("Russia’s").
            while e > s && possessive(e - 1) {
                e -= 1;
            }
            (e > s).then(|| Mention {
                kind,
                range: range.start + spans[s].start..range.start + spans[e - 1].end,
            })
        })
        .collect()
}
