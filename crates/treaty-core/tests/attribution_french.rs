//! French, the language added to show what adding one takes: a French report of the Russia–DPRK
//! treaty is read with French cues, the French stemmer and the lexicon's French column, so its
//! statements land on the treaty's articles as English, Russian and German ones do, and its
//! mention of the 1961 treaty's article is not the treaty's.

use treaty_core::attribution::{attribute_source, Attribution};
use treaty_core::bundle::Bundle;
use treaty_core::import::{build_library, import_source};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn library() -> Bundle {
    let read = |file: &str| {
        std::fs::read_to_string(format!("{CORPUS}/{file}")).map_err(|e| format!("{file}: {e}"))
    };
    build_library(&read("library.toml").unwrap(), read).unwrap()
}

/// A French wire report in the usual style of the coverage, written for this test.
const REPORT: &str = "# outlet: Dépêche (test)\n\
# date: 2024-06-20\n\
# language: fr\n\
\n\
La Corée du Nord a publié jeudi le texte intégral du traité de partenariat stratégique global signé mercredi avec la Russie. \
Selon l'article 4 du traité, si l'une des parties fait l'objet d'une attaque armée et se trouve ainsi en état de guerre, \
l'autre partie lui fournira immédiatement une assistance militaire et autre avec tous les moyens dont elle dispose, \
conformément à l'article 51 de la Charte des Nations unies.\n\
Le traité de 1961 entre l'URSS et la Corée du Nord prévoyait déjà, dans son article premier, une assistance mutuelle en cas d'attaque.\n";

fn attribution_of<'a>(found: &'a [Attribution], body: &str, words: &str) -> &'a Attribution {
    found
        .iter()
        .find(|a| body[a.statement.start..a.statement.end].contains(words))
        .unwrap_or_else(|| panic!("no statement contains {words:?}: {found:#?}"))
}

#[test]
fn a_french_report_lands_on_the_articles_it_names_and_no_other_treatys() {
    let bundle = library();
    let source = import_source("fr-test", vec!["rus-dprk-2024".into()], REPORT).unwrap();
    assert_eq!(source.language, "fr");
    let found = attribute_source(&source, &bundle);
    let article4 = attribution_of(&found, &source.body, "attaque armée");
    assert_eq!(article4.statement.named_articles, ["4"]);
    assert_eq!(article4.article(), Some("4"));
    assert!(article4.verdict.is_some());
    for a in &found {
        let text = &source.body[a.statement.start..a.statement.end];
        if text.contains("1961") {
            assert!(a.statement.named_articles.is_empty(), "{text}");
            assert_ne!(a.article(), Some("1"), "{text}");
        }
    }
}
