//! A citation: a badge that says whether a fact is documented or an
//! estimate, opening (native `<details>`, so keyboard and screen readers
//! work) to the quoted sentence in its original language, a gloss in the
//! visitor's language, the team's note on how the source was read (or why
//! the value is an estimate) and the source, all but the quote in the
//! visitor's language where the catalogue has a translation. The body is
//! built only while the citation is open.

use yew::prelude::*;

use crate::shared::Shared;

use crate::core::catalogue::{Catalogue, Cite, Source, SourceKind};
use crate::core::lang::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub lang: Lang,
    pub cite: Cite,
    pub catalogue: Shared<Catalogue>,
}

/// Shows where a fact comes from. The body is built when the visitor opens
/// the citation (a results screen holds a few hundred of them, almost all
/// closed), and kept while it is open.
#[component]
pub fn CiteView(props: &CiteProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    let t = ui(props.lang);
    let source = props.catalogue.source(&props.cite.source);
    let estimate = source.is_none_or(|s| s.kind == SourceKind::Estimate);
    let label = if estimate { t.estimate } else { t.documented };
    html! {
        <details class={classes!("cq-cite", if estimate { "estimate" } else { "documented" })} {ontoggle}>
            <summary><span class="cq-badge">{ label }</span></summary>
            if *open {
                { body(props, source, estimate) }
            }
        </details>
    }
}

/// The quote, its gloss, the note and the source of an open citation.
fn body(props: &CiteProps, source: Option<&Source>, estimate: bool) -> Html {
    let t = ui(props.lang);
    let origin = source.map(|s| {
        let mut parts = vec![
            props.catalogue.source_text(&s.title, props.lang).to_string(),
            props.catalogue.source_text(&s.publisher, props.lang).to_string(),
        ];
        parts.extend(s.year.map(|y| y.to_string()));
        parts.join(" · ")
    });
    let gloss = props.catalogue.gloss(&props.cite, props.lang);
    let note = props.catalogue.note(&props.cite, props.lang);
    html! {
        <div class="cq-cite-body">
            if let Some(q) = &props.cite.quote {
                <blockquote lang={source.and_then(|s| s.lang.clone())}>{ format!("“{q}”") }</blockquote>
            }
            if let Some((g, in_lang)) = gloss {
                <p lang={in_lang.code()}><span class="cq-k">{ if in_lang == props.lang { t.translation } else { t.gloss } }{ ": " }</span>{ g }</p>
            }
            if let Some(n) = note {
                <p lang={(!props.catalogue.note_translated(&props.cite, props.lang)).then_some("en")}><span class="cq-k">{ if estimate { t.reason_note } else { t.reading_note } }{ ": " }</span>{ n }</p>
            }
            if let Some(o) = origin {
                <p class="cq-src"><span class="cq-k">{ t.source }{ ": " }</span>
                    { o }
                    if let Some(url) = source.and_then(|s| s.url.clone()).filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
                        { " · " }<a class="cq-url" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
                    }
                    if let Some(file) = source.and_then(|s| s.file.clone()) {
                        { " · " }<span class="cq-url">{ file }</span>
                    }
                </p>
            }
        </div>
    }
}
