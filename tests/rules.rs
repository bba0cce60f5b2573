//! Table-driven tests of every attribution rule on whole paragraphs written for
//! copydesk: what fires, on which words, and what stays quiet. Each row is one
//! article; its expected findings are `(rule id, flagged words)` in text order.

use copydesk::analysis::{Analysis, Analyzer, Status, analyze_text};
use copydesk::article::{Article, Format};
use copydesk::config::Config;

/// `(rule id, flagged words)` of each finding in `text`.
fn findings_of(text: &str, analysis: &Analysis) -> Vec<(String, String)> {
    analysis
        .findings
        .iter()
        .map(|f| (f.rule.id().to_owned(), text[f.span.range()].to_owned()))
        .collect()
}

fn findings(text: &str) -> Vec<(String, String)> {
    findings_of(text, &analyze_text(text, Format::Markdown).1)
}

/// Each sentence's status.
fn statuses(text: &str) -> Vec<Status> {
    let (_, analysis) = analyze_text(text, Format::Markdown);
    analysis.sentences.iter().map(|s| s.status).collect()
}

fn check(cases: &[(&str, &[(&str, &str)])]) {
    for (text, expected) in cases {
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(r, w)| ((*r).to_owned(), (*w).to_owned()))
            .collect();
        assert_eq!(findings(text), expected, "in {text:?}");
    }
}

#[test]
fn unattributed_claims_fire_on_the_words_that_need_a_source() {
    check(&[
        (
            "Freight traffic fell 12 percent last year.",
            &[("unattributed-claim", "fell 12 percent")],
        ),
        (
            "The strike came amid growing anger among dockers in Portmere.",
            &[("unattributed-claim", "growing anger among dockers")],
        ),
        (
            "The port is likely to close before the summer.",
            &[("unattributed-claim", "is likely to")],
        ),
        (
            "Harbour fees hit a record in 2025.",
            &[("unattributed-claim", "a record")],
        ),
        // A named source earlier in the paragraph does not source a new figure.
        (
            "Ana Ruiz said the port would reopen. Freight traffic fell 12 percent last year.",
            &[("unattributed-claim", "fell 12 percent")],
        ),
    ]);
}

