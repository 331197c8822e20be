//! A value to take away (a link, a snippet, a citation): shown selectable, with a button that
//! copies it and says so.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    pub label: AttrValue,
    pub value: AttrValue,
    /// Class of the field, for styling and tests.
    pub class: AttrValue,
    /// Several lines (a snippet, a citation) rather than one (a link).
    #[prop_or_default]
    pub multiline: bool,
}

#[component]
pub fn CopyField(props: &CopyFieldProps) -> Html {
    let copied = use_state_eq(|| None::<bool>);
    let onclick = {
        let copied = copied.clone();
        let value = props.value.to_string();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&value);
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(done));
            });
        })
    };
    let select = Callback::from(|event: FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(target) = event.target() {
            if let Ok(input) = target.clone().dyn_into::<web_sys::HtmlInputElement>() {
                input.select();
            } else if let Ok(area) = target.dyn_into::<web_sys::HtmlTextAreaElement>() {
                area.select();
            }
        }
    });
    html! {
        <div class={classes!("copy-field", props.class.to_string())}>
            <label>
                <span class="copy-label">{ &props.label }</span>
                if props.multiline {
                    <textarea readonly=true rows="3" value={props.value.clone()} onfocus={select} />
                } else {
                    <input type="text" readonly=true value={props.value.clone()} onfocus={select} />
                }
            </label>
            <button type="button" class="action copy" {onclick}>{ "Copy" }</button>
            <span class="copy-status" role="status">{
                match *copied {
                    Some(true) => "Copied",
                    Some(false) => "Could not copy: select the text and copy it yourself",
                    None => "",
                }
            }</span>
        </div>
    }
}
