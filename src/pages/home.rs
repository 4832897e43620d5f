//! `#/`: where she stands and what to do next, and every tool one tap away.

use yew::prelude::*;

use crate::data_files::{use_checklist, use_guide, use_needs};
use crate::domain::checklist::{self, NextStep};
use crate::domain::profile;
use crate::domain::route::Route;
use crate::domain::storage_status::{kilobytes, StorageMode};
use crate::i18n::{fill, labels, HomeMsg, IncotermsMsg, MarketMsg};
use crate::state::use_app;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let completion = profile::completion(&data.profile);
    let catalogue = use_checklist();
    let guide = use_guide();
    let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
    let needs = use_needs(&data.profile.products);
    let shown = checklist::shown(items, &data.profile, &data.checklist, &needs);
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
    let accounts = guide.ready().map(|g| data.market.account_names(g)).unwrap_or_default();
    let named_products = data.profile.products.iter().filter(|p| !p.name.trim().is_empty()).count();
    let state_line = |route: Route| -> String {
        match route {
            Route::Profile => fill(
                HomeMsg::ProfileProgress.text(lang),
                &[("filled", &completion.done.to_string()), ("total", &completion.total.to_string())],
            ),
            Route::Data => match app.state.health.mode {
                StorageMode::Local => fill(
                    HomeMsg::StateStorageLocal.text(lang),
                    &[("kb", &kilobytes(app.state.health.bytes_used).to_string())],
                ),
                StorageMode::Memory => HomeMsg::StateStorageMemory.text(lang).to_string(),
            },
            Route::Incoterms => match data.calculator.saved.last() {
                Some(quote) => fill(IncotermsMsg::HomeLastQuote.text(lang), &[("line", &quote.line)]),
                None => IncotermsMsg::HomeNoQuote.text(lang).to_string(),
            },
            Route::Checklist => {
                fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &overall.percent().to_string())])
            }
            Route::Market if accounts.is_empty() => MarketMsg::HomeNoAccount.text(lang).to_string(),
            Route::Market => fill(MarketMsg::HomeAccounts.text(lang), &[("names", &accounts.join(", "))]),
            Route::Classify => match profile::classified(&data.profile) {
                (0, _) => HomeMsg::StateNoneClassified.text(lang).to_string(),
                (checked, total) => fill(
                    HomeMsg::StateClassified.text(lang),
                    &[("checked", &checked.to_string()), ("total", &total.to_string())],
                ),
            },
            Route::Describe if data.listings.drafts.is_empty() => HomeMsg::StateNoListing.text(lang).to_string(),
            Route::Describe => {
                fill(HomeMsg::StateListings.text(lang), &[("count", &data.listings.drafts.len().to_string())])
            }
            Route::Home | Route::NotFound => String::new(),
        }
    };
    html! {
        <section class="page home" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ HomeMsg::Title.text(lang) }</h1>
            <p class="lead">{ HomeMsg::Intro.text(lang) }</p>

            <div class="card next-step">
                <h2>{ HomeMsg::NextStep.text(lang) }</h2>
                <p id="home-progress-text">{ fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &overall.percent().to_string())]) }</p>
                <progress max="100" value={overall.percent().to_string()} aria-labelledby="home-progress-text"
                    data-testid="home-progress" data-percent={overall.percent().to_string()} />
                <p data-testid="next-step">{ next_text }</p>
                <a class="button" href={next_route.href()} data-testid="continue">{ HomeMsg::Continue.text(lang) }</a>
                if named_products > 0 {
                    <p class="muted">{ fill(HomeMsg::StateProducts.text(lang), &[("count", &named_products.to_string())]) }</p>
                }
            </div>

            <h2>{ HomeMsg::ToolsTitle.text(lang) }</h2>
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
