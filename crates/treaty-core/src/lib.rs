//! Treaty Reader's domain logic, free of any web dependency so that the same code runs in the
//! browser (through the Yew app), in the `treaty` command-line tool and in native tests.
//!
//! The pipeline: [`import`] turns corpus text into [`model`] documents, [`bundle`] packs them with
//! their news sources and glossary into the JSON the app loads, and [`refs`] finds the references
//! and glossary terms in any text so the app can link them.

pub mod attribution;
pub mod bundle;
pub mod collection;
pub mod dates;
pub mod export;
pub mod import;
pub mod index;
pub mod languages;
pub mod model;
pub mod numbering;
pub mod parallel;
mod percent;
pub mod provenance;
pub mod quotes;
pub mod refs;
pub mod search;
pub mod segment;
pub mod share;
pub mod similar;
pub mod stored;
pub mod summary;
pub mod synopsis;
mod text;
pub mod web;
