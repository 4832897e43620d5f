//! A tool's page, loaded as its own part the first time its route opens (`crate::parts`), and the
//! hook that loads any part.
//!
//! While the part is on its way the page shows the tool's heading and "Loading…" where the page
//! will be, so nothing jumps when it arrives. If it cannot be fetched (offline before the part was
//! ever cached, or a file gone after a deployment) she reads why in her language, with "Try again";
//! coming back online tries again by itself.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::domain::lang::Lang;
use crate::domain::route::Route;
use crate::i18n::{labels, ShellMsg};
use crate::parts::{self, Loaded, Part};
use crate::state::use_app;

/// Where a part stands.
#[derive(Clone, Copy)]
pub enum PartState {
    Loading,
    Failed,
    Ready(Loaded),
}

/// Loads `part` when the component mounts (at once if it is already here). The callback tries a
/// failed load again; so does the browser coming back online.
#[hook]
pub fn use_part(part: Part) -> (PartState, Callback<()>) {
    let state = use_state(|| parts::ready(part).map_or(PartState::Loading, PartState::Ready));
    let attempt = use_state(|| 0u32);
    // A tool's placeholder heading has the focus after navigation (the shell gives it): the page's
    // own heading takes it over once it has replaced the placeholder.
    let refocus = use_mut_ref(|| false);

    {
        let state = state.clone();
        let refocus = refocus.clone();
        use_effect_with(*attempt, move |_| {
            if !matches!(*state, PartState::Ready(_)) {
                state.set(PartState::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match parts::load(part).await {
                        Some(Ok(loaded)) => {
                            let tool = matches!(part, Part::Tool(_));
                            if tool {
                                // A tool's page only with the tools' styles (not in the first visit).
                                crate::pwa::tool_styles().await;
                            }
                            *refocus.borrow_mut() = tool && browser::main_heading_focused();
                            state.set(PartState::Ready(loaded));
                        }
                        Some(Err(_)) => state.set(PartState::Failed),
                        None => {}
                    }
                });
            }
        });
    }

    let ready = matches!(*state, PartState::Ready(_));
    use_effect_with(ready, move |_| {
        if std::mem::take(&mut *refocus.borrow_mut()) {
            browser::focus_main_heading();
        }
    });

    let failed = matches!(*state, PartState::Failed);
    {
        let attempt = attempt.clone();
        use_effect_with(failed, move |failed| {
            let listener = (*failed).then(browser::window).flatten().map(|window| {
                let fired = Rc::new(Cell::new(false));
                EventListener::new(&window, "online", move |_| {
                    if !fired.replace(true) {
                        attempt.set(*attempt + 1);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    (*state, retry)
}

#[derive(Properties, PartialEq)]
pub struct PartPageProps {
    /// A tool's route. The shell keys this component by route, so each route starts afresh.
    pub route: Route,
}

#[function_component(PartPage)]
pub fn part_page(props: &PartPageProps) -> Html {
    let lang = use_app().lang();
    let route = props.route;
    let (state, retry) = use_part(Part::Tool(route));
    let title = labels::route_title(route).text(lang);
    match state {
        PartState::Ready(Loaded::Tool(view)) => view(route),
        // A tool's route never loads these.
        PartState::Ready(_) | PartState::Loading => html! {
            <section class="page part-loading" aria-labelledby="page-title" aria-busy="true" data-testid="part-loading">
                <h1 id="page-title" tabindex="-1">{ title }</h1>
                <p class="muted" role="status">{ ShellMsg::PartLoading.text(lang) }</p>
            </section>
        },
        PartState::Failed => html! {
            <section class="page" aria-labelledby="page-title" data-testid="part-failed">
                <h1 id="page-title" tabindex="-1">{ title }</h1>
                { part_failed(lang, retry) }
            </section>
        },
    }
}

/// A part that could not be fetched, in her language, with "Try again" and "Reload the app": a
/// tool's page, or a part a page loads at a later step in its own place.
pub fn part_failed(lang: Lang, retry: Callback<()>) -> Html {
    html! {
        <div class="notice notice-error" role="alert" data-testid="part-failed-notice">
            <p>{ ShellMsg::PartFailed.text(lang) }</p>
            <p class="actions">
                <button type="button" class="button" data-testid="part-retry" onclick={retry.reform(|_| ())}>
                    { ShellMsg::PartRetry.text(lang) }
                </button>
                <button type="button" class="button secondary" onclick={|_| browser::reload()}>
                    { ShellMsg::PartReload.text(lang) }
                </button>
            </p>
        </div>
    }
}

/// A part a page loads at a later step, in its own place, while it is not here: "Loading…" (the
/// line named `testid`), or, if it cannot be fetched, the notice with "Try again".
pub fn part_pending(state: PartState, retry: Callback<()>, lang: Lang, testid: &'static str) -> Html {
    if matches!(state, PartState::Failed) {
        part_failed(lang, retry)
    } else {
        html! { <p class="muted" role="status" data-testid={testid}>{ ShellMsg::PartLoading.text(lang) }</p> }
    }
}
