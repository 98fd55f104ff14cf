#!/usr/bin/env bash
# Serves the portal at http://127.0.0.1:3000 on ./data/insyn.db (created and
# filled with the demo data on first start), with the development identity
# provider at http://127.0.0.1:4000 and the mail catcher (maildev: SMTP on
# 127.0.0.1:1025, the mails at http://127.0.0.1:1080). `make run` builds
# first. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."

node e2e/idp/server.js &
idp=$!
node e2e/node_modules/maildev/bin/maildev --ip 127.0.0.1 --smtp 1025 --web 1080 --silent &
mail=$!
trap 'kill "$idp" "$mail" 2>/dev/null || true' EXIT

echo "insyn: http://127.0.0.1:3000   identity provider: http://127.0.0.1:4000   mail: http://127.0.0.1:1080   (Ctrl-C stops)" >&2
bin/insyn serve "$@"
