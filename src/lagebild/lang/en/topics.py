"""English topic-matching data: whether keywords also match inside compound words."""
from __future__ import annotations

COMPOUNDS = False  # only keywords written "stem*" match inside a token
