//! The results screen: every role ranked by fit, and what the visitor can do
//! next (change answers, start over, share, print, forget).

use yew::prelude::*;

use crate::shared::Shared;

use crate::components::region_select::RegionSelect;
use crate::components::role_card::RoleCard;
use crate::core::answers::Answers;
use crate::core::catalogue::Catalogue;
use crate::core::lang::Lang;
use crate::core::questions::COUNT;
use crate::core::region::{Currency, Region};
use crate::core::scoring::{ranks, RoleFit, Weights};
use crate::core::style::ResponseStyle;
use crate::hooks::Missing;
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub catalogue: Shared<Catalogue>,
    /// Ranked best first.
    pub fits: Shared<Vec<RoleFit>>,
    pub answered: usize,
    /// The share link, or `None` where links cannot work (opened from a file).
    pub share_url: Option<AttrValue>,
    pub onedit: Callback<()>,
    pub onrestart: Callback<()>,
    pub onforget: Callback<()>,
    /// A response style worth a caution (see `core::style`), shown above the roles.
    #[prop_or_default]
    pub response_style: Option<ResponseStyle>,
    /// Back to the first agree-scale question, to revisit those answers.
    #[prop_or_default]
    pub onrevisit: Callback<()>,
    /// Whose pay the roles are compared with.
    pub region: Region,
    /// The answers (with the region) and weights the fits were scored with.
    pub answers: Answers,
    pub weights: Weights,
    /// Called when the visitor picks another pay region.
    pub onregion: Callback<Region>,
    /// The pay answer's currency when it is not the region's.
    #[prop_or_default]
    pub pay_mismatch: Option<Currency>,
    /// To the pay question, to give the expectation in the region's currency.
    #[prop_or_default]
    pub onpay: Callback<()>,
    /// Texts beside the wasm that could not be loaded (said above the roles).
    #[prop_or_default]
    pub missing: Missing,
    /// Loads them again.
    #[prop_or_default]
    pub onretry: Callback<()>,
}

/// Whether the share link was copied.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused: the link is shown to copy by hand.
    ByHand,
}

