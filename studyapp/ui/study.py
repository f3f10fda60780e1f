"""The study screen: one question at a time, feedback with its source passage, a summary at the end.

Keys: 1–4 answer multiple choice; Enter checks a typed answer; Space/Enter continue; Ctrl+1..4
change the rating; O opens the passage in its article; Ctrl+Z undoes the last answer; Esc leaves.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.clock import to_datetime
from studyapp.services.study import StudySession
from studyapp.services.views import RATING_LABELS, AnswerResult, QuestionView
from studyapp.ui.context import AppContext
from studyapp.ui.feedback import FeedbackPanel, plain_label, verdict_colors


class _AnswerKeys(QObject):
    """Keys in the answer box: Enter checks the answer (and stops there, so it does not also continue);
    Ctrl+Z undoes the last answer when the box has no typing of its own to undo."""

    def __init__(self, edit: QLineEdit, check: Callable[[], None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.check = check

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.edit.isUndoAvailable()
        ):
            event.ignore()
            return True
        return False


class StudyScreen(QWidget):
    open_source_requested = Signal(str, str)
    leave_requested = Signal()
    progress_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._session: StudySession | None = None
        self._question: QuestionView | None = None
        self._timer = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = plain_label("", self, wrap=False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Session progress")
        self.progress.setFormat("%v of %m")
        hint = plain_label("Esc: back to home", self, wrap=False)
        hint.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.progress, 1)
        header.addWidget(hint)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_question_page())
        self.pages.addWidget(self._build_summary_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        self._shortcut("Ctrl+Z", self.undo)
        self._shortcut("O", self._on_open_source)
        for value in RATING_LABELS:
            self._shortcut(f"Ctrl+{value}", partial(self._on_feedback_rating_chosen, value))
        for number in range(1, 5):
            self._shortcut(str(number), partial(self._on_choice_key, number))

    # -- construction -----------------------------------------------------------------------------
    def _shortcut(self, keys: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_question_page(self) -> QWidget:
        page = QWidget(self)
        self.kind = plain_label("", page, wrap=False)
        self.kind.setAccessibleName("Kind of question")
        self.prompt = plain_label("", page)
        self.prompt.setAccessibleName("Question")
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.prompt.setFont(font)

        self.choices_box = QWidget(page)
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[QPushButton] = []
        for number in range(1, 5):
            button = QPushButton("", self.choices_box)
            button.setToolTip(f"Press {number}")
            button.setMinimumHeight(int(button.sizeHint().height() * 1.5))
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(lambda _checked=False, n=number: self._on_choice_key(n))
            choices_layout.addWidget(button)
            self.choice_buttons.append(button)

        self.typed_box = QWidget(page)
        typed_layout = QHBoxLayout(self.typed_box)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QLineEdit(self.typed_box)
        self.answer_edit.setPlaceholderText("Type your answer, then press Enter")
        self.answer_edit.setAccessibleName("Your answer")
        self.answer_edit.installEventFilter(_AnswerKeys(self.answer_edit, self._on_check_clicked))
        font = self.answer_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.answer_edit.setFont(font)
        self.check_button = QPushButton("Check  Enter", self.typed_box)
        self.check_button.setAccessibleName("Check answer")
        self.check_button.setToolTip("Check your answer (Enter)")
        typed_layout.addWidget(self.answer_edit, 1)
        typed_layout.addWidget(self.check_button)
        self.check_button.clicked.connect(self._on_check_clicked)

        self.feedback = FeedbackPanel(page)
        self.feedback.rating_chosen.connect(self._on_feedback_rating_chosen)
        self.feedback.next_clicked.connect(self.advance)
        self.feedback.undo_clicked.connect(self.undo)
        self.feedback.open_source_clicked.connect(self._on_open_source)

        inner = QWidget(page)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 8, 8, 8)
        inner_layout.addWidget(self.kind)
        inner_layout.addWidget(self.prompt)
        inner_layout.addSpacing(8)
        inner_layout.addWidget(self.choices_box)
        inner_layout.addWidget(self.typed_box)
        inner_layout.addWidget(self.feedback)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea(page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_title = plain_label("", page)
        font = self.summary_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.summary_title.setFont(font)
        self.summary_text = plain_label("", page)
        self.summary_text.setAccessibleName("Session summary")
        self.missed_caption = plain_label("Questions you missed (they are on your review list):", page)
        self.missed_list = QListWidget(page)
        self.missed_list.setAccessibleName("Questions missed in this session")
        self.missed_list.setWordWrap(True)
        self.home_button = QPushButton("Back to home  Enter", page)
        self.home_button.setAccessibleName("Back to home")
        self.home_button.setToolTip("Return to the home screen (Enter or Esc)")
        self.home_button.setAutoDefault(True)
        self.home_button.clicked.connect(self.leave_requested.emit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.missed_caption)
        layout.addWidget(self.missed_list, 1)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- public -----------------------------------------------------------------------------------
    @property
    def session(self) -> StudySession | None:
        return self._session

    def start(self, session: StudySession, title: str) -> None:
        self._session = session
        self.title.setText(title)
        self._show_current()

    def focus_default(self) -> None:
        session = self._session
        if session is None or (session.finished and session.pending is None):
            self.home_button.setFocus()
        elif session.pending is not None:
            self.feedback.next_button.setFocus()
        elif self._question is not None and self._question.format == "mc":
            self.setFocus()  # not a choice button: a stray Space must not answer
        else:
            self.answer_edit.setFocus()

    # -- showing ----------------------------------------------------------------------------------
    def _update_progress(self) -> None:
        session = self._session
        if session is None:
            return
        self.progress.setRange(0, max(1, session.total))
        self.progress.setValue(session.answered)

    def _show_current(self) -> None:
        session = self._session
        if session is None:
            return
        self._update_progress()
        try:
            question = session.current()
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot load the question", str(exc))
            return
        if question is None:
            self._show_summary()
            return
        self._question = question
        self.pages.setCurrentIndex(0)
        self.kind.setText(f"{question.kind_label}  ·  {_format_label(question.format)}")
        self.prompt.setText(question.prompt)
        is_mc = question.format == "mc" and question.choices is not None
        self.choices_box.setVisible(is_mc)
        self.typed_box.setVisible(not is_mc)
        if is_mc:
            assert question.choices is not None
            for number, (button, choice) in enumerate(zip(self.choice_buttons, question.choices, strict=False), 1):
                button.setText(f"{number}   {choice}")
                button.setAccessibleName(f"Choice {number}: {choice}")
                button.setEnabled(True)
                button.setVisible(True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setPalette(self.palette())
                font = button.font()
                font.setBold(False)
                button.setFont(font)
            for button in self.choice_buttons[len(question.choices) :]:
                button.setVisible(False)
        else:
            self.answer_edit.setEnabled(True)
            self.check_button.setEnabled(True)
        self.feedback.setVisible(False)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._timer.start()
        self.focus_default()

    def _show_feedback(self, result: AnswerResult) -> None:
        self._update_progress()
        if result.question.format == "mc" and result.question.choices:
            right, wrong = verdict_colors(self.palette())
            for number, choice in enumerate(result.question.choices, 1):
                button = self.choice_buttons[number - 1]
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                suffix, color = "", None
                if choice == result.question.answer:
                    suffix, color = "   ✓ correct answer", right
                elif choice == result.response:
                    suffix, color = "   ✗ your choice", wrong
                button.setText(f"{number}   {choice}{suffix}")
                palette = self.palette()
                if color is not None:
                    palette.setColor(QPalette.ColorRole.ButtonText, color)
                button.setPalette(palette)
                font = button.font()
                font.setBold(color is not None)
                button.setFont(font)
        self.answer_edit.setEnabled(False)
        self.check_button.setEnabled(False)
        self.feedback.show_result(result, to_datetime(self.ctx.clock()))
        self.feedback.setVisible(True)
        self.feedback.undo_button.setEnabled(True)
        self.feedback.next_button.setFocus()

    def _show_summary(self) -> None:
        session = self._session
        assert session is not None
        summary = session.summary()
        self.pages.setCurrentIndex(1)
        self._update_progress()
        if summary.answered == 0:
            self.summary_title.setText("Nothing to study right now")
            self.summary_text.setText(
                "No questions are due and today's new questions are done. Come back later, "
                "review the questions you missed, or pick an article under Sources and quiz yourself on it."
            )
        else:
            minutes, seconds = divmod(round(summary.seconds), 60)
            hours, minutes = divmod(minutes, 60)
            took = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {seconds:02d} s"
            ratings = ", ".join(f"{RATING_LABELS[r]} {n}" for r, n in summary.ratings.items() if n)
            self.summary_title.setText("Session complete")
            self.summary_text.setText(
                f"{summary.answered} answers, {summary.correct} right ({summary.accuracy:.0%}) "
                f"in {took}.\nRatings: {ratings}."
            )
        self.missed_list.clear()
        if summary.missed_question_ids:
            from studyapp.services.questions import load_question

            for qid in summary.missed_question_ids:
                self.missed_list.addItem(load_question(self.ctx.db, qid).prompt)
        self.missed_caption.setVisible(bool(summary.missed_question_ids))
        self.missed_list.setVisible(bool(summary.missed_question_ids))
        self.home_button.setFocus()

    # -- actions ----------------------------------------------------------------------------------
    def _answer(self, response: str | None) -> None:
        session = self._session
        if session is None or session.pending is not None or self._question is None:
            return
        elapsed = int(self._timer.elapsed()) if self._timer.isValid() else 0
        try:
            result = session.answer(response, elapsed)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Your answer could not be saved", f"{exc}\n\nYou can try again.")
            return
        self._show_feedback(result)
        self.progress_changed.emit()

    def _on_choice_key(self, number: int) -> None:
        question = self._question
        if (
            self._session is None
            or self._session.pending is not None
            or question is None
            or question.format != "mc"
            or question.choices is None
            or number > len(question.choices)
            or self.pages.currentIndex() != 0
        ):
            return
        self._answer(question.choices[number - 1])

    def _on_check_clicked(self) -> None:
        if self._question is not None and self._question.format != "mc":
            self._answer(self.answer_edit.text())

    def _on_feedback_rating_chosen(self, rating: int) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        try:
            result = session.override(rating)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The rating could not be saved", str(exc))
            return
        self.feedback.set_rating(result.rating, result.next_due, to_datetime(self.ctx.clock()))
        self._update_progress()
        self.progress_changed.emit()

    def advance(self) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        session.advance()
        self.answer_edit.clear()
        self._show_current()

    def undo(self) -> None:
        session = self._session
        if session is None or not session.can_undo:
            return
        last_response = session.pending.response if session.pending is not None else None
        try:
            session.undo()
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The answer could not be undone", str(exc))
            return
        self._show_current()
        if last_response is not None and self._question is not None and self._question.format != "mc":
            self.answer_edit.setText(last_response)
            self.answer_edit.selectAll()
        self.progress_changed.emit()

    def _on_open_source(self) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        question = session.pending.question
        self.open_source_requested.emit(question.citation.source.id, question.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        session = self._session
        if key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and session is not None:
            if session.pending is not None:
                self.advance()
                return
            if self.pages.currentIndex() == 1 and key != Qt.Key.Key_Space:
                self.leave_requested.emit()
                return
        super().keyPressEvent(event)


def _format_label(fmt: str) -> str:
    return {"mc": "multiple choice", "typed": "type the answer", "cloze": "fill the blank"}.get(fmt, fmt)


__all__ = ["StudyScreen"]
