//! A tool's page while the data file it needs loads, or when it cannot be had: the page's heading,
//! and "loading", "could not load (offline)" or "damaged" in her language.

use yew::prelude::*;

use crate::data_files::{Failure, Loaded};
use crate::domain::lang::Lang;
use crate::i18n::ShellMsg;

/// The page while its data file loads, or when it cannot be had (offline before the first visit).
pub fn loading_or_failed<T>(loaded: &Loaded<T>, title: &str, lang: Lang) -> Html {
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            { data_status(loaded, lang) }
        </section>
    }
}

/// "Loading", "could not load (offline)" or "damaged", for a part of a page that waits for a data
/// file while the rest of the page works.
pub fn data_status<T>(loaded: &Loaded<T>, lang: Lang) -> Html {
    let (testid, message, warn) = match loaded.failure() {
        Some(Failure::Unreachable) => ("data-failed", ShellMsg::DataFailed, true),
        Some(Failure::Damaged) => ("data-damaged", ShellMsg::DataDamaged, true),
        None => ("data-loading", ShellMsg::Loading, false),
    };
    html! {
        <p role="status" class={classes!(warn.then_some("notice notice-warning"))} data-testid={testid}>
            { message.text(lang) }
        </p>
    }
}
