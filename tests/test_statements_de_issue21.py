"""German medium, addressees, narration, quotations inside reported clauses and word-aligned tagger spans
(issue #21). Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze
from lagebild.extract.statements.merge import snap_span, snap_tags


def _rows(text: str):
    return [(s.type, s.medium, " ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention),
             " ".join(a.text for a in s.addressee), " ".join(q.text for q in s.quote)) for s in analyze(text).statements]


def test_a_body_that_declares_is_spoken_or_written():
    rows = _rows("Das Verkehrsministerium erklärte, die Brücke sei sicher. Man werde sie dennoch prüfen.")
    assert [(r[0], r[1]) for r in rows] == [("Indirect", "SW"), ("IndirectFreeIndirect", "SW")]


def test_a_person_who_declares_speaks():
    [row] = _rows("Der Bürgermeister erklärte, die Brücke sei sicher.")
    assert row[1] == "Speech"


def test_according_to_a_person_is_speech_according_to_information_is_not():
    [person] = _rows("Laut Stadträtin Petra Lindner ist die Brücke sicher.")
    [info] = _rows("Nach Angaben der Feuerwehr ist die Brücke sicher.")
    assert person[1] == "Speech" and info[1] == "SW"


@pytest.mark.parametrize("text, addressee", [
    ("Die Stadträtin sagte hierzu der Lokalzeitung, man werde das prüfen.", "der Lokalzeitung"),
    ("Ein Sprecher sagte gegenüber der Voice of Europe, die Lage sei ruhig.", "der Voice of Europe"),
    ("Der Trainer sagte zu den Reportern, er sei zufrieden.", "den Reportern"),
    ("Der Trainer sagte am Montag der Zeitung, er sei zufrieden.", "der Zeitung"),
])
def test_addressees(text, addressee):
    assert _rows(text)[0][4] == addressee


@pytest.mark.parametrize("text", [
    "Der Trainer sagte zu den Vorwürfen, er habe nichts gewusst.",  # a topic, not an addressee
    "Der Trainer sagte nach dem Ende der Sitzung: „Wir sind zufrieden.“",  # a genitive, not a dative
])
def test_no_addressee(text):
    assert not any(r[4] for r in _rows(text))


@pytest.mark.parametrize("narration", [
    "Das klingt nicht so, als wolle er bald handeln.",
    "Es wirkt, als ob er zögere.",
])
def test_a_comparison_in_konjunktiv_is_narration(narration):
    rows = _rows("Der Kanzler sagte, er werde die Abgaben senken. " + narration)
    assert len(rows) == 1 and rows[0][0] == "Indirect"


def test_konjunktiv_i_after_a_statement_still_continues_it():
    rows = _rows("Der Kanzler sagte, er werde die Abgaben senken. Die Regierung habe dafür einen Plan.")
    assert [r[0] for r in rows] == ["Indirect", "IndirectFreeIndirect"]


def test_a_quotation_inside_a_reported_clause_keeps_the_lead_in():
    rows = _rows("Die Ministerin sagte, die Reform sei „ein großer Schritt für alle Familien in diesem Land, "
                 "der lange überfällig war“, und kündigte weitere Schritte an.")
    indirect = [r for r in rows if r[0] == "Indirect"]
    assert indirect and indirect[0][2:4] == ("sagte", "Die Ministerin")
    assert indirect[0][5].startswith("die Reform sei „ein großer Schritt")
    assert all(r[3] == "Die Ministerin" for r in rows)  # the nested Direct quote too, not "weitere Schritte"


@pytest.mark.parametrize("text", [
    "Am Abend war die Ministerin Gast in der Sendung „Wie weiter?“ im Fernsehen.",
    "Das sogenannte „Paket“ stieß auf Kritik.",
])
def test_titles_and_scare_quotes_are_no_quotations(text):
    assert _rows(text) == []


def test_tagger_spans_are_widened_to_whole_words():
    text = "Eine kleine Gruppe diagnostizierte das Problem."
    assert text[slice(*snap_span(text, 9, 18))] == "kleine Gruppe"
    assert text[slice(*snap_span(text, 19, 28))] == "diagnostizierte"
    assert snap_span(text, 5, 11) == (5, 11)
    assert snap_tags(text, {"cue": [(19, 28, "x")]}) == {"cue": [(19, 34, "x")]}


@pytest.mark.parametrize("verb", ["wetterte", "polterte", "schimpfte", "spottete", "ätzte"])
def test_manner_of_speaking_verbs_frame_a_quote(verb):
    rows = _rows(f"„Sie sind die Problemverursacher“, {verb} der Parteichef im Parlament.")
    assert [(r[0], r[3], r[5]) for r in rows] == [("Direct", "der Parteichef", "„Sie sind die Problemverursacher“")]


@pytest.mark.parametrize("text, cue, content", [
    ("Er zeigte sich zuversichtlich, dass es eine Lösung geben wird.", "zeigte sich zuversichtlich",
     "dass es eine Lösung geben wird"),
    ("Trump hält es für möglich, dass die Demokraten einen Stillstand herbeiführen.", "hält für möglich",
     "dass die Demokraten einen Stillstand herbeiführen"),
    ("Macron hat der Ukraine robuste Sicherheitsgarantien in Aussicht gestellt.", "hat in Aussicht gestellt",
     "der Ukraine robuste Sicherheitsgarantien"),
])
def test_stance_phrases_report_speech(text, cue, content):
    [row] = _rows(text)
    assert row[2] == cue and row[5] == content


@pytest.mark.parametrize("text", [
    "Die Ausstellung zeigt sich von ihrer besten Seite.", "Er zeigte sich überrascht, dass es regnete.",
    "Er hielt den Stift in der Hand.", "Der Bürgermeister stellte die Pläne vor.",
])
def test_no_statement_from_the_same_verbs_without_their_phrase(text):
    assert _rows(text) == []


def test_a_purpose_clause_is_not_what_was_said():
    """'sicherte … Hilfe zu, um … vorzubereiten': the object is the pledge; 'um … zu' is its purpose."""
    [row] = _rows("In Kiew sicherte er dem Land weitere Hilfe zu, um einen „dauerhaften Frieden vorzubereiten“.")
    assert row[0] == "Reported" and row[4] == "dem Land" and row[5] == "weitere Hilfe"  # the dative is the addressee
    [row] = _rows("Er versprach, der Ukraine zu helfen.")
    assert row[0] == "Indirect" and row[5] == "der Ukraine zu helfen"


@pytest.mark.parametrize("text, n", [
    ('Kommt bis dahin keine Einigung zustande, droht ein "Government Shutdown".', 0),
    ("Es droht Streit in der Koalition.", 0),
    ("Trump drohte mit weiteren Zöllen.", 1),
    ("Der Präsident droht der EU mit Strafzöllen.", 1),
    ("Trump droht der Schweiz einen Zoll von 31 Prozent an, gestützt auf eine Formel.", 1),
])
def test_what_looms_is_no_threat(text, n):
    """'droht ein Shutdown': nobody threatens (no statement, no speaker 'Kommt')."""
    assert len(_rows(text)) == n