#[test]
fn sourced_or_unclaimed_sentences_stay_quiet() {
    check(&[
        (
            "Freight traffic fell 12 percent last year, the Harbour Board said.",
            &[],
        ),
        ("On May 16, the two mayors met in Portmere.", &[]),
        ("Will freight traffic fall 12 percent?", &[]),
        // Terms of a rule, a dated event, the writer's own feeling.
        (
            "Ruiz would impose a 4 percent surcharge on cruise ships.",
            &[],
        ),
        ("The harbour deal fell apart in 2019.", &[]),
        ("I have serious concerns about the design.", &[]),
        (
            "The survey has a margin of error of 3 percentage points.",
            &[],
        ),
        // The owner of an estimate is its source.
        (
            "The Harbour Board’s forecast puts growth at 2 percent.",
            &[],
        ),
        // …and the owner of a remark owns the figure in it.
        (
            "The image stuck after his comment about 47 percent of dockers.",
            &[],
        ),
        (
            "In the latest Coast Herald poll, Ruiz led by 5 percentage points.",
            &[],
        ),
        // Figures after a survey carry its attribution, across a paragraph break too.
        (
            "A Harbour Board survey published on Monday found that most dockers back the strike. Among younger dockers, support reached 62 percent.\n\nAmong older dockers, support stood at 48 percent.",
            &[],
        ),
        // …and after a poll a name makes a named source: its figures carry too.
        (
            "According to a Coast Herald/Harbour University poll out Thursday, Ruiz has 27 percent. Okafor trails her at 13 percent.",
            &[],
        ),
        // A standing in a named poll is the poll's figure.
        ("Ruiz topped a Coast Herald poll with 30 percent.", &[]),
        // A poll story names its poll once: its percentages in the paragraphs after,
        // between quotations, are the poll's.
        (
            "A Coast Herald poll released on Monday found that the strike divides the town.\n\n“We are tired of waiting,” said Mia Okafor, a crane driver.\n\nAmong registered voters, 54 percent back the union.",
            &[],
        ),
        // …but a census figure after it needs its own source,
        (
            "A Coast Herald poll released on Monday found that the strike divides the town.\n\n“We are tired of waiting,” said Mia Okafor, a crane driver.\n\nNearly 12 percent of Portmere’s population was born abroad.",
            &[("unattributed-claim", "12 percent")],
        ),
        // …the poll does not own a vague source beside its figure,
        (
            "A Coast Herald poll released on Monday found that the strike divides the town.\n\n“We are tired of waiting,” said Mia Okafor, a crane driver.\n\nIt is widely believed that 54 percent of registered voters back the union.",
            &[("vague-source", "It is widely believed")],
        ),
        // …and so does a poll figure long after the poll,
        (
            "A Coast Herald poll released on Monday found that the strike divides the town.\n\nThe strike began in March.\n\nShips queued outside the harbour.\n\nThe mayor met the union on Friday.\n\nTalks broke up at noon.\n\nThe union met again on Sunday.\n\nAmong registered voters, 54 percent back the union.",
            &[("unattributed-claim", "54 percent")],
        ),
        // …unless the story keeps referring to its poll: then it is the poll's.
        (
            "A Coast Herald poll released on Monday found that the strike divides the town.\n\nThe strike began in March.\n\nShips queued outside the harbour.\n\nThe poll of 800 residents was taken by phone.\n\nThe mayor met the union on Friday.\n\nTalks broke up at noon.\n\nThe union met again on Sunday.\n\nAmong registered voters, 54 percent back the union.",
            &[],
        ),
        (
            "Ruiz leads the race with 41 percent.",
            &[("unattributed-claim", "41 percent")],
        ),
        // A named source that is no data carries nothing.
        (
            "According to Ana Ruiz, the port lost money. Okafor trails her at 13 percent.",
            &[("unattributed-claim", "13 percent")],
        ),
        // Public record: an election's count and score, a market's close.
        (
            "With 98 percent of precincts reporting, Ruiz carried Portmere 61% to 37%.",
            &[],
        ),
        (
            "Harbour Bank shares fell 40 cents, or 1.2 percent, to $32.10.",
            &[],
        ),
        // …but a poll's hypothetical score is a finding.
        (
            "Ruiz would beat Hale 53 percent to 36 percent.",
            &[("unattributed-claim", "53 percent")],
        ),
        // Wire and archive copy marks quotations with two apostrophes.
        (
            "''Freight traffic fell 12 percent last year,'' said Ana Ruiz.",
            &[],
        ),
        // Headlines and transcripts name their speaker before a colon or after a dash.
        ("# Ruiz Says Port Will Reopen", &[]),
        ("RUIZ: Freight traffic fell 12 percent last year.", &[]),
        (
            "“Freight traffic fell 12 percent last year.” ― Ana Ruiz",
            &[],
        ),
    ]);
}

#[test]
fn carried_figures_stop_at_a_sentence_without_a_document_source() {
    let text = "A Harbour Board survey found that most dockers back the strike. Ruiz met the union on Monday. Freight traffic fell 12 percent last year.";
    assert_eq!(
        statuses(text),
        [
            Status::Attributed,
            Status::NotAClaim,
            Status::UnattributedClaim
        ]
    );
}

#[test]
fn figures_carry_from_findings_and_ratings_in_a_chain() {
    // "Gallup found" and "PolitiFact rated" are data sources as much as a survey is,
    // and each figures-only sentence after them carries the source to the next.
    let text = "Tidewatch rated 32 percent of harbour claims as false.

A majority of union statements (54 percent) were rated as true. Conversely, 52 percent of board statements were rated as false.

Ruiz said the figures were unfair. Freight traffic fell 12 percent last year.";
    assert_eq!(
        statuses(text),
        [
            Status::Attributed,
            Status::Attributed,
            Status::Attributed,
            Status::Attributed,
            Status::UnattributedClaim
        ]
    );
}

#[test]
fn a_stance_attributes_a_sentence_but_sources_no_claim() {
    let text = "Ruiz opposed the harbour levy. In 2020, she wanted cuts to fees, but harbour fees have since hit a record. Others shouted at the council.";
    assert_eq!(
        statuses(text),
        [
            Status::Attributed,
            Status::UnattributedClaim,
            Status::NotAClaim
        ]
    );
    assert_eq!(
        findings(text),
        [("unattributed-claim".to_owned(), "a record".to_owned())]
    );
    // A stance takes an infinitive; "plans" after what governs a noun is the noun.
    assert_eq!(
        statuses("The council plans to sell the quay. Ruiz made plans to sell the quay."),
        [Status::Attributed, Status::NotAClaim]
    );
    // …nor does it source a hedge.
    check(&[(
        "Ruiz endorsed the manager, who was charged for allegedly taking bribes.",
        &[("hedged-report", "allegedly")],
    )]);
}

