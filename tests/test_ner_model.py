"""The trained fast NER tagger: features, decoding, training determinism, shipped model."""
from __future__ import annotations

import numpy as np
import pytest

from lagebild.errors import PipelineError
from lagebild.nlp import ner_model
from lagebild.nlp.ner_model import TAG_INDEX, TAGS, Featurizer, bio_spans, load_tagger, shape, viterbi
from lagebild.settings import make_options

TINY = {
    "smartdata": [
        ("Gestern sprach Anna Schulz in Bremen .".split(), ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        ("Die Firma Nordlicht baut in Kiel .".split(), ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
        ("Peter Brandt fährt nach Hamburg .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    ],
    "europeana": [("Herr Müller kam aus Wien .".split(), ["O", "B-PER", "O", "O", "B-LOC", "O"])],
}


def test_shape_and_spans():
    assert shape("Merz") == "Xx" and shape("EU") == "X" and shape("G7-Gipfel") == "Xd-Xx"
    tags = [TAG_INDEX[t] for t in ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]]
    assert bio_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC")]


def test_viterbi_never_starts_a_name_with_inside():
    em = np.zeros((3, len(TAGS)))
    em[:, TAG_INDEX["I-ORG"]] = 5.0  # I-ORG scores best everywhere, but is invalid first
    em[0, TAG_INDEX["B-ORG"]] = 1.0
    tags = [TAGS[k] for k in viterbi(em, ner_model.allowed_transitions())]
    assert tags == ["B-ORG", "I-ORG", "I-ORG"]


def test_feature_ids_are_stable_and_cached():
    f = Featurizer(frozenset({"Anna"}))
    toks = ["Anna", "Schulz", "kommt"]
    a = f.doc_features(toks, [True, False, False], [None, "B-PER", None])
    b = Featurizer(frozenset({"Anna"})).doc_features(toks, [True, False, False], [None, "B-PER", None])
    assert a == b  # crc32, not the salted str hash
    ids, offsets = a
    assert offsets[0] == 0 and len(offsets) == 3 and all(0 <= i <= ner_model.MASK for i in ids)
    assert ner_model._fid("given") in ids[offsets[0]:offsets[1]]


def test_train_is_deterministic_and_roundtrips(tmp_path):
    from lagebild.nlp.ner_train import train_ner

    opts = make_options()
    s1 = train_ner(opts, tmp_path / "a.npz", epochs=3, europeana_epochs=1, drop=0.0, corpora=TINY)
    train_ner(opts, tmp_path / "b.npz", epochs=3, europeana_epochs=1, drop=0.0, corpora=TINY)
    ta, tb = load_tagger(tmp_path / "a.npz"), load_tagger(tmp_path / "b.npz")
    assert np.array_equal(ta.rows, tb.rows) and np.array_equal(ta.trans, tb.trans)
    assert s1["sentences"] == 4 and s1["features"] > 0 and s1["seed"] == 13
    toks = TINY["smartdata"][2][0]
    assert ta.spans(toks, [True] + [False] * (len(toks) - 1), [None] * len(toks)) == [(0, 2, "PER"), (4, 5, "LOC")]


def test_bad_model_file_raises(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(PipelineError):
        load_tagger(bad)


@pytest.mark.skipif(ner_model.shipped_tagger() is None, reason="no shipped model")
def test_shipped_model_tags_news_sentence():
    t = ner_model.shipped_tagger()
    toks = "Bundeskanzler Olaf Scholz traf am Montag in Paris den Chef von Siemens .".split()
    starts = [True] + [False] * (len(toks) - 1)
    spans = t.spans(toks, starts, [None] * len(toks))
    assert (1, 3, "PER") in spans and (7, 8, "LOC") in spans
    assert all(toks[a][:1].isupper() for a, _b, _l in spans)
    assert t.meta["seed"] == 13 and "smartdata" in t.meta["data"][0]


def test_no_inside_tag_across_sentence_start():
    t = ner_model.shipped_tagger()
    if t is None:
        pytest.skip("no shipped model")
    toks = "Sie wollen Milliarden Euro pumpen . Das sind viele .".split()
    starts = [i == 0 or toks[i - 1] == "." for i in range(len(toks))]
    assert not [s for s in t.spans(toks, starts, [None] * len(toks)) if s[0] <= 6 < s[1] and s[0] < 6]

