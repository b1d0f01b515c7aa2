"""German topic-matching data: whether keywords also match inside compound words."""
from __future__ import annotations

# German builds compounds ("Krankenhausreform"): a keyword of topics.MIN_COMPOUND+ characters
# also matches inside a token.
COMPOUNDS = True
