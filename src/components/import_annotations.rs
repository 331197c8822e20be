//! "Add quotes from Web Annotations": reads a W3C Web Annotation file (this app's export, or
//! another tool's highlights on pages the library holds) in the background worker, keeps the
//! statements it places on this device, and says how many were added and which annotations
//! could not be placed, and why. The library in memory changes only after the write commits.

use super::chosen_file::chosen_file;
use crate::library::{use_library, LibraryChanges};
use crate::work::{self, AnnotationsRead, Failure, WorkProgress};
use treaty_core::import::check_size;
use yew::prelude::*;

/// Where an import stands, as shown under the button.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Working(String),
    Done(String, AnnotationsRead),
    Failed(String),
    Stopped,
}

#[component]
pub fn ImportAnnotations() -> Html {
    let library = use_library();
    let changes = use_context::<LibraryChanges>();
    let status = use_state_eq(|| Status::Idle);
    let onchange = {
        let status = status.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else {
                return;
            };
            let name = file.name();
            if let Err(e) = check_size(file.size() as usize) {
                status.set(Status::Failed(format!("{name} was not imported: {e}.")));
                return;
            }
            status.set(Status::Working(format!("Reading {name}…")));
            let (status, library, changes) = (status.clone(), library.clone(), changes.clone());
            let progress = {
                let status = status.clone();
                Callback::from(move |line: String| status.set(Status::Working(line)))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match work::import_annotations(file, &library, progress).await {
                    Ok((read, change)) => {
                        if let (Some(change), Some(LibraryChanges(changes))) = (change, changes) {
                            changes.emit(change);
                        }
                        status.set(Status::Done(name, read));
                    }
                    Err(Failure::Cancelled) => status.set(Status::Stopped),
                    Err(Failure::Problem(problem)) => status.set(Status::Failed(format!(
                        "{name} was not imported: {problem}."
                    ))),
                }
            });
        })
    };
    let oncancel = Callback::from(|()| work::cancel());
    html! {
        <section class="import-annotations" aria-labelledby="import-annotations-heading">
            <h2 id="import-annotations-heading">{ "Add quotes from Web Annotations" }</h2>
            <p class="import-help">
                { "A W3C Web Annotation file (JSON-LD) from Treaty Reader or another annotation tool, whose quotes select words of news sources in your library. Each becomes a statement beside the article it names, or the article its words render; it is kept in this browser, on this device." }
            </p>
            <label class="import-button">
                { "Choose a file…" }
                <input type="file" class="import-annotations-file" accept=".jsonld,.json,application/ld+json,application/json" {onchange} />
            </label>
            {
                match &*status {
                    Status::Idle => Html::default(),
                    Status::Working(message) => html! { <WorkProgress message={message.clone()} {oncancel} /> },
                    Status::Done(name, read) => report(name, read),
                    Status::Failed(problem) => html! { <p class="import-error" role="alert">{ problem }</p> },
                    Status::Stopped => html! { <p class="import-status" role="status">{ "Stopped: nothing was saved." }</p> },
                }
            }
        </section>
    }
}

/// "3 statements added from pact.jsonld; 1 annotation could not be placed:" and the reasons.
fn report(name: &str, read: &AnnotationsRead) -> Html {
    let added = match read.added {
        0 => format!("No statement from {name} is new to your library."),
        1 => format!("1 statement added from {name}."),
        n => format!("{n} statements added from {name}."),
    };
    let skipped = match read.skipped.len() {
        0 => String::new(),
        1 => " 1 annotation could not be placed:".to_owned(),
        n => format!(" {n} annotations could not be placed:"),
    };
    html! {
        <div class="annotations-report">
            <p class="import-status" role="status">{ added }{ skipped }</p>
            if !read.skipped.is_empty() {
                <ul class="annotations-skipped">
                    { for read.skipped.iter().map(|s| html! { <li>{ format!("{}: {}", s.annotation, s.reason) }</li> }) }
                </ul>
            }
        </div>
    }
}
