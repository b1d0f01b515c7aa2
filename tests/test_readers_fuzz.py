"""Fuzzing the readers: whatever the bytes, reading never raises and every
outcome is a well-formed Document or a Reject with a known reason."""
from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from lagebild.errors import REJECT_REASONS
from lagebild.ingest import Reject, documents_from_bytes, iter_inputs, normalize_text
from lagebild.model import Document
from lagebild.settings import make_options

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
OPTIONS = make_options({"max_input_bytes": 200_000}, env={})
NAMES = st.sampled_from([None, "x.txt", "x.jsonl", "x.json", "x.html", "x.rss", "x.atom", "x.xml", "x.warc.gz", "x.bin"])
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = (INPUTS / "article_de.html").read_bytes()
    writer.write_record(writer.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(body), length=len(body), http_headers=headers))
    return out.getvalue()


SAMPLES = {
    "seed.txt": " date 2025-09-04 Darüber hinaus deutet er an, dass man sehen werde.\n\nZweiter Absatz.\n".encode(),
    "records.jsonl": (INPUTS / "records.jsonl").read_bytes(),
    "article.html": (INPUTS / "article_de.html").read_bytes(),
    "feed.rss": (INPUTS / "feed.rss").read_bytes(),
    "feed.atom": (INPUTS / "feed.atom").read_bytes(),
    "crawl.warc.gz": _warc_bytes(),
}


def check(outcomes) -> None:
    for outcome in outcomes:
        if isinstance(outcome, Reject):
            assert outcome.reason in REJECT_REASONS and outcome.message
            continue
        assert isinstance(outcome, Document)
        assert outcome.text and outcome.text == normalize_text(outcome.text)
        assert (outcome.published is None) == (outcome.date_source == "unknown")


@FUZZ
@given(st.binary(max_size=2048), NAMES)
def test_random_bytes(data, name):
    check(list(documents_from_bytes(data, origin="fuzz", name=name, options=OPTIONS)))


@FUZZ
@given(st.text(max_size=1000), NAMES)
def test_random_text(text, name):
    check(list(documents_from_bytes(text.encode("utf-8", "surrogatepass"), origin="fuzz", name=name, options=OPTIONS)))
    assert normalize_text(normalize_text(text)) == normalize_text(text)


@st.composite
def mangled(draw):
    name = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[name])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["truncate", "insert", "flip", "delete"]))
        at = draw(st.integers(0, len(data)))
        if op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif op == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[at: at + draw(st.integers(1, 60))]
    return name, bytes(data)


@FUZZ
@given(mangled(), st.booleans())
def test_mangled_documents(sample, keep_name):
    name, data = sample
    check(list(documents_from_bytes(data, origin="fuzz", name=name if keep_name else None, options=OPTIONS)))


@settings(max_examples=60, deadline=None)
@given(mangled())
def test_mangled_documents_through_stdin(sample):
    _, data = sample
    check(list(iter_inputs(["-"], OPTIONS, stdin=io.BytesIO(data))))


SURROGATE_TEXT = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters(), max_size=200)
ANY_NAME = st.one_of(NAMES, st.text(max_size=30), st.builds(lambda a, b: a + b, st.text(max_size=10), st.sampled_from(sorted(SAMPLES))))


@settings(max_examples=150, deadline=None)
@given(SURROGATE_TEXT, SURROGATE_TEXT, st.sampled_from(["x.jsonl", "x.json", None]))
def test_json_records_with_lone_surrogates(text, title, name):
    import json
    line = json.dumps({"text": text, "title": title}).encode()  # escapes lone surrogates as \udXXX
    check(list(documents_from_bytes(line + b"\n" + line[::-1], origin="fuzz", name=name, options=OPTIONS)))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=512), st.sampled_from(["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-8-sig"]),
       st.text(max_size=300), ANY_NAME)
def test_other_encodings_and_any_name(noise, encoding, text, name):
    data = text.encode(encoding, "surrogatepass")
    check(list(documents_from_bytes(data, origin="fuzz", name=name, options=OPTIONS)))
    check(list(documents_from_bytes(data[: len(data) // 2] + noise, origin="fuzz", name=name, options=OPTIONS)))
