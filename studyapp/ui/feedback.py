"""The feedback after an answer: right or wrong, the correct answer, the difference, the rating, and the source.

All text from the content is plain text. The difference is drawn with character formats, not HTML.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
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
from studyapp.services.views import RATING_LABELS, AnswerResult
from studyapp.ui.passage import PassageText


def verdict_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(right, wrong) text colours legible on the palette's window colour."""
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        return QColor("#81c995"), QColor("#f28b82")
    return QColor("#1e7b34"), QColor("#b3261e")


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


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


class DiffView(QTextEdit):
    """One line showing the learner's answer against the accepted spelling, character by character."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Difference between your answer and the correct one")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 8)
        self.setStyleSheet("background: transparent;")

    def show_diff(self, result: AnswerResult) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        right, wrong = verdict_colors(self.palette())
        plain = QTextCharFormat()
        extra = QTextCharFormat()
        extra.setForeground(wrong)
        extra.setFontStrikeOut(True)
        missing = QTextCharFormat()
        missing.setForeground(right)
        missing.setFontUnderline(True)
        missing.setFontWeight(QFont.Weight.Bold)
        for segment in result.grade.diff:
            if segment.op == "equal":
                cursor.insertText(segment.response, plain)
                continue
            if segment.response:
                cursor.insertText(segment.response, extra)
            if segment.expected:
                cursor.insertText(segment.expected, missing)
        self.setToolTip("Struck out: letters to remove. Underlined: letters missing from your answer.")


class FeedbackPanel(QWidget):
    rating_chosen = Signal(int)
    next_clicked = Signal()
    undo_clicked = Signal()
    open_source_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Feedback")
        self.verdict = plain_label("", self)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setAccessibleName("Result")
        self.your_answer = plain_label("", self)
        self.your_answer.setAccessibleName("Your answer")
        self.correct_answer = plain_label("", self)
        self.correct_answer.setAccessibleName("Correct answer")
        self.diff = DiffView(self)
        self.diff_caption = plain_label("Difference (struck out: extra, underlined: missing):", self)

        self.rating_buttons: dict[int, QPushButton] = {}
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        rating_row = QHBoxLayout()
        rating_caption = plain_label("Rating:", self, wrap=False)
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
        rating_row.addStretch(1)
        self.next_due = plain_label("", self, wrap=False)
        rating_row.addWidget(self.next_due)

        self.source_title = plain_label("", self)
        title_font = self.source_title.font()
        title_font.setBold(True)
        self.source_title.setFont(title_font)
        self.source_title.setAccessibleName("Source title")
        self.source_byline = plain_label("", self)
        self.source_byline.setAccessibleName("Source author, publisher and date")
        self.open_source_button = QPushButton("Open in source  O", self)
        self.open_source_button.setAccessibleName("Open in source")
        self.open_source_button.setToolTip("Show this passage in the full article (O)")
        self.open_source_button.clicked.connect(self.open_source_clicked.emit)
        source_head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.source_title)
        titles.addWidget(self.source_byline)
        source_head.addLayout(titles, 1)
        source_head.addWidget(self.open_source_button, 0, Qt.AlignmentFlag.AlignTop)
        self.passage = PassageText(self)
        self.passage.setMinimumHeight(self.fontMetrics().height() * 5)
        self.passage.setMaximumHeight(self.fontMetrics().height() * 8)

        self.disagreement_box = QFrame(self)
        self.disagreement_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.disagreement_box.setAccessibleName("Sources disagree")
        self.disagreement_layout = QVBoxLayout(self.disagreement_box)
        self.disagreement_title = plain_label("⚠ Sources disagree", self.disagreement_box)
        dfont = self.disagreement_title.font()
        dfont.setBold(True)
        self.disagreement_title.setFont(dfont)
        self.disagreement_layout.addWidget(self.disagreement_title)
        self.disagreement_labels: list[QLabel] = []

        self.undo_button = QPushButton("Undo  Ctrl+Z", self)
        self.undo_button.setAccessibleName("Undo the last answer")
        self.undo_button.setToolTip("Take back this answer and ask the question again (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_clicked.emit)
        self.next_button = QPushButton("Next  Space", self)
        self.next_button.setAccessibleName("Next question")
        self.next_button.setToolTip("Continue to the next question (Space or Enter)")
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_clicked.emit)
        nav = QHBoxLayout()
        nav.addWidget(self.undo_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.your_answer)
        layout.addWidget(self.correct_answer)
        layout.addWidget(self.diff_caption)
        layout.addWidget(self.diff)
        layout.addLayout(rating_row)
        layout.addLayout(nav)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(separator)
        layout.addLayout(source_head)
        layout.addWidget(self.disagreement_box)
        layout.addWidget(self.passage)

    def show_result(self, result: AnswerResult, now: dt.datetime) -> None:
        question = result.question
        grade = result.grade
        right, wrong = verdict_colors(self.palette())
        if grade.verdict is Verdict.EXACT:
            text, color = "✓ Right", right
        elif grade.verdict is Verdict.CLOSE:
            text, color = "✓ Right — accepted despite a typo", right
        elif grade.verdict is Verdict.EMPTY:
            text, color = "✗ No answer", wrong
        else:
            text, color = "✗ Wrong", wrong
        if result.left_missed_list:
            text += "  ·  right twice in a row: off your missed list"
        self.verdict.setText(text)
        palette = self.verdict.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.verdict.setPalette(palette)
        self.your_answer.setText(f"Your answer: {result.response}" if result.response else "Your answer: (none)")
        accepted = [a for a in question.accepted if a != question.answer]
        also = f"   (also accepted: {', '.join(accepted[:4])})" if accepted and question.format != "mc" else ""
        self.correct_answer.setText(f"Correct answer: {question.answer}{also}")
        show_diff = question.format != "mc" and bool(result.response) and grade.verdict is not Verdict.EXACT
        self.diff.setVisible(show_diff)
        self.diff_caption.setVisible(show_diff)
        if show_diff:
            self.diff.show_diff(result)
        self.set_rating(result.rating, result.next_due, now)

        citation = question.citation
        self.source_title.setText(citation.source.title)
        self.source_byline.setText(f"{citation.source.byline()}  ·  passage {citation.passage_index + 1}")
        self.passage.set_text(citation.passage_text)
        self.passage.highlight(
            [
                (citation.quote_start, citation.quote_end, "quote"),
                (citation.answer_start, citation.answer_end, "answer"),
            ]
        )
        for label in self.disagreement_labels:
            label.deleteLater()
        self.disagreement_labels = []
        for item in question.disagreements:
            label = plain_label(f"“{item.source_title}” gives: {item.value}\n{item.quote}", self.disagreement_box)
            self.disagreement_layout.addWidget(label)
            self.disagreement_labels.append(label)
        if question.disagreements:
            self.disagreement_title.setText(
                f"⚠ Sources disagree — this article says {question.answer}; "
                f"{'another says' if len(question.disagreements) == 1 else 'others say'}:"
            )
        self.disagreement_box.setVisible(bool(question.disagreements))

    def set_rating(self, rating: int, next_due: dt.datetime, now: dt.datetime) -> None:
        self.rating_buttons[rating].setChecked(True)
        self.next_due.setText(f"{RATING_LABELS[rating]}: {describe_due(next_due, now)}")
