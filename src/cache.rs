//! What a pass computed for each paragraph, kept for the next pass.
//!
//! Every per-paragraph cache is keyed by a content hash. An edit changes a few
//! paragraphs and shifts the rest, so the next pass finds most of them at the same
//! index counted from the start (before the edit) or from the end (after it): a
//! comparison of two `u64`s, not a map lookup, and no map to rebuild. Only when many
//! lookups miss (a paragraph moved far away, a large paste) is a map by key built,
//! once for that pass.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// After this many misses in one pass, build the map by key.
const MISSES_BEFORE_MAP: usize = 8;

/// Per-paragraph results of the last pass, in document order, by content hash.
pub struct Reuse<V> {
    previous: Vec<(u64, V)>,
    next: Vec<(u64, V)>,
    /// How many items the current pass has.
    len: usize,
    misses: usize,
    by_key: Option<HashMap<u64, usize, BuildHasherDefault<KeyIsHash>>>,
}

impl<V> Default for Reuse<V> {
    fn default() -> Self {
        Reuse {
            previous: Vec::new(),
            next: Vec::new(),
            len: 0,
            misses: 0,
            by_key: None,
        }
    }
}

impl<V: Clone> Reuse<V> {
    /// Starts a pass over `len` items.
    pub fn begin(&mut self, len: usize) {
        self.next = Vec::with_capacity(len);
        self.len = len;
        self.misses = 0;
        self.by_key = None;
    }

    /// The result kept for item `i` of this pass, if the last pass computed one for
    /// the same `key`.
    pub fn get(&mut self, i: usize, key: u64) -> Option<V> {
        let at = |j: usize| self.previous.get(j).filter(|(k, _)| *k == key);
        let from_end = (i + self.previous.len()).checked_sub(self.len);
        if let Some((_, v)) = at(i).or_else(|| from_end.and_then(at)) {
            return Some(v.clone());
        }
        self.misses += 1;
        if self.misses < MISSES_BEFORE_MAP {
            return None;
        }
        let previous = &self.previous;
        let map = self.by_key.get_or_insert_with(|| {
            let mut map = HashMap::with_capacity_and_hasher(previous.len(), Default::default());
            for (j, (k, _)) in previous.iter().enumerate() {
                map.insert(*k, j);
            }
            map
        });
        map.get(&key).map(|&j| self.previous[j].1.clone())
    }

    /// How many lookups of the current (or last finished) pass found nothing.
    pub fn misses(&self) -> usize {
        self.misses
    }

    /// Records item `i`'s result (items are recorded in order).
    pub fn keep(&mut self, key: u64, value: V) {
        self.next.push((key, value));
    }

    /// Ends the pass: its results are what the next pass reuses, and nothing older
    /// is kept, so the cache never outgrows the document.
    pub fn end(&mut self) {
        self.previous = std::mem::take(&mut self.next);
        self.by_key = None;
    }
}

/// Hashes a `u64` key (itself a content hash) to itself.
#[derive(Default)]
pub struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are expected; anything else still hashes, just less well.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A content hash of `value`, as a cache key.
pub fn hash_of<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// One key from two content hashes.
pub fn combine(a: u64, b: u64) -> u64 {
    a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(cache: &mut Reuse<u64>, keys: &[u64]) -> usize {
        cache.begin(keys.len());
        let mut computed = 0;
        for (i, &k) in keys.iter().enumerate() {
            let v = cache.get(i, k).unwrap_or_else(|| {
                computed += 1;
                k * 10
            });
            assert_eq!(v, k * 10);
            cache.keep(k, v);
        }
        cache.end();
        computed
    }

    #[test]
    fn an_edit_recomputes_only_what_changed() {
        let mut cache = Reuse::default();
        let keys: Vec<u64> = (1..=100).collect();
        assert_eq!(pass(&mut cache, &keys), 100);
        assert_eq!(pass(&mut cache, &keys), 0);
        // One item changed; one inserted; one removed: each pass computes only it.
        let mut edited = keys.clone();
        edited[10] = 1000;
        assert_eq!(pass(&mut cache, &edited), 1);
        edited.insert(50, 2000);
        assert_eq!(pass(&mut cache, &edited), 1);
        edited.remove(80);
        assert_eq!(pass(&mut cache, &edited), 0);
        // A paragraph moved far away: after a few misses the rest are found by key.
        let mut moved = edited.clone();
        let item = moved.remove(5);
        moved.insert(90, item);
        assert!(pass(&mut cache, &moved) < MISSES_BEFORE_MAP);
        assert_ne!(combine(1, 2), combine(2, 1));
    }
}
