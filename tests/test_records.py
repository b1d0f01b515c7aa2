"""Typed position-layer records keep the JSON shape; recordviews reads every record shape alike."""
from __future__ import annotations

import json

from lagebild.model import Change, Commitment, Condition, Position
from lagebild.recordviews import actor_key, actor_label, disagreements, issue_id, latest_per, stance_changes

MERZ = {"id": "Q1", "name": "Friedrich Merz", "type": "person", "wikidata": "Q1", "role": None}


def _pos(pid, stance, published, doc, actor=MERZ, mention="Merz"):
    return {"doc": doc, "published": published, "cluster_id": doc, "id": pid,
            "actor": {"mention": [{"start": 0, "end": len(mention), "text": mention}], "actor": actor},
            "issue": {"id": "debt-brake", "label": "debt brake", "phrase": "Schuldenbremse"},
            "stance": stance, "conditions": [], "evidence": [{"start": 0, "end": 4, "text": "Merz"}], "from": "c0"}


def test_to_dict_gives_the_stored_shape_back_key_for_key():
    stored = _pos("p0", "supports", "2025-01-01", "d1")
    record = Position.from_dict(stored)
    assert record.from_ == "c0" and record.evidence[0]["text"] == "Merz" and record.extra["doc"] == "d1"
    assert json.dumps(record.to_dict()) == json.dumps(stored)
    fresh = Position("p1", stored["actor"], None, "opposes", ("k0",), (), "report")
    assert list(fresh.to_dict()) == ["id", "actor", "issue", "stance", "conditions", "evidence", "from", "confidence"]
    assert fresh.to_dict()["conditions"] == ["k0"]
    cond = {"type": "other", "text": {"start": 0, "end": 4, "text": "wenn"}, "fragment": False, "how": "clause",
            "id": "k0", "qualifies": ["c0", "p0"], "party": None}
    assert Condition.from_dict(cond).to_dict() == cond
    commitment = Commitment("c0", "pledge", stored["actor"])
    assert Commitment.from_dict(commitment.to_dict()) == commitment


def test_one_actor_label_for_every_record_shape():
    named = _pos("p0", "supports", None, "d1")
    unnamed = _pos("p1", "supports", None, "d1", actor=None, mention="Die Regierung")
    assert actor_label(named) == "Friedrich Merz" and actor_key(named) == "Q1"
    # an unresolved mention is keyed by its normalised form (articles and endings dropped)
    assert actor_label(unnamed) == "Die Regierung" and actor_key(unnamed) == "regierung"
    assert actor_key(_pos("p2", "supports", None, "d1", actor=None, mention="Er")) is None  # a pronoun: no actor
    assert actor_label({"actor": MERZ}) == "Friedrich Merz"
    assert actor_label({"actor": "Merz", "actor_key": "Q1"}) == "Merz" and actor_key({"actor": "Merz"}) == "Merz"
    assert actor_label({}) == "(unknown)" and actor_label({}, unknown="unknown actor") == "unknown actor"
    assert actor_key({}) is None and issue_id(named) == "debt-brake"


def test_changes_and_disagreements_use_the_latest_stance():
    a = {**_pos("p0", "supports", "2025-01-01", "d1"), "confidence": 0.9}  # shifts need confident sides
    b = {**_pos("p0", "opposes", "2025-02-01", "d2"), "confidence": 0.9}
    other = _pos("p0", "supports", "2025-02-02", "d3", actor={**MERZ, "id": "Q2", "name": "Lars Klingbeil"},
                 mention="Klingbeil")
    (change,) = stance_changes([b, a])
    assert Change.from_dict(change).to_dict() == change
    assert (change["actor"], change["from"]["stance"], change["to"]["stance"]) == ("Friedrich Merz", "supports", "opposes")
    assert latest_per([a, b], actor_key) == {"Q1": b}
    found = disagreements([a, b, other], "debt-brake")  # camps, by each actor's latest stance
    assert [(m["actor_key"], m["positions"]) for m in found["camps"]["opposes"]] == [("Q1", 2)]
    assert [m["actor_key"] for m in found["camps"]["supports"]] == ["Q2"]
