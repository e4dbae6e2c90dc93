# clustergraph: the two set-up commands and a few helpers.
#   make run   set up, build the graph from data/, validate it, print the summary, answer a sample query,
#              write the network map build/map.html and print its path
#   make test  set up with the test tools, then run the whole test suite
#   make notebooks  run notebooks/*.ipynb; the results (outputs, maps) go to build/notebooks/
#   make docs  the ontology's HTML documentation (pyLODE): build/docs/ontology.html

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup setup-test lint docs bench clean notebooks

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# Debian packages, installed as root when missing: chromium for the browser tests (driven by
	@# Playwright; never `playwright install`); a JDK and the OWL API for the ontology's OWL 2 DL
	@# profile check and its reasoners (scripts/owl-check, scripts/owl-reason)
	@pkgs=""; \
	command -v chromium >/dev/null || pkgs="$$pkgs chromium"; \
	command -v javac >/dev/null || pkgs="$$pkgs default-jdk-headless"; \
	[ -f /usr/share/java/owlapi-distribution.jar ] || pkgs="$$pkgs libowlapi-java"; \
	if [ -n "$$pkgs" ]; then \
	  echo "installing Debian packages:$$pkgs"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs; \
	fi
	@# the second and third SPARQL engines of the engine tests: Virtuoso 7 and Apache Jena (tests/support/)
	@scripts/install-engines

run: setup
	$(BIN)/clustergraph build
	@echo "== A sample query: who holds a Gold label (src/clustergraph/sparql/queries/gold-label-holders.rq)"
	$(BIN)/clustergraph query src/clustergraph/sparql/queries/gold-label-holders.rq
	@echo "== The graph is in build/graph; 'clustergraph validate' shows the full SHACL report"
	@echo "== An interactive map of who partners with whom (open it in a browser; works offline):"
	$(BIN)/clustergraph map --layout-cache build/cache

test: setup-test
	$(BIN)/ruff check src tests benchmarks
	@# the stages depend one way (pyproject.toml [tool.importlinter], docs/architecture.md)
	$(BIN)/lint-imports --no-cache --no-logo
	$(BIN)/python -m pytest -p no:cacheprovider

notebooks: setup-test
	$(BIN)/python scripts/run-notebooks --out build/notebooks

lint: setup-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports --no-cache --no-logo
	$(BIN)/ruff format --check src tests benchmarks

docs: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	scripts/ontology-docs

bench: setup
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf build test-output .pytest_cache
