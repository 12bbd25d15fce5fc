"""Read-only queries: the incidents frame, a Filters value, and the aggregates pages draw.

Pages keep one in-memory frame of the incidents (loaded once, cached) and filter it with vectorised
masks: string columns are categoricals, so a filter on province or actor compares small integer codes,
never strings, and stays fast at a million rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, fields

import numpy as np
import pandas as pd
import sqlalchemy as sa

from .store import Store, articles, incident_sources, incidents

FRAME_COLUMNS = [
    "id", "event_date", "date_precision", "event_type", "sub_event_type", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "killed_best", "killed_low", "killed_high", "killed_qualifier",
    "wounded_best", "wounded_low", "wounded_high", "captured_best", "captured_low", "captured_high",
    "captured_qualifier", "fatalities", "actor1", "actor2", "assoc_actor", "confidence", "review_status",
    "source_dataset", "synthetic", "updated_at",
]
CATEGORICAL = ["date_precision", "event_type", "sub_event_type", "country", "admin1", "admin2", "geo_precision",
               "actor1", "actor2", "assoc_actor", "review_status", "source_dataset", "killed_qualifier",
               "captured_qualifier"]
PRECISIONS = ["place", "district", "province", "country", "unknown"]


@dataclass(frozen=True)
class Filters:
    """What the analyst asked for; every page applies the same value."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    actor_role: str = "either"  # either, side_a, side_b
    event_types: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    min_killed: int = 0
    text: str = ""
    sources: tuple[str, ...] = ()  # "reports", "acled", "ucdp", "synthetic"
    include_rejected: bool = False

    def to_params(self) -> dict[str, str]:
        """A compact form for the URL (st.query_params): only what differs from the default."""
        out: dict[str, str] = {}
        default = Filters()
        for f in fields(self):
            v = getattr(self, f.name)
            if v == getattr(default, f.name):
                continue
            if isinstance(v, tuple):
                out[f.name] = "|".join(v)
            elif isinstance(v, dt.date):
                out[f.name] = v.isoformat()
            elif isinstance(v, bool):
                out[f.name] = "1" if v else "0"
            else:
                out[f.name] = str(v)
        return out

    @classmethod
    def from_params(cls, params: dict[str, str]) -> Filters:
        """Parse URL parameters; anything malformed is ignored rather than breaking the page."""
        kw: dict = {}
        for f in fields(cls):
            raw = params.get(f.name)
            if raw in (None, ""):
                continue
            try:
                if f.name in ("date_from", "date_to"):
                    kw[f.name] = dt.date.fromisoformat(str(raw))
                elif f.name == "min_killed":
                    kw[f.name] = max(0, int(raw))
                elif f.name == "include_rejected":
                    kw[f.name] = str(raw) in ("1", "true")
                elif f.name in ("actor_role", "text"):
                    kw[f.name] = str(raw)
                else:
                    kw[f.name] = tuple(x for x in str(raw).split("|") if x)
            except ValueError:
                continue
        if kw.get("actor_role") not in (None, "either", "side_a", "side_b"):
            kw.pop("actor_role")
        return cls(**kw)


def load_frame(store: Store, snapshot: bool = True) -> pd.DataFrame:
    """All incidents as a typed frame (no text columns), ready for filtering.

    A million rows take seconds to read from SQL but a fraction of a second from a columnar snapshot,
    so the frame is kept as Parquet beside the database with the store's revision and the newest
    `updated_at` it holds. When the revision moved, only the rows changed since are read and merged
    in (an analyst's correction costs one small query, not a full reload); a full read happens when
    rows were removed or no snapshot exists.
    """
    rev = store.revision()
    path = snapshot_path(store) if snapshot else None
    cached = _read_snapshot(path) if path is not None else None
    if cached is not None:
        df, snap_rev, watermark = cached
        if snap_rev == rev:
            return df
        fresh = _refresh(store, df, watermark)
        if fresh is not None:
            _write_snapshot(fresh, path, rev)
            return fresh
    if path is not None and _build_snapshot_in_child(store, path, rev):
        cached = _read_snapshot(path)
        if cached is not None and cached[1] == rev:
            return cached[0]
    df = prepare_frame(_read_sql(store))
    if path is not None:
        _write_snapshot(df, path, rev)
    return df


