//! "Delete from this device": removes an imported treaty (with the sources the reader added
//! about it) or an imported source, after saying exactly what goes and asking once more.

use crate::library::{use_library, Change, LibraryChanges};
use crate::route::Route;
use crate::storage;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteImportProps {
    /// The imported document or source.
    pub id: AttrValue,
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    Confirming,
    Failed(String),
}

#[component]
pub fn DeleteImport(props: &DeleteImportProps) -> Html {
    let library = use_library();
    let changes = use_context::<LibraryChanges>();
    let navigator = use_navigator();
    let step = use_state_eq(|| Step::Idle);
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((*step).clone(), move |step| {
            if *step == Step::Confirming {
                if let Some(button) = cancel_ref.cast::<web_sys::HtmlElement>() {
                    button.focus().ok();
                }
            }
        });
    }
    let doomed = library.deletion_of(&props.id);
    if doomed.is_empty() {
        return Html::default();
    }
    let documents: Vec<String> = doomed
        .iter()
        .flat_map(|i| &i.documents)
        .filter_map(|id| library.index.treaty(id))
        .map(|t| format!("“{}”", t.short_title))
        .collect();
    let sources = doomed.iter().map(|i| i.sources.len()).sum::<usize>();
    let what = match (documents.is_empty(), sources) {
        (true, 1) => "this source".to_owned(),
        (true, n) => format!("these {n} sources"),
        (false, 0) => documents.join(", "),
        (false, 1) => format!("{} and the source you added about it", documents.join(", ")),
        (false, n) => format!(
            "{} and the {n} sources you added about it",
            documents.join(", ")
        ),
    };
    let keys: Vec<String> = doomed.iter().map(|i| i.key.clone()).collect();
    let ask = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Confirming))
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Idle))
    };
    let confirm = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| {
            let step = step.clone();
            let keys = keys.clone();
            let changes = changes.clone();
            let navigator = navigator.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match storage::delete(&keys).await {
                    Ok(()) => {
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Library);
                        }
                        if let Some(LibraryChanges(changes)) = changes {
                            changes.emit(Change::Deleted(keys));
                        }
                    }
                    Err(problem) => {
                        step.set(Step::Failed(format!("Nothing was deleted: {problem}.")))
                    }
                }
            });
        })
    };
    html! {
        <div class="delete-import">
            {
                match &*step {
                    Step::Confirming => html! {
                        <div class="confirm-delete" role="group" aria-labelledby="confirm-delete-question">
                            <p id="confirm-delete-question">
                                { format!("Delete {what} from this device? This cannot be undone; export a copy first to keep it.") }
                            </p>
                            <button type="button" class="action danger confirm" onclick={confirm}>{ "Delete" }</button>
                            <button type="button" class="action" ref={cancel_ref} onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    },
                    Step::Idle | Step::Failed(_) => html! {
                        <button type="button" class="action danger" onclick={ask}>{ "Delete from this device…" }</button>
                    },
                }
            }
            if let Step::Failed(message) = &*step {
                <p class="import-error" role="alert">{ message }</p>
            }
        </div>
    }
}
