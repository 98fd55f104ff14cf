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
#    would compile the server a second time). It compiles in the background
#    while the tools are installed (scripts/bootstrap.sh: the wasm-bindgen
#    CLI builds in a target folder of its own) and the site is built: the
#    server's last crates compile on one core, and on a fresh machine the
#    rest fills the other;
# 2. the islands (`app` with `hydrate`: scripts/build-wasm.sh);
# 3. the stylesheet and the public files;
# 4. the browser's access-log verifier (scripts/build-verifier.sh);
# 5. every pkg file named after its content, with pkg/manifest.json
#    (scripts/hash-site.mjs), and precompressed (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

site=target/site
pkg=$site/pkg

server=
if [ "${SITE_ONLY:-0}" != 1 ]; then
  cargo build -p insyn --bin insyn --release --locked &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
fi
scripts/bootstrap.sh

rm -rf "$site"
mkdir -p "$pkg"
cp -r public/. "$site/"
scripts/build-wasm.sh app insyn --no-default-features --features hydrate
cp style/main.css "$pkg/insyn.css"

scripts/build-verifier.sh
node scripts/hash-site.mjs "$pkg"
node scripts/precompress.mjs "$pkg"
if [ -n "$server" ]; then
  wait "$server"
fi
