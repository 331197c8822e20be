//! Full-text search: ranking rules on small made-up libraries, the split index against the
//! whole one, hostile input, and the shipped library's own queries.

mod common;

use proptest::prelude::*;
use serde_json::json;
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;
use treaty_core::search::{
    article_jump, entries_of, group, highlight, search, snippet, split, Filter, GroupKey, Hit,
    Index, Query, Scope, Segment, Split, Target,
};

/// A bundle of one treaty `t` whose articles are (number, heading, language, paragraphs), with
/// an optional glossary.
fn bundle(articles: &[(&str, &str, &str, &[&str])], glossary: serde_json::Value) -> Bundle {
    let articles: Vec<_> = articles
        .iter()
        .map(|(number, heading, language, paragraphs)| {
            json!({
                "number": number,
                "heading": if heading.is_empty() { None } else { Some(heading) },
                "texts": [{
                    "language": language,
                    "witness": {"kind": "official"},
                    "completeness": "complete",
                    "paragraphs": paragraphs.iter().map(|p| json!({"text": p})).collect::<Vec<_>>(),
                }],
            })
        })
        .collect();
    serde_json::from_value(json!({
        "format": "treaty-reader-bundle",
        "version": 1,
        "documents": [{
            "id": "t", "title": "Test Treaty", "short_title": "Test",
            "completeness": "complete", "articles": articles,
        }],
        "glossary": glossary,
    }))
    .unwrap()
}

fn index_of(articles: &[(&str, &str, &str, &[&str])]) -> Index {
    Index::build(&entries_of(&bundle(articles, json!([]))))
}

/// The article numbers of the hits, best first.
fn articles(hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| match &h.target {
            Target::Provision { article, .. } => article.clone(),
            Target::Source { source, .. } => source.clone(),
        })
        .collect()
}

fn find(index: &Index, query: &str) -> Vec<String> {
    articles(&search(
        &Query::parse(query),
        &[Segment::Whole(index)],
        &Filter::default(),
    ))
}

/// A search of the split index `parts` with only the chunks `loaded` fetched.
fn search_chunks(query: &Query, parts: &Split, loaded: &[usize]) -> Vec<Hit> {
    let chunks: Vec<_> = loaded.iter().map(|&c| parts.chunks[c].clone()).collect();
    search(
        query,
        &[Segment::Split {
            meta: &parts.meta,
            chunks: &chunks,
        }],
        &Filter::default(),
    )
}

#[test]
fn typos_of_long_words_are_found_below_exact_hits() {
    let index = index_of(&[
        ("1", "", "en", &["They oppose coersive steps."]),
        ("2", "", "en", &["They oppose coercive steps."]),
        ("3", "", "en", &["The wars ended."]),
    ]);
    assert_eq!(find(&index, "coersive "), ["1", "2"]);
    assert_eq!(
        find(&index, "coercive "),
        ["2", "1"],
        "the typo ranks below"
    );
    assert!(find(&index, "warz ").is_empty(), "four letters: no typos");
}

#[test]
fn the_word_being_typed_is_a_prefix() {
    let index = index_of(&[("1", "", "en", &["unilateral coercive measures"])]);
    assert_eq!(find(&index, "coerc"), ["1"]);
    assert!(
        find(&index, "coerc ").is_empty(),
        "a finished word is whole"
    );
}

#[test]
fn a_phrase_needs_its_words_next_to_each_other() {
    let index = index_of(&[
        ("1", "", "en", &["in case of an armed attack on a party"]),
        ("2", "", "en", &["an attack by armed forces"]),
    ]);
    assert_eq!(find(&index, "\"armed attack\""), ["1"]);
    assert_eq!(
        find(&index, "«armed attacks»"),
        ["1"],
        "stemmed inside a phrase"
    );
    assert_eq!(find(&index, "armed attack ").len(), 2);
}

