//! [`attribute_source`](super::attribute_source) with progress reports, for callers that show
//! how far a long source has got ("Attributing statement 120 of 800") and run it where the
//! reports can be seen (the app's background worker).

use super::attribute::attribute_counting;
use super::cap::{first_statements, Attributed};
use super::source::{agreed_in, document_of};
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

/// The same attributions as [`super::attribute_source`], with the count of statements when
/// there were too many to keep, calling `progress` once before the statements are looked for
/// and after each statement is attributed.
pub fn attribute_source_with_progress(
    source: &Source,
    bundle: &Bundle,
    progress: &mut dyn FnMut(Progress),
) -> Attributed {
    progress(Progress::Finding);
    let catalog = Catalog::from_bundles([bundle]);
    let Some(document) = document_of(source, bundle) else {
        return Attributed {
            attributions: Vec::new(),
            statements_found: None,
        };
    };
    let agreed = agreed_in(bundle, document, &source.id);
    let (statements, statements_found) = first_statements(source, &catalog, &document.id);
    let total = statements.len();
    progress(Progress::Attributing { done: 0, total });
    let attributions = attribute_counting(
        &statements,
        source,
        document,
        &catalog,
        &agreed,
        &mut |done| progress(Progress::Attributing { done, total }),
    );
    Attributed {
        attributions,
        statements_found,
    }
}
