"""German reported speech in the perfect with strong and separable participles, "betonen" and
"bitten um" with a noun object, and an object before the verb when a speaker's noun phrase
follows it (issues #17, #21; found probing made-up sentences of the kinds the news quotes
corpus' train split misses). Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze
from lagebild.extract.statements.cues import is_participle


def _statements(text: str) -> list[tuple[str, str, str, str]]:
    return [(s.type, " ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention),
             " ".join(q.text for q in s.quote)) for s in analyze(text, lang="de").statements]


@pytest.mark.parametrize("word, lemma, expected", [
    ("zurückgewiesen", "zurückweisen", True),   # particle + ge
    ("hervorgehoben", "hervorheben", True),
    ("bestritten", "bestreiten", True),         # strong, ends like a weak preterite
    ("unterstrichen", "unterstreichen", True),
    ("betonten", "betonen", False),             # weak preterite
    ("mitteilten", "mitteilen", False),
    ("sagte", "sagen", False),
    ("zurückwies", "zurückweisen", False),
    ("widersprochen", "widersprechen", True),   # 'wider' is inseparable here
])
def test_participles(word, lemma, expected):
    assert is_participle(word, lemma) is expected


@pytest.mark.parametrize("word, lemma", [
    ("ermahnt", "ermahnen"), ("eingefordert", "einfordern"), ("missbilligt", "missbilligen"),
])
def test_weak_participles_the_lemmatizer_misses(word, lemma):
    from lagebild.extract.statements.cues import lemma as lemma_of
    assert lemma_of(word, "de") == lemma


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Der Präsident hat die Vorwürfe zurückgewiesen.", "hat zurückgewiesen", "Der Präsident", "die Vorwürfe"),
    ("Die Regierung hat die Vorwürfe bestritten.", "hat bestritten", "Die Regierung", "die Vorwürfe"),
    ("Die Ministerin hat die Bedeutung der Nato betont.", "hat betont", "Die Ministerin",
     "die Bedeutung der Nato"),
    ("Der Bürgermeister bat die Bürger um Geduld.", "bat", "Der Bürgermeister", "um Geduld"),
    ("Der Minister hat dem Bericht der Regierung widersprochen.", "hat widersprochen", "Der Minister",
     "dem Bericht der Regierung"),
    ("Der Minister hat mehr Geld eingefordert.", "hat eingefordert", "Der Minister", "mehr Geld"),
    # speaking without "von" is no act, the verb after "und" is
    ("Der Minister sprach mit Journalisten und kritisierte die Pläne.", "kritisierte", "Der Minister", "die Pläne"),
    # a phrase before the auxiliary is the object only when no noun follows
    ("In Berlin hat der Minister eine Reform angekündigt.", "hat angekündigt", "der Minister", "eine Reform"),
    ("In Berlin hat der Minister die Entscheidung verteidigt.", "hat verteidigt", "der Minister",
     "die Entscheidung"),
    ("Vor einer Rezession hat der Minister gewarnt.", "hat gewarnt", "der Minister", "Vor einer Rezession"),
    # the object first, the speaker after the verb
    ("Eine Verschiebung der Wahl bezeichnete der Minister als fatal.", "bezeichnete", "der Minister",
     "Eine Verschiebung der Wahl"),
    ("Die Reform kritisierte die Gewerkschaft scharf.", "kritisierte", "die Gewerkschaft", "Die Reform"),
])
def test_reported(text, cue, speaker, content):
    got = _statements(text)
    assert len(got) == 1
    typ, got_cue, got_speaker, got_content = got[0]
    assert (typ, got_cue, got_speaker) == ("Reported", cue, speaker)
    assert got_content.startswith(content)


@pytest.mark.parametrize("text, speaker", [
    ("Der Bericht kritisiert die Regierung scharf.", "Der Bericht"),     # a source noun speaks
    ("Die Ministerin kritisierte die Pläne scharf.", "Die Ministerin"),  # nothing agent-like after the verb
])
def test_subject_first_stays(text, speaker):
    assert [s[2] for s in _statements(text)] == [speaker]


def test_asking_without_um_is_no_reported_act():
    assert _statements("Er bat mich in sein Büro.") == []


def test_a_time_before_the_verb_is_no_speaker():
    got = _statements("Anfang Februar waren über 400 Soldaten des Bataillons in die Hauptstadt gezogen und hatten "
                      "den Rücktritt des Kommandeurs gefordert.")
    assert [(g[2], g[3]) for g in got] == [("über 400 Soldaten des Bataillons", "den Rücktritt des Kommandeurs")]


@pytest.mark.parametrize("text", [
    "Die Überschwemmungen forderten bisher mindestens 35 Todesopfer in zehn Provinzen.",
    "Der Sturm hat drei Menschenleben gefordert.",
])
def test_lives_claimed_are_no_demand(text):
    assert _statements(text) == []


def test_a_demand_for_the_victims_stays():
    assert [g[3] for g in _statements("Die Opposition forderte Hilfe für die Opfer.")] == ["Hilfe für die Opfer"]
