"""Taking a quiz: timed questions on a student's profile; no feedback until the end.

It starts on a neutral "ready" page that asks who is taking it; nothing starts until a name is
given and Start pressed (a stray Enter on the quiz list starts nothing). Every answer (or a question
whose time ran out, recorded as unanswered, with a "time's up" notice) is committed as it is given,
both as a quiz answer and as a study attempt, so it counts toward spaced repetition and misses join
the learner's review list. The countdown warns in its last seconds. At the end: the score, each
question with the right answer, and "Next student", which hands over through the same neutral page
(nothing of the last attempt stays on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.grading.hints import DEFAULT_HINT, answer_hint
from studyapp.services.quizzes import QuizAnswerResult, QuizView
from studyapp.ui.labels import heading, plain_label


class _EnterSubmits(QObject):
    """Enter in the answer box submits, and stops there (it must not also act on the next page)."""

    def __init__(self, edit: QLineEdit, submit: Callable[[], None]) -> None:
        super().__init__(edit)
        self.submit = submit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return False


QUESTION_PAGE, SUMMARY_PAGE, READY_PAGE = range(3)
WARN_AT_SECONDS = 5


class TakeQuizScreen(QWidget):
    leave_requested = Signal()
    start_requested = Signal(str, str)  # quiz name, student's name
    handing_over = Signal()  # the neutral page is up: nothing names the last student
    progress_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quiz: QuizView | None = None
        self.run_id: str | None = None
        self.index = 0
        self.remaining = 0
        self.results: list[QuizAnswerResult] = []
        self._elapsed = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = heading("", self, factor=1.3, wrap=False)
        self.countdown = plain_label("", self, wrap=False)
        self.countdown.setAccessibleName("Time left")
        cfont = self.countdown.font()
        cfont.setPointSizeF(cfont.pointSizeF() * 1.6)
        cfont.setBold(True)
        self.countdown.setFont(cfont)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v of %m")
        self.progress.setAccessibleName("Quiz progress")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.progress, 1)
        header.addWidget(self.countdown)

        self.pages = QStackedWidget(self)
        question_page = QWidget(self)
        self.prompt = plain_label("", question_page)
        self.prompt.setAccessibleName("Question")
        pfont = self.prompt.font()
        pfont.setPointSizeF(pfont.pointSizeF() * 1.45)
        self.prompt.setFont(pfont)
        self.choice_buttons: list[QPushButton] = []
        question_layout = QVBoxLayout(question_page)
        question_layout.addWidget(self.prompt)
        for number in range(1, 5):
            button = QPushButton("", question_page)
            button.setToolTip(f"Press {number}")
            button.setMinimumHeight(int(button.sizeHint().height() * 1.5))
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(partial(self._on_choice, number))
            question_layout.addWidget(button)
            self.choice_buttons.append(button)
        typed_row = QHBoxLayout()
        self.answer_edit = QLineEdit(question_page)
        self.answer_edit.setPlaceholderText(DEFAULT_HINT)
        self.answer_edit.setAccessibleName("Your answer")
        self.answer_edit.installEventFilter(_EnterSubmits(self.answer_edit, self._on_submit_typed))
        self.submit_button = QPushButton("Submit  Enter", question_page)
        self.submit_button.setAccessibleName("Submit answer")
        self.submit_button.clicked.connect(self._on_submit_typed)
        typed_row.addWidget(self.answer_edit, 1)
        typed_row.addWidget(self.submit_button)
        question_layout.addLayout(typed_row)
        question_layout.addStretch(1)
        self.pages.addWidget(question_page)

        summary_page = QWidget(self)
        self.score = plain_label("", summary_page)
        sfont = self.score.font()
        sfont.setPointSizeF(sfont.pointSizeF() * 1.6)
        sfont.setBold(True)
        self.score.setFont(sfont)
        self.score.setAccessibleName("Score")
        self.review = QListWidget(summary_page)
        self.review.setAccessibleName("Your answers")
        self.review.setWordWrap(True)
        self.review.setSpacing(3)
        self.next_student_button = QPushButton("Next student…", summary_page)
        self.next_student_button.setAccessibleName("Next student")
        self.next_student_button.setToolTip("Hand the laptop to the next student: they take the same quiz (N)")
        self.done_button = QPushButton("Done  Enter", summary_page)
        self.done_button.setAccessibleName("Back to quizzes")
        self.done_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_student_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.score)
        summary_layout.addWidget(plain_label("Questions you missed are on your review list.", summary_page))
        summary_layout.addWidget(self.review, 1)
        summary_layout.addLayout(buttons)
        self.pages.addWidget(summary_page)

        ready_page = QWidget(self)
        self.ready_title = heading("", ready_page, factor=1.6)
        self.ready_info = plain_label("", ready_page)
        self.name_edit = QLineEdit(ready_page)
        self.name_edit.setPlaceholderText("Your name")
        self.name_edit.setAccessibleName("Who is taking the quiz")
        self.name_edit.setMaxLength(60)
        self.start_button = QPushButton("Start the quiz  Enter", ready_page)
        self.start_button.setAccessibleName("Start the quiz")
        self.start_button.setEnabled(False)
        self.cancel_button = QPushButton("Cancel  Esc", ready_page)
        self.cancel_button.setAccessibleName("Back to quizzes")
        name_row = QHBoxLayout()
        name_row.addWidget(plain_label("Who is taking it?", ready_page, wrap=False))
        name_row.addWidget(self.name_edit, 1)
        ready_buttons = QHBoxLayout()
        ready_buttons.addWidget(self.cancel_button)
        ready_buttons.addStretch(1)
        ready_buttons.addWidget(self.start_button)
        ready_layout = QVBoxLayout(ready_page)
        ready_layout.addStretch(1)
        ready_layout.addWidget(self.ready_title)
        ready_layout.addWidget(self.ready_info)
        ready_layout.addSpacing(12)
        ready_layout.addLayout(name_row)
        ready_layout.addLayout(ready_buttons)
        ready_layout.addStretch(2)
        self.pages.addWidget(ready_page)
        self.name_edit.textChanged.connect(lambda text: self.start_button.setEnabled(bool(text.strip())))
        self.name_edit.installEventFilter(_EnterSubmits(self.name_edit, self._on_start_clicked))
        self.start_button.clicked.connect(self._on_start_clicked)
        self.cancel_button.clicked.connect(self.leave_requested.emit)

        self.notice = plain_label("", self)
        self.notice.setAccessibleName("Notice")
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)

        self.next_student_button.clicked.connect(self._on_next_student)
        self.done_button.clicked.connect(self.leave_requested.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        for number in range(1, 5):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self._on_choice, number))

    # -- flow -------------------------------------------------------------------------------------
    def prepare(self, quiz: QuizView, *, handing_over: bool = False) -> None:
        """The neutral page before an attempt: what the quiz is, and who is taking it."""
        self.timer.stop()
        self.quiz = quiz
        self.run_id = None
        self.index = 0
        self.results = []
        self.review.clear()  # nothing of the last attempt stays behind
        self.score.setText("")
        self.prompt.setText("")
        self.countdown.setText("")
        self.notice.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        count, seconds = len(quiz.items), quiz.seconds_per_question
        self.title.setText(quiz.name)
        self.ready_title.setText("Next student" if handing_over else f"Ready for “{quiz.name}”?")
        self.ready_info.setText(
            f"{count} question{'s' if count != 1 else ''}, {seconds} seconds each. The clock starts when you "
            "press Start; answers are final once given. Type your name, then press Enter."
        )
        self.name_edit.clear()
        signed_in = self.ctx.db.is_server and self.ctx.learner is not None
        if signed_in:  # on a class server the quiz is taken by whoever signed in on this laptop
            self.name_edit.setText(self.ctx.learner.name)
            self.ready_info.setText(
                f"{count} question{'s' if count != 1 else ''}, {seconds} seconds each. The clock starts when you "
                "press Start; answers are final once given. Press Enter to start."
            )
        self.name_edit.setReadOnly(signed_in)
        self.pages.setCurrentIndex(READY_PAGE)
        self.name_edit.setFocus()
        if handing_over:
            self.handing_over.emit()

    def _on_start_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if self.quiz is not None and name and self.pages.currentIndex() == READY_PAGE:
            self.start_requested.emit(self.quiz.name, name)

    def start(self, quiz: QuizView) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            self.run_id = self.ctx.submitter().start(quiz, learner)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot start the quiz", str(exc))
            return
        self.quiz = quiz
        self.index = 0
        self.results = []
        self.title.setText(f"{quiz.name} — {learner.name}")
        self.progress.setRange(0, len(quiz.items))
        self.progress.setVisible(True)
        self._show_item()

    @property
    def running(self) -> bool:
        return (
            self.quiz is not None
            and self.run_id is not None
            and self.pages.currentIndex() == QUESTION_PAGE
            and self.index < len(self.quiz.items)
        )

    def focus_default(self) -> None:
        if self.pages.currentIndex() == READY_PAGE:
            self.name_edit.setFocus()
        elif self.pages.currentIndex() == SUMMARY_PAGE:
            self.done_button.setFocus()
        elif self.quiz is not None and self.index < len(self.quiz.items) and self.quiz.items[self.index].choices:
            self.setFocus()
        else:
            self.answer_edit.setFocus()

    def _show_item(self) -> None:
        quiz = self.quiz
        assert quiz is not None
        if self.index >= len(quiz.items):
            self._finish()
            return
        item = quiz.items[self.index]
        self.pages.setCurrentIndex(QUESTION_PAGE)
        self.progress.setValue(self.index)
        self.prompt.setText(f"{item.position}. {item.question.prompt}")
        has_choices = bool(item.choices)
        for number, button in enumerate(self.choice_buttons, 1):
            visible = item.choices is not None and number <= len(item.choices)
            button.setVisible(visible)
            if visible and item.choices is not None:
                button.setText(f"{number}   {item.choices[number - 1]}")
                button.setAccessibleName(f"Choice {number}: {item.choices[number - 1]}")
        self.answer_edit.setVisible(not has_choices)
        self.submit_button.setVisible(not has_choices)
        self.answer_edit.clear()
        self.answer_edit.setPlaceholderText(answer_hint(item.question.value))
        self.remaining = quiz.seconds_per_question
        self._update_countdown()
        self._elapsed.start()
        self.timer.start()
        self.focus_default()

    def _record(self, response: str | None) -> None:
        quiz, learner, run_id = self.quiz, self.ctx.learner, self.run_id
        if quiz is None or learner is None or run_id is None or self.index >= len(quiz.items):
            return
        self.timer.stop()
        item = quiz.items[self.index]
        elapsed = min(int(self._elapsed.elapsed()), quiz.seconds_per_question * 1000)
        try:
            result = self.ctx.submitter().answer(run_id, learner, item, response, elapsed)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Your answer could not be saved", f"{exc}\n\nYou can try again.")
            self.timer.start()
            return
        self.results.append(result)
        self.index += 1
        if response is None or self.remaining == 0:
            kept = "what you typed was kept" if response else "no answer was recorded"
            self._show_notice(f"Time's up on question {item.position}: {kept}.")
        else:
            self.notice.setVisible(False)
        self.progress_changed.emit()
        self._show_item()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("font-weight: bold; padding: 6px; border: 2px solid #c62828; border-radius: 4px;")
        self.notice.setVisible(True)

    def _on_choice(self, number: int) -> None:
        if not self.running or self.quiz is None:
            return
        item = self.quiz.items[self.index]
        if item.choices and number <= len(item.choices):
            self._record(item.choices[number - 1])

    def _on_submit_typed(self) -> None:
        if self.running and self.quiz is not None and not self.quiz.items[self.index].choices:
            self._record(self.answer_edit.text())

    def tick(self) -> None:
        """One second passed: at zero the question is recorded as unanswered."""
        if not self.running:
            return
        self.remaining = max(0, self.remaining - 1)
        self._update_countdown()
        if self.remaining == 0:
            typed = self.answer_edit.text() if self.answer_edit.isVisible() else ""
            self._record(None if not typed.strip() else typed)

    def _update_countdown(self) -> None:
        minutes, seconds = divmod(self.remaining, 60)
        hurry = 0 < self.remaining <= WARN_AT_SECONDS and self.running
        # the last seconds are said in words and in colour (the words alone are enough)
        self.countdown.setText(f"{minutes}:{seconds:02d}" + ("  — hurry!" if hurry else ""))
        self.countdown.setStyleSheet("color: #c62828;" if hurry else "")
        self.countdown.setAccessibleDescription(f"{self.remaining} seconds left" + (", hurry" if hurry else ""))

    def _finish(self) -> None:
        quiz = self.quiz
        assert quiz is not None
        self.timer.stop()
        if self.run_id is not None:
            try:
                self.ctx.submitter().finish(self.run_id)
            except StudyappError as exc:
                self.ctx.dialogs.show_error(self, "Cannot save the end of the quiz", str(exc))
        self.progress.setValue(len(quiz.items))
        right = sum(1 for r in self.results if r.correct)
        self.score.setText(f"{right} of {len(quiz.items)} right ({right / max(1, len(quiz.items)):.0%})")
        self.countdown.setText("")
        self.review.clear()
        for item, result in zip(quiz.items, self.results, strict=False):
            mark = "✓" if result.correct else "✗"
            given = "time ran out" if result.unanswered else f"you answered: {result.response}"
            self.review.addItem(
                f"{mark} {item.position}. {item.question.prompt}\n   {given} — answer: {item.question.answer}"
            )
        self.pages.setCurrentIndex(SUMMARY_PAGE)
        self.run_id = None
        self.done_button.setFocus()

    def _on_next_student(self) -> None:
        if self.quiz is not None and self.pages.currentIndex() == SUMMARY_PAGE:
            self.prepare(self.quiz, handing_over=True)

    def stop(self) -> None:
        self.timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.pages.currentIndex() == READY_PAGE and event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        if self.pages.currentIndex() == SUMMARY_PAGE and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave_requested.emit()
            return
        if self.pages.currentIndex() == SUMMARY_PAGE and event.key() == Qt.Key.Key_N:
            self._on_next_student()
            return
        super().keyPressEvent(event)
