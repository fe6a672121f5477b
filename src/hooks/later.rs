//! What [`use_translated`](super::use_translated) does once there are
//! roles: putting the loaded texts into the catalogue, and loading the
//! citation texts and the visitor's translation. Code of the rest of the
//! widget (`scripts/split.mjs` moves `hooks::later` to the second wasm):
//! nothing here runs before the rest is in, which the roles wait for.
//! The page-wide state of those loads is here too.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::BUILTIN_ESTIMATE_SOURCE;
use crate::core::catalogue::{Catalogue, CiteTexts, Translation};
use crate::core::lang::Lang;
use crate::host;
use crate::shared::Shared;

thread_local! {
    /// Every translation loaded so far.
    pub(super) static LOADED: RefCell<Vec<Translation>> = const { RefCell::new(Vec::new()) };
    /// Languages whose translation could not be loaded (until a retry).
    pub(super) static FAILED: RefCell<Vec<Lang>> = const { RefCell::new(Vec::new()) };
    /// The built-in roles' citation texts, once loaded.
    pub(super) static CITES: RefCell<Option<Rc<CiteTexts>>> = const { RefCell::new(None) };
    /// Whether they are being loaded (one load for every widget on the page).
    pub(super) static CITES_LOADING: Cell<bool> = const { Cell::new(false) };
    /// Whether they could not be loaded (until a retry).
    pub(super) static CITES_FAILED: Cell<bool> = const { Cell::new(false) };
    /// The built-in roles, once loaded.
    pub(super) static BUILTIN: RefCell<Option<Rc<Catalogue>>> = const { RefCell::new(None) };
    /// Whether they (or the rest of the widget) are being loaded (one load
    /// for every widget on the page).
    pub(super) static BUILTIN_LOADING: Cell<bool> = const { Cell::new(false) };
    /// Whether they could not be loaded (until a retry).
    pub(super) static BUILTIN_FAILED: Cell<bool> = const { Cell::new(false) };
    /// The widgets to render again when the built-in roles' load ends.
    pub(super) static WAITING: RefCell<Vec<UseForceUpdateHandle>> = const { RefCell::new(Vec::new()) };
}

/// `catalogue` with the citation texts and every translation loaded so
/// far, whatever order the loads finished in (texts first: translations
/// are keyed by them).
#[inline(never)]
pub(super) fn with_loaded(catalogue: &Rc<Catalogue>) -> Rc<Catalogue> {
    let cites = CITES.with(|c| c.borrow().clone()).filter(|_| catalogue.cite_texts_pending());
    let loaded = LOADED.with(|l| l.borrow().clone());
    if loaded.is_empty() && cites.is_none() {
        return catalogue.clone();
    }
    let cat = match cites {
        Some(texts) => (**catalogue).clone().with_cite_texts(&texts),
        None => (**catalogue).clone(),
    };
    Rc::new(loaded.into_iter().fold(cat, Catalogue::with_translation))
}

/// Shows `catalogue` with what is loaded, and, when the texts are
/// `wanted`, loads what it still lacks: the built-in roles' citation texts
/// and their translation into `lang` (each once per page, not again after
/// a failure until a retry). `current` receives the catalogue as shown;
/// `rerender` is told of a failure.
#[inline(never)]
pub(super) fn load_texts(
    catalogue: Rc<Catalogue>,
    lang: Lang,
    wanted: bool,
    current: UseStateHandle<Option<Shared<Catalogue>>>,
    rerender: UseForceUpdateHandle,
) {
    let loaded = LOADED.with(|l| l.borrow().iter().any(|t| t.lang == lang.code()));
    let gave_up = FAILED.with(|f| f.borrow().contains(&lang));
    let builtin = catalogue.source(BUILTIN_ESTIMATE_SOURCE).is_some();
    current.set(Some(Shared(with_loaded(&catalogue))));
    let cites_wanted = CITES.with(|c| c.borrow().is_none()) && !CITES_LOADING.get() && !CITES_FAILED.get();
    if wanted && catalogue.cite_texts_pending() && cites_wanted {
        CITES_LOADING.set(true);
        let (catalogue, current, rerender) = (catalogue.clone(), current.clone(), rerender.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match host::load_cite_texts().await {
                Ok(texts) => {
                    CITES.with(|c| *c.borrow_mut() = Some(Rc::new(texts)));
                    current.set(Some(Shared(with_loaded(&catalogue))));
                }
                Err(e) => {
                    host::warn(&format!("career quiz: the citations show without their quotes: {e}"));
                    CITES_FAILED.set(true);
                    rerender.force_update();
                }
            }
            CITES_LOADING.set(false);
        });
    }
    if wanted && !loaded && !gave_up && builtin && !catalogue.translated_into(lang) {
        wasm_bindgen_futures::spawn_local(async move {
            match host::load_translation(lang).await {
                Ok(t) => {
                    LOADED.with(|l| l.borrow_mut().push(t));
                    current.set(Some(Shared(with_loaded(&catalogue))));
                }
                Err(e) => {
                    host::warn(&format!("career quiz: the {} notes stay in English: {e}", lang.code()));
                    FAILED.with(|f| f.borrow_mut().push(lang));
                    rerender.force_update();
                }
            }
        });
    }
}
