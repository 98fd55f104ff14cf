#!/usr/bin/env bash
# Serves the portal at http://127.0.0.1:3000 on ./data/insyn.db (created and
# filled with the demo data on first start), with the development identity
# provider at http://127.0.0.1:4000. `make run` builds first. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

node e2e/idp/server.js &
idp=$!
trap 'kill "$idp" 2>/dev/null || true' EXIT

echo "insyn: http://127.0.0.1:3000   identity provider: http://127.0.0.1:4000   (Ctrl-C stops)" >&2
bin/insyn serve "$@"
