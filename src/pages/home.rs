//! `#/`: where she stands and what to do next, and every tool one tap away.

use yew::prelude::*;

use crate::domain::profile;
use crate::domain::route::Route;
use crate::domain::storage_status::{kilobytes, StorageMode};
use crate::i18n::{fill, labels, HomeMsg, IncotermsMsg};
use crate::state::use_app;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let completion = profile::completion(&data.profile);
    let complete = completion.filled == completion.total;
    let (next_text, next_route) = if complete {
        (HomeMsg::NextProfileDone, Route::Data)
    } else {
        (HomeMsg::NextFillProfile, Route::Profile)
    };
    let named_products = data.profile.products.iter().filter(|p| !p.name.trim().is_empty()).count();
    let state_line = |route: Route| -> String {
        match route {
            Route::Profile => fill(HomeMsg::ProfileProgress.text(lang), &[("filled", &completion.filled.to_string()), ("total", &completion.total.to_string())]),
            Route::Data => match app.state.health.mode {
                StorageMode::Local => fill(HomeMsg::StateStorageLocal.text(lang), &[("kb", &kilobytes(app.state.health.bytes_used).to_string())]),
                StorageMode::Memory => HomeMsg::StateStorageMemory.text(lang).to_string(),
            },
            Route::Incoterms => match data.calculator.saved.last() {
                Some(quote) => fill(IncotermsMsg::HomeLastQuote.text(lang), &[("line", &quote.line)]),
                None => IncotermsMsg::HomeNoQuote.text(lang).to_string(),
            },
            _ => HomeMsg::StateComingSoon.text(lang).to_string(),
        }
    };
    html! {
        <section class="page home" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ HomeMsg::Title.text(lang) }</h1>
            <p class="lead">{ HomeMsg::Intro.text(lang) }</p>

            <div class="card next-step">
                <h2>{ HomeMsg::NextStep.text(lang) }</h2>
                <p id="home-progress-text">{ fill(HomeMsg::ProfileProgress.text(lang), &[("filled", &completion.filled.to_string()), ("total", &completion.total.to_string())]) }</p>
                <progress max={completion.total.to_string()} value={completion.filled.to_string()} aria-labelledby="home-progress-text"
                    data-testid="home-profile-progress" data-percent={completion.percent().to_string()} />
                <p>{ next_text.text(lang) }</p>
                <a class="button" href={next_route.href()} data-testid="continue">{ HomeMsg::Continue.text(lang) }</a>
                if named_products > 0 {
                    <p class="muted">{ fill(HomeMsg::StateProducts.text(lang), &[("count", &named_products.to_string())]) }</p>
                }
            </div>

            if app.state.can_install && !app.embed {
                <div class="card" data-testid="install-offer">
                    <h2>{ HomeMsg::InstallTitle.text(lang) }</h2>
                    <p>{ HomeMsg::InstallBody.text(lang) }</p>
                    <button type="button" class="button" data-testid="install-app" onclick={|_| crate::pwa::prompt_install()}>
                        { HomeMsg::InstallButton.text(lang) }
                    </button>
                </div>
            }

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
        </section>
    }
}
