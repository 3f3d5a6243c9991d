"""The visitor flow: which screen comes next, and the calls to the core behind each step.

welcome --scan--> choose --"Check in"--> confirmation --(done or timeout)--> welcome
welcome --"Type my ID"--> typed_id --found--> choose;  not found --> message
welcome --"I don't have a card"--> register --> choose
choose --"Check in" with "I need child care"--> children --"Check in"--> confirmation (with the pickup code)
any refusal or failure --> message (calm words from ``ui.errors``, what to do next)

Every core call goes through the bridge (``ui.screens.lane``); while one is
under way further scans are ignored, so a double read cannot check in twice.
``reset`` is the privacy wipe: every screen forgets the visitor, the
language goes back to the site's default and the welcome screen shows.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.config import Config
from kiosk.errors import KioskError, ScanRejected
from kiosk.scanning.typed import TypedEntryRejected, validate_typed
from kiosk.station import Station
from ui.errors import VisitorMessage, child_care_message, typed_message, unknown_id_message, visitor_message
from ui.screens.base import KioskScreen
from ui.screens.children import ChildrenScreen
from ui.screens.choose import ChooseScreen, ClassChoice, short_time
from ui.screens.confirmation import ChildCareShown, Confirmation, ConfirmationScreen
from ui.screens.lane import (
    CheckedIn,
    ChildCareRequest,
    Identified,
    check_in_visitor,
    identify_payload,
    identify_scan,
    register_person,
)
from ui.screens.message import Action, MessageScreen
from ui.screens.register import RegisterScreen
from ui.screens.typed_id import TypedIdScreen
from ui.screens.welcome import WelcomeScreen
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

# Screens where a scan starts (or restarts) a check-in.
SCAN_SCREENS = frozenset({"welcome", "typed-id", "message", "confirmation"})
# A look-up made on a card's first frame serves its confirmation only this long (classes fill up).
PREPARED_FOR_S = 2.0


@dataclass
class _Prepared:
    """A card's look-up, started on its first frame, kept for when the second frame confirms it."""

    payload: str
    started: float
    done: bool = False
    outcome: Identified | None = None
    error: KioskError | None = None
    wanted: bool = False  # confirmed while the look-up was still under way: act when it lands


