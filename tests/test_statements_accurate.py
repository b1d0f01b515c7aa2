"""Accurate-mode statements: the rule statements completed with the statement tagger's spans."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.core import analyze
from lagebild.extract.statements.merge import MergeConfig, merge
from lagebild.model import Span, Statement

SHARED = Path(__file__).resolve().parents[2] / "shared"
QUOTES_TRAIN = SHARED / "datasets" / "de-news-quotes-2024" / "train"

TEXT = ("Der Minister sagte, die Lage sei ernst. Die Reserven an Gas und Öl reichten nicht mehr lange. "
        "Nach Ansicht der Gewerkschaft ist das Angebot der Arbeitgeber viel zu gering.")


def _find(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _sentences(text: str = TEXT) -> list[Span]:
    out, start = [], 0
    for end in (text.index(".") + 1, text.index("lange.") + 6, len(text)):
        while text[start] == " ":
            start += 1
        out.append(Span.of(text, start, end))
        start = end
    return out


def _rule_statement() -> Statement:
    return Statement(id="d:s0", type="Indirect", medium="Speech", quote=[Span.of(TEXT, *_find("die Lage sei ernst"))],
                     cue=[Span.of(TEXT, *_find("sagte"))], speaker_mention=[Span.of(TEXT, *_find("Der Minister"))])


def _tags() -> dict:
    return {
        "quote": [(*_find("die Lage sei ernst"), "Indirect"), (*_find("Die Reserven an Gas und Öl reichten nicht mehr lange."),
                                                                "IndirectFreeIndirect"),
                  (*_find("ist das Angebot der Arbeitgeber viel zu gering"), "Indirect"), (*_find("Lage"), "Direct")],
        "cue": [(*_find("sagte"), "CUE"), (*_find("Nach"), "CUE")],
        "speaker": [(*_find("Der Minister"), "SPK"), (*_find("der Gewerkschaft"), "SPK")],
        "addressee": [], "frame": [(*_find("Nach Ansicht der Gewerkschaft"), "FRM")],
    }


def test_merge_adds_the_quotes_the_rules_missed_with_their_roles():
    out = merge(TEXT, [_rule_statement()], _tags(), _sentences(), [], doc_id="d")
    quotes = [st.quote[0].text for st in out]
    assert quotes == ["die Lage sei ernst", "Die Reserven an Gas und Öl reichten nicht mehr lange.", "ist das Angebot der Arbeitgeber viel zu gering"]
    assert [st.id for st in out] == ["d:s0", "d:s1", "d:s2"]
    free, opinion = out[1], out[2]
    # free indirect speech continues the previous speaker
    assert free.type == "IndirectFreeIndirect" and free.speaker_mention[0].text == "Der Minister"
    assert [c.text for c in opinion.cue] == ["Nach"] and opinion.speaker_mention[0].text == "der Gewerkschaft"
    assert opinion.frame[0].text == "Nach Ansicht der Gewerkschaft"
    for st in out:
        for span in st.quote + st.cue + st.frame + st.speaker_mention + st.addressee:
            assert span.check(TEXT)


def test_merge_keeps_rule_statements_and_skips_fragments():
    out = merge(TEXT, [_rule_statement()], _tags(), _sentences(), [], doc_id="d",
                config=MergeConfig(add_quotes=False))
    assert len(out) == 1 and out[0].quote[0].text == "die Lage sei ernst"
    # the four-character "Lage" tag overlaps a rule quote and is too short: never a statement
    assert all(st.quote[0].text != "Lage" for st in merge(TEXT, [], _tags(), _sentences(), [], doc_id="d"))


def test_the_veto_spares_reported_speech():
    """A rule statement no tagged quote supports is dropped, except Reported speech (the tagger's
    training data rarely marks a speech act with its object)."""
    untagged = {**_tags(), "quote": []}
    indirect = _rule_statement()
    reported = Statement(id="d:s1", type="Reported", medium="Speech", quote=[Span.of(TEXT, *_find("die Lage sei ernst"))],
                         cue=[Span.of(TEXT, *_find("sagte"))])
    kept = merge(TEXT, [indirect, reported], untagged, _sentences(), [], doc_id="d", config=MergeConfig(add_quotes=False))
    assert [st.type for st in kept] == ["Reported"]
    vetoed = merge(TEXT, [reported], untagged, _sentences(), [], doc_id="d",
                   config=MergeConfig(add_quotes=False, keep_reported=False))
    assert vetoed == []


def test_merge_fills_an_empty_speaker_from_the_same_sentence_only():
    rule = Statement(id="d:s0", type="Indirect", medium="Speech", quote=[Span.of(TEXT, *_find("die Lage sei ernst"))])
    out = merge(TEXT, [rule], _tags(), _sentences(), [], doc_id="d", config=MergeConfig(add_quotes=False))
    assert out[0].speaker_mention[0].text == "Der Minister" and out[0].cue[0].text == "sagte"
    far = {**_tags(), "speaker": [(*_find("der Gewerkschaft"), "SPK")], "cue": []}
    out = merge(TEXT, [rule], far, _sentences(), [], doc_id="d", config=MergeConfig(add_quotes=False))
    assert out[0].speaker_mention == []


def test_nested_ids_follow_the_renumbering():
    outer = _rule_statement()
    inner = Statement(id="d:s1", type="Direct", medium="Speech", quote=[Span.of(TEXT, *_find("Lage"))],
                      nested_in="d:s0")
    tags = {"quote": [(*_find("Die Reserven an Gas und Öl reichten nicht mehr lange."), "Indirect")]}
    first = Statement(id="d:s2", type="Reported", medium="Speech", quote=[Span.of(TEXT, *_find("Der Minister"))])
    out = merge(TEXT, [inner, outer, first], tags, _sentences(), [], doc_id="d",
                config=MergeConfig(drop_unsupported=False))
    by_text = {st.quote[0].text: st for st in out}
    assert by_text["Lage"].nested_in == by_text["die Lage sei ernst"].id
    assert [st.id for st in out] == [f"d:s{n}" for n in range(len(out))]


def test_training_examples_keep_outer_quotes_and_every_head():
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    if not QUOTES_TRAIN.is_dir():
        pytest.skip("de-news-quotes-2024 not available")
    from lagebild.extract.quote_tagger import HEADS
    from lagebild.train.quotes_accurate import quotes_examples

    train = quotes_examples(SHARED / "datasets")
    holdout = quotes_examples(SHARED / "datasets", part="holdout")
    assert len(train) == 600 and len(holdout) == 100
    for text, spans in train[:50]:
        assert set(spans) == set(HEADS)
        for head, items in spans.items():
            ordered = sorted(items)
            for (a, b, _), (c, _d, _) in zip(ordered, ordered[1:]):
                assert b <= c, "one head's spans never overlap"
            for a, b, cls in items:
                assert 0 <= a < b <= len(text) and cls in {c for c in HEADS[head]}


def test_accurate_mode_statements_point_into_the_text():
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    from lagebild.settings import make_options

    text = ("Die Gewerkschaft lehnt das Angebot ab. Es sei viel zu niedrig, sagte ihr Vorsitzender am Montag. "
            "Die Beschäftigten hätten längst mehr verdient.")
    analysis = analyze(text, published="2025-03-03", options=make_options({"mode": "accurate"}, env={}))
    assert analysis.statements
    assert [st.id for st in analysis.statements] == [f"{analysis.document.id}:s{n}"
                                                    for n in range(len(analysis.statements))]
    for st in analysis.statements:
        for span in st.quote + st.cue + st.frame + st.speaker_mention + st.addressee:
            assert text[span.start:span.end] == span.text


def test_english_keeps_the_rule_statements():
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    from lagebild.settings import make_options

    text = ('"We will not back down," the senator told reporters on Monday. '
            "The governor said the budget would be balanced by next year.")
    fast, accurate = (analyze(text, published="2016-05-02", lang="en", options=make_options({"mode": m}, env={}))
                      for m in ("fast", "accurate"))
    assert fast.statements
    assert [(s.quote, s.cue, s.speaker_mention) for s in accurate.statements] == \
        [(s.quote, s.cue, s.speaker_mention) for s in fast.statements]


def test_the_merge_follows_the_taggers_training_source(monkeypatch):
    from types import SimpleNamespace

    from lagebild.extract import quote_tagger

    # (file's meta, adds quotes, vetoes rule statements); a "merge" field in the file wins
    for meta, adds, vetoes in (({"source": "quotes"}, True, True), ({"source": "spkatt"}, False, False),
                               ({}, True, True), ({"source": "spkatt", "merge": {"add_quotes": True}}, True, True)):
        monkeypatch.setattr(quote_tagger, "shipped_tagger", lambda meta=meta: SimpleNamespace(meta=meta))
        config = quote_tagger.merge_config()
        assert (config.add_quotes, config.drop_unsupported) == (adds, vetoes)
