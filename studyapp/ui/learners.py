"""Learner profiles in the GUI: the welcome screen (first profile) and the per-learner settings dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.learners import MAX_NAME, NEW_PER_DAY_RANGE, RETENTION_RANGE, create_learner, update_settings
from studyapp.services.views import Learner
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import fit_title


class WelcomeScreen(QWidget):
    """Shown when the database has no learner yet: one field, one button."""

    learner_created = Signal(object)  # Learner

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel("Welcome to studyapp", self)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            "Each learner has their own progress. Type your name to create your profile; "
            "you can add more learners later from the File menu.",
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("Your name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName("Learner name")
        self.create_button = QPushButton("Create profile", self)
        self.create_button.setAccessibleName("Create profile")
        self.create_button.setToolTip("Create the profile (Enter)")
        self.create_button.setDefault(True)
        self.error_label = QLabel("", self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem with the name")
        box = QWidget(self)
        box.setMinimumWidth(min(520, self.fontMetrics().averageCharWidth() * 60))
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addWidget(self.name_edit)
        inner.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.name_edit.returnPressed.connect(self._on_create_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)

    def focus_default(self) -> None:
        self.name_edit.setFocus()

    def _on_create_clicked(self) -> None:
        try:
            learner = create_learner(self.ctx.db, self.name_edit.text(), self.ctx.clock)
        except StudyappError as exc:
            self.error_label.setText(str(exc).capitalize())
            return
        self.error_label.clear()
        self.name_edit.clear()
        self.learner_created.emit(learner)


class SettingsDialog(QDialog):
    """Desired retention and the daily limit of new questions, for the current learner."""

    def __init__(self, ctx: AppContext, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.learner = learner
        self.result_learner: Learner | None = None
        self.setWindowTitle(f"Settings for {learner.name}")
        fit_title(self, self.windowTitle())
        self.retention = QDoubleSpinBox(self)
        self.retention.setRange(RETENTION_RANGE[0] * 100, RETENTION_RANGE[1] * 100)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(learner.desired_retention * 100))
        self.retention.setAccessibleName("Desired retention")
        self.retention.setToolTip(
            "How likely you want to be to remember a question when it comes back. Higher means more frequent reviews."
        )
        self.new_per_day = QSpinBox(self)
        self.new_per_day.setRange(*NEW_PER_DAY_RANGE)
        self.new_per_day.setValue(learner.new_per_day)
        self.new_per_day.setAccessibleName("New questions per day")
        self.new_per_day.setToolTip("How many questions you have never seen may be introduced each day.")
        form = QFormLayout()
        form.addRow("&Desired retention:", self.retention)
        form.addRow("&New questions per day:", self.new_per_day)
        note = QLabel("Settings belong to this learner; other profiles keep their own.", self)
        note.setWordWrap(True)
        self.error_label = QLabel("", self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        try:
            self.result_learner = update_settings(
                self.ctx.db,
                self.learner.id,
                desired_retention=self.retention.value() / 100,
                new_per_day=self.new_per_day.value(),
            )
        except StudyappError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()
