//! Property tests of the structure a reader's file is read into: whatever mix of headings,
//! annexes, translations and PDF debris a plain-text file holds, the import never panics, never
//! lists an article number twice (in the treaty or in any annex), and never gives a provision
//! two texts in one language.

use proptest::prelude::*;
use std::collections::HashSet;
use treaty_core::import::import_treaty_file;
use treaty_core::model::Provision;
use treaty_core::numbering::article_value;

/// Numbers as the model compares them: by value where they have one ("IV" is 4).
fn duplicates(articles: &[Provision]) -> Vec<String> {
    let mut seen = HashSet::new();
    articles
        .iter()
        .filter_map(|a| a.number.clone())
        .map(|n| article_value(&n).map_or(n, |v| v.to_string()))
        .filter(|key| !seen.insert(key.clone()))
        .collect()
}

fn one_text_per_language(provision: &Provision) -> bool {
    let mut seen = HashSet::new();
    provision
        .texts
        .iter()
        .all(|t| seen.insert(t.language.clone()))
}

proptest! {
    #[test]
    fn annexes_and_translations_keep_numbers_apart(
        text in r"((Article|Artikel|Art|ANNEX|Annex|Bijlage|SCHEDULE|SECTION|CHAPITRE|PART|Preamble|Preambule|\(XXXX\) Art) ?([0-9]{1,2}[a-z]?|[IVX]{1,3}|premier|74a und 75)?\.?|The Parties shall meet and the State is bound\.|De Partijen zijn van het Verdrag en het is niet\.|Les Parties et les États sont des|第[一二三十]條|就適用本公約而言|on chemicals|    Article 2 – Title|\n|\n\n|obli-\n|/\.\.\. Page 2|\u{7}| )*"
    ) {
        if let Ok(bundle) = import_treaty_file("t.txt", text.as_bytes()) {
            for document in &bundle.documents {
                prop_assert!(duplicates(&document.articles).is_empty(), "{:?}", duplicates(&document.articles));
                prop_assert!(document.provisions().all(one_text_per_language));
                for annex in &document.annexes {
                    prop_assert!(duplicates(&annex.articles).is_empty());
                    prop_assert!(annex.articles.iter().all(one_text_per_language));
                    let mut languages = HashSet::new();
                    prop_assert!(annex.texts.iter().all(|t| languages.insert(t.language.clone())));
                }
                let ids: HashSet<&str> = document.annexes.iter().map(|a| a.id.as_str()).collect();
                prop_assert_eq!(ids.len(), document.annexes.len());
            }
        }
    }
}
