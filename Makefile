# Networking Journal — the two commands you need are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: run demo test lint bench translations package clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/networking-journal

demo: $(VENV)/.installed
	$(BIN)/networking-journal --demo

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(BIN)/ruff check journal tests benchmarks
	$(BIN)/mypy

lint: $(VENV)/.installed-test
	$(BIN)/ruff check journal tests benchmarks
	$(BIN)/ruff format --check journal tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
