//! Notices about the app itself rather than the text: offline, and a new version ready.

use crate::pwa::UpdateReady;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusNoticesProps {
    pub online: bool,
    pub update: Option<UpdateReady>,
}

#[component]
pub fn StatusNotices(props: &StatusNoticesProps) -> Html {
    let reload = props
        .update
        .clone()
        .map(|update| Callback::from(move |_: MouseEvent| update.apply()));
    html! {
        <div class="status-notices" aria-live="polite">
            if !props.online {
                <p class="offline-indicator" role="status">
                    { "Offline — you are reading the copy saved on this device." }
                </p>
            }
            if let Some(onclick) = reload {
                <p class="update-banner" role="status">
                    { "A new version is ready — " }
                    <button type="button" class="apply-update" {onclick}>{ "reload" }</button>
                </p>
            }
        </div>
    }
}
