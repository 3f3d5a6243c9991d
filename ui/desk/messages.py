"""Core errors as words for front-desk staff (who can be told more than a visitor, never a traceback)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from kiosk.errors import KioskError, ScanRejected
from kiosk.staff import StaffLockedOut
from ui.errors import friendly_message, refusal_message


def locked_out_message(error: StaffLockedOut, now: datetime, time_zone: tzinfo) -> str:
    minutes = max(1, -(-int((error.until - now).total_seconds()) // 60))
    at = error.until.astimezone(time_zone).strftime("%H:%M")
    # "%2 min": an abbreviation needs no plural forms (lupdate sees none in a translate() call).
    return QCoreApplication.translate(
        "DeskMessages", "Too many wrong PINs. Sign-in is locked until %1 (%2 min)."
    ).replace("%1", at).replace("%2", str(minutes))


def staff_message(error: KioskError) -> str:
    """What went wrong and what to do, for staff; the core's English detail where it says what to fix."""
    if isinstance(error, ScanRejected):
        words = refusal_message(error)
        return f"{words.title}. {words.body}"
    code = error.code
    if code == "invalid_input":
        return QCoreApplication.translate("DeskMessages", "Not saved: %1").replace("%1", str(error))
    if code == "not_found":
        return QCoreApplication.translate("DeskMessages", "Not found: %1").replace("%1", str(error))
    if code == "class_full":
        return QCoreApplication.translate("DeskMessages", "That class is full. Choose another.")
    if code == "unknown_service":
        return QCoreApplication.translate("DeskMessages", "That service is not offered here.")
    if code == "feature_unavailable":
        return QCoreApplication.translate("DeskMessages", "This is not available on this station yet.")
    if code in ("database_locked", "disk_full", "data_dir_unwritable", "database_corrupt", "migration_failed",
                "store"):
        return friendly_message(error)
    return QCoreApplication.translate("DeskMessages", "That did not work. Try again, or call IT if it keeps failing.")
