//! What the domain writes from her draft, with copy buttons: the title (editable), the findings
//! and score, the description, the specifications, the price line, the full text and the buyer
//! replies.

use yew::prelude::*;

use crate::data_files::use_glossary;
use crate::domain::listing::draft::{Draft, DraftEdit};
use crate::domain::listing::generate::{generate, title};
use crate::domain::listing::glossary::Kind;
use crate::domain::listing::lint::{check, score};
use crate::domain::listing::replies::{replies, ReplyContext};
use crate::domain::listing::store::ListingsEdit;
use crate::i18n::describe::{self as words, DescribeMsg};
use crate::i18n::fill;
use crate::share::{self, Outcome};
use crate::state::use_app;

use super::edit;
use crate::components::photos::{Owner, Photos};

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The listing's id (its photos are kept under it).
    pub listing: u32,
    pub draft: Draft,
}

#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let status = use_state(|| None::<Outcome>);
    let context = use_state(ReplyContext::default);
    let loaded = use_glossary();
    let Some(glossary) = loaded.ready() else {
        return super::output_pending(lang, false, crate::components::loading::data_status(&loaded, lang));
    };
    let units = glossary.entries_of(Kind::Unit).chain(glossary.entries_of(Kind::Packaging));
    let draft = &props.draft;
    let listing = generate(draft, glossary);
    let shown_title = title(draft, &listing).to_string();
    let findings = check(draft, &listing, &shown_title, glossary);
    let score = score(&findings, draft);
    let limit = draft.marketplace.title_limit();
    let copy = |text: String, status: UseStateHandle<Option<Outcome>>, testid: &'static str| {
        let onclick = share::copy_on_click(text, move |outcome| status.set(Some(outcome)));
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
        <>
        // The form's unit fields suggest these (`list="listing-units"`).
        <datalist id="listing-units">
            { for units.map(|e| html! { <option value={e.id.clone()}>{ e.en.clone() }</option> }) }
        </datalist>
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
            { copy(listing.specs_text(), status.clone(), "copy-specs") }
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
        <Photos owner={Owner::Product { listing: props.listing, title: shown_title }} />
        </>
    }
}
