"""outbox: index for claiming due entries in order

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbox_plan_state_seq", "outbox_entry", ["plan_code", "state", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_plan_state_seq", table_name="outbox_entry")
