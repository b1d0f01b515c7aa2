"""Input readers: every format, every reject reason, streaming, and the seed."""
from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

import pytest

from lagebild.errors import REJECT_REASONS, RejectedInput
from lagebild.ingest import Reject, documents_from_bytes, iter_inputs, normalize_text
from lagebild.ingest.normalize import decode_bytes
from lagebild.model import Document, document_id
from lagebild.settings import make_options

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_9eb11f9ed3dde1b0.txt"
INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
OPTIONS = make_options(env={})


def docs(outcomes):
    return [o for o in outcomes if isinstance(o, Document)]


def rejects(outcomes):
    return [o for o in outcomes if isinstance(o, Reject)]


def read(*paths, options=OPTIONS, **kw):
    return list(iter_inputs([str(p) for p in paths], options, **kw))


# --- the seed ---------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not available")
def test_seed_file_reads_header_date_and_article_on_same_line():
    [doc] = read(SEED)
    assert isinstance(doc, Document)
    assert doc.published == date(2025, 9, 4)
    assert doc.date_source == "header"
    assert doc.text.startswith("Darüber hinaus")
    assert "date 2025" not in doc.text
    assert doc.origin == str(SEED)
    assert doc.id == document_id(doc.text)
    assert normalize_text(doc.text) == doc.text


# --- one folder with every bad kind --------------------------------------------

def test_bad_folder_yields_one_reject_per_reason_and_the_good_documents():
    # the CLI test reads the same folder with this limit: too_large.txt is just above it
    outcomes = read(INPUTS / "bad", options=make_options({"max_input_bytes": 20_000}, env={}))
    by_reason = {}
    for r in rejects(outcomes):
        by_reason.setdefault(r.reason, []).append(Path(r.origin.split(":")[0]).name)
    assert by_reason == {
        "binary": ["binary.dat"],
        "empty": ["empty.txt"],
        "bad_date": ["impossible_date.txt"],
        "undecodable": ["latin1.txt"],
        "no_article_text": ["navigation.html"],
        "malformed_json": ["records.jsonl"],
        "too_large": ["too_large.txt"],
    }
    good = docs(outcomes)
    assert [Path(d.origin).name for d in good] == ["good.txt", "records.jsonl:1", "records.jsonl:3"]
    assert [r.origin for r in rejects(outcomes) if r.reason == "malformed_json"] == [str(INPUTS / "bad" / "records.jsonl") + ":2"]
    assert all(r.message for r in rejects(outcomes))


def test_too_large_file_is_rejected_without_reading_it(monkeypatch):
    # getsize says "huge": the reader must decide from the size, not from the content.
    import lagebild.ingest.readers as readers

    monkeypatch.setattr(readers.os.path, "getsize", lambda path: 10**12)
    [reject] = read(INPUTS / "plain.txt")
    assert reject.reason == "too_large" and str(10**12) in reject.message


def test_too_large_bytes_and_per_record_limit_in_jsonl():
    small = make_options({"max_input_bytes": 100}, env={})
    [reject] = list(documents_from_bytes(b"x" * 101, origin="mem", options=small))
    assert reject.reason == "too_large"
    lines = b'{"text": "kurz"}\n' + b'{"text": "' + b"y" * 300 + b'"}\n' + b'{"text": "auch kurz"}\n'
    outcomes = list(documents_from_bytes(lines, origin="f.jsonl", name="f.jsonl", options=small))
    assert [getattr(o, "reason", o.__class__.__name__) for o in outcomes] == ["Document", "too_large", "Document"]
    assert outcomes[1].origin == "f.jsonl:2" and outcomes[2].origin == "f.jsonl:3"


# --- plain text and dates ------------------------------------------------------

def test_plain_text_without_published_has_no_date():
    [doc] = read(INPUTS / "plain.txt")
    assert doc.published is None and doc.date_source == "unknown"
    assert doc.text == (
        "Die Gewerkschaft Verdi hat für Donnerstag zu Warnstreiks im Nahverkehr aufgerufen.\n\n"
        "Betroffen seien vor allem Busse und Straßenbahnen, teilte die Gewerkschaft mit."
    )


def test_plain_text_with_published_uses_the_given_date_but_a_header_wins():
    [doc] = read(INPUTS / "plain.txt", published=date(2025, 9, 1), lang="de")
    assert (doc.published, doc.date_source, doc.lang) == (date(2025, 9, 1), "given", "de")
    [seeded] = read(INPUTS / "folder" / "a.txt", published=date(2025, 9, 1))
    assert (seeded.published, seeded.date_source) == (date(2025, 8, 30), "header")


