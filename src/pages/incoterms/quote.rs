//! The price line she pastes into a listing or an e-mail, with copy, share and WhatsApp; saved
//! quotes; the link that reproduces this calculation.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::fields::Select;
use crate::components::text;
use crate::data_files::{unit_in_english, use_glossary_when};
use crate::domain::incoterms::calculator::{CalculatorEdit, NoLine, SaveQuote, MAX_FIELD_TEXT};
use crate::domain::incoterms::{Evaluation, Field, FieldErrorKind, Incoterm};
use crate::domain::model::Product;
use crate::domain::money::{format_money, reading_quantity, Amount, Currency, Money};
use crate::domain::route::Route;
use crate::i18n::incoterms::{amount_error, rule_name};
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
    let products: Vec<&Product> =
        app.state.data.profile.products.iter().filter(|p| !p.name.trim().is_empty()).collect();
    let product = calculator.product.and_then(|id| products.iter().find(|p| p.id == id).copied());
    // Whether there is a line does not depend on the unit; its words do.
    let possible = calculator.line(&props.evaluation, "");
    // Her unit in English comes from the glossary (her word as typed if it cannot load), fetched
    // with its reader once a line can be written: opening the calculator fetches neither.
    let typed_unit = calculator.form.unit.trim();
    let glossary = use_glossary_when(possible.is_ok() && !typed_unit.is_empty());
    let unit = if typed_unit.is_empty() { Some(String::new()) } else { unit_in_english(&glossary, typed_unit) };
    let line = match possible {
        Err(why) => Some(Err(why)),
        Ok(_) => unit.as_ref().map(|unit| calculator.line(&props.evaluation, unit)),
    };
    let text = line.as_ref().and_then(|l| l.as_ref().ok()).map(|l| l.text.clone()).unwrap_or_default();
    let status = use_state(|| None::<IncotermsMsg>);

    let change = |edit: CalculatorEdit| {
        let app = app.clone();
        move || app.change(edit.clone())
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
    let copy = share::copy_on_click(text.clone(), report.clone());
    let share_line = share::share_on_click(text.clone(), report.clone());
    // The page's address is read on the tap, not while rendering (a render test has no page).
    let copy_link = {
        let query = calculator.form.to_query();
        share::copy_on_click_with(
            move || format!("{}{}?{}", crate::browser::page_address(), Route::Incoterms.href(), query),
            report.clone(),
        )
    };
    let save = {
        let status = status.clone();
        let app = app.clone();
        let save = SaveQuote {
            today: String::new(),
            unit: unit.clone().unwrap_or_default(),
            product_name: product.map(|p| p.name.clone()).unwrap_or_default(),
        };
        Callback::from(move |_| {
            let save = SaveQuote { today: crate::browser::today().iso(), ..save.clone() };
            if let Some(quote) = app.state.data.calculator.quote_to_save(&save) {
                app.change(CalculatorEdit::Save(Box::new(quote)));
                status.set(Some(IncotermsMsg::Saved));
            }
        })
    };
    let choose = {
        let app = app.clone();
        Callback::from(move |code: String| {
            if let Some(rule) = Incoterm::from_code(&code) {
                app.change(CalculatorEdit::Choose(rule));
            }
        })
    };
    let choose_currency = {
        let app = app.clone();
        Callback::from(move |code: String| {
            if let Some(currency) = Currency::from_code(&code) {
                app.change(CalculatorEdit::QuoteCurrency(currency));
            }
        })
    };
    let choose_product = {
        let app = app.clone();
        Callback::from(move |id: String| app.change(CalculatorEdit::Product(id.parse().ok())))
    };
    let min_order = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let today = crate::browser::today().iso();
            app.change(CalculatorEdit::Field(Field::MinOrder, text, today));
        })
    };
    // "Kosongkan formulir" asks in the page first: a sandboxed iframe refuses
    // window.confirm() without a word, and the form is hers to lose.
    let asking = use_state(|| false);
    let ask_clear = {
        let (asking, status) = (asking.clone(), status.clone());
        Callback::from(move |_| {
            status.set(None);
            asking.set(true)
        })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let clear = {
        let clear = change(CalculatorEdit::ClearForm);
        let (asking, status) = (asking.clone(), status.clone());
        Callback::from(move |_| {
            clear();
            asking.set(false);
            status.set(Some(IncotermsMsg::Cleared));
        })
    };
    let min_order_error = match props.evaluation.error(Field::MinOrder) {
        Some(FieldErrorKind::Number(error)) => Some(amount_error(error, lang)),
        _ => None,
    };
    let min_order_read = reading_quantity(&calculator.form.moq, lang)
        .map(|read| fill(IncotermsMsg::ReadAs.text(lang), &[("amount", &read)]));
    let currency = calculator.quote_currency();
    let converted_note = line.as_ref().and_then(|l| l.as_ref().ok()).and_then(|l| {
        let rate = l.converted_at?;
        let from = props.evaluation.inputs.as_ref()?.currency.code();
        let rate = format_money(Money { currency: Currency::Idr, amount: Amount(rate.cents()) }, lang);
        let date = calculator.form.rate_date.trim();
        Some(if date.is_empty() {
            fill(IncotermsMsg::LineConvertedAt.text(lang), &[("from", from), ("rate", &rate)])
        } else {
            fill(IncotermsMsg::LineConvertedAtDated.text(lang), &[("from", from), ("rate", &rate), ("date", date)])
        })
    });

    html! {
        <section class="card quote" aria-labelledby="sec-quote">
            <h2 id="sec-quote">{ IncotermsMsg::QuoteTitle.text(lang) }</h2>
            if !products.is_empty() {
                <div class="field">
                    <label for="quote-product">{ IncotermsMsg::QuoteProduct.text(lang) }</label>
                    <Select id="quote-product" testid="quote-product" value={product.map(|p| p.id.to_string()).unwrap_or_default()}
                        onchange={choose_product} describedby={AttrValue::from("quote-product-help")}>
                        <option value="" selected={product.is_none()}>{ IncotermsMsg::QuoteProductNone.text(lang) }</option>
                        { for products.iter().map(|p| html! {
                            <option value={p.id.to_string()} selected={product.is_some_and(|q| q.id == p.id)}>{ p.name.clone() }</option>
                        }) }
                    </Select>
                    <p class="help" id="quote-product-help">{ IncotermsMsg::QuoteProductHelp.text(lang) }</p>
                </div>
            }
            <div class="field">
                <label for="quote-rule">{ IncotermsMsg::QuoteRule.text(lang) }</label>
                <Select id="quote-rule" testid="quote-rule" value={calculator.rule().code()} onchange={choose}>
                    { for Incoterm::ALL.iter().map(|rule| html! {
                        <option value={rule.code()} selected={*rule == calculator.rule()}>{ format!("{} — {}", rule.code(), rule_name(*rule, lang)) }</option>
                    }) }
                </Select>
            </div>
            <div class="field">
                <label for="quote-currency">{ IncotermsMsg::QuoteCurrency.text(lang) }</label>
                <Select id="quote-currency" testid="quote-currency" value={currency.code()} onchange={choose_currency}
                    describedby={AttrValue::from("quote-currency-help")}>
                    { for [Currency::Usd, Currency::Idr].iter().map(|c| html! {
                        <option value={c.code()} selected={*c == currency}>{ c.code() }</option>
                    }) }
                </Select>
                <p class="help" id="quote-currency-help">{ IncotermsMsg::QuoteCurrencyHelp.text(lang) }</p>
            </div>
            <div class={classes!("field", min_order_error.is_some().then_some("has-error"))}>
                <label for="quote-min-order">{ IncotermsMsg::QuoteMinOrder.text(lang) }</label>
                <input type="text" id="quote-min-order" inputmode="decimal" value={calculator.form.moq.clone()}
                    maxlength={MAX_FIELD_TEXT.to_string()} aria-invalid={min_order_error.is_some().then_some("true")}
                    aria-describedby={if min_order_error.is_some() { "quote-min-order-help error-moq" } else { "quote-min-order-help" }}
                    oninput={min_order} />
                <p class="help" id="quote-min-order-help">{ IncotermsMsg::QuoteMinOrderHelp.text(lang) }</p>
                if let Some(read) = min_order_read {
                    <p class="help read" data-testid="read-moq">{ read }</p>
                }
                if let Some(error) = min_order_error {
                    <p class="field-error" id="error-moq" data-testid="error-moq">{ error }</p>
                }
            </div>
            <p class="label" id="quote-line-label">{ IncotermsMsg::QuoteLine.text(lang) }</p>
            { match &line {
                Some(Ok(line)) => html! {
                    <>
                        <p class="quote-line" lang="en" data-testid="quote-line" data-rule={calculator.rule().code()}
                            data-currency={line.currency.code()} aria-labelledby="quote-line-label"><bdi>{ line.text.clone() }</bdi></p>
                        if let Some(note) = converted_note {
                            <p class="help" data-testid="quote-converted">{ note }</p>
                        }
                        <div class="actions">
                            <button type="button" class="button" data-testid="quote-copy" onclick={copy}>{ IncotermsMsg::Copy.text(lang) }</button>
                            <button type="button" class="button secondary" data-testid="quote-share" onclick={share_line}>{ IncotermsMsg::Share.text(lang) }</button>
                            <a class="button secondary" data-testid="quote-whatsapp" href={share::whatsapp_href(&line.text)} target="_blank" rel="noopener noreferrer">
                                { IncotermsMsg::WhatsApp.text(lang) }
                            </a>
                            <button type="button" class="button secondary" data-testid="quote-save" onclick={save}>{ IncotermsMsg::SaveQuote.text(lang) }</button>
                        </div>
                    </>
                },
                Some(Err(NoLine::NeedsRate(currency))) => html! {
                    <p class="muted" data-testid="quote-line-missing" data-reason="rate" data-rule={calculator.rule().code()}>{ fill(IncotermsMsg::LineNeedsRate.text(lang), &[("currency", currency.code())]) }</p>
                },
                Some(Err(NoLine::BadMinOrder)) => html! {
                    <p class="muted" data-testid="quote-line-missing" data-reason="moq" data-rule={calculator.rule().code()}>{ IncotermsMsg::LineBadMinOrder.text(lang) }</p>
                },
                Some(Err(NoLine::NotPriced)) => html! {
                    <p class="muted" data-testid="quote-line-missing" data-reason="price" data-rule={calculator.rule().code()}>{ IncotermsMsg::QuoteUnavailable.text(lang) }</p>
                },
                None => html! { <p class="muted" data-testid="quote-line-loading">{ IncotermsMsg::LineLoading.text(lang) }</p> },
            } }
            <p role="status" class="status ok" data-testid="quote-status">{ status.map(|m| m.text(lang)).unwrap_or("") }</p>

            <div class="actions">
                <button type="button" class="button secondary" data-testid="copy-link" onclick={copy_link}>{ IncotermsMsg::ShareLink.text(lang) }</button>
                if !*asking {
                    <button type="button" class="button secondary" data-testid="clear-form" onclick={ask_clear}>{ IncotermsMsg::ClearForm.text(lang) }</button>
                }
            </div>
            if *asking {
                <div class="confirm" data-testid="clear-confirm">
                    <p role="alert">{ IncotermsMsg::ClearAsk.text(lang) }</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="clear-yes" onclick={clear}>{ IncotermsMsg::ClearYes.text(lang) }</button>
                        <button type="button" class="button secondary" data-testid="clear-no" onclick={keep}>{ IncotermsMsg::ClearNo.text(lang) }</button>
                    </div>
                </div>
            }
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
                                if let Some(product) = &saved.product {
                                    <p class="saved-product" data-testid="saved-product">{ text::fill_user(IncotermsMsg::SavedFor.text(lang), "product", &product.name) }</p>
                                }
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
