//! The article jump: a query that is only a reference to an article ("Article 4", "ст. 4",
//! "Article 51 of the UN Charter") opens that article instead of searching for the words.

use crate::index::LibraryIndex;
use crate::refs::{self, Catalog, Target};

/// The treaty and article (number as printed) that `query` names, if the query is nothing but
/// one article reference. Read by the reader's own reference recogniser, so every form it knows
/// in every language is a jump; the treaty is the one the query names, else `current_treaty`,
/// else the first treaty of the library that has the article.
pub fn article_jump(
    query: &str,
    index: &LibraryIndex,
    current_treaty: Option<&str>,
) -> Option<(String, String)> {
    let catalog = Catalog::from_index(index);
    let mentions = refs::recognise(query, &catalog, current_treaty.unwrap_or_default());
    let [mention] = mentions.as_slice() else {
        return None;
    };
    let words = crate::text::word_runs(query);
    if words
        .iter()
        .any(|&(start, end)| start < mention.start || end > mention.end)
    {
        return None;
    }
    let Target::Article {
        document, article, ..
    } = &mention.target
    else {
        return None;
    };
    let named = index.treaty(document).filter(|_| !document.is_empty());
    let treaty = match named {
        Some(treaty) => treaty.article(article).map(|_| treaty),
        None => index.treaties.iter().find(|t| t.article(article).is_some()),
    }?;
    let printed = treaty.article(article)?;
    Some((treaty.id.clone(), printed.to_owned()))
}
