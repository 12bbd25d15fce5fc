"""store_meta: a revision counter bumped by every write; an index on incidents.updated_at

Revision ID: 0002_store_meta
Revises: 0001_initial
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_store_meta"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    t = op.create_table(
        "store_meta",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False, server_default="0"),
    )
    op.bulk_insert(t, [{"key": "revision", "value": 1}])
    # readers refresh their in-memory copy with the rows changed since they last read
    op.create_index("ix_incidents_updated_at", "incidents", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_incidents_updated_at", "incidents")
    op.drop_table("store_meta")
