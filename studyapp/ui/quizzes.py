"""Classroom quizzes: build one (sources, kinds, formats, count, time, seed), and act on saved ones:
present it on a projector, take it as a student, see its results, print it to PDF, delete it."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.questions import kinds, sources
from studyapp.services.quizzes import QuizSpec, create_quiz, delete_quiz, list_quizzes, load_quiz
from studyapp.services.views import kind_label
from studyapp.ui.labels import heading, plain_label

FORMAT_LABELS = {"mc": "Multiple choice", "cloze": "Fill the blank", "typed": "Typed answer"}


class QuizzesScreen(QWidget):
    present_requested = Signal(str)
    take_requested = Signal(str)
    results_requested = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = heading("Classroom quizzes", self)

        # saved quizzes and what to do with them
        self.quiz_list = QListWidget(self)
        self.quiz_list.setAccessibleName("Saved quizzes")
        self.present_button = self._button("Present  F5", "Show the quiz full screen on a projector (F5)")
        self.take_button = self._button(
            "Take quiz  Ctrl+Enter", "A student takes the quiz on their profile (Ctrl+Enter)"
        )
        self.results_button = self._button("Results  Ctrl+Shift+R", "Scores and item analysis (Ctrl+Shift+R)")
        self.print_button = self._button("Print to PDF…  Ctrl+P", "Questions and answer key as a PDF (Ctrl+P)")
        self.delete_button = self._button("Delete…", "Delete the quiz and its results")
        actions = QGridLayout()
        for i, button in enumerate(
            (self.present_button, self.take_button, self.results_button, self.print_button, self.delete_button)
        ):
            actions.addWidget(button, i // 3, i % 3)
        self.preview = QListWidget(self)
        self.preview.setAccessibleName("Questions of the selected quiz, with answers")
        self.preview.setWordWrap(True)
        self.preview.setSpacing(2)
        self.preview.setAlternatingRowColors(True)
        saved = QGroupBox("Saved quizzes", self)
        saved_layout = QVBoxLayout(saved)
        saved_layout.addWidget(self.quiz_list, 2)
        saved_layout.addLayout(actions)
        self.preview_caption = plain_label("Preview for you (not the class): questions in order, answers ✓", saved)
        saved_layout.addWidget(self.preview_caption)
        saved_layout.addWidget(self.preview, 3)

        # the builder
        builder = QGroupBox("New quiz", self)
        self.name_edit = QLineEdit(builder)
        self.name_edit.setPlaceholderText("e.g. Week 3 – the Nagato summit")
        self.name_edit.setAccessibleName("Quiz name")
        self.count_spin = QSpinBox(builder)
        self.count_spin.setRange(1, 200)
        self.count_spin.setValue(10)
        self.count_spin.setAccessibleName("Number of questions")
        self.seconds_spin = QSpinBox(builder)
        self.seconds_spin.setRange(5, 600)
        self.seconds_spin.setValue(30)
        self.seconds_spin.setSuffix(" s")
        self.seconds_spin.setAccessibleName("Time per question")
        self.seed_spin = QSpinBox(builder)
        self.seed_spin.setRange(1, 999_999)
        self.seed_spin.setValue(random.SystemRandom().randrange(1, 999_999))
        self.seed_spin.setAccessibleName("Shuffle seed")
        self.seed_spin.setToolTip("The same seed and question bank always give the same quiz, in the same order")
        self.source_boxes: dict[str, QCheckBox] = {}
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.format_boxes: dict[str, QCheckBox] = {}
        self.sources_box = QWidget(builder)
        QVBoxLayout(self.sources_box).setContentsMargins(0, 0, 0, 0)
        self.kinds_box = QWidget(builder)
        QVBoxLayout(self.kinds_box).setContentsMargins(0, 0, 0, 0)
        formats_box = QWidget(builder)
        formats_layout = QHBoxLayout(formats_box)
        formats_layout.setContentsMargins(0, 0, 0, 0)
        for fmt, label in FORMAT_LABELS.items():
            box = QCheckBox(label, formats_box)
            box.setChecked(True)
            box.setAccessibleName(f"Include {label.lower()} questions")
            formats_layout.addWidget(box)
            self.format_boxes[fmt] = box
        formats_layout.addStretch(1)
        self.create_button = QPushButton("Create quiz", builder)
        self.create_button.setAccessibleName("Create quiz")
        self.create_button.setToolTip("Build and save the quiz (Enter in the name field)")
        self.error_label = plain_label("", builder)
        self.error_label.setAccessibleName("Problem with the quiz")
        form = QFormLayout(builder)
        form.addRow("&Name:", self.name_edit)
        numbers = QHBoxLayout()
        numbers.addWidget(self.count_spin)
        numbers.addWidget(plain_label("questions,", builder, wrap=False))
        numbers.addWidget(self.seconds_spin)
        numbers.addWidget(plain_label("each; seed", builder, wrap=False))
        numbers.addWidget(self.seed_spin)
        numbers.addStretch(1)
        form.addRow("Questions:", numbers)
        form.addRow("Sources:", self.sources_box)
        form.addRow("Kinds:", self.kinds_box)
        form.addRow("Formats:", formats_box)
        form.addRow("", self.create_button)
        form.addRow("", self.error_label)

        columns = QHBoxLayout()
        columns.addWidget(saved, 2)
        columns.addWidget(builder, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(
            plain_label(
                "Build a quiz from the bank, then present it to the class, let students take it on their own "
                "profiles (answers also count toward their reviews), print it, and read the results.",
                self,
            )
        )
        layout.addLayout(columns, 1)

        self.create_button.clicked.connect(self._on_create_clicked)
        self.name_edit.returnPressed.connect(self._on_create_clicked)
        self.present_button.clicked.connect(lambda: self._emit(self.present_requested))
        self.take_button.clicked.connect(lambda: self._emit(self.take_requested))
        self.results_button.clicked.connect(lambda: self._emit(self.results_requested))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.quiz_list.itemActivated.connect(lambda _item: self._emit(self.take_requested))
        self.quiz_list.currentRowChanged.connect(lambda _row: self._update_actions())
        self.quiz_list.currentRowChanged.connect(lambda _row: self._fill_preview())
        for keys, slot in (
            ("F5", lambda: self._emit(self.present_requested)),
            ("Ctrl+Return", lambda: self._emit(self.take_requested)),
            ("Ctrl+Shift+R", lambda: self._emit(self.results_requested)),
            ("Ctrl+P", self._on_print_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.split("  ")[0].rstrip("…"))
        return button

    def focus_default(self) -> None:
        (self.quiz_list if self.quiz_list.count() else self.name_edit).setFocus()

    def refresh(self) -> None:
        try:
            found = list_quizzes(self.ctx.db)
            source_list = sources(self.ctx.db)
            kind_list = kinds(self.ctx.db)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read the quizzes", str(exc))
            return
        current = self.selected_name()
        self.quiz_list.clear()
        for quiz in found:
            item = QListWidgetItem(
                f"{quiz.name}\n{quiz.questions} questions · {quiz.seconds_per_question} s each · seed {quiz.seed}"
                f" · taken {quiz.runs} time{'s' if quiz.runs != 1 else ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, quiz.name)
            self.quiz_list.addItem(item)
            if quiz.name == current:
                self.quiz_list.setCurrentItem(item)
        if self.quiz_list.currentRow() < 0 and self.quiz_list.count():
            self.quiz_list.setCurrentRow(0)
        self._fill_boxes(self.sources_box, self.source_boxes, [(s.id, s.title) for s in source_list])
        self._fill_boxes(self.kinds_box, self.kind_boxes, [(k, kind_label(k)) for k in kind_list])
        self._update_actions()
        self._fill_preview()

    def _fill_boxes(self, holder: QWidget, boxes: dict[str, QCheckBox], entries: list[tuple[str, str]]) -> None:
        if list(boxes) == [key for key, _ in entries]:
            return
        layout = holder.layout()
        assert layout is not None
        for box in boxes.values():
            layout.removeWidget(box)
            box.deleteLater()
        boxes.clear()
        for key, label in entries:
            box = QCheckBox(label, holder)
            box.setChecked(True)
            box.setAccessibleName(f"Include {label}")
            layout.addWidget(box)
            boxes[key] = box

    def selected_name(self) -> str | None:
        item = self.quiz_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _update_actions(self) -> None:
        has = self.selected_name() is not None
        for button in (self.present_button, self.take_button, self.results_button, self.print_button):
            button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _fill_preview(self) -> None:
        """The selected quiz's questions in their order, with choices as the class will see them."""
        self.preview.clear()
        name = self.selected_name()
        if name is None:
            return
        try:
            quiz = load_quiz(self.ctx.db, name)
        except StudyappError as exc:
            self.preview.addItem(f"Cannot read the quiz: {exc}")
            return
        for item in quiz.items:
            lines = [f"{item.position}. {item.question.prompt}"]
            if item.choices:
                lines += [
                    f"    {'ABCDEFGH'[i]}. {c}{'   ✓' if c == item.question.answer else ''}"
                    for i, c in enumerate(item.choices)
                ]
            else:
                lines.append(f"    Answer: {item.question.answer}   ✓")
            self.preview.addItem("\n".join(lines))

    def _emit(self, signal: Any) -> None:
        name = self.selected_name()
        if name is not None:
            signal.emit(name)

    def spec(self) -> QuizSpec:
        def chosen(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
            picked = tuple(key for key, box in boxes.items() if box.isChecked())
            return () if len(picked) == len(boxes) else picked  # all ticked: no filter

        return QuizSpec(
            name=self.name_edit.text(),
            count=self.count_spin.value(),
            seed=self.seed_spin.value(),
            seconds_per_question=self.seconds_spin.value(),
            sources=chosen(self.source_boxes),
            kinds=chosen(self.kind_boxes),
            formats=chosen(self.format_boxes),
        )

    def _on_create_clicked(self) -> None:
        spec = self.spec()
        for label, boxes in (("source", self.source_boxes), ("kind", self.kind_boxes), ("format", self.format_boxes)):
            if boxes and not any(box.isChecked() for box in boxes.values()):
                self.error_label.setText(f"Tick at least one {label}.")
                return
        try:
            quiz = create_quiz(self.ctx.db, spec, self.ctx.clock)
        except StudyappError as exc:
            self.error_label.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        short = len(quiz.items) < spec.count
        self.error_label.setText(
            f"Created “{quiz.name}” with {len(quiz.items)} questions"
            + (" (all that match the choices)." if short else ".")
        )
        self.name_edit.clear()
        self.seed_spin.setValue(random.SystemRandom().randrange(1, 999_999))
        self.refresh()
        for row in range(self.quiz_list.count()):
            item = self.quiz_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == quiz.name:
                self.quiz_list.setCurrentRow(row)

    def _on_print_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        path = self.ctx.dialogs.ask_save_path(self, "Print quiz to PDF", f"{name}.pdf", "PDF files (*.pdf)")
        if path is None:
            return
        from studyapp.ui.print_quiz import write_quiz_pdf

        try:
            pages = write_quiz_pdf(load_quiz(self.ctx.db, name), path)
        except (StudyappError, OSError) as exc:
            self.ctx.dialogs.show_error(self, "Cannot print the quiz", str(exc))
            return
        self.ctx.dialogs.show_info(self, "Quiz printed", f"Wrote {path} ({pages} pages, with the answer key).")

    def _on_delete_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not self.ctx.dialogs.confirm(
            self, "Delete quiz", f"Delete the quiz “{name}” and all its results?", "Delete quiz"
        ):
            return
        try:
            delete_quiz(self.ctx.db, name)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot delete the quiz", str(exc))
            return
        self.refresh()
