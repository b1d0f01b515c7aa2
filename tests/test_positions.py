"""Positions and the issue catalogue (extract/positions.py, extract/issues.py)."""
from __future__ import annotations

from lagebild.core import analyze
from lagebild.extract import issues
from lagebild.pipeline import registered_stages
from lagebild.stages import DEFAULT_STAGES


def _pos(an, name, issue, stance):
    return [p for p in an.positions if (p["actor"]["actor"] or {}).get("name") == name
            and (p["issue"] or {}).get("id") == issue and p["stance"] == stance]


def test_seed_positions(seed_text):
    an = analyze(seed_text, published="2025-09-04", lang="de")
    assert _pos(an, "France", "western-troops-in-ukraine", "supports")
    assert _pos(an, "United Kingdom", "western-troops-in-ukraine", "supports")
    (hes,) = _pos(an, "Federal Government of Germany", "western-troops-in-ukraine", "hesitant")
    assert "bremst" in hes["evidence"][0]["text"]
    (cond,) = _pos(an, "Federal Government of Germany", "german-troops-in-ukraine", "conditional")
    kinds = {k["id"]: k["type"] for k in an.conditions}
    assert sorted(kinds[i] for i in cond["conditions"]) == ["ceasefire", "parliamentary approval", "third-party guarantee"]
    assert _pos(an, "Friedrich Merz", "military-aid-to-ukraine", "supports")
    for p in an.positions:
        for ev in p["evidence"]:
            assert seed_text[ev["start"]:ev["end"]] == ev["text"]


def test_stage_registered_after_statements():
    spec = registered_stages()["positions"]
    assert DEFAULT_STAGES.index("positions") > DEFAULT_STAGES.index("statements")
    assert set(spec.requires) == {"statements", "entities"}
    assert set(spec.assigns) == {"positions", "commitments", "conditions"}


def test_catalogue_covers_sample_issues():
    labels = {i.label_en for i in issues.load_issues()}
    for need in ("western troops in Ukraine", "German troops in Ukraine", "debt brake reform",
                 "joint EU borrowing for defence", "tropical forest fund contribution", "EU drone wall"):
        assert need in labels


def test_refusal_opposes_and_undecided():
    an = analyze("Die AfD lehnt jede Reform der Schuldenbremse ab. Die Regierung prüft eine Reform der Schuldenbremse.",
                 published="2025-07-10", lang="de")
    stances = {(p["actor"]["mention"][0]["text"], p["issue"]["id"], p["stance"]) for p in an.positions}
    assert ("AfD", "debt-brake-reform", "opposes") in stances
    assert ("Regierung", "debt-brake-reform", "undecided") in stances


def test_matcher_hook():
    found = issues.Issue("x", "X", "X", "", (), ())
    issues.set_matcher(lambda clause, ctx, actor: (found, "anything"))
    try:
        assert issues.match_issue("irgendwas", "")["id"] == "x"
    finally:
        issues.set_matcher(None)
    assert issues.match_issue("Die Schuldenbremse muss bleiben", "")["id"] == "debt-brake-reform"
