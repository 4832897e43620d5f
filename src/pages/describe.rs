//! `#/describe`: the English product listing builder. Her draft is kept as typed; the domain
//! translates it with the glossary, writes the listing, checks it against the chosen marketplace and
//! fills the buyer replies; this page renders all of that and copies it.

use yew::prelude::*;

use crate::components::fields::Select;
use crate::data_files::use_glossary;
use crate::domain::change::Change;
use crate::domain::incoterms::calculator::QuoteFill;
use crate::domain::incoterms::Incoterm;
use crate::domain::lang::Lang;
use crate::domain::listing::draft::{
    Certification, Draft, DraftEdit, Marketplace, PaymentTerm, Process, SamplePolicy, TextField,
};
use crate::domain::listing::generate::{generate, read_price, title};
use crate::domain::listing::glossary::{Glossary, Kind};
use crate::domain::listing::lint::{check, score};
use crate::domain::listing::replies::{replies, ReplyContext};
use crate::domain::listing::store::ListingsEdit;
use crate::domain::money::{reading, Currency};
use crate::i18n::describe::{self as words, DescribeMsg};
use crate::i18n::fill;
use crate::share::{self, Outcome};
use crate::state::{use_app, AppContext};

fn edit(app: &AppContext, edit: ListingsEdit) {
    app.change(Change::Listings(edit));
}

#[function_component(DescribePage)]
pub fn describe_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let glossary = use_glossary();
    let Some(loaded_glossary) = glossary.ready() else {
        return crate::pages::checklist::loading_or_failed(&glossary, DescribeMsg::Title.text(lang), lang);
    };
    let listings = &app.state.data.listings;
    let current = listings.current();
    html! {
        <section class="page describe" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ DescribeMsg::Title.text(lang) }</h1>
            <p class="lead">{ DescribeMsg::Intro.text(lang) }</p>
            { picker(&app, lang) }
            { match current {
                Some(entry) => html! {
                    <>
                        { form(&app, &entry.draft, loaded_glossary, lang) }
                        <Output draft={entry.draft.clone()} />
                    </>
                },
                None => html! { <p class="card" data-testid="describe-start">{ DescribeMsg::Start.text(lang) }</p> },
            } }
        </section>
    }
}

/// Which listing she edits; new ones, from scratch or from a profile product.
fn picker(app: &AppContext, lang: Lang) -> Html {
    let listings = &app.state.data.listings;
    let products = &app.state.data.profile.products;
    let name_of = |index: usize, draft: &Draft| {
        let name = draft.name.trim();
        if name.is_empty() {
            fill(DescribeMsg::Untitled.text(lang), &[("number", &(index + 1).to_string())])
        } else {
            name.to_string()
        }
    };
    let select = {
        let app = app.clone();
        Callback::from(move |value: String| {
            if let Ok(id) = value.parse() {
                edit(&app, ListingsEdit::Select(id));
            }
        })
    };
    let from_product = {
        let app = app.clone();
        Callback::from(move |value: String| {
            let product = value
                .parse::<u32>()
                .ok()
                .and_then(|id| app.state.data.profile.products.iter().find(|p| p.id == id).cloned());
            if let Some(product) = product {
                edit(&app, ListingsEdit::New(Some(product)));
            }
        })
    };
    let new = {
        let app = app.clone();
        Callback::from(move |_| edit(&app, ListingsEdit::New(None)))
    };
    let delete = {
        let app = app.clone();
        let current = listings.current;
        Callback::from(move |_| {
            if let Some(id) = current {
                edit(&app, ListingsEdit::Delete(id));
            }
        })
    };
    html! {
        <section class="card" aria-labelledby="sec-listings">
            <h2 id="sec-listings">{ DescribeMsg::Listings.text(lang) }</h2>
            if !listings.drafts.is_empty() {
                <div class="field">
                    <label for="listing-current">{ DescribeMsg::Current.text(lang) }</label>
                    <Select id="listing-current" value={listings.current.map(|id| id.to_string()).unwrap_or_default()} onchange={select}>
                        { for listings.drafts.iter().enumerate().map(|(i, e)| html! {
                            <option value={e.id.to_string()} selected={listings.current == Some(e.id)}>{ name_of(i, &e.draft) }</option>
                        }) }
                    </Select>
                </div>
            }
            if products.iter().any(|p| !p.name.trim().is_empty()) {
                <div class="field">
                    <label for="listing-from-product">{ DescribeMsg::FromProduct.text(lang) }</label>
                    <Select id="listing-from-product" value="" onchange={from_product}>
                        <option value="" selected=true>{ DescribeMsg::ChooseProduct.text(lang) }</option>
                        { for products.iter().filter(|p| !p.name.trim().is_empty()).map(|p| html! { <option value={p.id.to_string()}>{ p.name.clone() }</option> }) }
                    </Select>
                </div>
            }
            <div class="actions">
                <button type="button" class="button" data-testid="listing-new" onclick={new}>{ DescribeMsg::New.text(lang) }</button>
                if listings.current.is_some() {
                    <button type="button" class="button secondary" data-testid="listing-delete" onclick={delete}>{ DescribeMsg::Delete.text(lang) }</button>
                }
            </div>
        </section>
    }
}

