#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 for insyn's tests (installing it if this
# machine lacks it), makes sure the `insyn` role exists, drops databases left
# by earlier test runs, and prints the admin URL for TEST_POSTGRES_URL.
# Idempotent. Usage: export TEST_POSTGRES_URL=$(scripts/postgres.sh)
set -euo pipefail

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL …" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
if [ -z "$version" ]; then
  echo "no PostgreSQL cluster found under /etc/postgresql" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
as_postgres "psql -q -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'insyn') THEN
    CREATE ROLE insyn LOGIN PASSWORD 'insyn' CREATEDB;
  END IF;
END $$;
SQL
# Databases made by earlier test runs (each test makes its own).
as_postgres "psql -Atq -c \"SELECT datname FROM pg_database WHERE datname LIKE 'insyn_test_%'\"" |
  while read -r db; do as_postgres "dropdb --if-exists '$db'" >&2; done
echo "postgres://insyn:insyn@127.0.0.1:5432/postgres"
