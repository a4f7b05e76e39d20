# The project's commands. `make serve` and `make test` work from a fresh clone:
# they install what they need first (.venv, npm packages, Chromium when missing).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_STAMP := $(VENV)/.installed
NPM_STAMP := calculator/node_modules/.installed
PORT ?= 8000
# Material 9.7 prints a banner about MkDocs 2.0 on every build; this project pins mkdocs<2.
export NO_MKDOCS_2_WARNING := 1

.PHONY: install build serve dev test test-python test-browser bench browser check clean

install: $(PIP_STAMP) $(NPM_STAMP)

# Debian's python3 needs its python3-venv package for `-m venv`: installed with apt when missing.
$(PIP_STAMP): pyproject.toml
	$(PY) -m venv $(VENV) || { rm -rf $(VENV); \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null \
	  && $(PY) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,docs]'
	touch $@

$(NPM_STAMP): calculator/package.json calculator/package-lock.json
	cd calculator && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Chromium for the browser tests: Debian's package (apt) when none is found.
browser:
	@$(BIN)/python tests/browser/chromium.py >/dev/null 2>&1 || { \
	  echo "Chromium ontbreekt: installeren met apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@$(BIN)/python tests/browser/chromium.py

build: install
	$(BIN)/mkdocs build --strict --quiet

serve: build
	@echo "De site draait op http://127.0.0.1:$(PORT)/"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory site

# Authors: rebuild on every change.
dev: install
	$(BIN)/mkdocs serve -a 127.0.0.1:$(PORT)

# The fast checks, in seconds: lint and strict types of the engine, the pure JS modules' unit
# tests (node --test) and their JSDoc types (tsc --checkJs), and that src/gedeeld.js (the lists the
# browser shares with the engine) is up to date. Part of `make test`.
check: install
	$(BIN)/ruff check py/wik calculator/*.py docs/_hooks
	$(BIN)/mypy --strict py/wik
	$(BIN)/python calculator/gedeeld.py --controleer
	cd calculator && node --test test/ && ./node_modules/.bin/tsc -p .

test: build browser check
	$(BIN)/pytest --cov=wik --cov-branch --cov-report=term-missing -q

test-python: install
	$(BIN)/pytest --cov=wik --cov-branch --cov-report=term-missing -q -m "not browser"

bench: build browser
	$(BIN)/python tests/bench/bench.py

clean:
	rm -rf site $(VENV) calculator/node_modules .coverage
