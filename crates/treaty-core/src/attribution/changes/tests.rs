//! The changes of real renderings of the Russia–DPRK treaty (KCNA's English text and the
//! common translation of Article 4 news agencies quote), in English, Russian and German.

use super::{compare, sentence, Compared};
use crate::attribution::compare::word_diff;
use crate::attribution::{ForceKind, QuoteChange};

/// Article 4 as TASS, RT and K4S translate it (the KCNA copy breaks off before its end).
const ARTICLE_4: &str = "the other party will immediately provide military and other \
    assistance by all means at its disposal in accordance with Article 51 of the UN Charter \
    and in accordance with the laws of the Russian Federation and the DPRK";
/// The KCNA text of Article 3.
const ARTICLE_3: &str = "In case a direct threat of armed invasion is created against any \
    one of the two sides, the two sides shall immediately operate the channel of bilateral \
    negotiations for the purpose of adjusting their stands at the request of any one side and \
    discussing feasible practical measures to ensure mutual assistance for removing the \
    prevailing threat.";
/// The KCNA text of Article 4, as far as the stored copy goes.
const KCNA_4: &str = "In case any one of the two sides is put in a state of war by an armed \
    invasion from an individual state or several states, the other side shall provide military \
    and other assistance with all means in its possession without";

fn changes_of(
    statement: &str,
    language: &str,
    matched: &str,
    text_language: &str,
) -> Vec<QuoteChange> {
    let diff = if language == text_language {
        word_diff(statement, matched)
    } else {
        Vec::new()
    };
    compare(&Compared {
        statement,
        statement_language: language,
        matched,
        paragraph: matched,
        text_language,
        diff: &diff,
        aligned: false,
        cut_off: false,
    })
}

fn force(kind: ForceKind, from: &str, to: &str) -> QuoteChange {
    QuoteChange::Force {
        kind,
        from: from.into(),
        to: to.into(),
    }
}

#[test]
fn a_phrase_left_out_is_reported_whole() {
    let statement = "the other party will immediately provide military and other assistance \
        by all means at its disposal and in accordance with the laws of the Russian Federation \
        and the DPRK";
    let changes = changes_of(statement, "en", ARTICLE_4, "en");
    assert_eq!(
        changes,
        [QuoteChange::LeavesOut {
            text: "in accordance with Article 51 of the UN Charter".into()
        }]
    );
    assert_eq!(
        sentence(&changes[0]),
        "Leaves out: in accordance with Article 51 of the UN Charter"
    );
}

#[test]
fn a_dropped_immediately_and_a_weaker_modal_come_first() {
    let statement = "the other party may provide military and other assistance by all means \
        at its disposal in accordance with Article 51 of the UN Charter";
    let changes = changes_of(statement, "en", ARTICLE_4, "en");
    assert_eq!(changes[0], force(ForceKind::Modal, "will", "may"));
    assert_eq!(changes[1], force(ForceKind::Urgency, "immediately", ""));
    assert_eq!(
        sentence(&changes[0]),
        "Says “may” where the text says “will”"
    );
    assert_eq!(sentence(&changes[1]), "Drops “immediately”");
    assert!(changes
        .iter()
        .all(|c| !matches!(c, QuoteChange::Adds { .. })));
}

#[test]
fn all_means_narrowed_to_available_means() {
    let statement = "the other party will immediately provide military and other assistance \
        by available means at its disposal in accordance with Article 51 of the UN Charter and \
        in accordance with the laws of the Russian Federation and the DPRK";
    let changes = changes_of(statement, "en", ARTICLE_4, "en");
    // The lexicon reads "available" as "at its disposal", so only the scope is reported.
    assert_eq!(changes, [force(ForceKind::Scope, "all", "")]);
    assert_eq!(sentence(&changes[0]), "Drops “all”");
}

#[test]
fn a_negation_added_and_a_modal_added() {
    let text = "The parties oppose the use of unilateral coercive measures";
    let changes = changes_of(
        "The Parties shall not oppose the use of unilateral coercive measures",
        "en",
        text,
        "en",
    );
    assert_eq!(
        changes,
        [
            force(ForceKind::Modal, "", "shall"),
            force(ForceKind::Negation, "", "not")
        ]
    );
    assert_eq!(
        sentence(&changes[1]),
        "Adds the negation “not”, which the text does not have"
    );
}

#[test]
fn a_condition_left_out_is_a_change_of_force() {
    // Interfax (5 Dec 2024) without its framing.
    let statement = "In case a direct threat of armed invasion is created against any one of \
        the two sides, the two sides shall immediately operate the channel of bilateral \
        negotiations and discussing feasible practical measures to ensure mutual assistance for \
        removing the prevailing threat.";
    let changes = changes_of(statement, "en", ARTICLE_3, "en");
    assert_eq!(
        changes,
        [force(
            ForceKind::Condition,
            "for the purpose of adjusting their stands at the request of any one side",
            ""
        )]
    );
    assert!(sentence(&changes[0]).starts_with("Leaves out the condition “for the purpose"));
}

