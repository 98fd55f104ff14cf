#!/usr/bin/env bash
# The access-log verifier for the patient's browser (verifier/, the same
# Rust checks as `insyn verify-proof`) into the site's pkg folder beside the
# islands, with the log page's script that loads it when the patient asks
# (verifier/verify-log.js). scripts/build-site.sh calls it; after
# `cargo leptos build`, run it and then scripts/precompress.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-wasm.sh insyn-verifier insyn_verifier
cp verifier/verify-log.js target/site/pkg/verify-log.js
