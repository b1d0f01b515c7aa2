"""Inputs that are not plain good files: FIFOs, devices, links, unreadable files, and formats
that lie about themselves (issue #20). Every input named or found appears in the outcome, with
its reason; nothing hangs; what is good is stored."""
import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.errors import REJECT_REASONS
from lagebild.ingest.readers import documents_from_bytes, iter_inputs
from lagebild.model import Document
from lagebild.settings import make_options

OPTIONS = make_options({}, env={})
INPUTS = Path(__file__).parent / "fixtures" / "inputs"
ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs and symbolic links")

BAD_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2025-03-01T00:00:00Z</updated>
<entry><title>Impossible</title><id>urn:t:1</id><updated>2025-02-30T10:00:00Z</updated>
<summary>Der Minister sagte am Montag, man werde die Pl\xc3\xa4ne pr\xc3\xbcfen.</summary></entry>
</feed>
"""


def article(i: int) -> bytes:
    return (f"<html><head><title>Artikel {i}</title></head><body><article><p>Die Koalition streitet seit "
            f"Wochen über den Haushalt, Folge {i}. Der Finanzminister sagte am Dienstag, man werde sparen "
            "müssen. Die Opposition kritisierte das scharf und forderte Neuwahlen im Herbst.</p></article>"
            "</body></html>").encode()


def warc_bytes(records: int, *, gzip_each: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_each)
    for i in range(records):
        body = article(i)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://kurier.example/{i}", "response",
                                                      payload=io.BytesIO(body), length=len(body), http_headers=headers))
    return out.getvalue()


def build_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes((INPUTS / "plain.txt").read_bytes())
    os.mkfifo(folder / "pipe")
    os.symlink(os.devnull, folder / "null")
    os.symlink(folder / "gone", folder / "dangling")
    outside = root / "outside"
    outside.mkdir()
    (outside / "linked.txt").write_text("Im verlinkten Ordner steht ein Satz über die Bahn und den Streik.\n", encoding="utf-8")
    os.symlink(outside, folder / "linked")
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")
    (folder / "fake.warc").write_text("Kein WARC, sondern ein Text über die Haushaltsdebatte im Bundestag.\n", encoding="utf-8")
    (folder / "impossible.atom").write_bytes(BAD_ATOM)
    (folder / "cut.warc").write_bytes(warc_bytes(2)[:-150])
    (folder / "one-stream.warc.gz").write_bytes(gzip.compress(warc_bytes(3)))
    return folder


def by_origin(outcomes, folder: Path) -> dict[str, str]:
    return {os.path.relpath(o.origin, folder): (o.reason if not isinstance(o, Document) else "stored") for o in outcomes}


EXPECTED = {
    "good.txt": "stored",
    "pipe": "not_a_file",
    "null": "not_a_file",
    "dangling": "not_found",
    "linked/linked.txt": "stored",
    "sub/loop": "not_a_file",
    "fake.warc": "stored",
    "impossible.atom#0": "bad_date",
    "cut.warc#0": "stored",
    "cut.warc#1": "truncated",
    "one-stream.warc.gz#0": "stored",
    "one-stream.warc.gz#1": "stored",
    "one-stream.warc.gz#2": "stored",
}


def test_every_special_input_has_its_reason_and_good_ones_are_read(tmp_path):
    folder = build_folder(tmp_path)
    outcomes = list(iter_inputs([str(folder)], OPTIONS))
    assert by_origin(outcomes, folder) == EXPECTED
    assert all(o.reason in REJECT_REASONS and o.message for o in outcomes if not isinstance(o, Document))


def test_devices_and_fifos_named_directly_are_not_opened(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "pipe")
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **kw: opened.append(path) or real_open(path, *a, **kw))
    outcomes = list(iter_inputs([os.devnull, str(tmp_path / "pipe")], OPTIONS))
    assert [(o.origin, o.reason) for o in outcomes] == [(os.devnull, "not_a_file"), (str(tmp_path / "pipe"), "not_a_file")]
    assert "FIFO" in outcomes[1].message and opened == []


def test_permission_denied_is_unreadable_not_missing(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Geheim.\n", encoding="utf-8")
    if IS_ROOT:  # root reads every file: let the open fail as it would for anyone else
        real_open = os.open

        def refuse(name, *args, **kwargs):
            if str(name) == str(path):
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    else:
        path.chmod(0)
    try:
        [reject] = list(iter_inputs([str(path)], OPTIONS))
    finally:
        path.chmod(0o644)
    assert reject.reason == "unreadable" and "permission denied" in reject.message


def test_unlistable_folder_is_unreadable(tmp_path, monkeypatch):
    folder = tmp_path / "closed"
    folder.mkdir()
    (folder / "a.txt").write_text("Text.\n", encoding="utf-8")
    import lagebild.ingest.sources as sources

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources.os, "listdir", refuse)
    [reject] = list(iter_inputs([str(folder)], OPTIONS))
    assert reject.reason == "unreadable" and reject.origin == str(folder)


def test_formats_are_read_by_content_not_by_name():
    # a .warc name on plain text: read as text, not swallowed as an empty archive
    [doc] = list(documents_from_bytes("Ein Text über den Haushalt.\n".encode(), origin="m", name="x.warc", options=OPTIONS))
    assert isinstance(doc, Document)
    # gzip that is not a WARC, named like one: said so
    [reject] = list(documents_from_bytes(gzip.compress(b"nur Text"), origin="g", name="x.warc.gz", options=OPTIONS))
    assert reject.reason == "unsupported_format"


def test_impossible_dates_are_rejected_in_atom_and_rss_alike():
    [atom] = list(documents_from_bytes(BAD_ATOM, origin="a", name="f.atom", options=OPTIONS))
    assert atom.reason == "bad_date" and "2025-02-30" in atom.message
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>'
           b"<pubDate>Sun, 30 Feb 2025 10:00:00 +0000</pubDate><description>Der Minister sagte etwas.</description>"
           b"</item></channel></rss>")
    [item] = list(documents_from_bytes(rss, origin="r", name="f.rss", options=OPTIONS))
    assert item.reason == "bad_date"


def test_warc_truncation_and_one_gzip_stream():
    whole = warc_bytes(3)
    docs = list(documents_from_bytes(gzip.compress(whole), origin="w", name="w.warc.gz", options=OPTIONS))
    assert [(type(o).__name__, o.origin) for o in docs] == [("Document", f"w#{i}") for i in range(3)]
    for data in (whole[:-150], warc_bytes(3, gzip_each=True)[:-60], gzip.compress(whole)[:-60]):
        outcomes = list(documents_from_bytes(data, origin="w", name="w.warc", options=OPTIONS))
        assert [o.reason for o in outcomes if not isinstance(o, Document)] == ["truncated"]
        assert outcomes[-1].origin == "w#2"


def test_cli_ingest_of_the_folder_finishes_and_reports_every_input(tmp_path):
    folder = build_folder(tmp_path)
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "lagebild", "ingest", str(folder), "--db", str(db), "--json", "--no-analyze"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    wanted_rejects = {}
    for reason in EXPECTED.values():
        if reason != "stored":
            wanted_rejects[reason] = wanted_rejects.get(reason, 0) + 1
    assert summary["rejected"] == wanted_rejects
    stored = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
    assert stored == list(EXPECTED.values()).count("stored") - 1  # cut.warc#0 is one-stream.warc.gz#0 again
    assert summary["processed"] + summary["near_duplicate"] == stored and summary["duplicate"] == 1
    assert summary["inputs"] == len(EXPECTED)
