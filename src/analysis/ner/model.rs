//! The tagger: hashed feature weights and greedy left-to-right BILOU decoding.
//!
//! Model file: `CDNER1`, then little-endian u32 buckets, u32 labels, f32 scale, and
//! buckets × labels i16 weights.

use super::features::{self, Word};
use super::gazetteer::Gazetteer;
use super::labels::{COUNT, allowed};

/// A trained tagger.
pub struct Tagger {
    buckets: u32,
    weights: Vec<i16>,
}

const MAGIC: &[u8; 6] = b"CDNER1";

impl Tagger {
    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let u32_at = |i: usize| {
            rest.get(i..i + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let buckets = u32_at(0)?;
        let labels = u32_at(4)? as usize;
        if labels != COUNT {
            return None;
        }
        let data = rest.get(12..)?;
        if data.len() != buckets as usize * COUNT * 2 {
            return None;
        }
        let weights = data
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(Tagger { buckets, weights })
    }

    /// Writes averaged float weights as a model file, quantised to i16.
    pub fn to_bytes(buckets: u32, weights: &[f32]) -> Vec<u8> {
        let max = weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(f32::MIN_POSITIVE);
        let scale = max / f32::from(i16::MAX);
        let mut out = MAGIC.to_vec();
        out.extend(buckets.to_le_bytes());
        out.extend((COUNT as u32).to_le_bytes());
        out.extend(scale.to_le_bytes());
        for w in weights {
            out.extend(((w / scale).round() as i16).to_le_bytes());
        }
        out
    }

    /// Number of feature buckets.
    pub fn buckets(&self) -> u32 {
        self.buckets
    }

    fn scores(&self, features: &[u32]) -> [i32; COUNT] {
        let mut s = [0i32; COUNT];
        for &f in features {
            let row = &self.weights[f as usize * COUNT..(f as usize + 1) * COUNT];
            for (acc, w) in s.iter_mut().zip(row) {
                *acc += i32::from(*w);
            }
        }
        s
    }

    /// Labels for a sentence of words (see [`super::labels`]).
    pub fn tag(&self, words: &[&str], gazetteer: &Gazetteer) -> Vec<usize> {
        let w: Vec<Word> = features::words(words, gazetteer);
        let mut labels = Vec::with_capacity(words.len());
        let mut buf = Vec::with_capacity(32);
        for i in 0..words.len() {
            let prev = i.checked_sub(1).map_or(0, |p| labels[p]);
            let prev2 = i.checked_sub(2).map_or(0, |p| labels[p]);
            features::extract(&w, i, prev, prev2, self.buckets, &mut buf);
            let scores = self.scores(&buf);
            labels.push(best_allowed(prev, &scores, i + 1 == words.len()));
        }
        labels
    }
}

/// The highest-scoring label that may follow `prev` (and, at the end, may close).
pub fn best_allowed<T: PartialOrd + Copy>(prev: usize, scores: &[T; COUNT], last: bool) -> usize {
    let ends = |l: usize| {
        !matches!(
            super::labels::parts(l),
            Some((_, super::labels::Part::Begin | super::labels::Part::Inside))
        )
    };
    (0..COUNT)
        .filter(|&l| allowed(prev, l) && (!last || ends(l)))
        .fold(None, |best: Option<usize>, l| match best {
            Some(b) if scores[b] >= scores[l] => Some(b),
            _ => Some(l),
        })
        .unwrap_or(0)
}