#[test]
fn owned_figures_are_attributed_to_their_owner() {
    check(&[
        (
            "Only five members spend the alliance’s recommended 2 percent of output on defence.",
            &[],
        ),
        (
            "Growth will reach the central bank's forecast of 3 percent.",
            &[],
        ),
        (
            "Wednesday’s Harbour Herald poll has Ruiz at 46 percent.",
            &[],
        ),
        (
            "Growth beat last year’s forecast of 3 percent.",
            &[("unattributed-claim", "3 percent")],
        ),
    ]);
}

#[test]
fn sources_read_past_names_to_the_document() {
    let (_, analysis) = analyze_text(
        "In 2013, research conducted by the Centre for Ports and Public Affairs found that fees rose 12 percent.",
        Format::Markdown,
    );
    let a = analysis.sentences[0]
        .attribution
        .as_ref()
        .expect("attributed");
    assert_eq!(a.kind, copydesk::analysis::SourceKind::Document);
    assert_eq!(a.source_text.as_deref(), Some("research"));
    // "of Republican claims": a noun after a preposition, never a verb of saying.
    check(&[(
        "Half of Republican claims in the debate were about the port, which handled 40 percent more freight.",
        &[("unattributed-claim", "40 percent")],
    )]);
}

/// A quotation standing alone in a paragraph of several speakers is the last one's
/// before it, not the first one's; a refusal speaks for no one.
#[test]
fn a_lone_quotation_goes_to_the_nearest_speaker_before_it() {
    let text = "As the shanty has it, Okafor sings, “Haul away, the tide is turning.” The port is quiet. “You think I will bend?” Ruiz said on Friday. She did not say more. “I am not bending.”\n";
    let (_, analysis) = analyze_text(text, Format::Markdown);
    let last = analysis.sentences.last().expect("sentences");
    let a = last.attribution.as_ref().expect("attributed");
    assert_eq!(a.source_text.as_deref(), Some("Ruiz"));
}

#[test]
fn coordinated_speakers_are_one_source_and_both_are_quoted() {
    let text = "Ana Ruiz and Tomas Okafor said the port would reopen.\n\nThe mayor and her deputy said the budget was sound.\n\nRuiz met Okafor and Lindqvist said the talks went well.\n";
    let (article, analysis) = analyze_text(text, Format::Markdown);
    let sources: Vec<Option<&str>> = analysis
        .sentences
        .iter()
        .map(|s| {
            s.attribution
                .as_ref()
                .and_then(|a| a.source_text.as_deref())
        })
        .collect();
    assert_eq!(
        sources,
        [
            Some("Ana Ruiz and Tomas Okafor"),
            Some("The mayor and her deputy"),
            // "Ruiz met Okafor" holds a verb: only Lindqvist said it.
            Some("Lindqvist"),
        ]
    );
    let index = analysis.entities(&article, text);
    let quoted = |name: &str| {
        index
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.statements.iter().map(|(i, _)| *i).collect::<Vec<_>>())
    };
    assert_eq!(quoted("Ana Ruiz"), Some(vec![0]));
    assert_eq!(quoted("Tomas Okafor"), Some(vec![0]));
}

#[test]
fn more_verbs_of_saying_and_where_they_are_not() {
    check(&[
        // A document that says it, in a relative clause.
        (
            "Ruiz released a letter from the harbour master that says fees rose 12 percent.",
            &[],
        ),
        // "charged that" is a statement; "charged with" is not.
        (
            "Ruiz charged that freight traffic fell 12 percent last year.",
            &[],
        ),
        (
            "Police charged the captain with smuggling after cargo fell 12 percent.",
            &[("unattributed-claim", "fell 12 percent")],
        ),
        // "continued:" opens the quotation in the next paragraph.
        (
            "Ruiz continued:\n\n“The port will reopen by Friday, and every shift will be paid.”",
            &[],
        ),
        (
            "Ruiz questioned whether the port could reopen by Friday.",
            &[],
        ),
        // People named by the document they wrote, after a coordinated verb.
        (
            "The authors of the report, who include two harbour unions, combed through the filings and found 73 percent of firms kept offshore accounts.",
            &[],
        ),
    ]);
}

