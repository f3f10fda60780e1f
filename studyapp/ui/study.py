"""The study screen: one question at a time, feedback with its source passage, a summary at the end.

Keys: 1–4 answer multiple choice; Enter checks a typed answer; Space/Enter continue; Ctrl+1..4
change the rating; Ctrl+R marks a typed answer the grader rejected as right ("I was right"); O opens
the passage in its article; Ctrl+Z undoes the last answer (or the "I was right"); Esc leaves.
Slots stay thin: each turns a key or click into one `StudySession` call and shows what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.grading import Verdict
from studyapp.grading.hints import DEFAULT_HINT, answer_hint
from studyapp.services.clock import to_datetime
from studyapp.services.questions import load_question
from studyapp.services.study import StudySession
from studyapp.services.views import RATING_LABELS, AnswerResult, QuestionView, SessionSummary
from studyapp.ui.context import AppContext
from studyapp.ui.feedback import FeedbackPanel, button_text, verdict_colors
from studyapp.ui.labels import plain_label, scaled_font

QUESTION_PAGE, SUMMARY_PAGE = 0, 1
FORMAT_LABELS = {"mc": "multiple choice", "typed": "type the answer", "cloze": "fill the blank"}


def format_duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def _text_palette(color: QColor) -> QPalette:
    """A palette that only sets the text colour (a label inside a button draws with ButtonText)."""
    palette = QPalette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Active, role, color)
        palette.setColor(QPalette.ColorGroup.Inactive, role, color)
    return palette


class ChoiceButton(QPushButton):
    """A multiple-choice button whose (plain) text wraps instead of widening the window.

    `text()` holds the label for tests and assistive technology; a child label draws it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label("", self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFont(scaled_font(self.label, 1.1))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        pad = self.fontMetrics().height() // 2
        layout.setContentsMargins(pad + 4, pad, pad + 4, pad)
        layout.addWidget(self.label)

    def set_choice(self, text: str, *, bold: bool = False, palette: QPalette | None = None) -> None:
        self.setText(button_text(text))
        self.label.setText(text)
        font = self.label.font()
        font.setBold(bold)
        self.label.setFont(font)
        self.label.setPalette(palette if palette is not None else QPalette())

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the label draws it, wrapped
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


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
            if not event.isAutoRepeat():
                self.check()
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.edit.isUndoAvailable()
        ):
            event.ignore()  # not the box's own undo: let the screen's Ctrl+Z take the answer back
            return True
        return False


