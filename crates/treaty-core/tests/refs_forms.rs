//! Every reference form the recogniser supports, on real sentences from treaties and the news
//! coverage of the 2024 Russia–DPRK treaty.

use treaty_core::refs::{recognise, Catalog, Instrument, Mention, Target, Term};

const CHARTER: &str = "un-charter-1945";
const NAT: &str = "north-atlantic-treaty-1949";
const RUS_DPRK: &str = "rus-dprk-2024";

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn instrument(id: &str, names: &[&str], self_names: &[&str]) -> Instrument {
    Instrument {
        id: id.to_owned(),
        names: strings(names),
        self_names: strings(self_names),
    }
}

fn term(id: &str, forms: &[&str], documents: &[&str]) -> Term {
    Term {
        id: id.to_owned(),
        forms: strings(forms),
        documents: strings(documents),
    }
}

fn charter() -> Instrument {
    instrument(
        CHARTER,
        &[
            "Charter of the United Nations",
            "UN Charter",
            "U.N. Charter",
            "United Nations Charter",
            "Устав ООН",
            "Устав Организации Объединенных Наций",
            "UN-Charta",
            "Charta der Vereinten Nationen",
            "Charte des Nations unies",
        ],
        &["the present Charter", "this Charter"],
    )
}

fn catalog() -> Catalog {
    Catalog {
        instruments: vec![
            charter(),
            instrument(
                NAT,
                &["North Atlantic Treaty", "Washington Treaty", "NATO Treaty"],
                &["this Treaty", "the present Treaty"],
            ),
            instrument(
                RUS_DPRK,
                &[
                    "Treaty on Comprehensive Strategic Partnership",
                    "Russia–DPRK treaty",
                ],
                &[],
            ),
            instrument(
                "ussr-dprk-1961",
                &[
                    "USSR–DPRK Treaty of 1961",
                    "Treaty of Friendship, Co-operation and Mutual Assistance between the USSR and the DPRK",
                ],
                &[],
            ),
        ],
        terms: vec![
            term(
                "dprk",
                &["DPRK", "КНДР", "Democratic People's Republic of Korea"],
                &[],
            ),
            term(
                "unilateral-coercive-measures",
                &[
                    "unilateral coercive measures",
                    "односторонних принудительных мер",
                    "односторонние принудительные меры",
                ],
                &[],
            ),
            term("un", &["ООН"], &[]),
            term("self-defence", &["self-defence"], &[NAT]),
        ],
    }
}

/// Each mention as the text it covers and its target.
fn found(text: &str, document_id: &str) -> Vec<(String, Target)> {
    found_in(text, &catalog(), document_id)
}

fn found_in(text: &str, catalog: &Catalog, document_id: &str) -> Vec<(String, Target)> {
    recognise(text, catalog, document_id)
        .into_iter()
        .map(|Mention { start, end, target }| (text[start..end].to_owned(), target))
        .collect()
}

fn art(covered: &str, document: &str, article: &str) -> (String, Target) {
    (
        covered.to_owned(),
        Target::Article {
            document: document.to_owned(),
            article: article.to_owned(),
            paragraph: None,
        },
    )
}

fn para(covered: &str, document: &str, article: &str, paragraph: &str) -> (String, Target) {
    (
        covered.to_owned(),
        Target::Article {
            document: document.to_owned(),
            article: article.to_owned(),
            paragraph: Some(paragraph.to_owned()),
        },
    )
}

fn other(covered: &str, article: &str, instrument: &str) -> (String, Target) {
    (
        covered.to_owned(),
        Target::OtherInstrument {
            article: article.to_owned(),
            instrument: instrument.to_owned(),
        },
    )
}

fn term_at(covered: &str, id: &str) -> (String, Target) {
    (covered.to_owned(), Target::Term { id: id.to_owned() })
}

/// The article mentions only (terms dropped).
fn articles(text: &str, document_id: &str) -> Vec<(String, Target)> {
    found(text, document_id)
        .into_iter()
        .filter(|(_, t)| !matches!(t, Target::Term { .. }))
        .collect()
}

