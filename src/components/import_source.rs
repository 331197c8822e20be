//! "Add a news source": pasted text or HTML, or a .txt/.html file, turned into a source by the
//! core, its treaty statements attributed against the chosen treaty at once (in the background
//! worker, with progress and Cancel), kept on this device, and then opened so the reader sees
//! what was found. Nothing is saved on any error, or when the reader cancels. A pasted text's
//! title is guessed by the core as it is pasted and shown in the form, for the reader to correct
//! before adding it.

use crate::library::{use_library, LibraryChanges};
use crate::links::now;
use crate::route::Route;
use crate::work::{self, Failure, Input, SourceDetails, WorkProgress};
use treaty_core::import::{check_size, guess_pasted_title, MAX_IMPORT_BYTES};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportSourceProps {
    /// The treaty the source is about; the reader chooses when absent.
    #[prop_or_default]
    pub about: Option<AttrValue>,
    /// A file handed over from the treaty import, which found no treaty structure in it: put
    /// into the form's file field, ready to be added.
    #[prop_or_default]
    pub file: Option<web_sys::File>,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    /// The latest progress line.
    Working(String),
    Failed(String),
    /// The reader cancelled; nothing was saved.
    Stopped,
    /// A file was handed over from the treaty import: its name.
    Handed(String),
}

/// The form's fields, read when it is submitted.
#[derive(Default, Clone, PartialEq)]
struct Fields {
    about: NodeRef,
    text: NodeRef,
    file: NodeRef,
    outlet: NodeRef,
    title: NodeRef,
    url: NodeRef,
    date: NodeRef,
    language: NodeRef,
}

impl Fields {
    fn value(node: &NodeRef) -> Option<String> {
        let value = if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
            input.value()
        } else if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
            select.value()
        } else {
            node.cast::<web_sys::HtmlTextAreaElement>()?.value()
        };
        let value = value.trim().to_owned();
        (!value.is_empty()).then_some(value)
    }

    fn details(&self, about: String) -> SourceDetails {
        SourceDetails {
            about,
            now: now(),
            outlet: Self::value(&self.outlet),
            title: Self::value(&self.title),
            url: Self::value(&self.url),
            date: Self::value(&self.date),
            language: Self::value(&self.language),
        }
    }

    fn file(&self) -> Option<web_sys::File> {
        self.file
            .cast::<web_sys::HtmlInputElement>()?
            .files()?
            .get(0)
    }

    /// Puts a file handed over into the file field (as if the reader had chosen it), empties
    /// the text field so the file is what is read, and brings the form to the reader.
    fn hand(&self, file: &web_sys::File) -> Result<(), wasm_bindgen::JsValue> {
        let transfer = web_sys::DataTransfer::new()?;
        transfer.items().add_with_file(file)?;
        if let Some(input) = self.file.cast::<web_sys::HtmlInputElement>() {
            input.set_files(transfer.files().as_ref());
            input.scroll_into_view();
        }
        if let Some(area) = self.text.cast::<web_sys::HtmlTextAreaElement>() {
            area.set_value("");
        }
        let first = self.about.cast::<web_sys::HtmlElement>();
        if let Some(field) = first.or_else(|| self.file.cast::<web_sys::HtmlElement>()) {
            field.focus()?;
        }
        Ok(())
    }

    /// Puts `title` into the title field.
    fn set_title(&self, title: &str) {
        if let Some(input) = self.title.cast::<web_sys::HtmlInputElement>() {
            input.set_value(title);
        }
    }

    fn clear(&self) {
        for node in [
            &self.text,
            &self.file,
            &self.outlet,
            &self.title,
            &self.url,
            &self.date,
        ] {
            if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                input.set_value("");
            } else if let Some(area) = node.cast::<web_sys::HtmlTextAreaElement>() {
                area.set_value("");
            }
        }
    }
}