def _build_snapshot_in_child(store: Store, path, rev: int) -> bool:
    """A full read of a large SQLite store by connectorx in a child process (see snapshot_worker)."""
    import importlib.util
    import subprocess
    import sys

    url = store.engine.url
    if url.get_backend_name() != "sqlite" or importlib.util.find_spec("connectorx") is None:
        return False
    with store.engine.connect() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar_one() < 200_000:
            return False  # below this, starting a process costs more than it saves (measured: ~0.6 s)
    try:
        done = subprocess.run([sys.executable, "-m", "dashboard.snapshot_worker", url.database, str(path), str(rev)],
                              capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _read_snapshot(path) -> tuple[pd.DataFrame, int, str] | None:
    if path is None or not path.exists():
        return None
    try:
        import pyarrow.parquet as pq

        meta = pq.read_schema(path).metadata or {}
        rev = int(meta[b"store_revision"])
        watermark = meta.get(b"watermark", b"").decode()
        return pd.read_parquet(path), rev, watermark
    except Exception:  # a broken or foreign file: read from the store instead
        return None


def _refresh(store: Store, df: pd.DataFrame, watermark: str) -> pd.DataFrame | None:
    """Merge in the rows changed since `watermark`; None when a full read is needed."""
    if not watermark:
        return None
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar_one()
        changed = pd.read_sql(sa.select(*[incidents.c[c] for c in FRAME_COLUMNS])
                              .where(incidents.c.updated_at >= dt.datetime.fromisoformat(watermark)), conn)
    if changed.empty and total == len(df):
        return df
    changed = prepare_frame(changed)
    pos = np.flatnonzero(df["id"].isin(set(changed["id"])).to_numpy())
    if len(pos) == len(changed) and total == len(df):
        return _update_in_place(df, changed, pos)  # corrections: the same rows with new values
    keep = df[~df["id"].isin(set(changed["id"]))]
    merged = pd.concat([keep, changed], ignore_index=True)
    if len(merged) != total:
        return None  # rows were removed (merges): read everything
    return prepare_frame(merged)


def _update_in_place(df: pd.DataFrame, changed: pd.DataFrame, pos: np.ndarray) -> pd.DataFrame:
    """Overwrite a few rows of the big frame without rebuilding it (categories grow as needed)."""
    df = df.copy(deep=False)
    changed = changed.set_index("id").loc[df["id"].iloc[pos].to_numpy()].reset_index()
    for col in FRAME_COLUMNS:
        if col == "id":
            continue
        values = changed[col]
        if isinstance(df[col].dtype, pd.CategoricalDtype):
            new = pd.Index(values.dropna().astype(str).unique()).difference(df[col].cat.categories)
            series = df[col].cat.add_categories(new) if len(new) else df[col].copy()
            series.iloc[pos] = values.astype(object).to_numpy()
            df[col] = series
        else:
            series = df[col].copy()
            series.iloc[pos] = values.to_numpy()
            df[col] = series
    return df


def _read_sql(store: Store) -> pd.DataFrame:
    """All frame columns from the store.

    SQLite is read through Python's own sqlite3 module (fetchall is about twice as fast as pandas'
    read_sql); a second SQLite library in the process (such as connectorx's) must never touch the
    file, as two copies of SQLite break each other's locks. PostgreSQL is read by connectorx when it
    is installed, straight into columns.
    """
    cols = ", ".join(FRAME_COLUMNS)
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        import sqlite3
        from pathlib import Path

        # a plain read-only connection: SQLAlchemy's wrapped one fetches at half the speed
        con = sqlite3.connect(Path(url.database).resolve().as_uri() + "?mode=ro", uri=True, timeout=15)
        try:
            rows = con.execute(f"SELECT {cols} FROM incidents").fetchall()
        finally:
            con.close()
        return pd.DataFrame.from_records(rows, columns=FRAME_COLUMNS)
    if url.get_backend_name() == "postgresql":
        try:
            import connectorx as cx

            cx_url = url.set(drivername="postgresql").render_as_string(hide_password=False)
            return cx.read_sql(cx_url, f"SELECT {cols} FROM incidents", return_type="pandas")
        except Exception:  # not installed or cannot connect that way: the plain way below
            pass
    with store.engine.connect() as conn:
        return pd.read_sql(sa.select(*[incidents.c[c] for c in FRAME_COLUMNS]), conn)


def snapshot_path(store: Store):
    from pathlib import Path

    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return None
        return Path(url.database).with_name(Path(url.database).name + ".frame.parquet")
    import hashlib

    key = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return Path.home() / ".cache" / "conflict-dashboard" / f"{key}.frame.parquet"


def _write_snapshot(df: pd.DataFrame, path, rev: int) -> None:
    if path is None:
        return
    import os

    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pandas(df, preserve_index=False)
        mark = df["updated_at"].max() if "updated_at" in df and len(df) else None
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"store_revision": str(rev).encode(),
                                               b"watermark": (str(mark) if mark is not None and mark == mark else "").encode()})
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, path)  # readers never see half a file
    except OSError:
        pass  # a read-only folder: no snapshot, the next start reads the store again


