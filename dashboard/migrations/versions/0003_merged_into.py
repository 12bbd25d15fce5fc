"""incidents.merged_into: a report of an incident already known points at it (reversible merges)

Revision ID: 0003_merged_into
Revises: 0002_store_meta
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_merged_into"
down_revision = "0002_store_meta"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("merged_into", sa.String(64), nullable=True))
        batch.create_index("ix_incidents_merged_into", ["merged_into"])


def downgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_merged_into")
        batch.drop_column("merged_into")
