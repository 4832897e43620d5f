//! The calculator's inputs, grouped the way the goods travel. Every field shows what she typed
//! and, under it, what is wrong with it in her language.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::fields::Select;
use crate::domain::change::Change;
use crate::domain::incoterms::calculator::{CalculatorEdit, MAX_FIELD_TEXT};
use crate::domain::incoterms::{ports, DutyBasis, Evaluation, Field, FieldErrorKind, TransportMode};
use crate::domain::lang::Lang;
use crate::domain::money::{reading, AmountError, Currency};
use crate::i18n::incoterms::{amount_error, field_label, mode_name};
use crate::i18n::{fill, IncotermsMsg};
use crate::state::{use_app, AppContext};

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub evaluation: Rc<Evaluation>,
}

#[function_component(Inputs)]
pub fn inputs(props: &InputsProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let form = &app.state.data.calculator.form;
    let ev = &props.evaluation;
    let currency = Currency::from_code(&form.cur).unwrap_or_default();
    let field = |field: Field, help: Option<IncotermsMsg>, list: Option<&'static str>| {
        // "15 juta", "1.500": say how an amount was read.
        let read = field
            .is_amount()
            .then(|| reading(form.get(field), currency, lang))
            .flatten()
            .filter(|_| ev.error(field).is_none())
            .map(|amount| AttrValue::from(fill(IncotermsMsg::ReadAs.text(lang), &[("amount", &amount)])));
        html! { <CalcField {field} help={help} {list} error={error_text(ev, field, lang)} {read} /> }
    };
    let amount = |f: Field| field(f, None, None);
    let (ports_source, ports_checked) = ports::source();
    let rate_note = (!form.rate_date.trim().is_empty())
        .then(|| fill(IncotermsMsg::RateDate.text(lang), &[("date", &form.rate_date)]));

    html! {
        <div class="calc-inputs">
            <section class="card" aria-labelledby="sec-goods">
                <h2 id="sec-goods">{ IncotermsMsg::SecGoods.text(lang) }</h2>
                { choice(&app, ev, Field::Currency, &Currency::ALL.iter().map(|c| (c.code(), c.code().to_string())).collect::<Vec<_>>(), lang) }
                { field(Field::Goods, Some(IncotermsMsg::AmountHelp), None) }
                <div class="field-row">
                    { field(Field::Quantity, None, None) }
                    { field(Field::Unit, Some(IncotermsMsg::UnitHelp), Some("units")) }
                </div>
                { field(Field::Rate, Some(IncotermsMsg::RateHelp), None) }
                if let Some(note) = rate_note {
                    <p class="help" data-testid="rate-date">{ note }</p>
                }
                <datalist id="units">
                    { for ["kg", "pcs", "carton", "box", "bag", "ton", "liter", "dozen", "set", "20' container", "40' container"].iter().map(|u| html! { <option value={*u} /> }) }
                </datalist>
            </section>

            <section class="card" aria-labelledby="sec-origin">
                <h2 id="sec-origin">{ IncotermsMsg::SecOrigin.text(lang) }</h2>
                { amount(Field::Loading) }
                { amount(Field::Inland) }
                { amount(Field::ExportClearance) }
                { amount(Field::OriginThc) }
            </section>

            <section class="card" aria-labelledby="sec-transport">
                <h2 id="sec-transport">{ IncotermsMsg::SecTransport.text(lang) }</h2>
                { choice(&app, ev, Field::Mode, &TransportMode::ALL.iter().map(|m| (m.code(), capitalise(mode_name(*m, lang)))).collect::<Vec<_>>(), lang) }
                { field(Field::Origin, Some(IncotermsMsg::OriginHelp), Some("ports")) }
                <datalist id="ports">
                    { for ports::all().iter().map(|p| html! { <option value={p.label()} /> }) }
                </datalist>
                { field(Field::Destination, Some(IncotermsMsg::DestinationHelp), None) }
                { amount(Field::Freight) }
                { field(Field::InsuranceC, Some(IncotermsMsg::InsuranceHelp), None) }
                { field(Field::InsuranceA, Some(IncotermsMsg::InsuranceAHelp), None) }
                <p class="help">{ fill(IncotermsMsg::PortsSource.text(lang), &[("source", ports_source), ("checked", ports_checked)]) }</p>
            </section>

            <section class="card" aria-labelledby="sec-destination">
                <h2 id="sec-destination">{ IncotermsMsg::SecDestination.text(lang) }</h2>
                <p class="help">{ IncotermsMsg::SecDestinationHelp.text(lang) }</p>
                { amount(Field::DestinationThc) }
                { amount(Field::OnCarriage) }
                { amount(Field::Unloading) }
                { amount(Field::ImportClearance) }
                { field(Field::Duty, None, None) }
                { field(Field::Vat, None, None) }
                { choice(&app, ev, Field::Basis, &[(DutyBasis::Cif.code(), IncotermsMsg::BasisCif.text(lang).to_string()), (DutyBasis::Fob.code(), IncotermsMsg::BasisFob.text(lang).to_string())], lang) }
            </section>
        </div>
    }
}

