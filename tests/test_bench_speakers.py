"""`lagebild bench speakers`: matching gold statements to predictions and judging speaker actors."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.bench import speakers
from lagebild.bench import speakers_gold as sg
from lagebild.settings import make_options

ROOT = Path(__file__).resolve().parents[1]


def _gold(content, actor, *, cue=(), doc="de/002.txt", co_actors=()):
    return {"set": "de", "split": "dev", "doc": doc, "line": 1, "content": [content], "cue": list(cue),
            "mention": "er", "snippet": None, "actor": actor, "co_actors": list(co_actors), "ambiguous": False}


def _pred(content, actor=None, cue=()):
    return {"content": [content], "cue": list(cue), "mention": "er", "speaker_actor": actor}


MERZ = {"id": "Q566257", "name": "Friedrich Merz", "wikidata": "Q566257"}
TRUMP = {"id": "Q22686", "name": "Donald Trump", "wikidata": "Q22686"}


def test_match_by_content_overlap_prefers_the_closest_span():
    gold = _gold((100, 140), "none")
    outer = _pred((0, 400))  # contains the gold span: overlap 100% of the shorter one
    nested = _pred((98, 141))
    assert sg.match(gold, [outer, nested]) == 1
    assert sg.match(gold, [outer]) == 0


def test_match_needs_half_of_the_shorter_span_else_the_same_cue():
    gold = _gold((100, 200), "none", cue=[(90, 95)])
    assert sg.match(gold, [_pred((180, 300))]) is None  # 20 of 100 characters
    assert sg.match(gold, [_pred((180, 300), cue=[(90, 95)])]) == 0  # same cue token
    assert sg.match(gold, [_pred((140, 300))]) == 0  # 60 of 100


def test_actor_right_with_qid_name_only_and_none():
    merz = {"qid": "Q566257", "name": "Friedrich Merz", "kind": "person"}
    assert sg.actor_right(merz, MERZ)  # right link
    assert not sg.actor_right(merz, TRUMP)  # wrong link
    assert not sg.actor_right(merz, None)  # abstention where gold has an actor
    assert sg.actor_right("none", None)  # correct abstention
    assert not sg.actor_right("none", TRUMP)  # any link on an unresolvable speaker is wrong
    pistorius = {"qid": None, "name": "Boris Pistorius", "kind": "person"}
    assert sg.actor_right(pistorius, {"id": "Q57793", "name": "boris  PISTORIUS", "wikidata": "Q57793"})
    assert sg.actor_right(pistorius, {"id": "local:boris-pistorius", "name": "Pistorius", "wikidata": None})
    assert not sg.actor_right(pistorius, {"id": "local:other", "name": "Pistorius", "wikidata": None})
    bayrou = {"qid": None, "name": "François Bayrou", "kind": "person"}
    assert sg.actor_right(bayrou, {"id": "x", "name": "Francois Bayrou", "wikidata": None})  # accents folded
    gov = {"qid": None, "name": "Bundesregierung (Deutschland)", "kind": "government"}
    assert sg.actor_right(gov, {"id": "Q313827", "name": "Federal Government of Germany", "wikidata": "Q313827"},
                          pred_names=["Bundesregierung"])  # a KB name of the predicted actor
    merkel = {"qid": "Q567", "name": "Angela Merkel", "kind": "person"}
    stoiber = {"qid": "Q44507", "name": "Edmund Stoiber", "kind": "person"}
    assert sg.actor_right(merkel, {"id": "Q44507", "name": "Edmund Stoiber", "wikidata": "Q44507"},
                          co_actors=[stoiber])


def test_counts_and_metrics():
    tot = sg.new_totals()
    items = [
        (_gold((0, 50), {"qid": "Q566257", "name": "Friedrich Merz"}), _pred((0, 50), MERZ)),  # right link
        (_gold((60, 90), {"qid": "Q566257", "name": "Friedrich Merz"}), _pred((60, 90), TRUMP)),  # wrong link
        (_gold((100, 120), "none"), _pred((100, 120))),  # correct abstention
        (_gold((130, 150), {"qid": None, "name": "Boris Pistorius"}), _pred((130, 150))),  # abstention
        (_gold((160, 170), {"qid": None, "name": "Boris Pistorius"}),
         _pred((160, 170), {"id": "local:boris-pistorius", "name": "Pistorius", "wikidata": None})),  # name-only right
        (_gold((500, 520), "none"), None),  # not found
    ]
    for gold, pred in items:
        actor = pred["speaker_actor"] if pred else None
        sg.add(tot, gold, pred, sg.actor_right(gold["actor"], actor, (), gold["co_actors"]))
    out = sg.finish(tot, errors=True)
    assert (out["gold"], out["found"], out["links"], out["right_links"], out["wrong_links"]) == (6, 5, 3, 2, 1)
    assert (out["abstentions"], out["correct_abstentions"], out["gold_actor"], out["gold_none"]) == (1, 1, 4, 1)
    assert out["statements_found"] == round(5 / 6, 3)
    assert out["linked_precision"] == round(2 / 3, 3)
    assert out["linked_recall"] == 0.5
    assert out["speaker_right"] == 0.6
    assert [w["predicted_actor"]["name"] for w in out["wrong_links_list"]] == ["Donald Trump"]
    assert len(out["abstentions_list"]) == 1
    hidden = sg.finish(tot, errors=False)
    assert hidden["errors_hidden"] and "wrong_links_list" not in hidden


def _datasets() -> Path:
    folder = Path(make_options(env={}).datasets_dir)
    return folder if folder.is_absolute() else ROOT / folder


@pytest.mark.skipif(not (_datasets() / "realnews-2025").is_dir(), reason="realnews-2025 not under datasets_dir")
def test_run_on_realnews_dev(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in sg.REALNEWS_FILES.values():  # realnews only: quotes-train is scored in the CLI run
        (gold / name).write_text((ROOT / "gold" / "speakers" / name).read_text(encoding="utf-8"), encoding="utf-8")
    options = make_options({"datasets_dir": str(_datasets())}, env={})
    result = speakers.run(gold, options, split="dev")
    assert set(result["groups"]) == {"de/dev", "en/dev"}
    for g in result["groups"].values():
        assert {"gold", "found", "statements_found", "linked_precision", "linked_recall", "speaker_right",
                "wrong_links", "abstentions", "wrong_links_list"} <= set(g)
        assert 0 < g["found"] <= g["gold"]
        assert g["right_links"] + g["wrong_links"] == g["links"]
    text = speakers.format_result(result, errors=True)
    assert "de/dev" in text and "en/dev" in text
    held = speakers.run(gold, options, split="heldout")
    assert all(g.get("errors_hidden") for g in held["groups"].values())


def test_reliability_counts_links_per_confidence_bin():
    from lagebild.bench import speakers_gold as sg

    assert [sg.confidence_bin(c) for c in (None, 0.3, 0.65, 0.7, 0.85, 0.95)] == \
        ["none", "<0.6", "0.6-0.7", "0.7-0.8", "0.8-0.9", ">=0.9"]
    gold = {"doc": "d", "line": 1, "actor": {"qid": "Q1", "name": "A"}, "mention": "A", "snippet": ""}
    a, b = sg.new_totals(), sg.new_totals()
    sg.add(a, gold, {"speaker_actor": {"id": "Q1"}, "confidence": 0.95}, True)
    sg.add(b, gold, {"speaker_actor": {"id": "Q2"}, "confidence": 0.91}, False)
    sg.add(b, gold, {"speaker_actor": {"id": "Q1"}, "confidence": 0.75}, True)
    out = sg.finish(sg.merge([a, b]), errors=False)
    assert out["reliability"] == {"0.7-0.8": {"links": 1, "precision": 1.0},
                                  ">=0.9": {"links": 2, "precision": 0.5}}


def test_found_by_type_counts_gold_statements_per_type():
    gold = {"doc": "d", "line": 1, "actor": "none", "mention": None, "snippet": ""}
    a, b = sg.new_totals(), sg.new_totals()
    sg.add(a, {**gold, "type": "Reported"}, {"speaker_actor": None}, True)
    sg.add(a, {**gold, "type": "Reported"}, None, False)
    sg.add(b, {**gold, "type": "Direct"}, {"speaker_actor": None}, True)
    out = sg.finish(sg.merge([a, b]), errors=False)
    assert out["found_by_type"] == {"Direct": {"gold": 1, "found": 1, "statements_found": 1.0},
                                    "Reported": {"gold": 2, "found": 1, "statements_found": 0.5}}


def test_statement_precision_and_span_boundaries_where_the_gold_is_complete():
    text = 'He said that "the plan works." She said the talks went well, and they smiled.'
    plan = text.index("the plan works")
    talks = text.index("the talks went well")
    smiled = text.index("they smiled")
    items = [_gold((plan, plan + len("the plan works")), "none"), _gold((talks, talks + 19), "none")]
    predicted = [{**_pred((plan - 1, plan + len('the plan works."'))), "nested": False},  # marks trimmed: the same
                 {**_pred((talks, talks + 30)), "nested": False},  # found, but too long
                 {**_pred((smiled, smiled + 11)), "nested": False},  # no gold statement: spurious
                 {**_pred((plan, plan + 8)), "nested": True}]  # nested in the first: not counted
    tot = sg.new_totals()
    matches = [sg.match(it, predicted) for it in items]
    for it, i in zip(items, matches):
        sg.add(tot, it, predicted[i] if i is not None else None, True)
    sg.add_precision(tot, text, items, predicted, matches)
    out = sg.finish(tot, errors=True)
    assert (tot["predicted"], tot["predicted_matched"]) == (3, 2)
    assert out["statement_precision"] == round(2 / 3, 3)
    assert out["span_right"] == 0.5
    assert [x["content"] for x in out["spurious_list"]] == ["they smiled"]
    assert [x["gold"] for x in out["span_wrong_list"]] == ["the talks went well"]
