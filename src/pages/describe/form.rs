//! Her draft's fields: the product, its specifications, trade terms and certificates.

use yew::prelude::*;

use crate::components::fields::Select;
use crate::domain::incoterms::calculator::QuoteFill;
use crate::domain::incoterms::Incoterm;
use crate::domain::lang::Lang;
use crate::domain::listing::draft::{
    Certification, Draft, DraftEdit, Marketplace, PaymentTerm, Process, SamplePolicy, Suggestions, TextField,
};
use crate::domain::listing::generate::read_price;
use crate::domain::listing::store::ListingsEdit;
use crate::domain::money::{reading, Currency};
use crate::i18n::describe::{self as words, DescribeMsg};
use crate::i18n::fill;
use crate::state::AppContext;

use super::edit;

fn text_input(app: &AppContext, draft: &Draft, field: TextField, lang: Lang) -> Html {
    let id = format!("listing-{}", field.key());
    let oninput = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            edit(&app, ListingsEdit::Edit(DraftEdit::Text(field, text)));
        })
    };
    let numeric = field.is_numeric();
    let list = field.suggestions().map(|s| match s {
        Suggestions::Units => "listing-units",
        Suggestions::Origins => "listing-origins",
    });
    // "5 ribu", "1,5": the price says how it was read.
    let read = (field == TextField::Price)
        .then(|| read_price(draft).ok().and_then(|money| reading(&draft.price, money.currency, lang)))
        .flatten()
        .map(|amount| fill(DescribeMsg::ReadAs.text(lang), &[("amount", &amount)]));
    let read_id = format!("{id}-read");
    html! {
        <div class="field">
            <label for={id.clone()}>{ words::text_field(field, lang) }</label>
            <input type="text" {id} value={draft.get(field).to_string()} maxlength="2000" autocomplete="off"
                inputmode={numeric.then_some("decimal")} {list} {oninput}
                aria-describedby={read.as_ref().map(|_| read_id.clone())} />
            if let Some(read) = read {
                <p class="help read" id={read_id} data-testid="read-price">{ read }</p>
            }
        </div>
    }
}

/// A tick of the draft. `label_lang` marks a label that is a trade term in English whatever her
/// language ("L/C at sight"): it goes into the English listing as it is.
fn check_box(
    app: &AppContext,
    id: String,
    (label, label_lang): (&str, Option<&'static str>),
    checked: bool,
    make: impl Fn(bool) -> DraftEdit + 'static,
) -> Html {
    let app = app.clone();
    let onchange = Callback::from(move |event: Event| {
        let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
        edit(&app, ListingsEdit::Edit(make(on)));
    });
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id} lang={label_lang}>{ label.to_string() }</label>
        </div>
    }
}

fn select_edit(app: &AppContext, make: impl Fn(String) -> Option<DraftEdit> + 'static) -> Callback<String> {
    let app = app.clone();
    Callback::from(move |value: String| {
        if let Some(change) = make(value) {
            edit(&app, ListingsEdit::Edit(change));
        }
    })
}

