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
