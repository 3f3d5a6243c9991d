"""Typed errors of the core. The CLI prints ``str(error)`` as one line; the UI
turns ``code`` into a visitor-friendly message in one place."""

from __future__ import annotations


class KioskError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"


class ConfigError(KioskError):
    code = "config"


class NotProvisioned(KioskError):
    code = "not_provisioned"


class StoreError(KioskError):
    code = "store"


class DataDirUnwritable(StoreError):
    code = "data_dir_unwritable"


class DiskFull(StoreError):
    code = "disk_full"


class DatabaseLocked(StoreError):
    code = "database_locked"


class DatabaseCorrupt(StoreError):
    code = "database_corrupt"


class MigrationFailed(StoreError):
    code = "migration_failed"


class ScanRejected(KioskError):
    """A payload that is not a usable identification. ``reason`` is a stable code."""

    code = "scan_rejected"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class UnknownService(KioskError):
    code = "unknown_service"


class ClassFull(KioskError):
    code = "class_full"


class NotFound(KioskError):
    code = "not_found"


class InvalidInput(KioskError):
    code = "invalid_input"
