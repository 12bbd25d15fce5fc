"""When two reports tell of one incident: the matching rule, pure (no database).

ACLED's rule: the same actors, on the same day, in the same place. Reports differ in detail, so the
rule is widened by a day either side and, when a report gives only the province, to the province;
it is never widened across provinces, and an undated or unplaced report never merges. Counts over
the sources become low (the smallest), best (the lower median: conservative when sources disagree)
and high (the largest).
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from .gazetteer import skeleton
from .models import Count

GENERIC_ACTORS = {"Insurgents", "Civilians", "Security Forces"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """What matching needs of a stored incident."""

    id: str
    event_date: dt.date | None
    date_precision: str
    admin1: str | None
    admin2: str | None
    event_type: str | None
    actors: frozenset[str]


def named(actors: frozenset[str] | set[str]) -> frozenset[str]:
    return frozenset(a for a in actors if a and a not in GENERIC_ACTORS)


def _same_district(a: str, b: str) -> bool:
    """Two reports' spellings of one district: a district the gazetteer has no point for keeps the text's
    spelling ("Zazai Maidan", "Zazi Maidan"), so spellings are compared loosely."""
    return a == b or skeleton(a) != "" and skeleton(a) == skeleton(b)


def match_reason(new: Candidate, old: Candidate) -> str | None:
    """Why `new` is the same incident as `old`, or None when it is not (or cannot be told)."""
    if not new.admin1 or not old.admin1 or new.admin1 != old.admin1:
        return None  # never across provinces, never without one
    if new.event_date is None or old.event_date is None or "day" not in (new.date_precision, old.date_precision):
        return None
    gap = abs((new.event_date - old.event_date).days)
    if gap > 1:
        return None
    same_district = bool(new.admin2 and old.admin2 and _same_district(new.admin2, old.admin2))
    if new.admin2 and old.admin2 and not same_district:
        return None
    if new.event_type and old.event_type and new.event_type != old.event_type:
        return None
    a, b = named(new.actors), named(old.actors)
    if a and b and not (a & b):
        return None
    if not (a and b) and not (same_district and gap == 0):
        return None  # without actors to compare, only the same district on the same day will do
    where = f"district {new.admin2}" if same_district else f"province {new.admin1}"
    who = ", ".join(sorted(a & b)) if a and b else "actors not named in one report"
    when = "the same day" if gap == 0 else "a day apart"
    return f"same {where}, {when}, {who}"


def combine(counts: list[Count | None]) -> Count | None:
    """One incident's count from its sources' counts."""
    known = [c for c in counts if c is not None and c.best is not None]
    if not known:
        return None
    bests = sorted(c.best for c in known)
    lows = [c.low if c.low is not None else c.best for c in known]
    highs = [c.high if c.high is not None else c.best for c in known]
    qualifier = next((c.qualifier for c in known if c.qualifier), None)
    return Count(best=int(statistics.median_low(bests)), low=min(lows), high=max(highs), qualifier=qualifier)