// Internal references.

#[test]
fn article_4() {
    assert_eq!(
        articles("The parties agreed in Article 4 that", RUS_DPRK),
        [art("Article 4", RUS_DPRK, "4")]
    );
}

#[test]
fn lower_case_article_4() {
    let text = "\"The treaty's provisions, including article 4 on mutual support in case of an armed incursion, will be fully implemented\"";
    assert_eq!(articles(text, RUS_DPRK), [art("article 4", RUS_DPRK, "4")]);
}

#[test]
fn abbreviated_art_4() {
    assert_eq!(
        articles("see Art. 4 and Art.5", RUS_DPRK),
        [art("Art. 4", RUS_DPRK, "4"), art("Art.5", RUS_DPRK, "5")]
    );
}

#[test]
fn articles_3_and_4() {
    assert_eq!(
        articles("Articles 3 and 4 deal with", RUS_DPRK),
        [art("Articles 3", RUS_DPRK, "3"), art("4", RUS_DPRK, "4")]
    );
}

#[test]
fn articles_3_4_and_5() {
    assert_eq!(
        articles("Articles 3, 4 and 5 deal with", RUS_DPRK),
        [
            art("Articles 3", RUS_DPRK, "3"),
            art("4", RUS_DPRK, "4"),
            art("5", RUS_DPRK, "5")
        ]
    );
}

#[test]
fn article_ranges() {
    for text in ["Articles 3 to 5", "Articles 3-5", "Articles 3–5"] {
        assert_eq!(
            articles(text, RUS_DPRK),
            [art("Articles 3", RUS_DPRK, "3"), art("5", RUS_DPRK, "5")],
            "{text}"
        );
    }
}

#[test]
fn paragraph_2_of_article_4() {
    assert_eq!(
        articles(
            "as provided in paragraph 2 of Article 4, the parties",
            RUS_DPRK
        ),
        [para("paragraph 2 of Article 4", RUS_DPRK, "4", "2")]
    );
}

#[test]
fn article_4_paragraph_2() {
    assert_eq!(
        articles("Article 4(2) and Article 4, paragraph 2", RUS_DPRK),
        [
            para("Article 4(2)", RUS_DPRK, "4", "2"),
            para("Article 4, paragraph 2", RUS_DPRK, "4", "2")
        ]
    );
}

#[test]
fn roman_article_numbers_are_kept() {
    assert_eq!(
        articles("Article II of the treaty", RUS_DPRK),
        [art("Article II of the treaty", RUS_DPRK, "II")]
    );
}

#[test]
fn article_six() {
    let text = "Article six of the agreement also states that the two countries will work towards a \"multipolar world order\"";
    assert_eq!(
        articles(text, RUS_DPRK),
        [art("Article six of the agreement", RUS_DPRK, "6")]
    );
}

#[test]
fn the_fourth_article() {
    let text = "Thus, the fourth article of the treaty states that in the event that one of the parties is subjected to an armed attack";
    assert_eq!(
        articles(text, RUS_DPRK),
        [art("fourth article of the treaty", RUS_DPRK, "4")]
    );
    let text = "as the agreement's first article read.";
    assert_eq!(
        articles(text, RUS_DPRK),
        [art("agreement's first article", RUS_DPRK, "1")]
    );
}

#[test]
fn russian_article_case_forms() {
    for text in [
        "статья 4",
        "статьи 4",
        "статье 4",
        "статьей 4",
        "статьёй 4",
        "Статья 4",
        "ст. 4",
    ] {
        let sentence = format!("Согласно {text} договора стороны");
        assert_eq!(
            articles(&sentence, RUS_DPRK),
            [art(&format!("{text} договора"), RUS_DPRK, "4")],
            "{text}"
        );
        assert_eq!(
            articles(text, RUS_DPRK),
            [art(text, RUS_DPRK, "4")],
            "{text}"
        );
    }
}