#[test]
fn words_are_matched_by_their_stems_in_any_language() {
    let index = index_of(&[
        (
            "1",
            "",
            "ru",
            &["Стороны противодействуют применению односторонних принудительных мер"],
        ),
        ("2", "", "en", &["The parties were attacked."]),
        ("3", "", "de", &["Die Verträge gelten."]),
    ]);
    assert_eq!(find(&index, "принудительные меры "), ["1"]);
    assert_eq!(find(&index, "attack "), ["2"]);
    assert_eq!(find(&index, "Vertrag "), ["3"]);
}

#[test]
fn headings_weigh_more_and_shorter_paragraphs_rank_higher() {
    let index = index_of(&[
        ("1", "", "en", &["sanctions apply to the parties"]),
        ("2", "Sanctions", "en", &["sanctions apply to the parties"]),
    ]);
    assert_eq!(find(&index, "sanctions "), ["2", "1"]);
    let index = index_of(&[
        (
            "1",
            "",
            "en",
            &["sanctions apply to many other things in this wide world of ours"],
        ),
        ("2", "", "en", &["sanctions apply"]),
    ]);
    assert_eq!(find(&index, "sanctions "), ["2", "1"]);
}

#[test]
fn every_word_must_match_unless_none_matches_all() {
    let index = index_of(&[
        ("1", "", "en", &["coercive measures"]),
        ("2", "", "en", &["coercive steps"]),
    ]);
    assert_eq!(find(&index, "coercive measures "), ["1"]);
    assert_eq!(
        find(&index, "coercive giraffes "),
        ["1", "2"],
        "no entry has both: the nearest ones"
    );
}

#[test]
fn glossary_definitions_find_the_paragraphs_that_use_their_terms() {
    let glossary = json!([{
        "id": "ucm", "term": "unilateral coercive measures",
        "forms": ["unilateral coercive measures", "односторонних принудительных мер"],
        "definition": "Sanctions imposed without the Security Council.",
    }]);
    let library = bundle(
        &[
            (
                "16",
                "",
                "en",
                &["The parties oppose unilateral coercive measures."],
            ),
            (
                "17",
                "",
                "ru",
                &["Против односторонних принудительных мер."],
            ),
            ("18", "Sanctions", "en", &["Nothing else."]),
        ],
        glossary,
    );
    let index = Index::build(&entries_of(&library));
    let found = find(&index, "sanctions ");
    assert_eq!(found[0], "18", "the word itself ranks above a definition");
    assert!(found.contains(&"16".to_owned()) && found.contains(&"17".to_owned()));
}

#[test]
fn the_split_index_finds_what_the_whole_one_finds_with_only_the_chunks_it_needs() {
    let paragraphs: Vec<String> = (0..60)
        .map(|i| {
            format!(
                "paragraph {i} about word{i} and coercive measures number{}",
                i * 7
            )
        })
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let index = index_of(&[
        ("1", "Heading", "en", &refs),
        ("2", "", "en", &["coercive"]),
    ]);
    let parts = split(&index, 400, 400);
    assert!(
        parts.meta.chunk_starts.len() > 3,
        "{}",
        parts.meta.chunk_starts.len()
    );
    for text in [
        "coercive",
        "word17 ",
        "coersive ",
        "\"coercive measures\"",
        "numb",
    ] {
        let query = Query::parse(text);
        let needed = query.chunks_needed(&parts.meta);
        assert!(needed.len() < parts.chunks.len(), "{text}: {needed:?}");
        let from_split = search_chunks(&query, &parts, &needed);
        let from_whole = search(&query, &[Segment::Whole(&index)], &Filter::default());
        assert_eq!(from_split, from_whole, "{text}");
        assert!(!from_whole.is_empty(), "{text}");
        assert!(query
            .terms_needed(&parts.meta)
            .iter()
            .all(|t| parts.meta.term_index(t).is_some()));
    }
    // A first answer while typing reads only the chunks of exact and prefix matches: the
    // same hits, less the typos, which rank below.
    let typed = Query::parse("coersive");
    let first = typed.chunks_needed_without_typos(&parts.meta);
    let all = typed.chunks_needed(&parts.meta);
    assert!(
        first.iter().all(|c| all.contains(c)) && first.len() < all.len(),
        "{first:?} {all:?}"
    );
    let early = search_chunks(&typed, &parts, &first);
    assert!(early.is_empty(), "only the typo matches: {early:?}");
    let one = Query::parse("word17 ");
    assert!(one.chunks_needed(&parts.meta).len() * 2 < parts.chunks.len());
    // Fragments hold each entry's text once.
    let texts: usize = parts.fragments.iter().map(|f| f.entries.len()).sum();
    assert_eq!(texts, index.entries.len());
    let hit = &search(&one, &[Segment::Whole(&index)], &Filter::default())[0];
    let fragment = &parts.fragments[parts.meta.entries[hit.entry as usize].fragment as usize];
    assert!(fragment.text(hit.entry).unwrap().text.contains("word17"));
    // The whole index reads back as the device stores it.
    assert_eq!(Index::from_json(&index.to_json()).as_ref(), Some(&index));
    assert_eq!(Index::from_json("{}"), None);
    let meta = serde_json::to_string(&parts.meta).unwrap();
    assert_eq!(
        serde_json::from_str::<treaty_core::search::Meta>(&meta).unwrap(),
        parts.meta
    );
}