/// The results screen's body: every role ranked, and what to do next.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = ui(props.lang);
    // The open cards' role indices: a few, so a list.
    let expanded = use_state(|| props.fits.first().map(|f| f.index).into_iter().collect::<Vec<usize>>());
    let copied = use_state(|| Copied::Not);
    let ontoggle = {
        let expanded = expanded.clone();
        Callback::from(move |i: usize| {
            let mut open = (*expanded).clone();
            match open.iter().position(|&o| o == i) {
                Some(at) => drop(open.swap_remove(at)),
                None => open.push(i),
            }
            expanded.set(open);
        })
    };
    let onshare = {
        let (copied, url) = (copied.clone(), props.share_url.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(url) = url.clone() else { return };
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::host::copy(url.to_string()).await;
                copied.set(if ok { Copied::Yes } else { Copied::ByHand });
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| crate::host::print());
    let low = props.answered * 100 / COUNT < 60;
    // In the App's results section, under its heading (which stays while
    // the roles load, so the keyboard focus on it does too).
    html! {
        <>
            <p class="cq-muted">
                { fill(t.based_on, &[("{n}", &props.answered.to_string()), ("{total}", &COUNT.to_string())]) }
                if low { { " " }{ t.low_confidence } }
            </p>
            if let Some(style) = props.response_style {
                <div class="cq-notice warn" role="note" data-testid="response-style">
                    <p><strong>{ t.style_title }</strong>{ " " }{ match style {
                        ResponseStyle::Acquiescent => t.style_acquiescent,
                        ResponseStyle::StraightLined => t.style_straight,
                    } }</p>
                    <button type="button" class="cq-btn link" onclick={props.onrevisit.reform(|_: MouseEvent| ())}
                            data-testid="revisit">{ t.style_revisit }</button>
                </div>
            }
            <RegionSelect lang={props.lang} region={props.region} id="cq-results-region" onchange={props.onregion.clone()} />
            if let Some(old) = props.pay_mismatch {
                <div class="cq-notice warn" role="note" data-testid="currency-mismatch">
                    <p>{ fill(t.currency_mismatch, &[
                        ("{old}", old.code()),
                        ("{in}", props.region.in_region(props.lang)),
                        ("{cur}", props.region.currency().code()),
                    ]) }</p>
                    <button type="button" class="cq-btn link" onclick={props.onpay.reform(|_: MouseEvent| ())}
                            data-testid="change-pay">{ t.change_pay }</button>
                </div>
            }
            if props.missing.any() {
                <div class="cq-notice warn" role="note" data-testid="texts-missing">
                    <p>
                        if props.missing.translation { { t.missing_translation } }
                        if props.missing.translation && props.missing.quotes { { " " } }
                        if props.missing.quotes { { t.missing_quotes } }
                    </p>
                    <button type="button" class="cq-btn link" onclick={props.onretry.reform(|_: MouseEvent| ())}
                            data-testid="retry-texts">{ t.try_again }</button>
                </div>
            }
            <h3 class="cq-sr">{ t.all_roles }</h3>
            <ol class="cq-roles">
                { for props.fits.iter().zip(ranks(&props.fits)).enumerate().map(|(i, (f, rank))| html! {
                    <li key={f.role.clone()}>
                        <RoleCard lang={props.lang} catalogue={props.catalogue.clone()} fit={f.clone()} {rank} position={i + 1} region={props.region}
                                  answers={props.answers} weights={props.weights}
                                  expanded={expanded.contains(&f.index)} ontoggle={ontoggle.clone()} />
                    </li>
                }) }
            </ol>
            <div class="cq-actions">
                <button type="button" class="cq-btn" onclick={props.onedit.reform(|_: MouseEvent| ())}>{ t.edit }</button>
                if props.share_url.is_some() {
                    <button type="button" class="cq-btn secondary" onclick={onshare} data-testid="share">{ t.share }</button>
                }
                <button type="button" class="cq-btn secondary" onclick={onprint}>{ t.print }</button>
                <button type="button" class="cq-btn secondary" onclick={props.onrestart.reform(|_: MouseEvent| ())}>{ t.restart }</button>
                <button type="button" class="cq-btn link danger" onclick={props.onforget.reform(|_: MouseEvent| ())} data-testid="forget">{ t.forget }</button>
            </div>
            <div class="cq-share-status" role="status">
                if props.share_url.is_none() {
                    <p class="cq-muted">{ t.share_file }</p>
                } else if *copied == Copied::Yes {
                    <p>{ t.share_copied }</p>
                }
                if let (Copied::ByHand, Some(url)) = (*copied, &props.share_url) {
                    <label class="cq-field">{ t.share_label }
                        <input type="text" readonly=true value={url.clone()} data-testid="share-url" />
                    </label>
                }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct RolesPendingProps {
    pub lang: Lang,
    /// The roles could not be loaded (else they are loading).
    pub failed: bool,
    /// Loads them again.
    pub onretry: Callback<()>,
}

/// The results screen's body while the roles (loaded when the quiz
/// starts, see `hooks::use_translated`) are not in: usually never seen, as
/// they come while the visitor answers; a link or saved answers that open
/// the results at once show it for a moment. In the App's results section,
/// like [`Results`].
#[component]
pub fn RolesPending(props: &RolesPendingProps) -> Html {
    let t = ui(props.lang);
    html! {
        if props.failed {
            <div class="cq-notice warn" role="note" data-testid="roles-missing">
                <p>{ t.roles_failed }</p>
                <button type="button" class="cq-btn link" onclick={props.onretry.reform(|_: MouseEvent| ())}
                        data-testid="retry-roles">{ t.try_again }</button>
            </div>
        } else {
            <p class="cq-muted" data-testid="roles-loading">{ t.roles_loading }</p>
        }
    }
}
