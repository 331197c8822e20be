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

    /// The embed page of the provision this route shows, if it shows one.
    pub fn is_embed(&self) -> bool {
        matches!(self, Self::EmbedArticle { .. } | Self::EmbedPreamble { .. })
    }
}
