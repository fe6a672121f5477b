//! Pay regions: the country whose pay a visitor's expectation is set
//! against, with its currency and the period pay is usually quoted in there.
//!
//! A region is chosen by the embedder (`payRegion`), else suggested by the
//! language ([`Region::for_lang`]), and the visitor can change it. Figures of
//! one region are never compared with another's.

use serde::Deserialize;

use super::catalogue::Period;
use super::lang::{tr, Lang, T5};
use crate::t5;

/// A country the catalogue has pay figures for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Us,
    Nl,
    De,
    No,
    Ee,
}

/// The currency pay is quoted in. One per [`Region`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Usd,
    Eur,
    Nok,
}

impl Currency {
    /// Every currency, in the order the codec numbers them.
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Nok];

    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Nok => "NOK",
        }
    }

    /// The currency of an ISO 4217 code (exact, upper case).
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl Region {
    /// Every region, in the order the region menu shows them.
    pub const ALL: [Region; 5] = [Region::Us, Region::Nl, Region::De, Region::No, Region::Ee];

    /// The key in the roles JSON and the `payRegion` option (`us`, `nl`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Region::Us => "us",
            Region::Nl => "nl",
            Region::De => "de",
            Region::No => "no",
            Region::Ee => "ee",
        }
    }

    /// Reads a region key or ISO 3166 code in any case (`NL`, ` de `).
    pub fn parse(s: &str) -> Option<Region> {
        let s = s.trim().to_ascii_lowercase();
        Region::ALL.into_iter().find(|r| r.key() == s)
    }

    /// The currency pay is quoted in there.
    pub fn currency(self) -> Currency {
        match self {
            Region::Us => Currency::Usd,
            Region::Nl | Region::De | Region::Ee => Currency::Eur,
            Region::No => Currency::Nok,
        }
    }

    /// How pay is usually quoted there: a year in the US (BLS publishes
    /// annual and hourly wages), a month in the four European countries
    /// (their statistics offices and job ads quote gross monthly pay).
    pub fn usual_period(self) -> Period {
        match self {
            Region::Us => Period::Annual,
            Region::Nl | Region::De | Region::No | Region::Ee => Period::Monthly,
        }
    }

    /// The region a language suggests: the country whose career pages the
    /// seed in that language comes from; English suggests the US (the
    /// seeds' own figures are American).
    pub fn for_lang(lang: Lang) -> Region {
        match lang {
            Lang::En => Region::Us,
            Lang::Nl => Region::Nl,
            Lang::De => Region::De,
            Lang::Nb => Region::No,
            Lang::Et => Region::Ee,
        }
    }

    /// The country's name in `lang`, for the region menu.
    pub fn name(self, lang: Lang) -> &'static str {
        let t: &T5 = match self {
            Region::Us => &t5!["United States", "Verenigde Staten", "USA", "USA", "USA"],
            Region::Nl => &t5!["Netherlands", "Nederland", "Niederlande", "Nederland", "Madalmaad"],
            Region::De => &t5!["Germany", "Duitsland", "Deutschland", "Tyskland", "Saksamaa"],
            Region::No => &t5!["Norway", "Noorwegen", "Norwegen", "Norge", "Norra"],
            Region::Ee => &t5!["Estonia", "Estland", "Estland", "Estland", "Eesti"],
        };
        tr(t, lang)
    }

    /// "in the Netherlands": the country as the place pay is earned, for
    /// the verdict sentences (Estonian uses the inessive case).
    pub fn in_region(self, lang: Lang) -> &'static str {
        let t: &T5 = match self {
            Region::Us => &t5!["in the US", "in de VS", "in den USA", "i USA", "USA-s"],
            Region::Nl => {
                &t5!["in the Netherlands", "in Nederland", "in den Niederlanden", "i Nederland", "Madalmaades"]
            }
            Region::De => &t5!["in Germany", "in Duitsland", "in Deutschland", "i Tyskland", "Saksamaal"],
            Region::No => &t5!["in Norway", "in Noorwegen", "in Norwegen", "i Norge", "Norras"],
            Region::Ee => &t5!["in Estonia", "in Estland", "in Estland", "i Estland", "Eestis"],
        };
        tr(t, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_back_in_any_case() {
        for r in Region::ALL {
            assert_eq!(Region::parse(r.key()), Some(r));
            assert_eq!(Region::parse(&format!(" {} ", r.key().to_uppercase())), Some(r));
        }
        for bad in ["", "uk", "nb", "Netherlands", "n l"] {
            assert_eq!(Region::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn each_language_suggests_its_seed_country() {
        let pairs = [(Lang::En, Region::Us), (Lang::Nl, Region::Nl), (Lang::De, Region::De)];
        for (l, r) in pairs.into_iter().chain([(Lang::Nb, Region::No), (Lang::Et, Region::Ee)]) {
            assert_eq!(Region::for_lang(l), r);
        }
    }

    #[test]
    fn currencies_and_periods_are_local() {
        assert_eq!(Region::No.currency(), Currency::Nok);
        assert!([Region::Nl, Region::De, Region::Ee].iter().all(|r| r.currency() == Currency::Eur));
        assert_eq!(Region::Us.currency().code(), "USD");
        assert_eq!(Currency::from_code("NOK"), Some(Currency::Nok));
        assert_eq!(Currency::from_code("nok"), None);
        assert!(Region::ALL.iter().filter(|r| **r != Region::Us).all(|r| r.usual_period() == Period::Monthly));
    }
}
