//! Our own news sentences (`news-sentences.txt`), marked up as `[ORG Bank of Eastbay]`,
//! read into tagged words with the tokenizer the product uses.

use super::Tagged;
use copydesk::analysis::ner::labels::EntityKind;
use copydesk::analysis::ner::words;

/// The marked sentences shipped beside this program.
pub fn news_sentences() -> Vec<Tagged> {
    include_str!("news-sentences.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| parse(l).unwrap_or_else(|| panic!("bad markup: {l}")))
        .collect()
}

/// One marked line: plain text with `[KIND name]` spans.
fn parse(line: &str) -> Option<Tagged> {
    let (mut out, mut spans) = (Vec::new(), Vec::new());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        push_words(&rest[..open], &mut out);
        let close = open + rest[open..].find(']')?;
        let (tag, name) = rest[open + 1..close].split_once(' ')?;
        let kind = match tag {
            "PER" => EntityKind::Person,
            "ORG" => EntityKind::Organization,
            "LOC" => EntityKind::Place,
            "MISC" => EntityKind::Other,
            _ => return None,
        };
        let start = out.len();
        push_words(name, &mut out);
        spans.push((start, out.len(), kind));
        rest = &rest[close + 1..];
    }
    push_words(rest, &mut out);
    Some((out, spans))
}

fn push_words(text: &str, out: &mut Vec<String>) {
    out.extend(words(text).into_iter().map(|r| text[r].to_owned()));
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_becomes_spans() {
        let (words, spans) =
            super::parse("[PER Ana Ruiz] of [ORG Banco Sul]'s board said.").unwrap();
        assert_eq!(words[..2], ["Ana", "Ruiz"]);
        assert_eq!(spans.len(), 2);
        assert_eq!(words[spans[1].0..spans[1].1], ["Banco", "Sul"]);
        assert!(super::news_sentences().len() > 300);
    }
}
