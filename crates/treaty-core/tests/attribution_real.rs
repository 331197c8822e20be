//! Attribution on real news text: the corpus seeds and the eval-dev sources, against the
//! shipped library.

mod common;

use common::{attribution_of, dev_source, library};
use treaty_core::attribution::{attribute_source, extract, StatementKind, Verdict};
use treaty_core::refs::Catalog;

#[test]
fn rudenko_quote_is_found_with_its_speaker_and_article() {
    let bundle = library();
    let tass = bundle.source("tass-2024-10-24").unwrap();
    let catalog = Catalog::from_bundles([&bundle]);
    let statements = extract(&tass.body, &tass.language, &catalog, "rus-dprk-2024");
    let rudenko = statements
        .iter()
        .find(|s| {
            tass.body[s.start..s.end]
                .starts_with("Article 4 of the document is of particular importance")
        })
        .expect("the Rudenko quote is a statement");
    assert_eq!(rudenko.kind, StatementKind::DirectQuote);
    assert!(
        rudenko.speaker.as_deref().unwrap().contains("Rudenko"),
        "{:?}",
        rudenko.speaker
    );
    assert_eq!(rudenko.named_articles, ["4"]);
    assert!(tass.body[rudenko.start..rudenko.end].ends_with("finds itself in a state of war,"));
}

#[test]
fn rudenko_quote_is_a_paraphrase_of_article_4() {
    let bundle = library();
    let tass = bundle.source("tass-2024-10-24").unwrap();
    let found = attribute_source(tass, &bundle);
    let a = attribution_of(
        &found,
        &tass.body,
        "Article 4 of the document is of particular importance",
    );
    assert_eq!(a.article(), Some("4"));
    assert_eq!(a.verdict, Some(Verdict::Paraphrase));
    assert!(a.candidates[0].score > 0.7);
    let anchor = a
        .anchor
        .as_ref()
        .expect("a paraphrase is anchored where it aligns");
    assert!(anchor.aligned);
    assert!(
        anchor.quote.exact.contains("state of war"),
        "{}",
        anchor.quote.exact
    );
    assert!(
        anchor.quote.exact.contains("military and other assistance"),
        "{}",
        anchor.quote.exact
    );
    let text = &bundle
        .document("rus-dprk-2024")
        .unwrap()
        .article("4")
        .unwrap()
        .texts[anchor.text];
    let paragraph = &text.paragraphs[anchor.paragraph].text;
    assert!(
        anchor.byte_range(paragraph).is_some(),
        "positions fit the paragraph"
    );
    assert!(a
        .diff
        .iter()
        .any(|d| d.change == treaty_core::attribution::Change::Same));
}

#[test]
fn rt_quote_about_an_armed_attack_lands_on_article_4() {
    let bundle = library();
    let rt = bundle.source("rt-2024-10-14").unwrap();
    let found = attribute_source(rt, &bundle);
    let a = attribution_of(&found, &rt.body, "subjected to an armed attack");
    assert_eq!(a.statement.kind, StatementKind::DirectQuote);
    assert!(a.statement.named_articles.is_empty(), "RT gives no number");
    assert_eq!(a.article(), Some("4"));
    assert!(a.verdict.is_some());
}

#[test]
fn kbs_sentence_on_the_1961_treaty_is_not_attributed() {
    let bundle = library();
    let kbs = dev_source("46-kbs-world-2024-06-20.txt");
    let found = attribute_source(&kbs, &bundle);
    let start = kbs.body.find("Die Bestimmung ist fast identisch").unwrap();
    for a in found
        .iter()
        .filter(|a| a.statement.start <= start && start < a.statement.end)
    {
        assert!(a.candidates.is_empty(), "{a:?}");
        assert_eq!(a.verdict, None);
        assert!(a.statement.named_articles.is_empty());
    }
    let article4 = attribution_of(&found, &kbs.body, "Artikel 4 besagt");
    assert_eq!(article4.article(), Some("4"));
}

