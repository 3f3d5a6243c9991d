"""Check-ins per hour as a plain bar chart (no chart library: a few rectangles and numbers)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import PRIMARY, TEXT

FIRST_HOUR = 8
LAST_HOUR = 19  # the centers' usual day; hours outside still show when they have check-ins


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HourChart")
        self._counts: dict[int, int] = {}
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_counts(self, counts: Mapping[int, int]) -> None:
        self._counts = {int(h): int(n) for h, n in counts.items() if n}
        total = sum(self._counts.values())
        busiest = max(self._counts, key=lambda h: self._counts[h], default=None)
        text = self.tr("Check-ins per hour: %n in all", "", total)
        if busiest is not None:
            text += " · " + self.tr("busiest %1:00").replace("%1", f"{busiest:02d}")
        self.setAccessibleName(text)
        self.update()

    def hours(self) -> list[int]:
        low = min([FIRST_HOUR, *self._counts])
        high = max([LAST_HOUR, *self._counts])
        return list(range(low, high + 1))

    def counts(self) -> dict[int, int]:
        return dict(self._counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        hours = self.hours()
        top = max([1, *self._counts.values()])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_h = self.fontMetrics().height() + 4
        width = self.width() / len(hours)
        chart_h = self.height() - 2 * label_h
        for i, hour in enumerate(hours):
            n = self._counts.get(hour, 0)
            x = i * width
            bar_h = chart_h * n / top
            painter.fillRect(QRectF(x + width * 0.15, label_h + chart_h - bar_h, width * 0.7, bar_h), QColor(PRIMARY))
            painter.setPen(QColor(TEXT))
            if n:
                painter.drawText(QRectF(x, label_h + chart_h - bar_h - label_h, width, label_h),
                                 Qt.AlignmentFlag.AlignCenter, str(n))
            painter.drawText(QRectF(x, self.height() - label_h, width, label_h), Qt.AlignmentFlag.AlignCenter,
                             f"{hour:02d}")
        painter.end()
