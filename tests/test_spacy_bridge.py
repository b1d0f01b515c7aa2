"""lagebild.to_spacy and lagebild.from_spacy: analyses as spaCy Docs, and a user's spaCy Doc as input."""
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

import lagebild  # noqa: E402
from lagebild.errors import PipelineError  # noqa: E402
from lagebild.ingest import iter_inputs  # noqa: E402
from lagebild.pipeline import registered_stages  # noqa: E402
from lagebild.runner import ingest_outcomes  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"
GROUPS = ("statements", "cues", "speakers", "frames", "addressees", "positions", "commitments", "conditions", "times")
TEXT = ("Bundeskanzler Friedrich Merz sagte am Donnerstag, Deutschland werde Hunderte Militärfahrzeuge liefern, "
        "sobald die Finanzierung stehe. „Wir stehen an der Seite der Ukraine“, sagte Merz in Berlin.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("spacy") / "corpus.db"
    options = lagebild.make_options()
    with lagebild.open_store(str(path), options=options) as store:
        ingest_outcomes(iter_inputs([str(CORPUS)], options), store, options)
    return str(path)


def stored_spans(record):
    """(group, record id, start, end, text) of every span the Doc should carry."""
    out = []
    for s in record["statements"]:
        speaker = s["speaker"]
        for group, spans in (("statements", s["quote"]), ("cues", s["cue"]), ("speakers", speaker["mention"]),
                             ("frames", s["frame"]), ("addressees", s["addressee"])):
            out += [(group, s["id"], x["start"], x["end"], x["text"]) for x in spans]
    for kind in ("positions", "commitments"):
        for r in record[kind]:
            out += [(kind, r["id"], x["start"], x["end"], x["text"]) for x in r.get("evidence") or []]
    for c in record["conditions"]:
        out.append(("conditions", c["id"], c["text"]["start"], c["text"]["end"], c["text"]["text"]))
    return [o for o in out if o[3] > o[2]]


def test_every_span_of_the_sample_corpus(db):
    """Every stored span is in its group with its record id; where the offsets fall on token
    boundaries (nearly always) its text is the stored text, else it covers it."""
    checked = aligned = 0
    with lagebild.open_store(db) as store:
        for document in store.documents(limit=1000):
            record = store.analysis(document.id)
            doc = lagebild.to_spacy(record, spacy.blank(record["lang"]), text=document.text)
            assert doc.text == document.text
            found = {(g, s.id_, s.start_char, s.end_char) for g in GROUPS for s in doc.spans[g]}
            for group, rid, start, end, text in stored_spans(record):
                assert document.text[start:end] == text
                if doc.char_span(start, end) is not None:  # on token boundaries
                    assert (group, rid, start, end) in found, (group, rid, text)
                    aligned += 1
                else:
                    assert any(g == group and i == rid and a <= start and end <= b for g, i, a, b in found)
                checked += 1
            for group in GROUPS:
                for span in doc.spans[group]:
                    record_of_span = span._.lagebild
                    assert record_of_span is not None
                    assert group == "times" or record_of_span["id"] == span.id_
            for ent in doc.ents:
                assert ent.label_ in {"PER", "ORG", "LOC", "MISC"}
                linked = ent._.lagebild["actor"]
                assert ent.kb_id_ == (linked["id"] if linked else "")
                if doc.char_span(ent._.lagebild["start"], ent._.lagebild["end"]) is not None:
                    assert ent.text == ent._.lagebild["text"]
            assert len(list(doc.sents)) == len(record["sentences"])
    assert checked > 500 and aligned / checked > 0.95


def test_analysis_to_spacy():
    analysis = lagebild.analyze(TEXT, published="2025-09-04")
    doc = lagebild.to_spacy(analysis, spacy.blank("de"))
    assert {(e.text, e.label_, e.kb_id_) for e in doc.ents} >= {("Friedrich Merz", "PER", "Q566257"),
                                                                 ("Ukraine", "LOC", "Q212")}
    quotes = doc.spans["statements"]
    assert [s.label_ for s in quotes] == ["Indirect", "Direct"]
    assert [s.id_ for s in quotes] == [s.id for s in analysis.statements]
    assert quotes[1].text == "„Wir stehen an der Seite der Ukraine“"
    assert quotes[0]._.lagebild["speaker"]["actor"]["name"] == "Friedrich Merz"
    speakers = doc.spans["speakers"]
    assert [s.text for s in speakers] == ["Bundeskanzler Friedrich Merz", "Merz"]
    assert {s.kb_id_ for s in speakers} == {"Q566257"}
    assert [s.text for s in doc.spans["cues"]] == ["sagte", "sagte"]
    [commitment] = doc.spans["commitments"]
    assert commitment.label_ == "pledge" and commitment.id_ == analysis.commitments[0]["id"]
    assert [s.label_ for s in doc.spans["positions"]] == ["conditional"]
    assert [(s.text, s.label_) for s in doc.spans["conditions"]] == [("sobald die Finanzierung stehe", "financing")]
    assert [s.text for s in doc.spans["times"]] == ["am Donnerstag"]
    assert len(list(doc.sents)) == 2
    # the default tokenizer is spaCy's blank pipeline of the analysis's language
    assert lagebild.to_spacy(analysis).lang_ == "de"


def test_stored_analysis_needs_its_text():
    record = lagebild.analyze(TEXT).to_dict()
    with pytest.raises(PipelineError, match="text="):
        lagebild.to_spacy(record, spacy.blank("de"))


def test_from_spacy_with_lagebilds_tokenizer_gives_the_same_analysis():
    doc = spacy.blank("de")(TEXT)
    given = lagebild.from_spacy(doc, published="2025-09-04")
    own = lagebild.analyze(TEXT, published="2025-09-04")
    assert given.to_dict()["statements"] == own.to_dict()["statements"]
    assert given.to_dict()["entities"] == own.to_dict()["entities"]
    assert given.commitments == own.commitments
    assert ",spacy_tokens@" in given.pipeline_version and ",spacy_entities@" in given.pipeline_version
    # the stages are not registered: `lagebild stages` and the setting stages do not see them
    assert "spacy_tokens" not in registered_stages()


def test_from_spacy_takes_the_users_sentences_and_entities():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    merz = doc.char_span(TEXT.index("Friedrich"), TEXT.index(" sagte"), label="PERSON")
    day = doc.char_span(TEXT.index("Donnerstag"), TEXT.index("Donnerstag") + 10, label="DATE")
    berlin = doc.char_span(TEXT.index("Berlin"), TEXT.index("Berlin") + 6, label="GPE")
    doc.ents = [merz, day, berlin]
    analysis = lagebild.from_spacy(doc, published="2025-09-04", title="Merz")
    assert analysis.document.title == "Merz" and analysis.lang == "de"
    assert [s.text for s in analysis.sentences] == [s.text for s in doc.sents]
    found = {e.span.text: e for e in analysis.entities}
    assert found["Friedrich Merz"].label == "PER" and found["Friedrich Merz"].actor.wikidata == "Q566257"
    assert found["Berlin"].label == "LOC"
    assert "Donnerstag" not in found  # not a name
    assert analysis.statements[0].speaker_actor.name == "Friedrich Merz"
    for span in analysis.all_spans():
        assert span.check(TEXT)
    # and back again
    back = lagebild.to_spacy(analysis, nlp)
    assert "Friedrich Merz" in {e.text for e in back.ents}


def test_from_spacy_english():
    text = 'Chancellor Friedrich Merz said on Thursday that "Germany will deliver hundreds of vehicles."'
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    analysis = lagebild.from_spacy(doc, published="2025-09-04")
    assert analysis.lang == "en"
    # "said that" + a quotation is one mixed statement (Indirect with the quote inside), as analyze() gives it
    assert [s.type for s in analysis.statements] == [s.type for s in lagebild.analyze(
        text, published="2025-09-04", lang="en").statements] and analysis.statements
    assert {s.speaker_actor.wikidata for s in analysis.statements} == {"Q566257"}
    assert [e.span.text for e in analysis.entities if e.label == "PER"] == ["Friedrich Merz"]


def test_from_spacy_needs_the_tokens_stage():
    options = lagebild.make_options({"stages": "language,timex"})
    with pytest.raises(PipelineError, match="replaces the stage 'tokens'"):
        lagebild.from_spacy(spacy.blank("de")(TEXT), options=options)
