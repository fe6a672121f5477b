#!/usr/bin/env bash
# Builds the release widget into dist/ with Trunk (wasm-bindgen + wasm-opt -Oz;
# the embed's wasm, with the embedding API, beside it in target/embed-trunk/),
# prerenders its intro into the page (scripts/prerender.mjs),
# then the offline single page dist/career-quiz.html (scripts/single-file.mjs)
# and the embed distributable dist/embed/ with its demo dist/embed-demo/
# (scripts/embed-build.mjs), then minifies the JavaScript the page and the
# embed fetch (scripts/minify.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
# The intro in five languages from the same components, rendered natively
# by Yew's server-side renderer (examples/prerender.rs), with the host's
# toolchain, before the wasm environment changes PATH.
cargo run -q --example prerender -- target/prerender
eval "$(scripts/wasm-env.sh)"
# Two wasm builds: the embed's, with the embedding API (the default
# features), then the hosted page's without it (Cargo.toml, `embed`).
RUSTFLAGS="$CAREER_QUIZ_RELEASE_RUSTFLAGS" trunk build --release --offline --dist target/embed-trunk 2>&1 | grep -vE '^\s*$' | tail -n 3
node scripts/split.mjs target/embed-trunk
RUSTFLAGS="$CAREER_QUIZ_RELEASE_RUSTFLAGS" trunk build --release --offline --dist dist --no-default-features 2>&1 | grep -vE '^\s*$' | tail -n 3
node scripts/split.mjs dist
node scripts/prerender.mjs dist target/prerender
node scripts/single-file.mjs dist dist/career-quiz.html
node scripts/embed-build.mjs dist target/embed-trunk
node scripts/i18n-build.mjs dist
node scripts/minify.mjs dist
echo "[build] dist/ built in $(( $(date +%s) - start )) s"
