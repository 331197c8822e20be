//! What real renderings change of the Russia–DPRK treaty: eval-dev sources attributed against
//! the shipped library, and the sentences the app and the export show for them.

mod common;

use common::{dev_source, library};
use treaty_core::attribution::{
    attribute_all, attribute_source, change_sentence, Attribution, ForceKind, QuoteChange,
};

/// The attribution whose statement contains `words`, and its changes in words.
fn changes_of(file: &str, words: &str) -> (Attribution, Vec<String>) {
    let source = dev_source(file);
    let found = attribute_source(&source, &library());
    let a = found
        .into_iter()
        .find(|a| source.body[a.statement.start..a.statement.end].contains(words))
        .unwrap_or_else(|| panic!("no statement contains {words:?}"));
    let sentences = a.changes.iter().map(change_sentence).collect();
    (a, sentences)
}

#[test]
fn reuters_leaves_out_territorial_inviolability() {
    let (a, sentences) = changes_of("02-reuters-2024-06-20.txt", "non-aggression on territory");
    assert_eq!(a.article(), Some("1"));
    assert!(
        sentences.contains(&"Leaves out: territorial inviolability".to_owned()),
        "{sentences:?}"
    );
}

#[test]
fn interfax_drops_immediately_and_says_will_for_shall() {
    let (a, sentences) = changes_of("33-interfax-2024-12-05.txt", "hold consultations");
    assert_eq!(a.article(), Some("3"));
    assert_eq!(
        &sentences[..2],
        [
            "Says “will” where the text says “shall”",
            "Drops “immediately”"
        ]
    );
    assert!(a.changes[..2].iter().all(QuoteChange::is_force));
}

#[test]
fn a_russian_report_names_the_terms_of_article_4_it_renders() {
    let (a, _) = changes_of("37-bbc-russian-2024-06-20.txt", "всеми имеющимися");
    assert_eq!(a.article(), Some("4"));
    let present = a.changes.iter().find_map(|c| match c {
        QuoteChange::TermsPresent { terms } => Some(terms),
        _ => None,
    });
    let present = present.expect("the terms it renders");
    assert!(present.iter().any(|t| t == "military"), "{present:?}");
    assert!(present.iter().any(|t| t == "assistance"), "{present:?}");
    // "незамедлительно" is not reported as added: the KCNA copy breaks off at "without".
    assert!(!a.changes.iter().any(|c| matches!(
        c,
        QuoteChange::Force {
            kind: ForceKind::Urgency,
            ..
        }
    )));
}

#[test]
fn every_shipped_change_is_said_and_the_bundle_is_the_same_each_time() {
    let attributed = || {
        let mut bundle = library();
        attribute_all(&mut bundle);
        bundle
    };
    let (first, second) = (attributed(), attributed());
    assert_eq!(
        serde_json::to_string(&first).unwrap(),
        serde_json::to_string(&second).unwrap()
    );
    let changes: Vec<&QuoteChange> = first
        .sources
        .iter()
        .flat_map(|s| &s.attributions)
        .flat_map(|a| &a.changes)
        .collect();
    assert!(changes.len() > 20, "{}", changes.len());
    assert!(changes.iter().all(|c| !change_sentence(c).is_empty()));
}
