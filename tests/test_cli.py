"""The command line as a user runs it: a real process, real files, a real SQLite file."""

import csv
import io
import json
import os
import subprocess
import sys

from .conftest import ROOT, SEED


def run(*args, db=None, stdin=None, timeout=120):
    env = {**os.environ}
    if db:
        env["DASHBOARD_DB"] = db
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def test_extract_the_seed_end_to_end():
    p = run("extract", str(SEED), "--published", "2019-10-08", "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    (line,) = [json.loads(x) for x in p.stdout.splitlines()]
    (inc,) = line["incidents"]
    for key in ("date", "date_precision", "country", "province", "district", "location", "latitude", "longitude",
                "geo_precision", "event_type", "sub_event_type", "actors", "killed", "wounded", "captured", "people",
                "evidence", "confidence"):
        assert key in inc
    assert inc["date"] == "2019-09-23" and inc["province"] == "Helmand" and inc["district"] == "Musa Qala"
    assert inc["killed"]["best"] == 7 and inc["captured"]["qualifier"] == "several"


def test_extract_json_lines_on_stdin_with_a_bad_line():
    feed = json.dumps({"id": "a", "text": "Afghan forces detained two insurgents in Kandahar province today.",
                       "published": "2012-01-05"}) + "\n{broken\n"
    p = run("extract", "--format", "jsonl", stdin=feed)
    assert p.returncode == 0
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert out[0]["id"] == "a" and out[0]["incidents"][0]["captured"]["best"] == 2
    assert "malformed" in out[1]["error"]


def test_ingest_reports_each_outcome_and_exits_zero(tmp_path, db_url):
    (tmp_path / "ok.txt").write_text("Militants killed three soldiers in Kunduz province on Monday, officials said.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "none.txt").write_text("The ministers met in Doha to discuss trade and the weather.")
    p = run("ingest", str(tmp_path), "--published", "2019-05-01", db=db_url)
    assert p.returncode == 0, p.stderr
    assert "failed: " in p.stdout and "empty" in p.stdout
    assert "no incident: " in p.stdout
    assert "ingested 1 (1 incidents), duplicates 0, no incident 1, failed 1" in p.stdout
    again = run("ingest", str(tmp_path), db=db_url)
    assert "duplicates 2" in again.stdout


def test_usage_errors_exit_two():
    assert run("ingest").returncode == 2
    assert run("extract", "--published", "yesterday").returncode == 2
    assert run("no-such-command").returncode == 2


def test_store_failure_exits_non_zero_with_one_line(tmp_path):
    blocker = tmp_path / "f"
    blocker.write_text("x")
    p = run("stats", db=f"sqlite:///{blocker}/sub/x.db")
    assert p.returncode == 1 and p.stderr.startswith("error: ") and len(p.stderr.strip().splitlines()) == 1


def test_export_and_stats(tmp_path, db_url):
    run("ingest", str(ROOT / "data" / "articles"), db=db_url)
    out = tmp_path / "helmand.csv"
    p = run("export", "--format", "csv", "--out", str(out), "--province", "Helmand", db=db_url)
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and all(r["admin1"] == "Helmand" for r in rows)
    s = run("stats", db=db_url)
    assert "incidents:" in s.stdout and "Helmand" in s.stdout


def test_geocode_lines():
    feed = "\n".join(json.dumps(x) for x in [{"id": 1, "query": "Musa Qala district, Helmand province"},
                                             {"id": 2, "query": ""}, {"id": 3, "query": "?!"}])
    p = run("geocode", "--format", "jsonl", stdin=feed)
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert out[0]["province"] == "Helmand" and out[0]["precision"] == "district"
    assert out[1]["latitude"] is None and out[1]["reason"]
    assert out[2]["latitude"] is None and out[2]["reason"]
