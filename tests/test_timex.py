"""Time expressions: the seed article, every documented form, spans, the benchmark runner."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lagebild.nlp.timex import UNRESOLVED, find_time_expressions

ANCHOR = date(2025, 9, 4)  # a Thursday
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_9eb11f9ed3dde1b0.txt"
WIKIWARS = SHARED / "datasets" / "wikiwarsde"


def values(text: str, lang: str = "de", anchor: date | None = ANCHOR) -> dict[str, tuple[str, str]]:
    found = find_time_expressions(text, lang, anchor)
    for t in found:
        assert t.span.check(text), t
    return {t.span.text: (t.value, t.kind) for t in found}


SEED_TEXT = ("Darüber hinaus deutet Trump nur an, dass man in den kommenden ein bis zwei Wochen sehen werde, "
             "was er nun tun werde. Das zeigte sich auch am Donnerstag nach den Beratungen. Allerdings will man "
             "darüber \"zu gegebener Zeit\" entscheiden. In Berlin herrscht die Sorge, dass die Debatte derzeit "
             "zu verkürzt geführt wird.")


def test_seed_expressions():
    got = values(SEED_TEXT)
    assert got["in den kommenden ein bis zwei Wochen"] == ("2025-09-05/2025-09-18", "interval")
    assert got["am Donnerstag"] == ("2025-09-04", "date")
    assert got["zu gegebener Zeit"] == ("FUTURE_REF", "future")
    assert got["derzeit"] == ("PRESENT_REF", "present")


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")
def test_seed_file_offsets():
    text = SEED.read_text(encoding="utf-8")
    found = find_time_expressions(text, "de", ANCHOR)
    assert all(t.span.check(text) for t in found)
    texts = {t.span.text for t in found}
    assert {"in den kommenden ein bis zwei Wochen", "am Donnerstag", "zu gegebener Zeit", "derzeit"} <= texts


@pytest.mark.parametrize("text,expr,value,kind", [
    ("Er kam heute.", "heute", "2025-09-04", "date"),
    ("Sie sprach gestern.", "gestern", "2025-09-03", "date"),
    ("Das war vorgestern.", "vorgestern", "2025-09-02", "date"),
    ("Er kommt morgen.", "morgen", "2025-09-05", "date"),
    ("Das ist derzeit so.", "derzeit", "PRESENT_REF", "present"),
    ("Das ist zurzeit so.", "zurzeit", "PRESENT_REF", "present"),
    ("Das ist gegenwärtig so.", "gegenwärtig", "PRESENT_REF", "present"),
    ("Das wird künftig so.", "künftig", "FUTURE_REF", "future"),
    ("Das kommt bald.", "bald", "FUTURE_REF", "future"),
    ("Das war früher so.", "früher", "PAST_REF", "past"),
    ("Das war einst so.", "einst", "PAST_REF", "past"),
    ("Er sprach vergangene Woche.", "vergangene Woche", "2025-W35", "date"),
    ("Er spricht nächste Woche.", "nächste Woche", "2025-W37", "date"),
    ("Er spricht kommende Woche.", "kommende Woche", "2025-W37", "date"),
    ("Im letzten Monat stieg es.", "letzten Monat", "2025-08", "date"),
    ("Im nächsten Jahr steigt es.", "nächsten Jahr", "2026", "date"),
    ("Anfang Oktober", "Anfang Oktober", "2025-10-01/2025-10-10", "interval"),
    ("Mitte Oktober", "Mitte Oktober", "2025-10-11/2025-10-20", "interval"),
    ("Ende Oktober", "Ende Oktober", "2025-10-21/2025-10-31", "interval"),
    ("Das soll im Herbst kommen.", "Herbst", "2025-FA", "date"),
    ("Er regiert seit drei Jahren.", "seit drei Jahren", "P3Y", "duration"),
    ("Er sprach vor zwei Wochen.", "vor zwei Wochen", "2025-W34", "date"),
    ("Eine Antwort binnen 48 Stunden.", "binnen 48 Stunden", "PT48H", "duration"),
    ("Am 4.9.2025 sprach er.", "4.9.2025", "2025-09-04", "date"),
    ("Am 3. Oktober 2025 feiern sie.", "3. Oktober 2025", "2025-10-03", "date"),
    ("Am 3. Okt. feiern sie.", "3. Okt.", "2025-10-03", "date"),
    ("Sie beginnt um 14.30 Uhr.", "um 14.30 Uhr", "2025-09-04T14:30", "time"),
    ("1914 begann der Krieg.", "1914", "1914", "date"),
    ("Er endete im Jahr 1918.", "Jahr 1918", "1918", "date"),
    ("Der Krieg dauerte von 1939 bis 1945.", "1939 bis 1945", "1939/1945", "interval"),
    ("Im Sommer 1916 griffen sie an.", "Sommer 1916", "1916-SU", "date"),
    ("In den 1990er Jahren wuchs es.", "den 1990er Jahren", "199", "date"),
    ("Im 20. Jahrhundert", "20. Jahrhundert", "19", "date"),
    ("Um 490 v. Chr. siegten sie.", "Um 490 v. Chr.", "BC0490", "date"),
])
def test_german_forms(text, expr, value, kind):
    assert values(text).get(expr) == (value, kind)


def test_weekdays_past_by_default_future_in_future_clause():
    assert values("Am Montag sagte er nichts.")["Am Montag"][0] == "2025-09-01"
    assert values("Am Montag werde er reisen.")["Am Montag"][0] == "2025-09-08"
    assert values("Er kommt am kommenden Montag.")["am kommenden Montag"][0] == "2025-09-08"


def test_merz_is_not_march():
    got = values("Merz sagte am Mittwoch, er werde nicht nachgeben.")
    assert got == {"am Mittwoch": ("2025-09-03", "date")}
    assert values("Friedrich Merz und Emmanuel Macron") == {}


def test_counts_are_not_years():
    assert values("Die Armee griff mit 1500 Panzern an.") == {}


@pytest.mark.parametrize("text,expr,value,kind", [
    ("They met on Thursday.", "on Thursday", "2025-09-04", "date"),
    ("Prices rose last week.", "last week", "2025-W35", "date"),
    ("He will travel next Tuesday.", "next Tuesday", "2025-09-09", "date"),
    ("It happened on September 4, 2025.", "September 4, 2025", "2025-09-04", "date"),
    ("It happened on 4 September 2025.", "4 September 2025", "2025-09-04", "date"),
    ("A decision is due in early October.", "early October", "2025-10-01/2025-10-10", "interval"),
    ("We will see in the coming two weeks.", "in the coming two weeks", "2025-09-05/2025-09-18", "interval"),
    ("He said so yesterday.", "yesterday", "2025-09-03", "date"),
    ("It began two years ago.", "two years ago", "2023", "date"),
    ("The army is currently stretched.", "currently", "PRESENT_REF", "present"),
    ("Troops may be sent in the future.", "in the future", "FUTURE_REF", "future"),
])
def test_english_forms(text, expr, value, kind):
    assert values(text, "en").get(expr) == (value, kind)


def test_without_anchor_found_but_unresolved():
    got = values("Gestern und am Donnerstag, am 3. Oktober, 1918.", anchor=None)
    assert got["Gestern"][0] == UNRESOLVED
    assert got["am Donnerstag"][0] == "XXXX-WXX-4"
    assert got["3. Oktober"][0] == "XXXX-10-03"
    assert got["1918"][0] == "1918"


def test_unknown_language_gives_nothing():
    assert find_time_expressions("heute 1918", "fr", ANCHOR) == []


def test_pipeline_stage_registered():
    from lagebild.pipeline import registered_stages
    from lagebild.stages import DEFAULT_STAGES

    spec = registered_stages()["timex"]
    assert spec.requires == ("tokens",) and spec.assigns == ("time_expressions",)
    assert DEFAULT_STAGES[DEFAULT_STAGES.index("tokens") + 1] == "timex"


@pytest.mark.skipif(not WIKIWARS.exists(), reason="shared datasets not present")
def test_wikiwarsde_benchmark_keys():
    from lagebild.bench.timex import format_result, run
    from lagebild.settings import make_options

    result = run(str(WIKIWARS), make_options(env={}))
    assert {"tune", "heldout", "all", "throughput"} <= set(result)
    assert result["tune"]["documents"] == 6 and result["heldout"]["documents"] == 5
    for split in ("tune", "heldout", "all"):
        assert {"strict", "lenient", "value_accuracy", "lenient_value"} <= set(result[split])
    assert result["all"]["lenient_value"]["f1"] > 75
    assert "heldout" in format_result(result)


def test_absurd_offsets_do_not_crash():
    from datetime import date

    from lagebild.nlp.timex import find_time_expressions

    text = "In den vergangenen 99999999 Tagen und vor 5000000 Jahren geschah viel."
    found = find_time_expressions(text, "de", date(2025, 9, 4))
    assert all(text[t.span.start:t.span.end] == t.span.text for t in found)
