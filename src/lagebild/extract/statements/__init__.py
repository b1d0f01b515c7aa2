"""Who said what: rule-based statement extraction (German and English).

``engine.py`` dispatches to one rules module per language (``de.py``, ``en.py``) over the
shared token model (``doc.py``); ``merge.py`` completes the rule statements with the
statement tagger's spans in accurate mode.
"""
from __future__ import annotations

from .doc import Cue, Found, TokenDoc
from .engine import RULES, find_found, find_statements

__all__ = ["RULES", "Cue", "Found", "TokenDoc", "find_found", "find_statements"]
