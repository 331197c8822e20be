use super::*;
use crate::model::{Completeness, Document, Paragraph, Provision, Witness, WitnessKind};

fn text(language: &str, paragraphs: &[&str]) -> ProvisionText {
    ProvisionText {
        language: language.to_owned(),
        witness: Witness::new(WitnessKind::Official),
        completeness: Completeness::Complete,
        paragraphs: paragraphs
            .iter()
            .map(|p| Paragraph {
                number: None,
                text: (*p).to_owned(),
                gap: false,
            })
            .collect(),
    }
}

fn article(number: &str, texts: Vec<ProvisionText>) -> Provision {
    Provision {
        number: Some(number.to_owned()),
        heading: None,
        texts,
        reports: vec![],
    }
}

fn treaty(id: &str, articles: Vec<Provision>) -> Document {
    Document {
        id: id.to_owned(),
        title: format!("Treaty {id}"),
        short_title: format!("Treaty {id}"),
        aliases: vec![],
        self_references: vec![],
        parties: vec![],
        signed: None,
        in_force: None,
        authentic_languages: vec![],
        notes: vec![],
        completeness: Completeness::Complete,
        preamble: None,
        chapters: vec![],
        articles,
        unplaced: vec![],
        annexes: vec![],
    }
}

const DEFENCE: &str = "Should either of the Contracting Parties suffer armed attack by any State and thus find itself in a state of war, the other Contracting Party shall immediately extend military and other assistance with all the means at its disposal.";
const NAT5: &str = "The Parties agree that an armed attack against one or more of them shall be considered an attack against them all, and each of them will assist the Party so attacked by taking forthwith such action as it deems necessary, including the use of armed force.";
const DEPOSIT: &str = "This Treaty shall be ratified and the instruments of ratification shall be deposited with the Government of the United States of America.";
const FISH: &str = "Coastal States shall ensure the conservation of living resources of the exclusive economic zone through proper management of fisheries.";

fn library() -> Bundle {
    Bundle::new(
        vec![
            treaty("a", vec![article("1", vec![text("en", &[DEFENCE])]), article("2", vec![text("en", &[DEPOSIT])])]),
            treaty(
                "b",
                vec![
                    article("5", vec![text("en", &[NAT5])]),
                    article("11", vec![text("en", &["The instruments of ratification shall be deposited as soon as possible with the Government of the United States of America, which will notify all the other signatories."])]),
                    article("12", vec![text("en", &[FISH])]),
                    article("13", vec![]),
                ],
            ),
            treaty(
                "c",
                vec![article("4", vec![text("en", &["In case any one of the two sides is put in a state of war by an armed invasion from an individual state, the other side shall provide military and other assistance with all means in its possession without delay."])])],
            ),
        ],
        vec![],
        vec![],
    )
}

#[test]
fn the_candidate_ranking_puts_the_same_subject_first_and_never_the_own_treaty() {
    let found = similar_to(&library(), &ProvisionRef::new("c", "4"), 10);
    assert_eq!(found[0].target, ProvisionRef::new("a", "1"), "{found:#?}");
    assert!(found.iter().all(|s| s.target.treaty != "c"));
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(found[0]
        .shared
        .iter()
        .any(|s| s.contains("military and other assistance with all the means at its disposal")));
    assert!(found[0].explanation.contains("shares '"));
    let deposit = similar_to(&library(), &ProvisionRef::new("a", "2"), 1);
    assert_eq!(deposit[0].target, ProvisionRef::new("b", "11"));
    // A provision without text is never listed, nor asked about.
    assert!(similar_to(&library(), &ProvisionRef::new("b", "13"), 5).is_empty());
    let all = similar_to(&library(), &ProvisionRef::new("a", "1"), 99);
    assert!(all.iter().all(|s| s.target != ProvisionRef::new("b", "13")));
}

#[test]
fn armed_attack_is_shared_with_the_north_atlantic_wording() {
    let found = similar_to(&library(), &ProvisionRef::new("a", "1"), 5);
    let nat = found
        .iter()
        .find(|s| s.target == ProvisionRef::new("b", "5"))
        .expect("Article 5 listed");
    assert!(
        nat.shared.iter().any(|s| s.contains("armed attack")),
        "{nat:#?}"
    );
    assert_eq!(nat.label, "Article 5");
}

#[test]
fn across_languages_the_lexicon_concepts_align() {
    let mut lib = library();
    lib.documents.push(treaty(
        "r",
        vec![article("4", vec![text("ru", &["В случае вооруженного нападения другая сторона незамедлительно окажет военную и иную помощь всеми имеющимися у нее средствами."])])],
    ));
    let found = similar_to(&lib, &ProvisionRef::new("r", "4"), 3);
    assert!(
        found
            .iter()
            .any(|s| s.target.treaty == "a" || s.target.treaty == "c"),
        "{found:#?}"
    );
}

