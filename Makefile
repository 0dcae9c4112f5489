# Quick start: `make run` (set up and open the app on a sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/mixed-eu-energy.md

.PHONY: run test lint bench screenshot package clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/factcheck-app $(SAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check factcheck_app tests bench
	$(BIN)/ruff format --check factcheck_app tests bench

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/factcheck-app --screenshot docs/screenshot.png $(SAMPLE)

clean:
	rm -rf $(VENV) build dist *.egg-info

# One-folder app bundle in dist/factcheck/ (see packaging/README.md).
$(VENV)/.package-installed: $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -e ".[package]"
	touch $@

package: $(VENV)/.package-installed
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/factcheck.spec
