#!/usr/bin/env bash
# Serves the portal at http://127.0.0.1:3000 on ./data/insyn.db (created and
# filled with the demo data on first start). `make run` builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "insyn: http://127.0.0.1:3000  (Ctrl-C stops)" >&2
exec bin/insyn serve "$@"