#[test]
fn segments_are_searched_together() {
    let shipped = index_of(&[("1", "", "en", &["coercive measures"])]);
    let mut import = bundle(&[("9", "", "en", &["coercive measures again"])], json!([]));
    import.documents[0].id = "imported".into();
    let imported = Index::build(&entries_of(&import));
    let parts = split(&shipped, 100, 100);
    let segments = [
        Segment::Split {
            meta: &parts.meta,
            chunks: &parts.chunks,
        },
        Segment::Whole(&imported),
    ];
    let hits = search(&Query::parse("coercive "), &segments, &Filter::default());
    assert_eq!(articles(&hits), ["1", "9"]);
    assert_eq!((hits[0].segment, hits[1].segment), (0, 1));
    let only = Filter {
        treaty: Some("imported".into()),
        ..Filter::default()
    };
    assert_eq!(
        articles(&search(&Query::parse("coercive "), &segments, &only)),
        ["9"]
    );
    let sources = Filter {
        scope: Scope::Sources,
        ..Filter::default()
    };
    assert!(search(&Query::parse("coercive "), &segments, &sources).is_empty());
    let german = Filter {
        language: Some("de".into()),
        ..Filter::default()
    };
    assert!(search(&Query::parse("coercive "), &segments, &german).is_empty());
}

