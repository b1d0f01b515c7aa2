"""DEbateNet-mig15 (MIT): claims of the German migration debate of 2015, one JSON object a
line in ``debatenet-mig15/claims-2015-01-to-10.jsonl``.

Protocol: claims dated up to ``TUNING_LAST_MONTH`` (January to June 2015) are the tuning
months (training, rule writing); July to October are held out (``lagebild bench claims``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError

TUNING_LAST_MONTH = "201506"  # claims dated up to this month train the model; later ones are held out


def read_claims(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    path = Path(path)
    if path.is_dir():
        path = path / "claims-2015-01-to-10.jsonl"
    if not path.is_file():
        raise InputError(f"DEbateNet claims file {path} does not exist",
                         hint="pass the debatenet-mig15 folder or its claims jsonl (see the datasets_dir setting)")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not valid JSON") from exc
            if limit is not None and len(out) >= limit:
                break
    return out


def is_tuning(claim: dict) -> bool:
    return str(claim.get("cdate", ""))[:6] <= TUNING_LAST_MONTH
