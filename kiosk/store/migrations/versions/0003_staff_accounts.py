"""staff accounts with PINs, and the per-station count of wrong PINs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("pin_set_at", sa.DateTime(), nullable=False),
        sa.Column("deactivated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_index(
        "ix_staff_member_active_pin",
        "staff_member",
        ["site_code", "pin_hash"],
        unique=True,
        sqlite_where=sa.text("active = 1"),
    )
    op.create_table(
        "pin_throttle",
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("site_code", "station_id", name=op.f("pk_pin_throttle")),
    )


def downgrade() -> None:
    op.drop_table("pin_throttle")
    op.drop_index("ix_staff_member_active_pin", table_name="staff_member")
    op.drop_table("staff_member")
