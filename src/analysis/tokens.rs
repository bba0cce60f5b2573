//! An offset-preserving word tokenizer for prose.
//!
//! Words keep inner apostrophes, hyphens and periods ("Patel’s", "U.S.-led",
//! "U.S."), numbers keep their decimal point and thousands separators ("$240.1"
//! is `$` then `240.1`); every other character is a token of its own.

use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods.
    Word,
    /// Digits, possibly with a decimal point or separators.
    Number,
    /// Any other single character.
    Punct,
}

/// A token: its kind and byte range in the text it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Where it is.
    pub range: Range<usize>,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range.clone()]
    }
}

/// Splits `text` into tokens, skipping white space.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            tokens.push(Token {
                kind: TokenKind::Punct,
                range: start..start + c.len_utf8(),
            });
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            let joins = if d.is_alphanumeric() {
                true
            } else if matches!(d, '\'' | '’' | '-' | '.' | ',') {
                // A joiner stays inside the token only between two word characters
                // (or, for '.', after a single letter as in "U.S.").
                let next = text[i + d.len_utf8()..].chars().next();
                match (kind, d) {
                    (TokenKind::Number, '.' | ',') => next.is_some_and(|n| n.is_ascii_digit()),
                    (TokenKind::Word, '.') => {
                        next.is_some_and(char::is_alphabetic) && is_initialism(&text[start..i])
                            || is_initialism(&text[start..i]) && text[start..i].contains('.')
                    }
                    (TokenKind::Word, '\'' | '’' | '-') => {
                        next.is_some_and(char::is_alphanumeric)
                    }
                    (TokenKind::Number, '-') => next.is_some_and(char::is_alphanumeric),
                    _ => false,
                }
            } else {
                false
            };
            if !joins {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        tokens.push(Token {
            kind,
            range: start..end,
        });
    }
    tokens
}

/// "U", "U.S", "a.m": single letters joined by periods.
fn is_initialism(s: &str) -> bool {
    s.split('.').all(|part| part.chars().count() == 1)
}

/// True when a word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_news_shapes_whole() {
        assert_eq!(
            words("Patel’s U.S.-led plan"),
            ["Patel’s", "U.S.-led", "plan"]
        );
        assert_eq!(
            words("the U.S. State Department"),
            ["the", "U.S.", "State", "Department"]
        );
        assert_eq!(
            words("$240.1 billion, 25 percent."),
            ["$", "240.1", "billion", ",", "25", "percent", "."]
        );
        assert_eq!(
            words("“Hi,” she said."),
            ["“", "Hi", ",", "”", "she", "said", "."]
        );
        assert_eq!(
            words("3 p.m. on Jan. 5"),
            ["3", "p.m.", "on", "Jan", ".", "5"]
        );
        assert_eq!(
            words("six-year term, 1,200 people"),
            ["six-year", "term", ",", "1,200", "people"]
        );
    }
}
