# Two commands for a fresh machine: `make run` and `make test`.
# Both create .venv when it is missing and install the project into it:
# `make run` only what the app needs, `make test` also the test and lint tools.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.app-stamp
STAMP := $(VENV)/.installed-stamp
EXAMPLE ?= scenarios/groene-ontmoetingsplek.sroi.json

.PHONY: run test lint pytest bench dist dist-check clean-venv translations screenshots duplicates

$(APP_STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $(APP_STAMP)

$(STAMP): pyproject.toml $(APP_STAMP)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(APP_STAMP)
	$(VENV)/bin/sroi-app gui $(EXAMPLE)

test: lint pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check sroi_app tests benchmarks
	$(VENV)/bin/ruff format --check sroi_app tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Repeated code: fails on a repeated block not judged in docs/architecture.md.
duplicates: $(STAMP)
	$(PY) tools/repeated_code.py

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean-venv:
	rm -rf $(VENV)

# The frozen program (PyInstaller, one folder): dist/sroi-app/sroi-app.
# `dist-check` smoke-tests it against the source tree (tests/frozen/).
DEV_STAMP := $(VENV)/.dev-stamp
$(DEV_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(DEV_STAMP)

dist: $(DEV_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/sroi-app

dist-check: $(STAMP)
	@test -x dist/sroi-app/sroi-app || { echo "no frozen build: run 'make dist' first"; exit 1; }
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/frozen --frozen -p no:cacheprovider

# Qt Linguist: collect the interface's strings into the .ts (keeping existing
# translations), then compile the .qm the app loads. Both files are committed,
# so a fresh clone runs without this step; tests check the .qm is up to date.
TS := resources/translations/sroi_app_nl.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find sroi_app/ui -name '*.py' | sort) -ts $(TS) \
		-target-language nl_NL -no-obsolete -locations relative
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# Screenshots of every page for the documentation, on a virtual screen.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots --lang en --suffix=-en --pages results
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots --extras \
		--scenario scenarios/groene-ontmoetingsplek.sroi.json
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) tools/screenshot_workshop.py docs/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) tools/screenshot_workshop.py docs/screenshots --chart stakeholders
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) tools/screenshot_workshop.py docs/screenshots --lang en --suffix=-en
