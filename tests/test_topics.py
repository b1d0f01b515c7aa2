"""CAP major topics: lexicon, scorer, pipeline stage, bench."""
from pathlib import Path

import pytest

from lagebild.extract.topics import assign_topics, keyword_scores, load_topics

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "topics" / "statements.jsonl"


def test_lexicon_has_the_21_cap_major_topics():
    topics = load_topics()
    assert sorted(topics) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23]
    assert topics[14].de == "Wohnen" and topics[14].en == "Housing"
    assert all(t.description for t in topics.values())


def test_german_housing_is_top1():
    ranked = assign_topics("Die Mieten in Berlin steigen weiter", "de")
    assert ranked[0][0] == 14
    assert 0 < ranked[0][1] <= 1


def test_troops_are_defence_or_international():
    codes = [c for c, _ in assign_topics("Truppen für die Ukraine", "de")[:2]]
    assert 16 in codes or 19 in codes
    codes = [c for c, _ in assign_topics("Britain is ready to send troops to Ukraine", "en")[:2]]
    assert 16 in codes or 19 in codes


@pytest.mark.parametrize("text,lang,code", [
    ("Rents in London keep rising and tenants cannot pay", "en", 14),
    ("Die Krankenhausreform gefährdet Kliniken auf dem Land", "de", 3),
    ("Die Schuldenbremse verhindert Investitionen", "de", 1),
    ("The EU will delay retaliatory tariffs on US goods", "en", 18),
    ("An den Grundschulen fehlen Lehrkräfte", "de", 6),
])
def test_clear_cases(text, lang, code):
    assert assign_topics(text, lang)[0][0] == code


def test_no_topic_word_gives_empty_or_context():
    assert assign_topics("Das sehen wir anders.", "de") == []
    ctx = keyword_scores("Die Mietpreisbremse soll verlängert werden. Mieter klagen über hohe Mieten.", "de")
    ranked = assign_topics("Das sehen wir anders.", "de", context_scores=ctx)
    assert ranked[0][0] == 14 and ranked[0][1] <= 0.5  # inherited, so at most half confidence


def test_stage_registered_and_sets_topics():
    from lagebild.core import analyze
    from lagebild.pipeline import registered_stages
    from lagebild.stages import DEFAULT_STAGES

    spec = registered_stages()["topics"]
    assert spec.requires == ("statements",) and spec.assigns == ("topics",)
    assert DEFAULT_STAGES[-1] == "topics"
    text = ('Bauministerin Klara Berg sagte am Montag: „Die Mieten in den Städten steigen zu schnell.“ '
            'Die Mietpreisbremse müsse verlängert werden, sagte sie.')
    analysis = analyze(text, published="2025-03-03", lang="de")
    assert analysis.statements
    for st in analysis.statements:
        assert st.topics and st.topics[0][0] == 14


def test_bench_keys():
    if not GOLD.exists():
        pytest.skip("gold/topics not present")
    from lagebild.bench.topics import format_result, run

    result = run(GOLD)
    for split in ("dev", "test"):
        assert set(result[split]) >= {"n", "top1", "top2"}
        assert result[split]["n"] > 50
        assert result[split]["top2"] >= result[split]["top1"]
    assert result["dev"]["n"] + result["test"]["n"] >= 200
    assert "top1" in format_result(result)


@pytest.mark.parametrize("word", ["krankenhausreform", "mietpreisbremse", "vier-tage-woche", "hoffnung",
                                  "bundeswehrsoldaten", "x", "steuerreformgesetz"])
def test_compound_parts_found_by_prefix_are_every_part_the_word_contains(word):
    from lagebild.extract.topics import _inner_matches, _lexicon

    lex = _lexicon("de")
    assert _inner_matches(lex, word) == {i for i, (part, _, _) in enumerate(lex.inner) if part in word}
