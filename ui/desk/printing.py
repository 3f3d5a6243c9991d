"""Visit slips and small labels at the front desk, through Qt's print system.

Staff choose the printer (any installed one, or a PDF file) and see a
preview first. A slip is a letter/A4-independent column of text; a label is
drawn to the configured label stock (``[printing] label_size``). A missing
printer or a job that will not start is reported as ``PrintOutcome.failed``
with words for the screen; it never blocks or undoes a check-in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintJob:
    """What goes on paper: a heading and lines (a name as the desk chose to print it, services, room)."""

    heading: str
    lines: tuple[str, ...]
    label: bool = False  # the small label stock instead of a slip


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    where: str  # the printer's name or the PDF file


def printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def make_printer(job: PrintJob, label_size_in: tuple[float, float], *, pdf: Path | None = None,
                 printer_name: str | None = None) -> QPrinter | None:
    """A printer set up for ``job``: to ``pdf`` when given, else the named or default printer (None: none)."""
    if pdf is not None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
    else:
        info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            return None
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if job.label:
        width, height = label_size_in
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Inch, "label", QPageSize.SizeMatchPolicy.ExactMatch)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(2, 2, 2, 2),
                                          QPageLayout.Unit.Millimeter))
    else:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    return printer


def paint(job: PrintJob, printer: QPrinter) -> bool:
    """Draw the job on ``printer`` (also what the preview calls); False when the device would not start."""
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer would not start a %s", "label" if job.label else "slip")
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        dpi = printer.resolution()
        # A label fits its lines to the stock; a slip uses reading sizes.
        heading_pt, line_pt = (11, 8) if job.label else (18, 12)
        y = 0.0
        for text, size, bold in [(job.heading, heading_pt, True), *((line, line_pt, False) for line in job.lines)]:
            font = QFont()
            font.setPointSize(size)
            font.setBold(bold)
            painter.setFont(font)
            height = dpi * size / 72 * 1.5
            box = QRectF(0, y, page.width(), height * (2 if not job.label else 1))
            used = painter.boundingRect(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
            y += max(height, used.height())
            if y > page.height():
                break
    finally:
        painter.end()
    return True


def print_job(job: PrintJob, label_size_in: tuple[float, float], *, pdf: Path | None = None,
              printer_name: str | None = None) -> PrintOutcome:
    printer = make_printer(job, label_size_in, pdf=pdf, printer_name=printer_name)
    if printer is None:
        log.info("no printer for a %s", "label" if job.label else "slip")
        return PrintOutcome(False, "")
    where = str(pdf) if pdf is not None else printer.printerName()
    return PrintOutcome(paint(job, printer), where)
