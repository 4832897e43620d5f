//! The shell: reads the environment once, holds the one reducer, routes, persists, and frames
//! every page with the header, the navigation and the notices.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::components::nav::{AllTools, TabBar};
use crate::components::notices::Notices;
use crate::components::part_page::PartPage;
use crate::components::topbar::TopBar;
use crate::domain::change::Change;
use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::domain::query::Query;
use crate::domain::route::{Location, Route};
use crate::domain::storage_status::StorageHealth;
use crate::i18n::{labels, ShellMsg};
use crate::pages;
use crate::state::{Action, AppContext, AppState};
use crate::storage::Store;

/// Everything the shell starts from. The browser entry point reads it from the real environment;
/// tests make one by hand.
pub struct Boot {
    pub data: AppData,
    pub health: StorageHealth,
    pub store: Rc<Store>,
    pub location: Location,
    pub embed: bool,
}

impl Boot {
    /// Reads storage and the URL. `?lang=` before or after the hash overrides the stored language,
    /// and the override is then saved like any other choice.
    pub fn from_browser() -> Boot {
        let (store, loaded) = Store::open();
        let location = Location::parse_hash(&browser::hash());
        let outer = Query::parse(&browser::search());
        let mut data = loaded.data;
        if let Some(lang) = requested_lang(&outer, &location.query) {
            data.settings.lang = lang;
        }
        let embed = outer.flag("embed") || location.query.flag("embed");
        Boot { data, health: loaded.health, store: Rc::new(store), location, embed }
    }
}

fn requested_lang(outer: &Query, inner: &Query) -> Option<Lang> {
    inner.get("lang").and_then(Lang::from_code).or_else(|| outer.get("lang").and_then(Lang::from_code))
}

#[derive(Properties)]
pub struct ShellProps {
    pub boot: Rc<Boot>,
}

impl PartialEq for ShellProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.boot, &other.boot)
    }
}

#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let boot = props.boot.clone();
    let state = {
        let boot = boot.clone();
        use_reducer(move || AppState {
            data: boot.data.clone(),
            health: boot.health.clone(),
            update_ready: false,
            can_install: false,
        })
    };
    let location = {
        let boot = boot.clone();
        use_state(move || boot.location.clone())
    };
    let menu_open = use_state(|| false);

    // Routing: follow `hashchange`; a `?lang=` in a new hash switches the language too.
    {
        let location = location.clone();
        let dispatch = state.dispatcher();
        let menu_open = menu_open.clone();
        use_effect_with((), move |_| {
            let listener = browser::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let next = Location::parse_hash(&browser::hash());
                    if let Some(lang) = next.query.get("lang").and_then(Lang::from_code) {
                        dispatch.dispatch(Action::Change(Change::SetLang(lang)));
                    }
                    menu_open.set(false);
                    location.set(next);
                })
            });
            move || drop(listener)
        });
    }

    // Persistence: one effect, after every change of the data.
    {
        let store = boot.store.clone();
        let dispatch = state.dispatcher();
        use_effect_with(state.data.clone(), move |data| {
            let saved = store.save(data);
            dispatch.dispatch(Action::Saved { state: saved, bytes_used: store.bytes_used() });
        });
    }

    // `<html lang>` and the title follow the language and the page.
    let lang = state.lang();
    let route = location.route;
    use_effect_with((lang, route), move |(lang, route)| {
        let title = format!("{} · {}", labels::route_title(*route).text(*lang), ShellMsg::AppName.text(*lang));
        browser::set_language_and_title(*lang, &title);
    });

    // After navigation (not on the first paint), focus the new page's heading.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(route, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            browser::focus_main_heading();
        });
    }

    // Once: the service worker with its update prompt; the install offer, or the height report
    // when embedded.
    {
        let dispatch = state.dispatcher();
        let embed = boot.embed;
        use_effect_with((), move |_| {
            let on_update = dispatch.clone();
            crate::pwa::start(
                embed,
                move || on_update.dispatch(Action::UpdateReady),
                move |offered| dispatch.dispatch(Action::InstallOffered(offered)),
            );
        });
    }

    let context = AppContext {
        state: Rc::new((*state).clone()),
        dispatch: {
            let dispatch = state.dispatcher();
            Callback::from(move |action| dispatch.dispatch(action))
        },
        store: boot.store.clone(),
        embed: boot.embed,
        location: (*location).clone(),
    };

    let menu_button = use_node_ref();
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    let close_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(false))
    };
    let escape_menu = {
        let menu_open = menu_open.clone();
        let menu_button = menu_button.clone();
        Callback::from(move |_| {
            if *menu_open {
                menu_open.set(false);
                if let Some(button) = menu_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };

    let page = match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
        // Every tool is a part of its own, fetched the first time its route opens (crate::parts).
        tool => html! { <PartPage key={tool.path()} route={tool} /> },
    };

    html! {
        <ContextProvider<AppContext> context={context}>
            <div class={classes!("app", boot.embed.then_some("embed"))} data-route={route.path()}>
                <TopBar />
                <div class="layout">
                    <AllTools current={route} />
                    <main id="main" tabindex="-1">
                        <Notices />
                        { page }
                    </main>
                </div>
                if !boot.embed {
                    <footer class="footer"><p>{ ShellMsg::FooterPrivacy.text(lang) }</p></footer>
                }
                <TabBar current={route} menu_open={*menu_open} on_menu={toggle_menu} on_escape={escape_menu.clone()} menu_button={menu_button} />
                <AllTools current={route} menu={Some(*menu_open)} on_navigate={close_menu} on_escape={escape_menu} />
            </div>
        </ContextProvider<AppContext>>
    }
}
