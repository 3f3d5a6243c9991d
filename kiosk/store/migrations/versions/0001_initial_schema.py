"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 12:39:55.567373
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_entry_id")),
    )
    op.create_table(
        "class_session",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("room", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_session")),
        sa.UniqueConstraint("site_code", "local_date", "code", name=op.f("uq_class_session_site_code")),
    )
    op.create_table(
        "outbox_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("plan_code", sa.String(length=32), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("depends_on", sa.String(length=200), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox_entry")),
        sa.UniqueConstraint("key", name=op.f("uq_outbox_entry_key")),
    )
    with op.batch_alter_table("outbox_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_entry_record_id"), ["record_id"], unique=False)
        batch_op.create_index("ix_outbox_plan_state_next", ["plan_code", "state", "next_attempt_at"], unique=False)

    op.create_table(
        "person",
        sa.Column("first_name", sa.String(length=100), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("preferred_language", sa.String(length=16), nullable=True),
        sa.Column("medi_cal_cin", sa.String(length=9), nullable=True),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_medi_cal_cin"), ["medi_cal_cin"], unique=False)

    op.create_table(
        "plan_membership",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("plan_code", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("consent", sa.String(length=8), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_plan_membership_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_membership")),
        sa.UniqueConstraint("plan_code", "member_id", name=op.f("uq_plan_membership_plan_code")),
    )
    with op.batch_alter_table("plan_membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_membership_person_id"), ["person_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("identified_by", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_visit_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_person_site_time", ["person_id", "site_code", "created_at"], unique=False)

    op.create_table(
        "correction",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_correction_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_correction_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_service",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("service_code", sa.String(length=32), nullable=False),
        sa.Column("class_session_id", sa.String(length=36), nullable=True),
        sa.Column("correction_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_session_id"], ["class_session.id"], name=op.f("fk_visit_service_class_session_id_class_session")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_visit_service_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_service")),
    )
    with op.batch_alter_table("visit_service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_service_class_session_id"), ["class_session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_service_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "service_removal",
        sa.Column("correction_id", sa.String(length=36), nullable=False),
        sa.Column("visit_service_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["correction_id"], ["correction.id"], name=op.f("fk_service_removal_correction_id_correction")
        ),
        sa.ForeignKeyConstraint(
            ["visit_service_id"], ["visit_service.id"], name=op.f("fk_service_removal_visit_service_id_visit_service")
        ),
        sa.PrimaryKeyConstraint("correction_id", "visit_service_id", name=op.f("pk_service_removal")),
    )
    with op.batch_alter_table("service_removal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_removal_visit_service_id"), ["visit_service_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("service_removal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_removal_visit_service_id"))

    op.drop_table("service_removal")
    with op.batch_alter_table("visit_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_service_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_service_class_session_id"))

    op.drop_table("visit_service")
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_visit_id"))

    op.drop_table("correction")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_person_site_time")

    op.drop_table("visit")
    with op.batch_alter_table("plan_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_membership_person_id"))

    op.drop_table("plan_membership")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_medi_cal_cin"))

    op.drop_table("person")
    with op.batch_alter_table("outbox_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_plan_state_next")
        batch_op.drop_index(batch_op.f("ix_outbox_entry_record_id"))

    op.drop_table("outbox_entry")
    op.drop_table("class_session")
    op.drop_table("audit_entry")
