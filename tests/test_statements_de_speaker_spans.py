"""German speaker spans as the news quotes corpus marks them (issues #17, #21): which noun phrase
is the speaker and where it ends. Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


_PARTS = {"type": lambda s: s.type, "cue": lambda s: " ".join(c.text for c in s.cue),
          "speaker": lambda s: " ".join(m.text for m in s.speaker_mention),
          "addressee": lambda s: " ".join(a.text for a in s.addressee),
          "quote": lambda s: " ".join(q.text for q in s.quote)}


def _parts(text: str, *names: str) -> list[tuple[str, ...]]:
    """The named parts of every statement of ``text``, as written."""
    return [tuple(_PARTS[n](s) for n in names) for s in analyze(text).statements]


def _speakers(text: str) -> list[tuple[str, ...]]:
    return _parts(text, "type", "cue", "speaker")


@pytest.mark.parametrize("text, cue, speaker", [
    # an article that is also a pronoun ("viele") opens a noun phrase with adjectives
    ("Die Sitzung war lang. Viele kommunale Vertreter kritisierten die neuen Regeln.", "kritisierten",
     "Viele kommunale Vertreter"),
    # coordinated subjects in the pre-field, not the object after the verb
    ("Die Sitzung war lang. Stadtrat und Kreistag äußerten indessen Bedenken, ob die Mittel reichten.",
     "äußerten", "Stadtrat und Kreistag"),
    # "Der" with a weak adjective in -en is a dative: the name after the verb speaks
    ("Die Sitzung war lang. Der regionalen Zeitung sagte Lena Vogt: „Wir machen weiter.“", "sagte", "Lena Vogt"),
    # "Als Grund gab X an": a split particle closes a main clause, "als" opens no subject
    ("Die Sitzung war lang. Als Grund für die Absage gab der Verein an, der Saal sei zu klein.", "gab an",
     "der Verein"),
    # a modal or "lassen" with the infinitive cue: the subject is found from the finite verb
    ("Die Sitzung war lang. Auf Nachfrage musste sie einräumen, dass der Plan fehle.", "musste einräumen", "sie"),
    ("Die Sitzung war lang. Danach ließ die Pressestelle der Stadt verlauten, dass man prüfe.", "ließ verlauten",
     "die Pressestelle der Stadt"),
    # a relative clause with "den" between the subject and its verb
    ("Die Sitzung war lang. Ein Beamter, den das Blatt zitiert, sagte, die Akten seien vollständig.", "sagte",
     "Ein Beamter"),
    ("Die Sitzung war lang. Von der Heide betonte, die Schule bleibe offen.", "betonte", "Von der Heide"),
])
def test_which_phrase_speaks(text, cue, speaker):
    rows = _speakers(text)
    assert (cue, speaker) in [(c, s) for _, c, s in rows], rows


@pytest.mark.parametrize("text, speaker", [
    # ", so X" with what follows the source: a phrase, an apposition
    ("Die Sitzung war lang. Der Saal sei zu klein gewesen, so Lena Vogt gegenüber dem Lokalradio.", "Lena Vogt"),
    ("Die Sitzung war lang. Der Saal sei zu klein gewesen, so der Sprecher des Vereins, Tom Brandt.",
     "der Sprecher des Vereins, Tom Brandt"),
    # the body a person speaks for, a place, a lower-case medium, a coordinated genitive
    ("Die Sitzung war lang. Eine Reporterin von n-tv berichtete, der Saal sei voll.", "Eine Reporterin von n-tv"),
    ("Die Sitzung war lang. Jan Roth von der Feuerwehr sagte, der Saal sei zu voll.", "Jan Roth von der Feuerwehr"),
    # a place is where it was said, not who said it
    ("Die Sitzung war lang. Der Saal sei zu voll gewesen, teilte der Verband in Hamburg mit.", "der Verband"),
    ("Die Sitzung war lang. Laut einer Mitteilung der Stadt und der Polizei sollen Scheiben zerbrochen sein.",
     "einer Mitteilung der Stadt und der Polizei"),
    ("Die Sitzung war lang. Vereinschef Sean O’Brien sagte, der Saal sei zu voll.", "Vereinschef Sean O’Brien"),
])
def test_where_the_speaker_ends(text, speaker):
    assert speaker in [s for _, _, s in _speakers(text)], _speakers(text)


def test_a_pronoun_speaker_takes_no_phrase_after_it():
    rows = _speakers("Die Sitzung war lang. Danach sprach sie von Demonstranten in Hamburg, die Steine warfen.")
    assert all(s in ("", "sie") for _, _, s in rows), rows


def test_a_participle_adjective_is_no_cue():
    rows = _speakers("Die Sitzung war lang. Die Opposition wies die geforderten Kürzungen strikt zurück.")
    assert ("wies zurück", "Die Opposition") in [(c, s) for _, c, s in rows], rows


@pytest.mark.parametrize("text, speaker, addressee", [
    # a dative in the middle field of a verb-final clause; "der Frau" before it is a genitive
    ("Die Sitzung war lang. Nachdem die Sprecherin der Schule dem Amt mitgeteilt hatte, dass der Saal fehle, "
     "geschah nichts.", "die Sprecherin der Schule", "dem Amt"),
    ("Die Sitzung war lang. Der Bund hatte der Stadt im Vorfeld mit Kürzungen gedroht, sollte der Saal fehlen.",
     "Der Bund", "der Stadt"),
    ("Die Sitzung war lang. Der Saal sei zu klein gewesen, so Lena Vogt gegenüber dem Lokalradio.", "Lena Vogt",
     "dem Lokalradio"),
])
def test_addressees(text, speaker, addressee):
    rows = _parts(text, "speaker", "addressee")
    assert (speaker, addressee) in rows, rows


def test_a_konjunktiv_clause_with_a_quotation_is_one_indirect_statement_of_the_outer_speaker():
    rows = _speakers("Die Sitzung war lang. Die Kritikerin Eva Roth schreibt in der „Lokalpost“, der Umbau erinnere "
                     "„an die schlimmsten Zeiten der Stadt“.")
    assert ("Indirect", "schreibt", "Die Kritikerin Eva Roth") in rows, rows
    assert all(s == "Die Kritikerin Eva Roth" for _, _, s in rows), rows


def test_a_question_mark_before_the_closing_quote_and_a_comma_ends_no_sentence():
    rows = _speakers("Die Sitzung war lang. „Wie kann man so reden?“, fragte er.")
    assert ("Direct", "fragte", "er") in rows, rows


def test_the_cue_after_und_nearer_the_quotation_with_the_first_verbs_subject():
    rows = _speakers("Während der Bürgermeister sprach, warf die Stadträtin Eva Roth ihm Versagen vor und nannte ihn "
                     "einen „Ankündigungsbürgermeister“.")
    assert ("Direct", "nannte", "die Stadträtin Eva Roth") in rows, rows


@pytest.mark.parametrize("text, typ, cue, speaker, quote_start", [
    # Konjunktiv outside the quotation marks: one Indirect statement with the quotations inside
    ("Die Sitzung war lang. Die „neuen Mieter“ hätten „alles beschädigt“, so Vogt.", "Indirect", "so", "Vogt",
     "Die „neuen Mieter“"),
    # a subject and a quotation after the cue: Indirect, whatever the mood
    ("Die Sitzung war lang. Eine Sprecherin meinte, der Verein „wollte nie umziehen“.", "Indirect", "meinte",
     "Eine Sprecherin", "der Verein"),
    # ", wie X, Apposition, betont" after the content
    ("Die Sitzung war lang. Der Umbau wird viel Geld kosten, wie Jan Roth, Leiter des Bauamts der Stadt betont.",
     "Indirect", "wie betont", "Jan Roth, Leiter des Bauamts der Stadt", "Der Umbau"),
    ("Die Sitzung war lang. Nach ersten Untersuchungen fehlte kein Geld aus der Kasse.", "Indirect", "Nach",
     "ersten Untersuchungen", "fehlte"),
])
def test_indirect_statements(text, typ, cue, speaker, quote_start):
    rows = [(s.type, " ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention), s.quote[0].text)
            for s in analyze(text).statements if s.nested_in is None]
    assert any(r[:3] == (typ, cue, speaker) and r[3].startswith(quote_start) for r in rows), rows


def test_an_inference_of_the_narrator_is_no_statement():
    rows = _speakers("Die Sitzung war lang. Die Stoffe fanden sich auch im Wasser, was ein Hinweis darauf ist, dass "
                     "sie noch genutzt werden.")
    assert rows == [], rows


def test_a_subordinate_clause_and_the_main_clause_each_report_their_speaker():
    rows = [(s.type, " ".join(c.text for c in s.cue), " ".join(m.text for m in s.speaker_mention),
             " ".join(q.text for q in s.quote), " ".join(a.text for a in s.addressee))
            for s in analyze("Die Sitzung war lang. Während Bürgermeister Jan Roth einen Neuanfang beschwor und für "
                             "Geduld und Vertrauen warb, warf die Stadträtin Eva Weber dem Bürgermeister Versagen vor "
                             "und nannte ihn einen „Ankündiger“.").statements]
    assert ("Reported", "beschwor", "Bürgermeister Jan Roth", "einen Neuanfang", "") in rows, rows
    assert ("Reported", "warb", "Bürgermeister Jan Roth", "für Geduld und Vertrauen", "") in rows, rows
    assert ("Direct", "nannte", "die Stadträtin Eva Weber", "„Ankündiger“", "") in rows, rows


def test_a_dative_addressee_and_the_accusative_object_are_told_apart():
    [row] = [(" ".join(a.text for a in s.addressee), " ".join(q.text for q in s.quote))
             for s in analyze("Die Sitzung war lang. Er wirft dem Architekten Nachlässigkeit vor.").statements]
    assert row == ("dem Architekten", "Nachlässigkeit")


def test_the_subject_with_an_apposition_speaks_for_a_coordinated_verb():
    rows = _speakers("Die Sitzung war lang. Vogt, die Sachliche, ist konfrontiert mit dem Unsinn und sagt: "
                     "„Das ist etwa wie eins und eins gibt drei.“")
    assert ("Direct", "sagt", "Vogt, die Sachliche") in rows, rows


def test_und_weiter_goes_on_with_the_last_speaker():
    rows = _speakers("Die Sitzung war lang. Die Schule sei zu klein, so die Rektorin. Und weiter: "
                     "„Wir brauchen mehr Räume.“")
    assert ("Direct", "", "die Rektorin") in rows, rows


def test_nach_eigener_darstellung_is_the_subject():
    [st] = analyze("Bürgermeister Jan Roth sieht in dem Streit nach eigener Darstellung keine Gefahr für die "
                   "Koalition.").statements
    assert [m.text for m in st.speaker_mention] == ["eigener Darstellung"]
    assert st.speaker_actor is not None and "Roth" in st.speaker_actor.name


def test_a_konjunktiv_run_is_a_statement_a_sentence_unless_a_connective_ties_it():
    rows = [(s.type, s.quote[0].text) for s in analyze(
        "Die Rektorin sagte, die Schule sei zu klein. Der Bau habe sich verzögert. Auch fehle das Geld für "
        "Lehrer. Die Stadt müsse nun handeln.").statements]
    assert [t for t, _ in rows] == ["Indirect", "IndirectFreeIndirect", "IndirectFreeIndirect"], rows
    assert rows[1][1] == "Der Bau habe sich verzögert. Auch fehle das Geld für Lehrer."
    assert rows[2][1] == "Die Stadt müsse nun handeln."


@pytest.mark.parametrize("text, cue", [
    ("Die Sitzung war lang. Der Rechnungshof monierte die hohen Kosten des Umbaus.", "monierte"),
    ("Die Sitzung war lang. Die Opposition rügte das Vorgehen der Stadt.", "rügte"),
    ("Die Sitzung war lang. Die Ministerin befürwortete eine schnelle Einigung.", "befürwortete"),
    ("Die Sitzung war lang. Der Minister hat strengere Kontrollen an den Grenzen angeordnet.", "hat angeordnet"),
])
def test_more_reporting_verbs(text, cue):
    rows = _speakers(text)
    assert any(t == "Reported" and c == cue for t, c, _ in rows), rows


def test_a_speech_act_noun_with_von_a_person():
    rows = _speakers("Die Sitzung war lang. Als Zugabe gab es von Jan Roth in Bonn ein deutliches Bekenntnis zur "
                     "Partnerschaft der Städte.")
    assert ("Reported", "Bekenntnis", "Jan Roth") in rows, rows


@pytest.mark.parametrize("text, speaker, quote", [
    # an inverted coordinated subject is one speaker of two (no single actor gets the statement)
    ("Die Sitzung war lang. Gestern hatten sich Stadt und Land grundsätzlich zu einem Kompromiss bereit erklärt.",
     "Stadt und Land", "zu einem Kompromiss bereit"),
    # a leading date and the place a verb of appeal is made are no part of what was said
    ("Die Sitzung war lang. Der Minister hatte am 7. Mai strengere Kontrollen an den Grenzen angeordnet.",
     "Der Minister", "strengere Kontrollen an den Grenzen"),
    ("Die Sitzung war lang. Die Ministerin hat vor dem Landtag für ihren umstrittenen Entwurf geworben.",
     "Die Ministerin", "für ihren umstrittenen Entwurf"),
])
def test_reported_speaker_and_object(text, speaker, quote):
    rows = _parts(text, "speaker", "quote")
    assert (speaker, quote) in rows, rows


def test_an_extended_attribute_subject_speaks():
    rows = _speakers("Die Sitzung war lang. Die am Mittwoch vom Bauamt vorgelegte Analyse bestätigt die "
                     "grundsätzlichen Befunde der Stadt.")
    assert ("Reported", "bestätigt", "Die am Mittwoch vom Bauamt vorgelegte Analyse") in rows, rows


@pytest.mark.parametrize("text, actor", [
    ("«Das Abkommen ist ein Fehler», sagte SVP-Fraktionspräsident und Nationalrat Thomas Aeschi in Bern.",
     "Thomas Aeschi"),  # two titles of one named person
    ("Merz und andere Regierungschefs sagten, die Ukraine müsse am Tisch sitzen.", "Friedrich Merz"),
])
def test_coordinations_that_name_one_speaker(text, actor):
    [st] = [s for s in analyze(text, published="2025-10-20").statements if s.nested_in is None]
    assert st.speaker_actor is not None and st.speaker_actor.name == actor


def test_sowohl_als_auch_is_two_speakers():
    # one statement per speaker, as the real-news gold records them (extract/statements/speaker_conjuncts.py)
    sts = analyze("Sowohl die SPD-Führung als auch Merz haben klargemacht, dass sie keine Änderung wollen.",
                  published="2025-10-20").statements
    assert [(" ".join(m.text for m in st.speaker_mention), st.speaker_actor.name) for st in sts] == [
        ("die SPD-Führung", "Social Democratic Party of Germany"), ("Merz", "Friedrich Merz")]


@pytest.mark.parametrize("text, cue, quote", [
    ("Die Sitzung war lang. Die Ministerin hat eine Reform der Regel gefordert, die über den Bau hinausgeht.",
     "hat gefordert", "eine Reform der Regel"),  # the object ends at its verb
    ("Die Sitzung war lang. Eine Summe nannte er jedoch nicht.", "nannte nicht", "Eine Summe"),  # negated act
])
def test_reported_object_and_negation(text, cue, quote):
    rows = _parts(text, "cue", "quote")
    assert (cue, quote) in rows, rows


def test_a_manner_is_no_object():
    assert _speakers("Die Sitzung war lang. Die Ministerin äußerte sich am Dienstag unmissverständlich.") == []
