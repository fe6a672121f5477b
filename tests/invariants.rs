//! Architectural invariants that a test can hold (see ARCHITECTURE.md).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
            out.push(path);
        }
    }
    out
}

/// The widget's top-level module a file belongs to (`components`, `embed`,
/// `app`, ...), or `None` for the crate root and the binary.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root().join("src")).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (name != "lib" && name != "main").then(|| name.to_string())
}

/// Module → the other top-level modules it names as `crate::<module>`.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in rust_files(&root().join("src")) {
        let Some(module) = module_of(&path) else { continue };
        let text = fs::read_to_string(&path).unwrap();
        let deps = graph.entry(module.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + "crate::".len()..];
                let target: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                // `crate::core` is the pure core crate, below every module.
                if !target.is_empty() && target != module && target != "core" {
                    deps.insert(target);
                }
            }
        }
    }
    graph
}

/// A cycle through `node`, if the graph has one reachable from it.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut cycle = path[i..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for d in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

/// The widget's modules form a layered graph: no module reaches itself
/// through `crate::` paths (host → app → host was one such circle).
#[test]
fn the_module_graph_has_no_circle() {
    let graph = module_graph();
    assert!(graph.len() >= 8, "expected the widget's modules, found {graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("module circle: {}\nwhole graph: {graph:#?}", cycle.join(" → "));
    }
    // Browser services are a leaf: they know no widget module.
    assert_eq!(graph["host"], BTreeSet::new(), "host.rs must only use the core");
    // Components never reach up into the root, the embed layer or the entry point.
    for up in ["app", "embed", "start"] {
        assert!(!graph["components"].contains(up), "components use `{up}`: {:?}", graph["components"]);
    }
}

/// The checker itself finds a circle when there is one.
#[test]
fn the_cycle_finder_finds_a_planted_circle() {
    let mut graph = module_graph();
    graph.get_mut("host").unwrap().insert("app".into());
    let cycle = find_cycle(&graph).expect("host → app → host");
    assert!(cycle.contains(&"host".to_string()) && cycle.contains(&"app".to_string()), "{cycle:?}");
}

/// The core crate depends on no browser crate, so using one there is a
/// compile error (this test guards the manifest that makes it so).
#[test]
fn the_core_crate_has_no_browser_dependency() {
    let manifest = fs::read_to_string(root().join("core/Cargo.toml")).unwrap();
    for banned in ["yew", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
        assert!(!manifest.contains(banned), "core/Cargo.toml names `{banned}`");
    }
}

/// The widget sets no inline `style` attribute (strict CSP pages forbid them).
#[test]
fn no_component_writes_an_inline_style_attribute() {
    for path in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains(" style="), "{} sets an inline style", path.display());
    }
}
