//! Extraction on small texts: every kind of statement, the speaker and the article numbers a
//! source gives, and what is not a statement.

use treaty_core::attribution::{extract, Statement, StatementKind};
use treaty_core::refs::{Catalog, Instrument};

const TREATY: &str = "rus-dprk-2024";

fn catalog() -> Catalog {
    let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Catalog {
        instruments: vec![
            Instrument {
                id: TREATY.to_owned(),
                names: names(&["Treaty on Comprehensive Strategic Partnership"]),
                self_names: vec![],
            },
            Instrument {
                id: "un-charter-1945".to_owned(),
                names: names(&["UN Charter", "U.N. Charter", "Устав ООН", "UN-Charta"]),
                self_names: vec![],
            },
        ],
        terms: vec![],
    }
}

fn found(body: &str, language: &str) -> Vec<(String, Statement)> {
    extract(body, language, &catalog(), TREATY)
        .into_iter()
        .map(|s| (body[s.start..s.end].to_owned(), s))
        .collect()
}

#[test]
fn quotations_in_every_style_with_their_speakers() {
    let body = "\"The parties shall consult each other without delay,\" Lavrov told reporters.\n\
                Er sagte: „Die Vertragsparteien leisten einander Beistand mit allen Mitteln.“\n\
                «Стороны незамедлительно окажут друг другу военную помощь», — заявил Андрей Руденко.";
    let en = found(body, "en");
    assert_eq!(en.len(), 3, "{en:#?}");
    assert_eq!(
        en[0].0,
        "The parties shall consult each other without delay,"
    );
    assert_eq!(en[0].1.kind, StatementKind::DirectQuote);
    assert_eq!(en[0].1.speaker.as_deref(), Some("Lavrov"));
    assert_eq!(
        en[1].0,
        "Die Vertragsparteien leisten einander Beistand mit allen Mitteln."
    );
    // "Er" refers back to the last speaker named.
    assert_eq!(en[1].1.speaker.as_deref(), Some("Lavrov"));
    assert_eq!(en[2].1.speaker.as_deref(), Some("Андрей Руденко"));
}

#[test]
fn a_surname_is_given_in_full_when_the_source_named_the_person_before() {
    let body = "Deputy Foreign Minister Andrey Rudenko spoke in the Duma.\n\
                \"The treaty is purely defensive in nature,\" Rudenko said.";
    let s = found(body, "en");
    assert_eq!(s[0].1.speaker.as_deref(), Some("Andrey Rudenko"));
}

#[test]
fn reported_content_and_the_articles_it_names() {
    let body = "Thus, the fourth article of the treaty states that the other party will help.\n\
                Article six of the agreement also states that the sides will work together.\n\
                В пункте 4 документа говорится, что стороны окажут помощь.\n\
                The agreement's preamble confirms their commitment to a just world order.\n\
                The treaty was signed in Pyongyang on a sunny day.";
    let s = found(body, "en");
    let named: Vec<Vec<String>> = s.iter().map(|(_, st)| st.named_articles.clone()).collect();
    assert_eq!(named, [vec!["4"], vec!["6"], vec!["4"], vec!["preamble"]]);
    assert!(s.iter().all(|(_, st)| st.kind == StatementKind::Reported));
}

#[test]
fn other_instruments_are_not_named_articles_of_the_treaty() {
    let body = "The treaty provides for assistance in line with Article 51 of the UN Charter.";
    let s = found(body, "en");
    assert_eq!(s.len(), 1);
    assert!(s[0].1.named_articles.is_empty());
}

#[test]
fn a_quote_that_makes_up_the_sentence_is_the_statement_with_its_article() {
    let body = "The treaty also includes Article 8, which states that \"the parties shall establish mechanisms for joint measures to strengthen defence capabilities.\"";
    let s = found(body, "en");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1.kind, StatementKind::DirectQuote);
    assert_eq!(s[0].1.named_articles, ["8"]);
    assert_eq!(s[0].1.speaker, None, "the article speaks, not a person");
}