def test_header_with_title_line_and_header_only_text():
    [doc] = read(INPUTS / "folder" / "sub" / "b.md")
    assert (doc.title, doc.text, doc.published) == ("Zweiter Text", "Zweiter Text im Unterordner.", date(2025, 8, 31))
    [reject] = list(documents_from_bytes(b"date 2025-09-04\n\n", origin="m", options=OPTIONS))
    assert reject.reason == "empty"
    [not_a_header] = list(documents_from_bytes(b"date night was fun.", origin="m", options=OPTIONS))
    assert not_a_header.text == "date night was fun." and not_a_header.published is None


def test_undecodable_text_is_rejected_not_read_as_latin1_but_declared_charset_is_honoured():
    latin1 = "Die Größe überrascht.".encode("latin-1")
    [reject] = list(documents_from_bytes(latin1, origin="m", name="m.txt", options=OPTIONS))
    assert reject.reason == "undecodable"
    [doc] = list(documents_from_bytes(latin1, origin="m", content_type="text/plain; charset=ISO-8859-1", options=OPTIONS))
    assert doc.text == "Die Größe überrascht."


# --- JSON Lines and JSON ----------------------------------------------------

def test_jsonl_records_fill_every_field():
    first, second = read(INPUTS / "records.jsonl")
    assert first.external_id == "a-1" and first.url == "https://kurier.example/a-1"
    assert (first.published, first.date_source) == (date(2025, 9, 2), "metadata")
    assert (first.title, first.lang, first.source) == ("Erste Meldung", "de", "Beispiel-Kurier")
    assert first.origin.endswith("records.jsonl:1")
    # blank line 2 is skipped; numbering follows the file's lines
    assert second.origin.endswith("records.jsonl:3") and second.external_id == "2"
    assert second.published is None and second.date_source == "unknown"


@pytest.mark.parametrize(
    "line, reason",
    [
        (b'{"text": ""}', "missing_text"),
        (b'{"title": "no text"}', "missing_text"),
        (b'{"text": 42}', "missing_text"),
        (b'["not", "an", "object"]', "malformed_json"),
        (b'{"text": "ok", "published": "04.09.2025"}', "bad_date"),
        (b'{"text": "ok", "published": 20250904}', "bad_date"),
        (b'{"text": "ok", "published": "2025-13-01"}', "bad_date"),
        (b'{"text": "ok"', "malformed_json"),
        (b'{"text": "\xff\xfe ok"}', "undecodable"),
    ],
)
def test_jsonl_bad_records(line, reason):
    outcomes = list(documents_from_bytes(line + b"\n" + b'{"text": "weiter"}\n', origin="f.jsonl", name="f.jsonl", options=OPTIONS))
    assert [o.reason for o in rejects(outcomes)] == [reason]
    assert [d.text for d in docs(outcomes)] == ["weiter"]


def test_json_document_with_a_list_of_records():
    data = b'[{"text": "eins", "published": "2025-01-02"}, {"text": "zwei"}, 3]'
    outcomes = list(documents_from_bytes(data, origin="f.json", name="f.json", options=OPTIONS))
    assert [o.origin for o in outcomes] == ["f.json#0", "f.json#1", "f.json#2"]
    assert [getattr(o, "reason", None) for o in outcomes] == [None, None, "malformed_json"]


# --- HTML ----------------------------------------------------------------------

def test_html_article_text_title_original_date_and_source():
    data = (INPUTS / "article_de.html").read_bytes()
    [doc] = list(documents_from_bytes(data, origin="u", url="https://www.kurier.example/politik/haushalt-100", options=OPTIONS))
    assert doc.title == "Koalition streitet über Haushalt"
    assert (doc.published, doc.date_source) == (date(2025, 9, 3), "html")  # published, not modified
    assert doc.source == "kurier.example" and doc.url == "https://www.kurier.example/politik/haushalt-100"
    assert "Klingbeil die Union zu Kompromissen" in doc.text
    assert "„Wir werden nicht bei der Unterstützung für die Ukraine sparen“" in doc.text
    assert "Startseite" not in doc.text and "Impressum" not in doc.text
    assert "aufgerufen. Man müsse" in doc.text and "Berlin.\n\n„Wir" in doc.text  # paragraphs: one blank line


def test_html_without_date_gets_none_or_the_given_date():
    page = b"<html><body><article><p>Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, hiess es.</p></article></body></html>"
    [doc] = list(documents_from_bytes(page, origin="m", name="x.html", options=OPTIONS))
    assert doc.published is None and doc.date_source == "unknown"
    [given] = list(documents_from_bytes(page, origin="m", name="x.html", published=date(2025, 9, 4), options=OPTIONS))
    assert (given.published, given.date_source) == (date(2025, 9, 4), "given")


def test_html_sniffed_by_content_type_and_content_with_meta_charset():
    page = '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>Die Größe der Straßenbahn überrascht viele Fahrgäste in der Stadt.</p></article></body></html>'
    data = page.encode("cp1252")
    [by_content] = list(documents_from_bytes(data, origin="m", options=OPTIONS))
    [by_type] = list(documents_from_bytes(data, origin="m", url="https://x.example/a", content_type="text/html", options=OPTIONS))
    assert by_content.text == by_type.text == "Die Größe der Straßenbahn überrascht viele Fahrgäste in der Stadt."


