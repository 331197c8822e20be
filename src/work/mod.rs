//! The page's side of the background worker (`crates/treaty-worker`): the heavy work (reading
//! imports, attributing a source, building exports) runs there, so that the page stays
//! responsive and the app's own wasm does not carry that code.
//!
//! The worker is started on the first job, not with the page, and kept for the next ones;
//! [`cancel`] ends it (and everything it was doing), and the next job starts a new one. Where
//! a browser has no workers, the same module is loaded into the page and run here, with a
//! notice that the page may pause. A worker that cannot be loaded is a message, never a wait.
//!
//! - `client`: the worker (or the page's copy of the module) and the jobs waiting on it;
//! - `requests`: the jobs the components ask for (treaty files read with a preview, then
//!   added; sources; exports; search indexes of imports);
//! - `progress`: what the forms show while a job runs (progress, Cancel, the notice).

mod client;
mod progress;
mod requests;

pub use client::{cancel, Failure, Input};
pub use progress::WorkProgress;
pub use requests::{
    add_treaty, export, import_annotations, import_source, read_treaty, search_index,
    AnnotationsRead, TreatyRead,
};
pub use treaty_core::import::SourceDetails;
pub use treaty_worker::protocol::{Job, Target};
