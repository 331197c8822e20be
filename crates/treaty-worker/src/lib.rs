//! Treaty Reader's background worker: the heavy work of the app (reading imported treaties with a
//! preview of what they hold, reading sources, attributing a source's statements, building
//! exports) in a second wasm module that runs in a Web Worker, so that the page stays
//! responsive. It takes messages in and calls `treaty_core`; it has no UI.
//!
//! [`Handler`] is the whole of it and runs anywhere (the native tests call it directly);
//! `entry` (feature `entry`) wraps it for JavaScript: the worker's loader
//! (`static/treaty-worker-loader.js`) calls it for each message, and a page whose browser has
//! no workers loads the same module and calls it on its own thread.

#[cfg(feature = "entry")]
mod entry;
pub mod protocol;

use protocol::{Job, Outcome};
use treaty_core::attribution::{attribute_source_with_progress, Progress};
use treaty_core::bundle::Bundle;
use treaty_core::export::{citation_text, export_file, ExportRequest};
use treaty_core::import::{
    import_source_file, import_treaty_file, read_annotations, BundlePreview,
};

/// Holds the library the page last sent and answers jobs against it.
#[derive(Debug)]
pub struct Handler {
    library: Bundle,
}

impl Default for Handler {
    fn default() -> Self {
        Self {
            library: Bundle::new(Vec::new(), Vec::new(), Vec::new()),
        }
    }
}

impl Handler {
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the page's library (bundle JSON); jobs are answered against it until the next.
    pub fn set_library(&mut self, json: &str) -> Result<(), String> {
        self.library = Bundle::from_json(json)
            .map_err(|e| format!("the library could not be handed to the worker ({e})"))?;
        Ok(())
    }

    /// Does `job` on `input`, reporting progress lines ("Attributing statement 120 of 800…")
    /// as it goes: the outcome and its payload, or a problem in words that follows
    /// "<name> was not imported: " in the app.
    pub fn handle(
        &mut self,
        job: Job,
        input: &[u8],
        progress: &mut dyn FnMut(&str),
    ) -> Result<(Outcome, String), String> {
        match job {
            Job::ImportTreaty { name } => {
                progress(&format!("Reading {name}…"));
                let bundle = match import_treaty_file(&name, input) {
                    Ok(bundle) => bundle,
                    Err(e) if e.may_be_a_source() => {
                        let problem = e.to_string();
                        return Ok((Outcome::NotATreaty { problem }, String::new()));
                    }
                    Err(e) => return Err(e.to_string()),
                };
                progress("Checking it against your library…");
                let bundle = bundle.fitted_into(&self.library);
                let key = bundle
                    .storage_key()
                    .ok_or("everything in it is already in your library")?;
                let preview = BundlePreview::of(&bundle);
                Ok((Outcome::Read { key, preview }, bundle.to_json()))
            }
            Job::ImportSource { name, details } => {
                progress("Reading…");
                let mut source =
                    import_source_file(&name, input, &details).map_err(|e| e.to_string())?;
                let mut reported = usize::MAX;
                let attributed =
                    attribute_source_with_progress(&source, &self.library, &mut |p| match p {
                        Progress::Finding => progress("Finding its treaty statements…"),
                        Progress::Attributing { done, total } => {
                            // About a hundred reports at most, and always the first and last.
                            let step = (total / 100).max(1);
                            if done != reported && (done % step == 0 || done == total) {
                                reported = done;
                                progress(&format!(
                                    "Attributing statement {} of {total}…",
                                    (done + 1).min(total)
                                ));
                            }
                        }
                    });
                source.set_attributions(attributed);
                let bundle =
                    Bundle::new(Vec::new(), vec![source], Vec::new()).fitted_into(&self.library);
                let id = bundle
                    .sources
                    .first()
                    .map(|s| s.id.clone())
                    .ok_or("the same source is already in your library")?;
                let key = bundle
                    .storage_key()
                    .ok_or("the same source is already in your library")?;
                Ok((Outcome::Imported { key, source: id }, bundle.to_json()))
            }
            Job::ImportAnnotations { name } => {
                progress("Finding the annotated words in your library…");
                let text = std::str::from_utf8(input)
                    .map_err(|_| format!("{name} is not text (a JSON-LD file is expected)"))?;
                let read = read_annotations(text, &self.library).map_err(|e| e.to_string())?;
                let mut bundle = Bundle::new(Vec::new(), Vec::new(), Vec::new());
                bundle.statements = read.statements;
                let bundle = bundle.fitted_into(&self.library);
                // Statements the library already holds (re-importing its own export) add nothing.
                let key = bundle.storage_key();
                let json = if key.is_some() {
                    bundle.to_json()
                } else {
                    String::new()
                };
                let outcome = Outcome::Annotated {
                    key,
                    placed: bundle.statements.len(),
                    skipped: read.skipped,
                };
                Ok((outcome, json))
            }
            Job::SearchIndex => {
                progress("Indexing it for search…");
                let json = std::str::from_utf8(input)
                    .map_err(|_| "the bundle to index is not text".to_owned())?;
                let bundle = Bundle::from_json(json)
                    .map_err(|e| format!("the bundle to index could not be read ({e})"))?;
                let index =
                    treaty_core::search::Index::build(&treaty_core::search::entries_of(&bundle));
                Ok((Outcome::Text, index.to_json()))
            }
            Job::Similar { treaty, article } => {
                progress("Comparing it with the library…");
                let of = treaty_core::similar::ProvisionRef::new(treaty, article);
                let found = treaty_core::similar::similar_to(
                    &self.library,
                    &of,
                    treaty_core::similar::LISTED,
                );
                let json = serde_json::to_string(&found).map_err(|e| e.to_string())?;
                Ok((Outcome::Text, json))
            }
            Job::Compare { provisions } => {
                let refs: Vec<_> = provisions
                    .into_iter()
                    .map(|(treaty, article)| {
                        treaty_core::similar::ProvisionRef::new(treaty, article)
                    })
                    .collect();
                let compared = treaty_core::similar::compare(&self.library, &refs);
                Ok(pretty(compared.and_then(|c| serde_json::to_value(c).ok())))
            }
            Job::Citation { target, accessed } => Ok(text(citation_text(
                &self.library,
                &target.treaty,
                target.article.as_deref(),
                &target.base,
                &accessed,
            ))),
            Job::Export {
                target,
                format,
                accessed,
            } => {
                let request = ExportRequest {
                    treaty: &target.treaty,
                    article: target.article.as_deref(),
                    format,
                    app_base: &target.base,
                    accessed: &accessed,
                };
                Ok(text(export_file(&self.library, &request).map(|f| f.text)))
            }
        }
    }
}

fn text(found: Option<String>) -> (Outcome, String) {
    match found {
        Some(text) => (Outcome::Text, text),
        None => (Outcome::Nothing, String::new()),
    }
}

fn pretty(found: Option<serde_json::Value>) -> (Outcome, String) {
    text(found.map(|v| serde_json::to_string_pretty(&v).expect("JSON values serialise")))
}
