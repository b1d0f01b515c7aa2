"""Knowledge base: lookups, genitives and adjectives, roles by date, user files."""
from __future__ import annotations

from datetime import date

import pytest

from lagebild.errors import KnowledgeBaseError
from lagebild.kb import KnowledgeBase, fresh_kb, load_kb

DAY = date(2025, 9, 4)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def top(kb, mention, on=DAY):
    cands = kb.lookup(mention, on=on)
    assert cands, f"no candidate for {mention!r}"
    return cands[0]


@pytest.mark.parametrize("mention,qid", [
    ("Trump", "Q22686"), ("Putin", "Q7747"), ("Frankreich", "Q142"), ("Frankreichs", "Q142"),
    ("Großbritannien", "Q145"), ("Bundesregierung", "Q313827"), ("USA", "Q30"), ("Bundestag", "Q154797"),
    ("Bundestags", "Q154797"), ("EU", "Q458"), ("Kyjiws", "Q212"), ("Kiew", "Q212"), ("Kyjiw", "Q212"),
    ("Kyiv", "Q212"), ("Deutschlands", "Q183"), ("französische", "Q142"), ("französischen", "Q142"),
    ("britischer", "Q145"), ("Merz'", "Q566257"), ("NATO", "Q7184"), ("Nato", "Q7184"),
])
def test_lookup_names_genitives_adjectives(kb, mention, qid):
    assert top(kb, mention).actor.wikidata == qid


@pytest.mark.parametrize("mention,qid", [
    # parties of Austria and Switzerland (Party Facts QIDs), organisations often quoted
    ("FPÖ", "Q131692"), ("ÖVP", "Q186867"), ("SPÖ", "Q179111"), ("NEOS", "Q13564543"), ("GLP", "Q545900"),
    ("WHO", "Q7817"), ("Hamas", "Q38799"), ("Hisbollah", "Q41053"), ("IWF", "Q7804"), ("EZB", "Q8901"),
])
def test_lookup_parties_and_organisations(kb, mention, qid):
    assert top(kb, mention).actor.wikidata == qid


@pytest.mark.parametrize("mention", ["who", "ap", "neos", "Bild", "Spiegel", "FDP.Die"])
def test_common_words_are_no_organisations(kb, mention):
    """Lower-case short words never match an acronym ('who' is no WHO); common nouns that name a
    paper ('Bild', 'Spiegel') only in their full form."""
    assert kb.lookup(mention, on=DAY) == []


def test_german_short_forms_stay_german(kb):
    assert top(kb, "FDP").actor.wikidata == "Q13124"  # not the Swiss FDP.Die Liberalen
    assert top(kb, "Grünen").actor.wikidata == "Q49766"


def test_lookup_roles_on_the_day(kb):
    c = top(kb, "Emmanuel Macron")
    assert c.actor.id == "Q3052772" and c.role_at_date == "President of France"
    c = top(kb, "Friedrich Merz")
    assert c.actor.role == "Chancellor of Germany"
    assert top(kb, "Friedrich Merz", on=date(2020, 1, 1)).actor.role is None


def test_metonym_and_group(kb):
    c = top(kb, "Berlin")
    assert c.actor.id == "Q313827" and c.metonym
    c = top(kb, "Koalition der Willigen")
    assert c.actor.id.startswith("local:") and c.actor.type == "group"


def test_role_nouns_resolve_by_date(kb):
    assert top(kb, "der Kanzler", on=date(2025, 9, 10)).actor.id == "Q566257"
    assert top(kb, "der Kanzler", on=date(2023, 3, 1)).actor.id == "Q61053"
    assert top(kb, "Bundeskanzlerin", on=date(2015, 1, 1)).actor.id == "Q567"
    assert top(kb, "der US-Präsident", on=date(2023, 3, 1)).actor.id == "Q6279"
    assert top(kb, "Frankreichs Präsident").actor.id == "Q3052772"
    assert top(kb, "Regierungssprecher").actor.id == "Q313827"
    assert kb.lookup("der Kanzler") == [] or kb.lookup("der Kanzler")[0].kind != "role"


def test_role_holder(kb):
    assert kb.role_holder("DE.chancellor", date(2025, 5, 6)).id == "Q566257"  # handover day
    assert kb.role_holder("DE.chancellor", date(2025, 5, 5)).id == "Q61053"
    assert kb.role_holder("US.president", date(2019, 6, 1)).id == "Q22686"
    assert kb.role_holder("US.president", date(2022, 6, 1)).id == "Q6279"
    assert kb.role_holder("NATO.secretary_general", DAY).id == "Q57792"
    assert kb.role_holder("DE.foreign_minister", DAY).name == "Johann Wadephul"
    assert kb.role_holder("DE.vice_chancellor", DAY).name == "Lars Klingbeil"
    assert kb.role_holder("GB.prime_minister", DAY).name == "Keir Starmer"
    assert kb.role_holder("XX.nothing", DAY) is None


