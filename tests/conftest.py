from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_9eb11f9ed3dde1b0.txt"


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
