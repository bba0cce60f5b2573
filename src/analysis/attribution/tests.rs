use super::*;

/// Every attribution in `sentence`, read with its quotations.
fn all(sentence: &str) -> Vec<Attribution> {
    let quotes: Vec<Range<usize>> = crate::article::find_quotes(sentence)
        .into_iter()
        .map(|q| q.outer)
        .collect();
    read_sources(sentence, 0..sentence.len(), &quotes, Lexicon::builtin()).attributions
}

fn first(sentence: &str) -> Option<(String, Option<String>, SourceKind, CueClass)> {
    all(sentence).into_iter().next().map(|a| {
        (
            sentence[a.cue].to_owned(),
            a.source.map(|s| sentence[s].to_owned()),
            a.kind,
            a.class,
        )
    })
}

fn cue_and_source(sentence: &str) -> (String, String, SourceKind) {
    let (cue, source, kind, _) =
        first(sentence).unwrap_or_else(|| panic!("no attribution in {sentence:?}"));
    (cue, source.unwrap_or_default(), kind)
}

/// Positive cases: each sentence, its cue, its source and the source's kind.
#[test]
fn finds_cues_and_sources() {
    use SourceKind::*;
    let cases: &[(&str, &str, &str, SourceKind)] = &[
        // Beginning or going on saying it.
        (
            "Ruiz began warning that the levy would fail.",
            "began warning",
            "Ruiz",
            Named,
        ),
        (
            "More dockers have begun urging the board to settle.",
            "begun urging",
            "More dockers",
            Role,
        ),
        // Telling someone, after an aspect verb or "quick to".
        (
            "Okafor was quick to tell reporters that the levy would fail.",
            "was quick to tell",
            "Okafor",
            Named,
        ),
        (
            "Ruiz has taken to urging voters that the levy is doomed.",
            "taken to urging",
            "Ruiz",
            Named,
        ),
        // Made to say it: the one made speaks.
        (
            "The audit forced Ruiz to admit that the port lost trade.",
            "forced Ruiz to admit",
            "Ruiz",
            Named,
        ),
        (
            "Ruiz was forced to concede that the port lost trade.",
            "was forced to concede",
            "Ruiz",
            Named,
        ),
        (
            "The slump prompted the Harbour Board, which sets the fees, to state, “Trade is down.”",
            "to state",
            "the Harbour Board",
            Named,
        ),
        // A lyric quoted beside the verb of singing.
        (
            "As the Rainmakers sang back in the 1980s, “Let the dockers go, let them all go home.”",
            "sang",
            "the Rainmakers",
            Named,
        ),
        (
            "“Stay,” Okafor sings to the crowd before asking, “Who is with me?”",
            "sings",
            "Okafor",
            Named,
        ),
        // Two sources after an inverted verb.
        (
            "The levy, said Doyle and others, would cost jobs.",
            "said",
            "Doyle and others",
            Named,
        ),
        (
            "“The levy is dead,” said Ruiz and two dockers.",
            "said",
            "Ruiz and two dockers",
            Named,
        ),
        // How readily it was said.
        (
            "Ruiz was quick to point out that the levy had failed.",
            "was quick to point",
            "Ruiz",
            Named,
        ),
        (
            "The harbour master was careful to note that fees had not risen.",
            "was careful to note",
            "The harbour master",
            Role,
        ),
        // Speaking somewhere, then about something.
        (
            "Ruiz spoke at the town hall on Tuesday about the levy.",
            "spoke",
            "Ruiz",
            Named,
        ),
        (
            "Two dockers talked openly with reporters about the strike.",
            "talked",
            "Two dockers",
            Role,
        ),
        // Disagreeing and railing against are said aloud.
        (
            "The harbour master disagrees with the board about the levy.",
            "disagrees",
            "The harbour master",
            Role,
        ),
        (
            "And Ruiz railed against the levy in a speech at the quay.",
            "railed",
            "Ruiz",
            Named,
        ),
        // "stating" without "that"; a gerund after a possessive is a noun; an
        // inverted speaker "when asked".
        (
            "Ruiz spoke on Thursday, stating the port is closed.",
            "stating",
            "Ruiz",
            Named,
        ),
        (
            "A source familiar with Ruiz’s thinking said the port is closed.",
            "said",
            "A source familiar with Ruiz’s thinking",
            Anonymous,
        ),
        (
            "And a third docker, Tom Birk, said that while he opposed the levy, he backed Ruiz.",
            "said",
            "Tom Birk",
            Named,
        ),
        (
            "“The port is closed,” said harbour pilot Dan Golvach when asked about it.",
            "said",
            "harbour pilot Dan Golvach",
            Named,
        ),
        // Unnamed officials hold beliefs; a figure set by "put … at"; a document before
        // a participle; "calculated that".
        (
            "Election officials are expecting a record turnout.",
            "are expecting",
            "Election officials",
            Anonymous,
        ),
        (
            "Forbes put his net worth at $45 billion.",
            "put",
            "Forbes",
            Named,
        ),
        (
            "The harbour board puts the cost of the repairs at about $40 million.",
            "puts",
            "The harbour board",
            Role,
        ),
        // The thing estimated may be long, and "on average" is no time of day.
        (
            "The Harbour Institute’s own tracking poll puts the mayor’s approval during the first four months of this year at 49.5 percent on average.",
            "puts",
            "The Harbour Institute’s own tracking poll",
            Document,
        ),
        // "that" after the verb opens what is said; it is no inverted source.
        (
            "A Coast Herald poll of dockers has, however, revealed that most back the deal.",
            "revealed",
            "A Coast Herald poll of dockers",
            Document,
        ),
        (
            "Ana Ruiz, who chairs the harbour board, said that the port would reopen.",
            "said",
            "Ana Ruiz",
            Named,
        ),
        (
            "Ruiz leads, with a new Coast Herald poll showing that 45 percent of voters back her.",
            "showing",
            "a new Coast Herald poll",
            Document,
        ),
        (
            "Despite polls showing a close race, Ruiz spent little.",
            "showing",
            "polls",
            Document,
        ),
        (
            "The Rhodium Group has calculated that the plan cuts emissions 23 percent.",
            "calculated",
            "The Rhodium Group",
            Named,
        ),
        // A view held: "sees … as", "in Ruiz’s view"; a poll owns its respondents' views.
        (
            "Many developers see golf courses as wasted space.",
            "see",
            "Many developers",
            Role,
        ),
        (
            "Ruiz views the levy as a tax on dockers.",
            "views",
            "Ruiz",
            Named,
        ),
        (
            "The levy, in Ruiz’s view, is a tax on dockers.",
            "in Ruiz’s view",
            "Ruiz",
            Named,
        ),
        (
            "In the latest Coast Herald poll, dockers see the levy as a tax.",
            "In",
            "the latest Coast Herald poll",
            Document,
        ),
        // "Tweeted" keeps the brand's capital mid-sentence.
        (
            "Murphy, the head of the harbour fund, Tweeted on Friday that the port would close.",
            "Tweeted",
            "Murphy",
            Named,
        ),
        // Verbs that speak only beside a quotation or before a colon.
        (
            "“We will win this fight for the port,” Ruiz went on.",
            "went",
            "Ruiz",
            Named,
        ),
        (
            "Union leader Tom Birk echoed:",
            "echoed",
            "Union leader Tom Birk",
            Named,
        ),
        (
            "Ruiz cut in by interjecting, “Only the board knows that.”",
            "interjecting",
            "Ruiz",
            Named,
        ),
        // "told" never inverts: the listener follows it, and the speaker stands before.
        (
            "“We were wrong,” Ramos, 58, told AFP in an interview on Monday.",
            "told",
            "Ramos",
            Named,
        ),
        // A long subject that opens the sentence; a name with its institution, its
        // town and its state.
        (
            "A person familiar with the planning for Thursday’s harbour meeting says the talks will fail.",
            "says",
            "A person familiar with the planning for Thursday’s harbour meeting",
            Anonymous,
        ),
        (
            "“It was long,” said Ana Ruiz of the University of Portmere School of Law.",
            "said",
            "Ana Ruiz of the University of Portmere School of Law",
            Named,
        ),
        (
            "Paul Okafor, a crane driver from Ava, Mo., said the queue was long.",
            "said",
            "Paul Okafor",
            Named,
        ),
        (
            "Tom Birk of Laconia, N.H., said the queue was long.",
            "said",
            "Tom Birk of Laconia",
            Named,
        ),
        // A relative clause with no "who"; an aside opened by ", which" or "-- which".
        (
            "Several dockers I’ve spoken with said the port would close.",
            "said",
            "Several dockers",
            Role,
        ),
        (
            "The pilots we talked to said the queue was long.",
            "said",
            "The pilots",
            Role,
        ),
        (
            "The audit -- which notes that fees doubled -- was published Monday.",
            "notes",
            "The audit",
            Document,
        ),
        (
            "The harbour audit, which notes that fees doubled, was published Monday.",
            "notes",
            "The harbour audit",
            Document,
        ),
        (
            "Mayor Ana Ruiz said the port would reopen.",
            "said",
            "Mayor Ana Ruiz",
            Named,
        ),
        ("The port will reopen, she said.", "said", "she", Pronoun),
        (
            "Ruiz denounced the levy as theft.",
            "denounced",
            "Ruiz",
            Named,
        ),
        (
            "The mayor derided the plan as toothless.",
            "derided",
            "The mayor",
            Role,
        ),
        (
            "Mia Okafor, 59, of Portmere, who watched the vote, said it was fair.",
            "said",
            "Mia Okafor",
            Named,
        ),
        (
            "Tom Dale, 44, of Ashton, Md., said the queue was long.",
            "said",
            "Tom Dale",
            Named,
        ),
        (
            "“We are ready,” said Tom Bell, the union leader.",
            "said",
            "Tom Bell",
            Named,
        ),
        (
            "Prices rose, according to the Harbour Board.",
            "according to",
            "the Harbour Board",
            Named,
        ),
        (
            "Ships are waiting, as per a Port Authority notice.",
            "as per",
            "a Port Authority notice",
            Document,
        ),
        (
            "Exports fell, as reported by the Valley Gazette.",
            "as reported by",
            "the Valley Gazette",
            Named,
        ),
        (
            "Bell told The Coast Herald that talks had failed.",
            "told",
            "Bell",
            Named,
        ),
        (
            "However, Ruiz noted that the strike was legal.",
            "noted",
            "Ruiz",
            Named,
        ),
        (
            "The ministry warned that fines would follow.",
            "warned",
            "The ministry",
            Role,
        ),
        ("Experts say the cost will double.", "say", "Experts", Vague),
        (
            "Some analysts argue the deal is weak.",
            "argue",
            "Some analysts",
            Vague,
        ),
        (
            "Officials said the talks would resume.",
            "said",
            "Officials",
            Anonymous,
        ),
        (
            "A person familiar with the matter said the deal was close.",
            "said",
            "A person familiar with the matter",
            Anonymous,
        ),
        (
            "Customs data released in January show trade grew.",
            "show",
            "Customs data",
            Document,
        ),
        (
            "The claim was denied by Ruiz on Monday.",
            "denied by",
            "Ruiz",
            Named,
        ),
        (
            "Trade rose 25 percent, per the customs office.",
            "per",
            "the customs office",
            Role,
        ),
        (
            "Ruiz tweeted that the port was open.",
            "tweeted",
            "Ruiz",
            Named,
        ),
        (
            "Analysts at Harbour Capital argue the deal is weak.",
            "argue",
            "Analysts at Harbour Capital",
            Named,
        ),
        (
            "A port spokesperson said the cranes were idle.",
            "said",
            "A port spokesperson",
            Anonymous,
        ),
        (
            "A Harbour Board spokesperson said the cranes were idle.",
            "said",
            "A Harbour Board spokesperson",
            Role,
        ),
        (
            "The board’s chief executive, Mira Okafor, said the offer was fair.",
            "said",
            "Mira Okafor",
            Named,
        ),
        (
            "Ana Ruiz, the mayor, said the port would reopen.",
            "said",
            "Ana Ruiz",
            Named,
        ),
        (
            "A union official, who spoke on condition of anonymity, said talks stalled.",
            "said",
            "A union official",
            Anonymous,
        ),
        ("Ruiz Says Port Will Reopen.", "Says", "Ruiz", Named),
        (
            "New Harbour Poll Shows Lead for Ruiz.",
            "Shows",
            "New Harbour Poll",
            Document,
        ),
        (
            "RUIZ: We will reopen the port on Monday.",
            ":",
            "RUIZ",
            Named,
        ),
        (
            "“We will not back down.” ― Ana Ruiz",
            "―",
            "Ana Ruiz",
            Named,
        ),
        (
            "In the latest Harbour Board survey, 40 percent of dockers backed the strike.",
            "In",
            "the latest Harbour Board survey",
            Document,
        ),
        (
            "The Harbour Board’s forecast has growth at 2 percent.",
            "forecast",
            "The Harbour Board’s",
            Named,
        ),
        (
            "The target, which scientists say is too low, was agreed.",
            "say",
            "scientists",
            Vague,
        ),
        (
            "The port, which Ruiz says is unsafe, closed.",
            "says",
            "Ruiz",
            Named,
        ),
        (
            "Few spend the alliance’s recommended 2 percent of output.",
            "recommended",
            "the alliance’s",
            Role,
        ),
        (
            "Growth will reach the central bank's forecast of 3 percent.",
            "forecast",
            "the central bank's",
            Role,
        ),
        (
            "Fees rose 9 percent, a Coast Herald analysis of port filings shows.",
            "shows",
            "a Coast Herald analysis",
            Document,
        ),
        (
            "Ruiz joked that the port was older than the town.",
            "joked",
            "Ruiz",
            Named,
        ),
        (
            "The IMF pointed to the strike as a risk to trade.",
            "pointed",
            "The IMF",
            Named,
        ),
        (
            "The count came from the Coast Police Department, which reported 2,521 shootings.",
            "reported",
            "Coast Police Department",
            Named,
        ),
        ("Ruiz opposed the plan.", "opposed", "Ruiz", Named),
        ("Ruiz spoke of a port in decline.", "spoke", "Ruiz", Named),
        (
            "Wednesday’s Harbour Herald poll has Ruiz at 46 percent.",
            "poll",
            "Wednesday’s Harbour Herald poll",
            Document,
        ),
        (
            "It raised its growth forecast to 2 percent.",
            "forecast",
            "its",
            Pronoun,
        ),
        (
            "The Coast average of polls taken over the past two weeks shows Ruiz ahead.",
            "shows",
            "The Coast average of polls",
            Document,
        ),
        (
            "On Monday, listeners who said they had doubts rang the station.",
            "said",
            "listeners",
            Role,
        ),
        (
            "It costs the minimum $20 million experts say a port needs.",
            "say",
            "experts",
            Vague,
        ),
        (
            "“The port is open,” said 9/11 widow Ana Ruiz.",
            "said",
            "9/11 widow Ana Ruiz",
            Named,
        ),
        (
            "Clinton cited the strike as proof of her case.",
            "cited",
            "Clinton",
            Named,
        ),
        (
            "“We will hold the line,” she continued.",
            "continued",
            "she",
            Pronoun,
        ),
        (
            "Mira Okafor, the board’s chair, called the offer an insult.",
            "called",
            "Mira Okafor",
            Named,
        ),
        (
            "“The port is open,” said a spokesman for the Harbour Board.",
            "said",
            "a spokesman for the Harbour Board",
            Role,
        ),
        (
            "Ruiz began by saying the port was safe.",
            "saying",
            "Ruiz",
            Named,
        ),
        (
            "The port authority is demanding that the union return to work.",
            "is demanding",
            "The port authority",
            Role,
        ),
        (
            "“Will you reopen the port?” he asks.",
            "asks",
            "he",
            Pronoun,
        ),
        (
            "The Latest: Ruiz urges dockers to vote.",
            "urges",
            "Ruiz",
            Named,
        ),
        (
            "Fact-checkers looked at Ruiz’s claim that fares fell.",
            "claim",
            "Ruiz’s",
            Named,
        ),
        (
            "The union called the offer an insult.",
            "called",
            "The union",
            Role,
        ),
        // A negation or an adverb between the speaker and the verb.
        (
            "Ruiz doesn't think the levy will pass.",
            "think",
            "Ruiz",
            Named,
        ),
        (
            "He doesn’t even believe it himself.",
            "believe",
            "He",
            Pronoun,
        ),
        // "-ly" nouns are no adverbs.
        (
            "The family said the boat was sold.",
            "said",
            "The family",
            Role,
        ),
        (
            "Okafor falsely claimed the fund was empty.",
            "claimed",
            "Okafor",
            Named,
        ),
        // Progressives, contracted or negated, and of beliefs and aims.
        (
            "He’s claiming that the fee is a scam.",
            "He’s claiming",
            "He",
            Pronoun,
        ),
        (
            "The mayor isn’t saying whether the council broke the rules.",
            "isn’t saying",
            "The mayor",
            Role,
        ),
        (
            "Ruiz is hoping that the council will relent.",
            "is hoping",
            "Ruiz",
            Named,
        ),
        // A passive whose agent follows what it was called.
        (
            "The harbour master has been called a fraud by rival captains.",
            "called",
            "rival captains",
            Role,
        ),
        // A document far from its verb, and a body whose work is to find.
        (
            "A study released on Friday by a team of economists shows how the port lost money.",
            "shows",
            "A study",
            Document,
        ),
        (
            "An arbitration panel in 2001 found the port in breach of the deal.",
            "found",
            "An arbitration panel in 2001",
            Role,
        ),
        // What a statement says is its issuer's.
        (
            "The ministry issued a statement saying the port would reopen.",
            "saying",
            "The ministry",
            Role,
        ),
        (
            "Ruiz talked about the levy for an hour.",
            "talked",
            "Ruiz",
            Named,
        ),
        (
            "Okafor expressed concern that the fund would shrink.",
            "expressed",
            "Okafor",
            Named,
        ),
        (
            "Ruiz defended the decision to close the port.",
            "defended",
            "Ruiz",
            Named,
        ),
        (
            "The port, as one docker put it, is dying.",
            "put it",
            "one docker",
            Role,
        ),
        (
            "“We will not move,” the letter reads.",
            "reads",
            "the letter",
            Document,
        ),
        (
            "Okafor didn’t apologize for the remarks.",
            "apologize",
            "Okafor",
            Named,
        ),
        (
            "Other refugee advocates also said the levy should go.",
            "said",
            "Other refugee advocates",
            Vague,
        ),
        (
            "Vice President Joseph R. Biden Jr. said the levy was a danger.",
            "said",
            "Vice President Joseph R. Biden Jr.",
            Named,
        ),
        (
            "She went on to say the levy was dead.",
            "went on to say",
            "She",
            Pronoun,
        ),
        (
            "Ruiz took to Twitter to say the levy was dead.",
            "took to Twitter to say",
            "Ruiz",
            Named,
        ),
        (
            "Closing the port, a wide array of economists say, hurt trade.",
            "say",
            "a wide array of economists",
            Vague,
        ),
        (
            "The port is dying, said several observers.",
            "said",
            "several observers",
            Vague,
        ),
        (
            "Ruiz was out-arguing Okafor, who said he would raise fees slowly.",
            "said",
            "Okafor",
            Named,
        ),
        (
            "Okafor — after a long pause — told me the levy was dead.",
            "told",
            "Okafor",
            Named,
        ),
        (
            "Jane Orr, a professor at Portmere University, writes in the Coast Herald that fees will rise.",
            "writes",
            "Jane Orr",
            Named,
        ),
        (
            "Ruiz ended the row by telling Okafor she had won.",
            "telling",
            "Ruiz",
            Named,
        ),
        (
            "Several studies have suggested that the levy hurts trade.",
            "suggested",
            "Several studies",
            Vague,
        ),
        // Inverted, with a title or a job before the name.
        (
            "“The levy is a scandal,” said former Rep. Ana Ruiz (D-Coast), who chairs the panel.",
            "said",
            "former Rep. Ana Ruiz",
            Named,
        ),
        (
            "“We were shocked,” said election lawyer Tom Birk.",
            "said",
            "election lawyer Tom Birk",
            Named,
        ),
        (
            "“The drop is real,” said a person close to the mayor.",
            "said",
            "a person close to the mayor",
            Anonymous,
        ),
        (
            "“We have work to do,” said a longtime adviser to the mayor.",
            "said",
            "a longtime adviser to the mayor",
            Anonymous,
        ),
        ("Said Okafor, “The levy is dead.”", "Said", "Okafor", Named),
        (
            "Sen. Ana Ruiz said the port would reopen.",
            "said",
            "Sen. Ana Ruiz",
            Named,
        ),
        // A poll's respondents, and the poll that asked them.
        (
            "Okafor gained ground, with 30 percent of voters saying they like her.",
            "saying",
            "30 percent of voters",
            Role,
        ),
        (
            "Some 26 percent say they will vote for Okafor.",
            "say",
            "Some 26 percent",
            Role,
        ),
        (
            "Among dockers, 30 percent of those polled said the levy was fair.",
            "said",
            "30 percent of those polled",
            Role,
        ),
        (
            "In the harbour poll, 42% say the levy is fair.",
            "In",
            "the harbour poll",
            Document,
        ),
        (
            "Okafor compared the levy to a tax on bread.",
            "compared",
            "Okafor",
            Named,
        ),
        // A base form that is a noun heads the subject.
        (
            "Dockers lost 40 jobs, the harbour report said.",
            "said",
            "the harbour report",
            Document,
        ),
        (
            "The former secretary of state said the port would close.",
            "said",
            "The former secretary of state",
            Role,
        ),
        ("Another said the vote was rigged.", "said", "Another", Role),
        ("Most said they were worried.", "said", "Most", Vague),
        (
            "A mere 9 percent say they trust the board.",
            "say",
            "A mere 9 percent",
            Role,
        ),
        (
            "“It’s a mess,“ said one harbour pilot.",
            "said",
            "one harbour pilot",
            Role,
        ),
        (
            "The question came from a docker, who said he had lost his job.",
            "said",
            "a docker",
            Role,
        ),
        // A participle set off by a quotation's close or a dash, or after "after".
        (
            "Ruiz gave a defence of “harbour values,” saying the port was the town.",
            "saying",
            "Ruiz",
            Named,
        ),
        (
            "Okafor switched sides – saying she now backed the levy.",
            "saying",
            "Okafor",
            Named,
        ),
        (
            "Mr. Okafor, after first saying he would stay, left the board.",
            "saying",
            "Mr. Okafor",
            Named,
        ),
        (
            "The mayor toured the dock, saying it would reopen.",
            "saying",
            "The mayor",
            Role,
        ),
        (
            "“That is a scandal,” Okafor charged.",
            "charged",
            "Okafor",
            Named,
        ),
        (
            "Okafor asks at the union hall, “Any questions?”",
            "asks",
            "Okafor",
            Named,
        ),
        ("He jokes, “It’s a long queue!”", "jokes", "He", Pronoun),
        (
            "Ruiz is continuing to insist the port is safe.",
            "continuing to insist",
            "Ruiz",
            Named,
        ),
        (
            "The port was attacked by Ana Ruiz, who cites the accounts as proof.",
            "cites",
            "Ana Ruiz",
            Named,
        ),
        (
            "He is talking to dockers about their pay.",
            "is talking",
            "He",
            Pronoun,
        ),
        (
            "The person familiar with the planning said the talks would resume.",
            "said",
            "The person familiar with the planning",
            Anonymous,
        ),
        (
            "Okafor calls himself a dockers’ mayor.",
            "calls",
            "Okafor",
            Named,
        ),
        (
            "Ruiz attacked the levy, calling it “a tax on bread.”",
            "calling",
            "Ruiz",
            Named,
        ),
        (
            "The strike spread, with Mayor Ana Ruiz calling it a disgrace.",
            "calling",
            "Mayor Ana Ruiz",
            Named,
        ),
        (
            "It also points out that the levy is new.",
            "points",
            "It",
            Pronoun,
        ),
        (
            "Mr. Okafor spoke warmly of the dockers.",
            "spoke",
            "Mr. Okafor",
            Named,
        ),
        (
            "A spokesman for the port declined to comment.",
            "declined to comment",
            "A spokesman for the port",
            Anonymous,
        ),
        (
            "The video shows Ana Ruiz asking, “Where is the money?”",
            "asking",
            "Ana Ruiz",
            Named,
        ),
        (
            "Okafor waves to the crowd before asking, “Who is with me?”",
            "asking",
            "Okafor",
            Named,
        ),
        // The subject before nested asides, however they run; an inverted speaker
        // still closes a sentence whose subject has an aside.
        (
            "Tom Birk, a crane driver from Ava, Mo., who joined the union in 1998, said the levy was unfair.",
            "said",
            "Tom Birk",
            Named,
        ),
        (
            "Ana Ruiz, chief executive of Portline, a shipping firm, said that the port would close.",
            "said",
            "Ana Ruiz",
            Named,
        ),
        (
            "Dan Golvach, director of the Harbour Trust, which runs the ferries, said the board’s plan was flawed.",
            "said",
            "Dan Golvach",
            Named,
        ),
        (
            "Okafor, meanwhile, who has no union backing, said that fact speaks for itself.",
            "said",
            "Okafor",
            Named,
        ),
        (
            "The port, which closed in May, will reopen, said Ruiz.",
            "said",
            "Ruiz",
            Named,
        ),
        // No time, pronoun or reported clause after an inverted verb is its speaker.
        (
            "Ruiz, who chairs the board, said Wednesday she expects a strike.",
            "said",
            "Ruiz",
            Named,
        ),
        (
            "Okafor, who has visited three ports, said she sees dockers leaving.",
            "said",
            "Okafor",
            Named,
        ),
        (
            "Mia Okafor, who chairs the Harbour Trust, said the board’s response to Ruiz was weak.",
            "said",
            "Mia Okafor",
            Named,
        ),
        (
            "Okafor, who in the past has voiced doubts about the levy, told reporters it was fair.",
            "voiced",
            "Okafor",
            Named,
        ),
        // A time between subject and verb is neither; nor is a sentence's conjunction
        // part of a name.
        (
            "Ruiz on Tuesday said the port would close.",
            "said",
            "Ruiz",
            Named,
        ),
        (
            "Senator Ana Ruiz (D-Coast) on Saturday criticized the levy as a tax.",
            "criticized",
            "Senator Ana Ruiz (D-Coast)",
            Named,
        ),
        (
            "But Mayor Ana Ruiz, who endorsed Okafor on Thursday, is making her pitch.",
            "endorsed",
            "Mayor Ana Ruiz",
            Named,
        ),
        (
            "USA TODAY reported last month that the port had closed.",
            "reported",
            "USA TODAY",
            Named,
        ),
        // A named speaker who cites something still speaks.
        (
            "Mr. Birk, citing a Harbour Board report, said the port would close.",
            "said",
            "Mr. Birk",
            Named,
        ),
        (
            "Citing a Harbour Board report, Ruiz said the port would close.",
            "said",
            "Ruiz",
            Named,
        ),
        // A participle's subject after an opening phrase or a dateline.
        (
            "Speaking at a rally in Ava, Missouri, Ruiz attacked the levy, calling it a tax.",
            "calling",
            "Ruiz",
            Named,
        ),
        (
            "PORTMERE, March 3 (Coast Wire) — Mayor Ana Ruiz rallied dockers, saying the port would stay open.",
            "saying",
            "Mayor Ana Ruiz",
            Named,
        ),
        (
            "But a day later, Ruiz reversed herself, telling the Herald that the port would close.",
            "telling",
            "Ruiz",
            Named,
        ),
        (
            "Ruiz, meanwhile, made a pitch to dockers, refusing to concede that the levy had failed.",
            "refusing to concede",
            "Ruiz",
            Named,
        ),
        // A purpose infinitive after an occasion the speaker made; a participle joined
        // by "and" to one set off by a comma.
        (
            "Ruiz on Friday held a news conference to boast that cargo rose 40 percent.",
            "held a news conference to boast",
            "Ruiz",
            Named,
        ),
        (
            "Okafor used her final address to warn that the levy will almost certainly fail.",
            "used her final address to warn",
            "Okafor",
            Named,
        ),
        (
            "Mayor Ana Ruiz went before reporters on Tuesday to declare that the strike was over.",
            "went before reporters on Tuesday to declare",
            "Mayor Ana Ruiz",
            Named,
        ),
        (
            "Ruiz, who missed the vote, has softened her tone, courting dockers and admitting that the levy will fail.",
            "admitting",
            "Ruiz",
            Named,
        ),
        // An argument or a statement made; "learned that"; "reaffirming"; a cue whose
        // first report is named.
        (
            "Okafor made the case that the levy will almost certainly fail.",
            "made the case",
            "Okafor",
            Named,
        ),
        (
            "Ruiz is making an impassioned case to dockers that the port will reopen.",
            "is making an impassioned case",
            "Ruiz",
            Named,
        ),
        (
            "Okafor made similar comments on Friday on Harbour Radio.",
            "made similar comments",
            "Okafor",
            Named,
        ),
        (
            "The Herald has learned that the port lost 40 percent of its cargo.",
            "learned",
            "The Herald",
            Named,
        ),
        (
            "Mayor Ana Ruiz is reaffirming that the levy is free of outside influence.",
            "is reaffirming",
            "Mayor Ana Ruiz",
            Named,
        ),
        (
            "The board began hiring in May, as first reported by the Coast Herald on Tuesday.",
            "as first reported by",
            "the Coast Herald",
            Named,
        ),
        // "As X, an appositive, put it"; a document dated before its participle; an
        // adverb after a participle's comma; a poll's "more likely to say"; a
        // subordinate clause before the subject.
        (
            "As Dan Golvach, a harbour pilot for 30 years, put it: “The port is dead.”",
            "put it",
            "Dan Golvach",
            Named,
        ),
        (
            "As the board’s chair, Mira Okafor, put it in her memo, “We are done.”",
            "put it",
            "Mira Okafor",
            Named,
        ),
        (
            "The Harbour Board released a statement Wednesday saying the levy had failed.",
            "saying",
            "The Harbour Board",
            Named,
        ),
        (
            "Okafor, who chairs the board, turned tougher on Ruiz, eventually saying the levy had failed.",
            "saying",
            "Okafor",
            Named,
        ),
        (
            "Voters were slightly more likely to say the levy had failed.",
            "were slightly more likely to say",
            "Voters",
            Vague,
        ),
        (
            "When the vote was counted, Ruiz spoke to dockers, insisting that the levy had failed.",
            "insisting",
            "Ruiz",
            Named,
        ),
        (
            "Ruiz has raised questions about the board’s spending.",
            "raised questions",
            "Ruiz",
            Named,
        ),
        (
            "Okafor made the pledge at a rally in Eastbay on Monday.",
            "made the pledge",
            "Okafor",
            Named,
        ),
        // A quotation closing an aside before the verb.
        (
            "Okafor, citing “the sheer weight of cargo,” said the port could reopen.",
            "said",
            "Okafor",
            Named,
        ),
        (
            "Ana Ruiz, host of Harbour Radio’s “Morning Tide,” suggested the levy had failed.",
            "suggested",
            "Ana Ruiz",
            Named,
        ),
        (
            "The levy, long opposed by dockers, “has failed us,” said Mira Okafor, the board’s longtime chair and treasurer.",
            "said",
            "Mira Okafor",
            Named,
        ),
        // The speaker before a closing colon speaks the quotation that follows.
        (
            "The Times made the same allegations in May, and the Herald responded:",
            "responded",
            "the Herald",
            Named,
        ),
        // A verb that takes what it defends or attacks is not inverted.
        (
            "Mayor Ana Ruiz, who chairs the board, defended her plan.",
            "defended",
            "Mayor Ana Ruiz",
            Named,
        ),
        // A quoted title inside the appositive of "as … put it"; a titled name or a
        // role between a quotation and "continued"; archive copy's doubled
        // apostrophes; "read" in the past tense after a pronoun; what a sign, an
        // email or a headline says; a message sent, then "saying".
        (
            "As Ana Ruiz, author of “The Port,” put it, “The levy will fail.”",
            "put it",
            "Ana Ruiz",
            Named,
        ),
        (
            "“The levy is dead,” Mr. Gray continued.",
            "continued",
            "Mr. Gray",
            Named,
        ),
        (
            "''The levy is dead,'' the harbour master continued.",
            "continued",
            "the harbour master",
            Role,
        ),
        ("“Dockers first,” it read.", "read", "it", Pronoun),
        (
            "One banner read “Dockers first,” in red paint.",
            "read",
            "One banner",
            Document,
        ),
        (
            "The board delivered a blunt message to Ruiz: “Drop the levy.”",
            ":",
            "a blunt message",
            Document,
        ),
        (
            "Senator Ruiz emailed supporters saying: “The fight goes on.”",
            "saying",
            "Senator Ruiz",
            Named,
        ),
        (
            "Ruiz sent a letter to donors saying the levy had failed.",
            "saying",
            "Ruiz",
            Named,
        ),
        // The tag after a quotation names the speaker whatever its verb.
        (
            "“That would have shown good faith,” Ruiz fumed on Tuesday.",
            "fumed",
            "Ruiz",
            Named,
        ),
        (
            "“We are not going anywhere,” the harbour master shot back.",
            "shot",
            "the harbour master",
            Role,
        ),
        (
            "“Is the levy really dead?” she wondered aloud, turning to the board.",
            "wondered",
            "she",
            Pronoun,
        ),
        // …and so does a subject and verb before a quotation that ends the sentence.
        (
            "Mrs. Ruiz cracked, “I am a progressive who gets things done.”",
            "cracked",
            "Mrs. Ruiz",
            Named,
        ),
        (
            "And Mr. Gray then gloated: “I told you she would not be ready.”",
            "gloated",
            "Mr. Gray",
            Named,
        ),
        (
            "Mira Okafor, 52, delivered a blunt message to Ruiz: “Drop the levy.”",
            ":",
            "Mira Okafor",
            Named,
        ),
        (
            "From the report: “Samples with more weighting were more accurate.”",
            ":",
            "the report",
            Document,
        ),
    ];
    for (sentence, cue, source, kind) in cases {
        assert_eq!(
            cue_and_source(sentence),
            ((*cue).into(), (*source).into(), *kind),
            "in {sentence:?}"
        );
    }
}

