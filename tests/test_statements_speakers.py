"""Speaker, source and medium rules of the German statement extractor (short made-up sentences)."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


def _statements(text):
    return [s for s in analyze(text, lang="de").statements if s.nested_in is None]


def _one(text, content):
    hits = [s for s in _statements(text) if any(content in q.text for q in s.quote)]
    assert hits, f"no statement quotes {content!r}"
    return hits[0]


def test_speaker_before_apposition():
    st = _one("Konzernchef Hans Berger, zuständig für das Auslandsgeschäft, hatte bereits im Juni angekündigt, "
              "die Zahl der Filialen zu halbieren.", "die Zahl der Filialen zu halbieren")
    assert [m.text for m in st.speaker_mention] == ["Konzernchef Hans Berger"]


def test_inverted_speaker_takes_apposition():
    st = _one("Alle Straßen seien wieder frei, sagte Anna Weber, Sprecherin der Polizei am Montag.",
              "Alle Straßen seien wieder frei")
    assert st.speaker_mention[0].text.startswith("Anna Weber, Sprecherin der Polizei")


def test_auch_before_subject():
    st = _one("Auch der frühere Minister Karl Vogt kritisierte, die Reform komme zu spät.", "die Reform komme zu spät")
    assert [m.text for m in st.speaker_mention] == ["der frühere Minister Karl Vogt"]


def test_object_after_verb_is_not_speaker():
    st = _one("Der Trainer nannte seinen Platzverweis „völlig überzogen“.", "völlig überzogen")
    assert "Platzverweis" not in " ".join(m.text for m in st.speaker_mention)


def test_dies_reports_previous_sentence():
    text = "Die Fabrik wird im Herbst geschlossen. Dies bestätigte der Betriebsrat am Freitag."
    st = _one(text, "Die Fabrik wird im Herbst geschlossen")
    assert st.type == "Indirect"
    assert [m.text for m in st.speaker_mention] == ["der Betriebsrat"]
    assert [c.text for c in st.cue] == ["bestätigte"]


@pytest.mark.parametrize("phrase,medium", [
    ("Nach Zeugenaussagen", "Speech"),
    ("Nach Ansicht von Experten", "ST"),
    ("Nach einem Bericht der „Rheinpost“", "Writing"),
    ("Nach Angaben der Polizei", "SW"),
])
def test_source_phrase_medium(phrase, medium):
    st = _one(f"{phrase} ist der Fahrer des Wagens sofort geflohen.", "der Fahrer des Wagens sofort geflohen")
    assert st.medium == medium
    assert st.cue[0].text == phrase.split()[0]


def test_quoted_name_belongs_to_source():
    st = _one("Nach einem Bericht der „Rheinpost“ ist der Fahrer geflohen.", "der Fahrer geflohen")
    assert st.speaker_mention[0].text == "einem Bericht der „Rheinpost“"


def test_konjunktiv_sentence_takes_previous_subject():
    text = "Der Bürgermeister äußerte sich am Montag zur Lage. Man werde die Brücke noch in diesem Jahr sanieren."
    st = _one(text, "Man werde die Brücke")
    assert st.type == "IndirectFreeIndirect"
    assert [m.text for m in st.speaker_mention] == ["Der Bürgermeister"]


def test_condition_is_not_free_indirect():
    text = "Der Bürgermeister äußerte sich am Montag zur Lage. Wenn es regne, werde die Feier verschoben."
    assert not [s for s in _statements(text) if "Feier" in s.quote[0].text]


def _spans(text, spans):
    return [text[s.start:s.end] for s in spans]


def _stmt(text, content):
    hits = [s for s in analyze(text, lang="de").statements if s.nested_in is None and any(content in q.text for q in s.quote)]
    assert hits, f"no statement quotes {content!r}"
    return hits[0]


def test_zu_infinitive_after_cue_with_addressee():
    text = "Die Gewerkschaft hat den Vorstand aufgefordert, die Kürzungen zurückzunehmen."
    st = _stmt(text, "zurückzunehmen")
    assert st.type == "Indirect"
    assert _spans(text, st.quote) == ["die Kürzungen zurückzunehmen"]
    assert _spans(text, st.speaker_mention) == ["Die Gewerkschaft"]
    assert _spans(text, st.addressee) == ["den Vorstand"]
    assert _spans(text, st.cue) == ["hat", "aufgefordert"]


def test_verb_final_separable_cue_with_wie():
    text = "Wie die Stadtwerke am Freitag bekannt gaben, steigen die Preise im Herbst deutlich."
    st = _stmt(text, "steigen die Preise")
    assert _spans(text, st.cue) == ["Wie", "bekannt", "gaben"]
    assert _spans(text, st.speaker_mention) == ["die Stadtwerke"]


def test_so_parenthesis_inside_sentence():
    text = "Trotzdem, so die Sprecherin weiter, bleibe die Lage in der Region angespannt."
    st = _stmt(text, "bleibe die Lage")
    assert _spans(text, st.quote) == ["Trotzdem", "bleibe die Lage in der Region angespannt"]
    assert _spans(text, st.speaker_mention) == ["die Sprecherin"]
    assert _spans(text, st.cue) == ["so"]


def test_coordinated_verb_takes_sentence_subject():
    text = "Die Feuerwehr löschte den Brand und teilte mit, dass niemand verletzt worden sei."
    st = _stmt(text, "niemand verletzt")
    assert _spans(text, st.speaker_mention) == ["Die Feuerwehr"]


def test_passive_cue_addressee_and_agent():
    text = "Dem Trainer wird vorgeworfen, Spieler beleidigt zu haben."
    st = _stmt(text, "Spieler beleidigt")
    assert st.speaker_mention == []
    assert _spans(text, st.addressee) == ["Dem Trainer"]
    text = "Von der Opposition wurde kritisiert, die Reform komme viel zu spät."
    st = _stmt(text, "die Reform komme")
    assert _spans(text, st.speaker_mention) == ["der Opposition"]


@pytest.mark.parametrize("text,content,addressee", [
    ("Der Minister sagte vor Journalisten, die Lage sei ernst.", "die Lage sei ernst", "Journalisten"),
    ("Die Ministerin sagte der „Neuen Zeitung“, sie bleibe im Amt.", "sie bleibe im Amt", "der „Neuen Zeitung“"),
    ("Der Trainer sagte in einem Interview mit dem Sender XTV, die Mannschaft sei bereit.", "die Mannschaft sei bereit",
     "dem Sender XTV"),
    ("Die Eltern hatten die Schule gebeten, den Unterricht zu verlegen.", "den Unterricht zu verlegen", "die Schule"),
])
def test_addressee_patterns(text, content, addressee):
    st = _stmt(text, content)
    assert _spans(text, st.addressee) == [addressee]


def test_quoted_newspaper_name_is_no_quotation():
    text = "Die Ministerin sagte der „Neuen Zeitung“, sie bleibe im Amt."
    assert not [s for s in analyze(text, lang="de").statements if s.type == "Direct"]
    text = "Die Mondfähre „Adler“ landete am Abend sicher auf dem Mond."
    assert not [s for s in analyze(text, lang="de").statements if s.type == "Direct"]


def test_speaker_before_relative_clause():
    text = "Der frühere Bürgermeister, der die Stadt zwölf Jahre lang regierte, sagte, die Pläne seien zu teuer."
    st = _stmt(text, "die Pläne seien zu teuer")
    assert _spans(text, st.speaker_mention) == ["Der frühere Bürgermeister"]


def test_colon_quote_without_cue():
    text = "Der Brand war schnell gelöscht. Ein Sprecher der Feuerwehr: „Wir hatten großes Glück mit dem Wind.“"
    st = _stmt(text, "großes Glück")
    assert st.type == "Direct"
    assert _spans(text, st.speaker_mention) == ["Ein Sprecher der Feuerwehr"]
    assert _spans(text, st.quote) == ["„Wir hatten großes Glück mit dem Wind.“"]


def test_demnach_reports_previous_source():
    text = "Das Ministerium veröffentlichte am Montag einen Bericht. Demnach sind die Kosten deutlich gestiegen."
    st = _stmt(text, "die Kosten deutlich gestiegen")
    assert st.type == "Indirect"
    assert _spans(text, st.cue) == ["Demnach"]
    assert _spans(text, st.quote) == ["sind die Kosten deutlich gestiegen"]
    assert _spans(text, st.speaker_mention) == ["Das Ministerium"]


@pytest.mark.parametrize("text,content,source", [
    ("Die Brücke muss ersten Berichten zufolge für mehrere Wochen gesperrt werden.", "gesperrt werden", "ersten Berichten"),
    ("Nach Angaben der Polizei in Köln wurden drei Menschen leicht verletzt.", "drei Menschen", "Angaben der Polizei in Köln"),
    ("Laut beispiel.de wurde das Konzert kurzfristig abgesagt.", "das Konzert", "beispiel.de"),
    ("Unter Berufung auf Ermittler meldete der Sender eine Festnahme.", "eine Festnahme", "Ermittler"),
])
def test_source_phrases(text, content, source):
    st = _stmt(text, content)
    assert _spans(text, st.speaker_mention) == [source]


def test_hearsay_soll_is_free_indirect():
    text = "Die Polizei sucht Zeugen. Der Täter soll das Geschäft gegen Mitternacht betreten haben."
    st = _stmt(text, "Der Täter soll")
    assert st.type == "FreeIndirect"
    assert _spans(text, st.quote) == ["Der Täter soll das Geschäft gegen Mitternacht betreten haben."]


def test_reported_after_apposition_and_konjunktiv_continuation():
    text = ("Die Umweltorganisation, ein Verband mit vielen Mitgliedern, kritisierte die Pläne der Regierung. "
            "Die Kosten würden die Mitglieder stark belasten.")
    st = _stmt(text, "die Pläne der Regierung")  # the object of the speech act (issue #21)
    assert st.type == "Reported"
    assert _spans(text, st.speaker_mention) == ["Die Umweltorganisation, ein Verband mit vielen Mitgliedern"]
    st = _stmt(text, "Die Kosten würden")
    assert st.type == "IndirectFreeIndirect"
    assert _spans(text, st.speaker_mention) == ["Die Umweltorganisation, ein Verband mit vielen Mitgliedern"]


def test_neuter_article_subject():
    text = "Das Landgericht erklärte, die Klage sei unbegründet."
    st = _stmt(text, "die Klage sei unbegründet")
    assert _spans(text, st.speaker_mention) == ["Das Landgericht"]


def test_heisst_es_takes_the_document_or_no_speaker():
    text = "Die Feier sei abgesagt worden, heißt es."
    st = _stmt(text, "Die Feier sei abgesagt")
    assert st.speaker_mention == []
    assert _spans(text, st.cue) == ["heißt", "es"]
    text = "In der Erklärung der Partei heißt es, die Wahl sei manipuliert worden."
    st = _stmt(text, "die Wahl sei manipuliert")
    assert _spans(text, st.cue) == ["heißt", "es"]
    assert _spans(text, st.speaker_mention) == ["der Erklärung der Partei"]


def test_coordinated_second_statement():
    text = "Die Abgeordnete Carla Weber erklärte, der Plan sei zu teuer, und kündigte an, im Herbst zu kandidieren."
    sts = [s for s in analyze(text, lang="de").statements if s.nested_in is None]
    assert [_spans(text, s.quote) for s in sts] == [["der Plan sei zu teuer"], ["im Herbst zu kandidieren"]]
    assert [_spans(text, s.speaker_mention) for s in sts] == [["Die Abgeordnete Carla Weber"]] * 2
    assert _spans(text, sts[1].cue) == ["kündigte", "an"]


def test_content_ends_before_following_main_clause():
    text = "Nachdem bekannt geworden war, dass die Firma ihre Werke verkauft, stieg die Aktie um vierzig Prozent."
    st = _stmt(text, "dass die Firma")
    assert _spans(text, st.quote) == ["dass die Firma ihre Werke verkauft"]
    text = "Er erklärte, Gelder aus dem Ausland erhalten zu haben, was bisher nicht bestätigt werden konnte."
    st = _stmt(text, "Gelder aus dem Ausland")
    assert _spans(text, st.quote) == ["Gelder aus dem Ausland erhalten zu haben"]
    text = "Die Ministerin deutete an, dass man bald sehen werde, was sie nun tun werde."
    st = _stmt(text, "dass man bald sehen werde")
    assert _spans(text, st.quote) == ["dass man bald sehen werde, was sie nun tun werde"]


def test_source_phrase_with_apposition_and_addressee():
    text = "Nach Angaben der Sprecherin Anja Berg gegenüber dem Stadtanzeiger ist der Flughafen stark gewachsen."
    st = _stmt(text, "der Flughafen stark gewachsen")
    assert _spans(text, st.speaker_mention) == ["Angaben der Sprecherin Anja Berg"]
    assert _spans(text, st.addressee) == ["dem Stadtanzeiger"]
    text = "Nach den Worten des Parteichefs der Stadt, Peter Nguyen, handelt es sich um die schwerste Katastrophe seit Jahren."
    st = _stmt(text, "handelt es sich")
    assert _spans(text, st.speaker_mention) == ["den Worten des Parteichefs der Stadt, Peter Nguyen"]


def test_characterising_quote_after_noun_is_a_quotation():
    text = "Der Minister nannte den Plan der Opposition „Unsinn“."
    st = _stmt(text, "Unsinn")
    assert st.type == "Direct"
    assert _spans(text, st.quote) == ["„Unsinn“"]
    assert _spans(text, st.speaker_mention) == ["Der Minister"]
