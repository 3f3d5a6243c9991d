"""The day at a glance: who is here now, today's classes, check-ins per hour, sync per plan, the report."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.status import PlanQueue
from ui.desk.calls import DayOverview
from ui.screens.base import KioskScreen, isolate, text_label
from ui.theme import Theme
from ui.widgets.desk_hour_chart import HourChart


class DeskDayScreen(KioskScreen):
    export_requested = Signal(str, object, object)  # "csv" or "pdf", first day, last day
    class_saved = Signal(str, str, str, object, object, int)  # code, name, room, start, end, capacity
    refresh_requested = Signal()

    def __init__(self, time_zone: ZoneInfo, plan_names: Mapping[str, str], theme: Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._tz = time_zone
        self._plan_names = dict(plan_names)
        self._overview: DayOverview | None = None
        self._locale = "en"

        self._here_box = QGroupBox(self)
        self.here = QListWidget(self._here_box)
        QVBoxLayout(self._here_box).addWidget(self.here)

        self._classes_box = QGroupBox(self)
        self.classes = QTableWidget(0, 4, self._classes_box)
        self.classes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.classes.verticalHeader().hide()
        header = self.classes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.classes.itemSelectionChanged.connect(self._class_picked)
        self.class_form = QWidget(self._classes_box)
        self.class_code = QLineEdit(self.class_form)
        self.class_name = QLineEdit(self.class_form)
        self.class_room = QLineEdit(self.class_form)
        self.class_start = QTimeEdit(QTime(10, 0), self.class_form)
        self.class_end = QTimeEdit(QTime(11, 0), self.class_form)
        self.class_capacity = QSpinBox(self.class_form)
        self.class_capacity.setRange(1, 500)
        self.class_capacity.setValue(15)
        self.save_class_button = QPushButton(self.class_form)
        self.save_class_button.setObjectName("SaveClass")
        self.save_class_button.clicked.connect(self._save_class)
        form = QGridLayout(self.class_form)
        form.setContentsMargins(0, 0, 0, 0)
        self._form_labels = [QLabel(self.class_form) for _ in range(6)]
        for i, (label, widget) in enumerate(zip(self._form_labels, (self.class_code, self.class_name, self.class_room,
                                                                     self.class_start, self.class_end,
                                                                     self.class_capacity), strict=True)):
            label.setBuddy(widget)
            form.addWidget(label, 0, i)
            form.addWidget(widget, 1, i)
        form.addWidget(self.save_class_button, 1, 6)
        self.class_form.hide()  # supervisors only
        classes_column = QVBoxLayout(self._classes_box)
        classes_column.addWidget(self.classes)
        classes_column.addWidget(self.class_form)

        self._chart_box = QGroupBox(self)
        self.chart = HourChart(self._chart_box)
        QVBoxLayout(self._chart_box).addWidget(self.chart)

        self._sync_box = QGroupBox(self)
        self.sync = text_label(self._sync_box, "FieldLabel", centered=False)
        QVBoxLayout(self._sync_box).addWidget(self.sync)

        self._report_box = QGroupBox(self)
        self.first_day = QDateEdit(self._report_box)
        self.last_day = QDateEdit(self._report_box)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._from_label, self._to_label = QLabel(self._report_box), QLabel(self._report_box)
        self._from_label.setBuddy(self.first_day)
        self._to_label.setBuddy(self.last_day)
        self.csv_button = QPushButton(self._report_box)
        self.csv_button.setObjectName("ExportCsv")
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.pdf_button = QPushButton(self._report_box)
        self.pdf_button.setObjectName("ExportPdf")
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.report_result = text_label(self._report_box, "FieldLabel", centered=False)
        report = QGridLayout(self._report_box)
        report.addWidget(self._from_label, 0, 0)
        report.addWidget(self.first_day, 0, 1)
        report.addWidget(self._to_label, 0, 2)
        report.addWidget(self.last_day, 0, 3)
        report.addWidget(self.csv_button, 1, 0, 1, 2)
        report.addWidget(self.pdf_button, 1, 2, 1, 2)
        report.addWidget(self.report_result, 2, 0, 1, 4)

        self.error = text_label(self, "ErrorText", centered=False)
        left = QVBoxLayout()
        left.addWidget(self._here_box, 2)
        left.addWidget(self._classes_box, 3)
        right = QVBoxLayout()
        right.addWidget(self._chart_box, 2)
        right.addWidget(self._sync_box, 1)
        right.addWidget(self._report_box, 0)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.addLayout(columns, 1)
        outer.addWidget(self.error)
        self.retranslate()

    def set_supervisor(self, supervisor: bool) -> None:
        self.class_form.setVisible(supervisor)

    def show_overview(self, overview: DayOverview, locale: str) -> None:
        first_show = self._overview is None
        self._overview = overview
        self._locale = locale
        if first_show:
            day = QDate(overview.day.year, overview.day.month, overview.day.day)
            self.first_day.setDate(day)
            self.last_day.setDate(day)
        self._fill()

    def _fill(self) -> None:
        overview = self._overview
        if overview is None:
            return
        self._here_box.setTitle(self.tr("In the building now (%1)").replace("%1", str(len(overview.in_building))))
        self.here.clear()
        for row in overview.in_building:
            since = row["since"].astimezone(self._tz)
            services = ", ".join(row["services"])
            self.here.addItem(f"{isolate(f'{since:%H:%M}')}  {isolate(row['name'])}"
                              + (f" · {isolate(services)}" if services else ""))
        self.classes.setRowCount(len(overview.classes))
        for r, c in enumerate(overview.classes):
            name = c["names"].get(self._locale) or c["names"].get("en") or c["code"]
            start, end = c["starts_at"].astimezone(self._tz), c["ends_at"].astimezone(self._tz)
            seats = f"{c['attendance']}/{c['capacity']}" + (" · " + self.tr("full") if c["full"] else "")
            # Isolated: "09:00–10:00" must not turn into "10:00–09:00" in a right-to-left table.
            times = isolate(f"{start:%H:%M}–{end:%H:%M}")
            for col, text in enumerate((name, c["room"], times, isolate(seats))):
                item = QTableWidgetItem(text)
                item.setData(256, c["code"])
                self.classes.setItem(r, col, item)
        self.chart.set_counts(overview.per_hour)
        self.sync.setText("\n".join(self.plan_line(p) for p in overview.status.plans) or self.tr("No plans"))

    def plan_line(self, plan: PlanQueue) -> str:
        name = self._plan_names.get(plan.plan_code, plan.plan_code)
        rejected = plan.counts.get("rejected", 0)
        if plan.paused_reason:
            state = self.tr("paused: credentials need attention (call IT)")
        elif plan.waiting and plan.failing_since is not None:
            since = plan.failing_since.astimezone(self._tz)
            state = self.tr("%n waiting, offline since %1", "", plan.waiting).replace("%1", f"{since:%H:%M}")
        elif plan.waiting:
            state = self.tr("%n waiting", "", plan.waiting)
        else:
            state = self.tr("all sent")
        if rejected:
            state += " · " + self.tr("%n rejected", "", rejected)
            if plan.last_error:
                state += f" ({plan.last_error})"
        return f"{isolate(name)}: {state}"

    def _class_picked(self) -> None:
        row = self.classes.currentRow()
        overview = self._overview
        if overview is None or not 0 <= row < len(overview.classes):
            return
        c = overview.classes[row]
        start, end = c["starts_at"].astimezone(self._tz), c["ends_at"].astimezone(self._tz)
        self.class_code.setText(c["code"])
        self.class_name.setText(c["names"].get("en") or c["code"])
        self.class_room.setText(c["room"])
        self.class_start.setTime(QTime(start.hour, start.minute))
        self.class_end.setTime(QTime(end.hour, end.minute))
        self.class_capacity.setValue(int(c["capacity"]))

    def _save_class(self) -> None:
        start, end = self.class_start.time(), self.class_end.time()
        self.class_saved.emit(self.class_code.text(), self.class_name.text(), self.class_room.text(),
                              time(start.hour(), start.minute()), time(end.hour(), end.minute()),
                              self.class_capacity.value())

    def _export(self, fmt: str) -> None:
        first, last = self.first_day.date(), self.last_day.date()
        self.export_requested.emit(fmt, date(first.year(), first.month(), first.day()),
                                   date(last.year(), last.month(), last.day()))

    def show_report_result(self, text: str) -> None:
        self.report_result.setText(text)
        self.report_result.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def reset(self) -> None:
        self._overview = None
        self.here.clear()
        self.classes.setRowCount(0)
        self.chart.set_counts({})
        self.sync.clear()
        self.report_result.clear()
        self.error.clear()
        for edit in (self.class_code, self.class_name, self.class_room):
            edit.clear()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The day"))
        self._here_box.setTitle(self.tr("In the building now"))
        self.here.setAccessibleName(self.tr("In the building now"))
        self._classes_box.setTitle(self.tr("Today's classes"))
        self.classes.setAccessibleName(self.tr("Today's classes"))
        self.classes.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Room"), self.tr("Time"),
                                                self.tr("Signed up")])
        for label, text in zip(self._form_labels, (self.tr("Code"), self.tr("Name"), self.tr("Room"),
                                                   self.tr("Starts"), self.tr("Ends"), self.tr("Capacity")),
                               strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)
        self.save_class_button.setText(self.tr("Save class"))
        self._chart_box.setTitle(self.tr("Check-ins per hour"))
        self._sync_box.setTitle(self.tr("Sending to the plans"))
        self._report_box.setTitle(self.tr("Report"))
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("To"))
        self.first_day.setAccessibleName(self.tr("First day"))
        self.last_day.setAccessibleName(self.tr("Last day"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        for button in (self.save_class_button, self.csv_button, self.pdf_button):
            button.setAccessibleName(button.text())
        self._fill()
