//! The home page's pieces that need the fetched checklist, guide and rules, and its list of every
//! tool: a part of its own (`crate::parts`), so their parsers, the list's 56 elements and its state
//! lines are not in the first visit's main module nor in its first screen's work. It arrives with
//! the data it needs; until then the home page shows the same card with "Loading…" and keeps the
//! list's place (docs/code-splitting.md, "The home page's list of tools in its part").

use yew::prelude::*;

use crate::data_files::{use_checklist, use_guide, use_needs};
use crate::domain::checklist::{self, NextStep};
use crate::domain::home::{self, ToolState as Line};
use crate::domain::route::Route;
use crate::i18n::{fill, labels, HomeMsg, MarketMsg};
use crate::state::use_app;

/// The "next step" card: overall progress, the next step, and "continue".
#[function_component(Progress)]
pub fn progress() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let catalogue = use_checklist();
    let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
    let needs = use_needs(&data.profile.products);
    let shown = checklist::shown_for(items, data, &needs);
    let overall = checklist::progress(&shown);
    let (next_text, next_route) = match checklist::next_step(&data.profile, &shown) {
        NextStep::FillProfile => (HomeMsg::NextFillProfile.text(lang).to_string(), Route::Profile),
        NextStep::Item(item) => (item.title.get(lang).to_string(), item.link().unwrap_or(Route::Checklist)),
        // Before the checklist has loaded, "all done" only means "nothing known yet".
        NextStep::AllDone if catalogue.ready().is_none() => {
            (HomeMsg::NextOpenChecklist.text(lang).to_string(), Route::Checklist)
        }
        NextStep::AllDone => (HomeMsg::NextProfileDone.text(lang).to_string(), Route::Data),
    };
    let percent = overall.percent().to_string();
    html! {
        <super::ProgressCard
            progress={fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &percent)])}
            percent={Some(overall.percent())}
            next={next_text}
            href={next_route.href()} />
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolStateProps {
    pub route: Route,
}

/// The state line of the checklist (its progress) and of the marketplace guide (her accounts).
#[function_component(ToolState)]
pub fn tool_state(props: &ToolStateProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let catalogue = use_checklist();
    let guide = use_guide();
    let needs = use_needs(&data.profile.products);
    let text = match props.route {
        Route::Checklist => {
            let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
            let shown = checklist::shown_for(items, data, &needs);
            let percent = checklist::progress(&shown).percent().to_string();
            fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &percent)])
        }
        Route::Market => {
            let accounts = guide.ready().map(|g| data.market.account_names(g)).unwrap_or_default();
            if accounts.is_empty() {
                MarketMsg::HomeNoAccount.text(lang).to_string()
            } else {
                fill(MarketMsg::HomeAccounts.text(lang), &[("names", &accounts.join(", "))])
            }
        }
        _ => String::new(),
    };
    html! { <>{ text }</> }
}

/// The list of every tool, each with the line that says where she stands in it, and the report.
/// Below the next-step card: on a phone it is below the first screen.
#[function_component(Tools)]
pub fn tools() -> Html {
    let app = use_app();
    let lang = app.lang();
    let bytes_used = crate::state::use_bytes_used();
    // Drawn in the render after the part's first one: Yew runs this effect in a task of its own
    // once a render takes over 16 ms (a slow phone), so the part's arrival is two tasks (the
    // progress card, then the list: 56 elements) rather than one long one, which held back a tap
    // and counted in Lighthouse's blocking time. Meanwhile the place the home page kept for it.
    // Off wasm (the render tests) at once. Every hook above the early return: Yew's hooks are
    // called in the same order in every render.
    let drawn = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let drawn = drawn.clone();
        use_effect_with((), move |_| drawn.set(true));
    }
    if !*drawn {
        return super::tools_loading(lang);
    }
    let data = &app.state.data;
    let state_line = |route: Route| -> Html {
        let text = match home::tool_state(data, route, app.state.health.mode, bytes_used) {
            Line::Profile { filled, total } => fill(
                HomeMsg::ProfileProgress.text(lang),
                &[("filled", &filled.to_string()), ("total", &total.to_string())],
            ),
            Line::StoredLocally { kb } => fill(HomeMsg::StateStorageLocal.text(lang), &[("kb", &kb.to_string())]),
            Line::InMemoryOnly => HomeMsg::StateStorageMemory.text(lang).to_string(),
            Line::LastQuote(line) => {
                return crate::components::text::fill_user(HomeMsg::StateLastQuote.text(lang), "line", &line)
            }
            Line::NoQuote => HomeMsg::StateNoQuote.text(lang).to_string(),
            Line::FromSummary => return html! { <ToolState {route} /> },
            Line::Classified { checked: 0, .. } => HomeMsg::StateNoneClassified.text(lang).to_string(),
            Line::Classified { checked, total } => fill(
                HomeMsg::StateClassified.text(lang),
                &[("checked", &checked.to_string()), ("total", &total.to_string())],
            ),
            Line::Listings(0) => HomeMsg::StateNoListing.text(lang).to_string(),
            Line::Listings(count) => fill(HomeMsg::StateListings.text(lang), &[("count", &count.to_string())]),
            Line::Sessions(0) => HomeMsg::StateNoSession.text(lang).to_string(),
            Line::Sessions(count) => fill(HomeMsg::StateSessions.text(lang), &[("count", &count.to_string())]),
            Line::Documents(count) => crate::i18n::documents::home_state(count, lang),
            Line::Catalogue(0) => HomeMsg::StateCatalogueEmpty.text(lang).to_string(),
            Line::Catalogue(1) => HomeMsg::StateCatalogueOne.text(lang).to_string(),
            Line::Catalogue(count) => fill(HomeMsg::StateCatalogue.text(lang), &[("count", &count.to_string())]),
            Line::Nothing => String::new(),
        };
        html! { { text } }
    };
    html! {
        <ul class="tools">
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
        </ul>
    }
}
