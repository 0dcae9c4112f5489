# Quick start: `make run` (set up and open the app on a sample) and `make test`.
# `make test` is the suite without the slow bundle/wheel builds, plus mypy on the package;
# `.ci/run` adds `make package-test`, `make wheel-test` and `make test-min` as own steps.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/mixed-eu-energy.md
# UI translations: the .ts files are the sources, the .qm files are built (never committed).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
GUI_SOURCES = $(shell find factcheck_app/gui -name '*.py' | sort)

# A .venv made by another Python (another version or install) is rebuilt, not reused.
PY_ID := import sys; print(sys.version.split()[0], sys.base_prefix)
WANT_PY := $(shell $(PYTHON) -c '$(PY_ID)' 2>/dev/null)
HAVE_PY := $(shell $(BIN)/python -c '$(PY_ID)' 2>/dev/null)
ifneq ($(WANT_PY),$(HAVE_PY))
STALE_VENV := FORCE
endif

.PHONY: run test lint typecheck bench screenshot package package-test wheel wheel-test \
	test-min clean translations messages fuzz FORCE

$(STAMP): pyproject.toml $(STALE_VENV)
	@if [ -d $(VENV) ] && [ "$$($(BIN)/python -c '$(PY_ID)' 2>/dev/null)" != "$(WANT_PY)" ]; then \
	  echo "$(VENV) was made by another Python than $(PYTHON) ($(WANT_PY)): rebuilding it"; \
	  rm -rf $(VENV); \
	fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test]"
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (new strings arrive unfinished), then build the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(GUI_SOURCES) \
	  -ts $(filter-out %_en.ts,$(TS_FILES))
	# English is the source language: its catalogue holds only the plural forms.
	$(BIN)/pyside6-lupdate -silent -pluralonly -no-obsolete -locations none -target-language en \
	  $(GUI_SOURCES) -ts resources/translations/factcheck_en.ts
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# Core strings (reports, CLI, explanations: factcheck_app.i18n): extract with Babel and
# merge into resources/locale/*/LC_MESSAGES/factcheck.po; new strings arrive untranslated
# (tests/unit/test_i18n.py fails until they are translated). The .po is read at run time.
BABEL_KEYWORDS := -k N_ -k NP_:1c,2
messages: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel -q extract -F babel.cfg $(BABEL_KEYWORDS) --no-location --sort-output \
	  -o build/factcheck.pot factcheck_app resources/lexicons
	$(BIN)/pybabel -q update -i build/factcheck.pot -d resources/locale -D factcheck \
	  --ignore-obsolete --no-fuzzy-matching -w 100 --ignore-pot-creation-date

run: $(STAMP) $(QM_FILES)
	$(BIN)/factcheck-app $(SAMPLE)

# The README's test command: mypy on the whole package (GUI included), then every test but
# the slow ones (those build the app bundle and the wheel; CI runs them as separate steps).
test: typecheck $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -p no:cacheprovider

typecheck: $(STAMP)
	$(BIN)/mypy

# The attack suite with many more hostile inputs per class than `make test` tries, at
# random (new inputs each run); prints the table of outcomes per attack class.
fuzz: $(STAMP) $(QM_FILES)
	FACTCHECK_FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} FACTCHECK_FUZZ_RANDOM=1 QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest tests/attack -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check factcheck_app tests bench tools
	$(BIN)/ruff format --check factcheck_app tests bench tools

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The README's and the guide's pictures, in English and German, from the bundled sample:
# main-window[-de].png at 1440x900 for the README, and every size the layout must serve.
SHOT_SIZES := 1024x640 1440x900 1920x1080
screenshot: $(STAMP) $(QM_FILES)
	for lang in en de; do \
	  tmp=$$(mktemp -d) && printf '{"ui_language": "%s", "user_name": "Anna Köhler", "organisation": "Faktencheck Nord", "identity_confirmed": true}' $$lang > $$tmp/settings.json && \
	  suffix=$$([ $$lang = de ] && echo -de || true) && \
	  for size in $(SHOT_SIZES); do \
	    XDG_CONFIG_HOME=$$tmp FACTCHECK_CONFIG=$$tmp/settings.json QT_QPA_PLATFORM=offscreen \
	      $(BIN)/factcheck-app --screenshot docs/screenshots/main-window-$$size$$suffix.png \
	      --size $$size $(SAMPLE) || { rm -rf $$tmp; exit 1; }; \
	  done; \
	  cp docs/screenshots/main-window-1440x900$$suffix.png docs/screenshots/main-window$$suffix.png; \
	  rm -rf $$tmp; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_guide_images.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_report_images.py

clean:
	rm -rf $(VENV) $(MIN_VENV) build dist *.egg-info

# One-folder app bundle in dist/factcheck/ (see packaging/README.md).
$(VENV)/.package-installed: $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -e ".[package]"
	touch $@

package: $(VENV)/.package-installed $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/factcheck.spec

# Build the bundle, then start it and check what it does (tests/packaging/test_bundle.py).
package-test: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -p no:cacheprovider \
	  tests/packaging/test_bundle.py

# The wheel and sdist in dist/ (the wheel carries resources/ and the compiled translations).
wheel: $(STAMP)
	$(BIN)/python -m build --no-isolation --outdir dist .

# Build wheel + sdist, install the wheel into a fresh venv outside the tree and use it.
wheel-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -p no:cacheprovider \
	  tests/packaging/test_wheel.py

# The declared minimum versions (packaging/constraints-min.txt) in a second venv, running
# the core unit tests: the lower bounds in pyproject.toml are tested, not guessed.
MIN_VENV ?= .venv-min
test-min:
	@if [ -d $(MIN_VENV) ] && [ "$$($(MIN_VENV)/bin/python -c '$(PY_ID)' 2>/dev/null)" != "$(WANT_PY)" ]; then \
	  rm -rf $(MIN_VENV); \
	fi
	$(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install --upgrade pip
	$(MIN_VENV)/bin/python -m pip install -c packaging/constraints-min.txt -e . \
	  pytest pytest-qt hypothesis jsonschema pypdf
	# (the README's --help excerpt is generated with the current click, so it is left out)
	QT_QPA_PLATFORM=offscreen $(MIN_VENV)/bin/python -m pytest -m "not slow" \
	  -p no:cacheprovider tests/unit --deselect tests/unit/cli/test_reference.py