def prepare_frame(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["id"] = df["id"].astype(object)
    df["event_date"] = pd.to_datetime(df["event_date"], errors="coerce").astype("datetime64[us]")
    df["updated_at"] = pd.to_datetime(df["updated_at"], errors="coerce").astype("datetime64[us]")
    for c in CATEGORICAL:
        if c in df:
            df[c] = df[c].astype("category")
    for c in ("killed_best", "wounded_best", "captured_best", "fatalities"):
        df[c] = pd.to_numeric(df[c], errors="coerce").fillna(0).astype("int32")
    for c in ("killed_low", "killed_high", "wounded_low", "wounded_high", "captured_low", "captured_high"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int32")
    df["synthetic"] = df["synthetic"].fillna(False).astype(bool)
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float32")
    return df.reset_index(drop=True)


def _in(series: pd.Series, values: tuple[str, ...]) -> np.ndarray:
    """isin on a categorical by its codes: compares integers, not strings."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        wanted = np.flatnonzero(cats.isin(values))
        return np.isin(series.cat.codes.to_numpy(), wanted)
    return series.isin(values).to_numpy()


def _contains_any(series: pd.Series, names: tuple[str, ...]) -> np.ndarray:
    """Actor columns hold '; '-joined names: match on the few distinct categories, then on codes."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        hit = np.zeros(len(cats), dtype=bool)
        for n in names:
            hit |= np.array([n in str(c).split("; ") for c in cats], dtype=bool)
        return np.isin(series.cat.codes.to_numpy(), np.flatnonzero(hit))
    return series.fillna("").apply(lambda s: any(n in s.split("; ") for n in names)).to_numpy()


def mask(df: pd.DataFrame, f: Filters, text_ids: set[str] | None = None) -> np.ndarray:
    """The rows a Filters value keeps, as a boolean array."""
    m = np.ones(len(df), dtype=bool)
    if not f.include_rejected:
        m &= ~_in(df["review_status"], ("rejected", "merged"))
    if f.date_from:
        m &= (df["event_date"] >= pd.Timestamp(f.date_from)).to_numpy()
    if f.date_to:
        m &= (df["event_date"] <= pd.Timestamp(f.date_to)).to_numpy()
    if f.countries:
        m &= _in(df["country"], f.countries)
    if f.provinces:
        m &= _in(df["admin1"], f.provinces)
    if f.districts:
        m &= _in(df["admin2"], f.districts)
    if f.event_types:
        m &= _in(df["event_type"], f.event_types)
    if f.precisions:
        m &= _in(df["geo_precision"], f.precisions)
    if f.min_killed:
        m &= df["fatalities"].to_numpy() >= f.min_killed
    if f.actors:
        a = _contains_any(df["actor1"], f.actors)
        b = _contains_any(df["actor2"], f.actors)
        m &= a if f.actor_role == "side_a" else b if f.actor_role == "side_b" else (a | b | _contains_any(df["assoc_actor"], f.actors))
    if f.sources:
        src = df["source_dataset"].astype(object).fillna("reports").to_numpy()
        src = np.where(df["synthetic"].to_numpy(), "synthetic", src)
        m &= np.isin(src, list(f.sources))
    if f.text and text_ids is not None:
        m &= df["id"].isin(text_ids).to_numpy()
    return m


def filter_frame(df: pd.DataFrame, f: Filters, text_ids: set[str] | None = None) -> pd.DataFrame:
    return df[mask(df, f, text_ids)]


def search_text(store: Store, text: str, limit: int = 100_000) -> set[str]:
    """Incident ids whose source reports contain the words (case-insensitive, all words)."""
    words = [w for w in text.split() if w][:8]
    if not words:
        return set()
    q = sa.select(incident_sources.c.incident_id).join(articles, articles.c.id == incident_sources.c.article_id)
    for w in words:
        esc = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = q.where(sa.func.lower(articles.c.text).like(f"%{esc.lower()}%", escape="\\"))
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(q.limit(limit))}


# --- aggregates


def headline(df: pd.DataFrame) -> dict[str, float]:
    return {
        "incidents": int(len(df)),
        "killed": int(df["fatalities"].sum()),
        "wounded": int(df["wounded_best"].sum()),
        "captured": int(df["captured_best"].sum()),
        "provinces": int(df["admin1"].nunique()),
    }


def previous_period(f: Filters, df_all: pd.DataFrame) -> Filters | None:
    """The same filter over the period of the same length just before (for 'change against')."""
    start = f.date_from
    end = f.date_to
    if start is None or end is None:
        if df_all.empty or df_all["event_date"].isna().all():
            return None
        start = start or df_all["event_date"].min().date()
        end = end or df_all["event_date"].max().date()
    length = (end - start).days + 1
    from dataclasses import replace

    return replace(f, date_from=start - dt.timedelta(days=length), date_to=start - dt.timedelta(days=1))


def top_actors(df: pd.DataFrame, n: int = 5, role: str = "either") -> pd.DataFrame:
    cols = ["actor1", "actor2"] if role == "either" else (["actor1"] if role == "side_a" else ["actor2"])
    counts: dict[str, list[int]] = {}
    for c in cols:
        vc = df.groupby(c, observed=True).agg(incidents=("id", "size"), killed=("fatalities", "sum"))
        for combo, row in vc.iterrows():
            for name in str(combo).split("; "):
                cur = counts.setdefault(name, [0, 0])
                cur[0] += int(row["incidents"])
                cur[1] += int(row["killed"])
    out = pd.DataFrame([(k, v[0], v[1]) for k, v in counts.items()], columns=["actor", "incidents", "killed"])
    return out.sort_values(["incidents", "killed"], ascending=False).head(n).reset_index(drop=True)


SPLITS = {"none": None, "group": "actor1", "target": "actor2", "province": "admin1", "event type": "event_type"}


def timeline(df: pd.DataFrame, freq: str = "W", split: str = "none", top: int = 8) -> pd.DataFrame:
    """Incidents, killed, captured per period (D, W, M), optionally split (top N kept, rest 'other')."""
    d = df[df["event_date"].notna()]
    period = d["event_date"].dt.to_period(freq).dt.start_time
    col = SPLITS.get(split)
    if col is None:
        g = d.groupby(period).agg(incidents=("id", "size"), killed=("fatalities", "sum"), captured=("captured_best", "sum"))
        g.index.name = "period"
        return g.reset_index()
    key = d[col].astype(object).fillna("unknown")
    keep = key.value_counts().head(top).index
    key = key.where(key.isin(keep), "other")
    g = d.groupby([period, key]).agg(incidents=("id", "size"), killed=("fatalities", "sum"), captured=("captured_best", "sum"))
    g.index.names = ["period", "series"]
    return g.reset_index()


def by_province(df: pd.DataFrame) -> pd.DataFrame:
    g = df.groupby(["country", "admin1"], observed=True).agg(
        incidents=("id", "size"), killed=("fatalities", "sum"), captured=("captured_best", "sum"))
    return g.reset_index().sort_values("incidents", ascending=False)


def incident_detail(store: Store, inc_id: str) -> dict | None:
    """One incident with its JSON details and its source reports (for the incidents and review pages)."""
    row = store.get_incident_row(inc_id)
    if row is None:
        return None
    row["details"] = json.loads(row.get("details") or "{}")
    row["sources"] = store.sources_of(inc_id)
    from .store import incident_id

    for src in row["sources"]:
        # the evidence spans of a report are those of the incident extracted from it (merged reports keep theirs)
        own = incident_id(src["id"], src["position"])
        if own == inc_id:
            src["evidence"] = row["details"].get("evidence", [])
        else:
            other = store.get_incident_row(own)
            src["evidence"] = json.loads(other["details"] or "{}").get("evidence", []) if other else []
        src["figures"] = json.loads(src.get("figures") or "{}")
    return row


@dataclass
class Options:
    """Distinct values for the filter widgets."""

    countries: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    date_min: dt.date | None = None
    date_max: dt.date | None = None


def options(df: pd.DataFrame) -> Options:
    def cats(c: str) -> list[str]:
        s = df[c]
        vals = s.cat.categories if isinstance(s.dtype, pd.CategoricalDtype) else s.dropna().unique()
        return sorted(str(v) for v in vals if str(v))

    actors = sorted({n for c in ("actor1", "actor2", "assoc_actor") for v in cats(c) for n in v.split("; ")})
    dates = df["event_date"].dropna()
    return Options(cats("country"), cats("admin1"), cats("admin2"), actors, cats("event_type"),
                   dates.min().date() if len(dates) else None, dates.max().date() if len(dates) else None)
