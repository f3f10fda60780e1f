"""File › Export…: the questions for Anki, Moodle or GIFT, filtered like a quiz (or a saved quiz in
its order), written where the user chooses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import InvalidInput, StudyappError
from studyapp.services.quizzes import list_quizzes
from studyapp.services.views import kind_label
from studyapp.ui.dialogs import fit_title
from studyapp.ui.labels import plain_label

TARGETS = {
    "anki": ("Anki package (.apkg)", "Anki packages (*.apkg)", ".apkg"),
    "moodle": ("Moodle XML", "Moodle XML (*.xml)", ".xml"),
    "gift": ("GIFT text (Moodle and others)", "GIFT files (*.gift *.txt)", ".gift"),
}
FORMAT_LABELS = {"mc": "Multiple choice", "typed": "Typed answer", "cloze": "Fill the blank"}


class ExportDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Export questions")
        fit_title(self, self.windowTitle())
        self.target_group = QButtonGroup(self)
        targets = QVBoxLayout()
        self.target_buttons: dict[str, QRadioButton] = {}
        for key, (label, _filters, _suffix) in TARGETS.items():
            button = QRadioButton(label, self)
            self.target_group.addButton(button)
            self.target_buttons[key] = button
            targets.addWidget(button)
        self.target_buttons["anki"].setChecked(True)
        self.quiz_combo = QComboBox(self)
        self.quiz_combo.setAccessibleName("Saved quiz")
        self.quiz_combo.addItem("All questions (filtered below)", None)
        for quiz in list_quizzes(ctx.db):
            self.quiz_combo.addItem(f"Quiz “{quiz.name}”, in its order", quiz.name)
        self.source_boxes = self._boxes(
            [
                (str(r[0]), str(r[1]))
                for r in ctx.db.rows("SELECT id, title FROM sources WHERE retired = FALSE ORDER BY position")
            ]
        )
        self.kind_boxes = self._boxes(
            [
                (str(r[0]), kind_label(str(r[0])))
                for r in ctx.db.rows("SELECT DISTINCT kind FROM questions ORDER BY kind")
            ]
        )
        self.format_boxes = self._boxes(list(FORMAT_LABELS.items()))
        self.message = plain_label("", self)
        self.message.setAccessibleName("Export result")
        form = QFormLayout()
        form.addRow("Export as:", targets)
        form.addRow("Questions:", self.quiz_combo)
        for label, boxes in (
            ("Sources:", self.source_boxes),
            ("Kinds:", self.kind_boxes),
            ("Formats:", self.format_boxes),
        ):
            column = QVBoxLayout()
            for box in boxes.values():
                column.addWidget(box)
            form.addRow(label, column)
        self.export_button = QPushButton("Export…", self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton("Close", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        widest = max((b.sizeHint().width() for b in self.source_boxes.values()), default=0)
        self.setMinimumWidth(min(1000, max(self.minimumWidth(), widest + 160)))  # whole titles, not clipped
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.accept)
        self.quiz_combo.currentIndexChanged.connect(lambda _i: self._update_filters())

    def _boxes(self, entries: list[tuple[str, str]]) -> dict[str, QCheckBox]:
        boxes: dict[str, QCheckBox] = {}
        for key, label in entries:
            box = QCheckBox(label, self)
            box.setChecked(True)
            box.setToolTip(label)
            boxes[key] = box
        return boxes

    def _update_filters(self) -> None:
        whole = self.quiz_combo.currentData() is None
        for boxes in (self.source_boxes, self.kind_boxes, self.format_boxes):
            for box in boxes.values():
                box.setEnabled(whole)

    def target(self) -> str:
        return next(k for k, b in self.target_buttons.items() if b.isChecked())

    def _on_export_clicked(self) -> None:
        from studyapp.exports import write_export
        from studyapp.services.exports import select_for_export

        quiz = self.quiz_combo.currentData()

        def chosen(boxes: dict[str, QCheckBox]) -> list[str]:
            picked = [k for k, b in boxes.items() if b.isChecked()]
            if not picked:
                raise InvalidInput("tick at least one of each: sources, kinds and formats")
            return picked if len(picked) < len(boxes) else []

        try:
            items = select_for_export(
                self.ctx.db,
                sources=chosen(self.source_boxes) if quiz is None else (),
                kinds=chosen(self.kind_boxes) if quiz is None else (),
                formats=chosen(self.format_boxes) if quiz is None else (),
                quiz=quiz,
            )
        except StudyappError as exc:
            self.message.setText(f"Nothing exported: {exc}")
            return
        target = self.target()
        label, filters, suffix = TARGETS[target]
        name = (quiz or "studyapp questions") + suffix
        path = self.ctx.dialogs.ask_save_path(self, f"Export as {label}", name, filters)
        if path is None:
            return
        try:
            written = write_export(target, items, path, quiz or "Course questions", by_source=quiz is None)
        except (StudyappError, OSError) as exc:
            self.ctx.dialogs.show_error(self, "Cannot export the questions", str(exc))
            return
        self.message.setText(f"Wrote {written} question{'s' if written != 1 else ''} to {path}.")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
