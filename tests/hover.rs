//! Hover cards for names the bundled lists know: what an organisation is, and where a
//! city is and how many live there.

use copydesk::analysis::Analyzer;
use copydesk::article::Format;
use copydesk::lsp::{Snapshot, hover_card};

fn card_at(text: &str, name: &str) -> String {
    let snapshot = Snapshot::build(
        0,
        text.to_owned(),
        Format::PlainText,
        &mut Analyzer::default(),
    );
    let at = text.find(name).expect("the name is in the text");
    hover_card(&snapshot, at).expect("a card").0
}

#[test]
fn known_organisations_and_places_say_what_they_are() {
    let text = "The IMF cut its forecast for Kenya on Tuesday, and officials in Nairobi said \
                the International Monetary Fund had not consulted them.\n";
    let imf = card_at(text, "IMF");
    assert!(
        imf.starts_with("**International Monetary Fund** · organization"),
        "{imf}"
    );
    assert!(
        imf.contains("International Monetary Fund: international financial institution"),
        "{imf}"
    );
    assert!(imf.contains("Also: IMF"), "{imf}");
    let nairobi = card_at(text, "Nairobi");
    assert!(nairobi.contains("City in Kenya, population"), "{nairobi}");
    // An organisation the list does not know has no such line.
    let text = "The Eastbay Housing Trust said rents rose.\n";
    let trust = card_at(text, "Eastbay Housing Trust");
    assert!(
        trust
            .split("\n\n")
            .nth(1)
            .is_some_and(|l| l.starts_with("Mentioned")),
        "{trust}"
    );
}

#[test]
fn a_region_says_where_it_lies_without_claiming_geonames() {
    let text = "Fighting resumed in Chechnya on Monday, officials in Moscow said.\n";
    let chechnya = card_at(text, "Chechnya");
    assert!(chechnya.contains("Region of Russia"), "{chechnya}");
    assert!(!chechnya.contains("GeoNames"), "{chechnya}");
    let moscow = card_at(text, "Moscow");
    assert!(moscow.contains("(GeoNames)"), "{moscow}");
}
