"""Stats: answers per day, accuracy over time, mastery by source and kind, forecast of due questions.

`studyapp.ui.charts` is imported when the screen is first built, not when this module is imported,
so the main window can import this module at start-up for free.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from studyapp.errors import StudyappError
from studyapp.services.stats import FORECAST_DAYS, learner_stats
from studyapp.services.views import MasteryRow, Stats
from studyapp.ui.context import AppContext

if TYPE_CHECKING:
    from studyapp.ui.charts import Bar, BarChart, HBarChart, LineChart

DAYS_SHOWN = 30
TWO_COLUMNS_FROM = 760  # narrower than this (in pixels), the charts stack in one column


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _day_label(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def _day_long(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


class StatsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studyapp.ui.charts import BarChart, HBarChart, LineChart

        self.ctx = ctx
        self.stats: Stats | None = None
        self.columns = 0
        content = QWidget(self)
        self.title = QLabel("Your progress", content)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.totals = QLabel("", content)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName("Totals")
        self.note = QLabel(
            "The solid part of each day's bar is the right answers. Hover over a bar or point for its numbers.",
            content,
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.per_day: BarChart = BarChart(f"Answers per day (last {DAYS_SHOWN} days)", content, stacked_secondary=True)
        self.accuracy: LineChart = LineChart(f"Accuracy per day (last {DAYS_SHOWN} days)", content)
        self.by_source: HBarChart = HBarChart("Mastery by source", content)
        self.by_kind: HBarChart = HBarChart("Mastery by kind of fact", content)
        self.forecast: BarChart = BarChart(f"Questions due (next {FORECAST_DAYS} days)", content)
        self.charts = (self.per_day, self.accuracy, self.by_source, self.by_kind, self.forecast)
        for chart in (self.per_day, self.accuracy, self.forecast):  # tall enough to read, however narrow the window
            chart.setMinimumHeight(chart.fontMetrics().height() * 15)

        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._arrange(2)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll the charts
        self.scroll_area.setAccessibleName("Stats")
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _arrange(self, columns: int) -> None:
        """Two columns (source titles are long, so that chart gets a full row), or one on narrow windows."""
        if columns == self.columns:
            return
        self.columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        places: dict[QWidget, tuple[int, int, int, int]]
        if columns == 2:
            places = {
                self.per_day: (0, 0, 1, 1),
                self.accuracy: (0, 1, 1, 1),
                self.by_source: (1, 0, 1, 2),
                self.by_kind: (2, 0, 1, 1),
                self.forecast: (2, 1, 1, 1),
            }
        else:
            order = (self.per_day, self.accuracy, self.forecast, self.by_source, self.by_kind)
            places = {chart: (row, 0, 1, 1) for row, chart in enumerate(order)}
        for widget, (row, column, rows, cols) in places.items():
            self.grid.addWidget(widget, row, column, rows, cols)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = 2 if event.size().width() >= TWO_COLUMNS_FROM else 1
        if columns != self.columns:
            self._arrange(columns)
            content = self.scroll_area.widget()
            layout = content.layout() if content is not None else None
            if layout is not None:  # size the content for the new arrangement now, not a few events later
                layout.activate()
                self.scroll_area.setWidgetResizable(True)
        super().resizeEvent(event)

    def focus_default(self) -> None:
        self.scroll_area.setFocus()

    def refresh(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            self.stats = None
            self.totals.setText("Create a learner (File › New learner…) to see progress here.")
            self.note.hide()
            self._clear()
            return
        try:
            stats = learner_stats(self.ctx.db, learner.id, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read your stats", str(exc))
            return
        self.stats = stats
        if not stats.total_answers:
            self.totals.setText("No answers yet: study a few questions and your progress shows here.")
            self.note.hide()
            self._clear()
            return
        accuracy = stats.total_correct / stats.total_answers
        overridden = f" ({stats.overrides} marked right by you)" if stats.overrides else ""
        self.totals.setText(f"{_plural(stats.total_answers, 'answer')} in all, {accuracy:.0%} right{overridden}.")
        self.note.show()
        self._show(stats)

    def _clear(self) -> None:
        """The charts' own "No data yet"."""
        self.per_day.set_bars([])
        self.accuracy.set_points([])
        self.by_source.set_bars([])
        self.by_kind.set_bars([])
        self.forecast.set_bars([])

    def _show(self, stats: Stats) -> None:
        from studyapp.ui.charts import Bar

        today = dt.date.fromtimestamp(self.ctx.clock())
        by_day = {d.day: d for d in stats.per_day}
        bars: list[Bar] = []
        points: list[Bar] = []
        for i in range(DAYS_SHOWN):
            day = today - dt.timedelta(days=DAYS_SHOWN - 1 - i)
            found = by_day.get(day)
            answers, correct = (found.answers, found.correct) if found is not None else (0, 0)
            label = _day_label(day)
            tip = f"{_day_long(day)}: {_plural(answers, 'answer')}, {correct:,} right"
            bars.append(Bar(label, answers, tip, secondary=correct))
            if answers:
                share = f"{correct / answers:.0%} right ({correct:,} of {_plural(answers, 'answer')})"
                points.append(Bar(label, correct / answers, f"{_day_long(day)}: {share}"))
        self.per_day.set_bars(bars)
        self.accuracy.set_points(points)
        self.by_source.set_bars([self._mastery_bar(Bar, r) for r in stats.by_source])
        self.by_kind.set_bars([self._mastery_bar(Bar, r) for r in stats.by_kind])
        self.forecast.set_bars(
            [
                Bar(
                    _day_label(day),
                    count,
                    f"{_day_long(day)}: {count:,} due" + (" (with the overdue ones)" if day == today else ""),
                )
                for day, count in stats.forecast
            ]
        )

    @staticmethod
    def _mastery_bar(bar: type[Bar], row: MasteryRow) -> Bar:
        return bar(row.label, row.fraction, f"{row.label}: {row.mastered} of {row.total} mastered, {row.seen} seen")
