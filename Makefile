# Two commands do everything: `make run` opens the app, `make test` runs every test.
# Both create the virtual environment in .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

export PYQTGRAPH_QT_LIB := PySide6

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/explorer

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check explorer tests benchmarks
	$(BIN)/mypy explorer/core

bench: $(STAMP)
	$(BIN)/python benchmarks/solve_benchmark.py

clean:
	rm -rf $(VENV) build dist *.egg-info
