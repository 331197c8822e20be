//! Annexes and second languages through the whole import, as a reader's file brings them:
//! an annex's articles are numbered on their own and never merged with the treaty's, and a
//! translation's articles are the treaty's articles in another language.

use treaty_core::import::{import_akoma_ntoso, import_treaty_file};

#[test]
fn akoma_ntoso_schedules_are_annexes_with_their_own_sections() {
    let xml = r#"<akomaNtoso><act><body>
        <part><num>Part I</num><heading>Preliminary</heading>
          <section><num>1</num><heading>Interpretation</heading><content><p>In this Act words mean things.</p></content></section>
          <section><num>2</num><content><p>Second.</p></content></section>
        </part></body>
        <attachments><attachment><doc name="schedule"><preface><p>ignored cover</p></preface><mainBody>
          <hcontainer name="schedule"><num>SCHEDULE 1</num><heading>Oaths</heading>
            <part><num>Part A</num><heading>Oaths of office</heading>
              <section><num>1</num><heading>President</heading><content><p>I swear.</p></content></section>
              <section><num>2</num><content><p>I affirm.</p></content></section>
            </part>
          </hcontainer></mainBody></doc></attachment></attachments>
      </act></akomaNtoso>"#;
    let doc = import_akoma_ntoso("act", xml).unwrap();
    assert_eq!(doc.articles.len(), 2, "the act's sections only");
    assert_eq!(doc.chapters[0].kind.as_deref(), Some("Part"));
    assert_eq!(doc.chapters[0].number, "I");
    assert_eq!(doc.annexes.len(), 1);
    let annex = &doc.annexes[0];
    assert_eq!(annex.articles.len(), 2, "{annex:#?}");
    assert_eq!(annex.articles[0].heading.as_deref(), Some("President"));
    assert_eq!(annex.chapters.len(), 1);
    assert_eq!(annex.chapters[0].number, "A");
    assert_eq!(annex.anchor_of(&annex.articles[1]), "annex-1-art-2");
}

#[test]
fn a_plain_text_treaty_with_an_annexed_regulation_and_a_translation() {
    let text = "Convention concernant les choses\n\n\
        Les Puissances contractantes, animées du désir de servir les intérêts de la paix,\n\n\
        Article premier\n\nLes Puissances contractantes donneront des instructions à leurs forces.\n\n\
        Article 2\n\nLes dispositions du Règlement ne sont obligatoires qu'entre les Puissances.\n\n\
        ANNEXE à la Convention.\n\nRèglement concernant les choses.\n\n\
        Article premier\n\nLes lois de la guerre ne s'appliquent pas seulement à l'armée.\n\n\
        Article 2\n\nLa population d'un territoire qui n'est pas occupé est considérée.\n\n\
        VERDRAG nopens de dingen\n\n\
        De verdragsluitende Mogendheden, bezield met het verlangen van de vrede,\n\n\
        Artikel 1\n\nDe verdragsluitende Mogendheden verstrekken aan hunne krijgsmachten voorschriften.\n\n\
        Artikel 2\n\nDe bepalingen van het Reglement zijn niet verbindend dan tusschen de Mogendheden.\n\n\
        BIJLAGE van het Verdrag.\n\nReglement nopens de dingen.\n\n\
        Artikel 1\n\nDe wetten van den oorlog zijn niet alleen van toepassing op het leger.\n\n\
        Artikel 2\n\nDe bevolking van een niet bezet gebied wordt beschouwd als oorlogvoerende.\n";
    let bundle = import_treaty_file("hague.txt", text.as_bytes()).unwrap();
    let doc = &bundle.documents[0];
    assert_eq!(doc.languages(), ["fr", "nl"]);
    assert_eq!(doc.articles.len(), 2, "never one list with duplicates");
    for article in &doc.articles {
        let languages: Vec<&str> = article.texts.iter().map(|t| t.language.as_str()).collect();
        assert_eq!(languages, ["fr", "nl"]);
    }
    assert_eq!(doc.annexes.len(), 1);
    let annex = &doc.annexes[0];
    assert!(
        annex.title.starts_with("ANNEXE à la Convention. Règlement"),
        "{}",
        annex.title
    );
    assert_eq!(annex.articles.len(), 2, "the annex's own Article 1 and 2");
    assert!(annex.articles[0].texts[1].paragraphs[0]
        .text
        .starts_with("De wetten van den oorlog"));
    let preamble = doc.preamble.as_ref().unwrap();
    assert_eq!(preamble.texts.len(), 2);
}
