//! Prerenders the widget's first screen (the intro) in each language with
//! Yew's server-side renderer, from the same `App` component the wasm
//! mounts, so the page can show it before the wasm arrives.
//!
//! `cargo run --example prerender -- OUT_DIR` writes `OUT_DIR/<lang>.html`
//! (the markup of `<div class="cq">…</div>`, no hydration markers) and
//! `OUT_DIR/load-failed.json` (what the intro says, per language, when the
//! wasm cannot be loaded), and copies the language packs `build.rs` wrote
//! to `OUT_DIR/<lang>.ui.json` (the wasm's texts in each language but
//! English; `scripts/i18n-build.mjs` puts them beside the wasm) with
//! `OUT_DIR/pack-keys.json` (the key each hash in them stands for; the
//! tests read it, nothing ships it), `OUT_DIR/cites.json`, the built-in roles' citation texts (quotes,
//! glosses, notes) the wasm leaves out, and `OUT_DIR/roles.json`, the
//! built-in roles themselves (`catalogue::BUILTIN_SHIPPED`), which it
//! loads when the quiz starts.
//! `scripts/prerender.mjs` puts it into the hosted page, the offline file
//! and the embed loader (see docs/performance.md, "First screen").

use std::rc::Rc;

use career_quiz::app::{App, AppProps};
use career_quiz::core::catalogue::Catalogue;
use career_quiz::core::lang::Lang;
use yew::LocalServerRenderer;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/prerender".into());
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("prerender: cannot create {out}: {e}");
        std::process::exit(1);
    }
    let catalogue = match Catalogue::builtin() {
        Ok(c) => Rc::new(c),
        Err(e) => {
            eprintln!("prerender: the built-in catalogue does not load: {e}");
            std::process::exit(1);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    // What the page says in each language when the wasm cannot be loaded.
    let mut failed = String::from("{");
    for lang in Lang::ALL {
        let text = career_quiz::i18n::ui(lang).load_failed;
        failed.push_str(&format!("{}{:?}:{:?}", if failed.len() > 1 { "," } else { "" }, lang.code(), text));
    }
    failed.push('}');
    if let Err(e) = std::fs::write(format!("{out}/load-failed.json"), &failed) {
        eprintln!("prerender: cannot write {out}/load-failed.json: {e}");
        std::process::exit(1);
    }
    // The citations' texts the wasm leaves out (core/build.rs).
    let cites = format!("{out}/cites.json");
    if let Err(e) = std::fs::write(&cites, catalogue.cite_texts_json()) {
        eprintln!("prerender: cannot write {cites}: {e}");
        std::process::exit(1);
    }
    // The built-in roles, which the wasm loads when the quiz starts (core/build.rs).
    let roles = format!("{out}/roles.json");
    if let Err(e) = std::fs::write(&roles, career_quiz::core::catalogue::BUILTIN_SHIPPED) {
        eprintln!("prerender: cannot write {roles}: {e}");
        std::process::exit(1);
    }
    // The texts the wasm leaves out, one file per language (build.rs), and
    // which key each hash in them stands for (for the tests, not shipped).
    let packs = career_quiz::i18n::PACKS.map(|(lang, pack)| (format!("{}.ui.json", lang.code()), pack));
    for (name, text) in packs.into_iter().chain([("pack-keys.json".to_string(), career_quiz::i18n::PACK_KEYS)]) {
        let path = format!("{out}/{name}");
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("prerender: cannot write {path}: {e}");
            std::process::exit(1);
        }
    }
    for lang in Lang::ALL {
        let props = AppProps::new(lang, catalogue.clone());
        let html = runtime.block_on(LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
        let path = format!("{out}/{}.html", lang.code());
        if let Err(e) = std::fs::write(&path, &html) {
            eprintln!("prerender: cannot write {path}: {e}");
            std::process::exit(1);
        }
        println!("[prerender] {path}: {} bytes", html.len());
    }
}
