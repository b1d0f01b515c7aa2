"""Language identification through py3langid, the maintained successor of langid.py."""
from __future__ import annotations

import sys
from importlib.metadata import version

import pytest

from lagebild.nlp.language import _CANDIDATES, detect_language
from lagebild.pipeline import registered_stages


@pytest.mark.parametrize("text, lang", [
    ("Der Bundestag hat am Donnerstag das Gesetz beschlossen.", "de"),
    ("Die Soldaten kehren zurück.", "de"),
    ("Wir schaffen das.", "de"),
    ("The government announced new taxes on Thursday.", "en"),
    ("The minister resigned.", "en"),
    ("Le gouvernement a annoncé de nouvelles mesures.", "fr"),
    ("Nous refusons cette réforme.", "fr"),
])
def test_short_texts_get_their_language(text, lang):
    code, prob = detect_language(text)
    assert code == lang
    assert 0.0 < prob <= 1.0


def test_blank_text_is_undetermined_and_only_candidates_come_back():
    assert detect_language("   \n") == ("und", 0.0)
    assert detect_language("Dit is een Nederlandse zin over de regering.")[0] == "nl"
    assert detect_language("x" * 10 + " 1234 ... !!!")[0] in _CANDIDATES


def test_only_the_sample_is_read():
    text = "Der Bundestag hat das Gesetz beschlossen. " * 3 + "The government said no. " * 200
    assert detect_language(text, sample_chars=120)[0] == "de"
    assert detect_language(text)[0] == "en"


def test_the_language_stage_uses_py3langid_and_its_version_counts():
    spec = registered_stages()["language"]
    assert spec.packages == ("py3langid",)
    assert version("py3langid")
    detect_language("Ein Satz.")
    assert "py3langid" in sys.modules and "langid" not in sys.modules
