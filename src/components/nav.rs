//! Navigation. Phones get a bottom tab bar within thumb reach (four tools and "Menu"); the menu, and
//! on wide screens a permanent side column, lists every tool with a line about it.

use yew::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{labels, ShellMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct AllToolsProps {
    pub current: Route,
    pub open: bool,
    pub on_close: Callback<()>,
}

#[function_component(AllTools)]
pub fn all_tools(props: &AllToolsProps) -> Html {
    let lang = use_app().lang();
    let on_keydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <nav id="all-tools" class={classes!("all-tools", props.open.then_some("open"))}
            aria-label={ShellMsg::MainNav.text(lang)} onkeydown={on_keydown}>
            <ul>
                { for Route::ALL.iter().map(|route| {
                    let current = *route == props.current;
                    html! {
                        <li>
                            <a href={route.href()} aria-current={current.then_some("page")} data-testid={format!("nav-{}", route_slug(*route))}>
                                <span class="nav-title">{ labels::route_title(*route).text(lang) }</span>
                                <span class="nav-about">{ labels::route_about(*route).text(lang) }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    pub current: Route,
    pub menu_open: bool,
    pub on_menu: Callback<()>,
}

#[function_component(TabBar)]
pub fn tab_bar(props: &TabBarProps) -> Html {
    let lang = use_app().lang();
    let tabs = [
        (Route::Home, ShellMsg::ShortHome, "⌂"),
        (Route::Profile, ShellMsg::ShortProfile, "☺"),
        (Route::Checklist, ShellMsg::ShortChecklist, "✓"),
        (Route::Incoterms, ShellMsg::ShortIncoterms, "Rp"),
    ];
    let on_menu = props.on_menu.clone();
    html! {
        <nav class="tabbar" aria-label={ShellMsg::QuickNav.text(lang)}>
            { for tabs.iter().map(|(route, label, icon)| html! {
                <a href={route.href()} aria-current={(*route == props.current).then_some("page")}>
                    <span class="tab-icon" aria-hidden="true">{ *icon }</span>
                    <span>{ label.text(lang) }</span>
                </a>
            }) }
            <button type="button" aria-expanded={props.menu_open.to_string()} aria-controls="all-tools"
                data-testid="menu-button" onclick={move |_| on_menu.emit(())}>
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
