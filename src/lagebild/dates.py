"""Publication dates: parse, validate, never invent."""
from __future__ import annotations

import re
from datetime import date, datetime

from .errors import RejectedInput

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
EARLIEST = date(1800, 1, 1)


def parse_date(value: str | date | datetime | None, *, latest: date | None = None) -> date | None:
    """An ISO date (time part ignored) as ``date``; None for None/"".

    Raises ``RejectedInput('bad_date')`` for impossible dates (2025-02-30) and
    dates outside 1800..(today + 2 days).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        m = _ISO.match(str(value))
        if not m:
            raise RejectedInput("bad_date", f"cannot read {value!r} as a date; use YYYY-MM-DD")
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise RejectedInput("bad_date", f"impossible date {value!r}: {exc}") from exc
    latest = latest or date.fromordinal(date.today().toordinal() + 2)
    if not (EARLIEST <= day <= latest):
        raise RejectedInput("bad_date", f"date {day.isoformat()} is outside {EARLIEST}..{latest}")
    return day