#[test]
fn russian_paragraph_of_article() {
    assert_eq!(
        articles("В соответствии с пунктом 2 статьи 4 стороны", RUS_DPRK),
        [para("пунктом 2 статьи 4", RUS_DPRK, "4", "2")]
    );
    assert_eq!(
        articles("пункт 2 статьи 4", RUS_DPRK),
        [para("пункт 2 статьи 4", RUS_DPRK, "4", "2")]
    );
}

#[test]
fn german_article_forms() {
    assert_eq!(
        articles("Artikel 4 besagt, falls", RUS_DPRK),
        [art("Artikel 4", RUS_DPRK, "4")]
    );
    assert_eq!(
        articles("gemäß Art. 4 gilt", RUS_DPRK),
        [art("Art. 4", RUS_DPRK, "4")]
    );
    assert_eq!(
        articles("vereinbarten zudem in Artikel 3 und 4, im Falle", RUS_DPRK),
        [art("Artikel 3", RUS_DPRK, "3"), art("4", RUS_DPRK, "4")]
    );
}

// External references through catalog names.

#[test]
fn un_charter_in_every_language() {
    let cases = [
        "Article 51 of the UN Charter",
        "Article 51 of the Charter of the United Nations",
        "Article 51 of the U.N. Charter",
        "Article 51 of the United Nations Charter",
        "UN Charter Article 51",
        "Art. 51 UN Charter",
        "статьей 51 Устава ООН",
        "статьи 51 Устава Организации Объединенных Наций",
        "статьёй 51 Устава Организации Объединённых Наций",
        "статье 51 Устава ООН",
        "Artikel 51 der UN-Charta",
        "Artikel 51 der UN Charta",
        "Artikel 51 der Charta der Vereinten Nationen",
    ];
    for phrase in cases {
        let text = format!("in line with {phrase}, which");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [art(phrase, CHARTER, "51")],
            "{phrase}"
        );
    }
}

#[test]
fn the_charter_resolves_to_the_only_charter() {
    assert_eq!(
        articles("under Article 51 of the Charter.", RUS_DPRK),
        [art("Article 51 of the Charter", CHARTER, "51")]
    );
    assert_eq!(
        articles("gemäß Artikel 51 der Charta", RUS_DPRK),
        [art("Artikel 51 der Charta", CHARTER, "51")]
    );
}

#[test]
fn the_charter_is_ambiguous_with_two_charters() {
    let mut catalog = catalog();
    catalog.instruments.push(instrument(
        "eu-charter",
        &["Charter of Fundamental Rights"],
        &[],
    ));
    assert_eq!(
        found_in("under Article 51 of the Charter.", &catalog, RUS_DPRK),
        [other("Article 51 of the Charter", "51", "Charter")]
    );
}

#[test]
fn inflected_charter_names() {
    for form in ["Устава", "Уставом", "Уставе"] {
        let text = format!("статьей 51 {form} ООН");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [art(&text, CHARTER, "51")],
            "{form}"
        );
    }
}

// Self references.

#[test]
fn the_present_charter() {
    assert_eq!(
        articles(
            "the Principles set forth in Article 2 of the present Charter",
            CHARTER
        ),
        [art("Article 2 of the present Charter", CHARTER, "2")]
    );
    assert_eq!(
        articles("Article 2 of this Charter", CHARTER),
        [art("Article 2 of this Charter", CHARTER, "2")]
    );
}

#[test]
fn generic_self_references() {
    for phrase in [
        "Article 11 of this Treaty",
        "Article 11 of the present Treaty",
        "статьи 11 настоящего Договора",
        "Artikel 11 dieses Vertrags",
    ] {
        let text = format!("{phrase} und");
        assert_eq!(articles(&text, NAT), [art(phrase, NAT, "11")], "{phrase}");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [art(phrase, RUS_DPRK, "11")],
            "{phrase}"
        );
    }
}

