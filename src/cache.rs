//! Maps keyed by content hashes, which is how every per-paragraph cache finds its
//! entries. The keys are already SipHash outputs, so hashing them again would only
//! cost time: the map uses the key as its own hash.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from a content hash to what was computed from that content.
pub type ByHash<V> = HashMap<u64, V, BuildHasherDefault<KeyIsHash>>;

/// An empty [`ByHash`] with room for `capacity` entries.
pub fn by_hash<V>(capacity: usize) -> ByHash<V> {
    HashMap::with_capacity_and_hasher(capacity, Default::default())
}

/// Hashes a `u64` key to itself.
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

/// One key from two content hashes.
pub fn combine(a: u64, b: u64) -> u64 {
    a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_find_their_entries() {
        let mut map = by_hash(4);
        for k in [0u64, 1, u64::MAX, 0x9E37_79B9_7F4A_7C15] {
            map.insert(k, k.to_string());
        }
        assert_eq!(
            map.get(&u64::MAX).map(String::as_str),
            Some("18446744073709551615")
        );
        assert_ne!(combine(1, 2), combine(2, 1));
    }
}
