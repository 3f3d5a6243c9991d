"""The optional printed slip: what they checked in for, and their CRC pass QR code.

Printing goes to the station's default printer without a dialog (a visitor
cannot answer one). No printer or a failed job is reported as False; the
screen turns that into a calm message.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.widgets.qr import qr_image

log = logging.getLogger(__name__)


def default_printer() -> QPrinterInfo | None:
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info


def print_slip(title: str, lines: Sequence[str], pass_token: str | None, caption: str,
               printer: QPrinter | None = None) -> bool:
    """Print the slip; False when there is no printer or the job could not start."""
    if printer is None:
        info = default_printer()
        if info is None:
            log.info("no printer for a slip")
            return False
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer would not start a slip")
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        dpi = printer.resolution()
        y = 0.0
        for text, size, bold in [(title, 16, True), *((line, 12, False) for line in lines)]:
            font = QFont()
            font.setPointSize(size)
            font.setBold(bold)
            painter.setFont(font)
            box = QRectF(0, y, page.width(), dpi * size / 36)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
            y += box.height()
        if pass_token:
            side = int(dpi * 1.5)  # 1.5 inches: easy for a phone or the kiosk camera
            painter.drawImage(QRectF(0, y + dpi * 0.2, side, side), qr_image(pass_token, side))
            y += side + dpi * 0.3
            painter.drawText(QRectF(0, y, page.width(), dpi), Qt.TextFlag.TextWordWrap, caption)
    finally:
        painter.end()
    return True