#[test]
fn the_document_treaty_and_agreement_are_the_subject() {
    for phrase in [
        "Article 4 of the document",
        "Article 22 of the treaty",
        "Article 4 of the agreement",
        "Article 4 of the new treaty",
        "Artikel 4 des Vertrags",
        "статьи 4 договора",
        "статьи 4 подписанного документа",
    ] {
        let text = format!("{phrase}, KCNA said");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [art(phrase, RUS_DPRK, phrase_number(phrase))],
            "{phrase}"
        );
    }
}

/// The article number in a phrase such as "Article 22 of the treaty".
fn phrase_number(phrase: &str) -> &str {
    phrase
        .split_whitespace()
        .find(|w| w.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or_default()
}

// Other instruments.

#[test]
fn qualified_treaties_are_other_instruments() {
    let cases = [
        ("Article 1 of the 1961 treaty", "1", "1961 treaty"),
        (
            "Article 5 of NATO's founding treaty",
            "5",
            "NATO's founding treaty",
        ),
        ("Article 1 of that treaty", "1", "that treaty"),
        ("Article 1 of the Soviet treaty", "1", "Soviet treaty"),
        ("Article 1 of the treaty of 1961", "1", "treaty of 1961"),
        ("статьи 1 договора 1961 года", "1", "договора 1961 года"),
        ("Article 4 of the Constitution", "4", "Constitution"),
    ];
    for (phrase, article, instrument) in cases {
        let text = format!("similar to {phrase}, which");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [other(phrase, article, instrument)],
            "{phrase}"
        );
    }
}

#[test]
fn named_instruments_outside_the_catalog_are_other() {
    let catalog = Catalog {
        instruments: vec![charter()],
        terms: vec![],
    };
    assert_eq!(
        found_in(
            "under Article 5 of the Washington Treaty",
            &catalog,
            RUS_DPRK
        ),
        [other(
            "Article 5 of the Washington Treaty",
            "5",
            "Washington Treaty"
        )]
    );
    assert_eq!(
        articles("under Article 5 of the Washington Treaty", RUS_DPRK),
        [art("Article 5 of the Washington Treaty", NAT, "5")]
    );
}

#[test]
fn possessors_own_the_article() {
    assert_eq!(
        articles("invoking NATO's Article 5 for the first time", RUS_DPRK),
        [art("NATO's Article 5", NAT, "5")]
    );
    assert_eq!(
        articles("Japan's Article 9", RUS_DPRK),
        [other("Japan's Article 9", "9", "Japan")]
    );
    assert_eq!(
        articles("the treaty's Article 4", RUS_DPRK),
        [art("treaty's Article 4", RUS_DPRK, "4")]
    );
}

#[test]
fn german_1961_treaty_is_not_internal() {
    let text = "Die Bestimmung ist fast identisch mit Artikel 1 des 1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags über Freundschaft, Zusammenarbeit und gegenseitigen Beistand.";
    assert_eq!(
        articles(text, RUS_DPRK),
        [other(
            "Artikel 1 des 1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags",
            "1",
            "1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags"
        )]
    );
}

#[test]
fn named_1961_treaty_in_the_catalog() {
    assert_eq!(
        articles("Article 1 of the USSR-DPRK Treaty of 1961", RUS_DPRK),
        [art(
            "Article 1 of the USSR-DPRK Treaty of 1961",
            "ussr-dprk-1961",
            "1"
        )]
    );
}

// What is not a reference.

#[test]
fn non_references() {
    for text in [
        "The Article says nothing.",
        "published on 4 April 2024",
        "Subarticle 51 applies",
        "XArticle 51",
        "Article51",
        "the Charter was signed",
        "the present Charter shall",
        "the 23 Artikel of the text",
        "Article 99999999999999999999",
        "",
    ] {
        assert_eq!(articles(text, RUS_DPRK), [], "{text}");
    }
}

// Glossary terms.

#[test]
fn glossary_terms() {
    let text = "The DPRK (КНДР) opposes unilateral coercive measures; ".to_owned()
        + "против односторонних принудительных мер; the Democratic People's Republic of Korea.";
    assert_eq!(
        found(&text, RUS_DPRK),
        [
            term_at("DPRK", "dprk"),
            term_at("КНДР", "dprk"),
            term_at(
                "unilateral coercive measures",
                "unilateral-coercive-measures"
            ),
            term_at(
                "односторонних принудительных мер",
                "unilateral-coercive-measures"
            ),
            term_at("Democratic People's Republic of Korea", "dprk"),
        ]
    );
}

