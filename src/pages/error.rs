//! Shown instead of the reader when the library cannot be loaded or is not opened: names the
//! bundle and what went wrong, and offers the ways out. An address comes from the link the
//! reader followed, so it is shown as what it is (the address asked for, shortened, as text),
//! never as the reader's own words.

use crate::loader::{LoadError, DEFAULT_INDEX};
use crate::provenance::{without_bundle, Refused};
use treaty_core::provenance::{shortened, Refusal};
use yew::prelude::*;

/// How much of an address from a link a page shows.
const SHOWN_CHARS: usize = 120;

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
            <p>{ "Treaty Reader tried to load a bundle and failed." }</p>
            <AskedAddress url={url.clone()} />
            <p class="problem">{ problem.clone() }</p>
            <ul class="ways-out">
                <li><a href="">{ "Try again" }</a></li>
                if custom {
                    <li><a href={without_bundle()} data-leaves-bundle="">{ "Open the built-in library instead" }</a></li>
                }
            </ul>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct RefusedPageProps {
    pub refused: Refused,
}

/// Schemes named on the refusal page; any other is "not a web address" (a made-up scheme is
/// the link's words, not the reader's).
const NAMED_SCHEMES: [&str; 9] = [
    "data",
    "javascript",
    "blob",
    "file",
    "ftp",
    "about",
    "vbscript",
    "ws",
    "wss",
];

#[component]
pub fn RefusedPage(props: &RefusedPageProps) -> Html {
    let Refused { asked, refusal } = &props.refused;
    let why = match refusal {
        Refusal::Scheme(scheme) if NAMED_SCHEMES.contains(&scheme.as_str()) => {
            format!("This link asks for a library from a {scheme}: address, which the reader does not open.")
        }
        Refusal::Scheme(_) => {
            "This link asks for a library from an address that is not a web address, which the reader does not open."
                .to_owned()
        }
        Refusal::Unreadable => {
            "This link asks for a library at an address the reader cannot read, so it does not open it."
                .to_owned()
        }
    };
    html! {
        <main id="main" class="error-page refused-page" role="alert">
            <h1>{ "This library is not opened" }</h1>
            <p class="why">{ why }</p>
            <p>{ "Treaty Reader opens libraries only from web (http or https) addresses, so that it can always say where a text came from." }</p>
            <AskedAddress url={asked.clone()} />
            <ul class="ways-out">
                <li><a href={without_bundle()} data-leaves-bundle="">{ "Go to the shipped library" }</a></li>
            </ul>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct AskedAddressProps {
    pub url: String,
}

/// An address from the link, labelled as such and cut to [`SHOWN_CHARS`] characters.
#[component]
pub fn AskedAddress(props: &AskedAddressProps) -> Html {
    let shown = shortened(&props.url, SHOWN_CHARS);
    html! {
        <p class="asked-address">
            { "The address asked for (as written in the link): " }
            <code class="bundle-url" title={(shown != props.url).then_some("shortened")}>{ shown }</code>
        </p>
    }
}
