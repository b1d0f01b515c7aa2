"""Commitment rules for real-news phrasing (issue #18): made-up sentences, one per rule."""
from __future__ import annotations

from lagebild import analyze
from lagebild.extract.quantities import find_quantities


def _acts(text: str, lang: str) -> list[tuple[str, str]]:
    an = analyze(text, published="2025-06-01", lang=lang)
    return [(c["act"], c["cue"][0]["text"]) for c in an.commitments]


def test_passive_and_prediction_with_werden_are_no_commitments():
    assert _acts("Über den Antrag wird morgen im Rat entschieden.", "de") == []
    assert _acts("Der Vorschlag werde von allen Partnern getragen, sagte sie.", "de") == []
    assert _acts("Die Minister werden am Abend eine Erklärung abgeben.", "de") == []


def test_giving_verb_with_werden_stays_a_pledge():
    assert [a for a, _ in _acts("Dänemark wird der Ukraine zwei Fregatten liefern.", "de")] == ["pledge"]


def test_soll_needs_a_named_subject_and_no_question():
    assert _acts("Sie soll sich auf die Häfen erstrecken.", "de") == []
    assert _acts("Unklar ist, ob sie den Plan mittragen sollen.", "de") == []


def test_modal_demand_needs_a_verb():
    assert _acts("Die Zeche zahlen, muss nun die Bevölkerung.", "de") == []


def test_declared_readiness_is_a_pledge():
    assert ("pledge", "bereit erklärt") in _acts("Beide Seiten hatten sich zu einer Feuerpause bereit erklärt.", "de")
    assert [a for a, _ in _acts("Norwegen sei bereit, sich an der Mission zu beteiligen.", "de")] == ["pledge"]


def test_noun_and_phrase_cues():
    assert [a for a, _ in _acts("Der Präsident hat Moldau weitere Hilfe in Aussicht gestellt.", "de")] == ["pledge"]
    assert [a for a, _ in _acts("In Riga sicherte sie dem Land weitere Hilfe zu.", "de")] == ["pledge"]
    assert [a for a, _ in _acts("Die Ministerin sah sich in ihrer Forderung nach einem Verbot bestätigt.", "de")] == ["demand"]
    assert [a for a, _ in _acts("Die Partnerländer arbeiten an einem Konzept für die Grenzsicherung.", "de")] == ["intention"]
    assert [a for a, _ in _acts("Die Regierung strebt eine Abstimmung im Herbst an.", "de")] == ["intention"]


def test_english_modal_must_follow_its_subject():
    assert _acts("The announcement would be a moment of truth, she said.", "en") == []
    assert _acts("It will make its closest approach in June.", "en") == []
    assert [a for a, _ in _acts("Canada will provide two frigates.", "en")] == ["pledge"]


def test_unable_to_rule_out_is_not_ruled_out():
    assert [a for a, _ in _acts("The minister said she was unable to rule out higher fees.", "en")] == ["not_ruled_out"]


def test_agreed_to_is_a_pledge_and_a_video_call_is_no_demand():
    acts = _acts("The two ministers agreed during a video call on Monday to hold new talks.", "en")
    assert [a for a, _ in acts] == ["pledge"]


def test_day_of_a_date_is_no_quantity():
    text = "The levy starts on March 3rd; 2 tanks arrive on 5 May."
    assert [(q["value"], q["unit"]) for q in find_quantities(text, "en", 0, len(text))] == [(2, "tanks")]
    text = "Ab dem 1. Juli gilt die Regel."
    assert find_quantities(text, "de", 0, len(text)) == []


def test_coordinated_actors_each_commit():
    an = analyze("Ireland, Hungary, and Austria refused to ratify the agreement.", published="2025-12-10", lang="en")
    got = sorted((c["act"], c["actor"]["mention"][0]["text"]) for c in an.commitments)
    assert got == [("refusal", "Austria"), ("refusal", "Hungary"), ("refusal", "Ireland")]
    assert len({c["id"] for c in an.commitments}) == 3
    for c in an.commitments:  # each copy's evidence starts at its own actor
        assert c["evidence"][0]["text"].startswith(c["actor"]["mention"][0]["text"])


def test_wanting_none_is_a_refusal():
    assert _acts("Die SPD will keine Änderung.", "de") == [("refusal", "will")]
    assert _acts("Merz hat klargemacht, dass er keine Änderung will.", "de") == [("refusal", "will")]
    assert _acts("Die SPD will eine Änderung.", "de") == []  # a wish for a thing, no act of its own


def test_negated_readiness_refuses_and_asking_someone_demands():
    assert _acts("Zelensky isn't yet ready to surrender.", "en") == [("refusal", "isn't yet ready to")]
    assert _acts("The president has been asking them to spend five percent.", "en") == [("demand", "asking them to")]
    assert _acts("He has been asked to resign.", "en") == []  # the passive: he is the one asked
    assert _acts("Die Kommission hat neue Regeln vorgeschlagen.", "de") == [("demand", "vorgeschlagen")]


def test_an_attribute_tells_the_agents_act():
    an = analyze("Selenskyj sagte, die Ukraine könnte auf eine von Russland und den USA abgelehnte "
                 "Nato-Mitgliedschaft verzichten.", published="2025-12-10", lang="de")
    got = sorted((c["act"], c["actor"]["mention"][0]["text"], c["object"]["text"]) for c in an.commitments
                 if c["cue"][0]["text"] == "abgelehnte")
    assert got == [("refusal", "Russland", "Nato-Mitgliedschaft"), ("refusal", "USA", "Nato-Mitgliedschaft")]
    # an agent the entity layer does not link gives no record
    assert _acts("Die von der Opposition geforderte Untersuchung beginnt am Montag.", "de") == []


def _recipients(text: str, lang: str) -> list[str | None]:
    an = analyze(text, published="2025-12-14", lang=lang)
    return [((c.get("recipient") or {}).get("actor") or {}).get("name") for c in an.commitments]


def test_beneficiary_as_owner_of_a_noun_of_benefit():
    """'für die Finanzierung des ukrainischen Militärs', 'for the reconstruction of Ukraine': the
    owner after a noun of benefit is the recipient of money given for it."""
    assert _recipients("Die EU will 90 Milliarden Euro für die Finanzierung des ukrainischen Militärs "
                       "bereitstellen.", "de") == ["Ukraine"]
    assert _recipients("Japan will 2 Milliarden Euro zur Unterstützung der Ukraine bereitstellen.", "de") == ["Ukraine"]
    # a domestic act names no beneficiary
    assert _recipients("Die Regierung will den Haushalt für das Jahr 2026 beschließen.", "de") in ([], [None])
    # investment in a country benefits it, and the other pledges of its sentence
    assert _recipients("The EU committed to buying $750bn worth of energy and increasing investment in the "
                       "United States by another $600bn.", "en")[-1] == "United States"
