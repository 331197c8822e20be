//! The file a reader chose in an `<input type="file">`.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The first file chosen in the input `event` comes from; the input is cleared, so that
/// choosing the same file again (after fixing it, say) fires again.
pub fn chosen_file(event: &Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    Some(file)
}
