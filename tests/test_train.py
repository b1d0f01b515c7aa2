"""`lagebild train` rebuilds the shipped files bit for bit from the data sets."""
import gzip
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from lagebild.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
SHIPPED = ROOT / "src" / "lagebild" / "data"


@pytest.fixture(autouse=True)
def need_data():
    if not DATASETS.exists():
        pytest.skip("../shared/datasets is not beside this checkout")


def train(*args):
    result = CliRunner().invoke(cli, ["train", *map(str, args), "--set", f"datasets_dir={DATASETS}"])
    assert result.exit_code == 0, result.output
    return result.output


def test_kb_rebuild_matches_the_shipped_files(tmp_path):
    train("kb", "--out", tmp_path)
    assert (tmp_path / "countries.json").read_bytes() == (SHIPPED / "kb" / "countries.json").read_bytes()
    for name in ("actors.json.gz", "ner_lexicon.tsv.gz", "given_names.txt.gz"):
        with gzip.open(tmp_path / name) as new, gzip.open(SHIPPED / "kb" / name) as old:
            assert new.read() == old.read(), name


def test_ner_rebuild_matches_the_shipped_model(tmp_path):
    out = tmp_path / "ner.npz"
    train("ner", "--out", out)
    new, old = np.load(out), np.load(SHIPPED / "models" / "ner_de_fast.npz")
    assert sorted(new.files) == sorted(old.files)
    for key in old.files:
        assert np.array_equal(new[key], old[key]), key


def test_ner_extra_sentences_are_learnt_and_recorded(tmp_path, monkeypatch):
    """`train ner --extra FILE` adds GermEval-format sentences to the in-domain data (what a
    user with GermEval's train split or their own annotation would do)."""
    import json

    from lagebild.bench.ner import score
    from lagebild.nlp import ner
    from lagebild.nlp.ner_lexicon import given_names
    from lagebild.nlp.ner_model import load_tagger

    rows = ["Der Quorxbund tagt .", "Gestern lud der Quorxbund ein .", "Im Quorxbund gab es Streit ."]
    extra = tmp_path / "extra.tsv"
    lines = []
    for k in range(40):
        for sentence in rows:
            lines += [f"{i + 1}\t{tok}\t{'B-OTH' if tok == 'Quorxbund' else 'O'}\tO"
                      for i, tok in enumerate(sentence.split())] + [""]
    extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "ner.npz"
    stats = json.loads(train("ner", "--out", out, "--extra", extra, "--json"))
    assert stats["germeval_sentences"] == 1100 + 120
    assert any("extra.tsv" in d for d in stats["data"])
    tagger = load_tagger(out, given_names())
    monkeypatch.setattr(ner, "shipped_tagger", lambda: tagger)
    held = [("Am Montag traf sich der Quorxbund in Bonn .".split(), {(5, 6, "MISC"), (7, 8, "LOC")})]
    assert score(held)["per_class"]["MISC"]["recall"] == 100.0


def test_accurate_training_examples_take_extra_sentences(tmp_path):
    from lagebild.train.ner_accurate import training_examples

    extra = tmp_path / "extra.tsv"
    extra.write_text("1\tDer\tO\tO\n2\tQuorxbund\tB-ORG\tO\n3\ttagt\tO\tO\n4\t.\tO\tO\n\n", encoding="utf-8")
    base = training_examples(DATASETS, germeval_copies=1)
    more = training_examples(DATASETS, germeval_copies=1, extra=[extra])
    added = [ex for ex in more if "Quorxbund" in ex[0]]
    assert added and added[0][1]["ner4"]
    assert sum(len(t) for t, _ in more) == sum(len(t) for t, _ in base) + len("Der Quorxbund tagt .") + 1
