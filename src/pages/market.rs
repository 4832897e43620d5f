//! `#/market`: B2B versus B2C, a card per marketplace, step-by-step sign-up guides with ticks,
//! and the English words of their forms.

use yew::prelude::*;

use crate::data_files::use_guide;
use crate::domain::lang::Lang;
use crate::domain::market::{Kind, Market, MarketEdit};
use crate::i18n::{fill, MarketMsg};
use crate::state::{use_app, AppContext};

#[function_component(MarketPage)]
pub fn market_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let guide = use_guide();
    let Some(guide) = guide.ready() else {
        return crate::components::loading::loading_or_failed(&guide, MarketMsg::Title.text(lang), lang);
    };
    let section = |kind: Kind, title: MarketMsg, body: MarketMsg, key: &'static str| {
        html! {
            <section aria-labelledby={format!("sec-{key}")}>
                <h2 id={format!("sec-{key}")}>{ title.text(lang) }</h2>
                <p>{ body.text(lang) }</p>
                { for guide.markets.iter().filter(|m| m.kind == kind).map(|m| market_card(&app, m, lang)) }
            </section>
        }
    };
    html! {
        <section class="page market" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ MarketMsg::Title.text(lang) }</h1>
            <p class="lead">{ MarketMsg::Intro.text(lang) }</p>
            <div class="card jump" data-testid="market-start">
                <p>{ MarketMsg::StartHere.text(lang) }</p>
                <div class="actions">
                    <button type="button" class="button" data-testid="jump-ec21" onclick={Callback::from(|_| crate::browser::reveal("steps-ec21"))}>{ MarketMsg::JumpEc21.text(lang) }</button>
                    <button type="button" class="button secondary" data-testid="jump-glossary" onclick={Callback::from(|_| crate::browser::reveal("sec-glossary"))}>{ MarketMsg::GlossaryTitle.text(lang) }</button>
                </div>
            </div>
            { section(Kind::B2b, MarketMsg::B2bTitle, MarketMsg::B2bBody, "b2b") }
            { section(Kind::B2c, MarketMsg::B2cTitle, MarketMsg::B2cBody, "b2c") }
            <section class="card" aria-labelledby="sec-glossary">
                <h2 id="sec-glossary" tabindex="-1">{ MarketMsg::GlossaryTitle.text(lang) }</h2>
                <p>{ MarketMsg::GlossaryIntro.text(lang) }</p>
                <dl class="glossary" data-testid="glossary">
                    { for guide.glossary.iter().map(|word| html! {
                        <div class="word">
                            <dt lang="en">{ word.en.clone() }</dt>
                            <dd>
                                <span lang="id">{ word.id.clone() }</span>
                                if let Some(note) = &word.note {
                                    <span class="muted">{ " — " }{ note.get(lang) }</span>
                                }
                            </dd>
                        </div>
                    }) }
                </dl>
            </section>
        </section>
    }
}

fn market_card(app: &AppContext, market: &Market, lang: Lang) -> Html {
    let state = &app.state.data.market;
    let account_id = format!("account-{}", market.id);
    let account = {
        let (app, id) = (app.clone(), market.id.clone());
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            app.change(MarketEdit::Account(id.clone(), on));
        })
    };
    let done = state.steps_done(market);
    html! {
        <article class="card market-card" data-testid={format!("market-{}", market.id)} aria-labelledby={format!("m-{}", market.id)}>
            <h3 id={format!("m-{}", market.id)}>{ market.name.clone() }</h3>
            <p class="site"><a href={format!("https://{}", market.site)} target="_blank" rel="noopener noreferrer" data-testid="market-site">{ fill(MarketMsg::OpenSite.text(lang), &[("site", &market.site)]) }</a></p>
            <dl class="facts">
                <dt>{ MarketMsg::Who.text(lang) }</dt><dd>{ market.who.get(lang) }</dd>
                <dt>{ MarketMsg::Cost.text(lang) }</dt><dd>{ market.cost.get(lang) }</dd>
                <dt>{ MarketMsg::Language.text(lang) }</dt><dd>{ market.language.get(lang) }</dd>
                <dt>{ MarketMsg::Ready.text(lang) }</dt><dd>{ market.ready.get(lang) }</dd>
            </dl>
            if !market.steps.is_empty() {
                <details class="steps" id={format!("steps-{}", market.id)} tabindex="-1" data-testid={format!("steps-{}", market.id)}>
                    <summary>
                        { MarketMsg::Steps.text(lang) }{ " · " }
                        { fill(MarketMsg::StepsProgress.text(lang), &[("done", &done.to_string()), ("total", &market.steps.len().to_string())]) }
                    </summary>
                    <ol>
                        { for market.steps.iter().map(|step| {
                            let (app, id) = (app.clone(), step.id.clone());
                            let onchange = Callback::from(move |event: Event| {
                                let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                app.change(MarketEdit::Step(id.clone(), on));
                            });
                            let input_id = format!("step-{}", step.id);
                            html! {
                                <li class="check">
                                    <input type="checkbox" id={input_id.clone()} checked={state.steps.contains(&step.id)} {onchange} />
                                    <label for={input_id}>{ step.text.get(lang) }</label>
                                </li>
                            }
                        }) }
                    </ol>
                </details>
            }
            <div class="check">
                <input type="checkbox" id={account_id.clone()} checked={state.accounts.contains(&market.id)} onchange={account} />
                <label for={account_id}>{ fill(MarketMsg::HaveAccount.text(lang), &[("name", &market.name)]) }</label>
            </div>
            <p class="source muted">{ fill(MarketMsg::Source.text(lang), &[("source", market.source.get(lang)), ("checked", &market.checked)]) }</p>
        </article>
    }
}
