//! Benchmark articles assembled from the bundled examples (written for copydesk),
//! so that benchmarks need no third-party text.

/// Paragraphs of prose from the bundled examples.
fn paragraphs() -> Vec<&'static str> {
    [
        include_str!("../../examples/harbour-strike.md"),
        include_str!("../../examples/river-drought.md"),
        include_str!("../../examples/council-budget.txt"),
    ]
    .iter()
    .flat_map(|text| text.split(['\n']))
    .map(str::trim)
    .filter(|l| l.split_whitespace().count() >= 8 && !l.starts_with(['#', '-', '>', '`', '<']))
    .collect()
}

/// A Markdown article of about `words` words: a title, a subheading every ten
/// paragraphs, and paragraphs from the examples, each made unique by a closing
/// sentence with its number.
pub fn article(words: usize) -> String {
    let source = paragraphs();
    let mut out = String::from("# Benchmark Article Assembled From the Examples\n\n");
    let mut count = 0;
    let mut n = 0;
    while count < words {
        if n % 10 == 0 && n > 0 {
            out.push_str(&format!("## Part {}\n\n", n / 10));
        }
        let p = source[n % source.len()];
        out.push_str(p);
        out.push_str(&format!(" This is paragraph {n}.\n\n"));
        count += p.split_whitespace().count() + 4;
        n += 1;
    }
    out
}

/// The byte offset of the middle of the paragraph nearest the middle of `text`.
pub fn middle_of_a_paragraph(text: &str) -> usize {
    let mid = text.len() / 2;
    let start = text[..mid].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[mid..].find("\n\n").map_or(text.len(), |i| mid + i);
    let mut at = (start + end) / 2;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
