//! Light, dark or the system's choice, remembered across visits.

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = "treaty-reader-theme";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::Auto,
        }
    }

    fn next(self) -> Self {
        match self {
            Self::Auto => Self::Light,
            Self::Light => Self::Dark,
            Self::Dark => Self::Auto,
        }
    }
}

#[component]
pub fn ThemeToggle() -> Html {
    let theme = use_state_eq(|| None::<Theme>);
    {
        let theme = theme.clone();
        use_effect_with(*theme, move |current| match current {
            None => {
                let stored: Option<String> = LocalStorage::get(STORAGE_KEY).ok();
                theme.set(Some(stored.as_deref().map_or(Theme::Auto, Theme::parse)));
            }
            Some(t) => {
                if let Some(root) = gloo::utils::document().document_element() {
                    root.set_attribute("data-theme", t.name()).ok();
                }
                LocalStorage::set(STORAGE_KEY, t.name()).ok();
            }
        });
    }
    let current = theme.unwrap_or(Theme::Auto);
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_| theme.set(Some(current.next())))
    };
    html! {
        <button type="button" class="theme-toggle" {onclick}
            title="Switch between the system's theme, light and dark">
            { format!("Theme: {}", current.name()) }
        </button>
    }
}
