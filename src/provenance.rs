//! Which library the address asks for (`?bundle=`), and whether the reader agreed to open one
//! from another site. The core decides what an address is ([`classify_bundle`]); the browser's
//! own reading of it must agree before anything is fetched as the site's own, so that no trick
//! of URL syntax makes another site's file pass for the shipped library.

use treaty_core::provenance::{classify_bundle, BundleSource, Refusal};

/// A library from another origin, as the reader is told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    /// The address fetched.
    pub url: String,
    /// `https://example.org` (with a port if not the default).
    pub origin: String,
    /// `example.org` (`127.0.0.1:8080`): how the pages name where the library came from.
    pub site: String,
}

/// Where the library the pages show came from, when it is another site's (a context): the
/// witness lines of its texts name it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance(pub Option<Foreign>);

/// An address the reader does not open, as it was asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub asked: String,
    pub refusal: Refusal,
}

/// What the page's address asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Asked {
    /// The shipped library.
    Shipped,
    /// A bundle on the app's own origin, at this address.
    Own(String),
    /// A bundle from another origin.
    Foreign(Foreign),
    /// An address the reader does not open.
    Refused(Refused),
}

/// The library the page's `?bundle=` asks for. Reads the browser's location.
pub fn asked() -> Asked {
    match crate::loader::bundle_param() {
        Some(value) => classify(&value),
        None => Asked::Shipped,
    }
}

/// The library from elsewhere this page shows: asked for, and agreed to in this tab.
pub fn foreign_in_use() -> Option<Foreign> {
    match asked() {
        Asked::Foreign(foreign) if consented(&foreign) => Some(foreign),
        _ => None,
    }
}

/// `value` classified by the core, then checked against the browser's own resolution: an
/// address the core takes for the app's own is loaded silently only if the browser resolves it
/// to the app's origin too.
fn classify(value: &str) -> Asked {
    let base = crate::links::app_base();
    let refused = |refusal| {
        Asked::Refused(Refused {
            asked: value.to_owned(),
            refusal,
        })
    };
    match classify_bundle(value, &base) {
        BundleSource::Refused(refusal) => refused(refusal),
        BundleSource::Foreign { url, origin, site } => {
            Asked::Foreign(Foreign { url, origin, site })
        }
        BundleSource::SameOrigin { url } => {
            let Ok(resolved) = web_sys::Url::new_with_base(&url, &base) else {
                return refused(Refusal::Unreadable);
            };
            let own = gloo::utils::window().location().origin().ok();
            if own.as_deref() == Some(resolved.origin().as_str()) {
                // Fetched as written (relative to the same base), so that an error names it so.
                Asked::Own(url)
            } else {
                Asked::Foreign(Foreign {
                    url: resolved.href(),
                    origin: resolved.origin(),
                    site: resolved.host(),
                })
            }
        }
    }
}

/// Where the reader's consent is kept: for this tab only (a reload keeps it, a link opened
/// elsewhere asks again), for this exact address.
fn consent_key(foreign: &Foreign) -> String {
    format!("treaty-reader:open-bundle:{}", foreign.url)
}

/// Whether the reader agreed, in this tab, to open `foreign`.
pub fn consented(foreign: &Foreign) -> bool {
    session_storage()
        .and_then(|s| s.get_item(&consent_key(foreign)).ok().flatten())
        .is_some()
}

/// Records the reader's consent to open `foreign`; false if the browser would not keep it.
pub fn consent(foreign: &Foreign) -> bool {
    session_storage().is_some_and(|s| s.set_item(&consent_key(foreign), "yes").is_ok())
}

fn session_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// The page's own address without `?bundle=`: the same page of the shipped library.
pub fn without_bundle() -> String {
    let location = gloo::utils::window().location();
    let Ok(url) = location.href().and_then(|href| web_sys::Url::new(&href)) else {
        return crate::links::app_base();
    };
    url.search_params().delete("bundle");
    url.href()
}
