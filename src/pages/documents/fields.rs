//! The documents form's inputs: a visible label, the field explained in plain words, and the
//! problem beside it (tied with `aria-describedby`, `aria-invalid` set). Values are controlled by
//! the page; each keystroke is reported.

use yew::prelude::*;

/// What kind of input a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Several lines: addresses, terms, marks, descriptions.
    Block,
    /// `YYYY-MM-DD` through the phone's date picker.
    Date,
    /// Typed through the number parser: a text input with the decimal keyboard, so she can type
    /// `1.500.000,50` as she writes it.
    Number,
    Email,
    Tel,
}

#[derive(Properties, PartialEq)]
pub struct InputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// What is wrong, in her language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub maxlength: usize,
    #[prop_or(Kind::Text)]
    pub kind: Kind,
    pub oninput: Callback<String>,
}

#[function_component(Input)]
pub fn input(props: &InputProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    let described = [props.help.as_ref().map(|_| help_id.clone()), props.error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = props.error.as_ref().map(|_| "true");
    let maxlength = props.maxlength.to_string();
    let control = if props.kind == Kind::Block {
        let report = props.oninput.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())
        });
        html! {
            <textarea id={props.id.clone()} value={props.value.clone()} rows="3" maxlength={maxlength}
                aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    } else {
        let report = props.oninput.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        });
        let (kind, inputmode, autocomplete) = match props.kind {
            Kind::Date => ("date", None, "off"),
            Kind::Number => ("text", Some("decimal"), "off"),
            Kind::Email => ("email", None, "email"),
            Kind::Tel => ("tel", None, "tel"),
            Kind::Text | Kind::Block => ("text", None, "off"),
        };
        html! {
            <input type={kind} id={props.id.clone()} value={props.value.clone()} maxlength={maxlength}
                {inputmode} {autocomplete} aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { control }
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} data-testid={format!("{}-error", props.id)}>{ error.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// (value, text) in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The chosen value.
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

/// A `<select>` that always shows the state: its value is set from `value` after every render, so
/// an option chosen elsewhere (a document opened, a new one started) is what she sees.
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(&value);
                }
            }
        });
    }
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    let described = [props.help.as_ref().map(|_| help_id.clone()), props.error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let report = props.onchange.clone();
    let onchange = Callback::from(move |event: Event| {
        report.emit(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
    });
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} ref={node} aria-describedby={described}
                aria-invalid={props.error.as_ref().map(|_| "true")} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ text.clone() }</option>
                }) }
            </select>
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} data-testid={format!("{}-error", props.id)}>{ error.clone() }</p>
            }
        </div>
    }
}
