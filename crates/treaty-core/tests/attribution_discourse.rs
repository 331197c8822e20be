//! Attribution across sentences: statements that go on about the article the statement before
//! them named, statements a source repeats, and statements that only mention an article.

mod common;

use common::{attribution_of, library};
use treaty_core::attribution::{attribute_source, Attribution, Basis, Verdict};
use treaty_core::bundle::Source;
use treaty_core::import::import_source;

/// A pasted text about the Russia–DPRK treaty, in `language`.
fn pasted(language: &str, body: &str) -> Source {
    let text = format!("# language: {language}\n# date: 2024-06-20\n# outlet: Pasted\n\n{body}\n");
    import_source("pasted", vec!["rus-dprk-2024".into()], &text).unwrap()
}

fn index_of(found: &[Attribution], body: &str, words: &str) -> usize {
    found
        .iter()
        .position(|a| body[a.statement.start..a.statement.end].contains(words))
        .unwrap_or_else(|| panic!("no statement contains {words:?}"))
}

#[test]
fn a_sentence_going_on_about_a_named_article_inherits_it_in_each_language() {
    let bundle = library();
    for (language, body, first, next) in [
        (
            "en",
            "Article 8 of the treaty provides for mechanisms for joint measures to strengthen \
             defence capabilities. It also says that the two countries will work together to \
             prevent war and to ensure peace in the region and the world.",
            "Article 8",
            "It also says",
        ),
        (
            "de",
            "In Artikel 8 heißt es, beide Länder würden Mechanismen für gemeinsame Maßnahmen \
             schaffen. Außerdem verpflichten sich beide Seiten, gemeinsam den Krieg zu verhüten \
             und den Frieden in der Region zu sichern.",
            "In Artikel 8",
            "Außerdem",
        ),
        (
            "ru",
            "Статья 8 договора предусматривает создание механизмов совместных действий. Кроме \
             того, стороны обязуются совместно предотвращать войну и обеспечивать мир в регионе.",
            "Статья 8",
            "Кроме",
        ),
    ] {
        let source = pasted(language, body);
        let found = attribute_source(&source, &bundle);
        let named = index_of(&found, &source.body, first);
        let going_on = attribution_of(&found, &source.body, next);
        assert_eq!(going_on.article(), Some("8"), "{language}: {found:#?}");
        assert_eq!(going_on.statement.continues, Some(named), "{language}");
        assert!(going_on.candidates[0].basis.contains(&Basis::Continued));
    }
}

#[test]
fn a_new_subject_without_a_continuation_is_not_inherited() {
    let bundle = library();
    let source = pasted(
        "en",
        "Article 8 of the treaty provides for mechanisms for joint measures to strengthen \
         defence capabilities. Critics said the pact threatens the stability of the region.",
    );
    let found = attribute_source(&source, &bundle);
    assert!(found.iter().all(|a| a.statement.continues.is_none()));
    assert!(found
        .iter()
        .filter(|a| source.body[a.statement.start..a.statement.end].contains("Critics"))
        .all(|a| a.article().is_none()));
}

#[test]
fn an_addition_that_moves_on_to_another_article_follows_the_text_not_the_link() {
    // K4S: "Thus, the fourth article … In addition, the amendment added a third article, which
    // states …" — the consultation clause's words are Article 3's, not Article 4's.
    let bundle = library();
    let k4s = bundle.source("k4s-2024-10-15").unwrap();
    let found = attribute_source(k4s, &bundle);
    let moved = attribution_of(&found, &k4s.body, "In addition, the amendment");
    assert_eq!(moved.article(), Some("3"));
    assert_eq!(moved.statement.continues, None);
}

#[test]
fn a_statement_repeated_in_one_source_points_to_its_first_occurrence() {
    // TASS, 4 November 2024: the headline quotes Yevstigneyeva, and the body quotes her again.
    let bundle = library();
    let tass = bundle.source("tass-2024-11-04").unwrap();
    let found = attribute_source(tass, &bundle);
    let quote = "including article 4 on mutual support";
    let occurrences: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(_, a)| tass.body[a.statement.start..a.statement.end].contains(quote))
        .map(|(i, _)| i)
        .collect();
    let [first, again] = occurrences[..] else {
        panic!("the quote is found twice: {occurrences:?}");
    };
    assert_eq!(found[first].statement.repeats, None);
    assert_eq!(found[again].statement.repeats, Some(first));
    assert!(found
        .iter()
        .filter(|a| !a.statement.end.eq(&found[again].statement.end))
        .all(|a| a.statement.repeats.is_none()));
}

#[test]
fn a_statement_naming_an_article_without_restating_it_is_a_mention() {
    let bundle = library();
    let tass = bundle.source("tass-2024-11-04").unwrap();
    let found = attribute_source(tass, &bundle);
    let mention = attribution_of(&found, &tass.body, "including article 4 on mutual support");
    assert_eq!(mention.article(), Some("4"));
    assert_eq!(mention.verdict, Some(Verdict::Mention));
    assert!(mention.anchor.is_none() && mention.diff.is_empty());
    // Restating the article is judged against its text, named or not.
    let rudenko = bundle.source("tass-2024-10-24").unwrap();
    let found = attribute_source(rudenko, &bundle);
    let restated = attribution_of(&found, &rudenko.body, "Article 4 of the document is");
    assert_eq!(restated.verdict, Some(Verdict::Paraphrase));
}

#[test]
fn an_article_named_by_its_ordinal_is_attributed_to_it() {
    let bundle = library();
    for (language, body) in [
        (
            "en",
            "The fifth article of the treaty obliges both sides not to conclude agreements with \
             third countries directed against the other side.",
        ),
        (
            "ru",
            "Пятая статья договора обязывает стороны не заключать с третьими странами \
             соглашений, направленных против другой стороны.",
        ),
        (
            "de",
            "Der fünfte Artikel des Vertrags verpflichtet beide Seiten, keine gegen die andere \
             Seite gerichteten Abkommen mit Drittstaaten zu schließen.",
        ),
    ] {
        let source = pasted(language, body);
        let found = attribute_source(&source, &bundle);
        assert_eq!(found.len(), 1, "{language}: {found:#?}");
        assert_eq!(found[0].article(), Some("5"), "{language}");
        assert!(found[0].candidates[0].basis.contains(&Basis::Named));
    }
}

#[test]
fn a_source_naming_an_article_once_tells_what_its_later_sentences_on_it_are_about() {
    // Interfax, 5 December 2024: KCNA's "… according to Article 22 of the treaty", and four
    // sentences later the 2000 treaty "becomes invalid on the date of the ratification
    // instruments' exchange" — Article 22's subject, by the source's own account.
    let bundle = library();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/eval-dev/sources/33-interfax-2024-12-05.txt"
    ))
    .unwrap();
    let source = import_source("interfax-new", vec!["rus-dprk-2024".into()], &text).unwrap();
    let found = attribute_source(&source, &bundle);
    let later = attribution_of(&found, &source.body, "becomes invalid");
    assert_eq!(later.article(), Some("22"), "{found:#?}");
    assert_eq!(later.candidates[0].basis, [Basis::Agreement]);
    // Its own words are not agreement with themselves: the named statement rests on its number.
    let named = attribution_of(&found, &source.body, "according to Article 22");
    assert_eq!(named.candidates[0].basis, [Basis::Named]);
}
