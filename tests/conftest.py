from pathlib import Path

import pytest

import pg_support
from lagebild.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_9eb11f9ed3dde1b0.txt"

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED


@pytest.fixture
def seed_text(seed_path):
    """The seed article's body (its header `date 2025-09-04` removed)."""
    raw = seed_path.read_text(encoding="utf-8")
    return raw.split("2025-09-04", 1)[1].strip()


@pytest.fixture(params=BACKENDS)
def backend_url(request, tmp_path):
    """The URL of an empty store, once per backend: a new SQLite file, and a PostgreSQL
    database shared by the session and emptied for each test (skipped, saying why, where
    PostgreSQL is not available; see pg_support)."""
    if request.param == "sqlite":
        return str(tmp_path / "lb.db")
    return pg_support.empty_shared_database()


@pytest.fixture
def store(backend_url):
    """An open, empty store on each backend: every test that takes it holds for both."""
    with open_store(backend_url) as s:
        yield s
