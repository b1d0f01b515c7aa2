"""Bodies the knowledge base lacks, named as speakers (issue #17): a head before the name ('Die
holländische Fluggesellschaft KLM', 'das Nachrichtenmagazin Focus') and the author after a source
noun ('Angaben von Interpol') become local actors; a person, a coordination or a common noun does
not. Made-up sentences only."""
from __future__ import annotations

import pytest

from speaker_support import speakers


@pytest.mark.parametrize("text, lang, mention, actor", [
    ("Die niederländische Fluggesellschaft Vantair teilte mit, alle Flüge seien gestrichen.", "de",
     "Die niederländische Fluggesellschaft Vantair", "Vantair"),
    ("Wie das Nachrichtenmagazin Focus berichtet, will der Bürgermeister zurücktreten.", "de",
     "das Nachrichtenmagazin Focus", "Focus"),
    ("Die Internet-Nachrichtensite „Bitblatt“ berichtete, das Gerät sei defekt.", "de",
     "Die Internet-Nachrichtensite „Bitblatt“", "Bitblatt"),
    ("Nach Angaben von Interpol wurde der Mann in Lissabon gefasst.", "de", "Angaben von Interpol", "Interpol"),
    ("Angaben des Prüfdienstes Nordkontrolle zufolge sei die Anlage sicher.", "de",
     "Angaben des Prüfdienstes Nordkontrolle", "Nordkontrolle"),
    ("The Dutch airline Vantair said all flights were cancelled.", "en", "The Dutch airline Vantair", "Vantair"),
])
def test_named_body_is_a_local_actor(text, lang, mention, actor):
    assert speakers(text, lang) == [(mention, actor)]


@pytest.mark.parametrize("text, mention, actor", [
    # two authors: one actor would be half the source
    ("Nach Angaben von Polizei und Feuerwehr ist der Brand gelöscht.", "Angaben von Polizei und Feuerwehr", None),
    # a common noun after a wider head is no name
    ("Das Ministerium Arbeiten teilte mit, es sei fertig.", "Das Ministerium Arbeiten", None),
    # a person's name after the source noun stays a person
    ("Nach Angaben von Peter Schmitz ist der Brand gelöscht.", "Angaben von Peter Schmitz", "Peter Schmitz"),
])
def test_no_body_where_the_words_name_none(text, mention, actor):
    assert speakers(text) == [(mention, actor)]
