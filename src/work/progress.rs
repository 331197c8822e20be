//! What an import form shows while its job runs: the worker's progress line, a Cancel button,
//! and the notice when the work runs on the page itself.

use super::client::{runs_on_page, RUNS_ON_PAGE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkProgressProps {
    /// The latest progress line ("Attributing statement 120 of 800…").
    pub message: AttrValue,
    /// Stops the job.
    pub oncancel: Callback<()>,
}

#[component]
pub fn WorkProgress(props: &WorkProgressProps) -> Html {
    let oncancel = props.oncancel.reform(|_: MouseEvent| ());
    html! {
        <div class="work-progress">
            <p class="import-status" role="status" aria-live="polite">{ &props.message }</p>
            <button type="button" class="action cancel-work" onclick={oncancel}>{ "Cancel" }</button>
            if runs_on_page() {
                <p class="work-notice">{ RUNS_ON_PAGE }</p>
            }
        </div>
    }
}
