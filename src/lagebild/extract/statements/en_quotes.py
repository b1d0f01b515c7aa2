"""English quotation regions beyond the double marks of ``doc.TokenDoc``: single quotes.

British and many wire styles quote with single marks ('We are not there yet,' she said. /
‘We won’t,’ he said.). The mark is also the apostrophe ("Sanders' aide", "won’t", "'90s"), so a
region needs an opening mark before a word (after a space or a line start, the next word
attached and starting with a letter) and a closing mark attached to the word or punctuation
before it and not followed by a letter, in the same paragraph; a possessive "s' " followed by a
lower-case word does not close. Regions inside double-quote regions are left alone.
"""
from __future__ import annotations

from ...lang.en.speech import DOCUMENT_NOUNS, SINGLE_CLOSE, SINGLE_OPEN, SINGLE_QUOTE_MAX, TITLE_WORDS

_CLOSE_PUNCT = {",", ".", "?", "!", "…", ";", ":"}


def _opens(d, i: int) -> bool:
    if d.words[i] not in SINGLE_OPEN or d.region_of[i] >= 0 or i + 1 >= d.n:
        return False
    start = d.starts[i]
    before = d.text[start - 1] if start > 0 else "\n"
    nxt = d.words[i + 1]
    return (before.isspace() or before in "(—–[") and d.starts[i + 1] == d.ends[i] and nxt[:1].isalpha()


def _closes(d, j: int) -> bool:
    if d.words[j] not in SINGLE_CLOSE or d.region_of[j] >= 0 or d.starts[j] != d.ends[j - 1]:
        return False
    end = d.ends[j]
    after = d.text[end] if end < len(d.text) else " "
    if after.isalnum():
        return False
    prev = d.words[j - 1]
    if prev in _CLOSE_PUNCT:
        return True
    if not prev[-1:].isalnum():
        return False
    if prev.lower().endswith("s") and j + 1 < d.n and d.words[j + 1][:1].islower():
        return False  # "the Sanders' campaign": a possessive
    return True


def add_single_quote_regions(d) -> None:
    """Add the single-quote regions of ``d`` to ``d.regions`` / ``d.region_of`` (sorted by start)."""
    added: list[tuple[int, int]] = []
    i = 0
    while i < d.n:
        if not _opens(d, i):
            i += 1
            continue
        close = None
        for j in range(i + 2, min(d.n, i + SINGLE_QUOTE_MAX)):
            if d.region_of[j] >= 0 or "\n\n" in d.text[d.ends[j - 1]:d.starts[j]]:
                break
            if _closes(d, j):
                close = j
                break
            if d.words[j] in SINGLE_OPEN and _opens(d, j):
                break
        if close is None:
            i += 1
            continue
        added.append((i, close + 1))
        i = close + 1
    if not added:
        return
    d.regions = sorted(list(d.regions) + added)
    d.region_of = [-1] * d.n
    for r, (a, b) in enumerate(d.regions):
        for k in range(a, b):
            d.region_of[k] = r


def document_intro(d, s: int, a: int, b: int, make_found):
    """'Here is Prime Minister Jane Doe's letter to the party in full:' followed by a quotation
    (often over several paragraphs): a Direct statement in writing; the speaker is the possessor of
    the document noun (not the person the document is about), the noun is the cue."""
    words = d.words
    last = b - 1
    if last <= a or words[last] != ":" or b >= d.n:
        return None
    if d.region_of[b] >= 0:
        if d.regions[d.region_of[b]][0] != b:
            return None
        reg = d.regions[d.region_of[b]]
    elif _runs_to_end(d, b):
        reg = (b, d.n)  # the stored text ends inside the quoted document
    else:
        return None
    for k in range(a + 2, last):
        if words[k].lower() not in DOCUMENT_NOUNS or words[k - 1] not in {"’s", "'s"} or d.region_of[k] >= 0:
            continue
        e = k - 1
        i = e
        while i > a and (words[i - 1][:1].isupper() or words[i - 1].lower() in TITLE_WORDS) \
                and words[i - 1].lower() not in {"here", "this", "read", "below"}:
            i -= 1
        if i == e or not any(w[:1].isupper() for w in words[i:e]):
            return None
        return make_found("Direct", "Writing", [reg], [k], [(a, b)], (i, e), None, s, 0.6)
    return None


def _runs_to_end(d, b: int) -> bool:
    """Does an unclosed quotation opened at ``b`` run to the end of the text, every paragraph
    opening with the same mark (a document quoted in full whose closing mark was cut off)?"""
    mark = d.words[b]
    if mark not in {'"', "“"} or d.region_of[b] >= 0:
        return False
    for k in range(b + 1, d.n):
        if d.region_of[k] >= 0:
            return False
        if "\n\n" in d.text[d.ends[k - 1]:d.starts[k]] and d.words[k] != mark:
            return False
    return True
