//! The calculator's inputs, grouped the way the goods travel. Every field shows what she typed
//! and, under it, what is wrong with it in her language.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::fields::Select;
use crate::domain::incoterms::calculator::{CalculatorEdit, MAX_FIELD_TEXT};
use crate::domain::incoterms::{ports, DutyBasis, Evaluation, Field, FieldErrorKind, Form, TransportMode};
use crate::domain::lang::Lang;
use crate::domain::money::{format_money, reading, reading_quantity, Amount, AmountError, Currency, Money};
use crate::domain::text::capitalize;
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
    let field = |field: Field, help: Option<IncotermsMsg>, list: Option<&'static str>| {
        html! { <CalcField {field} help={help} {list} error={error_text(ev, field, lang)} notes={notes(ev, form, field, lang)}
        currency_error={field.currency_field().and_then(|c| error_text(ev, c, lang))} /> }
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
                { field(Field::Alongside, Some(IncotermsMsg::AlongsideHelp), None) }
                { amount(Field::OriginThc) }
            </section>

            <section class="card" aria-labelledby="sec-transport">
                <h2 id="sec-transport">{ IncotermsMsg::SecTransport.text(lang) }</h2>
                { choice(&app, ev, Field::Mode, &TransportMode::ALL.iter().map(|m| (m.code(), capitalize(mode_name(*m, lang)))).collect::<Vec<_>>(), lang) }
                { field(Field::Origin, Some(IncotermsMsg::OriginHelp), Some("ports")) }
                <datalist id="ports">
                    { for ports::all().iter().map(|p| html! { <option value={p.label()} /> }) }
                </datalist>
                { field(Field::Destination, Some(IncotermsMsg::DestinationHelp), None) }
                { amount(Field::Freight) }
                { field(Field::InsuranceC, Some(IncotermsMsg::InsuranceHelp), None) }
                { field(Field::InsuranceA, Some(IncotermsMsg::InsuranceAHelp), None) }
                <p class="help">{ fill(IncotermsMsg::PortsSource.text(lang), &[("source", ports_source.get(lang)), ("checked", ports_checked)]) }</p>
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

/// What the page says under an amount: how it was read ("15 juta"), its conversion at her rate
/// when the line is in the other currency, and a warning when a rupiah cost is implausibly small.
fn notes(evaluation: &Evaluation, form: &Form, field: Field, lang: Lang) -> Vec<Note> {
    let mut notes = Vec::new();
    if evaluation.error(field).is_some() {
        return notes;
    }
    if field == Field::Quantity {
        if let Some(read) = reading_quantity(form.get(field), lang) {
            notes.push(Note { kind: "read", text: fill(IncotermsMsg::ReadAs.text(lang), &[("amount", &read)]).into() });
        }
    }
    if !field.is_amount() {
        return notes;
    }
    if let Some(read) = reading(form.get(field), form.line_currency(field), lang) {
        notes.push(Note { kind: "read", text: fill(IncotermsMsg::ReadAs.text(lang), &[("amount", &read)]).into() });
    }
    if let Some(line) = evaluation.line(field) {
        if let (Some(converted), Some(rate)) = (line.converted, evaluation.inputs.as_ref().and_then(|i| i.rate)) {
            let rate = format_money(Money { currency: Currency::Idr, amount: Amount(rate.cents()) }, lang);
            let text = fill(
                IncotermsMsg::LineConverted.text(lang),
                &[
                    ("typed", &format_money(line.typed, lang)),
                    ("rate", &rate),
                    ("converted", &format_money(converted, lang)),
                ],
            );
            notes.push(Note { kind: "converted", text: text.into() });
        }
        if line.small {
            let text = fill(IncotermsMsg::SmallLine.text(lang), &[("amount", &format_money(line.typed, lang))]);
            notes.push(Note { kind: "small", text: text.into() });
        }
    }
    notes
}

/// A line under a field; `kind` names it in `data-testid="<kind>-<key>"` and its class.
#[derive(Clone, Debug, PartialEq)]
struct Note {
    kind: &'static str,
    text: AttrValue,
}

