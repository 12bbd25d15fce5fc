"""The store: schema (by Alembic migrations), connections, idempotent writes, the audit trail.

SQLite in WAL mode by default (nothing to install; the dashboard reads while a command-line ingest
writes), any SQLAlchemy URL for a team server. Articles are keyed by the hash of their normalised
text, so a second ingest of the same report adds nothing. Each article is written in one transaction:
a failure or a kill mid-batch leaves every earlier article whole. This is the only module that writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from . import dedupe, settings
from .errors import ReviewError, StoreError
from .models import ArticleStatus, Count, Extraction, Incident, ReviewStatus

MIGRATIONS = Path(__file__).parent / "migrations"

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text), sa.Column("url", sa.Text), sa.Column("publisher", sa.Text),
    sa.Column("published", sa.Date), sa.Column("language", sa.String(64)), sa.Column("source_name", sa.Text),
    sa.Column("text", sa.Text, nullable=False), sa.Column("clean_text", sa.Text),
    sa.Column("ingested_at", sa.DateTime, nullable=False), sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
)

incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("event_date", sa.Date, index=True), sa.Column("date_precision", sa.String(20)),
    sa.Column("date_phrase", sa.Text), sa.Column("event_month", sa.Integer), sa.Column("event_day", sa.Integer),
    sa.Column("event_type", sa.String(60), index=True), sa.Column("sub_event_type", sa.String(80)),
    sa.Column("country", sa.String(80), index=True), sa.Column("admin1", sa.String(120), index=True),
    sa.Column("admin2", sa.String(120)), sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float), sa.Column("geo_precision", sa.String(20)),
    sa.Column("gazetteer_id", sa.String(40)),
    *[sa.Column(f"{c}_{p}", sa.Integer) for c in ("killed", "wounded", "captured") for p in ("best", "low", "high")],
    *[sa.Column(f"{c}_qualifier", sa.String(40)) for c in ("killed", "wounded", "captured")],
    sa.Column("fatalities", sa.Integer, nullable=False, server_default="0"),
    sa.Column("actor1", sa.Text), sa.Column("actor2", sa.Text), sa.Column("assoc_actor", sa.Text),
    sa.Column("confidence", sa.Float), sa.Column("review_status", sa.String(20), nullable=False, server_default="auto", index=True),
    sa.Column("source_dataset", sa.String(20)), sa.Column("source_event_id", sa.String(80)),
    sa.Column("synthetic", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("notes", sa.Text), sa.Column("details", sa.Text),
    sa.Column("created_at", sa.DateTime, nullable=False), sa.Column("updated_at", sa.DateTime, nullable=False, index=True),
    sa.Column("merged_into", sa.String(64), index=True),
)

incident_sources = sa.Table(
    "incident_sources", metadata,
    sa.Column("incident_id", sa.String(64), sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    sa.Column("figures", sa.Text),  # this source's own counts, kept when incidents merge
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.String(64), index=True), sa.Column("action", sa.String(20), nullable=False),
    sa.Column("field", sa.String(60)), sa.Column("old_value", sa.Text), sa.Column("new_value", sa.Text),
    sa.Column("analyst", sa.String(120)), sa.Column("at", sa.DateTime, nullable=False),
)

store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", sa.String(40), primary_key=True), sa.Column("value", sa.Integer, nullable=False),
)

geocode_cache = sa.Table(
    "geocode_cache", metadata,
    sa.Column("service", sa.String(40), primary_key=True), sa.Column("query", sa.Text, primary_key=True),
    sa.Column("result", sa.Text), sa.Column("at", sa.DateTime, nullable=False),
)


@dataclass(frozen=True, slots=True)
class WriteResult:
    status: str  # saved, duplicate, no_incident
    article_id: str
    incidents: int = 0
    merged: int = 0  # incidents already known from another report (kept, pointing at the first)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _sqlite_path(url: str) -> Path | None:
    u = sa.engine.make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str) -> Engine:
    path = _sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from None
        if path.exists() and not _writable(path):
            raise StoreError(f"the database {path} cannot be written (check its permissions)")
        if not path.exists() and not _writable(path.parent):
            raise StoreError(f"the database cannot be created in {path.parent} (the folder is not writable)")
    engine = sa.create_engine(url, future=True, connect_args={"timeout": 15} if path is not None else {})
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):  # WAL: readers never block the writer
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=15000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    return engine


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


class Store:
    """One database: migrate it, write articles and incidents, read back by id, keep the audit trail."""

    def __init__(self, url: str | None = None, migrate: bool = True):
        self.url = settings.db_url(url)
        try:
            self.engine = make_engine(self.url)
            if migrate:
                self.migrate()
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database: {_plain(exc)}") from None

    # --- schema
    def _alembic_config(self, conn: Connection):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        return cfg

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str:
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            return ScriptDirectory.from_config(self._alembic_config(conn)).get_current_head()

    def migrate(self) -> None:
        """Create or upgrade the schema; refuse a database made by a newer version of this program."""
        from alembic import command
        from alembic.script import ScriptDirectory

        try:
            with self.engine.begin() as conn:
                cfg = self._alembic_config(conn)
                script = ScriptDirectory.from_config(cfg)
                from alembic.runtime.migration import MigrationContext

                current = MigrationContext.configure(conn).get_current_revision()
                known = {r.revision for r in script.walk_revisions()}
                if current is not None and current not in known:
                    raise StoreError(
                        f"the database was made by a newer version of this program (schema {current}); "
                        "upgrade the program or use another database"
                    )
                if current != script.get_current_head():
                    command.upgrade(cfg, "head")
        except StoreError:
            raise
        except OperationalError as exc:
            raise StoreError(f"cannot prepare the database: {_plain(exc)}") from None

    @contextmanager
    def transaction(self):
        """One write transaction; it also bumps the revision, so readers can tell that data changed."""
        try:
            with self.engine.begin() as conn:
                yield conn
                conn.execute(store_meta.update().where(store_meta.c.key == "revision")
                             .values(value=store_meta.c.value + 1))
        except OperationalError as exc:
            raise StoreError(f"the database refused the write: {_plain(exc)}") from None

    def revision(self) -> int:
        """A number that changes with every write (one small read: cheap enough for every rerun)."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "revision")).scalar() or 0)

    # --- writes
    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def save_extraction(self, ex: Extraction, merge: bool = True) -> WriteResult:
        """Write an article and its incidents in one transaction; a known article is a duplicate.

        An incident that another report already told of (dedupe.match_reason) is kept, marked
        'merged' and pointing at the first; the first gains this report as a source. Undo with undo_merge.
        """
        a = ex.article
        with self.transaction() as conn:
            if conn.execute(sa.select(articles.c.id).where(articles.c.id == a.id)).first():
                return WriteResult("duplicate", a.id)
            status = ArticleStatus.EXTRACTED if ex.incidents else ArticleStatus.NO_INCIDENT
            conn.execute(articles.insert().values(
                id=a.id, title=a.title, url=a.url, publisher=a.publisher, published=a.published,
                language=a.language or "en", source_name=a.source_name, text=a.text, clean_text=ex.cleaned_text,
                ingested_at=now(), status=status.value, reason=ex.reason,
            ))
            merged = 0
            for i, inc in enumerate(ex.incidents):
                inc_id = incident_id(a.id, i)
                self._write_incident(conn, inc, inc_id)
                conn.execute(incident_sources.insert().values(
                    incident_id=inc_id, article_id=a.id, position=i, figures=json.dumps(_figures(inc))))
                if merge:
                    merged += self._merge_if_known(conn, inc_id, a.id)
        return WriteResult("saved" if ex.incidents else "no_incident", a.id, len(ex.incidents), merged)

    # --- one incident, many reports
    def _candidates(self, conn: Connection, row) -> list[dedupe.Candidate]:
        if not row["admin1"] or row["event_date"] is None:
            return []
        d = row["event_date"]
        q = (sa.select(incidents).where(
            incidents.c.admin1 == row["admin1"], incidents.c.id != row["id"],
            incidents.c.event_date.between(d - dt.timedelta(days=1), d + dt.timedelta(days=1)),
            incidents.c.review_status.notin_(["merged", "rejected"]),
            incidents.c.source_dataset.is_(None)))
        return [_candidate(r) for r in conn.execute(q).mappings()]

    def _merge_if_known(self, conn: Connection, inc_id: str, article_id_: str) -> int:
        row = conn.execute(sa.select(incidents).where(incidents.c.id == inc_id)).mappings().first()
        new = _candidate(row)
        for cand in self._candidates(conn, row):
            own = conn.execute(sa.select(incident_sources.c.article_id).where(
                incident_sources.c.incident_id == cand.id, incident_sources.c.article_id == article_id_)).first()
            if own:
                continue  # two incidents of one report are two incidents
            reason = dedupe.match_reason(new, cand)
            if reason:
                self._attach(conn, cand.id, inc_id, reason, "automatic")
                return 1
        return 0

    def _attach(self, conn: Connection, target_id: str, other_id: str, reason: str, analyst: str) -> None:
        """Mark `other` as told again by `target`'s incident: its sources join the target's."""
        at = now()
        for src in conn.execute(sa.select(incident_sources).where(incident_sources.c.incident_id == other_id)).mappings():
            exists = conn.execute(sa.select(incident_sources.c.article_id).where(
                incident_sources.c.incident_id == target_id, incident_sources.c.article_id == src["article_id"])).first()
            if not exists:
                conn.execute(incident_sources.insert().values(incident_id=target_id, article_id=src["article_id"],
                                                              position=src["position"], figures=src["figures"]))
        conn.execute(incidents.update().where(incidents.c.id == other_id)
                     .values(review_status="merged", merged_into=target_id, updated_at=at))
        self._recount(conn, target_id)
        conn.execute(audit_log.insert().values(incident_id=target_id, action="merge", field="sources",
                                               old_value=None, new_value=f"{other_id}: {reason}", analyst=analyst, at=at))

    def _recount(self, conn: Connection, target_id: str) -> None:
        """Counts over all sources (low/best/high); an analyst's corrected counts are left alone."""
        row = conn.execute(sa.select(incidents.c.review_status).where(incidents.c.id == target_id)).first()
        if row is None or row[0] in ("corrected", "confirmed"):
            return
        figs = [json.loads(f or "{}") for (f,) in conn.execute(
            sa.select(incident_sources.c.figures).where(incident_sources.c.incident_id == target_id))]
        values: dict = {}
        for key in ("killed", "wounded", "captured"):
            c = dedupe.combine([Count(**f[key]) if f.get(key) else None for f in figs])
            values.update(_count_cols(key, c))
        values["fatalities"] = values["killed_best"] or 0
        conn.execute(incidents.update().where(incidents.c.id == target_id).values(**values, updated_at=now()))

    def merge(self, target_id: str, other_id: str, analyst: str) -> str:
        """An analyst merges two incidents. Refused across provinces (a merge report says why)."""
        with self.transaction() as conn:
            rows = {r["id"]: r for r in conn.execute(sa.select(incidents).where(
                incidents.c.id.in_([target_id, other_id]))).mappings()}
            if len(rows) != 2 or target_id == other_id:
                raise ReviewError("pick two different incidents to merge")
            a, b = rows[target_id], rows[other_id]
            if (a["admin1"] or "") != (b["admin1"] or ""):
                raise ReviewError(f"not merged: the incidents are in different provinces ({a['admin1']} and {b['admin1']})")
            reason = f"merged by {analyst or 'an analyst'}"
            self._attach(conn, target_id, other_id, reason, analyst or "anonymous")
            return reason

    def undo_merge(self, merged_id: str, analyst: str) -> None:
        """Give a merged incident back its own record; the target loses the sources it brought."""
        with self.transaction() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.id == merged_id)).mappings().first()
            if row is None or row["review_status"] != "merged" or not row["merged_into"]:
                raise ReviewError("this incident is not merged into another")
            target = row["merged_into"]
            own = [r[0] for r in conn.execute(sa.select(incident_sources.c.article_id)
                                              .where(incident_sources.c.incident_id == merged_id))]
            conn.execute(incident_sources.delete().where(incident_sources.c.incident_id == target,
                                                         incident_sources.c.article_id.in_(own)))
            conn.execute(incidents.update().where(incidents.c.id == merged_id)
                         .values(review_status="auto", merged_into=None, updated_at=now()))
            self._recount(conn, target)
            conn.execute(audit_log.insert().values(incident_id=target, action="unmerge", field="sources",
                                                   old_value=merged_id, new_value=None,
                                                   analyst=analyst or "anonymous", at=now()))

    def split(self, inc_id: str, analyst: str, **changes) -> str:
        """Split one incident into two: a copy with the given fields changed, audited on both."""
        with self.transaction() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.id == inc_id)).mappings().first()
            if row is None:
                raise ReviewError(f"no incident {inc_id}")
            n = conn.execute(sa.select(sa.func.count()).select_from(audit_log).where(
                audit_log.c.incident_id == inc_id, audit_log.c.action == "split")).scalar_one()
            new_id = incident_id(f"{inc_id}:split", n + 1)
            values = {k: v for k, v in dict(row).items() if k != "id"}
            values.update(changes, review_status="corrected", created_at=now(), updated_at=now(), merged_into=None)
            if "killed_best" in changes:
                values["fatalities"] = int(changes["killed_best"] or 0)
            conn.execute(incidents.insert().values(id=new_id, **values))
            for src in conn.execute(sa.select(incident_sources).where(incident_sources.c.incident_id == inc_id)).mappings():
                conn.execute(incident_sources.insert().values(incident_id=new_id, article_id=src["article_id"],
                                                              position=src["position"], figures=src["figures"]))
            at = now()
            for target, value in ((inc_id, new_id), (new_id, inc_id)):
                conn.execute(audit_log.insert().values(incident_id=target, action="split", field="incident",
                                                       old_value=None, new_value=value, analyst=analyst or "anonymous", at=at))
            return new_id

    def reextract(self, ex: Extraction) -> int:
        """Replace an article's machine incidents with a new extraction; reviewed ones stay as the analyst left them."""
        a = ex.article
        with self.transaction() as conn:
            ids = [r[0] for r in conn.execute(sa.select(incident_sources.c.incident_id)
                                              .where(incident_sources.c.article_id == a.id))]
            reviewed = {r[0] for r in conn.execute(sa.select(incidents.c.id).where(
                incidents.c.id.in_(ids), incidents.c.review_status.in_(["corrected", "confirmed", "rejected"])))}
            machine = [i for i in ids if i not in reviewed]
            conn.execute(incident_sources.delete().where(incident_sources.c.incident_id.in_(machine),
                                                         incident_sources.c.article_id == a.id))
            conn.execute(incidents.delete().where(incidents.c.id.in_(machine), incidents.c.source_dataset.is_(None)))
            written = 0
            for i, inc in enumerate(ex.incidents):
                inc_id = incident_id(a.id, i)
                if inc_id in reviewed:
                    continue  # the analyst's word wins over the machine's
                self._write_incident(conn, inc, inc_id)
                conn.execute(incident_sources.insert().values(incident_id=inc_id, article_id=a.id, position=i,
                                                              figures=json.dumps(_figures(inc))))
                written += 1
            conn.execute(articles.update().where(articles.c.id == a.id).values(clean_text=ex.cleaned_text))
            return written

    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(sa.select(articles.c.id).where(articles.c.status != "failed"))]

    def save_failed_article(self, article_id_: str, text: str, source_name: str, reason: str) -> None:
        with self.transaction() as conn:
            if conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id_)).first():
                return
            conn.execute(articles.insert().values(id=article_id_, text=text, source_name=source_name,
                                                  ingested_at=now(), status=ArticleStatus.FAILED.value, reason=reason))

    def save_incidents(self, rows: list[Incident], *, replace: bool = False) -> int:
        """Write incidents without an article (dataset imports, benchmarks), in one transaction."""
        with self.transaction() as conn:
            n = 0
            for inc in rows:
                inc_id = inc.id or incident_id(f"{inc.source_dataset}:{inc.source_event_id}", 0)
                exists = conn.execute(sa.select(incidents.c.id, incidents.c.review_status)
                                      .where(incidents.c.id == inc_id)).first()
                if exists:
                    if not replace or exists.review_status != ReviewStatus.AUTO.value:
                        continue  # an analyst's word wins over a re-import
                    conn.execute(incidents.delete().where(incidents.c.id == inc_id))
                self._write_incident(conn, inc, inc_id)
                n += 1
        return n

    def bulk_insert_rows(self, rows: list[dict]) -> None:
        """Fast path for benchmarks: plain rows already in the table's shape."""
        with self.transaction() as conn:
            conn.execute(incidents.insert(), rows)

    def _write_incident(self, conn: Connection, inc: Incident, inc_id: str) -> None:
        conn.execute(incidents.insert().values(id=inc_id, **incident_row(inc)))

    # --- reads used by writers and pages
    def get_incident_row(self, inc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(incidents).where(incidents.c.id == inc_id)).mappings().first()
            return dict(r) if r else None

    def article(self, article_id_: str) -> dict | None:
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(articles).where(articles.c.id == article_id_)).mappings().first()
            return dict(r) if r else None

    def sources_of(self, inc_id: str) -> list[dict]:
        with self.engine.connect() as conn:
            q = (sa.select(articles.c.id, articles.c.title, articles.c.url, articles.c.published, articles.c.clean_text,
                           articles.c.text, incident_sources.c.figures, incident_sources.c.position)
                 .join(incident_sources, incident_sources.c.article_id == articles.c.id)
                 .where(incident_sources.c.incident_id == inc_id))
            return [dict(r) for r in conn.execute(q).mappings()]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one(),
                "incidents": conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar_one(),
                "fatalities": conn.execute(sa.select(sa.func.coalesce(sa.func.sum(incidents.c.fatalities), 0))
                                           .where(incidents.c.review_status != "rejected")).scalar_one(),
            }

    # --- review: corrections with an audit trail
    def update_incident(self, inc_id: str, changes: dict, analyst: str, action: str = "correct") -> int:
        """Apply field changes, audit each (old and new value), and mark the incident corrected."""
        allowed = set(incidents.c.keys()) - {"id", "created_at", "updated_at"}
        bad = set(changes) - allowed
        if bad:
            raise StoreError(f"unknown field(s): {', '.join(sorted(bad))}")
        with self.transaction() as conn:
            old = conn.execute(sa.select(incidents).where(incidents.c.id == inc_id)).mappings().first()
            if old is None:
                raise StoreError(f"no incident {inc_id}")
            diffs = {k: v for k, v in changes.items() if _differs(old[k], v)}
            if not diffs:
                return 0
            if "killed_best" in diffs:
                diffs["fatalities"] = int(diffs["killed_best"] or 0)
            status = {"correct": "corrected", "confirm": "confirmed", "reject": "rejected"}.get(action, "corrected")
            diffs.setdefault("review_status", status)
            conn.execute(incidents.update().where(incidents.c.id == inc_id).values(**diffs, updated_at=now()))
            at = now()
            for k, v in diffs.items():
                conn.execute(audit_log.insert().values(incident_id=inc_id, action=action, field=k,
                                                       old_value=_text(old[k]), new_value=_text(v),
                                                       analyst=analyst or "anonymous", at=at))
            return len(diffs)

    def set_review_status(self, inc_id: str, status: ReviewStatus, analyst: str) -> None:
        action = {ReviewStatus.CONFIRMED: "confirm", ReviewStatus.REJECTED: "reject"}.get(status, "correct")
        self.update_incident(inc_id, {"review_status": status.value}, analyst, action)

    def audit_trail(self, inc_id: str | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            q = sa.select(audit_log).order_by(audit_log.c.id)
            if inc_id:
                q = q.where(audit_log.c.incident_id == inc_id)
            return [dict(r) for r in conn.execute(q).mappings()]

    # --- geocoder cache
    def cached_geocode(self, service: str, query: str) -> str | None:
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(geocode_cache.c.result).where(
                geocode_cache.c.service == service, geocode_cache.c.query == query)).first()
            return r[0] if r else None

    def cache_geocode(self, service: str, query: str, result: str) -> None:
        with self.transaction() as conn:
            conn.execute(geocode_cache.delete().where(geocode_cache.c.service == service, geocode_cache.c.query == query))
            conn.execute(geocode_cache.insert().values(service=service, query=query, result=result, at=now()))

    def dispose(self) -> None:
        self.engine.dispose()


