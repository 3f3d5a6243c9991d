"""people search index (back-filled), person merges and their undos

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_search",
        sa.Column("token", sa.String(length=120), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_person_search_person_id_person"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token", "person_id", name=op.f("pk_person_search")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_person_search_person_token", "person_search", ["person_id", "token"], unique=False)
    op.create_table(
        "person_merge",
        sa.Column("keep_id", sa.String(length=36), nullable=False),
        sa.Column("merge_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["keep_id"], ["person.id"], name=op.f("fk_person_merge_keep_id_person")),
        sa.ForeignKeyConstraint(["merge_id"], ["person.id"], name=op.f("fk_person_merge_merge_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge")),
    )
    op.create_index(op.f("ix_person_merge_keep_id"), "person_merge", ["keep_id"], unique=False)
    op.create_index(op.f("ix_person_merge_merge_id"), "person_merge", ["merge_id"], unique=False)
    op.create_table(
        "person_merge_undo",
        sa.Column("person_merge_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["person_merge_id"], ["person_merge.id"], name=op.f("fk_person_merge_undo_person_merge_id_person_merge")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge_undo")),
        sa.UniqueConstraint("person_merge_id", name=op.f("uq_person_merge_undo_person_merge_id")),
    )
    # Everyone already here becomes searchable, in this same transaction (the file was backed up first).
    from kiosk.search.index import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("person_merge_undo")
    op.drop_index(op.f("ix_person_merge_merge_id"), table_name="person_merge")
    op.drop_index(op.f("ix_person_merge_keep_id"), table_name="person_merge")
    op.drop_table("person_merge")
    op.drop_index("ix_person_search_person_token", table_name="person_search")
    op.drop_table("person_search")
