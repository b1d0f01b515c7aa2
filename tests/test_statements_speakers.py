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
