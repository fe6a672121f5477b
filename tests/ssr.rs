//! Rendering tests with no browser: Yew's server-side renderer turns the app
//! into an HTML string, which the tests read like a person would.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use career_quiz::app::{App, AppProps};
use career_quiz::core::catalogue::Catalogue;
use career_quiz::core::lang::Lang;
use career_quiz::i18n::ui;
use yew::LocalServerRenderer;

async fn render(lang: Lang) -> String {
    let catalogue = Rc::new(Catalogue::builtin().expect("built-in catalogue loads"));
    LocalServerRenderer::<App>::with_props(AppProps::new(lang, catalogue)).render().await
}

#[tokio::test]
async fn intro_renders_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang).await;
        let t = ui(lang);
        assert!(html.contains(t.title), "{lang:?}: title missing in {html}");
        assert!(html.contains(t.privacy), "{lang:?}: privacy note missing");
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{lang:?}: lang attribute");
    }
}

mod results {
    use super::*;
    use career_quiz::components::results::{Results, ResultsProps};
    use career_quiz::core::answers::{Answer, Answers};
    use career_quiz::core::catalogue::Period;
    use career_quiz::core::explain;
    use career_quiz::core::questions::Dimension;
    use career_quiz::core::scoring::{score, Weights};
    use career_quiz::core::style::ResponseStyle;
    use yew::Callback;

    /// Weekdays only, office work, $45,000 a year (persona 2 of tests/personas.rs).
    fn answers() -> Answers {
        [
            ("t_written", Answer::Choice(4)),
            ("s_weekends", Answer::Choice(3)),
            ("s_evenings", Answer::Choice(3)),
            ("w_place", Answer::Choice(1)),
            ("p_expect", Answer::Pay { cents: 4_500_000, period: Period::Annual }),
        ]
        .iter()
        .fold(Answers::new(), |a, (id, x)| a.with(id, *x).unwrap())
    }

    async fn render(lang: Lang) -> (String, Rc<Catalogue>, Vec<career_quiz::core::scoring::RoleFit>) {
        render_with(lang, None).await
    }

    async fn render_with(
        lang: Lang,
        response_style: Option<ResponseStyle>,
    ) -> (String, Rc<Catalogue>, Vec<career_quiz::core::scoring::RoleFit>) {
        let catalogue = Rc::new(Catalogue::builtin().unwrap());
        let fits = score(&catalogue, &answers(), &Weights::default());
        let props = ResultsProps {
            lang,
            catalogue: catalogue.clone(),
            fits: Rc::new(fits.clone()),
            answered: answers().answered(),
            share_url: None,
            onedit: Callback::noop(),
            onrestart: Callback::noop(),
            onforget: Callback::noop(),
            response_style,
            onrevisit: Callback::noop(),
        };
        (LocalServerRenderer::<Results>::with_props(props).render().await, catalogue, fits)
    }

    #[tokio::test]
    async fn results_render_fully_in_every_language() {
        for lang in Lang::ALL {
            let (html, cat, fits) = render(lang).await;
            let t = ui(lang);
            assert!(html.contains(t.results_title), "{lang:?}: title");
            for role in &cat.roles {
                let name = html_escape(role.name.get(lang));
                assert!(html.contains(&name), "{lang:?}: role name {name} missing");
            }
            // Every dealbreaker is stated in words, in this language.
            let with_db = fits.iter().find(|f| !f.dealbreakers.is_empty()).expect("a dealbreaker");
            let name = cat.roles[with_db.index].name.get(lang);
            let sentence = explain::dealbreaker(lang, name, &with_db.dealbreakers[0]);
            assert!(html.contains(&html_escape(&sentence)), "{lang:?}: {sentence}");
            // No template placeholder is left unfilled.
            for hole in
                ["{n}", "{total}", "{role}", "{min}", "{max}", "{cur}", "{year}", "{p}", "{from}", "{to}", "{scope}"]
            {
                assert!(!html.contains(hole), "{lang:?}: unfilled {hole}");
            }
            // Documented and estimated facts are marked differently.
            assert!(html.contains("cq-cite documented") && html.contains("cq-cite estimate"), "{lang:?}");
        }
    }

    #[tokio::test]
    async fn gaps_and_response_styles_are_said_in_every_language() {
        for lang in Lang::ALL {
            let t = ui(lang);
            let (html, _, fits) = render(lang).await;
            // Pay was answered: a role without pay figures says so, not "not answered".
            let gaps = fits.iter().filter(|f| f.dim(Dimension::Pay).no_data).count();
            assert_eq!(gaps, 3, "{lang:?}: call centre operator, telemarketer, support specialist");
            assert_eq!(html.matches(&html_escape(t.no_pay_data)).count(), gaps, "{lang:?}");
            // The pay section of those roles says how their pay counts (the mean
            // of the roles with figures), not that it does not count.
            assert_eq!(html.matches(&html_escape(t.pay_none)).count(), gaps, "{lang:?}");
            assert!(!html.contains("data-testid=\"response-style\""), "{lang:?}: no caution without a style");
            for (style, text) in
                [(ResponseStyle::Acquiescent, t.style_acquiescent), (ResponseStyle::StraightLined, t.style_straight)]
            {
                let (html, _, _) = render_with(lang, Some(style)).await;
                let at = html.find("role=\"note\"").expect("a note");
                let note = &html[at..];
                assert!(note.contains(&html_escape(text)) && note.contains(t.style_revisit), "{lang:?} {style:?}");
                assert!(at < html.find("cq-roles").unwrap(), "{lang:?}: the note comes before the roles");
            }
        }
    }

    fn html_escape(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }
}