#[test]
fn hits_group_by_provision_best_first() {
    let index = index_of(&[
        (
            "1",
            "",
            "en",
            &[
                "measures",
                "measures and measures",
                "other measures",
                "measures too",
            ],
        ),
        ("2", "Measures", "en", &["measures"]),
    ]);
    let hits = search(
        &Query::parse("measures "),
        &[Segment::Whole(&index)],
        &Filter::default(),
    );
    let groups = group(&hits);
    assert_eq!(groups.len(), 2);
    assert_eq!(
        groups[0].key,
        GroupKey::Article {
            treaty: "t".into(),
            article: "2".into()
        }
    );
    assert_eq!(
        groups[1].hits.len(),
        treaty_core::search::MAX_HITS_PER_GROUP
    );
    assert_eq!(groups[1].more, 1);
    assert!(groups[1].hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn snippets_show_the_stretch_with_most_matches() {
    let text = "Вступление без совпадений. Стороны противодействуют применению односторонних \
        принудительных мер, и ещё много слов после этого.";
    let query = Query::parse("принудительные меры ");
    let cut = snippet(text, "ru", &query, 40);
    assert!(cut.text.contains("принудительных мер"), "{cut:?}");
    assert!(cut.cut_start && cut.cut_end);
    assert!(cut.text.chars().count() <= 40);
    let marked: Vec<&str> = cut.marks.iter().map(|&(s, e)| &cut.text[s..e]).collect();
    assert_eq!(marked, ["принудительных", "мер"]);
    let whole = snippet("coercive measures", "en", &Query::parse("coerc"), 100);
    assert_eq!(whole.marks, [(0, 8)]);
    assert!(!whole.cut_start && !whole.cut_end);
    let ranges = highlight("An armed attack, attacked.", "en", &Query::parse("attack "));
    assert_eq!(ranges, [9..15, 17..25]);
}

#[test]
fn snippets_prefer_the_stretch_with_more_of_the_querys_words() {
    // Three "measures" early on; the one stretch with both words comes later.
    let text = "Joint measures, further measures and other measures of every kind were agreed. \
        Article 16 states that the Parties oppose unilateral coercive measures of all kinds.";
    let cut = snippet(text, "en", &Query::parse("coercive measures"), 60);
    assert!(cut.text.contains("coercive measures"), "{cut:?}");
}

#[test]
fn hostile_input_never_panics() {
    let index = index_of(&[("1", "", "en", &["coercive \u{0} measures \u{301}"])]);
    let parts = split(&index, 0, 0);
    let long = "ж".repeat(10_000);
    let control: String = (0u8..32).map(char::from).collect();
    for text in [
        "",
        "\"",
        "\"\"",
        "“”«»",
        " ",
        "\u{301}\u{301}",
        &long,
        &control,
        "a\"b\"c\"d",
    ] {
        let query = Query::parse(text);
        let segments = [
            Segment::Whole(&index),
            Segment::Split {
                meta: &parts.meta,
                chunks: &[],
            },
        ];
        let hits = search(&query, &segments, &Filter::default());
        let _ = group(&hits);
        let _ = snippet(text, "ru", &query, 10);
        let _ = snippet(text, "en", &query, 0);
        let _ = highlight(text, "xx", &query);
        let _ = query.chunks_needed(&parts.meta);
    }
    let empty = Index::build(&[]);
    let q = Query::parse("anything");
    assert!(search(&q, &[Segment::Whole(&empty)], &Filter::default()).is_empty());
    assert!(split(&empty, 1000, 1000).chunks.is_empty());
}

proptest! {
    #[test]
    fn snippets_and_highlights_stay_on_character_boundaries(
        text in "[a-zа-яё ,.\u{301}\"«»ß]{0,120}",
        query in "[a-zа-я \"]{0,20}",
        max in 0usize..60,
    ) {
        let query = Query::parse(&query);
        let cut = snippet(&text, "ru", &query, max);
        for (s, e) in &cut.marks {
            prop_assert!(s < e && cut.text.get(*s..*e).is_some());
        }
        prop_assert!(text.contains(&cut.text));
        for r in highlight(&text, "en", &query) {
            prop_assert!(text.get(r).is_some());
        }
    }

    #[test]
    fn the_split_index_agrees_with_the_whole_on_any_text(
        paragraphs in proptest::collection::vec("[a-dз-к ]{1,30}", 1..12),
        query in "[a-dз-к \"]{1,12}",
        bytes in 1usize..300,
    ) {
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let index = index_of(&[("1", "", "ru", &refs)]);
        let parts = split(&index, bytes, bytes);
        let query = Query::parse(&query);
        let loaded: Vec<_> = query
            .chunks_needed(&parts.meta)
            .into_iter()
            .map(|c| parts.chunks[c].clone())
            .collect();
        let from_split = search(
            &query,
            &[Segment::Split { meta: &parts.meta, chunks: &loaded }],
            &Filter::default(),
        );
        let from_whole = search(&query, &[Segment::Whole(&index)], &Filter::default());
        prop_assert_eq!(from_split, from_whole);
    }
}

#[test]
fn article_references_jump_to_the_article() {
    let index = LibraryIndex::of(&common::library());
    let jump = |q: &str, current: Option<&str>| article_jump(q, &index, current);
    let dprk = Some(("rus-dprk-2024".to_owned(), "4".to_owned()));
    assert_eq!(jump("Article 4", Some("rus-dprk-2024")), dprk);
    assert_eq!(jump("art. 4", Some("rus-dprk-2024")), dprk);
    assert_eq!(jump("ст. 4", Some("rus-dprk-2024")), dprk);
    assert_eq!(jump("Статья 4", Some("rus-dprk-2024")), dprk);
    assert_eq!(jump("Artikel 4", Some("rus-dprk-2024")), dprk);
    assert_eq!(jump(" article IV ", Some("rus-dprk-2024")), dprk);
    let charter = jump("Article 51 of the UN Charter", Some("rus-dprk-2024"));
    assert_eq!(
        charter,
        Some(("un-charter-1945".to_owned(), "51".to_owned()))
    );
    let first = jump("Article 51", None).unwrap();
    assert_eq!(first.1, "51");
    assert!(index.treaty(&first.0).unwrap().article("51").is_some());
    assert_eq!(jump("coercive measures", None), None);
    assert_eq!(jump("Article 4 coercive", Some("rus-dprk-2024")), None);
    assert_eq!(jump("Article 999", Some("rus-dprk-2024")), None);
    assert_eq!(jump("", None), None);
}

/// The shipped library: its queries, and the sizes of the files the web would fetch.
#[test]
fn the_shipped_library_answers_its_queries() {
    let library = common::attributed_library();
    let entries = entries_of(&library);
    let index = Index::build(&entries);
    let parts = split(&index, 16 * 1024, 4 * 1024);
    let meta = serde_json::to_string(&parts.meta).unwrap().len();
    let chunks: usize = parts
        .chunks
        .iter()
        .map(|c| serde_json::to_string(c).unwrap().len())
        .sum();
    let fragments: usize = parts
        .fragments
        .iter()
        .map(|f| serde_json::to_string(f).unwrap().len())
        .sum();
    let text: usize = entries.iter().map(|e| e.text.len()).sum();
    eprintln!(
        "entries {}, terms {}, meta {meta} B, {} chunks {chunks} B, {} fragments {fragments} B, \
         text {text} B, whole index {} B",
        entries.len(),
        index.terms.len(),
        parts.chunks.len(),
        parts.fragments.len(),
        index.to_json().len()
    );
    let segments = [Segment::Whole(&index)];
    let groups = |q: &str| group(&search(&Query::parse(q), &segments, &Filter::default()));
    let article_16 = GroupKey::Article {
        treaty: "rus-dprk-2024".into(),
        article: "16".into(),
    };
    let top = |q: &str, n: usize| -> Vec<GroupKey> {
        groups(q).into_iter().take(n).map(|g| g.key).collect()
    };
    let found = top("coercive measures", 10);
    assert!(found.contains(&article_16), "{found:?}");
    for source in ["rt-2024-10-14", "k4s-2024-10-15"] {
        let key = GroupKey::Source {
            source: source.into(),
        };
        assert!(
            groups("coercive measures").iter().any(|g| g.key == key),
            "{source}"
        );
    }
    let russian = search(
        &Query::parse("принудительные меры"),
        &segments,
        &Filter::default(),
    );
    assert!(russian.iter().any(|h| matches!(&h.target,
        Target::Provision { treaty, article, .. } if treaty == "rus-dprk-2024" && article == "16")
        && h.language == "ru"));
    assert!(
        top("sanctions", 10).contains(&article_16),
        "{:?}",
        top("sanctions", 10)
    );
    assert!(top("coersive", 10).contains(&article_16));
    // A source paragraph with an attributed statement links to it.
    assert!(entries.iter().any(|e| matches!(
        e.target,
        Target::Source {
            statement: Some(_),
            ..
        }
    )));
}