class KioskFlow(QObject):
    """Drives the screens of a kiosk; ``screen_changed(name)`` after each move."""

    screen_changed = Signal(str)
    checked_in = Signal(object)  # the CheckInResult (tests, benchmarks)

    def __init__(self, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher,
                 stack: QStackedWidget, screens: dict[str, KioskScreen | WelcomeScreen],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._config: Config = station.config
        self._bridge = bridge
        self._switcher = switcher
        self._stack = stack
        self._screens = screens
        self._busy = False
        self._visitor: Identified | None = None
        self._identified_by = "scan"
        self._prepared: _Prepared | None = None
        self._specs: tuple[str, ...] = ()  # chosen on the choice screen, while the children are picked

        welcome = self.welcome
        welcome.type_id_requested.connect(self.start_typed_id)
        welcome.register_requested.connect(self.start_registration)
        self.typed_id.submitted.connect(self.submit_typed_id)
        self.typed_id.back.connect(self.reset)
        self.register.submitted.connect(self.submit_registration)
        self.register.back.connect(self.reset)
        self.choose.check_in_requested.connect(self.check_in)
        self.choose.cancelled.connect(self.reset)
        self.children_step.submitted.connect(self.check_in_with_children)
        self.children_step.back.connect(self._back_to_choice)
        self.confirmation.done.connect(self.reset)
        self.message.action_chosen.connect(self._on_action)

    # -- screens ----------------------------------------------------------

    @property
    def welcome(self) -> WelcomeScreen:
        screen = self._screens["welcome"]
        assert isinstance(screen, WelcomeScreen)
        return screen

    def _screen(self, name: str, kind: type[Any]) -> Any:
        screen = self._screens[name]
        assert isinstance(screen, kind)
        return screen

    @property
    def typed_id(self) -> TypedIdScreen:
        return self._screen("typed-id", TypedIdScreen)  # type: ignore[no-any-return]

    @property
    def register(self) -> RegisterScreen:
        return self._screen("register", RegisterScreen)  # type: ignore[no-any-return]

    @property
    def choose(self) -> ChooseScreen:
        return self._screen("choose", ChooseScreen)  # type: ignore[no-any-return]

    @property
    def confirmation(self) -> ConfirmationScreen:
        return self._screen("confirmation", ConfirmationScreen)  # type: ignore[no-any-return]

    @property
    def children_step(self) -> ChildrenScreen:
        return self._screen("children", ChildrenScreen)  # type: ignore[no-any-return]

    @property
    def message(self) -> MessageScreen:
        return self._screen("message", MessageScreen)  # type: ignore[no-any-return]

    def current(self) -> str:
        widget = self._stack.currentWidget()
        return next(name for name, screen in self._screens.items() if screen is widget)

    def show(self, name: str) -> None:
        self._stack.setCurrentWidget(self._screens[name])
        self.screen_changed.emit(name)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def at_rest(self) -> bool:
        """Nothing to wipe: the welcome screen in the site's language, no visitor."""
        return (self.current() == "welcome" and self._visitor is None
                and self._switcher.locale == self._config.site.default_locale)

    # -- steps ------------------------------------------------------------

    def on_payload(self, payload: str, source: str) -> None:
        """A card or pass scanned (camera or USB scanner)."""
        if self._busy or self.current() not in SCAN_SCREENS:
            log.info("scan from the %s ignored on %s", source, self.current())
            return
        prepared, self._prepared = self._prepared, None
        if self.current() != "welcome":
            self._wipe_screens()  # the next visitor: nothing of the last one stays
        self._identified_by = "scan"
        if prepared is not None and prepared.payload == payload \
                and time.monotonic() - prepared.started < PREPARED_FOR_S:
            if prepared.done:
                self._land_prepared(prepared)
            else:
                self._busy = True  # the look-up under way becomes this check-in's
                prepared.wanted = True
                self._prepared = prepared
            return
        self._submit(identify_payload, payload, on_done=self._identified)

    def prepare_for_payload(self, payload: str) -> None:
        """A card's first frame: look it up now, so its confirming frame finds the answer ready.

        Nothing shows and nothing of the visitor is written for a sighting alone (the
        first look of a day may make the day's classes, as any look does); a payload
        the second frame does not confirm is dropped with its look-up.
        """
        if self._busy or self.current() not in SCAN_SCREENS:
            return
        prepared = _Prepared(payload, time.monotonic())

        def landed(outcome: Identified | None, error: KioskError | None) -> None:
            prepared.done, prepared.outcome, prepared.error = True, outcome, error
            if prepared.wanted and self._prepared is prepared:
                self._prepared = None
                self._busy = False
                self._land_prepared(prepared)

        if self._bridge.submit(identify_payload, self._station, payload,
                               on_done=lambda outcome: landed(outcome, None),
                               on_error=lambda error: landed(None, error)) is not None:
            self._prepared = prepared

    def _land_prepared(self, prepared: _Prepared) -> None:
        if prepared.outcome is not None:
            self._identified(prepared.outcome)
        elif prepared.error is not None:
            self._failed(prepared.error)

    def start_typed_id(self) -> None:
        self.typed_id.reset()
        self.show("typed-id")
        self.typed_id.enter()

    def submit_typed_id(self, text: str) -> None:
        if self._busy:
            return
        try:
            scan = validate_typed(text, self._config, self._switcher.locale)
        except TypedEntryRejected as refused:
            self.typed_id.show_error(typed_message(refused))
            return
        self._identified_by = "typed"
        self._submit(identify_scan, scan, on_done=self._typed_identified)

    def start_registration(self) -> None:
        self.register.reset()
        self.register.set_locale(self._switcher.locale)
        self.show("register")
        self.register.enter()

    def submit_registration(self, form: object) -> None:
        if self._busy:
            return
        self._identified_by = "registration"
        self._submit(register_person, form, on_done=self._identified, on_error=self._registration_failed)

    def check_in(self, specs: list[str], children: bool) -> None:
        visitor = self._visitor
        if self._busy or visitor is None:
            return
        if children and self._config.child_care is not None:
            self._specs = tuple(specs)
            self.children_step.show_children(visitor.children, self._child_care_when(specs))
            self.show("children")
            self.children_step.enter()
            return
        self._check_in(tuple(specs), None)

    def check_in_with_children(self, request: ChildCareRequest) -> None:
        if self._specs:
            self._check_in(self._specs, request)

    def _check_in(self, specs: tuple[str, ...], child_care: ChildCareRequest | None) -> None:
        visitor = self._visitor
        if self._busy or visitor is None:
            return
        person_id = visitor.person.person_id if visitor.person is not None else None
        self._submit(check_in_visitor, visitor.scan, person_id, specs, self._identified_by, child_care,
                     on_done=self._checked_in)

    def _back_to_choice(self) -> None:
        self.children_step.reset()
        self.show("choose")

    def _child_care_when(self, specs: list[str]) -> str:
        """When the children stay: during the first class chosen, else from now for a while."""
        classes = {c.code: c for c in (self._visitor.classes if self._visitor else ())}
        code = next((spec.split(":", 1)[1] for spec in specs if ":" in spec), None)
        if code is not None and code in classes:
            return self.child_care_when(classes[code], self._switcher.locale)
        return self.tr("the next hour")

    def child_care_when(self, choice: ClassChoice, locale: str) -> str:
        zone = self._config.site.time_zone
        return f"{choice.name(locale)} · {short_time(choice.starts_at, zone)}–{short_time(choice.ends_at, zone)}"

    @staticmethod
    def room_name(config: Config, locale: str, code: str | None = None) -> str:
        care = config.child_care
        if care is None or not care.rooms:
            return ""
        room = (care.room(code) if code else None) or care.rooms[0]
        return room.name(locale)

    # -- outcomes ---------------------------------------------------------

    def _identified(self, outcome: Identified) -> None:
        self._visitor = outcome
        self.choose.show_visitor(outcome.greeting_name, list(outcome.classes), self._switcher.locale)
        self.show("choose")

    def _typed_identified(self, outcome: Identified) -> None:
        if outcome.person is None:
            # A typed ID nobody here has: a typo must not become a stranger's check-in.
            self._show_message(unknown_id_message, (Action.TRY_AGAIN, Action.REGISTER, Action.DONE))
            return
        self._identified(outcome)

    def _checked_in(self, outcome: CheckedIn) -> None:
        result = outcome.result
        locale = self._switcher.locale
        classes = {c.code: c for c in (self._visitor.classes if self._visitor else ())}
        lines = tuple(self._line(line.service_code, line.class_code, classes, locale) for line in result.services)
        self.confirmation.show_confirmation(Confirmation(
            greeting_name=result.greeting_name,
            lines=lines,
            child_care=self._child_care_shown(outcome, locale),
            pass_token=outcome.pass_token,
            already=not result.added and bool(result.already),
        ))
        self.choose.reset()
        self.children_step.reset()
        self._visitor = None
        self._specs = ()
        self.show("confirmation")
        self.checked_in.emit(result)

    def _child_care_shown(self, outcome: CheckedIn, locale: str) -> ChildCareShown | None:
        if outcome.child_care_refused is not None:
            return ChildCareShown(None, refusal=child_care_message(outcome.child_care_refused))
        if not outcome.signups:
            return None
        first = outcome.signups[0]
        room = first.room_names.get(locale) or first.room_names.get("en") or first.room_code
        return ChildCareShown(first.pickup_code, tuple(s.masked_name for s in outcome.signups), room,
                              short_time(max(s.ends_at for s in outcome.signups), self._config.site.time_zone))

    def _line(self, service_code: str, class_code: str | None, classes: dict[str, ClassChoice], locale: str) -> str:
        if class_code is not None and class_code in classes:
            choice = classes[class_code]
            start = short_time(choice.starts_at, self._config.site.time_zone)
            return f"{choice.name(locale)} · {choice.room} · {start}"
        service = self._config.service(service_code)
        return service.name(locale) if service is not None else service_code

    def _registration_failed(self, error: KioskError) -> None:
        if error.code == "invalid_input":
            # The form stays as typed, so the visitor can fix it.
            self.register.show_error(visitor_message(error).body)
            return
        self._failed(error)

    def _failed(self, error: KioskError) -> None:
        if isinstance(error, ScanRejected):
            self._show_message(functools.partial(visitor_message, error), (Action.TYPE_ID, Action.REGISTER,
                                                                            Action.DONE))
        elif error.code == "class_full" and self._visitor is not None:
            self._show_message(functools.partial(visitor_message, error), (Action.CHOOSE_AGAIN, Action.DONE))
        else:
            self._show_message(functools.partial(visitor_message, error), (Action.DONE,))

    def _show_message(self, message: Callable[[], VisitorMessage], actions: tuple[Action, ...]) -> None:
        self.message.show_message(message, actions)
        self.show("message")

    def _on_action(self, action: str) -> None:
        chosen = Action(action)
        if chosen is Action.TRY_AGAIN or chosen is Action.TYPE_ID:
            self.start_typed_id()
        elif chosen is Action.REGISTER:
            self.start_registration()
        elif chosen is Action.CHOOSE_AGAIN and self._visitor is not None:
            self._specs = ()
            scan = self._visitor.scan  # the same visitor, with today's classes as they stand now
            if scan is not None:
                self._submit(identify_scan, scan, on_done=self._identified)
            else:
                self.show("choose")
        else:
            self.reset()

    # -- plumbing ---------------------------------------------------------

    def _submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                on_error: Callable[[KioskError], None] | None = None) -> None:
        def done(outcome: Any) -> None:
            self._busy = False
            on_done(outcome)

        def failed(error: KioskError) -> None:
            self._busy = False
            (on_error or self._failed)(error)

        self._busy = True
        if self._bridge.submit(fn, self._station, *args, on_done=done, on_error=failed) is None:
            self._busy = False

    def _wipe_screens(self) -> None:
        self._visitor = None
        self._specs = ()
        if self._prepared is not None and not self._prepared.wanted:
            self._prepared = None
        for screen in self._screens.values():
            screen.reset()

    def reset(self) -> None:
        """Back to the start for the next visitor: every screen wiped, the site's language."""
        self._wipe_screens()
        if self._switcher.locale != self._config.site.default_locale:
            self._switcher.set_locale(self._config.site.default_locale)
        self.show("welcome")
        self.welcome.rest_focus()

    def set_locale(self, locale: str) -> None:
        self.choose.set_locale(locale)
        self.register.set_locale(locale)
