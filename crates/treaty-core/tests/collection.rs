//! The reader's collection on the real library: a treaty exported with its sources reads back on
//! its own, and imports fit into a library without replacing or duplicating anything.

mod common;

use common::attributed_library as library;
use treaty_core::bundle::Bundle;

#[test]
fn one_treaty_exports_with_its_sources_and_reads_back() {
    let library = library();
    let export = library.for_document("rus-dprk-2024").unwrap();
    assert_eq!(export.documents.len(), 1);
    let about = library.sources_about("rus-dprk-2024").count();
    assert!(about > 0);
    assert!(export.sources.len() >= about);
    let read = Bundle::from_json(&export.to_json()).expect("an export is a valid bundle");
    assert_eq!(read, export);
    assert!(
        export.sources.iter().any(|s| !s.attributions.is_empty()),
        "attributions travel with their sources"
    );
}

#[test]
fn an_unknown_treaty_exports_nothing() {
    assert!(library().for_document("no-such-treaty").is_none());
}

#[test]
fn re_importing_an_exported_library_adds_nothing() {
    let library = library();
    let again = Bundle::from_json(&library.to_json()).unwrap();
    assert!(again.fitted_into(&library).is_empty());
}

#[test]
fn a_changed_treaty_with_a_taken_id_is_kept_under_a_fresh_id_with_its_sources() {
    let library = library();
    let mut export = library.for_document("rus-dprk-2024").unwrap();
    export.documents[0].title.push_str(" (my edition)");
    export.sources[0].body.push_str("\nA note of mine.");
    let changed_source = export.sources[0].id.clone();
    let fitted = export.fitted_into(&library);
    assert_eq!(fitted.documents.len(), 1);
    assert_eq!(fitted.documents[0].id, "rus-dprk-2024-2");
    assert_eq!(fitted.sources[0].id, format!("{changed_source}-2"));
    assert_eq!(fitted.sources[0].about[0], "rus-dprk-2024-2");
    // The import is stored and read back on its own: the unchanged sources its reports cite
    // stay in it, as the library has them, and nothing else unchanged does.
    fitted.check().expect("the import reads on its own");
    for s in &fitted.sources[1..] {
        assert_eq!(library.source(&s.id), Some(s));
    }
    let merged = library.clone().merged(fitted);
    merged.check().expect("the merged library stays consistent");
    assert_eq!(merged.documents.len(), library.documents.len() + 1);
    assert_eq!(
        merged.sources.len(),
        library.sources.len() + 1,
        "unchanged sources are not duplicated"
    );
}

#[test]
fn a_renamed_treaty_never_takes_the_id_of_another_in_the_same_import() {
    // An import holding a changed "rus-dprk-2024" and a "rus-dprk-2024-2" of its own: the
    // first may not become "rus-dprk-2024-2" too, or merging would drop one of them.
    let library = library();
    let mut export = library.for_document("rus-dprk-2024").unwrap();
    export.documents[0].title.push_str(" (my edition)");
    let mut other = export.documents[0].clone();
    other.id = "rus-dprk-2024-2".to_owned();
    export.documents.push(other);
    let fitted = export.fitted_into(&library);
    fitted.check().expect("the fitted import is consistent");
    let ids: Vec<&str> = fitted.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["rus-dprk-2024-3", "rus-dprk-2024-2"]);
    let merged = library.clone().merged(fitted);
    assert_eq!(merged.documents.len(), library.documents.len() + 2);
}

#[test]
fn bundle_json_is_byte_for_byte_serde_json_pretty_and_compact() {
    // The bundle writes both layouts through one serializer (a smaller wasm); the bytes must
    // stay exactly serde_json's.
    let library = library();
    assert_eq!(
        library.to_json(),
        serde_json::to_string_pretty(&library).unwrap()
    );
    assert_eq!(
        library.to_json_compact(),
        serde_json::to_string(&library).unwrap()
    );
}