/// The message under a field, if any. A blank goods value is not shown as an error: the results
/// say what to enter first.
fn error_text(evaluation: &Evaluation, field: Field, lang: Lang) -> Option<AttrValue> {
    let text = match evaluation.error(field)? {
        FieldErrorKind::Number(AmountError::Empty) => return None,
        FieldErrorKind::Number(error) => amount_error(error, lang),
        FieldErrorKind::UnknownChoice => IncotermsMsg::ErrUnknownChoice.text(lang),
        FieldErrorKind::InsuranceRateTooHigh => IncotermsMsg::ErrInsuranceTooHigh.text(lang),
        FieldErrorKind::NeedsRate => IncotermsMsg::ErrNeedsRate.text(lang),
    };
    Some(AttrValue::from(text))
}

fn edit(app: &AppContext, field: Field, text: String) {
    let today = crate::browser::today().iso();
    app.change(CalculatorEdit::Field(field, text, today));
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

#[derive(Properties, PartialEq)]
struct CalcFieldProps {
    field: Field,
    help: Option<IncotermsMsg>,
    list: Option<&'static str>,
    error: Option<AttrValue>,
    /// How the amount was read, its conversion, a warning.
    notes: Vec<Note>,
    /// The error of a cost line's currency (an unknown code from a link).
    currency_error: Option<AttrValue>,
}

/// One text input of the calculator (`id="calc-<link key>"`), `inputmode="decimal"` for numbers;
/// a cost line has its currency beside it (`id="calc-<key>_cur"`).
#[function_component(CalcField)]
fn calc_field(props: &CalcFieldProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let form = &app.state.data.calculator.form;
    let field = props.field;
    let id = format!("calc-{}", field.key());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let numeric = !matches!(field, Field::Unit | Field::Origin | Field::Destination);
    let note_ids: Vec<String> = props.notes.iter().map(|n| format!("{id}-{}", n.kind)).collect();
    let described: Vec<&str> = props
        .help
        .map(|_| help_id.as_str())
        .into_iter()
        .chain(note_ids.iter().map(String::as_str))
        .chain(props.error.as_ref().map(|_| error_id.as_str()))
        .collect();
    let oninput = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            edit(&app, field, event.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    let input = html! {
        <input type="text" id={id.clone()} value={form.get(field).to_string()}
            inputmode={numeric.then_some("decimal")} autocomplete="off" maxlength={MAX_FIELD_TEXT.to_string()}
            list={props.list} aria-invalid={props.error.is_some().then_some("true")}
            aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} />
    };
    let currency = field.currency_field().map(|choice| {
        let choice_id = format!("calc-{}", choice.key());
        let current = form.choice_code(choice).unwrap_or_default();
        let onchange = {
            let app = app.clone();
            Callback::from(move |code: String| edit(&app, choice, code))
        };
        let error_id = format!("{choice_id}-error");
        html! {
            <>
                <label for={choice_id.clone()} class="visually-hidden">{ field_label(choice, lang) }</label>
                <Select id={choice_id} value={current} {onchange} invalid={props.currency_error.is_some()}
                    describedby={props.currency_error.as_ref().map(|_| AttrValue::from(error_id))}>
                    { for Currency::ALL.iter().map(|c| html! { <option value={c.code()} selected={current == c.code()}>{ c.code() }</option> }) }
                </Select>
            </>
        }
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ field_label(field, lang) }</label>
            if let Some(currency) = currency {
                <div class="amount-row">{ input }{ currency }</div>
            } else {
                { input }
            }
            if let Some(help) = props.help {
                <p class="help" id={help_id}>{ help.text(lang) }</p>
            }
            { for props.notes.iter().zip(&note_ids).map(|(note, note_id)| html! {
                <p class={classes!("help", note.kind, (note.kind == "small").then_some("rule-warning"))} id={note_id.clone()}
                    data-testid={format!("{}-{}", note.kind, field.key())}>{ note.text.clone() }</p>
            }) }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} data-testid={format!("error-{}", field.key())}>{ error.clone() }</p>
            }
            if let (Some(choice), Some(error)) = (field.currency_field(), &props.currency_error) {
                <p class="field-error" id={format!("calc-{}-error", choice.key())} data-testid={format!("error-{}", choice.key())}>{ error.clone() }</p>
            }
        </div>
    }
}
