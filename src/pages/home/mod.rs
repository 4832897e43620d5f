//! `#/`: where she stands and what to do next, and every tool one tap away.
//!
//! The page is in the main module; what needs the fetched checklist, guide and rules (the progress
//! card's figures, two tools' state lines) is the `summary` part, loaded as the page opens.

pub mod summary;

use yew::prelude::*;

use crate::components::part_page::{use_part, PartState};
use crate::domain::home::{self, ToolState};
use crate::domain::route::Route;
use crate::i18n::{fill, labels, HomeMsg, ShellMsg};
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

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let bytes_used = crate::state::use_bytes_used();
    // The list of tools comes a task after the shell's first paint (app.rs says why).
    let list_drawn = crate::state::use_first_paint_done();
    let summary = match use_part(Part::HomeSummary).0 {
        PartState::Ready(Loaded::HomeSummary(summary)) => Some(summary),
        _ => None,
    };
    let state_line = |route: Route| -> Html {
        let state = home::tool_state(data, route, app.state.health.mode, bytes_used);
        let text = match state {
            ToolState::Profile { filled, total } => fill(
                HomeMsg::ProfileProgress.text(lang),
                &[("filled", &filled.to_string()), ("total", &total.to_string())],
            ),
            ToolState::StoredLocally { kb } => fill(HomeMsg::StateStorageLocal.text(lang), &[("kb", &kb.to_string())]),
            ToolState::InMemoryOnly => HomeMsg::StateStorageMemory.text(lang).to_string(),
            ToolState::LastQuote(line) => {
                return crate::components::text::fill_user(HomeMsg::StateLastQuote.text(lang), "line", &line)
            }
            ToolState::NoQuote => HomeMsg::StateNoQuote.text(lang).to_string(),
            ToolState::FromSummary => {
                return summary
                    .map_or_else(|| html! { { ShellMsg::PartLoading.text(lang) } }, |s| (s.tool_state)(route));
            }
            ToolState::Classified { checked: 0, .. } => HomeMsg::StateNoneClassified.text(lang).to_string(),
            ToolState::Classified { checked, total } => fill(
                HomeMsg::StateClassified.text(lang),
                &[("checked", &checked.to_string()), ("total", &total.to_string())],
            ),
            ToolState::Listings(0) => HomeMsg::StateNoListing.text(lang).to_string(),
            ToolState::Listings(count) => fill(HomeMsg::StateListings.text(lang), &[("count", &count.to_string())]),
            ToolState::Sessions(0) => HomeMsg::StateNoSession.text(lang).to_string(),
            ToolState::Sessions(count) => fill(HomeMsg::StateSessions.text(lang), &[("count", &count.to_string())]),
            ToolState::Documents(count) => crate::i18n::documents::home_state(count, lang),
            ToolState::Catalogue(0) => HomeMsg::StateCatalogueEmpty.text(lang).to_string(),
            ToolState::Catalogue(1) => HomeMsg::StateCatalogueOne.text(lang).to_string(),
            ToolState::Catalogue(count) => fill(HomeMsg::StateCatalogue.text(lang), &[("count", &count.to_string())]),
            ToolState::Nothing => String::new(),
        };
        html! { { text } }
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
            <ul class="tools">
                if list_drawn {
                    { for Route::ALL.iter().filter(|r| **r != Route::Home).map(|route| html! {
                        <li>
                            <a class="tool" href={route.href()}>
                                <span class="tool-title">{ labels::route_title(*route).text(lang) }</span>
                                <span class="tool-about">{ labels::route_about(*route).text(lang) }</span>
                                <span class="tool-state">{ state_line(*route) }</span>
                            </a>
                        </li>
                    }) }
                    // The report and evaluation sit at the end of the long checklist page: a place of
                    // their own here, straight to them.
                    <li>
                        <a class="tool" href="#/checklist?to=report" data-testid="tool-report">
                            <span class="tool-title">{ HomeMsg::ReportTitle.text(lang) }</span>
                            <span class="tool-about">{ HomeMsg::ReportAbout.text(lang) }</span>
                        </a>
                    </li>
                }
            </ul>

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
