//! More training sentences from the ones we have: each sentence again with every name
//! swapped for another of its kind (so the tagger learns contexts, not a short list of
//! names), and some again in capitals (as headlines and datelines are written).

use super::Tagged;
use copydesk::analysis::ner::labels::EntityKind;
use copydesk::analysis::ner::train::XorShift as Rng;
use std::collections::HashMap;

/// Copies of the corpus with its names swapped.
const SWAPPED_COPIES: usize = 1;
/// One sentence in this many is added again in capitals.
const CAPITALS_ONE_IN: usize = 5;

/// The corpus followed by its swapped and capitalised copies.
pub fn augment(corpus: Vec<Tagged>) -> Vec<Tagged> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pool = names_by_kind(&corpus);
    let mut out = corpus.clone();
    for _ in 0..SWAPPED_COPIES {
        out.extend(
            corpus
                .iter()
                .filter(|(_, spans)| !spans.is_empty())
                .map(|s| swap_names(s, &pool, &mut rng)),
        );
    }
    out.extend(
        corpus
            .iter()
            .filter(|_| rng.below(CAPITALS_ONE_IN) == 0)
            .map(|(w, s)| (w.iter().map(|x| x.to_uppercase()).collect(), s.clone())),
    );
    out
}

/// Every name in the corpus, by kind.
fn names_by_kind(corpus: &[Tagged]) -> HashMap<EntityKind, Vec<Vec<String>>> {
    let mut pool: HashMap<EntityKind, Vec<Vec<String>>> = HashMap::new();
    for (words, spans) in corpus {
        for &(s, e, kind) in spans {
            pool.entry(kind).or_default().push(words[s..e].to_vec());
        }
    }
    pool
}

/// The sentence with each name replaced by a random one of the same kind.
fn swap_names(
    (words, spans): &Tagged,
    pool: &HashMap<EntityKind, Vec<Vec<String>>>,
    rng: &mut Rng,
) -> Tagged {
    let (mut out, mut out_spans) = (Vec::new(), Vec::new());
    let mut at = 0;
    for &(s, e, kind) in spans {
        out.extend(words[at..s].iter().cloned());
        let start = out.len();
        match pool.get(&kind).filter(|names| !names.is_empty()) {
            Some(names) => out.extend(names[rng.below(names.len())].iter().cloned()),
            None => out.extend(words[s..e].iter().cloned()),
        }
        out_spans.push((start, out.len(), kind));
        at = e;
    }
    out.extend(words[at..].iter().cloned());
    (out, out_spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_names_keep_their_kind_and_the_context() {
        let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        let corpus = vec![
            (words("Ana Ruiz said ."), vec![(0, 2, EntityKind::Person)]),
            (
                words("Okafor left Oslo"),
                vec![(0, 1, EntityKind::Person), (2, 3, EntityKind::Place)],
            ),
        ];
        let out = augment(corpus.clone());
        assert_eq!(out[..2], corpus[..]);
        for (w, spans) in &out[2..4] {
            let (s, e, kind) = spans[0];
            assert_eq!(kind, EntityKind::Person);
            assert!(["Ana Ruiz", "Okafor"].contains(&w[s..e].join(" ").as_str()));
        }
        assert!(out[2].0.ends_with(&words("said .")));
    }
}