fn text_input(app: &AppContext, draft: &Draft, field: TextField, lang: Lang) -> Html {
    let id = format!("listing-{}", field.key());
    let oninput = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            edit(&app, ListingsEdit::Edit(DraftEdit::Text(field, text)));
        })
    };
    let numeric = matches!(
        field,
        TextField::Moq | TextField::Price | TextField::DepositPercent | TextField::DeliveryDays | TextField::Capacity
    );
    // Units are picked from the glossary's units and packaging where she wants (free text still works).
    let list = match field {
        TextField::MoqUnit | TextField::PriceUnit | TextField::CapacityUnit => Some("listing-units"),
        // East Java's regencies and cities, the workshop's home; any other place can be typed.
        TextField::Origin => Some("listing-origins"),
        _ => None,
    };
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

fn check_box(
    app: &AppContext,
    id: String,
    label: &str,
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
            <label for={id}>{ label.to_string() }</label>
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

fn form(app: &AppContext, draft: &Draft, glossary: &Glossary, lang: Lang) -> Html {
    let text = |field| text_input(app, draft, field, lang);
    let units = glossary.entries_of(Kind::Unit).chain(glossary.entries_of(Kind::Packaging));
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
                        { for Marketplace::ALL.iter().map(|m| html! { <option value={m.code()} selected={draft.marketplace == *m}>{ words::marketplace(*m) }</option> }) }
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
                { for Process::ALL.iter().map(|p| { let p = *p; check_box(app, format!("process-{}", p.code()), words::process(p, lang), draft.processing.contains(&p), move |on| DraftEdit::Process(p, on)) }) }
                <h3>{ DescribeMsg::SecCertifications.text(lang) }</h3>
                { for Certification::ALL.iter().map(|c| { let c = *c; check_box(app, format!("cert-{}", c.code()), words::certification(c, lang), draft.certifications.contains(&c), move |on| DraftEdit::Certification(c, on)) }) }
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
                <datalist id="listing-units">
                    { for units.map(|e| html! { <option value={e.id.clone()}>{ e.en.clone() }</option> }) }
                </datalist>
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
                            { check_box(app, format!("pay-{}", t.code()), name, draft.payment.contains(&t), move |on| DraftEdit::Payment(t, on)) }
                            <p class="help indent">{ meaning }</p>
                        </>
                    }
                }) }
                if draft.payment.contains(&PaymentTerm::TtDepositBalance) {
                    { text(TextField::DepositPercent) }
                }
                <h3>{ DescribeMsg::SecSample.text(lang) }</h3>
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
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OutputProps {
    draft: Draft,
}

