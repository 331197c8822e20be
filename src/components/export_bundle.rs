//! "Export": the whole library, or one treaty with its sources, as a bundle file the reader can
//! keep, share, or import into another browser.

use crate::library::use_library;
use crate::links::{app_base, download};
use crate::loader::whole_bundle;
use crate::work::{self, Failure, Job, Target};
use treaty_core::export::ExportFormat;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportBundleProps {
    /// The treaty to export with its sources; the whole library when absent.
    #[prop_or_default]
    pub document_id: Option<AttrValue>,
}

#[component]
pub fn ExportBundle(props: &ExportBundleProps) -> Html {
    let library = use_library();
    // The object URL lives until the next export (or the page goes), so that the browser has
    // the file for as long as the download takes.
    let url = use_mut_ref(|| None::<gloo::file::ObjectUrl>);
    let problem = use_state_eq(|| None::<String>);
    let onclick = {
        let document_id = props.document_id.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let library = library.clone();
            let document_id = document_id.clone();
            let url = url.clone();
            let problem = problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let made = match &document_id {
                    // One treaty: the worker cuts it out, as `treaty export --format bundle` does.
                    Some(id) => {
                        let format = ExportFormat::Bundle;
                        let job = Job::Export {
                            target: Target {
                                treaty: id.to_string(),
                                article: None,
                                base: app_base(),
                            },
                            format,
                            accessed: String::new(),
                        };
                        match work::export(job, &library).await {
                            Ok(Some(text)) => Ok(Some((format.file_name(id, None), text))),
                            Ok(None) | Err(Failure::Cancelled) => Ok(None),
                            Err(Failure::Problem(p)) => Err(p),
                        }
                    }
                    // The treaties not opened yet are fetched first (the service worker has them).
                    None => whole_bundle(&library)
                        .await
                        .map(|whole| {
                            Some(("library.treaty-reader.json".to_owned(), whole.to_json()))
                        })
                        .map_err(|e| e.to_string()),
                };
                match made {
                    Ok(Some((name, text))) => {
                        problem.set(None);
                        *url.borrow_mut() = Some(download(&name, "application/json", &text));
                    }
                    Ok(None) => {}
                    Err(error) => problem.set(Some(format!("Nothing was exported: {error}."))),
                }
            });
        })
    };
    let label = if props.document_id.is_some() {
        "Export this treaty with its sources"
    } else {
        "Export the whole library"
    };
    html! {
        <>
            <button type="button" class="export-bundle action" {onclick}>{ label }</button>
            if let Some(problem) = &*problem {
                <p class="import-error" role="alert">{ problem }</p>
            }
        </>
    }
}
