"""The analysis pipeline never crashes on odd text, and every span it returns points into the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lagebild

SEEDLIKE = [
    "Merz sagte am Donnerstag, man werde „zu gegebener Zeit“ entscheiden.",
    "„Wir liefern Hunderte Fahrzeuge“, schrieb er auf X. Die USA schließen das nicht aus, wenn es einen Waffenstillstand gibt.",
    '"We will send $2 billion," the president told reporters on Tuesday, according to officials.',
    "Laut Regierungssprecher sei die Lage ernst. Vor 3. Okt. 2025 und in den kommenden ein bis zwei Wochen geschieht nichts.",
]


def check(text: str, published=None, lang=None) -> None:
    analysis = lagebild.analyze(text, published=published, lang=lang)
    for span in analysis.all_spans():
        assert span.check(text), span
    analysis.to_dict()  # JSON-ready


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from([None, "de", "en"]), st.sampled_from([None, "2025-09-04", "1850-01-01"]))
def test_random_text(text, lang, published):
    check(text, published=published, lang=lang)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDLIKE), st.data())
def test_mangled_news_text(base, data):
    pieces = list(base)
    for _ in range(data.draw(st.integers(0, 8))):
        i = data.draw(st.integers(0, len(pieces)))
        junk = data.draw(st.sampled_from(["„", "“", '"', "\n", "\n\n", ".", ",", " ", "99999999", "Tagen", "vor",
                                          "am", "sagte", "nicht", "\u200b", "\t", "(", ")", "X", "Mrd.", "!", "?"]))
        pieces.insert(i, junk)
    if data.draw(st.booleans()) and len(pieces) > 3:
        cut = data.draw(st.integers(1, len(pieces) - 1))
        pieces = pieces[:cut]
    check("".join(pieces), published="2025-09-04", lang=data.draw(st.sampled_from([None, "de", "en"])))
