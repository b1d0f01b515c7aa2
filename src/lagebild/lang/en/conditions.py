"""English condition data: subordinate markers, conditional phrases and nouns, condition types."""
from __future__ import annotations

MARKERS = r"only if|if|provided(?: that)?|as long as|once|on condition that|unless"
PP = r"after a (?:\w+ )?(?:ceasefire|truce|peace deal)"
WITHOUT = r"without"
WITHOUT_ARTICLES = r"a |an "
WITHOUT_NOUNS = ("vote", "backstop", "mandate", "approval")
WITHOUT_OF = r"in|of"
NOUN = r"(?:a )?vote in (?:Congress|Parliament)"
CEASEFIRE_ARTICLES = r"a "
CEASEFIRE_NOUNS = r"ceasefire"
COND_SENT = r"conditions?|depends on|requires?"
HEADNOUNS = r"The condition|the condition"
COPULAS = r"is|was"
AND = r"and"
CLAUSE_STARTS = r"the|a|an|it|they"
CONDITION_TYPES = {
    "ceasefire": r"ceasefire|cease-fire|truce|war ends|peace deal",
    "parliamentary approval": r"parliament|congress|two-thirds|\bvote\b",
    "financing": r"funding|financed|financing",
    "third-party guarantee": r"backstop|guarantee|also pay|other donors|united states",
}
# Markers that are also other words ("if" asks, "once" is "one time"): marker -> (a regex for the
# 12 characters before it that rules it out, a regex the 20 characters after it must match), or None.
AMBIGUOUS_MARKERS = {
    "once": (None, r"\s*(?:a|an|the|it|they|we|he|she|\w+ (?:is|are|has|have))\b"),
    "if": (r"\b(?:asked|ask|whether|see|know)\s*$", None),
}
