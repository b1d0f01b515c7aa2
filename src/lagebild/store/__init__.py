"""The store: SQLite (default, one file) or PostgreSQL, with the same schema and queries.

Migrations, full-text search and near-duplicate clustering work alike in both.
"""
from __future__ import annotations

from .base import AddResult, BaseStore
from .open import open_store
from .sqlite import Store, is_postgres_url, resolve_url

__all__ = ["AddResult", "BaseStore", "Store", "is_postgres_url", "open_store", "resolve_url"]
