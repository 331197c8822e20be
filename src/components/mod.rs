//! Building blocks of the pages. Each file holds one component (or one hook) and its props.

mod facts;
mod format;
mod page_title;
mod popover;
mod provision_view;
mod reference;
mod reports;
mod rich_text;
mod source_list;
mod term;
mod theme_toggle;
mod toc;
mod witness;

pub use facts::{DocumentFacts, WitnessKinds};
pub use format::{format_date, language_name};
pub use page_title::use_page_title;
pub use provision_view::ProvisionView;
pub use reference::RefLink;
pub use reports::ReportList;
pub use rich_text::RichText;
pub use source_list::SourceList;
pub use term::TermRef;
pub use theme_toggle::ThemeToggle;
pub use toc::TableOfContents;
pub use witness::TextWitness;
