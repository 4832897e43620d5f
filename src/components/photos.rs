//! Her photos, as a card: a product's (the listing builder: up to `MAX_PER_LISTING`, ordered,
//! captioned) or her business's logo (the catalogue: one, replaced by choosing again). Add from the
//! camera or gallery, remove after she confirms. The photos live in IndexedDB (`crate::photos`),
//! not in her document, so the card reads them itself and reads again after each change. One
//! component for both: every Yew component costs the phone kilobytes of download.

use yew::prelude::*;

use crate::domain::photos::{caption, logo_alt, Added, Shown, LOGO, MAX_PER_LISTING};
use crate::i18n::fill;
use crate::i18n::photos::{added_text, PhotoMsg};
use crate::state::use_app;

/// Whose photos the card shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Owner {
    /// A listing's, captioned from its English `title`.
    Product { listing: u32, title: String },
    /// Her business's logo; `name` is the catalogue's, for the `alt` text.
    Logo { name: String },
}

impl Owner {
    fn key(&self) -> u32 {
        match self {
            Owner::Product { listing, .. } => *listing,
            Owner::Logo { .. } => LOGO,
        }
    }

    /// The prefix of the card's ids and test ids: `photo-add`, `logo-add`, …
    fn prefix(&self) -> &'static str {
        match self {
            Owner::Product { .. } => "photo",
            Owner::Logo { .. } => "logo",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PhotosProps {
    pub owner: Owner,
    /// Told after each change (the catalogue then reads its photos again).
    #[prop_or_default]
    pub changed: Callback<()>,
}

/// The line under the photos.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Adding,
    Done(Added),
    Removed,
}

#[function_component(Photos)]
pub fn photos(props: &PhotosProps) -> Html {
    let lang = use_app().lang();
    let owner = &props.owner;
    let (key, prefix, logo) = (owner.key(), owner.prefix(), matches!(owner, Owner::Logo { .. }));
    // The photos of which owner, as last read; `None` until read, or where the store is closed.
    let shown = use_state(|| None::<(u32, Option<Vec<Shown>>)>);
    let revision = use_state(|| 0u32);
    let status = use_state(|| Status::Idle);
    let asking = use_state(|| None::<String>);
    {
        let shown = shown.clone();
        use_effect_with((key, *revision), move |&(key, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                let list = crate::photos::list(key).await;
                shown.set(Some((key, list)));
            });
        });
    }
    let reread = {
        let (revision, changed) = (revision.clone(), props.changed.clone());
        move || {
            revision.set(revision.wrapping_add(1));
            changed.emit(());
        }
    };
    let list = match &*shown {
        Some((of, list)) if *of == key => list.as_deref().unwrap_or_default(),
        _ => &[],
    };
    let count = list.len();

    let on_add = {
        let (status, reread) = (status.clone(), reread.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            let files: Vec<web_sys::File> = input
                .files()
                .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
                .unwrap_or_default();
            // Cleared so that picking the same photo again is seen as a new choice.
            input.set_value("");
            if files.is_empty() {
                return;
            }
            status.set(Status::Adding);
            let (status, reread) = (status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut outcome = Added::Ok;
                for file in &files {
                    outcome =
                        if logo { crate::photos::set_logo(file).await } else { crate::photos::add(file, key).await };
                    if outcome != Added::Ok {
                        break;
                    }
                }
                status.set(Status::Done(outcome));
                reread();
            });
        })
    };
    let step = |id: &str, step: i32| {
        let (id, status, reread) = (id.to_string(), status.clone(), reread.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, status, reread) = (id.clone(), status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let moved = crate::photos::move_photo(key, &id, step).await;
                if moved != Added::Ok {
                    status.set(Status::Done(moved));
                }
                reread();
            });
        })
    };
    let ask = |id: &str| {
        let (id, asking) = (id.to_string(), asking.clone());
        Callback::from(move |_: MouseEvent| asking.set(Some(id.clone())))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(None))
    };
    let remove = |id: &str| {
        let (id, asking, status, reread) = (id.to_string(), asking.clone(), status.clone(), reread.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, asking, status, reread) = (id.clone(), asking.clone(), status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let removed = crate::photos::remove(key, &id).await;
                asking.set(None);
                status.set(if removed == Added::Ok { Status::Removed } else { Status::Done(removed) });
                reread();
            });
        })
    };

    let text = |product: PhotoMsg, logo_message: PhotoMsg| if logo { logo_message } else { product }.text(lang);
    let (status_text, error) = match *status {
        Status::Idle => (String::new(), false),
        Status::Adding => (PhotoMsg::Adding.text(lang).to_string(), false),
        Status::Done(Added::Ok) => (text(PhotoMsg::Added, PhotoMsg::LogoSaved).to_string(), false),
        Status::Done(added) => (added_text(added, lang), true),
        Status::Removed => (text(PhotoMsg::Removed, PhotoMsg::LogoRemoved).to_string(), false),
    };
    let most = if logo { 1 } else { MAX_PER_LISTING };
    let add_label = if logo && count > 0 {
        PhotoMsg::LogoChange
    } else if logo {
        PhotoMsg::LogoChoose
    } else {
        PhotoMsg::Add
    };
    let (section, help, input) = (format!("sec-{prefix}"), format!("{prefix}-help"), format!("{prefix}-add"));
    let alt = |index: usize| match owner {
        Owner::Product { title, .. } => caption(title, index, count),
        Owner::Logo { name } => logo_alt(name),
    };
    html! {
        <section class={classes!("card", "photos", logo.then_some("no-print"), logo.then_some("logo-card"))} aria-labelledby={section.clone()}>
            <h2 id={section}>{ text(PhotoMsg::Title, PhotoMsg::LogoTitle) }</h2>
            <p class="help" id={help.clone()}>{ text(PhotoMsg::Help, PhotoMsg::LogoHelp) }</p>
            if count > 0 {
                <ol class="photo-list">
                    { for list.iter().enumerate().map(|(index, photo)| {
                        let alt = alt(index);
                        let name = fill(PhotoMsg::PhotoOf.text(lang), &[("number", &(index + 1).to_string())]);
                        let label = |message: PhotoMsg| format!("{}: {name}", message.text(lang));
                        html! {
                            <li data-testid={format!("{prefix}-item")} data-bytes={photo.bytes.to_string()} data-width={photo.width.to_string()} data-height={photo.height.to_string()}>
                                <figure>
                                    <img src={photo.url.clone()} alt={alt.clone()} lang="en" />
                                    if !logo {
                                        <figcaption>{ fill(PhotoMsg::Caption.text(lang), &[("caption", &alt)]) }</figcaption>
                                    }
                                </figure>
                                if asking.as_deref() == Some(photo.id.as_str()) {
                                    <div class="confirm" role="alertdialog" aria-label={name.clone()}>
                                        <p>{ text(PhotoMsg::RemoveAsk, PhotoMsg::LogoRemoveAsk) }</p>
                                        <div class="actions">
                                            <button type="button" class="button danger" data-testid={format!("{prefix}-remove-confirm")} onclick={remove(&photo.id)}>{ PhotoMsg::RemoveYes.text(lang) }</button>
                                            <button type="button" class="button secondary" onclick={keep.clone()}>{ PhotoMsg::Keep.text(lang) }</button>
                                        </div>
                                    </div>
                                } else {
                                    <div class="actions">
                                        if index > 0 {
                                            <button type="button" class="button secondary" data-testid="photo-earlier" aria-label={label(PhotoMsg::Earlier)} onclick={step(&photo.id, -1)}>{ "↑" }</button>
                                        }
                                        if index + 1 < count {
                                            <button type="button" class="button secondary" data-testid="photo-later" aria-label={label(PhotoMsg::Later)} onclick={step(&photo.id, 1)}>{ "↓" }</button>
                                        }
                                        <button type="button" class="button secondary" data-testid={format!("{prefix}-remove")} aria-label={label(PhotoMsg::Remove)} onclick={ask(&photo.id)}>{ text(PhotoMsg::Remove, PhotoMsg::LogoRemove) }</button>
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
            if !logo {
                <p class="help" data-testid="photo-count">{ fill(PhotoMsg::Count.text(lang), &[("count", &count.to_string()), ("most", &most.to_string())]) }</p>
            }
            if logo || count < most {
                // Not while photos are being added: two adds at once could pass the limit together.
                <input type="file" id={input.clone()} class="visually-hidden-file" accept="image/*" multiple={!logo}
                    disabled={*status == Status::Adding} aria-describedby={help} data-testid={input.clone()} onchange={on_add} />
                <label class="button file-button" for={input}>{ add_label.text(lang) }</label>
            }
            <p role="status" class={classes!("status", error.then_some("error"))} data-testid={format!("{prefix}-status")}>{ status_text }</p>
        </section>
    }
}