def _candidate(row) -> dedupe.Candidate:
    names = set()
    for col in ("actor1", "actor2"):
        names |= {x for x in (row[col] or "").split("; ") if x}
    return dedupe.Candidate(row["id"], row["event_date"], row["date_precision"] or "", row["admin1"], row["admin2"],
                            row["event_type"], frozenset(names))


def incident_id(key: str, index: int) -> str:
    return hashlib.sha256(f"{key}#{index}".encode()).hexdigest()[:24]


def _figures(inc: Incident) -> dict:
    return {k: (getattr(inc, k).to_dict() if getattr(inc, k) else None) for k in ("killed", "wounded", "captured")}


def _count_cols(prefix: str, c: Count | None) -> dict:
    return {f"{prefix}_best": c.best if c else None, f"{prefix}_low": c.low if c else None,
            f"{prefix}_high": c.high if c else None, f"{prefix}_qualifier": c.qualifier if c else None}


def incident_row(inc: Incident) -> dict:
    """An Incident as a flat row: ACLED-style columns for filtering, the rest as JSON details."""
    from .models import ActorRole

    def names(role: ActorRole) -> str | None:
        return "; ".join(a.name for a in inc.actors if a.role == role) or None

    ts = now()
    p = inc.place
    return {
        "event_date": inc.event_date.value, "date_precision": inc.event_date.precision.value,
        "date_phrase": inc.event_date.phrase, "event_month": inc.event_date.month, "event_day": inc.event_date.day,
        "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
        "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "location": p.location,
        "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.geo_precision.value,
        "gazetteer_id": p.gazetteer_id,
        **_count_cols("killed", inc.killed), **_count_cols("wounded", inc.wounded), **_count_cols("captured", inc.captured),
        "fatalities": inc.fatalities,
        "actor1": names(ActorRole.SIDE_A), "actor2": names(ActorRole.SIDE_B), "assoc_actor": names(ActorRole.ASSOCIATED),
        "confidence": inc.confidence, "review_status": inc.review_status.value,
        "source_dataset": inc.source_dataset, "source_event_id": inc.source_event_id, "notes": inc.notes,
        "details": json.dumps({
            "actors": [{"name": a.name, "role": a.role.value, "kind": a.kind.value, "mention": a.mention} for a in inc.actors],
            "people": [asdict(x) for x in inc.people],
            "evidence": [asdict(e) for e in inc.evidence],
            "place_match_score": p.match_score,
            "counts_by_group": [list(x) for x in inc.counts_by_group],
        }),
        "created_at": ts, "updated_at": ts,
    }


def _differs(a, b) -> bool:
    if a is None and b in (None, ""):
        return False
    if isinstance(a, dt.date) and isinstance(b, str):
        return a.isoformat() != b[:10]
    return a != b


def _text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return str(v)


def _plain(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