#[test]
fn a_condition_left_out_comes_before_the_words_changed() {
    // SEE News (23 Jun 2024) on Article 3.
    let statement = "In case a direct threat of armed invasion is created against any one of \
        the two sides, the two sides shall immediately initiate bilateral negotiations to \
        discuss feasible practical measures to ensure mutual assistance for removing the \
        prevailing threat.";
    let changes = changes_of(statement, "en", ARTICLE_3, "en");
    assert!(
        matches!(&changes[0], QuoteChange::Force { kind: ForceKind::Condition, from, .. } if from.contains("at the request of any one side")),
        "{changes:?}"
    );
    assert!(changes[1..].iter().all(|c| !c.is_force()), "{changes:?}");
    assert!(changes.len() > 1, "{changes:?}");
}

#[test]
fn synonyms_and_moved_words_are_no_change() {
    // The lexicon reads "parties" as "sides" and "attack" as "invasion".
    let changes = changes_of(
        "the two parties shall immediately operate the channel of bilateral negotiations",
        "en",
        "the two sides shall immediately operate the channel of bilateral negotiations",
        "en",
    );
    assert_eq!(changes, []);
}

#[test]
fn a_paraphrase_adds_nothing_beyond_a_text_that_breaks_off() {
    // RT (14 Oct 2024) against the KCNA copy, which stops at "without [delay]".
    let statement = "the other party will immediately provide military and other assistance \
        by all means at its disposal in accordance with Article 51 of the UN Charter";
    let passage = "the other side shall provide military and other assistance with all means \
        in its possession";
    let diff = word_diff(statement, passage);
    let changes = compare(&Compared {
        statement,
        statement_language: "en",
        matched: passage,
        paragraph: KCNA_4,
        text_language: "en",
        diff: &diff,
        aligned: true,
        cut_off: true,
    });
    assert_eq!(changes[0], force(ForceKind::Modal, "shall", "will"));
    assert!(
        changes.iter().all(|c| !matches!(
            c,
            QuoteChange::Force {
                kind: ForceKind::Urgency,
                ..
            }
        )),
        "{changes:?}"
    );
}

#[test]
fn a_translation_names_the_terms_it_renders_and_the_force_it_changes() {
    // BBC Russian (20 Jun 2024), with "окажет" made "может оказать".
    let statement = "другая Сторона может оказать военную и иную помощь всеми имеющимися в ее \
        распоряжении средствами";
    let passage = "the other side shall provide military and other assistance with all means \
        in its possession";
    let changes = changes_of(statement, "ru", passage, "en");
    assert_eq!(changes[0], force(ForceKind::Modal, "shall", "может"));
    let QuoteChange::TermsPresent { terms } = &changes[1] else {
        panic!("{changes:?}");
    };
    for term in ["military", "assistance", "means"] {
        assert!(terms.iter().any(|t| t == term), "{terms:?}");
    }
    assert!(sentence(&changes[1]).starts_with("Renders the text’s "));
}

#[test]
fn a_german_subordinate_modal_is_not_the_provisions_force() {
    // KBS World (German, 20 Jun 2024): "kann" ends a relative clause.
    let statement = "im Falle einer direkten Bedrohung, die zu einer bewaffneten Aggression \
        führen kann, unverzüglich einen Verhandlungskanal in Betrieb zu setzen";
    let changes = changes_of(statement, "de", ARTICLE_3, "en");
    assert!(
        changes
            .iter()
            .all(|c| !matches!(c, QuoteChange::Force { .. })),
        "{changes:?}"
    );
    let QuoteChange::TermsPresent { terms } = &changes[0] else {
        panic!("{changes:?}");
    };
    assert!(terms.iter().any(|t| t == "threat"), "{terms:?}");
}

#[test]
fn changes_serialise_tagged_and_read_back() {
    let changes = vec![
        force(ForceKind::Urgency, "immediately", ""),
        QuoteChange::Substitutes {
            from: "inviolability".into(),
            to: "integrity".into(),
        },
    ];
    let json = serde_json::to_string(&changes).unwrap();
    assert_eq!(
        json,
        r#"[{"change":"force","kind":"urgency","from":"immediately","to":""},{"change":"substitutes","from":"inviolability","to":"integrity"}]"#
    );
    let back: Vec<QuoteChange> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, changes);
}

#[test]
fn runs_joined_by_a_function_word_are_one_change() {
    // The KCNA text of Article 3 against a rendering of its last clause.
    let changes = changes_of(
        "maintain close mutual communication and deepen military and political cooperation",
        "en",
        "maintain close mutual communication and strengthen strategic and tactical cooperation",
        "en",
    );
    assert_eq!(
        changes,
        [QuoteChange::Substitutes {
            from: "strengthen strategic and tactical".into(),
            to: "deepen military and political".into()
        }]
    );
    assert_eq!(
        sentence(&changes[0]),
        "Says “deepen military and political” where the text says “strengthen strategic and tactical”"
    );
}