/// "makes the Chinese comments galling" makes no statement; the comments are the
/// Chinese's.
#[test]
fn a_causative_make_makes_no_statement() {
    let sentence = "Her insistence makes the Chinese comments galling to him.";
    assert!(
        all(sentence)
            .iter()
            .all(|a| !sentence[a.cue.clone()].starts_with("makes")),
        "in {sentence:?}"
    );
}

#[test]
fn the_one_asked_answers_as_a_stance() {
    let stance = |s: &str| first(s).map(|(cue, source, _, class)| (cue, source, class));
    assert_eq!(
        stance("Asked about the levy, Ruiz shrugged."),
        Some(("Asked".into(), Some("Ruiz".into()), CueClass::Stance))
    );
    assert_eq!(
        stance("When asked whether the levy should go, the dockers laughed."),
        Some((
            "When asked".into(),
            Some("the dockers".into()),
            CueClass::Stance
        ))
    );
    // A verb of saying outranks it.
    assert_eq!(
        stance("Asked if she would run, Ruiz said no.").map(|(cue, ..)| cue),
        Some("said".into())
    );
    // Asked mid-sentence, the asker speaks; a question asked of no one answers.
    assert_eq!(
        stance("Ruiz asked the board to wait."),
        Some(("asked".into(), Some("Ruiz".into()), CueClass::Speech))
    );
    assert_eq!(stance("Frequently Asked Questions"), None);
}

