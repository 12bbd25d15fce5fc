"""ACLED and UCDP GED CSV exports into our incident records, so analysts can lay them beside reports.

Column mappings (documented in the README):
  ACLED  event_id_cnty -> source_event_id; event_date; time_precision 1/2/3 -> day/week/month;
         event_type, sub_event_type; actor1 (+assoc_actor_1) side A; actor2 (+assoc_actor_2) side B;
         country, admin1, admin2, location, latitude, longitude; geo_precision 1/2/3 -> place/district/province;
         fatalities -> killed best (ACLED's own conservative figure).
  UCDP   id -> source_event_id; date_start (date_end kept in notes); date_prec 1..5 -> day/week/month/year/year;
         type_of_violence 1/2/3 -> Battles (state-based) / Battles (non-state) / Violence against civilians;
         side_a, side_b; country, adm_1, adm_2, where_coordinates, latitude, longitude;
         where_prec 1-2 place, 3 district, 4-5 province, 6-7 country; low/best/high -> killed low/best/high.
Both: files in UTF-8 or Windows-1252 (read and said), missing columns named, rows without a usable
date or point skipped with a count, the rest imported in one transaction. Re-importing the same file
updates machine rows and never touches rows an analyst reviewed.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import ImportFormatError
from .models import Actor, ActorKind, ActorRole, Count, DatePrecision, EventDate, GeoPrecision, Incident, Place
from .store import Store, incident_id

ACLED_REQUIRED = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country", "admin1",
                  "latitude", "longitude", "fatalities"]
UCDP_REQUIRED = ["id", "type_of_violence", "side_a", "side_b", "country", "latitude", "longitude", "date_start",
                 "best", "low", "high"]
ACLED_TIME = {"1": DatePrecision.DAY, "2": DatePrecision.WEEK, "3": DatePrecision.MONTH}
ACLED_GEO = {"1": GeoPrecision.PLACE, "2": GeoPrecision.DISTRICT, "3": GeoPrecision.PROVINCE}
UCDP_DATE = {"1": DatePrecision.DAY, "2": DatePrecision.WEEK, "3": DatePrecision.MONTH, "4": DatePrecision.YEAR,
             "5": DatePrecision.YEAR}
UCDP_WHERE = {"1": GeoPrecision.PLACE, "2": GeoPrecision.PLACE, "3": GeoPrecision.DISTRICT, "4": GeoPrecision.PROVINCE,
              "5": GeoPrecision.PROVINCE, "6": GeoPrecision.COUNTRY, "7": GeoPrecision.COUNTRY}
UCDP_TYPES = {"1": ("Battles", "Armed clash"), "2": ("Battles", "Armed clash"),
              "3": ("Violence against civilians", "Attack")}
ACLED_INTER = {"1": ActorKind.STATE_FORCES, "2": ActorKind.REBEL_GROUP, "3": ActorKind.POLITICAL_MILITIA,
               "4": ActorKind.IDENTITY_MILITIA, "5": ActorKind.EXTERNAL_OTHER, "6": ActorKind.EXTERNAL_OTHER,
               "7": ActorKind.CIVILIANS, "8": ActorKind.EXTERNAL_OTHER}


@dataclass
class ImportResult:
    dataset: str
    imported: int = 0
    unchanged_reviewed: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = f"{self.dataset}: imported {self.imported}, skipped {len(self.skipped)}"
        if self.skipped:
            s += f" (first: {self.skipped[0]})"
        return s + "".join(f"; {w}" for w in self.warnings)


def read_csv_bytes(data: bytes, name: str) -> tuple[pd.DataFrame, list[str]]:
    warnings: list[str] = []
    if not data.strip():
        raise ImportFormatError(f"{name} is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{name} is not UTF-8; read as Windows-1252")
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ImportFormatError(f"{name} is not a readable CSV: {str(exc).splitlines()[0]}") from None
    df.columns = [c.strip().lower() for c in df.columns]
    return df, warnings


def _check(df: pd.DataFrame, required: list[str], dataset: str, name: str) -> None:
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ImportFormatError(f"{name} is not a {dataset} export: missing column(s) {', '.join(missing)}")


def _num(v: str) -> float | None:
    try:
        return float(v) if v not in ("", None) else None
    except ValueError:
        return None


def _int(v: str) -> int | None:
    f = _num(v)
    return None if f is None else int(f)


def _date(v: str) -> dt.date | None:
    v = (v or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    return None


def _usable(df: pd.DataFrame, date_col: str, result: ImportResult):
    """Rows with a date and a point, as (row, date, lat, lon); the others are named in the result."""
    for i, r in enumerate(df.to_dict("records"), 2):
        d = _date(r[date_col])
        lat, lon = _num(r["latitude"]), _num(r["longitude"])
        if d is None or lat is None or lon is None:
            result.skipped.append(f"line {i}: no usable date or point")
            continue
        yield r, d, lat, lon


def acled_rows(df: pd.DataFrame, result: ImportResult) -> list[Incident]:
    out = []
    for r, d, lat, lon in _usable(df, "event_date", result):
        actors = [Actor(r["actor1"], ActorRole.SIDE_A, ACLED_INTER.get(r.get("inter1", ""), ActorKind.EXTERNAL_OTHER), r["actor1"])]
        if r.get("actor2"):
            actors.append(Actor(r["actor2"], ActorRole.SIDE_B, ACLED_INTER.get(r.get("inter2", ""), ActorKind.EXTERNAL_OTHER), r["actor2"]))
        for col in ("assoc_actor_1", "assoc_actor_2"):
            for name in [x.strip() for x in (r.get(col) or "").split(";") if x.strip()]:
                actors.append(Actor(name, ActorRole.ASSOCIATED, ActorKind.EXTERNAL_OTHER, name))
        k = _int(r["fatalities"]) or 0
        out.append(Incident(
            event_date=EventDate(d, ACLED_TIME.get(r.get("time_precision", "1"), DatePrecision.DAY), r["event_date"]),
            place=Place(r["country"] or None, r["admin1"] or None, r.get("admin2") or None, r.get("location") or None,
                        lat, lon, ACLED_GEO.get(r.get("geo_precision", ""), GeoPrecision.UNKNOWN)),
            event_type=r["event_type"], sub_event_type=r["sub_event_type"], actors=tuple(actors),
            killed=Count(k, k, k, None), confidence=0.9, source_dataset="acled", source_event_id=r["event_id_cnty"],
            id=incident_id(f"acled:{r['event_id_cnty']}", 0), notes=(r.get("notes") or None),
        ))
    return out


def ucdp_rows(df: pd.DataFrame, result: ImportResult) -> list[Incident]:
    out = []
    for r, d, lat, lon in _usable(df, "date_start", result):
        etype, sub = UCDP_TYPES.get(r["type_of_violence"], ("Battles", "Armed clash"))
        kind_b = ActorKind.CIVILIANS if r["type_of_violence"] == "3" else ActorKind.REBEL_GROUP
        kind_a = ActorKind.STATE_FORCES if (r["side_a"] or "").startswith("Government of") else ActorKind.REBEL_GROUP
        actors = (Actor(r["side_a"], ActorRole.SIDE_A, kind_a, r["side_a"]),
                  Actor(r["side_b"], ActorRole.SIDE_B, kind_b, r["side_b"]))
        best, low, high = _int(r["best"]), _int(r["low"]), _int(r["high"])
        place_name = (r.get("where_coordinates") or "").split("(")[0].strip() or None
        out.append(Incident(
            event_date=EventDate(d, UCDP_DATE.get(r.get("date_prec", "1"), DatePrecision.DAY), r["date_start"]),
            place=Place(r["country"] or None, (r.get("adm_1") or "").replace(" province", "") or None,
                        (r.get("adm_2") or "").replace(" district", "") or None, place_name, lat, lon,
                        UCDP_WHERE.get(r.get("where_prec", ""), GeoPrecision.UNKNOWN)),
            event_type=etype, sub_event_type=sub, actors=actors, killed=Count(best, low, high, None),
            confidence=0.9, source_dataset="ucdp", source_event_id=r["id"], id=incident_id(f"ucdp:{r['id']}", 0),
            notes=f"UCDP event {r['id']}; {r.get('date_start', '')} to {r.get('date_end', '')}",
        ))
    return out


def import_bytes(dataset: str, data: bytes, name: str, store: Store) -> ImportResult:
    """Read, check and import one export. Raises ImportFormatError (nothing stored) on a wrong file."""
    dataset = dataset.lower()
    if dataset not in ("acled", "ucdp"):
        raise ImportFormatError(f"unknown dataset {dataset!r} (acled or ucdp)")
    df, warnings = read_csv_bytes(data, name)
    result = ImportResult(dataset.upper(), warnings=warnings)
    _check(df, ACLED_REQUIRED if dataset == "acled" else UCDP_REQUIRED, dataset.upper(), name)
    rows = acled_rows(df, result) if dataset == "acled" else ucdp_rows(df, result)
    result.imported = store.save_incidents(rows, replace=True)
    result.unchanged_reviewed = len(rows) - result.imported
    if result.unchanged_reviewed:
        result.warnings.append(f"{result.unchanged_reviewed} reviewed incident(s) kept as the analyst left them")
    return result


def import_file(dataset: str, path: Path, store: Store) -> ImportResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror}") from None
    return import_bytes(dataset, data, path.name, store)
