"""Screens filled with synthetic demo data, for ``crc-kiosk screenshots``.

Nothing here reads the database: the visitor is made up ("Maria G."), today's
classes come from the site's schedule (the last one shown full), and the QR
code is a placeholder text, not a pass.
"""

from __future__ import annotations

import functools
from datetime import datetime

from kiosk.config import Config
from kiosk.domain.childcare import ChildChoice
from kiosk.errors import ScanRejected
from kiosk.scanning import Reason
from ui.errors import unknown_id_message, visitor_message
from ui.screens.choose import ClassChoice, short_time
from ui.screens.confirmation import ChildCareShown, Confirmation
from ui.screens.flow import KioskFlow
from ui.screens.message import Action
from ui.widgets.idle import Countdown

SHOTS = ("welcome", "typed-id", "register", "choose", "children", "confirmation", "unknown-id", "refused-card",
         "idle", "staff-pin")
DEMO_GREETING = "Maria G."
DEMO_PASS_TEXT = "CRC1.screenshot-placeholder-not-a-pass"
DEMO_PICKUP_CODE = "K7M2"  # made up, in the pickup codes' alphabet
DEMO_CHILDREN = (ChildChoice("demo-child-1", "Sofia G.", 4), ChildChoice("demo-child-2", "Mateo G.", 1))


def demo_classes(config: Config) -> list[ClassChoice]:
    today = datetime.now(config.site.time_zone).date()
    tz = config.site.time_zone
    classes = [
        ClassChoice(c.code, dict(c.names), c.room, datetime.combine(today, c.start, tz),
                    datetime.combine(today, c.end, tz), full=False)
        for c in config.schedule
    ]
    if classes:
        last = classes[-1]
        classes[-1] = ClassChoice(last.code, last.names, last.room, last.starts_at, last.ends_at, full=True)
    return classes


def stage(flow: KioskFlow, countdown: Countdown, shot: str, config: Config, locale: str) -> None:
    """Show ``shot`` as a visitor would see it, in the current language."""
    countdown.stop()
    for name in ("typed-id", "register", "choose", "children", "confirmation", "message", "staff-pin"):
        flow._screens[name].reset()
    classes = demo_classes(config)
    if shot == "welcome":
        flow.show("welcome")
    elif shot == "typed-id":
        flow.typed_id.keyboard.type_text("LC1000")
        flow.show("typed-id")
    elif shot == "register":
        flow.register.set_locale(locale)
        flow.show("register")
        flow.register.first_name.setText("Maria")
        flow.register.last_name.setText("Garcia")
        flow.register.birth_date.setText("03141986")
    elif shot in ("choose", "idle"):
        flow.choose.show_visitor(DEMO_GREETING, classes, locale)
        service = next((s for s in config.services if s.code == "screening"), None)
        if service is not None:
            flow.choose.service_button(service.code).setChecked(True)
        flow.show("choose")
    elif shot == "children":
        first = classes[0] if classes else None
        when = flow.child_care_when(first, locale) if first is not None else ""
        flow.children_step.show_children(DEMO_CHILDREN, when)
        flow.children_step.child_button(0).setChecked(True)
        flow.show("children")
    elif shot == "confirmation":
        first = classes[0] if classes else None
        lines = []
        care = None
        if first is not None:
            lines.append(f"{first.name(locale)} · {first.room} · {short_time(first.starts_at, config.site.time_zone)}")
            care = ChildCareShown(DEMO_PICKUP_CODE, tuple(c.masked_name for c in DEMO_CHILDREN),
                                  flow.room_name(config, locale), short_time(first.ends_at, config.site.time_zone))
        flow.confirmation.show_confirmation(
            Confirmation(DEMO_GREETING, tuple(lines), child_care=care, pass_token=DEMO_PASS_TEXT, already=False)
        )
        flow.show("confirmation")
    elif shot == "unknown-id":
        flow.message.show_message(unknown_id_message, (Action.TRY_AGAIN, Action.REGISTER, Action.DONE))
        flow.show("message")
    elif shot == "refused-card":
        refused = ScanRejected(Reason.DRIVERS_LICENSE, "a driver's license")
        flow.message.show_message(functools.partial(visitor_message, refused),
                                  (Action.TYPE_ID, Action.REGISTER, Action.DONE))
        flow.show("message")
    elif shot == "staff-pin":
        flow.show("staff-pin")
    else:
        raise ValueError(f"unknown screenshot {shot!r}")
