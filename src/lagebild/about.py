"""The version of lagebild, in a module that imports nothing (``lagebild.__version__`` re-exports it)."""
from __future__ import annotations

__version__ = "0.1.0"