#[component]
pub fn ImportSource(props: &ImportSourceProps) -> Html {
    let library = use_library();
    let changes = use_context::<LibraryChanges>();
    let navigator = use_navigator();
    let status = use_state_eq(|| Status::Idle);
    let fields = use_memo((), |_| Fields::default());
    let opened = use_state_eq(|| None::<String>);
    // Whether the title field holds the core's guess (replaced as the text changes) rather than
    // the reader's own title (never replaced).
    let title_guessed = use_state_eq(|| false);
    let ontextinput = {
        let fields = fields.clone();
        let title_guessed = title_guessed.clone();
        Callback::from(move |_: InputEvent| {
            let own_title = !*title_guessed && Fields::value(&fields.title).is_some();
            if own_title {
                return;
            }
            let guess = Fields::value(&fields.text)
                .and_then(|text| guess_pasted_title(&text))
                .unwrap_or_default();
            fields.set_title(&guess);
            title_guessed.set(!guess.is_empty());
        })
    };
    let ontitleinput = {
        let title_guessed = title_guessed.clone();
        Callback::from(move |_: InputEvent| title_guessed.set(false))
    };
    {
        // Opens the new source once the library in memory holds it.
        let opened = opened.clone();
        use_effect_with(
            (library.clone(), (*opened).clone()),
            move |(library, id)| {
                if let (Some(id), Some(navigator)) = (id, navigator) {
                    if library.index.source(id).is_some() {
                        navigator.push(&Route::Source { id: id.clone() });
                        opened.set(None);
                    }
                }
            },
        );
    }
    {
        let fields = fields.clone();
        let status = status.clone();
        use_effect_with(props.file.clone(), move |file| {
            if let Some(file) = file {
                match fields.hand(file) {
                    Ok(()) => status.set(Status::Handed(file.name())),
                    Err(_) => status.set(Status::Failed(format!(
                        "{} could not be handed to this form; choose it here instead.",
                        file.name()
                    ))),
                }
            }
        });
    }
    let onsubmit = {
        let status = status.clone();
        let fields = fields.clone();
        let fixed = props.about.clone();
        let library = library.clone();
        let title_guessed = title_guessed.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let about = fixed
                .as_ref()
                .map(|a| a.to_string())
                .or_else(|| Fields::value(&fields.about))
                .unwrap_or_default();
            let details = fields.details(about);
            let input = match (fields.file(), Fields::value(&fields.text)) {
                (Some(file), _) => {
                    if let Err(e) = check_size(file.size() as usize) {
                        status.set(Status::Failed(format!(
                            "{} was not imported: {e}.",
                            file.name()
                        )));
                        return;
                    }
                    Given::File(file)
                }
                (None, Some(text)) => Given::Pasted(text),
                (None, None) => {
                    status.set(Status::Failed(
                        "Paste the article's text or choose a file first.".to_owned(),
                    ));
                    return;
                }
            };
            status.set(Status::Working("Reading…".to_owned()));
            let status = status.clone();
            let fields = fields.clone();
            let library = library.clone();
            let changes = changes.clone();
            let opened = opened.clone();
            let title_guessed = title_guessed.clone();
            let progress = {
                let status = status.clone();
                Callback::from(move |line: String| status.set(Status::Working(line)))
            };
            wasm_bindgen_futures::spawn_local(async move {
                let label = input.label();
                let name = input.file_name();
                let input = match input {
                    Given::File(file) => Input::File(file),
                    Given::Pasted(text) => Input::Text(text),
                };
                match work::import_source(name, input, details, &library, progress).await {
                    Ok((id, change)) => {
                        fields.clear();
                        title_guessed.set(false);
                        status.set(Status::Idle);
                        opened.set(Some(id));
                        if let Some(LibraryChanges(changes)) = changes {
                            changes.emit(change);
                        }
                    }
                    Err(Failure::Cancelled) => status.set(Status::Stopped),
                    Err(Failure::Problem(problem)) => status.set(Status::Failed(format!(
                        "{label} was not imported: {problem}."
                    ))),
                }
            });
        })
    };
    let oncancel = Callback::from(|()| work::cancel());
    html! {
        <section class="import-source" aria-labelledby="import-source-heading">
            <h2 id="import-source-heading">{ "Add a news source" }</h2>
            <p class="import-help">
                { format!(
                    "Paste an article's text or the HTML of a saved page, or choose a .txt or .html file (up to {} MB). Its treaty statements are found and attributed to articles at once; it is kept in this browser, on this device.",
                    MAX_IMPORT_BYTES / (1024 * 1024)
                ) }
            </p>
            <form class="import-source-form" {onsubmit}>
                if props.about.is_none() {
                    <label class="field">{ "About" }
                        <select class="source-about" ref={fields.about.clone()}>
                            { for library.index.treaties.iter().enumerate().map(|(i, d)| html! {
                                <option value={d.id.clone()} selected={i == 0}>{ &d.short_title }</option>
                            }) }
                        </select>
                    </label>
                }
                <label class="field wide">{ "Text or saved HTML" }
                    <textarea class="source-text" rows="6" ref={fields.text.clone()} oninput={ontextinput} />
                </label>
                <label class="field wide">{ "or a file (.txt, .html)" }
                    <input type="file" class="source-file" accept=".txt,.html,.htm,text/plain,text/html" ref={fields.file.clone()} />
                </label>
                <fieldset class="source-details">
                    <legend>{ "Details (optional: found in the page where possible)" }</legend>
                    <label class="field">{ "Outlet" }<input type="text" class="source-outlet" ref={fields.outlet.clone()} /></label>
                    <label class="field source-title-field">{ "Title" }
                        <input type="text" class="source-title" ref={fields.title.clone()} oninput={ontitleinput}
                            aria-describedby={title_guessed.then_some("source-title-note")} />
                        if *title_guessed {
                            <span class="field-note" id="source-title-note">{ "Guessed from the text: correct it if it is not the headline." }</span>
                        }
                    </label>
                    <label class="field">{ "Address (URL)" }<input type="url" class="source-url" ref={fields.url.clone()} /></label>
                    <label class="field">{ "Date" }<input type="date" class="source-date" ref={fields.date.clone()} /></label>
                    <label class="field">{ "Language" }
                        <select class="source-language" ref={fields.language.clone()}>
                            <option value="" selected=true>{ "Detect" }</option>
                            { for treaty_core::languages::choices()
                                .into_iter().map(|(code, name)| html! { <option value={code}>{ name }</option> }) }
                        </select>
                    </label>
                </fieldset>
                <button type="submit" class="action primary" disabled={matches!(*status, Status::Working(_))}>{ "Add source" }</button>
            </form>
            {
                match &*status {
                    Status::Idle => Html::default(),
                    Status::Working(message) => html! { <WorkProgress message={message.clone()} {oncancel} /> },
                    Status::Stopped => html! { <p class="import-status" role="status">{ "Stopped. Nothing was saved." }</p> },
                    Status::Failed(message) => html! { <p class="import-error" role="alert">{ message }</p> },
                    Status::Handed(name) => html! {
                        <p class="import-status" role="status">{ format!("{name} is ready to be added as a news source: choose the treaty it is about, then press “Add source”.") }</p>
                    },
                }
            }
        </section>
    }
}

/// What the reader gave: a file, or text pasted into the form.
enum Given {
    File(web_sys::File),
    Pasted(String),
}

impl Given {
    /// How messages name it.
    fn label(&self) -> String {
        match self {
            Self::File(file) => file.name(),
            Self::Pasted(_) => "The pasted text".to_owned(),
        }
    }

    /// The name the core reads the format from.
    fn file_name(&self) -> String {
        match self {
            Self::File(file) => file.name(),
            Self::Pasted(_) => "pasted text".to_owned(),
        }
    }
}
