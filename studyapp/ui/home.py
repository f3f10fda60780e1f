"""Home: today's numbers for the current learner, mastery at a glance, and the way into everything.

Built at start-up, so it stays cheap: plain labels and progress bars, no charts (those load with the
stats screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
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
from studyapp.services.study import SESSION_REVIEW_LIMIT
from studyapp.services.views import HomeSummary, Learner, MasteryRow
from studyapp.ui.context import AppContext
from studyapp.ui.labels import plain_tip

NOTHING_TO_STUDY = "Nothing due — come back later"
KEYS_HINT = "Keys: S or Enter study · R review missed · O sources · T stats · Q quizzes · F1 all shortcuts"
NO_LEARNER_KEYS_HINT = "Keys: Ctrl+N new learner · Q quizzes · F1 all shortcuts"
QWIDGETSIZE_MAX = (1 << 24) - 1


def _scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make the widget's font `factor` times the font it inherits (so it follows the app font)."""
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)


def _label(
    text: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False, wrap: bool = False, dim: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if scale != 1.0 or bold:
        _scale_font(label, scale, bold=bold)
    if dim:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Count(QFrame):
    """A big number with a caption and a short note under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.number = _label("0", self, scale=2.4, bold=True)
        self.caption = _label(caption, self, scale=1.1, bold=True)
        self.note = _label("", self, dim=True, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addStretch(1)
        for label in (self.number, self.caption, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.setAccessibleName(caption)

    def set_value(self, value: int, note: str = "") -> None:
        self.number.setText(f"{value:,}")
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value:,}")
        self.setAccessibleDescription(note)


class _MasteryList(QWidget):
    """Rows of a plain-text label and a progress bar reading "mastered/total"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(title, self, scale=1.15, bold=True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.rows: list[tuple[QLabel, QProgressBar]] = []

    def _add_row(self) -> tuple[QLabel, QProgressBar]:
        label = _label("", self, wrap=True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wrap, never widen
        bar = QProgressBar(self)
        bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance("888/888 mastered") + 16)
        bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = len(self.rows)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignVCenter)
        return label, bar

    def set_rows(self, rows: tuple[MasteryRow, ...]) -> None:
        if len(rows) != len(self.rows):
            for label, bar in self.rows:
                label.deleteLater()
                bar.deleteLater()
            self.rows = []
            for _ in rows:
                self.rows.append(self._add_row())
        for (label, bar), row in zip(self.rows, rows, strict=True):
            detail = f"{row.label}: {row.mastered} of {row.total} mastered, {row.seen} seen"
            label.setText(row.label)
            label.setToolTip(plain_tip(detail))
            label.setAccessibleName(row.label)
            bar.setRange(0, max(1, row.total))
            bar.setValue(row.mastered)
            bar.setFormat(f"{row.mastered}/{row.total} mastered")
            bar.setToolTip(plain_tip(detail))
            bar.setAccessibleName(f"Mastery of {row.label}")
            bar.setAccessibleDescription(detail)


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
        content = QWidget(self)

        self.greeting = _label("", content, scale=1.8, bold=True, wrap=True)
        self.greeting.setAccessibleName("Greeting")
        self.subtitle = _label("", content, wrap=True)
        self.subtitle.setAccessibleName("About today")

        self.counts = QWidget(content)
        self.due = _Count("Due today", self.counts)
        self.new = _Count("New today", self.counts)
        self.missed = _Count("Missed", self.counts)
        counts = QHBoxLayout(self.counts)
        counts.setContentsMargins(0, 0, 0, 0)
        for box in (self.due, self.new, self.missed):
            counts.addWidget(box)

        self.study_button = self._button("Study", "Study today's due and new questions (S or Enter)", 1.3)
        self.review_button = self._button("Review missed", "Drill the questions you got wrong (R)")
        self.sources_button = self._button("Sources", "Read the source articles (O)")
        self.stats_button = self._button("Stats", "Charts of your progress (T)")
        self.quizzes_button = self._button("Classroom quizzes", "Build, present, take and print quizzes (Q)")
        self.study_button.clicked.connect(self.study_requested)
        self.review_button.clicked.connect(self.review_requested)
        self.sources_button.clicked.connect(self.sources_requested)
        self.stats_button.clicked.connect(self.stats_requested)
        self.quizzes_button.clicked.connect(self.quizzes_requested)
        self.study_button.setDefault(True)  # drawn in the palette's highlight: the main way in
        self.buttons = QWidget(content)
        buttons = QGridLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        buttons.setColumnStretch(0, 1)
        buttons.setColumnStretch(1, 1)
        buttons.addWidget(self.study_button, 0, 0, 1, 2)
        buttons.addWidget(self.review_button, 1, 0)
        buttons.addWidget(self.sources_button, 1, 1)
        buttons.addWidget(self.stats_button, 2, 0)
        buttons.addWidget(self.quizzes_button, 2, 1)
        self.shortcuts: dict[str, QShortcut] = {}
        for key, button in (("S", self.study_button), ("R", self.review_button), ("O", self.sources_button),
                            ("T", self.stats_button), ("Q", self.quizzes_button)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)  # click() does nothing while the button is disabled
            self.shortcuts[key] = shortcut

        self.mastery = QWidget(content)
        self.by_source = _MasteryList("Mastery by source", self.mastery)
        self.by_kind = _MasteryList("Mastery by kind of fact", self.mastery)
        self.mastery_note = _label(
            "A question is mastered once it has left its learning steps and is not on your missed list.",
            self.mastery,
            wrap=True,
            dim=True,
        )
        mastery = QGridLayout(self.mastery)
        mastery.setContentsMargins(0, 0, 0, 0)
        mastery.setHorizontalSpacing(24)
        mastery.addWidget(self.by_source, 0, 0)
        mastery.addWidget(self.by_kind, 0, 1)
        mastery.addWidget(self.mastery_note, 1, 0, 1, 2)
        mastery.setColumnStretch(0, 3)
        mastery.setColumnStretch(1, 2)

        self.keys_hint = _label("", content, wrap=True, dim=True)
        self.keys_hint.setAccessibleName("Keyboard shortcuts")

        self.top = QHBoxLayout()
        self.top.setSpacing(16)
        self.top.addWidget(self.counts, 3)
        self.top.addWidget(self.buttons, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addSpacing(10)
        layout.addLayout(self.top)
        layout.addSpacing(14)
        layout.addWidget(self.mastery)
        layout.addStretch(1)
        layout.addWidget(self.keys_hint)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName("Home")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._show_no_learner()

    def _button(self, text: str, tip: str, scale: float = 1.1) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setAutoDefault(True)  # Enter clicks the focused button
        _scale_font(button, scale, bold=scale > 1.2)
        button.setMinimumHeight(round(button.sizeHint().height() * (2.2 if scale > 1.2 else 1.8)))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter with no button focused: study
            self.study_button.click()
            return
        super().keyPressEvent(event)

    def focus_default(self) -> None:
        for button in (self.study_button, self.review_button, self.quizzes_button):
            if button.isEnabled():
                button.setFocus()
                return

    def refresh(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            self._show_no_learner()
            return
        try:
            summary = home_summary(self.ctx.db, learner, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read your progress", str(exc))
            return
        self._show_summary(learner, summary)

    def _show_no_learner(self) -> None:
        self.summary = None
        self.greeting.setText("Create a learner to start")
        self.subtitle.setText(
            "Use File › New learner… (Ctrl+N) to make a profile. Each learner's progress is kept apart; "
            "classroom quizzes work without one."
        )
        self.counts.hide()
        self.mastery.hide()
        self.buttons.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.top.setAlignment(self.buttons, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.keys_hint.setText(NO_LEARNER_KEYS_HINT)
        self._set_button(self.study_button, "Study", enabled=False)
        self._set_button(self.review_button, "Review missed", enabled=False)
        self.sources_button.setEnabled(False)
        self.stats_button.setEnabled(False)

    def _show_summary(self, learner: Learner, summary: HomeSummary) -> None:
        self.summary = summary
        self.greeting.setText(f"Hello, {learner.name}")
        daily = (
            f"Up to {learner.new_per_day} new question{'s' if learner.new_per_day != 1 else ''} a day"
            if learner.new_per_day
            else "New questions are turned off"
        )
        self.subtitle.setText(
            f"{summary.total_questions:,} questions from {len(summary.by_source)} sources. {daily} (File › Settings)."
        )
        due_note = "to review" if summary.due_today <= SESSION_REVIEW_LIMIT else f"{SESSION_REVIEW_LIMIT} a session"
        if not learner.new_per_day:
            new_note = "turned off in Settings"
        elif summary.new_available < min(summary.new_left_today, summary.new_unseen):
            new_note = "today; more tomorrow (one question per fact a day)"
        elif summary.new_available < summary.new_left_today:
            new_note = "you have seen them all"
        elif summary.new_left_today < learner.new_per_day:
            new_note = f"left of {learner.new_per_day} a day"
        else:
            new_note = "not seen yet"
        self.due.set_value(summary.due_today, due_note)
        self.new.set_value(summary.new_available, new_note)
        self.missed.set_value(summary.missed, "on your review list")
        self.counts.show()
        self.mastery.show()
        self.buttons.setMinimumWidth(0)
        self.buttons.setMaximumWidth(QWIDGETSIZE_MAX)
        self.top.setAlignment(self.buttons, Qt.AlignmentFlag.AlignTop)
        self.keys_hint.setText(KEYS_HINT)

        to_study = summary.to_study
        if to_study:
            self._set_button(self.study_button, f"Study {to_study} question{'s' if to_study != 1 else ''}")
        else:
            self._set_button(self.study_button, NOTHING_TO_STUDY, enabled=False)
        self._set_button(self.review_button, f"Review missed ({summary.missed})")
        self.sources_button.setEnabled(True)
        self.stats_button.setEnabled(True)
        self.by_source.set_rows(summary.by_source)
        self.by_kind.set_rows(summary.by_kind)

    @staticmethod
    def _set_button(button: QPushButton, text: str, *, enabled: bool = True) -> None:
        button.setText(text)
        button.setAccessibleName(text)
        button.setEnabled(enabled)
