"""The actor knowledge base: shipped actor files plus the user's own (``kb_path``).

    kb = load_kb(options)
    kb.lookup("Frankreichs", on=date(2025, 9, 4))[0].actor.wikidata   # 'Q142'
    kb.role_holder("DE.chancellor", date(2025, 9, 10)).name            # 'Friedrich Merz'
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from .base import Candidate, KnowledgeBase, normalize
from .governments import add_governments
from .loader import read_json_actors, read_yaml
from .records import ActorRecord, Role

__all__ = ["ActorRecord", "Candidate", "KnowledgeBase", "Role", "load_kb", "normalize"]


def _data_dir() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "kb"))


@functools.lru_cache(maxsize=4)
def _load(kb_path: str) -> KnowledgeBase:
    import json

    kb = KnowledgeBase()
    base = _data_dir()
    for raw in json.loads((base / "countries.json").read_text(encoding="utf-8")):
        from .loader import record_from_dict

        kb.add(record_from_dict(raw, "countries.json", curated=True))
    for rec in read_json_actors(base / "actors.json.gz"):
        kb.add(rec)
    kb.load_sections(read_yaml(base / "curated.yaml"))
    add_governments(kb)
    for path in user_kb_files(kb_path):
        kb.import_file(path)
    return kb


KB_SUFFIXES = (".yaml", ".yml", ".csv")


def user_kb_files(kb_path: str) -> list[Path]:
    """The user's actor files: ``kb_path`` itself, or every YAML/CSV file in that folder (sorted)."""
    if not kb_path:
        return []
    path = Path(kb_path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in KB_SUFFIXES and p.is_file())
    if not path.exists():
        from ..errors import KnowledgeBaseError

        raise KnowledgeBaseError(f"kb_path {kb_path!r} does not exist")
    return [path]


def load_kb(options=None) -> KnowledgeBase:
    """The shipped knowledge base plus ``options.kb_path`` if set (cached per path).

    Callers must not mutate the cached instance; use ``KnowledgeBase.import_file`` on a
    fresh ``fresh_kb()`` for experiments.
    """
    return _load(getattr(options, "kb_path", "") or "")


def fresh_kb(options=None) -> KnowledgeBase:
    """An uncached copy, safe to extend with ``import_file``."""
    _load.cache_clear()
    kb = _load(getattr(options, "kb_path", "") or "")
    _load.cache_clear()
    return kb
