#!/usr/bin/env bash
# Every check insyn has, in the order that fails fastest: formatting, lints
# (server and WASM), the supply chain (cargo-deny), rustdoc, the Rust tests
# on SQLite and PostgreSQL, the release build of the site, schemathesis
# against the register API, the development identity provider's own tests,
# and the browser tests against the site.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

scripts/bootstrap.sh --test

step "Formatting"
cargo fmt --all -- --check

step "Clippy: server and tests"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "Clippy: WASM islands"
cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown --locked -- -D warnings

step "Supply chain: licences, bans, sources, RustSec advisories (offline)"
scripts/deny.sh

step "Documentation builds without warnings"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked

step "PostgreSQL"
TEST_POSTGRES_URL=$(scripts/postgres.sh)
export TEST_POSTGRES_URL

step "Rust tests (unit, property, integration on SQLite and PostgreSQL)"
cargo test --workspace --release --locked

step "Release build of the site (the server binary is the one the tests built)"
SITE_ONLY=1 scripts/build-site.sh

step "The register API against its OpenAPI document (schemathesis)"
scripts/schemathesis.sh "$CARGO_TARGET_DIR/release/insyn"

step "Development identity provider (a full code flow with PKCE)"
node --test e2e/idp/

step "Browser tests"
e2e_dir=$(mktemp -d /tmp/insyn-e2e.XXXXXX)
trap 'rm -rf "$e2e_dir"' EXIT
(cd e2e && E2E_DATABASE_URL="sqlite://$e2e_dir/insyn.db" E2E_INSYN_BIN="$CARGO_TARGET_DIR/release/insyn" npx playwright test)
