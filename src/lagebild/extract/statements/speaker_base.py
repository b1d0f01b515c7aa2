"""What speaker resolution shares: a resolution, the mention's core words, the kinds of body."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Actor
from ...nlp.coref import Referent, is_given_name, role_kinds


@dataclass
class Resolution:
    actor: Actor | None
    confidence: float
    role: str | None = None
    referent: Referent | None = None


_NONE = Resolution(None, 0.0)


_BODY_TYPES = {"party", "organization", "institution", "government", "medium"}


def _core(text: str, mod) -> tuple[list[str], str]:
    """The mention's words without leading articles and a trailing '(CDU)'; the determiner."""
    cut = text.split("(")[0]
    head, comma, tail = cut.rpartition(",")
    if comma and head.split() and role_kinds(tail.split(), mod)[0] and not any(map(is_given_name, tail.split())):
        cut = head  # 'Olli Rehn, EU-Erweiterungskommissar': the office after the name is no part of it
    words = cut.split()
    det = ""
    while words and words[0].lower() in mod.ARTICLES:
        det = det or words[0].lower()
        words = words[1:]
    return [w.strip(",;:") for w in words if w.strip(",;:")], det