#[function_component(Output)]
fn output(props: &OutputProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let status = use_state(|| None::<Outcome>);
    let context = use_state(ReplyContext::default);
    // Loaded by the page before this renders; the hook then answers from the session's copy.
    let glossary = use_glossary();
    let Some(glossary) = glossary.ready() else { return Html::default() };
    let draft = &props.draft;
    let listing = generate(draft, glossary);
    let shown_title = title(draft, &listing).to_string();
    let findings = check(draft, &listing, &shown_title, glossary);
    let score = score(&findings, draft);
    let limit = draft.marketplace.title_limit();
    let copy = |text: String, status: UseStateHandle<Option<Outcome>>, testid: &'static str| {
        let onclick = Callback::from(move |_| {
            let (text, status) = (text.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move { status.set(Some(share::copy(&text).await)) });
        });
        html! { <button type="button" class="button secondary" data-testid={testid} {onclick}>{ DescribeMsg::Copy.text(lang) }</button> }
    };
    let on_title = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            edit(&app, ListingsEdit::Edit(DraftEdit::Title(Some(text))));
        })
    };
    let reset_title = {
        let app = app.clone();
        Callback::from(move |_| edit(&app, ListingsEdit::Edit(DraftEdit::Title(None))))
    };
    let set_context = |apply: fn(&mut ReplyContext, String)| {
        let context = context.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*context).clone();
            apply(&mut next, event.target_unchecked_into::<web_sys::HtmlInputElement>().value());
            context.set(next);
        })
    };
    let mut reply_context = (*context).clone();
    if reply_context.sender.trim().is_empty() {
        reply_context.sender = app.state.data.profile.business_name.clone();
    }
    let status_text = share::outcome_text(*status, lang);
    html! {
        <section class="card listing-output" aria-labelledby="sec-output">
            <h2 id="sec-output">{ DescribeMsg::Output.text(lang) }</h2>
            <p class="score" data-testid="listing-score" data-score={score.to_string()}>{ fill(DescribeMsg::Score.text(lang), &[("score", &score.to_string())]) }</p>
            <meter min="0" max="100" value={score.to_string()} aria-label={fill(DescribeMsg::Score.text(lang), &[("score", &score.to_string())])} />
            <div class="field">
                <label for="listing-title">{ DescribeMsg::ListingTitle.text(lang) }</label>
                <input type="text" id="listing-title" data-testid="listing-title" lang="en" value={shown_title.clone()} maxlength="400" oninput={on_title} aria-describedby="listing-title-length" />
                <p class="help" id="listing-title-length">{ fill(DescribeMsg::TitleLength.text(lang), &[("length", &shown_title.chars().count().to_string()), ("limit", &limit.to_string())]) }</p>
            </div>
            <div class="actions">
                { copy(shown_title.clone(), status.clone(), "copy-title") }
                if draft.title.is_some() {
                    <button type="button" class="button secondary" onclick={reset_title}>{ DescribeMsg::ResetTitle.text(lang) }</button>
                }
            </div>
            <h3>{ DescribeMsg::Findings.text(lang) }</h3>
            if findings.is_empty() {
                <p class="status ok" data-testid="no-findings">{ DescribeMsg::NoFindings.text(lang) }</p>
            } else {
                <ul class="findings">
                    { for findings.iter().map(|f| {
                        let (what, fix) = words::finding(f, lang);
                        html! {
                            <li data-testid="lint-finding" data-rule={f.rule.code()}>
                                <strong>{ what }</strong>{ " " }
                                <span>{ fill(DescribeMsg::Fix.text(lang), &[("fix", fix)]) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h3>{ DescribeMsg::ShortDescription.text(lang) }</h3>
            <p class="listing-text" lang="en" data-testid="listing-short"><bdi>{ listing.short_description.clone() }</bdi></p>
            { copy(listing.short_description.clone(), status.clone(), "copy-short") }
            <h3>{ DescribeMsg::Specs.text(lang) }</h3>
            <table class="specs" lang="en" data-testid="listing-specs">
                <tbody>
                    { for listing.specs.iter().map(|(label, value)| html! { <tr><th scope="row">{ label.english() }</th><td><bdi>{ value.clone() }</bdi></td></tr> }) }
                </tbody>
            </table>
            { copy(listing.specs.iter().map(|(label, value)| format!("{}: {value}", label.english())).collect::<Vec<_>>().join("\n"), status.clone(), "copy-specs") }
            if let Some(line) = &listing.price_line {
                <h3>{ DescribeMsg::PriceLine.text(lang) }</h3>
                <p class="quote-line" lang="en" data-testid="listing-price-line">{ line.clone() }</p>
            }
            <h3>{ DescribeMsg::FullText.text(lang) }</h3>
            <pre class="report" lang="en" data-testid="listing-full">{ listing.full_text.clone() }</pre>
            { copy(listing.full_text.clone(), status.clone(), "copy-full") }
            <p role="status" class="status ok" data-testid="listing-status">{ status_text }</p>

            <h2 id="sec-replies">{ DescribeMsg::Replies.text(lang) }</h2>
            <p class="help">{ DescribeMsg::RepliesIntro.text(lang) }</p>
            <div class="field">
                <label for="reply-sender">{ DescribeMsg::Sender.text(lang) }</label>
                <input type="text" id="reply-sender" value={context.sender.clone()} maxlength="200" oninput={set_context(|c, v| c.sender = v)} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="reply-by">{ DescribeMsg::ReplyBy.text(lang) }</label>
                    <input type="text" id="reply-by" value={context.reply_by.clone()} maxlength="60" oninput={set_context(|c, v| c.reply_by = v)} />
                </div>
                <div class="field">
                    <label for="reply-validity">{ DescribeMsg::Validity.text(lang) }</label>
                    <input type="text" id="reply-validity" inputmode="numeric" value={context.validity_days.clone()} maxlength="4" oninput={set_context(|c, v| c.validity_days = v)} />
                </div>
            </div>
            { for replies(draft, &listing, &reply_context).into_iter().map(|reply| html! {
                <article class="reply" data-testid={format!("reply-{}", reply.kind.code())}>
                    <h3>{ words::reply_title(reply.kind, lang) }</h3>
                    <pre class="report" lang="en">{ reply.english.clone() }</pre>
                    <p class="help">{ fill(DescribeMsg::Meaning.text(lang), &[("text", words::reply_meaning(reply.kind, lang))]) }</p>
                    { copy(reply.english.clone(), status.clone(), "copy-reply") }
                </article>
            }) }
        </section>
    }
}
