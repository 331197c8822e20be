//! The reader's other tabs on this device: after each committed write or deletion a tab says so
//! on the BroadcastChannel "treaty-reader-library", and every other tab reloads what is stored
//! and updates its library without a reload (see `app`). Where a browser has no
//! BroadcastChannel, a value in localStorage under the same name changes instead, and the other
//! tabs hear it through the `storage` event.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::BroadcastChannel;

const NAME: &str = "treaty-reader-library";

thread_local! {
    /// The page's one channel, for saying and hearing: a channel never hears its own messages,
    /// so a tab is not told of its own changes (it has applied them already).
    static CHANNEL: Option<BroadcastChannel> = {
        let present = js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("BroadcastChannel"))
            .unwrap_or(false);
        present.then(|| BroadcastChannel::new(NAME).ok()).flatten()
    };
}

/// Tells the other tabs that what is stored has changed.
pub fn announce() {
    let sent = CHANNEL.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|c| c.post_message(&JsValue::from_str("changed")).is_ok())
    });
    if !sent {
        if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
            // A new value each time: writing the value already there fires no event.
            let value = format!("{} {}", js_sys::Date::now(), js_sys::Math::random());
            storage.set_item(NAME, &value).ok();
        }
    }
}

/// Calls `on_change` whenever another tab has changed what is stored, for as long as the
/// returned listener is kept.
pub fn listen(on_change: impl Fn() + 'static) -> EventListener {
    match CHANNEL.with(Clone::clone) {
        Some(channel) => EventListener::new(&channel, "message", move |_| on_change()),
        None => EventListener::new(&gloo::utils::window(), "storage", move |event| {
            let key = js_sys::Reflect::get(event, &JsValue::from_str("key")).ok();
            if key.and_then(|k| k.as_string()).as_deref() == Some(NAME) {
                on_change();
            }
        }),
    }
}
