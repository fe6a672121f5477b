//! What an embedder adds to the widget: the call-to-action link on a role's
//! card, the pay region label, and the message shown instead of the quiz
//! when the options cannot be used. Configuration text is always rendered
//! as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::embed::config::{ConfigError, RoleLinks};

/// The embedder's per-role links, provided as context by the root.
pub type LinksContext = Rc<RoleLinks>;

#[derive(Properties, PartialEq)]
pub struct RoleCtaProps {
    pub lang: Lang,
    pub role: AttrValue,
}

/// The default call-to-action text.
fn apply_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Apply for this job",
        Lang::Nl => "Solliciteer op deze baan",
        Lang::De => "Auf diese Stelle bewerben",
        Lang::Nb => "Søk på denne stillingen",
        Lang::Et => "Kandideeri sellele töökohale",
    }
}

/// The embedder's link for one role, as a button-styled link; nothing when
/// the embedder gave none. Addresses were checked to be http(s): or mailto:.
#[component]
pub fn RoleCta(props: &RoleCtaProps) -> Html {
    let links = use_context::<LinksContext>();
    let Some(cta) = links.as_ref().and_then(|l| l.get(props.role.as_str())) else { return html! {} };
    let label = cta.label.clone().unwrap_or_else(|| apply_text(props.lang).to_string());
    html! {
        <p class="cq-cta-row">
            <a class="cq-btn cq-cta" href={cta.url.clone()} target="_blank" rel="noopener noreferrer" data-testid="cta">{ label }</a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct PayRegionProps {
    pub lang: Lang,
    pub label: AttrValue,
}

/// The embedder's label for where the pay figures come from.
#[component]
pub fn PayRegion(props: &PayRegionProps) -> Html {
    let prefix = match props.lang {
        Lang::En => "Pay figures",
        Lang::Nl => "Salariscijfers",
        Lang::De => "Gehaltszahlen",
        Lang::Nb => "Lønnstall",
        Lang::Et => "Palgaandmed",
    };
    html! { <p class="cq-muted cq-region" data-testid="pay-region">{ format!("{prefix}: ") }{ props.label.clone() }</p> }
}

#[derive(Properties, PartialEq)]
pub struct ConfigErrorsProps {
    pub errors: Rc<Vec<ConfigError>>,
}

/// Shown instead of the quiz when the embedder's options cannot be used:
/// which option, and what was expected. Meant for the page's developer, so
/// in English.
#[component]
pub fn ConfigErrors(props: &ConfigErrorsProps) -> Html {
    html! {
        <div class="cq cq-config-error" role="alert" data-testid="config-error">
            <h2>{ "The career quiz could not start" }</h2>
            <p>{ "The page's settings for this quiz have a problem:" }</p>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><code>{ e.option.clone() }</code>{ ": " }<span class="cq-config-msg">{ e.message.clone() }</span></li>
                }) }
            </ul>
        </div>
    }
}
