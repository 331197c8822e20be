//! Results grouped for display: one group per provision and one per source, so that a treaty
//! article quoted in three languages or a source matching in five paragraphs is one result.

use super::entry::GroupKey;
use super::rank::Hit;
use std::collections::HashMap;

/// A group lists at most this many of its hits: the best paragraphs say what the group is
/// about; the reader opens the group for the rest.
pub const MAX_HITS_PER_GROUP: usize = 3;

/// The hits of one provision or one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: GroupKey,
    /// Its best hit's score.
    pub score: f32,
    /// Its best hits, best first, at most [`MAX_HITS_PER_GROUP`].
    pub hits: Vec<Hit>,
    /// How many more hits it has.
    pub more: usize,
}

/// `hits` grouped by provision (treaty and article) and by source, best group first, each
/// group's hits best first. A provision of an import and the same provision of the shipped
/// library are one group.
pub fn group(hits: &[Hit]) -> Vec<Group> {
    let mut sorted: Vec<&Hit> = hits.iter().collect();
    sorted.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut groups: Vec<Group> = Vec::new();
    let mut at: HashMap<GroupKey, usize> = HashMap::new();
    for hit in sorted {
        let key = hit.target.group_key();
        let known = at.get(&key).copied();
        match known.and_then(|i| groups.get_mut(i)) {
            Some(g) if g.hits.len() < MAX_HITS_PER_GROUP => g.hits.push(hit.clone()),
            Some(g) => g.more += 1,
            None => {
                at.insert(key.clone(), groups.len());
                groups.push(Group {
                    key,
                    score: hit.score,
                    hits: vec![hit.clone()],
                    more: 0,
                });
            }
        }
    }
    groups
}