/// The units' suggestions (`listing-units`, from the glossary) are written by `output`, which
/// has the glossary: the form needs none of it, so it works before that part arrives.
pub fn form(app: &AppContext, draft: &Draft, lang: Lang) -> Html {
    let text = |field| text_input(app, draft, field, lang);
    let quotes = &app.state.data.calculator.saved;
    let from_quote = {
        let app = app.clone();
        Callback::from(move |value: String| {
            let quote = value
                .parse::<u32>()
                .ok()
                .and_then(|id| app.state.data.calculator.saved.iter().find(|q| q.id == id).cloned());
            if let Some(quote) = quote {
                // A quote keeps what it gives a listing when saved; an older one gives its rule and
                // minimum order (its option says to save it again for the price).
                let fill = quote.fill.clone().unwrap_or_else(|| QuoteFill::without_price(&quote));
                edit(&app, ListingsEdit::FromQuote(Box::new(fill)));
            }
        })
    };
    html! {
        <div class="listing-form">
            <section class="card" aria-labelledby="sec-lproduct">
                <h2 id="sec-lproduct">{ DescribeMsg::SecProduct.text(lang) }</h2>
                <div class="field">
                    <label for="listing-marketplace">{ DescribeMsg::Marketplace.text(lang) }</label>
                    <Select id="listing-marketplace" testid="marketplace" value={draft.marketplace.code()} onchange={select_edit(app, |v| Marketplace::from_code(&v).map(DraftEdit::Marketplace))}>
                        { for Marketplace::ALL.iter().map(|m| html! { <option value={m.code()} selected={draft.marketplace == *m}>{ words::marketplace(*m, lang) }</option> }) }
                    </Select>
                </div>
                { for [TextField::Name, TextField::Brand, TextField::Category, TextField::Material, TextField::Size, TextField::Weight, TextField::Colour, TextField::Origin, TextField::Packaging].into_iter().map(text) }
                <datalist id="listing-origins">
                    // A regency and a city can share a name (Malang, Kediri, …): list each place once.
                    { for crate::domain::regions::all().iter().map(|r| r.name.as_str()).collect::<std::collections::BTreeSet<_>>().into_iter()
                        .map(|name| html! { <option value={format!("{name}, East Java")} /> }) }
                </datalist>
            </section>
            <section class="card" aria-labelledby="sec-lprocess">
                <h2 id="sec-lprocess">{ DescribeMsg::SecProcess.text(lang) }</h2>
                { for Process::ALL.iter().map(|p| { let p = *p; check_box(app, format!("process-{}", p.code()), (words::process(p, lang), None), draft.processing.contains(&p), move |on| DraftEdit::Process(p, on)) }) }
                <h3>{ DescribeMsg::SecCertifications.text(lang) }</h3>
                { for Certification::ALL.iter().map(|c| { let c = *c; check_box(app, format!("cert-{}", c.code()), (words::certification(c, lang), None), draft.certifications.contains(&c), move |on| DraftEdit::Certification(c, on)) }) }
                if draft.certifications.contains(&Certification::Other) {
                    { text(TextField::OtherCertification) }
                }
            </section>
            <section class="card" aria-labelledby="sec-lterms">
                <h2 id="sec-lterms">{ DescribeMsg::SecTerms.text(lang) }</h2>
                if !quotes.is_empty() {
                    <div class="field">
                        <label for="listing-from-quote">{ DescribeMsg::FromQuote.text(lang) }</label>
                        <Select id="listing-from-quote" testid="listing-from-quote" value="" onchange={from_quote}>
                            <option value="" selected=true>{ DescribeMsg::ChooseQuote.text(lang) }</option>
                            { for quotes.iter().rev().map(|q| {
                                let line = match &q.product {
                                    Some(product) => format!("{}: {}", product.name, q.line),
                                    None => q.line.clone(),
                                };
                                let line = match q.fill {
                                    Some(_) => line,
                                    None => format!("{line} ({})", DescribeMsg::QuoteWithoutPrice.text(lang)),
                                };
                                html! { <option value={q.id.to_string()}>{ line }</option> }
                            }) }
                        </Select>
                    </div>
                }
                <div class="field-row">{ text(TextField::Moq) }{ text(TextField::MoqUnit) }</div>
                <div class="field">
                    <label for="listing-currency">{ DescribeMsg::Currency.text(lang) }</label>
                    <Select id="listing-currency" value={draft.currency().code()} onchange={select_edit(app, |v| Currency::from_code(&v).map(DraftEdit::Currency))}>
                        { for Currency::ALL.iter().map(|c| html! { <option value={c.code()} selected={draft.currency() == *c}>{ c.code() }</option> }) }
                    </Select>
                </div>
                <div class="field-row">{ text(TextField::Price) }{ text(TextField::PriceUnit) }</div>
                <div class="field">
                    <label for="listing-incoterm">{ DescribeMsg::Incoterm.text(lang) }</label>
                    <Select id="listing-incoterm" value={draft.incoterm.map(Incoterm::code).unwrap_or_default()} onchange={select_edit(app, |v| Some(DraftEdit::Incoterm(Incoterm::from_code(&v))))}>
                        <option value="" selected={draft.incoterm.is_none()}>{ DescribeMsg::NoIncoterm.text(lang) }</option>
                        { for Incoterm::ALL.iter().map(|r| html! { <option value={r.code()} selected={draft.incoterm == Some(*r)}>{ r.code() }</option> }) }
                    </Select>
                </div>
                { text(TextField::Place) }
                { text(TextField::DeliveryDays) }
                <div class="field-row">{ text(TextField::Capacity) }{ text(TextField::CapacityUnit) }</div>
                { text(TextField::TargetMarket) }
                <h3>{ DescribeMsg::SecPayment.text(lang) }</h3>
                { for PaymentTerm::ALL.iter().map(|t| {
                    let t = *t;
                    let (name, meaning) = words::payment(t, lang);
                    html! {
                        <>
                            { check_box(app, format!("pay-{}", t.code()), (name, Some("en")), draft.payment.contains(&t), move |on| DraftEdit::Payment(t, on)) }
                            <p class="help indent">{ meaning }</p>
                        </>
                    }
                }) }
                if draft.payment.contains(&PaymentTerm::TtDepositBalance) {
                    { text(TextField::DepositPercent) }
                }
                <h3>{ DescribeMsg::SecSample.text(lang) }</h3>
                // A group with its question, for a screen reader (the heading above says it on screen).
                <fieldset>
                    <legend class="visually-hidden">{ DescribeMsg::SecSample.text(lang) }</legend>
                    { for SamplePolicy::ALL.iter().map(|s| {
                        let s = *s;
                        let id = format!("sample-{}", s.code());
                        let app = app.clone();
                        html! {
                            <div class="check">
                                <input type="radio" name="sample" id={id.clone()} checked={draft.sample == Some(s)}
                                    onchange={Callback::from(move |_| edit(&app, ListingsEdit::Edit(DraftEdit::Sample(Some(s)))))} />
                                <label for={id}>{ words::sample(s, lang) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </section>
        </div>
    }
}
