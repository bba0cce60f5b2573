//! Training the tagger: a greedy averaged perceptron (Collins 2002; the design of
//! Ratinov & Roth 2009), predicted history during training, lazy averaging.

use super::features::{self, Word};
use super::gazetteer::Gazetteer;
use super::labels::COUNT;
use super::model::best_allowed;

/// A small deterministic generator (xorshift), so training is reproducible.
pub struct XorShift(pub u64);

impl XorShift {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// A training sentence: words and their gold labels.
pub struct Sentence {
    /// The words.
    pub words: Vec<String>,
    /// One label per word.
    pub labels: Vec<usize>,
}

/// Trains for `epochs` passes over `sentences` (shuffled deterministically) and
/// returns averaged weights, `buckets` × labels.
pub fn train(
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
    buckets: u32,
    epochs: usize,
) -> Vec<f32> {
    let n = buckets as usize * COUNT;
    let mut weights = vec![0f32; n];
    let mut totals = vec![0f32; n];
    let mut stamps = vec![0u32; n];
    let mut clock = 1u32;
    let prepared: Vec<Vec<Word>> = sentences
        .iter()
        .map(|s| {
            features::words(
                &s.words.iter().map(String::as_str).collect::<Vec<_>>(),
                gazetteer,
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    let mut buf = Vec::with_capacity(32);
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &s in &order {
            let (w, gold) = (&prepared[s], &sentences[s].labels);
            let mut predicted: Vec<usize> = Vec::with_capacity(w.len());
            #[allow(clippy::needless_range_loop)] // `i` indexes words, gold labels and history
            for i in 0..w.len() {
                let prev = i.checked_sub(1).map_or(0, |p| predicted[p]);
                let prev2 = i.checked_sub(2).map_or(0, |p| predicted[p]);
                features::extract(w, i, prev, prev2, buckets, &mut buf);
                let mut scores = [0f32; COUNT];
                for &f in &buf {
                    let row = &weights[f as usize * COUNT..(f as usize + 1) * COUNT];
                    for (acc, x) in scores.iter_mut().zip(row) {
                        *acc += x;
                    }
                }
                let guess = best_allowed(prev, &scores, i + 1 == w.len());
                if guess != gold[i] {
                    errors += 1;
                    for &f in &buf {
                        for (label, delta) in [(gold[i], 1f32), (guess, -1f32)] {
                            let k = f as usize * COUNT + label;
                            totals[k] += (clock - stamps[k]) as f32 * weights[k];
                            stamps[k] = clock;
                            weights[k] += delta;
                        }
                    }
                }
                // Follow the gold path, so later features see true history.
                predicted.push(gold[i]);
                clock += 1;
                tokens += 1;
            }
        }
        eprintln!("epoch {}: {errors} errors in {tokens} tokens", epoch + 1);
    }
    (0..n)
        .map(|k| (totals[k] + (clock - stamps[k]) as f32 * weights[k]) / clock as f32)
        .collect()
}