#[test]
fn compare_spans_rebuild_each_paragraph_and_share_ids_across_sides() {
    let lib = library();
    let refs = [
        ProvisionRef::new("a", "1"),
        ProvisionRef::new("c", "4"),
        ProvisionRef::new("b", "5"),
    ];
    let comparison = compare(&lib, &refs).expect("a comparison");
    assert_eq!(comparison.sides.len(), 3);
    for (side, document) in comparison.sides.iter().zip(["a", "c", "b"]) {
        let provision = lib
            .documents
            .iter()
            .find(|d| d.id == document)
            .and_then(|d| d.provision(Some(&side.target.article)))
            .unwrap();
        for (spans, paragraph) in side.paragraphs.iter().zip(&provision.texts[0].paragraphs) {
            let joined: String = spans.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(joined, paragraph.text);
        }
    }
    let ids = |k: usize| -> Vec<usize> {
        let mut ids: Vec<usize> = comparison.sides[k]
            .paragraphs
            .iter()
            .flatten()
            .filter_map(|s| s.shared)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    assert!(!ids(1).is_empty());
    for k in 1..3 {
        assert!(ids(k).iter().all(|id| ids(0).contains(id)), "side {k}");
    }
    let text_of = |k: usize, id: usize| -> String {
        comparison.sides[k]
            .paragraphs
            .iter()
            .flatten()
            .filter(|s| s.shared == Some(id))
            .map(|s| s.text.clone())
            .collect()
    };
    let assistance = ids(1)
        .into_iter()
        .find(|id| text_of(1, *id).contains("military and other assistance"))
        .expect("the assistance passage is shared");
    assert!(text_of(0, assistance).contains("military and other assistance"));
    // "forthwith" against "immediately": a difference of urgency, in the quote comparison's
    // words.
    assert!(
        comparison
            .differences
            .iter()
            .any(|d| d.kind == DifferenceKind::Urgency
                && d.left == "immediately"
                && d.right == "forthwith"
                && d.text == "“forthwith” in Article 5 where Article 1 says “immediately”"),
        "{:#?}",
        comparison.differences
    );
}

#[test]
fn hostile_input_never_panics() {
    let empty = Bundle::new(vec![], vec![], vec![]);
    let any = ProvisionRef::new("a", "1");
    assert!(similar_to(&empty, &any, 5).is_empty());
    assert!(compare(&empty, &[any.clone(), any.clone()]).is_none());
    assert!(compare(&library(), &[]).is_none());
    assert!(compare(&library(), std::slice::from_ref(&any)).is_none());
    assert!(similar_to(&library(), &ProvisionRef::new("zz", "1"), 5).is_empty());
    assert!(similar_to(&library(), &ProvisionRef::new("a", "99"), 5).is_empty());
    assert!(similar_to(&library(), &ProvisionRef::new("a", ""), 5).is_empty());
    assert!(similar_to(&library(), &any, 0).is_empty());
    assert!(compare(&library(), &[ProvisionRef::new("b", "13"), any.clone()]).is_none());
    // Very long text, odd characters, a text of nothing but punctuation.
    let long = DEFENCE.repeat(400);
    let mut lib = library();
    lib.documents.push(treaty(
        "long",
        vec![
            article("1", vec![text("en", &[&long, "", "…–—", "\u{0}\u{301}é"])]),
            article("2", vec![text("xx", &["!!! ???"])]),
            article("3", vec![text("zh", &["第一條 本公約"])]),
        ],
    ));
    let found = similar_to(&lib, &ProvisionRef::new("long", "1"), 3);
    assert_eq!(found[0].target, ProvisionRef::new("a", "1"));
    assert!(!similar_to(&lib, &ProvisionRef::new("a", "1"), 3).is_empty());
    assert!(similar_to(&lib, &ProvisionRef::new("long", "2"), 3).is_empty());
    let _ = similar_to(&lib, &ProvisionRef::new("long", "3"), 3);
    let c = compare(&lib, &[ProvisionRef::new("long", "1"), any]).unwrap();
    let joined: String = c.sides[0].paragraphs[0]
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(joined, long);
}

#[test]
fn a_treatys_second_provision_yields_to_another_treatys_close_one() {
    let found = |treaty: &str, article: &str, score: f32| Similar {
        target: ProvisionRef::new(treaty, article),
        label: format!("Article {article}"),
        treaty_title: treaty.to_owned(),
        score,
        shared: vec![],
        explanation: String::new(),
    };
    let ranked = spread(vec![
        found("x", "1", 0.8),
        found("x", "2", 0.7),
        found("y", "5", 0.6),
        found("x", "3", 0.2),
    ]);
    let order: Vec<String> = ranked.iter().map(|s| s.target.to_string()).collect();
    assert_eq!(order, ["x:1", "y:5", "x:2", "x:3"]);
    assert_eq!(ranked[2].score, 0.7);
    let clear = spread(vec![
        found("x", "1", 0.9),
        found("x", "2", 0.85),
        found("y", "5", 0.3),
    ]);
    assert_eq!(clear[1].target, ProvisionRef::new("x", "2"));
}

#[test]
fn centring_takes_a_treatys_boilerplate_out_of_its_vectors() {
    let articles = [
        "The Contracting Parties shall consult together on all important international questions.",
        "The Contracting Parties shall ratify this Treaty in accordance with their constitutions.",
        "The Contracting Parties shall ensure the conservation of fisheries.",
    ];
    let x = treaty(
        "x",
        articles
            .iter()
            .enumerate()
            .map(|(k, a)| article(&(k + 1).to_string(), vec![text("en", &[a])]))
            .collect(),
    );
    let lone = treaty("y", vec![article("1", vec![text("en", &[DEFENCE])])]);
    let index = SimilarIndex::new(&Bundle::new(vec![x, lone], vec![], vec![]));
    let raw = |e: &Entry| {
        vector(
            e.prepared[0].tokens.iter().chain(&e.prepared[0].heading),
            &index.idf,
        )
    };
    let of = |treaty: &'static str| {
        index
            .entries
            .iter()
            .filter(move |e| e.target.treaty == treaty)
    };
    let raws: Vec<Vec<(u32, f32)>> = of("x").map(raw).collect();
    let everywhere: Vec<u32> = raws[0]
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| raws.iter().all(|v| lookup(v, *t) > 0.0))
        .collect();
    assert!(!everywhere.is_empty());
    for (entry, raw) in of("x").zip(&raws) {
        for &t in &everywhere {
            assert!(
                lookup(&entry.vectors[0], t) < lookup(raw, t),
                "{}",
                entry.target
            );
        }
        let own = raw.iter().find(|(t, _)| !everywhere.contains(t)).unwrap();
        assert!(lookup(&entry.vectors[0], own.0) > own.1, "{}", entry.target);
    }
    // A treaty of one provision has no others to be centred on.
    let y = of("y").next().unwrap();
    assert_eq!(y.vectors[0], raw(y));
}

