#!/usr/bin/env bash
# Every benchmark lagebild has, in one go; prints each command and its output.
# Usage: bench/all.sh [DATASETS_DIR]   (default: ../shared/datasets). Takes ~20 minutes on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
DS=${1:-../shared/datasets}
LB=.venv/bin/lagebild
run() { echo; echo "\$ $*"; "$@"; }
run .venv/bin/python bench/ingest.py
run $LB bench quotes "$DS/de-news-quotes-2024/dev"
run $LB bench quotes "$DS/de-news-quotes-2024/dev" --workers 2
run $LB bench quotes "$DS/de-news-quotes-2024/dev" --mode accurate
run $LB bench quotes "$DS/de-news-quotes-2024/dev" --mode accurate --workers 2
run $LB bench ner "$DS/ner-de/germeval2014-dev.tsv" --half heldout --mode accurate
run $LB bench polnear "$DS/polnear-en/dev"
run $LB bench spkatt "$DS/spkatt-2023-parliament/dev"
run $LB bench ner "$DS/ner-de/germeval2014-dev.tsv"
run $LB bench ner "$DS/ner-de/europarl-dev.tsv"
run $LB bench timex "$DS/wikiwarsde"
run $LB bench pos "$DS/ud-german-gsd/de_gsd-ud-dev.conllu"
run $LB bench claims "$DS/debatenet-mig15"
run $LB bench commitments gold/commitments
run $LB bench topics gold/topics/statements.jsonl
run $LB bench positions gold/positions --samples samples
run $LB bench samples samples
run $LB bench samples ../shared/seeds
run $LB bench speakers gold/speakers
run .venv/bin/python bench/kb_load.py
run .venv/bin/python bench/long_texts.py
[ -f bench/concurrency.py ] && run .venv/bin/python bench/concurrency.py
[ -f bench/web.py ] && run .venv/bin/python bench/web.py
[ -f bench/scale.py ] && run .venv/bin/python bench/scale.py --repeat 2
