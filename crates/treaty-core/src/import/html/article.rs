//! A saved news page read as Firefox's Reader View reads it: `dom_smoothie`, a Rust port of
//! Mozilla's Readability, picks the article out of the page (scoring its blocks, dropping menus,
//! sidebars, share bars, related links and comments) and reads its metadata (headline, byline,
//! site name, publication date and language, from JSON-LD, Open Graph, Dublin Core and the
//! page's own markup). The article it keeps is then cut into lines by the same walk as every web
//! page ([`super::Page::readable_text`]), so a source's body has one line per paragraph whatever
//! the page's markup.

use super::Page;
use dom_smoothie::{Config, Readability};

/// Most elements Readability looks at; a larger page is read by the plain walk instead, so that
/// a pathological file cannot stall the import.
const MAX_ELEMENTS: usize = 60_000;

/// What Readability found in a news page.
#[derive(Debug, Default)]
pub(crate) struct NewsArticle {
    /// The article's text, one line per block.
    pub text: String,
    /// Its headline, without the site's name.
    pub title: Option<String>,
    /// Its author(s) as the page names them.
    pub byline: Option<String>,
    /// The site's name for itself (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The date of publication, as written (usually ISO 8601 with a time).
    pub published: Option<String>,
    /// The page's language tag (`<html lang>`, `og:locale`).
    pub language: Option<String>,
}

impl NewsArticle {
    /// Reads the page's article; `None` if Readability finds none (a page without a body of
    /// text, or one too large for it).
    pub(crate) fn read(html: &str) -> Option<Self> {
        let config = Config {
            max_elements_to_parse: MAX_ELEMENTS,
            ..Config::default()
        };
        let article = Readability::new(html, None, Some(config))
            .ok()?
            .parse()
            .ok()?;
        let text = Page::parse(&article.content).readable_text();
        let given =
            |value: Option<String>| value.map(|v| super::clean(&v)).filter(|v| !v.is_empty());
        Some(Self {
            text,
            title: given(Some(article.title)),
            byline: given(article.byline),
            site_name: given(article.site_name),
            published: given(article.published_time),
            language: given(article.lang),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!doctype html><html lang="en"><head>
<title>Putin and Kim sign pact | World News Site</title>
<meta property="og:site_name" content="World News Site">
<meta property="og:title" content="Putin and Kim sign mutual defence pact">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-06-19T18:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<article>
<h1>Putin and Kim sign mutual defence pact</h1>
<p>Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on comprehensive strategic partnership in Pyongyang on Wednesday, pledging to assist each other in case of aggression against either of them.</p>
<p>Article 4 of the treaty says that if one of the parties is subjected to an armed attack and finds itself in a state of war, the other party will immediately provide military and other assistance with all means at its disposal.</p>
<p>The treaty also commits both countries not to sign agreements with third states directed against the other party, and to cooperate in the fields of economy, science and culture.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather turns cold</a></li><li><a href="/b">Football results</a></li></ul></aside>
<footer>© World News Site. All rights reserved. We use cookies.</footer>
</body></html>"##;

    #[test]
    fn the_article_and_its_metadata_are_read_without_the_site_around_it() {
        let article = NewsArticle::read(PAGE).expect("an article");
        assert_eq!(
            article.title.as_deref(),
            Some("Putin and Kim sign mutual defence pact")
        );
        assert_eq!(article.byline.as_deref(), Some("Jane Reporter"));
        assert_eq!(article.site_name.as_deref(), Some("World News Site"));
        assert_eq!(article.published.as_deref(), Some("2024-06-19T18:30:00Z"));
        assert_eq!(article.language.as_deref(), Some("en"));
        assert!(article.text.contains("Article 4 of the treaty says"));
        // Three paragraphs; the headline above them is the title, not a line of the text.
        assert_eq!(article.text.lines().count(), 3, "{}", article.text);
        for furniture in ["Home", "Tweet", "Most read", "Football", "cookies"] {
            assert!(!article.text.contains(furniture), "{furniture}");
        }
    }
}
