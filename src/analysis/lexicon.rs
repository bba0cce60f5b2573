//! The lexicons behind attribution and claim detection. They are data files in
//! `data/lexicon/`, compiled into the binary and parsed once.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

/// What a reporting verb reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// A statement: said, told, warned.
    Speech,
    /// Data or a document: shows, found.
    Evidential,
    /// A belief: believes, fears. A cue only when its holder is named or vague.
    Cognition,
    /// A stance or aim: wants, opposes, knows. A cue only when its holder is
    /// identified; never a vague source ("others opposed it" reports no claim).
    Stance,
}

/// A phrase list matched case-insensitively on word boundaries.
pub struct PhraseSet {
    automaton: AhoCorasick,
    /// The phrases, and a tag for each (the part before `:` in the file, if any).
    pub phrases: Vec<(String, String)>,
}

impl PhraseSet {
    fn new(phrases: Vec<(String, String)>) -> PhraseSet {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases.iter().map(|(p, _)| p.as_str()))
            .expect("lexicon phrases build an automaton");
        PhraseSet { automaton, phrases }
    }

    /// Every whole-word match in `text`: its byte range and the phrase's tag.
    pub fn find<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str)> + 'a {
        self.automaton.find_iter(text).filter_map(move |m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
            (boundary(before) && boundary(after))
                .then(|| (m.range(), self.phrases[m.pattern().as_usize()].1.as_str()))
        })
    }
}

/// All lexicons.
pub struct Lexicon {
    /// Every form of every reporting verb, lower case, with its class and lemma.
    pub verbs: HashMap<String, (VerbClass, String)>,
    /// "according to", "as per", …
    pub prepositional: PhraseSet,
    /// Heads of vague sources.
    pub vague_heads: HashSet<String>,
    /// Heads of anonymous sources.
    pub anonymous_heads: HashSet<String>,
    /// Reasons given for anonymity.
    pub anonymity_reasons: PhraseSet,
    /// Hedges, tagged `vague` for the vague-source rule and `hedge` otherwise.
    pub hedges: PhraseSet,
    /// Claim phrases tagged `prediction`, `record`, `superlative`, `weak-causal`.
    pub claim_phrases: PhraseSet,
    /// Modifiers of group sentiment ("growing").
    pub sentiment_modifiers: HashSet<String>,
    /// Nouns of group sentiment ("concerns").
    pub sentiment_nouns: HashSet<String>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn tagged(line: &str, default: &str) -> (String, String) {
    match line.split_once(':') {
        Some((tag, rest)) if !tag.contains(' ') => (rest.trim().to_owned(), tag.to_owned()),
        _ => (line.to_owned(), default.to_owned()),
    }
}

fn slot() -> &'static Arc<Lexicon> {
    static LEXICON: OnceLock<Arc<Lexicon>> = OnceLock::new();
    LEXICON.get_or_init(|| Arc::new(Lexicon::with_extra_cues(&[])))
}

impl Lexicon {
    /// The lexicons built into copydesk, parsed on first use.
    pub fn builtin() -> &'static Lexicon {
        slot()
    }

    /// The built-in lexicons as a shared handle, parsed once for the whole process.
    pub fn shared() -> Arc<Lexicon> {
        slot().clone()
    }

    /// The built-in lexicons plus extra prepositional cues or verbs from configuration.
    pub fn with_extra_cues(extra: &[String]) -> Lexicon {
        let mut verbs = HashMap::new();
        for line in lines(include_str!("../../data/lexicon/reporting-verbs.txt")) {
            let (forms, class) = tagged(line, "speech");
            let class = match class.as_str() {
                "evidential" => VerbClass::Evidential,
                "cognition" => VerbClass::Cognition,
                "stance" => VerbClass::Stance,
                _ => VerbClass::Speech,
            };
            let mut forms = forms.split_whitespace();
            let lemma = forms.next().unwrap_or_default().to_owned();
            verbs.entry(lemma.clone()).or_insert((class, lemma.clone()));
            for form in forms {
                verbs
                    .entry(form.to_owned())
                    .or_insert((class, lemma.clone()));
            }
        }
        let mut prepositional: Vec<(String, String)> =
            lines(include_str!("../../data/lexicon/prepositional-cues.txt"))
                .map(|l| (l.to_owned(), String::new()))
                .collect();
        for cue in extra {
            let cue = cue.trim().to_lowercase();
            if cue.contains(' ') {
                prepositional.push((cue, String::new()));
            } else if !cue.is_empty() {
                verbs.entry(cue.clone()).or_insert((VerbClass::Speech, cue));
            }
        }
        let set = |data: &str| lines(data).map(str::to_owned).collect::<HashSet<_>>();
        let phrases = |data: &str, default: &str| {
            PhraseSet::new(lines(data).map(|l| tagged(l, default)).collect())
        };
        let signals = include_str!("../../data/lexicon/claim-signals.txt");
        let words_tagged = |tag: &str| {
            lines(signals)
                .map(|l| tagged(l, ""))
                .filter(|(_, t)| t == tag)
                .flat_map(|(w, _)| w.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
                .collect::<HashSet<_>>()
        };
        Lexicon {
            verbs,
            prepositional: PhraseSet::new(prepositional),
            vague_heads: set(include_str!("../../data/lexicon/vague-sources.txt")),
            anonymous_heads: set(include_str!("../../data/lexicon/anonymous-sources.txt")),
            anonymity_reasons: phrases(
                include_str!("../../data/lexicon/anonymity-reasons.txt"),
                "",
            ),
            hedges: phrases(include_str!("../../data/lexicon/hedges.txt"), "hedge"),
            claim_phrases: PhraseSet::new(
                lines(signals)
                    .map(|l| tagged(l, ""))
                    .filter(|(_, t)| !t.starts_with("sentiment"))
                    .collect(),
            ),
            sentiment_modifiers: words_tagged("sentiment-modifier"),
            sentiment_nouns: words_tagged("sentiment-noun"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        let lx = Lexicon::builtin();
        assert_eq!(lx.verbs["told"], (VerbClass::Speech, "tell".to_owned()));
        assert_eq!(lx.verbs["fears"].0, VerbClass::Cognition);
        assert!(lx.vague_heads.contains("experts"));
        assert!(lx.sentiment_nouns.contains("concerns"));
        let found: Vec<_> = lx
            .prepositional
            .find("as per a Kremlin statement, according to X")
            .collect();
        assert_eq!(found.len(), 2);
        // Whole words only: "per" inside "percent" or "paper" is no cue.
        assert_eq!(lx.prepositional.find("25 percent of the paper").count(), 0);
        assert_eq!(
            lx.hedges
                .find("It is widely believed that")
                .next()
                .map(|(_, t)| t),
            Some("vague")
        );
    }
}
