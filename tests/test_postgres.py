"""The same store on a real PostgreSQL server, started here for the test (a team's shared backend).

Skipped, saying why, where PostgreSQL's server programs are not installed (make test installs them as
root). The server runs as the `postgres` user on a free port on 127.0.0.1, in a temp folder, and is
stopped at the end.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from dashboard.extract import extract
from dashboard.sources import make_article

from .conftest import SEED_PUBLISHED

PG_BIN = next((p for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None) \
    if Path("/usr/lib/postgresql").exists() else None


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def pg_url():
    if PG_BIN is None or not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL server programs are not installed (make test installs them when run as root)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as its own user")
    pytest.importorskip("psycopg")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="dashboard-pg-"))  # outside pytest's 0700 folder: postgres must enter it
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True, timeout=120)
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                                 f"-p {port} -k {base} -c listen_addresses=127.0.0.1", "start"]),
                   check=True, capture_output=True, timeout=120)
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                   capture_output=True, timeout=60)
    shutil.rmtree(base, ignore_errors=True)


def test_the_store_on_postgresql(pg_url, seed_text):
    from dashboard import query
    from dashboard.store import Store

    store = Store(pg_url)
    assert store.current_revision() == store.head_revision()
    res = store.save_extraction(extract(make_article(seed_text, published=SEED_PUBLISHED), SEED_PUBLISHED))
    assert res.status == "saved"
    again = store.save_extraction(extract(make_article(seed_text, published=SEED_PUBLISHED), SEED_PUBLISHED))
    assert again.status == "duplicate"
    df = query.load_frame(store, snapshot=False)
    (row,) = df.to_dict("records")
    assert row["admin2"] == "Musa Qala" and row["fatalities"] == 7
    assert row["event_date"].date() == dt.date(2019, 9, 23)
    store.update_incident(row["id"], {"killed_best": 8}, "Pat")
    assert store.get_incident_row(row["id"])["fatalities"] == 8
    assert store.audit_trail(row["id"])[0]["analyst"] == "Pat"
    assert query.search_text(store, "Asim Omar") == {row["id"]}
    store.dispose()
