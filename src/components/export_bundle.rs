//! "Export": the whole library, or one treaty with its sources, as a bundle file the reader can
//! keep, share, or import into another browser.

use crate::library::use_library;
use crate::links::download;
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
    let onclick = {
        let document_id = props.document_id.clone();
        Callback::from(move |_: MouseEvent| {
            let (bundle, name) = match &document_id {
                Some(id) => (
                    library.bundle.for_document(id),
                    format!("{id}.treaty-reader.json"),
                ),
                None => (
                    Some(library.bundle.clone()),
                    "library.treaty-reader.json".to_owned(),
                ),
            };
            let Some(bundle) = bundle else {
                return;
            };
            *url.borrow_mut() = Some(download(&name, "application/json", &bundle.to_json()));
        })
    };
    let label = if props.document_id.is_some() {
        "Export this treaty with its sources"
    } else {
        "Export the whole library"
    };
    html! {
        <button type="button" class="export-bundle action" {onclick}>{ label }</button>
    }
}
