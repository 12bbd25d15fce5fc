"""initial schema: articles, incidents, sources, audit log, geocoder cache

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text), sa.Column("url", sa.Text), sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Date), sa.Column("language", sa.String(64)), sa.Column("source_name", sa.Text),
        sa.Column("text", sa.Text, nullable=False), sa.Column("clean_text", sa.Text),
        sa.Column("ingested_at", sa.DateTime, nullable=False), sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text),
    )
    counts = [sa.Column(f"{c}_{p}", sa.Integer) for c in ("killed", "wounded", "captured") for p in ("best", "low", "high")]
    quals = [sa.Column(f"{c}_qualifier", sa.String(40)) for c in ("killed", "wounded", "captured")]
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("event_date", sa.Date), sa.Column("date_precision", sa.String(20)),
        sa.Column("date_phrase", sa.Text), sa.Column("event_month", sa.Integer), sa.Column("event_day", sa.Integer),
        sa.Column("event_type", sa.String(60)), sa.Column("sub_event_type", sa.String(80)),
        sa.Column("country", sa.String(80)), sa.Column("admin1", sa.String(120)),
        sa.Column("admin2", sa.String(120)), sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float), sa.Column("geo_precision", sa.String(20)),
        sa.Column("gazetteer_id", sa.String(40)),
        *counts, *quals,
        sa.Column("fatalities", sa.Integer, nullable=False, server_default="0"),
        sa.Column("actor1", sa.Text), sa.Column("actor2", sa.Text), sa.Column("assoc_actor", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("review_status", sa.String(20), nullable=False, server_default="auto"),
        sa.Column("source_dataset", sa.String(20)), sa.Column("source_event_id", sa.String(80)),
        sa.Column("synthetic", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text), sa.Column("details", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False), sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    for col in ("event_date", "event_type", "country", "admin1", "review_status"):
        op.create_index(f"ix_incidents_{col}", "incidents", [col])
    op.create_table(
        "incident_sources",
        sa.Column("incident_id", sa.String(64), sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("figures", sa.Text),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.String(64)), sa.Column("action", sa.String(20), nullable=False),
        sa.Column("field", sa.String(60)), sa.Column("old_value", sa.Text), sa.Column("new_value", sa.Text),
        sa.Column("analyst", sa.String(120)), sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_audit_log_incident_id", "audit_log", ["incident_id"])
    op.create_table(
        "geocode_cache",
        sa.Column("service", sa.String(40), primary_key=True), sa.Column("query", sa.Text, primary_key=True),
        sa.Column("result", sa.Text), sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for t in ("geocode_cache", "audit_log", "incident_sources", "incidents", "articles"):
        op.drop_table(t)
