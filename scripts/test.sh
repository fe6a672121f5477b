#!/usr/bin/env bash
# Runs every test layer, stopping at the first that fails (non-zero exit):
#   1. native: the hygiene gate (cargo fmt --check, clippy with warnings as
#      errors), then the pure core's unit, property and persona tests, the
#      catalogue validation and the server-side rendering tests (cargo test);
#   2. browser components: wasm-bindgen-test in headless Chromium;
#   3. the release build and its size report;
#   4. end to end: playwright-core driving /usr/bin/chromium (node --test).
set -euo pipefail
cd "$(dirname "$0")/.."
layer() { printf '\n==== %s ====\n' "$*"; }

layer "1/4 hygiene and native tests (cargo fmt, clippy, cargo test)"
# The plain toolchain, without the wasm build's environment.
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo test --quiet --workspace --all-targets
# The published roles JSON Schema against data/roles.json, the demo agency's roles and the fixtures.
node scripts/check-schema.mjs

layer "2/4 component tests in headless Chromium (wasm-bindgen-test)"
(
  eval "$(scripts/wasm-env.sh)"
  cargo test --target wasm32-unknown-unknown --test browser
)

layer "3/4 release build and size report"
scripts/build.sh
# Fails when the first load of the hosted build (wasm + JS + CSS + HTML and
# one language's pack: 170.6 KB) passes SIZE_GUARD_KB gzip, or the embed's
# (loader, glue, wasm, one pack: 194.8 KB; its wasm has the embedding API,
# which the hosted page's is built without) passes EMBED_SIZE_GUARD_KB.
# The rest of the wasm (`*.rest.wasm`, scripts/split.mjs: scoring, pay,
# explanations, the results, reading catalogues), loaded when the quiz
# starts, is not in the first load.
# Regression guards, about 3 % over what was measured on 2026-11-27 after
# issue 15's cuts so far (the wasm split in two; the built-in roles out of
# the wasm; no serde_json and no serde-derived readers in the wasm; the
# hosted page's wasm without the embedding API; packs keyed by hash; the
# stylesheet, the other languages and the citation texts out of the wasm;
# the prerendered intro in the page; std built to abort at once on a
# panic; small maps as lists; the glue, loader and stylesheet minified);
# 351.1 KB before them.
# Issue 15's budget is 190 KB for both (docs/performance.md says how far
# the embed is from it).
SIZE_GUARD_KB=176
EMBED_SIZE_GUARD_KB=201
node scripts/size-report.mjs --budget-kb "$SIZE_GUARD_KB" --embed-budget-kb "$EMBED_SIZE_GUARD_KB" dist

layer "4/4 end-to-end tests in Chromium (playwright-core)"
node --test --test-concurrency=1 e2e/
