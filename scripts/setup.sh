#!/usr/bin/env bash
# Installs everything the project needs to build and test, and nothing twice.
#
# - A Rust compiler that can target wasm32: rustup's wasm32 target when it is
#   already installed (a developer laptop), else Debian's rustc-web/cargo-web
#   with std's source (built by cargo's build-std) and the wasm-ld-22 linker.
#   It never runs `rustup target add`: with no network that hangs.
# - wasm-bindgen-cli equal to the crate's pinned wasm-bindgen, and Trunk.
# - Chromium and ChromeDriver (Debian packages) for the browser tests.
# - The dev-only npm tools pinned in package-lock.json (playwright-core,
#   axe-core, binaryen's wasm-opt, esbuild for minifying, lighthouse, ajv).
# A second run checks each of these in well under a second and installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
say() { printf '[setup] %s\n' "$*"; }

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "missing ${missing[*]} and no apt-get here: install them by hand"; return 1
  fi
  if [ $apt_updated = 0 ]; then
    say "apt-get update"; "${sudo_cmd[@]}" apt-get update -qq; apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 1. A compiler for wasm32.
if [ "$(scripts/wasm-env.sh --mode)" = rustup ]; then
  say "rustup's wasm32-unknown-unknown target is installed: using it"
else
  apt_install rustc-web cargo-web rust-web-src lld-22
fi

# 2. Host tools built from crates.io (with whichever cargo is first on PATH).
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$cargo_bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install -q trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-split, which splits the release wasm in two (scripts/split.mjs):
# Debian's binaryen (108; npm's binaryen 132, whose wasm-opt the build
# uses, ships no wasm-split). Its older wasm-opt lands in /usr/bin, after
# node_modules/.bin on the build's PATH (scripts/wasm-env.sh).
if ! command -v wasm-split >/dev/null; then
  apt_install binaryen
fi

# 3. A browser and its driver.
if [ -z "${CHROMIUM:-}" ]; then
  apt_install chromium chromium-driver
fi

# 4. Dev-only npm tools, exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.lock-copy; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lock-copy
fi

say "ready"
