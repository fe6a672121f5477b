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
# Fails when the embed's first load (loader, glue, wasm with the embedding
# API, one language's pack: 187.8 KB on 2026-11-27) passes
# EMBED_SIZE_GUARD_KB gzip, issue 15's budget of 190 KB, or the hosted
# page's (wasm, JS, CSS, HTML, one pack: 164.8 KB) passes SIZE_GUARD_KB, a
# regression guard about 3 % over it (under the same budget). The rest of
# the wasm (`*.rest.wasm`, scripts/split.mjs: reading catalogues,
# scoring, pay, explanations, the results) and the files in i18n/ but the
# pack are loaded when the quiz starts: not in the first load. Before
# issue 15's cuts the first load was 351.1 KB (docs/performance.md).
SIZE_GUARD_KB=176
EMBED_SIZE_GUARD_KB=190
node scripts/size-report.mjs --budget-kb "$SIZE_GUARD_KB" --embed-budget-kb "$EMBED_SIZE_GUARD_KB" dist

layer "4/4 end-to-end tests in Chromium (playwright-core)"
node --test --test-concurrency=1 e2e/
