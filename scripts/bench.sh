#!/usr/bin/env bash
# `make bench`: builds the release widget (scripts/build.sh) and, in the same
# run, the Yew baseline (benches/baseline/, a counter with the same release
# profile, Trunk and wasm-opt settings), runs the engine benchmark, then
# prints the table (scripts/bench.mjs), ending with Lighthouse mobile runs
# of both (scripts/lighthouse.mjs, served with gzip). Not part of `make test`: timings are
# printed, never asserted. Extra arguments go to bench.mjs (e.g. --loads 20).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
mkdir -p target/bench

# The baseline must be optimised exactly like the widget, whose two halves
# scripts/split.mjs optimises with -Oz and OPT_PARAMS (Trunk leaves the
# widget's wasm alone to split it first).
widget_opt="data-wasm-opt-params=\"$(sed -n "s/^export const OPT_PARAMS = '\(.*\)';/\1/p" scripts/split.mjs)\" data-wasm-opt=\"z\""
baseline_opt="$(grep -o 'data-wasm-opt[a-z-]*="[^"]*"' benches/baseline/index.html | sort | tr '\n' ' ' | sed 's/ $//')"
if [ "$widget_opt" != "$baseline_opt" ]; then
  echo "[bench] wasm-opt settings differ: the widget's (scripts/split.mjs) are '$widget_opt'," \
       "benches/baseline/index.html has '$baseline_opt'" >&2
  exit 1
fi
sed -n '/^\[profile.release\]/,/^$/p' Cargo.toml | grep -v '^#' > target/bench/profile.widget
sed -n '/^\[profile.release\]/,/^$/p' benches/baseline/Cargo.toml | grep -v '^#' > target/bench/profile.baseline
if ! diff -q target/bench/profile.widget target/bench/profile.baseline >/dev/null; then
  echo "[bench] [profile.release] differs between Cargo.toml and benches/baseline/Cargo.toml" >&2
  diff target/bench/profile.widget target/bench/profile.baseline >&2 || true
  exit 1
fi

echo "[bench] widget: scripts/build.sh"
scripts/build.sh

echo "[bench] Yew baseline: trunk build --release (benches/baseline)"
(
  eval "$(scripts/wasm-env.sh)"
  # Share the widget's target folder so std and Yew are built once.
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
  cd benches/baseline
  RUSTFLAGS="$CAREER_QUIZ_RELEASE_RUSTFLAGS" trunk build --release --offline --dist "$root/target/bench/baseline-dist" 2>&1 | grep -vE '^\s*$' | tail -n 2
)

echo "[bench] engine: cargo bench -p career-quiz-core --bench engine"
cargo bench --quiet -p career-quiz-core --bench engine | tee target/bench/engine.txt

# Lighthouse (scripts/lighthouse.mjs) drives Debian's Chromium.
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
node scripts/bench.mjs --dist dist --baseline target/bench/baseline-dist --engine target/bench/engine.txt \
  --json target/bench/bench.json "$@"
