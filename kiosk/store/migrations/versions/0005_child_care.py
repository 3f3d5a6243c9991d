"""child care: children, guardians, flags, pickup rules and codes, signups, check-ins and -outs, staff in rooms

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "child",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
    )
    op.create_table(
        "child_guardian",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        *_record_columns(),
        _fk("child_guardian", "child_id", "child"),
        _fk("child_guardian", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_guardian")),
        sa.UniqueConstraint("child_id", "person_id", name=op.f("uq_child_guardian_child_id")),
    )
    op.create_index(op.f("ix_child_guardian_child_id"), "child_guardian", ["child_id"])
    op.create_index(op.f("ix_child_guardian_person_id"), "child_guardian", ["person_id"])
    op.create_table(
        "child_flag",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("child_flag", "child_id", "child"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_flag")),
    )
    op.create_index(op.f("ix_child_flag_child_id"), "child_flag", ["child_id"])
    op.create_table(
        "child_pickup_rule",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_record_columns(),
        _fk("child_pickup_rule", "child_id", "child"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_pickup_rule")),
    )
    op.create_index(op.f("ix_child_pickup_rule_child_id"), "child_pickup_rule", ["child_id"])
    op.create_table(
        "pickup_code",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("guardian_id", sa.String(length=36), nullable=False),
        *_record_columns(),
        _fk("pickup_code", "guardian_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pickup_code")),
        # The database itself refuses a code given out twice at a site on one day.
        sa.UniqueConstraint("site_code", "local_date", "code", name=op.f("uq_pickup_code_site_code")),
    )
    op.create_table(
        "childcare_signup",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("guardian_id", sa.String(length=36), nullable=False),
        sa.Column("pickup_code_id", sa.String(length=36), nullable=False),
        sa.Column("class_session_id", sa.String(length=36), nullable=True),
        sa.Column("room_code", sa.String(length=64), nullable=False),
        sa.Column("band_code", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        *_record_columns(),
        _fk("childcare_signup", "child_id", "child"),
        _fk("childcare_signup", "guardian_id", "person"),
        _fk("childcare_signup", "pickup_code_id", "pickup_code"),
        _fk("childcare_signup", "class_session_id", "class_session"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_childcare_signup")),
    )
    op.create_index(op.f("ix_childcare_signup_child_id"), "childcare_signup", ["child_id"])
    op.create_index(op.f("ix_childcare_signup_pickup_code_id"), "childcare_signup", ["pickup_code_id"])
    op.create_index("ix_childcare_signup_room_day", "childcare_signup", ["site_code", "room_code", "local_date"])
    op.create_table(
        "childcare_check_in",
        sa.Column("signup_id", sa.String(length=36), nullable=False),
        *_record_columns(),
        _fk("childcare_check_in", "signup_id", "childcare_signup"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_childcare_check_in")),
        sa.UniqueConstraint("signup_id", name=op.f("uq_childcare_check_in_signup_id")),
    )
    op.create_table(
        "childcare_check_out",
        sa.Column("signup_id", sa.String(length=36), nullable=False),
        sa.Column("pickup_by", sa.String(length=200), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        *_record_columns(),
        _fk("childcare_check_out", "signup_id", "childcare_signup"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_childcare_check_out")),
        sa.UniqueConstraint("signup_id", name=op.f("uq_childcare_check_out_signup_id")),
    )
    op.create_table(
        "staff_in_room",
        sa.Column("staff_member_id", sa.String(length=36), nullable=False),
        sa.Column("room_code", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        *_record_columns(),
        _fk("staff_in_room", "staff_member_id", "staff_member"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_in_room")),
    )
    op.create_index("ix_staff_in_room_day", "staff_in_room", ["site_code", "local_date", "staff_member_id"])


def downgrade() -> None:
    for table in (
        "staff_in_room",
        "childcare_check_out",
        "childcare_check_in",
        "childcare_signup",
        "pickup_code",
        "child_pickup_rule",
        "child_flag",
        "child_guardian",
        "child",
    ):
        op.drop_table(table)
