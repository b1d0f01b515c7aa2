"""A hostile-input corpus: good documents of every format mixed with inputs built to break readers.

``build(folder)`` writes the corpus and returns a ``Corpus``: the settings to ingest it with and,
per expected outcome origin (a file, ``file:LINE`` of JSON Lines, ``file#N`` of a feed or WARC),
either ``STORED`` or the set of reject reasons accepted for it. Inputs whose origin cannot be
written in advance (a file name that is not UTF-8) are expected by reason in ``by_reason``.
Used by tests/test_hostile_corpus.py; run as a script to write a corpus into a folder.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

STORED = "stored"
# Small limits keep the corpus fast; the cases sit at and just over them.
MAX_TEXT_CHARS = 6000
MAX_INPUT_BYTES = 12000
SETTINGS = {"max_text_chars": MAX_TEXT_CHARS, "max_input_bytes": MAX_INPUT_BYTES}


@dataclass
class Corpus:
    root: Path
    expected: dict[str, object] = field(default_factory=dict)  # origin -> STORED | set of reasons
    by_reason: dict[str, int] = field(default_factory=dict)  # reason -> count, origin not predictable
    api_texts: list[tuple[str, bytes]] = field(default_factory=list)  # (name, JSON body) to POST
    any_outcome: list[str] = field(default_factory=list)  # origin prefixes: at least one outcome, any kind

    @property
    def set_args(self) -> list[str]:
        return [arg for key, value in SETTINGS.items() for arg in ("--set", f"{key}={value}")]

    def good_origins(self) -> set[str]:
        return {origin for origin, want in self.expected.items() if want == STORED}


def article(n: int, lang: str = "de") -> str:
    """A distinct, plausible article text (distinct word order, so no near-duplicates)."""
    if lang == "en":
        return (f"Report number {n}: the finance minister said on Tuesday that the budget for "
                f"project {n} will be reviewed by the committee. Critics in district {n * 7} "
                f"called the plan {n} a mistake and demanded a vote before item {n * 13}.")
    return (f"Meldung Nummer {n}: Die Finanzministerin sagte am Dienstag, der Haushalt für Projekt {n} "
            f"werde vom Ausschuss geprüft. Kritiker im Bezirk {n * 7} nannten den Plan {n} einen "
            f"Fehler und verlangten eine Abstimmung vor Punkt {n * 13}. Größe zählt {n * 17} Mal.")


def _html(n: int) -> bytes:
    body = "".join(f"<p>{article(n * 100 + i)}</p>" for i in range(3))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Seite {n}</title></head>"
            f"<body><article><h1>Seite {n}</h1>{body}</article></body></html>").encode()


def _rss(entries: list[tuple[str, str]]) -> bytes:
    items = "".join(f"<item><title>Eintrag {i}</title><link>https://x.example/{i}</link>"
                    f"<pubDate>{date}</pubDate><description>{text}</description></item>"
                    for i, (date, text) in enumerate(entries))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>F</title>"
            f"{items}</channel></rss>").encode()


def _warc(pages: list[bytes]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, body in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://w.example/{i}", "response", payload=io.BytesIO(body),
                                                      length=len(body), http_headers=headers))
    return out.getvalue()


def build(root: Path) -> Corpus:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    n = iter(range(1, 10_000))

    def put(name: str, data: bytes, want: object) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if want is not None:
            corpus.expected[str(path)] = want if want == STORED or isinstance(want, set) else {want}

    # --- good documents, one per reader --------------------------------------------------------
    put("good/plain.txt", article(next(n)).encode(), STORED)
    put("good/seed.txt", f"date 2025-09-04\ntitle: Titel\n{article(next(n))}\n".encode(), STORED)
    put("good/english.txt", article(next(n), "en").encode(), STORED)
    put("good/page.html", _html(next(n)), STORED)
    put("good/crlf.txt", article(next(n)).replace(". ", ".\r\n").encode(), STORED)
    put("good/bom.txt", b"\xef\xbb\xbf" + article(next(n)).encode(), STORED)
    put("good/list.json", json.dumps([{"text": article(next(n))}, {"text": article(next(n)), "title": "T"}]).encode(), None)
    corpus.expected[str(root / "good/list.json#0")] = STORED
    corpus.expected[str(root / "good/list.json#1")] = STORED
    put("good/feed.rss", _rss([("Thu, 04 Sep 2025 10:00:00 +0200", article(next(n))),
                               ("Fri, 05 Sep 2025 10:00:00 +0200", article(next(n)))]), None)
    corpus.expected[str(root / "good/feed.rss#0")] = STORED
    corpus.expected[str(root / "good/feed.rss#1")] = STORED
    put("good/crawl.warc.gz", _warc([_html(next(n)), _html(next(n))]), None)
    corpus.expected[str(root / "good/crawl.warc.gz#0")] = STORED
    corpus.expected[str(root / "good/crawl.warc.gz#1")] = STORED

    # --- encodings -----------------------------------------------------------------------------
    put("enc/utf16_bom.txt", article(next(n)).encode("utf-16"), STORED)
    put("enc/utf16le_nobom.txt", article(next(n)).encode("utf-16-le"), STORED)
    put("enc/utf16be_nobom.txt", article(next(n)).encode("utf-16-be"), STORED)
    put("enc/utf32_bom.txt", article(next(n)).encode("utf-32"), STORED)
    put("enc/invalid_utf8.txt", article(next(n)).encode() + b" \xff\xfe\xc3(", "undecodable")
    put("enc/latin1.txt", article(next(n)).encode("latin-1"), "undecodable")
    put("enc/utf16_bom_odd.txt", b"\xff\xfe" + article(next(n)).encode("utf-16-le") + b"x", "undecodable")
    put("enc/nul_early.txt", b"Die\x00" + article(next(n)).encode(), "binary")
    late = ("€€€ Wort " * 2000).encode()[:8500] + b"\x00" + article(next(n)).encode()
    put("enc/nul_late.txt", late, "binary")
    put("enc/nul_only.txt", b"\x00" * 100, "binary")
    put("enc/controls.txt", bytes(range(1, 32)) * 20, "binary")
    put("enc/png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "binary")
    put("enc/zipped.txt", gzip.compress(article(next(n)).encode()), "unsupported_format")

    # --- empty and whitespace --------------------------------------------------------------------
    put("empty/empty.txt", b"", "empty")
    put("empty/blank.txt", b" \n\t\r\n  \n", "empty")
    put("empty/unicode_blank.txt", "\u00a0\u2028\u3000\ufeff \n".encode(), "empty")
    put("empty/empty.jsonl", b"\n\n", "empty")
    put("empty/empty.html", b"<html></html>", {"empty", "no_article_text"})
    put("empty/nobody.html", b"<html><head><title>Nur Titel</title></head></html>", {"no_article_text", "empty"})
    put("empty/empty_list.json", b"[]", "empty")

    # --- JSON Lines and JSON ---------------------------------------------------------------------
    jl = root / "json/records.jsonl"
    lines = [
        (json.dumps({"text": article(next(n)) + " \ud800 Ende", "title": "Titel \udfff"}), STORED),  # lone surrogates
        ("[1, 2, 3]", "malformed_json"),
        ('"just a string"', "malformed_json"),
        ("42", "malformed_json"),
        ("null", "malformed_json"),
        ('{"text": "abgebrochen', "malformed_json"),
        ('{"title": "kein Text"}', "missing_text"),
        ('{"text": 17}', "missing_text"),
        (json.dumps({"text": "x" * (MAX_INPUT_BYTES + 10)}), "too_large"),
        ("", None),  # blank: no outcome
        (json.dumps({"text": article(next(n)), "published": "2025-02-30"}), "bad_date"),
        (json.dumps({"text": article(next(n)), "published": 20250101}), "bad_date"),
        (json.dumps({"text": "A" * (MAX_TEXT_CHARS + 1)}), "too_large"),
        (json.dumps({"text": article(next(n)), "published": "2025-09-04", "id": 7, "lang": "de"}), STORED),
        ("[" * 100_00, {"malformed_json", "too_large"}),
    ]
    raw = b""
    for number, (line, want) in enumerate(lines, start=1):
        raw += line.encode("utf-8", "surrogatepass") + b"\n"
        if want is not None:
            corpus.expected[f"{jl}:{number}"] = want if want == STORED or isinstance(want, set) else {want}
    raw += b'{"text": "' + ("\u00e4" * 50).encode() + b'\xff"}\n'  # invalid UTF-8 inside a record
    corpus.expected[f"{jl}:{len(lines) + 1}"] = {"undecodable"}
    raw += b'{"text": "mit NUL\x00 im Satz"}\n'
    corpus.expected[f"{jl}:{len(lines) + 2}"] = {"binary", "malformed_json"}
    raw += b'{"text": "ohne Zeilenende am Schluss und doch ein Artikel mit Inhalt."}'
    corpus.expected[f"{jl}:{len(lines) + 3}"] = STORED
    jl.parent.mkdir(parents=True, exist_ok=True)
    jl.write_bytes(raw)
    put("json/broken.json", b'{"text": "nie geschlossen', "malformed_json")
    put("json/deep.json", b"[" * 100_000, {"malformed_json", "too_large"})
    put("json/scalar.json", b"3.14", "malformed_json")

    # --- HTML, feeds, WARC -----------------------------------------------------------------------
    put("html/script_only.html", b"<html><body><script>var x = 1;</script></body></html>", {"no_article_text", "empty"})
    put("html/bad_charset.html", b"<html><head><meta charset='no-such-charset'></head><body><p>"
        + article(next(n)).encode() + b"</p></body></html>", STORED)
    feed = _rss([("Mon, 31 Feb 2025 10:00:00 +0000", article(next(n))),
                 ("the day after tomorrow", article(next(n))),
                 ("Thu, 04 Sep 99999 10:00:00 +0000", article(next(n)))])
    put("feeds/bad_dates.rss", feed, None)
    for i in range(3):  # an impossible date is rejected or not trusted, never invented
        corpus.expected[str(root / f"feeds/bad_dates.rss#{i}")] = {STORED, "bad_date"}
    put("feeds/no_entries.rss", _rss([]), "empty")
    put("feeds/not_a_feed.xml", b"<?xml version='1.0'?><catalog><book>x</book></catalog>",
        {"unsupported_format", "empty"})
    put("feeds/broken.atom", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><title>", None)
    corpus.any_outcome.append(str(root / "feeds/broken.atom"))  # the file or its entry, rejected
    put("warc/not_warc.warc", article(next(n)).encode(), STORED)  # read as what it is: text
    put("warc/garbage.warc.gz", b"WARC/1.0\r\nnonsense\r\n\r\n" + b"\xff" * 200, None)
    corpus.any_outcome.append(str(root / "warc/garbage.warc.gz"))  # one or more outcomes, any kind
    whole = _warc([_html(next(n)), _html(next(n))])
    put("warc/truncated.warc.gz", whole[: len(whole) - 60], None)
    corpus.expected[str(root / "warc/truncated.warc.gz#0")] = STORED
    corpus.expected[str(root / "warc/truncated.warc.gz#1")] = {"truncated"}

    # --- sizes at and over the limits ------------------------------------------------------------
    words = ("Satz " * (MAX_TEXT_CHARS // 5 + 10))
    put("size/at_chars.txt", (words[: MAX_TEXT_CHARS - 1] + "x").encode(), STORED)
    put("size/over_chars.txt", (words[: MAX_TEXT_CHARS] + "x").encode(), "too_large")
    wide = ("€€€€ Öl " * MAX_INPUT_BYTES).encode()[: MAX_INPUT_BYTES - 1].decode("utf-8", "ignore")
    wide = wide.encode() + b"x" * (MAX_INPUT_BYTES - len(wide.encode()))
    assert len(wide) == MAX_INPUT_BYTES and len(wide.decode()) <= MAX_TEXT_CHARS
    put("size/at_bytes.txt", wide, STORED)
    put("size/over_bytes.txt", wide + b"y", "too_large")
    put("size/over_bytes.html", _html(next(n)) + b"<!--" + b"x" * MAX_INPUT_BYTES + b"-->", "too_large")

    # --- special files ---------------------------------------------------------------------------
    special = root / "special"
    special.mkdir(exist_ok=True)
    fifo = special / "pipe.txt"
    os.mkfifo(fifo)
    corpus.expected[str(fifo)] = {"not_a_file"}
    loop = special / "loop.txt"
    os.symlink(loop.name, loop)  # a link to itself
    corpus.expected[str(loop)] = {"not_a_file", "not_found", "unreadable"}
    os.symlink("..", special / "up")  # a link back into a folder being read
    corpus.expected[str(special / "up")] = {"not_a_file"}
    os.symlink("no-such-target.txt", special / "dangling.txt")
    corpus.expected[str(special / "dangling.txt")] = {"not_found", "not_a_file"}
    fd = os.open(os.fsencode(str(special)) + b"/bad\xffname.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, article(next(n)).encode())
    os.close(fd)
    corpus.by_reason["bad_filename"] = 1
    if os.geteuid() != 0:  # root reads everything
        secret = special / "secret.txt"
        secret.write_bytes(article(next(n)).encode())
        secret.chmod(0)
        corpus.expected[str(secret)] = {"unreadable"}

    # --- what the API is sent: every text and JSON input as a request body -----------------------
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.suffix not in (".txt", ".json", ".jsonl"):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if path.suffix == ".jsonl":
            corpus.api_texts += [(f"{path.name}:{i}", line) for i, line in enumerate(data.split(b"\n"), 1) if line.strip()]
        elif path.suffix == ".json":
            corpus.api_texts.append((path.name, data))
        else:
            text = data.decode("utf-8", "surrogateescape")
            corpus.api_texts.append((path.name, json.dumps({"text": text}).encode()))
    return corpus


if __name__ == "__main__":
    built = build(Path(sys.argv[1]))
    print(f"{len(built.expected)} expected outcomes, {sum(built.by_reason.values())} by reason, "
          f"{len(built.api_texts)} API bodies; ingest with: {' '.join(built.set_args)}")
