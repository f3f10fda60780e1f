"""Quiz results for the teacher: one score per student (their first complete attempt, or the best or the
latest), retakes counted and unfinished attempts listed apart (removable, with undo); facility,
discrimination and how often each choice was picked per question, hardest first, as sortable tables
and a chart; CSV export and import."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.quiz_results import (
    QuestionResult,
    QuizResults,
    RemovedRun,
    StudentResult,
    export_results_csv,
    import_results_csv,
    quiz_results,
    remove_unfinished_run,
    restore_run,
    summary_path,
)
from studyapp.services.quizzes import list_quizzes
from studyapp.ui.labels import heading, plain_label, plain_tip

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LETTERS = "ABCDEFGH"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def choice_summary(result: QuestionResult) -> str:
    if not result.choices:
        return f"{result.other_responses} wrong typed answer{'s' if result.other_responses != 1 else ''}"
    parts = [f"{LETTERS[i]}{'✓' if c.is_answer else ''} {c.count}" for i, c in enumerate(result.choices)]
    return " · ".join(parts)


Row = TypeVar("Row")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of row dataclasses; subclasses give HEADERS, HEADER_TIPS and data()."""

    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: dict[int, str] = {}  # noqa: RUF012 - read-only class constant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.HEADER_TIPS.get(section)
        return None


class QuestionResultsModel(_RowsModel[QuestionResult]):
    HEADERS = ("#", "Question", "Facility", "Discrimination", "Right", "Unanswered", "Choices picked")
    HEADER_TIPS = {  # noqa: RUF012
        2: "Share of students who answered right",
        3: "Upper 27% minus lower 27% of students answering right (−1 to 1); low or negative: check it",
        6: "How many students picked each choice (✓ = the answer)",
    }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            values: tuple[Any, ...] = (
                row.position, row.prompt, row.facility if row.facility is not None else 2.0,
                row.discrimination if row.discrimination is not None else 2.0, row.right, row.unanswered,
                choice_summary(row),
            )  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.position)
            if column == 1:
                return row.prompt
            if column == 2:
                return _percent(row.facility)
            if column == 3:
                return "–" if row.discrimination is None else f"{row.discrimination:+.2f}"
            if column == 4:
                return f"{row.right} of {row.students}"
            if column == 5:
                return str(row.unanswered)
            return choice_summary(row)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 6):
            choices = "\n".join(
                f"{LETTERS[i]}. {c.choice}: {c.count}{'  (answer)' if c.is_answer else ''}"
                for i, c in enumerate(row.choices)
            )
            return plain_tip(f"{row.prompt}\nAnswer: {row.answer}" + (f"\n{choices}" if choices else ""))
        return None


POLICY_LABELS = {"first": "First attempt", "best": "Best attempt", "latest": "Latest attempt"}


class StudentResultsModel(_RowsModel[StudentResult]):
    HEADERS = ("Student", "Score", "Percent", "Time", "Attempts")
    HEADER_TIPS = {4: "Complete attempts; more than one means the student retook the quiz"}  # noqa: RUF012

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return (row.student.lower(), row.score, row.percent, row.seconds, row.attempts)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            minutes, seconds = divmod(round(row.seconds), 60)
            return (
                row.student,
                f"{row.score} / {row.total}",
                f"{row.percent:.0%}",
                f"{minutes}:{seconds:02d}",
                str(row.attempts) if row.attempts == 1 else f"{row.attempts} (retook)",
            )[column]
        return None


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    return view, proxy


