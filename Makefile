# Networking Journal — the two commands you need are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: run demo test lint bench translations icons package clean sync-server

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

# Qt's X11 plugin needs a few system libraries a minimal Debian/Ubuntu lacks: say which, and
# the one apt-get line that installs them, instead of letting Qt abort with a puzzle.
run: $(VENV)/.installed
	@$(PY) packaging/check_qt_libs.py
	$(BIN)/networking-journal

demo: $(VENV)/.installed
	@$(PY) packaging/check_qt_libs.py
	$(BIN)/networking-journal --demo

test: $(VENV)/.installed-test
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(BIN)/ruff check journal tests benchmarks
	$(BIN)/mypy

lint: $(VENV)/.installed-test
	$(BIN)/lint-imports
	$(BIN)/ruff check journal tests benchmarks
	$(BIN)/ruff format --check journal tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

# A local CardDAV/CalDAV server (Radicale, 127.0.0.1:5232) for trying sync; prints user and password.
sync-server: $(VENV)/.installed-test
	$(PY) packaging/sync_server.py

# Update resources/translations/*.ts from the code and compile the .qm files
# (pyside6-lupdate/-lrelease come with PySide6). See "Translations" in docs/DEVELOPING.md.
translations: $(VENV)/.installed
	$(PY) packaging/translations.py

# Re-render the app icon PNGs from its SVG (they are committed).
icons: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(VENV)/.installed $@

# One-folder bundle in dist/networking-journal/, then prove it starts (headless).
package: $(VENV)/.installed-package
	$(PY) packaging/translations.py --release-only
	rm -rf build/pyinstaller dist/networking-journal
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/networking-journal.spec
	QT_QPA_PLATFORM=offscreen dist/networking-journal/networking-journal --smoke-test | grep -qx ok
	@du -sh dist/networking-journal

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
