"""A spokesperson of no one named speaks for the one body named just before (issue #17): 'Die Deutsche
Bahn kündigte Streiks an. Eine Sprecherin sagte, …'; not where a person is named there too (whose
spokesperson it could be). Made-up sentences only."""
from __future__ import annotations

import pytest

from speaker_support import speakers

from lagebild.core import analyze


@pytest.mark.parametrize("text, want", [
    ("Die Deutsche Bahn kündigte Streiks an. Eine Sprecherin sagte, die Züge führen nicht.",
     ("Eine Sprecherin", "Deutsche Bahn")),
    # 'Das Auswärtige Amt': the weak form of 'Auswärtiges Amt' finds the office
    ("Das Auswärtige Amt prüft die Vorwürfe. Ein Sprecher sagte, man nehme das ernst.",
     ("Ein Sprecher", "Federal Foreign Office")),
    ("Merz traf die Vertreter der Deutschen Bahn. Ein Sprecher sagte, das Treffen sei gut gewesen.",
     ("Ein Sprecher", None)),
])
def test_spokesperson_of_the_body_named_before(text, want):
    assert speakers(text, published="2025-10-15")[-1] == want


def test_the_role_is_spokesperson():
    st = analyze("Die Deutsche Bahn kündigte Streiks an. Eine Sprecherin sagte, die Züge führen nicht.",
                 published="2025-10-15").statements[-1]
    assert st.speaker_role == "spokesperson"


def test_english_ministries_and_their_spokespeople():
    text = ("The State Department said it was concerned. The Foreign Office said it was monitoring the situation. "
            "A spokesman said the claims were taken seriously.")
    assert speakers(text, "en", "2025-10-15") == [
        ("The State Department", "United States Department of State"),
        ("The Foreign Office", "Foreign, Commonwealth and Development Office"),
        ("A spokesman", "Foreign, Commonwealth and Development Office")]


def test_federal_ministries_by_their_bundes_names_only():
    assert speakers("Das Bundesgesundheitsministerium teilte mit, die Zahlen seien gesunken.",
                    published="2025-10-15") == [("Das Bundesgesundheitsministerium", "Federal Ministry of Health")]
    # 'das Innenministerium in München' is Bavaria's, not the federal one
    assert speakers("Das Innenministerium in München teilte mit, die Lage sei ruhig.",
                    published="2025-10-15") == [("Das Innenministerium in München", None)]
