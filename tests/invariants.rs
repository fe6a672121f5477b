//! Architectural invariants that a test can hold (see ARCHITECTURE.md).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// The core never touches the DOM: nothing under `src/core/` names yew,
/// web-sys, js-sys, gloo or wasm-bindgen.
#[test]
fn the_core_imports_nothing_from_the_browser_layer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for banned in ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
                assert!(
                    !code.contains(banned),
                    "{}:{}: the core must not use `{banned}`: {line}",
                    path.display(),
                    n + 1
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 7, "expected the core's modules under {}", dir.display());
}

/// The widget sets no inline `style` attribute (strict CSP pages forbid them).
#[test]
fn no_component_writes_an_inline_style_attribute() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains(" style="), "{} sets an inline style", path.display());
    }
}