#[test]
fn a_sentence_borrowing_a_few_quoted_words_is_one_reported_statement() {
    let body = "The two countries also pledged to maintain relations, \"taking into account their obligations,\" respect each other's sovereignty, abstain from interfering in internal affairs and follow the principle of equality, as the agreement's first article read.";
    let s = found(body, "en");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1.kind, StatementKind::Reported);
    assert_eq!(s[0].1.named_articles, ["1"]);
}

#[test]
fn items_of_a_list_of_provisions() {
    let body = "Here are some key points of the agreement:\n\n– Develop a permanent partnership.\n\n– Activate communication channels without delay.\n\nOther news.";
    let s = found(body, "en");
    let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Develop a permanent partnership.",
            "Activate communication channels without delay."
        ]
    );
}

#[test]
fn names_scare_quotes_and_apostrophes_are_not_statements() {
    let body = "Kim said it would lift ties to an “alliance”. Formally named “Treaty on the Comprehensive Strategic Partnership”, it is North Korea’s and Russia’s pact.\nPutin, for his part, said that Moscow did not rule out more cooperation.";
    assert!(found(body, "en").is_empty());
}

#[test]
fn cues_in_russian_and_german() {
    let body = "Он предусматривает постоянное поддержание партнерства.\n\
                Стороны обязуются не заключать соглашений против друг друга.\n\
                Demnach wird die Vertragspartei Beistand leisten.\n\
                Im Vertrag verpflichten sich Russland und Nordkorea zur Partnerschaft.\n\
                Der Vertrag tritt mit dem Austausch der Urkunden in Kraft.";
    let previous = "Договор был подписан в Пхеньяне.\n";
    let text = format!("{previous}{body}");
    let s = found(&text, "ru");
    assert_eq!(s.len(), 5, "{s:#?}");
}

#[test]
fn a_paragraph_of_an_article_names_the_article_not_a_point_of_the_treaty() {
    let body = "Пункт 1 статьи 4 договора предусматривает военную помощь.\n\
                Clause 2 of Article 3 of the treaty provides for consultations.\n\
                Punkt 1 des Artikels 4 des Vertrags sieht Beistand vor.\n\
                В пункте 2 документа говорится о консультациях.";
    let s = found(body, "ru");
    let named: Vec<Vec<String>> = s.iter().map(|(_, st)| st.named_articles.clone()).collect();
    assert_eq!(named, [vec!["4"], vec!["3"], vec!["4"], vec!["2"]]);
}

#[test]
fn entry_into_force_and_a_treaty_ending_are_treaty_content_in_each_language() {
    for (body, language) in [
        ("The treaty enters into force on the day the instruments of ratification are exchanged.", "en"),
        ("Новое соглашение вступит в силу с даты обмена ратификационными грамотами.", "ru"),
        ("Der Vertrag tritt ab dem Tag des Austausches der Ratifizierungsurkunden in Kraft.", "de"),
        ("Sie sagte, dass das Dokument in Kraft treten werde, nachdem beide Parteien Urkunden ausgetauscht hätten.", "de"),
        ("Le traité entrera en vigueur à la date de l'échange des instruments de ratification.", "fr"),
    ] {
        let s = found(body, language);
        assert_eq!(s.len(), 1, "{body}");
        assert_eq!(s[0].1.kind, StatementKind::Reported);
    }
    for (body, language) in [
        ("The bilateral treaty of friendship, good neighborliness and cooperation concluded by Russia and North Korea on February 9, 2000 becomes invalid on that date.", "en"),
        ("Договор о дружбе 2000 года утрачивает силу с этой даты.", "ru"),
        ("Der Freundschaftsvertrag von 2000 tritt an diesem Tag außer Kraft.", "de"),
    ] {
        assert_eq!(found(body, language).len(), 1, "{body}");
    }
    // Not the treaty: a person or a date entering, force used otherwise.
    for body in [
        "Putin entered the hall with force.",
        "Die Delegation trat in den Saal ein.",
    ] {
        assert!(found(body, "en").is_empty(), "{body}");
    }
}
