//! Features for the tagger: the word, its shape and affixes, its neighbours, the
//! labels already given, and gazetteer membership, each hashed into a bucket.

use super::gazetteer::Gazetteer;

/// One token as the tagger sees it.
pub struct Word {
    lower: String,
    shape: String,
    gazetteer: u8,
    cue: u8,
    /// Written in lower case often enough in running text to be a common word.
    common: bool,
}

/// Common lower-case words (see `data/ner/common-words.txt`).
pub(crate) fn common_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../data/ner/common-words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect()
    })
}

/// Nouns that end organisation names ("… Party", "… Ministry").
const ORG_HEADS: &[&str] = &[
    "party",
    "ministry",
    "department",
    "university",
    "college",
    "school",
    "bank",
    "association",
    "council",
    "agency",
    "authority",
    "commission",
    "committee",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    "group",
    "times",
    "news",
    "post",
    "herald",
    "gazette",
    "tribune",
    "journal",
    "institute",
    "foundation",
    "union",
    "board",
    "office",
    "court",
    "federation",
    "club",
    "fc",
    "united",
    "league",
    "organization",
    "organisation",
    "army",
    "police",
    "service",
    "press",
    "network",
    "airlines",
    "motors",
    "trust",
    "fund",
    "senate",
    "congress",
    "parliament",
];
/// Words before a person's name ("President", "spokesperson").
const PERSON_CUES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "president",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "mayor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chairman",
    "chairwoman",
    "director",
    "leader",
    "chancellor",
    "king",
    "queen",
    "prince",
    "judge",
    "coach",
    "professor",
    "prof.",
    "captain",
    "general",
    "gen.",
    "sir",
    "lord",
    "lady",
    "pope",
    "ceo",
    "chief",
    "manager",
    "striker",
    "midfielder",
    "said",
];

/// Precomputes per-token facts for a sentence of words.
pub fn words(words: &[&str], gazetteer: &Gazetteer) -> Vec<Word> {
    // Curly apostrophes and quotes as the corpora spell them.
    let lowers: Vec<String> = words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            if lower.contains(['’', '‘', '“', '”']) {
                lower.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
            } else {
                lower
            }
        })
        .collect();
    let in_names = gazetteer.in_multiword_names(&lowers);
    (0..words.len())
        .map(|i| {
            let flags = u8::from(gazetteer.contains(&lowers[i]))
                | (u8::from(gazetteer.is_organisation(&lowers[i])) << 2)
                | in_names[i];
            let cue = u8::from(ORG_HEADS.contains(&lowers[i].as_str()))
                | (u8::from(PERSON_CUES.contains(&lowers[i].as_str())) << 1);
            Word {
                common: common_words().contains(lowers[i].as_str()),
                lower: lowers[i].clone(),
                shape: shape(words[i]),
                gazetteer: flags,
                cue,
            }
        })
        .collect()
}

/// "Xxxx" → "Xx", "U.S." → "X.X.", "2023" → "d", "Chin-mo" → "Xx-x".
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            out.push(k);
            last = k;
        }
    }
    out
}

struct Hash(u64);

impl Hash {
    fn new(template: u8) -> Hash {
        let mut h = Hash(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    fn str(mut self, s: &str) -> Hash {
        for b in s.bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn num(mut self, n: usize) -> Hash {
        for b in (n as u32).to_le_bytes() {
            self.byte(b);
        }
        self
    }
    fn bucket(&self, buckets: u32) -> u32 {
        ((self.0 ^ (self.0 >> 31)) % u64::from(buckets)) as u32
    }
}

/// Appends the feature buckets of token `i` to `out`, given the two previous labels.
pub fn extract(w: &[Word], i: usize, prev: usize, prev2: usize, buckets: u32, out: &mut Vec<u32>) {
    out.clear();
    let at = |j: isize| -> (&str, &str) {
        if j < 0 {
            ("<s>", "<s>")
        } else if j as usize >= w.len() {
            ("</s>", "</s>")
        } else {
            (w[j as usize].lower.as_str(), w[j as usize].shape.as_str())
        }
    };
    let i_ = i as isize;
    let (word, shape) = at(i_);
    let mut push = |h: Hash| out.push(h.bucket(buckets));
    push(Hash::new(0));
    push(Hash::new(1).str(word));
    push(Hash::new(2).str(shape));
    let chars: Vec<char> = word.chars().collect();
    for n in 1..=4.min(chars.len()) {
        push(
            Hash::new(3)
                .num(n)
                .str(&chars[..n].iter().collect::<String>()),
        );
        push(
            Hash::new(4)
                .num(n)
                .str(&chars[chars.len() - n..].iter().collect::<String>()),
        );
    }
    for (t, d) in [(5u8, -2isize), (6, -1), (7, 1), (8, 2)] {
        push(Hash::new(t).str(at(i_ + d).0));
    }
    push(Hash::new(9).str(at(i_ - 1).1).str(shape));
    push(Hash::new(10).str(shape).str(at(i_ + 1).1));
    push(Hash::new(11).str(at(i_ - 1).0).str(word));
    push(Hash::new(12).str(word).str(at(i_ + 1).0));
    push(Hash::new(13).num(prev));
    push(Hash::new(14).num(prev).num(prev2));
    push(Hash::new(15).num(prev).str(word));
    push(Hash::new(16).num(prev).str(shape));
    push(Hash::new(17).num(usize::from(w[i].gazetteer)));
    push(Hash::new(18).num(usize::from(w[i].gazetteer)).str(shape));
    push(Hash::new(19).num(usize::from(i == 0)).str(shape));
    if i + 1 < w.len() {
        push(Hash::new(20).num(usize::from(w[i + 1].gazetteer)));
    }
    // Organisation heads near the word, and person cues before it.
    let cue = |j: usize| w.get(j).map_or(0, |x| usize::from(x.cue));
    push(Hash::new(21).num(cue(i)).str(shape));
    push(Hash::new(22).num(cue(i + 1)).num(cue(i + 2)));
    push(
        Hash::new(23)
            .num(i.checked_sub(1).map_or(0, cue))
            .num(i.checked_sub(2).map_or(0, cue)),
    );
    // A capitalised common word is often just a sentence's first word.
    let common = usize::from(w[i].common);
    push(
        Hash::new(24)
            .num(common)
            .num(usize::from(i == 0))
            .str(shape),
    );
    push(Hash::new(25).num(common).str(at(i_ + 1).1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_squeeze_runs() {
        assert_eq!(shape("Putin"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2023"), "d");
        assert_eq!(shape("Chin-mo"), "Xx-x");
    }
}
