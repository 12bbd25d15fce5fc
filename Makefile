# The two commands a newcomer needs: `make run` and `make test`. Helpers: eval, bench, gazetteer, lint.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HASH   := $(shell cat pyproject.toml | md5sum | cut -c1-10)
STAMP_RUN  := $(VENV)/.stamp-run-$(HASH)
STAMP_TEST := $(VENV)/.stamp-test-$(HASH)
DB     ?= data/incidents.db
PORT   ?= 8501
SHARED ?= ../shared

.PHONY: run test db eval bench gazetteer boundaries lint chromium postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@rm -f $(VENV)/.stamp-run-*; touch $@

$(STAMP_TEST): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.stamp-test-* $(VENV)/.stamp-run-*; touch $@; touch $(STAMP_RUN)

# The embedded database is built from the bundled reports on first start only.
db: $(STAMP_RUN)
	@$(BIN)/dashboard ingest --if-empty --quiet data/articles

run: $(STAMP_RUN) db
	$(BIN)/streamlit run streamlit_app.py --server.headless true --server.address 127.0.0.1 \
	  --server.port $(PORT) --browser.gatherUsageStats false

# Browser tests need Debian's chromium: installed here when running as root, else those tests skip.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "chromium is missing and we are not root: browser tests will be skipped"; fi; \
	fi

# The PostgreSQL backend is tested on a real server the tests start; installed here when root, else skipped.
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's postgresql for the PostgreSQL tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
	      || echo "could not install postgresql: its tests will be skipped"; \
	  else echo "postgresql is missing and we are not root: its tests will be skipped"; fi; \
	fi

test: $(STAMP_TEST) chromium postgres
	$(BIN)/python -m pytest -q

eval: $(STAMP_RUN)
	$(BIN)/python -m dashboard.evaluate --shared $(SHARED)

bench: $(STAMP_TEST)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run.py

gazetteer: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[gazetteer]'
	$(BIN)/python scripts/build_gazetteer.py

boundaries: $(BIN)/python
	$(BIN)/python scripts/build_boundaries.py

lint: $(STAMP_TEST)
	$(BIN)/ruff check dashboard tests app_pages bench scripts streamlit_app.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
