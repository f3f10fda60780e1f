"""Help: the keyboard shortcuts page and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import studyapp

SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Everywhere", "Ctrl+H", "Home"),
    ("Everywhere", "Alt+Left / Esc", "Back to the previous screen"),
    ("Everywhere", "Ctrl+R", "Review missed questions"),
    ("Everywhere", "Ctrl+Shift+O", "Sources"),
    ("Everywhere", "Ctrl+T", "Stats"),
    ("Everywhere", "Ctrl+N", "New learner"),
    ("Everywhere", "Ctrl+,", "Settings"),
    ("Everywhere", "F1", "This page"),
    ("Everywhere", "Ctrl+Q", "Quit"),
    ("Home", "S or Enter", "Study today's questions"),
    ("Home", "R / O / T", "Review missed / Sources / Stats"),
    ("Study", "1 – 4", "Choose an answer (multiple choice)"),
    ("Study", "Enter", "Check a typed answer"),
    ("Study", "Space / Enter", "Continue to the next question"),
    ("Study", "Ctrl+1 – Ctrl+4", "Change the rating: Again, Hard, Good, Easy"),
    ("Study", "O", "Open the answer's passage in its source"),
    ("Study", "Ctrl+Z", "Undo the last answer (or the “I was right”)"),
    ("Study", "Ctrl+R", "I was right: count a rejected typed answer as right"),
    ("Study", "Esc", "Leave the session (answers are already saved)"),
    ("Review missed", "Ctrl+D", "Drill the questions in the list"),
    ("Review missed", "Enter", "Open the selected question's passage"),
    ("Everywhere", "Ctrl+Shift+K", "Classroom quizzes"),
    ("Everywhere", "Ctrl+Shift+U", "Quiz results"),
    ("Sources", "Enter", "From the list of sources to the article's text"),
    ("Sources", "Ctrl+Down / Ctrl+Up", "Next / previous passage with questions"),
    ("Sources", "Ctrl+P", "Quiz me on this passage"),
    ("Sources", "Ctrl+Shift+A", "Quiz me on this article"),
    ("Quizzes", "F5", "Present the selected quiz full screen"),
    ("Quizzes", "Ctrl+Enter", "Take the selected quiz"),
    ("Quizzes", "Ctrl+Shift+R / Ctrl+P", "Results / print to PDF"),
    ("Presentation", "Space / →", "Reveal the answer, then the next question"),
    ("Presentation", "← / Esc", "Previous question / leave"),
    ("Taking a quiz", "1 – 4 / Enter", "Answer; when the time runs out the question counts as unanswered"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        table = QTableWidget(len(SHORTCUTS), 3, self)
        table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        table.setAccessibleName("Shortcut list")
        for row, (where, keys, what) in enumerate(SHORTCUTS):
            for col, text in enumerate((where, keys, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(640, 560)


def about_text(database: str) -> str:
    return (
        f"studyapp {studyapp.__version__}\n\n"
        "Learn a body of source articles through questions generated from them. "
        "Every answer links back to the passage it came from.\n\n"
        "Scheduling: FSRS (the fsrs package). GUI: Qt for Python (PySide6).\n\n"
        f"Progress database: {database}"
    )


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About studyapp")
        label = QLabel(about_text(database), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName("About studyapp")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.label = label
        self.resize(480, 260)
