# Quick start: `make run` (set up and open the app on a sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/mixed-eu-energy.md
# UI translations: the .ts files are the sources, the .qm files are built (never committed).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
GUI_SOURCES = $(shell find factcheck_app/gui -name '*.py' | sort)

.PHONY: run test lint bench screenshot package clean translations messages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test]"
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (new strings arrive unfinished), then build the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(GUI_SOURCES) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# Core strings (reports, CLI, explanations: factcheck_app.i18n): extract with Babel and
# merge into resources/locale/*/LC_MESSAGES/factcheck.po; new strings arrive untranslated
# (tests/unit/test_i18n.py fails until they are translated). The .po is read at run time.
BABEL_KEYWORDS := -k N_ -k NP_:1c,2
messages: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel -q extract -F babel.cfg $(BABEL_KEYWORDS) --no-location --sort-output \
	  -o build/factcheck.pot factcheck_app
	$(BIN)/pybabel -q update -i build/factcheck.pot -d resources/locale -D factcheck \
	  --ignore-obsolete --no-fuzzy-matching -w 100 --ignore-pot-creation-date

run: $(STAMP) $(QM_FILES)
	$(BIN)/factcheck-app $(SAMPLE)

test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check factcheck_app tests bench
	$(BIN)/ruff format --check factcheck_app tests bench

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The README's and the guide's pictures, in English and German, from the bundled sample.
screenshot: $(STAMP) $(QM_FILES)
	for lang in en de; do \
	  tmp=$$(mktemp -d) && printf '{"ui_language": "%s"}' $$lang > $$tmp/settings.json && \
	  suffix=$$([ $$lang = de ] && echo -de || true) && \
	  FACTCHECK_CONFIG=$$tmp/settings.json QT_QPA_PLATFORM=offscreen \
	    $(BIN)/factcheck-app --screenshot docs/screenshots/main-window$$suffix.png $(SAMPLE); \
	  status=$$?; rm -rf $$tmp; [ $$status -eq 0 ] || exit $$status; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_guide_images.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_report_images.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# One-folder app bundle in dist/factcheck/ (see packaging/README.md).
$(VENV)/.package-installed: $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -e ".[package]"
	touch $@

package: $(VENV)/.package-installed $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/factcheck.spec
