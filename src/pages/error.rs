//! Shown instead of the reader when the library cannot be loaded: names the bundle and what
//! went wrong, and offers the ways out.

use crate::loader::{LoadError, DEFAULT_INDEX};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorPageProps {
    pub error: LoadError,
}

#[component]
pub fn ErrorPage(props: &ErrorPageProps) -> Html {
    let LoadError { url, problem } = &props.error;
    // A file of the shipped library, or one the reader named with `?bundle=`.
    let custom = url != DEFAULT_INDEX && !url.starts_with("bundles/");
    html! {
        <main id="main" class="error-page" role="alert">
            <h1>{ "The treaty library could not be loaded" }</h1>
            <p>{ "Treaty Reader tried to load the bundle " }<code class="bundle-url">{ url.clone() }</code>{ " and failed:" }</p>
            <p class="problem">{ problem.clone() }</p>
            <ul class="ways-out">
                <li><a href="">{ "Try again" }</a></li>
                if custom {
                    <li><a href=".">{ "Open the built-in library instead" }</a></li>
                }
            </ul>
        </main>
    }
}
