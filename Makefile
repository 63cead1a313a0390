# Code Remote. `make` alone lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
UV := .tools/bin/uv
# Tools run straight from the virtualenv: under `uv run`, Ray would try to rebuild the uv
# environment for each worker process, and workers fail to start.
RUN := .venv/bin/
export RAY_ENABLE_UV_RUN_RUNTIME_ENV := 0
PY_PACKAGES := realtime actors sandbox infra
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*?## "}{printf "  \033[36m%-12s\033[0m %s\n",$$1,$$2}'

.PHONY: bootstrap
bootstrap: ## Install what is missing: apt packages, uv, the virtualenv, npm packages
	@bash scripts/bootstrap.sh

.PHONY: web
web: bootstrap ## Build the front end when its sources changed
	@bash scripts/build_web.sh

.PHONY: run
run: web ## Start the whole product (state kept in .data/ across restarts) and print the URL
	CODEREMOTE_WARM_ON_START=true $(RUN)coderemote serve --host $(HOST) --port $(PORT) --store embedded

.PHONY: lint
lint: bootstrap ## ruff (lint and format check), mypy, import-linter
	$(RUN)ruff check .
	$(RUN)ruff format --check .
	$(RUN)mypy
	$(RUN)lint-imports

.PHONY: fmt
fmt: bootstrap ## Format and auto-fix the Python code
	$(RUN)ruff format .
	$(RUN)ruff check --fix .

.PHONY: test-web
test-web: bootstrap ## Vitest unit tests and type check of the front end
	@if [ -f web/package.json ]; then cd web && npm run --silent typecheck && npm run --silent test; fi

.PHONY: test
test: lint test-web web ## Install what is missing, lint, then run every test (two shards side by side)
	$(RUN)python scripts/run_tests.py

.PHONY: bench
bench: web ## Run every benchmark under bench/ (JSON on stdout)
	@for b in bench/bench_*.py; do echo "== $$b" >&2; $(RUN)python $$b || exit 1; done
