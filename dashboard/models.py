"""Typed, immutable records shared by every stage.

One definition of an article, an incident and their parts, so that extraction, the store, the
query layer and the pages all speak the same language. Field names follow ACLED where it has one
(event_date, admin1, admin2, location, geo_precision) and UCDP for low/best/high.
This module imports nothing of ours.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN_YEAR = "unknown year"  # day and month known, the year not: never guessed
    UNKNOWN = "unknown"


class GeoPrecision(StrEnum):
    PLACE = "place"
    DISTRICT = "district"
    PROVINCE = "province"
    COUNTRY = "country"
    UNKNOWN = "unknown"


class ActorRole(StrEnum):
    SIDE_A = "side_a"  # who acted
    SIDE_B = "side_b"  # who was hit
    ASSOCIATED = "associated"  # e.g. the owners of the compound that was raided


class ActorKind(StrEnum):
    """ACLED's actor kinds (inter codes 1-8, grouped as analysts read them)."""

    STATE_FORCES = "state forces"
    REBEL_GROUP = "rebel group"
    POLITICAL_MILITIA = "political militia"
    IDENTITY_MILITIA = "identity militia"
    CIVILIANS = "civilians"
    EXTERNAL_OTHER = "external/other"


class ReviewStatus(StrEnum):
    AUTO = "auto"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


class ArticleStatus(StrEnum):
    EXTRACTED = "extracted"
    NO_INCIDENT = "no_incident"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a field's value came from: a character span of the article's cleaned text."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event date with its precision. With an unknown year, `value` is None and month/day stay."""

    value: dt.date | None
    precision: DatePrecision
    phrase: str = ""
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.value is not None:
            return self.value.isoformat()
        if self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"  # ISO 8601 for a date without a year
        return None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: the incident's location and its admin levels, with a known precision."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision = GeoPrecision.UNKNOWN
    gazetteer_id: str | None = None
    match_score: float | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical name from the actor dictionary
    role: ActorRole
    kind: ActorKind
    mention: str = ""  # the words the text used


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty or capture count. `best` is the conservative figure used in totals."""

    best: int | None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None  # the vague or bounding word kept: "several", "at least", ...

    def to_dict(self) -> dict:
        return {"best": self.best, "low": self.low, "high": self.high, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str | None = None  # "leader of AQIS", "courier"
    fate: str | None = None  # killed, wounded, captured


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident as extraction proposes it and the store keeps it."""

    event_date: EventDate
    place: Place
    event_type: str
    sub_event_type: str
    actors: tuple[Actor, ...] = ()
    killed: Count | None = None
    wounded: Count | None = None
    captured: Count | None = None
    people: tuple[Person, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    review_status: ReviewStatus = ReviewStatus.AUTO
    id: str | None = None
    article_ids: tuple[str, ...] = ()
    source_dataset: str | None = None  # "acled", "ucdp" for imports; None for our own extraction
    source_event_id: str | None = None
    notes: str | None = None
    # per side where the text tells them apart: (category, group, best), e.g. ("killed", "security forces", 2)
    counts_by_group: tuple[tuple[str, str, int], ...] = ()

    @property
    def fatalities(self) -> int:
        return (self.killed.best or 0) if self.killed else 0


@dataclass(frozen=True, slots=True)
class Article:
    """A report as ingested. Its id is the hash of its normalised text, so a re-ingest is a no-op."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str | None = None
    source_name: str | None = None  # the file or upload it came from
    ingested_at: dt.datetime | None = None
    status: ArticleStatus | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction made of one article: incidents, or none with the reason why."""

    article: Article
    incidents: tuple[Incident, ...] = ()
    reason: str | None = None  # why there is no incident; None when there are some
    cleaned_text: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


def normalise_text(text: str) -> str:
    """The form an article is hashed in: NFC, whitespace collapsed, case kept."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]