class QuizResultsScreen(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studyapp.ui.charts import HBarChart

        self.ctx = ctx
        self.results: QuizResults | None = None
        self._removed: list[RemovedRun] = []  # unfinished attempts removed, for undo (Ctrl+Z)
        title = heading("Quiz results", self)
        self.quiz_combo = QComboBox(self)
        self.quiz_combo.setAccessibleName("Quiz")
        self.summary = plain_label("", self)
        self.summary.setAccessibleName("Results summary")
        self.live = plain_label("", self)
        self.live.setAccessibleName("Live: students answering now")
        self.live.setVisible(False)
        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setAccessibleName("Export results to CSV")
        self.export_button.setToolTip("Every student's answers, one row each, for a spreadsheet or another laptop")
        self.import_button = QPushButton("Import results…", self)
        self.import_button.setAccessibleName("Import results")
        self.import_button.setToolTip("Merge results exported on students' laptops (importing twice is harmless)")
        self.policy_combo = QComboBox(self)
        self.policy_combo.setAccessibleName("Which attempt counts")
        self.policy_combo.setToolTip("For a student who took the quiz more than once, which attempt is scored")
        for key, label in POLICY_LABELS.items():
            self.policy_combo.addItem(label, key)
        top = QHBoxLayout()
        top.addWidget(plain_label("Quiz:", self, wrap=False))
        top.addWidget(self.quiz_combo, 1)
        top.addWidget(plain_label("Counts:", self, wrap=False))
        top.addWidget(self.policy_combo)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.student_model = StudentResultsModel(self)
        self.students, self.student_proxy = _table(self.student_model, "Scores per student", self)
        self.students.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.question_model = QuestionResultsModel(self)
        self.questions, self.question_proxy = _table(self.question_model, "Results per question", self)
        self.questions.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # hardest first
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 36), (2, 70), (3, 105), (4, 70), (5, 95), (6, 190)):
            header.resizeSection(column, width)
        self.students.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.students.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = HBarChart("Facility per question, hardest first", self)

        top_row = QSplitter(Qt.Orientation.Horizontal, self)
        students_box = QWidget(self)
        students_layout = QVBoxLayout(students_box)
        students_layout.setContentsMargins(0, 0, 0, 0)
        students_layout.addWidget(plain_label("Students", students_box))
        students_layout.addWidget(self.students, 1)
        self.unfinished_caption = plain_label("Unfinished attempts (not counted):", students_box)
        self.unfinished = QListWidget(students_box)
        self.unfinished.setAccessibleName("Unfinished attempts")
        self.unfinished.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.remove_button = QPushButton("Remove…", students_box)
        self.remove_button.setAccessibleName("Remove the unfinished attempt")
        self.remove_button.setToolTip("Take the selected unfinished attempt out (Ctrl+Z puts it back)")
        self.undo_button = QPushButton("Undo remove  Ctrl+Z", students_box)
        self.undo_button.setAccessibleName("Undo the last removal")
        unfinished_row = QHBoxLayout()
        unfinished_row.addWidget(self.unfinished, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        unfinished_row.addLayout(buttons)
        students_layout.addWidget(self.unfinished_caption)
        students_layout.addLayout(unfinished_row)
        top_row.addWidget(students_box)
        top_row.addWidget(self.chart)
        top_row.setSizes([500, 700])
        questions_box = QWidget(self)
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(
            plain_label("Questions, hardest first (click a header to sort; hover a row for its choices)", questions_box)
        )
        questions_layout.addWidget(self.questions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top_row)
        splitter.addWidget(questions_box)
        splitter.setSizes([360, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.live)
        layout.addWidget(splitter, 1)
        # on a class server the results follow the class as it answers (the server tells us; no polling)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(150)  # answers arriving together are read once
        self._reload.timeout.connect(self._load)
        classroom = getattr(ctx, "classroom", None)
        if classroom is not None and classroom.teacher:
            classroom.quiz_event.connect(self._on_quiz_event)

        self.quiz_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.policy_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.students.activated.connect(self._on_student_activated)
        self.students.setToolTip("Enter or double-click a student to read their answers (and accept a typed one)")
        self.undo_button.clicked.connect(self._on_undo_clicked)
        undo = QShortcut(QKeySequence("Ctrl+Z"), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self._on_undo_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)

    def focus_default(self) -> None:
        self.quiz_combo.setFocus()

    def refresh(self, select: str | None = None) -> None:
        current = select or self.quiz_combo.currentText()
        self.quiz_combo.blockSignals(True)
        self.quiz_combo.clear()
        for quiz in list_quizzes(self.ctx.db):
            self.quiz_combo.addItem(quiz.name)
        index = self.quiz_combo.findText(current) if current else -1
        self.quiz_combo.setCurrentIndex(max(0, index))
        self.quiz_combo.blockSignals(False)
        self._load()

    def show_quiz(self, name: str) -> None:
        self.refresh(select=name)

    def _load(self) -> None:
        from studyapp.ui.charts import Bar

        name = self.quiz_combo.currentText()
        if not name:
            self.results = None
            self.student_model.set_rows(())
            self.question_model.set_rows(())
            self.chart.set_bars([])
            self.summary.setText("No quizzes yet: build one under Quizzes.")
            return
        try:
            results = quiz_results(self.ctx.db, name, str(self.policy_combo.currentData() or "first"))
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read the results", str(exc))
            return
        self.results = results
        self.student_model.set_rows(results.students)
        self.unfinished.clear()
        for run in results.unfinished:
            started = dt.datetime.fromtimestamp(run.started_at).astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{run.student} — started {started}, {run.answered} of {run.total} answered")
            item.setData(Qt.ItemDataRole.UserRole, run.run_id)
            self.unfinished.addItem(item)
        has_unfinished = bool(results.unfinished)
        for widget in (self.unfinished_caption, self.unfinished, self.remove_button):
            widget.setVisible(has_unfinished)
        if has_unfinished and self.unfinished.currentRow() < 0:
            self.unfinished.setCurrentRow(0)
        rows = min(3, max(1, self.unfinished.count()))  # as tall as its entries, up to three
        self.unfinished.setFixedHeight(self.unfinished.sizeHintForRow(0) * rows + 2 * self.unfinished.frameWidth() + 4)
        self.undo_button.setVisible(bool(self._removed))
        self.question_model.set_rows(results.questions)
        self.chart.set_bars(
            [
                Bar(
                    f"{q.position}. {q.prompt}",
                    q.facility or 0.0,
                    f"{q.position}. {q.prompt}\n{_percent(q.facility)} right",
                )
                for q in results.questions
                if q.facility is not None
            ]
        )
        count = len(results.students)
        if count:
            mean = sum(s.percent for s in results.students) / count
            retook = sum(1 for s in results.students if s.attempts > 1)
            counted = POLICY_LABELS[results.policy].lower()
            extra = f" {retook} retook it; each student's {counted} counts." if retook else ""
            overrides = sum(s.overrides for s in results.students)
            if overrides:
                extra += f" {overrides} typed answer{'s' if overrides != 1 else ''} accepted by you."
            self.summary.setText(
                f"{count} student{'s' if count != 1 else ''} took “{name}”; mean score {mean:.0%}.{extra} "
                "Facility = share right; discrimination compares the top and bottom 27% of students."
            )
        else:
            self.summary.setText(f"Nobody has taken “{name}” yet. Import results from students' laptops, or take it.")
        self._show_live()

    def _on_quiz_event(self, event: Any) -> None:
        shown = self.results.quiz.id if self.results is not None else None
        if getattr(event, "quiz_id", None) in (None, shown) or shown is None:
            self._reload.start()

    def _show_live(self) -> None:
        from studyapp.services.clock import local_day_start
        from studyapp.services.live import quiz_progress

        classroom = getattr(self.ctx, "classroom", None)
        if classroom is None or not classroom.teacher or self.results is None:
            self.live.setVisible(False)
            return
        progress = quiz_progress(self.ctx.db, self.results.quiz.id, local_day_start(self.ctx.clock()))
        self.live.setText(f"Live, today: {progress.text}.")
        self.live.setVisible(True)

    def _on_student_activated(self, index: Any) -> None:
        from studyapp.ui.student_answers import StudentAnswersDialog

        row = self.student_proxy.mapToSource(index).row()
        if not 0 <= row < len(self.student_model.rows):
            return
        student = self.student_model.rows[row]
        dialog = StudentAnswersDialog(self.ctx, student.run_id, student.student, self)
        dialog.exec()
        if dialog.changed:
            self._load()

    def _on_remove_clicked(self) -> None:
        item = self.unfinished.currentItem()
        if item is None:
            return
        run_id = str(item.data(Qt.ItemDataRole.UserRole))
        if not self.ctx.dialogs.confirm(
            self,
            "Remove the unfinished attempt",
            f"Remove “{item.text()}”? It is not counted in the results. Ctrl+Z puts it back.",
            "Remove",
        ):
            return
        try:
            self._removed.append(remove_unfinished_run(self.ctx.db, run_id))
        except (StudyappError, ValueError) as exc:
            self.ctx.dialogs.show_error(self, "Cannot remove the attempt", str(exc))
            return
        self._load()

    def _on_undo_clicked(self) -> None:
        if not self._removed:
            return
        removed = self._removed.pop()
        try:
            restore_run(self.ctx.db, removed)
        except StudyappError as exc:
            self._removed.append(removed)
            self.ctx.dialogs.show_error(self, "Cannot put the attempt back", str(exc))
            return
        self._load()

    def _on_export_clicked(self) -> None:
        name = self.quiz_combo.currentText()
        if not name:
            return
        path = self.ctx.dialogs.ask_save_path(self, "Export results", f"{name} results.csv", "CSV files (*.csv)")
        if path is None:
            return
        try:
            rows = export_results_csv(self.ctx.db, name, path, str(self.policy_combo.currentData() or "first"))
        except (StudyappError, OSError) as exc:
            self.ctx.dialogs.show_error(self, "Cannot export the results", str(exc))
            return
        self.ctx.dialogs.show_info(
            self,
            "Results exported",
            f"Wrote {rows} answers to {path}, and one line per student to {summary_path(path)}.",
        )

    def _on_import_clicked(self) -> None:
        path = self.ctx.dialogs.ask_open_path(self, "Import results", "CSV files (*.csv);;All files (*)")
        if path is None:
            return
        try:
            report = import_results_csv(self.ctx.db, path, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot import the results", f"{exc}\n\nNothing was imported.")
            return
        self.ctx.dialogs.show_info(
            self,
            "Results imported",
            f"{report.answers_added} answers added ({report.runs_added} new runs); "
            f"{report.answers_already_there} were already here.",
        )
        self.refresh(select=report.quizzes_created[0] if report.quizzes_created else None)