def test_html_without_article_text():
    [reject] = read(INPUTS / "bad" / "navigation.html")
    assert reject.reason == "no_article_text"
    [empty] = list(documents_from_bytes(b"<html><body></body></html>", origin="m", options=OPTIONS))
    assert empty.reason == "no_article_text"


# --- feeds -------------------------------------------------------------------------

def test_rss_entries_become_documents_with_the_publishers_calendar_day():
    first, second = read(INPUTS / "feed.rss")
    # 00:30 +02:00 on 5 September is 4 September in UTC: the publisher's day counts
    assert (first.published, first.date_source) == (date(2025, 9, 5), "metadata")
    assert first.title == "Bundesrat billigt Wehrdienstgesetz"
    assert first.url == "https://kurier.example/politik/wehrdienst-101.html"
    assert first.external_id == "kurier-101" and first.source == "Beispiel-Kurier Politik"
    assert first.text == (
        "Der Bundesrat hat das neue Wehrdienstgesetz gebilligt.\n\n"
        "Verteidigungsminister Boris Pistorius sprach von einem wichtigen Schritt."
    )
    assert first.origin.endswith("feed.rss#0")
    assert second.reason == "missing_text" and second.origin.endswith("feed.rss#1")


def test_atom_entries_published_before_updated():
    first, second = read(INPUTS / "feed.atom")
    assert first.published == date(2025, 9, 4)  # published, not updated (5 Sep)
    assert first.text.startswith("European leaders met in Paris") and '\n\n"We are ready,"' in first.text
    assert first.external_id == "urn:example:world:1" and first.source == "Example Times World"
    assert second.published == date(2025, 9, 3)  # only <updated> present
    assert second.text == "A short plain summary of a story about tariffs."


def test_feed_without_entries_and_xml_that_is_no_feed():
    [empty] = list(documents_from_bytes(b'<rss version="2.0"><channel><title>t</title></channel></rss>', origin="f", options=OPTIONS))
    assert empty.reason == "empty"
    [other] = list(documents_from_bytes(b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', origin="f", name="s.xml", options=OPTIONS))
    assert other.reason == "unsupported_format"


def test_feed_with_a_broken_encoding_declaration_is_rejected():
    # found by fuzzing: feedparser itself raises UnicodeDecodeError here
    data = (INPUTS / "feed.atom").read_bytes().replace(b'encoding="utf-8"', b'encoding="\x80utf-8"')
    [reject] = list(documents_from_bytes(data, origin="f", options=OPTIONS))
    assert reject.reason == "unsupported_format"


def test_feed_entry_html_with_control_characters():
    # found by fuzzing: lxml refuses control characters in element text
    data = (INPUTS / "feed.rss").read_bytes().replace(b"&lt;/p&gt;&lt;p&gt;", b"&lt;/p&gt\x01;&lt;p&gt;")
    first = next(documents_from_bytes(data, origin="f", options=OPTIONS))
    assert isinstance(first, Document) and "\x01" not in first.text


# --- WARC ------------------------------------------------------------------------

def write_warc(path: Path, *, gzip_it: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    article = (INPUTS / "article_de.html").read_bytes()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip_it)

        def response(uri, status, content_type, body):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            # an explicit length keeps warcio from spooling the payload to an unclosed temp file
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers))

        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))  # record 0
        request = b"GET /a HTTP/1.1\r\n\r\n"
        writer.write_record(writer.create_warc_record("https://www.kurier.example/a", "request", payload=io.BytesIO(request), length=len(request)))  # 1
        response("https://www.kurier.example/a", "200 OK", "text/html; charset=utf-8", article)  # 2: the article
        response("https://www.kurier.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n....")  # 3: skipped
        response("https://www.kurier.example/gone", "404 Not Found", "text/html", b"<html><body><p>Nicht gefunden</p></body></html>")  # 4: skipped
        response("https://www.kurier.example/start", "200 OK", "text/html", (INPUTS / "bad" / "navigation.html").read_bytes())  # 5


