//! The language a document is read in, for a document whose file holds it in several languages
//! ("Text in: Français | Nederlands | Both"). The choice lives in the address (`?lang=nl`), so a
//! shared link shows what its sender read; the core decides what a choice shows.

use crate::library::use_library;
use crate::route::Route;
use treaty_core::languages::{LanguageChoice, PARAM};
use yew::prelude::*;
use yew_router::prelude::*;

/// A query as links carry it: name and value pairs.
pub type Query = Vec<(String, String)>;

/// A document's languages and the reader's choice among them. The default (no languages, all
/// texts) is what a view shows that offers no choice, such as an embedded article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageView {
    /// The document's languages, in order of appearance.
    pub languages: Vec<String>,
    pub choice: LanguageChoice,
}

impl LanguageView {
    /// Whether the document is in several languages, so the reader has a choice.
    pub fn offers_choice(&self) -> bool {
        self.languages.len() > 1
    }

    /// The query a link to another page of the document carries, so the choice goes along.
    pub fn link_query(&self) -> Option<Query> {
        self.choice
            .param(&self.languages)
            .map(|value| vec![(PARAM.to_owned(), value)])
    }

    /// The query (encoded, without `?`) of an address showing this choice.
    pub fn query(&self) -> Option<String> {
        self.choice.query(&self.languages)
    }

    /// `address` (of a page of the document) in the language chosen: what
    /// the share menu offers as the page's permanent link.
    pub fn address(&self, address: String) -> String {
        match self.query() {
            Some(query) => treaty_core::share::with_query(&address, &query),
            None => address,
        }
    }

    /// The query of an address that shows a text in `language`: a paragraph's permanent link
    /// must show its paragraph, whatever the reader is reading now.
    pub fn query_showing(&self, language: &str) -> Option<String> {
        if !self.offers_choice() {
            return None;
        }
        LanguageChoice::Only(language.to_owned()).query(&self.languages)
    }
}

/// The document's languages and the choice the address asks for.
#[hook]
pub fn use_language_view(document_id: &str) -> LanguageView {
    let library = use_library();
    let location = use_location();
    let languages = library
        .bundle
        .document(document_id)
        .map(|d| d.reading_languages())
        .unwrap_or_default();
    let asked = location
        .and_then(|l| l.query::<Query>().ok())
        .and_then(|query| query.into_iter().find(|(name, _)| name == PARAM))
        .map(|(_, value)| value);
    LanguageView {
        choice: LanguageChoice::from_param(asked.as_deref(), &languages),
        languages,
    }
}

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub view: LanguageView,
    /// The page the choices lead to (this one, in another language).
    pub route: Route,
}

/// The choice of language, as links to this page in each language; nothing for a document in
/// one language. The address's other parameters (`?bundle=`) are kept.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let location = use_location();
    let options = LanguageChoice::options(&props.view.languages);
    if options.is_empty() {
        return Html::default();
    }
    let others: Query = location
        .and_then(|l| l.query::<Query>().ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, _)| name != PARAM)
        .collect();
    let link = |(choice, label): (LanguageChoice, String)| {
        if choice == props.view.choice {
            return html! { <li><strong class="current" aria-current="true">{ label }</strong></li> };
        }
        let mut query = others.clone();
        if let Some(value) = choice.param(&props.view.languages) {
            query.push((PARAM.to_owned(), value));
        }
        html! {
            <li><Link<Route, Query> to={props.route.clone()} query={Some(query)}>{ label }</Link<Route, Query>></li>
        }
    };
    html! {
        <nav class="language-switch" aria-label="Language of the text">
            <span class="language-switch-label">{ "Text in:" }</span>
            <ul>{ for options.into_iter().map(link) }</ul>
        </nav>
    }
}
