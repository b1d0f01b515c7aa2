"""German stop words for issue suggestion: function words and reporting vocabulary that say nothing about an issue."""
from __future__ import annotations

STOP = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder",
    "aber", "auch", "nicht", "kein", "sein", "haben", "werden", "wird", "ist", "sind", "war", "sei", "seien",
    "dass", "wie", "wir", "ich", "sie", "er", "es", "man", "uns", "sich", "mit", "von", "für", "auf", "aus",
    "bei", "nach", "über", "unter", "vor", "zu", "zum", "zur", "im", "in", "an", "am", "als", "so", "nur",
    "noch", "schon", "mehr", "müssen", "sollen", "können", "wollen", "dürfen", "jetzt", "heute", "sagen",
    "erklären", "diese", "dieser", "dieses", "jede", "jeder", "alle", "allem", "wenn", "weil", "denn", "da",
}