#[test]
fn acronym_terms_are_case_sensitive() {
    assert_eq!(found("the dprk and Кндр", RUS_DPRK), []);
}

#[test]
fn terms_are_filtered_by_document() {
    let text = "the right of collective self-defence";
    assert_eq!(found(text, RUS_DPRK), []);
    assert_eq!(found(text, NAT), [term_at("self-defence", "self-defence")]);
}

#[test]
fn references_win_over_terms_inside_them() {
    let text = "в соответствии со статьей 51 Устава ООН, членом ООН";
    assert_eq!(
        found(text, RUS_DPRK),
        [
            art("статьей 51 Устава ООН", CHARTER, "51"),
            term_at("ООН", "un")
        ]
    );
}

// Real sentences.

#[test]
fn tass_article_4_and_article_51() {
    let text = "\"Article 4 of the document is of particular importance, which provides for mutual military assistance in line with Article 51 of the UN Charter and in accordance with the laws of the Russian Federation and the DPRK\"";
    assert_eq!(
        found(text, RUS_DPRK),
        [
            art("Article 4 of the document", RUS_DPRK, "4"),
            art("Article 51 of the UN Charter", CHARTER, "51"),
            term_at("DPRK", "dprk"),
        ]
    );
}

#[test]
fn north_atlantic_treaty_article_5() {
    let text = "The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all and consequently they agree that, if such an armed attack occurs, each of them, in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations, will assist the Party or Parties so attacked";
    assert_eq!(
        found(text, NAT),
        [
            term_at("self-defence", "self-defence"),
            art(
                "Article 51 of the Charter of the United Nations",
                CHARTER,
                "51"
            ),
        ]
    );
}

#[test]
fn reuters_us_charter() {
    let text = "Immediately provide military and other assistance using all available means if either side is in a state of war, in line with Article 51 of the U.N. Charter, which covers the individual or collective right of states to self-defence against armed attack.";
    assert_eq!(
        found(text, RUS_DPRK),
        [art("Article 51 of the U.N. Charter", CHARTER, "51")]
    );
}

#[test]
fn russian_article_51() {
    let text = "незамедлительно окажет военную и иную помощь всеми имеющимися в ее распоряжении средствами в соответствии со статьей 51 Устава ООН и согласно законодательству";
    assert_eq!(
        found(text, RUS_DPRK),
        [art("статьей 51 Устава ООН", CHARTER, "51")]
    );
}

#[test]
fn german_article_51() {
    assert_eq!(
        found("Beistand gemäß Artikel 51 der UN-Charta.", RUS_DPRK),
        [art("Artikel 51 der UN-Charta", CHARTER, "51")]
    );
    let text = "leiste die andere Vertragspartei entsprechend Artikel 51 der Charta der Vereinten Nationen und den Gesetzen";
    assert_eq!(
        found(text, RUS_DPRK),
        [art(
            "Artikel 51 der Charta der Vereinten Nationen",
            CHARTER,
            "51"
        )]
    );
}

#[test]
fn un_charter_article_2() {
    let text = "Nothing contained in the present Charter shall authorize the United Nations to intervene in matters which are essentially within the domestic jurisdiction of any state or shall require the Members to submit such matters to settlement under the present Charter; but this principle shall not prejudice the application of enforcement measures under Chapter VII.";
    assert_eq!(found(text, CHARTER), []);
    let text = "The Organization and its Members, in pursuit of the Purposes stated in Article 1, shall act in accordance with the following Principles.";
    assert_eq!(found(text, CHARTER), [art("Article 1", CHARTER, "1")]);
}

