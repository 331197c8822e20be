//! The app's URLs. They are the deep links users share, so they name things by stable ids and
//! printed article numbers, never by position.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The list of treaties.
    #[at("/")]
    Library,
    /// A treaty's front matter, table of contents and full text.
    #[at("/treaty/:id")]
    Treaty { id: String },
    /// A treaty's preamble on its own.
    #[at("/treaty/:id/preamble")]
    Preamble { id: String },
    /// One article, by its printed number.
    #[at("/treaty/:id/article/:number")]
    Article { id: String, number: String },
    /// Every rendering of one article side by side: its texts and what sources quote of it.
    #[at("/treaty/:id/article/:number/synoptic")]
    Synoptic { id: String, number: String },
    /// A news source.
    #[at("/source/:id")]
    Source { id: String },
    /// One statement in a news source (index into the source's attributions).
    #[at("/source/:id/statement/:index")]
    Statement { id: String, index: usize },
    /// One statement in a news source, by the byte offset at which it starts in the source's
    /// body: the quote permalink, which (unlike the index) survives re-attribution.
    #[at("/source/:id/quote/:at")]
    Quote { id: String, at: usize },
    /// Search across the library. Query: `q` (the words), `scope` (`all`, `treaties`,
    /// `sources`), `treaty` (only this treaty), `lang` (only texts in this language): the
    /// address restores the results, so a search can be shared.
    #[at("/search")]
    Search,
    /// Provisions side by side with their shared passages marked: `<treaty>~<article>` joined
    /// by `_`, the first being the one the others are compared with. In the path, not the query,
    /// so that the page knows which treaty files it needs from its route alone; with characters
    /// an address never escapes (a treaty id is letters, digits and hyphens, so the first `~`
    /// ends it) and no dot, which static hosts read as a file's extension.
    #[at("/compare/:provisions")]
    Compare { provisions: String },
    /// One article for embedding in an iframe: no site chrome, height reported to the parent.
    /// Query: `quotes=on|off`, `theme=light|dark|auto`.
    #[at("/embed/:id/article/:number")]
    EmbedArticle { id: String, number: String },
    /// A preamble for embedding in an iframe (same query as [`Route::EmbedArticle`]).
    #[at("/embed/:id/preamble")]
    EmbedPreamble { id: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The route of a provision: the preamble for `None` (or "preamble"), else the article.
    pub fn provision(document: &str, number: Option<&str>) -> Self {
        match number.filter(|n| *n != treaty_core::model::PREAMBLE) {
            Some(n) => Self::Article {
                id: document.to_owned(),
                number: n.to_owned(),
            },
            None => Self::Preamble {
                id: document.to_owned(),
            },
        }
    }

    /// The compare view of these provisions (treaty id, article key), first the reference.
    pub fn compare(provisions: &[(String, String)]) -> Self {
        Self::Compare {
            provisions: provisions
                .iter()
                .map(|(treaty, article)| format!("{treaty}~{article}"))
                .collect::<Vec<_>>()
                .join("_"),
        }
    }

    /// The provisions a compare view's path names, in order; malformed pieces are left out.
    pub fn compared(provisions: &str) -> Vec<(String, String)> {
        provisions
            .split('_')
            .filter_map(|piece| {
                let (treaty, article) = piece.split_once('~')?;
                (!treaty.is_empty() && !article.is_empty())
                    .then(|| (treaty.to_owned(), article.to_owned()))
            })
            .collect()
    }

    /// The embed page of the provision this route shows, if it shows one.
    pub fn is_embed(&self) -> bool {
        matches!(self, Self::EmbedArticle { .. } | Self::EmbedPreamble { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(t, a)| ((*t).to_owned(), (*a).to_owned()))
            .collect()
    }

    #[test]
    fn a_comparison_reads_back_from_its_path_unescaped() {
        let provisions = pairs(&[
            ("rus-dprk-2024", "4"),
            ("north-atlantic-treaty-1949", "5"),
            ("un-charter-1945", "preamble"),
            ("hague-iv", "4bis"),
        ]);
        let route = Route::compare(&provisions);
        let path = route.to_path();
        assert_eq!(
            path,
            "/compare/rus-dprk-2024~4_north-atlantic-treaty-1949~5_un-charter-1945~preamble_hague-iv~4bis"
        );
        assert_eq!(Route::recognize(&path), Some(route));
        let Route::Compare { provisions: read } = Route::recognize(&path).unwrap() else {
            unreachable!()
        };
        assert_eq!(Route::compared(&read), provisions);
    }

    #[test]
    fn malformed_pieces_of_a_comparison_are_left_out() {
        assert_eq!(
            Route::compared("a~1__~2_b~_c_d~II"),
            pairs(&[("a", "1"), ("d", "II")])
        );
    }
}
