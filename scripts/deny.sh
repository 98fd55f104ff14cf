#!/usr/bin/env bash
# The supply chain, checked offline: cargo-deny with deny.toml (licences,
# banned and duplicate crates, sources) and the RustSec advisories of the
# snapshot kept in supply-chain/advisory-db. cargo-deny reads an advisory
# database as a git repository in a folder named after its URL, so the
# snapshot is committed into a throw-away repository there, and cargo-deny
# runs --offline (no fetch). The folder name is cargo-deny's for the RustSec
# URL; scripts/bootstrap.sh pins the cargo-deny version it is known for.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/insyn-deny.XXXXXX)
trap 'rm -rf "$work"' EXIT
db="$work/dbs/advisory-db-3157b0e258782691"
mkdir -p "$work/dbs"
cp -r supply-chain/advisory-db "$db"
git -C "$db" init -q
git -C "$db" add -A
git -C "$db" -c user.name=insyn -c user.email=insyn@localhost commit -qm "RustSec snapshot"
sed -e "s|^db-urls = .*|&\ndb-path = \"$work/dbs\"|" deny.toml > "$work/deny.toml"

# Offline, cargo-deny reads every platform's crates from Cargo's cache; a
# fresh machine's build downloaded its own platform's only.
cargo fetch --locked --quiet
cargo deny --log-level warn --offline --locked --config "$work/deny.toml" check "$@"
