#!/usr/bin/env bash
# Prints the environment for building Rust to wasm32 on this machine, for
# `eval "$(scripts/wasm-env.sh)"`; with --mode prints only `rustup` or `debian`.
#
# `rustup`: the rustup toolchain has the wasm32 std; nothing special needed.
# `debian`: Debian's rustc-web builds std itself (build-std, enabled on a
# stable compiler by RUSTC_BOOTSTRAP) and links with wasm-ld-22.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"

mode=debian
libdir="$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null || true)"
if [ -n "$libdir" ] && ls "$libdir"/libstd-*.rlib >/dev/null 2>&1; then
  mode=rustup
fi
if [ "${1:-}" = --mode ]; then echo "$mode"; exit 0; fi

# npm's wasm-opt (binaryen 132) must win over Debian's older binaryen.
echo "export PATH=\"$root/node_modules/.bin:$cargo_bin:\$PATH\""
if [ "$mode" = debian ]; then
  echo "export PATH=\"$root/node_modules/.bin:/usr/bin:$cargo_bin:\$PATH\""
  echo "export RUSTC_BOOTSTRAP=1"
  echo "export CARGO_UNSTABLE_BUILD_STD=std,panic_abort"
  echo "export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22"
  echo "export CARGO_TARGET_DIR=\"$root/target/wasm\""
  # Release builds only (scripts/build.sh, the bench's baseline): std is
  # built here, so it can be built to abort at once on a panic, without the
  # message formatting and source locations a panic would otherwise carry
  # (-17 KB gzip of wasm). Nothing is lost: the widget has no panic hook and
  # panic = "abort" already ends in the same trap, with the message printed
  # nowhere. Tests keep the usual panics (their failures need the message).
  # Without reference types and multi-value (a few hundred bytes more):
  # Debian's binaryen 108, whose wasm-split splits the release wasm
  # (scripts/split.mjs), reads neither.
  echo "export CAREER_QUIZ_RELEASE_RUSTFLAGS=\"-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Ctarget-feature=-reference-types,-multivalue\""
else
  echo "export CAREER_QUIZ_RELEASE_RUSTFLAGS=\"-Ctarget-feature=-reference-types,-multivalue\""
fi
echo "export CHROMEDRIVER=\"\${CHROMEDRIVER:-/usr/bin/chromedriver}\""
