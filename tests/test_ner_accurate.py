"""Accurate-mode NER: the shipped transformer tagger through the entities stage."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

torch = pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")

from lagebild.core import analyze  # noqa: E402
from lagebild.nlp.ner_accurate import combine  # noqa: E402
from lagebild.settings import make_options  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_9eb11f9ed3dde1b0.txt"
GERMEVAL = SHARED / "datasets" / "ner-de" / "germeval2014-dev.tsv"
ACCURATE = make_options({"mode": "accurate"}, env={})


def _ents(text, lang="de", published="2025-09-04"):
    return analyze(text, published=published, lang=lang, options=ACCURATE).entities


def test_names_are_found_and_linked_on_the_document_date():
    text = ("Die Außenministerin Annalena Baerbock traf in Paris ihren Kollegen. "
            "Später sprach Friedrich Merz mit Vertretern von Siemens und der Europäischen Union.")
    got = {e.span.text: e for e in _ents(text, published="2025-09-04")}
    assert got["Friedrich Merz"].label == "PER" and got["Friedrich Merz"].actor.wikidata == "Q566257"
    assert got["Paris"].label == "LOC"
    assert got["Siemens"].label == "ORG"
    for e in got.values():
        assert text[e.span.start:e.span.end] == e.span.text


def test_the_two_heads_combine_without_overlap():
    heads = {"ner4": [(0, 5, "MISC"), (10, 20, "PER")], "ner3": [(3, 8, "ORG"), (30, 35, "LOC")]}
    assert combine(heads) == [(0, 5, "MISC"), (10, 20, "PER"), (30, 35, "LOC")]


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not available")
def test_seed_article_actors_in_accurate_mode():
    text = SEED.read_text(encoding="utf-8")
    qids = {e.actor.wikidata for e in _ents(text) if e.actor}
    assert {"Q22686", "Q212", "Q458", "Q142", "Q145", "Q313827", "Q3052772", "Q566257", "Q183", "Q918",
            "Q30", "Q154797", "Q7747"} <= qids


@pytest.mark.skipif(not GERMEVAL.exists(), reason="GermEval dev not available")
def test_bench_accurate_mode_on_heldout_sentences():
    from lagebild.bench.ner import run

    result = run(str(GERMEVAL), None, mode="accurate", limit=120, half="heldout")
    assert result["mode"] == "accurate" and result["sentences"] == 60
    assert result["overall"]["f1"] > 50


def test_entity_spans_lose_punctuation_glued_to_names():
    """In running text the tagger runs a name into the comma or full stop glued to it
    ("Niederlande,"): 17% of its spans on 40 news articles did."""
    from lagebild.nlp.ner_accurate import trim_punctuation
    from lagebild.nlp.tokens import make_doc

    doc = make_doc("Staaten Niederlande, Belgien und die Vereinten Nationen (UNEP). NEMA) .", "de")
    words = [t.text for t in doc]
    spans = [(1, 3, "LOC"), (3, 4, "LOC"), (6, 11, "ORG"), (11, 12, "ORG"), (12, 14, "ORG"), (14, 15, "ORG")]
    assert words[1:3] == ["Niederlande", ","] and words[10:12] == [")", "."]
    got = [(" ".join(words[a:b]), label) for a, b, label in trim_punctuation(doc, spans)]
    assert got == [("Niederlande", "LOC"), ("Belgien", "LOC"), ("Vereinten Nationen ( UNEP )", "ORG"),
                   ("NEMA", "ORG")]


def test_accurate_entities_in_running_text_end_at_the_name():
    from lagebild import analyze, make_options

    text = "Die Armee griff die Niederlande, Belgien und Luxemburg an. Danach sprach Churchill."
    analysis = analyze(text, published="2025-09-04", lang="de", options=make_options({"mode": "accurate"}, env={}))
    names = {e.span.text for e in analysis.entities}
    assert {"Niederlande", "Luxemburg"} <= names
    assert not any(n[-1] in ",." for n in names)
