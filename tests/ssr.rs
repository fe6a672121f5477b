//! Rendering tests with no browser: Yew's server-side renderer turns the app
//! into an HTML string, which the tests read like a person would.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use career_quiz::app::{App, AppProps};
use career_quiz::core::catalogue::Catalogue;
use career_quiz::core::lang::Lang;
use career_quiz::i18n::{fill, ui};
use career_quiz::shared::Shared;
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
    use career_quiz::core::region::{Currency, Region};
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
            ("p_expect", Answer::Pay { cents: 4_500_000, period: Period::Annual, currency: Currency::Usd }),
        ]
        .iter()
        .fold(Answers::new(), |a, (id, x)| a.with(id, *x).unwrap())
    }

    async fn render(lang: Lang) -> (String, Rc<Catalogue>, Vec<career_quiz::core::scoring::RoleFit>) {
        render_with(lang, None).await
    }

    /// The results in `region` with the pay expectation in that region's currency.
    /// The answers above with a pay expectation in `region`'s currency, compared there.
    fn matched_answers(region: Region) -> Answers {
        let mut answers = answers();
        let pay = Answer::Pay { cents: 300_000, period: Period::Monthly, currency: region.currency() };
        answers.set("p_expect", pay).unwrap();
        answers.region = Some(region);
        answers
    }

    async fn render_matched(lang: Lang, region: Region) -> (String, Vec<career_quiz::core::scoring::RoleFit>) {
        let catalogue = Rc::new(Catalogue::builtin().unwrap());
        let answers = matched_answers(region);
        let fits = score(&catalogue, &answers, &Weights::default());
        let props = ResultsProps {
            lang,
            catalogue: catalogue.into(),
            fits: Shared::new(fits.clone()),
            answered: answers.answered(),
            share_url: None,
            onedit: Callback::noop(),
            onrestart: Callback::noop(),
            onforget: Callback::noop(),
            response_style: None,
            onrevisit: Callback::noop(),
            region,
            onregion: Callback::noop(),
            pay_mismatch: None,
            onpay: Callback::noop(),
            missing: Default::default(),
            onretry: Callback::noop(),
            answers,
            weights: Weights::default(),
        };
        (LocalServerRenderer::<Results>::with_props(props).render().await, fits)
    }

    /// One role's card, opened.
    async fn render_card(lang: Lang, fit: career_quiz::core::scoring::RoleFit, region: Region) -> String {
        use career_quiz::components::role_card::{RoleCard, RoleCardProps};
        let props = RoleCardProps {
            lang,
            catalogue: Shared::new(Catalogue::builtin().unwrap()),
            fit,
            rank: 1,
            position: 1,
            expanded: true,
            ontoggle: Callback::noop(),
            region,
            answers: matched_answers(region),
            weights: Weights::default(),
        };
        LocalServerRenderer::<RoleCard>::with_props(props).render().await
    }

    /// The results in `region` for the answers above (whose pay is in USD).
    async fn render_in(lang: Lang, region: Region) -> String {
        let catalogue = Rc::new(Catalogue::builtin().unwrap());
        let mut answers = answers();
        answers.region = Some(region);
        let fits = score(&catalogue, &answers, &Weights::default());
        let props = ResultsProps {
            lang,
            catalogue: catalogue.into(),
            fits: Shared::new(fits),
            answered: answers.answered(),
            share_url: None,
            onedit: Callback::noop(),
            onrestart: Callback::noop(),
            onforget: Callback::noop(),
            response_style: None,
            onrevisit: Callback::noop(),
            region,
            onregion: Callback::noop(),
            pay_mismatch: (region.currency() != Currency::Usd).then_some(Currency::Usd),
            onpay: Callback::noop(),
            missing: Default::default(),
            onretry: Callback::noop(),
            answers,
            weights: Weights::default(),
        };
        LocalServerRenderer::<Results>::with_props(props).render().await
    }

    #[tokio::test]
    async fn an_expectation_in_another_currency_is_kept_and_said_not_compared() {
        for lang in Lang::ALL {
            let html = render_in(lang, Region::No).await;
            let t = ui(lang);
            assert!(html.contains("data-testid=\"currency-mismatch\""), "{lang:?}");
            assert!(!html.contains("data-testid=\"pay-verdict\""), "{lang:?}: a USD amount judged against NOK pay");
            assert!(html.contains(&html_escape(t.change_pay)), "{lang:?}");
            assert!(html.contains("Norge") || lang != Lang::Nb, "{lang:?}: the region is named");
        }
        let html = render_in(Lang::En, Region::Us).await;
        assert!(!html.contains("currency-mismatch") && html.contains("pay-verdict"));
        assert!(html.contains("in the US"), "the verdict names the region");
    }

    async fn render_with(
        lang: Lang,
        response_style: Option<ResponseStyle>,
    ) -> (String, Rc<Catalogue>, Vec<career_quiz::core::scoring::RoleFit>) {
        let catalogue = Rc::new(Catalogue::builtin().unwrap());
        let fits = score(&catalogue, &answers(), &Weights::default());
        let props = ResultsProps {
            lang,
            catalogue: Shared(catalogue.clone()),
            fits: Shared::new(fits.clone()),
            answered: answers().answered(),
            share_url: None,
            onedit: Callback::noop(),
            onrestart: Callback::noop(),
            onforget: Callback::noop(),
            response_style,
            onrevisit: Callback::noop(),
            region: Region::Us,
            onregion: Callback::noop(),
            pay_mismatch: None,
            onpay: Callback::noop(),
            missing: Default::default(),
            onretry: Callback::noop(),
            answers: answers(),
            weights: Weights::default(),
        };
        (LocalServerRenderer::<Results>::with_props(props).render().await, catalogue, fits)
    }

    #[tokio::test]
    async fn results_render_fully_in_every_language() {
        for lang in Lang::ALL {
            let (html, cat, fits) = render(lang).await;
            let t = ui(lang);
            assert!(html.contains(t.all_roles), "{lang:?}: the list's heading");
            for role in &cat.roles {
                let name = html_escape(role.name.get(lang));
                assert!(html.contains(&name), "{lang:?}: role name {name} missing");
            }
            // Every dealbreaker is stated in words, in this language.
            let with_db = fits.iter().find(|f| !f.dealbreakers.is_empty()).expect("a dealbreaker");
            let sentence = explain::dealbreaker(lang, &with_db.dealbreakers[0]);
            assert!(html.contains(&html_escape(&sentence)), "{lang:?}: {sentence}");
            // No template placeholder is left unfilled.
            for hole in [
                "{n}", "{total}", "{role}", "{min}", "{max}", "{cur}", "{year}", "{p}", "{from}", "{to}", "{scope}",
                "{in}", "{per}", "{old}", "{hours}", "{c}", "{who}",
            ] {
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
            let (html, _, _) = render(lang).await;
            // Pay was answered: a role without pay figures in the region says so, not
            // "not answered", and its pay section says how its pay counts (the mean of
            // the roles with figures), not that it does not count.
            let mut all_gaps = 0;
            for region in Region::ALL {
                let (html, fits) = render_matched(lang, region).await;
                let gaps = fits.iter().filter(|f| f.dim(Dimension::Pay).no_data).count();
                let from = career_quiz::core::tuning::PAY_CURRENT_FROM.to_string();
                let within = [("{in}", region.in_region(lang)), ("{year}", from.as_str())];
                assert_eq!(
                    html.matches(&html_escape(&fill(t.no_pay_data, &within))).count(),
                    gaps,
                    "{lang:?} {region:?}"
                );
                // Each gap role's pay section (built when its card is opened) says how its pay counts.
                let mut said = 0;
                for f in fits.iter().filter(|f| f.dim(Dimension::Pay).no_data) {
                    let card = render_card(lang, f.clone(), region).await;
                    said += [t.pay_none, t.pay_none_but, t.pay_none_stale]
                        .map(|x| card.matches(&html_escape(&fill(x, &within))).count())
                        .iter()
                        .sum::<usize>();
                }
                assert_eq!(said, gaps, "{lang:?} {region:?}");
                all_gaps += gaps;
            }
            assert!(all_gaps > 0, "{lang:?}: some region lacks figures for some role");
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
