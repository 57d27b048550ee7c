# Two commands do everything: `make run` opens the app, `make test` runs every test.
# Both create the virtual environment in .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

export PYQTGRAPH_QT_LIB := PySide6

.PHONY: run test lint bench package clean

QM := translations/explorer_de.qm

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The compiled translation (the .ts source is in the repository, the .qm is built).
$(QM): translations/explorer_de.ts $(STAMP)
	$(BIN)/python translations/build.py

run: $(STAMP) $(QM)
	$(BIN)/explorer

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# ruff's checks and formatting, and mypy --strict over the whole package (pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check explorer tests benchmarks
	$(BIN)/ruff format --check explorer tests benchmarks
	$(BIN)/mypy explorer

bench: $(STAMP)
	$(BIN)/python benchmarks/solve_benchmark.py

# The packaged app for this system, checked by its own self-test; on Linux also the archive.
package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py
	cd dist && tar cf - StrategyExplorer | gzip -9 > StrategyExplorer-$$(uname -s | tr A-Z a-z).tar.gz
	$(BIN)/python packaging/check_size.py dist/StrategyExplorer-$$(uname -s | tr A-Z a-z).tar.gz

clean:
	rm -rf $(VENV) build dist *.egg-info
