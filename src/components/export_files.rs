//! Download buttons for export files (Akoma Ntoso, citations, Web Annotations), one per
//! format. The background worker makes each file with `treaty_core::export::export_file`, so a
//! download is the same file, under the same name, as `treaty export` writes.

use crate::library::use_library;
use crate::links::{app_base, download, today};
use crate::work::{self, Failure, Job, Target as WorkTarget};
use treaty_core::export::ExportFormat;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportFilesProps {
    /// The treaty, and the article when the files are about one (`None`: the whole treaty).
    pub treaty: AttrValue,
    #[prop_or_default]
    pub article: Option<AttrValue>,
    /// The formats offered, in order.
    pub formats: &'static [ExportFormat],
}

#[component]
pub fn ExportFiles(props: &ExportFilesProps) -> Html {
    let library = use_library();
    // The object URL lives until the next download (or the page goes), so that the browser has
    // the file for as long as the download takes.
    let kept = use_mut_ref(|| None::<gloo::file::ObjectUrl>);
    let problem = use_state_eq(|| None::<String>);
    let target = WorkTarget {
        treaty: props.treaty.to_string(),
        article: props.article.as_ref().map(|a| a.to_string()),
        base: app_base(),
    };
    let buttons = props.formats.iter().map(|&format| {
        let (library, kept, problem, target) = (
            library.clone(),
            kept.clone(),
            problem.clone(),
            target.clone(),
        );
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = format.file_name(&target.treaty, target.article.as_deref());
            let job = Job::Export {
                target: target.clone(),
                format,
                accessed: today(),
            };
            let (library, kept, problem) = (library.clone(), kept.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match work::export(job, &library).await {
                    Ok(Some(text)) => {
                        problem.set(None);
                        *kept.borrow_mut() = Some(download(&name, format.media_type(), &text));
                    }
                    Ok(None) | Err(Failure::Cancelled) => {}
                    Err(Failure::Problem(p)) => {
                        problem.set(Some(format!("{name} could not be made: {p}.")))
                    }
                }
            });
        });
        html! {
            <button type="button" class={classes!("action", format!("download-{}", format.name()))} {onclick}>
                { format.label() }
            </button>
        }
    });
    html! {
        <>
            <p class="share-downloads">{ for buttons }</p>
            if let Some(p) = &*problem {
                <p class="import-error" role="alert">{ p }</p>
            }
        </>
    }
}
