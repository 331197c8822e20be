//! One component per route, plus the page shown when the library cannot be loaded.

mod compare;
mod consent;
mod embed;
mod error;
mod library;
mod not_found;
mod provision;
mod search;
mod source;
mod synoptic;
mod treaty;

pub use compare::ComparePage;
pub use consent::ConsentPage;
pub use embed::EmbedPage;
pub use error::{ErrorPage, RefusedPage};
pub use library::LibraryPage;
pub use not_found::NotFound;
pub use provision::ProvisionPage;
pub use search::{SearchPage, SearchQuery};
pub use source::{statement_id, SourcePage};
pub use synoptic::SynopticPage;
pub use treaty::TreatyPage;
