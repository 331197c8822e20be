//! A treaty with an annexed regulation numbered on its own and a translation in the same file,
//! rendered natively as the prerenderer renders it: divisions by their printed kind, the annex
//! after the articles with its own anchors, the language the address asks for, and the
//! synoptic view's languages side by side.

#![cfg(not(target_arch = "wasm32"))]

use treaty_core::bundle::Bundle;
use treaty_reader::prerender;
use treaty_reader::{Library, LibraryContext};

/// The same hand-made document the end-to-end test serves as a bundle of another site.
const BUNDLE: &str = include_str!("../e2e/host/annexes-languages.json");
const TREATY: &str = "/treaty/convention-essai-1907";

async fn render(path: &str) -> String {
    let bundle = Bundle::from_json(BUNDLE).expect("fixture bundle is valid");
    let library = LibraryContext(Library::new(bundle));
    prerender::render(&library, path, "/").await.body
}

#[tokio::test]
async fn divisions_are_headed_by_their_printed_kind() {
    let html = render(TREATY).await;
    assert!(html.contains("Chapitre I — Des obligations"));
    assert!(html.contains("Chapitre II — Dispositions finales"));
    assert!(html.contains("Section I — Des belligérants"));
    assert!(!html.contains("Chapter I"));
}

#[tokio::test]
async fn the_annex_follows_the_articles_with_its_own_anchors() {
    let html = render(TREATY).await;
    let last_article = html
        .find(r#"id="art-25""#)
        .expect("the treaty's last article");
    let annex = html.find(r#"id="annex-1""#).expect("the annex");
    assert!(last_article < annex);
    assert!(html.contains("Annexe à la Convention. Règlement concernant"));
    // Its Article 1 is its own, not a second Article 1 of the treaty.
    assert_eq!(html.matches(r#"id="art-1""#).count(), 1);
    assert_eq!(html.matches(r#"id="annex-1-art-1""#).count(), 1);
    assert!(html.contains("Les lois, les droits et les devoirs de la guerre"));
    assert!(html.contains("Fait à La Haye"));
    // The contents list it, its articles linked to their place on the treaty's page.
    assert!(html.contains(r#"<li data-anchor="annex-1" class="toc-annex">"#));
    assert!(html.contains(r##"href="/treaty/convention-essai-1907#annex-1-art-3""##));
}

#[tokio::test]
async fn the_first_language_is_shown_unasked_with_the_choice_of_the_others() {
    let html = render(TREATY).await;
    assert!(html.contains("Les Puissances contractantes donneront"));
    assert!(!html.contains("De Verdragsluitende Mogendheden"));
    assert!(!html.contains("De wetten, de rechten"));
    assert!(html.contains("Text in:"));
    assert!(html.contains(r#"aria-current="true" class="current">Français<"#));
    assert!(html.contains(r#"href="/treaty/convention-essai-1907?lang=nl">Nederlands<"#));
    assert!(html.contains(r#"href="/treaty/convention-essai-1907?lang=all">Both<"#));
}

#[tokio::test]
async fn the_address_chooses_the_language_and_links_carry_it() {
    let html = render(&format!("{TREATY}?lang=nl")).await;
    assert!(html.contains("De Verdragsluitende Mogendheden"));
    assert!(html.contains("De wetten, de rechten"));
    assert!(
        html.contains("Gedaan te &#x27;s-Gravenhage") || html.contains("Gedaan te 's-Gravenhage")
    );
    // Only the Dutch texts (the second of each provision), and the preview of a reference in
    // them ("artikel 1") in Dutch too.
    assert!(html.contains(r#"id="art-1-p2-1""#));
    assert!(!html.contains(r#"id="art-1-p1-1""#));
    assert!(!html.contains("Les Puissances contractantes donneront"));
    assert!(html.contains(r#"href="/treaty/convention-essai-1907/article/2?lang=nl""#));
    assert!(html.contains(r##"href="/treaty/convention-essai-1907?lang=nl#annex-1-art-1""##));
    // The share menu's permanent link is the page in the language read.
    assert!(html.contains(r#"value="/treaty/convention-essai-1907?lang=nl""#));
    let both = render(&format!("{TREATY}/article/1?lang=all")).await;
    assert!(both.contains("De Verdragsluitende Mogendheden"));
    assert!(both.contains("Les Puissances contractantes donneront"));
}

#[tokio::test]
async fn an_article_in_two_languages_offers_them_side_by_side() {
    let html = render(&format!("{TREATY}/article/1")).await;
    assert!(html.contains("Read Article 1 in its languages side by side"));
    let synoptic = render(&format!("{TREATY}/article/1/synoptic")).await;
    assert!(synoptic.contains(r#"class="parallel""#));
    let french = synoptic
        .find("Les Puissances contractantes donneront")
        .expect("the French text");
    let dutch = synoptic
        .find("De Verdragsluitende Mogendheden")
        .expect("the Dutch text");
    assert!(french < dutch);
    assert!(synoptic.contains(">Français<"));
    assert!(synoptic.contains(">Nederlands<"));
    assert!(synoptic.contains("No source in the library quotes this article."));
}

/// A document whose second language holds only fragments (as the Russia–DPRK treaty's Russian
/// quotations of Article 16) offers no choice of language: every text is shown, so the only
/// official words of an article are never hidden behind a switch.
#[tokio::test]
async fn fragments_in_another_language_are_shown_without_a_choice() {
    let mut bundle: serde_json::Value = serde_json::from_str(BUNDLE).unwrap();
    let document = &mut bundle["documents"][0];
    document["annexes"] = serde_json::json!([]);
    document["preamble"] = serde_json::Value::Null;
    for (index, article) in document["articles"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        if index > 0 {
            article["texts"]
                .as_array_mut()
                .unwrap()
                .retain(|t| t["language"] == "fr");
        }
    }
    let bundle = Bundle::from_json(&bundle.to_string()).expect("still a valid bundle");
    let library = LibraryContext(Library::new(bundle));
    let html = prerender::render(&library, &format!("{TREATY}/article/1"), "/")
        .await
        .body;
    assert!(!html.contains("language-switch"), "no choice to offer");
    assert!(
        html.contains(r#"lang="fr""#) && html.contains(r#"lang="nl""#),
        "both texts shown"
    );
}