def test_actor_and_unknown(kb):
    assert kb.actor("Q918").type == "medium"
    assert kb.actor("Q0") is None
    assert kb.lookup("Schnurzelpurz") == []
    assert kb.lookup("X") == []  # too short to link without context


def test_ambiguous_surname_is_ranked_not_guessed(kb):
    cands = kb.lookup("Schulz", on=DAY)
    assert len(cands) > 1


def test_load_is_cached():
    # load speed lives in the benchmarks (bench/kb_load.py), never in a timed test
    fresh_kb()
    assert load_kb() is load_kb()


def test_import_yaml(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(
        "actors:\n"
        "  - id: local:jane-roe\n    name: Jane Roe\n    type: person\n    aliases: [Roe]\n"
        "    roles:\n      - {key: ZZ.mayor, label: Mayor of Zed, start: 2024-01-01}\n",
        encoding="utf-8")
    kb = fresh_kb()
    assert kb.import_file(p) == 1
    assert kb.lookup("Roe", on=DAY)[0].actor.id == "local:jane-roe"
    assert kb.role_holder("ZZ.mayor", DAY).role == "Mayor of Zed"


def test_import_csv(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("id,name,type,aliases,role_key,role_label,role_start,role_end\n"
                 "local:acme,ACME Corp,organization,ACME|Acme,,,,\n"
                 "local:joe,Joe Bloggs,person,Bloggs,ZZ.boss,Boss of Zed,2020-01-01,2021-01-01\n"
                 "local:joe,Joe Bloggs,person,,ZZ.boss,Boss of Zed,2023-01-01,\n", encoding="utf-8")
    kb = KnowledgeBase()
    assert kb.import_file(p) == 2
    assert kb.lookup("Acme")[0].actor.id == "local:acme"
    assert kb.role_holder("ZZ.boss", date(2020, 6, 1)).id == "local:joe"
    assert kb.role_holder("ZZ.boss", date(2022, 6, 1)) is None
    assert kb.role_holder("ZZ.boss", DAY).id == "local:joe"


@pytest.mark.parametrize("name,body,needle", [
    ("bad.yaml", "actors:\n  - id: local:a\n    name: A\n    type: spaceship\n", "line 2"),
    ("bad2.yaml", "actors:\n  - {id: local:a, name: A\n", "line"),
    ("bad3.yaml", "actors:\n  - id: local:a\n    name: A\n    type: person\n    roles:\n      - {key: Z.x, start: 2024-13-01}\n", "bad date"),
    ("bad.csv", "id,name,type\nlocal:a,A,person\nlocal:b,,person\n", "line 3"),
    ("bad2.csv", "id,name\nlocal:a,A\n", "line 1"),
    ("bad.txt", "hello", "unsupported"),
])
def test_import_bad_files(tmp_path, name, body, needle):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        KnowledgeBase().import_file(p)
    assert needle in str(err.value)


def test_kb_path_option(tmp_path):
    from lagebild.settings import make_options

    p = tmp_path / "extra.yaml"
    p.write_text("- {id: local:zz-party, name: Zed Party, type: party, aliases: [ZP]}\n", encoding="utf-8")
    kb = load_kb(make_options({"kb_path": str(p)}, env={}))
    assert kb.lookup("ZP")[0].actor.id == "local:zz-party"
    assert kb.lookup("Trump")[0].actor.id == "Q22686"


def test_every_country_has_a_government(kb):
    assert kb.government_of("Q183").id == "Q313827"  # curated: the Federal Government
    assert kb.government_of("Q29").id == "local:government-es"  # made by kb/governments.py
    assert kb.government_of("Q566257") is None  # a person has none


def test_weak_forms_of_names_opening_with_adjectives(kb):
    from lagebild.kb.base import declined_forms
    assert declined_forms("Deutsches Rotes Kreuz") == ["Deutsche Rote Kreuz", "Deutschen Roten Kreuz"]
    assert declined_forms("Deutsche Bahn") == [] and declined_forms("Bund der Steuerzahler") == []
    # 'Der Deutsche Gewerkschaftsbund' after an article: the weak form finds the body
    assert kb.lookup("Deutsche Gewerkschaftsbund")[0].actor.id == "local:dgb"


def test_companies_named_like_common_words_only_in_full(kb):
    # 'das Ziel der Allianz' is NATO's; the insurer, the chemicals group and the Greens' 'Bund' need full names
    assert kb.lookup("Allianz") == [] and kb.lookup("Bayer") == [] and kb.lookup("Bund") == []
    assert kb.lookup("Allianz SE")[0].actor.id == "local:allianz"
