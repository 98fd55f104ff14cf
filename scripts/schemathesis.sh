#!/usr/bin/env bash
# Hostile input by machine: schemathesis generates requests from the register
# API's own OpenAPI document — every operation, valid and invalid bodies,
# JSON and NDJSON (e2e/schemathesis/hooks.py) — against a running insyn on a
# fresh demo database, with a valid token (and, for every operation, without
# one), and checks every answer: no 5xx, each status, content type, header
# and body as the document says. Bounded in examples, so it takes seconds.
# Usage: scripts/schemathesis.sh [INSYN_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-${CARGO_TARGET_DIR:-$HOME/.cache/insyn/target}/release/insyn}
venv=${SCHEMATHESIS_VENV:-$HOME/.cache/insyn/schemathesis-venv}
port=${E2E_SCHEMATHESIS_PORT:-3190}
work=$(mktemp -d /tmp/insyn-schemathesis.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export DATABASE_URL="sqlite://$work/insyn.db"
export INSYN_LOG__FILTER=warn
export INSYN_ACCESS_LOG__SIGNING_KEY_FILE="$work/log-signing.key"
export INSYN_HTTP__PUBLIC_URL="http://127.0.0.1:$port"
"$bin" seed --demo >/dev/null
register_token=$("$bin" token create --register qivf --label schemathesis 2>/dev/null)
relations_token=$("$bin" token create --relations --label schemathesis 2>/dev/null)
"$bin" serve --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.2
done

st() {
  (cd e2e/schemathesis && SCHEMATHESIS_HOOKS=hooks PYTHONPATH=. \
    "$venv/bin/schemathesis" --config-file schemathesis.toml run \
    "http://127.0.0.1:$port/api/openapi.json" --checks all --max-examples 25 \
    --seed 20261201 "$@")
}
st -H "Authorization: Bearer $register_token" --exclude-path /api/v1/relations
st -H "Authorization: Bearer $relations_token" --include-path /api/v1/relations
