"""Which reader an input needs: by file name, then content type, then content.

Also spots inputs that are not text at all (binary files, compressed data)
from their first bytes, before anything tries to decode them.
"""
from __future__ import annotations

import re
import zlib
from urllib.parse import urlsplit

from .normalize import NUL_MESSAGE, utf16_without_bom

FORMATS = ("text", "jsonl", "json", "html", "feed", "warc")

_BY_EXTENSION = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}
_BY_CONTENT_TYPE = {
    "text/plain": "text", "text/markdown": "text",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl", "application/json": "json",
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed",
    "application/rdf+xml": "feed", "application/xml": "feed", "text/xml": "feed",
    "application/warc": "warc",
}
# Formats lagebild does not read; the message says what the input is.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file)"), (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"), (b"\x00asm", "a WebAssembly module"),
    (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
)
# Compressed data might hold text lagebild reads, once decompressed.
_COMPRESSED_MAGIC = (
    (b"\x1f\x8b", "gzip"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_TEXT_CONTROLS = set(b"\t\n\r\x0b\x0c\x1b")
_UNICODE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(rb"<(!doctype html|html|head|body|article|p|div|meta|title)[\s>/]")


def format_from_name(name: str | None) -> str | None:
    if not name:
        return None
    if "://" in name:
        name = urlsplit(name).path
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    dot = lower.rfind(".")
    if dot < 0 or "/" in lower[dot:]:
        return None
    return _BY_EXTENSION.get(lower[dot:])


def content_type_parts(content_type: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header value."""
    if not content_type:
        return None, None
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def format_from_content_type(content_type: str | None) -> str | None:
    media, _ = content_type_parts(content_type)
    return _BY_CONTENT_TYPE.get(media) if media else None


def is_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def format_from_content(head: bytes) -> str:
    """Best guess from the first bytes; plain text when nothing else fits."""
    if is_warc(head):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lower = start[:4096].lower()
    if lower.startswith(b"<"):
        if _FEED_ROOT.search(lower):
            return "feed"
        if _HTML_MARK.search(lower):
            return "html"
        return "feed" if lower.startswith(b"<?xml") else "html"
    if lower.startswith(b"["):
        return "json"
    if lower.startswith(b"{"):
        return "jsonl" if _first_line_is_object(start) else "json"
    return "text"


def _first_line_is_object(data: bytes) -> bool:
    line = data.split(b"\n", 1)[0].strip()
    return line.startswith(b"{") and line.endswith(b"}")


def sniff_format(
    head: bytes, *, name: str | None = None, content_type: str | None = None, url: str | None = None
) -> str:
    """One of FORMATS. A WARC is recognised by content first: its extension varies; and content
    wins over a name or type that says WARC: what is not a WARC is read as what it is."""
    if is_warc(head):
        return "warc"
    fmt = format_from_name(name) or format_from_name(url) or format_from_content_type(content_type)
    if fmt == "warc" or fmt is None:
        return format_from_content(head)
    return fmt


def binary_problem(head: bytes) -> tuple[str, str] | None:
    """(reason, message) when the first bytes are not text, else None."""
    for magic, what in _COMPRESSED_MAGIC:
        if head.startswith(magic) and not (what == "gzip" and is_warc(head)):
            return "unsupported_format", f"{what}-compressed data that is not a WARC file; decompress it first"
    if _BZIP2.match(head):
        return "unsupported_format", "bzip2-compressed data; decompress it first"
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return "binary", f"the input is {what}, not text"
    if head.startswith(_UNICODE_BOMS) or utf16_without_bom(head):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary", NUL_MESSAGE
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if sample and controls / len(sample) > 0.05:
        return "binary", f"{controls} of the first {len(sample)} bytes are control characters: binary data, not text"
    return None


def holds_nul(data: bytes) -> bool:
    """Whether ``data`` holds a NUL byte other than in UTF-16/32 text: binary data, wherever
    the byte is (the first 8 KiB and the rest follow one rule)."""
    return b"\x00" in data and not (data.startswith(_UNICODE_BOMS) or utf16_without_bom(data))