class StudyScreen(QWidget):
    open_source_requested = Signal(str, str)  # source_id, question_id
    leave_requested = Signal()
    progress_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._session: StudySession | None = None
        self._question: QuestionView | None = None
        self._responses: list[tuple[str, str]] = []  # (question id, response) of each answer on record
        self._timer = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Study")

        self.title = plain_label("", self)
        self.title.setFont(scaled_font(self.title, 1.3, bold=True))
        self.title.setAccessibleName("Session")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Session progress")
        self.progress.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 of 000") * 3)
        self.progress.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.progress.setTextVisible(False)
        self.progress_text = plain_label("", self, wrap=False)
        self.progress_text.setAccessibleName("Questions met")
        self.progress_text.setToolTip("Different questions answered so far; answers still to give to questions met")
        self.hint = plain_label("Esc: back to home", self, wrap=False)
        self.hint.setToolTip("Leave the session; your answers are already saved (Esc)")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(8)
        header.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignVCenter)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_question_page())
        self.pages.addWidget(self._build_summary_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        self._shortcut("Ctrl+Z", self.undo)
        self._shortcut("Ctrl+R", self._on_feedback_claim_right_clicked)
        self._shortcut("O", self._on_open_source)
        for value in RATING_LABELS:
            self._shortcut(f"Ctrl+{value}", partial(self._on_feedback_rating_chosen, value))
        for number in range(1, 5):
            self._shortcut(str(number), partial(self._on_choice_key, number))

    # -- construction -----------------------------------------------------------------------------
    def _shortcut(self, keys: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_question_page(self) -> QWidget:
        page = QWidget(self)
        inner = QWidget(page)
        self.kind = plain_label("", inner)
        self.kind.setAccessibleName("Kind of question")
        self.prompt = plain_label("", inner)
        self.prompt.setAccessibleName("Question")
        self.prompt.setFont(scaled_font(self.prompt, 1.4))

        self.choices_box = QWidget(inner)
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[ChoiceButton] = []
        for number in range(1, 5):
            button = ChoiceButton(self.choices_box)
            button.setToolTip(f"Press {number}")
            button.clicked.connect(partial(self._on_choice_key, number))
            choices_layout.addWidget(button)
            self.choice_buttons.append(button)

        self.typed_box = QWidget(inner)
        typed_layout = QHBoxLayout(self.typed_box)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QLineEdit(self.typed_box)
        self.answer_edit.setPlaceholderText(DEFAULT_HINT)
        self.answer_edit.setAccessibleName("Your answer")
        self.answer_edit.setToolTip("Type your answer; Enter checks it (an empty answer counts as wrong)")
        self.answer_edit.installEventFilter(_AnswerKeys(self.answer_edit, self._on_check_clicked))
        self.answer_edit.setFont(scaled_font(self.answer_edit, 1.25))
        self.check_button = QPushButton("Check  Enter", self.typed_box)
        self.check_button.setAccessibleName("Check answer")
        self.check_button.setToolTip("Check your answer (Enter)")
        self.check_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.check_button.setFont(scaled_font(self.check_button, 1.1))
        self.check_button.clicked.connect(self._on_check_clicked)
        typed_layout.addWidget(self.answer_edit, 1)
        typed_layout.addWidget(self.check_button)

        self.feedback = FeedbackPanel(inner)
        self.feedback.rating_chosen.connect(self._on_feedback_rating_chosen)
        self.feedback.next_clicked.connect(self.advance)
        self.feedback.undo_clicked.connect(self.undo)
        self.feedback.claim_right_clicked.connect(self._on_feedback_claim_right_clicked)
        self.feedback.open_source_clicked.connect(self._on_open_source)

        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 8, 12, 8)
        inner_layout.addWidget(self.kind)
        inner_layout.addSpacing(2)
        inner_layout.addWidget(self.prompt)
        inner_layout.addSpacing(6)
        inner_layout.addWidget(self.choices_box)
        inner_layout.addWidget(self.typed_box)
        inner_layout.addSpacing(6)
        inner_layout.addWidget(self.feedback)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea(page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_title = plain_label("", page)
        self.summary_title.setFont(scaled_font(self.summary_title, 1.6, bold=True))
        self.summary_title.setAccessibleName("Summary")
        self.summary_text = plain_label("", page)
        self.summary_text.setAccessibleName("Session summary")

        self.figures = QWidget(page)
        form = QFormLayout(self.figures)
        form.setContentsMargins(0, 4, 0, 4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.answered_value = plain_label("", self.figures)
        self.right_value = plain_label("", self.figures)
        self.time_value = plain_label("", self.figures)
        self.ratings_value = plain_label("", self.figures)
        for caption, value in (
            ("Answered", self.answered_value),
            ("Right", self.right_value),
            ("Time taken", self.time_value),
            ("Ratings", self.ratings_value),
        ):
            value.setAccessibleName(caption)
            value.setFont(scaled_font(value, 1.15))
            form.addRow(plain_label(f"{caption}:", self.figures, wrap=False), value)

        self.missed_caption = plain_label("Questions you missed (they are on your review list):", page)
        self.missed_caption.setFont(scaled_font(self.missed_caption, 1.0, bold=True))
        self.missed_list = QListWidget(page)
        self.missed_list.setAccessibleName("Questions missed in this session")
        self.missed_list.setToolTip("These questions are on your missed list under Review")
        self.missed_list.setWordWrap(True)
        self.missed_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.missed_list.setSpacing(4)
        self.missed_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.missed_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.missed_list.setAlternatingRowColors(True)
        self.missed_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.home_button = QPushButton("Back to home  Enter", page)
        self.home_button.setAccessibleName("Back to home")
        self.home_button.setToolTip("Return to the home screen (Enter or Esc)")
        self.home_button.setFont(scaled_font(self.home_button, 1.15, bold=True))
        self.home_button.setAutoDefault(True)
        self.home_button.clicked.connect(self.leave_requested.emit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.figures)
        layout.addWidget(self.missed_caption)
        layout.addWidget(self.missed_list, 1)
        self.summary_stretch = QWidget(page)
        self.summary_stretch.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.summary_stretch, 1)
        layout.addSpacing(8)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- public -----------------------------------------------------------------------------------
    @property
    def session(self) -> StudySession | None:
        return self._session

    def start(self, session: StudySession, title: str) -> None:
        self._session = session
        self._question = None
        self._responses = []
        self.title.setText(title)
        self.answer_edit.clear()
        self._show_current()

    def focus_default(self) -> None:
        session = self._session
        if self.pages.currentIndex() == SUMMARY_PAGE or session is None:
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
        # The bar counts different questions met, against a total that does not grow; learning
        # steps coming back are said beside it, never inside the fill where digits get lost.
        self.progress.setRange(0, max(1, session.planned))
        self.progress.setValue(session.met)
        back = session.coming_back
        text = f"{session.met} of {session.planned}" + (f"  ·  {back} coming back" if back else "")
        self.progress_text.setText(text)
        self.progress.setAccessibleDescription(f"{session.met} of {session.planned} questions met; {back} coming back")
        self.progress.setVisible(session.planned > 0)
        self.progress_text.setVisible(session.planned > 0)

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
        self.pages.setCurrentIndex(QUESTION_PAGE)
        self.kind.setText(f"{question.kind_label}  ·  {FORMAT_LABELS.get(question.format, question.format)}")
        self.prompt.setText(question.prompt)
        choices = question.choices if question.format == "mc" else None
        self.choices_box.setVisible(choices is not None)
        self.typed_box.setVisible(choices is None)
        if choices is not None:
            for number, button in enumerate(self.choice_buttons, 1):
                button.setVisible(number <= len(choices))
                if number <= len(choices):
                    choice = choices[number - 1]
                    button.set_choice(f"{number}  {choice}")
                    button.setAccessibleName(f"Choice {number}: {choice}")
                    button.setEnabled(True)
                    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.answer_edit.setEnabled(True)
            self.answer_edit.setPlaceholderText(answer_hint(question.value))
            self.check_button.setEnabled(True)
        self.feedback.setVisible(False)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._timer.start()
        self.focus_default()

    def _mark_choices(self, result: AnswerResult) -> None:
        """After a multiple-choice answer: the right choice and a wrong pick are marked in words and colour."""
        choices = result.question.choices
        if result.question.format != "mc" or not choices:
            return
        right, wrong = verdict_colors(self.palette())
        for number, choice in enumerate(choices, 1):
            button = self.choice_buttons[number - 1]
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if choice == result.question.answer:
                mark = "   ✓ correct answer" if choice != result.response else "   ✓ your choice, correct"
                button.set_choice(f"{number}  {choice}{mark}", bold=True, palette=_text_palette(right))
            elif choice == result.response:
                button.set_choice(f"{number}  {choice}   ✗ your choice", bold=True, palette=_text_palette(wrong))
            else:
                button.set_choice(f"{number}  {choice}")

    def _show_feedback(self, result: AnswerResult) -> None:
        self._update_progress()
        self._mark_choices(result)
        self.answer_edit.setEnabled(False)
        self.check_button.setEnabled(False)
        self.feedback.show_result(result, to_datetime(self.ctx.clock()))
        self.feedback.setVisible(True)
        self.feedback.next_button.setFocus()
        self.scroll_area.ensureWidgetVisible(self.feedback.next_button)

    def _show_summary(self) -> None:
        session = self._session
        assert session is not None
        summary = session.summary()
        self._question = None
        self.pages.setCurrentIndex(SUMMARY_PAGE)
        self._update_progress()
        self.missed_list.clear()
        if summary.answered == 0:
            self.summary_title.setText("Nothing due right now")
            self.summary_text.setText(
                "No questions are due and today's new questions are done. Come back later, review the "
                "questions you missed, or open an article under Sources and quiz yourself on it."
            )
        else:
            self.summary_title.setText("Session complete")
            self.summary_text.setText("Well done: everything right." if not summary.missed_question_ids else "")
            self._fill_figures(summary)
            for qid in summary.missed_question_ids:
                try:
                    self.missed_list.addItem(load_question(self.ctx.db, qid).prompt)
                except StudyappError:
                    self.missed_list.addItem(qid)
        has_missed = bool(summary.missed_question_ids)
        self.summary_text.setVisible(bool(self.summary_text.text()))
        self.figures.setVisible(summary.answered > 0)
        self.missed_caption.setVisible(has_missed)
        self.missed_list.setVisible(has_missed)
        self.summary_stretch.setVisible(not has_missed)
        self.focus_default()

    def _fill_figures(self, summary: SessionSummary) -> None:
        self.answered_value.setText(str(summary.answered))
        self.right_value.setText(f"{summary.correct} of {summary.answered}  ({summary.accuracy:.0%})")
        self.time_value.setText(format_duration(summary.seconds))
        self.ratings_value.setText(
            "   ".join(f"{RATING_LABELS[r]} {summary.ratings.get(r, 0)}" for r in sorted(RATING_LABELS))
        )

    # -- actions ----------------------------------------------------------------------------------
    def _answer(self, response: str) -> None:
        session = self._session
        if session is None or session.pending is not None or self._question is None:
            return
        elapsed = int(self._timer.elapsed()) if self._timer.isValid() else 0
        try:
            result = session.answer(response, elapsed)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Your answer could not be saved", f"{exc}\n\nYou can try again.")
            return
        self._responses.append((result.question.id, result.response))
        self._show_feedback(result)
        self.progress_changed.emit()

    def _on_choice_key(self, number: int) -> None:
        question = self._question
        if (
            self._session is None
            or self._session.pending is not None
            or self.pages.currentIndex() != QUESTION_PAGE
            or question is None
            or question.format != "mc"
            or question.choices is None
            or number > len(question.choices)
        ):
            return
        self._answer(question.choices[number - 1])

    def _on_check_clicked(self) -> None:
        if self._question is not None and self._question.format != "mc" and self.answer_edit.isEnabled():
            self._answer(self.answer_edit.text())

    def _on_feedback_rating_chosen(self, rating: int) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        try:
            session.override(rating)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The rating could not be saved", str(exc))
        result = session.pending  # the new rating, or the old one when it could not be saved
        if result is not None:
            self.feedback.set_rating(result.rating, result.next_due, to_datetime(self.ctx.clock()))
        self._update_progress()
        self.progress_changed.emit()

    def advance(self) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        try:
            session.advance()
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot load the next question", str(exc))
        self.answer_edit.clear()
        self._show_current()

    def _on_feedback_claim_right_clicked(self) -> None:
        session = self._session
        if session is None or not session.can_claim_right:
            return
        try:
            result = session.claim_right()
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The answer could not be marked right", str(exc))
            return
        self.feedback.show_result(result, to_datetime(self.ctx.clock()))
        self.feedback.next_button.setFocus()
        self._update_progress()
        self.progress_changed.emit()

    def undo(self) -> None:
        session = self._session
        if session is None or not session.can_undo:
            return
        pending = session.pending
        if pending is not None and pending.grade.verdict is Verdict.OVERRIDE:
            try:  # Ctrl+Z after "I was right" takes back the claim, not the answer
                session.undo()
            except StudyappError as exc:
                self.ctx.dialogs.show_error(self, "The answer could not be restored", str(exc))
                return
            if session.pending is not None:
                self.feedback.show_result(session.pending, to_datetime(self.ctx.clock()))
            self._update_progress()
            self.progress_changed.emit()
            return
        try:
            question = session.undo()
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The answer could not be undone", str(exc))
            return
        asked, response = self._responses.pop() if self._responses else ("", "")
        self._show_current()
        if question is not None and question.id == asked and question.format != "mc":
            self.answer_edit.setText(response)
            self.answer_edit.selectAll()
        self.progress_changed.emit()

    def _on_open_source(self) -> None:
        session = self._session
        if session is None or session.pending is None:
            return
        question = session.pending.question
        self.open_source_requested.emit(question.citation.source.id, question.id)

    # -- events -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        session = self._session
        if key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.isAutoRepeat():
            if session is not None and session.pending is not None:
                self.advance()
                return
            if self.pages.currentIndex() == SUMMARY_PAGE and key != Qt.Key.Key_Space:
                self.leave_requested.emit()
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._session is not None:
            pending = self._session.pending
            if pending is not None:
                self._mark_choices(pending)


__all__ = ["ChoiceButton", "StudyScreen"]
