"""English language data (word lists, lexicons, patterns; no logic)."""
