# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml requirements-english.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q 'torch==2.13.0'  # the CPU build; an unpinned torch pulls CUDA
	$(BIN)/pip install -q -e '.[test,accurate]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-english.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/lagebild ingest samples/corpus --db $(DEMO_DB)
	$(BIN)/lagebild report --db $(DEMO_DB)

# pytest exits 5 when it collected no test; that is a failure here too.
test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(DEMO_DB)
