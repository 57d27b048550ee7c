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
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

bench: $(STAMP)
	$(BIN)/python benchmarks/solve_benchmark.py

# The packaged app for this system, built in its own environment (build/venv) with the pinned
# tools of packaging/requirements-build.txt, then checked: its self-test on the native Qt
# platform (under xvfb-run on Linux without a display; SMOKE_TEST_FLAGS="--platform offscreen"
# where there is no Xvfb), what it carries, and its archive's size.
PKG_VENV := build/venv
PKG_STAMP := $(PKG_VENV)/.installed-stamp

$(PKG_STAMP): pyproject.toml packaging/requirements-build.txt
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet -c packaging/requirements-build.txt pip setuptools
	$(PKG_VENV)/bin/python -m pip install --quiet -c packaging/requirements-build.txt -e '.[package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PKG_VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	$(PKG_VENV)/bin/python packaging/smoke_test.py $(SMOKE_TEST_FLAGS)
	$(PKG_VENV)/bin/python packaging/check_bundle.py
	$(PKG_VENV)/bin/python packaging/make_archive.py
	$(PKG_VENV)/bin/python packaging/check_size.py

clean:
	rm -rf $(VENV) build dist *.egg-info
