//! A row per rule with its price (`data-testid="quote-EXW"` … `"quote-DDP"`, `data-amount` the
//! shipment total in the input currency), the warnings that apply, and the rule explained; then the
//! who-pays matrix.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::incoterms::{
    insurance_cell, mode_warning, payer, risk_transfer, BuildUp, BuildUpError, Clauses, CostItem, Evaluation, Incoterm,
    Insured, Payer, Price,
};
use crate::domain::lang::Lang;
use crate::domain::money::{format_money, format_percent, plain_decimal, Currency, Money};
use crate::i18n::incoterms::{cost_item, field_label, insurance_text, mode_name, risk_point, rule_name, seller_does};
use crate::i18n::{fill, IncotermsMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub evaluation: Rc<Evaluation>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let lang = use_app().lang();
    let Some(build) = &props.evaluation.build_up else {
        return html! {
            <section class="card results" aria-labelledby="sec-results">
                <h2 id="sec-results">{ IncotermsMsg::ResultsTitle.text(lang) }</h2>
                <p data-testid="results-empty">{ IncotermsMsg::ResultsNeedGoods.text(lang) }</p>
            </section>
        };
    };
    let inputs = &build.inputs;
    let other = match inputs.currency {
        Currency::Idr => Currency::Usd,
        Currency::Usd => Currency::Idr,
    };
    html! {
        // What the prices are computed with, for the tests that compare it with the selects.
        <section class="card results" aria-labelledby="sec-results" aria-live="polite" data-testid="results"
            data-currency={inputs.currency.code()} data-mode={inputs.mode.code()} data-basis={inputs.basis.code()}>
            <h2 id="sec-results">{ IncotermsMsg::ResultsTitle.text(lang) }</h2>
            if inputs.rate.is_none() {
                <p class="help">{ fill(IncotermsMsg::NoRate.text(lang), &[("currency", other.code())]) }</p>
            }
            <ol class="rules">
                { for Incoterm::ALL.iter().map(|rule| rule_row(*rule, build, other, lang)) }
            </ol>
        </section>
    }
}

fn rule_row(rule: Incoterm, build: &BuildUp, other: Currency, lang: Lang) -> Html {
    let inputs = &build.inputs;
    let price = build.price(rule);
    let unit = if inputs.unit.trim().is_empty() {
        IncotermsMsg::PerUnitPlain.text(lang).to_string()
    } else {
        fill(IncotermsMsg::PerUnit.text(lang), &[("unit", inputs.unit.trim())])
    };
    let money = |currency: Currency, amount| format_money(Money { currency, amount }, lang);
    // `prefix` marks the converted figures: "≈ Rp 168.512.500".
    let figures = |currency: Currency, price: Price, class: &'static str, prefix: &'static str| {
        html! {
            <span class={class}>
                <span class="total">{ prefix }{ money(currency, price.total) }</span>
                if let Some(per_unit) = price.per_unit {
                    <span class="per-unit">{ format!("{unit}: {prefix}{}", money(currency, per_unit)) }</span>
                }
            </span>
        }
    };
    let converted = build.price_in(rule, other).and_then(Result::ok);
    let warning = mode_warning(rule, inputs.mode);
    html! {
        <li class={classes!("rule", price.is_err().then_some("unpriced"))} data-testid={format!("quote-{}", rule.code())}
            data-amount={price.ok().map(|p| plain_decimal(p.total))}>
            <details>
                <summary>
                    <span class="rule-code">{ rule.code() }</span>
                    <span class="rule-name">{ rule_name(rule, lang) }</span>
                    { match price {
                        Ok(price) => html! {
                            <>
                                { figures(inputs.currency, price, "figures", "") }
                                if let Some(converted) = converted {
                                    { figures(other, converted, "figures converted", "≈ ") }
                                }
                            </>
                        },
                        Err(BuildUpError::NeedsCosts(fields)) => html! {
                            <span class="not-priced" data-testid="needs-costs" data-fields={fields.iter().map(|f| f.key()).collect::<Vec<_>>().join(" ")}>
                                { not_priced(BuildUpError::NeedsCosts(fields), lang) }
                            </span>
                        },
                        Err(error) => html! { <span class="not-priced">{ not_priced(error, lang) }</span> },
                    } }
                </summary>
                <dl class="explain">
                    <dt>{ IncotermsMsg::ExplainSeller.text(lang) }</dt>
                    <dd>{ seller_does(rule, lang) }</dd>
                    <dt>{ IncotermsMsg::ExplainRisk.text(lang) }</dt>
                    <dd>{ risk_point(risk_transfer(rule), lang) }</dd>
                    <dt>{ IncotermsMsg::ExplainInsurance.text(lang) }</dt>
                    <dd>{ insurance_text(insurance_cell(rule), lang) }</dd>
                </dl>
                if rule == Incoterm::Cif || rule == Incoterm::Cip {
                    { insured_line(if rule == Incoterm::Cif { &build.cif } else { &build.cip }, inputs.currency, lang) }
                }
                if rule == Incoterm::Ddp {
                    if let Ok(duties) = build.duties {
                        <p class="detail">{ fill(IncotermsMsg::DutiesLine.text(lang), &[
                            ("value", &money(inputs.currency, duties.customs_value)),
                            ("basis", duties.basis.code().to_ascii_uppercase().as_str()),
                            ("duty", &money(inputs.currency, duties.duty)),
                            ("vat", &money(inputs.currency, duties.vat)),
                        ]) }</p>
                    }
                }
            </details>
            if let Some(instead) = warning {
                <p class="rule-warning" data-testid="mode-warning">{ fill(IncotermsMsg::SeaOnly.text(lang), &[
                    ("rule", rule.code()), ("mode", mode_name(inputs.mode, lang)), ("instead", instead.code()),
                ]) }</p>
            }
            if let (Incoterm::Cip, Ok(Insured { rate_from: Clauses::C, rate, .. })) = (rule, build.cip) {
                <p class="rule-warning" data-testid="cip-rate-note">{ fill(IncotermsMsg::CipRateFromC.text(lang), &[("rate", &format_percent(rate, lang))]) }</p>
            }
            if rule == Incoterm::Exw {
                <p class="rule-warning" data-testid="exw-warning">{ IncotermsMsg::ExwWarning.text(lang) }</p>
            }
        </li>
    }
}

