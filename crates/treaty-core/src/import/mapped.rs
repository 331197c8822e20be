//! Layout of a text without article headings (a news agency's running text) by its
//! `# article-map: paragraph "PREFIX ..." = Article N (...)` header lines: each paragraph that
//! starts with a mapped prefix opens that article, and the paragraphs after it follow it.

use super::blocks::Block;
use super::header::{Entry, Header};
use super::heading::{classify, Heading};
use super::layout::{Layout, Part, Place};
use super::paragraph::paragraphs;
use super::ImportError;

/// One `article-map` line that places a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mapping {
    /// The paragraph's opening words (the quoted text up to its first "...").
    prefix: String,
    place: Place,
    line: usize,
}

/// Whether the header maps any paragraph, i.e. whether this is the right layout for the text.
pub(crate) fn has_article_map(header: &Header) -> bool {
    header
        .all("article-map")
        .any(|e| e.value.starts_with("paragraph "))
}

/// Lays out the blocks by the article map. Paragraphs before the first mapped one are the
/// report's own framing (title, dateline), not treaty text, and are left out.
pub(crate) fn layout(header: &Header, blocks: &[Block<'_>]) -> Result<Layout, ImportError> {
    let mappings = header
        .all("article-map")
        .filter(|e| e.value.starts_with("paragraph "))
        .map(mapping)
        .collect::<Result<Vec<_>, _>>()?;
    let mut used = vec![false; mappings.len()];
    let mut out = Layout::default();
    for block in blocks {
        let block_paragraphs = paragraphs(block);
        let opening = block_paragraphs.iter().find(|p| !p.gap);
        let matched = opening.and_then(|p| best_match(&mappings, &p.text));
        if let Some(index) = matched {
            used[index] = true;
            out.parts.push(Part {
                place: mappings[index].place.clone(),
                paragraphs: block_paragraphs,
            });
        } else if let Some(part) = out.parts.last_mut() {
            part.paragraphs.extend(block_paragraphs);
        }
    }
    if let Some((m, _)) = mappings.iter().zip(&used).find(|(_, used)| !**used) {
        return Err(ImportError::UnmatchedArticleMap {
            line: m.line,
            prefix: m.prefix.clone(),
        });
    }
    Ok(out)
}

/// The mapping with the longest prefix that opens `text`.
fn best_match(mappings: &[Mapping], text: &str) -> Option<usize> {
    mappings
        .iter()
        .enumerate()
        .filter(|(_, m)| text.starts_with(&m.prefix))
        .max_by_key(|(_, m)| m.prefix.len())
        .map(|(i, _)| i)
}

/// Parses `paragraph "PREFIX ..." = TARGET`.
fn mapping(entry: &Entry) -> Result<Mapping, ImportError> {
    let bad = |reason: &str| ImportError::BadArticleMap {
        line: entry.line,
        reason: reason.to_owned(),
    };
    let quoted = entry.value["paragraph ".len()..]
        .trim_start()
        .strip_prefix('"')
        .ok_or_else(|| bad("expected paragraph \"OPENING WORDS ...\" = Article N"))?;
    let (quoted, target) = quoted
        .split_once("\" =")
        .ok_or_else(|| bad("expected \" = Article N\" after the quoted opening words"))?;
    let prefix = quoted.split("...").next().unwrap_or_default().trim();
    if prefix.is_empty() {
        return Err(bad("the quoted opening words are empty"));
    }
    let target = target.trim();
    let (label, remark) = match target.split_once(" (") {
        Some((label, remark)) => (label.trim(), Some(remark.trim_end_matches(')').trim())),
        None => (target, None),
    };
    let unassigned = remark.is_some_and(|r| r.contains("unassigned"));
    let article = match classify(label, entry.line) {
        Ok(Some(Heading::Article { number })) => Some(number),
        _ => None,
    };
    let place = match (article, unassigned) {
        (Some(number), false) => Place::Article {
            number,
            heading: None,
        },
        (_, true) => Place::Unplaced {
            note: match remark {
                Some(r) => format!("{label}: {r}"),
                None => label.to_owned(),
            },
        },
        (None, false) => {
            return Err(bad(
                "the target must be \"Article N\", or say \"left unassigned\" in parentheses",
            ))
        }
    };
    Ok(Mapping {
        prefix: prefix.to_owned(),
        place,
        line: entry.line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::blocks;
    use crate::import::header::split;

    const TEXT: &str = "# article-map: the report has no numbers.\n\
# article-map: paragraph \"The sides shall ... talks ...\" = Article 2 (named)\n\
# article-map: paragraph \"The sides shall aspire ...\" = Article 2 or 3 (no report names it; left unassigned)\n\
\n\
Title line\n\
\n\
The sides shall meet for talks.\n\
\n\
More of it.\n\
\n\
The sides shall aspire to stability.\n";

    #[test]
    fn paragraphs_follow_their_mapped_opening() {
        let s = split(TEXT).unwrap();
        let l = layout(&s.header, &blocks(s.body, s.body_line)).unwrap();
        assert_eq!(l.parts.len(), 2);
        assert_eq!(
            l.parts[0].place,
            Place::Article {
                number: "2".into(),
                heading: None
            }
        );
        assert_eq!(l.parts[0].paragraphs.len(), 2);
        assert_eq!(
            l.parts[1].place,
            Place::Unplaced {
                note: "Article 2 or 3: no report names it; left unassigned".into()
            }
        );
    }

    #[test]
    fn map_errors_name_the_header_line() {
        let unmatched = TEXT.replace("aspire ...", "wish ...");
        let s = split(&unmatched).unwrap();
        assert_eq!(
            layout(&s.header, &blocks(s.body, s.body_line)),
            Err(ImportError::UnmatchedArticleMap {
                line: 3,
                prefix: "The sides shall wish".into()
            })
        );
        let bad = TEXT.replace("= Article 2 (named)", "= Artcle 2 (named)");
        let s = split(&bad).unwrap();
        assert!(matches!(
            layout(&s.header, &blocks(s.body, s.body_line)),
            Err(ImportError::BadArticleMap { line: 2, .. })
        ));
    }
}
