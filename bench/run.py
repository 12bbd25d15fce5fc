"""`make bench`: speed and memory, printed, beside the plain way. Never a timed test.

For each size (10k, 100k, 1M synthetic incidents written through the real store):
  cold start (store -> first page data), a fixed sequence of filter changes through the query layer
  (median, p95) against the plain way (a pandas boolean mask and group-by over an object-typed frame
  already in memory) and their ratio, map build time and payload, timeline build time, the script time
  of each page in AppTest, and peak memory (RSS).
Then: extraction releases per second (and spaCy's blank tokenizer alone over the same texts, when
spaCy is installed), geocoder look-ups per second with load time and memory, and end-to-end ingest
reports per second.
Usage: python bench/run.py [--sizes 10000,100000,1000000] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import synthetic  # noqa: E402

from dashboard import query  # noqa: E402
from dashboard.query import Filters  # noqa: E402
from dashboard.store import Store  # noqa: E402

SEQUENCE = [  # what an analyst clicks through: each step one more filter
    Filters(),
    Filters(provinces=("Helmand",)),
    Filters(provinces=("Helmand",), date_from=dt.date(2011, 1, 1), date_to=dt.date(2012, 12, 31)),
    Filters(provinces=("Helmand",), date_from=dt.date(2011, 1, 1), date_to=dt.date(2012, 12, 31), actors=("Taliban",)),
    Filters(provinces=("Helmand", "Kandahar"), actors=("Taliban",), event_types=("Battles",)),
    Filters(provinces=("Helmand", "Kandahar"), actors=("Taliban",), event_types=("Battles",), min_killed=3),
    Filters(actors=("Haqqani Network",), actor_role="side_a"),
    Filters(precisions=("district", "place"), min_killed=1),
]


def rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss it is not inherited across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def page_data(df: pd.DataFrame, f: Filters) -> dict:
    """What the overview recomputes on a filter change: rows, headline, top actors, weekly series."""
    rows = df.iloc[np.flatnonzero(query.mask(df, f))]
    return {"h": query.headline(rows), "top": query.top_actors(rows, 8, "side_a"), "tl": query.timeline(rows, "W")}


def plain_page_data(plain: pd.DataFrame, f: Filters) -> dict:
    """The simplest alternative: boolean masks over object columns, then group-bys."""
    m = pd.Series(True, index=plain.index)
    if f.provinces:
        m &= plain["admin1"].isin(f.provinces)
    if f.date_from:
        m &= plain["event_date"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        m &= plain["event_date"] <= pd.Timestamp(f.date_to)
    if f.event_types:
        m &= plain["event_type"].isin(f.event_types)
    if f.precisions:
        m &= plain["geo_precision"].isin(f.precisions)
    if f.min_killed:
        m &= plain["fatalities"] >= f.min_killed
    if f.actors:
        a = plain["actor1"].isin(f.actors)
        b = plain["actor2"].isin(f.actors)
        m &= a if f.actor_role == "side_a" else b if f.actor_role == "side_b" else (a | b)
    rows = plain[m]
    h = {"incidents": len(rows), "killed": int(rows["fatalities"].sum()), "provinces": rows["admin1"].nunique()}
    top = rows.groupby("actor1").agg(incidents=("id", "size"), killed=("fatalities", "sum")).nlargest(8, "incidents")
    tl = rows.groupby(rows["event_date"].dt.to_period("W")).agg(incidents=("id", "size"), killed=("fatalities", "sum"))
    return {"h": h, "top": top, "tl": tl}


# A serving process: cold start (store -> first page data), then the filter sequence and the map; its peak memory.
SERVING = """
import sys, time
t = time.perf_counter()
sys.path.insert(0, {bench!r}); sys.path.insert(0, {root!r})
from run import SEQUENCE, page_data, rss_mb
from dashboard import query, settings
from dashboard.query import Filters
from dashboard.store import Store
from dashboard.views import maps
df = query.load_frame(Store({url!r}))
page_data(df, Filters())
cold = time.perf_counter() - t
for f in SEQUENCE:
    page_data(df, f)
