"""The child-care station's sign-in: the desk's PIN screen, saying which room the PIN counts you in."""

from __future__ import annotations

from ui.screens.desk_signin import DeskSignInScreen


class ChildCareSignInScreen(DeskSignInScreen):
    room_name = ""

    def retranslate(self) -> None:
        super().retranslate()
        self._title.setText(self.tr("Child care"))
        hint = self.tr("Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.")
        self._hint.setText(hint.replace("%1", self.room_name))
