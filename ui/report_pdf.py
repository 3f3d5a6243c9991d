"""The day's report (or a date range) as a PDF: the counts of ``services.day_counts``, readable.

One table per dimension (visits per day, service, class, plan, hour, language), the site's name
and the dates on top; de-identified counts only, as in the CSV. Laid out by ``QTextDocument``
and printed with ``QPdfWriter``, so it needs a Qt GUI application (made offscreen when the
process has none and no display, as for ``crc-kiosk export``) but no window. Safe off the GUI
thread: ``QTextDocument`` and ``QPdfWriter`` paint on no widget.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from kiosk import services
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.station import Station
from ui.languages import NATIVE_NAMES

RESOLUTION_DPI = 300
# (dimension in day_counts, table title, first column's heading)
DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("service", "Services", "Service"),
    ("class", "Classes", "Class"),
    ("plan", "Plan membership of visitors", "Plan"),
    ("hour", "Check-ins by hour", "Hour"),
    ("language", "Preferred language", "Language"),
)

_app: QApplication | None = None  # kept alive for the process when this module made it


def ensure_gui_application() -> None:
    """A Qt GUI application for fonts and painting: the running one, or an offscreen one made here.

    A QApplication, not the lighter QGuiApplication: a process allows one application object, and
    the screens need the widgets kind if the same process shows any later."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise KioskError("the PDF report needs a Qt GUI application, and a non-GUI one is running")
        return
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication([sys.argv[0] if sys.argv else "crc-kiosk"])


def _labeller(config: Config, dimension: str) -> Callable[[str], str]:
    """The readable name of a value (a service's or plan's English name, a language's own name)."""

    def label(value: str) -> str:
        if dimension == "service" and (svc := config.service(value)) is not None:
            return svc.name("en")
        if dimension == "plan":
            if value == "none":
                return "No plan"
            try:
                return config.plan(value).name("en")
            except KeyError:
                return value
        if dimension == "hour" and value.isdigit():
            return f"{int(value):02d}:00–{int(value):02d}:59"
        if dimension == "language":
            return f"{NATIVE_NAMES[value]} ({value})" if value in NATIVE_NAMES else value
        return value

    return label


def _table(title: str, heading: str, rows: list[tuple[str, int]], total_label: str | None = None) -> str:
    cells = "".join(f"<tr><td>{html.escape(label)}</td><td align='right'>{count}</td></tr>" for label, count in rows)
    if not rows:
        cells = "<tr><td colspan='2'><i>none</i></td></tr>"
    if total_label and rows:
        total = sum(c for _, c in rows)
        cells += f"<tr><td><b>{html.escape(total_label)}</b></td><td align='right'><b>{total}</b></td></tr>"
    return (
        f"<h3>{html.escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='4' width='70%'>"
        f"<tr><th align='left' width='75%'>{html.escape(heading)}</th><th align='right'>Visits</th></tr>{cells}</table>"
    )


def report_html(config: Config, first: date, last: date, rows: list[dict[str, Any]], made_at: datetime) -> str:
    """The report as HTML for ``QTextDocument`` (what the PDF shows, testable as text)."""
    totals: dict[tuple[str, str], int] = {}
    per_day: dict[str, int] = {}
    for r in rows:
        if r["dimension"] == "all":
            per_day[r["date"]] = per_day.get(r["date"], 0) + int(r["count"])
        else:
            key = (r["dimension"], r["value"])
            totals[key] = totals.get(key, 0) + int(r["count"])
    dates = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    parts = [
        f"<h1>{html.escape(config.site.name)}</h1>",
        f"<p><b>Day report</b>, {html.escape(dates)}. Visits: <b>{sum(per_day.values())}</b>. "
        f"Made {made_at.strftime('%Y-%m-%d %H:%M')} at station {html.escape(config.station.id)}. "
        "De-identified counts; a visit counts once per day and once for each plan its visitor holds.</p>",
    ]
    if first != last:
        parts.append(_table("Visits per day", "Day", sorted(per_day.items()), "Total"))
    for dimension, title, heading in DIMENSIONS:
        label = _labeller(config, dimension)
        values = sorted(
            ((v, n) for (d, v), n in totals.items() if d == dimension),
            key=lambda item: (item[0] if dimension == "hour" else "", -item[1], item[0]),
        )
        parts.append(_table(title, heading, [(label(v), n) for v, n in values]))
    return "".join(parts)


def report_document(station: Station, first: date, last: date) -> QTextDocument:
    """The laid-out report; ``toPlainText()`` is its text."""
    rows = services.day_counts(station, first, last)
    made_at = station.clock.now().astimezone(station.config.site.time_zone)
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Sans Serif", 10))
    doc.setHtml(report_html(station.config, first, last, rows, made_at))
    return doc


def write_day_report_pdf(station: Station, first: date, last: date, out: Path) -> Path:
    """Write the report for ``first``..``last`` to ``out`` (replaced whole, never left half-written)."""
    doc = report_document(station, first, last)
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(f"Day report {first.isoformat()}" + ("" if first == last else f" to {last.isoformat()}"))
    writer.setCreator("CRC Kiosk")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # the file is complete only once the writer is gone
    try:
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise KioskError(f"cannot write {out}: the PDF could not be made")
        os.replace(tmp, out)
    except OSError as error:
        raise KioskError(f"cannot write {out}: {error.strerror}") from None
    return out
