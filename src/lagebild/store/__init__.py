"""The store: SQLite (default, one file) or PostgreSQL, with the same schema and queries.

Migrations, full-text search and near-duplicate clustering work alike in both.
"""
from __future__ import annotations

from .base import AddResult, BaseStore
from .open import StorePool, is_postgres_url, open_pool, open_store, require_existing, resolve_url
from .sqlite import Store

__all__ = ["AddResult", "BaseStore", "Store", "StorePool", "is_postgres_url", "open_pool", "open_store",
           "require_existing", "resolve_url"]
