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
    an = analyze("Die AfD lehnt jede Reform der Schuldenbremse ab. Die Bundesregierung prüft eine Reform der Schuldenbremse.",
                 published="2025-07-10", lang="de")
    stances = {(p["actor"]["mention"][0]["text"], p["issue"]["id"], p["stance"]) for p in an.positions}
    assert ("Die AfD", "debt-brake-reform", "opposes") in stances  # the speaker's mention, as the statement has it
    assert ("Bundesregierung", "debt-brake-reform", "undecided") in stances


def _triples(text, lang="de"):
    an = analyze(text, published="2025-09-15", lang=lang)
    for p in an.positions:
        for ev in p["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    return {((p["actor"]["actor"] or {}).get("name") or p["actor"]["mention"][0]["text"], p["issue"]["id"], p["stance"])
            for p in an.positions}


def test_negation_in_a_supporting_act_opposes():
    got = _triples("Donald Trump said there will be no American soldiers on the ground in Ukraine.", "en")
    assert got == {("Donald Trump", "us-troops-in-ukraine", "opposes")}


def test_demand_to_clarify_first_is_hesitant():
    got = _triples("Merz äußerte sich zur Frage deutscher Soldaten in der Ukraine. "
                   "Zunächst müsse geklärt werden, welche Rolle die USA spielen, sagte er.")
    assert ("Friedrich Merz", "german-troops-in-ukraine", "supports") not in got


def test_no_noun_phrase_actors_and_no_questions():
    assert _triples("Eurobonds bleiben in Brüssel ein Reizthema. Diplomaten zufolge ist eine Einigung nicht in Sicht.") == set()
    assert _triples("Wird Deutschland am Ende doch Soldaten in die Ukraine schicken?") == set()


def test_reported_stances_and_accusation():
    got = _triples("Bei der Frage einer Absicherungstruppe machen Frankreich und Großbritannien Druck, "
                   "die Bundesregierung hingegen bremst. Merz wirft Söder vor, die Reform der Schuldenbremse zu blockieren.")
    assert {("France", "western-troops-in-ukraine", "supports"), ("United Kingdom", "western-troops-in-ukraine", "supports"),
            ("Federal Government of Germany", "western-troops-in-ukraine", "hesitant"),
            ("Markus Söder", "debt-brake-reform", "opposes")} <= got
    assert not any(a == "Friedrich Merz" and i == "debt-brake-reform" for a, i, _ in got)


def test_not_refused_and_hedged_open_are_conditional():
    assert ("Norway", "tropical-forest-fund", "conditional") in _triples(
        "Norwegen lehnt eine Beteiligung am Tropenwaldfonds nicht ab.")
    assert ("Markus Söder", "debt-brake-reform", "conditional") in _triples(
        "CSU-Chef Markus Söder zeigte sich grundsätzlich offen für eine Reform der Schuldenbremse.")


def test_matcher_hook():
    found = issues.Issue("x", "X", "X", "", (), ())
    issues.set_matcher(lambda clause, ctx, actor: (found, "anything"))
    try:
        assert issues.match_issue("irgendwas", "")["id"] == "x"
    finally:
        issues.set_matcher(None)
    assert issues.match_issue("Die Schuldenbremse muss bleiben", "")["id"] == "debt-brake-reform"


def test_a_demand_instead_of_the_issue_is_no_support_for_it():
    an = analyze("Statt auf den Zolldeal mit den USA zu setzen, müssen wir die Binnennachfrage stärken, sagte "
                 "Linken-Chefin Ines Schwerdtner.", published="2025-08-01", lang="de")
    assert not [p for p in an.positions if (p["issue"] or {}).get("id") == "eu-us-trade-deal"
                and p["stance"] == "supports"]
    an = analyze("Instead of backing the tariff deal with the US, we must strengthen demand at home, the party "
                 "leader said.", published="2025-08-01", lang="en")
    assert not [p for p in an.positions if (p["issue"] or {}).get("id") == "eu-us-trade-deal"
                and p["stance"] == "supports"]


def test_a_quote_that_turns_away_from_the_issue_is_no_support_and_an_attribute_agent_no_actor():
    an = analyze("„Statt auf diesen Zolldeal zu setzen, müssen wir alles daransetzen, künftig weniger erpressbar "
                 "zu sein“, sagte Linken-Chefin Ines Schwerdtner.", published="2025-08-06", lang="de")
    assert not [p for p in an.positions if (p["issue"] or {}).get("id") == "eu-us-trade-deal"
                and p["stance"] == "supports"]
    an = analyze("Paris - Die westlichen Unterstützer der Ukraine wollen am Dienstag mit Vertretern der USA über die "
                 "Absicherung eines Waffenstillstands für das von Russland angegriffene Land beraten.",
                 published="2026-01-06", lang="de")
    assert not [p for p in an.positions if ((p["actor"] or {}).get("actor") or {}).get("name") == "Russia"]
    assert not [c for c in an.commitments if ((c["actor"] or {}).get("actor") or {}).get("name") == "Russia"]
