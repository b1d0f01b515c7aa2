"""Channel ("schrieb er beim Kurznachrichtendienst X") and medium hints from the frame text."""
from __future__ import annotations

import re

_PLATFORMS = r"(X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads|LinkedIn|Mastodon)"
_CHANNEL_PATTERNS = [
    re.compile(r"\b(?:beim|bei dem|im|auf dem) (?:Kurznachrichtendienst|Onlinedienst|Online-Dienst|Netzwerk|sozialen Netzwerk|Dienst|Portal|Messengerdienst|Plattform) „?([A-Z][\w\- ]{0,20}?)“?(?=$|[\s,.;:])"),
    re.compile(r"\b(?:auf|bei|via|über|on) " + _PLATFORMS + r"\b"),
    re.compile(r"\b(?:im|in einem) (?:Interview|Gespräch) mit (?:der|dem|den) „?([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)*)“?"),
    re.compile(r"\b(?:der|dem|gegenüber der|gegenüber dem) (?:Zeitung|Zeitschrift|Nachrichtenagentur|Agentur|Sender|Fernsehsender|Magazin|Wochenzeitung|Tageszeitung) „?([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)*)“?"),
    re.compile(r"\b(?:told|in an interview with|on) (CNN|BBC|Fox News|NBC|ABC|CBS|MSNBC|NPR|Reuters|AP|the [A-Z][\w ]{0,30}?)(?=$|[\s,.;:])"),
    re.compile(r"\b(?:in|bei|auf) (?:einer|der) (Pressekonferenz|Erklärung|Mitteilung|Pressemitteilung|Rede|Regierungserklärung|Videobotschaft|Fernsehansprache|Ansprache|Talkshow|Sendung)\b"),
    re.compile(r"\b(?:im) (Bundestag|Bundesrat|Landtag|Parlament|Fernsehen|Radio|Deutschlandfunk|ZDF|ARD|Interview)\b"),
    re.compile(r"\b(?:in a|at a) (statement|press conference|speech|interview)\b"),
]
_WRITING = re.compile(r"\b(Erklärung|Mitteilung|Pressemitteilung|schriftlich\w*|Brief|Schreiben|Kurznachrichtendienst|Twitter|Facebook|Instagram|Telegram|Beitrag|Post|statement|wrote|tweet\w*)\b")


def find_channel(frame_text: str, addressees: list[str] | None = None) -> str | None:
    """The channel named in a statement's frame, or None."""
    for text in [frame_text] + list(addressees or []):
        if not text:
            continue
        for pat in _CHANNEL_PATTERNS:
            m = pat.search(text)
            if m:
                return m.group(1).strip()
    return None


def medium_override(frame_text: str, medium: str) -> str:
    """Writing when the frame names a written channel ("in einer Erklärung", "auf X")."""
    if medium in ("Speech", "SW") and _WRITING.search(frame_text or ""):
        return "Writing"
    return medium


# Medium of a source phrase ("nach Angaben der Polizei", "laut einem Bericht"): the news
# corpus labels opinions ST, written sources Writing, quoted words Speech, and bare
# "according to X" SW (spoken or written, unknown).
_SOURCE_THOUGHT = ("ansicht", "meinung", "einschätzung", "auffassung", "überzeugung", "schätzung", "sicht")
_SOURCE_WRITING = ("bericht", "artikel", "studie", "nachrichtenagentur", "meldung", "entwurf", "zeitung",
                   "magazin", "schreiben", "dokument", "papier", "erklärung", "mitteilung")
_SOURCE_SPEECH = ("worte", "aussage", "ankündigung", "nachricht")


def source_medium(words: list[str]) -> str:
    """Medium of a prepositional source phrase from its nouns (lower-cased words)."""
    for w in words:
        if any(w.startswith(s) or w.endswith(s) for s in _SOURCE_THOUGHT) or w.endswith("meinung"):
            return "ST"
    for w in words:
        if w.startswith("medienbericht") or w.startswith("zeitungsbericht"):
            return "SW"
        if any(w.startswith(s) or w.endswith(s) or w.endswith(s + "s") for s in _SOURCE_WRITING):
            return "Writing"
    for w in words:
        if any(w.startswith(s) for s in _SOURCE_SPEECH) or w.endswith("aussagen"):
            return "Speech"
    return "SW"
