# The two everyday commands: `make run` and `make test`. Both bootstrap .venv.
# `make server` / `make serve`: a local Prefect server, and the flow served on a schedule.
# `make bench [SIZES=1000,10000]` runs the benchmark (bench/run.py; installs the bench extra).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
OUT ?= output
CORPUS ?= ../shared/corpus/dev
HOST ?= 127.0.0.1
PORT ?= 4200
CRON ?= 0 6 * * *
NAME ?= daily
SIZES ?= 1000,10000,100000

# Prefect runs without a server (ephemeral API); its state lives in the project.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

# Fuzzing (not part of `make test`): `make fuzz FUZZ_SECONDS=600` runs each atheris target
# under tests/fuzz/ for FUZZ_SECONDS; findings land in .fuzz/artifacts-<target>/.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= extract reader
FUZZ_ARGS ?=

.PHONY: run test eval bench clean venv fuzz server serve

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/seres-etl run --raw $(RAW) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# A Prefect server with its UI; SQLite database in $(PREFECT_HOME) (the project's .prefect/).
server: $(STAMP)
	@echo "Prefect UI:  http://$(HOST):$(PORT)"
	@echo "Prefect API: http://$(HOST):$(PORT)/api   (make serve PORT=$(PORT) in another terminal)"
	PREFECT_UI_ENABLED=true PREFECT_SERVER_UI_ENABLED=true $(BIN)/prefect server start --host $(HOST) --port $(PORT)

# Register the deployment seres-etl/$(NAME) with a cron schedule and serve it against that server.
serve: $(STAMP)
	PREFECT_API_URL=http://$(HOST):$(PORT)/api $(BIN)/python -m flows.deploy \
		--raw $(RAW) --out $(OUT) --cron "$(CRON)" --name $(NAME)

$(VENV)/.bench-installed: pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@touch $@

bench: $(VENV)/.bench-installed
	$(BIN)/python -m bench.run --sizes $(SIZES)

eval: $(STAMP)
	$(BIN)/seres-etl eval --corpus $(CORPUS)

$(VENV)/.atheris: $(STAMP)
	@$(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/python -m pip install --quiet atheris
	@touch $@

fuzz: $(VENV)/.atheris
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .fuzz/$$t .fuzz/artifacts-$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS)s (corpus .fuzz/$$t, findings .fuzz/artifacts-$$t/)"; \
	  dict=""; [ $$t = extract ] && dict="-dict=tests/fuzz/news.dict"; \
	  FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python tests/fuzz/fuzz_$$t.py $$dict -max_len=16384 \
	    $(FUZZ_ARGS) -artifact_prefix=.fuzz/artifacts-$$t/ \
	    .fuzz/$$t tests/fuzz/seeds/$$t 2>&1 | tee .fuzz/$$t.log | grep -E "^(#[0-9]+ +(INITED|DONE)|==|INFO: -max_total_time|Done|stat::|.*(Error|error|Traceback|crash|timeout|leak))" ; \
	  status=$${PIPESTATUS[0]}; [ $$status -eq 0 ] || { echo "fuzz_$$t found a problem (exit $$status): see .fuzz/$$t.log and .fuzz/artifacts-$$t/"; exit $$status; }; \
	done

clean:
	rm -rf $(VENV) .prefect .pytest_cache .fuzz
