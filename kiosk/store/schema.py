"""The schema versions this code knows, without importing alembic.

``SCHEMA_HEAD`` must equal alembic's head; a test checks it. Add each new
migration's revision here and keep a database of the old version under
``tests/fixtures/schemas/``.
"""

from __future__ import annotations

SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(SCHEMA_REVISIONS)
