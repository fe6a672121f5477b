//! How the catalogue's types are read from JSON ([`FromJson`]): the same
//! fields, defaults and errors as their serde derives, which stay as the
//! reference the tests compare with (`core/tests/json.rs`) and are not
//! used by the widget. A field added to a type is added here too; the
//! tests reading `data/roles.json` both ways fail until it is.

use std::sync::Arc;

use super::*;
use crate::json::read::FromJson;
use crate::json::{Error, Value};
use crate::{read_enum, read_struct};

read_enum!(SourceKind { "seed" => Seed, "public" => Public, "estimate" => Estimate });
read_enum!(EduLevel { "none" => None, "secondary" => Secondary, "vocational" => Vocational, "higher" => Higher });
read_enum!(Period { "hourly" => Hourly, "monthly" => Monthly, "annual" => Annual });
read_enum!(Stat {
    "p10" => P10, "p25" => P25, "median" => Median, "p75" => P75, "p90" => P90,
    "average" => Average, "low" => Low, "high" => High,
});
read_enum!(Coverage { "role" => Role, "proxy" => Proxy, "group" => Group, "sector" => Sector });
read_enum!(Basis {
    "full_time" => FullTime, "full_time_equivalent" => FullTimeEquivalent,
    "all_employees" => AllEmployees, "not_stated" => NotStated,
});
read_enum!(Leadership { "none" => None, "coaches" => Coaches, "leads_team" => LeadsTeam });
read_enum!(TranslationKeys { "text" => Text, "fnv1a32" => Hash });
read_enum!(Region { "us" => Us, "nl" => Nl, "de" => De, "no" => No, "ee" => Ee });

impl FromJson for Source {
    fn from_json(v: &Value) -> Result<Source, Error> {
        read_struct!(
            v,
            Source { id: req, kind: req, title: req, publisher: req, year: def, file: def, lang: def, url: def }
        )
    }
}

impl FromJson for CiteText {
    fn from_json(v: &Value) -> Result<CiteText, Error> {
        read_struct!(v, CiteText { source: req, quote: def, gloss: def, note: def })
    }
}

/// Read as its [`CiteText`] (`#[serde(from = "CiteText")]`).
impl FromJson for Cite {
    fn from_json(v: &Value) -> Result<Cite, Error> {
        CiteText::from_json(v).map(|t| Cite(Arc::new(t)))
    }
}

impl<T: FromJson> FromJson for Fact<T> {
    fn from_json(v: &Value) -> Result<Fact<T>, Error> {
        read_struct!(v, Fact { value: req, cite: req })
    }
}

impl FromJson for Item {
    fn from_json(v: &Value) -> Result<Item, Error> {
        read_struct!(v, Item { text: req, cite: req })
    }
}

impl FromJson for Traits {
    fn from_json(v: &Value) -> Result<Traits, Error> {
        read_struct!(
            v,
            Traits {
                patience: req,
                calm: req,
                empathy: req,
                verbal: req,
                written: req,
                listening: req,
                problem_solving: req,
                persuasion: req,
                pace: req,
                digital: req,
            }
        )
    }
}

impl FromJson for Schedule {
    fn from_json(v: &Value) -> Result<Schedule, Error> {
        read_struct!(
            v,
            Schedule {
                evenings: req,
                nights: req,
                weekends: req,
                holidays: req,
                overtime: req,
                part_time: req,
                full_time: req,
            }
        )
    }
}

impl FromJson for Training {
    fn from_json(v: &Value) -> Result<Training, Error> {
        read_struct!(v, Training { weeks_min: req, weeks_max: req, months_in_some_industries: req })
    }
}

impl FromJson for Education {
    fn from_json(v: &Value) -> Result<Education, Error> {
        read_struct!(v, Education { minimum: req, training: req, licence: req, certifications: def })
    }
}

impl FromJson for Setting {
    fn from_json(v: &Value) -> Result<Setting, Error> {
        read_struct!(
            v,
            Setting {
                phone: req,
                email_chat: req,
                social: req,
                in_person: req,
                call_centre: req,
                office: req,
                home: req,
                store: req,
            }
        )
    }
}

impl FromJson for PayFigure {
    fn from_json(v: &Value) -> Result<PayFigure, Error> {
        read_struct!(v, PayFigure {
            region: def, stat: req, period: req, amount: req, currency: req, year: def, coverage: def,
            covers: def, basis: def, gross: or(gross_default), experience: def, cite: req;
            as_of: None,
        })
    }
}

impl FromJson for Experience {
    fn from_json(v: &Value) -> Result<Experience, Error> {
        read_struct!(v, Experience { from: req, to: def })
    }
}

impl FromJson for Outlook {
    fn from_json(v: &Value) -> Result<Outlook, Error> {
        read_struct!(v, Outlook { change_pct: req, from_year: req, to_year: req, scope: req, cite: req })
    }
}

impl FromJson for Role {
    fn from_json(v: &Value) -> Result<Role, Error> {
        read_struct!(v, Role {
            id: req, name: req, summary: req, traits: req, schedule: req, education: req, setting: req,
            pay: def, outlook: def, advancement: def, pros: def, cons: def, similar: def, career: def;
            cite_texts_pending: false,
        })
    }
}

impl FromJson for Career {
    fn from_json(v: &Value) -> Result<Career, Error> {
        read_struct!(v, Career { experience: req, leadership: req, from: def })
    }
}

impl FromJson for ExperienceNeed {
    fn from_json(v: &Value) -> Result<ExperienceNeed, Error> {
        read_struct!(v, ExperienceNeed { years: req, required: def })
    }
}

/// By hand: its `$schema` key is no field name.
impl FromJson for Catalogue {
    fn from_json(v: &Value) -> Result<Catalogue, Error> {
        let mut o = crate::json::read::Obj::new(v, "struct Catalogue", &["version", "sources", "roles", "$schema"])?;
        let (version, sources, roles, schema) = (o.req(), o.req(), o.req(), o.def());
        o.finish()?;
        match (version, sources, roles, schema) {
            (Some(version), Some(sources), Some(roles), Some(schema)) => {
                Ok(Catalogue { version, sources, roles, schema, translations: Translations::default() })
            }
            _ => Err(crate::json::read::unread()),
        }
    }
}

impl FromJson for Translation {
    fn from_json(v: &Value) -> Result<Translation, Error> {
        read_struct!(v, Translation { lang: req, keys: def, notes: def, glosses: def, sources: def, texts: def })
    }
}

/// A newtype struct: read as what it holds.
impl FromJson for CiteTexts {
    fn from_json(v: &Value) -> Result<CiteTexts, Error> {
        FromJson::from_json(v).map(CiteTexts)
    }
}

impl FromJson for CiteTextsOf {
    fn from_json(v: &Value) -> Result<CiteTextsOf, Error> {
        read_struct!(v, CiteTextsOf { quote: def, gloss: def, note: def })
    }
}

impl FromJson for Text {
    fn from_json(v: &Value) -> Result<Text, Error> {
        read_struct!(v, Text { en: req, nl: req, de: req, nb: req, et: req })
    }
}
