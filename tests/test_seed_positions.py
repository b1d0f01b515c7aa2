"""The defining seed article (issue #18): every expected position, commitment (with Ukraine as the
recipient) and condition, in both modes."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.core import analyze
from lagebild.settings import make_options

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_9eb11f9ed3dde1b0.txt"


@pytest.fixture(scope="module", params=["fast", "accurate"])
def seed_analysis(request):
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    text = SEED.read_text(encoding="utf-8").split("2025-09-04", 1)[1].strip()
    return text, analyze(text, published="2025-09-04", lang="de", options=make_options({"mode": request.param}, env={}))


def _name(record: dict) -> str | None:
    return ((record or {}).get("actor") or {}).get("name")


def test_expected_positions(seed_analysis):
    text, an = seed_analysis
    found = {(_name(p["actor"]), p["issue"]["id"], p["stance"]) for p in an.positions}
    for expected in [("France", "western-troops-in-ukraine", "supports"),
                     ("United Kingdom", "western-troops-in-ukraine", "supports"),
                     ("Federal Government of Germany", "western-troops-in-ukraine", "hesitant"),
                     ("Federal Government of Germany", "german-troops-in-ukraine", "conditional"),
                     ("Friedrich Merz", "military-aid-to-ukraine", "supports")]:
        assert expected in found, (expected, found)
    for p in an.positions:
        assert 0 < p["confidence"] <= 1
        assert all(text[e["start"]:e["end"]] == e["text"] for e in p["evidence"])


def test_expected_commitments_go_to_ukraine(seed_analysis):
    text, an = seed_analysis
    by_object = {c["object"]["text"]: c for c in an.commitments if c.get("object")}
    wanted = {"Militärfahrzeuge": "intention", "Rüstungsindustrie": "intention", "Truppen zu stellen": "not_ruled_out",
              "Absicherungstruppe": "pledge"}
    for word, act in wanted.items():
        (c,) = [c for obj, c in by_object.items() if word in obj]
        assert c["act"] == act
        assert _name(c["recipient"]) == "Ukraine", c
        mention = c["recipient"]["mention"][0]
        assert text[mention["start"]:mention["end"]] == mention["text"]


def test_expected_conditions(seed_analysis):
    _text, an = seed_analysis
    kinds = sorted(k["type"] for k in an.conditions)
    for kind in ("ceasefire", "third-party guarantee", "parliamentary approval"):
        assert kind in kinds
    (troops,) = [c for c in an.commitments if c["act"] == "not_ruled_out"]
    linked = {k["type"] for k in an.conditions if k["id"] in troops["conditions"]}
    assert linked == {"ceasefire", "third-party guarantee", "parliamentary approval"}