/// The message under a field, if any. A blank goods value is not shown as an error: the results
/// say what to enter first.
fn error_text(evaluation: &Evaluation, field: Field, lang: Lang) -> Option<AttrValue> {
    let text = match evaluation.error(field)? {
        FieldErrorKind::Number(AmountError::Empty) => return None,
        FieldErrorKind::Number(error) => amount_error(error, lang),
        FieldErrorKind::UnknownChoice => IncotermsMsg::ErrUnknownChoice.text(lang),
        FieldErrorKind::InsuranceRateTooHigh => IncotermsMsg::ErrInsuranceTooHigh.text(lang),
    };
    Some(AttrValue::from(text))
}

fn edit(app: &AppContext, field: Field, text: String) {
    let today = crate::browser::today().iso();
    app.change(Change::Calculator(CalculatorEdit::Field(field, text, today)));
}

/// A select whose value is stored as the share link's code. It shows the choice the prices use: the
/// default for a blank field, and for an unknown code from a link (with the error under it).
fn choice(
    app: &AppContext,
    evaluation: &Evaluation,
    field: Field,
    options: &[(&'static str, String)],
    lang: Lang,
) -> Html {
    let error = error_text(evaluation, field, lang);
    let error_id = format!("calc-{}-error", field.key());
    let current = app.state.data.calculator.form.choice_code(field).unwrap_or_default();
    let id = format!("calc-{}", field.key());
    let onchange = {
        let app = app.clone();
        Callback::from(move |code: String| edit(&app, field, code))
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ field_label(field, lang) }</label>
            <Select id={id} value={current} {onchange} invalid={error.is_some()}
                describedby={error.as_ref().map(|_| AttrValue::from(error_id.clone()))}>
                { for options.iter().map(|(code, label)| html! {
                    <option value={*code} selected={current == *code}>{ label.clone() }</option>
                }) }
            </Select>
            if let Some(error) = error {
                <p class="field-error" id={error_id} data-testid={format!("error-{}", field.key())}>{ error }</p>
            }
        </div>
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct CalcFieldProps {
    field: Field,
    help: Option<IncotermsMsg>,
    list: Option<&'static str>,
    error: Option<AttrValue>,
    /// How the amount was read ("Dibaca: Rp 15.000.000"), when worth saying.
    read: Option<AttrValue>,
}

/// One text input of the calculator (`id="calc-<link key>"`), `inputmode="decimal"` for numbers.
#[function_component(CalcField)]
fn calc_field(props: &CalcFieldProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let field = props.field;
    let id = format!("calc-{}", field.key());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let numeric = !matches!(field, Field::Unit | Field::Origin | Field::Destination);
    let read_id = format!("{id}-read");
    let described: Vec<&str> = [
        props.help.map(|_| help_id.as_str()),
        props.read.as_ref().map(|_| read_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            edit(&app, field, event.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ field_label(field, lang) }</label>
            <input type="text" id={id} value={app.state.data.calculator.form.get(field).to_string()}
                inputmode={numeric.then_some("decimal")} autocomplete="off" maxlength={MAX_FIELD_TEXT.to_string()}
                list={props.list} aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} />
            if let Some(help) = props.help {
                <p class="help" id={help_id}>{ help.text(lang) }</p>
            }
            if let Some(read) = &props.read {
                <p class="help read" id={read_id} data-testid={format!("read-{}", field.key())}>{ read.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} data-testid={format!("error-{}", field.key())}>{ error.clone() }</p>
            }
        </div>
    }
}