/// Negative cases: no attribution.
/// "urged Ruiz to admit" asks; only a verb that made her say it makes her the source.
#[test]
fn one_urged_to_speak_has_not_spoken() {
    let (cue, source, _) = cue_and_source("The council urged Ruiz to admit that trade fell.");
    assert_eq!((cue.as_str(), source.as_str()), ("urged", "The council"));
}

#[test]
fn ignores_look_alikes() {
    for sentence in [
        "The report was long.",
        "Ruiz spoke at the town hall on Tuesday.",
        "Ruiz was quick to add a clause to the bill.",
        "Ruiz was forced to resign after the vote.",
        "Ruiz took to posting photos that showed the quay.",
        "The choir sang the anthem before the vote.",
        "One of her recent reads, “The Port Wars,” by Ana Lee, drove that point home.",
        "“The levy is dead,” said Doyle and the crowd cheered.",
        "Ruiz started posting photos of the quay.",
        "The board was quick to approve the levy.",
        "Ruiz spoke at the end of the meeting, which was about the levy.",
        "On May 16, the two leaders met in the capital.",
        "The United States sent ships.",
        "Trade grew 25 percent a year, or $3 per capita.",
        "Police found a body near the dock.",
        "It was reported on Monday.",
        "The company delayed the launch, citing supply problems.",
        "Member states voted on the plan.",
        "Battleground state Ohio is 3 percent Polish American.",
        "Editor’s note: this story was updated.",
        "The two taped an hourlong show that aired on Monday.",
        "The real Ruiz showed up at the debate.",
        "Demand from China cooled.",
        "His group, called the Harbour Fund, owns the land.",
        "A group called Moms for Ports met on Monday.",
        "The suicide rate was ten times the average.",
        "Update: The port reopened on Monday.",
        "The union called off the strike.",
        "Ruiz hired dockers accused of sabotage.",
        "Ruiz offered some pointed advice to the board.",
        "People think the port will close.",
        "One Tweet Sums Up the Harbour Strike.",
        "The talks went on for hours.",
        "Ruiz went on to win the seat.",
        "Okafor echoed the mayor’s call for calm.",
        "She saw him there again in 1999.",
        "Rivals see an opening in New Hampshire.",
        "In his view of history, the port was built by monks.",
        "The grim view of the harbour as a ruin is wrong.",
        "It is among the few widely regarded as safe.",
        "Ruiz cannot see any future for the port with Okafor as its master.",
        "Ruiz put pressure on the board at 5 p.m. on Monday.",
        "The ferry put in at 6 on Friday.",
        "It was a shrewd and calculated move.",
        "The plan would calculate fees based on income.",
        "The harbour records showing up in the archive were burned.",
        "The dockers are meeting on Monday.",
        "Harbour Board members voted on the plan.",
        "(All rates exclude the harbour levy.)",
        "Prosecutors began by asking the court for time.",
        "The police charged him with theft.",
        "Many dockers would hope the port stays open.",
        "Do you know where the money went?",
        "His jokes fell flat.",
        "The council can act by asking the court to rule.",
        "The strike continued for a third week.",
        "Dockers, called to the hall by the union, voted to strike.",
        "Growth beat last year's forecast of 2 percent.",
        "Sales beat Tuesday’s estimate of 2 percent.",
        "The firm's profit rose 2 percent.",
        "Ruiz spoke to dockers on Monday.",
        "The crowd let out a shout.",
        "Member states sent ships.",
        "Ruiz has a wide majority of white support, which is rare.",
        "Ruiz has record low support from dockers.",
        "Others opposed the plan.",
        "Voters should know what the questions are.",
        "Others shouted, “Stop the cover-up!”",
        "Minority support for the nominee dropped.",
        "Exceptions are Eastbay (Ruiz support 27 percent).",
        "The talks about the levy stalled.",
        "Okafor defended her title in the final.",
        "Sales rose 5 percent, compared with 3 percent a year earlier.",
        "Hail battered the harbour.",
        "Ruiz went on to win the seat.",
        "Shares declined to 40 pence.",
        "Ruiz refused to sign the deal.",
        "“He left,” said nothing about where he went.",
        "Said to be ill, Okafor stayed home.",
        "Ruiz reads the harbour news every morning.",
        "Their plans are more detailed than ours.",
        "As the tide put it out of reach, the boat sank.",
        "Dockers weren't told about the closure.",
        "The levy applies to the most expensive private cruise line plans.",
        "Battleground state Ohio votes first.",
        // "learned to", "make" without an argument, an aim to make a case, an occasion
        // the speaker did not make.
        "Ruiz learned to sail at 40.",
        // A participle opening the sentence has no comma before it.
        "Saying hello, Ruiz walked in.",
        "Ruiz raised $5 million for the port.",
        "The board will continue to raise money from dockers.",
        "Ruiz won the primary on Tuesday, adding to her lead.",
        "However, simply complaining about the levy is not enough.",
        "Dockers are more likely to live in Eastbay.",
        "His post as a harbour pilot and his seat on the board put it beyond doubt.",
        "Ruiz met Okafor on Monday, reaffirming their partnership.",
        "The more dockers learn about Ruiz, the more they like her.",
        "Ruiz made a decision on the levy.",
        "The board has struggled to make that case: the port lost money.",
        "The vote helped Ruiz make the case for a levy.",
        "It took her two years to admit that.",
        "Dockers appeared more likely to describe her as strong.",
        "This habit means shouting loudly, projecting bravado and demanding more.",
        // A plural possessive's apostrophe is no quotation mark; a message sent says
        // nothing unless a statement follows.
        "The dockers' strike continued.",
        "She sent her son to school saying nothing.",
        // A quotation that is a title or a phrase inside the writer's clause has no
        // tag after it.
        "The film “Dockers of the Bay” opened in May.",
        "The bureau found him “not a real threat,” the board somehow managed to lose it.",
        "Her novel, “The Tide Comes In,” a slim book, sold well.",
        "The council voted 6-1 for the resolution, “which condemns the levy and the board.”",
        "Ruiz moved to Ohio in 1998, “the best year of my life.”",
    ] {
        assert_eq!(first(sentence), None, "in {sentence:?}");
    }
}

