"""Speaker gold (gold/speakers/realnews-2025-*.jsonl, issue #17) is well formed.

The gold points into ../shared/datasets/realnews-2025 by file name and character
offsets on the document text as lagebild's text reader gives it (header lines
stripped, text normalised). Every span must still match that text; the texts
themselves are never copied into the project.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lagebild.ingest.outcome import InputContext
from lagebild.ingest.textfile import text_outcome
from lagebild.settings import make_options

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "gold" / "speakers").glob("realnews-2025-*.jsonl"))


def _dataset_dir() -> Path:
    """realnews-2025 under the project's ``datasets_dir`` setting (default ../shared/datasets)."""
    folder = Path(make_options().datasets_dir)
    return (folder if folder.is_absolute() else ROOT / folder) / "realnews-2025"


DATASET = _dataset_dir()

REQUIRED = ("file", "lang", "split", "type", "cue", "content", "speaker_mention", "actor")
TYPES = {"Direct", "Indirect", "FreeIndirect", "Reported"}
KINDS = {"person", "organisation", "government", "state", "party"}
UNRESOLVABLE = {"anonymous", "collective", "generic"}
SNIPPET_MAX = 60


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _document_text(name: str) -> str:
    raw = (DATASET / name).read_text(encoding="utf-8")
    return text_outcome(raw, InputContext(origin=name, options=None)).text


def test_gold_files_present():
    names = {p.name for p in GOLD}
    assert {"realnews-2025-en.jsonl", "realnews-2025-de.jsonl"} <= names, names


def _check_actor(actor, where: str) -> None:
    assert isinstance(actor, dict), where
    assert actor.get("name"), where
    assert actor.get("kind") in KINDS, where
    qid = actor.get("qid")
    assert qid is None or re.fullmatch(r"Q[1-9][0-9]*", qid), where


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_records_well_formed(path):
    records = _records(path)
    assert records
    lang = path.stem.rsplit("-", 1)[-1]
    for i, r in enumerate(records):
        where = f"{path.name}:{i + 1}"
        for key in REQUIRED:
            assert key in r, (where, key)
        assert r["lang"] == lang, where
        assert re.fullmatch(rf"{lang}/\d{{3}}\.txt", r["file"]), where
        assert r["split"] in {"dev", "heldout"}, where
        # rule fixed before any output was looked at: odd file numbers are held out
        assert r["split"] == ("heldout" if int(r["file"][3:6]) % 2 else "dev"), where
        assert r["type"] in TYPES, where
        assert r["content"] is not None, where
        if r["actor"] == "none":
            assert r.get("unresolvable") in UNRESOLVABLE, where
            for member in r.get("members", []):
                _check_actor(member, where)
        else:
            _check_actor(r["actor"], where)
        for key in ("cue", "speaker_mention"):
            if r[key] is not None:
                assert set(r[key]) >= {"start", "end", "text"}, (where, key)
                assert len(r[key]["text"]) <= 80, (where, key)  # short snippets only
        for c in [r["content"], *r.get("content_more", [])]:
            assert set(c) >= {"start", "end", "snippet"}, where
            assert len(c["snippet"]) <= SNIPPET_MAX, where


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_spans_match_document_text(path):
    if not DATASET.is_dir():
        pytest.skip("realnews-2025 not found under the datasets_dir setting (default ../shared/datasets)")
    texts: dict[str, str] = {}
    for i, r in enumerate(_records(path)):
        where = f"{path.name}:{i + 1} ({r['file']})"
        text = texts.get(r["file"])
        if text is None:
            text = texts[r["file"]] = _document_text(r["file"])
        for key in ("cue", "speaker_mention"):
            s = r[key]
            if s is not None:
                assert 0 <= s["start"] < s["end"] <= len(text), (where, key)
                assert text[s["start"]:s["end"]] == s["text"], (where, key)
        for c in [r["content"], *r.get("content_more", [])]:
            assert 0 <= c["start"] < c["end"] <= len(text), where
            assert text[c["start"]:c["end"]][:SNIPPET_MAX] == c["snippet"], where


# --- de-news-quotes-2024 train: actors for the data set's own speaker spans ---------
#
# gold/speakers/quotes-train.jsonl points into ../shared/datasets/de-news-quotes-2024/train
# (CC BY-NC-SA: offsets and short snippets only) by file name, quote index and the
# data set's character offsets on the document's "originalText".

QUOTES_GOLD = ROOT / "gold" / "speakers" / "quotes-train.jsonl"
QUOTES_MIN_ACTORS = 300


def _quotes_dataset_dir() -> Path:
    """de-news-quotes-2024/train under the project's ``datasets_dir`` setting."""
    folder = Path(make_options().datasets_dir)
    return (folder if folder.is_absolute() else ROOT / folder) / "de-news-quotes-2024" / "train"


QUOTES_DATASET = _quotes_dataset_dir()


def test_quotes_gold_well_formed():
    records = _records(QUOTES_GOLD)
    with_actor = 0
    seen = set()
    for n, r in enumerate(records):
        where = f"{QUOTES_GOLD.name}:{n + 1}"
        assert r["doc"].endswith(".pretty.json") and r["doc"].startswith(f"{r['article_id']} - "), where
        assert r["doc"].endswith(f"({r['published']}).pretty.json"), where
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]), where
        assert isinstance(r["quote_index"], int) and r["quote_index"] >= 0, where
        assert (r["doc"], r["quote_index"]) not in seen, where
        seen.add((r["doc"], r["quote_index"]))
        sp = r["speaker"]
        if sp is None:
            assert "actor" not in r, where  # no speaker span: no actor, not counted
            continue
        assert set(sp) >= {"start", "end", "text"} and 0 <= sp["start"] < sp["end"], where
        assert len(sp["text"]) <= 100, where  # short snippets only
        if r["actor"] == "none":
            assert r.get("unresolvable") in UNRESOLVABLE, where
        else:
            _check_actor(r["actor"], where)
            for co in r["actor"].get("co_actors", []):
                _check_actor(co, where)
        with_actor += 1
    assert with_actor >= QUOTES_MIN_ACTORS, with_actor


def test_quotes_gold_spans_match_dataset():
    if not QUOTES_DATASET.is_dir():
        pytest.skip("de-news-quotes-2024/train not found under the datasets_dir setting (default ../shared/datasets)")
    docs: dict[str, dict] = {}
    with_actor = 0
    for n, r in enumerate(_records(QUOTES_GOLD)):
        where = f"{QUOTES_GOLD.name}:{n + 1} ({r['doc']} #{r['quote_index']})"
        doc = docs.get(r["doc"])
        if doc is None:
            doc = docs[r["doc"]] = json.loads((QUOTES_DATASET / r["doc"]).read_text(encoding="utf-8"))
        text = doc["originalText"]
        spans = doc["annotations"][r["quote_index"]]["speaker"]["spans"]
        sp = r["speaker"]
        if sp is None:
            assert not spans, where
            continue
        assert spans, where
        assert (sp["start"], sp["end"]) == (spans[0]["charBegin"], spans[0]["charEnd"]), where
        assert 0 <= sp["start"] < sp["end"] <= len(text), where
        assert text[sp["start"]:sp["end"]] == sp["text"], where
        with_actor += "actor" in r
    assert with_actor >= QUOTES_MIN_ACTORS, with_actor
