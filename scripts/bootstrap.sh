#!/usr/bin/env bash
# Installs what building insyn needs, idempotently: the WASM target, the
# wasm-bindgen CLI at the crate's exact version, and the npm tools
# (binaryen's wasm-opt, Playwright, axe-core). With --test, also Debian's
# Chromium for the browser tests, cargo-deny for the supply-chain check and
# schemathesis (PyPI, in its own virtual environment) for the API. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# scripts/deny.sh knows where this version keeps an advisory database.
CARGO_DENY_VERSION=0.20.2
SCHEMATHESIS_VERSION=4.32.5
SCHEMATHESIS_VENV=${SCHEMATHESIS_VENV:-$HOME/.cache/insyn/schemathesis-venv}
# The CLI must match the wasm-bindgen crate exactly; read it from the lock file.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

# Tools compile apart from insyn's own target folder, so that they can build
# while insyn does (scripts/build-site.sh) without waiting for its lock.
TOOLS_TARGET_DIR=${TOOLS_TARGET_DIR:-$HOME/.cache/insyn/tools-target}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# No cargo-leptos: scripts/build-site.sh builds the site without it (installing
# it took 15 minutes). For `cargo leptos watch`, install it yourself:
# cargo install cargo-leptos --version 0.3.10 --locked

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file may need a newer rustc than this machine's.
  CARGO_TARGET_DIR=$TOOLS_TARGET_DIR cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v npm >/dev/null 2>&1; then
  say "Installing Node.js and npm"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
if [ ! -f e2e/node_modules/.package-lock.json ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "Installing the npm tools (e2e/package.json)"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "${1:-}" = "--test" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/pdftotext ]; }; then
  # Chromium for the browser tests; poppler's pdftotext reads the PDF
  # register extract back into text in the server's tests.
  say "Installing Chromium and poppler-utils for the tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils
fi

if [ "${1:-}" = "--test" ] && ! cargo deny --version 2>/dev/null | grep -q " $CARGO_DENY_VERSION\$"; then
  say "Installing cargo-deny $CARGO_DENY_VERSION (about 3 minutes once)"
  CARGO_TARGET_DIR=$TOOLS_TARGET_DIR cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

if [ "${1:-}" = "--test" ] && ! "$SCHEMATHESIS_VENV/bin/schemathesis" --version 2>/dev/null | grep -q " $SCHEMATHESIS_VERSION\$"; then
  say "Installing schemathesis $SCHEMATHESIS_VERSION into $SCHEMATHESIS_VENV"
  if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
  fi
  rm -rf "$SCHEMATHESIS_VENV"
  python3 -m venv "$SCHEMATHESIS_VENV"
  "$SCHEMATHESIS_VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi
