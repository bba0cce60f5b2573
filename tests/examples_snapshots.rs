//! Snapshots of the whole model for every bundled example: any change in what
//! copydesk finds shows up as a reviewable diff.

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
