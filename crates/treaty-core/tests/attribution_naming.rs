//! Every way of naming an article, as attribution reads it: a statement that names an article
//! in any language and form is about that article of the treaty, and one that names another
//! instrument's article is not.

use treaty_core::attribution::extract;
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
                names: names(&[
                    "UN Charter",
                    "Устав ООН",
                    "UN-Charta",
                    "Charte des Nations unies",
                ]),
                self_names: vec![],
            },
        ],
        terms: vec![],
    }
}

/// The articles of the treaty each statement of `body` names.
fn named(body: &str, language: &str) -> Vec<Vec<String>> {
    extract(body, language, &catalog(), TREATY)
        .into_iter()
        .map(|s| s.named_articles)
        .collect()
}

#[test]
fn statements_name_articles_in_every_form_and_language() {
    let mut wrong = Vec::new();
    for (language, body, article) in [
        (
            "en",
            "Under paragraph 1 of Article 4, the parties will provide assistance.",
            "4",
        ),
        (
            "en",
            "The fifth article of the treaty states that the sides will consult.",
            "5",
        ),
        (
            "en",
            "Article No. 7 of the treaty provides that the parties will cooperate.",
            "7",
        ),
        (
            "ru",
            "Согласно п. 1 ст. 4 договора, стороны окажут помощь.",
            "4",
        ),
        (
            "ru",
            "Во второй статье договора говорится, что стороны проводят консультации.",
            "2",
        ),
        (
            "de",
            "Laut Absatz 1 des Artikels 4 leisten die Vertragsparteien einander Beistand.",
            "4",
        ),
        (
            "de",
            "Der dritte Artikel des Vertrags besagt, dass die Vertragsparteien zusammenarbeiten.",
            "3",
        ),
        (
            "fr",
            "Selon l'article 4 du traité, les parties s'engagent à se prêter assistance.",
            "4",
        ),
        (
            "fr",
            "Le quatrième article du traité prévoit que les parties se prêteront assistance.",
            "4",
        ),
        (
            "fr",
            "Selon le paragraphe 1 de l'article 4, les parties s'engagent à se prêter assistance.",
            "4",
        ),
    ] {
        let found = named(body, language);
        if found != [vec![article.to_owned()]] {
            wrong.push(format!("{body}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn another_instruments_article_is_not_the_treatys() {
    for (language, body) in [
        (
            "en",
            "Article 1 of the 1961 treaty provided that the parties would help each other.",
        ),
        (
            "de",
            "Artikel 1 des 1961 geschlossenen Vertrags besagt, dass die Vertragsparteien einander Beistand leisten.",
        ),
        (
            "ru",
            "Статья 1 договора 1961 года гласит, что стороны окажут помощь.",
        ),
        (
            "fr",
            "L'article 1 du traité de 1961 prévoyait que les parties se prêteraient assistance.",
        ),
        (
            "fr",
            "Le traité prévoit une assistance conformément à l'article 51 de la Charte des Nations unies.",
        ),
    ] {
        let found = named(body, language);
        // A statement, but not about the treaty's article.
        assert!(!found.is_empty(), "{body}");
        assert!(found.iter().all(Vec::is_empty), "{body}: {found:?}");
    }
}
