//! Imports kept under keys allocated where they are written: an import whose key another tab
//! took first moves to the next key, its ids and every reference to them following, and reads
//! back as a consistent bundle beside the first.

mod common;

use common::library;
use treaty_core::bundle::Bundle;
use treaty_core::stored::{keyed, Keyed};

const TREATY: &str = "rus-dprk-2024";

/// One shipped treaty with its sources, as an import of it would be kept.
fn treaty_import() -> Bundle {
    library()
        .for_document(TREATY)
        .expect("the treaty is shipped")
}

#[test]
fn a_treaty_import_is_kept_under_its_first_treaty_and_a_source_under_its_own_id() {
    let import = treaty_import();
    assert_eq!(import.storage_key().as_deref(), Some(TREATY));
    let source = Bundle::new(Vec::new(), vec![import.sources[0].clone()], Vec::new());
    let key = source.storage_key().unwrap();
    assert_eq!(key, format!("source:{}", import.sources[0].id));
    assert_eq!(keyed(&key), Keyed::Source(&import.sources[0].id));
    assert_eq!(
        Bundle::new(Vec::new(), Vec::new(), Vec::new()).storage_key(),
        None
    );
}

#[test]
fn a_taken_key_moves_the_treaty_to_the_next_suffix_with_its_sources() {
    let mut import = treaty_import();
    let about = import
        .sources
        .iter()
        .filter(|s| s.about.iter().any(|a| a == TREATY))
        .count();
    assert!(about > 0);
    let key = import.take_next_key(|key| key == TREATY).unwrap();
    assert_eq!(key, format!("{TREATY}-2"));
    assert_eq!(import.documents[0].id, key);
    assert!(import.document(TREATY).is_none());
    let following = import
        .sources
        .iter()
        .filter(|s| s.about.contains(&key))
        .count();
    assert_eq!(following, about, "every source about it follows");
    Bundle::from_json(&import.to_json()).expect("the moved import reads back");
    import.check().expect("the moved import stays consistent");
}

#[test]
fn each_attempt_counts_on_past_every_key_found_taken() {
    let read = treaty_import();
    let mut taken = vec![TREATY.to_owned(), format!("{TREATY}-2")];
    let mut import = read.clone();
    let is_taken = |taken: &[String], key: &str| taken.iter().any(|t| t == key);
    let key = import.take_next_key(|key| is_taken(&taken, key));
    assert_eq!(key, Some(format!("{TREATY}-3")));
    taken.push(format!("{TREATY}-3"));
    let mut import = read.clone();
    let key = import.take_next_key(|key| is_taken(&taken, key));
    assert_eq!(key, Some(format!("{TREATY}-4")));
}

#[test]
fn the_next_key_is_never_an_id_the_import_itself_uses() {
    let mut import = treaty_import();
    let mut second = import.documents[0].clone();
    second.id = format!("{TREATY}-2");
    import.documents.push(second);
    assert_eq!(
        import.take_next_key(|key| key == TREATY),
        Some(format!("{TREATY}-3"))
    );
    assert!(import.document(&format!("{TREATY}-2")).is_some());
}

#[test]
fn a_source_import_moves_to_the_next_source_key() {
    let shipped = treaty_import().sources[0].clone();
    let id = shipped.id.clone();
    let mut import = Bundle::new(Vec::new(), vec![shipped], Vec::new());
    let key = import
        .take_next_key(|key| key == format!("source:{id}"))
        .unwrap();
    assert_eq!(key, format!("source:{id}-2"));
    assert_eq!(import.sources[0].id, format!("{id}-2"));
}