#[test]
fn languages_mix_in_one_text() {
    let text = "Article 4 (статья 4, Artikel 4) refers to Article 51 of the UN Charter (статьей 51 Устава ООН; Artikel 51 der UN-Charta).";
    assert_eq!(
        articles(text, RUS_DPRK),
        [
            art("Article 4", RUS_DPRK, "4"),
            art("статья 4", RUS_DPRK, "4"),
            art("Artikel 4", RUS_DPRK, "4"),
            art("Article 51 of the UN Charter", CHARTER, "51"),
            art("статьей 51 Устава ООН", CHARTER, "51"),
            art("Artikel 51 der UN-Charta", CHARTER, "51"),
        ]
    );
}

// The development set of news quotes.

/// The body of a development-set source: everything after the `# ` header lines.
fn source_body(file: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/eval-dev/sources/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip_while(|l| l.starts_with("# "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn development_set_charter_references_are_found_in_their_quotes() {
    let path = format!(
        "{}/tests/fixtures/eval-dev/labels.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut checked = 0;
    for label in labels.as_array().unwrap() {
        let refs = label["charter_refs"].as_array().unwrap();
        if refs.is_empty() {
            continue;
        }
        assert_eq!(refs[0], "UN Charter Art. 51");
        let body = source_body(label["source"].as_str().unwrap());
        let quote = label["quote"].as_str().unwrap();
        let start = body.find(quote).expect("quote in body");
        let end = start + quote.len();
        let charter_51 = Target::Article {
            document: CHARTER.to_owned(),
            article: "51".to_owned(),
            paragraph: None,
        };
        let hit = recognise(&body, &catalog(), RUS_DPRK)
            .into_iter()
            .any(|m| m.start >= start && m.end <= end && m.target == charter_51);
        assert!(hit, "{}: {quote}", label["id"]);
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn development_set_never_reads_the_1961_treaty_as_internal() {
    let body = source_body("46-kbs-world-2024-06-20.txt");
    let mentions = found(&body, RUS_DPRK);
    assert!(mentions.contains(&other(
        "Artikel 1 des 1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags",
        "1",
        "1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags"
    )));
    assert!(mentions.contains(&art("Artikel 51 der UN-Charta", CHARTER, "51")));
    assert!(!mentions
        .iter()
        .any(|(_, t)| matches!(t, Target::Article { document, article, .. } if document == RUS_DPRK && article == "1")));
}

#[test]
fn ordinals_and_number_signs_in_every_language() {
    for (text, covered, article) in [
        (
            "Пятая статья договора предусматривает",
            "Пятая статья договора",
            "5",
        ),
        (
            "Как говорится во второй статье, стороны",
            "второй статье",
            "2",
        ),
        (
            "согласно четвёртой статье договора",
            "четвёртой статье договора",
            "4",
        ),
        ("в двадцать первой статье", "двадцать первой статье", "21"),
        (
            "Der dritte Artikel des Vertrags besagt",
            "dritte Artikel des Vertrags",
            "3",
        ),
        ("Im dritten Artikel heißt es", "dritten Artikel", "3"),
        ("Der 2. Artikel sieht vor", "2. Artikel", "2"),
        ("the treaty's fifth article", "treaty's fifth article", "5"),
        ("Согласно статьи № 7 договора", "статьи № 7 договора", "7"),
        (
            "under Article No. 7 of the treaty",
            "Article No. 7 of the treaty",
            "7",
        ),
    ] {
        assert_eq!(
            articles(text, RUS_DPRK),
            [art(covered, RUS_DPRK, article)],
            "{text}"
        );
    }
    // An ordinal that is not before an article word, or English without "the": no reference.
    for text in [
        "В пятой главе нет статьи",
        "a third article was added",
        "Zum 2. Mal",
        "der dritte Absatz",
    ] {
        assert_eq!(articles(text, RUS_DPRK), [], "{text}");
    }
    // Another instrument's article is that instrument's.
    assert_eq!(
        articles("Пятая статья Устава ООН", RUS_DPRK),
        [art("Пятая статья Устава ООН", CHARTER, "5")]
    );
}

#[test]
fn french_article_forms() {
    for (text, covered, document, article) in [
        ("Selon l'article 4, les parties", "article 4", RUS_DPRK, "4"),
        (
            "l'article premier dispose que",
            "article premier",
            RUS_DPRK,
            "1",
        ),
        (
            "Le quatrième article prévoit",
            "quatrième article",
            RUS_DPRK,
            "4",
        ),
        (
            "conformément à l'article 51 de la Charte des Nations unies",
            "article 51 de la Charte des Nations unies",
            CHARTER,
            "51",
        ),
    ] {
        assert_eq!(
            articles(text, RUS_DPRK),
            [art(covered, document, article)],
            "{text}"
        );
    }
}

// Every way of naming an article, in each language.

/// Each `(text, covered, article, paragraph)` names that article of the document in question;
/// every form that does not is reported at once.
fn assert_names(cases: &[(&str, &str, &str, Option<&str>)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, covered, article, paragraph)| {
            let expected = match paragraph {
                Some(p) => para(covered, RUS_DPRK, article, p),
                None => art(covered, RUS_DPRK, article),
            };
            let found = articles(text, RUS_DPRK);
            (found != [expected]).then(|| format!("{text}: {found:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn english_naming_forms() {
    assert_names(&[
        ("as the fifth article says", "fifth article", "5", None),
        ("Article seven provides", "Article seven", "7", None),
        (
            "article five of the treaty says",
            "article five of the treaty",
            "5",
            None,
        ),
        ("under article 4, the", "article 4", "4", None),
        ("the clause (Article 4) says", "Article 4", "4", None),
        ("the clause (Art. 4) says", "Art. 4", "4", None),
        ("under Article No. 4", "Article No. 4", "4", None),
        (
            "paragraph 1 of Article 4 says",
            "paragraph 1 of Article 4",
            "4",
            Some("1"),
        ),
        ("Article 4(1) says", "Article 4(1)", "4", Some("1")),
        (
            "Article 4, paragraph 1 says",
            "Article 4, paragraph 1",
            "4",
            Some("1"),
        ),
    ]);
}

#[test]
fn russian_naming_forms() {
    assert_names(&[
        ("Пятая статья гласит", "Пятая статья", "5", None),
        ("во второй статье сказано", "второй статье", "2", None),
        ("согласно статьи № 7", "статьи № 7", "7", None),
        ("в тексте [ст. 4] сказано", "ст. 4", "4", None),
        ("согласно (статья 4) сторон", "статья 4", "4", None),
        (
            "пункт 1 статьи 4 гласит",
            "пункт 1 статьи 4",
            "4",
            Some("1"),
        ),
        ("согласно п. 1 ст. 4 сторон", "п. 1 ст. 4", "4", Some("1")),
    ]);
}

#[test]
fn german_naming_forms() {
    assert_names(&[
        ("der dritte Artikel sieht vor", "dritte Artikel", "3", None),
        ("Der 2. Artikel sieht vor", "2. Artikel", "2", None),
        ("Artikel sieben sieht vor", "Artikel sieben", "7", None),
        ("laut (Art. 4) gilt", "Art. 4", "4", None),
        (
            "Absatz 1 des Artikels 4 sieht vor",
            "Absatz 1 des Artikels 4",
            "4",
            Some("1"),
        ),
        ("nach Art. 4 Abs. 1 gilt", "Art. 4 Abs. 1", "4", Some("1")),
    ]);
}

#[test]
fn french_naming_forms() {
    assert_names(&[
        ("Selon l'article 4, les parties", "article 4", "4", None),
        ("l'article premier dispose", "article premier", "1", None),
        (
            "le quatrième article prévoit",
            "quatrième article",
            "4",
            None,
        ),
        (
            "l'article sept du traité prévoit",
            "article sept du traité",
            "7",
            None,
        ),
        ("selon l'art. 4 du traité", "art. 4 du traité", "4", None),
        ("le texte (art. 4) prévoit", "art. 4", "4", None),
        (
            "l'article 4 du traité prévoit",
            "article 4 du traité",
            "4",
            None,
        ),
        (
            "l'article 4, paragraphe 1 prévoit",
            "article 4, paragraphe 1",
            "4",
            Some("1"),
        ),
        (
            "le paragraphe 1 de l'article 4 prévoit",
            "paragraphe 1 de l'article 4",
            "4",
            Some("1"),
        ),
    ]);
}

#[test]
fn ranges_and_lists_in_every_language() {
    for (text, first, last) in [
        ("Articles 3 to 5 say", "Articles 3", "5"),
        ("Articles 3-5 say", "Articles 3", "5"),
        ("статьи 3–5 гласят", "статьи 3", "5"),
        ("Artikel 3 bis 5 sehen vor", "Artikel 3", "5"),
        ("les articles 3 à 5 prévoient", "articles 3", "5"),
        ("статьи 3 и 4 гласят", "статьи 3", "4"),
        ("les articles 3 et 4 prévoient", "articles 3", "4"),
    ] {
        let first_number = first.rsplit(' ').next().unwrap();
        assert_eq!(
            articles(text, RUS_DPRK),
            [
                art(first, RUS_DPRK, first_number),
                art(last, RUS_DPRK, last)
            ],
            "{text}"
        );
    }
}

#[test]
fn another_instruments_article_is_never_this_treatys() {
    for (phrase, article, instrument) in [
        ("Article 1 of the 1961 treaty", "1", "1961 treaty"),
        (
            "Artikel 1 des 1961 geschlossenen Vertrags",
            "1",
            "1961 geschlossenen Vertrags",
        ),
        ("статья 1 договора 1961 года", "1", "договора 1961 года"),
        ("article 1 du traité de 1961", "1", "traité de 1961"),
    ] {
        let text = format!("so {phrase}, which");
        assert_eq!(
            articles(&text, RUS_DPRK),
            [other(phrase, article, instrument)],
            "{phrase}"
        );
    }
    // Another treaty named before owns the article its pronoun points to.
    for (text, covered, instrument) in [
        (
            "The 1961 treaty between the USSR and North Korea provided for assistance in its Article 1.",
            "Article 1",
            "1961 treaty",
        ),
        (
            "Der 1961 geschlossene Vertrag sah in seinem Artikel 1 Beistand vor.",
            "Artikel 1",
            "1961 geschlossene Vertrag",
        ),
        (
            "Le traité de 1961 prévoyait, dans son article premier, une assistance.",
            "article premier",
            "traité de 1961",
        ),
        (
            "Договор 1961 года в своей статье 1 предусматривал помощь.",
            "статье 1",
            "Договор 1961 года",
        ),
    ] {
        assert_eq!(
            articles(text, RUS_DPRK),
            [other(covered, "1", instrument)],
            "{text}"
        );
    }
    // Only the noun's own phrase counts, not an instrument in the sentence before.
    assert_eq!(
        articles(
            "selon l'article 51 de la Charte des Nations unies.\nLe traité de 1961 prévoyait, dans son article premier, une assistance.",
            RUS_DPRK
        ),
        [
            art("article 51 de la Charte des Nations unies", CHARTER, "51"),
            other("article premier", "1", "traité de 1961")
        ]
    );
    // The treaty in question owns its articles however it is named.
    assert_eq!(
        articles("The treaty sets out in its Article 4 that", RUS_DPRK),
        [art("Article 4", RUS_DPRK, "4")]
    );
    // A treaty named without an article is no reference to one.
    assert_eq!(
        articles("der 1961 geschlossene Vertrag sah Beistand vor", RUS_DPRK),
        []
    );
    for phrase in [
        "Article 51 of the UN Charter",
        "article 51 de la Charte des Nations unies",
        "l'article 51 de la Charte",
    ] {
        let covered = phrase.trim_start_matches("l'");
        assert_eq!(
            articles(&format!("selon {phrase}, les"), RUS_DPRK),
            [art(covered, CHARTER, "51")],
            "{phrase}"
        );
    }
}
