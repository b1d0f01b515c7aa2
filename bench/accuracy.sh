#!/usr/bin/env bash
# Every accuracy benchmark, each as one JSON file in OUTDIR, to compare two versions of
# the code (bench/compare.py OLD NEW): a refactor must leave every score unchanged.
# Usage: bench/accuracy.sh OUTDIR [DATASETS_DIR]   (default ../shared/datasets; ~3 minutes)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: bench/accuracy.sh OUTDIR [DATASETS_DIR]}
DS=${2:-../shared/datasets}
PY=${PYTHON:-.venv/bin/python}
mkdir -p "$OUT"
run() {
  local name=$1; shift
  echo "$name: lagebild $*"
  "$PY" -m lagebild "$@" --json > "$OUT/$name.json" || echo "$name: FAILED (exit $?)"
}
run quotes bench quotes "$DS/de-news-quotes-2024/dev"
run quotes_accurate bench quotes "$DS/de-news-quotes-2024/dev" --mode accurate --workers 2
run polnear bench polnear "$DS/polnear-en/dev"
run spkatt bench spkatt "$DS/spkatt-2023-parliament/dev"
run ner_germeval bench ner "$DS/ner-de/germeval2014-dev.tsv"
run ner_heldout bench ner "$DS/ner-de/germeval2014-dev.tsv" --half heldout
run ner_heldout_accurate bench ner "$DS/ner-de/germeval2014-dev.tsv" --half heldout --mode accurate
run ner_europarl bench ner "$DS/ner-de/europarl-dev.tsv"
run ner_en bench ner "$DS/wnut17-en-ner/emerging.dev.conll" --lang en
run timex bench timex "$DS/wikiwarsde"
run pos bench pos "$DS/ud-german-gsd/de_gsd-ud-dev.conllu"
run claims bench claims "$DS/debatenet-mig15"
run commitments bench commitments gold/commitments
run topics bench topics gold/topics/statements.jsonl
run positions bench positions gold/positions --samples samples
run samples bench samples samples
run seed bench samples ../shared/seeds
run speakers bench speakers gold/speakers
