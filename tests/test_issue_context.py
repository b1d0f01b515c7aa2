"""Issues in context (issue #18): an issue is matched only where the clause names it and
its context makes it this issue; the period it is live, exclusions, names that need no
context, words that refer back to an issue, the user's own catalogue.

Sentences are made up for the tests.
"""
from __future__ import annotations

import pytest

from lagebild.core import analyze
from lagebild.errors import ConfigError
from lagebild.extract import issues
from lagebild.settings import make_options


def _issue(clause: str, context: str = "", *, article: str = "", published=None, before: str = "") -> str | None:
    from datetime import date

    day = date.fromisoformat(published) if published else None
    hit = issues.match_hit(clause, context, None, article=article, published=day, before=before)
    return hit.issue.id if hit else None


def _positions(text: str, published: str = "2025-09-15", lang: str = "de", **settings) -> set[tuple]:
    options = make_options(settings, env={}) if settings else None
    an = analyze(text, published=published, lang=lang, options=options)
    out = set()
    for p in an.positions:
        actor = p["actor"]
        name = (actor.get("actor") or {}).get("name") or actor["mention"][0]["text"]
        out.add((name, p["issue"]["id"], p["stance"]))
    return out


def test_keyword_needs_the_theatre_in_view():
    assert _issue("Die Regierung will keine weiteren Truppen schicken.") is None
    assert _issue("Die Regierung will keine weiteren Truppen schicken.",
                  "Der Krieg in der Ukraine geht in das vierte Jahr.") == "western-troops-in-ukraine"


def test_exclusions_and_the_live_period():
    ukraine = "Der Krieg in der Ukraine geht weiter."
    # troops in Thailand are not troops in Ukraine, even in an article that mentions Ukraine
    assert _issue("Die Armee schickte Truppen nach Thailand.", ukraine) is None
    # a 2008 sentence is not about a reassurance force discussed since 2024
    assert _issue("Frankreich will Truppen in die Ukraine schicken.", published="2008-05-01") is None
    assert _issue("Frankreich will Truppen in die Ukraine schicken.", published="2025-03-01") == "western-troops-in-ukraine"


def test_names_need_no_context_and_numbers_match_whole():
    assert _issue("Polen unterstützt den Drohnenwall.") == "eu-drone-wall"
    assert _issue("Frankreich befürwortet Eurobonds.") == "joint-eu-borrowing-for-defence"
    # "15 percent" tariffs are neither the 5 percent target nor defence spending
    assert _issue("The US set a 15 percent tariff on cars.", "NATO allies met in The Hague.") is None
    assert _issue("Spain will not meet the five percent target.") == "nato-five-percent-target"


def test_a_deal_is_the_eu_us_deal_only_between_the_eu_and_the_us():
    assert _issue("Senate Democrats rejected the deal on the stopgap bill.") is None
    assert _issue("Austria refused to ratify the agreement.", before="EU states voted on the Mercosur deal.") \
        == "eu-mercosur-agreement"
    assert _issue("The Commission welcomed the trade deal with the United States.",
                  "Brussels and Washington agreed on tariffs.") == "eu-us-trade-deal"
    assert _issue("The Commission welcomed the trade deal.", "The EU and Mercosur signed it.") != "eu-us-trade-deal"


def test_refers_back_only_when_the_issue_was_named():
    assert _issue("France rejected the agreement.") is None
    assert _issue("France rejected the agreement.", article="EU approves Mercosur trade pact") == "eu-mercosur-agreement"


def test_a_condition_is_not_the_issue():
    text = ("Im Krieg in der Ukraine verhandeln die Europäer über eine Absicherung. "
            "Deutschland will Truppen in die Ukraine schicken, sobald ein Waffenstillstand gilt.")
    found = {(issue, stance) for _who, issue, stance in _positions(text)}
    assert ("ukraine-ceasefire", "conditional") not in found
    assert any(issue == "western-troops-in-ukraine" for issue, _stance in found), found


def test_a_stance_in_the_next_sentence_keeps_the_issue_the_lead_names():
    text = ("EU states approved the Mercosur agreement on Friday.\n\n"
            "The vote on the Mercosur deal was close. Belgium abstained.")
    assert ("Belgium", "eu-mercosur-agreement", "hesitant") in _positions(text, "2026-01-09", "en")


def test_passive_agents_and_coordinated_actors_hold_the_stance():
    text = ("EU states voted on the Mercosur agreement. The agreement, supported by Germany and Spain, passed. "
            "Ireland, Hungary, and Austria refused to ratify the agreement.")
    found = _positions(text, "2026-01-09", "en")
    for who in ("Germany", "Spain"):
        assert (who, "eu-mercosur-agreement", "supports") in found, found
    for who in ("Ireland", "Hungary", "Austria"):
        assert (who, "eu-mercosur-agreement", "opposes") in found, found


def test_positions_carry_a_confidence():
    an = analyze("Polen unterstützt den Drohnenwall.", published="2025-10-01", lang="de")
    assert an.positions and all(0 < p["confidence"] <= 1 for p in an.positions)


def test_a_users_catalogue_replaces_the_shipped_one(tmp_path):
    path = tmp_path / "issues.yaml"
    path.write_text("issues:\n  - id: bike-lanes\n    label: {de: Radwege, en: bike lanes}\n"
                    "    names: [radweg]\n    live: {from: 2020-01-01}\n", encoding="utf-8")
    found = _positions("Die Grünen unterstützen neue Radwege.", issues_path=str(path))
    assert any(issue == "bike-lanes" for _who, issue, _stance in found), found
    broken = tmp_path / "broken.yaml"
    broken.write_text("issues: [{label: {}}]\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        issues.load_issues(str(broken))
    bad_day = tmp_path / "bad-day.yaml"
    bad_day.write_text("issues:\n  - id: x\n    label: {de: x, en: x}\n    live: {from: soon}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="live.from"):
        issues.load_issues(str(bad_day))
    number = tmp_path / "number.yaml"  # '3,5 prozent' unquoted in a flow list is the number 3 and '5 prozent'
    number.write_text("issues:\n  - id: x\n    label: {de: x, en: x}\n    phrases: [3,5 prozent]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not text"):
        issues.load_issues(str(number))


def test_the_shipped_catalogue_holds_text_only():
    nato = next(i for i in issues.load_issues() if i.id == "nato-five-percent-target")
    assert "3,5 prozent" in nato.phrases and "3" not in nato.phrases


@pytest.mark.parametrize("text,lang", [
    ("Russland werde jede westliche Militärpräsenz in der Ukraine als Bedrohung betrachten, sagte Lawrow.", "de"),
    ("Russia would regard any Western military presence in Ukraine as a threat, Lavrov said.", "en"),
])
def test_regarding_something_as_a_threat_opposes_it(text, lang):
    found = _positions(text, "2025-09-01", lang)
    assert {stance for _who, issue, stance in found if issue == "western-troops-in-ukraine"} == {"opposes"}, found


def test_a_keyword_takes_its_context_from_a_lead_about_the_issue():
    clause = "He added that it was a good deal for everybody."
    lead = "The US and the EU strike a sweeping tariff deal to stabilise transatlantic trade."
    assert _issue(clause, article=lead, published="2025-07-28") == "eu-us-trade-deal"
    # a lead about another deal, or none, gives the keyword no context
    assert _issue(clause, article="Britain and India sign a trade deal.", published="2025-07-28") is None
    assert _issue(clause, published="2025-07-28") is None