#[test]
fn vague_anonymous_hedged_and_speakerless() {
    check(&[
        // A refusal asserts nothing, so who refused needs no name.
        ("Officials declined to comment.", &[]),
        (
            "Port officials did not respond to requests for comment.",
            &[],
        ),
        (
            "Officials, who did not give their names, said the port would close.",
            &[("anonymous-source", "Officials")],
        ),
        (
            "Experts say the port will close.",
            &[("vague-source", "Experts say")],
        ),
        (
            "The ferry is widely regarded as the safest in the region.",
            &[("vague-source", "is widely regarded")],
        ),
        (
            "Engineers regard the ferry as the safest in the region.",
            &[],
        ),
        (
            "Conventional wisdom holds that the ferry will fail.",
            &[("vague-source", "Conventional wisdom holds")],
        ),
        (
            "The inquiry was widely expected to clear the harbourmaster.",
            &[("vague-source", "was widely expected")],
        ),
        ("Then someone asked how the port would pay for it.", &[]),
        (
            "Many historians accept that the harbour was built by monks.",
            &[("vague-source", "Many historians")],
        ),
        (
            "Several studies have suggested that the levy hurts trade.",
            &[("vague-source", "Several studies have suggested")],
        ),
        (
            "It is known that the monks fished here.",
            &[("vague-source", "It is known that")],
        ),
        (
            "Refugee advocates said the levy should go.",
            &[("vague-source", "Refugee advocates said")],
        ),
        (
            "The plan - critics would call it reckless - passed on Monday.",
            &[("vague-source", "critics would call")],
        ),
        (
            "Officials said the talks would resume.",
            &[("anonymous-source", "Officials said")],
        ),
        (
            "Officials, who spoke on condition of anonymity because they were not authorised to speak, said the talks would resume.",
            &[],
        ),
        (
            "The port will reportedly close in May.",
            &[("hedged-report", "reportedly")],
        ),
        (
            "The port is expected to close in May.",
            &[("hedged-report", "is expected to")],
        ),
        (
            "The minister is understood to have offered her resignation.",
            &[("hedged-report", "is understood to")],
        ),
        (
            "It had been believed that the wreck lay off Portmere.",
            &[("hedged-report", "It had been believed")],
        ),
        // A second source in a clause of its own is read too…
        (
            "Ruiz said the port would reopen on Monday, but critics say the repairs will take a month.",
            &[("vague-source", "critics say")],
        ),
        (
            "Mayor Ana Ruiz said the budget would pass, officials said.",
            &[("anonymous-source", "officials said")],
        ),
        // …but not one the first source reports, which is the named speaker's claim.
        ("Mayor Ana Ruiz said critics fear a month of delays.", &[]),
        ("Many dockers doubted the deal, the union said.", &[]),
        (
            "One docker declined to speak on the record, saying it would cost him his job.",
            &[],
        ),
        // Vague sources in a relative clause, a vague agent, a speculation.
        (
            "Cuts of 80 percent, which scientists say is the minimum, were agreed.",
            &[("vague-source", "scientists say")],
        ),
        (
            "The strike has been seen by some as a turning point.",
            &[("vague-source", "has been seen")],
        ),
        (
            "The strike has been seen by historians in Portmere as a turning point.",
            &[],
        ),
        (
            "Some speculate that the port will be sold.",
            &[("vague-source", "Some speculate")],
        ),
        (
            "“We will not accept a deal that cuts a single job,” the statement read, without naming who wrote it.",
            &[],
        ),
        (
            "The strike entered its third week. “We will not accept a deal that cuts a single job at this port.”",
            &[(
                "unattributed-quote",
                "“We will not accept a deal that cuts a single job at this port.”",
            )],
        ),
        // A fragment quoted after a named subject's verb is the subject's words…
        (
            "In a speech on Monday, Ruiz attacked “the lazy bookkeeping of the harbour board.”",
            &[],
        ),
        // …and so with an aside between the name and its verb…
        (
            "Ana Ruiz, the harbour master, ripped the board for acting as “the judge and the jury of every docker.”",
            &[],
        ),
        // …and one whose first cue is a refusal still speaks in that paragraph.
        (
            "Ruiz has not said whether she will run, and she insisted on Friday that she is ready. But she laid off staff and began planning for “what happens if we lose the vote.”",
            &[],
        ),
        // …and after an aside that opens on a name's possessive.
        (
            "Ana Ruiz, Tomas Okafor's former deputy, ripped the board for acting as “the judge and the jury of every docker.”",
            &[],
        ),
        // …but not after "is", nor after a subject that names no one.
        (
            "The plan is “a disaster for every docker in the town.”",
            &[(
                "unattributed-quote",
                "“a disaster for every docker in the town.”",
            )],
        ),
        (
            "It is not enough to be “ready to sail before the winter storms arrive.”",
            &[(
                "unattributed-quote",
                "“ready to sail before the winter storms arrive.”",
            )],
        ),
        // A quotation paragraph straight after a named speaker's quotation is theirs…
        (
            "“The port will not close this winter,” Ruiz said on Friday.\n\n“We have the money and the ships, and nobody should doubt it.”",
            &[],
        ),
        // An unnamed speaker is still a speaker: the quotation after theirs is theirs,
        // and `anonymous-source` asks for the name.
        (
            "“The board has made its views very clear,” a spokesman said. “It will back the dockers in every port.”",
            &[("anonymous-source", "a spokesman said")],
        ),
        (
            "“The harbour will always be the harbour,” an angry Ruiz retaliated.",
            &[],
        ),
        // A paragraph that introduces a quotation with no speaker ("Her remarks, in
        // full:") hands it to the last speaker; with no speaker before, it stays flagged.
        (
            "On Tuesday at the hall, Mayor Ana Ruiz said, “I am ready for this fight.”\n\nHer remarks, in full:\n\n“Tonight we arrived in Portmere, and people started to cheer, and I nearly cried.”",
            &[],
        ),
        (
            "The hall was full on Tuesday.\n\nThe remarks, in full:\n\n“Tonight we arrived in Portmere, and people started to cheer, and I nearly cried.”",
            &[(
                "unattributed-quote",
                "“Tonight we arrived in Portmere, and people started to cheer, and I nearly cried.”",
            )],
        ),
        // The tag after a quotation names its speaker whatever the verb, even as a
        // sentence of its own after a question, and the next quotation is theirs too.
        (
            "“Would the levy be negotiable at all?” Okafor pressed. “Maybe let some dockers stay.”",
            &[],
        ),
        (
            "“I would say this,” Mr. Gray answered. “We will work out a system that is fair to every docker.”",
            &[],
        ),
        // …but not after a paragraph that quotes no one, nor after a refusal.
        (
            "Ruiz praised the dockers for their work during the storm.\n\n“We need people who cut through the noise and bring the town together.”",
            &[(
                "unattributed-quote",
                "“We need people who cut through the noise and bring the town together.”",
            )],
        ),
        (
            "Asked about “the harbour’s future,” Ruiz declined to comment.\n\n“We need people who cut through the noise and bring the town together.”",
            &[(
                "unattributed-quote",
                "“We need people who cut through the noise and bring the town together.”",
            )],
        ),
    ]);
}

