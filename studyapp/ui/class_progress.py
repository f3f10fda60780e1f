"""Go › Class progress: each student's self-study for the teacher — due today, on the missed list,
answers and accuracy over the last seven days, when they last studied, and mastery by source."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.class_progress import ClassProgress, class_progress
from studyapp.ui.labels import heading, plain_label

FIXED = ("Student", "Due today", "Missed", "Answers, 7 days", "Right, 7 days", "Last studied", "Mastered")
FIXED_TIPS = (
    "",
    "Questions due by the end of today",
    "Questions on the student's missed list",
    "Answers given in the last seven days (self-study and quizzes)",
    "Share of those answers that were right",
    "When the student last answered a question",
    "Share of all questions mastered",
)


def _short(title: str, limit: int = 28) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class _Item(QTableWidgetItem):
    """Sorts by the number it shows (or by the text when there is none)."""

    def __init__(self, text: str, key: float | str) -> None:
        super().__init__(text)
        self.key = key
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Item) and type(self.key) is type(other.key):
            return self.key < other.key  # type: ignore[operator]
        return super().__lt__(other)


class ClassProgressScreen(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.progress: ClassProgress | None = None
        title = heading("Class progress", self)
        self.summary = plain_label("", self)
        self.summary.setAccessibleName("Class progress summary")
        self.refresh_button = QPushButton("Refresh  F5", self)
        self.refresh_button.setToolTip("Read everyone's progress again")
        self.table = QTableWidget(self)
        self.table.setAccessibleName("Each student's self-study")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

    def focus_default(self) -> None:
        self.table.setFocus()

    def refresh(self) -> None:
        try:
            progress = class_progress(self.ctx.db, self.ctx.clock)
        except StudyappError as exc:
            self.summary.setText(f"Cannot read the class's progress: {exc}")
            return
        self.progress = progress
        headers = [*FIXED, *(_short(title) for _id, title in progress.sources)]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(progress.students))
        for column, text in enumerate(headers):
            item = QTableWidgetItem(text)
            tip = (
                FIXED_TIPS[column]
                if column < len(FIXED)
                else f"Mastered in “{progress.sources[column - len(FIXED)][1]}”"
            )
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        for row, s in enumerate(progress.students):
            last = (
                dt.datetime.fromtimestamp(s.last_active).astimezone().strftime("%Y-%m-%d %H:%M")
                if s.last_active
                else "never"
            )
            accuracy = s.right_week / s.answers_week if s.answers_week else None
            cells: list[tuple[str, float | str]] = [
                (s.name, s.name.lower()),
                (str(s.due_today), s.due_today),
                (str(s.missed), s.missed),
                (str(s.answers_week), s.answers_week),
                ("—" if accuracy is None else f"{accuracy:.0%}", -1.0 if accuracy is None else accuracy),
                (last, float(s.last_active or 0)),
                (f"{s.mastered:.0%}", s.mastered),
            ]
            by_source = {m.key: m for m in s.by_source}
            for source_id, _title in progress.sources:
                m = by_source.get(source_id)
                fraction = m.fraction if m else 0.0
                cells.append((f"{fraction:.0%}", fraction))
            for column, (text, key) in enumerate(cells):
                item = _Item(text, key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        count = len(progress.students)
        behind = sum(1 for s in progress.students if s.due_today >= 20)
        where = "in this class" if self.ctx.db.is_server else "on this computer"
        self.summary.setText(
            f"{count} student{'s' if count != 1 else ''} {where}"
            + (f"; {behind} with 20 or more questions due today." if behind else ".")
            + " Click a header to sort."
        )
