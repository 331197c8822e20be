//! The shipped index split for the web, as Pagefind splits its own: a small [`Meta`] fetched on
//! the first search, postings in [`Chunk`]s of contiguous terms fetched only for the terms a
//! query needs, and entry texts in [`Fragment`]s fetched only for the results shown.

use super::index::{Facts, Index, Posting, Shown};
use serde::{Deserialize, Serialize};

/// What a first search fetches: enough to expand query words (prefixes, typos) over the whole
/// dictionary, to know which chunks hold their postings, and to rank, filter and group hits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The dictionary, sorted.
    #[serde(rename = "w")]
    pub terms: Vec<String>,
    /// The index in `terms` of each chunk's first term, ascending, the first 0.
    #[serde(rename = "c")]
    pub chunk_starts: Vec<u32>,
    /// Facts of every entry, by entry number.
    #[serde(rename = "e", with = "super::table")]
    pub entries: Vec<Facts>,
}

/// The postings of the terms `start..start + postings.len()` of the dictionary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    #[serde(rename = "s")]
    pub start: u32,
    #[serde(rename = "p")]
    pub postings: Vec<Vec<Posting>>,
}

/// The texts of the entries of one provision or one source, by entry number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fragment {
    #[serde(rename = "e")]
    pub entries: Vec<(u32, Shown)>,
}

impl Fragment {
    pub fn text(&self, entry: u32) -> Option<&Shown> {
        self.entries
            .iter()
            .find(|(e, _)| *e == entry)
            .map(|(_, shown)| shown)
    }
}

/// An index in the files the web fetches: chunk `i` and fragment `i` are separate files.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub meta: Meta,
    pub chunks: Vec<Chunk>,
    pub fragments: Vec<Fragment>,
}

impl Meta {
    /// The position of `term` in the dictionary.
    pub fn term_index(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// The chunk holding the postings of dictionary term `term_index`.
    pub fn chunk_of(&self, term_index: usize) -> usize {
        self.chunk_starts
            .partition_point(|s| usize::try_from(*s).is_ok_and(|s| s <= term_index))
            .saturating_sub(1)
    }
}

/// `index` split into postings chunks of about `target_chunk_bytes` of JSON each (a chunk
/// holds at least one term, so one term's postings larger than that make a larger chunk) and
/// text fragments of about `target_fragment_bytes` (whole provisions and sources: a larger one
/// has a file of its own).
pub fn split(index: &Index, target_chunk_bytes: usize, target_fragment_bytes: usize) -> Split {
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut bytes = 0;
    for (i, postings) in (0u32..).zip(&index.postings) {
        let size = serde_json::to_string(postings).map_or(0, |s| s.len());
        match chunks.last_mut() {
            Some(chunk) if bytes + size <= target_chunk_bytes => {
                chunk.postings.push(postings.clone());
                bytes += size;
            }
            _ => {
                chunks.push(Chunk {
                    start: i,
                    postings: vec![postings.clone()],
                });
                bytes = size;
            }
        }
    }
    // The texts of each provision or source stay together, and consecutive ones share a file
    // up to about `target_fragment_bytes`: one file per provision made 624 files for the shipped
    // library, each a request of its own and a line in the service worker's precache (whose
    // install then took long enough to matter); packed, a result still fetches only the file
    // holding its group.
    let group_count = index
        .entries
        .iter()
        .map(|e| e.fragment as usize + 1)
        .max()
        .unwrap_or(0);
    let mut group_bytes = vec![0usize; group_count];
    for (facts, shown) in index.entries.iter().zip(&index.texts) {
        if let Some(bytes) = group_bytes.get_mut(facts.fragment as usize) {
            *bytes += shown.text.len() + shown.heading.len();
        }
    }
    let mut file_of_group = Vec::with_capacity(group_count);
    let (mut files, mut filled) = (0u32, 0usize);
    for bytes in group_bytes {
        if files == 0 || (filled > 0 && filled + bytes > target_fragment_bytes) {
            files += 1;
            filled = 0;
        }
        filled += bytes;
        file_of_group.push(files - 1);
    }
    let mut fragments = vec![
        Fragment {
            entries: Vec::new()
        };
        files as usize
    ];
    let mut entries = index.entries.clone();
    for ((entry, facts), shown) in (0u32..).zip(entries.iter_mut()).zip(&index.texts) {
        let Some(&file) = file_of_group.get(facts.fragment as usize) else {
            continue;
        };
        facts.fragment = file;
        if let Some(fragment) = fragments.get_mut(file as usize) {
            fragment.entries.push((entry, shown.clone()));
        }
    }
    Split {
        meta: Meta {
            terms: index.terms.clone(),
            chunk_starts: chunks.iter().map(|c| c.start).collect(),
            entries,
        },
        chunks,
        fragments,
    }
}
