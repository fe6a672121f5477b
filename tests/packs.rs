//! The language packs (`build.rs`, `core::lang::Pack`): what the wasm
//! loads for each language but English must say exactly what the compiled
//! tables say natively, field by field and text by text.

use career_quiz::core::explain::dimension_name;
use career_quiz::core::json;
use career_quiz::core::lang::{key_hash, tr, Lang, Pack, T5};
use career_quiz::core::questions::{Dimension, QUESTIONS};
use career_quiz::i18n::{ui, PACKS, PACK_KEYS};

fn packs() -> Vec<Pack> {
    PACKS.iter().map(|(lang, json)| Pack::from_json(json).unwrap_or_else(|e| panic!("{lang:?}: {e}"))).collect()
}

#[test]
fn there_is_one_pack_for_each_language_but_english() {
    let langs: Vec<Lang> = packs().iter().map(|p| p.lang).collect();
    assert_eq!(langs, [Lang::Nl, Lang::De, Lang::Nb, Lang::Et]);
}

#[test]
fn every_interface_string_is_in_the_pack_as_compiled() {
    for pack in packs() {
        let fields = ui(pack.lang).fields();
        assert_eq!(pack.len().1, fields.len(), "{:?}: one entry per field", pack.lang);
        for (name, strings) in fields {
            assert_eq!(pack.field(name), Some(strings.as_slice()), "{:?}: ui.{name}", pack.lang);
        }
    }
}

/// Every five-language text of the question bank and the dimension names.
fn tables() -> Vec<T5> {
    let mut out = Vec::new();
    for q in &QUESTIONS {
        out.push(q.text);
        out.extend(q.help);
        out.extend(q.options().iter().map(|o| o.label));
    }
    out
}

#[test]
fn every_question_and_option_is_in_the_pack_by_its_english() {
    let tables = tables();
    assert!(tables.len() > 120, "{} texts", tables.len());
    for pack in packs() {
        for t in &tables {
            assert_eq!(pack.text(t[0]), Some(tr(t, pack.lang)), "{:?}: {:?}", pack.lang, t[0]);
        }
        for d in Dimension::ALL {
            assert_eq!(pack.text(dimension_name(Lang::En, d)), Some(dimension_name(pack.lang, d)));
        }
    }
}

#[test]
fn the_packs_hold_every_table_once_and_nothing_else() {
    // The same key set in every language: build.rs read the same tables.
    let packs = packs();
    let count = packs[0].len().0;
    assert!(count > 250, "{count} texts");
    assert!(packs.iter().all(|p| p.len().0 == count));
}

/// A pack names each text by the hash of its key (build.rs computes it
/// with its own copy of `key_hash`): each hash is that of its key, and
/// every key finds its text in every pack through `core::lang::key_hash`.
#[test]
fn every_text_is_named_by_the_hash_of_its_key() {
    let keys = json::from_str(PACK_KEYS).expect("pack-keys.json");
    let keys = keys.as_object().expect("an object");
    let packs = packs();
    assert_eq!(keys.len(), packs[0].len().0, "one key for each text");
    for (hash, key) in keys {
        let key = key.as_str().expect("a key");
        assert_eq!(*hash, format!("{:08x}", key_hash(key)), "{key:?}");
        for pack in &packs {
            assert!(pack.text(key).is_some(), "{:?}: {key:?}", pack.lang);
        }
    }
}
