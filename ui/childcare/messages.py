"""Child-care refusals as words for the room's staff: what happened and what to do, never a traceback.

A wrong code names no one (whose code it might be is nobody's business at the door).
Literal strings in each ``translate`` call, so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import KioskError
from ui.desk.messages import staff_message


def child_care_message(error: KioskError, *, pickup_by: str = "") -> str:
    code = error.code
    if code == "wrong_pickup_code":
        return QCoreApplication.translate(
            "ChildCareMessages",
            "No child here matches that code today. Check the code on the slip; if it is lost, use a release "
            "with a reason.")
    if code == "ratio_exceeded":
        return QCoreApplication.translate(
            "ChildCareMessages",
            "Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to "
            "the room, or send the parent to the front desk.")
    if code == "room_full":
        return QCoreApplication.translate(
            "ChildCareMessages", "Not checked in: the room is full. Send the parent to the front desk.")
    if code == "pickup_refused":
        text = QCoreApplication.translate(
            "ChildCareMessages",
            "Do not hand the child over: %1 is on this child's refused list. Call a supervisor.",
        ).replace("%1", pickup_by)
        note = getattr(error, "note", None)  # the list's own note (a court order...), for staff's eyes
        return f"{text} ({note})" if note else text
    if code == "pickup_not_authorized":
        return QCoreApplication.translate(
            "ChildCareMessages",
            "%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.",
        ).replace("%1", pickup_by)
    if code == "not_checked_in":
        return QCoreApplication.translate("ChildCareMessages", "That child is not in the room.")
    if code == "not_room_staff":
        return QCoreApplication.translate(
            "ChildCareMessages", "Only child-care staff or a supervisor can sign in at the child-care room.")
    if code == "no_child_care":
        return QCoreApplication.translate("ChildCareMessages", "This site has no child-care room set up. Call IT.")
    return staff_message(error)
