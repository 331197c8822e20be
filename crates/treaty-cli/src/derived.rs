//! The files `treaty bundle` derives from the shipped library beside its treaty files: the
//! search index split for the web (`search/`: a dictionary with entry facts, postings chunks
//! by term range, text fragments by provision or source; Pagefind's layout) and each treaty's
//! "similar provisions elsewhere" lists (`similar/<id>.json`, by article).

use crate::files::write_atomically;
use std::collections::BTreeMap;
use std::path::Path;
use treaty_core::bundle::Bundle;
use treaty_core::search::{entries_of, split, Index};
use treaty_core::similar::{ProvisionRef, SimilarIndex, LISTED};

/// About how many bytes of JSON one postings chunk holds: a one-word search fetches one chunk
/// (two while a prefix crosses a boundary), so with the dictionary and a few fragments a first
/// search stays under 100 KB; smaller chunks would mean more requests for longer queries.
const SEARCH_CHUNK_BYTES: usize = 16 * 1024;
/// About how many bytes of text one fragment file holds: a search shows its first results'
/// snippets, each fetching the file holding its provision or source, so small files keep what
/// a search downloads close to what it shows (16 KB files made a first search fetch 250 KB
/// gzip of texts it did not show); much smaller ones would be a request per result.
const SEARCH_FRAGMENT_BYTES: usize = 4 * 1024;

/// Writes `out/search/` and `out/similar/` for `bundle`; what was written, in words.
pub fn write(bundle: &Bundle, out: &Path) -> Result<String, String> {
    let index = Index::build(&entries_of(bundle));
    let split = split(&index, SEARCH_CHUNK_BYTES, SEARCH_FRAGMENT_BYTES);
    let dir = out.join("search");
    create(&dir)?;
    write_atomically(&dir.join("meta.json"), &to_json(&split.meta)?)?;
    for (i, chunk) in split.chunks.iter().enumerate() {
        write_atomically(&dir.join(format!("terms-{i}.json")), &to_json(chunk)?)?;
    }
    for (i, fragment) in split.fragments.iter().enumerate() {
        write_atomically(
            &dir.join(format!("fragments-{i}.json")),
            &to_json(fragment)?,
        )?;
    }
    let similar = SimilarIndex::new(bundle);
    let dir = out.join("similar");
    create(&dir)?;
    for document in &bundle.documents {
        let lists: BTreeMap<String, _> = document
            .provisions()
            .map(|p| {
                let of = ProvisionRef::new(&document.id, p.key());
                (p.key(), similar.similar_to(&of, LISTED))
            })
            .filter(|(_, list)| !list.is_empty())
            .collect();
        write_atomically(
            &dir.join(format!("{}.json", document.id)),
            &to_json(&lists)?,
        )?;
    }
    Ok(format!(
        "search index of {} passages ({} chunks, {} fragments), similar provisions of {} treaties",
        split.meta.entries.len(),
        split.chunks.len(),
        split.fragments.len(),
        bundle.documents.len()
    ))
}

/// An empty directory at `dir`: files of an earlier build (more chunks, other treaties) must
/// not linger beside this build's, where the service worker would precache them.
fn create(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("{}: cannot empty directory: {e}", dir.display())),
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot write JSON: {e}"))
}
