#!/usr/bin/env bash
# The release binary and site, built with cargo, the wasm-bindgen CLI and
# wasm-opt directly into target/site — what `cargo leptos build --release`
# makes, without compiling cargo-leptos itself first (that took a newcomer
# 15 minutes before the first page). The workspace's cargo-leptos metadata
# stays for those who use `cargo leptos watch`.
#
# 1. the `insyn` binary (release), unless SITE_ONLY=1: `make test` serves
#    the browser tests with the binary `cargo test --release` built (the
#    tests' dev-dependencies turn on features, so a plain `cargo build`
#    would compile the server a second time);
# 2. the islands (`app` with `hydrate`, wasm32, the `wasm-release` profile),
#    bound with wasm-bindgen and shrunk with wasm-opt;
# 3. the stylesheet and the public files;
# 4. the browser's access-log verifier (scripts/build-verifier.sh);
# 5. every pkg file named after its content, with pkg/manifest.json
#    (scripts/hash-site.mjs), and precompressed (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=${CARGO_TARGET_DIR:-target}
site=target/site
pkg=$site/pkg

if [ "${SITE_ONLY:-0}" != 1 ]; then
  cargo build -p insyn --bin insyn --release --locked
fi
cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate --locked

rm -rf "$site"
mkdir -p "$pkg"
cp -r public/. "$site/"
wasm-bindgen --target web --no-typescript --out-name insyn --out-dir "$pkg" \
  "$target_dir/wasm32-unknown-unknown/wasm-release/app.wasm"
# The features Rust's wasm32 target uses by default, so wasm-opt keeps them.
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$pkg/insyn_bg.wasm" -o "$pkg/insyn_bg.wasm"
cp style/main.css "$pkg/insyn.css"

scripts/build-verifier.sh
node scripts/hash-site.mjs "$pkg"
node scripts/precompress.mjs "$pkg"
