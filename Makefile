# One task runner for setup, the example briefs, the tests and the checks.
# Every target creates .venv itself, so a fresh clone needs only `make demo`
# or `make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: setup demo test lint typecheck ci bench clean

$(STAMP): pyproject.toml scripts/install-system-packages.sh
	./scripts/install-system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The tests also drive a real browser (the live preview) and run the Nu HTML Checker (Java).
$(TEST_STAMP): $(STAMP)
	./scripts/install-system-packages.sh --browser
	touch $(TEST_STAMP)

setup: $(STAMP)

## Verify the corpus and build every example brief into build/<date>/.
demo: setup
	$(BIN)/briefgen check
	$(BIN)/briefgen build --all --every

## Run the whole test suite, with branch coverage of src/, one worker per core.
## Each test file runs whole in one worker (--dist loadfile), so a file's shared builds are made once.
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile --cov=briefgen --cov-branch --cov-report=term:skip-covered

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

typecheck: setup
	$(BIN)/mypy

## What CI runs: lint, types, then the README's test command.
ci: lint typecheck test

bench: setup
	$(BIN)/python benchmarks/build_brief.py
	$(BIN)/python benchmarks/check_corpus.py

clean:
	rm -rf build $(VENV)
