#!/usr/bin/env bash
# The access-log verifier for the patient's browser (verifier/, the same
# Rust checks as `insyn verify-proof`): compiled to WebAssembly, bound with
# the wasm-bindgen CLI and shrunk with wasm-opt into the site's pkg folder
# beside the islands, with the log page's script that loads it
# when the patient asks (verifier/verify-log.js). Run after
# the islands (scripts/build-site.sh calls it; after `cargo leptos build`, run it and scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=${CARGO_TARGET_DIR:-target}
pkg=target/site/pkg
cargo build -p insyn-verifier --lib --target wasm32-unknown-unknown --profile wasm-release --locked
mkdir -p "$pkg"
wasm-bindgen --target web --no-typescript --out-dir "$pkg" \
  "$target_dir/wasm32-unknown-unknown/wasm-release/insyn_verifier.wasm"
# The features Rust's wasm32 target uses by default, so wasm-opt keeps them.
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$pkg/insyn_verifier_bg.wasm" -o "$pkg/insyn_verifier_bg.wasm"
cp verifier/verify-log.js "$pkg/verify-log.js"
