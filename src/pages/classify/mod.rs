//! `#/classify`: "can I export this, and what do I need?" She types her own words or an HS code;
//! the domain (`domain::classify::answer`) ranks the export rules and, when a search needs it,
//! the HS 2022 list (fetched then, never on the first visit); this page renders the answer.
//!
//! The query lives in the address (`#/classify?q=kopi`) so a link or a reload opens the same
//! search; `&product=ID` (from "Check" beside a product) saves results for that product.

mod products;
mod result;

use yew::prelude::*;

use crate::data_files::{use_glossary_when, use_hs_when, use_rules_when, Loaded};
use crate::domain::classify::answer::MAX_QUERY_CHARS;
use crate::domain::classify::{answer, answer_with, Answer, QueryKind, RuleBook};
use crate::domain::lang::Lang;
use crate::domain::query::{encode_component, Query};
use crate::domain::route::{Location, Route};
use crate::i18n::classify::{ClassifyMsg, EXAMPLES};
use crate::i18n::fill;
use crate::state::use_app;

#[function_component(ClassifyPage)]
pub fn classify_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    // A link's search is cut to what the search reads, as typing is (`maxlength`).
    let from_url =
        crate::domain::limits::clamp(app.location.query.get("q").unwrap_or_default().to_string(), MAX_QUERY_CHARS);
    let product: Option<u32> = app.location.query.get("product").and_then(|p| p.parse().ok());
    let query = use_state_eq(|| from_url.clone());
    // Another search opened by a link while the page is open (an example, "Check" beside a
    // product): the shell's location changes, and the box follows. Typing replaces the location
    // too (`AppContext::replace`), so the two never disagree.
    {
        let query = query.clone();
        use_effect_with(from_url.clone(), move |from_url| query.set(from_url.clone()));
    }
    let rules = use_rules_when(true);
    // Asking the rules first says whether the HS list would add anything; only then is it fetched.
    let wants_hs = rules.ready().is_some_and(|book| answer(book, None, &query).wants_hs);
    let hs = use_hs_when(wants_hs);
    let glossary = use_glossary_when(wants_hs);
    let Some(book) = rules.shared() else {
        return crate::components::loading::loading_or_failed(&rules, ClassifyMsg::Title.text(lang), lang);
    };
    let hs_data = hs.shared();
    let found = answer_with(&book, hs_data.as_deref(), glossary.ready(), &query);
    let oninput = {
        let query = query.clone();
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let product = product.map(|id| id.to_string());
            let mut pairs = vec![("q", text.as_str())];
            pairs.extend(product.as_deref().map(|id| ("product", id)));
            query.set(text.clone());
            app.replace(Location { route: Route::Classify, query: Query::of(&pairs) });
        })
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());

    html! {
        <section class="page classify" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ ClassifyMsg::Title.text(lang) }</h1>
            <p class="lead">{ ClassifyMsg::Intro.text(lang) }</p>
            <form class="card search" role="search" {onsubmit}>
                <div class="field">
                    <label for="classify-q">{ ClassifyMsg::Label.text(lang) }</label>
                    <input type="search" id="classify-q" data-testid="classify-query" value={(*query).clone()} {oninput}
                        autocomplete="off" autocapitalize="none" spellcheck="false" enterkeyhint="search"
                        maxlength={MAX_QUERY_CHARS.to_string()} aria-describedby="classify-hint" />
                    <p class="help" id="classify-hint">{ ClassifyMsg::Hint.text(lang) }</p>
                </div>
            </form>
            { summary(&found, &hs, &query, lang) }
            <ol class="results" aria-label={ClassifyMsg::Results.text(lang)}>
                { for found.rules.iter().map(|m| html! {
                    <li><result::RuleCard book={book.clone()} hs={hs_data.clone()} rule_id={m.rule.id.clone()} by={m.by} query={(*query).clone()} {product} /></li>
                }) }
                { for found.candidates.iter().map(|c| html! {
                    <li><result::CandidateCard book={book.clone()} hs={hs_data.clone()} code={c.entry.code.clone()} query={(*query).clone()} {product} /></li>
                }) }
            </ol>
            if let Some(english) = &found.searched_in_english {
                <p class="help" data-testid="searched-in-english">{ fill(ClassifyMsg::SearchedInEnglish.text(lang), &[("english", english)]) }</p>
            }
            if found.more_rules > 0 {
                <p class="help">{ fill(ClassifyMsg::MoreRules.text(lang), &[("count", &found.more_rules.to_string())]) }</p>
            }
            if found.kind == QueryKind::Empty {
                { examples(lang) }
            }
            <products::MyProducts />
            { footer(&book, lang) }
        </section>
    }
}

/// One line on what the search found, read out by screen readers as she types.
fn summary<T>(found: &Answer, hs: &Loaded<T>, query: &str, lang: Lang) -> Html {
    let hs_pending = found.wants_hs && matches!(hs, Loaded::Idle | Loaded::Loading);
    let count = found.rules.len() + found.candidates.len();
    let text = match &found.kind {
        QueryKind::Empty => String::new(),
        QueryKind::NoWords => ClassifyMsg::NoWords.text(lang).to_string(),
        QueryKind::BadCode => ClassifyMsg::BadCode.text(lang).to_string(),
        _ if hs_pending && count == 0 => ClassifyMsg::HsLoading.text(lang).to_string(),
        QueryKind::Code(digits) if count == 0 => fill(ClassifyMsg::NoCode.text(lang), &[("code", digits)]),
        QueryKind::Words if count == 0 => ClassifyMsg::NotFound.text(lang).to_string(),
        _ => String::new(),
    };
    // What she typed, isolated inside the sentence.
    let text = match &found.kind {
        QueryKind::Code(_) | QueryKind::Words if count > 0 => crate::components::text::fill_user(
            &fill(ClassifyMsg::Found.text(lang), &[("count", &count.to_string())]),
            "query",
            query.trim(),
        ),
        _ => html! { { text } },
    };
    let empty = count == 0 && !matches!(found.kind, QueryKind::Empty) && !hs_pending;
    html! {
        <>
            <p role="status" class={classes!("status", empty.then_some("notice notice-info"))}
                data-testid={if empty { "no-result" } else { "classify-status" }}>{ text }</p>
            if found.wants_hs && matches!(hs, Loaded::Loading) && count > 0 {
                <p class="help" data-testid="hs-loading">{ ClassifyMsg::HsLoading.text(lang) }</p>
            }
            if found.wants_hs && matches!(hs, Loaded::Failed(_)) {
                <p class="notice notice-warning" data-testid="hs-failed">{ ClassifyMsg::HsFailed.text(lang) }</p>
            }
        </>
    }
}

fn examples(lang: Lang) -> Html {
    html! {
        <div class="card examples">
            <p class="label" id="examples-label">{ ClassifyMsg::Examples.text(lang) }</p>
            <ul class="chips" aria-labelledby="examples-label">
                { for EXAMPLES.iter().map(|q| html! {
                    <li><a class="chip" href={format!("{}?q={}", Route::Classify.href(), encode_component(q))}>{ *q }</a></li>
                }) }
            </ul>
        </div>
    }
}

fn footer(book: &RuleBook, lang: Lang) -> Html {
    html! {
        <div class="notice notice-info disclaimer">
            <p>{ ClassifyMsg::Disclaimer.text(lang) }</p>
            <p class="muted">{ fill(ClassifyMsg::RulesChecked.text(lang), &[("checked", &book.checked)]) }</p>
        </div>
    }
}
