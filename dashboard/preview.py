"""An analyst's edits to extracted incidents before they are saved (the ingest page's preview table).

The table shows one row per incident with the fields analysts check most; this module turns the
edited rows back into Incident records: changed places are geocoded again, removed rows dropped, and
rows added by hand become incidents of their own. Pure, so it is tested without a browser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .geocode import Resolver
from .models import (
    Actor,
    ActorKind,
    ActorRole,
    Count,
    DatePrecision,
    EventDate,
    Extraction,
    GeoPrecision,
    Incident,
    Place,
    ReviewStatus,
)

COLUMNS = ["date", "province", "district", "event_type", "sub_event_type", "acting", "hit", "killed", "wounded",
           "captured"]


def table(ex: Extraction) -> list[dict]:
    """The preview rows, one per incident."""
    rows = []
    for inc in ex.incidents:
        rows.append({
            "date": inc.event_date.value, "province": inc.place.admin1, "district": inc.place.admin2,
            "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
            "acting": "; ".join(a.name for a in inc.actors if a.role == ActorRole.SIDE_A),
            "hit": "; ".join(a.name for a in inc.actors if a.role == ActorRole.SIDE_B),
            "killed": inc.killed.best if inc.killed else None, "wounded": inc.wounded.best if inc.wounded else None,
            "captured": inc.captured.best if inc.captured else None,
        })
    return rows


def _count(old: Count | None, value) -> Count | None:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    n = int(value)
    if old is not None and old.best == n:
        return old
    return Count(best=n, low=n, high=n, qualifier=None)  # an analyst's figure is exact


def _actors(old: tuple[Actor, ...], acting: str, hit: str) -> tuple[Actor, ...]:
    known = {a.name: a for a in old}
    out = []
    for text, role in ((acting, ActorRole.SIDE_A), (hit, ActorRole.SIDE_B)):
        for name in [x.strip() for x in (text or "").split(";") if x.strip()]:
            kind = known[name].kind if name in known else ActorKind.EXTERNAL_OTHER
            out.append(Actor(name, role, kind, name))
    out += [a for a in old if a.role == ActorRole.ASSOCIATED]
    return tuple(out)


def _plain(row: dict) -> dict:
    """A row with the table widget's types undone (NaN, Timestamps, floats), for comparing."""
    out = {}
    for k in COLUMNS:
        v = row.get(k)
        if v is None or v == "" or (isinstance(v, float) and v != v):
            v = None
        elif k == "date":
            v = _date(v)
        elif k in ("killed", "wounded", "captured"):
            v = int(v)
        else:
            v = str(v)
        out[k] = v
    return out


def _date(value) -> dt.date | None:
    if value in (None, "") or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def apply(ex: Extraction, rows: list[dict], resolver: Resolver | None = None) -> Extraction:
    """The extraction as the analyst left the table: rows edited, removed or added."""
    resolver = resolver or Resolver()
    shown = table(ex)
    incidents = []
    for i, row in enumerate(rows):
        base = ex.incidents[i] if i < len(ex.incidents) else None
        if base is not None and _plain(row) == _plain(shown[i]):
            incidents.append(base)  # untouched: the machine's record as it was
            continue
        d = _date(row.get("date"))
        if base is None:
            base = Incident(EventDate(None, DatePrecision.UNKNOWN), Place(), row.get("event_type") or "Battles",
                            row.get("sub_event_type") or "Armed clash", confidence=1.0)
        date = base.event_date if d == base.event_date.value else EventDate(
            d, DatePrecision.DAY if d else DatePrecision.UNKNOWN, "set by the analyst")
        place = base.place
        if (row.get("province") or None, row.get("district") or None) != (place.admin1, place.admin2):
            answer = resolver.resolve(None, row.get("district") or None, row.get("province") or None,
                                      place.country or None)
            place = answer.place or Place(admin1=row.get("province") or None, admin2=row.get("district") or None,
                                          geo_precision=GeoPrecision.UNKNOWN)
        edited = replace(
            base, event_date=date, place=place, event_type=row.get("event_type") or base.event_type,
            sub_event_type=row.get("sub_event_type") or base.sub_event_type,
            actors=_actors(base.actors, row.get("acting") or "", row.get("hit") or ""),
            killed=_count(base.killed, row.get("killed")), wounded=_count(base.wounded, row.get("wounded")),
            captured=_count(base.captured, row.get("captured")),
        )
        if edited != base or i >= len(ex.incidents):
            edited = replace(edited, review_status=ReviewStatus.CORRECTED)
        incidents.append(edited)
    return replace(ex, incidents=tuple(incidents), reason=None if incidents else ex.reason)