/// Findings with the opt-in `speculation` rule turned on.
fn findings_with_speculation(text: &str) -> Vec<(String, String)> {
    findings_with_rule(text, "speculation")
}

/// Findings with one opt-in rule turned on.
fn findings_with_rule(text: &str, rule: &str) -> Vec<(String, String)> {
    let mut config = Config::default();
    let warnings = config.merge_json(&serde_json::json!({"rules": {rule: {"enabled": true}}}));
    assert!(warnings.is_empty(), "{warnings:?}");
    let article = Article::parse(text, Format::Markdown);
    findings_of(text, &Analyzer::new(config).analyze(&article, text))
}

#[test]
fn speculation_is_opt_in_and_leaves_owned_speculation_alone() {
    let text = "The port may close before the summer. Ruiz said the port may close in May. Freight traffic could fall 12 percent.";
    // Off by default.
    assert_eq!(
        findings(text),
        [("unattributed-claim".to_owned(), "12 percent".to_owned())]
    );
    let expected: Vec<(String, String)> = [
        ("speculation", "may"),
        ("speculation", "could"),
        ("unattributed-claim", "12 percent"),
    ]
    .iter()
    .map(|(r, w)| ((*r).to_owned(), (*w).to_owned()))
    .collect();
    // On: the first "may" fires; Ruiz owns the second; "May" is a month; and the
    // sentence with "could" still reports its unattributed figure.
    assert_eq!(findings_with_speculation(text), expected);
}

#[test]
fn vague_quantity_is_opt_in_and_spares_counts_times_and_owners() {
    let text = "Many residents have left Portmere. Some 300 families stayed for several weeks. \
Several councillors said some shops would close. Ferries generally run late.";
    // Off by default: a desk's ordinary "many" is not a finding.
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    let expected: Vec<(String, String)> =
        [("vague-quantity", "Many"), ("vague-quantity", "generally")]
            .iter()
            .map(|(r, w)| ((*r).to_owned(), (*w).to_owned()))
            .collect();
    // On: "Many" and "generally" fire; "Some 300" is a count and "several weeks" a
    // span of time; the councillors who said it own "some shops".
    let got: Vec<_> = findings_with_rule(text, "vague-quantity")
        .into_iter()
        .filter(|(r, _)| r == "vague-quantity")
        .collect();
    assert_eq!(got, expected);
}
