//! Properties of the recogniser on generated text: it never panics, its mentions are always
//! well-formed, and a known reference is found wherever it is put.

use proptest::prelude::*;
use treaty_core::refs::{recognise, Catalog, Instrument, Mention, Target, Term};

const CHARTER: &str = "un-charter-1945";

fn catalog() -> Catalog {
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Catalog {
        instruments: vec![Instrument {
            id: CHARTER.to_owned(),
            names: strings(&[
                "Charter of the United Nations",
                "UN Charter",
                "U.N. Charter",
                "Устав ООН",
                "Устав Организации Объединенных Наций",
                "UN-Charta",
                "Charta der Vereinten Nationen",
            ]),
            self_names: strings(&["the present Charter"]),
        }],
        terms: vec![
            Term {
                id: "dprk".to_owned(),
                forms: strings(&["DPRK", "КНДР", "Democratic People's Republic of Korea"]),
                documents: vec![],
            },
            Term {
                id: "un".to_owned(),
                forms: strings(&["ООН", "United Nations"]),
                documents: vec![],
            },
        ],
    }
}

/// Words and marks the grammar reacts to, and some it must survive.
const VOCABULARY: &[&str] = &[
    "Article",
    "article",
    "Articles",
    "ARTICLE",
    "Art",
    "Art.",
    "art.",
    "Arts.",
    "Artikel",
    "Artikels",
    "статья",
    "статьи",
    "статьей",
    "статьёй",
    "ст.",
    "Ст",
    "of",
    "the",
    "The",
    "der",
    "des",
    "this",
    "present",
    "UN",
    "U.N.",
    "U.",
    "N.",
    "Charter",
    "Charta",
    "UN-Charta",
    "Устава",
    "Устав",
    "ООН",
    "КНДР",
    "DPRK",
    "treaty",
    "Treaty",
    "Vertrags",
    "договора",
    "документа",
    "agreement's",
    "NATO's",
    "1961",
    "года",
    "г.",
    "of 1961",
    "and",
    "und",
    "и",
    "to",
    "bis",
    "or",
    "-",
    "–",
    "—",
    ",",
    ".",
    "(",
    ")",
    "(2)",
    "'s",
    "’",
    "fourth",
    "first",
    "six",
    "twenty",
    "twenty-one",
    "II",
    "IV",
    "XIX",
    "4",
    "51",
    "0",
    "007",
    "4a",
    "16bis",
    "99999999999999999999",
    "April",
    "апреля",
    "is",
    "which",
    "\u{301}",
    "\u{308}",
    "\u{200F}",
    "\u{202E}",
    "\0",
    "😀",
    "👨‍👩‍👧",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "مادة",
    "סעיף",
    "第4条",
    "\u{FEFF}",
];

/// Paragraph words: a reference right after "paragraph 2" legitimately starts earlier, so they
/// are left out of the text put around an inserted reference.
const PARAGRAPH_WORDS: &[&str] = &[
    "paragraph",
    "Paragraph",
    "para.",
    "пункт",
    "пункта",
    "п.",
    "ч.",
    "части",
    "Absatz",
    "Abs.",
];

const SEPARATORS: &[&str] = &["", " ", " ", "  ", "\n", "\u{a0}", "\t"];

fn token(with_paragraphs: bool) -> BoxedStrategy<String> {
    let mut words: Vec<&str> = VOCABULARY.to_vec();
    if with_paragraphs {
        words.extend_from_slice(PARAGRAPH_WORDS);
    }
    prop_oneof![
        4 => prop::sample::select(words).prop_map(str::to_owned),
        1 => "\\PC{0,4}",
        1 => any::<char>().prop_map(String::from),
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
    ]
    .boxed()
}

/// Text made of the vocabulary, numbers and arbitrary characters, joined by various separators.
fn soup(with_paragraphs: bool) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (token(with_paragraphs), prop::sample::select(SEPARATORS)),
        0..40,
    )
    .prop_map(|parts| parts.into_iter().map(|(t, s)| t + s).collect())
}

/// Checks the contract of [`recognise`]'s result.
fn assert_well_formed(text: &str, mentions: &[Mention]) {
    let mut previous_end = 0;
    for m in mentions {
        assert!(m.start < m.end, "empty mention {m:?} in {text:?}");
        assert!(m.end <= text.len(), "{m:?} beyond {text:?}");
        assert!(text.is_char_boundary(m.start), "{m:?} in {text:?}");
        assert!(text.is_char_boundary(m.end), "{m:?} in {text:?}");
        assert!(
            m.start >= previous_end,
            "overlap or disorder at {m:?} in {text:?}"
        );
        previous_end = m.end;
        match &m.target {
            Target::Article { article, .. } | Target::OtherInstrument { article, .. } => {
                assert!(!article.is_empty(), "{m:?}");
            }
            Target::Term { id } => assert!(!id.is_empty()),
        }
    }
}

fn charter_51() -> Target {
    Target::Article {
        document: CHARTER.to_owned(),
        article: "51".to_owned(),
        paragraph: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings_give_well_formed_mentions(text in any::<String>()) {
        assert_well_formed(&text, &recognise(&text, &catalog(), "d"));
    }

    #[test]
    fn vocabulary_soup_gives_well_formed_mentions(text in soup(true)) {
        assert_well_formed(&text, &recognise(&text, &catalog(), "d"));
    }

    #[test]
    fn an_empty_catalog_and_document_are_fine(text in soup(true)) {
        assert_well_formed(&text, &recognise(&text, &Catalog::default(), ""));
    }

    #[test]
    fn an_inserted_reference_is_found_where_it_was_put(
        prefix in soup(false),
        suffix in soup(false),
        reference in prop::sample::select(&[
            "Article 51 of the UN Charter",
            "Article 51 of the Charter of the United Nations",
            "Art. 51 UN Charter",
            "статьей 51 Устава ООН",
            "статьи 51 Устава Организации Объединённых Наций",
            "Artikel 51 der UN-Charta",
            "Artikel 51 der Charta der Vereinten Nationen",
        ][..]),
    ) {
        let text = format!("{prefix} {reference} {suffix}");
        let start = prefix.len() + 1;
        let end = start + reference.len();
        let mentions = recognise(&text, &catalog(), "d");
        assert_well_formed(&text, &mentions);
        let expected = Mention { start, end, target: charter_51() };
        prop_assert!(mentions.contains(&expected), "{:?} not in {:?}", expected, mentions);
    }

    /// A full stop before the reference keeps a name or possessive at the end of `prefix` from
    /// owning it ("UN Charter Article 4", "the treaty's Article 4").
    #[test]
    fn an_internal_reference_keeps_its_number(
        prefix in soup(false),
        number in 1u32..10_000,
        word in prop::sample::select(&["Article", "article", "Art.", "статья", "ст.", "Artikel"][..]),
    ) {
        let reference = format!("{word} {number}");
        let text = format!("{prefix}. {reference}.");
        let start = prefix.len() + 2;
        let mentions = recognise(&text, &catalog(), "d");
        let expected = Mention {
            start,
            end: start + reference.len(),
            target: Target::Article {
                document: "d".to_owned(),
                article: number.to_string(),
                paragraph: None,
            },
        };
        prop_assert!(mentions.contains(&expected), "{:?} not in {:?}", expected, mentions);
    }
}
