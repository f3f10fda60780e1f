"""Presentation mode for a projector: full screen, large type, a countdown per question, then the
answer with its source passage. Space or → moves on (reveals first), ← goes back, Esc leaves.

Every question of the bank fits the screen: the type shrinks step by step (never below the system
font) until the question, its choices and, once revealed, the answer and the passage around the
quote fit the window's height; nothing is cut and nothing scrolls."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from studyapp.services.quizzes import QuizView
from studyapp.ui.feedback import verdict_colors
from studyapp.ui.labels import plain_label
from studyapp.ui.passage import HighlightedLabel, excerpt_around

SCALE = 2.6  # type size relative to the system font: legible from the back of a classroom
SCALES = (2.6, 2.4, 2.2, 2.0, 1.85, 1.7, 1.55, 1.4, 1.3, 1.2, 1.1, 1.0)  # tried in turn until it fits
# each element's size relative to the body type
RELATIVE = {"header": 1.0, "countdown": 1.3, "prompt": 1.25, "choice": 1.0, "answer": 1.3, "citation": 0.8,
            "passage": 0.8, "hint": 0.6}  # fmt: skip


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(
        self, quiz: QuizView, parent: QWidget | None = None, *, live: Any = None, db: Any = None, clock: Any = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.quiz = quiz
        self._db = db  # on a class server: who has answered is counted from the answers stored there
        self._opened_at = (clock or time.time)()
        self.index = 0
        self.revealed = False
        self.remaining = quiz.seconds_per_question
        self.setWindowTitle(f"{quiz.name} — presentation")
        self.setAccessibleName("Quiz presentation")
        self.setAutoFillBackground(True)
        self._system_size = QFont(self.font()).pointSizeF()
        self.scale = SCALE

        self.header = plain_label("", self)  # wraps rather than run under the countdown
        self.header.setAccessibleName("Question number")
        self.countdown = plain_label("", self, wrap=False)
        self.countdown.setAccessibleName("Time left")
        self.answered = plain_label("", self, wrap=False)
        self.answered.setAccessibleName("Students who have answered")
        self.answered.setVisible(db is not None)
        self.time_bar = QProgressBar(self)
        self.time_bar.setTextVisible(False)
        self.time_bar.setAccessibleName("Time bar")
        self.prompt = plain_label("", self)
        self.prompt.setAccessibleName("Question")
        self.choices = [plain_label("", self) for _ in range(4)]
        self.answer = plain_label("", self)
        self.answer.setAccessibleName("Answer")
        self.citation = plain_label("", self)
        self.citation.setAccessibleName("Source")
        self.passage = HighlightedLabel(self)
        self.hint = plain_label("Space / →: reveal, then next   ←: back   Esc: leave", self, wrap=False)
        self.hint.setEnabled(False)
        self._roles: list[tuple[QLabel, str, bool]] = [
            (self.header, "header", False),
            (self.countdown, "countdown", True),
            (self.answered, "header", True),
            (self.prompt, "prompt", False),
            *((label, "choice", False) for label in self.choices),
            (self.answer, "answer", True),
            (self.citation, "citation", False),
            (self.passage, "passage", False),
            (self.hint, "hint", False),
        ]

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 24)
        layout.addLayout(top)
        layout.addWidget(self.time_bar)
        layout.addWidget(self.answered, 0, Qt.AlignmentFlag.AlignRight)  # "17 of 24 answered", under the clock
        layout.addSpacing(12)
        layout.addWidget(self.prompt)
        for label in self.choices:
            layout.addWidget(label)
        layout.addSpacing(10)
        layout.addWidget(self.answer)
        layout.addWidget(self.citation)
        layout.addWidget(self.passage)
        layout.addStretch(1)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._recount = QTimer(self)  # a burst of answers is counted once
        self._recount.setSingleShot(True)
        self._recount.setInterval(100)
        self._recount.timeout.connect(self.update_answered)
        if live is not None:
            live.quiz_event.connect(self._on_quiz_event)
        self._show_question()

    # -- who has answered (class server) ------------------------------------------------------------
    def _on_quiz_event(self, event: Any) -> None:
        if getattr(event, "quiz_id", None) in (None, self.quiz.id):
            self._recount.start()

    def update_answered(self) -> None:
        if self._db is None:
            return
        from studyapp.errors import StudyappError
        from studyapp.services.live import answered_count

        item = self.quiz.items[self.index]
        try:
            self.answered.setText(answered_count(self._db, self.quiz.id, item.position, self._opened_at).text)
        except StudyappError:
            self.answered.setText("answers: server away")

    # -- fitting the screen ----------------------------------------------------------------------
    def _apply_scale(self, scale: float) -> None:
        for label, role, bold in self._roles:
            font = QFont(self.font())
            font.setPointSizeF(self._system_size * scale * RELATIVE[role])
            font.setBold(bold)
            label.setFont(font)
        self.time_bar.setFixedHeight(max(6, int(self._system_size * scale * 0.5)))
        self.scale = scale

    def _needed_height(self) -> int:
        layout = self.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()
        return layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()

    def fits(self) -> bool:
        """Whether everything shown fits the window's height at the current type size."""
        return self._needed_height() <= self.height()

    def _fit(self) -> None:
        """The largest type size at which everything shown fits; the smallest when nothing does."""
        for scale in SCALES:
            self._apply_scale(scale)
            if self.fits():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- navigation -------------------------------------------------------------------------------
    def _show_question(self) -> None:
        item = self.quiz.items[self.index]
        self.revealed = False
        self.remaining = self.quiz.seconds_per_question
        self.header.setText(f"{self.quiz.name}  ·  question {self.index + 1} of {len(self.quiz.items)}")
        self.prompt.setText(item.question.prompt)
        letters = "ABCD"
        for i, label in enumerate(self.choices):
            has = item.choices is not None and i < len(item.choices)
            label.setVisible(has)
            if has and item.choices is not None:
                label.setText(f"{letters[i]}.  {item.choices[i]}")
                label.setPalette(self.palette())
        for widget in (self.answer, self.citation, self.passage):
            widget.setVisible(False)
        self.time_bar.setRange(0, self.quiz.seconds_per_question)
        self._update_countdown()
        self.update_answered()
        self._fit()
        self.timer.start()

    def reveal(self) -> None:
        if self.revealed:
            return
        self.revealed = True
        self.timer.stop()
        item = self.quiz.items[self.index]
        question = item.question
        right, _wrong = verdict_colors(self.palette())
        answer = question.answer
        if item.choices and answer in item.choices:
            position = item.choices.index(answer)
            answer = f"{'ABCD'[position]}.  {answer}"
            palette = self.choices[position].palette()
            palette.setColor(QPalette.ColorRole.WindowText, right)
            self.choices[position].setPalette(palette)
        self.answer.setText(f"Answer: {answer}")
        palette = self.answer.palette()
        palette.setColor(QPalette.ColorRole.WindowText, right)
        self.answer.setPalette(palette)
        citation = question.citation
        self.citation.setText(
            f"“{citation.source.title}” — {citation.source.byline()}, passage {citation.passage_index + 1}"
        )
        # the passage around the quote (a long passage is cut at sentences, with "…")
        shown, shift = excerpt_around(citation.passage_text, citation.quote_start, citation.quote_end)
        self.passage.set_text(shown)
        self.passage.highlight(
            [
                (citation.quote_start - shift, citation.quote_end - shift, "quote"),
                (citation.answer_start - shift, citation.answer_end - shift, "answer"),
            ]
        )
        for widget in (self.answer, self.citation, self.passage):
            widget.setVisible(True)
        self.countdown.setText("Answer")
        self._fit()

    def forward(self) -> None:
        """Reveal the answer; if it is shown, go to the next question (or close after the last)."""
        if not self.revealed:
            self.reveal()
        elif self.index + 1 < len(self.quiz.items):
            self.index += 1
            self._show_question()
        else:
            self.close()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_question()
        else:
            self._show_question()

    def tick(self) -> None:
        """One second passed (the timer calls this; tests call it directly)."""
        if self.revealed:
            return
        self.remaining = max(0, self.remaining - 1)
        self._update_countdown()
        if self.remaining == 0:
            self.reveal()

    def _update_countdown(self) -> None:
        minutes, seconds = divmod(self.remaining, 60)
        self.countdown.setText(f"{minutes}:{seconds:02d}")
        self.time_bar.setValue(self.remaining)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
            self.forward()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.closed.emit()
        super().closeEvent(event)


__all__ = ["PresentationWindow"]
