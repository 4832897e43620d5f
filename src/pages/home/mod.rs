//! `#/`: where she stands and what to do next, and every tool one tap away.
//!
//! The page is in the main module; what needs the fetched checklist, guide and rules (the progress
//! card's figures, two tools' state lines) and the list of every tool below the card are the
//! `summary` part, loaded as the page opens.

pub mod summary;

use yew::prelude::*;

use crate::components::part_page::{part_failed, use_part, PartState};
use crate::domain::home;
use crate::domain::route::Route;
use crate::i18n::{fill, HomeMsg, ShellMsg};
use crate::parts::{Loaded, Part};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ProgressCardProps {
    /// "Checklist: N % done", or "Loading…" before the summary part is here.
    pub progress: AttrValue,
    /// `None` until it is known; the bar then shows no value.
    pub percent: Option<u32>,
    pub next: AttrValue,
    pub href: AttrValue,
}

/// The "next step" card, the same before and after the summary arrives (nothing moves).
#[function_component(ProgressCard)]
pub fn progress_card(props: &ProgressCardProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let percent = props.percent.unwrap_or(0).to_string();
    html! {
        <div class="card next-step">
            <h2>{ HomeMsg::NextStep.text(lang) }</h2>
            <p id="home-progress-text">{ props.progress.clone() }</p>
            <progress max="100" value={props.percent.map(|p| p.to_string())} aria-labelledby="home-progress-text"
                data-testid="home-progress" data-percent={percent} />
            <p data-testid="next-step">{ props.next.clone() }</p>
            <a class="button" href={props.href.clone()} data-testid="continue">{ HomeMsg::Continue.text(lang) }</a>
            if let Some(named) = home::named_products(&app.state.data) {
                <p class="muted">{ fill(HomeMsg::StateProducts.text(lang), &[("count", &named.to_string())]) }</p>
            }
        </div>
    }
}

/// The place kept for the list of every tool until it is drawn (app.css `.tools-loading`): here
/// while the summary's part is on its way, and in the part's first render (`summary::Tools`).
pub fn tools_loading(lang: crate::domain::lang::Lang) -> Html {
    html! { <p class="muted tools-loading">{ ShellMsg::PartLoading.text(lang) }</p> }
}

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let (part, retry) = use_part(Part::HomeSummary);
    let summary = match part {
        PartState::Ready(Loaded::HomeSummary(summary)) => Some(summary),
        _ => None,
    };
    let progress = match summary {
        Some(summary) => (summary.progress)(),
        // Until the summary is here: the profile while it lacks what the steps build on, else the
        // checklist (the summary then names the step).
        None => {
            let route = home::first_card(data);
            let next = if route == Route::Profile { HomeMsg::NextFillProfile } else { HomeMsg::NextOpenChecklist };
            html! {
                <ProgressCard progress={ShellMsg::PartLoading.text(lang)} percent={None::<u32>}
                    next={next.text(lang)} href={route.href()} />
            }
        }
    };
    html! {
        <section class="page home" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ HomeMsg::Title.text(lang) }</h1>
            <p class="lead">{ HomeMsg::Intro.text(lang) }</p>

            { progress }

            <h2>{ HomeMsg::ToolsTitle.text(lang) }</h2>
            // The list of every tool comes with the summary's part (`summary::Tools`). Until then
            // its place is kept (app.css), so that its arrival moves nothing on screen below it.
            { match part {
                PartState::Ready(Loaded::HomeSummary(summary)) => (summary.tools)(),
                PartState::Failed => part_failed(lang, retry),
                _ => tools_loading(lang),
            } }

            // Last on the page: the offer arrives late (the browser decides when) and must not push
            // anything she is reading.
            if app.state.can_install && !app.embed {
                <div class="card" data-testid="install-offer">
                    <h2>{ HomeMsg::InstallTitle.text(lang) }</h2>
                    <p>{ HomeMsg::InstallBody.text(lang) }</p>
                    <button type="button" class="button" data-testid="install-app" onclick={|_| crate::pwa::prompt_install()}>
                        { HomeMsg::InstallButton.text(lang) }
                    </button>
                </div>
            }
        </section>
    }
}
