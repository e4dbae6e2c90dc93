# clustergraph: the two set-up commands and a few helpers.
#   make run   set up, build the graph from data/, validate it, print the summary, answer a sample query
#   make test  set up with the test tools, then run the whole test suite

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup setup-test lint docs bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

run: setup
	$(BIN)/clustergraph build
	@echo "== A sample query: who holds a Gold label (src/clustergraph/queries/gold-label-holders.rq)"
	$(BIN)/clustergraph query src/clustergraph/queries/gold-label-holders.rq
	@echo "== The graph is in build/graph; 'clustergraph validate' shows the full SHACL report"

test: setup-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -p no:cacheprovider

lint: setup-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

docs: setup
	scripts/ontology-docs

bench: setup
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf build test-output .pytest_cache
