//! Names in a sentence and a book of names seen so far, to resolve a surname or a
//! pronoun to the full name the article introduced.

use super::tokens::is_capitalised;
use std::collections::HashMap;

/// Words before a name that are titles, not part of it ("Russian President Vladimir Putin").
pub(super) const TITLE_WORDS: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Chancellor",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Chief",
    "Executive",
    "General",
    "Gen.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Professor",
    "Prof.",
    "Judge",
    "Justice",
    "Councillor",
    "Councilor",
    "Commissioner",
    "Inspector",
    "Captain",
    "Colonel",
    "Premier",
    "Leader",
    "Pope",
    "Sheriff",
    "Officer",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "Finance",
    "State",
    "Vice",
    "Opposition",
];

/// The full names (two words or more, titles stripped) a sentence mentions.
pub fn full_names(sentence: &str) -> Vec<String> {
    capitalised_runs(sentence)
        .iter()
        .map(|run| strip_titles(run))
        .filter(|name| name.split_whitespace().nth(1).is_some())
        .collect()
}

/// Names seen so far, to resolve "Patel" to "Vedant Patel" and "he" to the last person.
/// Lookups are by the name's last word and by its first (family names come first in
/// "Cheng Chin-mo" and "Xi Jinping"), so the pass stays linear in the document.
#[derive(Default)]
pub struct NameBook {
    by_last: HashMap<String, String>,
    by_first: HashMap<String, String>,
    last_person: Option<String>,
}

impl NameBook {
    /// Records a sentence's full names (from [`full_names`]).
    pub fn learn(&mut self, names: &[String]) {
        for name in names {
            let mut words = name.split_whitespace();
            if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
                self.by_last.insert(last.to_owned(), name.clone());
                self.by_first
                    .entry(first.to_owned())
                    .or_insert_with(|| name.clone());
            }
        }
    }

    /// The full name a named source resolves to ("Patel" → "Vedant Patel").
    pub fn resolve_name(&mut self, source: &str) -> Option<String> {
        let run = capitalised_runs(source).pop()?;
        let name = strip_titles(&run);
        let last = name.split_whitespace().last()?.to_owned();
        let longer = |full: &&String| full.len() >= name.len();
        let full = self
            .by_last
            .get(&last)
            .filter(longer)
            .or_else(|| {
                (!name.contains(' '))
                    .then(|| self.by_first.get(&last).filter(longer))
                    .flatten()
            })
            .cloned()
            .unwrap_or(name);
        if looks_like_person(&full) {
            self.last_person = Some(full.clone());
        }
        Some(full)
    }

    /// The person "he" or "she" refers to: the last person named as a source.
    pub fn resolve_pronoun(&self, pronoun: &str) -> Option<String> {
        matches!(pronoun.to_lowercase().as_str(), "he" | "she")
            .then(|| self.last_person.clone())
            .flatten()
    }
}

fn capitalised_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for word in text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"')
    }) {
        let bare = word.trim_end_matches("’s").trim_end_matches("'s");
        let initialism = bare.len() >= 3
            && bare.contains('.')
            && bare.chars().all(|c| c.is_uppercase() || c == '.');
        let w = if initialism {
            bare
        } else {
            bare.trim_end_matches(['.', '!', '?'])
        };
        let cap = is_capitalised(w) && (w.chars().any(char::is_lowercase) || initialism);
        if cap {
            current.push(w);
        }
        let ends_run = !cap
            || word.ends_with("’s")
            || word.ends_with('.') && !TITLE_WORDS.contains(&word) && !initialism;
        if ends_run && !current.is_empty() {
            runs.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        runs.push(current.join(" "));
    }
    runs
}

fn strip_titles(run: &str) -> String {
    let words: Vec<&str> = run.split_whitespace().collect();
    if words.len() >= 2 && !looks_like_person(&words[words.len() - 2..].join(" ")) {
        return run.to_owned(); // an organisation: "U.S. State Department" keeps "State"
    }
    let first_name = words
        .iter()
        .position(|w| !(TITLE_WORDS.contains(w) || w.ends_with("ian") || w.ends_with("ese")))
        .unwrap_or(words.len().saturating_sub(1));
    words[first_name..].join(" ")
}

fn looks_like_person(name: &str) -> bool {
    const ORG_WORDS: &[&str] = &[
        "Department",
        "Ministry",
        "Party",
        "University",
        "Times",
        "Board",
        "Council",
        "Union",
        "Office",
        "Agency",
        "Authority",
        "Company",
        "Bank",
        "Court",
        "Kremlin",
        "House",
        "Post",
        "News",
        "Gazette",
        "Herald",
        "Institute",
        "Association",
        "Commission",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len()) && !words.iter().any(|w| ORG_WORDS.contains(w))
}
