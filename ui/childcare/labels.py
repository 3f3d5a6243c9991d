"""Labels for a child and their parent: the same pickup code on both, through Qt printing.

The printer set-up (label stock, named or default printer, PDF file) is the desk's
(``ui.desk.printing.make_printer``); what is drawn differs from a desk label: the
pickup code is the largest thing on it, so staff match the two at a glance.
A child's label carries an allergy flag (the word, not the details: those stay on
the staff's screen); a medical flag is not printed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.childcare import RosterChild
from kiosk.domain.people import greeting_name
from ui.desk.printing import PrintJob, PrintOutcome, make_printer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Label:
    """One sticker: who it is for (a greeting-style name), the code, the room and the times."""

    name: str
    code: str
    room: str
    times: str
    allergy: str = ""  # the flag's words ("ALLERGY"), already translated; empty for none
    caption: str = ""  # e.g. "Pickup: Sofía, Mateo" on the parent's label


def _times(child: RosterChild, tz: tzinfo, until: str) -> str:
    start = child.checked_in_at.astimezone(tz).strftime("%H:%M") if child.checked_in_at else ""
    end = until.replace("%1", child.ends_at.astimezone(tz).strftime("%H:%M"))
    return f"{start} – {end}" if start else end


def labels_for(children: Sequence[RosterChild], room: str, tz: tzinfo, *, allergy_word: str, until: str,
               pickup: str) -> list[Label]:
    """A label per child, then one per pickup code for the parent, naming the children it collects.

    ``until`` ("until %1": the parent's class end) and ``pickup`` ("Pickup: %1": the children's first names)
    are translated patterns."""
    labels: list[Label] = []
    by_code: dict[str, list[RosterChild]] = {}
    for child in children:
        has_allergy = any(kind == "allergy" for kind, _text in child.flags)
        labels.append(Label(greeting_name(child.first_name, child.last_name), child.pickup_code, room,
                            _times(child, tz, until), allergy_word if has_allergy else ""))
        by_code.setdefault(child.pickup_code, []).append(child)
    for code, group in by_code.items():
        # The guardian's given name only: a full name joined from two fields cannot be split back reliably.
        parent = group[0].guardians[0].split()[0] if group[0].guardians else ""
        names = ", ".join(c.first_name.split()[0] for c in group)
        labels.append(Label(parent, code, room, _times(group[0], tz, until), caption=pickup.replace("%1", names)))
    return labels


def paint_labels(labels: Sequence[Label], printer: QPrinter) -> bool:
    """Draw each label on its own page of the label stock; False when the device would not start."""
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer would not start a child-care label")
        return False
    painter.setLayoutDirection(QGuiApplication.layoutDirection())  # Arabic and Farsi labels read from the right
    try:
        for index, label in enumerate(labels):
            if index and not printer.newPage():
                log.warning("the printer would not take another label")
                return False
            _paint_one(painter, label, printer)
    finally:
        painter.end()
    return True


def _paint_one(painter: QPainter, label: Label, printer: QPrinter) -> None:
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    width = page.width()
    y = 0.0

    def line(text: str, points: int, *, bold: bool = False, boxed: bool = False) -> None:
        nonlocal y
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        painter.setFont(font)
        height = dpi * points / 72 * 1.35
        box = QRectF(0, y, width, height)
        if boxed:  # the allergy flag: reversed out, seen across the room
            painter.fillRect(box, Qt.GlobalColor.black)
            painter.setPen(QPen(Qt.GlobalColor.white))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(Qt.GlobalColor.black))
        y += height

    line(label.name, 11, bold=True)
    line(label.code, 24, bold=True)
    if label.allergy:
        line(label.allergy, 10, bold=True, boxed=True)
    line(f"{label.room} · {label.times}", 7)
    if label.caption:
        line(label.caption, 7)


def label_printer(label_size_in: tuple[float, float], *, pdf: Path | None = None,
                  printer_name: str | None = None) -> QPrinter | None:
    """The desk's printer set-up for the label stock (None: no printer installed)."""
    return make_printer(PrintJob("", (), label=True), label_size_in, pdf=pdf, printer_name=printer_name)


def print_labels(labels: Sequence[Label], label_size_in: tuple[float, float], *, pdf: Path | None = None,
                 printer_name: str | None = None) -> PrintOutcome:
    printer = label_printer(label_size_in, pdf=pdf, printer_name=printer_name)
    if printer is None:
        log.info("no printer for child-care labels")
        return PrintOutcome(False, "")
    where = str(pdf) if pdf is not None else printer.printerName()
    return PrintOutcome(paint_labels(labels, printer), where)
