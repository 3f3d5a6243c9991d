"""The one place where a core error becomes words for the screen.

The core's messages are English, for logs and IT; what a person sees is
chosen here by the error's ``code`` (and a refusal's ``reason``) and
translated. (Literal strings in each ``translate`` call, so lupdate finds them.)
A visitor always gets what to do next; a traceback never reaches a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.errors import KioskError, ScanRejected
from kiosk.scanning import Reason
from kiosk.scanning.typed import TypedEntryRejected, TypedReason


@dataclass(frozen=True)
class VisitorMessage:
    """A calm title, what happened and what to do next, in the visitor's language."""

    title: str
    body: str


def friendly_message(error: KioskError) -> str:
    code = error.code
    if code == "database_locked":
        return QCoreApplication.translate("Errors", "The database is busy. Trying again.")
    if code in ("disk_full", "data_dir_unwritable"):
        return QCoreApplication.translate("Errors", "This station cannot save records. Please call IT.")
    if code in ("database_corrupt", "migration_failed", "store"):
        return QCoreApplication.translate("Errors", "The database needs attention. Please call IT.")
    return QCoreApplication.translate("Errors", "Something went wrong. Please ask the front desk for help.")


def refusal_message(error: ScanRejected) -> VisitorMessage:
    """A card or pass that cannot be used: which one, and what to do instead."""
    reason = error.reason
    if reason == Reason.DRIVERS_LICENSE:
        return VisitorMessage(
            QCoreApplication.translate("Errors", "Please use your member card"),
            QCoreApplication.translate(
                "Errors", "A driver's license or state ID cannot be used here, and nothing from it was kept. "
                "Scan your health plan card or CRC pass, or type your details."),
        )
    if reason == Reason.PAYMENT_CARD:
        return VisitorMessage(
            QCoreApplication.translate("Errors", "Please use your member card"),
            QCoreApplication.translate(
                "Errors", "A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID."),
        )
    if reason == Reason.CRC_PASS_UNVERIFIED:
        return VisitorMessage(
            QCoreApplication.translate("Errors", "We could not read this pass"),
            QCoreApplication.translate("Errors", "Please see the front desk. They will check you in."),
        )
    return VisitorMessage(
        QCoreApplication.translate("Errors", "We could not use this card"),
        QCoreApplication.translate(
            "Errors", "Try again, type your ID, or touch \"I don't have a card\". The front desk can also help."),
    )


def typed_message(error: TypedEntryRejected) -> str:
    """What is wrong with a typed ID, with an example when the format is known."""
    reason = error.reason
    if reason == TypedReason.EMPTY:
        text = QCoreApplication.translate("Errors", "Please type your member ID.")
    elif reason in (TypedReason.TOO_SHORT, TypedReason.TOO_LONG, TypedReason.DIGIT_EXPECTED,
                    TypedReason.LETTER_EXPECTED, TypedReason.LETTER_EXPECTED_AT_END, TypedReason.WRONG_PREFIX,
                    TypedReason.ISSUE_DATE_INVALID):
        text = QCoreApplication.translate("Errors", "This ID does not look complete or right. Please check it.")
    elif reason == TypedReason.AMBIGUOUS:
        text = QCoreApplication.translate("Errors", "This ID matches more than one card. Please see the front desk.")
    else:
        text = QCoreApplication.translate("Errors", "This is not an ID we know. Please check it.")
    if error.hint is not None:
        text += " " + QCoreApplication.translate("Errors", "Example: %1").replace("%1", error.hint.example)
    return text


def unknown_id_message() -> VisitorMessage:
    return VisitorMessage(
        QCoreApplication.translate("Errors", "We did not find this ID"),
        QCoreApplication.translate(
            "Errors", "You can try again, register now (it takes a minute), or see the front desk."),
    )


def visitor_message(error: KioskError) -> VisitorMessage:
    """Any error from the bridge, as a calm message that ends with the front desk."""
    if isinstance(error, ScanRejected):
        return refusal_message(error)
    if error.code == "class_full":
        return VisitorMessage(
            QCoreApplication.translate("Errors", "This class just filled up"),
            QCoreApplication.translate("Errors", "Please choose something else, or see the front desk."),
        )
    if error.code == "invalid_input":
        return VisitorMessage(
            QCoreApplication.translate("Errors", "Please check what you typed"),
            QCoreApplication.translate("Errors", "Something is missing or not right. The front desk can help."),
        )
    return VisitorMessage(
        QCoreApplication.translate("Errors", "Sorry, something went wrong"),
        QCoreApplication.translate("Errors", "Please see the front desk. They will check you in."),
    )


def child_care_message(error: KioskError) -> str:
    """Why the children could not be signed up with the check-in (which stands), and the way on."""
    if error.code in ("room_full", "ratio_exceeded"):
        return QCoreApplication.translate(
            "Errors", "The children's room cannot take more children at that time. "
                      "You are checked in. Please see the front desk about child care.")
    if error.code == "no_room_for_age":
        return QCoreApplication.translate(
            "Errors", "Our children's room cannot take a child of that age. "
                      "You are checked in. Please see the front desk about child care.")
    if error.code == "childcare_unreachable":
        return QCoreApplication.translate(
            "Errors", "We could not reach the children's room just now. "
                      "You are checked in. Please see the front desk to sign your children up.")
    return QCoreApplication.translate(
        "Errors", "Child care could not be booked here. "
                  "You are checked in. Please see the front desk about child care.")