#[test]
fn a_long_opening_phrase_leaves_the_name_before_the_verb() {
    let sentence = "In a meeting with the editorial board of the Coast Herald Ruiz said the port would reopen.";
    assert_eq!(first(sentence).map(|a| a.0), Some("said".to_owned()));
}

#[test]
fn quoted_words_are_not_cues() {
    assert_eq!(
        first("The film is titled “what critics say is a scandal.”").map(|a| a.0),
        None
    );
}

/// A refusal or a denial still attributes the sentence, but is marked: its source
/// asserts nothing.
#[test]
fn marks_refusals_and_denials() {
    let negated = |sentence: &str| {
        all(sentence)
            .first()
            .unwrap_or_else(|| panic!("no attribution in {sentence:?}"))
            .negated
    };
    for sentence in [
        "Harbour officials declined to comment.",
        "The ministry refused to say how many ships were waiting.",
        "Officials did not respond to requests for comment.",
        "The mayor has not immediately responded to a request for comment.",
        "Ruiz has never said the port would close.",
        "Okafor isn’t saying whether she will run.",
        "The union didn’t say when the strike would end.",
    ] {
        assert!(negated(sentence), "not marked negated: {sentence:?}");
    }
    for sentence in [
        "Harbour officials said the port would reopen.",
        "Ruiz went on to say the port would close.",
        "Okafor is saying she will run.",
        "The union, which has not struck since 1998, said talks had failed.",
        "Officials who were not authorised to speak said the talks had failed.",
    ] {
        assert!(!negated(sentence), "marked negated: {sentence:?}");
    }
}

