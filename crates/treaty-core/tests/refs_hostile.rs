//! Hostile and large inputs: the recogniser must never panic and must stay fast enough for a
//! whole book of news text.

use treaty_core::refs::{recognise, Catalog, Instrument, Mention, Target, Term};

fn catalog() -> Catalog {
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Catalog {
        instruments: vec![
            Instrument {
                id: "un-charter-1945".to_owned(),
                names: strings(&["UN Charter", "Устав ООН", "UN-Charta", "the Charter"]),
                self_names: strings(&["the present Charter"]),
            },
            Instrument {
                id: "odd".to_owned(),
                names: strings(&["", " ", "\u{301}", "(", "U.N.", "4"]),
                self_names: strings(&["", "!!"]),
            },
        ],
        terms: vec![
            Term {
                id: "dprk".to_owned(),
                forms: strings(&["DPRK", "КНДР"]),
                documents: vec![],
            },
            Term {
                id: "empty".to_owned(),
                forms: strings(&["", "  ", "\u{301}", "..."]),
                documents: vec![],
            },
        ],
    }
}

fn assert_well_formed(text: &str, mentions: &[Mention]) {
    let mut previous_end = 0;
    for m in mentions {
        assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{m:?}"
        );
        assert!(m.start >= previous_end, "{m:?}");
        previous_end = m.end;
    }
}

fn check(text: &str) -> Vec<Mention> {
    let mentions = recognise(text, &catalog(), "un-charter-1945");
    assert_well_formed(text, &mentions);
    mentions
}

#[test]
fn odd_strings_do_not_panic() {
    let long_digits = "9".repeat(10_000);
    let odd = [
        "",
        " ",
        "\0",
        "\0Article\0 4\0",
        "Article 99999999999999999999",
        "Article 4294967296",
        "Articles 1, 99999999999999999999 and 3",
        "the 99999999999999999999th article",
        "the 4294967297th article",
        long_digits.as_str(),
        "\u{301}\u{301}\u{301}",
        "\u{301}Article 4",
        "Article\u{301} 4",
        "سعيد Article 4 \u{200F}של\u{200F} статья 4",
        "\u{202E}Article 4\u{202C}",
        "😀Article 4😀 😀",
        "Article 😀 4",
        "U.N.U.N.U.N.U.N.",
        "U.",
        "(((((((((",
        "Article 4(",
        "Article 4(2",
        "Article 4 (",
        "Art.",
        "Art",
        "ст.",
        "paragraph 2 of",
        "paragraph 2 of Article",
        "Article 4 of",
        "Article 4 of the",
        "Article 4 of the the the the the the the the the the the the",
        "the fourth",
        "the fourth article",
        "twenty-",
        "Article twenty-",
        "Articles 3,",
        "Articles 3 and",
        "Articles 3-",
        "статьи 1 договора 1961",
        "статьи 1 договора 1961 г",
        "treaty's",
        "'s article",
        "İ\u{130}ﬁ Article 4",
    ];
    for text in odd {
        check(text);
    }
}

#[test]
fn every_prefix_of_a_rich_text_is_fine() {
    let text = "Art. 4(2) of the UN-Charta; статьей 51 Устава ООН, Articles 3, 4 and 5 of the 1961 treaty, the agreement's fourth article, пункт 2 ст. 4 настоящего Договора 😀\u{301}";
    for (i, _) in text.char_indices() {
        check(&text[..i]);
        check(&text[i..]);
    }
}

#[test]
fn a_megabyte_of_news_text_is_recognised() {
    let paragraph = "\"Article 4 of the document is of particular importance, which provides for mutual military assistance in line with Article 51 of the UN Charter and in accordance with the laws of the Russian Federation and the DPRK.\" В соответствии со статьей 51 Устава ООН и статьями 3, 4 и 5 договора 1961 года. Artikel 51 der UN-Charta. 😀\n";
    let copies = (1 << 20) / paragraph.len() + 1;
    let text = paragraph.repeat(copies);
    assert!(text.len() >= 1 << 20);
    let mentions = check(&text);
    let per_copy = check(paragraph).len();
    assert_eq!(mentions.len(), per_copy * copies);
    let charter = mentions
        .iter()
        .filter(|m| matches!(&m.target, Target::Article { document, article, .. } if document == "un-charter-1945" && article == "51"))
        .count();
    assert_eq!(charter, 3 * copies);
}

#[test]
fn a_megabyte_of_reference_words_is_recognised() {
    for unit in [
        "Article ",
        "Articles 1, ",
        "of the ",
        "U.",
        "4 ",
        "the the treaty's ",
    ] {
        let text = unit.repeat((1 << 20) / unit.len());
        check(&text);
    }
}
