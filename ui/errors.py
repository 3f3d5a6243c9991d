"""The one place where a core error becomes words for the screen.

The core's messages are English, for logs and IT; what a person sees is
chosen here by the error's ``code`` and translated. (Literal strings in each
``translate`` call, so lupdate finds them.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import KioskError


def friendly_message(error: KioskError) -> str:
    code = error.code
    if code == "database_locked":
        return QCoreApplication.translate("Errors", "The database is busy. Trying again.")
    if code in ("disk_full", "data_dir_unwritable"):
        return QCoreApplication.translate("Errors", "This station cannot save records. Please call IT.")
    if code in ("database_corrupt", "migration_failed", "store"):
        return QCoreApplication.translate("Errors", "The database needs attention. Please call IT.")
    return QCoreApplication.translate("Errors", "Something went wrong. Please ask the front desk for help.")
