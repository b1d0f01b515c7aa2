"""Decoding and text normalisation, applied once before a Document is built.

The normalised text is what gets stored and what every character offset
refers to, so these rules must stay stable: changing them changes document ids.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import RejectedInput

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0/C1 control characters other than tab and newline carry no text.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_TRAILING_SPACE = re.compile(r"[^\S\n]+(?=\n)")
_BLANK_RUNS = re.compile(r"\n{3,}")
_ANY_SPACE = re.compile(r"\s+")
_SURROGATES = re.compile("[\ud800-\udfff]")
NUL_MESSAGE = "the input holds NUL bytes: binary data, not text"


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte order mark, else None.

    Recognised by its NUL bytes: text in a Latin or Cyrillic script has a NUL as every
    second byte (the high byte of each code unit) and none in between, and the sample
    decodes cleanly without control characters. Used by ``decode_bytes`` and by the binary
    check, so such text is read, not rejected as binary.
    """
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.4 * len(high) and low.count(0) == 0:
            try:
                text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
            except UnicodeDecodeError:
                return None
            if text and not _CONTROLS.search(text):
                return encoding
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Text from bytes: a BOM decides, else UTF-16 recognised without a BOM
    (``utf16_without_bom``), else UTF-8, else the declared charset.

    Any other NUL byte, wherever it is, marks binary data: ``RejectedInput('binary')``
    (never silently dropped, so that the first 8 KiB and the rest follow one rule).

    Valid UTF-8 is read as UTF-8 whatever a declaration says: text in a
    legacy charset is almost never valid UTF-8 by accident, while wrong
    declarations are common. Without a declaration there is no guessing
    (no silent latin-1): invalid UTF-8 raises ``RejectedInput('undecodable')``.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise RejectedInput("undecodable", f"invalid {encoding} after a byte order mark: {exc}") from exc
    encoding = utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise RejectedInput("undecodable", f"invalid {encoding} (recognised without a byte order mark): {exc}") from exc
    if b"\x00" in data:
        raise RejectedInput("binary", NUL_MESSAGE)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    encoding = _known_encoding(declared)
    if encoding and encoding != "utf-8":
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise RejectedInput("undecodable", f"bytes are neither UTF-8 nor the declared {declared}: {exc}") from exc
    raise RejectedInput("undecodable", f"bytes are not valid UTF-8 and declare no other charset: {utf8_error}")


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def drop_controls(text: str) -> str:
    """Text without the control characters normalisation drops anyway (lxml refuses them)."""
    return _CONTROLS.sub("", text)


def valid_unicode(text: str) -> str:
    """``text`` as valid Unicode: a surrogate pair becomes its character, every unpaired
    surrogate (a JSON escape such as ``\\ud800``, a surrogate-escaped byte) becomes U+FFFD.

    Such code points cannot be encoded as UTF-8, so neither stored nor hashed; text without
    them comes back unchanged.
    """
    if not _SURROGATES.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def normalize_text(text: str) -> str:
    """Stored form of an article text.

    Unpaired surrogates replaced by U+FFFD (``valid_unicode``), BOM removed, line breaks to LF, control characters dropped, Unicode NFC,
    trailing spaces of lines removed, runs of blank lines collapsed to one
    blank line (a paragraph break), the whole text stripped. Idempotent.
    """
    text = valid_unicode(text).lstrip("\ufeff")
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def normalize_title(title: str | None) -> str | None:
    """A title on one line with single spaces, unpaired surrogates as U+FFFD; None when nothing is left."""
    if not isinstance(title, str):
        return None
    title = _ANY_SPACE.sub(" ", _CONTROLS.sub("", valid_unicode(title).replace("\ufeff", "")))
    title = unicodedata.normalize("NFC", title).strip()
    return title or None
