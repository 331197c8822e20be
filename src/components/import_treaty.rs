//! "Add your own treaty": reads a file, lets the core turn it into a treaty (in the background
//! worker, with progress and Cancel), keeps it on this device, and says plainly what went wrong
//! when it cannot. Nothing is saved unless the whole file was read, nothing already in the
//! library is added twice, and the library in memory changes only after the write is committed.

use crate::library::{use_library, LibraryChanges};
use crate::work::{self, Failure, WorkProgress};
use treaty_core::import::{check_size, MAX_IMPORT_BYTES};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where an import stands, as shown under the button.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Working(String),
    Failed(String),
    /// The reader cancelled; nothing was saved.
    Stopped,
}

#[component]
pub fn ImportTreaty() -> Html {
    let library = use_library();
    let changes = use_context::<LibraryChanges>();
    let status = use_state_eq(|| Status::Idle);
    let onchange = {
        let status = status.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            if let Err(e) = check_size(file.size() as usize) {
                status.set(Status::Failed(format!("{name} was not imported: {e}.")));
                return;
            }
            status.set(Status::Working(format!("Reading {name}…")));
            let status = status.clone();
            let library = library.clone();
            let changes = changes.clone();
            let progress = {
                let status = status.clone();
                Callback::from(move |line: String| status.set(Status::Working(line)))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match work::import_treaty(file, &library, progress).await {
                    Ok(change) => {
                        status.set(Status::Idle);
                        if let Some(LibraryChanges(changes)) = changes {
                            changes.emit(change);
                        }
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
        <section class="import-treaty" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Add your own treaty" }</h2>
            <p class="import-help">
                { format!(
                    "Plain text with article headings (\"Article 1\"), Markdown, Akoma Ntoso XML or a Treaty Reader bundle (.json), up to {} MB. It is kept in this browser, on this device.",
                    MAX_IMPORT_BYTES / (1024 * 1024)
                ) }
            </p>
            <label class="import-button">
                { "Choose a file…" }
                <input type="file" class="import-file" accept=".txt,.md,.markdown,.xml,.akn,.json,text/plain,text/markdown,application/xml,application/json" {onchange} />
            </label>
            {
                match &*status {
                    Status::Idle => Html::default(),
                    Status::Working(message) => html! { <WorkProgress message={message.clone()} {oncancel} /> },
                    Status::Stopped => html! { <p class="import-status" role="status">{ "Stopped. Nothing was saved." }</p> },
                    Status::Failed(message) => html! { <p class="import-error" role="alert">{ message }</p> },
                }
            }
        </section>
    }
}
