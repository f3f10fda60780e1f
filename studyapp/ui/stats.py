"""Stats: answers per day, accuracy over time, mastery by source and kind, forecast of due questions.

The chart module is imported when this screen is first built, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from studyapp.errors import StudyappError
from studyapp.services.stats import learner_stats
from studyapp.services.views import Stats
from studyapp.ui.feedback import plain_label

DAYS_SHOWN = 30


class StatsScreen(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studyapp.ui.charts import BarChart, HBarChart, LineChart

        self.ctx = ctx
        self.stats: Stats | None = None
        title = plain_label("Your progress", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.totals = plain_label("", self)
        self.totals.setAccessibleName("Totals")
        self.per_day = BarChart(f"Answers per day (last {DAYS_SHOWN} days)", self)
        self.accuracy = LineChart(f"Accuracy per day (last {DAYS_SHOWN} days)", self)
        self.forecast = BarChart("Questions due (next 30 days)", self)
        self.by_source = HBarChart("Mastery by source", self)
        self.by_kind = HBarChart("Mastery by kind of fact", self)
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        grid.addWidget(self.per_day, 2, 0)
        grid.addWidget(self.accuracy, 2, 1)
        grid.addWidget(self.by_source, 3, 0)
        grid.addWidget(self.by_kind, 3, 1)
        grid.addWidget(self.forecast, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.charts = (self.per_day, self.accuracy, self.by_source, self.by_kind, self.forecast)

    def focus_default(self) -> None:
        self.setFocus()

    def refresh(self) -> None:
        from studyapp.ui.charts import Bar

        learner = self.ctx.learner
        if learner is None:
            return
        try:
            stats = learner_stats(self.ctx.db, learner.id, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read your stats", str(exc))
            return
        self.stats = stats
        today = dt.date.fromtimestamp(self.ctx.clock())
        by_day = {d.day: d for d in stats.per_day}
        days = [today - dt.timedelta(days=DAYS_SHOWN - 1 - i) for i in range(DAYS_SHOWN)]
        bars = []
        points = []
        for day in days:
            found = by_day.get(day)
            answers, correct = (found.answers, found.correct) if found else (0, 0)
            label = day.strftime("%d %b")
            bars.append(Bar(label, answers, f"{day:%a %d %b}: {answers} answers, {correct} right"))
            if answers:
                points.append(Bar(label, correct / answers, f"{day:%a %d %b}: {correct / answers:.0%} right"))
        self.per_day.set_bars(bars if any(b.value for b in bars) else [])
        self.accuracy.set_points(points)
        self.by_source.set_bars(
            [Bar(r.label, r.fraction, f"{r.label}: {r.mastered} of {r.total} mastered") for r in stats.by_source]
        )
        self.by_kind.set_bars(
            [Bar(r.label, r.fraction, f"{r.label}: {r.mastered} of {r.total} mastered") for r in stats.by_kind]
        )
        forecast = [Bar(day.strftime("%d %b"), count, f"{day:%a %d %b}: {count} due") for day, count in stats.forecast]
        self.forecast.set_bars(forecast if any(b.value for b in forecast) else [])
        accuracy = stats.total_correct / stats.total_answers if stats.total_answers else 0.0
        self.totals.setText(
            f"{stats.total_answers:,} answers in all, {accuracy:.0%} right."
            if stats.total_answers
            else "No answers yet: study a few questions and your progress shows here."
        )
