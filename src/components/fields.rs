//! Labelled form fields. Every input has a visible `<label for>`; help text is tied to the input with
//! `aria-describedby`. Values are controlled by the caller; each keystroke is reported.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub value: AttrValue,
    pub maxlength: usize,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    pub oninput: Callback<String>,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let oninput = {
        let report = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input type="text" id={props.id.clone()} value={props.value.clone()} maxlength={props.maxlength.to_string()}
                autocomplete={props.autocomplete.clone().unwrap_or_else(|| AttrValue::from("off"))}
                aria-describedby={props.help.as_ref().map(|_| help_id.clone())} {oninput} />
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub value: AttrValue,
    pub maxlength: usize,
    pub oninput: Callback<String>,
}

#[function_component(TextArea)]
pub fn text_area(props: &TextAreaProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let oninput = {
        let report = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} value={props.value.clone()} rows="3" maxlength={props.maxlength.to_string()}
                aria-describedby={props.help.as_ref().map(|_| help_id.clone())} {oninput} />
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let onchange = {
        let report = props.onchange.clone();
        Callback::from(move |event: Event| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="check">
            <input type="checkbox" id={props.id.clone()} checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{ props.label.clone() }</label>
        </div>
    }
}
