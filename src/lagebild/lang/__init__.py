"""Language data: word lists, cue lexicons and patterns, one folder per language.

``lang/<code>/`` holds data only (no logic); the rules that use it live with their
task in ``nlp/`` and ``extract/``. The table of supported languages is below.
"""
from __future__ import annotations

from ..errors import ConfigError

# code -> English name: the languages lagebild has rules for.
SUPPORTED: dict[str, str] = {"de": "German", "en": "English"}

# Languages that language identification also recognises, so that a Dutch or French
# text is reported as such instead of being forced into a supported language.
NEIGHBOURS: dict[str, str] = {"nl": "Dutch", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish",
                              "pt": "Portuguese", "da": "Danish", "sv": "Swedish"}


def language_name(code: str | None) -> str | None:
    """The English name of a language code lagebild knows (supported or recognised)."""
    if code == "und":
        return "an undetermined language"
    return SUPPORTED.get(code or "") or NEIGHBOURS.get(code or "")


def check_languages(value: str) -> dict[str, str]:
    """The setting ``languages`` (comma-separated codes) as {code: name}, in the given order.

    Raises ConfigError for a code lagebild has no rules for, listing the supported ones.
    """
    codes = list(dict.fromkeys(x.strip() for x in str(value).split(",") if x.strip()))
    listed = ", ".join(f"{c} ({n})" for c, n in SUPPORTED.items())
    unknown = [c for c in codes if c not in SUPPORTED]
    if unknown:
        named = ", ".join(f"{c} ({language_name(c)})" if language_name(c) else c for c in unknown)
        verb = "has" if len(unknown) == 1 else "have"
        raise ConfigError(f"setting 'languages': {named} {verb} no rules in lagebild; supported: {listed}",
                          hint="documents in other languages are stored and reported as not analysed")
    if not codes:
        raise ConfigError(f"setting 'languages' is empty; name at least one of: {listed}")
    return {c: SUPPORTED[c] for c in codes}
