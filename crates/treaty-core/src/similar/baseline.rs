//! The baseline the method is measured against (Alschner & Skougarevskiy's treaty-text
//! similarity): Jaccard similarity of the sets of 5-character shingles of the folded texts.

use super::ProvisionRef;
use crate::bundle::Bundle;
use std::collections::HashSet;

/// Shingle length, as in Alschner & Skougarevskiy.
pub const SHINGLE: usize = 5;

struct Entry {
    target: ProvisionRef,
    /// Per language (primary subtag), the shingles of its best text, in the order the
    /// languages first appear.
    texts: Vec<(String, HashSet<u64>)>,
}

/// Every provision with text, as shingle sets.
#[derive(Default)]
pub struct ShingleIndex {
    entries: Vec<Entry>,
}

impl ShingleIndex {
    pub fn new(library: &Bundle) -> Self {
        let mut entries = Vec::new();
        for document in &library.documents {
            for provision in document.provisions() {
                let mut texts: Vec<(String, HashSet<u64>)> = Vec::new();
                for text in &provision.texts {
                    let language = super::prepare::primary(&text.language);
                    if texts.iter().any(|(l, _)| *l == language) {
                        continue;
                    }
                    let joined: Vec<&str> = text
                        .paragraphs
                        .iter()
                        .filter(|p| !p.gap)
                        .map(|p| p.text.as_str())
                        .collect();
                    let set = shingles(&joined.join(" "));
                    if !set.is_empty() {
                        texts.push((language, set));
                    }
                }
                if !texts.is_empty() {
                    entries.push(Entry {
                        target: ProvisionRef::new(&document.id, provision.key()),
                        texts,
                    });
                }
            }
        }
        Self { entries }
    }

    /// The provisions of other treaties with the highest Jaccard similarity to `of` (its key
    /// exactly as printed), best first, with their similarity.
    pub fn similar_to(&self, of: &ProvisionRef, limit: usize) -> Vec<(ProvisionRef, f32)> {
        let Some(query) = self.entries.iter().find(|e| e.target == *of) else {
            return Vec::new();
        };
        let mut out: Vec<(ProvisionRef, f32)> = self
            .entries
            .iter()
            .filter(|e| e.target.treaty != of.treaty)
            .filter_map(|e| {
                let (a, b) = query
                    .texts
                    .iter()
                    .find_map(|(l, a)| e.texts.iter().find(|(m, _)| m == l).map(|(_, b)| (a, b)))
                    .unwrap_or((&query.texts[0].1, &e.texts[0].1));
                let score = jaccard(a, b);
                (score > 0.0).then(|| (e.target.clone(), score))
            })
            .collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        out.truncate(limit);
        out
    }
}

/// Lower case, every run of anything but letters and digits one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_owned()
}

/// The hashed 5-character shingles of the folded text (a shorter text is one shingle).
pub fn shingles(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let chars: Vec<char> = fold(text).chars().collect();
    let hash = |s: &[char]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        s.hash(&mut h);
        h.finish()
    };
    if chars.is_empty() {
        return HashSet::new();
    }
    if chars.len() < SHINGLE {
        return HashSet::from([hash(&chars)]);
    }
    chars.windows(SHINGLE).map(hash).collect()
}

pub fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f32 / union as f32
}