/// A fragment quoted after a named subject's verb is the subject's; a full quoted
/// sentence, a fragment after "is" or a subject that names no one is not. A sentence
/// whose cue already names a source ("He expects …") needs no fragment speaker.
#[test]
fn finds_the_speaker_of_a_quoted_fragment() {
    let speaker = |sentence: &str| {
        let quotes: Vec<Range<usize>> = crate::article::find_quotes(sentence)
            .into_iter()
            .map(|q| q.outer)
            .collect();
        read_sources(sentence, 0..sentence.len(), &quotes, Lexicon::builtin())
            .fragment_speaker
            .and_then(|a| a.source.map(|s| sentence[s].to_owned()))
    };
    assert_eq!(
        speaker("Ruiz attacked “the lazy bookkeeping of the harbour board.”").as_deref(),
        Some("Ruiz")
    );
    assert_eq!(
        speaker("He blamed the delay on “the lazy bookkeeping of the board.”").as_deref(),
        Some("He")
    );
    for sentence in [
        "Ruiz attacked the board. “We will not accept it.”",
        "The plan is “a disaster for every docker.”",
        "Only six ships are “ready to sail.”",
        "It is not enough to be “ready to sail.”",
        "He expects the hardest job to be “dealing with the ice.”",
    ] {
        assert_eq!(speaker(sentence), None, "in {sentence:?}");
    }
}

/// A second vague or anonymous source counts only in a clause of its own.
#[test]
fn finds_other_sources_in_clauses_of_their_own() {
    let others = |sentence: &str| -> Vec<String> {
        read_sources(sentence, 0..sentence.len(), &[], Lexicon::builtin())
            .others
            .into_iter()
            .filter_map(|a| a.source.map(|s| sentence[s].to_owned()))
            .collect()
    };
    assert_eq!(
        others("Ruiz said the port would reopen, but critics say the repairs will take a month."),
        ["critics"]
    );
    assert_eq!(
        others("Ruiz said the port would reopen; officials said it would not."),
        ["officials"]
    );
    assert!(others("Ruiz said critics fear a month of delays.").is_empty());
    assert!(others("Many dockers doubted the deal, the union said.").is_empty());
    assert!(others("“Nothing is settled,” Ruiz said, adding that officials agreed.").is_empty());
}
