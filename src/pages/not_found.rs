//! For addresses that name nothing in the library.

use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was looked for, e.g. "Article 99 of the North Atlantic Treaty".
    #[prop_or_default]
    pub what: Option<AttrValue>,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <main id="main" class="not-found">
            <h1>{ "Not found" }</h1>
            <p>{
                match &props.what {
                    Some(what) => format!("{what} is not in this library."),
                    None => "There is nothing at this address.".to_owned(),
                }
            }</p>
            <p><Link<Route> to={Route::Library}>{ "Go to the library" }</Link<Route>></p>
        </main>
    }
}
