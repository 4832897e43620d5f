//! The shell: reads the environment once, holds the one reducer, routes, persists, and frames
//! every page with the header, the navigation and the notices.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::nav::{AllTools, TabBar};
use crate::components::notices::Notices;
use crate::components::part_page::PartPage;
use crate::components::topbar::TopBar;
use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::domain::query::Query;
use crate::domain::route::{Location, Route};
use crate::domain::storage_status::StorageHealth;
use crate::i18n::{labels, ShellMsg};
use crate::pages;
use crate::state::{Action, AppContext, AppState, BytesUsed, ShellFacts};
use crate::storage::{Store, Synced};

/// Everything the shell starts from. The browser entry point reads it from the real environment;
/// tests make one by hand.
pub struct Boot {
    /// Her document, shared with the app's state (`AppState::data`).
    pub data: Rc<AppData>,
    pub health: StorageHealth,
    /// What her data takes in localStorage at start-up (`Store::bytes_used`).
    pub bytes_used: usize,
    pub store: Rc<Store>,
    pub location: Location,
    pub embed: bool,
}

impl Boot {
    /// Reads storage and the URL. A stored document is read by the codec part, fetched first
    /// (precached after the first visit; with nothing stored, nothing is fetched). If the codec
    /// cannot be fetched, her document stays untouched, saving is held back, and the app says so.
    /// `?lang=` before or after the hash overrides the stored language, and the override is then
    /// saved like any other choice.
    pub async fn from_browser() -> Boot {
        let (store, opened) = Store::open();
        let codec = match opened.raw {
            Some(_) => crate::persistence::codec().await,
            None => None,
        };
        let (mut data, health) = opened.read(&store, codec);
        let location = Location::parse_hash(&browser::hash());
        let outer = Query::parse(&browser::search());
        if let Some(lang) = requested_lang(&outer, &location.query) {
            data.settings.lang = lang;
        }
        // A workshop session's link (`?ws=ID`): remembered, and her reports carry it.
        if let Some(session) = outer.get("ws").or_else(|| location.query.get("ws")) {
            data.workshop.join(session, &crate::domain::workshop::make_id(browser::random_bits()));
        }
        let embed = outer.flag("embed") || location.query.flag("embed");
        let bytes_used = store.bytes_used();
        Boot { data: Rc::new(data), health, bytes_used, store: Rc::new(store), location, embed }
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
        use_reducer(move || AppState::new(boot.data.clone(), boot.health.clone()))
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
                        dispatch.dispatch(Action::SetLang(lang));
                    }
                    menu_open.set(false);
                    location.set(next);
                })
            });
            move || drop(listener)
        });
    }

    // Persistence: one effect, after every change of the data. The reducer ignores an unchanged
    // outcome (nothing re-renders); the bytes used go to their own context: one render per keystroke.
    // The store writes only what differs from what is stored (a first visit stores nothing until
    // she changes something: nothing is lost, and the codec part is fetched only when there is
    // something to write), and never over another tab's save it has not seen.
    let bytes_used = {
        let bytes_used = boot.bytes_used;
        use_state_eq(move || BytesUsed(bytes_used))
    };
    let report = {
        let store = boot.store.clone();
        let dispatch = state.dispatcher();
        let bytes_used = bytes_used.clone();
        move |synced: Synced| {
            if let Some(data) = synced.show {
                dispatch.dispatch(Action::Adopt(Box::new(data)));
            }
            dispatch.dispatch(Action::Saved(synced.save));
            if synced.copies_changed {
                dispatch.dispatch(Action::RecoveredChanged(store.recovered()));
            }
            bytes_used.set(BytesUsed(store.bytes_used()));
        }
    };
    {
        let store = boot.store.clone();
        let report = report.clone();
        // Once for each new state (by its number: a copy and a comparison of her whole document
        // on every render cost more than the save).
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            let data = &state.data;
            let real = crate::domain::storage_status::has_real_data(data);
            crate::persistence::save(&store, data, state.lang(), move |synced| {
                if real && synced.save == crate::domain::storage_status::SaveState::Saved {
                    // Her data are worth keeping now: ask the browser not to evict them (once).
                    crate::durable::ask_once();
                }
                report(synced);
            });
        });
    }

    // Other tabs: the browser's `storage` event says another tab wrote. Her document: settle with
    // the other tab's save (take it in, merge, or keep it aside as a copy; `domain::sync`). A copy
    // kept or discarded elsewhere: the notices follow. Looked at once more when the tab comes back
    // into view, and once now (a save between reading storage at start-up and this listener).
    {
        let store = boot.store.clone();
        let dispatch = state.dispatcher();
        let bytes_used = bytes_used.clone();
        let report = report.clone();
        use_effect_with((), move |_| {
            let check = {
                let store = store.clone();
                let report = report.clone();
                move || crate::persistence::check(&store, report.clone())
            };
            check();
            let listeners = browser::window().map(|window| {
                let on_storage = {
                    let check = check.clone();
                    EventListener::new(&window, "storage", move |event| {
                        let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(|event| event.key());
                        match key.as_deref() {
                            None | Some(crate::storage::DATA_KEY) => check(),
                            Some(key) if crate::storage::is_copy_key(key) => {
                                store.count_other_bytes();
                                dispatch.dispatch(Action::RecoveredChanged(store.recovered()));
                                bytes_used.set(BytesUsed(store.bytes_used()));
                            }
                            Some(_) => {}
                        }
                    })
                };
                let on_visible = browser::document().map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if !browser::hidden() {
                            check();
                        }
                    })
                });
                (on_storage, on_visible)
            });
            move || drop(listeners)
        });
    }

    // `<html lang>` and the title follow the language and the page, set while rendering rather
    // than in an effect: Yew runs effects in a later task once a render takes over 16 ms (always
    // on a slow phone), so the page would be painted in English while still marked Indonesian, and
    // a screen reader would read it with the wrong voice. Here they change in the task that
    // changes the text, before the same paint.
    let lang = state.lang();
    let route = location.route;
    {
        let shown = use_mut_ref(|| None);
        // Off wasm (the render tests) there is no document to mark.
        if cfg!(target_arch = "wasm32") && shown.replace(Some((lang, route))) != Some((lang, route)) {
            let title = format!("{} · {}", labels::route_title(route).text(lang), ShellMsg::AppName.text(lang));
            browser::set_language_and_title(lang, &title);
        }
    }

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
                move |offered| {
                    if !offered {
                        // Installed: an app on her home screen is one whose data she expects to keep.
                        crate::durable::ask_once();
                    }
                    dispatch.dispatch(Action::InstallOffered(offered))
                },
            );
            if !embed && crate::durable::installed() {
                crate::durable::ask_once();
            }
        });
    }

    // The context changes only when the state or the address does: every page below re-renders
    // when it changes, so it is not rebuilt on renders of the shell's own (the menu).
    let context = {
        let dispatch = state.dispatcher();
        let store = boot.store.clone();
        let embed = boot.embed;
        let set_location = {
            let location = location.setter();
            Callback::from(move |next| location.set(next))
        };
        let state = state.clone();
        use_memo((state.revision, (*location).clone()), move |(_, location)| AppContext {
            state: Rc::new((*state).clone()),
            dispatch: Callback::from(move |action| dispatch.dispatch(action)),
            store,
            embed,
            location: location.clone(),
            set_location,
        })
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

    // What is drawn in a task after the shell's first paint rather than in it: the side column's
    // list of every tool (46 elements, only on a wide screen: on a phone it is not shown, and the
    // menu draws its list when she opens it) and the footer (drawn with it, so that the list
    // arriving never pushes it down: a layout shift). The home page's own list of tools comes
    // with its summary's part (pages/home). Yew runs this effect in a task after the
    // first render's once that render takes over 16 ms (always on a slow phone). With the
    // instantiation, the boot and the first render in tasks of their own (src/lib.rs), no task of
    // a cold visit's first screen is much over 50 ms at 4x CPU (docs/code-splitting.md, "No long
    // task on the first screen"). Off wasm (the render tests) everything is drawn at once.
    let drawn = use_state(|| !cfg!(target_arch = "wasm32"));
    let wide = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let drawn = drawn.clone();
        let wide = wide.clone();
        use_effect_with((), move |_| {
            drawn.set(true);
            // A browser without `matchMedia` gets the side column (CSS still hides it on a phone).
            let query = browser::wide_screen();
            wide.set(query.as_ref().is_none_or(|query| query.matches()));
            let listener =
                query.map(|query| EventListener::new(&query.clone(), "change", move |_| wide.set(query.matches())));
            move || drop(listener)
        });
    }
    let drawn = *drawn;
    let side_drawn = drawn && *wide;

    let page = match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
        // Every tool is a part of its own, fetched the first time its route opens (crate::parts).
        tool => html! { <PartPage key={tool.path()} route={tool} /> },
    };

    html! {
        <ContextProvider<AppContext> context={(*context).clone()}>
        <ContextProvider<ShellFacts> context={ShellFacts { bytes_used: bytes_used.0 }}>
            <div class={classes!("app", boot.embed.then_some("embed"))} data-route={route.path()}>
                <TopBar />
                <div class="layout">
                    <AllTools current={route} drawn={side_drawn} />
                    <main id="main" tabindex="-1">
                        <Notices />
                        { page }
                    </main>
                </div>
                if drawn && !boot.embed {
                    <footer class="footer"><p>{ ShellMsg::FooterPrivacy.text(lang) }</p></footer>
                }
                <TabBar current={route} menu_open={*menu_open} on_menu={toggle_menu} on_escape={escape_menu.clone()} menu_button={menu_button} />
                <AllTools current={route} drawn={false} menu={Some(*menu_open)} on_navigate={close_menu} on_escape={escape_menu} />
            </div>
        </ContextProvider<ShellFacts>>
        </ContextProvider<AppContext>>
    }
}
