//! "Add your own treaty": reads a file (in the background worker, with progress and Cancel),
//! shows what the core found in it (`ImportPreviewView`), and only when the reader adds it keeps
//! it on this device and opens it. It says plainly what went wrong when a file cannot be read,
//! and offers a file without any treaty structure to the news-source form instead. Nothing is
//! saved before "Add to my library", nothing already in the library is added twice, and the
//! library in memory changes only after the write is committed.

use super::chosen_file::chosen_file;
use super::ImportPreviewView;
use crate::library::{use_library, LibraryChanges};
use crate::route::Route;
use crate::work::{self, Failure, TreatyRead, WorkProgress};
use std::rc::Rc;
use treaty_core::import::{check_size, BundlePreview, MAX_IMPORT_BYTES};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportTreatyProps {
    /// Takes a file without treaty structure to the news-source form; without it no such offer
    /// is made.
    #[prop_or_default]
    pub onsource: Option<Callback<web_sys::File>>,
}

/// A file read and waiting for the reader's decision.
#[derive(Debug, PartialEq)]
struct Pending {
    name: String,
    key: String,
    json: String,
    preview: BundlePreview,
}

/// Where an import stands, as shown under the button.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Working(String),
    /// Read: its preview, with Add and Cancel.
    Preview(Rc<Pending>),
    /// Being kept after the reader added it.
    Keeping(Rc<Pending>),
    Failed(String),
    /// No treaty structure: the message, and the file to offer as a news source.
    NotATreaty(String, web_sys::File),
    /// The reader cancelled; nothing was saved.
    Stopped,
}

#[component]
pub fn ImportTreaty(props: &ImportTreatyProps) -> Html {
    let library = use_library();
    let changes = use_context::<LibraryChanges>();
    let navigator = use_navigator();
    let status = use_state_eq(|| Status::Idle);
    let opened = use_state_eq(|| None::<String>);
    {
        // Opens the added treaty once the library in memory holds it.
        let opened = opened.clone();
        use_effect_with(
            (library.clone(), (*opened).clone()),
            move |(library, id)| {
                if let (Some(id), Some(navigator)) = (id, navigator) {
                    if library.index.treaty(id).is_some() {
                        navigator.push(&Route::Treaty { id: id.clone() });
                        opened.set(None);
                    }
                }
            },
        );
    }
    let onchange = {
        let status = status.clone();
        let library = library.clone();
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
            let status = status.clone();
            let library = library.clone();
            let progress = {
                let status = status.clone();
                Callback::from(move |line: String| status.set(Status::Working(line)))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match work::read_treaty(file.clone(), &library, progress).await {
                    Ok(TreatyRead::Read { key, json, preview }) => {
                        status.set(Status::Preview(Rc::new(Pending {
                            name,
                            key,
                            json,
                            preview,
                        })))
                    }
                    Ok(TreatyRead::NotATreaty(problem)) => status.set(Status::NotATreaty(
                        format!("{name} was not imported: {problem}."),
                        file,
                    )),
                    Err(Failure::Cancelled) => status.set(Status::Stopped),
                    Err(Failure::Problem(problem)) => status.set(Status::Failed(format!(
                        "{name} was not imported: {problem}."
                    ))),
                }
            });
        })
    };
    let onadd = {
        let status = status.clone();
        let opened = opened.clone();
        let library = library.clone();
        Callback::from(move |()| {
            let Status::Preview(pending) = &*status else {
                return;
            };
            let pending = pending.clone();
            status.set(Status::Keeping(pending.clone()));
            let status = status.clone();
            let changes = changes.clone();
            let opened = opened.clone();
            let library = library.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let (key, json) = (pending.key.clone(), pending.json.clone());
                match work::add_treaty(key, json, &library).await {
                    Ok((id, change)) => {
                        status.set(Status::Idle);
                        // One treaty added opens (under the id it was kept with); a bundle of
                        // several stays on the list.
                        if pending.preview.treaties.len() == 1 {
                            opened.set(Some(id));
                        }
                        if let Some(LibraryChanges(changes)) = changes {
                            changes.emit(change);
                        }
                    }
                    Err(Failure::Cancelled) => status.set(Status::Stopped),
                    Err(Failure::Problem(problem)) => status.set(Status::Failed(format!(
                        "{} was not imported: {problem}.",
                        pending.name
                    ))),
                }
            });
        })
    };
    let ondrop = {
        let status = status.clone();
        Callback::from(move |()| status.set(Status::Idle))
    };
    let oncancel = Callback::from(|()| work::cancel());
    let offer = |file: &web_sys::File| {
        let onsource = props.onsource.clone()?;
        let file = file.clone();
        let status = status.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            status.set(Status::Idle);
            onsource.emit(file.clone());
        });
        Some(html! {
            <button type="button" class="action as-source" {onclick}>{ "Add it as a news source instead" }</button>
        })
    };
    html! {
        <section class="import-treaty" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Add your own treaty" }</h2>
            <p class="import-help">
                { format!(
                    "Plain text with article headings (\"Article 1\"), Markdown, a web page, Akoma Ntoso XML or a Treaty Reader bundle (.json), up to {} MB. You see what was found before anything is kept; it is kept in this browser, on this device.",
                    MAX_IMPORT_BYTES / (1024 * 1024)
                ) }
            </p>
            <label class="import-button">
                { "Choose a file…" }
                <input type="file" class="import-file" accept=".txt,.md,.markdown,.html,.htm,.xml,.akn,.json,text/plain,text/markdown,text/html,application/xml,application/json" {onchange} />
            </label>
            {
                match &*status {
                    Status::Idle => Html::default(),
                    Status::Working(message) => html! { <WorkProgress message={message.clone()} {oncancel} /> },
                    Status::Preview(pending) | Status::Keeping(pending) => html! {
                        <ImportPreviewView
                            name={pending.name.clone()}
                            preview={pending.preview.clone()}
                            {onadd}
                            oncancel={ondrop}
                            busy={matches!(*status, Status::Keeping(_))}
                        />
                    },
                    Status::Stopped => html! { <p class="import-status" role="status">{ "Stopped. Nothing was saved." }</p> },
                    Status::Failed(message) => html! { <p class="import-error" role="alert">{ message }</p> },
                    Status::NotATreaty(message, file) => html! {
                        <div class="not-a-treaty">
                            <p class="import-error" role="alert">{ message }</p>
                            { offer(file).unwrap_or_default() }
                        </div>
                    },
                }
            }
        </section>
    }
}
