# Heritage Hub: `make run` serves the site with demo content, `make test` runs every test.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c

# Builds are cached outside the clone, so a fresh clone (and CI) builds incrementally.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/heritage-hub/target
# cargo-leptos sets this while building; setting it for every cargo command keeps the Leptos
# crates from being rebuilt whenever cargo-leptos and plain cargo take turns.
export LEPTOS_OUTPUT_NAME := heritage-hub
export LEPTOS_SITE_ROOT ?= target/site
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

SERVER := $(CARGO_TARGET_DIR)/release/heritage-hub

.PHONY: run test setup setup-browser build unit-and-integration browser fuzz-briefly fuzz lint bundle-size bench setup-bench clean

## Serve the site on SQLite with demo content at http://127.0.0.1:3000
run: setup build
	$(SERVER) seed-demo
	$(SERVER) serve

## Every test: unit, integration on SQLite and PostgreSQL, browser
test: setup-browser lint build bundle-size unit-and-integration fuzz-briefly browser

setup:
	scripts/bootstrap

setup-browser:
	scripts/bootstrap --browser

setup-bench:
	scripts/bootstrap --bench

## The release site: server binary, wasm-opt-optimised wasm, JS and CSS under target/site.
## --split cuts the wasm at each lazily loaded page (see app/src/app.rs); --precompress writes
## each file's brotli (quality 11) and gzip forms beside it, which the server sends as they are.
build:
	cargo leptos build --release --split --precompress

## Fails when a page's first load (its preloaded wasm and JS) passes the budget
bundle-size:
	scripts/bundle_size.py --check

## The benchmarks of BENCHMARKS.md, on SQLite and PostgreSQL; the report goes to target/bench/
bench: setup-bench build
	scripts/bench.py

## Formatting, and clippy on both sides: the server (ssr) and the browser bundle (hydrate)
lint:
	cargo fmt --all --check
	cargo clippy -p app -p server --features app/ssr --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

unit-and-integration:
	cargo test -p app -p server --features app/ssr

browser:
	cd end2end && npm test

# The fuzz targets of the parsers of untrusted input (fuzz/), on nightly as cargo-fuzz needs.
# Each target also reads the test fixtures as seeds (a PNG among them). `make test` runs each
# for FUZZ_SECONDS; `make fuzz` for ten minutes.
# A target directory of its own: nightly and stable would otherwise rebuild each other's build
# scripts, which both keep under release/.
FUZZ_TARGETS := forms markdown uploads
FUZZ_SECONDS ?= 20
FUZZ_TARGET_DIR := $(HOME)/.cache/heritage-hub/fuzz-target
fuzz-briefly:
	for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$target; \
	  CARGO_TARGET_DIR=$(FUZZ_TARGET_DIR) cargo +nightly fuzz run $$target fuzz/corpus/$$target server/tests/fixtures \
	    -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -print_final_stats=1 || exit 1; \
	done

fuzz:
	$(MAKE) fuzz-briefly FUZZ_SECONDS=600

clean:
	rm -rf target/site