fn insured_line(insured: &Result<Insured, BuildUpError>, currency: Currency, lang: Lang) -> Html {
    let Ok(insured) = insured else { return Html::default() };
    let money = |amount| format_money(Money { currency, amount }, lang);
    let clauses = match insured.clauses {
        Clauses::A => "A",
        Clauses::C => "C",
    };
    html! {
        <>
            <p class="detail" data-testid="insurance-detail">{ fill(IncotermsMsg::InsuranceLine.text(lang), &[
                ("premium", &money(insured.premium)), ("clauses", clauses),
                ("rate", &format_percent(insured.rate, lang)), ("insured", &money(insured.insured_value)),
            ]) }</p>
            <p class="detail muted">{ IncotermsMsg::InsuranceMethod.text(lang) }</p>
        </>
    }
}

fn not_priced(error: BuildUpError, lang: Lang) -> String {
    match error {
        BuildUpError::NeedsField(field) => {
            fill(IncotermsMsg::NotPriced.text(lang), &[("field", field_label(field, lang))])
        }
        BuildUpError::NeedsCosts(fields) => {
            let names: Vec<String> = fields.iter().map(|f| format!("\"{}\"", field_label(f, lang))).collect();
            fill(IncotermsMsg::NeedsCosts.text(lang), &[("fields", &names.join(", "))])
        }
        BuildUpError::InsuranceRateTooHigh => IncotermsMsg::ErrInsuranceTooHigh.text(lang).to_string(),
        BuildUpError::Overflow | BuildUpError::InputOutOfRange => IncotermsMsg::NotPricedGeneric.text(lang).to_string(),
    }
}

/// The 12 cost items × 11 rules of who pays, in a table that scrolls sideways inside its own box so
/// the page never does.
#[function_component(Matrix)]
pub fn matrix() -> Html {
    let lang = use_app().lang();
    html! {
        <section class="card" aria-labelledby="sec-matrix">
            <h2 id="sec-matrix">{ IncotermsMsg::MatrixTitle.text(lang) }</h2>
            <p class="help" id="matrix-legend">{ IncotermsMsg::MatrixLegend.text(lang) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="sec-matrix" aria-describedby="matrix-legend">
                <table class="matrix" data-testid="who-pays">
                    <thead>
                        <tr>
                            <th scope="col">{ IncotermsMsg::MatrixCost.text(lang) }</th>
                            { for Incoterm::ALL.iter().map(|rule| html! { <th scope="col">{ rule.code() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for CostItem::ALL.iter().map(|item| html! {
                            <tr>
                                <th scope="row">{ cost_item(*item, lang) }</th>
                                { for Incoterm::ALL.iter().map(|rule| {
                                    let (short, full, class) = match payer(*rule, *item) {
                                        Payer::Seller => (IncotermsMsg::MatrixSeller, IncotermsMsg::MatrixSellerFull, "seller"),
                                        Payer::Buyer => (IncotermsMsg::MatrixBuyer, IncotermsMsg::MatrixBuyerFull, "buyer"),
                                    };
                                    html! { <td class={class}><abbr title={full.text(lang)}>{ short.text(lang) }</abbr></td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
