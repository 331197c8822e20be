//! [`attribute_source`](super::attribute_source) with progress reports, for callers that show
//! how far a long source has got ("Attributing statement 120 of 800") and run it where the
//! reports can be seen (the app's background worker).

use super::attribute::attribute_counting;
use super::extract::extract;
use super::source::{agreed_in, document_of};
use super::Attribution;
use crate::bundle::{Bundle, Source};
use crate::refs::Catalog;

/// How far an attribution has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Looking for the treaty statements in the source's body.
    Finding,
    /// `done` of `total` statements attributed.
    Attributing { done: usize, total: usize },
}

/// The same attributions as [`super::attribute_source`], calling `progress` once before the
/// statements are looked for and after each statement is attributed.
pub fn attribute_source_with_progress(
    source: &Source,
    bundle: &Bundle,
    progress: &mut dyn FnMut(Progress),
) -> Vec<Attribution> {
    progress(Progress::Finding);
    let catalog = Catalog::from_bundles([bundle]);
    let Some(document) = document_of(source, bundle) else {
        return Vec::new();
    };
    let agreed = agreed_in(bundle, document, &source.id);
    let statements = extract(&source.body, &source.language, &catalog, &document.id);
    let total = statements.len();
    progress(Progress::Attributing { done: 0, total });
    attribute_counting(
        &statements,
        source,
        document,
        &catalog,
        &agreed,
        &mut |done| progress(Progress::Attributing { done, total }),
    )
}
