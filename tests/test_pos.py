"""German part-of-speech tags: the shipped tagger, its training, the optional pipeline stage."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli
from lagebild.errors import InputError
from lagebild.corpora.conllu import TaggedSentence, read_conllu
from lagebild.nlp.pos import PosTagger, shipped_tagger
from lagebild.train.pos import train

SHARED = Path(__file__).resolve().parents[2] / "shared"
GSD = SHARED / "datasets" / "ud-german-gsd" / "de_gsd-ud-dev.conllu"
PUD = SHARED / "datasets" / "ud-german-pud" / "de_pud-ud-test.conllu"

CONLLU = """# text = Er ging zum Bahnhof.
1\tEr\ter\tPRON\tPPER\t_\t2\tnsubj\t_\t_
2\tging\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_
3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_
3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_
5\tBahnhof\tBahnhof\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_conllu_surface_tokens_take_the_first_words_tag(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    [s] = read_conllu(path)
    assert s.words == ["Er", "ging", "zum", "Bahnhof", "."]
    assert s.tags == ["PRON", "VERB", "ADP", "NOUN", "PUNCT"]
    assert s.lemmas[2] == "zu"
    with pytest.raises(InputError):
        read_conllu(tmp_path / "missing.conllu")


def test_training_learns_and_round_trips(tmp_path):
    data = [TaggedSentence(["Die", "Katze", "schläft", "."], ["DET", "NOUN", "VERB", "PUNCT"], [""] * 4),
            TaggedSentence(["Der", "Hund", "bellt", "."], ["DET", "NOUN", "VERB", "PUNCT"], [""] * 4)]
    tagger = train(data, epochs=5)
    assert tagger.tag(["Die", "Katze", "bellt", "."]) == ["DET", "NOUN", "VERB", "PUNCT"]
    tagger.save(tmp_path / "m.npz")
    again = PosTagger.load(tmp_path / "m.npz")
    assert again.tag(["Der", "Hund", "schläft", "."]) == tagger.tag(["Der", "Hund", "schläft", "."])
    assert again.tag([]) == []


def test_shipped_tagger_on_a_news_sentence():
    words = "Bundeskanzler Friedrich Merz sagte am Donnerstag in Berlin , die Regierung werde helfen .".split()
    tags = dict(zip(words, shipped_tagger().tag(words)))
    assert tags["Merz"] == "PROPN" and tags["Berlin"] == "PROPN"
    assert tags["sagte"] == "VERB" and tags["werde"] == "AUX"
    assert tags["Regierung"] == "NOUN" and tags["die"] == "DET" and tags["in"] == "ADP"


def test_pos_stage_adds_tokens_with_offsets_into_the_text():
    from lagebild.core import analyze
    from lagebild.settings import make_options

    text = "Merz sagte in Berlin, die Regierung werde helfen.\nSie plane neue Hilfen."
    plain = analyze(text, published="2025-09-04", lang="de")
    assert plain.tokens == [] and "tokens" not in plain.to_dict()
    result = analyze(text, published="2025-09-04", lang="de", options=make_options({"extra_stages": "pos"}, env={}))
    assert [t.span.text for t in result.tokens][:4] == ["Merz", "sagte", "in", "Berlin"]
    for t in result.tokens:
        assert text[t.span.start:t.span.end] == t.span.text
    by_word = {t.span.text: t for t in result.tokens}
    assert by_word["Sie"].pos == "PRON" and by_word["plane"].lemma == "planen"
    assert result.to_dict()["tokens"][0] == {"start": 0, "end": 4, "text": "Merz", "pos": "PROPN", "lemma": "Merz"}
    assert "@" in result.pipeline_version and "pos@" in result.pipeline_version


@pytest.mark.skipif(not GSD.exists(), reason="shared datasets not present")
def test_bench_pos_on_gsd_dev():
    out = CliRunner().invoke(cli, ["bench", "pos", str(GSD), "--limit", "200", "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["sentences"] == 200 and result["tokens"] > 2000
    assert result["upos_accuracy"] > 85 and result["lemma_accuracy"] > 80
    assert result["per_tag"]["NOUN"]["f1"] > 85


@pytest.mark.skipif(not PUD.exists(), reason="shared datasets not present")
def test_train_pos_command_rebuilds_the_shipped_model(tmp_path):
    out = CliRunner().invoke(cli, ["train", "pos", "--out", str(tmp_path / "pos.npz"), "--json"])
    assert out.exit_code == 0, out.output
    stats = json.loads(out.output)
    assert stats["sentences"] == 1000 and stats["features"] > 10000
    rebuilt = PosTagger.load(tmp_path / "pos.npz")
    words = "Die Regierung will die Hilfen für die Ukraine nicht kürzen .".split()
    assert rebuilt.tag(words) == shipped_tagger().tag(words)
