"""The real store: SQLite files in a temp dir, migrated by Alembic."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from dashboard.errors import StoreError
from dashboard.extract import extract
from dashboard.models import ReviewStatus
from dashboard.pipeline import ingest
from dashboard.sources import make_article, read_paths
from dashboard.store import Store

from .conftest import ROOT, SEED_PUBLISHED


def test_migrating_an_empty_database_reaches_head(db_url):
    s = Store(db_url)
    assert s.current_revision() == s.head_revision()
    tables = set(sa.inspect(s.engine).get_table_names())
    assert {"articles", "incidents", "incident_sources", "audit_log", "geocode_cache", "alembic_version"} <= tables
    assert s.engine.connect().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_round_trip_of_the_seed(store, seed_text):
    ex = extract(make_article(seed_text, published=SEED_PUBLISHED), SEED_PUBLISHED)
    res = store.save_extraction(ex)
    assert res.status == "saved" and res.incidents == 1
    (src,) = store.sources_of(store_ids(store)[0])
    assert src["published"] == SEED_PUBLISHED
    row = store.get_incident_row(store_ids(store)[0])
    assert row["event_date"] == dt.date(2019, 9, 23)
    assert row["admin1"] == "Helmand" and row["admin2"] == "Musa Qala"
    assert row["killed_best"] == 7 and row["captured_qualifier"] == "several"


def store_ids(store):
    with store.engine.connect() as c:
        return [r[0] for r in c.execute(sa.text("select id from incidents order by id"))]


def test_ingesting_the_same_report_twice_adds_nothing_and_says_so(store, articles_copy):
    first = ingest(read_paths([articles_copy]), store)
    n = store.counts()
    second = ingest(read_paths([articles_copy]), store)
    assert first.count("saved") >= 5
    assert second.count("duplicate") == len(second.results)
    assert store.counts() == n


def test_a_database_from_a_newer_version_is_refused(db_url):
    Store(db_url).dispose()
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as c:
        c.execute("update alembic_version set version_num='9999_future'")
    with pytest.raises(StoreError, match="newer version"):
        Store(db_url)


def test_a_database_path_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot"):
        Store(f"sqlite:///{blocker / 'sub' / 'incidents.db'}")


def test_corrections_are_audited(store, seed_text):
    store.save_extraction(extract(make_article(seed_text), SEED_PUBLISHED))
    (inc_id,) = store_ids(store)
    assert store.update_incident(inc_id, {"killed_best": 8}, "Ana") == 3  # killed, fatalities, status
    row = store.get_incident_row(inc_id)
    assert row["fatalities"] == 8 and row["review_status"] == "corrected"
    trail = store.audit_trail(inc_id)
    assert {(t["field"], t["old_value"], t["new_value"]) for t in trail} >= {("killed_best", "7", "8")}
    assert all(t["analyst"] == "Ana" and t["at"] for t in trail)
    store.set_review_status(inc_id, ReviewStatus.REJECTED, "Ben")
    assert store.get_incident_row(inc_id)["review_status"] == "rejected"
    with pytest.raises(StoreError, match="unknown field"):
        store.update_incident(inc_id, {"no_such_column": 1}, "Ana")


def test_a_kill_mid_batch_leaves_earlier_articles_whole_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(150):
        (folder / f"r{i:03d}.txt").write_text(
            f"KABUL (March {1 + i % 28}, 2011) - Afghan forces killed {i + 2} insurgents in Nad Ali district, "
            f"Helmand province, yesterday. Report number {i}.")
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    env = {**os.environ, "DASHBOARD_DB": url}
    proc = subprocess.Popen([sys.executable, "-m", "dashboard", "ingest", "--quiet", str(folder)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = tmp_path / "kill.db"
    deadline = time.time() + 60
    saved = 0
    while time.time() < deadline:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as c:
                saved = c.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if saved >= 10:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 10 <= saved < 150, "the batch finished before it could be killed; make it longer"
    with sqlite3.connect(db) as c:
        orphans = c.execute("select count(*) from articles a where status='extracted' and not exists "
                            "(select 1 from incident_sources s where s.article_id=a.id)").fetchone()[0]
        assert orphans == 0
    done = subprocess.run([sys.executable, "-m", "dashboard", "ingest", "--quiet", str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from articles").fetchone()[0] == 150
    assert "duplicates" in done.stdout
