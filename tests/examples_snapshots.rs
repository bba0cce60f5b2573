//! Snapshots of the whole model, and of the hover card of every entity, for every
//! bundled example: any change in what copydesk finds or shows shows up as a
//! reviewable diff.

use copydesk::analysis::Analyzer;
use copydesk::article::{Article, Format};
use copydesk::cli::model;
use std::path::Path;

fn snapshot(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let article = Article::parse(&text, Format::from_path(&path));
    let analysis = Analyzer::default().analyze(&article, &text);
    let json = model::article(&format!("examples/{name}"), &text, &article, &analysis);
    insta::assert_json_snapshot!(name, json);

    // The hover card at each entity's first mention, as an editor would show it.
    let snapshot =
        copydesk::lsp::Snapshot::build(0, text.clone(), article.format, &mut Analyzer::default());
    let cards: Vec<String> = snapshot
        .entities()
        .entities
        .iter()
        .map(|e| {
            let at = e.mentions[0];
            let (card, span) = copydesk::lsp::hover_card(&snapshot, at.start).expect("a card");
            assert!(
                span.covers(at) || at.covers(span),
                "{}: card range {span:?}",
                e.name
            );
            format!("---- hover on “{}” ----\n{card}", &text[at.range()])
        })
        .collect();
    insta::assert_snapshot!(format!("{name}-hover"), cards.join("\n\n"));
}

#[test]
fn harbour_strike() {
    snapshot("harbour-strike.md");
}

#[test]
fn council_budget() {
    snapshot("council-budget.txt");
}

#[test]
fn river_drought() {
    snapshot("river-drought.md");
}
