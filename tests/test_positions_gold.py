"""The position bench (bench/positions.py) and a floor on the dev gold set (gold/positions/dev.jsonl).

The test split (gold/positions/test.jsonl) is held out: it is scored by the bench, never here.
"""
from __future__ import annotations

from pathlib import Path

from lagebild.bench import positions as bench

ROOT = Path(__file__).resolve().parents[1]


def _pred(name, mention, issue, stance):
    return {"actor": {"mention": [{"start": 0, "end": len(mention), "text": mention}],
                      "actor": {"name": name, "id": name} if name else None},
            "issue": {"id": issue} if issue else None, "stance": stance}


def test_score_matches_actor_issue_stance():
    gold = [{"actor": "Söder", "actor_name": "Markus Söder", "issue": "debt-brake-reform", "stance": "opposes"},
            {"actor": "Polen", "actor_name": "Donald Tusk", "alt": ["Poland"], "issue": "x", "stance": "supports"}]
    pred = [_pred("Markus Söder", "CSU-Chef Söder", "debt-brake-reform", "supports"),
            _pred("Markus Söder", "Söder", "debt-brake-reform", "opposes"),
            _pred("Poland", "Polen", "x", "supports"),
            _pred(None, "Eurobonds", None, "opposes")]
    res = bench.score(gold, pred)
    assert (res["tp"], res["pred"], res["gold"]) == (2, 4, 2)
    assert (res["stance_ok"], res["stance_n"]) == (2, 2)
    assert len(res["spurious"]) == 2


def test_gold_files_are_well_formed():
    for name in ("test.jsonl", "dev.jsonl"):
        items = bench.load_gold(ROOT / "gold" / "positions" / name)
        assert len(items) >= 40
        for item in items:
            for p in item["positions"]:
                assert p["evidence"] in item["text"] and p["actor"] in item["text"]
                assert p["stance"] in {"supports", "opposes", "conditional", "hesitant", "undecided"}


def test_dev_floor():
    res = bench.run(ROOT / "gold" / "positions" / "dev.jsonl")
    dev = res["splits"]["dev"]
    assert dev["p"] >= 0.85 and dev["r"] >= 0.7, bench.format_result(res, failures=5)
    assert "dev" in bench.format_result(res)
