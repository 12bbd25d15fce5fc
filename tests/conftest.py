"""Shared fixtures: a real SQLite store in a temp dir, the seed report, the shared evaluation folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "aqis-chief-killed.txt"
SEED_PUBLISHED = dt.date(2019, 10, 8)
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("DASHBOARD_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'incidents.db'}"


@pytest.fixture
def store(db_url: str):
    from dashboard.store import Store

    s = Store(db_url)
    yield s
    s.dispose()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not (path / "isaf_dev.jsonl").exists():
        pytest.skip(f"needs the shared evaluation cases in {path} (not part of a user's clone)")
    return path


@pytest.fixture
def articles_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "articles"
    shutil.copytree(ROOT / "data" / "articles", dst)
    return dst
