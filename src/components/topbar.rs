//! The header: the app's name (a link home) and the language switch, on every page.

use yew::prelude::*;

use crate::domain::route::Route;
use crate::i18n::ShellMsg;
use crate::state::use_app;

#[function_component(TopBar)]
pub fn top_bar() -> Html {
    let app = use_app();
    let lang = app.lang();
    let switch = {
        let app = app.clone();
        Callback::from(move |_| app.set_lang(lang.other()))
    };
    let skip = Callback::from(|event: MouseEvent| {
        // A plain `#main` link would be read as a route: focus the content instead.
        event.prevent_default();
        if let Some(main) = crate::browser::document().and_then(|d| d.get_element_by_id("main")) {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    });
    html! {
        <header class="topbar">
            <a class="skip-link" href="#/" onclick={skip}>{ ShellMsg::SkipToContent.text(lang) }</a>
            <a class="brand" href={Route::Home.href()}>
                <span class="brand-mark"></span>
                <span class="brand-text">
                    <span class="brand-name">{ ShellMsg::AppName.text(lang) }</span>
                    <span class="brand-tagline">{ ShellMsg::Tagline.text(lang) }</span>
                </span>
            </a>
            <button type="button" class="lang-switch" data-testid="lang-switch" onclick={switch}
                aria-label={ShellMsg::SwitchLanguageLabel.text(lang)} lang={lang.other().code()}>
                { ShellMsg::SwitchLanguage.text(lang) }
            </button>
        </header>
    }
}
