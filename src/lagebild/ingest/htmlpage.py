"""HTML article pages: main text and title by trafilatura, date by htmldate.

Date policy (htmldate through trafilatura): the original publication date,
not the last update; structured sources only (meta tags, JSON-LD, <time>,
a full year/month/day in the URL), no ``extensive_search`` through free text,
which guesses from any date on the page (related articles, comments). A page
without such a date gets no date (or the caller's ``published``), never a guess.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from ..dates import parse_date
from ..errors import RejectedInput
from .normalize import decode_bytes, drop_controls
from .outcome import InputContext, Outcome, Reject, build_document, site_host

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# A page whose extracted text has no line of at least this many words is a
# navigation, index or error page: trafilatura then returns link labels.
MIN_PROSE_WORDS = 6
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer figure figcaption dd dt".split()
)


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii", "replace") if match else None


def read_html(data: bytes, ctx: InputContext, *, charset: str | None = None) -> Iterator[Outcome]:
    try:
        page = decode_bytes(data, declared=charset or declared_charset(data))
    except RejectedInput as exc:
        yield Reject.from_error(ctx.origin, exc)
        return
    yield html_outcome(page, ctx)


def html_outcome(page: str, ctx: InputContext) -> Outcome:
    if not page.strip():
        return Reject(ctx.origin, "empty", "the HTML input is empty")
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    url = ctx.url
    try:
        extracted = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # noqa: BLE001 - any parser failure means: no article here
        return Reject(ctx.origin, "no_article_text", f"the HTML could not be parsed: {type(exc).__name__}: {exc}")
    text = getattr(extracted, "text", None) or ""
    if not looks_like_prose(text):
        return Reject(ctx.origin, "no_article_text", "the page holds no article text (navigation, index or empty page)")
    return build_document(
        # trafilatura puts one paragraph per line; stored texts separate paragraphs by a blank line
        text.replace("\n", "\n\n"),
        ctx,
        published=_page_date(getattr(extracted, "date", None)),
        date_source="html",
        title=getattr(extracted, "title", None),
        source=ctx.source or site_host(url) or getattr(extracted, "sitename", None),
        empty_reason="no_article_text",
    )


def looks_like_prose(text: str) -> bool:
    return any(len(line.split()) >= MIN_PROSE_WORDS for line in text.splitlines())


def _page_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_date(value)
    except RejectedInput:
        return None  # htmldate found something impossible: treat the date as unknown


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), blocks as paragraphs."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    import lxml.etree
    import lxml.html

    fragment = drop_controls(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]*>", " ", fragment)
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style"):
            element.text = ""
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return root.text_content()
