"""A ministry of another country is not Germany's (issue #17): 'Das russische Verteidigungsministerium'
was the Federal Ministry of Defence (the KB's alias 'Verteidigungsministerium' won over the country
adjective); 'Das Verteidigungsministerium' in an article about Russia alone is no German body either.
Made-up sentences only."""
from __future__ import annotations

from datetime import date

from speaker_support import speakers

from lagebild.core import analyze


def test_country_adjective_before_a_ministry():
    text = "Das russische Verteidigungsministerium teilte mit, die Armee habe zwei Dörfer eingenommen."
    assert speakers(text, published="2025-06-01") == [("Das russische Verteidigungsministerium", None)]
    assert all(e.actor is None or e.actor.id != "local:bmvg" for e in analyze(text, published=date(2025, 6, 1)).entities)


def test_own_country_adjective_keeps_the_ministry():
    text = "Das deutsche Verteidigungsministerium teilte mit, die Zahl der Bewerber sei gestiegen."
    assert speakers(text, published="2025-06-01") == [("Das deutsche Verteidigungsministerium",
                                                       "Federal Ministry of Defence")]


def test_generic_ministry_in_an_article_about_another_country():
    abroad = ("Russland hat seine Angriffe verstärkt. Kremlchef Wladimir Putin lobte die russischen Truppen. "
              "Das Verteidigungsministerium teilte mit, die Armee habe zwei Dörfer eingenommen.")
    home = ("Die Bundeswehr soll wachsen. Verteidigungsminister Boris Pistorius lobte die Truppe. "
            "Das Verteidigungsministerium teilte mit, die Zahl der Bewerber sei gestiegen.")
    assert speakers(abroad, published="2025-06-01")[-1] == ("Das Verteidigungsministerium", None)
    assert speakers(home, published="2025-06-01")[-1] == ("Das Verteidigungsministerium", "Federal Ministry of Defence")
