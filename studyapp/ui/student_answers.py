"""A student's answers to a quiz, for the teacher: each question, what was answered and what is
right; a typed answer graded wrong can be accepted ("I was right"; Ctrl+Z takes it back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from studyapp.errors import StudyappError
from studyapp.services.quiz_results import StudentAnswer, accept_answer, student_answers
from studyapp.ui.dialogs import fit_title
from studyapp.ui.labels import plain_label


def answer_line(a: StudentAnswer) -> str:
    mark = "✓" if a.correct else "✗"
    given = "time ran out" if a.unanswered else f"answered: {a.response}"
    extra = "   (accepted by you)" if a.overridden else ""
    return f"{mark} {a.position}. {a.prompt}\n     {given} — right answer: {a.answer}{extra}"


class StudentAnswersDialog(QDialog):
    def __init__(self, ctx: Any, run_id: str, student: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.changed = False
        self._accepted: list[int] = []  # positions accepted here, for undo
        self.setWindowTitle(f"{student}'s answers")
        fit_title(self, self.windowTitle())
        self.resize(760, 480)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Answers")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.accept_button = QPushButton("Accept as right", self)
        self.accept_button.setToolTip("Count this typed answer as right (an override); Ctrl+Z takes it back")
        self.undo_button = QPushButton("Undo  Ctrl+Z", self)
        self.close_button = QPushButton("Close", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("A typed answer the grader called wrong can be accepted as right.", self))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        undo = QShortcut(QKeySequence("Ctrl+Z"), self)
        undo.activated.connect(self._on_undo_clicked)
        self.fill()

    def fill(self, keep: int | None = None) -> None:
        self.answers = student_answers(self.ctx.db, self.run_id)
        self.list.clear()
        for a in self.answers:
            item = QListWidgetItem(answer_line(a))
            item.setData(Qt.ItemDataRole.UserRole, a.position)
            self.list.addItem(item)
        rows = [i for i, a in enumerate(self.answers) if a.position == keep]
        self.list.setCurrentRow(rows[0] if rows else 0)
        self._update_buttons()

    def _current(self) -> StudentAnswer | None:
        row = self.list.currentRow()
        return self.answers[row] if 0 <= row < len(self.answers) else None

    def _update_buttons(self) -> None:
        a = self._current()
        self.accept_button.setEnabled(a is not None and a.typed and not a.correct and not a.unanswered)
        self.undo_button.setEnabled(bool(self._accepted))

    def _on_accept_clicked(self) -> None:
        a = self._current()
        if a is None or not self.accept_button.isEnabled():
            return
        try:
            accept_answer(self.ctx.db, self.run_id, a.position)
        except (StudyappError, ValueError) as exc:
            self.ctx.dialogs.show_error(self, "Cannot accept the answer", str(exc))
            return
        self._accepted.append(a.position)
        self.changed = True
        self.fill(keep=a.position)

    def _on_undo_clicked(self) -> None:
        if not self._accepted:
            return
        position = self._accepted.pop()
        accept_answer(self.ctx.db, self.run_id, position, accepted=False)
        self.changed = True
        self.fill(keep=position)
