"""German reported speech (speech acts with their object) and datelines/bylines (issue #21).
Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


def _statements(text: str):
    return [(s.type, " ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention),
             " ".join(q.text for q in s.quote)) for s in analyze(text).statements]


def _reported(text: str):
    return [s for s in _statements(text) if s[0] == "Reported"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Die Ministerin hat einen sofortigen Waffenstillstand gefordert.", "hat gefordert", "Die Ministerin",
     "einen sofortigen Waffenstillstand"),
    ("Die Landesregierung spricht sich gegen neue Sanktionen aus.", "spricht aus", "Die Landesregierung",
     "gegen neue Sanktionen"),
    ("Der Minister warnte am Montag vor einer Eskalation.", "warnte", "Der Minister", "vor einer Eskalation"),
    ("Die Partei lehnte den Vorschlag des Senats ab.", "lehnte ab", "Die Partei", "den Vorschlag des Senats"),
    ("Die Gewerkschaft kritisierte die Entscheidung der Geschäftsführung.", "kritisierte", "Die Gewerkschaft",
     "die Entscheidung der Geschäftsführung"),
])
def test_reporting_verb_with_object(text, cue, speaker, content):
    assert _reported(text) == [("Reported", cue, speaker, content)]


def test_participle_after_a_long_middle_field_and_a_dateline():
    text = "Hamburg (dpa) - Das Landgericht Hamburg hat die Klage des Vereins gegen die Stadt für unzulässig erklärt."
    [(typ, cue, speaker, content)] = _reported(text)
    assert (cue, speaker) == ("hat erklärt", "Das Landgericht Hamburg")
    assert content.startswith("die Klage des Vereins")


def test_object_in_the_prefield():
    [(_t, cue, speaker, content)] = _reported("Auch die neuen Gebühren für Studierende kritisierte die Rektorin scharf.")
    assert (cue, speaker, content) == ("kritisierte", "die Rektorin", "die neuen Gebühren für Studierende")


def test_second_act_after_und_is_a_second_statement():
    out = _reported("Die Präsidentin ermahnte den Abgeordneten wegen seiner Zwischenrufe und drohte ihm mit einem Ausschluss.")
    assert [(c, sp, q) for _t, c, sp, q in out] == [
        ("ermahnte", "Die Präsidentin", "wegen seiner Zwischenrufe"),  # "den Abgeordneten" is the addressee
        ("drohte", "Die Präsidentin", "ihm mit einem Ausschluss")]


def test_object_stops_before_a_second_predicate():
    [(_t, _c, _sp, content)] = _reported("Die Staaten beschwören ihre Einigkeit und erhöhen die Ausgaben.")
    assert content == "ihre Einigkeit"


def test_correlate_takes_the_infinitive_clause():
    out = _statements("Die Senatorin sprach sich dafür aus, alle Schulen zu sanieren.")
    assert [(sp, q) for _t, _c, sp, q in out] == [("Die Senatorin", "alle Schulen zu sanieren")]


@pytest.mark.parametrize("text, speaker, content", [
    ("Bauers Forderung nach einem Verbot blieb ohne Echo.", "Bauers", "nach einem Verbot"),
    ("Die Kritik der Opposition an den Plänen wurde lauter.", "Opposition", "an den Plänen"),
    ("Die Ministerin Anna Beck erinnerte in ihrer Rede an ihre Warnung vor einer Rezession.", None, "vor einer Rezession"),
])
def test_speech_act_nouns(text, speaker, content):
    out = [s for s in _reported(text) if s[1] in {"Forderung", "Kritik", "Warnung"}]
    assert len(out) == 1 and out[0][3] == content
    if speaker:
        assert out[0][2] == speaker
    else:
        assert out[0][2].endswith("Anna Beck")


@pytest.mark.parametrize("text", [
    "Die Soldaten verteidigten die Stadt gegen die Angreifer.",
    "Der Konzern wirbt mit niedrigen Preisen.",
    "Die Forderung nach Neuwahlen wird lauter.",
    "Der Zug fuhr am Abend nach Hamburg.",
])
def test_narration_is_no_reported_speech(text):
    assert _reported(text) == []


def test_verbs_that_need_a_fitting_object():
    assert _reported("Die Ministerin verteidigte die Verschärfung der Regeln.")[0][1] == "verteidigte"
    assert _reported("Der Kandidat hat im Landtag für seinen Plan geworben.")[0][3] == "für seinen Plan"  # not where


@pytest.mark.parametrize("text", [
    "WASHINGTON: The Senate passed the bill on Tuesday after a long debate.",
    "BRUSSELS, Jan 9 (Reuters) - The ministers approved the budget on Friday.",
    "By Jane Doe\n\nThe bridge was closed for repairs.",
    "Photo: Reuters\n\nThe bridge was closed for repairs.",
])
def test_english_datelines_bylines_and_captions_are_no_statements(text):
    assert analyze(text).statements == []


def test_dateline_is_not_part_of_the_speaker():
    out = _statements("LONDON (Reuters) - The prime minister said on Monday that taxes would not rise.")
    assert [s[2] for s in out] == ["The prime minister"]
    out = _statements("Berlin (dpa) - Der Kanzler hat eine Reform der Rente angekündigt.")
    assert [s[2] for s in out] == ["Der Kanzler"]


def test_german_byline_is_no_statement():
    assert analyze("Von unserer Redaktion\n\nDie Brücke bleibt bis Freitag gesperrt.").statements == []
