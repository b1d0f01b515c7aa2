"""The project's own gold files: JSON Lines, one annotated item a line (gold/*/...jsonl)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError


def read_gold(path: str | Path, what: str) -> list[dict[str, Any]]:
    """Every non-blank line of ``path`` as a dict; ``what`` names the gold in the error."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(x) for x in lines if x.strip()]
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {what} gold {path}: {exc}") from exc
