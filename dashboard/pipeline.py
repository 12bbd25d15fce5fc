"""Runs the stages in order (sources -> extract -> geocode -> store) and reports per file.

No stage logic lives here: this module only sequences the stages and collects an IngestReport, so
the command line, the ingest page and the benchmarks share one path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import StoreError
from .extract import extract
from .geocode import Resolver
from .models import Article, Incident
from .sources import SourceFailure, SourceItem, SourceWarning
from .store import Store


@dataclass(frozen=True, slots=True)
class FileResult:
    name: str
    status: str  # saved, duplicate, no_incident, failed
    reason: str | None = None
    incidents: int = 0
    article_id: str | None = None
    warning: str | None = None


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def incidents(self) -> int:
        return sum(r.incidents for r in self.results)

    def summary(self) -> str:
        return (f"ingested {self.count('saved')} ({self.incidents} incidents), duplicates {self.count('duplicate')}, "
                f"no incident {self.count('no_incident')}, failed {self.count('failed')}")


def _unwrap(item: SourceItem) -> tuple[Article | None, str | None, SourceFailure | None]:
    if isinstance(item, SourceFailure):
        return None, None, item
    if isinstance(item, SourceWarning):
        return item.article, item.warning, None
    return item, None, None


def ingest(items: Iterable[SourceItem], store: Store, reference: dt.date | None = None,
           progress: Callable[[FileResult], None] | None = None, resolver: Resolver | None = None) -> IngestReport:
    """Extract and store each article in its own transaction; a bad file fails alone.

    A StoreError (database gone, locked, unwritable) stops the batch: what was saved stays whole.
    """
    report = IngestReport()
    resolver = resolver or Resolver()
    for item in items:
        article, warning, failure = _unwrap(item)
        if failure is not None:
            result = FileResult(failure.name, "failed", failure.reason)
        else:
            assert article is not None
            result = _ingest_one(article, store, reference, resolver, warning)
        report.results.append(result)
        if progress:
            progress(result)
    return report


def _ingest_one(article: Article, store: Store, reference: dt.date | None, resolver: Resolver,
                warning: str | None) -> FileResult:
    name = article.source_name or article.title or article.id
    if store.has_article(article.id):
        return FileResult(name, "duplicate", "already in the store (same text)", 0, article.id, warning)
    try:
        ex = extract(article, reference, resolver)
    except StoreError:
        raise
    except Exception as exc:  # one report's bug must not stop the batch; say which and why
        reason = f"extraction failed: {type(exc).__name__}: {exc}"[:300]
        store.save_failed_article(article.id, article.text, name, reason)
        return FileResult(name, "failed", reason, 0, article.id, warning)
    res = store.save_extraction(ex)
    warn = "; ".join(x for x in (warning, *ex.warnings) if x) or None
    if res.status == "duplicate":
        return FileResult(name, "duplicate", "already in the store (same text)", 0, article.id, warn)
    if res.status == "no_incident":
        return FileResult(name, "no_incident", ex.reason, 0, article.id, warn)
    note = f"{res.merged} incident(s) already known from another report: merged" if res.merged else None
    return FileResult(name, "saved", note, res.incidents, article.id, warn)


def incident_json(inc: Incident) -> dict:
    """The public JSON form of an incident (`dashboard extract --format json|jsonl`). Keep it stable."""
    p = inc.place

    def count(c):
        return c.to_dict() if c is not None else None

    return {
        "date": inc.event_date.iso(),
        "date_precision": inc.event_date.precision.value,
        "date_phrase": inc.event_date.phrase or None,
        "country": p.country, "province": p.admin1, "district": p.admin2, "location": p.location,
        "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.geo_precision.value,
        "gazetteer_id": p.gazetteer_id,
        "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
        "actors": [{"name": a.name, "role": a.role.value, "kind": a.kind.value, "mention": a.mention} for a in inc.actors],
        "killed": count(inc.killed), "wounded": count(inc.wounded), "captured": count(inc.captured),
        "by_group": {cat: {g: n for c, g, n in inc.counts_by_group if c == cat}
                     for cat in ("killed", "wounded", "captured") if any(c == cat for c, _, _ in inc.counts_by_group)},
        "people": [{"name": x.name, "role": x.role, "fate": x.fate} for x in inc.people],
        "evidence": [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in inc.evidence],
        "confidence": inc.confidence,
    }
