"""Local storage: SQLAlchemy models, the SQLite engine, migrations."""

from kiosk.store.engine import Store, open_store

__all__ = ["Store", "open_store"]
