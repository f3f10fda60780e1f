"""The feedback after an answer: right or wrong, the correct answer, the difference, the rating, and the source.

All text from the content is plain text. The difference is drawn with character formats, not HTML.
The panel only shows and signals; the study screen turns its signals into service calls.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.grading import Verdict
from studyapp.grading.values import other_accepted
from studyapp.services.views import RATING_LABELS, AnswerResult, QuestionView
from studyapp.ui.labels import plain_label, scaled_font
from studyapp.ui.passage import PassageText

PASSAGE_MIN_LINES = 3
PASSAGE_MAX_LINES = 12


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def verdict_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(right, wrong) text colours legible on the palette's window colour."""
    if is_dark(palette):
        return QColor("#81c995"), QColor("#f28b82")
    return QColor("#1e7b34"), QColor("#b3261e")


def warning_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(border, background) of a box that asks for attention, on the palette's window colour."""
    if is_dark(palette):
        return QColor("#e0a040"), QColor("#3a2e17")
    return QColor("#b45309"), QColor("#fff4e0")


def button_text(text: str) -> str:
    """Content text for a button label: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


def describe_due(next_due: dt.datetime, now: dt.datetime) -> str:
    seconds = (next_due - now).total_seconds()
    if seconds < 90:
        return "again in a minute"
    if seconds < 3600:
        return f"again in {round(seconds / 60)} minutes"
    if seconds < 86400 * 1.5:
        hours = round(seconds / 3600)
        return f"again in {hours} hour{'s' if hours != 1 else ''}" if hours < 20 else "again tomorrow"
    days = round(seconds / 86400)
    return f"again in {days} days"


def verdict_text(verdict: Verdict, note: str = "") -> str:
    """The headline, with why when it helps ("✓ Right — same date"); the mark and the words say
    it without colour."""
    text = {
        Verdict.EXACT: "✓ Right",
        Verdict.CLOSE: "✓ Almost — accepted with a typo",
        Verdict.EMPTY: "✗ No answer",
        Verdict.WRONG: "✗ Wrong",
        Verdict.OVERRIDE: "✓ Marked right by you",
    }[verdict]
    return f"{text} — {note}" if note and verdict in (Verdict.EXACT, Verdict.WRONG) else text


def also_in_text(question: QuestionView) -> str:
    """ "Also in: “Title” (passage 4); “Other title” (passage 2)" -- one entry per article."""
    seen: dict[str, str] = {}
    for a in question.also_in:
        if a.source_id != question.citation.source.id and a.source_id not in seen:
            seen[a.source_id] = f"“{a.source_title}” (passage {a.passage_index + 1})"
    return f"Also in: {'; '.join(seen.values())}" if seen else ""


def diff_helps(result: AnswerResult) -> bool:
    """Whether a letter-by-letter difference says something: a typo, or a near miss, not a different answer."""
    grade = result.grade
    if grade.verdict is Verdict.CLOSE:
        return True
    if grade.verdict is not Verdict.WRONG:
        return False
    same = sum(len(s.expected) for s in grade.diff if s.op == "equal")
    return same * 2 >= len(grade.matched)


class DiffView(QTextEdit):
    """The learner's answer against the accepted spelling, character by character, as one wrapped line.

    Letters that should not be there are struck out; missing letters are underlined and bold, so the
    difference reads without colour too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Difference between your answer and the correct one")
        self.setToolTip("Struck out: letters to remove. Underlined: letters missing from your answer.")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFont(scaled_font(self, 1.3))
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(2)
        self._segments: tuple[tuple[str, str, str], ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_diff(self, result: AnswerResult) -> None:
        self._segments = tuple((s.op, s.response, s.expected) for s in result.grade.diff)
        self._render()

    def _render(self) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        right, wrong = verdict_colors(self.palette())
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        extra = QTextCharFormat()
        extra.setForeground(wrong)
        extra.setFontStrikeOut(True)
        missing = QTextCharFormat()
        missing.setForeground(right)
        missing.setFontUnderline(True)
        missing.setFontWeight(QFont.Weight.Bold)
        for op, response, expected in self._segments:
            if op == "equal":
                cursor.insertText(response, plain)
                continue
            if response:
                cursor.insertText(response, extra)
            if expected:
                cursor.insertText(expected, missing)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        document = self.document().clone(self)
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        height = max(self.fontMetrics().lineSpacing(), round(document.size().height()))
        document.deleteLater()
        return height + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        width = 480
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.fontMetrics().lineSpacing() + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._segments:
            self._render()


class PassageBox(QWidget):
    """Holds a passage view and asks the layout for the height of its text at the given width
    (at least a few lines, at most a dozen; longer passages scroll inside the view)."""

    def __init__(self, view: PassageText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # no layout: a layout would answer heightForWidth in our place

    def set_text(self, text: str) -> None:
        self.view.set_text(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        view = self.view
        metrics = view.fontMetrics()
        chrome = 2 * round(view.document().documentMargin()) + 2 * view.frameWidth()
        text_width = max(1, width - chrome - view.verticalScrollBar().sizeHint().width())
        text = view.toPlainText() or " "
        needed = metrics.boundingRect(QRect(0, 0, text_width, 1 << 24), Qt.TextFlag.TextWordWrap, text).height()
        line = metrics.lineSpacing()
        needed = min(max(needed + line // 2, PASSAGE_MIN_LINES * line), PASSAGE_MAX_LINES * line)
        return needed + chrome

    def sizeHint(self) -> QSize:
        width = 480
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, PASSAGE_MIN_LINES * self.view.fontMetrics().lineSpacing())


class FeedbackPanel(QWidget):
    """Shows one `AnswerResult`; the buttons only emit signals."""

    rating_chosen = Signal(int)
    next_clicked = Signal()
    undo_clicked = Signal()
    claim_right_clicked = Signal()
    open_source_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Feedback")
        self._result: AnswerResult | None = None

        # -- verdict, and the way on ---------------------------------------------------------------
        self.verdict = plain_label("", self)
        self.verdict.setFont(scaled_font(self.verdict, 1.8, bold=True))
        self.verdict.setAccessibleName("Result")
        self.undo_button = QPushButton("Undo  Ctrl+Z", self)
        self.undo_button.setAccessibleName("Undo the last answer")
        self.undo_button.setToolTip("Take back this answer and ask the question again (Ctrl+Z)")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo_clicked.emit)
        self.claim_button = QPushButton("I was right  Ctrl+R", self)
        self.claim_button.setAccessibleName("I was right")
        self.claim_button.setToolTip(
            "Count this answer as right: it leaves your missed list and is scheduled as Good (Ctrl+R; Ctrl+Z undoes)"
        )
        self.claim_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.claim_button.clicked.connect(self.claim_right_clicked.emit)
        self.next_button = QPushButton("Next  Space", self)
        self.next_button.setAccessibleName("Next question")
        self.next_button.setToolTip("Continue to the next question (Space or Enter)")
        self.next_button.setFont(scaled_font(self.next_button, 1.15, bold=True))
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_clicked.emit)
        head = QHBoxLayout()
        head.addWidget(self.verdict, 1)
        head.addWidget(self.claim_button, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- the answers ---------------------------------------------------------------------------
        self.your_answer = plain_label("", self)
        self.your_answer.setAccessibleName("Your answer")
        self.correct_answer = plain_label("", self)
        self.correct_answer.setAccessibleName("Correct answer")
        self.correct_answer.setFont(scaled_font(self.correct_answer, 1.0, bold=True))
        self.also_accepted = plain_label("", self)
        self.also_accepted.setAccessibleName("Other accepted answers")
        self.notes = plain_label("", self)
        self.notes.setAccessibleName("Notes on this question")
        self.diff_caption = plain_label("Difference (struck out: extra, underlined: missing):", self)
        self.diff = DiffView(self)

        # -- sources disagree ------------------------------------------------------------------------
        self.disagreement_box = QFrame(self)
        self.disagreement_box.setObjectName("disagreements")
        self.disagreement_box.setAccessibleName("Sources disagree")
        self.disagreement_layout = QVBoxLayout(self.disagreement_box)
        self.disagreement_layout.setContentsMargins(12, 8, 12, 10)
        self.disagreement_title = plain_label("⚠ Sources disagree:", self.disagreement_box)
        self.disagreement_title.setFont(scaled_font(self.disagreement_title, 1.1, bold=True))
        self.disagreement_intro = plain_label("", self.disagreement_box)
        self.disagreement_layout.addWidget(self.disagreement_title)
        self.disagreement_layout.addWidget(self.disagreement_intro)
        self.disagreement_labels: list[QLabel] = []

        # -- rating ------------------------------------------------------------------------------------
        self.rating_buttons: dict[int, QPushButton] = {}
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        rating_row = QHBoxLayout()
        rating_caption = plain_label("Rating:", self, wrap=False)
        rating_caption.setToolTip("How well you knew it; it sets when you see this question again")
        rating_row.addWidget(rating_caption)
        for value, name in RATING_LABELS.items():
            button = QPushButton(f"{name}  Ctrl+{value}", self)
            button.setCheckable(True)
            button.setAccessibleName(f"Rate {name}")
            button.setToolTip(f"Change the rating to {name} (Ctrl+{value})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.rating_group.addButton(button, value)
            self.rating_buttons[value] = button
            rating_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=value: self.rating_chosen.emit(v))
        rating_row.addSpacing(12)
        self.next_due = plain_label("", self)
        self.next_due.setAccessibleName("Next review")
        rating_row.addWidget(self.next_due, 1)

        # -- the source --------------------------------------------------------------------------------
        self.source_title = plain_label("", self)
        self.source_title.setFont(scaled_font(self.source_title, 1.1, bold=True))
        self.source_title.setAccessibleName("Source title")
        self.source_byline = plain_label("", self)
        self.source_byline.setAccessibleName("Source author, publisher and date")
        self.open_source_button = QPushButton("Open in source  O", self)
        self.open_source_button.setAccessibleName("Open in source")
        self.open_source_button.setToolTip("Show this passage in the full article (O)")
        self.open_source_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.open_source_button.clicked.connect(self.open_source_clicked.emit)
        source_head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.source_title)
        titles.addWidget(self.source_byline)
        source_head.addLayout(titles, 1)
        source_head.addWidget(self.open_source_button, 0, Qt.AlignmentFlag.AlignTop)
        self.also_in = plain_label("", self)
        self.also_in.setAccessibleName("The same fact is also in")
        self.also_in.setToolTip("Other articles that state the same fact; open them from Sources")
        self.passage = PassageText(self)
        self.passage.setToolTip("The passage this question comes from: the quote and, in bold, the answer are marked")
        self.passage.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.passage_box = PassageBox(self.passage, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.your_answer)
        layout.addWidget(self.correct_answer)
        layout.addWidget(self.also_accepted)
        layout.addWidget(self.notes)
        layout.addWidget(self.diff_caption)
        layout.addWidget(self.diff)
        layout.addSpacing(4)
        layout.addLayout(rating_row)
        layout.addSpacing(4)
        layout.addWidget(self.disagreement_box)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(4)
        layout.addWidget(separator)
        layout.addLayout(source_head)
        layout.addWidget(self.passage_box)
        layout.addWidget(self.also_in)
        self._apply_colors()

    # -- showing ------------------------------------------------------------------------------------
    def show_result(self, result: AnswerResult, now: dt.datetime) -> None:
        self._result = result
        question = result.question
        grade = result.grade
        text = verdict_text(grade.verdict, grade.note)
        if result.left_missed_list:
            text += "  ·  right twice in a row: off your missed list"
        self.verdict.setText(text)
        self.claim_button.setVisible(question.format != "mc" and grade.verdict is Verdict.WRONG)
        self.next_button.setAccessibleDescription(f"{text}. Correct answer: {question.answer}")
        self.your_answer.setText(f"Your answer: {result.response}" if result.response else "Your answer: (none)")
        self.correct_answer.setText(f"Correct answer: {question.answer}")
        accepted = other_accepted(question.answer, question.accepted, question.value)
        if question.format != "mc" and accepted:
            self.also_accepted.setText(f"Also accepted: {'  /  '.join(accepted[:5])}")
        self.also_accepted.setVisible(question.format != "mc" and bool(accepted))
        self.notes.setText("\n".join(question.notes))
        self.notes.setVisible(bool(question.notes))
        show_diff = question.format != "mc" and diff_helps(result)
        self.diff.setVisible(show_diff)
        self.diff_caption.setVisible(show_diff)
        if show_diff:
            self.diff.show_diff(result)
        self.set_rating(result.rating, result.next_due, now)

        citation = question.citation
        self.source_title.setText(citation.source.title)
        self.source_byline.setText(f"{citation.source.byline()}  ·  passage {citation.passage_index + 1}")
        self.passage_box.set_text(citation.passage_text)
        self._highlight(scroll=True)
        self.also_in.setText(also_in_text(question))
        self.also_in.setVisible(bool(self.also_in.text()))
        self._show_disagreements(result)
        self._apply_colors()

    def set_rating(self, rating: int, next_due: dt.datetime, now: dt.datetime) -> None:
        self.rating_buttons[rating].setChecked(True)
        for value, button in self.rating_buttons.items():
            font = button.font()
            font.setBold(value == rating)
            button.setFont(font)
        self.next_due.setText(f"{RATING_LABELS[rating]}: {describe_due(next_due, now)}")

    def _highlight(self, *, scroll: bool) -> None:
        if self._result is None:
            return
        citation = self._result.question.citation
        self.passage.highlight(
            [
                (citation.quote_start, citation.quote_end, "quote"),
                (citation.answer_start, citation.answer_end, "answer"),
            ],
            scroll=scroll,
        )

    def _show_disagreements(self, result: AnswerResult) -> None:
        question = result.question
        for label in self.disagreement_labels:
            self.disagreement_layout.removeWidget(label)
            label.deleteLater()
        self.disagreement_labels = []
        self.disagreement_box.setVisible(bool(question.disagreements))
        if not question.disagreements:
            return
        others = "another source says" if len(question.disagreements) == 1 else "other sources say"
        self.disagreement_intro.setText(
            f"“{question.citation.source.title}” gives {question.answer}; {others} otherwise."
        )
        for item in question.disagreements:
            label = plain_label(f"“{item.source_title}” gives: {item.value}\n“{item.quote}”", self.disagreement_box)
            label.setAccessibleName(f"{item.source_title} gives {item.value}")
            label.setContentsMargins(12, 4, 0, 0)
            self.disagreement_layout.addWidget(label)
            self.disagreement_labels.append(label)

    # -- colours (follow the palette, light or dark) ------------------------------------------------
    def _apply_colors(self) -> None:
        right, wrong = verdict_colors(self.palette())
        palette = QPalette()
        if self._result is not None:
            palette.setColor(QPalette.ColorRole.WindowText, right if self._result.correct else wrong)
        self.verdict.setPalette(palette)
        border, background = warning_colors(self.palette())
        self.disagreement_box.setStyleSheet(
            f"QFrame#disagreements {{ border: 2px solid {border.name()}; border-radius: 6px;"
            f" background-color: {background.name()}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
            self._highlight(scroll=False)
