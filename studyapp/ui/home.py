"""Home: today's numbers for the current learner, mastery at a glance, and the way into everything."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.overview import home_summary
from studyapp.services.views import HomeSummary, MasteryRow
from studyapp.ui.context import AppContext


def scaled_font_label(text: str, factor: float, bold: bool = False, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class _Count(QFrame):
    """A big number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = scaled_font_label("0", 2.4, True, self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}")
        self.setAccessibleDescription(f"{value} {self.caption.text()}")


class _MasteryList(QWidget):
    """Rows of label + progress bar ("mastered of total")."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = scaled_font_label(title, 1.15, True, self)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.rows: list[tuple[QLabel, QProgressBar]] = []

    def set_rows(self, rows: tuple[MasteryRow, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for i, row in enumerate(rows):
            label = QLabel(row.label, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setToolTip(row.label)
            bar = QProgressBar(self)
            bar.setRange(0, max(1, row.total))
            bar.setValue(row.mastered)
            bar.setFormat(f"{row.mastered} of {row.total} mastered")
            bar.setAccessibleName(f"Mastery of {row.label}")
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(bar, i, 1)
            self.rows.append((label, bar))


class HomeScreen(QWidget):
    study_requested = Signal()
    review_requested = Signal()
    sources_requested = Signal()
    stats_requested = Signal()
    quizzes_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: HomeSummary | None = None
        self.greeting = scaled_font_label("", 1.8, True, self)
        self.greeting.setAccessibleName("Greeting")
        self.subtitle = QLabel("", self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)

        self.due = _Count("due today", self)
        self.new = _Count("new today", self)
        self.missed = _Count("missed", self)
        counts = QHBoxLayout()
        for box in (self.due, self.new, self.missed):
            counts.addWidget(box)

        self.study_button = self._button("Study", "Study today's questions (S or Enter)", self.study_requested)
        self.study_button.setDefault(True)
        self.review_button = self._button(
            "Review missed", "Drill the questions you got wrong (R)", self.review_requested
        )
        self.sources_button = self._button("Sources", "Read the articles (O)", self.sources_requested)
        self.stats_button = self._button("Stats", "Charts of your progress (T)", self.stats_requested)
        self.quizzes_button = self._button(
            "Classroom quizzes", "Build, present, take and print quizzes (Q)", self.quizzes_requested
        )
        buttons = QGridLayout()
        buttons.addWidget(self.study_button, 0, 0, 1, 2)
        buttons.addWidget(self.review_button, 1, 0)
        buttons.addWidget(self.sources_button, 1, 1)
        buttons.addWidget(self.stats_button, 2, 0)
        buttons.addWidget(self.quizzes_button, 2, 1)
        for key, signal in (("S", self.study_requested), ("R", self.review_requested), ("O", self.sources_requested),
                            ("T", self.stats_requested), ("Q", self.quizzes_requested)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if signal is self.study_requested:
                shortcut.activated.connect(self._on_study_shortcut)
            else:
                shortcut.activated.connect(signal.emit)

        self.by_source = _MasteryList("Mastery by source", self)
        self.by_kind = _MasteryList("Mastery by kind of fact", self)
        mastery = QHBoxLayout()
        mastery.addWidget(self.by_source, 3)
        mastery.addSpacing(16)
        mastery.addWidget(self.by_kind, 2)
        self.mastery_note = QLabel(
            "A question is mastered once it has left its learning steps and is not on your missed list.", self
        )
        self.mastery_note.setWordWrap(True)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        top = QHBoxLayout()
        top.addLayout(counts, 3)
        top.addSpacing(16)
        top.addLayout(buttons, 2)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(mastery)
        layout.addWidget(self.mastery_note)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setMinimumHeight(button.sizeHint().height() * 2)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        button.clicked.connect(signal.emit)
        return button

    def _on_study_shortcut(self) -> None:
        if self.study_button.isEnabled():
            self.study_requested.emit()

    def keyPressEvent(self, event: object) -> None:  # Enter anywhere on home starts studying
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_study_shortcut()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def focus_default(self) -> None:
        (self.study_button if self.study_button.isEnabled() else self.review_button).setFocus()

    def refresh(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            summary = home_summary(self.ctx.db, learner, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read your progress", str(exc))
            return
        self.summary = summary
        self.greeting.setText(f"Hello, {learner.name}")
        self.subtitle.setText(
            f"{summary.total_questions:,} questions from {len(summary.by_source)} sources. "
            f"Up to {learner.new_per_day} new questions a day; change it in File › Settings."
        )
        self.due.set_value(summary.due_today)
        self.new.set_value(summary.new_available)
        self.missed.set_value(summary.missed)
        from studyapp.services.study import SESSION_REVIEW_LIMIT

        to_study = min(summary.due_today, SESSION_REVIEW_LIMIT) + summary.new_available
        if to_study:
            self.study_button.setText(f"Study {to_study} question{'s' if to_study != 1 else ''}")
            self.study_button.setEnabled(True)
        else:
            self.study_button.setText("Nothing due — come back later")
            self.study_button.setEnabled(False)
        self.study_button.setAccessibleName(self.study_button.text())
        self.review_button.setText(f"Review missed ({summary.missed})")
        self.review_button.setAccessibleName(self.review_button.text())
        self.by_source.set_rows(summary.by_source)
        self.by_kind.set_rows(summary.by_kind)