maps.build_map(df, "points", "actor1", settings.map_point_limit(), False)
print(cold, rss_mb())
"""


def timed(fn, *args, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        out.append((time.perf_counter() - t) * 1000)
    return out


def p95(xs: list[float]) -> float:
    return float(np.percentile(xs, 95))


def bench_size(n: int, workdir: Path) -> dict:
    url = f"sqlite:///{workdir / f'bench-{n}.db'}"
    store = Store(url)
    if store.counts()["incidents"] != n:
        t = time.perf_counter()
        synthetic.write_generated(store, n)
        print(f"  wrote {n:,} synthetic incidents in {time.perf_counter() - t:.1f} s")
    res: dict = {"size": n}
    snap = query.snapshot_path(store)
    if snap and snap.exists():
        snap.unlink()
    t = time.perf_counter()
    df = query.load_frame(store)
    page_data(df, Filters())
    res["first_build_s"] = time.perf_counter() - t  # no snapshot yet: a full read of the store
    del df
    gc.collect()
    # a cold start proper: a new process, store -> first page data, from the snapshot
    serving = SERVING.format(bench=str(Path(__file__).parent), root=str(ROOT), url=url)
    out = subprocess.run([sys.executable, "-c", serving], capture_output=True, text=True, cwd=ROOT)
    last = out.stdout.strip().splitlines()[-1].split() if out.returncode == 0 and out.stdout.strip() else ["nan", "nan"]
    res["cold_start_s"], res["serving_rss_mb"] = float(last[0]), float(last[1])
    df = query.load_frame(store)
    plain = df.astype({c: object for c in query.CATEGORICAL if c in df})
    plain["actor1"] = plain["actor1"].astype(object)
    page_data(df, SEQUENCE[1])  # warm-up, as a running app is
    plain_page_data(plain, SEQUENCE[1])
    ours, theirs = [], []
    for f in SEQUENCE:
        ours += timed(page_data, df, f, repeat=3)
        theirs += timed(plain_page_data, plain, f, repeat=3)
    res.update(filter_median_ms=statistics.median(ours), filter_p95_ms=p95(ours),
               plain_median_ms=statistics.median(theirs), plain_p95_ms=p95(theirs))
    res["ratio_median"] = res["filter_median_ms"] / res["plain_median_ms"]
    from dashboard.views import charts, maps

    t = time.perf_counter()
    from dashboard import settings

    m = maps.build_map(df, "points", "actor1", settings.map_point_limit(), False)
    res["map_build_ms"] = (time.perf_counter() - t) * 1000
    res["map_payload_mb"] = m.payload_bytes() / 1e6
    res["map_aggregated"] = m.aggregated
    t = time.perf_counter()
    charts.timeline_figure(query.timeline(df, "W", "group"), "incidents")
    res["timeline_build_ms"] = (time.perf_counter() - t) * 1000
    res["pages_ms"] = apptest_pages(url)
    res["peak_rss_mb"] = rss_mb()
    store.dispose()
    return res


def apptest_pages(url: str) -> dict:
    """Script time of each page in AppTest: first run (cold caches) and a second (warm)."""
    from streamlit.testing.v1 import AppTest

    os.environ["DASHBOARD_DB"] = url
    out = {}
    for page in ("overview", "map", "timeline", "incidents", "review"):
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=300)
        at.run()
        t = time.perf_counter()
        at.switch_page(f"app_pages/{page}.py")
        at.run()
        first = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        at.run()
        out[page] = (round(first), round((time.perf_counter() - t) * 1000))
        if at.exception:
            out[page] = ("error", str(at.exception[0].value)[:80])
    return out


def bench_extraction() -> None:
    from dashboard.extract import extract
    from dashboard.geocode import Resolver
    from dashboard.sources import make_article

    shared = ROOT.parent / "shared" / "eval" / "isaf_dev.jsonl"
    if shared.exists():
        texts = [json.loads(x)["text"] for x in shared.read_text(encoding="utf-8").split("\n") if x.strip()]
        label = "ISAF dev releases"
    else:
        texts = [json.loads(x)["text"] for x in (ROOT / "tests" / "fixtures" / "labelled.jsonl").read_text().split("\n") if x.strip()] * 30
        label = "project fixtures (repeated)"
    resolver = Resolver()
    arts = [make_article(t) for t in texts]
    extract(arts[0], None, resolver)
    before = rss_mb()
    t = time.perf_counter()
    for a in arts:
        extract(a, None, resolver)
    secs = time.perf_counter() - t
    print(f"extraction: {len(arts) / secs:.0f} releases/s over {len(arts)} {label} (one core); peak RSS {rss_mb():.0f} MB "
          f"(+{rss_mb() - before:.0f} MB)")
    try:
        import spacy

        nlp = spacy.blank("en")
        t = time.perf_counter()
        for x in texts:
            nlp.tokenizer(x)
        tok = time.perf_counter() - t
        print(f"  spaCy blank English tokenizer alone over the same texts: {len(texts) / tok:.0f} texts/s; "
              f"our whole extraction takes {secs / tok:.1f}x the tokenizer's time")
    except ImportError:
        print("  (spaCy is not installed: `pip install spacy` to print the tokenizer comparison)")
    # a long operational update: every section is an incident that reads the whole report for context
    long = "KABUL, Afghanistan (Dec. 9, 2010)\n" + "In Kandahar province, forces detained two men in Zharay district. " \
        "In Helmand province, forces killed one insurgent in Nad Ali district.\n" * 300
    t = time.perf_counter()
    n = len(extract(make_article(long), None, resolver).incidents)
    print(f"  a {len(long):,}-character update of {n} sections: {time.perf_counter() - t:.2f} s")


def bench_geocoder() -> None:
    code = (f"import time,resource,sys; sys.path.insert(0,{str(ROOT)!r}); t=time.perf_counter(); from dashboard.geocode import Resolver; "
            "r=Resolver(); load=time.perf_counter()-t; qs=['Musa Qala district, Helmand province','Nad Ali district, Helmand',"
            "'Zharay district, Kandahar province','Khost province','Marjah','Paktya','Andar district, Ghazni province',"
            "'Pech River Valley, Kunar province']*2500; t=time.perf_counter(); [r.geocode(q,'Afghanistan') for q in qs]; "
            "s=time.perf_counter()-t; hwm=[l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
            "print(f'geocoder: load {load:.2f} s, {len(qs)/s:,.0f} look-ups/s, peak RSS {int(hwm)/1024:.0f} MB')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    print(out.stdout.strip() or out.stderr.strip().splitlines()[-1])


def bench_ingest(workdir: Path, n: int) -> None:
    from dashboard.pipeline import ingest
    from dashboard.sources import make_article

    base = [json.loads(x)["text"] for x in (ROOT / "tests" / "fixtures" / "labelled.jsonl").read_text().split("\n") if x.strip()]
    arts = [make_article(f"{base[i % len(base)]} (Report {i}.)") for i in range(n)]
    db = workdir / "ingest.db"
    for leftover in workdir.glob("ingest.db*"):
        leftover.unlink()  # a fresh store: a rerun must not measure duplicate-skipping
    store = Store(f"sqlite:///{db}")
    from dashboard.extract import extract
    from dashboard.gazetteer import load

    # warm-up: gazetteer (the world's small towns too, which the news reports among the fixtures need: a one-time
    # 1.7 s) and actor dictionary loaded, as in a running service
    extract(arts[0])
    load().load_world_places()
    t = time.perf_counter()
    report = ingest(arts, store)
    secs = time.perf_counter() - t
    print(f"ingest end to end (extract, geocode, store; one transaction per report): {n / secs:.0f} reports/s "
          f"({report.summary()})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--out", default=None, help="folder for the benchmark databases (default: a temp folder)")
    ap.add_argument("--ingest", type=int, default=500)
    args = ap.parse_args()
    workdir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; databases in {workdir}")
    for n in [int(x) for x in args.sizes.split(",") if x]:
        print(f"\n== {n:,} incidents")
        r = bench_size(n, workdir)
        print(f"  first build (full read, no snapshot): {r['first_build_s']:.2f} s; cold start (new process, "
              f"snapshot -> first page data): {r['cold_start_s']:.2f} s")
        print(f"  filter change -> page data: median {r['filter_median_ms']:.1f} ms, p95 {r['filter_p95_ms']:.1f} ms; "
              f"plain pandas: median {r['plain_median_ms']:.1f} ms, p95 {r['plain_p95_ms']:.1f} ms; "
              f"ratio {r['ratio_median']:.2f}")
        print(f"  map: {r['map_build_ms']:.0f} ms, payload {r['map_payload_mb']:.2f} MB"
              f"{' (aggregated to cells)' if r['map_aggregated'] else ''}; timeline: {r['timeline_build_ms']:.0f} ms")
        print("  pages in AppTest (first run, warm rerun) ms: "
              + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in r["pages_ms"].items()))
        print(f"  peak memory of a serving process (load, filter sequence, map): {r['serving_rss_mb']:.0f} MB; "
              f"of this benchmark process so far: {r['peak_rss_mb']:.0f} MB")
    print()
    bench_extraction()
    bench_geocoder()
    bench_ingest(workdir, args.ingest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