#[test]
fn bbc_point_4_is_article_4() {
    let bundle = library();
    let bbc = dev_source("37-bbc-russian-2024-06-20.txt");
    let found = attribute_source(&bbc, &bundle);
    let a = attribution_of(&found, &bbc.body, "подвергнется вооруженному нападению");
    assert_eq!(a.statement.named_articles, ["4"]);
    assert_eq!(a.statement.kind, StatementKind::DirectQuote);
    assert_eq!(a.article(), Some("4"));
}

#[test]
fn officials_remarks_are_found_and_rejected() {
    let bundle = library();
    let valdai = dev_source("30-valdaiclub-2024-11-26.txt");
    let found = attribute_source(&valdai, &bundle);
    let putin = attribution_of(
        &found,
        &valdai.body,
        "multipolar world order based on justice",
    );
    assert_eq!(
        putin.statement.speaker.as_deref(),
        Some("Russian President Vladimir Putin")
    );
    assert!(putin.candidates.is_empty());
}

#[test]
fn russian_and_german_paraphrases_align_with_the_english_text() {
    let bundle = library();
    let duma = dev_source("41-duma-2024-10-24.txt");
    let found = attribute_source(&duma, &bundle);
    let a = attribution_of(
        &found,
        &duma.body,
        "Он предусматривает постоянное поддержание",
    );
    assert_eq!(a.article(), Some("1"));
    assert_eq!(a.verdict, Some(Verdict::Paraphrase));
    let cri = dev_source("49-cri-german-2024-11-10.txt");
    let found = attribute_source(&cri, &bundle);
    assert_eq!(
        attribution_of(&found, &cri.body, "Im Vertrag verpflichten").article(),
        Some("1")
    );
    assert_eq!(
        attribution_of(&found, &cri.body, "Demnach wird").article(),
        Some("4")
    );
}

#[test]
fn articles_without_text_are_unverifiable_by_number() {
    let bundle = library();
    let k4s = dev_source("17-k4s-2024-10-15.txt");
    let found = attribute_source(&k4s, &bundle);
    let a = attribution_of(&found, &k4s.body, "establish mechanisms for joint measures");
    assert_eq!(a.statement.named_articles, ["8"]);
    assert_eq!(a.article(), Some("8"));
    assert_eq!(a.verdict, Some(Verdict::Unverifiable));
    assert!(a.anchor.is_none() && a.diff.is_empty());
}

#[test]
fn a_quote_of_a_stored_fragment_is_anchored_with_a_diff() {
    let bundle = library();
    let k4s = dev_source("17-k4s-2024-10-15.txt");
    let found = attribute_source(&k4s, &bundle);
    let a = attribution_of(
        &found,
        &k4s.body,
        "The Parties shall oppose the use of unilateral",
    );
    assert_eq!(a.article(), Some("16"));
    assert!(
        matches!(a.verdict, Some(Verdict::Close | Verdict::Verbatim)),
        "{:?}",
        a.verdict
    );
    let anchor = a
        .anchor
        .as_ref()
        .expect("anchored in the Article 16 fragments");
    assert_eq!(anchor.article, "16");
    assert!(anchor
        .quote
        .exact
        .starts_with("The parties oppose the use of unilateral coercive measures"));
    assert!(!a.diff.is_empty());
}

#[test]
fn build_time_attributions_do_not_depend_on_source_order() {
    let mut forward = library();
    let mut backward = forward.clone();
    backward.sources.reverse();
    treaty_core::attribution::attribute_all(&mut forward);
    treaty_core::attribution::attribute_all(&mut backward);
    for s in &forward.sources {
        let other = backward.source(&s.id).unwrap();
        assert_eq!(s.attributions, other.attributions, "{}", s.id);
    }
    let attributed = forward
        .sources
        .iter()
        .flat_map(|s| &s.attributions)
        .filter(|a| !a.candidates.is_empty())
        .count();
    assert!(attributed >= 30, "{attributed}");
}
