"""Learning curve of the fast NER tagger: held-out GermEval F1 against in-domain sentences.

Trains the fast tagger as `lagebild train ner` does (SmartData + Europeana + GermEval dev's
tune half), but with only the first K sentences of the tune half (seeded shuffle), for
several K, and scores each model on the heldout half with `lagebild bench ner`'s scorer.
The heldout half is only scored, never trained on: this measures how F1 grows with
in-domain data, to tell what more annotated sentences would buy.

    .venv/bin/python bench/ner_curve.py [--sizes 0,137,275,550,1100] [--datasets DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    from lagebild.bench.ner import score
    from lagebild.corpora.germeval import read_sentences
    from lagebild.nlp import ner
    from lagebild.nlp.ner_lexicon import given_names
    from lagebild.nlp.ner_model import load_tagger
    from lagebild.settings import make_options
    from lagebild.train.ner_fast import load_corpora, train_ner

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0,137,275,550,1100", help="tune-half sentences per model")
    ap.add_argument("--datasets", default=str(ROOT.parent / "shared" / "datasets"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    options = make_options({"datasets_dir": args.datasets})
    corpora = load_corpora(args.datasets)
    tune = list(corpora["germeval"])
    random.Random(13).shuffle(tune)
    heldout = read_sentences(Path(args.datasets) / "ner-de" / "germeval2014-dev.tsv", None, "heldout")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in (int(x) for x in args.sizes.split(",")):
            path = Path(tmp) / f"ner-{k}.npz"
            train_ner(options, path, corpora={**corpora, "germeval": tune[:k]})
            tagger = load_tagger(path, given_names())
            original = ner.shipped_tagger
            ner.shipped_tagger = lambda: tagger  # the entities code asks for the shipped model
            try:
                result = score(heldout, options)
            finally:
                ner.shipped_tagger = original
            row = {"tune_sentences": k, **result["overall"],
                   **{f"f1_{c}": m["f1"] for c, m in result["per_class"].items()}}
            rows.append(row)
            if not args.json:
                print(f"{k:>5} tune sentences  P {row['precision']:6.2f}  R {row['recall']:6.2f}  "
                      f"F1 {row['f1']:6.2f}", flush=True)
    # F1 gained per doubling of the in-domain sentences, from the two largest sizes
    grown = [r for r in rows if r["tune_sentences"] > 0]
    slope = None
    if len(grown) >= 2:
        a, b = grown[-2], grown[-1]
        slope = round((b["f1"] - a["f1"]) / math.log2(b["tune_sentences"] / a["tune_sentences"]), 2)
    out = {"rows": rows, "f1_per_doubling": slope}
    print(json.dumps(out) if args.json else f"F1 per doubling of in-domain sentences (last step): {slope}")


if __name__ == "__main__":
    main()