/// The kinds a one-article treaty's article reads as, strongest first.
fn kinds(language: &str, heading: Option<&str>, body: &str) -> Vec<(&'static str, f32)> {
    let mut provision = article("1", vec![text(language, &[body])]);
    provision.heading = heading.map(str::to_owned);
    let index = SimilarIndex::new(&Bundle::new(
        vec![treaty("t", vec![provision])],
        vec![],
        vec![],
    ));
    index.kinds_of(&ProvisionRef::new("t", "1"))
}

#[test]
fn withdrawal_clauses_read_as_withdrawal_in_any_wording_and_language() {
    let nat13 = "After the Treaty has been in force for twenty years, any Party may cease to be a Party one year after its notice of denunciation has been given.";
    assert_eq!(kinds("en", None, nat13)[0].0, "withdrawal");
    let hague = "S'il arrivait qu'une des Parties contractantes voulût dénoncer la présente Convention, la dénonciation sera notifiée par écrit.";
    assert_eq!(kinds("fr", None, hague)[0].0, "withdrawal");
    let cwc = "Deze Overeenkomst is van onbepaalde tijd.";
    assert_eq!(
        kinds("nl", Some("Duur en opzegging"), cwc)[0].0,
        "withdrawal"
    );
}

#[test]
fn a_heading_makes_a_kind_certain_and_a_passing_mention_does_not() {
    let headed = kinds(
        "en",
        Some("Amendments"),
        "Proposals may be made by any Party.",
    );
    assert_eq!(headed[0].0, "amendment");
    assert!(headed[0].1 > 0.99, "{headed:?}");
    let passing = kinds("en", None, "The Council may adopt an amendment to its rules of procedure and shall publish its decisions.");
    assert_eq!(passing[0].0, "amendment");
    assert!(passing[0].1 < 0.5, "{passing:?}");
}

#[test]
fn phrases_are_read_as_comparison_terms_whatever_the_word_order_of_the_language() {
    // German splits the verb of entry into force: "tritt … in Kraft".
    let gg = kinds(
        "de",
        None,
        "Dieses Grundgesetz tritt mit Ablauf des Tages der Verkündung in Kraft.",
    );
    assert_eq!(gg[0].0, "entry into force");
    // A text that prevails is the authentic-text clause's.
    let za = kinds("en", None, "In the event of an inconsistency between different texts of the Constitution, the English text prevails.");
    assert_eq!(za[0].0, "authentic text");
}

#[test]
fn two_clauses_of_one_kind_in_different_words_are_found_and_the_kind_is_named() {
    let library = Bundle::new(
        vec![
            treaty("a", vec![
                article("1", vec![text("en", &[FISH])]),
                article("13", vec![text("en", &["After the Treaty has been in force for twenty years, any Party may cease to be a Party one year after its notice of denunciation has been given."])]),
            ]),
            treaty("b", vec![
                article("2", vec![text("en", &["Coastal States shall promote the optimum utilization of the living resources of the exclusive economic zone."])]),
                article("16", vec![text("en", &["Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Convention."])]),
            ]),
        ],
        vec![],
        vec![],
    );
    let found = similar_to(&library, &ProvisionRef::new("a", "13"), 5);
    assert_eq!(found[0].target, ProvisionRef::new("b", "16"), "{found:?}");
    assert!(
        found[0]
            .explanation
            .starts_with("both are withdrawal clauses"),
        "{}",
        found[0].explanation
    );
}
