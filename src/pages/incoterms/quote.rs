//! The price line she pastes into a listing or an e-mail, with copy, share and WhatsApp; saved
//! quotes; the link that reproduces this calculation.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::change::Change;
use crate::domain::incoterms::calculator::{CalculatorEdit, MAX_FIELD_TEXT};
use crate::domain::incoterms::{Evaluation, Incoterm};
use crate::domain::route::Route;
use crate::i18n::incoterms::rule_name;
use crate::i18n::{fill, IncotermsMsg};
use crate::share::{self, Outcome};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub evaluation: Rc<Evaluation>,
}

#[function_component(Quote)]
pub fn quote(props: &QuoteProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let calculator = &app.state.data.calculator;
    let line = calculator.line(&props.evaluation);
    let status = use_state(|| None::<IncotermsMsg>);

    let change = |edit: CalculatorEdit| {
        let app = app.clone();
        move || app.change(Change::Calculator(edit.clone()))
    };
    let report = {
        let status = status.clone();
        move |outcome: Outcome| {
            status.set(match outcome {
                Outcome::Copied => Some(IncotermsMsg::Copied),
                Outcome::Shared => Some(IncotermsMsg::Shared),
                Outcome::Cancelled => None,
                Outcome::Failed => Some(IncotermsMsg::CopyFailed),
            })
        }
    };
    let copy = {
        let (text, report) = (line.clone().unwrap_or_default(), report.clone());
        Callback::from(move |_| {
            let (text, report) = (text.clone(), report.clone());
            wasm_bindgen_futures::spawn_local(async move { report(share::copy(&text).await) });
        })
    };
    let share_line = {
        let (text, report) = (line.clone().unwrap_or_default(), report.clone());
        Callback::from(move |_| {
            let (text, report) = (text.clone(), report.clone());
            wasm_bindgen_futures::spawn_local(async move { report(share::share("Siap Ekspor", &text).await) });
        })
    };
    let copy_link = {
        let query = calculator.form.to_query();
        let report = report.clone();
        Callback::from(move |_| {
            let link = format!("{}{}?{}", crate::browser::page_address(), Route::Incoterms.href(), query);
            let report = report.clone();
            wasm_bindgen_futures::spawn_local(async move { report(share::copy(&link).await) });
        })
    };
    let save = {
        let status = status.clone();
        let app = app.clone();
        Callback::from(move |_| {
            app.change(Change::Calculator(CalculatorEdit::Save(crate::browser::today().iso())));
            status.set(Some(IncotermsMsg::Saved));
        })
    };
    let choose = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let code = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(rule) = Incoterm::from_code(&code) {
                app.change(Change::Calculator(CalculatorEdit::Choose(rule)));
            }
        })
    };
    let min_order = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            app.change(Change::Calculator(CalculatorEdit::MinOrder(text)));
        })
    };
    let clear = {
        let clear = change(CalculatorEdit::ClearForm);
        Callback::from(move |_| clear())
    };

    html! {
        <section class="card quote" aria-labelledby="sec-quote">
            <h2 id="sec-quote">{ IncotermsMsg::QuoteTitle.text(lang) }</h2>
            <div class="field">
                <label for="quote-rule">{ IncotermsMsg::QuoteRule.text(lang) }</label>
                <select id="quote-rule" data-testid="quote-rule" onchange={choose}>
                    { for Incoterm::ALL.iter().map(|rule| html! {
                        <option value={rule.code()} selected={*rule == calculator.rule()}>{ format!("{} — {}", rule.code(), rule_name(*rule, lang)) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="quote-min-order">{ IncotermsMsg::QuoteMinOrder.text(lang) }</label>
                <input type="text" id="quote-min-order" inputmode="decimal" value={calculator.min_order.clone()}
                    maxlength={MAX_FIELD_TEXT.to_string()} aria-describedby="quote-min-order-help" oninput={min_order} />
                <p class="help" id="quote-min-order-help">{ IncotermsMsg::QuoteMinOrderHelp.text(lang) }</p>
            </div>
            <p class="label" id="quote-line-label">{ IncotermsMsg::QuoteLine.text(lang) }</p>
            { match &line {
                Some(line) => html! {
                    <>
                        <p class="quote-line" lang="en" data-testid="quote-line" aria-labelledby="quote-line-label"><bdi>{ line.clone() }</bdi></p>
                        <div class="actions">
                            <button type="button" class="button" data-testid="quote-copy" onclick={copy}>{ IncotermsMsg::Copy.text(lang) }</button>
                            <button type="button" class="button secondary" data-testid="quote-share" onclick={share_line}>{ IncotermsMsg::Share.text(lang) }</button>
                            <a class="button secondary" data-testid="quote-whatsapp" href={share::whatsapp_href(line)} target="_blank" rel="noopener noreferrer">
                                { IncotermsMsg::WhatsApp.text(lang) }
                            </a>
                            <button type="button" class="button secondary" data-testid="quote-save" onclick={save}>{ IncotermsMsg::SaveQuote.text(lang) }</button>
                        </div>
                    </>
                },
                None => html! { <p class="muted" data-testid="quote-line-missing">{ IncotermsMsg::QuoteUnavailable.text(lang) }</p> },
            } }
            <p role="status" class="status ok" data-testid="quote-status">{ status.map(|m| m.text(lang)).unwrap_or("") }</p>

            <div class="actions">
                <button type="button" class="button secondary" data-testid="copy-link" onclick={copy_link}>{ IncotermsMsg::ShareLink.text(lang) }</button>
                <button type="button" class="button secondary" data-testid="clear-form" onclick={clear}>{ IncotermsMsg::ClearForm.text(lang) }</button>
            </div>
            <p class="help">{ IncotermsMsg::ShareLinkHelp.text(lang) }</p>

            <h3>{ IncotermsMsg::SavedTitle.text(lang) }</h3>
            if calculator.saved.is_empty() {
                <p class="muted">{ IncotermsMsg::SavedNone.text(lang) }</p>
            } else {
                <ul class="saved-quotes">
                    { for calculator.saved.iter().rev().map(|saved| {
                        let open = change(CalculatorEdit::Open(saved.id));
                        let delete = change(CalculatorEdit::Delete(saved.id));
                        html! {
                            <li data-testid="saved-quote" key={saved.id}>
                                <p class="quote-line" lang="en"><bdi>{ saved.line.clone() }</bdi></p>
                                <p class="help">{ fill(IncotermsMsg::SavedOn.text(lang), &[("date", &saved.saved_on)]) }</p>
                                <div class="actions">
                                    <button type="button" class="button secondary" data-testid="saved-open" onclick={move |_| open()}>{ IncotermsMsg::Open.text(lang) }</button>
                                    <button type="button" class="button secondary" data-testid="saved-delete" onclick={move |_| delete()}>{ IncotermsMsg::Delete.text(lang) }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
