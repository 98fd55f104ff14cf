#!/usr/bin/env bash
# `make soak`: three `insyn serve` processes of the release binary on one
# PostgreSQL, behind a small load balancer, under patients, staff and a
# register system for SOAK_MINUTES (default 10) — server/benches/soak.rs
# says what it checks and why it is built so. Writes benchmarks/soak.md and
# fails on any error, any lost write, memory growth over 30 MB or 25 %, an
# access log that does not verify, or a mail not sent exactly once.
# SOAK_SECONDS (for a short try) overrides SOAK_MINUTES; SOAK_PATIENTS sets
# the number of patient clients (6).
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${SOAK_MINUTES:-10}
# The Makefile's environment, for running this script by hand.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/insyn/target}

# The identity provider and the mail catcher are Node programs in e2e/
# (`make soak` runs the bootstrap first; by hand, it runs here if missing).
if ! command -v node >/dev/null 2>&1 || [ ! -d e2e/node_modules/maildev ] || [ ! -d e2e/node_modules/oidc-provider ]; then
  scripts/bootstrap.sh
fi

TEST_POSTGRES_URL=$(scripts/postgres.sh)
export TEST_POSTGRES_URL

# Cargo builds the release `insyn` binary along with the bench, which runs
# it (CARGO_BIN_EXE_insyn): no separate build step.
cargo test --release --locked -p insyn --bench soak -- --soak --minutes "$minutes"
