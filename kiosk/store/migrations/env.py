"""Alembic environment: always run on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from kiosk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misused alembic CLI
    raise RuntimeError("run migrations through kiosk.store.open_store, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
