"""Positions and commitments in the store: written with analyses, queried over time (both backends)."""
from datetime import date

import pytest

from lagebild.model import Analysis, Document, Span
from lagebild.store.positions import STANCE_LEAN

MERZ = {"id": "Q566257", "name": "Friedrich Merz", "wikidata": "Q566257", "role": "Chancellor of Germany"}
MACRON = {"id": "Q3052772", "name": "Emmanuel Macron", "wikidata": "Q3052772", "role": "President of France"}


def analysed(text: str, day: str, positions, commitments=(), confidence=0.9):
    """An analysis of ``text`` with positions (actor, issue, stance, evidence words), each of this
    ``confidence`` (None: the key is left out, as in records stored before it existed)."""
    doc = Document(text=text, published=date.fromisoformat(day), date_source="given", lang="de")
    recs = []
    for i, (actor, issue, stance, needle) in enumerate(positions):
        start = text.index(needle)
        recs.append({"id": f"{doc.id}:p{i}", "actor": {"mention": [], "actor": actor}, "issue": issue,
                     "stance": stance, "conditions": [],
                     "evidence": [Span.of(text, start, start + len(needle)).to_dict()]})
        if confidence is not None:
            recs[-1]["confidence"] = confidence
    coms = [{"id": f"{doc.id}:c0", "actor": {"mention": [], "actor": MERZ}, "act": act, "object": {"text": obj},
             "evidence": []} for act, obj in commitments]
    return Analysis(document=doc, pipeline_version="test/1", lang="de", positions=recs, commitments=coms)


def populate(s) -> None:
    """Two analysed articles: Merz hesitant, then conditional; Macron supportive."""
    s.save_analysis(analysed("Merz zögert bei Truppen. Macron drängt.", "2025-08-19",
                             [(MERZ, "troops", "hesitant", "Merz zögert"), (MACRON, "troops", "supports", "Macron drängt")],
                             [("refusal", "Bodentruppen")]))
    s.save_analysis(analysed("Merz schließt Truppen nicht mehr aus, wenn es einen Waffenstillstand gibt.",
                             "2025-09-24", [(MERZ, "troops", "conditional", "Merz schließt Truppen nicht mehr aus")]))


@pytest.fixture
def store(store):
    """conftest's store, on each backend, with the two articles above."""
    populate(store)
    return store


def test_positions_are_stored_and_filtered(store):
    assert [p["stance"] for p in store.positions(actor="Friedrich Merz")] == ["hesitant", "conditional"]
    assert [p["stance"] for p in store.positions(issue="troops", since="2025-09-01")] == ["conditional"]
    assert store.positions(actor="Q3052772")[0]["published"] == "2025-08-19"
    assert store.commitments(act="refusal")[0]["object"]["text"] == "Bodentruppen"
    assert store.counts()["positions"] == 3


def test_changes_show_both_sides(store):
    (shift,) = store.changes(actor="Q566257", issue="troops")
    assert (shift["from"]["stance"], shift["to"]["stance"]) == ("hesitant", "conditional")
    assert (shift["from"]["published"], shift["to"]["published"]) == ("2025-08-19", "2025-09-24")
    assert shift["to"]["evidence"][0]["text"] == "Merz schließt Truppen nicht mehr aus"


def test_disagreements_are_camps_of_the_latest_stances(store):
    def camp_of(found):
        return {m["actor_key"]: stance for stance, members in found["camps"].items() for m in members}

    assert camp_of(store.disagreements(issue="troops", until="2025-08-31")) == \
        {"Q566257": "hesitant", "Q3052772": "supports"}
    # by late September Merz is conditional: one member per actor, its latest stance
    found = store.disagreements(issue="troops")
    assert camp_of(found) == {"Q566257": "conditional", "Q3052772": "supports"}
    (merz,) = found["camps"]["conditional"]
    assert merz["positions"] == 2 and merz["latest"]["published"] == "2025-09-24"
    assert camp_of(store.disagreements(issue="troops", actor_ids=["Q3052772"])) == {"Q3052772": "supports"}
    assert STANCE_LEAN["opposes"] < 0 < STANCE_LEAN["conditional"]


def test_newest_published_and_unconfident_changes(store):
    assert store.newest_published() == "2025-09-24"
    # positions stored without a confidence count as 0.5: below change_min_confidence, no shift
    store.save_analysis(analysed("Macron zögert bei Truppen.", "2025-10-02",
                                 [(MACRON, "troops", "hesitant", "Macron zögert")], confidence=None))
    assert store.newest_published() == "2025-10-02"
    assert store.changes(actor="Q3052772") == []


def test_timeline_merges_kinds_in_date_order(store):
    rows = store.timeline(actor="Friedrich Merz")
    assert [r["kind"] for r in rows] == ["position", "position"]
    assert rows[0]["published"] <= rows[1]["published"]


def test_reanalysis_replaces_positions(store):
    doc_text = "Merz schließt Truppen nicht mehr aus, wenn es einen Waffenstillstand gibt."
    store.save_analysis(analysed(doc_text, "2025-09-24", [(MERZ, "troops", "conditional", "Merz schließt")]))
    assert store.counts()["positions"] == 3


def test_bad_evidence_offsets_are_refused(store):
    from lagebild.errors import StoreError

    bad = analysed("Merz zögert.", "2025-08-01", [(MERZ, "troops", "hesitant", "Merz zögert")])
    bad.positions[0]["evidence"][0]["text"] = "Scholz"
    with pytest.raises(StoreError, match="does not match"):
        store.save_analysis(bad)
