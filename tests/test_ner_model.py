"""The trained fast NER tagger: features, decoding, training determinism, shipped model."""
from __future__ import annotations

import numpy as np
import pytest

from lagebild.errors import PipelineError
from lagebild.nlp import ner_decode, ner_model
from lagebild.nlp.ner_decode import TAG_INDEX, TAGS, bio_spans, viterbi
from lagebild.nlp.ner_model import Featurizer, load_tagger, shape
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
    tags = [TAGS[k] for k in viterbi(em, ner_decode.allowed_transitions())]
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
    from lagebild.train.ner_fast import train_ner

    opts = make_options()
    s1 = train_ner(opts, tmp_path / "a.npz", epochs=3, europeana_epochs=1, drop=0.0, corpora=TINY)
    train_ner(opts, tmp_path / "b.npz", epochs=3, europeana_epochs=1, drop=0.0, corpora=TINY)
    ta, tb = load_tagger(tmp_path / "a.npz"), load_tagger(tmp_path / "b.npz")
    assert np.array_equal(ta.rows, tb.rows) and np.array_equal(ta.trans, tb.trans)
    assert s1["sentences"] == 4 and s1["features"] > 0 and s1["seed"] == 13
    toks = TINY["smartdata"][2][0]
    assert ta.spans(toks, [True] + [False] * (len(toks) - 1), [None] * len(toks)) == [(0, 2, "PER"), (4, 5, "LOC")]


def test_domain_adapted_training_with_germeval(tmp_path):
    from lagebild.train.ner_fast import train_ner

    corpora = dict(TINY, germeval=[("Die deutschen Fischer zahlten in Euro .".split(),
                                    ["O", "B-LOC", "O", "O", "O", "B-MISC", "O"])])
    opts = make_options()
    stats = train_ner(opts, tmp_path / "g.npz", epochs=4, europeana_epochs=1, drop=0.0, corpora=corpora)
    assert stats["germeval_sentences"] == 1 and stats["domains"] is True
    assert any("germeval" in d for d in stats["data"])
    t = load_tagger(tmp_path / "g.npz")
    toks = corpora["germeval"][0][0]
    assert (1, 2, "LOC") in t.spans(toks, [True] + [False] * (len(toks) - 1), [None] * len(toks))
    # without domain copies the same data trains one shared weight set, also deterministically
    plain = train_ner(opts, tmp_path / "p.npz", epochs=4, europeana_epochs=1, drop=0.0, corpora=corpora,
                      domains=False)
    assert plain["domains"] is False and plain["germeval_sentences"] == 1


def test_paradigm_classes():
    # common nouns have many forms in the lemma dictionary, names few, made-up words none
    assert ner_model.paradigm("Häuser") in ("p3", "p5")
    assert ner_model.paradigm("Qxzvbrt") == "unk"
    assert ner_model.paradigm("Qxzvbrt") == ner_model.paradigm("qxzvbrt")


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



def test_fast_spans_match_full_viterbi():
    t = ner_model.shipped_tagger()
    if t is None:
        pytest.skip("no shipped model")
    text = ("Bundeskanzler Olaf Scholz traf am Montag in Paris den Chef von Siemens . Die Firma Nordlicht baut in "
            "Kempten ( Allgäu ) ein Werk . Sie wollen Milliarden Euro pumpen . "
            "US-Präsident Joe Biden sprach mit der EU")
    toks = text.split()
    starts = [i == 0 or toks[i - 1] == "." for i in range(len(toks))]
    gaz = [None] * len(toks)
    exact = []
    bounds = [i for i, s in enumerate(starts) if s] + [len(toks)]
    for a, b in zip(bounds, bounds[1:]):  # training sequences are sentences: decode each alone
        exact += [(a + s, a + e, c) for s, e, c in bio_spans(t.tag(toks[a:b], starts[a:b], gaz[a:b]))]
    assert t.spans(toks, starts, gaz) == exact
    em = t.fast_emissions(toks[:13], starts[:13], gaz[:13])
    assert np.allclose(em, t.emissions(toks[:13], starts[:13], gaz[:13]), atol=1e-3)


def test_tag_spans_and_runs():
    tags = np.array([TAG_INDEX[x] for x in ["O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]])
    assert ner_decode.tag_spans(tags) == bio_spans(tags.tolist())
    cand = np.array([0, 1, 1, 1, 0, 1], dtype=bool)
    first = np.array([1, 0, 0, 1, 0, 0], dtype=bool)
    a, b = ner_decode._runs(cand, first)
    assert list(zip(a.tolist(), b.tolist())) == [(1, 3), (3, 4), (5, 6)]


def test_crc_feature_ids_equal_string_hashes():
    f = Featurizer(frozenset({"Anna"}))
    own = f._word_feats("G7-Gipfel")[0]
    for name in ("w=g7-gipfel", "W=G7-Gipfel", "sh=Xd-Xx", "p3=g7-", "s4=pfel", "s5=ipfel", "s6=gipfel",
                 "hyph", "hyph_last=ipfel", "lx=" + ner_model.paradigm("G7-Gipfel"), "cap"):
        assert ner_model._fid(name) in own, name
    assert ner_model._fid("pgiven") in f._word_feats("Anna")[1]
    assert ner_model._fid("ps3=nna") in f._word_feats("Anna")[1] and ner_model._fid("ns3=nna") in f._word_feats("Anna")[2]
    ids, offsets = f.doc_features(["Anna", "kommt"], [True, False], [None, None])
    assert ner_model.pair_id("shb=", "^", "Xx") in ids[:offsets[1]]
    assert ner_model.pair_id("shn=", "x", "$") in ids[offsets[1]:]
