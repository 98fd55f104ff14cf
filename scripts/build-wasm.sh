#!/usr/bin/env bash
# One crate's library for the browser, into the site's pkg folder: compiled
# for wasm32 with the `wasm-release` profile, bound with the wasm-bindgen CLI
# (ES module, `--target web`) as OUT_NAME.js and OUT_NAME_bg.wasm, and shrunk
# with wasm-opt. Used for the islands and the access-log verifier.
# Usage: scripts/build-wasm.sh PACKAGE OUT_NAME [cargo build options…]
set -euo pipefail
cd "$(dirname "$0")/.."

package=$1
out_name=$2
shift 2
target_dir=${CARGO_TARGET_DIR:-target}
pkg=target/site/pkg

cargo build -p "$package" --lib --target wasm32-unknown-unknown --profile wasm-release --locked "$@"
mkdir -p "$pkg"
wasm-bindgen --target web --no-typescript --out-name "$out_name" --out-dir "$pkg" \
  "$target_dir/wasm32-unknown-unknown/wasm-release/${package//-/_}.wasm"
# The features Rust's wasm32 target uses by default, so wasm-opt keeps them.
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$pkg/${out_name}_bg.wasm" -o "$pkg/${out_name}_bg.wasm"
