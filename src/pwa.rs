//! The app's side of offline use: registers the service worker, tells the reader when a new
//! version has been installed in the background, switches to it only when asked, and knows
//! whether the browser is online. All of it runs in effects, so pages still render natively.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache,
};
use yew::prelude::*;

/// A new version waiting to take over, and how to switch to it.
#[derive(Clone, PartialEq)]
pub struct UpdateReady {
    registration: ServiceWorkerRegistration,
}

impl UpdateReady {
    /// Activates the waiting version and reloads once it controls the page, so the reader
    /// moves to the new version whole, at a moment of their choosing.
    pub fn apply(&self) {
        let Some(waiting) = self.registration.waiting() else {
            reload();
            return;
        };
        let container = gloo::utils::window().navigator().service_worker();
        EventListener::once(&container, "controllerchange", |_| reload()).forget();
        waiting
            .post_message(&JsValue::from_str("skip-waiting"))
            .ok();
    }
}

fn reload() {
    gloo::utils::window().location().reload().ok();
}

/// Registers `sw.js` (beside the page, scoped to the app's base URL) once, and reports a new
/// version when one has installed while an older one controls the page.
#[hook]
pub fn use_service_worker() -> Option<UpdateReady> {
    let ready = use_state_eq(|| None::<UpdateReady>);
    {
        let ready = ready.setter();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(registration) = register().await {
                    watch(registration, ready);
                }
            });
        });
    }
    (*ready).clone()
}

async fn register() -> Option<ServiceWorkerRegistration> {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported {
        return None;
    }
    let base = gloo::utils::document().base_uri().ok().flatten()?;
    let script = web_sys::Url::new_with_base("sw.js", &base).ok()?.href();
    let options = RegistrationOptions::new();
    options.set_scope(&base);
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = navigator
        .service_worker()
        .register_with_options(&script, &options);
    match JsFuture::from(promise).await {
        Ok(registration) => registration.dyn_into().ok(),
        Err(error) => {
            gloo::console::warn!(
                "Treaty Reader will not work offline: the service worker did not register",
                error
            );
            None
        }
    }
}

/// Watches for a version that finishes installing while another controls the page.
fn watch(registration: ServiceWorkerRegistration, ready: UseStateSetter<Option<UpdateReady>>) {
    let controlled = || {
        gloo::utils::window()
            .navigator()
            .service_worker()
            .controller()
            .is_some()
    };
    if registration.waiting().is_some() && controlled() {
        ready.set(Some(UpdateReady {
            registration: registration.clone(),
        }));
    }
    let on_update = {
        let registration = registration.clone();
        move |_: &web_sys::Event| {
            let Some(installing) = registration.installing() else {
                return;
            };
            let registration = registration.clone();
            let ready = ready.clone();
            let worker = installing.clone();
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    ready.set(Some(UpdateReady {
                        registration: registration.clone(),
                    }));
                }
            })
            .forget();
        }
    };
    EventListener::new(&registration, "updatefound", on_update).forget();
}

/// Whether the browser says it is online, kept current by its online/offline events.
#[hook]
pub fn use_online() -> bool {
    let online = use_state_eq(|| true);
    {
        let online = online.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            online.set(window.navigator().on_line());
            let up = {
                let online = online.clone();
                EventListener::new(&window, "online", move |_| online.set(true))
            };
            let down = EventListener::new(&window, "offline", move |_| online.set(false));
            move || drop((up, down))
        });
    }
    *online
}
