//! Navigation. Phones get a bottom tab bar within thumb reach (four tools and "Menu"); the menu, and
//! on wide screens a permanent side column, lists every tool with a line about it.

use yew::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{labels, ShellMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct AllToolsProps {
    pub current: Route,
    /// `Some(open)` for the phone menu (`#all-tools`, after the tab bar in the document so that Tab
    /// from the Menu button reaches it next); `None` for the wide-screen side column.
    #[prop_or_default]
    pub menu: Option<bool>,
    /// A link was followed (also the page already shown): the phone menu closes.
    #[prop_or_default]
    pub on_navigate: Callback<()>,
    /// Escape inside the phone menu: it closes and focus returns to the Menu button.
    #[prop_or_default]
    pub on_escape: Callback<()>,
    /// The list is drawn though the menu was never opened: false in the shell's first render
    /// (app.rs says why), and always for the phone menu (drawn when first opened).
    pub drawn: bool,
}

#[function_component(AllTools)]
pub fn all_tools(props: &AllToolsProps) -> Html {
    let lang = use_app().lang();
    let on_keydown = {
        let on_escape = props.on_escape.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_escape.emit(());
            }
        })
    };
    // Drawn after the shell's first paint where it is shown (`drawn`, app.rs), or at once when the
    // menu opens, and kept from then on (its links keep marking the page shown).
    let opened = use_mut_ref(|| false);
    if props.menu == Some(true) {
        *opened.borrow_mut() = true;
    }
    let draw = props.drawn || *opened.borrow();
    let (id, class) = match props.menu {
        Some(open) => ("all-tools", classes!("all-tools", "menu-panel", open.then_some("open"))),
        None => ("side-tools", classes!("all-tools", "side-column")),
    };
    html! {
        <nav {id} {class} aria-label={ShellMsg::MainNav.text(lang)} onkeydown={on_keydown}>
            if draw {
            <ul>
                { for Route::ALL.iter().map(|route| {
                    let current = *route == props.current;
                    let on_navigate = props.on_navigate.clone();
                    html! {
                        <li>
                            <a href={route.href()} aria-current={current.then_some("page")}
                                data-testid={props.menu.is_some().then(|| format!("nav-{}", route_slug(*route)))}
                                onclick={move |_| on_navigate.emit(())}>
                                <span class="nav-title">{ labels::route_title(*route).text(lang) }</span>
                                <span class="nav-about">{ labels::route_about(*route).text(lang) }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    pub current: Route,
    pub menu_open: bool,
    pub on_menu: Callback<()>,
    /// Escape on the Menu button closes the menu too.
    pub on_escape: Callback<()>,
    pub menu_button: NodeRef,
}

#[function_component(TabBar)]
pub fn tab_bar(props: &TabBarProps) -> Html {
    let lang = use_app().lang();
    // Each tab is called what the menu calls its tool: one name per tool everywhere, even if
    // a name takes two lines on a narrow phone ("Periksa" alone read as "check the goods").
    let tabs = [
        (Route::Home, ShellMsg::RouteHome, "⌂"),
        (Route::Profile, ShellMsg::RouteProfile, "☺"),
        (Route::Checklist, ShellMsg::RouteChecklist, "✓"),
        (Route::Incoterms, ShellMsg::RouteIncoterms, "Rp"),
    ];
    let on_menu = props.on_menu.clone();
    let on_escape = props.on_escape.clone();
    let on_keydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            on_escape.emit(());
        }
    });
    html! {
        <nav class="tabbar" aria-label={ShellMsg::QuickNav.text(lang)}>
            { for tabs.iter().map(|(route, label, icon)| html! {
                <a href={route.href()} aria-current={(*route == props.current).then_some("page")}>
                    <span class="tab-icon" aria-hidden="true">{ *icon }</span>
                    <span>{ label.text(lang) }</span>
                </a>
            }) }
            <button type="button" aria-expanded={props.menu_open.to_string()} aria-controls="all-tools"
                data-testid="menu-button" ref={props.menu_button.clone()} onclick={move |_| on_menu.emit(())} onkeydown={on_keydown}>
                <span class="tab-icon" aria-hidden="true">{ "☰" }</span>
                <span>{ ShellMsg::MenuButton.text(lang) }</span>
            </button>
        </nav>
    }
}

/// `profile` for `/profile`, `home` for `/`: stable names for test hooks.
pub fn route_slug(route: Route) -> &'static str {
    match route {
        Route::Home => "home",
        other => other.path().trim_start_matches('/'),
    }
}
