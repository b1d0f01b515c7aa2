"""Claim polarity, the DEbateNet claims bench, and issue suggestions."""
from pathlib import Path

import pytest

from lagebild.extract.stance import claim_polarity
from lagebild.extract.suggest import suggest_issues

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT.parent / "shared" / "datasets" / "debatenet-mig15" / "claims-2015-01-to-10.jsonl"


@pytest.mark.parametrize("text,label", [
    ("Die CSU fordert schnellere Asylverfahren.", 1),
    ("Die Grünen wollen ein Bleiberecht für junge Flüchtlinge.", 1),
    ("Der Minister lehnt ein Einwanderungsgesetz ab.", -1),
    ("Pro Asyl kritisiert die Grenzkontrollen scharf.", -1),
    ("Die Kirchen warnen vor einer Verschärfung des Asylrechts.", -1),
    ("Die SPD ist gegen Transitzonen.", -1),
    ("Der Innenminister lehnt Obergrenzen nicht grundsätzlich ab.", 1),
])
def test_claim_polarity_clear_cases(text, label):
    got, conf = claim_polarity(text, "de")
    assert got == label
    assert 0.5 <= conf <= 1.0


def test_claims_bench_first_100():
    if not CLAIMS.exists():
        pytest.skip("../shared/datasets/debatenet-mig15 is not beside this checkout")
    from lagebild.bench.claims import format_result, run

    result = run(CLAIMS, limit=100)
    assert result["claims"] == 100
    for key in ("polarity_all", "polarity_early", "polarity_late"):
        assert set(result[key]) == {"n", "macro_f1", "accuracy"}
    assert result["polarity_all"]["accuracy"] > 0.6
    assert result["actor"]["n"] > 0 and 0 <= result["actor"]["accuracy"] <= 1
    assert "macro-F1" in format_result(result)


STATEMENTS = [
    {"id": "a1", "text": "Die Mieten in Berlin steigen weiter, Mieter finden keine Wohnung."},
    {"id": "b1", "text": "Die Bundeswehr soll Soldaten in die Ukraine schicken."},
    {"id": "a2", "text": "Die Mieten steigen, wir brauchen mehr Wohnungen für Mieter."},
    {"id": "b2", "text": "Soldaten der Bundeswehr für die Ukraine lehnt er ab."},
    {"id": "a3", "text": "Bezahlbare Wohnungen fehlen, die Mieten sind zu hoch."},
    {"id": "b3", "text": "Ein Einsatz der Bundeswehr in der Ukraine braucht ein Mandat."},
]


def test_suggest_groups_similar_statements():
    issues = suggest_issues(STATEMENTS)
    groups = [set(i["statement_ids"]) for i in issues]
    assert {"a1", "a2", "a3"} in groups
    assert {"b1", "b2", "b3"} in groups
    housing = next(i for i in issues if "a1" in i["statement_ids"])
    assert housing["size"] == 3 and any(t.startswith("miet") for t in housing["terms"])
    assert housing["example"] and housing["label"]


def test_suggest_is_deterministic_and_respects_k():
    assert suggest_issues(STATEMENTS) == suggest_issues(list(STATEMENTS))
    assert len(suggest_issues(STATEMENTS, k=2)) == 2
    assert suggest_issues([]) == []