@pytest.mark.parametrize("name, gzip_it", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_documents(tmp_path, name, gzip_it):
    path = tmp_path / name
    write_warc(path, gzip_it=gzip_it)
    article, nav = read(path)
    assert article.origin == f"{path}#2" and article.url == "https://www.kurier.example/a"
    assert article.source == "kurier.example" and article.published == date(2025, 9, 3)
    assert article.title == "Koalition streitet über Haushalt"
    assert nav.origin == f"{path}#5" and nav.reason == "no_article_text"
    # the same bytes without a name are recognised by content
    assert [type(o) for o in documents_from_bytes(path.read_bytes(), origin="mem", options=OPTIONS)] == [Document, Reject]


def test_damaged_warc_and_other_gzip(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip_it=True)
    data = path.read_bytes()
    outcomes = list(documents_from_bytes(data[: len(data) // 2], origin="half", name="half.warc.gz", options=OPTIONS))
    assert all(isinstance(o, (Document, Reject)) for o in outcomes)
    [plain_gzip] = list(documents_from_bytes(gzip.compress(b"nur Text"), origin="g", name="t.txt.gz", options=OPTIONS))
    assert plain_gzip.reason == "unsupported_format"


# --- binary and empty ------------------------------------------------------------

@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b" \n\t\r\n", "empty"),
        ("\ufeff  \n".encode("utf-8"), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        (b"abc\x00def", "binary"),
        (bytes(range(1, 32)) * 10, "binary"),
        (b"BZh91AY&SY\x00\x01", "unsupported_format"),
    ],
)
def test_empty_binary_and_compressed_inputs(data, reason):
    [reject] = list(documents_from_bytes(data, origin="m", options=OPTIONS))
    assert reject.reason == reason and reject.reason in REJECT_REASONS


def test_utf16_with_bom_is_text():
    [doc] = list(documents_from_bytes("Die Größe".encode("utf-16"), origin="m", options=OPTIONS))  # BOM + UTF-16
    assert doc.text == "Die Größe"


# --- inputs: folders, globs, stdin, missing ---------------------------------------

def test_folder_is_walked_recursively_sorted_skipping_hidden():
    outcomes = read(INPUTS / "folder")
    assert [Path(d.origin).relative_to(INPUTS / "folder").as_posix() for d in outcomes] == ["a.txt", "sub/b.md", "sub/deeper/c.txt"]


def test_globs_and_missing_inputs(tmp_path):
    outcomes = read(INPUTS / "folder" / "**" / "*.txt")
    assert [Path(d.origin).name for d in outcomes] == ["a.txt", "c.txt"]
    [nothing] = read(INPUTS / "*.nothing")
    assert nothing.reason == "not_found"
    [missing] = read(tmp_path / "missing.txt")
    assert missing.reason == "not_found"
    (tmp_path / "empty_folder").mkdir()
    [empty_folder] = read(tmp_path / "empty_folder")
    assert empty_folder.reason == "not_found"
    [url] = list(iter_inputs(["https://kurier.example/a"], OPTIONS))
    assert url.reason == "unsupported_format" and "lagebild ingest" in url.message


def test_stdin_seed_and_jsonl():
    [doc] = list(iter_inputs(["-"], OPTIONS, stdin=io.BytesIO(" date 2025-09-04 Text aus stdin.\n".encode())))
    assert (doc.origin, doc.published, doc.text) == ("-", date(2025, 9, 4), "Text aus stdin.")
    lines = b'{"text": "eins"}\n{"text": "zwei"}\n'
    assert [d.origin for d in iter_inputs(["-"], OPTIONS, stdin=io.BytesIO(lines))] == ["-:1", "-:2"]


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.consumed = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk


def test_jsonl_is_streamed_not_read_whole():
    record = b'{"text": "' + b"Ein Satz. " * 50 + b'"}\n'
    stream = CountingStream(record * 5000)  # ~2.6 MB
    outcomes = iter_inputs(["-"], OPTIONS, stdin=stream)
    first = next(outcomes)
    assert isinstance(first, Document)
    assert stream.consumed <= 256 * 1024  # the sniffed head and one buffer, not the whole stream
    assert sum(1 for _ in outcomes) == 4999


# --- normalisation -------------------------------------------------------------------

def test_normalize_text_rules():
    decomposed = "Gro\u0308\u00dfe"  # o + combining diaeresis
    raw = "\ufeff  Titel  \r\nZeile mit Leerzeichen   \r\n\r\n\r\n\r\nNeuer Absatz\x07 mit " + decomposed + "\t\n\n"
    text = normalize_text(raw)
    assert text == "Titel\nZeile mit Leerzeichen\n\nNeuer Absatz mit Größe"
    assert normalize_text(text) == text


def test_decode_bytes_rejects_invalid_utf8_without_declaration():
    with pytest.raises(RejectedInput) as info:
        decode_bytes(b"caf\xe9")
    assert info.value.reason == "undecodable"
    assert decode_bytes(b"caf\xe9", declared="latin-1") == "café"
    assert decode_bytes("café".encode(), declared="latin-1") == "café"  # valid UTF-8 wins over a wrong declaration


def test_reject_reason_must_be_known():
    with pytest.raises(ValueError):
        Reject("x", "no_such_reason", "m")
    assert Reject("x", "empty", "m").to_dict() == {"origin": "x", "reason": "empty", "message": "m"}
