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

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    /// The option value the state holds. The select shows it after every render, whatever the
    /// browser made of the options' `selected` attributes.
    pub value: AttrValue,
    /// The picked option's value.
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub invalid: bool,
    /// The `<option>`s (or `<optgroup>`s). Mark the one equal to `value` `selected` too, for the
    /// server-rendered page and the first paint.
    pub children: Html,
}

/// A `<select>` whose shown value comes from the state.
///
/// An `<option selected>` is not enough: Yew inserts a list's children last to first, and a
/// single-choice select without a selected option picks the first option inserted — the last one
/// — when none is marked; and once she has picked something, changing the `selected` attributes
/// no longer moves the selection at all. So the select's own `value` is set from the state after
/// every render, and again right after a change is reported: a pick the state did not take (or a
/// pick list whose value stays empty, like "start from a product") shows the state again, not the
/// pick.
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    // The value of the latest render: reporting a change re-renders at once, so after `emit` this
    // holds what the state now says.
    let latest = use_mut_ref(AttrValue::default);
    *latest.borrow_mut() = props.value.clone();
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
    let onchange = {
        let report = props.onchange.clone();
        let node = node.clone();
        Callback::from(move |event: Event| {
            report.emit(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                let want = latest.borrow().clone();
                if select.value() != want.as_str() {
                    select.set_value(&want);
                }
            }
        })
    };
    html! {
        <select ref={node} id={props.id.clone()} data-testid={props.testid.clone()} {onchange}
            aria-invalid={props.invalid.then_some("true")} aria-describedby={props.describedby.clone()}>
            { props.children.clone() }
        </select>
    }
}
