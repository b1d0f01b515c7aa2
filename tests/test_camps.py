"""Shifts only with confident evidence on both sides; disagreements as camps per issue."""
from __future__ import annotations

from lagebild.recordviews import camps, confidence, stance_changes
from lagebild.settings import make_options

MERZ = {"id": "Q566257", "name": "Friedrich Merz", "type": "person", "wikidata": "Q566257", "role": None}
MACRON = {"id": "Q3052772", "name": "Emmanuel Macron", "type": "person", "wikidata": "Q3052772", "role": None}
TUSK = {"id": "Q946", "name": "Donald Tusk", "type": "person", "wikidata": "Q946", "role": None}


def pos(pid, stance, published, doc, *, actor=MERZ, mention="Merz", conf=0.9, cluster=None, issue="troops"):
    record = {"id": pid, "doc": doc, "published": published, "cluster_id": cluster or doc,
              "actor": {"mention": [{"start": 0, "end": len(mention), "text": mention}], "actor": actor},
              "issue": {"id": issue, "label": issue, "phrase": issue}, "stance": stance, "conditions": [],
              "evidence": [{"start": 0, "end": len(mention), "text": mention}], "from": "report"}
    if conf is not None:
        record["confidence"] = conf
    return record


# -- stance changes --------------------------------------------------------------------------------

def test_a_shift_links_both_confident_sides():
    a = pos("d1:p:1", "opposes", "2025-03-01", "d1", conf=0.8)
    b = pos("d2:p:1", "supports", "2025-06-01", "d2", conf=0.7)
    (shift,) = stance_changes([b, a])
    assert (shift["actor"], shift["actor_key"], shift["issue"]) == ("Friedrich Merz", "Q566257", "troops")
    for side, rec in ((shift["from"], a), (shift["to"], b)):
        assert (side["doc"], side["id"], side["published"], side["stance"]) == \
            (rec["doc"], rec["id"], rec["published"], rec["stance"])
        assert side["evidence"] == rec["evidence"] and side["confidence"] == rec["confidence"]


def test_unconfident_or_missing_confidence_on_either_side_is_no_shift():
    a = pos("d1:p:1", "opposes", "2025-03-01", "d1", conf=0.8)
    assert stance_changes([a, pos("d2:p:1", "supports", "2025-06-01", "d2", conf=0.59)]) == []
    assert stance_changes([pos("d0:p:1", "supports", "2025-01-01", "d0", conf=0.4), a]) == []
    missing = pos("d2:p:1", "supports", "2025-06-01", "d2", conf=None)  # stored before confidence existed
    assert confidence(missing) == 0.5 and stance_changes([a, missing]) == []
    assert len(stance_changes([a, missing], min_confidence=0.5)) == 1
    assert confidence({"confidence": None}) == 0.5 and confidence({"confidence": 0.61}) == 0.61


def test_the_threshold_is_the_setting_change_min_confidence():
    assert make_options().change_min_confidence == 0.6
    assert make_options({"change_min_confidence": "0.3"}).change_min_confidence == 0.3


def test_an_unconfident_stance_in_between_is_not_compared_against():
    a = pos("d1:p:1", "opposes", "2025-03-01", "d1")
    noise = pos("d2:p:1", "supports", "2025-04-01", "d2", conf=0.3)
    c = pos("d3:p:1", "supports", "2025-05-01", "d3")
    (shift,) = stance_changes([a, noise, c])  # against the last confident stance: opposes -> supports
    assert (shift["from"]["id"], shift["to"]["id"]) == ("d1:p:1", "d3:p:1")
    assert stance_changes([a, noise, pos("d3:p:2", "opposes", "2025-05-01", "d3")]) == []


def test_same_day_same_story_and_unlinked_actors_are_no_shift():
    a = pos("d1:p:1", "opposes", "2025-03-01", "d1")
    assert stance_changes([a, pos("d2:p:1", "supports", "2025-03-01", "d2")]) == []  # same date
    assert stance_changes([a, pos("d2:p:1", "supports", "2025-04-01", "d2", cluster="d1")]) == []  # wire copy
    gov = dict(actor=None, mention="Die Bundesregierung")
    assert stance_changes([pos("d1:p:1", "opposes", "2025-03-01", "d1", **gov),
                           pos("d2:p:1", "supports", "2025-06-01", "d2", **gov)]) == []
    undated = pos("d2:p:1", "supports", None, "d2")
    assert stance_changes([a, undated]) == []


def test_actors_and_issues_are_kept_apart():
    records = [pos("d1:p:1", "opposes", "2025-03-01", "d1"),
               pos("d2:p:1", "supports", "2025-04-01", "d2", actor=MACRON, mention="Macron"),
               pos("d3:p:1", "supports", "2025-05-01", "d3", issue="debt-brake")]
    assert stance_changes(records) == []


# -- camps ----------------------------------------------------------------------------------------

def test_camps_by_latest_stance_ranked_by_evidence_then_date():
    records = [
        pos("d1:p:1", "opposes", "2025-01-01", "d1"),
        pos("d2:p:1", "supports", "2025-02-01", "d2"),
        pos("d3:p:1", "supports", "2025-03-01", "d3"),  # Merz: 3 positions, latest supports
        pos("d4:p:1", "supports", "2025-04-01", "d4", actor=MACRON, mention="Macron"),  # 1, newest
        pos("d5:p:1", "conditional", "2025-01-15", "d5", actor=TUSK, mention="Tusk"),
        pos("d6:p:1", "opposes", "2025-02-15", "d6", actor=None, mention="er"),  # a pronoun: no actor
        pos("d7:p:1", "opposes", "2025-02-20", "d7", actor=None, mention="ein EU-Diplomat"),  # unlinked, once
        pos("d8:p:1", "hesitant", "2025-02-21", "d8", actor=None, mention="die Bundesregierung"),
        pos("d9:p:1", "hesitant", "2025-02-22", "d9", actor=None, mention="der Bundesregierung"),  # twice
    ]
    found = camps(records, "troops")
    assert found["issue"] == "troops"
    assert list(found["camps"]) == ["supports", "opposes", "conditional", "hesitant", "undecided"]
    supports = found["camps"]["supports"]
    assert [(m["actor"], m["actor_key"], m["positions"]) for m in supports] == \
        [("Friedrich Merz", "Q566257", 3), ("Emmanuel Macron", "Q3052772", 1)]
    assert supports[0]["latest"]["id"] == "d3:p:1" and supports[0]["latest"]["doc"] == "d3"
    assert supports[0]["latest"]["evidence"][0]["text"] == "Merz"
    assert found["camps"]["opposes"] == []  # Merz moved on; the pronoun and the lone diplomat are left out
    assert [m["actor_key"] for m in found["camps"]["conditional"]] == ["Q946"]
    (gov,) = found["camps"]["hesitant"]
    assert gov["actor_id"] is None and gov["positions"] == 2 and gov["latest"]["published"] == "2025-02-22"


def test_camps_tie_on_evidence_goes_to_the_most_recent():
    records = [pos("d1:p:1", "opposes", "2025-01-01", "d1", actor=TUSK, mention="Tusk"),
               pos("d2:p:1", "opposes", "2025-05-01", "d2", actor=MACRON, mention="Macron")]
    assert [m["actor"] for m in camps(records, "troops")["camps"]["opposes"]] == ["Emmanuel Macron", "Donald Tusk"]
    other_issue = [pos("d3:p:1", "supports", "2025-05-01", "d3", issue="debt-brake")]
    assert all(not members for members in camps(other_issue, "troops")["camps"].values())
