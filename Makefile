# insyn — the two commands. Both work on a fresh machine: they install what
# is missing first (scripts/bootstrap.sh).
SHELL := /usr/bin/env bash

# Builds are shared between checkouts (and with CI) when kept outside the clone.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/insyn/target
# The site build finds wasm-opt (npm binaryen) and the cargo-installed tools here.
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run test build setup bench fuzz soak

## make run: build the release site and serve it at http://127.0.0.1:3000
run: build
	scripts/run.sh

## make test: formatting, lints, Rust tests on SQLite and PostgreSQL, browser tests
test:
	scripts/test.sh

## make bench: the benchmarks, results written to benchmarks/*.md
## (BENCH_QUICK=1: the page benchmark only, 5 s a run: about 5 minutes)
bench: setup
	command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	# The page benchmark measures what a first visit transfers from the built site.
	SITE_ONLY=1 scripts/build-site.sh
	TEST_POSTGRES_URL=$$(scripts/postgres.sh) cargo bench -p insyn $(if $(BENCH_QUICK),--bench pages,--bench copies --bench queue --bench import --bench log --bench checkpoint --bench releases --bench pages)

## make fuzz: each fuzz target for FUZZ_SECONDS (default 30) from its kept
## corpus, on the stable toolchain; results in benchmarks/fuzz.md
fuzz: setup
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	scripts/fuzz.sh

## make soak: three insyn servers on one PostgreSQL behind a load balancer,
## with patients, staff and a register system for SOAK_MINUTES (default 10);
## results in benchmarks/soak.md
soak: setup
	scripts/soak.sh

## make build: the release binary (bin/insyn) and site (target/site); the
## script installs the tools (scripts/bootstrap.sh) while the server compiles
build:
	scripts/build-site.sh
	install -D -m 0755 "$(CARGO_TARGET_DIR)/release/insyn" bin/insyn

setup:
	scripts/bootstrap.sh
